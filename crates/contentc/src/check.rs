//! Loading and validation. Every check pushes a [`Diag`]; loading carries on after an error so an
//! editor sees all problems at once, not one per build.

use crate::ftl::{self, Elem};
use crate::model::*;
use crate::{line_of, Diag, Diags};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

pub const ICONS: &[&str] = &["home", "route", "flag", "return"];
pub const BASIS_STATUS: &[&str] = &["read", "secondary", "inferred", "unchecked"];
pub const STEPS: &[&str] = &["detect", "care", "refer"];
pub const AUDIENCES: &[&str] = &["woman", "official"];
pub const INFERRED: &[&str] = &["no", "partly", "yes"];
pub const SOURCE_KINDS: &[&str] = &["treaty", "guidance", "commitment", "rcm", "practice"];
pub const CONTACT_KINDS: &[&str] = &[
    "emergency",
    "gbv_hotline",
    "trafficking_hotline",
    "migration_authority",
    "asylum_authority",
    "women_institution",
    "child_protection",
    "un_agency",
    "ombudsperson",
    "information",
];
/// Who answers. "government" means a state body that is not the police; "unknown" is said plainly.
pub const OPERATORS: &[&str] = &["police", "prosecutor", "government", "non-profit", "un-agency", "ombudsperson", "unknown"];
pub const PHONE_LABELS: &[&str] = &["main", "tty", "sms", "old", "other", "fax"];
/// What a number is, when it differs from its contact's kind (the danger box labels it so).
pub const LINE_KINDS: &[&str] = &["emergency", "police", "medical", "fire", "women", "sexual-violence", "trafficking", "child", "information"];
pub const FREE: &[&str] = &["yes", "no", "not-stated"];
pub const HOURS: &[&str] = &["24/7", "not-stated", "limited"];
pub const CONFIDENCE: &[&str] = &["high", "medium", "low"];
pub const STATUS: &[&str] = &["verified", "partial"];

/// Where a checker collects its `file:line: entry: problem` lines (shared by the checker modules).
pub(crate) struct Ctx {
    pub(crate) root: PathBuf,
    pub(crate) diags: Vec<Diag>,
}

impl Ctx {
    fn rel(&self, p: &Path) -> PathBuf {
        p.strip_prefix(&self.root).unwrap_or(p).to_path_buf()
    }
    pub(crate) fn err(&mut self, file: &Path, line: usize, entry: impl Into<String>, message: impl Into<String>) {
        let file = self.rel(file);
        self.diags.push(Diag { file, line, entry: entry.into(), message: message.into() });
    }

    pub(crate) fn read_toml<T: DeserializeOwned>(&mut self, path: &Path) -> Option<(T, String)> {
        let src = match fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                self.err(path, 0, "", format!("cannot read the file: {e}"));
                return None;
            }
        };
        match crate::parse_toml::<T>(&src, path) {
            Ok(v) => Some((v, src)),
            Err(d) => {
                self.err(path, d.line, "", d.message);
                None
            }
        }
    }
}

