//! Read aloud (issue 16), on the phone itself: the browser's `speechSynthesis` with **only voices
//! whose `localService` is true** — a network voice would send her situation to a third party.
//!
//! [`Listen`] reads the text of one element (its `target` id): buttons, form fields, pictograms and
//! other Listen controls are skipped, each block ends a sentence, and a phone number (`tel:` link)
//! is read digit by digit. When her language has no local voice, a main control says so in one
//! plain line and offers the nearest language that has one; other controls show nothing — never a
//! button that does not work. [`stop`] is called on every screen change, the quick exit and the
//! kiosk wipe.

use crate::parts::follow::Followers;
use crate::parts::icons::{ui, Icon};
use crate::{ensure_language, use_ctx};
use leptos::prelude::*;
use ruta_engine::Arg;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, Node, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// Idle, speaking or paused.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Play {
    Idle,
    Speaking,
    Paused,
}

thread_local! {
    /// The Listen controls on screen, told when the browser's list of voices changes (it often
    /// arrives after the page). Each control has its own signal (see parts/follow.rs: a shared
    /// signal here leaked wasm memory on every results screen).
    static VOICE_WATCHERS: Followers<(), u32> = const { Followers::new() };
    static VOICE_CHANGES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The utterance now reading (its number) and the state signal of the control that started it.
    static CURRENT: std::cell::RefCell<Option<(u32, RwSignal<Play>)>> = const { std::cell::RefCell::new(None) };
    static COUNTER: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static WATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn next_number() -> u32 {
    COUNTER.with(|c| {
        c.set(c.get() + 1);
        c.get()
    })
}

fn synth() -> Option<SpeechSynthesis> {
    let w = web_sys::window()?;
    let s = js_sys::Reflect::get(&w, &"speechSynthesis".into()).ok().filter(|v| v.is_object())?;
    Some(s.unchecked_into())
}

/// Stop any reading at once (screen change, quick exit, kiosk wipe).
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
    // The control that was reading goes back to "Listen" (if its screen is still there).
    if let Some((_, state)) = CURRENT.with(|c| c.borrow_mut().take()) {
        let _ = state.try_set(Play::Idle);
    }
}

pub use ruta_engine::speech::{nearest, same_language};

/// The on-device voice for `code`: the browser's default among them, else the first. Voices that
/// need the network (`localService` false) are never used.
fn voice_for(code: &str) -> Option<SpeechSynthesisVoice> {
    let s = synth()?;
    let local: Vec<SpeechSynthesisVoice> = s.get_voices().iter().map(|v| v.unchecked_into::<SpeechSynthesisVoice>()).filter(|v| v.local_service() && same_language(&v.lang(), code)).collect();
    local.iter().find(|v| v.default()).or(local.first()).cloned()
}

/// A phone number read digit by digit: "800 911-2000" → "8 0 0, 9 1 1, 2 0 0 0". Words around
/// it stay as they are.
pub fn spell_digits(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut prev_digit = false;
    let mut gap = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if prev_digit {
                out.push_str(if gap { ", " } else { " " });
            }
            out.push(c);
            prev_digit = true;
            gap = false;
        } else if prev_digit && matches!(c, ' ' | '-' | '.' | '\u{a0}') {
            gap = true;
        } else {
            if gap {
                out.push(' ');
            }
            out.push(c);
            prev_digit = false;
            gap = false;
        }
    }
    out
}

fn end_sentence(out: &mut String) {
    let t = out.trim_end().len();
    out.truncate(t);
    if !out.is_empty() && !out.ends_with(['.', '!', '?', ':', ';']) {
        out.push('.');
    }
    out.push(' ');
}

