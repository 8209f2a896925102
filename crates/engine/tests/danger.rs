//! The danger box (issue 11 items 1–3, issue 18): golden cases in tests/golden/danger.toml assert
//! the numbers, what each is, and their order, per country × situation × view; properties check
//! every country × phase × situation × audience.

use ruta_engine::data::{self, Contact, LineKind, Operator, PhoneLabel, COUNTRIES, LOCALE_CODES, PHASES, SITUATIONS};
use ruta_engine::query::{danger_lines, unsafe_enforcement, DangerLine};
use ruta_engine::state::Audience;
use ruta_engine::{evaluate, msg, tr_args, Arg, Query};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    country: String,
    #[serde(default)]
    phase: Option<String>,
    situations: Vec<String>,
    audience: String,
    /// The danger box, in order: "what:tel" ("police:104"), a trailing "!" when shown with the caveat.
    danger: Vec<String>,
    /// Contact ids that must not be offered in this view (contacts list and danger box).
    #[serde(default)]
    absent: Vec<String>,
    /// Contact ids that must be in the contacts list of this view.
    #[serde(default)]
    present: Vec<String>,
    why: String,
}

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

fn audience(s: &str) -> Audience {
    match s {
        "woman" => Audience::Woman,
        "official" => Audience::Official,
        _ => panic!("audience must be woman or official, not {s}"),
    }
}

fn show(l: &DangerLine) -> String {
    format!("{}:{}{}", l.what.id(), l.phone.tel, if l.caveat { "!" } else { "" })
}

#[test]
fn golden_danger_boxes() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/golden/danger.toml")).unwrap();
    let file: File = toml::from_str(&text).expect("tests/golden/danger.toml is valid");
    assert!(file.case.len() >= 44, "violence and trafficking × 11 countries × 2 views at least");
    for c in &file.case {
        assert!(!c.why.trim().is_empty(), "{}: say why", c.name);
        let sits: Vec<&str> = c.situations.iter().map(String::as_str).collect();
        let a = audience(&c.audience);
        let got: Vec<String> = danger_lines(&c.country, &sits, a).iter().map(show).collect();
        assert_eq!(got, c.danger, "{}: danger box of {} {:?} ({})", c.name, c.country, c.situations, c.audience);
        // The full query agrees with the pure function.
        let q = Query { phase: c.phase.as_deref(), situations: &sits, country: Some(&c.country), audience: a };
        let r = evaluate(&q);
        assert_eq!(r.danger.iter().map(show).collect::<Vec<_>>(), c.danger, "{}: Results.danger", c.name);
        for id in &c.absent {
            assert!(data::CONTACTS.iter().any(|x| x.id == id), "{}: unknown contact {id}", c.name);
            assert!(!r.contacts.iter().any(|x| x.id == id), "{}: {id} must not be in the contacts list", c.name);
            assert!(!r.danger.iter().any(|l| l.contact.id == id), "{}: {id} must not be in the danger box", c.name);
        }
        for id in &c.present {
            assert!(r.contacts.iter().any(|x| x.id == id), "{}: {id} must be in the contacts list", c.name);
        }
    }
}

/// Every tel dials from any SIM: `+` and digits (E.164), or a short code declared as such.
fn dialable_anywhere(c: &Contact) -> Result<(), String> {
    for p in c.phones {
        let e164 = p.tel.len() > 4 && p.tel.starts_with('+') && p.tel[1..].bytes().all(|b| b.is_ascii_digit());
        let short = p.short_code && !p.tel.starts_with('+') && p.tel.len() <= 6;
        if e164 == short {
            return Err(format!("{} {}: tel {} is neither E.164 nor a declared short code", c.id, p.number, p.tel));
        }
    }
    Ok(())
}

#[test]
fn every_tel_is_e164_or_a_declared_short_code() {
    for c in data::CONTACTS {
        dialable_anywhere(c).unwrap();
    }
}

