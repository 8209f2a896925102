//! Ruta's user interface: thin Leptos components over `ruta-engine`.
//!
//! Her answers live in memory ([`Ctx::state`]); the address carries only the screen and the
//! language (`#/results?lang=es`), so no history entry ever holds her answers — after a quick exit,
//! Back shows nothing of hers. A link with answers (share, copy, QR, or a pasted link) still opens
//! the results directly: its answers are read into memory and the entry is rewritten without them.
//!
//! Rendering (issue 14): [`App`] renders a memo of the screen — what selects the screen (view,
//! language, question, and for results the query) — not the whole state. Static texts are plain
//! `String`s computed when a screen is built ([`Ctx::t`] does not subscribe), and the screen is
//! rebuilt when the language changes. Components hold no content: every word comes from
//! `locales/` through [`ruta_engine::tr`].

mod browser;
pub mod parts;
pub mod screens;

use leptos::prelude::*;
use ruta_engine::state::{Problem, State, View};
use ruta_engine::{i18n, msg, tr, tr_args, Arg};

pub use parts::contacts::ContactCard;
pub use screens::library::{LibraryPage, PrinciplePage, ThemePage};
pub use screens::{about::AboutPage, item::{ActionPage, RightPage}, results::ResultsPage, safety::SafetyPage, start::StartPage, welcome::WelcomePage};

/// The questions of the start flow, one per screen (GOV.UK "one thing per page").
pub const QUESTIONS: u8 = 4;

/// Shared by every component: the screen state, what the link got wrong, and the language.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The screen and her answers. Only the view and language ever reach the address.
    pub state: RwSignal<State>,
    pub problems: RwSignal<Vec<Problem>>,
    /// The language in use: the link's `lang`, else the browser's preference, else Spanish.
    pub lang: Memo<&'static str>,
    /// The question shown on the start screen (1 = who … 4 = situations).
    pub question: RwSignal<u8>,
    /// The polite live region's text (results count, language change, Shift × 3).
    pub announce: RwSignal<String>,
    /// Kiosk mode: the idle time in seconds before the "are you still there?" prompt.
    pub kiosk: Option<u32>,
    /// She asked to remember her answers on this device (off by default).
    pub remember: RwSignal<bool>,
    pub embed: Embed,
    /// A host organisation's own contacts (embedding), shown beside the built-in ones.
    pub overlay: RwSignal<ruta_engine::overlay::Overlay>,
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

/// Does a hash carry answers (country, phase, situations or audience)?
pub fn hash_has_answers(h: &str) -> bool {
    let q = h.split_once('?').map(|x| x.1).unwrap_or("");
    q.split('&').any(|kv| matches!(kv.split_once('=').map(|x| x.0).unwrap_or(kv), "c" | "p" | "s" | "who"))
}

/// The start screen's question in a hash (`q=2`), 1 when absent or not understood.
pub fn hash_question(h: &str) -> u8 {
    let q = h.split_once('?').map(|x| x.1).unwrap_or("");
    q.split('&').find_map(|kv| kv.strip_prefix("q=")).and_then(|v| v.parse::<u8>().ok()).filter(|n| (1..=QUESTIONS).contains(n)).unwrap_or(1)
}

impl Ctx {
    /// Create the context from a state (tests) — the browser entry point uses [`start`].
    pub fn new(state: State, problems: Vec<Problem>, preferred: &'static str) -> Self {
        let state = RwSignal::new(state);
        let lang = Memo::new(move |_| state.with(|s| s.lang.unwrap_or(preferred)));
        Ctx {
            state,
            problems: RwSignal::new(problems),
            lang,
            question: RwSignal::new(1),
            announce: RwSignal::new(String::new()),
            kiosk: None,
            remember: RwSignal::new(false),
            embed: Embed::Page,
            overlay: RwSignal::new(Default::default()),
        }
    }

