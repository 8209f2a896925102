//! Native tests of the engine over the real content pack.

use ruta_engine::data::{self, Confidence, Kind, Status, Step, COUNTRIES, PHASES, SITUATIONS};
use ruta_engine::i18n::{self, negotiate, strip_isolation};
use ruta_engine::state::{parse, Audience, Problem, State, View};
use ruta_engine::{evaluate, msg, tr, tr_args, Arg, Query};

fn q<'a>(phase: &'a str, situations: &'a [&'a str], country: &'a str, audience: Audience) -> Query<'a> {
    Query { phase: Some(phase), situations, country: Some(country), audience }
}

fn right_ids(r: &ruta_engine::Results) -> Vec<&'static str> {
    r.rights.iter().map(|h| h.item.id).collect()
}

#[test]
fn violence_in_transit_in_mexico_gives_protection_rights_and_emergency_first() {
    let r = evaluate(&q("transit", &["violence"], "MX", Audience::Woman));
    let rights = right_ids(&r);
    assert_eq!(rights[0], "R05", "live free from violence comes first: {rights:?}");
    assert!(rights.contains(&"R09") && rights.contains(&"R21"), "{rights:?}");
    assert!(rights.contains(&"R01"), "cross-cutting rights are added: {rights:?}");
    assert!(r.rights.iter().position(|h| h.item.id == "R01") > r.rights.iter().position(|h| h.item.id == "R21"), "cross-cutting come after");
    let emergency: Vec<_> = r.emergency.iter().flat_map(|c| c.phones.iter().map(|p| p.tel)).collect();
    assert!(emergency.contains(&"911"), "{emergency:?}");
    assert!(r.contacts.iter().any(|c| c.kind == Kind::GbvHotline), "the violence line is listed");
    assert!(r.contacts.iter().all(|c| c.country == "MX"));
}

#[test]
fn rights_brought_by_more_situations_rank_higher() {
    let one = evaluate(&q("destination", &["work"], "US", Audience::Woman));
    let two = evaluate(&q("destination", &["work", "no-documents"], "US", Audience::Woman));
    assert_eq!(right_ids(&one)[0], "R17");
    // R06 and R17 appear in both rows, so they lead when both situations are chosen.
    let ids = right_ids(&two);
    assert!(ids[..2].contains(&"R17") && ids[..2].contains(&"R06"), "{ids:?}");
}

#[test]
fn woman_view_hides_unconfirmed_contacts_and_official_view_shows_them() {
    for &c in COUNTRIES {
        let w = evaluate(&Query { phase: None, situations: &[], country: Some(c), audience: Audience::Woman });
        let o = evaluate(&Query { phase: None, situations: &[], country: Some(c), audience: Audience::Official });
        for x in w.emergency.iter().chain(&w.contacts) {
            assert!(x.status == Status::Verified && x.confidence != Confidence::Low, "{} shown to women", x.id);
        }
        let all = data::CONTACTS.iter().filter(|x| x.country == c).count();
        assert_eq!(o.emergency.len() + o.contacts.len(), all, "official view of {c} shows every contact");
        let official_only = data::CONTACTS.iter().filter(|x| x.country == c && x.official_only).count();
        assert_eq!(w.emergency.len() + w.contacts.len() + w.hidden_unconfirmed + official_only, all, "{c}: shown + hidden + official-only = all");
        for x in w.emergency.iter().chain(&w.contacts) {
            assert!(!x.official_only, "{} is for officials only", x.id);
        }
    }
}

#[test]
fn official_actions_cover_the_referral_path_and_woman_view_drops_official_only_duties() {
    let o = evaluate(&q("transit", &["trafficking", "unaccompanied"], "GT", Audience::Official));
    for step in Step::ALL {
        assert!(o.actions_in(step).next().is_some(), "no action for step {step:?}");
    }
    let w = evaluate(&q("transit", &["trafficking", "unaccompanied"], "GT", Audience::Woman));
    assert!(w.actions.iter().all(|h| h.item.for_woman));
    assert!(o.actions.iter().any(|h| h.item.id == "A27"), "training duty is for officials");
    assert!(!w.actions.iter().any(|h| h.item.id == "A27"));
}

