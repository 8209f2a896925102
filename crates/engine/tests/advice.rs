//! The consulate warning (issue 11 item 10): whenever her view suggests her consulate and she
//! ticked asylum or LGBTI, she is told not to contact it if she fears her government.

use ruta_engine::advice::{raised, warnings};
use ruta_engine::data::{PHASES, SITUATIONS, WARNINGS};
use ruta_engine::state::Audience;
use ruta_engine::{evaluate, tr, Query};

fn ids(phase: Option<&str>, sits: &[&str], audience: Audience) -> Vec<&'static str> {
    let q = Query { phase, situations: sits, country: None, audience };
    warnings(&q, &evaluate(&q)).iter().map(|w| w.id).collect()
}

#[test]
fn asylum_in_detention_raises_the_consulate_warning_because_of_the_consular_items() {
    let q = Query { phase: Some("transit"), situations: &["asylum", "detention"], country: Some("MX"), audience: Audience::Woman };
    let r = evaluate(&q);
    let got = raised(&q, &r);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].warning.id, "consulate");
    for id in ["R12", "R13", "A13", "A17"] {
        assert!(got[0].because_of.contains(&id), "{id} shows the consulate: {:?}", got[0].because_of);
    }
}

#[test]
fn lgbti_raises_it_too_and_the_texts_say_it_plainly() {
    assert_eq!(ids(Some("destination"), &["lgbti"], Audience::Woman), ["consulate"]);
    let w = WARNINGS.iter().find(|w| w.id == "consulate").unwrap();
    let en = tr("en", &w.text_id(Audience::Woman));
    assert!(en.contains("Do not contact your consulate if you fear your own government"), "{en}");
    assert!(en.contains("only if you ask"), "{en}");
    let es = tr("es", &w.text_id(Audience::Woman));
    assert!(es.contains("No contactes a tu consulado si temes a tu propio gobierno"), "{es}");
    for l in ["es", "en", "fr", "ht", "pt"] {
        for id in [w.title_id(), w.text_id(Audience::Woman), w.text_id(Audience::Official)] {
            assert!(!tr(l, &id).trim().is_empty(), "{l}: {id}");
        }
    }
}

#[test]
fn no_warning_without_asylum_or_lgbti_even_when_the_consulate_is_suggested() {
    // Detention in transit shows R12 and A17 (consular help), but she did not say she fears her State.
    let q = Query { phase: Some("transit"), situations: &["detention"], country: None, audience: Audience::Woman };
    let r = evaluate(&q);
    assert!(r.rights.iter().any(|h| h.item.id == "R12"));
    assert!(warnings(&q, &r).is_empty());
    for p in PHASES {
        for s in SITUATIONS.iter().filter(|s| s.id != "asylum" && s.id != "lgbti") {
            for a in [Audience::Woman, Audience::Official] {
                assert!(ids(Some(p.id), &[s.id], a).is_empty(), "{} × {} × {a:?}", p.id, s.id);
            }
        }
    }
}

#[test]
fn no_warning_when_nothing_suggests_the_consulate() {
    // LGBTI woman back home: reintegration items only, no consulate anywhere in her view.
    assert!(ids(Some("return"), &["lgbti"], Audience::Woman).is_empty());
    assert!(ids(Some("return"), &["lgbti"], Audience::Official).is_empty());
}

#[test]
fn officials_are_warned_when_a_consulate_is_named_as_responsible() {
    // Return × work shows A20, whose responsible actors include consulates (shown to officials only).
    assert!(ids(Some("return"), &["work", "lgbti"], Audience::Woman).is_empty());
    assert_eq!(ids(Some("return"), &["work", "lgbti"], Audience::Official), ["consulate"]);
}

/// Independent of the warning's own item list: read what she reads. If any shown right or action
/// text names the consulate and she ticked asylum or LGBTI, the warning must be there.
#[test]
fn every_view_that_names_the_consulate_to_a_woman_who_fears_her_state_carries_the_warning() {
    let words = [("es", "consulado"), ("en", "consulate"), ("fr", "consulat"), ("ht", "konsila"), ("pt", "consulado")];
    let mut checked = 0;
    for fear in ["asylum", "lgbti"] {
        for other in SITUATIONS.iter().map(|s| s.id) {
            let sits: Vec<&str> = if other == fear { vec![fear] } else { vec![fear, other] };
            for phase in PHASES.iter().map(|p| Some(p.id)).chain([None]) {
                for a in [Audience::Woman, Audience::Official] {
                    let q = Query { phase, situations: &sits, country: None, audience: a };
                    let r = evaluate(&q);
                    let who = if a == Audience::Official { "official" } else { "woman" };
                    let texts: Vec<String> = r
                        .rights
                        .iter()
                        .map(|h| format!("right-{}-{who}", h.item.id))
                        .chain(r.actions.iter().map(|h| format!("action-{}-{who}", h.item.id)))
                        .collect();
                    for (l, word) in words {
                        if texts.iter().any(|id| tr(l, id).to_lowercase().contains(word)) {
                            checked += 1;
                            assert_eq!(warnings(&q, &r).len(), 1, "{l}: {phase:?} × {sits:?} × {a:?} names the consulate without the warning");
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} views named the consulate: the property checked too little");
}
