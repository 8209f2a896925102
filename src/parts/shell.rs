//! The shell around every screen: the slim header (name, search box on wide screens, language,
//! quick exit), the kiosk's idle prompt, notes about the link and updates, the footer, and what
//! happens when a screen is shown.

use crate::{browser, ensure_language, use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::state::{Problem, View};
use ruta_engine::{msg, Arg};
use wasm_bindgen::JsCast;

/// A new screen: scroll to the top, focus its h1 (not on first load: the page just opened), and
/// give the document the screen's own title.
pub fn screen_shown(ctx: Ctx, first: bool, view: View) {
    let root = if ctx.embed == crate::Embed::Widget { None } else { Some(()) };
    let Some(doc) = window().document() else { return };
    let h1 = doc.query_selector("main h1").ok().flatten().or_else(|| {
        // A widget renders inside a shadow root: look there.
        None
    });
    if let Some(h1) = h1 {
        let _ = h1.set_attribute("tabindex", "-1");
        if root.is_some() {
            let name = ctx.t(msg::APP_NAME);
            let text = h1.text_content().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "");
            let title = if view == View::Welcome || text.trim().is_empty() { format!("{name} · {}", ctx.t(msg::APP_TAGLINE)) } else { format!("{} · {name}", text.trim()) };
            browser::set_title(&title);
        }
        if !first {
            if ctx.embed == crate::Embed::Page {
                browser::scroll_to_top();
            }
            if let Ok(el) = h1.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <header class="top">
            <a class="brand" href=ctx.href(View::Start) on:click=move |ev| {
                // Home is the first question, with her answers still in memory.
                ev.prevent_default();
                ctx.question.set(1);
                ctx.go(ctx.state.get_untracked().with_view(View::Start), true);
            }>{ctx.t(msg::APP_NAME)}</a>
            // Wide screens only (style.css hides it below 48em; phones use the search screen).
            <crate::screens::search::SearchBox/>
            <LanguageSwitch/>
            <QuickExit/>
        </header>
    }
}

/// GOV.UK-style "Exit this page": one tap leaves and Back does not come back.
#[component]
pub fn QuickExit() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button type="button" class="exit" title=ctx.t(msg::EXIT_HINT) on:click=move |_| {
            if ctx.kiosk.is_some() {
                // A kiosk has nowhere to go: exit means "clear my screen now".
                ctx.wipe();
            } else {
                // Forget first, so nothing of hers is on the page that leaves (or in a restored one).
                ctx.forget_answers();
                browser::quick_exit();
            }
        }>{ctx.t(msg::EXIT_BUTTON)}</button>
    }
}

