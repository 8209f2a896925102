//! Ruta's contact directory as Open Referral HSDS 3.0, so NGOs can take Ruta's directory into their
//! systems and bring their own back.
//!
//! The file is the HSDS API's paginated list (`openapi.json` `Page` + `contents`), one page that
//! holds every service; each service is an HSDS 3.0 `service` record with its organization, phones,
//! service area and schedule nested. It validates against the official schemas vendored in
//! `tests/hsds/schema/` (see `crates/contentc/tests/hsds_schema.rs`).
//!
//! * Ids are UUIDs (version 5, name-based) derived from Ruta's ids, so every export gives the same
//!   ids and a partner's system can match records across exports. Ruta's own id travels as
//!   `x_ruta_id`.
//! * `assured_date` is written only when the source gives a full date (YYYY-MM-DD); the source's own
//!   wording ("2024", "undated") is kept in `x_ruta_source_date`.
//! * `status` is "active" only for a contact Ruta shows to women (number read on an official or
//!   reputable source); every other service is exported as "inactive" with an `alert` saying why.
//! * Everything HSDS has no place for travels as documented `x_ruta_*` extension properties
//!   (HSDS 3.0 allows additional properties; docs/HSDS.md lists ours), so an export imports
//!   back without loss.
//!
//! A host page's overlay (docs/EMBED.md) may use this same shape; the engine also accepts plain
//! HSDS 3.0 without any extension (`crates/engine/src/overlay.rs`).

use crate::ftl::Elem;
use crate::model::{CountryContact, Pack};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The profile name written in `x_ruta_profile`.
pub const PROFILE: &str = "ruta-hsds-2";

/// A deterministic UUID for one of Ruta's records: version 5 (SHA-1, RFC 9562) of
/// `urn:ruta:<path>` in the URL namespace. Same input, same UUID, on every machine.
pub fn uuid_for(path: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("urn:ruta:{path}").as_bytes()).to_string()
}

fn no(b: &bool) -> bool {
    !*b
}

/// The whole file: one page of the HSDS API's service list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    pub total_items: u64,
    pub total_pages: u64,
    pub page_number: u64,
    pub size: u64,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    /// Always [`PROFILE`].
    pub x_ruta_profile: String,
    /// The date the pack's information was gathered up to (the pack's `as_of`).
    pub x_ruta_as_of: String,
    pub contents: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// One source that gives a number (per phone) or a contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub url: String,
    pub publisher: String,
    /// The source's own date (YYYY, YYYY-MM, YYYY-MM-DD) or "undated".
    pub date: String,
    /// The day it was read (YYYY-MM-DD).
    pub read: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HsdsPhone {
    pub id: String,
    /// Exactly as the source published it.
    pub number: String,
    /// HSDS phone type: voice | text | textphone | fax.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What a `tel:` link dials: E.164 with `+`, or the short code itself.
    pub x_ruta_tel: String,
    /// main | tty | sms | old | other
    pub x_ruta_label: String,
    /// A national short code (911, 126): dialled as is, only inside its country.
    #[serde(default, skip_serializing_if = "no")]
    pub x_ruta_short_code: bool,
    /// What this number is when it differs from the service's kind (police, medical, fire …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_line: Option<String>,
    /// The sources in which this very number was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub x_ruta_sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    pub id: String,
    /// ISO 3166-1 alpha-2 country code.
    pub name: String,
    /// Also the ISO code ("text" extent: HSDS's value for areas given by name).
    pub extent: String,
    pub extent_type: String,
    /// The region it serves, when it does not serve the whole country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schedule {
    pub id: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// "active" for a contact shown to women; otherwise "inactive" (see the module doc).
    pub status: String,
    /// Why a service is not "active" (HSDS: short-term alerts about the service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert: Option<String>,
    /// The source's date when it is a full date (YYYY-MM-DD); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    pub organization: Organization,
    pub phones: Vec<HsdsPhone>,
    pub service_areas: Vec<ServiceArea>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schedules: Vec<Schedule>,
    /// Ruta's own id (`content/contacts/<CC>.toml`).
    pub x_ruta_id: String,
    /// Name, note and official note per language.
    pub x_ruta_names: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub x_ruta_notes: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub x_ruta_official_notes: BTreeMap<String, String>,
    pub x_ruta_kind: String,
    pub x_ruta_operator: String,
    pub x_ruta_situations: Vec<String>,
    pub x_ruta_free: String,
    pub x_ruta_hours: String,
    pub x_ruta_confidence: String,
    pub x_ruta_status: String,
    pub x_ruta_source_urls: Vec<String>,
    /// The most recent source's date exactly as recorded ("2024", "2025-11", "undated"); derived
    /// from `x_ruta_sources` (like `x_ruta_source_urls` and `x_ruta_source_date_note`).
    pub x_ruta_source_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_source_date_note: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub x_ruta_conflict: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_region: Option<String>,
    #[serde(default, skip_serializing_if = "no")]
    pub x_ruta_official_only: bool,
    #[serde(default, skip_serializing_if = "no")]
    pub x_ruta_enforcement: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub x_ruta_sources: Vec<SourceRef>,
}

