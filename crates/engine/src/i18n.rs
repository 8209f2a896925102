//! Message formatting over the compiled Fluent subset, plural categories (CLDR, via
//! `intl_pluralrules`) and language negotiation from `navigator.languages`.

use crate::data::{locale, Elem, Locale, DEFAULT_LANGUAGE, LOCALES};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

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

fn plural_category(lang: &str, n: i64) -> &'static str {
    let Ok(langid) = lang.parse::<unic_langid::LanguageIdentifier>() else { return "other" };
    match PluralRules::create(langid, PluralRuleType::CARDINAL).and_then(|r| r.select(n)) {
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
        if tag == "fr-ht" && locale("ht").is_some() {
            return "ht";
        }
        let primary = tag.split('-').next().unwrap_or("");
        if let Some(l) = LOCALES.iter().find(|l| l.code == primary) {
            return l.code;
        }
    }
    DEFAULT_LANGUAGE
}

/// Codes of every language the app has, default first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|l| l.code)
}

/// Strip Unicode bidi isolation marks (for tests that compare text).
pub fn strip_isolation(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}
