//! A host's own contacts (overlay): standard HSDS 3.0 in its three shapes and Ruta's first form,
//! complete cards, one bad entry skipped alone, the dialled-digits rule, size and depth limits.
//! Fixtures: tests/hsds/overlays/*.json and examples/host/*.json (their schema validity is checked
//! in crates/contentc/tests/hsds_schema.rs).

use ruta_engine::overlay::{check_text, load, select, Json, Overlay, MAX_DEPTH};
use ruta_engine::{Audience, Query};

/// JSON text → the engine's tree, as the app gets it from `JSON.parse` (after `check_text`).
pub fn json(s: &str) -> Json {
    fn conv(v: serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Json::Str(s),
            serde_json::Value::Array(a) => Json::Arr(a.into_iter().map(conv).collect()),
            serde_json::Value::Object(o) => Json::Obj(o.into_iter().map(|(k, v)| (k, conv(v))).collect()),
        }
    }
    conv(serde_json::from_str(s).expect("test JSON"))
}

fn fixture(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn from_text(s: &str) -> Overlay {
    match check_text(s) {
        Ok(()) => load(&json(s)),
        Err(e) => Overlay { errors: vec![e], ..Overlay::default() },
    }
}

fn q<'a>(country: &'a str, situations: &'a [&'a str]) -> Query<'a> {
    Query { phase: None, situations, country: Some(country), audience: Audience::Woman }
}

#[test]
fn a_plain_hsds_service_becomes_a_complete_card() {
    let o = from_text(&fixture("tests/hsds/overlays/hsds-single.json"));
    assert_eq!(o.errors, vec![]);
    let c = &o.contacts[0];
    assert_eq!(c.countries, vec!["MX"], "extent_type text + ISO code");
    assert_eq!(c.name("es"), "Refugio Ejemplo para mujeres (demostración)");
    assert!(c.note("fr").unwrap().starts_with("Refugio temporal"), "HSDS description is the note");
    assert_eq!(c.website.as_deref(), Some("https://example.org/refugio"));
    assert_eq!(c.email.as_deref(), Some("refugio@example.org"));
    assert_eq!(c.organization.as_deref(), Some("Casa Ejemplo"));
    assert_eq!(c.phones.iter().map(|p| (p.number.as_str(), p.tel.as_str(), p.kind.as_deref(), p.note.as_deref())).collect::<Vec<_>>(), vec![("555-0100", "5550100", None, None), ("555-0101", "5550101", Some("text"), Some("WhatsApp"))]);
    assert_eq!(c.hours, vec!["Lunes a viernes, 9:00–18:00"]);
    assert_eq!(c.languages, vec!["Español", "English"]);
    assert_eq!(c.publisher, None, "no x_ruta_publisher: the app says 'added by this website'");
    assert_eq!(c.kind, "other");
    assert_eq!(select(&o.contacts, &q("MX", &["violence"])).len(), 1, "no x_ruta_situations = everyone");
    assert!(select(&o.contacts, &q("GT", &[])).is_empty());
}

#[test]
fn an_hsds_list_keeps_every_way_to_reach_a_service() {
    let o = from_text(&fixture("tests/hsds/overlays/hsds-list.json"));
    assert_eq!(o.errors, vec![]);
    let ids: Vec<(bool, bool, bool)> = o.contacts.iter().map(|c| (!c.phones.is_empty(), c.website.is_some(), c.email.is_some())).collect();
    assert_eq!(ids, vec![(true, true, true), (false, false, true), (false, true, false)], "an email alone or a website alone is enough");
}

#[test]
fn one_bad_entry_is_skipped_alone_and_named() {
    let o = from_text(&fixture("tests/hsds/overlays/hsds-one-bad-entry.json"));
    assert_eq!(o.contacts.len(), 3, "the three good entries are kept");
    assert_eq!(o.errors.len(), 1);
    let e = o.errors[0].to_string();
    assert!(e.starts_with("Ruta overlay: contents[1] \"") && e.contains("field \"phones[0].number\": \"llámanos\" is not a phone number") && e.ends_with("(this entry is skipped; the others are shown)"), "{e}");
}

