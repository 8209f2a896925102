//! A right or an action in the results: its title and one line; the full text and the legal basis
//! open on a tap, in one disclosure named after the item ("More and legal basis: Asylum"), whose
//! contents are built only when it is opened. Also the basis and principle lists used by the
//! library pages.

use crate::parts::contacts::ext_link;
use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use crate::parts::advice::AdviceWarnings;
use crate::parts::speak::Listen;
use crate::screens::words::words_here;
use ruta_engine::advice::Warning;
use ruta_engine::data::{self, Basis, Inferred, PRINCIPLES};
use ruta_engine::query::Hit;
use ruta_engine::state::View;
use ruta_engine::{msg, Arg};

pub use ruta_engine::glance::first_sentence;

pub fn basis_list(ctx: Ctx, basis: &'static [Basis]) -> impl IntoView {
    view! {
        <ul class="basis">
            {basis
                .iter()
                .map(|b| {
                    let (status, class) = (b.status.msg_id(), b.status.id());
                    let name = ctx.t(&format!("source-{}", b.source));
                    let url = data::source(b.source).and_then(|s| s.url);
                    view! {
                        <li>
                            {match url {
                                Some(u) => ext_link(ctx, u, move || name.clone()),
                                None => view! { <span>{name}</span> }.into_any(),
                            }}
                            ", " {b.cite} " "
                            <span class=format!("status {class}")>"(" {ctx.t(status)} ")"</span>
                            // Where this instrument binds (H7, crates/engine/src/law.rs).
                            " " {crate::parts::law::basis_status(ctx, b.source)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

pub fn principles_list(ctx: Ctx, ids: &'static [&'static str]) -> impl IntoView {
    (!ids.is_empty()).then(|| {
        view! {
            <p class="principles-h">{ctx.t(msg::PRINCIPLES_TITLE)}</p>
            <ul class="principles">
                {ids
                    .iter()
                    .filter_map(|id| PRINCIPLES.iter().find(|p| p.id == *id))
                    .map(|p| view! { <li><a href=ctx.href(View::Principle(p.id))>{ctx.t(&format!("principle-{}", p.id))}</a> " — " {ctx.t(&format!("principle-{}-gloss", p.id))}</li> })
                    .collect_view()}
            </ul>
            <p class="fine">{ctx.t(msg::PRINCIPLES_NOTE)}</p>
        }
    })
}

fn link_note(ctx: Ctx, hit_inferred: Inferred, official: bool) -> impl IntoView {
    (official && hit_inferred != Inferred::No).then(|| {
        let id = if hit_inferred == Inferred::Yes { msg::LINK_INFERRED } else { msg::LINK_PARTLY };
        view! { <p class="badge info">{ctx.t(id)}</p> }
    })
}

/// The disclosure of one item: built when opened; `all` opens every item at once ("Open all").
fn more(ctx: Ctx, title: String, rest: Option<String>, basis: &'static [Basis], principles: &'static [&'static str], all: RwSignal<bool>) -> impl IntoView {
    let open = RwSignal::new(all.get_untracked());
    Effect::new(move |_| {
        if all.get() {
            open.set(true);
        }
    });
    let summary = ctx.t_args(msg::ITEM_MORE, &[("title", Arg::Str(&title))]);
    view! {
        <details prop:open=move || open.get() on:toggle=crate::parts::disclosure::sync_open(open)>
            <summary>{summary}</summary>
            {move || open.get().then(|| {
                let rest = rest.clone();
                view! {
                    {rest.map(|r| view! { <p class="rest">{r}</p> })}
                    <p class="basis-h">{ctx.t(msg::BASIS_TITLE)}</p>
                    {basis_list(ctx, basis)}
                    {principles_list(ctx, principles)}
                }
            })}
        </details>
    }
}

#[component]
pub fn RightItem(hit: Hit<data::Right>, all: RwSignal<bool>, #[prop(optional)] warn: Vec<&'static Warning>) -> impl IntoView {
    let ctx = use_ctx();
    let official = ctx.official();
    let r = hit.item;
    let title = ctx.t(&format!("right-{}-title", r.id));
    let text = ctx.t(&format!("right-{}-{}", r.id, if official { "official" } else { "woman" }));
    let (line, has_more) = first_sentence(&text);
    let rest = has_more.then(|| text[line.len()..].trim().to_string());
    view! {
        <li class="item" id=format!("right-{}", r.id) data-id=r.id>
            <h3>{title.clone()}</h3>
            <Listen target=format!("right-{}", r.id)/>
            {hit.cross_cutting.then(|| view! { <span class="badge">{ctx.t(msg::FOR_EVERYONE)}</span> })}
            <p class="line">{line}</p>
            // The hard words it uses, linked to the Words screen (issue 16).
            {words_here(ctx, &text)}
            // Advice that can endanger her (her consulate…) comes with its plain warning.
            <AdviceWarnings warnings=warn/>
            // Her country has accepted none of the standards cited for this right (H7).
            {crate::parts::law::unaccepted_note(ctx, r.basis)}
            {link_note(ctx, hit.inferred, official)}
            {more(ctx, title, rest, r.basis, r.principles, all)}
        </li>
    }
}

#[component]
pub fn ActionItem(hit: Hit<data::Action>, official: bool, all: RwSignal<bool>, #[prop(optional)] warn: Vec<&'static Warning>) -> impl IntoView {
    let ctx = use_ctx();
    let a = hit.item;
    let title = ctx.t(&format!("action-{}-title", a.id));
    let text = ctx.t(&format!("action-{}-{}", a.id, if official { "official" } else { "woman" }));
    let (line, has_more) = first_sentence(&text);
    let rest = has_more.then(|| text[line.len()..].trim().to_string());
    let actors = a.actors.iter().map(|x| ctx.t(&format!("actor-{x}"))).collect::<Vec<_>>().join(", ");
    view! {
        <li class="item" id=format!("action-{}", a.id) data-id=a.id>
            // Officials see actions under the h3 of their referral step.
            {if official { view! { <h4>{title.clone()}</h4> }.into_any() } else { view! { <h3>{title.clone()}</h3> }.into_any() }}
            <Listen target=format!("action-{}", a.id)/>
            <p class="line">{line}</p>
            {words_here(ctx, &text)}
            {official.then(|| view! { <p class="who">{ctx.t_args(msg::RESPONSIBLE, &[("actors", Arg::Str(&actors))])}</p> })}
            <AdviceWarnings warnings=warn/>
            {link_note(ctx, hit.inferred, official)}
            {more(ctx, title, rest, a.basis, a.principles, all)}
        </li>
    }
}

#[component]
pub fn PhaseIcon(icon: &'static str) -> impl IntoView {
    // Simple line icons drawn here (no icon font, no request).
    let path = match icon {
        "home" => "M4 12 L12 5 L20 12 M6 10 V19 H18 V10",
        "route" => "M5 19 C5 12 19 14 19 6 M5 19 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M19 6 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0",
        "flag" => "M6 20 V4 M6 5 H17 L14 8.5 L17 12 H6",
        _ => "M19 12 H6 M10 7 L5 12 L10 17",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