/// The language switch changes the app only on an explicit choice (WCAG 3.2.2): a mouse or touch
/// choice in the list, or Enter after moving with the arrow keys — never on an arrow key alone.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let keyed = StoredValue::new(false);
    let apply = move |v: String| {
        if let Some(l) = ruta_engine::data::language(&v) {
            if l == ctx.lang.get_untracked() {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                if ensure_language(l).await.is_ok() {
                    let mut next = ctx.state.get_untracked();
                    next.lang = Some(l);
                    ctx.go(next, false);
                } else {
                    ctx.problems.set(vec![Problem::LanguageNotLoaded(l.into())]);
                }
            });
        }
    };
    let current = ctx.lang.get_untracked();
    view! {
        <label class="lang">
            <span class="sr-only">{ctx.t(msg::LANGUAGE_LABEL)}</span>
            <select
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    match ev.key().as_str() {
                        "Enter" => {
                            keyed.set_value(false);
                            apply(event_target_value(&ev));
                        }
                        "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown" => keyed.set_value(true),
                        _ => {}
                    }
                }
                on:pointerdown=move |_| keyed.set_value(false)
                on:change=move |ev| {
                    if !keyed.get_value() {
                        apply(event_target_value(&ev));
                    }
                }
                on:blur=move |ev| {
                    // Moved with the arrows but never confirmed: show the language in use again.
                    if keyed.get_value() {
                        keyed.set_value(false);
                        if let Some(sel) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                            let _ = js_sys::Reflect::set(&sel, &"value".into(), &ctx.lang.get_untracked().into());
                        }
                    }
                }
            >
                {ruta_engine::data::LANGUAGES
                    .iter()
                    .map(|l| view! { <option value=l.code lang=l.code selected=l.code == current>{l.name}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Kiosk: after `idle` seconds without a touch, ask "are you still there?" for 20 seconds, then
/// wipe everything back to the greeting. Any touch or key during the countdown keeps her screen.
/// The prompt takes focus, keeps Tab inside, and announces the countdown; after a wipe focus goes
/// to the greeting's heading. Time is measured from timestamps, so throttled timers cannot stretch it.
#[component]
pub fn KioskGuard(idle: u32) -> impl IntoView {
    const COUNTDOWN: f64 = 20.0;
    let ctx = use_ctx();
    let last = StoredValue::new(js_sys::Date::now());
    // Seconds left before the wipe while the prompt shows; None when she is active.
    let left = RwSignal::new(None::<i64>);
    let touched = move || {
        last.set_value(js_sys::Date::now());
        if left.get_untracked().is_some() {
            left.set(None);
        }
    };
    let wipe = move || {
        left.set(None);
        last.set_value(js_sys::Date::now());
        ctx.wipe();
        request_animation_frame(|| {
            if let Some(h) = document().query_selector("main h1").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = h.set_attribute("tabindex", "-1");
                let _ = h.focus();
            }
        });
    };
    let tick = set_interval_with_handle(
        move || {
            if ctx.state.with_untracked(|s| s.view == View::Welcome) {
                last.set_value(js_sys::Date::now());
                return;
            }
            let quiet = (js_sys::Date::now() - last.get_value()) / 1000.0;
            if quiet >= f64::from(idle) + COUNTDOWN {
                wipe();
            } else if quiet >= f64::from(idle) {
                let was = left.get_untracked();
                left.set(Some((f64::from(idle) + COUNTDOWN - quiet).ceil() as i64));
                if was.is_none() {
                    request_animation_frame(|| {
                        if let Some(b) = document().query_selector(".kiosk-prompt button").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                            let _ = b.focus();
                        }
                    });
                }
            }
        },
        std::time::Duration::from_millis(500),
    )
    .ok();
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| touched());
    let key = window_event_listener(leptos::ev::keydown, move |ev| {
        // Tab / Shift+Tab inside the prompt move between its buttons; they are not "activity".
        if matches!(ev.key().as_str(), "Tab" | "Shift") && left.get_untracked().is_some() {
            return;
        }
        touched()
    });
    let touch = window_event_listener(leptos::ev::touchstart, move |_| touched());
    let scroll = window_event_listener(leptos::ev::scroll, move |_| touched());
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
        pointer.remove();
        key.remove();
        touch.remove();
        scroll.remove();
    });
    // Announced at the start and then every 5 seconds, not every second.
    let spoken = move || left.get().map(|n| if n >= 20 { 20 } else { ((n + 4) / 5) * 5 }).unwrap_or(0);
    let body = move || ctx.t_args(msg::KIOSK_IDLE_BODY, &[("seconds", Arg::Num(left.get().unwrap_or(0)))]);
    let trap = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Tab" {
            return;
        }
        let buttons = document().query_selector_all(".kiosk-prompt button").ok();
        let Some(buttons) = buttons else { return };
        let n = buttons.length();
        if n == 0 {
            return;
        }
        let active = document().active_element();
        let idx = (0..n).find(|i| buttons.item(*i).map(|b| Some(b.unchecked_into::<web_sys::Element>()) == active).unwrap_or(false));
        let next = match (idx, ev.shift_key()) {
            (Some(0), true) | (None, true) => n - 1,
            (Some(i), true) => i - 1,
            (Some(i), false) if i + 1 < n => i + 1,
            _ => 0,
        };
        ev.prevent_default();
        if let Some(b) = buttons.item(next).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = b.focus();
        }
    };
    view! {
        <Show when=move || left.get().is_some()>
            <div class="kiosk-prompt" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-h" aria-describedby="kiosk-b" on:keydown=trap>
                <div class="box">
                    <h2 id="kiosk-h">{ctx.t(msg::KIOSK_IDLE_TITLE)}</h2>
                    <p id="kiosk-b">{body}</p>
                    <p class="sr-only" aria-live="assertive" aria-atomic="true">
                        {move || ctx.t_args(msg::KIOSK_IDLE_BODY, &[("seconds", Arg::Num(spoken()))])}
                    </p>
                    <button type="button" class="primary" on:click=move |_| touched()>{ctx.t(msg::KIOSK_CONTINUE)}</button>
                    <button type="button" class="secondary" on:click=move |_| wipe()>{ctx.t(msg::KIOSK_CLEAR_NOW)}</button>
                </div>
            </div>
        </Show>
    }
}

/// A clear, localized note when part of the link was not understood; the rest is kept.
#[component]
pub fn ProblemsNote() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let problems = ctx.problems.get();
        let _ = ctx.lang.get();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="problems" role="alert" aria-labelledby="problems-h">
                    <h2 id="problems-h">{ctx.t(msg::PROBLEMS_TITLE)}</h2>
                    <ul>
                        {problems
                            .iter()
                            .map(|p| view! { <li>{ctx.t_args(p.message_id(), &[("value", Arg::Str(&p.display_value()))])}</li> })
                            .collect_view()}
                    </ul>
                    <p>{ctx.t(msg::PROBLEMS_KEPT)}</p>
                </section>
            }
        })
    }
}

/// A calm note when the service worker has a new version ready (boot.js sends the event).
#[component]
pub fn UpdateNote() -> impl IntoView {
    let ctx = use_ctx();
    let ready = RwSignal::new(browser::update_waiting());
    let listener = window_event_listener(leptos::ev::Custom::<leptos::ev::Event>::new("ruta-update-ready"), move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    move || {
        let _ = ctx.lang.get();
        ready.get().then(|| {
            view! {
                <section class="update" role="status">
                    <p>{ctx.t(msg::UPDATE_READY)}</p>
                    <button type="button" on:click=move |_| browser::apply_update()>{ctx.t(msg::UPDATE_NOW)}</button>
                </section>
            }
        })
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <footer class="bottom">
            <nav>
                <a href=ctx.href(View::Start)>{ctx.t(msg::NAV_START)}</a>
                <a href=ctx.href(View::Library)>{ctx.t(msg::NAV_LIBRARY)}</a>
                // Hard words in plain words (issue 16; its words live in locales/*/words.ftl).
                <a href=ctx.href(View::Words)>{ctx.t("words-title")}</a>
                <a href=ctx.href(View::Safety)>{ctx.t(msg::NAV_SAFETY)}</a>
                <a href=ctx.href(View::About)>{ctx.t(msg::NAV_ABOUT)}</a>
            </nav>
            <p>{ctx.t(msg::ABOUT_NOT_ADVICE)}</p>
        </footer>
    }
}
