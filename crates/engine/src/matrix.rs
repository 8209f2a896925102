//! The follow-up matrix (issue 17): entries that member countries report on the protection and
//! assistance of migrant women — legal novelties, progress, good practices, success cases,
//! research, campaigns, events — each tied to a Guidelines area (a principle, an approach or a
//! phase of the content pack).
//!
//! Pure: entries live in the app's memory; this module validates them, writes them as CSV
//! (UTF-8 with a byte-order mark so spreadsheet programs read accents right, RFC 4180 quoting,
//! CRLF) and JSON, reads several such files back (CSV through `csv-core`, JSON through
//! `serde_json`), merges them with what is already entered, and summarises the region: entries
//! per country × area and per country × kind, and the areas with no entry.
//!
//! A bad file is refused with errors that name the file, the row and the field; the entries of
//! the good files are merged and nothing already entered is lost.

use crate::data::{APPROACHES, COUNTRIES, PHASES, PRINCIPLES};
use std::collections::BTreeMap;

/// What an entry reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    LegalNovelty,
    Progress,
    GoodPractice,
    SuccessCase,
    Research,
    Campaign,
    Event,
}

impl EntryKind {
    pub const ALL: [EntryKind; 7] =
        [EntryKind::LegalNovelty, EntryKind::Progress, EntryKind::GoodPractice, EntryKind::SuccessCase, EntryKind::Research, EntryKind::Campaign, EntryKind::Event];
    /// The value in files and the suffix of its message (`matrix-kind-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            EntryKind::LegalNovelty => "legal-novelty",
            EntryKind::Progress => "progress",
            EntryKind::GoodPractice => "good-practice",
            EntryKind::SuccessCase => "success-case",
            EntryKind::Research => "research",
            EntryKind::Campaign => "campaign",
            EntryKind::Event => "event",
        }
    }
    pub fn from_id(s: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// Which part of the Guidelines an area id belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AreaKind {
    Principle,
    Approach,
    Phase,
}

/// A Guidelines area: a principle (`P1`…), an approach (`E1`…) or a phase (`transit`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Area {
    pub kind: AreaKind,
    pub id: &'static str,
}

impl Area {
    /// The message that names it (`principle-P1`, `approach-E1`, `phase-transit`).
    pub fn message(self) -> String {
        match self.kind {
            AreaKind::Principle => format!("principle-{}", self.id),
            AreaKind::Approach => format!("approach-{}", self.id),
            AreaKind::Phase => format!("phase-{}", self.id),
        }
    }
}

/// Every area of the pack: principles, approaches, then phases, in content order.
pub fn areas() -> Vec<Area> {
    let mut v: Vec<Area> = PRINCIPLES.iter().map(|p| Area { kind: AreaKind::Principle, id: p.id }).collect();
    v.extend(APPROACHES.iter().map(|a| Area { kind: AreaKind::Approach, id: a }));
    v.extend(PHASES.iter().map(|p| Area { kind: AreaKind::Phase, id: p.id }));
    v
}

pub fn area(id: &str) -> Option<Area> {
    let id = id.trim();
    areas().into_iter().find(|a| a.id.eq_ignore_ascii_case(id))
}

/// One entry of the matrix (validated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// A country code of the pack (`MX`).
    pub country: &'static str,
    pub area: Area,
    pub kind: EntryKind,
    pub title: String,
    pub description: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub institution: String,
    /// Empty, or an `http(s)://` address.
    pub link: String,
}

/// The fields of an entry, in file column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Country,
    Area,
    Kind,
    Title,
    Description,
    Date,
    Institution,
    Link,
}

impl Field {
    pub const ALL: [Field; 8] = [Field::Country, Field::Area, Field::Kind, Field::Title, Field::Description, Field::Date, Field::Institution, Field::Link];
    /// The column name in CSV and the key in JSON (also the suffix of `matrix-field-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Field::Country => "country",
            Field::Area => "area",
            Field::Kind => "kind",
            Field::Title => "title",
            Field::Description => "description",
            Field::Date => "date",
            Field::Institution => "institution",
            Field::Link => "link",
        }
    }
    pub fn from_id(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id().eq_ignore_ascii_case(s.trim()))
    }
    /// The longest value accepted, in characters.
    pub fn max_len(self) -> usize {
        match self {
            Field::Description => 4000,
            Field::Link => 500,
            Field::Title | Field::Institution => 300,
            _ => 40,
        }
    }
}