#[test]
fn the_dialled_digits_are_the_shown_digits() {
    let o = from_text(&fixture("tests/hsds/overlays/hostile-tel.json"));
    assert_eq!(o.contacts.len(), 1, "the other entry still shows");
    assert_eq!(o.errors.len(), 1);
    assert_eq!((o.errors[0].field.as_str(), o.errors[0].to_string().contains("dials \"+15550100\" but the number shown is \"911\"")), ("phones[0].x_ruta_tel", true), "{}", o.errors[0]);
    let one = |number: &str, tel: &str, cc: &str| {
        let s = format!(r#"{{"contents": [{{"id": "a", "name": "A", "phones": [{{"number": "{number}", "x_ruta_tel": "{tel}"}}], "service_areas": [{{"extent": "{cc}", "extent_type": "text"}}]}}]}}"#);
        let o = from_text(&s);
        o.errors.is_empty().then(|| o.contacts[0].phones[0].tel.clone())
    };
    assert_eq!(one("911", "911", "MX").as_deref(), Some("911"));
    assert_eq!(one("55 5000 0100", "+525550000100", "MX").as_deref(), Some("+525550000100"), "adding the country's calling code is allowed");
    assert_eq!(one("(01) 2345 678", "+50612345678", "CR").as_deref(), Some("+50612345678"), "a trunk 0 may be dropped after the code");
    assert_eq!(one("1-800-FLOWERS", "18003569377", "US").as_deref(), Some("18003569377"), "keypad letters");
    assert_eq!(one("911", "+15550100", "MX"), None);
    assert_eq!(one("555 0100", "5550199", "MX"), None, "other digits");
    assert_eq!(one("555 0100", "55501", "MX"), None, "fewer digits: no longer the number shown");
    assert_eq!(one("555 0100", "+15550100", "MX"), None, "another country's code");
    assert_eq!(one("555 0100", "555+0100", "MX"), None, "+ only at the start");
    assert_eq!(one("555 0100", "5550100;ext=9", "MX"), None);
}

#[test]
fn rutas_first_form_and_the_published_sample_still_work() {
    let old = r#"{"profile": "ruta-hsds-1", "x_ruta_publisher": "Casa", "services": [{"id": "x", "name": "X", "x_ruta_names": {"es": "Equis"}, "x_ruta_kind": "shelter", "x_ruta_situations": ["violence"], "phones": [{"number": "555-0100"}], "service_areas": [{"name": "MX", "extent_type": "country"}]}]}"#;
    let o = from_text(old);
    assert_eq!(o.errors, vec![]);
    assert_eq!((o.contacts[0].name("es"), o.contacts[0].name("en"), o.contacts[0].publisher.as_deref()), ("Equis", "X", Some("Casa")));
    let o = from_text(&fixture("examples/host/overlay.json"));
    assert_eq!(o.errors, vec![]);
    let c = &o.contacts[0];
    assert_eq!((c.countries.as_slice(), c.phones[0].tel.as_str(), c.name("en")), (&["MX"][..], "5550100", "Example women's shelter (demo)"));
    assert!(c.publisher.as_deref().unwrap().starts_with("Casa Ejemplo"));
    assert!(c.website.is_some() && c.email.is_some() && !c.hours.is_empty());
    assert_eq!(select(&o.contacts, &q("MX", &["violence"])).len(), 1);
    assert!(select(&o.contacts, &q("MX", &["health"])).is_empty());
    let bad = from_text(&fixture("examples/host/bad-overlay.json"));
    assert_eq!(bad.contacts.len(), 0);
    assert_eq!(bad.errors[0].to_string(), r#"Ruta overlay: contents[0] "demo-bad-phone": field "phones[0].number": "call us" is not a phone number (this entry is skipped; the others are shown)"#);
}

#[test]
fn entries_without_what_a_card_needs_are_named() {
    let one = |svc: &str| {
        let o = from_text(&format!(r#"{{"contents": [{svc}]}}"#));
        o.errors.first().map(|e| (e.entry.clone(), e.field.clone()))
    };
    let mx = r#""service_areas": [{"extent": "MX", "extent_type": "text"}]"#;
    assert_eq!(one(&format!(r#"{{"name": "C", "url": "https://x.org", {mx}}}"#)), Some(("contents[0]".into(), "id".into())));
    assert_eq!(one(&format!(r#"{{"id": "b", "name": "B", "url": "https://x.org", "service_areas": [{{"extent": "ZZ", "extent_type": "text"}}]}}"#)).unwrap().1, "service_areas");
    assert_eq!(one(&format!(r#"{{"id": "b", "name": "B", {mx}}}"#)).unwrap().1, "phones", "no way to reach it");
    assert_eq!(one(&format!(r#"{{"id": "b", "name": "B", "url": "javascript:alert(1)", {mx}}}"#)).unwrap().1, "url");
    assert_eq!(one(&format!(r#"{{"id": "b", "name": "B", "email": "not an email", {mx}}}"#)).unwrap().1, "email");
    assert_eq!(one(&format!(r#"{{"id": "b", "url": "https://x.org", {mx}}}"#)).unwrap().1, "name");
    assert_eq!(one(&format!(r#"{{"id": "b", "name": "B", "url": "https://x.org", "x_ruta_kind": "spy", {mx}}}"#)).unwrap().1, "x_ruta_kind");
    assert_eq!(one(&format!(r#"{{"id": "b", "name": "B", "url": "https://x.org", {mx}}}"#)), None);
    // Document-level problems: one error, no contacts.
    for (doc, field) in [(r#"{"profile": "other", "contents": []}"#, "profile"), (r#"{"contents": 3}"#, "contents"), (r#""text""#, "(root)"), (r#"{"hello": 1}"#, "(root)")] {
        let o = from_text(doc);
        assert_eq!((o.contacts.len(), o.errors.len(), o.errors[0].field.as_str(), o.errors[0].whole()), (0, 1, field, true), "{doc}");
    }
    // Duplicate ids: the second is skipped.
    let o = from_text(&format!(r#"{{"contents": [{{"id": "d", "name": "D", "url": "https://x.org", {mx}}}, {{"id": "d", "name": "E", "url": "https://y.org", {mx}}}]}}"#));
    assert_eq!((o.contacts.len(), o.errors[0].field.as_str()), (1, "id"));
}

#[test]
fn bidi_controls_cannot_reorder_overlay_text() {
    let o = from_text("{\"contents\": [{\"id\": \"b\", \"name\": \"\u{202E}0010 555 llaC\", \"url\": \"https://x.org\", \"service_areas\": [{\"extent\": \"MX\", \"extent_type\": \"text\"}]}]}");
    assert_eq!(o.contacts[0].name("es"), "0010 555 llaC");
}

#[test]
fn size_and_depth_are_checked_before_anything_is_parsed() {
    let deep = format!("{}{}", "[".repeat(7000), "]".repeat(7000));
    let e = check_text(&deep).unwrap_err();
    assert_eq!(e.to_string(), format!("Ruta overlay: overlay: field \"(file)\": is nested more than {MAX_DEPTH} levels deep (no overlay contacts shown; Ruta's own are)"));
    // Brackets inside strings do not count; escaped quotes do not end a string.
    let s = format!(r#"{{"contents": [], "x": "{}\"{}"}}"#, "[".repeat(5000), "{".repeat(5000));
    assert!(check_text(&s).is_ok());
    let big = format!(r#"{{"contents": [], "x": "{}"}}"#, "a".repeat(ruta_engine::overlay::MAX_BYTES));
    assert!(check_text(&big).unwrap_err().to_string().contains("the limit is 512 KB"));
    // A deep tree that did not come through check_text is refused too, without recursion.
    let mut t = Json::Null;
    for _ in 0..7000 {
        t = Json::Arr(vec![t]);
    }
    let doc = Json::Obj(vec![("contents".into(), t)]);
    let o = load(&doc);
    assert_eq!((o.contacts.len(), o.errors.len(), o.errors[0].whole()), (0, 1, true));
    // Dropping a 7,000-deep tree recurses once per level: fine on a test thread's stack.
    drop(doc);
}

#[test]
fn only_the_first_entries_are_read_from_a_huge_list() {
    let one = r#"{"id": "ID", "name": "N", "url": "https://x.org", "service_areas": [{"extent": "MX", "extent_type": "text"}]}"#;
    let list: Vec<String> = (0..1000).map(|i| one.replace("ID", &i.to_string())).collect();
    let o = from_text(&format!(r#"{{"contents": [{}]}}"#, list.join(",")));
    assert_eq!(o.contacts.len(), ruta_engine::overlay::MAX_ENTRIES);
    assert_eq!(o.errors.len(), 1);
    assert!(o.errors[0].to_string().contains("only the first 300 of 1000 entries are read"), "{}", o.errors[0]);
}
