//! A host's own contacts ("local overlay"), given in the same HSDS-like shape that
//! `cargo run -p ruta-contentc --bin hsds -- export` writes (profile "ruta-hsds-1"), plus a
//! top-level `x_ruta_publisher` (the NGO's name shown on each of its contacts).
//!
//! The browser parses the JSON (`JSON.parse`); this module validates the tree, so the rules are
//! tested natively. A bad overlay yields one error naming the entry and the field; the app logs it
//! and shows the built-in content untouched.

use crate::data;
use crate::query::Query;

/// A parsed JSON value (built by the app from `JSON.parse`, or by tests).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayPhone {
    pub number: String,
    pub tel: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayContact {
    pub id: String,
    pub publisher: String,
    pub country: &'static str,
    /// kind id as in the content (`gbv_hotline`…), shown with the same labels.
    pub kind: String,
    pub situations: Vec<&'static str>,
    /// Name per language code; the app picks hers, else the first.
    pub names: Vec<(String, String)>,
    pub notes: Vec<(String, String)>,
    pub phones: Vec<OverlayPhone>,
    pub website: Option<String>,
}

impl OverlayContact {
    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang).unwrap_or(&self.id)
    }
    pub fn note(&self, lang: &str) -> Option<&str> {
        pick(&self.notes, lang)
    }
}

fn pick<'a>(v: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    v.iter().find(|(l, _)| l == lang).or(v.first()).map(|(_, t)| t.as_str())
}

/// What is wrong with an overlay: which entry, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverlayError {
    pub entry: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for OverlayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ruta overlay: {}: field \"{}\": {}", self.entry, self.field, self.message)
    }
}

const KINDS: &[&str] = &["emergency", "gbv_hotline", "trafficking_hotline", "migration_authority", "asylum_authority", "women_institution", "child_protection", "un_agency", "ombudsperson", "shelter", "legal_aid", "health", "other"];

/// Validate a whole overlay. All or nothing: one bad entry rejects the overlay (with the first
/// problem found), so a half-broken directory never shows.
pub fn parse(doc: &Json) -> Result<Vec<OverlayContact>, OverlayError> {
    let err = |entry: &str, field: &str, message: &str| OverlayError { entry: entry.into(), field: field.into(), message: message.into() };
    if !matches!(doc, Json::Obj(_)) {
        return Err(err("overlay", "(root)", "must be a JSON object"));
    }
    match doc.get("profile").and_then(Json::str) {
        Some("ruta-hsds-1") => {}
        _ => return Err(err("overlay", "profile", "must be \"ruta-hsds-1\"")),
    }
    let publisher = match doc.get("x_ruta_publisher").and_then(Json::str).map(str::trim) {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => return Err(err("overlay", "x_ruta_publisher", "must name the organisation that adds these contacts")),
    };
    let Some(Json::Arr(services)) = doc.get("services") else {
        return Err(err("overlay", "services", "must be a list"));
    };
    let mut out = vec![];
    for (i, s) in services.iter().enumerate() {
        let id = s.get("id").and_then(Json::str).map(str::to_string).unwrap_or_default();
        let entry = if id.is_empty() { format!("services[{i}]") } else { format!("services[{i}] \"{id}\"") };
        if id.is_empty() {
            return Err(err(&entry, "id", "is missing"));
        }
        let country = s
            .get("service_areas")
            .and_then(|a| if let Json::Arr(v) = a { v.iter().find(|x| x.get("extent_type").and_then(Json::str) == Some("country")) } else { None })
            .and_then(|x| x.get("name").and_then(Json::str))
            .ok_or_else(|| err(&entry, "service_areas", "needs an entry with extent_type \"country\""))?;
        let country = data::country(country).ok_or_else(|| err(&entry, "service_areas", &format!("\"{country}\" is not one of Ruta's countries")))?;
        let kind = s.get("x_ruta_kind").and_then(Json::str).unwrap_or("other").to_string();
        if !KINDS.contains(&kind.as_str()) {
            return Err(err(&entry, "x_ruta_kind", &format!("\"{kind}\" is not one of {}", KINDS.join(", "))));
        }
        let mut situations = vec![];
        match s.get("x_ruta_situations") {
            None | Some(Json::Null) => {}
            Some(Json::Arr(v)) => {
                for x in v {
                    match x.str() {
                        Some("all") => {}
                        Some(id) => situations.push(data::situation(id).map(|s| s.id).ok_or_else(|| err(&entry, "x_ruta_situations", &format!("\"{id}\" is not a situation")))?),
                        None => return Err(err(&entry, "x_ruta_situations", "must list situation ids")),
                    }
                }
            }
            Some(_) => return Err(err(&entry, "x_ruta_situations", "must be a list")),
        }
        let texts = |field: &str| -> Result<Vec<(String, String)>, OverlayError> {
            match s.get(field) {
                None | Some(Json::Null) => Ok(vec![]),
                Some(Json::Obj(kv)) => kv.iter().map(|(l, v)| v.str().map(|t| (l.clone(), t.to_string())).ok_or_else(|| err(&entry, field, "values must be text"))).collect(),
                Some(_) => Err(err(&entry, field, "must map language codes to text")),
            }
        };
        let mut names = texts("x_ruta_names")?;
        if names.is_empty() {
            match s.get("name").and_then(Json::str) {
                Some(n) if !n.trim().is_empty() => names.push((String::new(), n.to_string())),
                _ => return Err(err(&entry, "name", "is missing")),
            }
        }
        let notes = texts("x_ruta_notes")?;
        let mut phones = vec![];
        match s.get("phones") {
            None | Some(Json::Null) => {}
            Some(Json::Arr(v)) => {
                for (j, p) in v.iter().enumerate() {
                    let number = p.get("number").and_then(Json::str).ok_or_else(|| err(&entry, &format!("phones[{j}].number"), "is missing"))?;
                    let tel = match p.get("x_ruta_tel").and_then(Json::str) {
                        Some(t) => t.to_string(),
                        None => number.chars().filter(|c| c.is_ascii_digit() || "+*#".contains(*c)).collect(),
                    };
                    if tel.chars().filter(char::is_ascii_digit).count() < 2 || !tel.chars().all(|c| c.is_ascii_digit() || "+*#".contains(c)) {
                        return Err(err(&entry, &format!("phones[{j}].number"), &format!("\"{number}\" is not a phone number")));
                    }
                    phones.push(OverlayPhone { number: number.to_string(), tel });
                }
            }
            Some(_) => return Err(err(&entry, "phones", "must be a list")),
        }
        let website = s.get("url").and_then(Json::str).filter(|u| u.starts_with("https://") || u.starts_with("http://")).map(str::to_string);
        if phones.is_empty() && website.is_none() {
            return Err(err(&entry, "phones", "a contact needs a phone number or a url"));
        }
        out.push(OverlayContact { id, publisher: publisher.clone(), country, kind, situations, names, notes, phones, website });
    }
    Ok(out)
}

/// The overlay contacts for a query: her country, and her situations (or everyone's).
pub fn select<'a>(contacts: &'a [OverlayContact], q: &Query) -> Vec<&'a OverlayContact> {
    let Some(country) = q.country else { return vec![] };
    contacts
        .iter()
        .filter(|c| c.country == country)
        .filter(|c| q.situations.is_empty() || c.situations.is_empty() || c.situations.iter().any(|s| q.situations.contains(s)))
        .collect()
}
