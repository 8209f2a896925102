//! The content checker must accept a valid pack and reject each kind of broken content with a
//! message that names the file, the line, the entry and the problem.

mod common;

use ruta_contentc::{compile, load};
use common::assert_error;
use std::path::{Path, PathBuf};

/// A fresh copy of the minimal fixture with one file changed by `edit`.
fn broken(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    common::fixture("contentc", name, file, edit)
}

fn errors(dir: &Path) -> Vec<String> {
    match load(dir) {
        Ok(_) => vec![],
        Err(d) => d.0.iter().map(|d| d.to_string()).collect(),
    }
}


#[test]
fn the_minimal_fixture_is_valid_and_compiles() {
    let dir = broken("valid", "content/pack.toml", |s| s);
    let out = compile(&dir).expect("valid fixture");
    let src = out.rust;
    assert_eq!(out.packs.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(), ["es", "en"], "default language first");
    assert!(out.packs[0].1.starts_with(b"RUTAPACK"), "packs carry their header (see pack.rs)");
    assert!(src.contains("pub static RIGHTS"));
    assert!(src.contains("\"R05\""));
    assert!(src.contains("pub const HELLO: &str = \"hello\";"), "UI ids become constants");
}

#[test]
fn unknown_right_in_a_rule_names_file_line_and_entry() {
    let dir = broken("rule-ref", "content/rules.toml", |s| s.replace("rights = [\"R05\"]\nactions = [\"A06\"]", "rights = [\"R99\"]\nactions = [\"A06\"]"));
    assert_error(&errors(&dir), "content/rules.toml:6: rule transit × violence: right \"R99\" does not exist (rights are in content/rights.toml)");
}

#[test]
fn bad_basis_status_and_missing_basis() {
    let dir = broken("basis", "content/rights.toml", |s| s.replace("status = \"read\"", "status = \"maybe\""));
    assert_error(&errors(&dir), "content/rights.toml:2: right \"R05\": basis status \"maybe\" is not one of read, secondary, inferred, unchecked");
    let dir = broken("nobasis", "content/actions.toml", |s| s.replace("basis = [{ source = \"BDP\", cite = \"art. 9\", status = \"read\" }]", ""));
    assert_error(&errors(&dir), "content/actions.toml:2: action \"A06\": has no basis: every right and action must cite at least one source");
}

#[test]
fn a_missing_translation_names_the_language_and_who_needs_it() {
    let dir = broken("missing-msg", "locales/en/content.ftl", |s| s.replace("right-R05-woman = R05W en\n", ""));
    assert_error(&errors(&dir), "locales/en: message \"right-R05-woman\" is missing (needed by right \"R05\" in content/rights.toml:2)");
    let dir = broken("missing-ui", "locales/en/ui.ftl", |s| s.replace("hello = Hola { $name }\n", ""));
    assert_error(&errors(&dir), "locales/en: message \"hello\" is missing (the app uses it; defined in locales/es/ui.ftl:1)");
}

#[test]
fn fluent_syntax_errors_and_wrong_variables_are_reported() {
    let dir = broken("ftl-syntax", "locales/en/ui.ftl", |s| s + "broken = { $x\n");
    let errs = errors(&dir);
    assert!(errs.iter().any(|e| e.starts_with("locales/en/ui.ftl:6: Fluent syntax error")), "{errs:?}");
    let dir = broken("ftl-var", "locales/en/ui.ftl", |s| s.replace("Hola { $name }", "Hello { $nmae }"));
    assert_error(&errors(&dir), "locales/en/ui.ftl:1: message \"hello\": uses $nmae which the es text does not provide");
}