    /// The text of a UI or content message in the current language, as a plain string: it does
    /// not subscribe to the language (the screen is rebuilt when the language changes).
    pub fn t(&self, id: &str) -> String {
        tr(self.lang.get_untracked(), id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        tr_args(self.lang.get_untracked(), id, args)
    }

    pub fn official(&self) -> bool {
        self.state.with_untracked(|s| s.audience == ruta_engine::Audience::Official)
    }

    /// The address of a screen: its path and the language, never her answers.
    pub fn href(&self, view: View) -> String {
        let lang = self.state.with_untracked(|s| s.lang);
        State { view, lang, ..State::default() }.to_hash()
    }

    /// The address of a start question (`#/?lang=es&q=2`).
    pub fn question_href(&self, n: u8) -> String {
        let h = self.href(View::Start);
        if n <= 1 {
            h
        } else if h.contains('?') {
            format!("{h}&q={n}")
        } else {
            format!("{h}?q={n}")
        }
    }

    /// A link that carries her answers (share, copy, QR): only when she asks for one.
    pub fn answers_hash(&self) -> String {
        self.state.with_untracked(|s| s.with_view(View::Results).to_hash())
    }

    /// Change the state. `push` = a new screen (a history entry); otherwise the URL is replaced.
    /// The address written carries the view and the language only.
    pub fn go(&self, next: State, push: bool) {
        let q = if next.view == View::Start { self.question.get_untracked() } else { 1 };
        self.go_to(next, q, push);
    }

    /// Go to start question `n` (a new history entry, so Back returns to the previous question).
    pub fn ask(&self, n: u8) {
        let next = self.state.get_untracked().with_view(View::Start);
        self.go_to(next, n.clamp(1, QUESTIONS), true);
    }

    fn go_to(&self, next: State, question: u8, push: bool) {
        // A kiosk never grows the history (the next visitor must not go Back); an iframe never
        // grows its host's; a widget never touches the host's URL at all.
        let push = push && self.kiosk.is_none() && self.embed == Embed::Page;
        if self.embed != Embed::Widget {
            let h = {
                let bare = State { view: next.view, lang: next.lang, ..State::default() }.to_hash();
                if next.view == View::Start && question > 1 {
                    format!("{bare}{}q={question}", if bare.contains('?') { '&' } else { '?' })
                } else {
                    bare
                }
            };
            set_hash(&h, push);
        }
        if push {
            self.problems.set(vec![]);
        }
        self.question.set(question);
        self.state.set(next);
    }

    /// Validate and show a host's own contacts (one bad entry is skipped alone and reported in the
    /// console, and on the page only in the host's preview mode).
    pub fn set_overlay(&self, v: &wasm_bindgen::JsValue, preview: bool) {
        let o = parts::overlay::apply(v, preview);
        OVERLAY_FOLLOWERS.with(|f| f.send(&self.overlay, &o));
        self.overlay.set(o);
    }

    /// The host's contacts for the screen being built: a signal owned by that screen, which follows
    /// them if they arrive later (never read `overlay` reactively from a screen: see parts/follow.rs).
    pub fn overlay_here(&self) -> RwSignal<ruta_engine::overlay::Overlay> {
        let now = self.overlay.get_untracked();
        OVERLAY_FOLLOWERS.with(|f| f.follow(self.overlay, now))
    }

    /// Forget her answers in memory (the quick exit calls it before leaving, so even a page
    /// restored from the back/forward cache shows nothing of hers).
    pub fn forget_answers(&self) {
        parts::speak::stop();
        screens::results::forget();
        self.remember.set(false);
        self.question.set(1);
        self.state.set(State::default());
    }

    /// Kiosk wipe: back to the greeting with no trace of the visitor (state, URL, scroll), focus
    /// on the greeting's heading.
    pub fn wipe(&self) {
        parts::speak::stop();
        screens::results::forget();
        let next = State { view: View::Welcome, ..State::default() };
        browser::replace_hash(&next.to_hash());
        self.problems.set(vec![]);
        self.question.set(1);
        self.state.set(next);
        browser::reset_focus();
        browser::scroll_to_top();
    }
}

/// Write the address: push a history entry (a new screen) or replace the current one.
fn set_hash(h: &str, push: bool) {
    if h == browser::hash() {
        return;
    }
    let w = window();
    if push {
        let _ = w.location().set_hash(h);
    } else {
        browser::replace_hash(h);
    }
}

thread_local! {
    /// The screens following the host's contacts (see [`Ctx::overlay_here`]).
    /// Filed under the `Ctx`'s own `overlay` signal: two widgets on one page never see each
    /// other's contacts.
    static OVERLAY_FOLLOWERS: parts::follow::Followers<RwSignal<ruta_engine::overlay::Overlay>, ruta_engine::overlay::Overlay> = const { parts::follow::Followers::new() };
}

/// How many screens follow the host's contacts now (tests: a screen taken down leaves none).
pub fn overlay_followers() -> usize {
    OVERLAY_FOLLOWERS.with(|f| f.live())
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
    #[cfg(debug_assertions)]
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
        problems.push(Problem::LanguageNotLoaded(wanted.into()));
        state.lang = Some(ruta_engine::data::DEFAULT_LANGUAGE);
    }
    let question = hash_question(&browser::hash());
    let mut ctx = Ctx::new(state, problems, preferred);
    ctx.kiosk = kiosk;
    ctx.remember.set(remembered);
    ctx.question.set(question);
    // Leave no trail: a link that carried answers is rewritten without them (they stay in memory).
    if hash_has_answers(&browser::hash()) || remembered {
        ctx.go(ctx.state.get_untracked(), false);
    }
    if frame {
        ctx.embed = Embed::Frame;
        let load = move || {
            if let Some(v) = browser::frame_overlay() {
                let preview = web_sys::UrlSearchParams::new_with_str(&window().location().search().unwrap_or_default()).map(|p| p.has("preview")).unwrap_or(false);
                ctx.set_overlay(&v, preview);
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
            follow(ctx, &a.get_attribute("href").unwrap_or_default());
        });
        std::mem::forget(click);
        if kiosk.is_some() {
            // boot.js's quick exit (button before load, Shift × 3) wipes instead of leaving.
            let wipe = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || ctx.wipe());
            let _ = js_sys::Reflect::set(&window(), &"rutaKioskWipe".into(), wipe.as_ref());
            wipe.forget();
        }
    }
    // boot.js calls this just before the quick exit leaves: forget her answers first.
    let before_exit = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || ctx.forget_answers());
    let _ = js_sys::Reflect::set(&window(), &"rutaBeforeExit".into(), before_exit.as_ref());
    before_exit.forget();
    // boot.js counts Shift presses for the quick exit; say how many are left to screen readers.
    let shift = window_event_listener(leptos::ev::Custom::<leptos::ev::Event>::new("ruta-shift"), move |ev| {
        let detail = js_sys::Reflect::get(&ev, &"detail".into()).unwrap_or_default();
        let n = js_sys::Reflect::get(&detail, &"count".into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) as i64;
        if (1..3).contains(&n) {
            ctx.announce.set(ctx.t_args(msg::SHIFT_MORE, &[("left", Arg::Num(3 - n))]));
        }
    });
    std::mem::forget(shift);
    // Back/forward and edited links: the address gives the screen and the language. Her answers
    // stay in memory unless the address brings its own (a pasted link), which are then taken and
    // removed from the address. A language not loaded yet is fetched before the screen changes.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        let raw = browser::hash();
        let (st, pr) = browser::read_state();
        wasm_bindgen_futures::spawn_local(async move {
            let ok = ensure_language(st.lang.unwrap_or(preferred)).await.is_ok();
            let mut pr = pr;
            let mut st = st;
            if !ok {
                pr.push(Problem::LanguageNotLoaded(st.lang.unwrap_or(preferred).into()));
                st.lang = Some(ctx.lang.get_untracked());
            }
            let with_answers = hash_has_answers(&raw);
            if !with_answers {
                let mem = ctx.state.get_untracked();
                st = State { view: st.view, lang: st.lang, ..mem };
            }
            ctx.problems.set(pr);
            ctx.question.set(hash_question(&raw));
            ctx.state.set(st.clone());
            if with_answers && ctx.embed != Embed::Widget {
                ctx.go(st, false);
            }
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
        Effect::new(move |_| browser::set_document_lang(ctx.lang.get()));
        view! { <App/> }
    });
    browser::remove_boot_note();
}

