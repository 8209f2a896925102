//! Where the law binds: `content/treaties.toml` (status of every cited instrument for every
//! country) and `content/deadlines.toml` (time limit, receiving office, border and detention
//! requests for asylum). Checked here and written out as statics of `ruta_engine::law` types.
//!
//! The rules an editor meets (each reported as `file:line: entry: problem`):
//! - every instrument has exactly one cell per country in `content/countries.toml`;
//! - every cell has a status valid for its kind, a `ref` to a source that was read and the date
//!   it was read; a cell with no source read must say `status = "unconfirmed"` and why (`note`);
//! - every source of kind "treaty" in `content/sources.toml` is linked to an instrument, so every
//!   legal-basis line can say where it binds;
//! - every country has a `[[deadline]]`; a fact marked "confirmed" has its source, how it was read
//!   and the date; an "unconfirmed" fact says why; the office's name exists in every language;
//! - the messages the law module uses exist in every language (`locales/<lang>/law.ftl`).

use crate::model::Pack;
use crate::{line_of, Diag, Diags};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub const READ: &[&str] = &["official", "official-copy", "derived", "secondary", "none"];
pub const TREATY_STATUS: &[&str] = &["party", "signed", "not-party", "unconfirmed"];
pub const DECLARATION_STATUS: &[&str] = &["incorporated", "endorsed", "not", "unconfirmed"];
pub const KINDS: &[&str] = &["treaty", "declaration"];
pub const FACT_STATUS: &[&str] = &["confirmed", "unconfirmed"];
pub const UNITS: &[&str] = &["working-days", "days", "months", "years", "none"];
pub const FROM: &[&str] = &["entry", "day-after-entry", "first-working-day-after-entry"];
pub const YES_NO: &[&str] = &["yes", "no"];

/// Messages `ruta_engine::law` formats; each must exist in every language.
pub const LAW_MESSAGES: &[&str] = &[
    "law-status-party",
    "law-status-party-noyear",
    "law-status-signed",
    "law-status-not-party",
    "law-status-incorporated",
    "law-status-endorsed",
    "law-status-not",
    "law-status-unconfirmed",
    "law-binds-where",
    "law-binds-nowhere",
    "law-declaration-where",
    "law-only-unaccepted",
    "law-deadline-title",
    "law-deadline-working-days",
    "law-deadline-days",
    "law-deadline-months",
    "law-deadline-years",
    "law-deadline-late",
    "law-deadline-unknown",
    "law-authority-label",
    "law-authority-unknown",
    "law-border-yes",
    "law-border-no",
    "law-detention-yes",
    "law-detention-no",
    "law-entry-label",
    "law-entry-privacy",
    "law-entry-invalid",
    "law-entry-future",
    "law-last-day",
    "law-last-day-passed",
    "law-caveat-working-days",
    "law-caveat-calendar",
    "law-source-label",
    "law-read-official",
    "law-read-official-copy",
    "law-read-derived",
    "law-read-secondary",
    "law-compare-title",
    "law-compare-intro",
    "law-compare-first",
    "law-compare-second",
    "law-compare-instruments",
    "law-compare-deadline",
    "law-compare-emergency",
    "law-compare-pick",
    "law-table-title",
    "law-date",
    "law-month-1",
    "law-month-2",
    "law-month-3",
    "law-month-4",
    "law-month-5",
    "law-month-6",
    "law-month-7",
    "law-month-8",
    "law-month-9",
    "law-month-10",
    "law-month-11",
    "law-month-12",
];

