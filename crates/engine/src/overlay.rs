//! A host's own contacts ("local overlay"), in standard Open Referral HSDS 3.0 — a single
//! `service`, a list (`{"contents": [...]}`, the HSDS API's page, which is also what
//! `cargo run -p ruta-contentc --bin hsds -- export` writes), a bare array of services — or Ruta's
//! first form (`{"profile": "ruta-hsds-1", "services": [...]}`). Ruta's `x_ruta_*` extensions
//! (publisher, per-language names and notes, kind, situations, `x_ruta_tel`) are optional.
//!
//! The page hands over the overlay as **text**. [`check_text`] bounds its size and nesting before
//! anything parses or converts it (a 7,000-level nesting once overflowed the stack); then the
//! browser's `JSON.parse` builds the tree and [`load`] validates it here, natively tested.
//!
//! One bad entry is skipped with one [`OverlayError`] naming the entry and the field; the other
//! entries are shown. A document that is not an overlay at all gives one error and no contacts.
//! Nothing from an overlay ever looks like Ruta's own verified contacts: the app marks every card
//! as the host's.

use crate::data;
use crate::query::Query;

/// Largest overlay text accepted (bytes). A directory of hundreds of services fits easily.
pub const MAX_BYTES: usize = 512 * 1024;
/// Deepest nesting of `[` / `{` accepted. A complete HSDS service nests about 13 levels.
pub const MAX_DEPTH: usize = 32;
/// Most entries read; the rest are ignored with one error.
pub const MAX_ENTRIES: usize = 300;
/// Longest name and description (characters).
pub const MAX_NAME: usize = 300;
pub const MAX_TEXT: usize = 2000;
/// Most phone numbers per entry.
pub const MAX_PHONES: usize = 10;

/// A parsed JSON value (built by the app from `JSON.parse`, or by tests).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    fn arr(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(v) => Some(v),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayPhone {
    /// As the host publishes it (shown).
    pub number: String,
    /// What the `tel:` link dials: the shown number's digits (optionally with its country code).
    pub tel: String,
    /// HSDS `type` when it is not "voice" ("text", "textphone", "fax", "cell" …).
    pub kind: Option<String>,
    /// HSDS `description` ("WhatsApp", "after 18:00" …).
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayContact {
    pub id: String,
    /// The organisation that adds these contacts (`x_ruta_publisher`), if it says so.
    pub publisher: Option<String>,
    /// Ruta's countries it serves (from `service_areas`).
    pub countries: Vec<&'static str>,
    /// kind id as in the content (`gbv_hotline`…), shown with the same labels.
    pub kind: String,
    pub situations: Vec<&'static str>,
    /// Name per language code (`""` = the HSDS `name`); the app picks hers, else the first.
    pub names: Vec<(String, String)>,
    pub notes: Vec<(String, String)>,
    /// The organization that provides it, when its name differs from the service's.
    pub organization: Option<String>,
    pub phones: Vec<OverlayPhone>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// Opening hours, one line per HSDS schedule.
    pub hours: Vec<String>,
    /// Languages spoken (HSDS `languages[].name`, else `code`).
    pub languages: Vec<String>,
}

impl OverlayContact {
    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang).unwrap_or(&self.id)
    }
    pub fn note(&self, lang: &str) -> Option<&str> {
        pick(&self.notes, lang)
    }
}

fn pick<'a>(v: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    v.iter().find(|(l, _)| l == lang).or_else(|| v.iter().find(|(l, _)| l.is_empty())).or(v.first()).map(|(_, t)| t.as_str())
}

/// What is wrong with an overlay: which entry, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayError {
    /// `overlay` for the whole document, else e.g. `contents[2] "shelter-1"`.
    pub entry: String,
    pub field: String,
    pub message: String,
}

impl OverlayError {
    /// The whole overlay is refused (no contacts shown), not just one entry.
    pub fn whole(&self) -> bool {
        self.entry == "overlay"
    }
}

impl std::fmt::Display for OverlayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ruta overlay: {}: field \"{}\": {}", self.entry, self.field, self.message)?;
        if self.whole() {
            write!(f, " (no overlay contacts shown; Ruta's own are)")
        } else if self.field != "(list)" {
            write!(f, " (this entry is skipped; the others are shown)")
        } else {
            Ok(())
        }
    }
}

