//! The answer at a glance (`ruta_engine::glance`): golden assertions of ids and order, and
//! properties over every country × phase × single situation.

use ruta_engine::data::{Kind, COUNTRIES, PHASES, SITUATIONS};
use ruta_engine::glance::{dial, glance, specialised_line, DoNow, MAX_CONTACTS, MAX_STEPS};
use ruta_engine::state::Audience;
use ruta_engine::{evaluate, Query};

fn ids(phase: &str, situations: &[&str], country: &str) -> (Vec<String>, Vec<&'static str>) {
    let q = Query { phase: Some(phase), situations, country: Some(country), audience: Audience::Woman };
    let r = evaluate(&q);
    let g = glance(&q, &r);
    (g.now.iter().map(DoNow::id).collect(), g.key_contacts.iter().map(|c| c.id).collect())
}

#[test]
fn golden_cases() {
    // (phase, situations, country) → (do-now steps, key contacts), in order.
    let cases: &[(&str, &[&str], &str, &[&str], &[&str])] = &[
        // Her 24-hour lines (079, the women's institution) are in the danger box already: no repeat.
        ("transit", &["violence", "pregnant"], "MX", &["ask:A07", "ask:A01", "ask:A03"], &[]),
        ("transit", &["trafficking"], "GT", &["ask:A10", "ask:A02", "ask:A11"], &[]),
        // UNHCR's line (not a 24-hour line, so not in the danger box) comes first, and is not
        // repeated as a card; the asylum office is an enforcement authority.
        ("destination", &["asylum"], "CR", &["call:cr-un-1", "ask:A13", "ask:A11"], &[]),
        ("transit", &["unaccompanied"], "PA", &["ask:A14", "ask:A15", "ask:A02"], &[]),
        ("destination", &["work"], "US", &["call:us-trafficking-1", "ask:A09", "ask:A20"], &[]),
        // The trafficking line is the first step's call, so the cards show only the other line.
        ("transit", &["asylum", "work"], "MX", &["call:mx-trafficking-1", "ask:A01", "ask:A05"], &["mx-women-1"]),
        // No situation: what applies to everyone, and no line to call beyond the danger box.
        ("origin", &[], "HN", &["ask:A02", "ask:A05", "ask:A30"], &[]),
    ];
    for (phase, sits, country, now, keys) in cases {
        let (n, k) = ids(phase, sits, country);
        assert_eq!(n, *now, "do-now for {phase} {sits:?} {country}");
        assert_eq!(k, *keys, "key contacts for {phase} {sits:?} {country}");
    }
}

#[test]
fn the_most_urgent_situation_leads_whatever_order_she_ticked() {
    // Violence comes before pregnancy in content order, so what it brings leads.
    let a = ids("transit", &["pregnant", "violence"], "MX");
    let b = ids("transit", &["violence", "pregnant"], "MX");
    assert_eq!(a, b);
    assert_eq!(a.0[0], "ask:A07");
    let c = ids("destination", &["lgbti", "asylum"], "CR");
    assert_eq!(c, ids("destination", &["asylum", "lgbti"], "CR"));
    assert_eq!(c.0[0], "call:cr-un-1");
}

#[test]
fn properties_over_every_country_phase_and_single_situation() {
    for &c in COUNTRIES {
        for p in PHASES {
            for s in SITUATIONS {
                let sits = [s.id];
                let q = Query { phase: Some(p.id), situations: &sits, country: Some(c), audience: Audience::Woman };
                let r = evaluate(&q);
                let g = glance(&q, &r);
                let what = format!("{c} {} {}", p.id, s.id);
                assert!(g.now.len() <= MAX_STEPS && g.key_contacts.len() <= MAX_CONTACTS, "{what}");
                let asks = r.actions.len();
                assert!(g.now.len() >= 2.min(asks + usize::from(specialised_line(&q, &r).is_some())), "{what}: {:?}", g.now);
                // The first step is a call exactly when she has a specialised line, and it is hers.
                match (g.now.first(), specialised_line(&q, &r)) {
                    (Some(DoNow::Call(x)), Some(y)) => assert_eq!(x.id, y.id, "{what}"),
                    (_, None) => assert!(!g.now.iter().any(|d| matches!(d, DoNow::Call(_))), "{what}"),
                    (other, Some(y)) => panic!("{what}: expected a call to {} first, got {other:?}", y.id),
                }
                for d in &g.now {
                    match d {
                        DoNow::Call(x) => assert!(x.confirmed() && x.situations.contains(&s.id) && dial(x).is_some(), "{what}"),
                        DoNow::Ask(a) => assert!(a.for_woman && r.actions.iter().any(|h| h.item.id == a.id), "{what}: {}", a.id),
                    }
                }
                let in_box = |t: &str| r.danger.iter().any(|l| l.phone.tel == t);
                if let Some(DoNow::Call(x)) = g.now.first() {
                    assert!(!in_box(dial(x).unwrap()), "{what}: {} repeats the danger box", x.id);
                    // Its call is already on the first screen: no card repeats it.
                    assert!(!g.key_contacts.iter().any(|k| k.id == x.id), "{what}: {} repeated as a card", x.id);
                }
                for k in &g.key_contacts {
                    assert!(!in_box(dial(k).unwrap()), "{what}: {} repeats the danger box", k.id);
                    assert!(k.confirmed(), "{what}: {} is not confirmed", k.id);
                    assert!(!matches!(k.kind, Kind::MigrationAuthority | Kind::Emergency | Kind::Information) && !k.enforcement && k.for_woman(), "{what}: {}", k.id);
                    assert!(r.contacts.iter().any(|x| x.id == k.id), "{what}: {} is shown in the results", k.id);
                }
            }
        }
    }
}


/// A danger line's service name is shown beside its label only when it says more: Canada's
/// "Emergencias" beside "Emergencias (policía, bomberos, ambulancia)" adds nothing; the US name,
/// the same words as the label, neither; Mexico's women's line does.
#[test]
fn a_service_name_that_only_repeats_the_label_is_not_shown() {
    use ruta_engine::{glance::name_adds, tr};
    for lang in ["es", "en", "fr", "ht", "pt"] {
        let what = tr(lang, ruta_engine::msg::DANGER_LINE_EMERGENCY);
        assert!(!name_adds(&what, &tr(lang, "contact-us-emergency-1-name")), "{lang}: the US 911's name repeats the label");
        assert!(!name_adds(&what, &tr(lang, "contact-ca-emergency-1-name")), "{lang}: Canada's 911's name is the label's start");
    }
    assert!(name_adds("Línea de mujeres", "Línea Mujeres (Ciudad de México)"));
    assert!(!name_adds("Emergencias (policía)", "  emergencias "));
    assert!(!name_adds("Emergencias", ""));
}