/// What a screen reader would read of `node`, as sentences, without the controls.
fn collect(node: &Node, out: &mut String) {
    match node.node_type() {
        Node::TEXT_NODE => out.push_str(&node.text_content().unwrap_or_default()),
        Node::ELEMENT_NODE => {
            let el: &Element = node.unchecked_ref();
            let tag = el.tag_name().to_ascii_uppercase();
            if matches!(tag.as_str(), "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "SUMMARY" | "SCRIPT" | "STYLE" | "SVG" | "NAV")
                || el.get_attribute("aria-hidden").as_deref() == Some("true")
                || el.has_attribute("hidden")
                || el.class_list().contains("listen")
            {
                return;
            }
            if tag == "A" && el.get_attribute("href").is_some_and(|h| h.starts_with("tel:")) {
                let mut s = String::new();
                let kids = el.child_nodes();
                for i in 0..kids.length() {
                    if let Some(k) = kids.item(i) {
                        collect(&k, &mut s);
                    }
                }
                out.push(' ');
                out.push_str(&spell_digits(&s));
                out.push(' ');
                return;
            }
            let block = matches!(tag.as_str(), "P" | "LI" | "H1" | "H2" | "H3" | "H4" | "LEGEND" | "LABEL" | "DT" | "DD" | "DIV" | "SECTION" | "FIELDSET" | "UL" | "OL" | "DL")
                || el.class_list().contains("label");
            let kids = el.child_nodes();
            for i in 0..kids.length() {
                if let Some(k) = kids.item(i) {
                    collect(&k, out);
                }
            }
            if block {
                end_sentence(out);
            }
        }
        _ => {}
    }
}

/// The text `Listen` reads for the element with id `target` (empty if there is none).
pub fn speakable(target: &str) -> String {
    let Some(el) = document().get_element_by_id(target) else { return String::new() };
    let mut out = String::new();
    collect(&el, &mut out);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cut a text into sentences of a few hundred characters (long utterances are cut short by some
/// engines).
fn chunks(text: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for sentence in text.split_inclusive(['.', '!', '?']) {
        match out.last_mut() {
            Some(last) if last.len() + sentence.len() < 200 => last.push_str(sentence),
            _ => out.push(sentence.trim_start().to_string()),
        }
    }
    out.retain(|s| !s.trim().is_empty());
    out
}

fn speak(state: RwSignal<Play>, text: &str, voice: &SpeechSynthesisVoice) {
    let parts = chunks(text);
    // Nothing to read: no utterance would ever end, so the control stays on "Listen" (and
    // whatever was reading goes on).
    if parts.is_empty() {
        return;
    }
    let Some(s) = synth() else { return };
    s.cancel();
    // Some engines stay paused after a cancel, and would not read the next text.
    s.resume();
    let n = next_number();
    let last = parts.len() - 1;
    for (i, part) in parts.iter().enumerate() {
        let Ok(u) = SpeechSynthesisUtterance::new_with_text(part) else { return };
        u.set_voice(Some(voice));
        u.set_lang(&voice.lang());
        u.set_rate(0.9);
        // The end of this utterance (or an error) makes its control idle, unless another took over.
        let done = move || {
            let mine = CURRENT.with(|c| {
                let mut c = c.borrow_mut();
                if c.as_ref().is_some_and(|(m, _)| *m == n) { c.take() } else { None }
            });
            if let Some((_, st)) = mine {
                let _ = st.try_set(Play::Idle);
            }
        };
        if i == last {
            u.set_onend(Some(Closure::once_into_js(done).unchecked_ref()));
        }
        u.set_onerror(Some(Closure::once_into_js(done).unchecked_ref()));
        s.speak(&u);
    }
    // Another control that was reading goes back to "Listen".
    if let Some((_, before)) = CURRENT.with(|c| c.borrow_mut().replace((n, state))) {
        if before != state {
            let _ = before.try_set(Play::Idle);
        }
    }
    state.set(Play::Speaking);
}

/// How many Listen controls follow the voices now (tests: a screen taken down leaves none).
pub fn voice_followers() -> usize {
    VOICE_WATCHERS.with(|w| w.live())
}

/// A signal of this control's screen that changes when the voices change.
fn watch_voices() -> RwSignal<u32> {
    let mine = VOICE_WATCHERS.with(|w| w.follow((), VOICE_CHANGES.get()));
    if !WATCHING.with(|w| w.replace(true)) {
        if let Some(s) = synth() {
            let bump = Closure::<dyn Fn()>::new(|| {
                VOICE_CHANGES.set(VOICE_CHANGES.get() + 1);
                VOICE_WATCHERS.with(|w| w.send(&(), &VOICE_CHANGES.get()));
            });
            s.set_onvoiceschanged(Some(bump.as_ref().unchecked_ref()));
            bump.forget();
        }
    }
    mine
}

/// A "Listen" control for the element with id `target` ("main" = the whole screen). `main`: the screen's main control, which
/// explains when her language has no voice on this phone (the others then show nothing).
/// `label`: a message id (default "listen"; "listen-all" on results). Its messages live in
/// `locales/<lang>/words.ftl`.
#[component]
pub fn Listen(#[prop(into)] target: String, #[prop(optional)] main: bool, #[prop(optional)] label: Option<&'static str>) -> impl IntoView {
    let ctx = use_ctx();
    let target = StoredValue::new(target);
    let lang = ctx.lang.get_untracked();
    // Both signals belong to this control, and so to its screen (see parts/follow.rs).
    let voices = watch_voices();
    let playing = RwSignal::new(Play::Idle);
    let texts = StoredValue::new([ctx.t(label.unwrap_or("listen")), ctx.t("listen-pause"), ctx.t("listen-resume"), ctx.t("listen-stop")]);
    move || {
        voices.track();
        let state = playing.get();
        let t = move |i: usize| texts.with_value(|x| x[i].clone());
        match voice_for(lang) {
            Some(voice) => {
                let v2 = voice.clone();
                view! {
                    <div class="listen" data-listen=target.get_value()>
                        {match state {
                            Play::Idle => view! {
                                <button type="button" class="secondary listen-play" on:click=move |_| speak(playing, &target.with_value(|t| speakable(t)), &v2)>
                                    <Icon name=ui("listen")/> {t(0)}
                                </button>
                            }.into_any(),
                            // Pause while speaking, resume while paused: one button whose action flips.
                            busy => {
                                let speaking = busy == Play::Speaking;
                                let (class, icon, label) = if speaking { ("secondary listen-pause", "pause", t(1)) } else { ("secondary listen-resume", "listen", t(2)) };
                                view! {
                                    <button type="button" class=class on:click=move |_| {
                                        if let Some(s) = synth() {
                                            if speaking { s.pause() } else { s.resume() }
                                        }
                                        playing.set(if speaking { Play::Paused } else { Play::Speaking });
                                    }><Icon name=ui(icon)/> {label}</button>
                                }.into_any()
                            }
                        }}
                        {(state != Play::Idle).then(|| view! {
                            <button type="button" class="secondary listen-stop" on:click=move |_| stop()><Icon name=ui("stop")/> {t(3)}</button>
                        })}
                    </div>
                }
                .into_any()
            }
            None if main => {
                let name = ruta_engine::speech::name_in_sentence;
                let other = nearest(lang).iter().copied().find(|c| voice_for(c).is_some());
                view! {
                    <div class="listen no-voice" data-listen=target.get_value()>
                        <p class="note">{ctx.t_args("listen-no-voice", &[("language", Arg::Str(&name(lang)))])}</p>
                        {other.and_then(ruta_engine::data::language).map(|l| view! {
                            <button type="button" class="secondary listen-other" lang=l on:click=move |_| {
                                wasm_bindgen_futures::spawn_local(async move {
                                    if ensure_language(l).await.is_ok() {
                                        let mut next = ctx.state.get_untracked();
                                        next.lang = Some(l);
                                        ctx.go(next, false);
                                    }
                                });
                            }><Icon name=ui("listen")/> {ctx.t_args("listen-in", &[("language", Arg::Str(&name(l)))])}</button>
                        })}
                    </div>
                }
                .into_any()
            }
            None => ().into_any(),
        }
    }
}
