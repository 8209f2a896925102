//! OpenFisca-style golden cases: tests/golden/cases.toml lists queries with the ids that must and
//! must not appear. The expectations were written from the research digest, independently of
//! content/rules.toml, so a wrong rule shows up here.

use ruta_engine::data::{ACTIONS, COUNTRIES, LOCALE_CODES, PHASES, RIGHTS, SITUATIONS};
use ruta_engine::state::Audience;
use ruta_engine::{evaluate, tr, Query, Results};
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
    /// Ids that must appear in this relative order (each must be shown).
    #[serde(default)]
    order: Vec<String>,
    /// language → phrases that must not appear in any title or text of the view.
    #[serde(default)]
    absent_text: BTreeMap<String, Vec<String>>,
    /// The exact ids of the safety warnings raised (ruta_engine::advice), when given.
    #[serde(default)]
    warnings: Option<Vec<String>>,
    why: String,
}

/// Every title and text she (or the official) reads for the rights and actions of `r`, in `lang`.
fn view_texts(r: &Results, audience: Audience, lang: &str) -> Vec<(String, String)> {
    let who = if audience == Audience::Official { "official" } else { "woman" };
    let mut ids = vec![];
    for h in &r.rights {
        ids.push(format!("right-{}-title", h.item.id));
        ids.push(format!("right-{}-{who}", h.item.id));
    }
    for h in &r.actions {
        ids.push(format!("action-{}-title", h.item.id));
        ids.push(format!("action-{}-{who}", h.item.id));
    }
    ids.into_iter().map(|id| {
        let t = tr(lang, &id);
        (id, t)
    }).collect()
}

/// Every right and action text of the pack in `lang` (both audiences): an absent phrase must
/// exist somewhere, else the negative check would pass for nothing.
fn all_texts(lang: &str) -> String {
    let mut out = String::new();
    for r in RIGHTS {
        for k in ["title", "woman", "official"] {
            out += &tr(lang, &format!("right-{}-{k}", r.id));
            out.push('\n');
        }
    }
    for a in ACTIONS {
        for k in ["title", "woman", "official"] {
            out += &tr(lang, &format!("action-{}-{k}", a.id));
            out.push('\n');
        }
    }
    out
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
        let pos: Vec<Option<usize>> = c.order.iter().map(|id| shown.iter().position(|s| s == id)).collect();
        for (i, id) in c.order.iter().enumerate() {
            match pos[i] {
                None => failures.push(format!("{}: order: {id} should appear ({})", c.name, c.why)),
                Some(p) if i > 0 && pos[i - 1].is_some_and(|q| q > p) => {
                    failures.push(format!("{}: order: {id} should come after {} (shown: {shown:?})", c.name, c.order[i - 1]))
                }
                _ => {}
            }
        }
        if let Some(want) = &c.warnings {
            let q = Query { phase: c.phase.as_deref(), situations: &sits, country: c.country.as_deref(), audience };
            let got: Vec<&str> = ruta_engine::advice::warnings(&q, &r).iter().map(|w| w.id).collect();
            if got != want.iter().map(String::as_str).collect::<Vec<_>>() {
                failures.push(format!("{}: warnings {got:?}, expected {want:?} ({})", c.name, c.why));
            }
        }
        for (lang, phrases) in &c.absent_text {
            if !LOCALE_CODES.contains(&lang.as_str()) {
                failures.push(format!("{}: absent_text: no language {lang}", c.name));
                continue;
            }
            let everything = all_texts(lang);
            for phrase in phrases {
                if !everything.contains(phrase.as_str()) {
                    failures.push(format!("{}: absent_text {lang} \"{phrase}\" appears in no text at all, so checking its absence proves nothing", c.name));
                }
                for (id, text) in view_texts(&r, audience, lang) {
                    if text.contains(phrase.as_str()) {
                        failures.push(format!("{}: {lang} text {id} says \"{phrase}\" ({})", c.name, c.why));
                    }
                }
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
