//! Two countries side by side, for the same situations: which international standards bind each,
//! the time limit and office for asylum, and the emergency lines — so an official at a border
//! post can explain what changes on the other side (issue 15). Works offline: everything comes
//! from the compiled pack (`ruta_engine::law`, `ruta_engine::query::danger_lines`).
//!
//! The two choices live in this screen's signals only (not in the address): the first starts at
//! the country she chose, if any. Officials also find here the 11-country table of every
//! instrument, each built only when its disclosure is opened.

use crate::parts::contacts::DangerBox;
use crate::parts::law::{instrument_table, status_class, DeadlineBlock};
use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data::COUNTRIES;
use ruta_engine::law::{self, INSTRUMENTS};
use ruta_engine::query::danger_lines;

fn country_select(label: String, id: &'static str, value: RwSignal<Option<&'static str>>, names: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <p class="compare-pick">
            <label for=id>{label}</label>
            <select id=id
                prop:value=move || value.get().unwrap_or("")
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    value.set(COUNTRIES.iter().copied().find(|c| *c == v));
                }>
                <option value="">"—"</option>
                {names.into_iter().map(|(c, n)| view! { <option value=c selected=move || value.get() == Some(c)>{n}</option> }).collect_view()}
            </select>
        </p>
    }
}

/// One country's column.
fn column(country: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let (situations, audience) = ctx.state.with_untracked(|s| (s.situations.clone(), s.audience));
    let name = ctx.t(&format!("country-{country}"));
    let label = name.clone();
    let lines = danger_lines(country, &situations, audience);
    view! {
        <section class="compare-col" aria-label=label>
            <h2>{name}</h2>
            <h3>{ctx.t("law-compare-instruments")}</h3>
            <ul class="law-list">
                {INSTRUMENTS
                    .iter()
                    .map(|ins| {
                        let class = ins.cell(country).map(|c| status_class(c.status)).unwrap_or("law-unknown");
                        view! {
                            <li class=format!("law-status {class}")>
                                <span class="law-name">{ctx.t(&ins.name_id())}</span> ": "
                                {law::status_line(lang, ins, Some(country))}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <DeadlineBlock country=country nested=true/>
            <h3>{ctx.t("law-compare-emergency")}</h3>
            <DangerBox lines=lines/>
        </section>
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let ctx = use_ctx();
    let first = RwSignal::new(ctx.state.with_untracked(|s| s.country));
    let second: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let names: Vec<(&'static str, String)> = COUNTRIES.iter().map(|c| (*c, ctx.t(&format!("country-{c}")))).collect();
    // Officials also get the 11-country table of every instrument (built only when opened).
    let official = ctx.state.with_untracked(|s| s.audience == ruta_engine::Audience::Official);
    view! {
        <div class="compare">
            <h1>{ctx.t("law-compare-title")}</h1>
            <p>{ctx.t("law-compare-intro")}</p>
            {country_select(ctx.t("law-compare-first"), "compare-a", first, names.clone())}
            {country_select(ctx.t("law-compare-second"), "compare-b", second, names)}
            {move || match (first.get(), second.get()) {
                (Some(a), Some(b)) if a != b => view! {
                    <div class="compare-cols">
                        {column(a)}
                        {column(b)}
                    </div>
                }
                .into_any(),
                _ => view! { <p class="compare-hint">{ctx.t("law-compare-pick")}</p> }.into_any(),
            }}
            {official.then(|| view! {
                <h2>{ctx.t("law-table-title")}</h2>
                {INSTRUMENTS
                    .iter()
                    .map(|ins| {
                        let open = RwSignal::new(false);
                        view! {
                            <details class="law-table-box" on:toggle=move |_| open.set(true)>
                                <summary>{ctx.t(&ins.name_id())}</summary>
                                {move || open.get().then(|| instrument_table(ctx, ins))}
                            </details>
                        }
                    })
                    .collect_view()}
            })}
        </div>
    }
}
