//! Ruta's first paint (issue 14): her results screen as HTML, written from the engine by a small
//! wasm with no Leptos, so a results link shows its whole first screen — the danger box, what to
//! do now, her key contacts, the closed sections and the shell around them — about as soon as the
//! pre-wasm danger box, and the app itself is fetched only when she first does something on the
//! page (public/boot.js hands the screen over and replays what she did).
//!
//! **The markup is the app's, element for element.** Every function here mirrors one Leptos view
//! (named in its comment); `tests/web.rs` mounts the app for a set of links in five languages and
//! checks that the DOM this writes is the same (tags, attributes and text), so a change to one
//! that is not made to the other fails the build. Nothing here is interactive by itself: buttons
//! and app links come alive when the app takes over.
//!
//! **What it does not draw** (and then returns `None`, so boot.js loads the app at once as before):
//! a link that is not a results screen, the officials' view, a link Ruta did not fully understand
//! (its "problems" note is the app's), and asylum in a country (the time-limit block has a date
//! field). Kiosks, frames and widgets never come here (boot.js).

use ruta_engine::advice::{raised, Raised};
use ruta_engine::data::{self, Contact, Hours, LANGUAGES};
use ruta_engine::glance::{dial, first_sentence, glance, line_label, name_adds, shown_number, DoNow};
use ruta_engine::i18n::format_date;
use ruta_engine::icons::{body, ui};
use ruta_engine::speech::{name_in_sentence, nearest, same_language};
use ruta_engine::state::{parse, Audience, State, View};
use ruta_engine::{evaluate, msg, tr_args, Arg, Query};

/// Links (and their language) whose first paint the tests compare with the app (tests/web.rs) and
/// check for coverage (tests/render.rs): every country, five languages, no situation, a warning, a
/// caveat, a "call this line" step, no country.
pub const SAMPLE_LINKS: &[(&str, &str)] = &[
    ("#/results?lang=es&c=MX&p=transit&s=violence", "es"),
    ("#/results?lang=en&c=MX&p=transit&s=violence", "en"),
    ("#/results?lang=fr&c=MX&p=transit&s=violence", "fr"),
    ("#/results?lang=ht&c=MX&p=transit&s=violence", "ht"),
    ("#/results?lang=pt&c=MX&p=transit&s=violence", "pt"),
    ("#/results?c=US&p=destination&s=trafficking,pregnant", "en"),
    ("#/results?lang=es&c=GT&p=origin", "es"),
    ("#/results?lang=fr&c=BZ&p=return&s=children,work", "fr"),
    ("#/results?lang=ht&c=DO&p=destination&s=no-documents,violence", "ht"),
    ("#/results?lang=pt&c=CA&p=destination&s=lgbti,health", "pt"),
    ("#/results?lang=es&c=CR&p=transit&s=detention,unaccompanied", "es"),
    ("#/results?lang=en&c=SV&p=return&s=returned,violence", "en"),
    ("#/results?lang=es&c=HN&p=origin&s=trafficking", "es"),
    ("#/results?lang=fr&c=NI&p=transit&s=disability,older", "fr"),
    ("#/results?lang=es&c=PA&p=transit&s=children,indigenous-language", "es"),
    ("#/results?lang=ht&c=GT&p=transit&s=lgbti", "ht"),
    ("#/results?lang=en&p=transit&s=violence", "en"),
];

/// Text as HTML (a text node or an attribute value in double quotes).
fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            _ => o.push(c),
        }
    }
    o
}

/// The app's `Icon` (src/parts/icons.rs).
fn icon(name: &str) -> String {
    format!("<svg class=\"pic\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">{}</svg>", body(name))
}

struct Page<'a> {
    lang: &'static str,
    st: &'a State,
    /// The languages with an on-device voice on this phone (boot.js reads the browser's list).
    voices: Vec<&'static str>,
    /// A message this page needs is not in the loaded pack: draw nothing (the app will).
    missing: std::cell::Cell<bool>,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The message ids a render used (native only): what the first paint's packs must hold.
    static USED: std::cell::RefCell<Option<std::collections::BTreeSet<String>>> = const { std::cell::RefCell::new(None) };
}

