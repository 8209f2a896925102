//! The law checker (crates/contentc/src/check_law.rs) must accept the minimal fixture and reject
//! each kind of incomplete treaty or deadline data with `file:line: entry: problem`.

mod common;

use ruta_contentc::{check_law, compile, load};
use common::assert_error;
use std::path::{Path, PathBuf};

/// A fresh copy of the minimal fixture with one file changed by `edit`.
fn broken(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    common::fixture("law", name, file, edit)
}

fn law_errors(dir: &Path) -> Vec<String> {
    let pack = load(dir).expect("the rest of the fixture is valid");
    match check_law::load(dir, &pack) {
        Ok(_) => vec![],
        Err(d) => d.0.iter().map(|d| d.to_string()).collect(),
    }
}


#[test]
fn the_minimal_fixture_has_valid_law_data_and_compiles_it() {
    let dir = broken("valid", "content/pack.toml", |s| s);
    assert_eq!(law_errors(&dir), Vec::<String>::new());
    let out = compile(&dir).expect("valid fixture");
    assert!(out.rust.contains("pub static INSTRUMENTS: &[L::Instrument]"));
    assert!(out.rust.contains("L::Cell { country: \"MX\", status: L::Status::Party, year: Some(1998), reference: \"bdp-src\", date_read: \"2026-12-01\" }"));
    assert!(out.rust.contains("unit: Some(L::Unit::WorkingDays), amount: 30, from: Some(L::CountFrom::FirstWorkingDayAfterEntry)"));
}

#[test]
fn a_missing_cell_or_deadline_names_the_instrument_and_the_country() {
    let dir = broken("missing-cell", "content/treaties.toml", |s| {
        let a = s.find("cells = [").unwrap();
        format!("{}cells = []\n", &s[..a])
    });
    assert_error(&law_errors(&dir), "content/treaties.toml:14: instrument \"BDP\": has no cell for country \"MX\" (every instrument needs all 1 countries)");
    let dir = broken("missing-deadline", "content/deadlines.toml", |_| "# nothing yet\n".into());
    assert_error(&law_errors(&dir), "content/deadlines.toml: country \"MX\": has no [[deadline]] (add one; facts not confirmed are marked \"unconfirmed\")");
}

#[test]
fn a_cell_without_source_or_date_is_rejected() {
    let dir = broken("no-ref", "content/treaties.toml", |s| s.replace(", ref = \"bdp-src\", date_read = \"2026-12-01\"", ""));
    let errs = law_errors(&dir);
    assert_error(&errs, "content/treaties.toml:18: instrument \"BDP\", country \"MX\": has no source: add ref = \"<id of a [[ref]]>\" (or ref = \"none\" with status \"unconfirmed\")");
    assert_error(&errs, "content/treaties.toml:18: instrument \"BDP\", country \"MX\": has no date_read (YYYY-MM-DD: when the source was read)");
}

#[test]
fn a_status_needs_a_source_that_was_read() {
    let dir = broken("ref-none", "content/treaties.toml", |s| s.replace("ref = \"bdp-src\"", "ref = \"none\""));
    assert_error(&law_errors(&dir), "content/treaties.toml:18: instrument \"BDP\", country \"MX\": status \"party\" needs a source that was read; with ref \"none\" the status must be \"unconfirmed\"");
}

#[test]
fn an_unconfirmed_cell_must_say_why() {
    let dir = broken("unconfirmed", "content/treaties.toml", |s| s.replace("status = \"party\", year = 1998, ref = \"bdp-src\"", "status = \"unconfirmed\", ref = \"none\""));
    assert_error(&law_errors(&dir), "content/treaties.toml:18: instrument \"BDP\", country \"MX\": is unconfirmed: add a note saying what was found and what is left to check");
}

