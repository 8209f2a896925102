//! Search over rights, actions (referral steps), situations, the Guidelines library, contacts and
//! international instruments,
//! in the language in use (issue 17).
//!
//! The index is built at build time (`ruta-contentc/src/search_index.rs`, words folded with the
//! `unicode-normalization` crate) and travels in each language's pack as the term message
//! `-search-index`; this module parses it once per language. The query is folded the same way
//! with [`SEARCH_FOLD`], a table generated at build time from the same function, so "trafico"
//! finds "tráfico" and "kreyol" finds "kreyòl". Every query word must match the start of a word
//! of the item (prefix match); items with more query words in their title come first. Each hit
//! carries its title and a short excerpt with the byte ranges of the matching words, for `<mark>`.

use crate::data::{Elem, SEARCH_FOLD};
use crate::i18n;
use crate::state::View;
use std::sync::Mutex;

/// What a hit is (decides its link and its label).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Right,
    Action,
    Situation,
    Principle,
    Approach,
    Definition,
    Theme,
    /// An international instrument (content/treaties.toml).
    Instrument,
    Contact,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Right => "right",
            Kind::Action => "action",
            Kind::Situation => "situation",
            Kind::Principle => "principle",
            Kind::Approach => "approach",
            Kind::Definition => "definition",
            Kind::Theme => "theme",
            Kind::Instrument => "instrument",
            Kind::Contact => "contact",
        }
    }
    /// The message ids of an item's title and body texts.
    pub fn messages(self, id: &str) -> (String, Vec<String>) {
        match self {
            Kind::Right => (format!("right-{id}-title"), vec![format!("right-{id}-woman"), format!("right-{id}-official")]),
            Kind::Action => (format!("action-{id}-title"), vec![format!("action-{id}-woman"), format!("action-{id}-official")]),
            Kind::Situation => (format!("situation-{id}"), vec![format!("situation-{id}-hint")]),
            Kind::Principle => (format!("principle-{id}"), vec![format!("principle-{id}-gloss")]),
            Kind::Approach => (format!("approach-{id}"), vec![format!("approach-{id}-gloss")]),
            Kind::Definition => (format!("definition-{id}"), vec![format!("definition-{id}-gloss")]),
            Kind::Theme => (format!("theme-{id}"), vec![format!("theme-{id}-desc")]),
            Kind::Instrument => (format!("law-instrument-{id}"), vec![]),
            Kind::Contact => {
                let country = crate::data::CONTACTS.iter().find(|c| c.id == id).map(|c| c.country).unwrap_or("");
                (format!("contact-{id}-name"), vec![format!("contact-{id}-note"), format!("country-{country}")])
            }
        }
    }
}

/// One result: the item, its texts and where the query words are in them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub id: &'static str,
    pub title: String,
    /// Byte ranges of `title` to highlight.
    pub title_marks: Vec<(usize, usize)>,
    /// A short excerpt of the body around the first match (empty when only the title matched).
    pub excerpt: String,
    pub excerpt_marks: Vec<(usize, usize)>,
    /// How many query words the title matches.
    pub in_title: usize,
}

impl Hit {
    /// The screen the hit links to, when it has one of its own (rights, actions, principles,
    /// themes); approaches and definitions live on the library screen. Situations, contacts and
    /// instruments have no page of their own: the app links them where it shows them.
    pub fn view(&self) -> Option<View> {
        match self.kind {
            Kind::Right => Some(View::Right(self.id)),
            Kind::Action => Some(View::Action(self.id)),
            Kind::Principle => Some(View::Principle(self.id)),
            Kind::Theme => Some(View::Theme(self.id)),
            Kind::Approach | Kind::Definition => Some(View::Library),
            Kind::Situation | Kind::Contact | Kind::Instrument => None,
        }
    }
}