impl Page<'_> {
    /// A message's text, unescaped.
    fn raw(&self, id: &str, args: &[(&str, Arg)]) -> String {
        #[cfg(not(target_arch = "wasm32"))]
        USED.with(|u| {
            if let Some(set) = u.borrow_mut().as_mut() {
                set.insert(id.to_string());
            }
        });
        if !ruta_engine::i18n::has(self.lang, id) {
            self.missing.set(true);
        }
        tr_args(self.lang, id, args)
    }
    fn t(&self, id: &str) -> String {
        esc(&self.raw(id, &[]))
    }
    fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        esc(&self.raw(id, args))
    }
    /// `Ctx::href`: a screen's address with the link's language, never her answers.
    fn href(&self, view: View) -> String {
        esc(&State { view, lang: self.st.lang, ..State::default() }.to_hash())
    }
}

/// The messages the first paint of each of `hashes` in `lang` uses (native only; the build writes
/// them into the first paint's packs: `examples/packs.rs`). Dates add the month names and date
/// patterns `format_date` reads.
#[cfg(not(target_arch = "wasm32"))]
pub fn used_messages<'h>(hashes: impl IntoIterator<Item = &'h str>, lang: &'static str) -> std::collections::BTreeSet<String> {
    USED.with(|u| *u.borrow_mut() = Some(Default::default()));
    let all = LANGUAGES.iter().map(|l| l.code).collect::<Vec<_>>();
    let others = all.iter().filter(|c| **c != lang).copied().collect::<Vec<_>>().join(",");
    for h in hashes {
        // No voice, hers, and only others' (the Listen controls' three first states).
        for voices in ["", &all.join(","), &others] {
            let _ = render(h, lang, voices);
        }
    }
    let mut set = USED.with(|u| u.borrow_mut().take()).unwrap_or_default();
    set.extend((1..=12).map(|m| format!("month-{m}")));
    set.extend(["date-full".to_string(), "date-month".to_string()]);
    set
}

/// The address the app writes for a link that carried answers (`Ctx::go`): the screen and the
/// language only. boot.js puts it in the address bar while the first paint is shown.
pub fn address(hash: &str) -> String {
    let (st, _) = parse(hash);
    State { view: st.view, lang: st.lang, ..State::default() }.to_hash()
}

/// The page for `hash` in `lang` (whose messages must be loaded): the app's `.ruta-root` element
/// as HTML, or `None` when the first paint does not draw this link (see the module's comment).
/// `voices`: the language tags of the phone's on-device voices, comma-separated (`es-MX,fr-FR`),
/// for the Listen controls.
pub fn render(hash: &str, lang: &'static str, voices: &str) -> Option<String> {
    let (st, problems) = parse(hash);
    if st.view != View::Results || st.audience != Audience::Woman || !problems.is_empty() {
        return None;
    }
    if st.country.is_some() && st.situations.contains(&"asylum") {
        return None;
    }
    let voices = LANGUAGES.iter().map(|l| l.code).filter(|c| voices.split(',').any(|tag| same_language(tag.trim(), c))).collect();
    let p = Page { lang, st: &st, voices, missing: std::cell::Cell::new(false) };
    let mut h = String::with_capacity(12 * 1024);
    h.push_str(&format!("<div class=\"ruta-root\" lang=\"{lang}\">"));
    header(&p, &mut h);
    h.push_str("<main id=\"main\" tabindex=\"-1\">");
    results(&p, &mut h);
    h.push_str("</main>");
    footer(&p, &mut h);
    // The polite live region (`App`); the app announces the results into it.
    h.push_str("<p class=\"sr-only\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\"></p></div>");
    (!p.missing.get()).then_some(h)
}

/// `App`'s skip link and `Header` (src/parts/shell.rs), with `SearchBox` (src/screens/search.rs),
/// `LanguageSwitch` and `QuickExit`.
fn header(p: &Page, h: &mut String) {
    h.push_str(&format!("<a class=\"skip\" href=\"#main\">{}</a>", p.t(msg::SKIP_TO_CONTENT)));
    h.push_str(&format!("<header class=\"top\"><a class=\"brand\" href=\"{}\">{}</a>", p.href(View::Start), p.t(msg::APP_NAME)));
    h.push_str(&format!(
        "<form class=\"search-box\" role=\"search\"><label for=\"search-box-q\" class=\"sr-only\">{}</label>\
         <input id=\"search-box-q\" type=\"search\" name=\"search\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"120\" enterkeyhint=\"search\">\
         <button type=\"submit\">{}</button></form>",
        p.t(msg::SEARCH_LABEL),
        p.t(msg::SEARCH_BUTTON)
    ));
    h.push_str(&format!("<label class=\"lang\"><span class=\"sr-only\">{}</span><select>", p.t(msg::LANGUAGE_LABEL)));
    for l in LANGUAGES {
        let sel = if l.code == p.lang { " selected" } else { "" };
        h.push_str(&format!("<option value=\"{0}\" lang=\"{0}\"{sel}>{1}</option>", l.code, esc(l.name)));
    }
    h.push_str("</select></label>");
    h.push_str(&format!("<button type=\"button\" class=\"exit\" title=\"{}\">{}</button></header>", p.t(msg::EXIT_HINT), p.t(msg::EXIT_BUTTON)));
}

