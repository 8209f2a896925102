//! Message formatting over the compiled Fluent subset, plural categories (CLDR cardinal rules for
//! the five languages, written out below) and language negotiation from `navigator.languages`.

use crate::data::{self, Elem, Locale, DEFAULT_LANGUAGE, LOCALE_CODES, LOCALE_FILES};
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
        let loc = register(LOCALE_CODES[i], data::EMBEDDED_LOCALES[i]).ok()?;
        LATER.lock().unwrap().push(LOCALE_CODES[i]); // the embedded pack is whole
        return Some(loc);
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

/// Where the later pack of `code` is served (`locales/more/es.<hash>.bin`): the messages only the
/// officials' toolkit, the library and search need (issue 14; `ruta-contentc/src/pack.rs`).
pub fn later_pack_file(code: &str) -> Option<&'static str> {
    LOCALE_CODES.iter().position(|c| *c == code).map(|i| data::LOCALE_LATER_FILES[i])
}

/// Languages whose later pack has been merged in (a fetched build; embedded packs are whole).
static LATER: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// Are the messages of the later pack of `code` available? (An embedded pack is whole.)
pub fn has_later(code: &str) -> bool {
    LATER.lock().unwrap().contains(&code)
}

/// Merge the later pack of `code` into its loaded messages (its first pack must be registered).
/// A damaged pack, or the first pack given in its place, is refused and changes nothing.
pub fn register_later(code: &'static str, bytes: &[u8]) -> Result<(), String> {
    if has_later(code) {
        return Ok(());
    }
    let more = decode_pack(crate::pack::verify(&format!("{code}.more"), bytes)?)?;
    let mut loaded = LOADED.lock().unwrap();
    let at = loaded.iter().position(|l| l.code == code).ok_or_else(|| format!("language {code} is not loaded"))?;
    // Both are sorted (decode_pack checks it): merge them (no sort code in the wasm).
    let (a, b) = (loaded[at].messages, more);
    let mut all = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => return Err("later pack repeats a message of the first pack".into()),
            (Some(x), Some(y)) if x.0 < y.0 => (all.push(*x), i += 1),
            (Some(x), None) => (all.push(*x), i += 1),
            (_, Some(y)) => (all.push(*y), j += 1),
            (None, None) => unreachable!(),
        };
    }
    loaded[at] = Box::leak(Box::new(Locale { code, messages: Box::leak(all.into_boxed_slice()) }));
    LATER.lock().unwrap().push(code);
    Ok(())
}

