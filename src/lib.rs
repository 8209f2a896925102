//! Ruta's user interface: thin Leptos components over `ruta-engine`.
//!
//! State lives in the URL hash (see `ruta_engine::state`); [`App`] keeps a signal in step with it
//! and every screen renders from that signal. Components hold no content: every word comes from
//! `locales/` through [`ruta_engine::tr`].

mod browser;
mod library;
mod pages;
pub mod parts;

use leptos::prelude::*;
use ruta_engine::state::{Problem, State, View};
use ruta_engine::{i18n, msg, tr, tr_args, Arg};

pub use library::{LibraryPage, PrinciplePage, ThemePage};
pub use parts::contacts::ContactCard;
pub use pages::{AboutPage, ActionPage, ResultsPage, RightPage, SafetyPage, StartPage, WelcomePage};

/// Shared by every component: the screen state, what the link got wrong, and the language.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub state: RwSignal<State>,
    pub problems: RwSignal<Vec<Problem>>,
    /// The language in use: the link's `lang`, else the browser's preference, else Spanish.
    pub lang: Memo<&'static str>,
    /// Kiosk mode: the idle time in seconds before the "are you still there?" prompt.
    pub kiosk: Option<u32>,
    /// She asked to remember her answers on this device (off by default).
    pub remember: RwSignal<bool>,
    pub embed: Embed,
    /// A host organisation's own contacts (embedding), shown beside the built-in ones.
    pub overlay: RwSignal<Vec<ruta_engine::overlay::OverlayContact>>,
}

/// How Ruta is running: its own page, a widget inside a host page, or an iframe.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Embed {
    Page,
    /// Mounted in a host element: never touches the host's URL, title or `<html lang>`.
    Widget,
    /// In an iframe: its own URL, but it never adds entries to the host's history.
    Frame,
}

impl Ctx {
    /// Create the context from a state (tests) — the browser entry point uses [`start`].
    pub fn new(state: State, problems: Vec<Problem>, preferred: &'static str) -> Self {
        let state = RwSignal::new(state);
        let lang = Memo::new(move |_| state.with(|s| s.lang.unwrap_or(preferred)));
        Ctx { state, problems: RwSignal::new(problems), lang, kiosk: None, remember: RwSignal::new(false), embed: Embed::Page, overlay: RwSignal::new(vec![]) }
    }

    /// The text of a UI or content message in the current language.
    pub fn t(&self, id: &str) -> String {
        tr(self.lang.get(), id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        tr_args(self.lang.get(), id, args)
    }

    /// Change the state. `push` = a new screen (a history entry); otherwise the URL is replaced.
    pub fn go(&self, next: State, push: bool) {
        // A kiosk never grows the history (the next visitor must not go Back); an iframe never
        // grows its host's; a widget never touches the host's URL at all.
        let push = push && self.kiosk.is_none() && self.embed == Embed::Page;
        if self.embed != Embed::Widget {
            browser::write_state(&next, push);
        }
        if push {
            self.problems.set(vec![]);
            browser::scroll_to_top();
        }
        self.state.set(next);
    }

    /// Validate and show a host's own contacts; a bad overlay is one console error, nothing else.
    pub fn set_overlay(&self, v: &wasm_bindgen::JsValue) {
        match ruta_engine::overlay::parse(&browser::to_json(v)) {
            Ok(list) => self.overlay.set(list),
            Err(e) => browser::console_error(&e.to_string()),
        }
    }

    /// Kiosk wipe: back to the greeting with no trace of the visitor (state, URL, scroll, focus).
    pub fn wipe(&self) {
        let next = State { view: View::Welcome, ..State::default() };
        browser::replace_hash(&next.to_hash());
        self.problems.set(vec![]);
        self.state.set(next);
        browser::reset_focus();
        browser::scroll_to_top();
    }
}

pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Make sure the messages of `code` are loaded (fetching its pack once if needed).
pub async fn ensure_language(code: &'static str) -> Result<(), String> {
    if i18n::is_loaded(code) || i18n::locale(code).is_some() {
        return Ok(());
    }
    let file = i18n::pack_file(code).ok_or_else(|| format!("unknown language {code}"))?;
    let bytes = browser::fetch_bytes(file).await?;
    i18n::register(code, &bytes).map(|_| ())
}

/// Browser entry point: load the one language needed, then mount.
pub fn start() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(boot());
}