#[test]
fn a_status_must_fit_the_kind_and_refs_must_exist() {
    let dir = broken("bad-status", "content/treaties.toml", |s| s.replace("status = \"party\", year = 1998, ref = \"bdp-src\"", "status = \"endorsed\", ref = \"nowhere\""));
    let errs = law_errors(&dir);
    assert_error(&errs, "content/treaties.toml:18: instrument \"BDP\", country \"MX\": status \"endorsed\" is not one of party, signed, not-party, unconfirmed (kind treaty)");
    assert_error(&errs, "content/treaties.toml:18: instrument \"BDP\", country \"MX\": ref \"nowhere\" does not exist (add a [[ref]] at the top of the file)");
}

#[test]
fn a_year_with_a_non_binding_status_is_rejected() {
    let dir = broken("year-signed", "content/treaties.toml", |s| s.replace("status = \"party\", year = 1998", "status = \"signed\", year = 1998"));
    assert_error(&law_errors(&dir), "content/treaties.toml:18: instrument \"BDP\", country \"MX\": a year is given but the status is \"signed\" (the year is when the country became bound)");
}

#[test]
fn a_treaty_cited_as_basis_must_have_an_instrument() {
    let dir = broken("unlinked", "content/treaties.toml", |s| s.replace("sources = [\"BDP\"]", "sources = []"));
    assert_error(&law_errors(&dir), "content/treaties.toml: source \"BDP\": is a treaty cited as a legal basis but no [[instrument]] lists it in `sources`: its status per country is unknown");
}

#[test]
fn a_confirmed_deadline_needs_its_source_and_date() {
    let dir = broken("deadline-source", "content/deadlines.toml", |s| s.replacen("source = \"A law, art. 18\"\nurl = \"https://example.org/law\"\nread = \"secondary\"\ndate_read = \"2026-12-01\"\n", "", 1));
    let errs = law_errors(&dir);
    assert_error(&errs, "content/deadlines.toml:3: deadline \"MX\", limit: is confirmed but has no source (name the law/article or page read)");
    assert_error(&errs, "content/deadlines.toml:3: deadline \"MX\", limit: is confirmed but has no date_read (YYYY-MM-DD)");
}

#[test]
fn a_deadline_limit_must_say_how_to_count() {
    let dir = broken("deadline-unit", "content/deadlines.toml", |s| s.replace("unit = \"working-days\"", "unit = \"weeks\"").replace("from = \"first-working-day-after-entry\"\n", ""));
    assert_error(&law_errors(&dir), "content/deadlines.toml:3: deadline \"MX\", limit: unit \"weeks\" is not one of working-days, days, months, years, none");
    let dir = broken("deadline-from", "content/deadlines.toml", |s| s.replace("from = \"first-working-day-after-entry\"\n", ""));
    assert_error(&law_errors(&dir), "content/deadlines.toml:3: deadline \"MX\", limit: has no from (entry, day-after-entry, first-working-day-after-entry): when does counting start?");
}

#[test]
fn a_missing_fact_or_unconfirmed_fact_without_note_is_rejected() {
    let dir = broken("deadline-fact", "content/deadlines.toml", |s| s.replace("[deadline.detention]\nstatus = \"unconfirmed\"\nnote = \"not read\"\n", "").replace("[deadline.border]\nstatus = \"unconfirmed\"\nnote = \"not read\"", "[deadline.border]\nstatus = \"unconfirmed\""));
    let errs = law_errors(&dir);
    assert_error(&errs, "content/deadlines.toml:3: deadline \"MX\", detention: is missing: add [deadline.detention] with status \"confirmed\" or \"unconfirmed\"");
    assert_error(&errs, "content/deadlines.toml:3: deadline \"MX\", border: is unconfirmed: add a note saying what was found");
}

#[test]
fn messages_the_law_module_uses_must_exist_in_every_language() {
    let dir = broken("law-ftl", "locales/en/law.ftl", |s| s.lines().filter(|l| !l.starts_with("law-authority-MX") && !l.starts_with("law-last-day =")).collect::<Vec<_>>().join("\n") + "\n");
    let errs = law_errors(&dir);
    assert_error(&errs, "locales: message \"law-last-day\": is missing in en (law.ftl; used by crates/engine/src/law.rs)");
    assert_error(&errs, "content/deadlines.toml:3: deadline \"MX\", authority: message \"law-authority-MX\" is missing in en");
}
