//! Ruta's HSDS export is valid Open Referral HSDS 3.0: every exported record is validated against
//! the official schemas vendored in `tests/hsds/schema/` (see its README for version and commit),
//! with a real JSON-Schema validator (`jsonschema`), formats (uuid, uri, email, date) enforced.
//!
//! Two passes per record:
//! * **published** — the schema exactly as Open Referral publishes it (HSDS allows additional
//!   properties: docs "Extending HSDS");
//! * **strict** — as the specification's own CI validates its examples
//!   (`--set-additional-properties-false-everywhere`), except that our documented `x_ruta_*`
//!   extensions are allowed; and `format: date` added where the schema's `datapackage_type` is
//!   "date" (so `assured_date` must be YYYY-MM-DD).
//!
//! The same validator checks the overlay examples NGOs are given (`examples/host/*.json`,
//! `tests/hsds/overlays/*.json`). `RUTA_HSDS_FILE=path cargo test -p ruta-contentc --test
//! hsds_schema -- --nocapture` validates any other file and prints the count.

use ruta_contentc::{compile, hsds, load};
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema_file(name: &str) -> Value {
    let p = root().join("tests/hsds/schema").join(name);
    serde_json::from_str(&fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))).unwrap()
}

/// additionalProperties: false everywhere (x_ruta_* allowed), format: date where the schema says
/// the value is a date.
fn strict(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.get("datapackage_type").and_then(Value::as_str) == Some("date") && m.get("type").and_then(Value::as_str) == Some("string") {
                m.insert("format".into(), json!("date"));
            }
            if m.contains_key("properties") {
                m.insert("additionalProperties".into(), json!(false));
                m.insert("patternProperties".into(), json!({ "^x_ruta_": {} }));
            }
            for (k, x) in m.iter_mut() {
                // "properties" maps names to schemas: recurse into each schema, not the map itself.
                if k == "properties" || k == "definitions" {
                    if let Value::Object(props) = x {
                        props.values_mut().for_each(strict);
                    }
                } else {
                    strict(x);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(strict),
        _ => {}
    }
}

struct Validators {
    published: jsonschema::Validator,
    strict: jsonschema::Validator,
    page: jsonschema::Validator,
}

fn validators() -> Validators {
    let service = schema_file("compiled/service_with_definitions.json");
    let mut strict_service = service.clone();
    strict(&mut strict_service);
    let opts = || jsonschema::options().should_validate_formats(true);
    // The whole file: the HSDS API's paginated list (openapi.json: Page + contents).
    let openapi = schema_file("openapi.json");
    let mut page = openapi["components"]["schemas"]["Page"].clone();
    page["properties"]["contents"] = json!({ "type": "array" });
    page["required"] = json!(["contents"]);
    strict(&mut page);
    Validators {
        published: opts().build(&service).expect("the official service schema compiles"),
        strict: opts().build(&strict_service).expect("strict service schema compiles"),
        page: opts().build(&page).expect("page schema compiles"),
    }
}

/// Every error for one record, as "pass: path: message".
fn record_errors(v: &Validators, rec: &Value) -> Vec<String> {
    let mut out = vec![];
    for (pass, val) in [("published", &v.published), ("strict", &v.strict)] {
        for e in val.iter_errors(rec) {
            out.push(format!("{pass}: {}: {e}", e.instance_path));
        }
    }
    out
}

/// (records, records with errors, all errors) for a whole file.
fn validate_file(v: &Validators, doc: &Value) -> (usize, usize, Vec<String>) {
    let mut errors: Vec<String> = v.page.iter_errors(doc).map(|e| format!("file: {}: {e}", e.instance_path)).collect();
    let records = doc.get("contents").or_else(|| doc.get("services")).and_then(Value::as_array).cloned().unwrap_or_default();
    let mut bad = 0;
    for (i, r) in records.iter().enumerate() {
        let errs = record_errors(v, r);
        if !errs.is_empty() {
            bad += 1;
        }
        errors.extend(errs.into_iter().map(|e| format!("record {i}: {e}")));
    }
    (records.len(), bad, errors)
}

#[test]
fn every_exported_record_is_valid_hsds_3() {
    let v = validators();
    let pack = load(&root()).expect("the real pack is valid");
    for lang in ["es", "en"] {
        let doc = serde_json::to_value(hsds::export(&pack, lang)).unwrap();
        let (n, bad, errors) = validate_file(&v, &doc);
        println!("HSDS 3.0 export ({lang}): {} of {n} records valid; {} schema errors", n - bad, errors.len());
        assert_eq!(n, pack.contacts.len());
        assert!(errors.is_empty(), "{} errors, first 20:\n{}", errors.len(), errors[..errors.len().min(20)].join("\n"));
    }
}

#[test]
fn the_validator_really_rejects_what_the_review_found() {
    // Each defect the review found in the first export must fail here, or the test proves nothing.
    let v = validators();
    let pack = load(&root()).unwrap();
    let good = serde_json::to_value(&hsds::export(&pack, "en").contents[0]).unwrap();
    assert!(record_errors(&v, &good).is_empty());
    let broken: &[(&str, fn(&mut Value))] = &[
        ("no organization description", |r| {
            r["organization"].as_object_mut().unwrap().remove("description");
        }),
        ("null assurer_email", |r| r["assurer_email"] = Value::Null),
        ("non-UUID id", |r| r["id"] = json!("bz-emergency-1")),
        ("free-text assured_date", |r| r["assured_date"] = json!("undated")),
        ("unknown status", |r| r["status"] = json!("unconfirmed")),
        ("a non-HSDS field without the x_ruta_ prefix", |r| r["profile"] = json!("ruta-hsds-1")),
        ("an unknown field in a phone", |r| r["phones"][0]["tel"] = json!("+5019110")),
    ];
    for (what, f) in broken {
        let mut r = good.clone();
        f(&mut r);
        assert!(!record_errors(&v, &r).is_empty(), "the validator accepted: {what}");
    }
    // The first export's wrapper ({profile, as_of, services}) is not an HSDS list.
    assert!(v.page.iter_errors(&json!({ "profile": "ruta-hsds-1", "as_of": "2026-11-25", "services": [] })).next().is_some());
}

#[test]
fn any_file_named_in_ruta_hsds_file_is_counted() {
    // For measuring before/after or checking a partner's file; nothing to do when unset.
    let Ok(path) = std::env::var("RUTA_HSDS_FILE") else { return };
    let doc: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let (n, bad, errors) = validate_file(&validators(), &doc);
    println!("{path}: {} of {n} records valid; {} schema errors", n - bad, errors.len());
    for e in errors.iter().take(40) {
        println!("  {e}");
    }
}

#[test]
fn ids_are_unique_deterministic_uuids() {
    let pack = load(&root()).unwrap();
    let a = hsds::export(&pack, "es");
    let b = hsds::export(&pack, "es");
    assert_eq!(a, b, "two exports give the same ids");
    let mut ids: Vec<&str> = a.contents.iter().flat_map(|s| [s.id.as_str(), s.organization.id.as_str()].into_iter().chain(s.phones.iter().map(|p| p.id.as_str())).chain(s.service_areas.iter().map(|x| x.id.as_str()))).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "every id is unique");
    // Pinned: a partner's system relies on these staying the same across releases.
    assert_eq!(hsds::uuid_for("contact/bz-emergency-1"), uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, b"urn:ruta:contact/bz-emergency-1").to_string());
}

