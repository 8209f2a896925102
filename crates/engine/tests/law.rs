//! Golden cases for where the law binds (tests/golden/law.toml) plus properties of the treaty
//! table, the deadlines and the date arithmetic.

use ruta_engine::data::{COUNTRIES, LOCALE_CODES, SOURCES};
use ruta_engine::i18n::strip_isolation;
use ruta_engine::law::{self, Date, EntryResult, Status, DEADLINES, INSTRUMENTS};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Golden {
    status: Vec<StatusCase>,
    #[serde(rename = "where")]
    where_: Vec<WhereCase>,
    basis: Vec<BasisCase>,
    only_unaccepted: Vec<OnlyCase>,
    rights_unaccepted: Vec<RightsCase>,
    deadline: Vec<DeadlineCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RightsCase {
    country: String,
    ids: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatusCase {
    instrument: String,
    country: String,
    status: String,
    year: Option<u16>,
    en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WhereCase {
    instrument: String,
    count: usize,
    en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BasisCase {
    source: String,
    country: String,
    en: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OnlyCase {
    country: String,
    sources: Vec<String>,
    expected: bool,
    why: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineCase {
    country: String,
    entry: String,
    last_day: String,
    en: Option<String>,
    authority: Option<String>,
    border: Option<String>,
    why: Option<String>,
}

fn golden() -> Golden {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/law.toml");
    toml::from_str(&std::fs::read_to_string(path).unwrap()).expect("tests/golden/law.toml is valid")
}

fn plain(s: String) -> String {
    strip_isolation(&s)
}

#[test]
fn golden_statuses_years_and_lines() {
    let g = golden();
    assert!(g.status.len() >= 15, "at least 15 country × instrument pairs");
    for c in &g.status {
        let cell = law::cell(&c.instrument, &c.country).unwrap_or_else(|| panic!("{} × {} has a cell", c.instrument, c.country));
        assert_eq!(cell.status.id(), c.status, "{} × {}", c.instrument, c.country);
        assert_eq!(cell.year, c.year, "{} × {} year", c.instrument, c.country);
        if let Some(en) = &c.en {
            let ins = law::instrument(&c.instrument).unwrap();
            assert_eq!(&plain(law::status_line("en", ins, Some(&c.country))), en);
        }
    }
}

#[test]
fn golden_where_it_binds_without_a_country() {
    for c in golden().where_ {
        let ins = law::instrument(&c.instrument).unwrap();
        let n = if ins.kind == law::Kind::Declaration {
            ins.cells.iter().filter(|x| x.status.accepted()).count()
        } else {
            ins.binding_countries().len()
        };
        assert_eq!(n, c.count, "{}", c.instrument);
        if let Some(en) = &c.en {
            assert_eq!(&plain(law::status_line("en", ins, None)), en);
        }
    }
}

#[test]
fn golden_basis_lines() {
    for c in golden().basis {
        let lines: Vec<String> = law::basis_status_lines("en", &c.source, Some(&c.country)).into_iter().map(|l| plain(l.text)).collect();
        assert_eq!(lines, c.en, "{} in {}", c.source, c.country);
    }
}

#[test]
fn golden_rights_resting_only_on_unaccepted_instruments() {
    for c in golden().only_unaccepted {
        let got = law::rests_only_on_unaccepted(c.sources.iter().map(String::as_str), &c.country);
        assert_eq!(got, c.expected, "{:?} in {} ({})", c.sources, c.country, c.why.as_deref().unwrap_or(""));
    }
}

#[test]
fn golden_rights_whose_cited_instruments_are_all_unaccepted() {
    for c in golden().rights_unaccepted {
        let got: Vec<&str> = ruta_engine::data::RIGHTS
            .iter()
            .filter(|r| law::rests_only_on_unaccepted(r.basis.iter().map(|b| b.source), &c.country))
            .map(|r| r.id)
            .collect();
        assert_eq!(got, c.ids, "{}", c.country);
    }
}

#[test]
fn golden_deadlines_and_last_days() {
    let g = golden();
    for c in &g.deadline {
        let d = law::deadline(&c.country).unwrap_or_else(|| panic!("{} has a deadline entry", c.country));
        let entry = Date::parse(&c.entry).unwrap();
        let got = law::last_day(&d.limit, entry).map(|x| x.iso()).unwrap_or_default();
        assert_eq!(got, c.last_day, "{} from {} ({})", c.country, c.entry, c.why.as_deref().unwrap_or(""));
        let text = law::limit_text("en", d).map(plain);
        assert_eq!(text.is_some(), !c.last_day.is_empty(), "{}: a limit sentence only when a day can be computed", c.country);
        if let Some(en) = &c.en {
            assert_eq!(text.as_ref(), Some(en));
        }
        if let Some(a) = &c.authority {
            assert!(d.authority.confirmed());
            assert_eq!(d.authority.message, Some(a.as_str()));
        }
        if let Some(b) = &c.border {
            assert!(d.border.confirmed(), "{} border confirmed", c.country);
            assert_eq!(d.border.value, Some(b == "yes"));
        }
    }
}

#[test]
fn every_instrument_has_every_country_and_unconfirmed_cells_are_never_a_status() {
    for ins in INSTRUMENTS {
        assert_eq!(ins.cells.len(), COUNTRIES.len(), "{}", ins.id);
        for c in COUNTRIES {
            let cell = ins.cell(c).unwrap_or_else(|| panic!("{} × {c}", ins.id));
            assert!(cell.source().is_some(), "{} × {c} has its source", ins.id);
            assert_eq!(cell.date_read.len(), 10);
            if cell.status != Status::Unconfirmed {
                assert_ne!(cell.source().unwrap().read, law::Read::None, "{} × {c}: a status needs a source read", ins.id);
            }
            for lang in LOCALE_CODES {
                let line = law::status_line(lang, ins, Some(c));
                assert!(!line.contains("law-"), "{lang} {} × {c}: message missing: {line}", ins.id);
                if cell.status == Status::Unconfirmed {
                    // never says party / not party for an unconfirmed cell
                    assert_eq!(line, law::status_line(lang, &law::Instrument { cells: &[], ..*ins }, Some(c)));
                }
            }
        }
    }
}

#[test]
fn every_treaty_cited_as_a_basis_has_a_status() {
    for s in SOURCES.iter().filter(|s| s.kind == "treaty") {
        assert!(!law::instruments_for_source(s.id).is_empty(), "source {} is linked to an instrument", s.id);
    }
}

#[test]
fn every_country_has_a_deadline_entry_and_only_confirmed_limits_compute() {
    assert_eq!(DEADLINES.len(), COUNTRIES.len());
    let today = Date::new(2026, 12, 1).unwrap();
    for d in DEADLINES {
        let r = law::evaluate_entry(d, "2026-11-01", today);
        if d.limit.confirmed() {
            assert!(matches!(r, EntryResult::LastDay { .. }), "{}", d.country);
        } else {
            assert_eq!(r, EntryResult::NoLimit, "{}", d.country);
        }
    }
}

#[test]
fn entry_dates_bad_future_and_passed() {
    let mx = law::deadline("MX").unwrap();
    let today = Date::new(2026, 12, 1).unwrap();
    assert_eq!(law::evaluate_entry(mx, "2026-02-30", today), EntryResult::Invalid);
    assert_eq!(law::evaluate_entry(mx, "30/11/2026", today), EntryResult::Invalid);
    assert_eq!(law::evaluate_entry(mx, "", today), EntryResult::Invalid);
    assert_eq!(law::evaluate_entry(mx, "<script>", today), EntryResult::Invalid);
    assert_eq!(law::evaluate_entry(mx, "2026-12-02", today), EntryResult::Future);
    assert_eq!(
        law::evaluate_entry(mx, "2026-01-05", today),
        EntryResult::LastDay { date: Date::new(2026, 2, 16).unwrap(), passed: true }
    );
    assert_eq!(
        law::evaluate_entry(mx, "2026-12-01", today),
        EntryResult::LastDay { date: Date::new(2027, 1, 12).unwrap(), passed: false }
    );
}

#[test]
fn date_arithmetic_matches_the_calendar() {
    // Known weekdays: 2026-12-01 is a Tuesday, 2000-01-01 a Saturday, 1970-01-01 a Thursday.
    assert_eq!(Date::new(2026, 12, 1).unwrap().weekday(), 1);
    assert_eq!(Date::new(2000, 1, 1).unwrap().weekday(), 5);
    assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
    assert_eq!(Date::new(2024, 2, 29).unwrap().add_days(366), Date::new(2025, 3, 1).unwrap());
    assert_eq!(Date::new(2026, 8, 31).unwrap().add_months(1), Date::new(2026, 9, 30).unwrap());
    assert!(Date::new(2026, 2, 29).is_none());
    assert!(Date::new(2028, 2, 29).is_some());
    // from_days is the inverse of days over a long range
    let mut d = Date::new(1990, 1, 1).unwrap();
    for _ in 0..20000 {
        assert_eq!(Date::from_days(d.days()), d);
        let n = d.add_days(1);
        assert!(n > d);
        d = n;
    }
}

#[test]
fn working_day_counting_never_lands_on_a_weekend_and_is_at_least_n_days() {
    let sv = law::deadline("SV").unwrap();
    let mut e = Date::new(2026, 1, 1).unwrap();
    for _ in 0..400 {
        let last = law::last_day(&sv.limit, e).unwrap();
        assert!(last.is_working_day(), "{} → {}", e.iso(), last.iso());
        let span = last.days() - e.days();
        assert!((5..=9).contains(&span), "5 working days after {} is {} days later", e.iso(), span);
        e = e.add_days(1);
    }
}

#[test]
fn formatted_dates_and_caveats_exist_in_every_language() {
    let d = Date::new(2027, 1, 12).unwrap();
    assert_eq!(plain(law::format_date("en", d)), "12 January 2027");
    assert_eq!(plain(law::format_date("es", d)), "12 de enero de 2027");
    for lang in LOCALE_CODES {
        let s = law::format_date(lang, d);
        assert!(s.contains("2027") && !s.contains("law-"), "{lang}: {s}");
        for dl in DEADLINES.iter().filter(|x| x.limit.confirmed()) {
            let t = law::limit_text(lang, dl).unwrap();
            assert!(!t.contains("law-") && t.contains(&dl.limit.amount.to_string()) || dl.limit.amount == 1, "{lang} {}: {t}", dl.country);
            assert!(!ruta_engine::tr(lang, law::caveat_id(&dl.limit)).starts_with("law-"));
        }
    }
}
