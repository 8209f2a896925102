//! Native checks of the first paint: what it draws and what it leaves to the app. That its markup
//! is the app's own is checked in the browser (tests/web.rs, `the_first_paint_is_the_apps_own…`).

use ruta_engine::i18n;
use ruta_firstpaint::{address, render};

fn page(hash: &str, lang: &'static str) -> String {
    let _ = i18n::locale(lang);
    render(hash, lang, "").unwrap_or_else(|| panic!("{hash} is drawn"))
}

#[test]
fn her_danger_box_steps_and_contacts_are_drawn_with_call_links() {
    let h = page("#/results?lang=es&c=MX&p=transit&s=violence", "es");
    let q = ruta_engine::Query { phase: Some("transit"), situations: &["violence"], country: Some("MX"), audience: ruta_engine::Audience::Woman };
    let r = ruta_engine::evaluate(&q);
    let g = ruta_engine::glance::glance(&q, &r);
    // Every danger line as a tel: link, in the engine's order, before anything else of the screen.
    let mut at = h.find("id=\"danger-box\"").expect("the danger box");
    assert!(h.find("id=\"now-box\"").unwrap() > at);
    for l in &r.danger {
        let i = h[at..].find(&format!("href=\"tel:{}\"", l.phone.tel)).unwrap_or_else(|| panic!("tel:{} in order", l.phone.tel));
        at += i;
    }
    for d in &g.now {
        assert!(h.contains(&format!("data-id=\"{}\"", d.id())), "step {}", d.id());
    }
    assert!(h.contains("Si estás en peligro ahora") && h.contains("Qué hacer ahora"));
    assert!(h.contains("aria-expanded=\"false\" aria-controls=\"rights-list\""), "sections closed");
}

#[test]
fn texts_from_the_link_and_the_messages_are_escaped() {
    // A hostile link changes nothing she reads: unknown values are problems, left to the app.
    for hash in ["#/results?lang=es&c=<script>&p=transit", "#/results?lang=es&c=MX&p=transit&s=violence,\"><img src=x>", "#/results?lang=es&c=MX&p=x%22%3E"] {
        assert!(render(hash, "es", "").is_none(), "{hash}");
    }
    let h = page("#/results?lang=en&c=US&p=destination&s=trafficking,pregnant", "en");
    assert!(!h.contains("<script") && !h.contains("javascript:"));
    // Every href is in-app (#…) or tel:.
    for part in h.split("href=\"").skip(1) {
        assert!(part.starts_with('#') || part.starts_with("tel:"), "href={}", &part[..part.len().min(40)]);
    }
}

#[test]
fn the_address_keeps_the_screen_and_language_but_not_her_answers() {
    assert_eq!(address("#/results?lang=fr&c=MX&p=transit&s=violence"), "#/results?lang=fr");
    assert_eq!(address("#/results?c=MX&p=transit"), "#/results");
}

/// The browser test's links (tests/web.rs) reach every kind of markup the first paint writes.
#[test]
fn the_browser_tests_links_cover_every_part() {
    let all: String = ruta_firstpaint::SAMPLE_LINKS.iter().map(|(h, l)| page(h, ruta_engine::data::language(l).unwrap())).collect();
    for part in ["class=\"listen no-voice\"", "class=\"advice-warning", "class=\"caveat", "class=\"key-list\"", "class=\"tel now-tel\"", "class=\"note\"", "class=\"who\"", "class=\"more\""] {
        assert!(all.contains(part), "no case draws {part}");
    }
}

#[test]
fn listen_controls_follow_the_phones_voices() {
    let _ = ruta_engine::i18n::locale("ht");
    let hash = "#/results?lang=ht&c=MX&p=transit&s=violence";
    // A voice in her language: a Listen button for the danger box, the steps and the whole screen.
    let with = render(hash, "ht", "ht,en-US").unwrap();
    assert_eq!(with.matches("class=\"secondary listen-play\"").count(), 3);
    assert!(!with.contains("no-voice"));
    // None in hers but one in French: one plain line, and French offered (Creole → French first).
    let other = render(hash, "ht", "es-MX,fr_FR").unwrap();
    assert_eq!(other.matches("class=\"listen no-voice\"").count(), 1);
    assert!(other.contains("class=\"secondary listen-other\" lang=\"fr\""));
    assert!(!other.contains("listen-play"));
    // No voice at all: the plain line only, never a button that does not work.
    let none = render(hash, "ht", "").unwrap();
    assert!(none.contains("no-voice") && !none.contains("<button type=\"button\" class=\"secondary listen"));
}