/// A parsed index: the documents and the sorted words with the documents that hold them.
pub struct Index {
    pub docs: Vec<(Kind, &'static str)>,
    pub words: Vec<(String, Vec<u16>)>,
    /// The folded words of each document's title (filled by [`index`] from the language's
    /// messages, once): ranking needs them for every matching document.
    pub titles: Vec<Vec<String>>,
    /// Each document's title and body texts in the index's language with their words (see
    /// [`tokens`]), made the first time the document is shown as a hit and kept: the next
    /// keystrokes only compare words.
    texts: Vec<std::sync::OnceLock<DocText>>,
}

/// A text and its words: (start, end, folded word).
type Tokenized = (String, Vec<(usize, usize, String)>);

/// The texts of one document, tokenized once.
struct DocText {
    title: Tokenized,
    bodies: Vec<Tokenized>,
}

/// The searchable items in the order the build numbered them (content order, as the statics).
pub fn documents() -> Vec<(Kind, &'static str)> {
    use crate::data::{ACTIONS, APPROACHES, CONTACTS, DEFINITIONS, PRINCIPLES, RIGHTS, SITUATIONS, THEMES};
    let mut d: Vec<(Kind, &'static str)> = vec![];
    d.extend(RIGHTS.iter().map(|x| (Kind::Right, x.id)));
    d.extend(ACTIONS.iter().map(|x| (Kind::Action, x.id)));
    d.extend(SITUATIONS.iter().map(|x| (Kind::Situation, x.id)));
    d.extend(PRINCIPLES.iter().map(|x| (Kind::Principle, x.id)));
    d.extend(APPROACHES.iter().map(|x| (Kind::Approach, *x)));
    d.extend(DEFINITIONS.iter().map(|x| (Kind::Definition, x.id)));
    d.extend(THEMES.iter().map(|x| (Kind::Theme, x.id)));
    d.extend(CONTACTS.iter().map(|x| (Kind::Contact, x.id)));
    d.extend(crate::law::INSTRUMENTS.iter().map(|x| (Kind::Instrument, x.id)));
    d
}

/// Fold one character exactly as the build did (`SEARCH_FOLD` is generated from it).
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(' ');
        }
        return;
    }
    match SEARCH_FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
        Ok(i) => out.push_str(SEARCH_FOLD[i].1),
        // A character no pack uses: cannot match an indexed word with its accents; keep it.
        Err(_) if c.is_alphanumeric() => out.extend(c.to_lowercase()),
        Err(_) => out.push(' '),
    }
}

/// Case-, accent- and punctuation-insensitive form of a text (as the index was built).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The words of `text` with their byte ranges in `text` and their folded forms.
pub fn tokens(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = vec![];
    let mut cur: Option<(usize, String)> = None;
    let mut f = String::new();
    for (i, c) in text.char_indices() {
        f.clear();
        fold_char(c, &mut f);
        if f == " " {
            if let Some((s, w)) = cur.take() {
                out.push((s, i, w));
            }
        } else {
            match &mut cur {
                Some((_, w)) => w.push_str(&f),
                None => cur = Some((i, f.clone())),
            }
        }
    }
    if let Some((s, w)) = cur {
        out.push((s, text.len(), w));
    }
    out.retain(|(_, _, w)| !w.is_empty());
    out
}

const LAST: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
const MORE: &[u8; 32] = b"wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#";

/// Parse the index text (format: `ruta-contentc/src/search_index.rs`).
pub fn parse(text: &str) -> Result<Index, String> {
    let mut lines = text.split('\n');
    if lines.next() != Some("RUTASEARCH1") {
        return Err("not a Ruta search index".into());
    }
    let docs = documents();
    if lines.next().and_then(|n| n.parse::<usize>().ok()) != Some(docs.len()) {
        return Err("search index does not match this build's items".into());
    }
    let mut words: Vec<(String, Vec<u16>)> = vec![];
    for line in lines {
        let (head, postings) = line.split_once('\t').ok_or("bad word line")?;
        let mut hc = head.chars();
        let shared = hc.next().and_then(|c| c.to_digit(36)).ok_or("bad word line")? as usize;
        let mut w: String = words.last().map(|(p, _)| p.chars().take(shared).collect()).unwrap_or_default();
        w.push_str(hc.as_str());
        let mut ps = vec![];
        let (mut doc, mut acc) = (0u32, 0u32);
        for b in postings.bytes() {
            if let Some(d) = MORE.iter().position(|m| *m == b) {
                acc = acc.saturating_mul(32).saturating_add(d as u32);
            } else if let Some(d) = LAST.iter().position(|m| *m == b) {
                doc = doc.saturating_add(acc.saturating_mul(32).saturating_add(d as u32));
                acc = 0;
                if doc as usize >= docs.len() {
                    return Err("posting beyond the documents".into());
                }
                ps.push(doc as u16);
            } else {
                return Err("bad posting".into());
            }
        }
        words.push((w, ps));
    }
    let texts = docs.iter().map(|_| std::sync::OnceLock::new()).collect();
    Ok(Index { docs, words, titles: vec![], texts })
}

/// The raw index text carried in the pack of `lang` (for size measurements and tests).
pub fn index_text(lang: &str) -> Option<&'static str> {
    let loc = i18n::locale(lang)?;
    let i = loc.messages.binary_search_by(|(k, _)| (*k).cmp("-search-index")).ok()?;
    match loc.messages[i].1 {
        [Elem::Text(t)] => Some(t),
        _ => None,
    }
}

static INDEXES: Mutex<Vec<(&'static str, &'static Index)>> = Mutex::new(Vec::new());

