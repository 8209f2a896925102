//! Search (issue 17): one field over rights, steps, the Guidelines library, situations, contacts
//! and international instruments, in the language in use. The index comes with the language's
//! pack and the engine does the work (`ruta_engine::search`); this screen only renders the hits
//! as links with the matching words in `<mark>`. The words typed stay in memory: they never go
//! into the address.

use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::search::{self, Hit, Kind};
use ruta_engine::state::View;
use ruta_engine::{msg, tr, tr_args, Arg};

thread_local! {
    /// What was typed in the header box, for the search screen to start from.
    static QUERY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// How many hits are shown.
const LIMIT: usize = 40;

/// `text` with the byte ranges `marks` wrapped in `<mark>`.
fn marked(text: &str, marks: &[(usize, usize)]) -> Vec<AnyView> {
    let mut out: Vec<AnyView> = vec![];
    let mut at = 0;
    for &(a, b) in marks {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        if a > at {
            out.push(text[at..a].to_owned().into_any());
        }
        out.push(view! { <mark>{text[a..b].to_owned()}</mark> }.into_any());
        at = b;
    }
    if at < text.len() {
        out.push(text[at..].to_owned().into_any());
    }
    out
}

/// Where a hit leads: its own page, the library, the situations question, or a call.
fn link(ctx: Ctx, h: &Hit) -> Option<String> {
    match h.kind {
        Kind::Approach => Some(format!("{}#approach-{}", ctx.href(View::Library), h.id)),
        Kind::Situation => Some(ctx.question_href(4)),
        Kind::Contact => ruta_engine::scenarios::contact(h.id).and_then(ruta_engine::glance::dial).map(|t| format!("tel:{t}")),
        _ => h.view().map(|v| ctx.href(v)),
    }
}

fn hits_view(ctx: Ctx, lang: &'static str, q: &str, kind_labels: &[(Kind, String)]) -> AnyView {
    // In her view, a contact she would not be shown on her results (unconfirmed, kept for
    // officials, or an immigration authority that can detain or deport) is not offered here either.
    let official = ctx.official();
    let safe = |h: &Hit| official || h.kind != Kind::Contact || ruta_engine::scenarios::contact(h.id).is_some_and(|c| c.for_woman() && !c.enforcement);
    let hits: Vec<Hit> = search::search(lang, q, LIMIT).into_iter().filter(safe).collect();
    if search::query_words(q).is_empty() {
        return ().into_any();
    }
    if hits.is_empty() {
        return view! { <p class="search-none" role="status">{tr(lang, msg::SEARCH_NONE)}</p> }.into_any();
    }
    let count = tr_args(lang, msg::SEARCH_COUNT, &[("count", Arg::Num(hits.len() as i64))]);
    let items = hits
        .iter()
        .map(|h| {
            let label = kind_labels.iter().find(|(k, _)| *k == h.kind).map(|(_, l)| l.clone()).unwrap_or_default();
            let title = marked(&h.title, &h.title_marks);
            let excerpt = (!h.excerpt.is_empty()).then(|| view! { <p class="fine excerpt">{marked(&h.excerpt, &h.excerpt_marks)}</p> });
            let head = match link(ctx, h) {
                Some(href) => view! { <a href=href class="hit-title">{title}</a> }.into_any(),
                None => view! { <span class="hit-title">{title}</span> }.into_any(),
            };
            view! {
                <li class="hit" data-id=format!("{}:{}", h.kind.id(), h.id)>
                    <span class="badge">{label}</span> " " {head}
                    {excerpt}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="search-count" role="status">{count}</p>
        <ol class="hits">{items}</ol>
    }
    .into_any()
}

/// The search screen: the field and the results, updated as she types. The index travels in the
/// later language pack (`crate::parts::later`), so the screen renders once that pack is merged.
#[component]
pub fn SearchPage() -> impl IntoView {
    crate::parts::later::when_ready(search_page)
}

fn search_page() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let kind_labels: Vec<(Kind, String)> =
        [Kind::Right, Kind::Action, Kind::Situation, Kind::Principle, Kind::Approach, Kind::Definition, Kind::Theme, Kind::Instrument, Kind::Contact]
            .into_iter()
            .map(|k| (k, ctx.t(&format!("search-kind-{}", k.id()))))
            .collect();
    let q = RwSignal::new(QUERY.with(|x| x.borrow().clone()));
    let (title, label, hint) = (ctx.t(msg::SEARCH_TITLE), ctx.t(msg::SEARCH_LABEL), ctx.t(msg::SEARCH_HINT));
    view! {
        <h1>{title}</h1>
        <form class="search" role="search" on:submit=move |ev| ev.prevent_default()>
            <label for="search-q">{label}</label>
            <input id="search-q" type="search" autocomplete="off" spellcheck="false" maxlength="120" aria-describedby="search-hint"
                prop:value=move || q.get()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    QUERY.with(|x| *x.borrow_mut() = v.clone());
                    q.set(v);
                }/>
            <p class="fine" id="search-hint">{hint}</p>
        </form>
        <div class="search-results">{move || hits_view(ctx, lang, &q.get(), &kind_labels)}</div>
    }
}

/// The header's search box (wide screens; style.css hides it on phones, which reach the search
/// screen by its links). Submitting opens the search screen with what was typed, handed over in
/// memory: the words never go into the address. Not shown on the search screen itself (its own
/// field is there), and a return to the greeting (a kiosk wipe, forgetting her answers) forgets
/// the words too.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = use_ctx();
    let (label, button) = (ctx.t(msg::SEARCH_LABEL), ctx.t(msg::SEARCH_BUTTON));
    let view_now = Memo::new(move |_| ctx.state.with(|s| s.view));
    Effect::new(move |_| {
        if view_now.get() == View::Welcome {
            QUERY.with(|x| x.borrow_mut().clear());
        }
    });
    move || {
        (view_now.get() != View::Search).then(|| {
            let (label, button) = (label.clone(), button.clone());
            let input = NodeRef::<leptos::html::Input>::new();
            view! {
                <form class="search-box" role="search" on:submit=move |ev| {
                    ev.prevent_default();
                    let typed = input.get_untracked().map(|i| i.value()).unwrap_or_default();
                    QUERY.with(|x| *x.borrow_mut() = typed.chars().take(search::MAX_CHARS).collect());
                    let next = ctx.state.with_untracked(|s| s.with_view(View::Search));
                    ctx.go(next, true);
                }>
                    <label for="search-box-q" class="sr-only">{label}</label>
                    <input id="search-box-q" node_ref=input type="search" name="search" autocomplete="off" spellcheck="false" maxlength="120" enterkeyhint="search"/>
                    <button type="submit">{button}</button>
                </form>
            }
        })
    }
}
