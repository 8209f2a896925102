//! Message formatting over the compiled Fluent subset, plural categories (CLDR, via
//! `intl_pluralrules`) and language negotiation from `navigator.languages`.

use crate::data::{self, Elem, Locale, DEFAULT_LANGUAGE, LOCALE_CODES, LOCALE_FILES};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::sync::Mutex;

/// Languages whose messages are loaded. Packs are decoded once and kept for the whole session.
static LOADED: Mutex<Vec<&'static Locale>> = Mutex::new(Vec::new());

/// The loaded messages of `code`. With the `embedded-locales` feature a language is loaded from the
/// binary on first use; without it the app must [`register`] the pack it fetched.
pub fn locale(code: &str) -> Option<&'static Locale> {
    if let Some(l) = LOADED.lock().unwrap().iter().find(|l| l.code == code) {
        return Some(l);
    }
    #[cfg(feature = "embedded-locales")]
    {
        let i = LOCALE_CODES.iter().position(|c| *c == code)?;
        return register(LOCALE_CODES[i], data::EMBEDDED_LOCALES[i]).ok();
    }
    #[allow(unreachable_code)]
    None
}

pub fn is_loaded(code: &str) -> bool {
    LOADED.lock().unwrap().iter().any(|l| l.code == code)
}

/// Where the pack of `code` is served, relative to the app (`locales/es.<hash>.bin`).
pub fn pack_file(code: &str) -> Option<&'static str> {
    LOCALE_CODES.iter().position(|c| *c == code).map(|i| LOCALE_FILES[i])
}

/// Decode a locale pack (format: `ruta-contentc/src/pack.rs`) and keep it for the session.
pub fn register(code: &'static str, bytes: &[u8]) -> Result<&'static Locale, String> {
    if let Some(l) = LOADED.lock().unwrap().iter().find(|l| l.code == code) {
        return Ok(l);
    }
    let messages = decode_pack(bytes)?;
    let loc: &'static Locale = Box::leak(Box::new(Locale { code, messages }));
    LOADED.lock().unwrap().push(loc);
    Ok(loc)
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.b.get(self.at..self.at + 4).ok_or("truncated locale pack")?;
        self.at += 4;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn u8(&mut self) -> Result<u8, String> {
        let v = *self.b.get(self.at).ok_or("truncated locale pack")?;
        self.at += 1;
        Ok(v)
    }
    fn str(&mut self) -> Result<&'static str, String> {
        let n = self.u32()? as usize;
        let s = self.b.get(self.at..self.at + n).ok_or("truncated locale pack")?;
        self.at += n;
        let s = std::str::from_utf8(s).map_err(|_| "locale pack is not UTF-8")?;
        Ok(Box::leak(s.to_owned().into_boxed_str()))
    }
    fn elems(&mut self, depth: u8) -> Result<&'static [Elem], String> {
        if depth > 8 {
            return Err("locale pack nests too deep".into());
        }
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            v.push(match self.u8()? {
                0 => Elem::Text(self.str()?),
                1 => Elem::Var(self.str()?),
                2 => Elem::Ref(self.str()?),
                3 => {
                    let var = self.str()?;
                    let default = self.u32()? as usize;
                    let k = self.u32()? as usize;
                    let mut variants = Vec::with_capacity(k.min(16));
                    for _ in 0..k {
                        variants.push((self.str()?, self.elems(depth + 1)?));
                    }
                    if default >= variants.len() {
                        return Err("locale pack: bad default variant".into());
                    }
                    Elem::Select { var, variants: Box::leak(variants.into_boxed_slice()), default }
                }
                t => return Err(format!("locale pack: unknown element {t}")),
            });
        }
        Ok(Box::leak(v.into_boxed_slice()))
    }
}