/// The validated overlay: the contacts to show and what was wrong (one error per skipped entry).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overlay {
    pub contacts: Vec<OverlayContact>,
    pub errors: Vec<OverlayError>,
    /// The host asked to see these errors on its page (`data-preview` / `?preview`); set by the app.
    pub preview: bool,
}

fn err(entry: &str, field: &str, message: impl Into<String>) -> OverlayError {
    OverlayError { entry: entry.into(), field: field.into(), message: message.into() }
}

/// Size and nesting of the raw JSON text, checked in one linear pass before anything parses or
/// converts it (so a hostile file can neither overflow a stack nor hold the page).
pub fn check_text(text: &str) -> Result<(), OverlayError> {
    if text.len() > MAX_BYTES {
        return Err(err("overlay", "(file)", format!("is {} KB; the limit is {} KB", text.len() / 1024, MAX_BYTES / 1024)));
    }
    let (mut depth, mut in_str, mut esc) = (0usize, false, false);
    for b in text.bytes() {
        if in_str {
            match (esc, b) {
                (true, _) => esc = false,
                (false, b'\\') => esc = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(err("overlay", "(file)", format!("is nested more than {MAX_DEPTH} levels deep")));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// The nesting depth of a tree, without recursion (for trees that did not come through
/// [`check_text`]).
pub fn depth(doc: &Json) -> usize {
    let mut max = 0;
    let mut stack = vec![(doc, 1usize)];
    while let Some((v, d)) = stack.pop() {
        max = max.max(d);
        match v {
            Json::Arr(a) => stack.extend(a.iter().map(|x| (x, d + 1))),
            Json::Obj(kv) => stack.extend(kv.iter().map(|(_, x)| (x, d + 1))),
            _ => {}
        }
        if max > MAX_DEPTH {
            break;
        }
    }
    max
}

const KINDS: &[&str] = &["emergency", "gbv_hotline", "trafficking_hotline", "migration_authority", "asylum_authority", "women_institution", "child_protection", "un_agency", "ombudsperson", "shelter", "legal_aid", "health", "other"];

/// International calling codes of Ruta's countries (a `tel` may add it to the shown digits).
const CALLING: &[(&str, &str)] = &[("BZ", "501"), ("CA", "1"), ("CR", "506"), ("DO", "1"), ("SV", "503"), ("GT", "502"), ("HN", "504"), ("MX", "52"), ("NI", "505"), ("PA", "507"), ("US", "1")];

use crate::keypad::keypad_digits;

/// Bidi controls (U+202A–U+202E, U+2066–U+2069) and other invisible format characters are
/// dropped, so no overlay text can reorder what is shown around it.
fn clean(s: &str) -> String {
    s.chars().filter(|c| !matches!(*c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}') && (!c.is_control() || *c == '\n')).collect::<String>().trim().to_string()
}

fn is_web(u: &str) -> bool {
    (u.starts_with("https://") || u.starts_with("http://")) && u.len() > 8 && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn is_email(e: &str) -> bool {
    let mut parts = e.split('@');
    let (Some(user), Some(host), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    !user.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.') && e.chars().all(|c| c.is_alphanumeric() || "._%+-@'".contains(c))
}

/// Where the entries are: (list name for messages, entries).
fn entries(doc: &Json) -> Result<(&'static str, Vec<&Json>), OverlayError> {
    match doc {
        Json::Arr(v) => Ok(("services", v.iter().collect())),
        Json::Obj(_) => {
            if let Some(c) = doc.get("contents") {
                return c.arr().map(|v| ("contents", v.iter().collect())).ok_or_else(|| err("overlay", "contents", "must be a list of HSDS services"));
            }
            if let Some(s) = doc.get("services") {
                return s.arr().map(|v| ("services", v.iter().collect())).ok_or_else(|| err("overlay", "services", "must be a list of HSDS services"));
            }
            if doc.get("name").is_some() || doc.get("id").is_some() {
                return Ok(("service", vec![doc]));
            }
            Err(err("overlay", "(root)", "is neither an HSDS service, a list ({\"contents\": [...]}) nor Ruta's form ({\"services\": [...]})"))
        }
        _ => Err(err("overlay", "(root)", "must be a JSON object or list")),
    }
}

/// Validate a whole overlay: every good entry is kept, every bad one skipped with its error.
pub fn load(doc: &Json) -> Overlay {
    let mut out = Overlay::default();
    if depth(doc) > MAX_DEPTH {
        out.errors.push(err("overlay", "(file)", format!("is nested more than {MAX_DEPTH} levels deep")));
        return out;
    }
    if let Some(p) = doc.get("profile").and_then(Json::str) {
        if p != "ruta-hsds-1" {
            out.errors.push(err("overlay", "profile", format!("\"{}\" is not a profile Ruta knows (leave it out for plain HSDS 3.0)", clean(p))));
            return out;
        }
    }
    let publisher = match doc.get("x_ruta_publisher") {
        None | Some(Json::Null) => None,
        Some(Json::Str(p)) if !clean(p).is_empty() && p.chars().count() <= MAX_NAME => Some(clean(p)),
        Some(_) => {
            out.errors.push(err("overlay", "x_ruta_publisher", format!("must be your organisation's name (text, at most {MAX_NAME} characters)")));
            return out;
        }
    };
    let (list, items) = match entries(doc) {
        Ok(x) => x,
        Err(e) => {
            out.errors.push(e);
            return out;
        }
    };
    if items.len() > MAX_ENTRIES {
        out.errors.push(err(&format!("{list}[{MAX_ENTRIES}…]"), "(list)", format!("only the first {MAX_ENTRIES} of {} entries are read", items.len())));
    }
    let mut seen: Vec<String> = vec![];
    for (i, s) in items.iter().take(MAX_ENTRIES).enumerate() {
        match entry(list, i, s, &publisher) {
            Ok(c) if seen.contains(&c.id) => out.errors.push(err(&format!("{list}[{i}] \"{}\"", c.id), "id", "is used by an earlier entry")),
            Ok(c) => {
                seen.push(c.id.clone());
                out.contacts.push(c)
            }
            Err(e) => out.errors.push(e),
        }
    }
    out
}

/// All-or-nothing view kept for older callers: the contacts when nothing was wrong, else the
/// first problem. New code uses [`load`].
pub fn parse(doc: &Json) -> Result<Vec<OverlayContact>, OverlayError> {
    let o = load(doc);
    match o.errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(o.contacts),
    }
}

/// Text per language: `x_ruta_<field>` (a map) if given, else the HSDS string field.
fn texts(s: &Json, ext: &str, hsds: &str, entry: &str, max: usize) -> Result<Vec<(String, String)>, OverlayError> {
    let mut out = vec![];
    match s.get(ext) {
        None | Some(Json::Null) => {}
        Some(Json::Obj(kv)) => {
            for (l, v) in kv {
                let t = v.str().ok_or_else(|| err(entry, ext, "values must be text"))?;
                out.push((clean(l), clean(t)));
            }
        }
        Some(_) => return Err(err(entry, ext, "must map language codes to text")),
    }
    match s.get(hsds) {
        None | Some(Json::Null) => {}
        Some(Json::Str(t)) => out.push((String::new(), clean(t))),
        Some(_) => return Err(err(entry, hsds, "must be text")),
    }
    out.retain(|(_, t)| !t.is_empty());
    if let Some((_, t)) = out.iter().find(|(_, t)| t.chars().count() > max) {
        return Err(err(entry, if s.get(ext).is_some() { ext } else { hsds }, format!("is {} characters long; the limit is {max}", t.chars().count())));
    }
    Ok(out)
}

fn opt_str<'a>(s: &'a Json, field: &str, entry: &str) -> Result<Option<&'a str>, OverlayError> {
    match s.get(field) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Str(t)) if t.trim().is_empty() => Ok(None),
        Some(Json::Str(t)) => Ok(Some(t.trim())),
        Some(_) => Err(err(entry, field, "must be text")),
    }
}

fn entry(list: &str, i: usize, s: &Json, publisher: &Option<String>) -> Result<OverlayContact, OverlayError> {
    let raw_id = match s.get("id") {
        Some(Json::Str(t)) => clean(t),
        Some(Json::Num(n)) => format!("{n}"),
        _ => String::new(),
    };
    let id_label: String = raw_id.chars().take(80).collect();
    let entry = if id_label.is_empty() { format!("{list}[{i}]") } else { format!("{list}[{i}] \"{id_label}\"") };
    if !matches!(s, Json::Obj(_)) {
        return Err(err(&entry, "(entry)", "must be an HSDS service object"));
    }
    if raw_id.is_empty() {
        return Err(err(&entry, "id", "is missing"));
    }
    // Where: every service area whose extent (or name) is one of Ruta's country codes.
    let mut countries: Vec<&'static str> = vec![];
    match s.get("service_areas") {
        Some(Json::Arr(areas)) => {
            for a in areas {
                let ty = a.get("extent_type").and_then(Json::str).unwrap_or("text");
                if !matches!(ty, "text" | "country") {
                    continue;
                }
                for f in ["extent", "name"] {
                    if let Some(c) = a.get(f).and_then(Json::str).map(str::trim).filter(|c| c.len() == 2).and_then(data::country) {
                        if !countries.contains(&c) {
                            countries.push(c);
                        }
                        break;
                    }
                }
            }
        }
        None | Some(Json::Null) => {}
        Some(_) => return Err(err(&entry, "service_areas", "must be a list")),
    }
    if countries.is_empty() {
        return Err(err(&entry, "service_areas", format!("needs an area with extent_type \"text\" whose extent is one of Ruta's country codes ({})", data::COUNTRIES.join(", "))));
    }
    let kind = opt_str(s, "x_ruta_kind", &entry)?.unwrap_or("other").to_string();
    if !KINDS.contains(&kind.as_str()) {
        return Err(err(&entry, "x_ruta_kind", format!("\"{}\" is not one of {}", clean(&kind), KINDS.join(", "))));
    }
    let mut situations = vec![];
    match s.get("x_ruta_situations") {
        None | Some(Json::Null) => {}
        Some(Json::Arr(v)) => {
            for x in v {
                match x.str() {
                    Some("all") => {}
                    Some(id) => situations.push(data::situation(id).map(|s| s.id).ok_or_else(|| err(&entry, "x_ruta_situations", format!("\"{}\" is not a situation", clean(id))))?),
                    None => return Err(err(&entry, "x_ruta_situations", "must list situation ids")),
                }
            }
        }
        Some(_) => return Err(err(&entry, "x_ruta_situations", "must be a list")),
    }
    let names = texts(s, "x_ruta_names", "name", &entry, MAX_NAME)?;
    if names.is_empty() {
        return Err(err(&entry, "name", "is missing"));
    }
    let notes = texts(s, "x_ruta_notes", "description", &entry, MAX_TEXT)?;
    let country_code = CALLING.iter().filter(|(c, _)| countries.contains(c)).map(|(_, d)| *d).collect::<Vec<_>>();
    let mut phones = vec![];
    match s.get("phones") {
        None | Some(Json::Null) => {}
        Some(Json::Arr(v)) => {
            if v.len() > MAX_PHONES {
                return Err(err(&entry, "phones", format!("has {} numbers; the limit is {MAX_PHONES}", v.len())));
            }
            for (j, p) in v.iter().enumerate() {
                let field = format!("phones[{j}].number");
                let number = p.get("number").and_then(Json::str).map(clean).filter(|n| !n.is_empty()).ok_or_else(|| err(&entry, &field, "is missing"))?;
                let shown = keypad_digits(&number);
                if shown.len() < 2 || number.chars().count() > 40 || !number.chars().any(|c| c.is_ascii_digit()) {
                    return Err(err(&entry, &field, format!("\"{number}\" is not a phone number")));
                }
                let tel = match p.get("x_ruta_tel") {
                    None | Some(Json::Null) => {
                        let plus = if number.trim_start().starts_with('+') { "+" } else { "" };
                        format!("{plus}{shown}")
                    }
                    Some(Json::Str(t)) => {
                        let t = t.trim();
                        let ok_chars = !t.is_empty() && t.chars().enumerate().all(|(k, c)| c.is_ascii_digit() || "*#".contains(c) || (c == '+' && k == 0));
                        let dialled: String = t.chars().filter(char::is_ascii_digit).collect();
                        // The dialled digits are the shown digits, optionally after the country's
                        // calling code (E.164), with a leading trunk 0 dropped.
                        let national = shown.strip_prefix('0').unwrap_or(&shown);
                        let same = dialled == shown || country_code.iter().any(|cc| dialled == format!("{cc}{shown}") || dialled == format!("{cc}{national}"));
                        if !ok_chars || !same {
                            return Err(err(&entry, &format!("phones[{j}].x_ruta_tel"), format!("dials \"{}\" but the number shown is \"{number}\": x_ruta_tel may only dial the digits shown (plus the country code)", clean(t).chars().take(40).collect::<String>())));
                        }
                        t.to_string()
                    }
                    Some(_) => return Err(err(&entry, &format!("phones[{j}].x_ruta_tel"), "must be text")),
                };
                let kind = opt_str(p, "type", &entry)?.filter(|t| *t != "voice").map(clean).filter(|t| t.chars().count() <= 40);
                let note = opt_str(p, "description", &entry)?.map(clean).filter(|d| d.chars().count() <= MAX_NAME);
                phones.push(OverlayPhone { number, tel, kind, note });
            }
        }
        Some(_) => return Err(err(&entry, "phones", "must be a list")),
    }
    let org = s.get("organization");
    let web = |field: &str, v: Option<&str>| -> Result<Option<String>, OverlayError> {
        match v {
            None => Ok(None),
            Some(u) if is_web(u) && u.len() <= 2000 => Ok(Some(u.to_string())),
            Some(u) => Err(err(&entry, field, format!("\"{}\" must be a web address starting with https:// or http://", clean(u).chars().take(80).collect::<String>()))),
        }
    };
    let website = match web("url", opt_str(s, "url", &entry)?)? {
        Some(u) => Some(u),
        None => match org {
            Some(o) => web("organization.website", opt_str(o, "website", &entry)?)?,
            None => None,
        },
    };
    let mail = |field: &str, v: Option<&str>| -> Result<Option<String>, OverlayError> {
        match v {
            None => Ok(None),
            Some(e) if is_email(e) && e.len() <= 254 => Ok(Some(e.to_string())),
            Some(e) => Err(err(&entry, field, format!("\"{}\" is not an email address", clean(e).chars().take(80).collect::<String>()))),
        }
    };
    let email = match mail("email", opt_str(s, "email", &entry)?)? {
        Some(e) => Some(e),
        None => match org {
            Some(o) => mail("organization.email", opt_str(o, "email", &entry)?)?,
            None => None,
        },
    };
    if phones.is_empty() && website.is_none() && email.is_none() {
        return Err(err(&entry, "phones", "a contact needs a way to reach it: a phone number, a url or an email"));
    }
    let organization = org.and_then(|o| o.get("name")).and_then(Json::str).map(clean).filter(|n| !n.is_empty() && n.chars().count() <= MAX_NAME && !names.iter().any(|(_, x)| x == n));
    let mut hours = vec![];
    if let Some(v) = s.get("schedules").and_then(Json::arr) {
        for sc in v.iter().take(7) {
            let line = match sc.get("description").and_then(Json::str).map(clean).filter(|d| !d.is_empty()) {
                Some(d) => d,
                None => {
                    let part = |k: &str| sc.get(k).and_then(Json::str).map(clean).filter(|x| !x.is_empty());
                    let times = match (part("opens_at"), part("closes_at")) {
                        (Some(a), Some(b)) => format!("{a}–{b}"),
                        _ => String::new(),
                    };
                    [part("byday").unwrap_or_default(), times].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>().join(" ")
                }
            };
            if !line.is_empty() {
                hours.push(line.chars().take(MAX_NAME).collect());
            }
        }
    }
    let mut languages = vec![];
    if let Some(v) = s.get("languages").and_then(Json::arr) {
        for l in v.iter().take(20) {
            if let Some(n) = l.get("name").and_then(Json::str).or_else(|| l.get("code").and_then(Json::str)).map(clean).filter(|n| !n.is_empty() && n.chars().count() <= 60) {
                languages.push(n);
            }
        }
    }
    Ok(OverlayContact { id: raw_id, publisher: publisher.clone(), countries, kind, situations, names, notes, organization, phones, website, email, hours, languages })
}

/// The overlay contacts for a query: her country, and her situations (or everyone's).
pub fn select<'a>(contacts: &'a [OverlayContact], q: &Query) -> Vec<&'a OverlayContact> {
    let Some(country) = q.country else { return vec![] };
    contacts
        .iter()
        .filter(|c| c.countries.contains(&country))
        .filter(|c| q.situations.is_empty() || c.situations.is_empty() || c.situations.iter().any(|s| q.situations.contains(s)))
        .collect()
}