#[test]
fn status_and_dates_are_honest() {
    let pack = load(&root()).unwrap();
    let dir = hsds::export(&pack, "en");
    for (s, cc) in dir.contents.iter().zip(&pack.contacts) {
        let c = &cc.contact;
        let shown = c.status == "verified" && c.confidence != "low" && !c.official_only;
        assert_eq!(s.status == "active", shown, "{}: status {} for {}/{}", s.x_ruta_id, s.status, c.status, c.confidence);
        assert_eq!(s.alert.is_some(), !shown, "{}: an inactive service says why", s.x_ruta_id);
        assert_eq!(s.x_ruta_source_date, c.source_date, "the original wording is kept");
        match &s.assured_date {
            Some(d) => assert_eq!(d, &c.source_date),
            None => assert!(hsds::full_date(&c.source_date).is_none(), "{}: {}", s.x_ruta_id, c.source_date),
        }
    }
    assert!(dir.contents.iter().any(|s| s.status == "inactive"), "unconfirmed contacts exist and are not active");
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn export_imports_back_byte_for_byte() {
    let root = root();
    let pack = load(&root).expect("the real pack is valid");
    let dir = hsds::export(&pack, "en");
    assert_eq!(dir.contents.len(), pack.contacts.len());
    let us = dir.contents.iter().find(|s| s.x_ruta_kind == "trafficking_hotline" && s.service_areas[0].name == "US").unwrap();
    assert!(us.phones.iter().any(|p| p.number.contains("373-7888")), "{us:?}");
    let json = serde_json::to_string_pretty(&dir).unwrap();
    let back: hsds::Directory = serde_json::from_str(&json).unwrap();
    assert_eq!(back, dir);
    let imported = hsds::import(&back).expect("import");
    let scratch = std::env::temp_dir().join(format!("ruta-hsds3-{}", std::process::id()));
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
    assert_eq!(serde_json::to_string_pretty(&hsds::export(&again, "en")).unwrap(), json, "export → import → export: the same bytes");
    // Nothing the app uses was lost: the compiled pack (Rust statics + every language pack) is
    // byte-identical whether built from the original files or from the imported ones.
    let (a, b) = (compile(&root).unwrap(), compile(&scratch).unwrap());
    assert!(a.rust == b.rust, "generated Rust differs after import");
    assert!(a.packs == b.packs, "message packs differ after import");
    let _ = fs::remove_dir_all(&scratch);
}

#[test]
fn a_broken_directory_is_refused_with_the_service_named() {
    let mut dir = hsds::export(&load(&root()).unwrap(), "es");
    dir.contents[0].service_areas.clear();
    let id = dir.contents[0].x_ruta_id.clone();
    let errs = hsds::import(&dir).unwrap_err();
    assert_eq!(errs, vec![format!("service \"{id}\": no service_areas entry naming a country (extent_type \"text\", name = ISO code)")]);
}

#[test]
fn the_overlay_examples_given_to_ngos_are_valid_hsds_3() {
    // What docs/EMBED.md publishes and the overlay tests read: the same official schema as the export.
    let v = validators();
    for f in ["examples/host/overlay.json", "tests/hsds/overlays/hsds-list.json", "tests/hsds/overlays/hsds-single.json"] {
        let doc: Value = serde_json::from_str(&fs::read_to_string(root().join(f)).unwrap()).unwrap();
        let (n, bad, errors) = if doc.get("contents").is_some() {
            validate_file(&v, &doc)
        } else {
            let e = record_errors(&v, &doc);
            (1, usize::from(!e.is_empty()), e)
        };
        println!("{f}: {} of {n} records valid; {} schema errors", n - bad, errors.len());
        assert!(n > 0 && errors.is_empty(), "{f}:\n{}", errors.join("\n"));
    }
    // The fixtures meant to be refused by Ruta are refused by the schema too where HSDS has a rule.
    let bad: Value = serde_json::from_str(&fs::read_to_string(root().join("examples/host/bad-overlay.json")).unwrap()).unwrap();
    assert!(!validate_file(&v, &bad).2.is_empty(), "\"demo-bad-phone\" is not a UUID");
}
