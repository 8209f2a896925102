//! Screen state ⇄ URL hash. Every screen is a shareable link such as
//! `#/results?lang=es&who=woman&c=MX&p=transit&s=violence,pregnant`.
//!
//! Parsing never fails: what is understood is kept, what is not becomes a [`Problem`] that the app
//! shows as a localized note, so a bad link still gives a usable screen and loses nothing valid.
//!
//! Links are untrusted. Parsing is linear and reads at most [`MAX_HASH`] bytes; at most
//! [`MAX_PROBLEMS`] problems are kept (then [`Problem::More`]); every value shown back is cut short,
//! stripped of control and bidi characters and wrapped in Unicode isolates, so a link can neither
//! freeze the page nor write sentences in Ruta's voice.

use crate::data;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Start,
    Results,
    About,
    /// The Guidelines library: principles, approaches, definitions and themes.
    Library,
    /// "Staying safe on this device".
    Safety,
    /// The kiosk's attract screen, greeting in every language.
    Welcome,
    /// Two countries side by side: what binds, the asylum deadline, the emergency lines.
    Compare,
    /// Search over rights, steps, the Guidelines, contacts (the words typed stay in memory).
    Search,
    /// Training cases for new staff (answers in memory only).
    Training,
    /// The follow-up matrix (entries in memory until exported).
    Matrix,
    /// The referral slip for her situations (official view).
    Slip,
    /// Hard words (asylum, refugee, trafficking …) in plain words, with pictograms (issue 16).
    Words,
    Principle(&'static str),
    Theme(&'static str),
    Right(&'static str),
    Action(&'static str),
}

impl View {
    /// The path part of the hash (after `#/`).
    pub fn path(self) -> String {
        match self {
            View::Start => String::new(),
            View::Results => "results".into(),
            View::About => "about".into(),
            View::Library => "guidelines".into(),
            View::Safety => "safety".into(),
            View::Welcome => "welcome".into(),
            View::Compare => "compare".into(),
            View::Search => "search".into(),
            View::Training => "training".into(),
            View::Matrix => "matrix".into(),
            View::Slip => "slip".into(),
            View::Words => "words".into(),
            View::Principle(id) => format!("principle/{id}"),
            View::Theme(id) => format!("theme/{id}"),
            View::Right(id) => format!("right/{id}"),
            View::Action(id) => format!("action/{id}"),
        }
    }

    fn from_path(path: &str) -> Result<View, Problem> {
        let (head, id) = path.split_once('/').unwrap_or((path, ""));
        let item = |found: Option<&'static str>, make: fn(&'static str) -> View| found.map(make).ok_or_else(|| Problem::UnknownItem(shown(id)));
        match head {
            "" => Ok(View::Start),
            "results" => Ok(View::Results),
            "about" => Ok(View::About),
            "guidelines" => Ok(View::Library),
            "safety" => Ok(View::Safety),
            "welcome" => Ok(View::Welcome),
            "compare" => Ok(View::Compare),
            "search" => Ok(View::Search),
            "training" => Ok(View::Training),
            "matrix" => Ok(View::Matrix),
            "slip" => Ok(View::Slip),
            "words" => Ok(View::Words),
            "principle" => item(data::principle(id).map(|x| x.id), View::Principle),
            "theme" => item(data::theme(id).map(|x| x.id), View::Theme),
            "right" => item(data::right(&id.to_ascii_uppercase()).map(|x| x.id), View::Right),
            "action" => item(data::action(&id.to_ascii_uppercase()).map(|x| x.id), View::Action),
            _ => Err(Problem::UnknownView(shown(path))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    #[default]
    Woman,
    Official,
}

impl Audience {
    pub fn id(self) -> &'static str {
        match self {
            Audience::Woman => "woman",
            Audience::Official => "official",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct State {
    pub view: View,
    pub lang: Option<&'static str>,
    pub audience: Audience,
    pub country: Option<&'static str>,
    pub phase: Option<&'static str>,
    pub situations: Vec<&'static str>,
}

/// Something in the link that Ruta did not understand. The value is what the link said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Malformed,
    UnknownView(String),
    UnknownLanguage(String),
    UnknownAudience(String),
    UnknownCountry(String),
    UnknownPhase(String),
    UnknownSituation(String),
    /// A library entry (principle, theme, right, action) that does not exist.
    UnknownItem(String),
    /// The link was longer than [`MAX_HASH`]: only its beginning was read.
    TooLong,
    /// More problems than [`MAX_PROBLEMS`]: the others are not shown.
    More,
    /// The messages of a language exist but could not be loaded (network, damaged pack).
    /// The value is the language's code.
    LanguageNotLoaded(String),
}

/// The longest hash that is read (bytes). Real links are under 200 bytes.
pub const MAX_HASH: usize = 4096;
/// At most this many problems are kept and shown (plus [`Problem::TooLong`] and [`Problem::More`]).
pub const MAX_PROBLEMS: usize = 5;
/// At most this many characters of an invalid value are shown back.
pub const MAX_SHOWN_CHARS: usize = 24;

impl Problem {
    /// The id of the `ui.ftl` message that explains it (takes `$value`).
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::Malformed => "problem-malformed",
            Problem::UnknownView(_) => "problem-view",
            Problem::UnknownLanguage(_) => "problem-language",
            Problem::UnknownAudience(_) => "problem-audience",
            Problem::UnknownCountry(_) => "problem-country",
            Problem::UnknownPhase(_) => "problem-phase",
            Problem::UnknownSituation(_) => "problem-situation",
            Problem::UnknownItem(_) => "problem-item",
            Problem::TooLong => "problem-too-long",
            Problem::More => "problem-more",
            Problem::LanguageNotLoaded(_) => "problem-language-load",
        }
    }
    pub fn value(&self) -> &str {
        match self {
            Problem::Malformed | Problem::TooLong | Problem::More => "",
            Problem::LanguageNotLoaded(v)
            | Problem::UnknownView(v)
            | Problem::UnknownLanguage(v)
            | Problem::UnknownAudience(v)
            | Problem::UnknownCountry(v)
            | Problem::UnknownPhase(v)
            | Problem::UnknownSituation(v)
            | Problem::UnknownItem(v) => v,
        }
    }
    /// The value as the note must show it: wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
    /// ISOLATE, so even right-to-left text cannot reorder or run into the sentence around it.
    /// (The value itself never holds bidi controls: see [`shown`].)
    pub fn display_value(&self) -> String {
        format!("\u{2068}{}\u{2069}", self.value())
    }
}

fn decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Characters never shown back from a link: bidi embeddings, overrides, isolates and marks,
/// zero-width and other invisible format characters, line separators and tag characters.
pub fn is_hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// What a link said, made safe to show back: hidden characters removed, runs of spaces collapsed,
/// at most [`MAX_SHOWN_CHARS`] characters (then `…`). [`Problem::display_value`] isolates it.
pub fn shown(v: &str) -> String {
    let mut s = String::new();
    let mut n = 0;
    let mut space = false;
    let mut cut = false;
    for c in v.chars().filter(|c| !is_hidden_char(*c)) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && (space || n == 0) {
            continue;
        }
        if n == MAX_SHOWN_CHARS {
            cut = true;
            break;
        }
        space = c == ' ';
        s.push(c);
        n += 1;
    }
    let s = if space { s.trim_end().to_string() } else { s };
    let mut s = s;
    if cut {
        s.push('…');
    }
    s
}

/// Problems kept while parsing: duplicates dropped, at most [`MAX_PROBLEMS`], in constant time each.
#[derive(Default)]
struct Problems {
    list: Vec<Problem>,
    more: bool,
    malformed: bool,
}

impl Problems {
    fn push(&mut self, p: Problem) {
        if p == Problem::Malformed {
            if self.malformed {
                return;
            }
            self.malformed = true;
        }
        if self.list.len() >= MAX_PROBLEMS {
            self.more = true;
        } else if !self.list.contains(&p) {
            self.list.push(p);
        }
    }
}

/// The part of `hash` that is read: all of it when it fits in [`MAX_HASH`] bytes, else its
/// beginning, cut before the last `&` or `,` so a half-read value is not misread. Returns whether it was cut.
fn capped(hash: &str) -> (&str, bool) {
    if hash.len() <= MAX_HASH {
        return (hash, false);
    }
    let mut end = MAX_HASH;
    while !hash.is_char_boundary(end) {
        end -= 1;
    }
    let head = &hash[..end];
    let q = head.find('?');
    match head.rfind(['&', ',']) {
        Some(i) if q.is_some_and(|q| i > q) => (&head[..i], true),
        _ => (q.map_or(head, |q| &head[..=q]), true),
    }
}

/// Parse a `location.hash` (with or without the leading `#`). Linear in the length of the link,
/// which is capped at [`MAX_HASH`]; at most [`MAX_PROBLEMS`] problems come back (plus
/// [`Problem::TooLong`] first and [`Problem::More`] last when they apply).
pub fn parse(hash: &str) -> (State, Vec<Problem>) {
    let mut st = State::default();
    let mut problems = Problems::default();
    let (hash, too_long) = capped(hash);
    let h = hash.strip_prefix('#').unwrap_or(hash);
    let h = h.strip_prefix('/').unwrap_or(h);
    let (path, query) = h.split_once('?').unwrap_or((h, ""));
    match decode(path) {
        Some(p) => match View::from_path(&p) {
            Ok(v) => st.view = v,
            Err(Problem::UnknownItem(v)) => {
                st.view = View::Library;
                problems.push(Problem::UnknownItem(v));
            }
            Err(e) => problems.push(e),
        },
        None => problems.push(Problem::Malformed),
    }
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(k), Some(v)) = (decode(k), decode(v)) else {
            problems.push(Problem::Malformed);
            continue;
        };
        let v = v.trim();
        match k.as_str() {
            "lang" => match data::language(&v.to_ascii_lowercase()) {
                Some(l) => st.lang = Some(l),
                None => problems.push(Problem::UnknownLanguage(shown(v))),
            },
            "who" => match v {
                "woman" => st.audience = Audience::Woman,
                "official" => st.audience = Audience::Official,
                _ => problems.push(Problem::UnknownAudience(shown(v))),
            },
            "c" => match data::country(v) {
                Some(c) => st.country = Some(c),
                None if v.is_empty() => {}
                None => problems.push(Problem::UnknownCountry(shown(v))),
            },
            "p" => match data::phase(&v.to_ascii_lowercase()) {
                Some(p) => st.phase = Some(p.id),
                None if v.is_empty() => {}
                None => problems.push(Problem::UnknownPhase(shown(v))),
            },
            "s" => {
                for s in v.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match data::situation(&s.to_ascii_lowercase()) {
                        Some(x) if !st.situations.contains(&x.id) => st.situations.push(x.id),
                        Some(_) => {}
                        None => problems.push(Problem::UnknownSituation(shown(s))),
                    }
                }
            }
            _ => {} // unknown keys are ignored: links from newer versions keep working
        }
    }
    // Keep situations in content order so equal queries give equal links.
    st.situations.sort_by_key(|s| data::SITUATIONS.iter().position(|x| x.id == *s));
    let mut out = Vec::with_capacity(MAX_PROBLEMS + 2);
    if too_long {
        out.push(Problem::TooLong);
    }
    out.extend(problems.list);
    if problems.more {
        out.push(Problem::More);
    }
    (st, out)
}

impl State {
    /// The hash for this state (always starts with `#/`). Ids are URL-safe, so nothing to escape.
    pub fn to_hash(&self) -> String {
        let mut q = vec![];
        if let Some(l) = self.lang {
            q.push(format!("lang={l}"));
        }
        if self.audience != Audience::Woman {
            q.push(format!("who={}", self.audience.id()));
        }
        if let Some(c) = self.country {
            q.push(format!("c={c}"));
        }
        if let Some(p) = self.phase {
            q.push(format!("p={p}"));
        }
        if !self.situations.is_empty() {
            q.push(format!("s={}", self.situations.join(",")));
        }
        let mut h = format!("#/{}", self.view.path());
        if !q.is_empty() {
            h.push('?');
            h.push_str(&q.join("&"));
        }
        h
    }

    pub fn with_view(&self, view: View) -> State {
        State { view, ..self.clone() }
    }

    pub fn toggle_situation(&mut self, id: &'static str) {
        if let Some(i) = self.situations.iter().position(|s| *s == id) {
            self.situations.remove(i);
        } else {
            self.situations.push(id);
            self.situations.sort_by_key(|s| data::SITUATIONS.iter().position(|x| x.id == *s));
        }
    }
}