#[test]
fn every_phase_situation_country_and_audience_gives_a_right_and_an_action() {
    for p in PHASES {
        for s in SITUATIONS {
            for &c in COUNTRIES {
                for a in [Audience::Woman, Audience::Official] {
                    let sits = [s.id];
                    let r = evaluate(&q(p.id, &sits, c, a));
                    assert!(!r.rights.is_empty(), "{} {} {c}", p.id, s.id);
                    assert!(!r.actions.is_empty(), "{} {} {c}", p.id, s.id);
                    if a == Audience::Official {
                        assert!(!r.emergency.is_empty(), "{c} has an emergency contact");
                    }
                }
            }
        }
    }
}

#[test]
fn every_phase_and_situation_has_its_rule() {
    for p in PHASES {
        for s in SITUATIONS {
            assert!(data::RULES.iter().any(|r| r.phase == p.id && r.situation == s.id), "no rule for {} × {}", p.id, s.id);
        }
    }
}

#[test]
fn no_phase_means_every_phase_and_no_country_means_no_contacts() {
    let r = evaluate(&Query { phase: None, situations: &["returned"], country: None, audience: Audience::Woman });
    assert!(right_ids(&r).contains(&"R20"));
    assert!(r.emergency.is_empty() && r.contacts.is_empty());
    let none = evaluate(&Query { phase: Some("origin"), situations: &[], country: None, audience: Audience::Woman });
    assert_eq!(right_ids(&none), data::CROSS_RIGHTS.to_vec(), "no situation: the cross-cutting rights");
}

// ---- URL state --------------------------------------------------------------------------

#[test]
fn a_link_round_trips() {
    let (st, problems) = parse("#/results?lang=en&who=official&c=mx&p=transit&s=pregnant,violence");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(st, State { view: View::Results, lang: Some("en"), audience: Audience::Official, country: Some("MX"), phase: Some("transit"), situations: vec!["violence", "pregnant"] });
    assert_eq!(st.to_hash(), "#/results?lang=en&who=official&c=MX&p=transit&s=violence,pregnant");
    assert_eq!(parse(&st.to_hash()).0, st);
}

#[test]
fn library_links_round_trip() {
    for h in ["#/safety", "#/welcome", "#/guidelines", "#/principle/P3", "#/theme/violence", "#/right/R05", "#/action/A06"] {
        let (st, problems) = parse(h);
        assert!(problems.is_empty(), "{h}: {problems:?}");
        assert_eq!(st.to_hash(), h);
    }
    assert_eq!(parse("#/right/r05").0.view, View::Right("R05"));
}

#[test]
fn bad_parts_of_a_link_become_problems_and_the_rest_is_kept() {
    let (st, problems) = parse("#/results?lang=xx&c=ZZ&p=moon&s=violence,flying&who=cat");
    assert_eq!(st.view, View::Results);
    assert_eq!(st.situations, vec!["violence"]);
    assert_eq!(st.lang, None);
    assert_eq!(
        problems,
        vec![
            Problem::UnknownLanguage("xx".into()),
            Problem::UnknownCountry("ZZ".into()),
            Problem::UnknownPhase("moon".into()),
            Problem::UnknownSituation("flying".into()),
            Problem::UnknownAudience("cat".into()),
        ]
    );
    let (st, problems) = parse("#/nowhere?c=MX");
    assert_eq!((st.view, st.country), (View::Start, Some("MX")));
    assert_eq!(problems, vec![Problem::UnknownView("nowhere".into())]);
    let (st, problems) = parse("#/results?c=%E0%A4&p=%zz");
    assert_eq!(st.view, View::Results);
    assert_eq!(problems, vec![Problem::Malformed]);
    let (_, problems) = parse(&format!("#/results?s={}", "x".repeat(5000)));
    assert!(problems[0].value().chars().count() <= 41, "echoed values are shortened");
    assert_eq!(parse("").0, State::default());
    let (st, problems) = parse("#/right/R99?lang=en");
    assert_eq!((st.view, st.lang), (View::Library, Some("en")));
    assert_eq!(problems, vec![Problem::UnknownItem("R99".into())]);
    assert_eq!(parse("#").1, vec![]);
}

