//! Training scenarios (issue 17): coverage, agreement with the engine's own answer for every case,
//! grading right and wrong answers, feedback with legal basis, progress without names.

use ruta_engine::data::LOCALE_CODES;
use ruta_engine::i18n;
use ruta_engine::scenarios::{self, first_steps, Progress, Question, SCENARIOS};
use std::collections::BTreeSet;

#[test]
fn at_least_twelve_scenarios_over_four_phases_eight_situations_six_countries() {
    assert!(SCENARIOS.len() >= 12, "{}", SCENARIOS.len());
    let phases: BTreeSet<_> = SCENARIOS.iter().map(|s| s.phase).collect();
    assert_eq!(phases, ["destination", "origin", "return", "transit"].into_iter().collect());
    let situations: BTreeSet<_> = SCENARIOS.iter().flat_map(|s| s.situations.iter().copied()).collect();
    assert!(situations.len() >= 8, "{situations:?}");
    let countries: BTreeSet<_> = SCENARIOS.iter().map(|s| s.country).collect();
    assert!(countries.len() >= 6, "{countries:?}");
}

/// The same guarantee as the build's check (crates/contentc/src/check_scenarios.rs), here against
/// `evaluate()` itself: the two implementations cannot drift apart unnoticed.
#[test]
fn every_expected_answer_is_what_the_engine_gives_and_no_distractor_is() {
    for s in SCENARIOS {
        let r = s.results();
        let rights: Vec<&str> = r.rights.iter().map(|h| h.item.id).collect();
        let actions: Vec<&str> = r.actions.iter().map(|h| h.item.id).collect();
        let first: Vec<&str> = first_steps(&r).iter().map(|a| a.id).collect();
        let contacts: Vec<&str> = r.contacts.iter().map(|c| c.id).collect();
        for x in s.rights {
            assert!(rights.contains(x), "{}: right {x} not in {rights:?}", s.id);
        }
        for x in s.rights_distractors {
            assert!(!rights.contains(x), "{}: distractor right {x} applies", s.id);
        }
        for x in s.first_steps {
            assert!(first.contains(x), "{}: step {x} not among the first steps {first:?}", s.id);
        }
        for x in s.steps_distractors {
            assert!(!actions.contains(x), "{}: distractor step {x} is in the answer", s.id);
        }
        for x in s.refer {
            assert!(contacts.contains(x), "{}: contact {x} not in {contacts:?}", s.id);
        }
        for x in s.refer_distractors {
            assert!(!contacts.contains(x), "{}: distractor contact {x} is listed", s.id);
        }
        for x in s.detect_distractors {
            assert!(!s.situations.contains(x), "{}", s.id);
        }
    }
}

#[test]
fn every_scenario_answered_right_and_wrong() {
    for s in SCENARIOS {
        for q in Question::ALL {
            let choices = s.choices(q);
            assert!(choices.iter().any(|c| c.correct) && choices.iter().any(|c| !c.correct), "{} {q:?}", s.id);
            let right: Vec<&str> = choices.iter().filter(|c| c.correct).map(|c| c.id).collect();
            let g = s.grade(q, &right);
            assert!(g.correct && g.missed.is_empty() && g.wrongly_chosen.is_empty(), "{} {q:?}", s.id);
            // Everything ticked: wrong, and the distractors are named.
            let all: Vec<&str> = choices.iter().map(|c| c.id).collect();
            let g = s.grade(q, &all);
            assert!(!g.correct);
            assert_eq!(g.wrongly_chosen.len(), choices.iter().filter(|c| !c.correct).count());
            // Nothing ticked: wrong, and the correct options are named as missed.
            let g = s.grade(q, &[]);
            assert!(!g.correct);
            assert_eq!(g.missed.len(), right.len());
        }
    }
}

#[test]
fn the_order_of_choices_does_not_give_the_answer_away() {
    // Options are sorted by id, so correct ones are not always first.
    let firsts = SCENARIOS.iter().flat_map(|s| Question::ALL.map(|q| s.choices(q)[0].correct)).collect::<Vec<_>>();
    assert!(firsts.iter().any(|c| *c) && firsts.iter().any(|c| !*c));
}

#[test]
fn feedback_comes_from_the_engine_with_the_legal_basis() {
    for s in SCENARIOS {
        let f = s.feedback(Question::Rights);
        assert_eq!(f.rights.iter().map(|r| r.id).collect::<Vec<_>>(), s.rights, "{}", s.id);
        assert!(f.rights.iter().all(|r| !r.basis.is_empty()), "{}: every right cites its basis", s.id);
        let f = s.feedback(Question::FirstSteps);
        assert_eq!(f.steps.len(), s.first_steps.len(), "{}", s.id);
        assert!(f.steps.iter().all(|a| !a.actors.is_empty()), "{}: every step names who acts", s.id);
        let f = s.feedback(Question::Refer);
        assert_eq!(f.contacts.len(), s.refer.len(), "{}", s.id);
        assert!(f.contacts.iter().all(|c| c.country == s.country));
        assert_eq!(s.feedback(Question::Detect).situations, s.situations);
    }
}

#[test]
fn every_story_and_option_has_its_words_in_five_languages() {
    for lang in LOCALE_CODES {
        for s in SCENARIOS {
            for m in [format!("scenario-{}-title", s.id), format!("scenario-{}", s.id)] {
                assert!(i18n::has(lang, &m), "{lang}: {m}");
            }
            for q in Question::ALL {
                for c in s.choices(q) {
                    assert!(i18n::has(lang, &c.message), "{lang}: {}", c.message);
                }
            }
        }
    }
}

#[test]
fn progress_stays_in_memory_and_its_summary_has_no_names() {
    let mut p = Progress::default();
    let s1 = scenarios::scenario("S01").unwrap();
    let s2 = scenarios::scenario("S02").unwrap();
    p.record(s1.id, s1.grade(Question::Detect, s1.situations));
    p.record(s1.id, s1.grade(Question::Rights, &[]));
    p.record(s2.id, s2.grade(Question::Refer, s2.refer));
    assert_eq!((p.answered(), p.correct()), (3, 2));
    // Answering again replaces the earlier answer.
    p.record(s1.id, s1.grade(Question::Rights, s1.rights));
    assert_eq!((p.answered(), p.correct()), (3, 3));
    assert_eq!(p.summary(), [("S01", 2, 2), ("S02", 1, 1)]);
}