/// Follow an in-app link without adding a history entry (kiosk, iframe, widget).
fn follow(ctx: Ctx, href: &str) {
    let (st, pr) = ruta_engine::state::parse(href);
    let st = if hash_has_answers(href) { st } else { State { view: st.view, lang: st.lang, ..ctx.state.get_untracked() } };
    ctx.problems.set(pr);
    ctx.question.set(hash_question(href));
    ctx.go(st, false);
}

/// Mount Ruta inside a host page's element (called by embed.js). Options come from the element's
/// data attributes; `overlay` is the host's own directory (its JSON text, a `rutaOverlayError`
/// object, or a Promise of either, applied when it arrives) or null.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(host: web_sys::HtmlElement, options: wasm_bindgen::JsValue, overlay: wasm_bindgen::JsValue) {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async move {
        let opt = |k: &str| js_sys::Reflect::get(&options, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let view = if opt("view") == "results" { "results" } else { "" };
        // Only the options the host set (an absent data attribute is not an error).
        let q = [("lang", "lang"), ("c", "country"), ("who", "audience"), ("p", "phase"), ("s", "situations")]
            .iter()
            .filter_map(|(k, o)| Some(opt(o)).filter(|v| !v.is_empty()).map(|v| format!("{k}={v}")))
            .collect::<Vec<_>>()
            .join("&");
        let q = format!("#/{view}?{q}");
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
                // embed.js then shows, in her language, that Ruta could not load (never an empty box).
                if let Ok(f) = js_sys::Reflect::get(&options, &"failed".into()) {
                    if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) {
                        let _ = f.call1(&wasm_bindgen::JsValue::NULL, &"messages".into());
                    }
                }
                return;
            }
        }
        let mut ctx = Ctx::new(state, vec![], preferred);
        ctx.embed = Embed::Widget;
        let preview = opt("preview") == "1";
        if let Some(later) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Promise>(&overlay) {
            // The host's contacts as they arrive: a slow or hanging file never delays her screen.
            let later = wasm_bindgen_futures::JsFuture::from(later.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match later.await {
                    Ok(v) if !v.is_null() && !v.is_undefined() => ctx.set_overlay(&v, preview),
                    Ok(_) => {}
                    Err(e) => browser::console_error(&format!("Ruta overlay: could not be read ({e:?}) (no overlay contacts shown; Ruta's own are)")),
                }
            });
        } else if !overlay.is_null() && !overlay.is_undefined() {
            ctx.set_overlay(&overlay, preview);
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
            // A CORS request (Ruta's server allows it), so a host page's service worker can keep it.
            let _ = link.set_attribute("crossorigin", "anonymous");
            let _ = root.append_child(&link);
        }
        let Ok(container) = doc.create_element("div") else { return };
        let _ = root.append_child(&container);
        // Links inside the widget change its state, never the host page's address.
        let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let Some(a) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[href^='#/']").ok().flatten()) else { return };
            ev.prevent_default();
            follow(ctx, &a.get_attribute("href").unwrap_or_default());
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

