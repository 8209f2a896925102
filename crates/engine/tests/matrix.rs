//! The follow-up matrix (issue 17): validation, CSV/JSON round trips, several-file import with
//! merging, malformed files refused with file, row and field named, and the regional summary.

use ruta_engine::matrix::{self, Area, AreaKind, Draft, EntryKind, Field, Problem};

fn draft(country: &str, area: &str, kind: &str, title: &str) -> Draft {
    Draft {
        country: country.into(),
        area: area.into(),
        kind: kind.into(),
        title: title.into(),
        description: "Descripción con acentos, comas, \"comillas\" y\nun salto de línea.".into(),
        date: "2024-03".into(),
        institution: "Secretaría de las Mujeres".into(),
        link: "https://example.org/informe?a=1&b=2".into(),
    }
}

fn sample() -> Vec<matrix::Entry> {
    vec![
        matrix::validate(&draft("MX", "P1", "legal-novelty", "Reforma a la Ley de Migración")).unwrap(),
        matrix::validate(&draft("gt", "transit", "good-practice", "Albergue con enfoque de género")).unwrap(),
        matrix::validate(&Draft { link: String::new(), date: "2023".into(), ..draft("HN", "E2", "campaign", "=SUM(A1:A9) no es una fórmula") }).unwrap(),
        matrix::validate(&Draft { date: "2024-02-29".into(), ..draft("CA", "return", "research", "'+quoted start, with comma") }).unwrap(),
        matrix::validate(&draft("US", "P7", "event", " Kreyòl: Fòmasyon pou ajan ")).unwrap(),
    ]
}

#[test]
fn a_valid_draft_becomes_an_entry_with_codes_normalised() {
    let e = &sample()[1];
    assert_eq!(e.country, "GT");
    assert_eq!(e.area, Area { kind: AreaKind::Phase, id: "transit" });
    assert_eq!(e.kind, EntryKind::GoodPractice);
    assert_eq!(sample()[4].title, "Kreyòl: Fòmasyon pou ajan", "trimmed");
}