// ---- the data files' shapes ------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatiesFile {
    #[serde(rename = "ref", default)]
    pub refs: Vec<Ref>,
    #[serde(default)]
    pub instrument: Vec<Instrument>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ref {
    pub id: Spanned<String>,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    pub read: String,
    #[serde(default)]
    pub as_of: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    pub id: Spanned<String>,
    pub kind: String,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub cells: Vec<Cell>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub country: Spanned<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub year: Option<u16>,
    #[serde(rename = "ref", default)]
    pub reference: Option<String>,
    #[serde(default)]
    pub date_read: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlinesFile {
    #[serde(default)]
    pub deadline: Vec<Deadline>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub country: Spanned<String>,
    pub limit: Option<Fact>,
    pub authority: Option<Fact>,
    pub border: Option<Fact>,
    pub detention: Option<Fact>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub status: String,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub amount: Option<u32>,
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub read: Option<String>,
    #[serde(default)]
    pub date_read: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// The validated law data, ready for [`generate`].
#[derive(Debug)]
pub struct Law {
    pub treaties: TreatiesFile,
    pub deadlines: DeadlinesFile,
}

// ---- checks ------------------------------------------------------------------------------------

struct Cx {
    diags: Vec<Diag>,
}

impl Cx {
    fn err(&mut self, file: &str, line: usize, entry: impl Into<String>, message: impl Into<String>) {
        self.diags.push(Diag { file: PathBuf::from(file), line, entry: entry.into(), message: message.into() });
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    matches!((num(0..4), num(5..7), num(8..10)), (Some(y), Some(m), Some(d)) if (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

const TF: &str = "content/treaties.toml";
const DF: &str = "content/deadlines.toml";

fn read_toml<T: serde::de::DeserializeOwned>(cx: &mut Cx, root: &Path, rel: &str) -> Option<(T, String)> {
    let src = match fs::read_to_string(root.join(rel)) {
        Ok(s) => s,
        Err(e) => {
            cx.err(rel, 0, "", format!("cannot read the file: {e}"));
            return None;
        }
    };
    match crate::parse_toml::<T>(&src, Path::new(rel)) {
        Ok(v) => Some((v, src)),
        Err(d) => {
            cx.diags.push(d);
            None
        }
    }
}

/// Load and check both files against the already validated `pack` (countries, sources, locales).
pub fn load(root: &Path, pack: &Pack) -> Result<Law, Diags> {
    let mut cx = Cx { diags: vec![] };
    let treaties = read_toml::<TreatiesFile>(&mut cx, root, TF);
    let deadlines = read_toml::<DeadlinesFile>(&mut cx, root, DF);
    let (Some((treaties, ts)), Some((deadlines, ds))) = (treaties, deadlines) else {
        return Err(Diags(cx.diags));
    };
    let countries: Vec<String> = pack.countries.iter().map(|c| c.code.get_ref().clone()).collect();
    let messages = |id: &str| pack.locales.iter().filter(|l| !l.messages.contains_key(id)).map(|l| l.code.clone()).collect::<Vec<_>>();

    // refs
    let mut refs: BTreeMap<String, &Ref> = BTreeMap::new();
    for r in &treaties.refs {
        let line = line_of(&ts, r.id.span().start);
        let e = format!("ref \"{}\"", r.id.get_ref());
        if refs.insert(r.id.get_ref().clone(), r).is_some() {
            cx.err(TF, line, &e, "id is used twice");
        }
        if !READ.contains(&r.read.as_str()) {
            cx.err(TF, line, &e, format!("read \"{}\" is not one of {}", r.read, READ.join(", ")));
        }
        if r.title.trim().is_empty() {
            cx.err(TF, line, &e, "title is empty: say what was read (publisher, document, article)");
        }
        match (&r.url, r.read.as_str()) {
            (None, "none") => {}
            (Some(_), "none") => cx.err(TF, line, &e, "a ref with read = \"none\" must not have a url"),
            (None, _) => cx.err(TF, line, &e, "has no url: give the address where it was read"),
            (Some(u), _) if !is_url(u) => cx.err(TF, line, &e, "url must start with http:// or https://"),
            _ => {}
        }
        if let Some(a) = &r.as_of {
            if !is_date(a) {
                cx.err(TF, line, &e, "as_of must be a date YYYY-MM-DD");
            }
        }
    }

    // instruments and cells
    let source_ids: BTreeSet<&str> = pack.sources.iter().map(|s| s.id.get_ref().as_str()).collect();
    let mut seen_ids = BTreeSet::new();
    let mut linked: BTreeSet<&str> = BTreeSet::new();
    for ins in &treaties.instrument {
        let iline = line_of(&ts, ins.id.span().start);
        let id = ins.id.get_ref();
        let e = format!("instrument \"{id}\"");
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-') {
            cx.err(TF, iline, &e, "id must be capital letters, digits and -");
        }
        if !seen_ids.insert(id.clone()) {
            cx.err(TF, iline, &e, "id is used twice");
        }
        let statuses = match ins.kind.as_str() {
            "treaty" => TREATY_STATUS,
            "declaration" => DECLARATION_STATUS,
            k => {
                cx.err(TF, iline, &e, format!("kind \"{k}\" is not one of {}", KINDS.join(", ")));
                TREATY_STATUS
            }
        };
        for s in &ins.sources {
            if !source_ids.contains(s.as_str()) {
                cx.err(TF, iline, &e, format!("source \"{s}\" does not exist (sources are in content/sources.toml)"));
            }
            linked.insert(s.as_str());
        }
        let missing = messages(&format!("law-instrument-{id}"));
        if !missing.is_empty() {
            cx.err(TF, iline, &e, format!("message \"law-instrument-{id}\" (its short name) is missing in locales/{{{}}}/law.ftl", missing.join(",")));
        }
        let mut covered = BTreeSet::new();
        for c in &ins.cells {
            let cline = line_of(&ts, c.country.span().start);
            let cc = c.country.get_ref();
            let ce = format!("instrument \"{id}\", country \"{cc}\"");
            if !countries.contains(cc) {
                cx.err(TF, cline, &ce, "is not a country in content/countries.toml");
            }
            if !covered.insert(cc.clone()) {
                cx.err(TF, cline, &ce, "has two cells");
            }
            let status = match &c.status {
                None => {
                    cx.err(TF, cline, &ce, format!("has no status (one of {})", statuses.join(", ")));
                    ""
                }
                Some(s) if !statuses.contains(&s.as_str()) => {
                    cx.err(TF, cline, &ce, format!("status \"{s}\" is not one of {} (kind {})", statuses.join(", "), ins.kind));
                    ""
                }
                Some(s) => s.as_str(),
            };
            match &c.reference {
                None => cx.err(TF, cline, &ce, "has no source: add ref = \"<id of a [[ref]]>\" (or ref = \"none\" with status \"unconfirmed\")"),
                Some(r) => match refs.get(r.as_str()) {
                    None => cx.err(TF, cline, &ce, format!("ref \"{r}\" does not exist (add a [[ref]] at the top of the file)")),
                    Some(rf) if rf.read == "none" && status != "unconfirmed" && !status.is_empty() => {
                        cx.err(TF, cline, &ce, format!("status \"{status}\" needs a source that was read; with ref \"{r}\" the status must be \"unconfirmed\""))
                    }
                    _ => {}
                },
            }
            match &c.date_read {
                None => cx.err(TF, cline, &ce, "has no date_read (YYYY-MM-DD: when the source was read)"),
                Some(d) if !is_date(d) => cx.err(TF, cline, &ce, "date_read must be a date YYYY-MM-DD"),
                _ => {}
            }
            if status == "unconfirmed" && c.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                cx.err(TF, cline, &ce, "is unconfirmed: add a note saying what was found and what is left to check");
            }
            if let Some(y) = c.year {
                if !(1945..=2100).contains(&y) {
                    cx.err(TF, cline, &ce, format!("year {y} is not plausible"));
                }
                if matches!(status, "signed" | "not-party" | "unconfirmed") {
                    cx.err(TF, cline, &ce, format!("a year is given but the status is \"{status}\" (the year is when the country became bound)"));
                }
            }
        }
        for cc in &countries {
            if !covered.contains(cc) {
                cx.err(TF, iline, &e, format!("has no cell for country \"{cc}\" (every instrument needs all {} countries)", countries.len()));
            }
        }
    }
    for s in &pack.sources {
        if s.kind == "treaty" && !linked.contains(s.id.get_ref().as_str()) {
            cx.err(TF, 0, format!("source \"{}\"", s.id.get_ref()), "is a treaty cited as a legal basis but no [[instrument]] lists it in `sources`: its status per country is unknown");
        }
    }

    // deadlines
    let mut dcovered = BTreeSet::new();
    for d in &deadlines.deadline {
        let line = line_of(&ds, d.country.span().start);
        let cc = d.country.get_ref();
        let e = format!("deadline \"{cc}\"");
        if !countries.contains(cc) {
            cx.err(DF, line, &e, "is not a country in content/countries.toml");
        }
        if !dcovered.insert(cc.clone()) {
            cx.err(DF, line, &e, "is listed twice");
        }
        for (name, fact) in [("limit", &d.limit), ("authority", &d.authority), ("border", &d.border), ("detention", &d.detention)] {
            let fe = format!("{e}, {name}");
            let Some(f) = fact else {
                cx.err(DF, line, &fe, format!("is missing: add [deadline.{name}] with status \"confirmed\" or \"unconfirmed\""));
                continue;
            };
            check_fact(&mut cx, line, &fe, name, f, &messages);
        }
    }
    for cc in &countries {
        if !dcovered.contains(cc) {
            cx.err(DF, 0, format!("country \"{cc}\""), "has no [[deadline]] (add one; facts not confirmed are marked \"unconfirmed\")");
        }
    }

    // messages the engine formats
    for id in LAW_MESSAGES {
        let missing = messages(id);
        if !missing.is_empty() {
            cx.err("locales", 0, format!("message \"{id}\""), format!("is missing in {} (law.ftl; used by crates/engine/src/law.rs)", missing.join(", ")));
        }
    }

    if cx.diags.is_empty() {
        Ok(Law { treaties, deadlines })
    } else {
        Err(Diags(cx.diags))
    }
}

fn check_fact(cx: &mut Cx, line: usize, e: &str, name: &str, f: &Fact, missing_in: &dyn Fn(&str) -> Vec<String>) {
    if !FACT_STATUS.contains(&f.status.as_str()) {
        cx.err(DF, line, e, format!("status \"{}\" is not one of {}", f.status, FACT_STATUS.join(", ")));
        return;
    }
    if f.status == "unconfirmed" {
        if f.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            cx.err(DF, line, e, "is unconfirmed: add a note saying what was found");
        }
        return;
    }
    // confirmed: a source read, how, and when
    if f.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
        cx.err(DF, line, e, "is confirmed but has no source (name the law/article or page read)");
    }
    match &f.url {
        None => cx.err(DF, line, e, "is confirmed but has no url (where the source was read)"),
        Some(u) if !is_url(u) => cx.err(DF, line, e, "url must start with http:// or https://"),
        _ => {}
    }
    match f.read.as_deref() {
        None => cx.err(DF, line, e, "is confirmed but has no read (official, official-copy or secondary)"),
        Some("none") | Some("derived") => cx.err(DF, line, e, "read must be official, official-copy or secondary"),
        Some(r) if !READ.contains(&r) => cx.err(DF, line, e, format!("read \"{r}\" is not one of official, official-copy, secondary")),
        _ => {}
    }
    match &f.date_read {
        None => cx.err(DF, line, e, "is confirmed but has no date_read (YYYY-MM-DD)"),
        Some(d) if !is_date(d) => cx.err(DF, line, e, "date_read must be a date YYYY-MM-DD"),
        _ => {}
    }
    match name {
        "limit" => {
            match f.unit.as_deref() {
                None => cx.err(DF, line, e, format!("has no unit ({})", UNITS.join(", "))),
                Some(u) if !UNITS.contains(&u) => cx.err(DF, line, e, format!("unit \"{u}\" is not one of {}", UNITS.join(", "))),
                Some("none") => {
                    if f.amount.is_some() {
                        cx.err(DF, line, e, "unit \"none\" (no time limit) takes no amount");
                    }
                }
                Some(_) => {
                    match f.amount {
                        None | Some(0) => cx.err(DF, line, e, "has no amount (how many units)"),
                        Some(a) if a > 3650 => cx.err(DF, line, e, format!("amount {a} is not plausible")),
                        _ => {}
                    }
                    match f.from.as_deref() {
                        None => cx.err(DF, line, e, format!("has no from ({}): when does counting start?", FROM.join(", "))),
                        Some(x) if !FROM.contains(&x) => cx.err(DF, line, e, format!("from \"{x}\" is not one of {}", FROM.join(", "))),
                        _ => {}
                    }
                }
            }
        }
        "authority" => match f.message.as_deref() {
            None => cx.err(DF, line, e, "has no message (the id of the office's name in law.ftl, e.g. law-authority-MX)"),
            Some(m) => {
                let missing = missing_in(m);
                if !missing.is_empty() {
                    cx.err(DF, line, e, format!("message \"{m}\" is missing in {}", missing.join(", ")));
                }
            }
        },
        _ => match f.value.as_deref() {
            None => cx.err(DF, line, e, "has no value (yes or no)"),
            Some(v) if !YES_NO.contains(&v) => cx.err(DF, line, e, format!("value \"{v}\" is not yes or no")),
            _ => {}
        },
    }
}

// ---- code generation ---------------------------------------------------------------------------

fn s(v: &str) -> String {
    format!("{v:?}")
}

fn opt(v: &Option<String>) -> String {
    match v {
        Some(x) => format!("Some({})", s(x)),
        None => "None".into(),
    }
}

fn variant(v: &str) -> String {
    v.split('-').map(|w| {
        let mut c = w.chars();
        c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
    }).collect()
}

fn fact(f: &Fact) -> String {
    let status = if f.status == "confirmed" { "Confirmed" } else { "Unconfirmed" };
    let read = f.read.as_deref().map(variant).unwrap_or_else(|| "None".into());
    format!(
        "L::Fact {{ status: L::FactStatus::{status}, unit: {}, amount: {}, from: {}, message: {}, value: {}, source: {}, url: {}, read: L::Read::{read}, date_read: {} }}",
        f.unit.as_deref().map(|u| format!("Some(L::Unit::{})", variant(u))).unwrap_or_else(|| "None".into()),
        f.amount.unwrap_or(0),
        f.from.as_deref().map(|u| format!("Some(L::CountFrom::{})", variant(u))).unwrap_or_else(|| "None".into()),
        opt(&f.message),
        f.value.as_deref().map(|v| (v == "yes").to_string()).map(|b| format!("Some({b})")).unwrap_or_else(|| "None".into()),
        opt(&f.source),
        opt(&f.url),
        opt(&f.date_read),
    )
}

/// Rust statics of `ruta_engine::law` types, appended to the generated pack.
pub fn generate(law: &Law) -> String {
    let mut o = String::new();
    let w = &mut o;
    writeln!(w, "// @generated by ruta-contentc (check_law.rs) from content/treaties.toml and content/deadlines.toml.").unwrap();
    writeln!(w, "#[allow(unused_imports)] use crate::law as L;").unwrap();
    writeln!(w, "pub static LAW_REFS: &[L::Ref] = &[").unwrap();
    for r in &law.treaties.refs {
        writeln!(w, "  L::Ref {{ id: {}, title: {}, url: {}, read: L::Read::{}, as_of: {} }},", s(r.id.get_ref()), s(&r.title), opt(&r.url), variant(&r.read), opt(&r.as_of)).unwrap();
    }
    writeln!(w, "];\npub static INSTRUMENTS: &[L::Instrument] = &[").unwrap();
    for i in &law.treaties.instrument {
        let kind = variant(&i.kind);
        let sources: Vec<String> = i.sources.iter().map(|x| s(x)).collect();
        writeln!(w, "  L::Instrument {{ id: {}, kind: L::Kind::{kind}, sources: &[{}], cells: &[", s(i.id.get_ref()), sources.join(", ")).unwrap();
        for c in &i.cells {
            let year = c.year.map(|y| format!("Some({y})")).unwrap_or_else(|| "None".into());
            writeln!(
                w,
                "    L::Cell {{ country: {}, status: L::Status::{}, year: {year}, reference: {}, date_read: {} }},",
                s(c.country.get_ref()),
                variant(c.status.as_deref().unwrap_or("unconfirmed")),
                s(c.reference.as_deref().unwrap_or("none")),
                s(c.date_read.as_deref().unwrap_or(""))
            )
            .unwrap();
        }
        writeln!(w, "  ] }},").unwrap();
    }
    writeln!(w, "];\npub static DEADLINES: &[L::Deadline] = &[").unwrap();
    let empty = Fact { status: "unconfirmed".into(), ..Default::default() };
    for d in &law.deadlines.deadline {
        writeln!(
            w,
            "  L::Deadline {{ country: {}, limit: {}, authority: {}, border: {}, detention: {} }},",
            s(d.country.get_ref()),
            fact(d.limit.as_ref().unwrap_or(&empty)),
            fact(d.authority.as_ref().unwrap_or(&empty)),
            fact(d.border.as_ref().unwrap_or(&empty)),
            fact(d.detention.as_ref().unwrap_or(&empty)),
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
    o
}
