//! Training scenarios for new staff (issue 17): `content/scenarios.toml` + `locales/*/toolkit.ftl`.
//!
//! Each scenario is a case (country, phase, situations) and four multiple-choice questions: what
//! she must detect (her situations), which rights apply, which steps come first, whom to refer
//! her to — each with the correct options and plausible distractors, all ids of the pack.
//!
//! The check does not trust the author: it works out what the engine answers for the case
//! (official view) with the same rules as `ruta_engine::query::evaluate` and
//! `ruta_engine::scenarios::first_steps` — rights and actions of the rules for the phase × each
//! situation plus the cross-cutting lists, ranked by how many of her situations bring them;
//! contacts of the country (not emergency lines) that serve one of her situations — and refuses
//! a scenario whose expected answers the engine does not give, or whose distractors it does give.
//! So a content change that breaks a scenario stops the build with `file:line: entry: problem`.
//! (The engine's own test, `crates/engine/tests/scenarios.rs`, checks the same against
//! `evaluate()` itself, so the two cannot drift apart unnoticed.)

use crate::model::Pack;
use crate::{line_of, Diag, Diags};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;
use toml::Spanned;

/// How many detect steps and how many care steps count as "the first steps" (in rank order).
pub const FIRST_PER_STEP: usize = 3;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenariosFile {
    #[serde(default)]
    pub scenario: Vec<Scenario>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: Spanned<String>,
    pub country: String,
    pub phase: String,
    pub situations: Vec<String>,
    pub detect_distractors: Vec<String>,
    pub rights: Vec<String>,
    pub rights_distractors: Vec<String>,
    pub first_steps: Vec<String>,
    pub steps_distractors: Vec<String>,
    pub refer: Vec<String>,
    pub refer_distractors: Vec<String>,
}

/// What the engine answers for a case (official view): ids in rank order.
pub struct Answer {
    pub rights: Vec<String>,
    pub actions: Vec<String>,
    /// The first detect steps, then the first care steps (at most [`FIRST_PER_STEP`] of each).
    pub first_steps: Vec<String>,
    pub contacts: Vec<String>,
}

