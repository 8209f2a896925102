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

/// How we know a basis: its text was read, it was read only through another source, the link
/// is our own inference, or the paragraph number was never checked in the source (its content
/// may have been read where the number was not visible, or not at all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisStatus {
    Read,
    Secondary,
    Inferred,
    Unchecked,
}

impl BasisStatus {
    /// Its word in the data files, also used as a CSS class ("read", "secondary", …).
    pub fn id(self) -> &'static str {
        match self {
            BasisStatus::Read => "read",
            BasisStatus::Secondary => "secondary",
            BasisStatus::Inferred => "inferred",
            BasisStatus::Unchecked => "unchecked",
        }
    }
    /// The message that labels it ("text read", "read in another source", …). Render with this,
    /// not an exhaustive match, so a new status needs no change in the app.
    pub fn msg_id(self) -> &'static str {
        match self {
            BasisStatus::Read => msg::BASIS_READ,
            BasisStatus::Secondary => msg::BASIS_SECONDARY,
            BasisStatus::Inferred => msg::BASIS_INFERRED,
            // A content message (locales/<lang>/content.ftl), required in every language by
            // crates/contentc/src/check_sources.rs.
            BasisStatus::Unchecked => "basis-unchecked",
        }
    }
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
    /// Information and civil-protection lines (not emergency lines: they go to the contacts list).
    Information,
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
            Kind::Information => "information",
        }
    }
}

/// Who answers the line. Never guessed: `Unknown` says so plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Police,
    Prosecutor,
    /// A government body that is not the police.
    Government,
    NonProfit,
    UnAgency,
    Ombudsperson,
    Unknown,
}

impl Operator {
    pub fn id(self) -> &'static str {
        match self {
            Operator::Police => "police",
            Operator::Prosecutor => "prosecutor",
            Operator::Government => "government",
            Operator::NonProfit => "non-profit",
            Operator::UnAgency => "un-agency",
            Operator::Ombudsperson => "ombudsperson",
            Operator::Unknown => "unknown",
        }
    }
    /// Run by a state body (so "government" may be said of it).
    pub fn is_state(self) -> bool {
        matches!(self, Operator::Police | Operator::Prosecutor | Operator::Government | Operator::Ombudsperson)
    }
}

/// What a line is, as the danger box labels it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineKind {
    /// The general emergency number (police, fire, ambulance).
    Emergency,
    Police,
    /// Medical emergencies only (e.g. Panama's 911, SUME).
    Medical,
    Fire,
    /// A 24-hour line for women facing violence.
    Women,
    /// A 24-hour line after sexual violence, for anyone (e.g. RAINN): not a women's line.
    SexualViolence,
    /// A 24-hour line for trafficking.
    Trafficking,
    /// A 24-hour line for children.
    Child,
    /// Information or civil protection: never in the danger box.
    Information,
}

impl LineKind {
    pub fn id(self) -> &'static str {
        match self {
            LineKind::Emergency => "emergency",
            LineKind::Police => "police",
            LineKind::Medical => "medical",
            LineKind::Fire => "fire",
            LineKind::Women => "women",
            LineKind::SexualViolence => "sexual-violence",
            LineKind::Trafficking => "trafficking",
            LineKind::Child => "child",
            LineKind::Information => "information",
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
    /// A fax: shown as text, never a `tel:` link.
    Fax,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phone {
    /// Exactly as published by the source.
    pub number: &'static str,
    /// What a `tel:` link dials: E.164 with `+`, or a declared short code (digits read in
    /// `number`, a country code may be added).
    pub tel: &'static str,
    pub label: PhoneLabel,
    /// A national short code (911, *211, 1-800 numbers are not): dials as is, only inside the country.
    pub short_code: bool,
    /// What this number is, when it differs from what its contact is (Panama: 104 police, 911 medical).
    pub line: Option<LineKind>,
    /// Where this number was read (at least one for every number she sees).
    pub sources: &'static [PhoneSource],
}

/// One source that gives this number for this service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhoneSource {
    pub url: &'static str,
    pub publisher: &'static str,
    /// The source's own date (YYYY, YYYY-MM, YYYY-MM-DD) or "undated".
    pub date: &'static str,
    /// The day we read it (YYYY-MM-DD).
    pub read: &'static str,
}

impl Phone {
    /// Distinct publishers that give this number.
    pub fn publishers(&self) -> usize {
        let mut p: Vec<&str> = self.sources.iter().map(|s| s.publisher).collect();
        p.sort_unstable();
        p.dedup();
        p.len()
    }
    /// The most recent dated source ("YYYY…"), if any.
    pub fn latest_date(&self) -> Option<&'static str> {
        self.sources.iter().map(|s| s.date).filter(|d| *d != "undated").max_by(|a, b| a.cmp(b))
    }
    pub fn dialable(&self) -> bool {
        self.label != PhoneLabel::Fax
    }
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
    /// Serves one region only (e.g. "Ontario"): never in the national danger box.
    pub region: Option<&'static str>,
    /// Kept for officials only (e.g. a closed programme); `official-note` says why.
    pub official_only: bool,
    /// An immigration authority that can detain or deport (or shares its records with one that
    /// can): never offered to a woman without papers or in detention; elsewhere with a warning.
    pub enforcement: bool,
    /// Has a `contact-<id>-official` message: what officials should know (conflicts, closures).
    pub official_note: bool,
    /// Every page read for this contact (its phones' sources and supporting pages).
    pub sources: &'static [PhoneSource],
}

impl Contact {
    /// Shown to women only when the number was read (verified) on an official or reputable source.
    pub fn confirmed(&self) -> bool {
        self.status == Status::Verified && self.confidence != Confidence::Low
    }

    /// Shown in her view: confirmed, and not kept for officials only.
    pub fn for_woman(&self) -> bool {
        self.confirmed() && !self.official_only
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