/// Parse a pack's bytes. Errors (a truncated download, a wrong file) are reported, never a panic.
pub fn decode_pack(bytes: &[u8]) -> Result<&'static [(&'static str, &'static [Elem])], String> {
    if !bytes.starts_with(b"RUTAMSG1") {
        return Err("not a Ruta locale pack".into());
    }
    let mut r = Reader { b: bytes, at: 8 };
    let n = r.u32()? as usize;
    let mut out = Vec::with_capacity(n.min(4096));
    for _ in 0..n {
        out.push((r.str()?, r.elems(0)?));
    }
    if out.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err("locale pack is not sorted".into());
    }
    Ok(Box::leak(out.into_boxed_slice()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

fn lookup(loc: &Locale, id: &str) -> Option<&'static [Elem]> {
    loc.messages.binary_search_by(|(k, _)| (*k).cmp(id)).ok().map(|i| loc.messages[i].1)
}

/// Does `lang` have message `id`? (Content tests use it; the app never needs to ask.)
pub fn has(lang: &str, id: &str) -> bool {
    locale(lang).is_some_and(|l| lookup(l, id).is_some())
}

/// The text of message `id` in `lang`, falling back to the default language, then to the id.
/// The build checks that every locale has every message, so the fallbacks are a last resort.
pub fn tr(lang: &str, id: &str) -> String {
    tr_args(lang, id, &[])
}

pub fn tr_args(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::new();
    let found = [lang, DEFAULT_LANGUAGE].iter().find_map(|l| locale(l).and_then(|loc| lookup(loc, id).map(|m| (loc, m))));
    match found {
        Some((loc, m)) => format(loc, m, args, &mut out, 0),
        None => out.push_str(id),
    }
    out
}

thread_local! {
    /// Plural rules are built once per language, not on every formatted message (re-renders).
    static PLURALS: std::cell::RefCell<Vec<(String, Option<PluralRules>)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn plural_category(lang: &str, n: i64) -> &'static str {
    let cat = PLURALS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if !cache.iter().any(|(l, _)| l == lang) {
            let rules = lang.parse::<unic_langid::LanguageIdentifier>().ok().and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
            cache.push((lang.to_string(), rules));
        }
        let (_, rules) = cache.iter().find(|(l, _)| l == lang).expect("just inserted");
        rules.as_ref().map(|r| r.select(n))
    });
    match cat.unwrap_or(Err("no rules")) {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

fn format(loc: &Locale, elems: &[Elem], args: &[(&str, Arg)], out: &mut String, depth: u8) {
    if depth > 8 {
        return; // a reference cycle; the build rejects unknown refs, this guards loops
    }
    for e in elems {
        match *e {
            Elem::Text(t) => out.push_str(t),
            Elem::Var(v) => match args.iter().find(|(k, _)| *k == v) {
                Some((_, Arg::Str(s))) => out.push_str(s),
                Some((_, Arg::Num(n))) => out.push_str(&n.to_string()),
                None => {}
            },
            Elem::Ref(r) => {
                if let Some(m) = lookup(loc, r) {
                    format(loc, m, args, out, depth + 1);
                }
            }
            Elem::Select { var, variants, default } => {
                let chosen = match args.iter().find(|(k, _)| *k == var).map(|(_, a)| *a) {
                    Some(Arg::Num(n)) => {
                        let exact = n.to_string();
                        let cat = plural_category(loc.code, n);
                        variants.iter().position(|(k, _)| *k == exact).or_else(|| variants.iter().position(|(k, _)| *k == cat))
                    }
                    Some(Arg::Str(s)) => variants.iter().position(|(k, _)| *k == s),
                    None => None,
                }
                .unwrap_or(default);
                format(loc, variants[chosen].1, args, out, depth + 1);
            }
        }
    }
}

/// Pick the app language from the browser's preference list (`navigator.languages`).
/// `pt-BR` → `pt`, `fr-CA` → `fr`; `fr-HT` or `ht` → Haitian Creole when we have it.
/// Falls back to the default language (Spanish).
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    for r in requested {
        let tag = r.as_ref().trim().to_ascii_lowercase().replace('_', "-");
        if tag == "fr-ht" && data::language("ht").is_some() {
            return "ht";
        }
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(l) = data::language(primary) {
            return l;
        }
    }
    DEFAULT_LANGUAGE
}

/// Codes of every language the app has, default first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LOCALE_CODES.iter().copied()
}

/// Strip Unicode bidi isolation marks (for tests that compare text).
pub fn strip_isolation(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

/// A source date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) written the way `lang` writes dates
/// (`date-full`, `date-month` and `month-N` messages). Anything else is returned as is.
pub fn format_date(lang: &str, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let month = |m: &str| m.parse::<u8>().ok().filter(|m| (1..=12).contains(m)).map(|m| tr(lang, &format!("month-{m}")));
    match parts.as_slice() {
        [y] if y.len() == 4 => y.to_string(),
        [y, m] => match month(m) {
            Some(mn) => tr_args(lang, "date-month", &[("month", Arg::Str(&mn)), ("year", Arg::Str(y))]),
            None => iso.to_string(),
        },
        [y, m, d] => match (month(m), d.parse::<u8>()) {
            (Some(mn), Ok(d)) => tr_args(lang, "date-full", &[("day", Arg::Num(d.into())), ("month", Arg::Str(&mn)), ("year", Arg::Str(y))]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}