fn one_of(value: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(format!("\"{value}\" is not one of {}", allowed.join(", ")))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhasesFile {
    phase: Vec<Phase>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SituationsFile {
    situation: Vec<Situation>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    country: Vec<Country>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuidelinesFile {
    principle: Vec<Principle>,
    #[serde(default)]
    approach: Vec<Approach>,
    #[serde(default)]
    definition: Vec<Definition>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    actor: Vec<Actor>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RightsFile {
    right: Vec<Right>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionsFile {
    action: Vec<Action>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    cross_cutting: CrossCutting,
    #[serde(default)]
    rule: Vec<Rule>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    theme: Vec<Theme>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesFile {
    language: Vec<Language>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactsFile {
    #[serde(default)]
    contact: Vec<Contact>,
}

/// Load and validate the pack rooted at `root` (which holds `content/` and `locales/`).
pub fn load(root: &Path) -> Result<Pack, Diags> {
    let mut cx = Ctx { root: root.to_path_buf(), diags: vec![] };
    let c = root.join("content");
    let f = |n: &str| c.join(n);

    let meta = cx.read_toml::<PackMeta>(&f("pack.toml"));
    let phases = cx.read_toml::<PhasesFile>(&f("phases.toml"));
    let situations = cx.read_toml::<SituationsFile>(&f("situations.toml"));
    let countries = cx.read_toml::<CountriesFile>(&f("countries.toml"));
    let guidelines = cx.read_toml::<GuidelinesFile>(&f("guidelines.toml"));
    let actors = cx.read_toml::<ActorsFile>(&f("actors.toml"));
    let sources = cx.read_toml::<SourcesFile>(&f("sources.toml"));
    let rights = cx.read_toml::<RightsFile>(&f("rights.toml"));
    let actions = cx.read_toml::<ActionsFile>(&f("actions.toml"));
    let rules = cx.read_toml::<RulesFile>(&f("rules.toml"));
    let themes = cx.read_toml::<ThemesFile>(&f("themes.toml"));
    let languages = cx.read_toml::<LanguagesFile>(&f("languages.toml"));
    let (Some(meta), Some(phases), Some(situations), Some(countries), Some(guidelines), Some(actors), Some(sources), Some(rights), Some(actions), Some(rules), Some(themes), Some(languages)) =
        (meta, phases, situations, countries, guidelines, actors, sources, rights, actions, rules, themes, languages)
    else {
        return Err(Diags(cx.diags));
    };
    let (meta, _) = meta;

    // ---- ids: unique and well-formed -------------------------------------------------------
    let ids = |cx: &mut Ctx, file: &Path, src: &str, kind: &str, ids: Vec<&Id>, ok: fn(&str) -> bool, rule: &str| {
        let mut seen = BTreeSet::new();
        for id in ids {
            let line = line_of(src, id.span().start);
            let v = id.get_ref();
            if !ok(v) {
                cx.err(file, line, format!("{kind} \"{v}\""), format!("id must be {rule}"));
            }
            if !seen.insert(v.clone()) {
                cx.err(file, line, format!("{kind} \"{v}\""), "id is used twice");
            }
        }
    };
    let slug = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let code2 = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
    let upper = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');

    let (phases, ps) = phases;
    ids(&mut cx, &f("phases.toml"), &ps, "phase", phases.phase.iter().map(|p| &p.id).collect(), slug, "lowercase letters, digits and -");
    for p in &phases.phase {
        if let Err(e) = one_of(&p.icon, ICONS) {
            cx.err(&f("phases.toml"), line_of(&ps, p.id.span().start), format!("phase \"{}\"", p.id.get_ref()), format!("icon {e}"));
        }
    }
    let (situations, ss) = situations;
    ids(&mut cx, &f("situations.toml"), &ss, "situation", situations.situation.iter().map(|p| &p.id).collect(), slug, "lowercase letters, digits and -");
    let (countries, cs) = countries;
    ids(&mut cx, &f("countries.toml"), &cs, "country", countries.country.iter().map(|p| &p.code).collect(), code2, "two capital letters (ISO 3166-1 alpha-2)");
    let (guidelines, gs) = guidelines;
    ids(&mut cx, &f("guidelines.toml"), &gs, "principle", guidelines.principle.iter().map(|p| &p.id).collect(), upper, "capital letters and digits");
    ids(&mut cx, &f("guidelines.toml"), &gs, "approach", guidelines.approach.iter().map(|p| &p.id).collect(), upper, "capital letters and digits");
    ids(&mut cx, &f("guidelines.toml"), &gs, "definition", guidelines.definition.iter().map(|p| &p.id).collect(), upper, "capital letters and digits");
    let (actors, as_) = actors;
    ids(&mut cx, &f("actors.toml"), &as_, "actor", actors.actor.iter().map(|p| &p.id).collect(), upper, "capital letters, digits and -");
    let (sources, sos) = sources;
    ids(&mut cx, &f("sources.toml"), &sos, "source", sources.source.iter().map(|p| &p.id).collect(), |s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'), "letters, digits and -");
    for s in &sources.source {
        let line = line_of(&sos, s.id.span().start);
        if let Err(e) = one_of(&s.kind, SOURCE_KINDS) {
            cx.err(&f("sources.toml"), line, format!("source \"{}\"", s.id.get_ref()), format!("kind {e}"));
        }
        if let Some(u) = &s.url {
            if !u.starts_with("http://") && !u.starts_with("https://") {
                cx.err(&f("sources.toml"), line, format!("source \"{}\"", s.id.get_ref()), "url must start with http:// or https://");
            }
        }
    }
    let (rights, rs) = rights;
    ids(&mut cx, &f("rights.toml"), &rs, "right", rights.right.iter().map(|p| &p.id).collect(), |s| s.len() == 3 && s.starts_with('R') && s.as_bytes()[1..].iter().all(u8::is_ascii_digit), "R followed by two digits (R05)");
    let (actions, acs) = actions;
    ids(&mut cx, &f("actions.toml"), &acs, "action", actions.action.iter().map(|p| &p.id).collect(), |s| s.len() == 3 && s.starts_with('A') && s.as_bytes()[1..].iter().all(u8::is_ascii_digit), "A followed by two digits (A06)");

    let set = |v: Vec<&Id>| v.into_iter().map(|i| i.get_ref().clone()).collect::<HashSet<String>>();
    let principle_ids = set(guidelines.principle.iter().map(|p| &p.id).collect());
    let source_ids = set(sources.source.iter().map(|p| &p.id).collect());
    let actor_ids = set(actors.actor.iter().map(|p| &p.id).collect());
    let right_ids = set(rights.right.iter().map(|p| &p.id).collect());
    let action_ids = set(actions.action.iter().map(|p| &p.id).collect());
    let phase_ids = set(phases.phase.iter().map(|p| &p.id).collect());
    let situation_ids = set(situations.situation.iter().map(|p| &p.id).collect());
    let country_ids = set(countries.country.iter().map(|p| &p.code).collect());

    // ---- rights and actions: principles and bases ------------------------------------------
    let check_item = |cx: &mut Ctx, file: &Path, line: usize, entry: &str, principles: &[String], basis: &[Basis]| {
        for p in principles {
            if !principle_ids.contains(p) {
                cx.err(file, line, entry, format!("principle \"{p}\" does not exist (principles are in content/guidelines.toml)"));
            }
        }
        if basis.is_empty() {
            cx.err(file, line, entry, "has no basis: every right and action must cite at least one source");
        }
        for b in basis {
            if !source_ids.contains(&b.source) {
                cx.err(file, line, entry, format!("basis source \"{}\" does not exist (sources are in content/sources.toml)", b.source));
            }
            if b.cite.trim().is_empty() {
                cx.err(file, line, entry, format!("basis \"{}\" has an empty cite (give the article or paragraph)", b.source));
            }
            if let Err(e) = one_of(&b.status, BASIS_STATUS) {
                cx.err(file, line, entry, format!("basis status {e}"));
            }
        }
    };
    for r in &rights.right {
        let e = format!("right \"{}\"", r.id.get_ref());
        check_item(&mut cx, &f("rights.toml"), line_of(&rs, r.id.span().start), &e, &r.principles, &r.basis);
    }
    for a in &actions.action {
        let e = format!("action \"{}\"", a.id.get_ref());
        let line = line_of(&acs, a.id.span().start);
        check_item(&mut cx, &f("actions.toml"), line, &e, &a.principles, &a.basis);
        if let Err(m) = one_of(&a.step, STEPS) {
            cx.err(&f("actions.toml"), line, &e, format!("step {m}"));
        }
        for ac in &a.actors {
            if !actor_ids.contains(ac) {
                cx.err(&f("actions.toml"), line, &e, format!("actor \"{ac}\" does not exist (actors are in content/actors.toml)"));
            }
        }
        if a.actors.is_empty() {
            cx.err(&f("actions.toml"), line, &e, "names no actor: say who is responsible");
        }
        match &a.audiences {
            Some(v) if v.is_empty() => cx.err(&f("actions.toml"), line, &e, "audiences is empty (leave it out to mean both)"),
            Some(v) => {
                for au in v {
                    if let Err(m) = one_of(au, AUDIENCES) {
                        cx.err(&f("actions.toml"), line, &e, format!("audience {m}"));
                    }
                }
            }
            None => {}
        }
    }

    // ---- rules -----------------------------------------------------------------------------
    let (rules, rus) = rules;
    let rf = f("rules.toml");
    for r in &rules.cross_cutting.rights {
        if !right_ids.contains(r) {
            cx.err(&rf, 0, "cross_cutting", format!("right \"{r}\" does not exist (rights are in content/rights.toml)"));
        }
    }
    for a in &rules.cross_cutting.actions {
        if !action_ids.contains(a) {
            cx.err(&rf, 0, "cross_cutting", format!("action \"{a}\" does not exist (actions are in content/actions.toml)"));
        }
    }
    let mut seen_rules = BTreeSet::new();
    for r in &rules.rule {
        let line = line_of(&rus, r.phase.span().start);
        let e = format!("rule {} × {}", r.phase.get_ref(), r.situation);
        if !phase_ids.contains(r.phase.get_ref()) {
            cx.err(&rf, line, &e, format!("phase \"{}\" does not exist (phases are in content/phases.toml)", r.phase.get_ref()));
        }
        if !situation_ids.contains(&r.situation) {
            cx.err(&rf, line, &e, format!("situation \"{}\" does not exist (situations are in content/situations.toml)", r.situation));
        }
        if !seen_rules.insert((r.phase.get_ref().clone(), r.situation.clone())) {
            cx.err(&rf, line, &e, "a rule for this phase and situation already exists");
        }
        for x in &r.rights {
            if !right_ids.contains(x) {
                cx.err(&rf, line, &e, format!("right \"{x}\" does not exist (rights are in content/rights.toml)"));
            }
        }
        for x in &r.actions {
            if !action_ids.contains(x) {
                cx.err(&rf, line, &e, format!("action \"{x}\" does not exist (actions are in content/actions.toml)"));
            }
        }
        if r.rights.is_empty() && r.actions.is_empty() {
            cx.err(&rf, line, &e, "lists no right and no action");
        }
        if let Err(m) = one_of(&r.inferred, INFERRED) {
            cx.err(&rf, line, &e, format!("inferred {m}"));
        }
    }

    // ---- themes ----------------------------------------------------------------------------
    let (themes, ths) = themes;
    let tf = f("themes.toml");
    ids(&mut cx, &tf, &ths, "theme", themes.theme.iter().map(|p| &p.id).collect(), slug, "lowercase letters, digits and -");
    for t in &themes.theme {
        let line = line_of(&ths, t.id.span().start);
        let e = format!("theme \"{}\"", t.id.get_ref());
        for x in &t.rights {
            if !right_ids.contains(x) {
                cx.err(&tf, line, &e, format!("right \"{x}\" does not exist (rights are in content/rights.toml)"));
            }
        }
        for x in &t.actions {
            if !action_ids.contains(x) {
                cx.err(&tf, line, &e, format!("action \"{x}\" does not exist (actions are in content/actions.toml)"));
            }
        }
        for x in &t.sources {
            if !source_ids.contains(x) {
                cx.err(&tf, line, &e, format!("source \"{x}\" does not exist (sources are in content/sources.toml)"));
            }
        }
        if t.rights.is_empty() && t.actions.is_empty() && t.sources.is_empty() {
            cx.err(&tf, line, &e, "gathers nothing: list rights, actions or sources");
        }
    }

    // ---- contacts --------------------------------------------------------------------------
    let mut contacts = vec![];
    let mut contact_ids = BTreeSet::new();
    for country in &countries.country {
        let code = country.code.get_ref();
        let path = c.join("contacts").join(format!("{code}.toml"));
        if !path.exists() {
            cx.err(&f("countries.toml"), line_of(&cs, country.code.span().start), format!("country \"{code}\""), format!("has no contacts file content/contacts/{code}.toml"));
            continue;
        }
        let Some((file, src)) = cx.read_toml::<ContactsFile>(&path) else { continue };
        for ct in file.contact {
            let line = line_of(&src, ct.id.span().start);
            check_contact(&mut cx, &path, line, &ct, code, &situation_ids);
            if !contact_ids.insert(ct.id.get_ref().clone()) {
                cx.err(&path, line, format!("contact \"{}\"", ct.id.get_ref()), "id is used twice");
            }
            let mut ct = ct;
            derive_source_fields(&mut ct);
            contacts.push(CountryContact { country: code.clone(), file: cx.rel(&path), line, contact: ct });
        }
        if !contacts.iter().any(|x| &x.country == code && x.contact.kind == "emergency") {
            cx.err(&f("countries.toml"), line_of(&cs, country.code.span().start), format!("country \"{code}\""), format!("has no emergency contact in content/contacts/{code}.toml"));
        }
    }
    if let Ok(rd) = fs::read_dir(c.join("contacts")) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if let Some(code) = name.strip_suffix(".toml") {
                if !country_ids.contains(code) {
                    cx.err(&e.path(), 0, "", format!("\"{code}\" is not a country in content/countries.toml"));
                }
            }
        }
    }
    if !is_date(&meta.as_of) || meta.as_of.len() != 10 {
        cx.err(&f("pack.toml"), 0, "as_of", "must be a date YYYY-MM-DD");
    }

    // ---- locales ---------------------------------------------------------------------------
    let mut pack = Pack {
        meta,
        phases: phases.phase,
        situations: situations.situation,
        countries: countries.country,
        principles: guidelines.principle,
        approaches: guidelines.approach,
        definitions: guidelines.definition,
        actors: actors.actor,
        sources: sources.source,
        rights: rights.right,
        actions: actions.action,
        cross_cutting: rules.cross_cutting,
        rules: rules.rule,
        themes: themes.theme,
        languages: vec![],
        contacts,
        locales: vec![],
    };
    pack.locales = load_locales(&mut cx, &pack);
    let (languages, ls) = languages;
    let lf = f("languages.toml");
    for l in &languages.language {
        let line = line_of(&ls, l.code.span().start);
        let e = format!("language \"{}\"", l.code.get_ref());
        if !pack.locales.iter().any(|x| &x.code == l.code.get_ref()) {
            cx.err(&lf, line, &e, format!("has no folder locales/{}", l.code.get_ref()));
        }
        for (what, v, allowed) in [("dir", &l.dir, &["ltr", "rtl"][..]), ("status", &l.status, &["reviewed", "needs-review"][..])] {
            if let Err(m) = one_of(v, allowed) {
                cx.err(&lf, line, &e, format!("{what} {m}"));
            }
        }
        if l.status_date.len() != 10 || !is_date(&l.status_date) {
            cx.err(&lf, line, &e, "status_date must be a date YYYY-MM-DD");
        }
        if l.name.trim().is_empty() {
            cx.err(&lf, line, &e, "name is empty (give the language's own name, e.g. Français)");
        }
    }
    for loc in &pack.locales {
        if !languages.language.iter().any(|l| l.code.get_ref() == &loc.code) {
            cx.err(&lf, 0, "", format!("locales/{} has no [[language]] entry here (name, dir, status)", loc.code));
        }
    }
    // Keep the languages in the locales' order (default first).
    let mut langs = languages.language;
    langs.sort_by_key(|l| pack.locales.iter().position(|x| &x.code == l.code.get_ref()));
    pack.languages = langs;
    let required = required_messages(&pack, &[&ps, &ss, &cs, &gs, &as_, &sos, &rs, &acs, &ths]);
    check_locales(&mut cx, &pack, &required);

    if cx.diags.is_empty() {
        Ok(pack)
    } else {
        Err(Diags(cx.diags))
    }
}

/// The per-contact summaries older consumers use (HSDS export): all urls, the latest date.
fn derive_source_fields(ct: &mut Contact) {
    ct.source_urls = ct.sources.iter().map(|s| s.url.clone()).collect();
    ct.source_date = ct.sources.iter().map(|s| s.date.as_str()).filter(|d| *d != "undated").max().unwrap_or("undated").to_string();
    let dates: Vec<&str> = ct.sources.iter().map(|s| s.date.as_str()).collect();
    ct.source_date_note = (!dates.is_empty()).then(|| dates.join("; "));
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => num(y, 4),
        [y, m] => num(y, 4) && num(m, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)),
        [y, m, d] => num(y, 4) && num(m, 2) && num(d, 2) && (1..=12).contains(&m.parse::<u8>().unwrap_or(0)) && (1..=31).contains(&d.parse::<u8>().unwrap_or(0)),
        _ => false,
    }
}

// Digits a phone keypad sends for a shown number: one definition, shared with the engine's overlay check.
#[path = "../../engine/src/keypad.rs"]
mod keypad;
use keypad::keypad_digits;

fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut h = hay.chars();
    needle.chars().all(|c| h.any(|x| x == c))
}

fn check_contact(cx: &mut Ctx, path: &Path, line: usize, ct: &Contact, country: &str, situations: &HashSet<String>) {
    let id = ct.id.get_ref();
    let e = format!("contact \"{id}\"");
    let prefix = format!("{}-", country.to_ascii_lowercase());
    if !id.starts_with(&prefix) || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        cx.err(path, line, &e, format!("id must start with \"{prefix}\" and use lowercase letters, digits and -"));
    }
    for (what, v, allowed) in [
        ("kind", &ct.kind, CONTACT_KINDS),
        ("operator", &ct.operator, OPERATORS),
        ("free", &ct.free, FREE),
        ("hours", &ct.hours, HOURS),
        ("confidence", &ct.confidence, CONFIDENCE),
        ("status", &ct.status, STATUS),
    ] {
        if let Err(m) = one_of(v, allowed) {
            cx.err(path, line, &e, format!("{what} {m}"));
        }
    }
    if ct.situations.is_empty() {
        cx.err(path, line, &e, "situations is empty (use [\"all\"] for everyone)");
    }
    for s in &ct.situations {
        if s != "all" && !situations.contains(s) {
            cx.err(path, line, &e, format!("situation \"{s}\" does not exist (situations are in content/situations.toml)"));
        }
    }
    for ph in &ct.phones {
        let pe = format!("phone \"{}\"", ph.number);
        if let Err(m) = one_of(&ph.label, PHONE_LABELS) {
            cx.err(path, line, &e, format!("{pe}: label {m}"));
        }
        if let Some(l) = &ph.line {
            if let Err(m) = one_of(l, LINE_KINDS) {
                cx.err(path, line, &e, format!("{pe}: line {m}"));
            }
            // The danger box names the contact beside each number and its card says who answers
            // (the contact's operator): a police line and a medical line never share a contact.
            if l == "medical" && ct.operator == "police" {
                cx.err(path, line, &e, format!("{pe}: a medical line on a contact operated by the police — give it its own contact, with the name and operator of the service that answers it"));
            }
            if l == "police" && ct.operator != "police" {
                cx.err(path, line, &e, format!("{pe}: a police line on a contact whose operator is \"{}\" — give it its own contact with operator = \"police\"", ct.operator));
            }
        }
        if let Err(m) = check_tel(country, &ph.number, &ph.tel, ph.short_code) {
            cx.err(path, line, &e, format!("{pe}: {m}"));
        }
        if ph.sources.is_empty() {
            cx.err(path, line, &e, format!("{pe} has no source: list the urls (from the contact's sources) that give this number"));
        }
        for u in &ph.sources {
            if !ct.sources.iter().any(|s| &s.url == u) {
                cx.err(path, line, &e, format!("{pe}: source \"{u}\" is not in the contact's sources (add it there with its publisher, date and read)"));
            }
        }
    }
    if ct.status == "verified" && ct.phones.is_empty() && ct.website.is_none() {
        cx.err(path, line, &e, "is \"verified\" but has no phone and no website");
    }
    if ct.sources.is_empty() {
        cx.err(path, line, &e, "has no sources: every contact must say where it was read (url, publisher, date, read)");
    }
    for s in &ct.sources {
        if !s.url.starts_with("http://") && !s.url.starts_with("https://") {
            cx.err(path, line, &e, format!("source url \"{}\" must start with http:// or https://", s.url));
        }
        if s.publisher.trim().is_empty() {
            cx.err(path, line, &e, format!("source \"{}\": publisher is empty (say who published it; independence is counted by publisher)", s.url));
        }
        if s.date != "undated" && !is_date(&s.date) {
            cx.err(path, line, &e, format!("source \"{}\": date \"{}\" must be YYYY, YYYY-MM, YYYY-MM-DD or \"undated\"", s.url, s.date));
        }
        if s.read.len() != 10 || !is_date(&s.read) {
            cx.err(path, line, &e, format!("source \"{}\": read \"{}\" must be the day it was read, YYYY-MM-DD", s.url, s.read));
        }
    }
    if let Some(w) = &ct.website {
        if !w.starts_with("http://") && !w.starts_with("https://") {
            cx.err(path, line, &e, format!("website \"{w}\" must start with http:// or https://"));
        }
    }
    if ct.region.as_deref().is_some_and(|r| r.trim().is_empty()) {
        cx.err(path, line, &e, "region is empty (leave it out for a national line)");
    }
    if ct.official_only && !ct.official_note {
        cx.err(path, line, &e, "is official_only but has no official_note: say in contact-<id>-official why she does not see it");
    }
}

/// The country calling code of an ISO 3166 country, from libphonenumber's metadata.
fn calling_code(country: &str) -> Option<u16> {
    phonenumber::metadata::DATABASE.by_id(country).map(|m| m.country_code())
}

/// A `tel` dials from any SIM: a declared national short code (digits, * and #, at most 6), or
/// E.164 with `+` that libphonenumber finds valid for this country. Its digits are the number's
/// own, in order; only the country code may be added.
fn check_tel(country: &str, number: &str, tel: &str, short: bool) -> Result<(), String> {
    let shown = keypad_digits(number);
    if short {
        if tel.starts_with('+') || tel.is_empty() || tel.len() > 6 || !tel.chars().all(|c| c.is_ascii_digit() || "*#".contains(c)) {
            return Err(format!("tel \"{tel}\" is not a short code (at most 6 digits, * or #, no +); remove short_code = true and write it in E.164 (+ and country code)"));
        }
        let digits: String = tel.chars().filter(char::is_ascii_digit).collect();
        if digits.len() < 2 || !is_subsequence(&digits, &shown) {
            return Err(format!("dials \"{tel}\" — tel must use only digits read in the number"));
        }
        return Ok(());
    }
    let Some(rest) = tel.strip_prefix('+') else {
        return Err(format!("tel \"{tel}\" must be E.164 with + and the country code (e.g. +{}…), or be declared short_code = true", calling_code(country).map(|c| c.to_string()).unwrap_or_default()));
    };
    if rest.is_empty() || !rest.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!("tel \"{tel}\" may hold only + and digits"));
    }
    let Some(cc) = calling_code(country) else { return Err(format!("no calling code known for country {country}")) };
    let cc = cc.to_string();
    let Some(national) = rest.strip_prefix(&cc) else {
        return Err(format!("tel \"{tel}\" does not start with +{cc}, the calling code of {country}"));
    };
    if !is_subsequence(rest, &shown) && !is_subsequence(national, &shown) {
        return Err(format!("dials \"{tel}\" — tel must use only digits read in the number (a country code may be added)"));
    }
    let valid = phonenumber::parse(None, tel).map(|n| phonenumber::is_valid(&n)).unwrap_or(false);
    if !valid {
        return Err(format!("tel \"{tel}\" is not a valid phone number for {country} (libphonenumber); check the digits, or declare short_code = true"));
    }
    Ok(())
}