/// `Footer` (src/parts/shell.rs).
fn footer(p: &Page, h: &mut String) {
    h.push_str("<footer class=\"bottom\"><nav>");
    for (view, id) in [(View::Start, msg::NAV_START), (View::Library, msg::NAV_LIBRARY), (View::Words, "words-title"), (View::Safety, msg::NAV_SAFETY), (View::About, msg::NAV_ABOUT)] {
        h.push_str(&format!("<a href=\"{}\">{}</a>", p.href(view), p.t(id)));
    }
    h.push_str(&format!("</nav><p>{}</p></footer>", p.t(msg::ABOUT_NOT_ADVICE)));
}

/// `AdviceWarnings` with `compact` (src/parts/advice.rs), her view.
fn warnings(p: &Page, raised: &[Raised], id: &str, h: &mut String) {
    for w in raised.iter().filter(|w| w.because_of.contains(&id)).map(|w| w.warning) {
        h.push_str(&format!(
            "<aside class=\"advice-warning badge warn\" role=\"note\" data-warning=\"{}\"><details><summary><strong class=\"title\">{}</strong></summary><p>{}</p></details></aside>",
            esc(w.id),
            p.t(&w.title_id()),
            p.t(&w.text_id(Audience::Woman))
        ));
    }
}

/// `Listen` (src/parts/speak.rs) in its first state: a Listen button when her language has an
/// on-device voice; otherwise, for the screen's main control only, the plain line that says so and
/// the nearest language that has one.
fn listen(p: &Page, target: &str, main: bool, label: &str, h: &mut String) {
    if p.voices.contains(&p.lang) {
        h.push_str(&format!("<div class=\"listen\" data-listen=\"{target}\"><button type=\"button\" class=\"secondary listen-play\">{}{}</button></div>", icon(ui("listen")), p.t(label)));
    } else if main {
        h.push_str(&format!("<div class=\"listen no-voice\" data-listen=\"{target}\"><p class=\"note\">{}</p>", p.t_args("listen-no-voice", &[("language", Arg::Str(&name_in_sentence(p.lang)))])));
        if let Some(l) = nearest(p.lang).iter().copied().find(|c| p.voices.contains(c)) {
            h.push_str(&format!("<button type=\"button\" class=\"secondary listen-other\" lang=\"{l}\">{}{}</button>", icon(ui("listen")), p.t_args("listen-in", &[("language", Arg::Str(&name_in_sentence(l)))])));
        }
        h.push_str("</div>");
    }
}

/// `key_contact` (src/screens/results.rs).
fn key_contact(p: &Page, c: &Contact, h: &mut String) {
    let tel = dial(c);
    let number = c.phones.iter().find(|ph| Some(ph.tel) == tel).map(|ph| ph.number).unwrap_or_default();
    h.push_str(&format!("<li class=\"key\" data-id=\"{}\"><span class=\"name\">{}</span><span class=\"fine\">{}", esc(c.id), p.t(&format!("contact-{}-name", c.id)), p.t(&format!("kind-{}", c.kind.id()))));
    if c.hours == Hours::Always {
        h.push_str(&format!(" · {}", p.t(msg::HOURS_ALWAYS)));
    }
    h.push_str("</span>");
    if let Some(t) = tel {
        h.push_str(&format!("<a class=\"tel\" href=\"tel:{}\">{}</a>", esc(t), esc(number)));
    }
    h.push_str("</li>");
}