/// What is wrong with a value (the suffix of its message `matrix-problem-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Missing,
    UnknownCountry,
    UnknownArea,
    UnknownKind,
    BadDate,
    BadLink,
    TooLong,
    /// A column or key Ruta does not know (the field is then named in `detail`).
    UnknownField,
    /// The file is not CSV or JSON as exported by Ruta (bad quoting, not an array …).
    Unreadable,
    /// The file is larger than [`MAX_FILE_BYTES`] or has more than [`MAX_ROWS`] entries.
    TooBig,
}

impl Problem {
    pub fn id(self) -> &'static str {
        match self {
            Problem::Missing => "missing",
            Problem::UnknownCountry => "unknown-country",
            Problem::UnknownArea => "unknown-area",
            Problem::UnknownKind => "unknown-kind",
            Problem::BadDate => "bad-date",
            Problem::BadLink => "bad-link",
            Problem::TooLong => "too-long",
            Problem::UnknownField => "unknown-field",
            Problem::Unreadable => "unreadable",
            Problem::TooBig => "too-big",
        }
    }
}

/// A problem with one value of one entry (the form shows it next to the field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// The unvalidated text of the eight fields (a form, a CSV row, a JSON object).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub country: String,
    pub area: String,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub date: String,
    pub institution: String,
    pub link: String,
}

impl Draft {
    pub fn get(&self, f: Field) -> &str {
        match f {
            Field::Country => &self.country,
            Field::Area => &self.area,
            Field::Kind => &self.kind,
            Field::Title => &self.title,
            Field::Description => &self.description,
            Field::Date => &self.date,
            Field::Institution => &self.institution,
            Field::Link => &self.link,
        }
    }
    pub fn set(&mut self, f: Field, v: String) {
        *match f {
            Field::Country => &mut self.country,
            Field::Area => &mut self.area,
            Field::Kind => &mut self.kind,
            Field::Title => &mut self.title,
            Field::Description => &mut self.description,
            Field::Date => &mut self.date,
            Field::Institution => &mut self.institution,
            Field::Link => &mut self.link,
        } = v;
    }
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real day, years 1900–2100.
pub fn valid_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, n: usize| (p.len() == n && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok()).flatten();
    let Some(y) = parts.first().and_then(|p| num(p, 4)) else { return false };
    if !(1900..=2100).contains(&y) || parts.len() > 3 {
        return false;
    }
    let Some(m) = parts.get(1).map(|p| num(p, 2)) else { return true };
    let Some(m) = m.filter(|m| (1..=12).contains(m)) else { return false };
    match parts.get(2).map(|p| num(p, 2)) {
        None => true,
        Some(Some(d)) => d >= 1 && d <= days_in(y, m),
        Some(None) => false,
    }
}

/// An `http://` or `https://` address with a host and no spaces or control characters.
pub fn valid_link(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && host.contains('.') && !s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    })
}

/// Check a draft. Text fields are trimmed; codes are matched without regard to case.
pub fn validate(d: &Draft) -> Result<Entry, Vec<FieldError>> {
    let mut errs: Vec<FieldError> = vec![];
    fn err(errs: &mut Vec<FieldError>, field: Field, problem: Problem) {
        if !errs.iter().any(|e| e.field == field) {
            errs.push(FieldError { field, problem });
        }
    }
    for f in Field::ALL {
        let v = d.get(f).trim();
        if v.is_empty() && f != Field::Link {
            err(&mut errs, f, Problem::Missing);
        } else if v.chars().count() > f.max_len() {
            err(&mut errs, f, Problem::TooLong);
        }
    }
    let country = COUNTRIES.iter().copied().find(|c| c.eq_ignore_ascii_case(d.country.trim()));
    if country.is_none() {
        err(&mut errs, Field::Country, Problem::UnknownCountry);
    }
    let ar = area(&d.area);
    if ar.is_none() {
        err(&mut errs, Field::Area, Problem::UnknownArea);
    }
    let kind = EntryKind::from_id(&d.kind);
    if kind.is_none() {
        err(&mut errs, Field::Kind, Problem::UnknownKind);
    }
    let date = d.date.trim();
    if !valid_date(date) {
        err(&mut errs, Field::Date, Problem::BadDate);
    }
    let link = d.link.trim();
    if !link.is_empty() && !valid_link(link) {
        err(&mut errs, Field::Link, Problem::BadLink);
    }
    match (country, ar, kind, errs.is_empty()) {
        (Some(country), Some(area), Some(kind), true) => Ok(Entry {
            country,
            area,
            kind,
            title: d.title.trim().into(),
            description: d.description.trim().into(),
            date: date.into(),
            institution: d.institution.trim().into(),
            link: link.into(),
        }),
        _ => Err(errs),
    }
}

