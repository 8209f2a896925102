//! The shapes of the data files (see `docs/CONTENT.md`). Unknown keys are errors, so a typo in a
//! field name is reported instead of silently ignored.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use toml::Spanned;

pub type Id = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    /// Date (YYYY-MM-DD) up to which the pack's information was checked.
    pub as_of: String,
    /// The language used when a message or the visitor's language is missing.
    pub default_language: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub id: Id,
    pub code: String,
    pub icon: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub id: Id,
    pub code: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: Id,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: Id,
    pub tag: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approach {
    pub id: Id,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: Id,
    pub page: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: Id,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Id,
    pub kind: String,
    #[serde(default)]
    pub url: Option<String>,
    /// Why `url` is not on an official publisher's site (content/official-hosts.toml); checked
    /// by check_sources.rs.
    #[serde(default)]
    pub secondary_reason: Option<String>,
    /// What was actually read, and where (copies allowed here): provenance, not shown as a link.
    #[serde(default)]
    pub read: Vec<SourceRead>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRead {
    pub url: String,
    /// Which part was read (articles, paragraphs, pages).
    pub what: String,
    /// YYYY-MM-DD when Ruta's editors read it; absent = read for the research digest (date not kept).
    #[serde(default)]
    pub date: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub source: String,
    pub cite: String,
    pub status: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: Id,
    #[serde(default)]
    pub principles: Vec<String>,
    #[serde(default)]
    pub basis: Vec<Basis>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: Id,
    pub step: String,
    #[serde(default)]
    pub actors: Vec<String>,
    #[serde(default)]
    pub audiences: Option<Vec<String>>,
    #[serde(default)]
    pub principles: Vec<String>,
    #[serde(default)]
    pub basis: Vec<Basis>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrossCutting {
    #[serde(default)]
    pub rights: Vec<String>,
    #[serde(default)]
    pub actions: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub phase: Spanned<String>,
    pub situation: String,
    #[serde(default)]
    pub rights: Vec<String>,
    #[serde(default)]
    pub actions: Vec<String>,
    pub inferred: String,
    #[serde(default)]
    pub support: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub number: String,
    pub tel: String,
    #[serde(default = "main_label")]
    pub label: String,
    /// A national short code (911, *211): dialled as is; otherwise `tel` is E.164 with `+`.
    #[serde(default)]
    pub short_code: bool,
    /// What this number is when it differs from its contact's kind (police, medical, fire, …).
    #[serde(default)]
    pub line: Option<String>,
    /// Where this number was read: urls of the contact's `sources`.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A source that gives one or more of a contact's numbers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactSource {
    pub url: String,
    pub publisher: String,
    /// The source's own date (YYYY, YYYY-MM, YYYY-MM-DD) or "undated".
    pub date: String,
    /// The day it was read (YYYY-MM-DD).
    pub read: String,
}

fn main_label() -> String {
    "main".into()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Id,
    pub kind: String,
    pub operator: String,
    pub situations: Vec<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
    pub free: String,
    pub hours: String,
    #[serde(default)]
    pub website: Option<String>,
    pub confidence: String,
    pub status: String,
    /// Derived after loading: every source url (in `sources` order). Not written in the files.
    #[serde(skip)]
    pub source_urls: Vec<String>,
    /// Derived after loading: the most recent dated source (YYYY[-MM[-DD]]) or "undated".
    #[serde(skip)]
    pub source_date: String,
    /// Derived after loading: every source's own date, e.g. "2020-03-09; 2024-07; undated".
    #[serde(skip)]
    pub source_date_note: Option<String>,
    #[serde(default)]
    pub note: bool,
    #[serde(default)]
    pub conflict: bool,
    /// Serves one region only (never in the national danger box).
    #[serde(default)]
    pub region: Option<String>,
    /// Kept for officials only (a closed programme, a number that could not be confirmed).
    #[serde(default)]
    pub official_only: bool,
    /// An immigration authority that can detain or deport, or shares its records with one.
    #[serde(default)]
    pub enforcement: bool,
    /// Has a `contact-<id>-official` message for the official view.
    #[serde(default)]
    pub official_note: bool,
    /// Every source that gives one of its numbers or facts (phones refer to them by url).
    pub sources: Vec<ContactSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: Id,
    #[serde(default)]
    pub rights: Vec<String>,
    #[serde(default)]
    pub actions: Vec<String>,
    /// Also gather every right and action whose basis cites one of these sources.
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    pub code: Id,
    pub name: String,
    pub dir: String,
    pub status: String,
    pub status_date: String,
}

/// A contact together with the country file it came from.
#[derive(Debug)]
pub struct CountryContact {
    pub country: String,
    pub file: PathBuf,
    pub line: usize,
    pub contact: Contact,
}

/// One language: its messages (already compiled) and where each was defined.
#[derive(Debug, Default)]
pub struct Locale {
    pub code: String,
    /// id → (compiled message, file, line)
    pub messages: BTreeMap<String, (crate::ftl::Message, PathBuf, usize)>,
    /// ids defined in `ui.ftl` (the app's own strings; code refers to them by constant).
    pub ui_ids: Vec<String>,
}

/// The whole validated pack.
#[derive(Debug)]
pub struct Pack {
    pub meta: PackMeta,
    pub phases: Vec<Phase>,
    pub situations: Vec<Situation>,
    pub countries: Vec<Country>,
    pub principles: Vec<Principle>,
    pub approaches: Vec<Approach>,
    pub definitions: Vec<Definition>,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    pub rights: Vec<Right>,
    pub actions: Vec<Action>,
    pub cross_cutting: CrossCutting,
    pub rules: Vec<Rule>,
    pub themes: Vec<Theme>,
    pub languages: Vec<Language>,
    pub contacts: Vec<CountryContact>,
    /// Locales in display order (default language first, then alphabetical).
    pub locales: Vec<Locale>,
}