/// Decode a locale pack (format: `ruta-contentc/src/pack.rs`) and keep it for the session.
pub fn register(code: &'static str, bytes: &[u8]) -> Result<&'static Locale, String> {
    if let Some(l) = LOADED.lock().unwrap().iter().find(|l| l.code == code) {
        return Ok(l);
    }
    // A pack carries its language code and a checksum: a damaged or mismatched one is refused.
    let messages = decode_pack(crate::pack::verify(code, bytes)?)?;
    let loc: &'static Locale = Box::leak(Box::new(Locale { code, messages }));
    LOADED.lock().unwrap().push(loc);
    Ok(loc)
}

/// The first paint's pack of `code` (`locales/first/<code>.<hash>.bin`, wrapped as `<code>.first`):
/// only the messages the first paint of a results link can use (`ruta-firstpaint`). Registered as
/// `code` in the first paint's own wasm, never in the app's (the app refuses it: wrong code).
pub fn register_first(code: &'static str, bytes: &[u8]) -> Result<(), String> {
    let messages = decode_pack(crate::pack::verify(&format!("{code}.first"), bytes)?)?;
    LOADED.lock().unwrap().push(Box::leak(Box::new(Locale { code, messages })));
    Ok(())
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

/// Does `lang` have message `id`? (Content tests and the first paint ask; the app never needs to.)
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

/// The CLDR cardinal plural category of the integer `n` in `lang`.
///
/// Written from CLDR 48 `common/supplemental/plurals.xml` (cldr-json `cldr-core` 48), reduced to
/// integers — messages only ever receive whole numbers ([`Arg::Num`]), so the operands are
/// `n = i = |n|`, `v = f = t = 0` and, as no number is written in compact form, `e = 0`:
///
/// | lang | CLDR rules | for an integer |
/// |---|---|---|
/// | es | one: `n = 1`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5` | 1 → one; 1000000, 2000000, … → many |
/// | en | one: `i = 1 and v = 0` | 1 → one |
/// | fr | one: `i = 0,1`; many: as es | 0, 1 → one; multiples of a million → many |
/// | pt | one: `i = 0..1`; many: as es | 0, 1 → one; multiples of a million → many |
/// | ht | none: CLDR has no rules for Haitian Creole | 1 → one, as `en` (see below) |
///
/// Everything else is `other`. Haitian Creole: CLDR would give `other` always (root), but
/// `fluent-bundle` falls back to English rules for a language CLDR lacks, and our `ht` messages
/// were written with `[one]` variants ("yon lòt fwa") that only that reading shows — so `ht`
/// takes the `en` rule, and formatting stays identical to fluent-bundle (tests/fluent_diff.rs).
/// `intl_pluralrules` 7 (CLDR 36, what fluent-bundle uses) has no `many` for es/fr/pt; the test
/// below compares the two over many numbers and allows only that documented difference.
/// A language not listed falls back to `other`.
pub fn plural_category(lang: &str, n: i64) -> &'static str {
    let i = n.unsigned_abs();
    let millions = i != 0 && i % 1_000_000 == 0;
    match lang {
        "es" if i == 1 => "one",
        "en" | "ht" if i == 1 => "one",
        "fr" | "pt" if i <= 1 => "one",
        "es" | "fr" | "pt" if millions => "many",
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
                // As Fluent does (fluent-bundle, fluent.js): the first variant in source order whose
                // key matches wins. A number matches a numeric key equal to it or its plural
                // category; a string matches only an identifier key spelled the same.
                let chosen = match args.iter().find(|(k, _)| *k == var).map(|(_, a)| *a) {
                    Some(Arg::Num(n)) => {
                        let exact = n.to_string();
                        let cat = plural_category(loc.code, n);
                        variants.iter().position(|(k, _)| *k == exact || *k == cat)
                    }
                    Some(Arg::Str(s)) => variants.iter().position(|(k, _)| *k == s && !k.starts_with(|c: char| c.is_ascii_digit() || c == '-')),
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

#[cfg(test)]
mod tests {
    use super::plural_category;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    fn name(c: PluralCategory) -> &'static str {
        match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
    }

    /// Our hand-written rules against `intl_pluralrules` (CLDR 36) over every integer in
    /// −2 000 … 120 000 and 990 000 … 1 010 000, a sweep of large numbers and the extremes. The one allowed difference is
    /// CLDR ≥ 38's `many` for whole millions in es/fr/pt, which CLDR 36 did not have. Haitian
    /// Creole has no CLDR rules (intl_pluralrules refuses it) and is compared with English's.
    #[test]
    fn plurals_match_cldr() {
        let mut numbers: Vec<i64> = (-2_000..=120_000).chain(990_000..=1_010_000).collect();
        numbers.extend((1..=60).map(|k| k * 999_983));
        numbers.extend((1..=40).map(|k| k * 1_000_000));
        numbers.extend([i64::MAX, i64::MIN, i64::MIN + 1, 10_i64.pow(12), 10_i64.pow(18)]);
        for lang in ["es", "en", "fr", "pt", "ht"] {
            // Haitian Creole is not in CLDR: fluent-bundle then uses English rules, and so do we.
            let cldr = if lang == "ht" { "en" } else { lang };
            let rules = PluralRules::create(cldr.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL).unwrap();
            let mut many = 0;
            for &n in &numbers {
                // intl_pluralrules takes the absolute value as its operand n; i64::MIN has no i64 one.
                let theirs = name(rules.select(n.unsigned_abs() as f64).unwrap());
                let ours = plural_category(lang, n);
                let millions = n != 0 && n.unsigned_abs() % 1_000_000 == 0;
                if !["en", "ht"].contains(&lang) && millions {
                    assert_eq!((ours, theirs), ("many", "other"), "{lang} {n}");
                    many += 1;
                } else {
                    assert_eq!(ours, theirs, "{lang} {n}");
                }
            }
            assert!(["en", "ht"].contains(&lang) || many > 40, "{lang}: the many branch was exercised");
        }
        assert!(PluralRules::create("ht".parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL).is_err(), "CLDR has gained Haitian Creole rules: write them here");
        assert_eq!(plural_category("ht", 1), "one");
        assert_eq!(plural_category("ht", 2), "other");
        assert_eq!(plural_category("xx", 1), "other");
        assert_eq!(plural_category("es", 1), "one");
        assert_eq!(plural_category("es", 0), "other");
        assert_eq!(plural_category("fr", 0), "one");
        assert_eq!(plural_category("pt", 0), "one");
        assert_eq!(plural_category("en", 0), "other");
        assert_eq!(plural_category("es", 1_000_000), "many");
        assert_eq!(plural_category("es", 1_000_001), "other");
    }
}