fn plain(elems: &[Elem]) -> String {
    elems
        .iter()
        .map(|e| match e {
            Elem::Text(t) => t.clone(),
            _ => String::new(),
        })
        .collect()
}

fn text(p: &Pack, lang: &str, id: &str) -> Option<String> {
    p.locales.iter().find(|l| l.code == lang)?.messages.get(id).map(|(m, _, _)| plain(&m.elems))
}

/// YYYY-MM-DD with a plausible month and day, else None.
pub fn full_date(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return None;
    }
    let (m, d): (u32, u32) = (s[5..7].parse().ok()?, s[8..10].parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(s)
}

/// Plain-English words for the operator, for the organization's required description.
fn operator_words(op: &str) -> String {
    let who = match op {
        "police" => "the police",
        "prosecutor" => "the public prosecutor's office",
        "government" | "government-non-police" => "a government body (not the police)",
        "ombudsperson" => "the national human-rights institution (ombudsperson)",
        "non-profit" => "a non-profit organisation",
        "un-agency" => "a United Nations agency",
        "unknown" => "an operator Ruta could not establish",
        other => other,
    };
    format!("Runs this service: {who}. Ruta records this organisation only through the service it lists; see the service's sources.")
}

fn service(p: &Pack, cc: &CountryContact, lang: &str) -> Service {
    let c = &cc.contact;
    let id = c.id.get_ref().clone();
    let (mut names, mut notes, mut official) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for l in &p.locales {
        for (map, suffix) in [(&mut names, "name"), (&mut notes, "note"), (&mut official, "official")] {
            if let Some(n) = text(p, &l.code, &format!("contact-{id}-{suffix}")) {
                map.insert(l.code.clone(), n);
            }
        }
    }
    let name = names.get(lang).or_else(|| names.values().next()).cloned().unwrap_or_default();
    let shown = c.status == "verified" && c.confidence != "low" && !c.official_only;
    let alert = (!shown).then(|| {
        if c.official_only {
            "Kept for professionals only: the programme may have ended or the number could not be confirmed. Check before use.".to_string()
        } else {
            format!("Not confirmed (Ruta: status {}, confidence {}): check this number before use.", c.status, c.confidence)
        }
    });
    let schedule = match c.hours.as_str() {
        "24/7" => Some(Schedule {
            id: uuid_for(&format!("contact/{id}/schedule")),
            description: "Open 24 hours a day, every day.".into(),
            freq: Some("WEEKLY".into()),
            byday: Some("MO,TU,WE,TH,FR,SA,SU".into()),
            opens_at: Some("00:00".into()),
            closes_at: Some("23:59".into()),
        }),
        "limited" => Some(Schedule { id: uuid_for(&format!("contact/{id}/schedule")), description: "Limited hours: check the source for the times.".into(), freq: None, byday: None, opens_at: None, closes_at: None }),
        _ => None,
    };
    let sources = |urls: &[String]| -> Vec<SourceRef> {
        urls.iter()
            .filter_map(|u| c.sources.iter().find(|s| &s.url == u))
            .map(|s| SourceRef { url: s.url.clone(), publisher: s.publisher.clone(), date: s.date.clone(), read: s.read.clone() })
            .collect()
    };
    Service {
        id: uuid_for(&format!("contact/{id}")),
        organization_id: uuid_for(&format!("contact/{id}/organization")),
        name: name.clone(),
        description: notes.get(lang).cloned(),
        url: c.website.clone(),
        status: if shown { "active" } else { "inactive" }.into(),
        alert,
        assured_date: full_date(&c.source_date).map(str::to_string),
        organization: Organization { id: uuid_for(&format!("contact/{id}/organization")), name, description: operator_words(&c.operator), website: c.website.clone() },
        phones: c
            .phones
            .iter()
            .enumerate()
            .map(|(i, ph)| HsdsPhone {
                id: uuid_for(&format!("contact/{id}/phone/{}", i + 1)),
                number: ph.number.clone(),
                kind: match ph.label.as_str() {
                    "tty" => "textphone",
                    "sms" => "text",
                    "fax" => "fax",
                    _ => "voice",
                }
                .into(),
                description: (ph.label == "old").then(|| "Former number: may no longer work.".to_string()),
                x_ruta_tel: ph.tel.clone(),
                x_ruta_label: ph.label.clone(),
                x_ruta_short_code: ph.short_code,
                x_ruta_line: ph.line.clone(),
                x_ruta_sources: sources(&ph.sources),
            })
            .collect(),
        service_areas: vec![ServiceArea {
            id: uuid_for(&format!("contact/{id}/area")),
            name: cc.country.clone(),
            extent: cc.country.clone(),
            extent_type: "text".into(),
            description: c.region.clone(),
        }],
        schedules: schedule.into_iter().collect(),
        x_ruta_id: id.clone(),
        x_ruta_names: names,
        x_ruta_notes: notes,
        x_ruta_official_notes: official,
        x_ruta_kind: c.kind.clone(),
        x_ruta_operator: c.operator.clone(),
        x_ruta_situations: c.situations.clone(),
        x_ruta_free: c.free.clone(),
        x_ruta_hours: c.hours.clone(),
        x_ruta_confidence: c.confidence.clone(),
        x_ruta_status: c.status.clone(),
        x_ruta_source_urls: c.source_urls.clone(),
        x_ruta_source_date: c.source_date.clone(),
        x_ruta_source_date_note: c.source_date_note.clone(),
        x_ruta_conflict: c.conflict,
        x_ruta_region: c.region.clone(),
        x_ruta_official_only: c.official_only,
        x_ruta_enforcement: c.enforcement,
        x_ruta_sources: c.sources.iter().map(|s| SourceRef { url: s.url.clone(), publisher: s.publisher.clone(), date: s.date.clone(), read: s.read.clone() }).collect(),
    }
}