/// The index of `lang`, parsed once per session. `None` if the language is not loaded.
pub fn index(lang: &str) -> Option<&'static Index> {
    if let Some((_, ix)) = INDEXES.lock().unwrap().iter().find(|(l, _)| *l == lang) {
        return Some(ix);
    }
    let code = crate::data::language(lang)?;
    let mut ix = parse(index_text(code)?).ok()?;
    ix.titles = ix.docs.iter().map(|(kind, id)| tokens(&i18n::tr(code, &kind.messages(id).0)).into_iter().map(|(_, _, w)| w).collect()).collect();
    let ix: &'static Index = Box::leak(Box::new(ix));
    INDEXES.lock().unwrap().push((code, ix));
    Some(ix)
}

/// At most this many query words and characters are looked at (a pasted essay is cut, not slow).
pub const MAX_WORDS: usize = 8;
pub const MAX_CHARS: usize = 120;

/// The folded words of a query (at most [`MAX_WORDS`], duplicates and words that are a prefix of
/// another query word dropped, since they add nothing).
pub fn query_words(q: &str) -> Vec<String> {
    let q: String = q.chars().take(MAX_CHARS).collect();
    let mut ws: Vec<String> = fold(&q).split_whitespace().map(str::to_owned).collect();
    crate::small_sort::by_key(&mut ws, |w| std::cmp::Reverse(w.len()));
    let mut out: Vec<String> = vec![];
    for w in ws {
        if !out.iter().any(|o| o.starts_with(&w)) {
            out.push(w);
        }
    }
    out.truncate(MAX_WORDS);
    out
}

/// Documents matching every query word (prefix of a word of the item), best first:
/// (doc, query words in its title, query words matched exactly).
pub fn matching(ix: &Index, words: &[String]) -> Vec<(usize, usize, usize)> {
    if words.is_empty() {
        return vec![];
    }
    let n = ix.docs.len();
    let mut hit = vec![0u16; n];
    let mut exact = vec![0u8; n];
    for (qi, w) in words.iter().enumerate() {
        let start = ix.words.partition_point(|(t, _)| t.as_str() < w.as_str());
        for (t, ps) in ix.words[start..].iter().take_while(|(t, _)| t.starts_with(w.as_str())) {
            for &d in ps {
                let d = d as usize;
                if hit[d] & (1 << qi) == 0 && t == w {
                    exact[d] += 1;
                }
                hit[d] |= 1 << qi;
            }
        }
    }
    let all = (1u16 << words.len()) - 1;
    let mut out: Vec<(usize, usize, usize)> = (0..n)
        .filter(|d| hit[*d] == all)
        .map(|d| {
            let toks: &[String] = ix.titles.get(d).map_or(&[], |t| t.as_slice());
            let in_title = words.iter().filter(|w| toks.iter().any(|t| t.starts_with(w.as_str()))).count();
            (d, in_title, exact[d] as usize)
        })
        .collect();
    // A stable insertion sort (small_sort): a few hundred hits at most, and no extra sort in the wasm.
    crate::small_sort::by(&mut out, |a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(ix.docs[a.0].0.cmp(&ix.docs[b.0].0)).then(a.0.cmp(&b.0)).is_lt());
    out
}

/// Byte ranges of the words of `text` that start with one of `words`.
pub fn marks(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    marks_in(&tokens(text), words)
}

fn marks_in(toks: &[(usize, usize, String)], words: &[String]) -> Vec<(usize, usize)> {
    toks.iter().filter(|(_, _, t)| words.iter().any(|w| t.starts_with(w.as_str()))).map(|(s, e, _)| (*s, *e)).collect()
}

/// About `width` characters of `text` around its first mark, cut at word boundaries, with the
/// marks shifted into the excerpt. Adds "…" where text was cut.
fn excerpt(text: &str, marks: &[(usize, usize)], width: usize) -> (String, Vec<(usize, usize)>) {
    let Some(&(first, _)) = marks.first() else { return (String::new(), vec![]) };
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = chars.iter().position(|(i, _)| *i == first).unwrap_or(0);
    let mut from = at.saturating_sub(width / 3);
    while from > 0 && !chars[from - 1].1.is_whitespace() {
        from -= 1;
    }
    let mut to = (from + width).min(chars.len());
    while to < chars.len() && !chars[to].1.is_whitespace() {
        to += 1;
    }
    let (b0, b1) = (chars.get(from).map_or(text.len(), |c| c.0), chars.get(to).map_or(text.len(), |c| c.0));
    let lead = if b0 > 0 { "… " } else { "" };
    let mut s = String::from(lead);
    s.push_str(&text[b0..b1]);
    if b1 < text.len() {
        s.push_str(" …");
    }
    let shift = lead.len();
    let m = marks.iter().filter(|(a, b)| *a >= b0 && *b <= b1).map(|(a, b)| (a - b0 + shift, b - b0 + shift)).collect();
    (s, m)
}

