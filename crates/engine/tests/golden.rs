//! OpenFisca-style golden cases: tests/golden/cases.toml lists queries with the ids that must and
//! must not appear. The expectations were written from the research digest, independently of
//! content/rules.toml, so a wrong rule shows up here.

use ruta_engine::data::{COUNTRIES, PHASES, SITUATIONS};
use ruta_engine::state::Audience;
use ruta_engine::{evaluate, Query};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    phase: Option<String>,
    situations: Vec<String>,
    country: Option<String>,
    audience: String,
    #[serde(default)]
    includes: Vec<String>,
    #[serde(default)]
    excludes: Vec<String>,
    why: String,
}

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

fn cases() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/cases.toml");
    let text = std::fs::read_to_string(path).expect("tests/golden/cases.toml");
    toml::from_str::<File>(&text).unwrap_or_else(|e| panic!("tests/golden/cases.toml: {e}")).case
}

#[test]
fn golden_cases_hold() {
    let mut failures = vec![];
    for c in cases() {
        let sits: Vec<&str> = c.situations.iter().map(String::as_str).collect();
        let audience = match c.audience.as_str() {
            "woman" => Audience::Woman,
            "official" => Audience::Official,
            other => panic!("{}: audience {other}", c.name),
        };
        let r = evaluate(&Query { phase: c.phase.as_deref(), situations: &sits, country: c.country.as_deref(), audience });
        let shown: Vec<&str> = r
            .rights
            .iter()
            .map(|h| h.item.id)
            .chain(r.actions.iter().map(|h| h.item.id))
            .chain(r.emergency.iter().chain(&r.contacts).map(|c| c.id))
            .collect();
        for id in &c.includes {
            if !shown.contains(&id.as_str()) {
                failures.push(format!("{}: {id} should appear ({})", c.name, c.why));
            }
        }
        for id in &c.excludes {
            if shown.contains(&id.as_str()) {
                failures.push(format!("{}: {id} should NOT appear ({})", c.name, c.why));
            }
        }
    }
    assert!(failures.is_empty(), "{} golden expectation(s) failed:\n  {}", failures.len(), failures.join("\n  "));
}

#[test]
fn golden_cases_cover_every_phase_situation_country_and_audience() {
    let cs = cases();
    assert!(cs.len() >= 60, "only {} cases", cs.len());
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for c in &cs {
        for k in c.phase.iter().chain(&c.situations).chain(&c.country).chain([&c.audience]) {
            *count.entry(k.clone()).or_default() += 1;
        }
    }
    let need = PHASES.iter().map(|p| p.id).chain(SITUATIONS.iter().map(|s| s.id)).chain(COUNTRIES.iter().copied()).chain(["woman", "official"]);
    for k in need {
        assert!(count.get(k).copied().unwrap_or(0) >= 1, "no golden case for {k}");
    }
}