async fn boot() {
    if browser::is_widget_host() {
        return; // embed.js calls mount_widget for each host element
    }
    let kiosk = browser::kiosk_idle_secs();
    let frame = browser::is_frame();
    let (mut state, mut problems) = browser::read_state();
    if frame && browser::hash().len() <= 2 {
        (state, problems) = browser::frame_state_from_query();
    }
    // Only if she asked for it earlier on this device: the box stays ticked, and a bare address
    // opens her remembered screen (a link with its own state wins).
    let remembered = kiosk.is_none() && !frame && browser::remember_get().is_some();
    if remembered && browser::hash().len() <= 2 {
        if let Some(h) = browser::remember_get() {
            let (st, _) = ruta_engine::state::parse(&h);
            state = st;
            browser::write_state(&state, false);
        }
    }
    if kiosk.is_some() {
        browser::set_root_class("kiosk");
        if browser::hash().len() <= 2 {
            state.view = View::Welcome;
        }
        // The greeting speaks every language, so a kiosk loads them all.
        for code in i18n::languages() {
            let _ = ensure_language(code).await;
        }
    }
    let preferred = i18n::negotiate(&browser::navigator_languages());
    let wanted = state.lang.unwrap_or(preferred);
    if ensure_language(wanted).await.is_err() {
        // Keep going in the default language and say which one failed.
        if ensure_language(ruta_engine::data::DEFAULT_LANGUAGE).await.is_err() {
            browser::boot_failed();
            return;
        }
        problems.push(Problem::UnknownLanguage(wanted.into()));
        state.lang = Some(ruta_engine::data::DEFAULT_LANGUAGE);
    }
    let mut ctx = Ctx::new(state, problems, preferred);
    ctx.kiosk = kiosk;
    ctx.remember.set(remembered);
    if frame {
        ctx.embed = Embed::Frame;
        let load = move || {
            if let Some(v) = browser::frame_overlay() {
                ctx.set_overlay(&v);
            }
        };
        load();
        std::mem::forget(window_event_listener(leptos::ev::Custom::<leptos::ev::Event>::new("ruta-overlay"), move |_| load()));
    }
    if kiosk.is_some() || frame {
        // Links inside the app replace the history entry instead of adding one.
        let click = window_event_listener(leptos::ev::click, move |ev| {
            use wasm_bindgen::JsCast;
            let Some(a) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[href^='#/']").ok().flatten()) else { return };
            ev.prevent_default();
            let (st, pr) = ruta_engine::state::parse(&a.get_attribute("href").unwrap_or_default());
            ctx.problems.set(pr);
            ctx.go(st, false);
        });
        std::mem::forget(click);
        if kiosk.is_some() {
            // boot.js's quick exit (button before load, Shift × 3) wipes instead of leaving.
            let wipe = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || ctx.wipe());
            let _ = js_sys::Reflect::set(&window(), &"rutaKioskWipe".into(), wipe.as_ref());
            wipe.forget();
        }
    }
    // Back/forward and edited links: the hash is the source of truth. A language not loaded yet is
    // fetched before the screen changes, so no text ever shows as a raw id.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let (st, pr) = browser::read_state();
        wasm_bindgen_futures::spawn_local(async move {
            let ok = ensure_language(st.lang.unwrap_or(preferred)).await.is_ok();
            let mut pr = pr;
            let mut st = st;
            if !ok {
                pr.push(Problem::UnknownLanguage(st.lang.unwrap_or(preferred).into()));
                st.lang = Some(ctx.lang.get_untracked());
            }
            ctx.problems.set(pr);
            ctx.state.set(st);
        });
    });
    std::mem::forget(listener);
    leptos::mount::mount_to_body(move || {
        provide_context(ctx);
        // Effects need the executor, which mounting starts.
        // Remember on this device only while she has asked for it.
        Effect::new(move |_| {
            let h = ctx.state.with(|s| s.to_hash());
            if ctx.remember.get() {
                browser::remember_set(&h);
            }
        });
        Effect::new(move |_| {
            let lang = ctx.lang.get();
            browser::set_document_lang(lang);
            browser::set_title(&format!("{} · {}", tr(lang, msg::APP_NAME), tr(lang, msg::APP_TAGLINE)));
        });
        view! { <App/> }
    });
    browser::remove_boot_note();
}

