//! The content pack, compiled from `content/` and `locales/` by `build.rs` (crates/contentc).
//! These types describe it; the values are generated into `OUT_DIR/content.rs`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phase {
    pub id: &'static str,
    pub code: &'static str,
    pub icon: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation {
    pub id: &'static str,
    pub code: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Principle {
    pub id: &'static str,
    pub tag: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Definition {
    pub id: &'static str,
    pub page: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub kind: &'static str,
    pub url: Option<&'static str>,
}

/// How we know a basis: its text was read, it was read only through another source, or the link
/// is our own inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisStatus {
    Read,
    Secondary,
    Inferred,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basis {
    pub source: &'static str,
    pub cite: &'static str,
    pub status: BasisStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Right {
    pub id: &'static str,
    pub principles: &'static [&'static str],
    pub basis: &'static [Basis],
}

/// The referral path officials follow: detect → immediate care → refer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Detect,
    Care,
    Refer,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Detect, Step::Care, Step::Refer];
    pub fn id(self) -> &'static str {
        match self {
            Step::Detect => "detect",
            Step::Care => "care",
            Step::Refer => "refer",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    pub id: &'static str,
    pub step: Step,
    pub actors: &'static [&'static str],
    pub for_woman: bool,
    pub for_official: bool,
    pub principles: &'static [&'static str],
    pub basis: &'static [Basis],
}

/// Whether the link between a phase × situation and its items is itself our inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Inferred {
    No,
    Partly,
    Yes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub phase: &'static str,
    pub situation: &'static str,
    pub rights: &'static [&'static str],
    pub actions: &'static [&'static str],
    pub inferred: Inferred,
}

/// A topic of the RCM's regional work that gathers items (the gathering is ours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub id: &'static str,
    pub rights: &'static [&'static str],
    pub actions: &'static [&'static str],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Emergency,
    GbvHotline,
    TraffickingHotline,
    AsylumAuthority,
    ChildProtection,
    WomenInstitution,
    MigrationAuthority,
    UnAgency,
    Ombudsperson,
}

impl Kind {
    pub fn id(self) -> &'static str {
        match self {
            Kind::Emergency => "emergency",
            Kind::GbvHotline => "gbv-hotline",
            Kind::TraffickingHotline => "trafficking-hotline",
            Kind::AsylumAuthority => "asylum-authority",
            Kind::ChildProtection => "child-protection",
            Kind::WomenInstitution => "women-institution",
            Kind::MigrationAuthority => "migration-authority",
            Kind::UnAgency => "un-agency",
            Kind::Ombudsperson => "ombudsperson",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Government,
    Police,
    Prosecutor,
    Ngo,
    Un,
    Ombudsperson,
}

impl Operator {
    pub fn id(self) -> &'static str {
        match self {
            Operator::Government => "government",
            Operator::Police => "police",
            Operator::Prosecutor => "prosecutor",
            Operator::Ngo => "ngo",
            Operator::Un => "un",
            Operator::Ombudsperson => "ombudsperson",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneLabel {
    Main,
    Tty,
    Sms,
    Old,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phone {
    /// Exactly as published by the source.
    pub number: &'static str,
    /// What a `tel:` link dials (digits read in `number` only).
    pub tel: &'static str,
    pub label: PhoneLabel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Free {
    Yes,
    No,
    NotStated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hours {
    Always,
    Limited,
    NotStated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Verified,
    Partial,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub id: &'static str,
    pub country: &'static str,
    pub kind: Kind,
    pub operator: Operator,
    /// Situations it serves; empty = everyone.
    pub situations: &'static [&'static str],
    pub phones: &'static [Phone],
    pub free: Free,
    pub hours: Hours,
    pub website: Option<&'static str>,
    pub confidence: Confidence,
    pub status: Status,
    pub source_urls: &'static [&'static str],
    pub source_date: &'static str,
    pub note: bool,
    pub conflict: bool,
}

impl Contact {
    /// Shown to women only when the number was read (verified) on an official or reputable source.
    pub fn confirmed(&self) -> bool {
        self.status == Status::Verified && self.confidence != Confidence::Low
    }
}

/// One element of a compiled Fluent message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elem {
    Text(&'static str),
    Var(&'static str),
    Ref(&'static str),
    Select { var: &'static str, variants: &'static [(&'static str, &'static [Elem])], default: usize },
}

/// A language the app has, and how far its translation was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    pub code: &'static str,
    /// Its own name (autonym), shown as is in every language.
    pub name: &'static str,
    pub rtl: bool,
    /// Checked by people who write the language (else a draft that needs native review).
    pub reviewed: bool,
    pub status_date: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
    pub messages: &'static [(&'static str, &'static [Elem])],
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

pub fn phase(id: &str) -> Option<&'static Phase> {
    PHASES.iter().find(|p| p.id == id)
}
pub fn situation(id: &str) -> Option<&'static Situation> {
    SITUATIONS.iter().find(|p| p.id == id)
}
pub fn country(code: &str) -> Option<&'static str> {
    COUNTRIES.iter().copied().find(|c| c.eq_ignore_ascii_case(code))
}
pub fn right(id: &str) -> Option<&'static Right> {
    RIGHTS.iter().find(|p| p.id == id)
}
pub fn action(id: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|p| p.id == id)
}
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|p| p.id == id)
}
pub fn principle(id: &str) -> Option<&'static Principle> {
    PRINCIPLES.iter().find(|p| p.id == id)
}
pub fn theme(id: &str) -> Option<&'static Theme> {
    THEMES.iter().find(|p| p.id == id)
}
/// A language the app has (its messages may not be loaded yet: see `i18n::locale`).
pub fn language(code: &str) -> Option<&'static str> {
    LOCALE_CODES.iter().copied().find(|c| *c == code)
}
