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

/// Where a hit leads: its own page, the library, the situations question, or a call.
fn link(ctx: Ctx, h: &Hit) -> Option<String> {
    match h.kind {
        Kind::Approach => Some(format!("{}#approach-{}", ctx.href(View::Library), h.id)),
        Kind::Situation => Some(ctx.question_href(4)),
        Kind::Contact => ruta_engine::scenarios::contact(h.id).and_then(ruta_engine::glance::dial).map(|t| format!("tel:{t}")),
        _ => h.view().map(|v| ctx.href(v)),
    }
}

/// What the screen shows for the words looked for and the number of hits shown: `None` before
/// a word is typed, else how many items match in all and the shown hits as HTML.
type Found = (Vec<String>, usize, Option<(usize, String)>);

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
    let typed = QUERY.with(|x| x.borrow().clone());
    let q = RwSignal::new(typed.clone());
    let shown = RwSignal::new(PAGE);
    // In her view, a contact she would not be shown on her results (unconfirmed, kept for
    // officials, or an immigration authority that can detain or deport) is not offered here
    // either. The contacts left out are listed once, not looked up again on every key.
    let official = ctx.official();
    let left_out: Vec<&'static str> = if official {
        vec![]
    } else {
        ruta_engine::data::CONTACTS.iter().filter(|c| !c.for_woman() || c.enforcement).map(|c| c.id).collect()
    };
    let left_out = StoredValue::new(left_out);
    // How many items match `query` in all, and the first `limit` as HTML (`None` once she has
    // left the screen: the values it reads are gone).
    let answer = move |query: &str, limit: usize| -> Option<(usize, String)> {
        let (n, hits) = left_out.try_with_value(|out| search::search_kept(lang, query, limit, |k: Kind, id: &str| k != Kind::Contact || !out.contains(&id)))?;
        let mut html = String::new();
        kind_labels.try_with_value(|labels| {
            for h in &hits {
                let label = labels.iter().find(|(k, _)| *k == h.kind).map_or("", |(_, l)| l.as_str());
                search::push_hit_html(&mut html, h, label, link(ctx, h).as_deref());
            }
        })?;
        Some((n, html))
    };
    // Right after the screen is painted: parse the language's index, and answer one letter
    // once, unseen, so her first key finds the search code warm and the texts of the first
    // hits for "a" already split into words (her first key was the slowest of all).
    set_timeout(
        move || {
            if search::index(lang).is_some() {
                let _ = answer("a", PAGE);
            }
        },
        std::time::Duration::ZERO,
    );
    // Each key: how many items match in all and the first `shown` as one HTML string (see
    // `search::push_hit_html`, which escapes every text), made only when the words looked for
    // change (a space or a repeated letter costs nothing).
    let found = Memo::new(move |prev: Option<&Found>| {
        let words = search::query_words(&q.get());
        let limit = shown.get();
        if let Some((w, l, f)) = prev {
            if *w == words && *l == limit {
                return (words, limit, f.clone());
            }
        }
        if words.is_empty() {
            return (words, limit, None);
        }
        let found = q.with_untracked(|q| answer(q, limit));
        (words, limit, found)
    });
    // The count, and whether there are more than shown, change far less often than the hits:
    // their own memos leave the live region and the button untouched while only hits change.
    let count = Memo::new(move |_| found.with(|f| f.2.as_ref().map(|(n, _)| *n)));
    let hits_html = move || found.with(|f| f.2.as_ref().map(|(_, h)| h.clone()).unwrap_or_default());
    // One live region, there from the start, whose text changes (a region created with its
    // text is often not announced).
    let status_class = move || if count.get() == Some(0) { "search-none" } else { "search-count" };
    let status = move || match count.get() {
        None => String::new(),
        Some(0) => tr(lang, msg::SEARCH_NONE),
        Some(n) => tr_args(lang, msg::SEARCH_COUNT, &[("count", Arg::Num(n as i64))]),
    };
    let has_more = Memo::new(move |_| count.get().unwrap_or(0) > shown.get());
    let more = move || {
        has_more.get().then(|| {
            view! { <button type="button" class="secondary search-more" on:click=move |_| shown.update(|s| *s += PAGE)>{tr(lang, msg::SEARCH_MORE)}</button> }
        })
    };
    let (title, label, hint) = (ctx.t(msg::SEARCH_TITLE), ctx.t(msg::SEARCH_LABEL), ctx.t(msg::SEARCH_HINT));
    view! {
        <h1>{title}</h1>
        <form class="search" role="search" on:submit=move |ev| ev.prevent_default()>
            <label for="search-q">{label}</label>
            <input id="search-q" type="search" autocomplete="off" spellcheck="false" maxlength="120" aria-describedby="search-hint"
                prop:value=typed
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
            // The hits, set as one HTML string (one parse per key, and none when the string is
            // the same as before); each is a link to its item with the matching words marked.
            <ol class="hits" inner_html=hits_html></ol>
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