/// A closed section (`section` in src/screens/results.rs).
fn section(class: &str, title: &str, count: usize, phrase: &str, h: &mut String) {
    h.push_str(&format!(
        "<section class=\"{class}\" aria-labelledby=\"{class}-h\"><h2 id=\"{class}-h\"><button type=\"button\" class=\"toggle\" aria-expanded=\"false\" aria-controls=\"{class}-list\">{} {title} <span class=\"count\"><span aria-hidden=\"true\">{count}</span><span class=\"sr-only\">({phrase})</span></span></button></h2><div id=\"{class}-list\"></div></section>",
        icon(ui(class))
    ));
}

/// `ResultsPage` (src/screens/results.rs) as it first shows: her view, sections closed, no host
/// contacts, Listen controls for the voices boot.js found.
fn results(p: &Page, h: &mut String) {
    let st = p.st;
    let q = Query::from(st);
    let r = evaluate(&q);
    let g = glance(&q, &r);
    let raised = raised(&q, &r);
    let data_q = format!("{}|{}|{}|{}", st.audience.id(), st.country.unwrap_or(""), st.phase.unwrap_or(""), st.situations.join(","));
    let country = st.country.map(|c| p.raw(&format!("country-{c}"), &[])).unwrap_or_else(|| p.raw(msg::SUMMARY_NO_COUNTRY, &[]));
    let phase = st.phase.map(|ph| p.raw(&format!("phase-{ph}"), &[])).unwrap_or_else(|| p.raw(msg::SUMMARY_NO_PHASE, &[]));
    let summary = p.t_args(msg::RESULTS_SUMMARY, &[("country", Arg::Str(&country)), ("phase", Arg::Str(&phase)), ("count", Arg::Num(st.situations.len() as i64))]);
    // screen_shown gives the h1 tabindex=-1 (src/parts/shell.rs).
    h.push_str(&format!("<h1 data-q=\"{}\" tabindex=\"-1\">{}</h1>", esc(&data_q), p.t(msg::RESULTS_TITLE_WOMAN)));
    h.push_str(&format!("<p class=\"summary\">{summary} <a href=\"{}\">{}</a></p>", p.href(View::Start), p.t(msg::EDIT_CHOICES)));

    // The danger box (`DangerBox`, src/parts/contacts.rs).
    h.push_str(&format!("<section class=\"danger\" id=\"danger-box\" aria-labelledby=\"danger-h\"><h2 id=\"danger-h\">{} {}</h2>", icon(ui("danger")), p.t(msg::DANGER_TITLE)));
    if r.danger.is_empty() {
        h.push_str(&format!("<p>{}</p>", p.t(msg::DANGER_NO_COUNTRY)));
    } else {
        h.push_str("<ul class=\"calls\">");
        for l in &r.danger {
            let what = format!("{}\u{a0}", p.raw(line_label(l.what), &[]));
            let name = p.raw(&format!("contact-{}-name", l.contact.id), &[]);
            h.push_str(&format!(
                "<li class=\"call\" data-line=\"{}\"><a class=\"tel big\" href=\"tel:{}\"><span class=\"what\">{}</span> <span class=\"number\">{}</span></a>",
                l.what.id(),
                esc(l.phone.tel),
                esc(&what),
                esc(shown_number(l.phone))
            ));
            if name_adds(&what, &name) {
                h.push_str(&format!("<span class=\"who\">{}</span>", esc(&name)));
            }
            if l.caveat {
                h.push_str(&format!("<p class=\"caveat badge warn\">{}</p>", p.t(msg::DANGER_CAVEAT)));
            }
            h.push_str("</li>");
        }
        h.push_str("</ul>");
    }
    listen(p, "danger-box", false, "listen", h);
    h.push_str("</section>");

    // What to do now.
    if !g.now.is_empty() {
        h.push_str(&format!("<section class=\"now\" id=\"now-box\" aria-labelledby=\"now-h\"><h2 id=\"now-h\">{} {}</h2><ol class=\"now-list\">", icon(ui("now")), p.t(msg::NOW_TITLE)));
        for d in &g.now {
            match *d {
                DoNow::Call(c) => {
                    let tel = dial(c).unwrap_or_default();
                    let number = c.phones.iter().find(|ph| ph.tel == tel).map(|ph| ph.number).unwrap_or(tel);
                    let name = p.raw(&format!("contact-{}-name", c.id), &[]);
                    h.push_str(&format!(
                        "<li data-id=\"{}\">{} <span class=\"say\">{}</span> <a class=\"tel now-tel\" href=\"tel:{}\">{}</a></li>",
                        esc(&d.id()),
                        icon(ui("call")),
                        p.t_args(msg::NOW_CALL, &[("name", Arg::Str(&name))]),
                        esc(tel),
                        esc(number)
                    ));
                }
                DoNow::Ask(a) => {
                    let (line, _) = first_sentence(&p.raw(&format!("action-{}-woman", a.id), &[]));
                    h.push_str(&format!("<li data-id=\"{}\"><strong>{}</strong> <span class=\"say\">{}</span> ", esc(&d.id()), p.t(&format!("action-{}-title", a.id)), esc(&line)));
                    warnings(p, &raised, a.id, h);
                    h.push_str(&format!("<a class=\"more\" href=\"{}\">{}</a></li>", p.href(View::Action(a.id)), p.t(msg::NOW_MORE)));
                }
            }
        }
        h.push_str("</ol>");
        listen(p, "now-box", false, "listen", h);
        h.push_str("</section>");
    }

    if !g.key_contacts.is_empty() {
        h.push_str(&format!("<section class=\"keys\" aria-labelledby=\"keys-h\"><h2 id=\"keys-h\">{} {}</h2><ul class=\"key-list\">", icon(ui("call")), p.t(msg::KEY_CONTACTS_TITLE)));
        for c in &g.key_contacts {
            key_contact(p, c, h);
        }
        h.push_str("</ul></section>");
    }
    listen(p, "main", true, "listen-all", h);
    if st.situations.is_empty() {
        h.push_str(&format!("<p class=\"note\">{}</p>", p.t(msg::NO_SITUATIONS_NOTE)));
    }
    h.push_str(&format!("<nav class=\"jump\" aria-label=\"{}\"><ul>", p.t(msg::ON_THIS_PAGE)));
    for (id, label) in [("rights-h", msg::JUMP_RIGHTS), ("actions-h", msg::JUMP_ACTIONS), ("contacts-h", msg::JUMP_CONTACTS)] {
        h.push_str(&format!("<li><a href=\"#{id}\">{}</a></li>", p.t(label)));
    }
    h.push_str("</ul></nav>");
    let count = |id: &str, n: usize| p.t_args(id, &[("count", Arg::Num(n as i64))]);
    section("rights", &p.t(msg::RIGHTS_TITLE_WOMAN), r.rights.len(), &count(msg::RIGHTS_COUNT, r.rights.len()), h);
    section("actions", &p.t(msg::ACTIONS_TITLE_WOMAN), r.actions.len(), &count(msg::ACTIONS_COUNT, r.actions.len()), h);
    section("contacts", &p.t(msg::ALL_CONTACTS_TITLE), r.contacts.len(), &count(msg::CONTACTS_COUNT, r.contacts.len()), h);
    h.push_str(&format!(
        "<p class=\"toolkit-links\"><a href=\"{}\" class=\"compare-link\">{}</a> · <a href=\"{}\">{}</a></p>",
        p.href(View::Compare),
        p.t("law-compare-title"),
        p.href(View::Search),
        p.t(msg::SEARCH_TITLE)
    ));
    // `sources_dates` (src/parts/contacts.rs).
    let (from, to) = (format_date(p.lang, data::CONTACT_SOURCES_FROM), format_date(p.lang, data::CONTACT_SOURCES_TO));
    h.push_str(&format!("<p class=\"fine as-of\">{}</p>", p.t_args(msg::CONTACTS_DATES, &[("from", Arg::Str(&from)), ("to", Arg::Str(&to))])));
    h.push_str(&format!("<details class=\"share-all\"><summary>{}</summary></details>", p.t(msg::SHARE_ALL)));
}

/// For boot.js: the page for `hash` in `lang` from its first-paint pack, with the phone's on-device
/// voices (`voices`, see [`render`]), or "" when the first paint
/// does not draw it (then the app loads at once).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = render)]
pub fn render_js(hash: &str, lang: &str, pack: &[u8], voices: &str) -> String {
    let Some(code) = data::language(lang) else { return String::new() };
    if !ruta_engine::i18n::is_loaded(code) && ruta_engine::i18n::register_first(code, pack).is_err() {
        return String::new();
    }
    render(hash, code, voices).unwrap_or_default()
}

/// For boot.js: [`address`].
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = address)]
pub fn address_js(hash: &str) -> String {
    address(hash)
}
