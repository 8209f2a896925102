//! The search index, built at build time into each language's pack (issue 17).
//!
//! Every searchable item — rights, actions (referral steps), situations, the Guidelines library
//! (principles, approaches, definitions, themes), contacts and the international instruments of
//! `content/treaties.toml` — becomes a document whose title
//! and body are its messages in that language. Words are *folded* here with the
//! `unicode-normalization` crate: canonical decomposition (NFD), combining marks dropped,
//! lowercased, anything that is not a letter or digit turned into a space. So "Tráfico",
//! "tráfico" and "TRAFICO" are all the word `trafico`, and "kreyòl" is `kreyol`.
//!
//! The index travels in the language's pack as the single term message `-search-index` (one
//! `Text` element; terms are never shown and the Fluent differential test skips them), so the
//! browser downloads only the index of the language in use and needs no search library. The
//! run-time side (`ruta_engine::search`) folds the query with [`FOLD`](generate), a table
//! generated here from the same function for every non-ASCII character of every pack plus the
//! Latin-1 and Latin Extended-A/B blocks, so query and index are folded identically.
//!
//! Format (UTF-8 text, lines separated by `\n`):
//! ```text
//! RUTASEARCH1
//! <n>                       the number of documents: rights, actions, situations, principles,
//!                           approaches, definitions, themes, contacts, instruments — in content order, which
//!                           is also the order of the engine's statics (the engine rebuilds the
//!                           list from them and refuses an index whose count differs)
//! <p><suffix>\t<postings>   one per distinct word of two or more characters, sorted; <p> = length
//!                           of the prefix shared with the previous word (one base-36 digit, at
//!                           most 35), then the rest of the word
//! ```
//! `<postings>` are the documents holding the word, ascending, each written as the difference
//! from the previous one (the first as is) in base 32 with no separator: leading digits from
//! `wxyzA…Z!#` (more digits follow), the last digit from `0…9a…v`. Whether a word is in the title
//! is not stored: the engine looks at the titles of the matching items only.

use crate::ftl::Elem;
use crate::model::{Locale, Pack};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The message id the index is stored under in each language's pack.
pub const MESSAGE_ID: &str = "-search-index";
pub const MAGIC: &str = "RUTASEARCH1";

/// How one character folds: "" (a combining mark), " " (not a letter or digit) or its base
/// letters lowercased.
pub fn fold_char(c: char) -> String {
    if is_combining_mark(c) {
        return String::new();
    }
    if !c.is_alphanumeric() {
        return " ".into();
    }
    let mut out = String::new();
    for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
        out.extend(d.to_lowercase());
    }
    out
}

/// Fold a text (see the module documentation).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The folded words of a text.
pub fn words(s: &str) -> Vec<String> {
    fold(s).split_whitespace().map(str::to_owned).collect()
}

/// The plain text of a message: text, references resolved (terms such as `-app`), variables left
/// out, the default variant of a selector.
fn plain(loc: &Locale, id: &str, depth: u8) -> String {
    let Some((m, _, _)) = loc.messages.get(id) else { return String::new() };
    let mut out = String::new();
    flatten(loc, &m.elems, depth, &mut out);
    out
}

fn flatten(loc: &Locale, es: &[Elem], depth: u8, out: &mut String) {
    for e in es {
        match e {
            Elem::Text(t) => out.push_str(t),
            Elem::Var(_) => out.push(' '),
            Elem::Ref(r) if depth < 8 => out.push_str(&plain(loc, r, depth + 1)),
            Elem::Ref(_) => {}
            Elem::Select { variants, default, .. } => {
                if let Some((_, v)) = variants.get(*default) {
                    flatten(loc, v, depth, out)
                }
            }
        }
    }
}

/// The documents of the index: (kind, id, title message, body messages), in the order results
/// fall back to when they score the same.
pub fn documents(p: &Pack, instruments: &[String]) -> Vec<(char, String, String, Vec<String>)> {
    let mut d = vec![];
    for r in &p.rights {
        let id = r.id.get_ref();
        d.push(('r', id.clone(), format!("right-{id}-title"), vec![format!("right-{id}-woman"), format!("right-{id}-official")]));
    }
    for a in &p.actions {
        let id = a.id.get_ref();
        d.push(('a', id.clone(), format!("action-{id}-title"), vec![format!("action-{id}-woman"), format!("action-{id}-official")]));
    }
    for s in &p.situations {
        let id = s.id.get_ref();
        d.push(('s', id.clone(), format!("situation-{id}"), vec![format!("situation-{id}-hint")]));
    }
    for x in &p.principles {
        let id = x.id.get_ref();
        d.push(('p', id.clone(), format!("principle-{id}"), vec![format!("principle-{id}-gloss")]));
    }
    for x in &p.approaches {
        let id = x.id.get_ref();
        d.push(('e', id.clone(), format!("approach-{id}"), vec![format!("approach-{id}-gloss")]));
    }
    for x in &p.definitions {
        let id = x.id.get_ref();
        d.push(('d', id.clone(), format!("definition-{id}"), vec![format!("definition-{id}-gloss")]));
    }
    for x in &p.themes {
        let id = x.id.get_ref();
        d.push(('t', id.clone(), format!("theme-{id}"), vec![format!("theme-{id}-desc")]));
    }
    for c in &p.contacts {
        let id = c.contact.id.get_ref();
        d.push(('c', id.clone(), format!("contact-{id}-name"), vec![format!("contact-{id}-note"), format!("country-{}", c.country)]));
    }
    for id in instruments {
        d.push(('l', id.clone(), format!("law-instrument-{id}"), vec![]));
    }
    d
}