/// Export every contact of the pack. `lang` picks the language of the HSDS `name`/`description`.
pub fn export(p: &Pack, lang: &str) -> Directory {
    let contents: Vec<Service> = p.contacts.iter().map(|c| service(p, c, lang)).collect();
    let n = contents.len() as u64;
    Directory {
        total_items: n,
        total_pages: 1,
        page_number: 1,
        size: n,
        first_page: true,
        last_page: true,
        empty: n == 0,
        x_ruta_profile: PROFILE.into(),
        x_ruta_as_of: p.meta.as_of.clone(),
        contents,
    }
}

/// What an import produces: one TOML file per country and one `contacts.ftl` per language.
#[derive(Debug, Default, PartialEq)]
pub struct Imported {
    pub contact_files: BTreeMap<String, String>,
    pub ftl_files: BTreeMap<String, String>,
}

fn q(s: &str) -> String {
    // A TOML basic string (same escaping rules as JSON for what we write).
    serde_json::to_string(s).unwrap()
}

fn list(v: &[String]) -> String {
    format!("[{}]", v.iter().map(|x| q(x)).collect::<Vec<_>>().join(", "))
}

fn ftl_value(s: &str) -> String {
    // Fluent: escape braces, keep one line per line with indentation.
    let esc = s.replace('{', "{\"{\"}").replace('}', "{\"}\"}");
    let lines: Vec<&str> = esc.lines().collect();
    if lines.len() <= 1 {
        esc
    } else {
        format!("\n    {}", lines.join("\n    "))
    }
}