fn load_locales(cx: &mut Ctx, pack: &Pack) -> Vec<Locale> {
    let dir = cx.root.join("locales");
    let mut codes: Vec<String> = match fs::read_dir(&dir) {
        Ok(rd) => rd.flatten().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().to_string()).collect(),
        Err(e) => {
            cx.err(&dir, 0, "", format!("cannot read the locales folder: {e}"));
            return vec![];
        }
    };
    codes.sort();
    let def = &pack.meta.default_language;
    if !codes.contains(def) {
        cx.err(&cx.root.join("content/pack.toml"), 0, "default_language", format!("\"{def}\" has no folder locales/{def}"));
    }
    codes.sort_by_key(|c| (c != def, c.clone()));
    let mut out = vec![];
    for code in codes {
        if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())) {
            cx.err(&dir.join(&code), 0, "", "a language folder must be a two-letter lowercase code (es, en, fr, ht, pt)");
            continue;
        }
        let mut loc = Locale { code: code.clone(), ..Default::default() };
        let mut files: Vec<PathBuf> = fs::read_dir(dir.join(&code)).map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect()).unwrap_or_default();
        files.sort();
        if files.is_empty() {
            cx.err(&dir.join(&code), 0, "", "has no .ftl files");
        }
        for path in files {
            let src = match fs::read_to_string(&path) {
                Ok(s) => s,
                Err(e) => {
                    cx.err(&path, 0, "", format!("cannot read the file: {e}"));
                    continue;
                }
            };
            let rel = cx.rel(&path);
            let is_ui = path.file_name().is_some_and(|n| n == "ui.ftl");
            let mut diags = vec![];
            for (id, msg, line) in ftl::parse_file(&rel, &src, &mut diags) {
                if let Some((_, f0, l0)) = loc.messages.get(&id) {
                    let where_ = format!("{}:{}", f0.display(), l0);
                    cx.err(&path, line, format!("message \"{id}\""), format!("is defined twice (also at {where_})"));
                    continue;
                }
                if is_ui {
                    loc.ui_ids.push(id.clone());
                }
                loc.messages.insert(id, (msg, rel.clone(), line));
            }
            cx.diags.extend(diags);
        }
        out.push(loc);
    }
    out
}