impl Entry {
    pub fn value(&self, f: Field) -> &str {
        match f {
            Field::Country => self.country,
            Field::Area => self.area.id,
            Field::Kind => self.kind.id(),
            Field::Title => &self.title,
            Field::Description => &self.description,
            Field::Date => &self.date,
            Field::Institution => &self.institution,
            Field::Link => &self.link,
        }
    }
}

// ---- export ---------------------------------------------------------------------------------

const BOM: &str = "\u{feff}";

/// A value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
/// leading `'` in CSV (OWASP's advice against CSV injection); so does a value that already starts
/// with `'` and one of those, so that reading removes exactly the one `'` writing added.
fn defuse(v: &str) -> String {
    let trigger = |c: char| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r');
    let mut cs = v.chars();
    match (cs.next(), cs.next()) {
        (Some(c), _) if trigger(c) => format!("'{v}"),
        (Some('\''), Some(c)) if trigger(c) => format!("'{v}"),
        _ => v.to_owned(),
    }
}

fn undefuse(v: &str) -> &str {
    let trigger = |c: char| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r');
    match v.strip_prefix('\'') {
        Some(rest) if rest.chars().next().is_some_and(trigger) || (rest.starts_with('\'') && rest[1..].chars().next().is_some_and(trigger)) => rest,
        _ => v,
    }
}

/// RFC 4180: quote a field that holds a comma, a quote, CR or LF (or starts/ends with a space);
/// double the quotes inside.
fn csv_field(v: &str, out: &mut String) {
    if v.contains([',', '"', '\r', '\n']) || v.starts_with(' ') || v.ends_with(' ') {
        out.push('"');
        out.push_str(&v.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(v);
    }
}

/// The entries as CSV: BOM, a header row of field ids, one row per entry, CRLF line ends.
pub fn to_csv(entries: &[Entry]) -> String {
    let mut o = String::from(BOM);
    o.push_str(&Field::ALL.map(Field::id).join(","));
    o.push_str("\r\n");
    for e in entries {
        for (i, f) in Field::ALL.into_iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            csv_field(&defuse(e.value(f)), &mut o);
        }
        o.push_str("\r\n");
    }
    o
}

/// The entries as JSON: `{"format": "ruta-follow-up-matrix", "version": 1, "entries": [...]}`,
/// one entry per line (each entry an object printed by miniserde, keys in alphabetical order).
pub fn to_json(entries: &[Entry]) -> String {
    use miniserde::json::{to_string, Object, Value};
    let list: Vec<String> = entries
        .iter()
        .map(|e| {
            let mut m = Object::new();
            for f in Field::ALL {
                m.insert(f.id().into(), Value::String(e.value(f).into()));
            }
            to_string(&Value::Object(m))
        })
        .collect();
    let sep = if list.is_empty() { "" } else { "\n  " };
    format!("{{\n \"entries\": [{sep}{}\n ],\n \"format\": {},\n \"version\": 1\n}}\n", list.join(",\n  "), to_string(FORMAT))
}

pub const FORMAT: &str = "ruta-follow-up-matrix";

// ---- import ---------------------------------------------------------------------------------

pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
pub const MAX_ROWS: usize = 5000;
/// At most this many errors are kept per file (the file is refused anyway).
pub const MAX_ERRORS: usize = 20;

/// Why (part of) a file was refused. `row` is the entry's number in the file (1 = the first entry;
/// in CSV the header is not counted, so row n is on line n + 1 when no value spans lines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    pub row: Option<usize>,
    pub field: Option<Field>,
    pub problem: Problem,
    /// The unknown column or key, or the parser's own words for an unreadable file.
    pub detail: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(r) = self.row {
            write!(f, ": row {r}")?;
        }
        if let Some(fl) = self.field {
            write!(f, ": {}", fl.id())?;
        }
        write!(f, ": {}", self.problem.id())?;
        if !self.detail.is_empty() {
            write!(f, " ({})", self.detail)?;
        }
        Ok(())
    }
}

/// What an import gives: the merged entries (what was there first, then new entries of the good
/// files, without duplicates), how many were added, and the errors of the refused files.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Imported {
    pub entries: Vec<Entry>,
    pub added: usize,
    pub duplicates: usize,
    pub files_read: Vec<String>,
    pub errors: Vec<ImportError>,
}