#[test]
fn every_query_has_a_danger_box_with_dialable_numbers() {
    for &country in COUNTRIES {
        for p in PHASES {
            for s in SITUATIONS {
                for a in [Audience::Woman, Audience::Official] {
                    let sits = [s.id];
                    let r = evaluate(&Query { phase: Some(p.id), situations: &sits, country: Some(country), audience: a });
                    assert!(!r.danger.is_empty(), "{country} {} {} {a:?}: the danger box is empty", p.id, s.id);
                    for l in &r.danger {
                        assert!(l.phone.dialable() && l.phone.label != PhoneLabel::Fax && l.phone.label != PhoneLabel::Old, "{}: {} in the danger box", l.contact.id, l.phone.number);
                        dialable_anywhere(l.contact).unwrap();
                        assert!(l.contact.region.is_none(), "{}: a regional line in the national danger box", l.contact.id);
                        if a == Audience::Woman {
                            assert!(!l.contact.official_only, "{}: official-only in her danger box", l.contact.id);
                            assert!(l.contact.for_woman() || l.caveat, "{}: unconfirmed without caveat", l.contact.id);
                        }
                    }
                    if a == Audience::Woman {
                        for c in &r.contacts {
                            assert!(c.for_woman(), "{}: unconfirmed or official-only in her view", c.id);
                            assert!(!unsafe_enforcement(c, &sits), "{}: enforcement agency offered to her for {}", c.id, s.id);
                        }
                    }
                }
            }
        }
    }
}

/// "Who answers" says government only when the operator is a government body (not for the six
/// non-profit lines that once said so), in every language; "unknown" is never shown as government.
#[test]
fn no_contact_in_her_view_says_government_unless_it_is() {
    let gov_words = ["government", "gobierno", "gouvernement", "l'état", "governo", "gouvènman"];
    for &lang in LOCALE_CODES {
        let _ = ruta_engine::i18n::locale(lang);
        for c in data::CONTACTS.iter().filter(|c| c.for_woman()) {
            let who = tr_args(lang, msg::WHO_ANSWERS, &[("operator", Arg::Str(c.operator.id()))]).to_lowercase();
            let says_gov = gov_words.iter().any(|w| who.contains(w));
            assert_eq!(says_gov, c.operator == Operator::Government, "{lang} {}: who-answers = {who:?} for operator {:?}", c.id, c.operator);
            let name = ruta_engine::tr(lang, &format!("contact-{}-name", c.id)).to_lowercase();
            if !c.operator.is_state() {
                assert!(!gov_words.iter().any(|w| name.contains(w)), "{lang} {}: a non-state line named as government: {name}", c.id);
            }
        }
    }
}

#[test]
fn who_answers_for_the_six_non_profit_lines_and_the_corrected_state_lines() {
    let op = |id: &str| data::CONTACTS.iter().find(|c| c.id == id).unwrap().operator;
    for id in ["us-gbv-1", "us-gbv-2", "us-child-1", "ca-child-1", "ca-gbv-3", "ca-gbv-4"] {
        assert_eq!(op(id), Operator::NonProfit, "{id}");
    }
    assert_eq!(op("hn-emergency-1"), Operator::Government, "HN 911 left the Police in 2015");
    assert_eq!(op("ni-gbv-1"), Operator::Government, "NI 133: a ministry");
    assert_eq!(op("do-emergency-1"), Operator::Government, "DO 9-1-1: the national 9-1-1 System (Law 184-17), coordinated by the Ministry of the Presidency");
    for id in ["cr-emergency-1", "cr-gbv-1", "cr-trafficking-1", "cr-child-1"] {
        assert_eq!(op(id), Operator::Government, "{id}: CR 9-1-1 is the state emergency system (it dispatches Fuerza Pública); INAMU and PANI are state bodies");
    }
    assert_eq!(op("gt-emergency-2"), Operator::NonProfit, "GT 125: the Red Cross");
}

