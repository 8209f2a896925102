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

/// How many hits are shown at first, and how many more each "Show more" adds. Only these are
/// turned into titles, excerpts and DOM, so each keystroke does a bounded amount of work.
const PAGE: usize = 15;

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

/// One hit: its kind, its title as a link with the matching words marked, and an excerpt.
fn hit_view(ctx: Ctx, h: &Hit, label: String) -> impl IntoView {
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
    let kind_labels = StoredValue::new(kind_labels);
    let q = RwSignal::new(QUERY.with(|x| x.borrow().clone()));
    let shown = RwSignal::new(PAGE);
    // Parse the language's index once, right after the screen is painted, so her first key
    // does not pay for it.
    set_timeout(move || _ = search::index(lang), std::time::Duration::ZERO);
    // In her view, a contact she would not be shown on her results (unconfirmed, kept for
    // officials, or an immigration authority that can detain or deport) is not offered here either.
    let official = ctx.official();
    let found = Memo::new(move |_| {
        let query = q.get();
        if search::query_words(&query).is_empty() {
            return None;
        }
        let keep = |k: Kind, id: &str| official || k != Kind::Contact || ruta_engine::scenarios::contact(id).is_some_and(|c| c.for_woman() && !c.enforcement);
        Some(search::search_kept(lang, &query, shown.get(), keep))
    });
    let hits = move || found.with(|f| f.as_ref().map(|(_, h)| h.clone()).unwrap_or_default());
    // One live region, there from the start, whose text changes (a region created with its
    // text is often not announced).
    let count = move || found.with(|f| f.as_ref().map(|(n, _)| *n));
    let status_class = move || if count() == Some(0) { "search-none" } else { "search-count" };
    let status = move || match count() {
        None => String::new(),
        Some(0) => tr(lang, msg::SEARCH_NONE),
        Some(n) => tr_args(lang, msg::SEARCH_COUNT, &[("count", Arg::Num(n as i64))]),
    };
    let more = move || {
        let n = found.with(|f| f.as_ref().map_or(0, |(n, _)| *n));
        (n > shown.get()).then(|| {
            view! { <button type="button" class="secondary search-more" on:click=move |_| shown.update(|s| *s += PAGE)>{tr(lang, msg::SEARCH_MORE)}</button> }
        })
    };
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
                    shown.set(PAGE);
                    q.set(v);
                }/>
            <p class="fine" id="search-hint">{hint}</p>
        </form>
        <div class="search-results">
            <p class=status_class role="status">{status}</p>
            // Keyed by everything a hit shows: a hit that stays the same from one key to the
            // next keeps its DOM, so the browser only lays out and paints what changed.
            <ol class="hits">
                <For each=hits key=|h: &Hit| (h.kind, h.id, h.title_marks.clone(), h.excerpt_marks.clone()) let(h)>
                    {
                        let label = kind_labels.with_value(|l| l.iter().find(|(k, _)| *k == h.kind).map(|(_, l)| l.clone()).unwrap_or_default());
                        hit_view(ctx, &h, label)
                    }
                </For>
            </ol>
            {more}
        </div>
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
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if view_now.get() == View::Welcome {
            QUERY.with(|x| x.borrow_mut().clear());
            if let Some(i) = input.get_untracked() {
                i.set_value("");
            }
        }
    });
    move || {
        (view_now.get() != View::Search).then(|| {
            let (label, button) = (label.clone(), button.clone());
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
