//! The Guidelines library: principles, approaches, definitions and themes, and a page for each
//! right and action, linked both ways (item → principles, principle → items).

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data::{self, APPROACHES, DEFINITIONS, PRINCIPLES, THEMES};
use ruta_engine::state::{State, View};
use ruta_engine::{msg, Arg};

fn link(st: &State, view: View) -> String {
    st.with_view(view).to_hash()
}

#[component]
pub fn LibraryPage() -> impl IntoView {
    let ctx = use_ctx();
    let st = move || ctx.state.get();
    view! {
        <h1>{move || ctx.t(msg::LIBRARY_TITLE)}</h1>
        <p class="lead">{move || ctx.t(msg::LIBRARY_INTRO)}</p>
        <section aria-labelledby="lib-p">
            <h2 id="lib-p">{move || ctx.t(msg::LIBRARY_PRINCIPLES)}</h2>
            <ol class="library">
                {PRINCIPLES.iter().map(|p| view! {
                    <li>
                        <a href=move || link(&st(), View::Principle(p.id))>{move || ctx.t(&format!("principle-{}", p.id))}</a>
                        <p class="fine">{move || ctx.t(msg::GLOSS_LABEL)} " " {move || ctx.t(&format!("principle-{}-gloss", p.id))}</p>
                    </li>
                }).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="lib-a">
            <h2 id="lib-a">{move || ctx.t(msg::LIBRARY_APPROACHES)}</h2>
            <ul class="library">
                {APPROACHES.iter().map(|id| view! {
                    <li id=format!("approach-{id}")>
                        <strong>{move || ctx.t(&format!("approach-{id}"))}</strong>
                        <p class="fine">{move || ctx.t(msg::GLOSS_LABEL)} " " {move || ctx.t(&format!("approach-{id}-gloss"))}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="lib-t">
            <h2 id="lib-t">{move || ctx.t(msg::LIBRARY_THEMES)}</h2>
            <p class="note">{move || ctx.t(msg::LIBRARY_THEMES_NOTE)}</p>
            <ul class="library">
                {THEMES.iter().map(|t| view! {
                    <li>
                        <a href=move || link(&st(), View::Theme(t.id))>{move || ctx.t(&format!("theme-{}", t.id))}</a>
                        <p class="fine">{move || ctx.t(&format!("theme-{}-desc", t.id))}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="lib-d">
            <h2 id="lib-d">{move || ctx.t(msg::LIBRARY_DEFINITIONS)}</h2>
            <p class="note">{move || ctx.t(msg::LIBRARY_DEFINITIONS_NOTE)}</p>
            <dl class="definitions">
                {DEFINITIONS.iter().map(|d| view! {
                    <dt>{move || ctx.t(&format!("definition-{}", d.id))} " " <span class="fine">"(" {move || ctx.t_args(msg::PAGE_REF, &[("page", Arg::Num(d.page as i64))])} ")"</span></dt>
                    <dd>{move || ctx.t(msg::GLOSS_LABEL)} " " {move || ctx.t(&format!("definition-{}-gloss", d.id))}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// Links to rights and actions, by id, titled in the current language.
fn item_links(ids_r: Vec<&'static str>, ids_a: Vec<&'static str>) -> impl IntoView {
    let ctx = use_ctx();
    let st = move || ctx.state.get();
    view! {
        {(!ids_r.is_empty()).then(|| view! {
            <h3>{move || ctx.t(msg::RIGHTS_LABEL)}</h3>
            <ul class="library">
                {ids_r.iter().map(|&id| view! { <li><a href=move || link(&st(), View::Right(id))>{move || ctx.t(&format!("right-{id}-title"))}</a></li> }).collect_view()}
            </ul>
        })}
        {(!ids_a.is_empty()).then(|| view! {
            <h3>{move || ctx.t(msg::ACTIONS_LABEL)}</h3>
            <ul class="library">
                {ids_a.iter().map(|&id| view! { <li><a href=move || link(&st(), View::Action(id))>{move || ctx.t(&format!("action-{id}-title"))}</a></li> }).collect_view()}
            </ul>
        })}
    }
}

fn back() -> impl IntoView {
    let ctx = use_ctx();
    view! { <p><a href=move || link(&ctx.state.get(), View::Library)>{move || ctx.t(msg::BACK_TO_LIBRARY)}</a></p> }
}

#[component]
pub fn PrinciplePage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let rights: Vec<_> = data::RIGHTS.iter().filter(|r| r.principles.contains(&id)).map(|r| r.id).collect();
    let actions: Vec<_> = data::ACTIONS.iter().filter(|a| a.principles.contains(&id)).map(|a| a.id).collect();
    view! {
        {back()}
        <h1>{move || ctx.t(&format!("principle-{id}"))}</h1>
        <p>{move || ctx.t(msg::GLOSS_LABEL)} " " {move || ctx.t(&format!("principle-{id}-gloss"))}</p>
        <p class="fine">{move || ctx.t(msg::PRINCIPLES_NOTE)}</p>
        <h2>{move || ctx.t(msg::RESTS_ON_IT)}</h2>
        {item_links(rights, actions)}
    }
}

#[component]
pub fn ThemePage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let t = data::theme(id).expect("parsed from a valid link");
    view! {
        {back()}
        <h1>{move || ctx.t(&format!("theme-{id}"))}</h1>
        <p>{move || ctx.t(&format!("theme-{id}-desc"))}</p>
        <p class="note">{move || ctx.t(msg::LIBRARY_THEMES_NOTE)}</p>
        {item_links(t.rights.to_vec(), t.actions.to_vec())}
    }
}