/// Search in `lang`: at most `limit` hits, best first. Empty when the query has no words or the
/// language is not loaded.
pub fn search(lang: &str, query: &str, limit: usize) -> Vec<Hit> {
    search_kept(lang, query, limit, |_, _| true).1
}

/// Search in `lang` among the items `keep` accepts: how many match in all, and the first `limit`
/// of them as hits (titles, excerpts and marks are only made for those, so a short prefix that
/// matches hundreds of items costs no more than a long word).
pub fn search_kept(lang: &str, query: &str, limit: usize, keep: impl Fn(Kind, &'static str) -> bool) -> (usize, Vec<Hit>) {
    let words = query_words(query);
    let Some(ix) = index(lang) else { return (0, vec![]) };
    let found: Vec<(usize, usize, usize)> = matching(ix, &words).into_iter().filter(|(d, _, _)| keep(ix.docs[*d].0, ix.docs[*d].1)).collect();
    let hits = found
        .iter()
        .take(limit)
        .map(|&(d, in_title, _)| {
            let (kind, id) = ix.docs[d];
            let doc = ix.texts[d].get_or_init(|| {
                let (tid, bodies) = kind.messages(id);
                let tokenized = |t: String| {
                    let w = tokens(&t);
                    (t, w)
                };
                DocText { title: tokenized(i18n::tr(lang, &tid)), bodies: bodies.iter().filter(|b| i18n::has(lang, b)).map(|b| tokenized(i18n::tr(lang, b))).collect() }
            });
            let title = &doc.title.0;
            let title_marks = marks_in(&doc.title.1, &words);
            let (excerpt, excerpt_marks) = doc
                .bodies
                .iter()
                .find_map(|(t, toks)| {
                    let m = marks_in(toks, &words);
                    (!m.is_empty()).then(|| excerpt(t, &m, 90))
                })
                .unwrap_or_default();
            Hit { kind, id, title: title.clone(), title_marks, excerpt, excerpt_marks, in_title }
        })
        .collect();
    (found.len(), hits)
}

/// Append `s` to `out` with the five characters that mean something in HTML escaped, so text
/// from a pack or an overlay is only ever text.
pub fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Append `text` as HTML to `out`: escaped, with the byte ranges `marks` wrapped in `<mark>`
/// (ranges out of order, overlapping, out of bounds or not on character boundaries are skipped).
pub fn push_marked_html(out: &mut String, text: &str, marks: &[(usize, usize)]) {
    let mut at = 0;
    for &(a, b) in marks {
        if a < at || a >= b || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        push_escaped(out, &text[at..a]);
        out.push_str("<mark>");
        push_escaped(out, &text[a..b]);
        out.push_str("</mark>");
        at = b;
    }
    push_escaped(out, &text[at..]);
}

/// Whether `href` may be a hit's link: an address inside the app (no scheme: `#/…`, `?…`,
/// `./…`) or a `tel:` number. Anything else (`javascript:`, `data:`, another site) is refused.
fn safe_href(href: &str) -> bool {
    match href.find(':') {
        None => true,
        Some(i) if href[..i].contains(['/', '?', '#']) => true,
        Some(i) => href[..i].eq_ignore_ascii_case("tel"),
    }
}

/// One hit as HTML, appended to `out`: a list item `<li class="hit" data-id="kind:id">` with its
/// kind label, its title — a link when `href` is given and safe — with the matching words in
/// `<mark>`, and its excerpt. Every text is escaped. The search screen sets a whole page of
/// hits as one string: the browser parses it in one call, where making each element and text
/// from the wasm (and inserting each row into the page) cost several times more per key.
pub fn push_hit_html(out: &mut String, h: &Hit, label: &str, href: Option<&str>) {
    out.reserve(96 + label.len() + 2 * (h.title.len() + h.excerpt.len()));
    out.push_str("<li class=\"hit\" data-id=\"");
    push_escaped(out, h.kind.id());
    out.push(':');
    push_escaped(out, h.id);
    out.push_str("\"><span class=\"badge\">");
    push_escaped(out, label);
    out.push_str("</span> ");
    match href.filter(|r| safe_href(r)) {
        Some(r) => {
            out.push_str("<a href=\"");
            push_escaped(out, r);
            out.push_str("\" class=\"hit-title\">");
            push_marked_html(out, &h.title, &h.title_marks);
            out.push_str("</a>");
        }
        None => {
            out.push_str("<span class=\"hit-title\">");
            push_marked_html(out, &h.title, &h.title_marks);
            out.push_str("</span>");
        }
    }
    if !h.excerpt.is_empty() {
        out.push_str("<p class=\"fine excerpt\">");
        push_marked_html(out, &h.excerpt, &h.excerpt_marks);
        out.push_str("</p>");
    }
    out.push_str("</li>");
}
