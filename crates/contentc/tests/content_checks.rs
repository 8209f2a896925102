//! The content checker must accept a valid pack and reject each kind of broken content with a
//! message that names the file, the line, the entry and the problem.

use ruta_contentc::{compile, load};
use std::fs;
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let t = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            fs::copy(e.path(), t).unwrap();
        }
    }
}

/// A fresh copy of the minimal fixture with one file changed by `edit`.
fn broken(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let dir = std::env::temp_dir().join(format!("ruta-contentc-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&src, &dir);
    let p = dir.join(file);
    let text = fs::read_to_string(&p).unwrap_or_default();
    fs::write(&p, edit(text)).unwrap();
    dir
}

fn errors(dir: &Path) -> Vec<String> {
    match load(dir) {
        Ok(_) => vec![],
        Err(d) => d.0.iter().map(|d| d.to_string()).collect(),
    }
}

fn assert_error(errs: &[String], expected: &str) {
    assert!(errs.iter().any(|e| e == expected), "expected error\n  {expected}\ngot\n  {}", errs.join("\n  "));
}

#[test]
fn the_minimal_fixture_is_valid_and_compiles() {
    let dir = broken("valid", "content/pack.toml", |s| s);
    let out = compile(&dir).expect("valid fixture");
    let src = out.rust;
    assert_eq!(out.packs.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(), ["es", "en"], "default language first");
    assert!(out.packs[0].1.starts_with(b"RUTAMSG1"));
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
    assert_error(&errors(&dir), "content/rights.toml:2: right \"R05\": basis status \"maybe\" is not one of read, secondary, inferred");
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
    assert_error(&errors(&dir), "content/contacts/MX.toml:2: contact \"mx-911\": phone \"911\" dials \"9110\" — tel must use only digits read in the number");
}

#[test]
fn a_contact_without_source_or_date_is_rejected() {
    let dir = broken("nosource", "content/contacts/MX.toml", |s| s.replace("source_urls = [\"https://example.org/source\"]", "source_urls = []").replace("2015-12-02", "last year"));
    let errs = errors(&dir);
    assert_error(&errs, "content/contacts/MX.toml:2: contact \"mx-911\": has no source_urls: every contact must say where it was read");
    assert_error(&errs, "content/contacts/MX.toml:2: contact \"mx-911\": source_date \"last year\" must be YYYY, YYYY-MM, YYYY-MM-DD or \"undated\"");
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

#[test]
fn hsds_export_imports_back_without_loss() {
    use ruta_contentc::hsds;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pack = load(&root).expect("the real pack is valid");
    let dir = hsds::export(&pack, "en");
    assert_eq!(dir.services.len(), pack.contacts.len());
    let us = dir.services.iter().find(|s| s.x_ruta_kind == "trafficking_hotline" && s.service_areas[0].name == "US").unwrap();
    assert!(us.phones.iter().any(|p| p.number.contains("373-7888")), "{us:?}");
    assert_eq!(us.status, "active");
    // JSON round trip, then back to Ruta's files in a scratch copy of the repo's content.
    let json = serde_json::to_string(&dir).unwrap();
    let back: hsds::Directory = serde_json::from_str(&json).unwrap();
    assert_eq!(back, dir);
    let imported = hsds::import(&back).expect("import");
    let scratch = std::env::temp_dir().join(format!("ruta-hsds-{}", std::process::id()));
    let _ = fs::remove_dir_all(&scratch);
    copy_dir(&root.join("content"), &scratch.join("content"));
    copy_dir(&root.join("locales"), &scratch.join("locales"));
    for (cc, t) in &imported.contact_files {
        fs::write(scratch.join(format!("content/contacts/{cc}.toml")), t).unwrap();
    }
    for (l, f) in &imported.ftl_files {
        fs::write(scratch.join(format!("locales/{l}/contacts.ftl")), f).unwrap();
    }
    let again = load(&scratch).unwrap_or_else(|d| panic!("imported pack invalid: {d}"));
    assert_eq!(hsds::export(&again, "en"), dir, "export → import → export is stable");
}

#[test]
fn a_broken_hsds_directory_is_refused_with_the_service_named() {
    use ruta_contentc::hsds;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut dir = hsds::export(&load(&root).unwrap(), "es");
    dir.services[0].service_areas.clear();
    let id = dir.services[0].id.clone();
    let errs = hsds::import(&dir).unwrap_err();
    assert_eq!(errs, vec![format!("service \"{id}\": no service_areas entry with extent_type \"country\"")]);
}
