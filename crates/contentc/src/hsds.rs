//! Ruta's contact directory as Open Referral HSDS (3.0-style "service" records with their
//! organization and phones nested), so NGOs can take Ruta's directory into their systems and bring
//! their own back. Fields HSDS has no place for travel as `x_ruta_*` extensions, so an export
//! imports back without loss.
//!
//! The same shape is what a host page gives as a local overlay (docs/EMBED.md).

use crate::ftl::Elem;
use crate::model::{CountryContact, Pack};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Directory {
    /// Always "ruta-hsds-1": the shape described here.
    pub profile: String,
    /// The date the information was checked up to (the pack's `as_of`).
    pub as_of: String,
    pub services: Vec<Service>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HsdsPhone {
    pub id: String,
    /// Exactly as the source published it.
    pub number: String,
    /// HSDS phone type: voice | text | textphone.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What a `tel:` link dials (digits read in `number`).
    pub x_ruta_tel: String,
    /// main | tty | sms | old | other
    pub x_ruta_label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceArea {
    pub id: String,
    /// ISO 3166-1 alpha-2 country code.
    pub name: String,
    pub extent_type: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// "active" when the number was read (verified); "inactive" would never be exported.
    pub status: String,
    /// HSDS: the date the information was last assured; here, the source's own date ("undated" kept).
    pub assured_date: String,
    /// Who assured it: the source pages.
    pub assurer_email: Option<String>,
    pub organization: Organization,
    pub phones: Vec<HsdsPhone>,
    pub service_areas: Vec<ServiceArea>,
    /// Languages the text fields exist in, with the names and notes per language.
    pub x_ruta_names: BTreeMap<String, String>,
    #[serde(default)]
    pub x_ruta_notes: BTreeMap<String, String>,
    pub x_ruta_kind: String,
    pub x_ruta_operator: String,
    pub x_ruta_situations: Vec<String>,
    pub x_ruta_free: String,
    pub x_ruta_hours: String,
    pub x_ruta_confidence: String,
    pub x_ruta_status: String,
    pub x_ruta_source_urls: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x_ruta_source_date_note: Option<String>,
    #[serde(default)]
    pub x_ruta_conflict: bool,
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

fn service(p: &Pack, cc: &CountryContact, lang: &str) -> Service {
    let c = &cc.contact;
    let id = c.id.get_ref().clone();
    let mut names = BTreeMap::new();
    let mut notes = BTreeMap::new();
    for l in &p.locales {
        if let Some(n) = text(p, &l.code, &format!("contact-{id}-name")) {
            names.insert(l.code.clone(), n);
        }
        if let Some(n) = text(p, &l.code, &format!("contact-{id}-note")) {
            notes.insert(l.code.clone(), n);
        }
    }
    let name = names.get(lang).or_else(|| names.values().next()).cloned().unwrap_or_default();
    Service {
        id: id.clone(),
        name: name.clone(),
        description: notes.get(lang).cloned(),
        url: c.website.clone(),
        status: "active".into(),
        assured_date: c.source_date.clone(),
        assurer_email: None,
        organization: Organization { id: format!("{id}-org"), name, website: c.website.clone() },
        phones: c
            .phones
            .iter()
            .enumerate()
            .map(|(i, ph)| HsdsPhone {
                id: format!("{id}-phone-{}", i + 1),
                number: ph.number.clone(),
                kind: match ph.label.as_str() {
                    "tty" => "textphone",
                    "sms" => "text",
                    _ => "voice",
                }
                .into(),
                description: None,
                x_ruta_tel: ph.tel.clone(),
                x_ruta_label: ph.label.clone(),
            })
            .collect(),
        service_areas: vec![ServiceArea { id: format!("{id}-area"), name: cc.country.clone(), extent_type: "country".into() }],
        x_ruta_names: names,
        x_ruta_notes: notes,
        x_ruta_kind: c.kind.clone(),
        x_ruta_operator: c.operator.clone(),
        x_ruta_situations: c.situations.clone(),
        x_ruta_free: c.free.clone(),
        x_ruta_hours: c.hours.clone(),
        x_ruta_confidence: c.confidence.clone(),
        x_ruta_status: c.status.clone(),
        x_ruta_source_urls: c.source_urls.clone(),
        x_ruta_source_date_note: c.source_date_note.clone(),
        x_ruta_conflict: c.conflict,
    }
}

/// Export every contact of the pack. `lang` picks the language of the HSDS `name`/`description`.
pub fn export(p: &Pack, lang: &str) -> Directory {
    Directory { profile: "ruta-hsds-1".into(), as_of: p.meta.as_of.clone(), services: p.contacts.iter().map(|c| service(p, c, lang)).collect() }
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
    if d.profile != "ruta-hsds-1" {
        errs.push(format!("profile is \"{}\", expected \"ruta-hsds-1\"", d.profile));
    }
    let mut out = Imported::default();
    for s in &d.services {
        let Some(area) = s.service_areas.iter().find(|a| a.extent_type == "country") else {
            errs.push(format!("service \"{}\": no service_areas entry with extent_type \"country\"", s.id));
            continue;
        };
        if s.x_ruta_names.is_empty() {
            errs.push(format!("service \"{}\": x_ruta_names is empty (give the name in at least one language)", s.id));
        }
        let file = out.contact_files.entry(area.name.clone()).or_insert_with(|| format!("# Imported from an HSDS directory (ruta-hsds-1), information as of {}.\n", d.as_of));
        let phones: Vec<String> = s.phones.iter().map(|p| format!("{{ number = {}, tel = {}, label = {} }}", q(&p.number), q(&p.x_ruta_tel), q(&p.x_ruta_label))).collect();
        file.push_str(&format!("\n[[contact]]\nid = {}\nkind = {}\noperator = {}\nsituations = {}\nphones = [{}]\nfree = {}\nhours = {}\n", q(&s.id), q(&s.x_ruta_kind), q(&s.x_ruta_operator), list(&s.x_ruta_situations), phones.join(", "), q(&s.x_ruta_free), q(&s.x_ruta_hours)));
        if let Some(u) = &s.url {
            file.push_str(&format!("website = {}\n", q(u)));
        }
        file.push_str(&format!("confidence = {}\nstatus = {}\nsource_urls = {}\nsource_date = {}\n", q(&s.x_ruta_confidence), q(&s.x_ruta_status), list(&s.x_ruta_source_urls), q(&s.assured_date)));
        if let Some(n) = &s.x_ruta_source_date_note {
            file.push_str(&format!("source_date_note = {}\n", q(n)));
        }
        if !s.x_ruta_notes.is_empty() {
            file.push_str("note = true\n");
        }
        if s.x_ruta_conflict {
            file.push_str("conflict = true\n");
        }
        for (lang, name) in &s.x_ruta_names {
            let f = out.ftl_files.entry(lang.clone()).or_insert_with(|| "## Contact names and notes (imported from an HSDS directory)\n".into());
            f.push_str(&format!("contact-{}-name = {}\n", s.id, ftl_value(name)));
            if let Some(n) = s.x_ruta_notes.get(lang) {
                f.push_str(&format!("contact-{}-note = {}\n", s.id, ftl_value(n)));
            }
        }
    }
    if errs.is_empty() {
        Ok(out)
    } else {
        Err(errs)
    }
}