/// Read several files (name, bytes) — CSV or JSON, told apart by their first character — and merge
/// their entries into `existing`. A file with any error adds nothing (all its errors are
/// reported); other files are still merged, and `existing` is always kept whole.
pub fn import(existing: &[Entry], files: &[(String, Vec<u8>)]) -> Imported {
    let mut out = Imported { entries: existing.to_vec(), ..Default::default() };
    for (name, bytes) in files {
        match read_file(name, bytes) {
            Ok(entries) => {
                for e in entries {
                    if out.entries.contains(&e) {
                        out.duplicates += 1;
                    } else {
                        out.entries.push(e);
                        out.added += 1;
                    }
                }
                out.files_read.push(name.clone());
            }
            Err(errs) => out.errors.extend(errs),
        }
    }
    out
}

/// The entries of one file, or every problem found in it (at most [`MAX_ERRORS`]).
pub fn read_file(name: &str, bytes: &[u8]) -> Result<Vec<Entry>, Vec<ImportError>> {
    let whole = |problem, detail: String| vec![ImportError { file: name.into(), row: None, field: None, problem, detail }];
    if bytes.len() > MAX_FILE_BYTES {
        return Err(whole(Problem::TooBig, format!("{} bytes", bytes.len())));
    }
    let Ok(text) = std::str::from_utf8(bytes) else { return Err(whole(Problem::Unreadable, "not UTF-8 text".into())) };
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let drafts = match text.trim_start().chars().next() {
        None => return Err(whole(Problem::Unreadable, "empty file".into())),
        Some('[' | '{') => drafts_from_json(name, text)?,
        Some(_) => drafts_from_csv(name, text)?,
    };
    if drafts.len() > MAX_ROWS {
        return Err(whole(Problem::TooBig, format!("{} entries", drafts.len())));
    }
    let mut entries = vec![];
    let mut errs = vec![];
    for (i, d) in drafts.iter().enumerate() {
        match validate(d) {
            Ok(e) => entries.push(e),
            Err(fe) => errs.extend(fe.into_iter().map(|e| ImportError { file: name.into(), row: Some(i + 1), field: Some(e.field), problem: e.problem, detail: String::new() })),
        }
        if errs.len() >= MAX_ERRORS {
            break;
        }
    }
    if errs.is_empty() {
        Ok(entries)
    } else {
        errs.truncate(MAX_ERRORS);
        Err(errs)
    }
}

/// CSV records with `csv-core` (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
fn csv_records(text: &str) -> Result<Vec<Vec<String>>, String> {
    use csv_core::{ReadFieldResult, Reader};
    let mut rdr = Reader::new();
    let mut input = text.as_bytes();
    let mut rows: Vec<Vec<String>> = vec![];
    let mut row: Vec<String> = vec![];
    let mut field: Vec<u8> = vec![];
    let mut buf = [0u8; 4096];
    // All the input is given at once; after `InputEmpty` the next call gets an empty slice,
    // which tells the reader the input has ended.
    loop {
        let (res, nin, nout) = rdr.read_field(input, &mut buf);
        input = &input[nin..];
        field.extend_from_slice(&buf[..nout]);
        match res {
            ReadFieldResult::InputEmpty | ReadFieldResult::OutputFull => {}
            ReadFieldResult::Field { record_end } => {
                row.push(String::from_utf8(std::mem::take(&mut field)).map_err(|_| "not UTF-8")?);
                if record_end {
                    rows.push(std::mem::take(&mut row));
                }
                if rows.len() > MAX_ROWS + 1 {
                    break;
                }
            }
            ReadFieldResult::End => break,
        }
    }
    if !row.is_empty() {
        rows.push(row);
    }
    // Blank lines are not rows.
    rows.retain(|r| !(r.len() == 1 && r[0].trim().is_empty()));
    Ok(rows)
}

