//! The Guidelines library: principles, approaches, definitions and themes, and a page for each
//! right and action, linked both ways (item → principles, principle → items).

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data::{self, APPROACHES, DEFINITIONS, PRINCIPLES, THEMES};
use ruta_engine::state::View;
use ruta_engine::{msg, Arg};

/// Its messages come in the later language pack (src/parts/later.rs).
#[component]
pub fn LibraryPage() -> impl IntoView {
    crate::parts::later::when_ready(library_page)
}

fn library_page() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <h1>{ctx.t(msg::LIBRARY_TITLE)}</h1>
        <p class="lead">{ctx.t(msg::LIBRARY_INTRO)}</p>
        <section aria-labelledby="lib-p">
            <h2 id="lib-p">{ctx.t(msg::LIBRARY_PRINCIPLES)}</h2>
            <ol class="library">
                {PRINCIPLES.iter().map(|p| view! {
                    <li>
                        <a href=ctx.href(View::Principle(p.id))>{ctx.t(&format!("principle-{}", p.id))}</a>
                        <p class="fine">{ctx.t(msg::GLOSS_LABEL)} " " {ctx.t(&format!("principle-{}-gloss", p.id))}</p>
                    </li>
                }).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="lib-a">
            <h2 id="lib-a">{ctx.t(msg::LIBRARY_APPROACHES)}</h2>
            <ul class="library">
                {APPROACHES.iter().map(|id| view! {
                    <li id=format!("approach-{id}")>
                        <strong>{ctx.t(&format!("approach-{id}"))}</strong>
                        <p class="fine">{ctx.t(msg::GLOSS_LABEL)} " " {ctx.t(&format!("approach-{id}-gloss"))}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="lib-t">
            <h2 id="lib-t">{ctx.t(msg::LIBRARY_THEMES)}</h2>
            <p class="note">{ctx.t(msg::LIBRARY_THEMES_NOTE)}</p>
            <ul class="library">
                {THEMES.iter().map(|t| view! {
                    <li>
                        <a href=ctx.href(View::Theme(t.id))>{ctx.t(&format!("theme-{}", t.id))}</a>
                        <p class="fine">{ctx.t(&format!("theme-{}-desc", t.id))}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section aria-labelledby="lib-d">
            <h2 id="lib-d">{ctx.t(msg::LIBRARY_DEFINITIONS)}</h2>
            <p class="note">{ctx.t(msg::LIBRARY_DEFINITIONS_NOTE)}</p>
            <dl class="definitions">
                {DEFINITIONS.iter().map(|d| view! {
                    <dt>{ctx.t(&format!("definition-{}", d.id))} " " <span class="fine">"(" {ctx.t_args(msg::PAGE_REF, &[("page", Arg::Num(d.page as i64))])} ")"</span></dt>
                    <dd>{ctx.t(msg::GLOSS_LABEL)} " " {ctx.t(&format!("definition-{}-gloss", d.id))}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}

/// Links to rights and actions, by id, titled in the current language.
/// `h2` = their headings are h2 (a theme page has no h2 above them), else h3.
fn item_links(ids_r: Vec<&'static str>, ids_a: Vec<&'static str>, h2: bool) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        {(!ids_r.is_empty()).then(|| view! {
            {heading(h2, ctx.t(msg::RIGHTS_LABEL))}
            <ul class="library">
                {ids_r.iter().map(|&id| view! { <li><a href=ctx.href(View::Right(id))>{ctx.t(&format!("right-{id}-title"))}</a></li> }).collect_view()}
            </ul>
        })}
        {(!ids_a.is_empty()).then(|| view! {
            {heading(h2, ctx.t(msg::ACTIONS_LABEL))}
            <ul class="library">
                {ids_a.iter().map(|&id| view! { <li><a href=ctx.href(View::Action(id))>{ctx.t(&format!("action-{id}-title"))}</a></li> }).collect_view()}
            </ul>
        })}
    }
}

fn heading(h2: bool, text: String) -> AnyView {
    if h2 {
        view! { <h2>{text}</h2> }.into_any()
    } else {
        view! { <h3>{text}</h3> }.into_any()
    }
}

fn back() -> impl IntoView {
    let ctx = use_ctx();
    view! { <p><a href=ctx.href(View::Library)>{ctx.t(msg::BACK_TO_LIBRARY)}</a></p> }
}

#[component]
pub fn PrinciplePage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let rights: Vec<_> = data::RIGHTS.iter().filter(|r| r.principles.contains(&id)).map(|r| r.id).collect();
    let actions: Vec<_> = data::ACTIONS.iter().filter(|a| a.principles.contains(&id)).map(|a| a.id).collect();
    view! {
        {back()}
        <h1>{ctx.t(&format!("principle-{id}"))}</h1>
        <p>{ctx.t(msg::GLOSS_LABEL)} " " {ctx.t(&format!("principle-{id}-gloss"))}</p>
        <p class="fine">{ctx.t(msg::PRINCIPLES_NOTE)}</p>
        <h2>{ctx.t(msg::RESTS_ON_IT)}</h2>
        {item_links(rights, actions, false)}
    }
}

/// Its messages come in the later language pack (src/parts/later.rs).
#[component]
pub fn ThemePage(id: &'static str) -> impl IntoView {
    crate::parts::later::when_ready(move || theme_page(id))
}

fn theme_page(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let t = data::theme(id).expect("parsed from a valid link");
    view! {
        {back()}
        <h1>{ctx.t(&format!("theme-{id}"))}</h1>
        <p>{ctx.t(&format!("theme-{id}-desc"))}</p>
        <p class="note">{ctx.t(msg::LIBRARY_THEMES_NOTE)}</p>
        {item_links(t.rights.to_vec(), t.actions.to_vec(), true)}
    }
}