#[test]
fn every_problem_has_a_message_in_every_language() {
    let all = [
        Problem::Malformed,
        Problem::UnknownView("a".into()),
        Problem::UnknownLanguage("a".into()),
        Problem::UnknownAudience("a".into()),
        Problem::UnknownCountry("a".into()),
        Problem::UnknownPhase("a".into()),
        Problem::UnknownSituation("a".into()),
        Problem::UnknownItem("a".into()),
    ];
    for l in i18n::languages() {
        for p in &all {
            assert!(i18n::has(l, p.message_id()), "{l}: {}", p.message_id());
        }
    }
}

// ---- Messages -----------------------------------------------------------------------------

#[test]
fn language_negotiation_follows_the_browser_with_spanish_as_fallback() {
    assert_eq!(negotiate(&["en-US", "es"]), "en");
    assert_eq!(negotiate(&["es-MX"]), "es");
    assert_eq!(negotiate(&["de-DE", "en-GB"]), "en");
    assert_eq!(negotiate(&["de-DE"]), "es");
    assert_eq!(negotiate(&["pt-BR", "es"]), "pt");
    assert_eq!(negotiate(&["fr-CA"]), "fr");
    assert_eq!(negotiate(&["ht"]), "ht");
    assert_eq!(negotiate(&["fr-HT", "fr"]), "ht", "Haitian French speakers get Creole first");
    assert_eq!(negotiate::<&str>(&[]), "es");
}

#[test]
fn plurals_and_variables_are_formatted_per_language() {
    let one = tr_args("en", msg::RIGHTS_COUNT, &[("count", Arg::Num(1))]);
    let many = tr_args("en", msg::RIGHTS_COUNT, &[("count", Arg::Num(7))]);
    assert_eq!((one.as_str(), many.as_str()), ("1 right", "7 rights"));
    assert_eq!(tr_args("es", msg::RIGHTS_COUNT, &[("count", Arg::Num(2))]), "2 derechos");
    let s = tr_args("es", msg::RESULTS_SUMMARY, &[("country", Arg::Str("México")), ("phase", Arg::Str("Tránsito")), ("count", Arg::Num(0))]);
    assert_eq!(strip_isolation(&s), "México · Tránsito · ninguna situación elegida");
    assert_eq!(tr("en", msg::APP_NAME), "Ruta", "term references resolve");
}

#[test]
fn every_content_text_exists_and_is_not_empty_in_every_language() {
    let mut ids = vec![];
    for r in data::RIGHTS {
        ids.extend(["title", "woman", "official"].map(|k| format!("right-{}-{k}", r.id)));
    }
    for a in data::ACTIONS {
        ids.extend(["title", "woman", "official"].map(|k| format!("action-{}-{k}", a.id)));
    }
    for c in data::CONTACTS {
        ids.push(format!("contact-{}-name", c.id));
    }
    for l in i18n::languages() {
        for id in &ids {
            assert!(i18n::has(l, id), "{l}: {id}");
            assert!(!tr(l, id).trim().is_empty(), "{l}: {id} is empty");
        }
    }
}

#[test]
fn every_item_cites_a_basis_and_every_contact_a_source_and_date() {
    for r in data::RIGHTS {
        assert!(!r.basis.is_empty(), "{}", r.id);
    }
    for a in data::ACTIONS {
        assert!(!a.basis.is_empty(), "{}", a.id);
    }
    for c in data::CONTACTS {
        assert!(!c.source_urls.is_empty() && !c.source_date.is_empty(), "{}", c.id);
    }
}