#[test]
fn every_wrong_field_is_named() {
    let d = Draft { country: "ZZ".into(), area: "P99".into(), kind: "rumour".into(), title: " ".into(), description: "x".repeat(5000), date: "2024-02-30".into(), institution: "I".into(), link: "javascript:alert(1)".into() };
    let errs = matrix::validate(&d).unwrap_err();
    let got: Vec<(Field, Problem)> = errs.iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(
        got,
        [
            (Field::Title, Problem::Missing),
            (Field::Description, Problem::TooLong),
            (Field::Country, Problem::UnknownCountry),
            (Field::Area, Problem::UnknownArea),
            (Field::Kind, Problem::UnknownKind),
            (Field::Date, Problem::BadDate),
            (Field::Link, Problem::BadLink),
        ]
    );
    for (date, ok) in [("2024", true), ("2024-12", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-13", false), ("24-01-01", false), ("2024-1-1", false), ("1800", false), ("2024-01-01-01", false)] {
        assert_eq!(matrix::valid_date(date), ok, "{date}");
    }
    for (link, ok) in [("https://a.org", true), ("http://a.org/x y", false), ("ftp://a.org", false), ("https://", false), ("https://localhost", false)] {
        assert_eq!(matrix::valid_link(link), ok, "{link}");
    }
}

#[test]
fn csv_has_a_bom_a_header_crlf_and_rfc4180_quoting() {
    let csv = matrix::to_csv(&sample());
    assert!(csv.starts_with("\u{feff}country,area,kind,title,description,date,institution,link\r\n"));
    assert!(csv.contains("\"Descripción con acentos, comas, \"\"comillas\"\" y\nun salto de línea.\""));
    // Formula-looking values are defused for spreadsheets…
    assert!(csv.contains(",'=SUM(A1:A9) no es una fórmula,"));
    assert!(csv.contains(",\"''+quoted start, with comma\","));
}

#[test]
fn csv_and_json_round_trip_exactly() {
    let entries = sample();
    for (name, bytes) in [("matrix.csv", matrix::to_csv(&entries)), ("matrix.json", matrix::to_json(&entries))] {
        let back = matrix::read_file(name, bytes.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, entries, "{name}");
    }
    // The JSON is read the same by serde_json (the reference reader; a dev-dependency), and an
    // empty matrix is still a valid document.
    for list in [&entries[..], &[]] {
        let v: serde_json::Value = serde_json::from_str(&matrix::to_json(list)).expect("valid JSON");
        assert_eq!(v["format"], matrix::FORMAT);
        assert_eq!(v["version"], 1);
        let got = v["entries"].as_array().unwrap();
        assert_eq!(got.len(), list.len());
        for (g, e) in got.iter().zip(list) {
            for f in matrix::Field::ALL {
                assert_eq!(g[f.id()].as_str(), Some(e.value(f)), "{}", f.id());
            }
        }
    }
    // Both formats together, and again: no duplicates.
    let files = vec![("a.csv".to_string(), matrix::to_csv(&entries).into_bytes()), ("b.json".to_string(), matrix::to_json(&entries).into_bytes())];
    let r = matrix::import(&[], &files);
    assert_eq!((r.entries.len(), r.added, r.duplicates, r.errors.len()), (5, 5, 5, 0));
}

#[test]
fn several_country_files_merge_into_what_was_entered() {
    let all = sample();
    let mine = vec![all[0].clone()];
    let files: Vec<(String, Vec<u8>)> = all[1..].iter().map(|e| (format!("{}.csv", e.country), matrix::to_csv(std::slice::from_ref(e)).into_bytes())).collect();
    let r = matrix::import(&mine, &files);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(r.entries, all);
    assert_eq!(r.files_read, ["GT.csv", "HN.csv", "CA.csv", "US.csv"]);
}

#[test]
fn a_bad_file_names_file_row_and_field_and_loses_nothing() {
    let mine = sample()[..2].to_vec();
    let good = ("good.json".to_string(), matrix::to_json(&sample()[2..3]).into_bytes());
    let bad_csv = "\u{feff}country,area,kind,title,description,date,institution,link\r\nMX,P1,progress,Ok,Desc,2024,Inst,\r\nXX,P1,progress,T,D,2024-02-31,I,\r\n";
    let bad_json = r#"{"entries": [{"country": "MX", "area": "P2", "kind": "event", "title": "T", "description": "D", "date": "2024", "institution": "I", "colour": "red"}, {"country": 5}]}"#;
    let files = vec![
        ("bad.csv".to_string(), bad_csv.as_bytes().to_vec()),
        good.clone(),
        ("broken.json".to_string(), b"{\"entries\": [".to_vec()),
        ("fields.json".to_string(), bad_json.as_bytes().to_vec()),
        ("columns.csv".to_string(), b"country;area;kind\nMX;P1;event\n".to_vec()),
        ("binary.csv".to_string(), vec![0xff, 0xfe, 0x00, 0x41]),
        ("empty.csv".to_string(), vec![]),
    ];
    let r = matrix::import(&mine, &files);
    // What she had, plus the good file; nothing from bad files (not even their good rows).
    assert_eq!(r.entries, [mine.clone(), sample()[2..3].to_vec()].concat());
    assert_eq!(r.files_read, ["good.json"]);
    let shown: Vec<String> = r.errors.iter().map(|e| e.to_string()).collect();
    let has = |s: &str| assert!(shown.iter().any(|x| x.starts_with(s)), "{s:?} not in {shown:#?}");
    has("bad.csv: row 2: country: unknown-country");
    has("bad.csv: row 2: date: bad-date");
    has("broken.json: unreadable (not valid JSON)");
    has("fields.json: row 1: unknown-field (colour)");
    has("fields.json: row 2: country: unreadable (not text)");
    has("columns.csv: unknown-field (country;area;kind)");
    has("columns.csv: area: missing (column)");
    has("binary.csv: unreadable (not UTF-8 text)");
    has("empty.csv: unreadable (empty file)");
    assert!(!shown.iter().any(|x| x.starts_with("bad.csv: row 1")), "row 1 of bad.csv is fine");
}

#[test]
fn oversized_files_are_refused_without_reading_them() {
    let big = vec![b'a'; matrix::MAX_FILE_BYTES + 1];
    let e = matrix::read_file("big.csv", &big).unwrap_err();
    assert_eq!(e[0].problem, Problem::TooBig);
    // Many bad rows: the error list is capped.
    let mut csv = String::from("country,area,kind,title,description,date,institution,link\n");
    for _ in 0..500 {
        csv.push_str("XX,P1,event,T,D,2024,I,\n");
    }
    assert!(matrix::read_file("many.csv", csv.as_bytes()).unwrap_err().len() <= matrix::MAX_ERRORS);
}

#[test]
fn the_regional_summary_counts_country_by_area_and_kind_and_lists_empty_areas() {
    let mut entries = sample();
    entries.push(matrix::validate(&draft("MX", "P1", "progress", "Protocolo de atención")).unwrap());
    let s = matrix::summary(&entries);
    let p1 = matrix::area("P1").unwrap();
    assert_eq!(s.total, 6);
    assert_eq!(s.area_count("MX", p1), 2);
    assert_eq!(s.area_total(p1), 2);
    assert_eq!(s.kind_count("MX", EntryKind::LegalNovelty), 1);
    assert_eq!(s.kind_count("MX", EntryKind::Progress), 1);
    assert_eq!(s.kind_count("GT", EntryKind::GoodPractice), 1);
    assert_eq!(s.countries, ["CA", "GT", "HN", "MX", "US"].iter().copied().filter(|c| s.countries.contains(c)).collect::<Vec<_>>());
    assert_eq!(s.countries.len(), 5);
    let covered = ["P1", "transit", "E2", "return", "P7"];
    assert_eq!(s.empty_areas.len(), matrix::areas().len() - covered.len());
    assert!(s.empty_areas.iter().all(|a| !covered.contains(&a.id)));
    assert!(s.empty_areas.contains(&matrix::area("origin").unwrap()));
}