#[test]
fn an_invented_digit_in_a_phone_is_rejected() {
    let dir = broken("tel", "content/contacts/MX.toml", |s| s.replace("tel = \"911\"", "tel = \"9110\""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:2: contact \"mx-911\": phone \"911\": dials \"9110\" — tel must use only digits read in the number");
    let dir = broken("tel-e164", "content/contacts/MX.toml", |s| s.replace("tel = \"+528005533000\"", "tel = \"+528005533001\""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"800 5533 000\": dials \"+528005533001\" — tel must use only digits read in the number (a country code may be added)");
}

#[test]
fn a_number_must_be_e164_or_a_declared_short_code_and_valid_for_its_country() {
    // National form without + (fails from a foreign SIM).
    let dir = broken("tel-national", "content/contacts/MX.toml", |s| s.replace("tel = \"+528005533000\"", "tel = \"8005533000\""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"800 5533 000\": tel \"8005533000\" must be E.164 with + and the country code (e.g. +52…), or be declared short_code = true");
    // A short code not declared as such.
    let dir = broken("tel-undeclared", "content/contacts/MX.toml", |s| s.replace(", short_code = true", ""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:2: contact \"mx-911\": phone \"911\": tel \"911\" must be E.164 with + and the country code (e.g. +52…), or be declared short_code = true");
    // Another country's code.
    let dir = broken("tel-cc", "content/contacts/MX.toml", |s| s.replace("number = \"800 5533 000\", tel = \"+528005533000\"", "number = \"+1 800 5533 000\", tel = \"+18005533000\""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"+1 800 5533 000\": tel \"+18005533000\" does not start with +52, the calling code of MX");
    // The right country code but digits libphonenumber knows cannot exist (too short for Mexico).
    let dir = broken("tel-invalid", "content/contacts/MX.toml", |s| s.replace("number = \"800 5533 000\", tel = \"+528005533000\"", "number = \"5533 000\", tel = \"+525533000\""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"5533 000\": tel \"+525533000\" is not a valid phone number for MX (libphonenumber); check the digits, or declare short_code = true");
    // A long number declared short.
    let dir = broken("tel-fake-short", "content/contacts/MX.toml", |s| s.replace("tel = \"+528005533000\",", "tel = \"8005533000\", short_code = true,"));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"800 5533 000\": tel \"8005533000\" is not a short code (at most 6 digits, * or #, no +); remove short_code = true and write it in E.164 (+ and country code)");
}

#[test]
fn who_answers_is_required_and_never_guessed() {
    let dir = broken("nooperator", "content/contacts/MX.toml", |s| s.replacen("operator = \"police\"\n", "", 1));
    let errs = errors(&dir);
    assert!(errs.iter().any(|e| e.starts_with("content/contacts/MX.toml:") && e.contains("missing field `operator`")), "{errs:?}");
    let dir = broken("ngo", "content/contacts/MX.toml", |s| s.replace("operator = \"non-profit\"", "operator = \"ngo\""));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": operator \"ngo\" is not one of police, prosecutor, government, non-profit, un-agency, ombudsperson, unknown");
}

#[test]
fn every_number_and_contact_needs_a_source_with_publisher_and_dates() {
    let dir = broken("nosource", "content/contacts/MX.toml", |s| s.replace("sources = [\"https://example.org/source\"]", "sources = []").replace("2015-12-02", "last year"));
    let errs = errors(&dir);
    assert_error(&errs, "content/contacts/MX.toml:2: contact \"mx-911\": phone \"911\" has no source: list the urls (from the contact's sources) that give this number");
    assert_error(&errs, "content/contacts/MX.toml:2: contact \"mx-911\": source \"https://example.org/source\": date \"last year\" must be YYYY, YYYY-MM, YYYY-MM-DD or \"undated\"");
    let dir = broken("unlisted", "content/contacts/MX.toml", |s| s.replace("\"https://example.net/b\"]", "\"https://example.net/c\"]"));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"800 5533 000\": source \"https://example.net/c\" is not in the contact's sources (add it there with its publisher, date and read)");
    let dir = broken("nopublisher", "content/contacts/MX.toml", |s| s.replace("publisher = \"Publisher B\"", "publisher = \" \"").replace("read = \"2026-12-01\" },\n]\n", "read = \"soon\" },\n]\n"));
    let errs = errors(&dir);
    assert_error(&errs, "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": source \"https://example.net/b\": publisher is empty (say who published it; independence is counted by publisher)");
    assert_error(&errs, "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": source \"https://example.net/b\": read \"soon\" must be the day it was read, YYYY-MM-DD");
}

#[test]
fn an_official_only_contact_must_say_why() {
    let dir = broken("offonly", "content/contacts/MX.toml", |s| s.replace("status = \"verified\"\nphones = [\n  { number = \"800", "status = \"verified\"\nofficial_only = true\nphones = [\n  { number = \"800"));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": is official_only but has no official_note: say in contact-<id>-official why she does not see it");
    let dir = broken("offnote", "content/contacts/MX.toml", |s| s.replace("status = \"verified\"\nphones = [\n  { number = \"800", "status = \"verified\"\nofficial_only = true\nofficial_note = true\nphones = [\n  { number = \"800"));
    assert_error(&errors(&dir), "locales/es: message \"contact-mx-trafficking-1-official\" is missing (needed by contact \"mx-trafficking-1\" in content/contacts/MX.toml:18)");
}

#[test]
fn a_fax_and_line_kinds_are_checked() {
    let dir = broken("line", "content/contacts/MX.toml", |s| s.replace("short_code = true,", "short_code = true, line = \"ambulance\","));
    assert_error(&errors(&dir), "content/contacts/MX.toml:2: contact \"mx-911\": phone \"911\": line \"ambulance\" is not one of emergency, police, medical, fire, women, sexual-violence, trafficking, child, information");
}

#[test]
fn a_police_line_and_a_medical_line_never_share_a_contact() {
    // The danger box shows the contact's name beside each number: an ambulance number on the
    // police's contact would be named after the police (the Guatemala 125 bug).
    let dir = broken("medical-on-police", "content/contacts/MX.toml", |s| s.replacen("short_code = true,", "short_code = true, line = \"medical\",", 1));
    assert_error(&errors(&dir), "content/contacts/MX.toml:2: contact \"mx-911\": phone \"911\": a medical line on a contact operated by the police — give it its own contact, with the name and operator of the service that answers it");
    let dir = broken("police-on-ngo", "content/contacts/MX.toml", |s| s.replace("tel = \"+528005533000\",", "tel = \"+528005533000\", line = \"police\","));
    assert_error(&errors(&dir), "content/contacts/MX.toml:18: contact \"mx-trafficking-1\": phone \"800 5533 000\": a police line on a contact whose operator is \"non-profit\" — give it its own contact with operator = \"police\"");
}

#[test]
fn a_country_needs_an_emergency_contact_and_a_contacts_file() {
    let dir = broken("noemergency", "content/contacts/MX.toml", |s| s.replace("kind = \"emergency\"", "kind = \"gbv_hotline\""));
    assert_error(&errors(&dir), "content/countries.toml:2: country \"MX\": has no emergency contact in content/contacts/MX.toml");
    let dir = broken("newcountry", "content/countries.toml", |s| s + "\n[[country]]\ncode = \"XX\"\n");
    let errs = errors(&dir);
    assert_error(&errs, "content/countries.toml:5: country \"XX\": has no contacts file content/contacts/XX.toml");
    assert_error(&errs, "locales/es: message \"country-XX\" is missing (needed by country \"XX\" in content/countries.toml:5)");
}

#[test]
fn typos_in_field_names_and_bad_toml_are_reported_with_a_line() {
    let dir = broken("typo", "content/phases.toml", |s| s.replace("icon =", "icno ="));
    let errs = errors(&dir);
    assert!(errs.iter().any(|e| e.starts_with("content/phases.toml:") && e.contains("unknown field `icno`")), "{errs:?}");
    let dir = broken("badtoml", "content/situations.toml", |s| s.replace("code = \"S01\"", "code = S01"));
    let errs = errors(&dir);
    assert!(errs.iter().any(|e| e.starts_with("content/situations.toml:3: not valid")), "{errs:?}");
}

#[test]
fn duplicate_ids_are_reported() {
    let dir = broken("dup", "content/rights.toml", |s| format!("{s}\n{s}"));
    let errs = errors(&dir);
    assert!(errs.iter().any(|e| e.starts_with("content/rights.toml:") && e.ends_with("right \"R05\": id is used twice")), "{errs:?}");
}


/// The two-source table counts a number once per contact and flags, among the one-source
/// numbers, the 24-hour lines that the danger box leaves out until a second publisher gives them.
#[test]
fn the_two_source_report_counts_publishers_and_flags_lines_kept_out_of_the_danger_box() {
    let dir = broken("coverage-ok", "content/contacts/MX.toml", |s| s);
    let pack = load(&dir).expect("the fixture loads");
    let report = ruta_contentc::coverage::report(&pack);
    assert!(report.contains("| MX | 2 | 1 |"), "{report}");
    assert!(report.contains("- MX mx-911 \"911\"\n"), "an emergency number is never flagged: {report}");
    // The same publisher twice is one source.
    let dir = broken("coverage-same", "content/contacts/MX.toml", |s| s.replace("publisher = \"Publisher B\"", "publisher = \"Publisher A\""));
    let pack = load(&dir).expect("the fixture loads");
    let report = ruta_contentc::coverage::report(&pack);
    assert!(report.contains("| MX | 2 | 0 |"), "{report}");
    assert!(report.contains("- MX mx-trafficking-1 \"800 5533 000\" — a 24-hour line kept out of the danger box until a second publisher gives it"), "{report}");
}

/// Costa Rica's two INAMU numbers were shown twice in her view, on the violence-line card and on
/// the INAMU card (issue 18, 2026-12-02): the Women's Delegation line now sits on the violence card
/// only and the line for general questions on the INAMU card only, so each is counted (and read)
/// once.
#[test]
fn costa_ricas_inamu_numbers_are_each_on_one_card_she_sees() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pack = load(&root).expect("the real content loads");
    let seen = ruta_contentc::coverage::her_numbers(&pack);
    for (digits, card) in [("2527-3761", "cr-gbv-1"), ("2527-1911", "cr-women-1")] {
        let on: Vec<&str> = seen.iter().filter(|s| s.country == "CR" && s.number.contains(digits)).map(|s| s.contact.as_str()).collect();
        assert_eq!(on, vec![card], "{digits} must be on {card} only");
    }
}

/// Issue 18's target, kept: at least 90 % of the numbers in her view have two sources from
/// different publishers (75 of 81 on 2026-12-02), and none has no source at all. That the two
/// publishers are independent of each other is the editor's judgement (docs/CONTENT.md); this
/// counts distinct publishers. A number added with one source is fine while the share stays at
/// 90 %; below it, find a second publisher first (docs/SOURCES.md says what was searched).
#[test]
fn at_least_90_percent_of_her_numbers_have_two_distinct_publishers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pack = load(&root).expect("the real content loads");
    let seen = ruta_contentc::coverage::her_numbers(&pack);
    // Every country shows her at least its emergency number: a count below that means the count broke.
    assert!(seen.len() >= pack.countries.len(), "only {} numbers counted in her view", seen.len());
    let two = seen.iter().filter(|s| s.publishers >= 2).count();
    assert!(seen.iter().all(|s| s.publishers >= 1), "a number in her view has no source");
    assert!(two * 10 >= seen.len() * 9, "{two} of {} numbers have two independent publishers (< 90 %)", seen.len());
    let rows = ruta_contentc::coverage::two_source_table(&pack);
    assert_eq!(rows.iter().map(|r| r.1).sum::<usize>(), seen.len());
    assert_eq!(rows.iter().map(|r| r.2).sum::<usize>(), two);
}