#[test]
fn dates_are_written_the_way_each_language_writes_them() {
    use ruta_engine::i18n::format_date;
    assert_eq!(strip_isolation(&format_date("es", "2025-11-26")), "26 de noviembre de 2025");
    assert_eq!(strip_isolation(&format_date("en", "2025-11-06")), "November 6, 2025");
    assert_eq!(strip_isolation(&format_date("en", "2024-08")), "August 2024");
    assert_eq!(format_date("es", "2013"), "2013");
    assert_eq!(format_date("es", "someday"), "someday");
}

#[test]
fn a_damaged_locale_pack_is_an_error_not_a_panic() {
    use ruta_engine::i18n::decode_pack;
    assert!(decode_pack(b"hello").is_err());
    assert!(decode_pack(b"RUTAMSG1\x05\x00\x00\x00\x03").is_err(), "truncated");
    assert!(decode_pack(b"RUTAMSG1\x00\x00\x00\x00").unwrap().is_empty());
}

#[test]
fn no_language_shows_the_spanish_text_as_an_untranslated_fallback() {
    // Every message exists in every language (the build checks that); here we catch a message that
    // was "translated" by pasting the Spanish text. Proper names and short labels may coincide.
    let mut suspicious = vec![];
    for l in i18n::languages().filter(|l| *l != "es") {
        for id in data::RIGHTS.iter().flat_map(|r| ["title", "woman", "official"].map(|k| format!("right-{}-{k}", r.id)))
            .chain(data::ACTIONS.iter().flat_map(|a| ["title", "woman", "official"].map(|k| format!("action-{}-{k}", a.id))))
            .chain([msg::START_INTRO, msg::DANGER_NONE_CONFIRMED, msg::ABOUT_BASIS, msg::EXIT_BUTTON, msg::PROBLEMS_TITLE].map(String::from))
        {
            let (t, es) = (tr(l, &id), tr("es", &id));
            if t == es && t.chars().count() > 12 {
                suspicious.push(format!("{l}: {id}"));
            }
        }
    }
    assert!(suspicious.is_empty(), "same text as Spanish: {suspicious:?}");
}

#[test]
fn the_share_qr_code_decodes_back_to_the_link() {
    let link = "https://ruta.example/#/results?lang=es&c=MX&p=transit&s=violence,pregnant";
    let m = ruta_engine::share::qr_modules(link).unwrap();
    let (scale, quiet) = (4usize, 4usize);
    let size = (m.len() + 2 * quiet) * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        let (mx, my) = ((x / scale) as isize - quiet as isize, (y / scale) as isize - quiet as isize);
        let dark = mx >= 0 && my >= 0 && (mx as usize) < m.len() && (my as usize) < m.len() && m[my as usize][mx as usize];
        if dark { 0 } else { 255 }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, link);
    let (view, path) = ruta_engine::share::qr_svg_path(link).unwrap();
    assert_eq!(view as usize, m.len() + 8);
    assert!(path.starts_with('M'));
}

// The local overlay (a host's own contacts) is tested in tests/overlay.rs (H2).

/// A count says its own number in every language, 0 included: French and Portuguese put 0 in the
/// "one" form (CLDR), so a form that wrote "1" told a screen reader "(1 contact)" for none.
#[test]
fn counts_say_their_own_number_in_every_language_zero_included() {
    use ruta_engine::{msg, tr_args, Arg};
    let ids = [msg::RIGHTS_COUNT, msg::ACTIONS_COUNT, msg::CONTACTS_COUNT, msg::CONTACTS_HIDDEN, msg::CONTACTS_HIDDEN_ENFORCEMENT, msg::SOURCES_OFFICIAL];
    for lang in ruta_engine::i18n::languages() {
        for id in ids {
            for n in [0i64, 1, 2, 7] {
                let text = tr_args(lang, id, &[("count", Arg::Num(n)), ("dates", Arg::Str(""))]);
                let digits: String = ruta_engine::i18n::strip_isolation(&text).chars().filter(char::is_ascii_digit).collect();
                assert!(digits.contains(&n.to_string()), "{lang} {id} with {n}: {text}");
            }
        }
    }
}