/// (message id, what needs it, file, line)
type Need = (String, String, PathBuf, usize);

fn required_messages(p: &Pack, srcs: &[&String; 9]) -> Vec<Need> {
    let [ps, ss, cs, gs, as_, sos, rs, acs, ths] = *srcs;
    let mut out = vec![];
    let mut need = |ids: &[String], what: String, file: &str, src: &str, span: usize| {
        for id in ids {
            out.push((id.clone(), what.clone(), PathBuf::from("content").join(file), line_of(src, span)));
        }
    };
    for x in &p.phases {
        let i = x.id.get_ref();
        need(&[format!("phase-{i}"), format!("phase-{i}-desc")], format!("phase \"{i}\""), "phases.toml", ps, x.id.span().start);
    }
    for x in &p.situations {
        let i = x.id.get_ref();
        need(&[format!("situation-{i}"), format!("situation-{i}-hint")], format!("situation \"{i}\""), "situations.toml", ss, x.id.span().start);
    }
    for x in &p.countries {
        let i = x.code.get_ref();
        need(&[format!("country-{i}")], format!("country \"{i}\""), "countries.toml", cs, x.code.span().start);
    }
    for x in &p.principles {
        let i = x.id.get_ref();
        need(&[format!("principle-{i}"), format!("principle-{i}-gloss")], format!("principle \"{i}\""), "guidelines.toml", gs, x.id.span().start);
    }
    for x in &p.approaches {
        let i = x.id.get_ref();
        need(&[format!("approach-{i}"), format!("approach-{i}-gloss")], format!("approach \"{i}\""), "guidelines.toml", gs, x.id.span().start);
    }
    for x in &p.definitions {
        let i = x.id.get_ref();
        need(&[format!("definition-{i}"), format!("definition-{i}-gloss")], format!("definition \"{i}\""), "guidelines.toml", gs, x.id.span().start);
    }
    for x in &p.actors {
        let i = x.id.get_ref();
        need(&[format!("actor-{i}")], format!("actor \"{i}\""), "actors.toml", as_, x.id.span().start);
    }
    for x in &p.sources {
        let i = x.id.get_ref();
        need(&[format!("source-{i}")], format!("source \"{i}\""), "sources.toml", sos, x.id.span().start);
    }
    for x in &p.rights {
        let i = x.id.get_ref();
        need(&[format!("right-{i}-title"), format!("right-{i}-woman"), format!("right-{i}-official")], format!("right \"{i}\""), "rights.toml", rs, x.id.span().start);
    }
    for x in &p.actions {
        let i = x.id.get_ref();
        need(&[format!("action-{i}-title"), format!("action-{i}-official"), format!("action-{i}-woman")], format!("action \"{i}\""), "actions.toml", acs, x.id.span().start);
    }
    for x in &p.themes {
        let i = x.id.get_ref();
        need(&[format!("theme-{i}"), format!("theme-{i}-desc")], format!("theme \"{i}\""), "themes.toml", ths, x.id.span().start);
    }
    for x in &p.contacts {
        let i = x.contact.id.get_ref();
        let mut ids = vec![format!("contact-{i}-name")];
        if x.contact.note {
            ids.push(format!("contact-{i}-note"));
        }
        if x.contact.official_note {
            ids.push(format!("contact-{i}-official"));
        }
        for id in ids {
            out.push((id, format!("contact \"{i}\""), x.file.clone(), x.line));
        }
    }
    out
}

