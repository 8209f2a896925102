//! Official sources and safety warnings (issue 11 items 10, 12, 13). Runs inside [`crate::compile`]
//! after [`crate::load`], on the validated pack.
//!
//! The rules an editor meets (each reported as `file:line: entry: problem`):
//! - a source's `url` is on the site of an official publisher listed in
//!   `content/official-hosts.toml` (the host itself or a sub-domain), or the entry says in
//!   `secondary_reason` why a copy is linked; a reason on an official link is an error too;
//! - every `read` record of a source has an address, says what was read and, if dated, a real date;
//! - a basis marked `unchecked` (the paragraph number was never checked in the source) and the
//!   message `basis-unchecked` that labels it exist in every language;
//! - `content/advice.toml`: each warning names existing situations, items and actors, has its
//!   three messages in every language, and every right or action text that mentions one of its
//!   `mentions` words (e.g. "consulate") is one of its `items`, so no text can send her to her
//!   consulate without the warning.

use crate::ftl::Elem;
use crate::check::Ctx;
use crate::model::Pack;
use crate::{line_of, Diags};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::fs;
use std::path::Path;
use toml::Spanned;

/// Messages a basis status needs beyond the app's own (`basis-read` … live in ui.ftl).
pub const BASIS_MESSAGES: &[&str] = &["basis-unchecked"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HostsFile {
    publisher: Vec<Publisher>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Publisher {
    name: Spanned<String>,
    hosts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdviceFile {
    #[serde(default)]
    warning: Vec<WarningEntry>,
}

/// One `[[warning]]` of `content/advice.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WarningEntry {
    pub id: Spanned<String>,
    pub situations: Vec<String>,
    pub items: Vec<String>,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub mentions: BTreeMap<String, Vec<String>>,
}

/// What this module adds to the compiled pack.
#[derive(Debug, Clone)]
pub struct Advice {
    pub warnings: Vec<WarningEntry>,
    /// Official publisher hosts, for tools and tests.
    pub official_hosts: Vec<String>,
}

/// The host of an http(s) URL, lowercased, without port or user info.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let auth = &rest[..end];
    let auth = auth.rsplit('@').next().unwrap_or(auth);
    let host = auth.split(':').next().unwrap_or(auth).to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether `host` is one of `official` or a sub-domain of one (`docstore.ohchr.org` → `ohchr.org`).
/// A look-alike such as `web.test.ohchr.un-icc.cloud` is not.
pub fn is_official(host: &str, official: &[String]) -> bool {
    official.iter().any(|h| host == h || host.ends_with(&format!(".{h}")))
}

fn is_day(s: &str) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    let num = |x: &str, n: usize| x.len() == n && x.bytes().all(|b| b.is_ascii_digit());
    matches!(p.as_slice(), [y, m, d] if num(y, 4) && num(m, 2) && num(d, 2)
        && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)) && (1..=31).contains(&d.parse::<u8>().unwrap_or(0)))
}

/// The words of a compiled message (all selector variants), for word searches.
fn plain(es: &[Elem], out: &mut String) {
    for e in es {
        match e {
            Elem::Text(t) => out.push_str(t),
            Elem::Select { variants, .. } => variants.iter().for_each(|(_, v)| plain(v, out)),
            _ => out.push(' '),
        }
    }
}