fn drafts_from_csv(name: &str, text: &str) -> Result<Vec<Draft>, Vec<ImportError>> {
    let e = |row, field, problem, detail: String| ImportError { file: name.into(), row, field, problem, detail };
    let rows = csv_records(text).map_err(|d| vec![e(None, None, Problem::Unreadable, d)])?;
    let Some((header, body)) = rows.split_first() else { return Err(vec![e(None, None, Problem::Unreadable, "no header row".into())]) };
    let mut cols: Vec<Field> = vec![];
    let mut errs = vec![];
    for h in header {
        match Field::from_id(h) {
            Some(f) if !cols.contains(&f) => cols.push(f),
            _ => errs.push(e(None, None, Problem::UnknownField, h.chars().take(40).collect())),
        }
    }
    for f in Field::ALL.into_iter().filter(|f| *f != Field::Link && !cols.contains(f)) {
        errs.push(e(None, Some(f), Problem::Missing, "column".into()));
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let mut drafts = vec![];
    for (i, r) in body.iter().enumerate() {
        if r.len() > cols.len() {
            errs.push(e(Some(i + 1), None, Problem::Unreadable, format!("{} values for {} columns", r.len(), cols.len())));
            continue;
        }
        let mut d = Draft::default();
        for (f, v) in cols.iter().zip(r) {
            d.set(*f, undefuse(v).to_owned());
        }
        drafts.push(d);
    }
    if errs.is_empty() {
        Ok(drafts)
    } else {
        errs.truncate(MAX_ERRORS);
        Err(errs)
    }
}

fn drafts_from_json(name: &str, text: &str) -> Result<Vec<Draft>, Vec<ImportError>> {
    use miniserde::json::Value;
    let e = |row, field, problem, detail: String| ImportError { file: name.into(), row, field, problem, detail };
    // miniserde's error carries no position: the detail says what kind of file was expected.
    let v: Value = miniserde::json::from_str(text).map_err(|_| vec![e(None, None, Problem::Unreadable, "not valid JSON".into())])?;
    let list = match &v {
        Value::Array(a) => a,
        Value::Object(o) => match o.get("entries") {
            Some(Value::Array(a)) => a,
            _ => return Err(vec![e(None, None, Problem::Unreadable, "no \"entries\" list".into())]),
        },
        _ => return Err(vec![e(None, None, Problem::Unreadable, "not a list of entries".into())]),
    };
    let mut drafts = vec![];
    let mut errs = vec![];
    for (i, item) in list.iter().enumerate() {
        let Value::Object(o) = item else {
            errs.push(e(Some(i + 1), None, Problem::Unreadable, "not an object".into()));
            continue;
        };
        let mut d = Draft::default();
        for (k, val) in o.iter() {
            match (Field::from_id(k), val) {
                (Some(f), Value::String(s)) => d.set(f, s.clone()),
                (Some(_), Value::Null) => {}
                (Some(f), _) => errs.push(e(Some(i + 1), Some(f), Problem::Unreadable, "not text".into())),
                (None, _) => errs.push(e(Some(i + 1), None, Problem::UnknownField, k.chars().take(40).collect())),
            }
        }
        drafts.push(d);
        if errs.len() >= MAX_ERRORS || drafts.len() > MAX_ROWS {
            break;
        }
    }
    if errs.is_empty() {
        Ok(drafts)
    } else {
        Err(errs)
    }
}

// ---- the regional summary --------------------------------------------------------------------

/// Entries per country × area and country × kind, and the areas no entry covers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    pub total: usize,
    /// Countries with at least one entry, in the pack's order.
    pub countries: Vec<&'static str>,
    pub by_area: BTreeMap<(&'static str, Area), usize>,
    pub by_kind: BTreeMap<(&'static str, EntryKind), usize>,
    /// Areas (principles, approaches, phases) with no entry from any country, in content order.
    pub empty_areas: Vec<Area>,
}

impl Summary {
    pub fn area_count(&self, country: &str, area: Area) -> usize {
        self.by_area.iter().filter(|((c, a), _)| *c == country && *a == area).map(|(_, n)| n).sum()
    }
    pub fn kind_count(&self, country: &str, kind: EntryKind) -> usize {
        self.by_kind.iter().filter(|((c, k), _)| *c == country && *k == kind).map(|(_, n)| n).sum()
    }
    pub fn area_total(&self, area: Area) -> usize {
        self.by_area.iter().filter(|((_, a), _)| *a == area).map(|(_, n)| n).sum()
    }
}

pub fn summary(entries: &[Entry]) -> Summary {
    let mut s = Summary { total: entries.len(), ..Default::default() };
    for e in entries {
        *s.by_area.entry((e.country, e.area)).or_default() += 1;
        *s.by_kind.entry((e.country, e.kind)).or_default() += 1;
    }
    s.countries = COUNTRIES.iter().copied().filter(|c| entries.iter().any(|e| e.country == *c)).collect();
    s.empty_areas = areas().into_iter().filter(|a| !entries.iter().any(|e| e.area == *a)).collect();
    s
}