fn vars(m: &ftl::Message) -> BTreeSet<String> {
    fn walk(es: &[Elem], out: &mut BTreeSet<String>) {
        for e in es {
            match e {
                Elem::Var(v) => {
                    out.insert(v.clone());
                }
                Elem::Select { var, variants, .. } => {
                    out.insert(var.clone());
                    variants.iter().for_each(|(_, v)| walk(v, out));
                }
                _ => {}
            }
        }
    }
    let mut s = BTreeSet::new();
    walk(&m.elems, &mut s);
    s
}

fn check_locales(cx: &mut Ctx, p: &Pack, required: &[Need]) {
    let Some(def) = p.locales.first() else { return };
    let locales_dir = PathBuf::from("locales");
    for loc in &p.locales {
        let ldir = cx.root.join(&locales_dir).join(&loc.code);
        for (id, what, file, line) in required {
            if !loc.messages.contains_key(id) {
                cx.err(&ldir, 0, "", format!("message \"{id}\" is missing (needed by {what} in {}:{line})", file.display()));
            }
        }
        // Every UI message of the default language must be translated.
        for id in &def.ui_ids {
            if !loc.messages.contains_key(id) {
                let (_, f0, l0) = &def.messages[id];
                cx.err(&ldir, 0, "", format!("message \"{id}\" is missing (the app uses it; defined in {}:{l0})", f0.display()));
            }
        }
        for (id, (msg, file, line)) in &loc.messages {
            let abs = cx.root.join(file);
            if !def.messages.contains_key(id) {
                cx.err(&abs, *line, format!("message \"{id}\""), format!("is not in the default language ({}): a typo, or a message no longer used?", def.code));
            } else if loc.code != def.code {
                let extra: Vec<_> = vars(msg).difference(&vars(&def.messages[id].0)).cloned().collect();
                if !extra.is_empty() {
                    cx.err(&abs, *line, format!("message \"{id}\""), format!("uses ${} which the {} text does not provide", extra.join(", $"), def.code));
                }
            }
            for r in msg.refs() {
                if !loc.messages.contains_key(r) {
                    cx.err(&abs, *line, format!("message \"{id}\""), format!("refers to \"{r}\" which does not exist in this language"));
                }
            }
        }
    }
}