/// Check sources against the official hosts, basis statuses and `content/advice.toml`.
pub fn load(root: &Path, pack: &Pack) -> Result<Advice, Diags> {
    let mut cx = Ctx { root: root.to_path_buf(), diags: vec![] };
    let content = root.join("content");
    let hosts_path = content.join("official-hosts.toml");
    let advice_path = content.join("advice.toml");
    let sources_path = content.join("sources.toml");

    // ---- official hosts ------------------------------------------------------------------
    let mut official = vec![];
    if let Some((hf, hs)) = cx.read_toml::<HostsFile>(&hosts_path) {
        for p in &hf.publisher {
            let line = line_of(&hs, p.name.span().start);
            let e = format!("publisher \"{}\"", p.name.get_ref());
            if p.hosts.is_empty() {
                cx.err(&hosts_path, line, &e, "lists no host");
            }
            for h in &p.hosts {
                let ok = !h.is_empty()
                    && h.contains('.')
                    && h.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
                    && !h.starts_with('.')
                    && !h.ends_with('.');
                if !ok {
                    cx.err(&hosts_path, line, &e, format!("host \"{h}\" must be a bare domain in lowercase, like ohchr.org (no https://, no path)"));
                } else if official.contains(h) {
                    cx.err(&hosts_path, line, &e, format!("host \"{h}\" is listed twice"));
                } else {
                    official.push(h.clone());
                }
            }
        }
    }

    // ---- sources ---------------------------------------------------------------------------
    let sources_src = fs::read_to_string(&sources_path).unwrap_or_default();
    for s in &pack.sources {
        let line = line_of(&sources_src, s.id.span().start);
        let e = format!("source \"{}\"", s.id.get_ref());
        let reason = s.secondary_reason.as_deref().map(str::trim).filter(|r| !r.is_empty());
        if s.secondary_reason.is_some() && reason.is_none() {
            cx.err(&sources_path, line, &e, "secondary_reason is empty: say why a copy is linked instead of the publisher's page");
        }
        match (&s.url, host_of(s.url.as_deref().unwrap_or(""))) {
            (None, _) => {
                if reason.is_some() {
                    cx.err(&sources_path, line, &e, "has a secondary_reason but no url: remove the reason, or give the copy's url");
                }
            }
            (Some(u), None) => cx.err(&sources_path, line, &e, format!("url \"{u}\" has no host (it must start with http:// or https://)")),
            (Some(_), Some(host)) => {
                let off = is_official(&host, &official);
                if !off && reason.is_none() {
                    cx.err(
                        &sources_path,
                        line,
                        &e,
                        format!("url host \"{host}\" is not an official publisher (content/official-hosts.toml): link the publisher's own page, or say in secondary_reason why a copy is used"),
                    );
                }
                if off && reason.is_some() {
                    cx.err(&sources_path, line, &e, format!("has a secondary_reason but \"{host}\" is an official publisher: remove the reason"));
                }
            }
        }
        for r in &s.read {
            if host_of(&r.url).is_none() {
                cx.err(&sources_path, line, &e, format!("read url \"{}\" must start with http:// or https://", r.url));
            }
            if r.what.trim().is_empty() {
                cx.err(&sources_path, line, &e, format!("read \"{}\" does not say what was read (what = \"arts 31, 33\")", r.url));
            }
            if let Some(d) = &r.date {
                if !is_day(d) {
                    cx.err(&sources_path, line, &e, format!("read \"{}\": date \"{d}\" must be YYYY-MM-DD", r.url));
                }
            }
        }
    }

    // ---- messages every language needs for basis statuses ------------------------------------
    for loc in &pack.locales {
        for id in BASIS_MESSAGES {
            if !loc.messages.contains_key(*id) {
                cx.err(&root.join("locales").join(&loc.code), 0, "", format!("message \"{id}\" is missing (needed to label a basis status; see crates/contentc/src/check_sources.rs)"));
            }
        }
    }

    // ---- advice ----------------------------------------------------------------------------
    let mut warnings = vec![];
    if let Some((af, asrc)) = cx.read_toml::<AdviceFile>(&advice_path) {
        let situations: BTreeSet<&str> = pack.situations.iter().map(|x| x.id.get_ref().as_str()).collect();
        let items: BTreeSet<&str> = pack.rights.iter().map(|x| x.id.get_ref().as_str()).chain(pack.actions.iter().map(|x| x.id.get_ref().as_str())).collect();
        let actors: BTreeSet<&str> = pack.actors.iter().map(|x| x.id.get_ref().as_str()).collect();
        let mut seen = BTreeSet::new();
        for w in &af.warning {
            let id = w.id.get_ref();
            let line = line_of(&asrc, w.id.span().start);
            let e = format!("warning \"{id}\"");
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
                cx.err(&advice_path, line, &e, "id must be lowercase letters, digits and -");
            }
            if !seen.insert(id.clone()) {
                cx.err(&advice_path, line, &e, "id is used twice");
            }
            if w.situations.is_empty() {
                cx.err(&advice_path, line, &e, "names no situation: say when she needs this warning");
            }
            for s in &w.situations {
                if !situations.contains(s.as_str()) {
                    cx.err(&advice_path, line, &e, format!("situation \"{s}\" does not exist (situations are in content/situations.toml)"));
                }
            }
            if w.items.is_empty() && w.actors.is_empty() {
                cx.err(&advice_path, line, &e, "names no item and no actor: say which advice it goes with");
            }
            for i in &w.items {
                if !items.contains(i.as_str()) {
                    cx.err(&advice_path, line, &e, format!("item \"{i}\" is not a right or action (content/rights.toml, content/actions.toml)"));
                }
            }
            for a in &w.actors {
                if !actors.contains(a.as_str()) {
                    cx.err(&advice_path, line, &e, format!("actor \"{a}\" does not exist (actors are in content/actors.toml)"));
                }
            }
            for lang in w.mentions.keys() {
                if !pack.locales.iter().any(|l| &l.code == lang) {
                    cx.err(&advice_path, line, &e, format!("mentions: there is no language \"{lang}\" (locales/{lang})"));
                }
            }
            for loc in &pack.locales {
                for part in ["title", "woman", "official"] {
                    let mid = format!("warning-{id}-{part}");
                    if !loc.messages.contains_key(&mid) {
                        cx.err(&root.join("locales").join(&loc.code), 0, "", format!("message \"{mid}\" is missing (needed by warning \"{id}\" in content/advice.toml:{line})"));
                    }
                }
                // Every text that mentions the advice must carry the warning.
                let Some(words) = w.mentions.get(&loc.code) else { continue };
                for (mid, (msg, file, mline)) in &loc.messages {
                    let item = mid.strip_prefix("right-").or_else(|| mid.strip_prefix("action-")).and_then(|r| r.split('-').next());
                    let Some(item) = item.filter(|i| items.contains(i)) else { continue };
                    let mut text = String::new();
                    plain(&msg.elems, &mut text);
                    let lower = text.to_lowercase();
                    if let Some(word) = words.iter().find(|wd| lower.contains(&wd.to_lowercase())) {
                        if !w.items.iter().any(|i| i == item) {
                            cx.err(
                                &root.join(file),
                                *mline,
                                format!("message \"{mid}\""),
                                format!("mentions \"{word}\" but {item} is not in the items of warning \"{id}\" (content/advice.toml:{line}): add it there so she sees the warning"),
                            );
                        }
                    }
                }
            }
            warnings.push(w.clone());
        }
    }

    if cx.diags.is_empty() {
        Ok(Advice { warnings, official_hosts: official })
    } else {
        Err(Diags(cx.diags))
    }
}

/// Rust statics for `ruta_engine::advice` (appended to the generated pack).
pub fn generate(a: &Advice) -> String {
    let q = |v: &str| format!("{v:?}");
    let list = |v: &[String]| format!("&[{}]", v.iter().map(|x| q(x)).collect::<Vec<_>>().join(", "));
    let mut o = String::new();
    writeln!(o, "pub static WARNINGS: &[crate::advice::Warning] = &[").unwrap();
    for w in &a.warnings {
        writeln!(
            o,
            "  crate::advice::Warning {{ id: {}, situations: {}, items: {}, actors: {} }},",
            q(w.id.get_ref()),
            list(&w.situations),
            list(&w.items),
            list(&w.actors)
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    o
}