/// Mount Ruta inside a host page's element (called by embed.js). Options come from the element's
/// data attributes; `overlay` is the host's own directory (already parsed JSON) or null.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(host: web_sys::HtmlElement, options: wasm_bindgen::JsValue, overlay: wasm_bindgen::JsValue) {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async move {
        let opt = |k: &str| js_sys::Reflect::get(&options, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let view = if opt("view") == "results" { "results" } else { "" };
        let q = format!("#/{view}?lang={}&c={}&who={}&p={}&s={}", opt("lang"), opt("country"), opt("audience"), opt("phase"), opt("situations"));
        let (mut state, problems) = ruta_engine::state::parse(&q);
        for p in &problems {
            browser::console_error(&format!("Ruta widget: {:?} in data attributes", p));
        }
        let preferred = i18n::negotiate(&browser::navigator_languages());
        let lang = state.lang.unwrap_or(preferred);
        if ensure_language(lang).await.is_err() {
            state.lang = Some(ruta_engine::data::DEFAULT_LANGUAGE);
            if ensure_language(ruta_engine::data::DEFAULT_LANGUAGE).await.is_err() {
                browser::console_error("Ruta widget: could not load its messages");
                return;
            }
        }
        let mut ctx = Ctx::new(state, vec![], preferred);
        ctx.embed = Embed::Widget;
        if !overlay.is_null() && !overlay.is_undefined() {
            ctx.set_overlay(&overlay);
        }
        use wasm_bindgen::JsCast;
        let root = match host.shadow_root() {
            Some(r) => r,
            None => match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
                Ok(r) => r,
                Err(_) => return browser::console_error("Ruta widget: the host element cannot hold a shadow root"),
            },
        };
        let doc = document();
        if let Ok(link) = doc.create_element("link") {
            let _ = link.set_attribute("rel", "stylesheet");
            let _ = link.set_attribute("href", &opt("css"));
            let _ = root.append_child(&link);
        }
        let Ok(container) = doc.create_element("div") else { return };
        let _ = root.append_child(&container);
        // Links inside the widget change its state, never the host page's address.
        let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let Some(a) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[href^='#/']").ok().flatten()) else { return };
            ev.prevent_default();
            let (st, pr) = ruta_engine::state::parse(&a.get_attribute("href").unwrap_or_default());
            ctx.problems.set(pr);
            ctx.go(st, false);
        });
        let _ = root.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        on_click.forget();
        leptos::mount::mount_to(container.unchecked_into(), move || {
            provide_context(ctx);
            view! { <App/> }
        })
        .forget();
    });
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = use_ctx();
    let view_now = move || ctx.state.with(|s| s.view);
    view! {
        <div class="ruta-root" lang=move || ctx.lang.get()>
        <a class="skip" href="#main" on:click=|ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id("main") {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
            }
        }>{move || ctx.t(msg::SKIP_TO_CONTENT)}</a>
        <Header/>
        {ctx.kiosk.map(|idle| view! { <KioskGuard idle=idle/> })}
        <main id="main" tabindex="-1">
            <UpdateNote/>
            <ProblemsNote/>
            {move || match view_now() {
                View::Start => view! { <StartPage/> }.into_any(),
                View::Results => view! { <ResultsPage/> }.into_any(),
                View::About => view! { <AboutPage/> }.into_any(),
                View::Library => view! { <LibraryPage/> }.into_any(),
                View::Safety => view! { <SafetyPage/> }.into_any(),
                View::Welcome => view! { <WelcomePage/> }.into_any(),
                View::Principle(id) => view! { <PrinciplePage id=id/> }.into_any(),
                View::Theme(id) => view! { <ThemePage id=id/> }.into_any(),
                View::Right(id) => view! { <RightPage id=id/> }.into_any(),
                View::Action(id) => view! { <ActionPage id=id/> }.into_any(),
            }}
        </main>
        <Footer/>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = use_ctx();
    let home = move || ctx.state.with(|s| s.with_view(View::Start).to_hash());
    view! {
        <header class="top">
            <a class="brand" href=home>{move || ctx.t(msg::APP_NAME)}</a>
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
        <button type="button" class="exit" title=move || ctx.t(msg::EXIT_HINT) on:click=move |_| {
            if ctx.kiosk.is_some() {
                // A kiosk has nowhere to go: exit means "clear my screen now".
                ctx.wipe();
            } else {
                // Stop remembering first, so no pending effect writes her answers back.
                ctx.remember.set(false);
                browser::quick_exit();
                ctx.state.set(State::default());
            }
        }>{move || ctx.t(msg::EXIT_BUTTON)}</button>
    }
}