/// `rank()` of query.rs: items brought by more situations first, ties in the order met;
/// cross-cutting items after, unless a situation brought them too.
fn rank(lists: &[&[String]], cross: &[String]) -> Vec<String> {
    let mut out: Vec<(String, usize, usize)> = vec![];
    let mut seen = 0;
    for (ids, is_cross) in lists.iter().map(|l| (*l, false)).chain(std::iter::once((cross, true))) {
        for id in ids {
            seen += 1;
            match out.iter_mut().find(|(x, _, _)| x == id) {
                Some(r) if !is_cross => r.1 += 1,
                Some(_) => {}
                None => out.push((id.clone(), usize::from(!is_cross), seen)),
            }
        }
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    out.into_iter().map(|(id, _, _)| id).collect()
}

pub fn answer(p: &Pack, country: &str, phase: &str, situations: &[String]) -> Answer {
    let rules: Vec<_> = situations.iter().flat_map(|s| p.rules.iter().filter(move |r| r.phase.get_ref() == phase && &r.situation == s)).collect();
    let rights = rank(&rules.iter().map(|r| r.rights.as_slice()).collect::<Vec<_>>(), &p.cross_cutting.rights);
    let for_official = |id: &String| {
        p.actions.iter().find(|a| a.id.get_ref() == id).is_some_and(|a| a.audiences.as_ref().is_none_or(|v| v.iter().any(|x| x == "official")))
    };
    let actions: Vec<String> =
        rank(&rules.iter().map(|r| r.actions.as_slice()).collect::<Vec<_>>(), &p.cross_cutting.actions).into_iter().filter(for_official).collect();
    // Cross-cutting-only actions are not "first steps": they apply to everyone.
    let brought: BTreeSet<&String> = rules.iter().flat_map(|r| r.actions.iter()).collect();
    let step_of = |id: &String| p.actions.iter().find(|a| a.id.get_ref() == id).map(|a| a.step.clone()).unwrap_or_default();
    let mut first_steps = vec![];
    for step in ["detect", "care"] {
        first_steps.extend(actions.iter().filter(|a| brought.contains(a) && step_of(a) == step).take(FIRST_PER_STEP).cloned());
    }
    let contacts = p
        .contacts
        .iter()
        .filter(|c| c.country == country && c.contact.kind != "emergency")
        .filter(|c| {
            let sits: Vec<&String> = c.contact.situations.iter().filter(|s| *s != "all").collect();
            situations.is_empty() || sits.is_empty() || sits.iter().any(|s| situations.contains(s))
        })
        .map(|c| c.contact.id.get_ref().clone())
        .collect();
    Answer { rights, actions, first_steps, contacts }
}

/// Read and check `content/scenarios.toml` (a pack without it has no scenarios).
pub fn load(root: &Path, p: &Pack) -> Result<ScenariosFile, Diags> {
    let Ok(src) = std::fs::read_to_string(root.join("content/scenarios.toml")) else { return Ok(ScenariosFile { scenario: vec![] }) };
    check(&src, p)
}

/// Check the text of a scenarios file against the pack.
pub fn check(src: &str, p: &Pack) -> Result<ScenariosFile, Diags> {
    let src = src.to_owned();
    let file = std::path::PathBuf::from("content/scenarios.toml");
    let mut diags = vec![];
    let parsed: ScenariosFile = crate::parse_toml(&src, &file).map_err(|d| Diags(vec![d]))?;
    let mut ids = BTreeSet::new();
    for s in &parsed.scenario {
        let id = s.id.get_ref();
        let line = line_of(&src, s.id.span().start);
        let mut err = |m: String| diags.push(Diag { file: file.clone(), line, entry: format!("scenario {id}"), message: m });
        if !ids.insert(id.clone()) {
            err("the id is used twice".into());
        }
        if !id.starts_with('S') || id.len() < 2 || !id[1..].bytes().all(|b| b.is_ascii_digit()) {
            err("the id must be S followed by digits (S01, S02 …)".into());
        }
        if !p.countries.iter().any(|c| c.code.get_ref() == &s.country) {
            err(format!("country \"{}\" is not in content/countries.toml", s.country));
        }
        if !p.phases.iter().any(|x| x.id.get_ref() == &s.phase) {
            err(format!("phase \"{}\" is not in content/phases.toml", s.phase));
        }
        let known = |list: &[String], what: &str, exists: &dyn Fn(&str) -> bool, err: &mut dyn FnMut(String)| {
            for x in list {
                if !exists(x) {
                    err(format!("{what} \"{x}\" does not exist"));
                }
            }
        };
        let sit = |x: &str| p.situations.iter().any(|s| s.id.get_ref() == x);
        let right = |x: &str| p.rights.iter().any(|s| s.id.get_ref() == x);
        let action = |x: &str| p.actions.iter().any(|s| s.id.get_ref() == x);
        let contact = |x: &str| p.contacts.iter().any(|c| c.contact.id.get_ref() == x);
        known(&s.situations, "situation", &sit, &mut err);
        known(&s.detect_distractors, "situation", &sit, &mut err);
        known(&s.rights, "right", &right, &mut err);
        known(&s.rights_distractors, "right", &right, &mut err);
        known(&s.first_steps, "action", &action, &mut err);
        known(&s.steps_distractors, "action", &action, &mut err);
        known(&s.refer, "contact", &contact, &mut err);
        known(&s.refer_distractors, "contact", &contact, &mut err);
        for (q, right_ones, wrong_ones) in [
            ("situations", &s.situations, &s.detect_distractors),
            ("rights", &s.rights, &s.rights_distractors),
            ("first_steps", &s.first_steps, &s.steps_distractors),
            ("refer", &s.refer, &s.refer_distractors),
        ] {
            if right_ones.is_empty() || wrong_ones.is_empty() {
                err(format!("{q}: a question needs at least one correct option and one distractor"));
            }
            if let Some(x) = right_ones.iter().find(|x| wrong_ones.contains(x)) {
                err(format!("{q}: \"{x}\" is both correct and a distractor"));
            }
        }
        // What the engine answers for this case.
        let a = answer(p, &s.country, &s.phase, &s.situations);
        for x in s.rights.iter().filter(|x| !a.rights.contains(x)) {
            err(format!("right \"{x}\" is expected, but the engine does not give it for {} / {} / {} (rules.toml changed?)", s.country, s.phase, s.situations.join("+")));
        }
        for x in s.rights_distractors.iter().filter(|x| a.rights.contains(x)) {
            err(format!("distractor right \"{x}\" is one the engine gives for this case: it would be marked wrong although it applies"));
        }
        for x in s.first_steps.iter().filter(|x| !a.first_steps.contains(x)) {
            err(format!(
                "action \"{x}\" is expected among the first steps, but the engine's first detect/care steps for this case are {} (rules.toml or actions.toml changed?)",
                a.first_steps.join(", ")
            ));
        }
        for x in s.steps_distractors.iter().filter(|x| a.actions.contains(x)) {
            err(format!("distractor action \"{x}\" is one the engine gives for this case"));
        }
        for x in s.refer.iter().filter(|x| !a.contacts.contains(x)) {
            err(format!("contact \"{x}\" is expected, but the engine does not list it for this case (contacts changed?)"));
        }
        for x in s.refer_distractors.iter().filter(|x| a.contacts.contains(x)) {
            err(format!("distractor contact \"{x}\" is one the engine lists for this case"));
        }
        // Its words in every language.
        for loc in &p.locales {
            for m in [format!("scenario-{id}-title"), format!("scenario-{id}")] {
                if !loc.messages.contains_key(&m) {
                    err(format!("message \"{m}\" is missing in locales/{}/toolkit.ftl", loc.code));
                }
            }
        }
    }
    // Every toolkit message (scenario stories, matrix values, search labels) in every language.
    if let Some(def) = p.locales.first() {
        for (id, (_, f, line)) in def.messages.iter().filter(|(_, (_, f, _))| f.ends_with("toolkit.ftl")) {
            for loc in p.locales.iter().filter(|l| !l.messages.contains_key(id)) {
                diags.push(Diag { file: f.clone(), line: *line, entry: format!("message \"{id}\""), message: format!("is missing in locales/{}/toolkit.ftl", loc.code) });
            }
        }
    }
    if diags.is_empty() {
        Ok(parsed)
    } else {
        Err(Diags(diags))
    }
}

fn strs(v: &[String]) -> String {
    let inner: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

/// The scenarios as statics of `ruta_engine::scenarios::Scenario`.
pub fn generate(f: &ScenariosFile) -> String {
    let mut o = String::new();
    writeln!(o, "pub static SCENARIOS: &[crate::scenarios::Scenario] = &[").unwrap();
    for s in &f.scenario {
        writeln!(
            o,
            "  crate::scenarios::Scenario {{ id: {:?}, country: {:?}, phase: {:?}, situations: {}, detect_distractors: {}, rights: {}, rights_distractors: {}, first_steps: {}, steps_distractors: {}, refer: {}, refer_distractors: {} }},",
            s.id.get_ref(),
            s.country,
            s.phase,
            strs(&s.situations),
            strs(&s.detect_distractors),
            strs(&s.rights),
            strs(&s.rights_distractors),
            strs(&s.first_steps),
            strs(&s.steps_distractors),
            strs(&s.refer),
            strs(&s.refer_distractors)
        )
        .unwrap();
    }
    writeln!(o, "];").unwrap();
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> (std::path::PathBuf, Pack) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
        let p = crate::load(&root).expect("the repository's content is valid");
        (root, p)
    }

    #[test]
    fn the_repository_scenarios_agree_with_the_engine_rules() {
        let (root, p) = repo();
        let f = load(&root, &p).unwrap_or_else(|d| panic!("{d}"));
        assert!(f.scenario.len() >= 12);
    }

    #[test]
    fn a_content_change_that_breaks_a_scenario_is_named_with_file_line_and_entry() {
        let (root, p) = repo();
        let src = std::fs::read_to_string(root.join("content/scenarios.toml")).unwrap();
        // Expect a right the engine does not give, make a given right a distractor, refer to a
        // contact of another country and to a contact that does not exist.
        let broken = src
            .replacen("rights = [\"R09\", \"R13\"]", "rights = [\"R09\", \"R13\", \"R25\"]", 1)
            .replacen("rights_distractors = [\"R26\", \"R20\"]", "rights_distractors = [\"R03\", \"R20\"]", 1)
            .replacen("refer = [\"mx-ombudsperson-1\"]", "refer = [\"gt-child-1\", \"xx-nothing-1\"]", 1);
        assert_ne!(broken, src);
        let d = check(&broken, &p).unwrap_err().to_string();
        let line = src.lines().position(|l| l.starts_with("id = \"S01\"")).unwrap() + 1;
        for want in [
            format!("content/scenarios.toml:{line}: scenario S01: right \"R25\" is expected, but the engine does not give it"),
            format!("content/scenarios.toml:{line}: scenario S01: distractor right \"R03\" is one the engine gives"),
            format!("content/scenarios.toml:{line}: scenario S01: contact \"gt-child-1\" is expected, but the engine does not list it"),
            format!("content/scenarios.toml:{line}: scenario S01: contact \"xx-nothing-1\" does not exist"),
        ] {
            assert!(d.contains(&want), "{want}\nnot in\n{d}");
        }
    }

    #[test]
    fn unknown_fields_and_missing_stories_are_refused() {
        let (_, p) = repo();
        let d = check("[[scenario]]\nid = \"S99\"\ncolour = \"red\"\n", &p).unwrap_err().to_string();
        assert!(d.contains("content/scenarios.toml:3") && d.contains("colour"), "{d}");
        let one = "[[scenario]]\nid = \"S98\"\ncountry = \"MX\"\nphase = \"transit\"\nsituations = [\"pregnant\"]\ndetect_distractors = [\"older\"]\nrights = [\"R09\"]\nrights_distractors = [\"R26\"]\nfirst_steps = [\"A08\"]\nsteps_distractors = [\"A24\"]\nrefer = [\"mx-ombudsperson-1\"]\nrefer_distractors = [\"mx-child-1\"]\n";
        let d = check(one, &p).unwrap_err().to_string();
        assert!(d.contains("scenario S98: message \"scenario-S98-title\" is missing in locales/es/toolkit.ftl"), "{d}");
    }
}