/// Turn a directory back into Ruta's files. Problems are returned with the service they concern.
pub fn import(d: &Directory) -> Result<Imported, Vec<String>> {
    let mut errs = vec![];
    if d.x_ruta_profile != PROFILE {
        errs.push(format!("x_ruta_profile is \"{}\", expected \"{PROFILE}\"", d.x_ruta_profile));
    }
    let mut out = Imported::default();
    for s in &d.contents {
        let id = &s.x_ruta_id;
        let Some(area) = s.service_areas.iter().find(|a| matches!(a.extent_type.as_str(), "text" | "country") && a.name.len() == 2) else {
            errs.push(format!("service \"{id}\": no service_areas entry naming a country (extent_type \"text\", name = ISO code)"));
            continue;
        };
        if s.x_ruta_names.is_empty() {
            errs.push(format!("service \"{id}\": x_ruta_names is empty (give the name in at least one language)"));
        }
        let file = out.contact_files.entry(area.name.clone()).or_insert_with(|| format!("# Imported from an HSDS 3.0 directory ({PROFILE}), information as of {}.\n", d.x_ruta_as_of));
        let phones: Vec<String> = s
            .phones
            .iter()
            .map(|p| {
                let mut f = format!("{{ number = {}, tel = {}, label = {}", q(&p.number), q(&p.x_ruta_tel), q(&p.x_ruta_label));
                if p.x_ruta_short_code {
                    f.push_str(", short_code = true");
                }
                if let Some(l) = &p.x_ruta_line {
                    f.push_str(&format!(", line = {}", q(l)));
                }
                if !p.x_ruta_sources.is_empty() {
                    f.push_str(&format!(", sources = {}", list(&p.x_ruta_sources.iter().map(|s| s.url.clone()).collect::<Vec<_>>())));
                }
                f + " }"
            })
            .collect();
        file.push_str(&format!("\n[[contact]]\nid = {}\nkind = {}\noperator = {}\nsituations = {}\nphones = [{}]\nfree = {}\nhours = {}\n", q(id), q(&s.x_ruta_kind), q(&s.x_ruta_operator), list(&s.x_ruta_situations), phones.join(", "), q(&s.x_ruta_free), q(&s.x_ruta_hours)));
        if let Some(u) = &s.url {
            file.push_str(&format!("website = {}\n", q(u)));
        }
        file.push_str(&format!("confidence = {}\nstatus = {}\n", q(&s.x_ruta_confidence), q(&s.x_ruta_status)));
        if !s.x_ruta_notes.is_empty() {
            file.push_str("note = true\n");
        }
        if s.x_ruta_conflict {
            file.push_str("conflict = true\n");
        }
        if let Some(r) = &s.x_ruta_region {
            file.push_str(&format!("region = {}\n", q(r)));
        }
        if s.x_ruta_official_only {
            file.push_str("official_only = true\n");
        }
        if s.x_ruta_enforcement {
            file.push_str("enforcement = true\n");
        }
        if !s.x_ruta_official_notes.is_empty() {
            file.push_str("official_note = true\n");
        }
        // Sources last (source_urls, source_date and source_date_note are derived from them).
        let srcs: Vec<String> = s.x_ruta_sources.iter().map(|src| format!("  {{ url = {}, publisher = {}, date = {}, read = {} }},\n", q(&src.url), q(&src.publisher), q(&src.date), q(&src.read))).collect();
        file.push_str(&format!("sources = [\n{}]\n", srcs.concat()));
        for (lang, name) in &s.x_ruta_names {
            let f = out.ftl_files.entry(lang.clone()).or_insert_with(|| "## Contact names and notes (imported from an HSDS directory)\n".into());
            f.push_str(&format!("contact-{id}-name = {}\n", ftl_value(name)));
            if let Some(n) = s.x_ruta_notes.get(lang) {
                f.push_str(&format!("contact-{id}-note = {}\n", ftl_value(n)));
            }
            if let Some(n) = s.x_ruta_official_notes.get(lang) {
                f.push_str(&format!("contact-{id}-official = {}\n", ftl_value(n)));
            }
        }
    }
    if errs.is_empty() {
        Ok(out)
    } else {
        Err(errs)
    }
}