/// What selects the screen: rebuilding happens only when this changes.
#[derive(Clone, PartialEq)]
struct Screen {
    view: View,
    lang: &'static str,
    question: u8,
    /// For results only: the query (audience, country, phase, situations).
    query: Option<(ruta_engine::Audience, Option<&'static str>, Option<&'static str>, Vec<&'static str>)>,
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = use_ctx();
    let screen = Memo::new(move |_| {
        let lang = ctx.lang.get();
        ctx.state.with(|s| Screen {
            view: s.view,
            lang,
            question: if s.view == View::Start { ctx.question.get() } else { 1 },
            query: (s.view == View::Results).then(|| (s.audience, s.country, s.phase, s.situations.clone())),
        })
    });
    // Every new screen starts at the top (Ruta's own top: the page's, the widget's, the frame's)
    // with focus on its h1, and has its own title. The host's contacts arriving is not a new
    // screen: nothing scrolls and focus stays.
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |prev: Option<Screen>| {
        let sc = screen.get();
        // The host's contacts arriving changes no Screen (results follow them in place: `Ctx::overlay_here`).
        let quiet = prev.as_ref().is_none_or(|p| *p == sc);
        let view = sc.view;
        // Reading aloud never follows her to another screen (issue 16).
        if !quiet {
            parts::speak::stop();
        }
        request_animation_frame(move || match ctx.embed {
            Embed::Widget => {
                if let (false, Some(el)) = (quiet, root.get_untracked()) {
                    browser::widget_screen_shown(&el);
                }
            }
            Embed::Page => parts::shell::screen_shown(ctx, quiet, view),
            Embed::Frame => {
                // The title here; the focus in frame_screen_shown (without scrolling the host page).
                parts::shell::screen_shown(ctx, true, view);
                if !quiet {
                    browser::frame_screen_shown();
                }
            }
        });
        sc
    });
    // Announce a change of language in the polite live region.
    Effect::new(move |prev: Option<&'static str>| {
        let l = ctx.lang.get();
        if prev.is_some_and(|p| p != l) {
            let name = ruta_engine::data::LANGUAGES.iter().find(|x| x.code == l).map(|x| x.name).unwrap_or(l);
            ctx.announce.set(tr_args(l, msg::LANGUAGE_CHANGED, &[("language", Arg::Str(name))]));
        }
        l
    });
    let chrome = Memo::new(move |_| ctx.lang.get());
    view! {
        <div class="ruta-root" node_ref=root lang=move || ctx.lang.get()>
        {move || {
            let _ = chrome.get();
            view! {
                <a class="skip" href="#main" on:click=|ev| {
                    ev.prevent_default();
                    if let Some(el) = document().get_element_by_id("main") {
                        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                    }
                }>{ctx.t(msg::SKIP_TO_CONTENT)}</a>
                <parts::shell::Header/>
            }
        }}
        {ctx.kiosk.map(|idle| view! { <parts::shell::KioskGuard idle=idle/> })}
        <main id="main" tabindex="-1">
            <parts::shell::UpdateNote/>
            <parts::shell::ProblemsNote/>
            {move || {
                let sc = screen.get();
                match sc.view {
                    View::Start => view! { <StartPage/> }.into_any(),
                    View::Results => view! { <ResultsPage/> }.into_any(),
                    View::About => view! { <AboutPage/> }.into_any(),
                    View::Library => view! { <LibraryPage/> }.into_any(),
                    View::Safety => view! { <SafetyPage/> }.into_any(),
                    View::Welcome => view! { <WelcomePage/> }.into_any(),
                    View::Compare => view! { <screens::compare::ComparePage/> }.into_any(),
                    View::Search => view! { <screens::search::SearchPage/> }.into_any(),
                    View::Training => view! { <screens::training::TrainingPage/> }.into_any(),
                    View::Matrix => view! { <screens::matrix::MatrixPage/> }.into_any(),
                    View::Slip => view! { <screens::slip::SlipPage/> }.into_any(),
                    View::Words => view! { <screens::words::WordsPage/> }.into_any(),
                    View::Principle(id) => view! { <PrinciplePage id=id/> }.into_any(),
                    View::Theme(id) => view! { <ThemePage id=id/> }.into_any(),
                    View::Right(id) => view! { <RightPage id=id/> }.into_any(),
                    View::Action(id) => view! { <ActionPage id=id/> }.into_any(),
                }
            }}
        </main>
        {move || {
            let _ = chrome.get();
            view! { <parts::shell::Footer/> }
        }}
        <p class="sr-only" role="status" aria-live="polite" aria-atomic="true">{move || ctx.announce.get()}</p>
        </div>
    }
}