/// Kiosk: after `idle` seconds without a touch, ask "are you still there?" for 20 seconds, then
/// wipe everything back to the greeting. Any touch or key during the countdown keeps her screen.
/// Time is measured from timestamps, so throttled timers cannot stretch it.
#[component]
fn KioskGuard(idle: u32) -> impl IntoView {
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
    let tick = set_interval_with_handle(
        move || {
            if ctx.state.with_untracked(|s| s.view == View::Welcome) {
                last.set_value(js_sys::Date::now());
                return;
            }
            let quiet = (js_sys::Date::now() - last.get_value()) / 1000.0;
            if quiet >= f64::from(idle) + COUNTDOWN {
                left.set(None);
                last.set_value(js_sys::Date::now());
                ctx.wipe();
            } else if quiet >= f64::from(idle) {
                left.set(Some((f64::from(idle) + COUNTDOWN - quiet).ceil() as i64));
            }
        },
        std::time::Duration::from_millis(500),
    )
    .ok();
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| touched());
    let key = window_event_listener(leptos::ev::keydown, move |_| touched());
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
    let body = move || ctx.t_args(msg::KIOSK_IDLE_BODY, &[("seconds", Arg::Num(left.get().unwrap_or(0)))]);
    view! {
        <Show when=move || left.get().is_some()>
            <div class="kiosk-prompt" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-h" aria-describedby="kiosk-b">
                <div class="box">
                    <h2 id="kiosk-h">{move || ctx.t(msg::KIOSK_IDLE_TITLE)}</h2>
                    <p id="kiosk-b">{body}</p>
                    <button type="button" class="primary" on:click=move |_| touched()>{move || ctx.t(msg::KIOSK_CONTINUE)}</button>
                    <button type="button" class="secondary" on:click=move |_| { left.set(None); ctx.wipe(); }>{move || ctx.t(msg::KIOSK_CLEAR_NOW)}</button>
                </div>
            </div>
        </Show>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        if let Some(l) = ruta_engine::data::language(&v) {
            wasm_bindgen_futures::spawn_local(async move {
                if ensure_language(l).await.is_ok() {
                    let mut next = ctx.state.get_untracked();
                    next.lang = Some(l);
                    ctx.go(next, false);
                } else {
                    ctx.problems.set(vec![Problem::UnknownLanguage(l.into())]);
                }
            });
        }
    };
    view! {
        <label class="lang">
            <span class="sr-only">{move || ctx.t(msg::LANGUAGE_LABEL)}</span>
            <select on:change=on_change prop:value=move || ctx.lang.get()>
                {ruta_engine::data::LANGUAGES
                    .iter()
                    .map(|l| {
                        let code = l.code;
                        view! {
                            <option value=code lang=code selected=move || ctx.lang.get() == code>
                                {l.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A clear, localized note when part of the link was not understood; the rest is kept.
#[component]
fn ProblemsNote() -> impl IntoView {
    let ctx = use_ctx();
    move || {
        let problems = ctx.problems.get();
        (!problems.is_empty()).then(|| {
            view! {
                <section class="problems" role="alert" aria-labelledby="problems-h">
                    <h2 id="problems-h">{ctx.t(msg::PROBLEMS_TITLE)}</h2>
                    <ul>
                        {problems
                            .iter()
                            .map(|p| view! { <li>{ctx.t_args(p.message_id(), &[("value", Arg::Str(p.value()))])}</li> })
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
fn UpdateNote() -> impl IntoView {
    let ctx = use_ctx();
    let ready = RwSignal::new(browser::update_waiting());
    let listener = window_event_listener(leptos::ev::Custom::<leptos::ev::Event>::new("ruta-update-ready"), move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    move || {
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
fn Footer() -> impl IntoView {
    let ctx = use_ctx();
    let about = move || ctx.state.with(|s| s.with_view(View::About).to_hash());
    let home = move || ctx.state.with(|s| s.with_view(View::Start).to_hash());
    let library = move || ctx.state.with(|s| s.with_view(View::Library).to_hash());
    let safety = move || ctx.state.with(|s| s.with_view(View::Safety).to_hash());
    view! {
        <footer class="bottom">
            <nav>
                <a href=home>{move || ctx.t(msg::NAV_START)}</a>
                <a href=library>{move || ctx.t(msg::NAV_LIBRARY)}</a>
                <a href=safety>{move || ctx.t(msg::NAV_SAFETY)}</a>
                <a href=about>{move || ctx.t(msg::NAV_ABOUT)}</a>
            </nav>
            <p>{move || ctx.t(msg::ABOUT_NOT_ADVICE)}</p>
        </footer>
    }
}