/// Last digit of a posting (base 32).
pub const LAST: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
/// Leading digits of a posting (base 32): another digit follows.
pub const MORE: &[u8; 32] = b"wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#";

fn posting(mut n: u32, out: &mut String) {
    let mut buf = vec![LAST[(n % 32) as usize]];
    n /= 32;
    while n > 0 {
        buf.push(MORE[(n % 32) as usize]);
        n /= 32;
    }
    buf.reverse();
    out.push_str(std::str::from_utf8(&buf).unwrap());
}

/// The index text of one language.
pub fn build(p: &Pack, instruments: &[String], loc: &Locale) -> String {
    let docs = documents(p, instruments);
    // word → documents
    let mut terms: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, (_, _, title, bodies)) in docs.iter().enumerate() {
        for m in std::iter::once(title).chain(bodies) {
            for w in words(&plain(loc, m, 0)).into_iter().filter(|w| w.chars().count() >= 2) {
                terms.entry(w).or_default().insert(i);
            }
        }
    }
    let mut o = format!("{MAGIC}\n{}", docs.len());
    let mut prev = String::new();
    for (w, postings) in &terms {
        o.push('\n');
        let shared = prev.chars().zip(w.chars()).take_while(|(a, b)| a == b).count().min(35);
        o.push(char::from_digit(shared as u32, 36).unwrap());
        o.extend(w.chars().skip(shared));
        o.push('\t');
        let mut last = 0usize;
        for doc in postings {
            posting((doc - last) as u32, &mut o);
            last = *doc;
        }
        prev = w.clone();
    }
    o
}

/// The ids of `content/treaties.toml`'s instruments in file order (checked by check_law.rs; a
/// missing or unreadable file simply adds no instruments to the index).
fn instrument_ids(root: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(root.join("content/treaties.toml")) else { return vec![] };
    let Ok(v) = text.parse::<toml::Table>() else { return vec![] };
    let Some(list) = v.get("instrument").and_then(|i| i.as_array()) else { return vec![] };
    list.iter().filter_map(|i| i.get("id").and_then(|x| x.as_str()).map(str::to_owned)).collect()
}

/// Add the index of each language to its messages (called by [`crate::load`], so the packs the
/// app downloads, the embedded packs and the pack file names all carry it).
pub fn add(root: &Path, p: &mut Pack) {
    let instruments = instrument_ids(root);
    let texts: Vec<String> = p.locales.iter().map(|l| build(p, &instruments, l)).collect();
    for (loc, text) in p.locales.iter_mut().zip(texts) {
        let m = crate::ftl::Message { elems: vec![Elem::Text(text)] };
        loc.messages.insert(MESSAGE_ID.into(), (m, "(search index)".into(), 0));
    }
}

/// The run-time folding table: every non-ASCII character of every pack, plus the Latin-1
/// Supplement and Latin Extended-A/B blocks (so a query typed with accents the pack does not
/// use still folds), mapped with [`fold_char`]. Sorted by character for binary search.
pub fn generate(p: &Pack) -> String {
    let mut chars: BTreeSet<char> = ('\u{a0}'..='\u{24f}').collect();
    chars.extend(('\u{300}'..='\u{36f}').filter(|c| is_combining_mark(*c)));
    for loc in &p.locales {
        for (id, (m, _, _)) in &loc.messages {
            if id == MESSAGE_ID {
                continue;
            }
            let mut t = String::new();
            flatten(loc, &m.elems, 0, &mut t);
            chars.extend(t.chars().filter(|c| !c.is_ascii()));
        }
    }
    let mut o = String::new();
    writeln!(o, "/// Search folding table generated by ruta-contentc (search_index.rs) with unicode-normalization.").unwrap();
    write!(o, "pub static SEARCH_FOLD: &[(char, &str)] = &[").unwrap();
    for c in chars {
        write!(o, "({c:?}, {:?}),", fold_char(c)).unwrap();
    }
    writeln!(o, "];").unwrap();
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_accents_case_and_punctuation() {
        assert_eq!(fold("Tráfico"), "trafico");
        assert_eq!(fold("kreyòl"), "kreyol");
        assert_eq!(fold("¿Niña, NIÑO?"), " nina  nino ");
        assert_eq!(fold("l'enfant"), "l enfant");
        assert_eq!(fold("Ça"), "ca");
        assert_eq!(words("Trata de personas / tráfico ilícito"), ["trata", "de", "personas", "trafico", "ilicito"]);
    }

    #[test]
    fn postings_need_no_separator() {
        let mut s = String::new();
        for n in [0, 31, 32, 1023, 1024] {
            posting(n, &mut s);
        }
        assert_eq!(s, "0vx0#vxw0");
    }
}