/// The danger box shows the contact's name beside each number: a police line comes from a
/// contact the police operate, a medical line never from one (Guatemala's 125, the Red Cross, was
/// once named after the National Civil Police), and a medical line's name never says police.
#[test]
fn the_danger_box_names_the_service_that_answers_each_line() {
    let police_words = ["police", "policía", "polícia", "polis"];
    for &country in COUNTRIES {
        for s in SITUATIONS {
            for a in [Audience::Woman, Audience::Official] {
                for l in danger_lines(country, &[s.id], a) {
                    match l.what {
                        LineKind::Police => assert_eq!(l.contact.operator, Operator::Police, "{}: a police line from a contact not run by the police", l.contact.id),
                        LineKind::Medical => {
                            assert_ne!(l.contact.operator, Operator::Police, "{}: a medical line on the police's contact", l.contact.id);
                            for &lang in LOCALE_CODES {
                                let name = ruta_engine::tr(lang, &format!("contact-{}-name", l.contact.id)).to_lowercase();
                                assert!(!police_words.iter().any(|w| name.contains(w)), "{lang} {}: medical line {} named {name:?}", l.contact.id, l.phone.tel);
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    let gt = danger_lines("GT", &["violence"], Audience::Woman);
    let medical = gt.iter().find(|l| l.what == LineKind::Medical).expect("GT has an ambulance line in the box");
    assert_eq!((medical.contact.id, medical.phone.tel, medical.contact.operator), ("gt-emergency-2", "125", Operator::NonProfit), "125 is the Red Cross");
    let police = gt.iter().find(|l| l.what == LineKind::Police).unwrap();
    assert_eq!((police.contact.id, police.phone.tel), ("gt-emergency-1", "110"));
}

/// RAINN is the national sexual assault hotline, for anyone: the box does not call it a women's line.
#[test]
fn rainn_is_labelled_as_the_line_after_sexual_violence() {
    let us = danger_lines("US", &["violence"], Audience::Woman);
    let rainn = us.iter().find(|l| l.contact.id == "us-gbv-2").expect("RAINN is in the US violence box");
    assert_eq!(rainn.what, LineKind::SexualViolence);
    assert!(us.iter().any(|l| l.contact.id == "us-gbv-1" && l.what == LineKind::Women), "the domestic violence hotline stays a women's line");
    for &lang in LOCALE_CODES {
        assert_ne!(ruta_engine::tr(lang, "danger-line-sexual-violence"), "danger-line-sexual-violence", "{lang}: label missing");
    }
}

#[test]
fn a_fax_is_never_a_call_link_and_a_former_number_is_never_main() {
    let bz = data::CONTACTS.iter().find(|c| c.id == "bz-ombudsperson-1").unwrap();
    let fax = bz.phones.iter().find(|p| p.number.contains("223-3198")).expect("the fax is kept as text");
    assert_eq!(fax.label, PhoneLabel::Fax);
    assert!(!fax.dialable());
    for c in data::CONTACTS {
        if let Some(main) = c.phones.iter().find(|p| p.label == PhoneLabel::Main) {
            assert_ne!(main.label, PhoneLabel::Old, "{}", c.id);
        }
        let first_dialable = c.phones.iter().find(|p| p.dialable());
        assert!(first_dialable.is_none_or(|p| p.label != PhoneLabel::Old), "{}: a former number comes first", c.id);
    }
    let dc = data::CONTACTS.iter().find(|c| c.id == "do-child-1").unwrap();
    assert_eq!(dc.phones[0].tel, "*211", "Línea Vida moved to *211 in November 2025");
}

#[test]
fn every_number_she_sees_has_a_source_with_publisher_and_dates() {
    for c in data::CONTACTS.iter().filter(|c| c.for_woman() || c.kind == data::Kind::Emergency) {
        for p in c.phones.iter().filter(|p| p.label != PhoneLabel::Old && p.dialable()) {
            assert!(!p.sources.is_empty(), "{} {}: no source", c.id, p.number);
            for s in p.sources {
                assert!(s.url.starts_with("http") && !s.publisher.is_empty() && s.read.len() == 10, "{} {}: {s:?}", c.id, p.number);
            }
        }
    }
}
