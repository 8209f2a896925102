//! Component tests in headless Chromium (wasm-bindgen-test). Run by tools/test.sh:
//! `cargo test -p ruta --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos::task::tick;
use ruta::{ContactCard, Ctx, ResultsPage};
use ruta_engine::data::CONTACTS;
use ruta_engine::state::{parse, Audience};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

#[wasm_bindgen_test]
async fn results_page_renders_emergency_rights_and_contacts_in_order() {
    let el = host();
    let (st, _) = parse("#/results?lang=en&c=MX&p=transit&s=violence");
    let _h = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Ctx::new(st.clone(), vec![], "es"));
        view! { <ResultsPage/> }
    });
    tick().await;
    // The engine's own answer for this query decides what the screen must show, and in which order.
    let q = ruta_engine::Query { phase: Some("transit"), situations: &["violence"], country: Some("MX"), audience: Audience::Woman };
    let r = ruta_engine::evaluate(&q);
    let g = ruta_engine::glance::glance(&q, &r);
    let all = el.query_selector_all("section").unwrap();
    let sections: Vec<String> = (0..all.length()).map(|i| all.item(i).unwrap().unchecked_into::<web_sys::Element>().class_name()).collect();
    let mut expected = vec!["danger", "now"];
    if !g.key_contacts.is_empty() {
        expected.push("keys");
    }
    expected.extend(["rights", "actions", "contacts"]);
    assert_eq!(sections, expected);
    // The danger box: every line of danger_lines, in order, as tel: links (911, then the women's line).
    let calls = el.query_selector_all(".danger a[href^='tel:']").unwrap();
    let hrefs: Vec<String> = (0..calls.length()).map(|i| calls.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap()).collect();
    let want: Vec<String> = r.danger.iter().map(|l| format!("tel:{}", l.phone.tel)).collect();
    assert_eq!(hrefs, want);
    assert_eq!(hrefs.first().map(String::as_str), Some("tel:911"));
    assert!(r.danger.iter().any(|l| l.contact.id == "mx-gbv-1"), "her 24-hour women's line is in the danger box");
    // What to do now: the engine's glance, in its order.
    let now = el.query_selector_all(".now-list > li").unwrap();
    let now_ids: Vec<String> = (0..now.length()).map(|i| now.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-id").unwrap_or_default()).collect();
    let want_now: Vec<String> = g.now.iter().map(|d| d.id()).collect();
    assert_eq!(now_ids, want_now);
    assert!(!now_ids.is_empty() && now_ids.len() <= 3);
    // Sections start closed: their lists are built only when opened.
    assert!(el.query_selector(".rights li.item").unwrap().is_none(), "rights closed at first");
    el.query_selector(".rights button.toggle").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    tick().await;
    let first_right = el.query_selector(".rights li.item").unwrap().unwrap();
    assert_eq!(first_right.get_attribute("data-id").as_deref(), Some("R05"));
    // One disclosure per item, named after it; its contents are built when opened.
    let summary = first_right.query_selector("summary").unwrap().unwrap().text_content().unwrap();
    assert!(summary.contains("Legal basis") || summary.contains("legal basis"), "{summary}");
    assert!(summary.contains(&first_right.query_selector("h3").unwrap().unwrap().text_content().unwrap()), "{summary}");
    assert!(first_right.query_selector(".basis").unwrap().is_none());
    assert!(el.text_content().unwrap().contains("Your rights"), "English text");
    el.query_selector(".contacts button.toggle").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(el.query_selector(".contacts .card").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn official_view_groups_actions_by_referral_step() {
    let el = host();
    let (mut st, _) = parse("#/results?lang=es&c=GT&p=transit&s=trafficking");
    st.audience = Audience::Official;
    let _h = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Ctx::new(st.clone(), vec![], "es"));
        view! { <ResultsPage/> }
    });
    tick().await;
    el.query_selector("button.open-all").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    tick().await;
    let steps = el.query_selector_all(".actions h3.step").unwrap().length();
    assert_eq!(steps, 3);
    assert!(el.text_content().unwrap().contains("1. Detectar"));
}

#[wasm_bindgen_test]
async fn contact_card_shows_tel_link_source_and_date() {
    let el = host();
    let contact = CONTACTS.iter().find(|c| c.for_woman() && c.phones.iter().any(|p| p.dialable() && p.latest_date().is_some())).unwrap();
    let _h = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Ctx::new(Default::default(), vec![], "en"));
        view! { <ContactCard contact=contact/> }
    });
    tick().await;
    let tel = el.query_selector("a.tel").unwrap().unwrap();
    let first = contact.phones.iter().find(|p| p.dialable()).unwrap();
    assert_eq!(tel.get_attribute("href").unwrap(), format!("tel:{}", first.tel));
    assert!(first.tel.starts_with('+') || first.short_code, "dials from any SIM: {}", first.tel);
    // Her view: the most recent source's date of each number, in plain words (the year at least).
    let prov = el.query_selector(".provenance").unwrap().unwrap().text_content().unwrap();
    let year = &first.latest_date().unwrap()[..4];
    assert!(prov.contains(year), "{prov}");
}

/// A results screen taken down leaves nothing behind in the app-wide lists that tell screens about
/// the host's contacts and the phone's voices (a screen that subscribed to an app-wide signal
/// directly left wasm memory behind on every visit: issue 14's "flat memory").
#[wasm_bindgen_test]
async fn a_results_screen_taken_down_leaves_no_followers() {
    let before = (ruta::overlay_followers(), ruta::parts::speak::voice_followers());
    let el = host();
    let (st, _) = parse("#/results?lang=es&c=MX&p=transit&s=violence,asylum");
    let handle = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Ctx::new(st.clone(), vec![], "es"));
        view! { <ResultsPage/> }
    });
    tick().await;
    assert_eq!(ruta::overlay_followers(), before.0 + 1, "the screen follows the host's contacts");
    // Every Listen control (the danger box, what to do now, listen to all) follows the voices, even
    // when this browser has none and the controls show nothing yet.
    assert!(ruta::parts::speak::voice_followers() >= before.1 + 3, "its Listen controls follow the voices");
    drop(handle);
    tick().await;
    assert_eq!(ruta::overlay_followers(), before.0, "none left once the screen is gone");
    assert_eq!(ruta::parts::speak::voice_followers(), before.1, "none left once the screen is gone");
}

/// Two apps in one page (an NGO page with two widgets): the host's contacts given to one reach its
/// own results screen, which follows them in place, and never the other's.
#[wasm_bindgen_test]
async fn a_hosts_contacts_reach_only_their_own_apps_results() {
    let count = |el: &web_sys::HtmlElement| el.query_selector(".contacts .count [aria-hidden]").unwrap().unwrap().text_content().unwrap();
    let (a, b) = (host(), host());
    let (st, _) = parse("#/results?lang=es&c=MX&p=transit&s=violence");
    let ctx_a = Ctx::new(st.clone(), vec![], "es");
    let ctx_b = Ctx::new(st.clone(), vec![], "es");
    let _ha = leptos::mount::mount_to(a.clone(), move || {
        provide_context(ctx_a);
        view! { <ResultsPage/> }
    });
    let _hb = leptos::mount::mount_to(b.clone(), move || {
        provide_context(ctx_b);
        view! { <ResultsPage/> }
    });
    tick().await;
    let before: usize = count(&a).parse().unwrap();
    assert_eq!(count(&b), before.to_string());
    // The demo NGO's directory (one contact in Mexico), as a host passes it.
    ctx_a.set_overlay(&wasm_bindgen::JsValue::from_str(include_str!("../examples/host/overlay.json")), false);
    tick().await;
    assert_eq!(count(&a), (before + 1).to_string(), "the screen follows its host's contacts in place");
    assert_eq!(count(&b), before.to_string(), "the other app's screen is untouched");
    a.query_selector(".contacts button.toggle").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    b.query_selector(".contacts button.toggle").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    tick().await;
    assert!(a.text_content().unwrap().contains("Albergue de ejemplo"), "the host's card is shown");
    assert!(!b.text_content().unwrap().contains("Albergue de ejemplo"), "and only there");
}

/// A node as text for comparing two DOMs: tags, sorted attributes and text (adjacent text nodes
/// merged, comments dropped). Not compared: what only the app adds after its first render — the
/// live region's announcement, and the h1's tabindex (set by the app on whichever screen is shown
/// first in this shared test page).
fn canon(node: &web_sys::Node, out: &mut String) {
    let mut text = String::new();
    let flush = |text: &mut String, out: &mut String| {
        if !text.is_empty() {
            out.push_str(&format!("{text:?}"));
            text.clear();
        }
    };
    let kids = node.child_nodes();
    for i in 0..kids.length() {
        let k = kids.item(i).unwrap();
        match k.node_type() {
            web_sys::Node::TEXT_NODE => text.push_str(&k.text_content().unwrap_or_default()),
            web_sys::Node::ELEMENT_NODE => {
                let el: web_sys::Element = k.unchecked_into();
                flush(&mut text, out);
                let tag = el.local_name();
                let mut attrs: Vec<String> = el
                    .get_attribute_names()
                    .iter()
                    .filter_map(|n| n.as_string())
                    .filter(|n| !(tag == "h1" && n == "tabindex"))
                    .map(|n| format!("{n}={:?}", el.get_attribute(&n).unwrap_or_default()))
                    .collect();
                attrs.sort();
                out.push_str(&format!("<{tag} {}>", attrs.join(" ")));
                if el.get_attribute("aria-live").is_none() {
                    canon(&el, out);
                }
                out.push_str(&format!("</{tag}>"));
            }
            _ => {}
        }
    }
    flush(&mut text, out);
}

/// The first paint (crates/firstpaint, the small wasm that draws a results link before the app
/// loads) writes the app's own markup: the same elements, attributes and texts as `App` on the
/// same link, for every country, in five languages, with and without situations — so the hand-over
/// to the app changes nothing she sees. Links it does not draw are left to the app.
#[wasm_bindgen_test]
async fn the_first_paint_is_the_apps_own_results_screen() {
    let cases = ruta_firstpaint::SAMPLE_LINKS;
    // This browser has no voice: the screen's main Listen control says so. Then a phone with a
    // Spanish voice (Listen buttons; Creole offers Spanish), as the browser's list gives it.
    let voices = |list: &str| {
        let js = if list.is_empty() {
            "delete window.speechSynthesis".to_string()
        } else {
            format!("Object.defineProperty(window, 'speechSynthesis', {{ configurable: true, value: {{ getVoices: () => [{list}], speak() {{}}, cancel() {{}}, pause() {{}}, resume() {{}}, onvoiceschanged: null }} }})")
        };
        js_sys::Function::new_no_args(&js).call0(&wasm_bindgen::JsValue::NULL).unwrap();
    };
    let es_voice = "{ name: 'Local es', lang: 'es-MX', localService: true, default: false, voiceURI: 'es' }, { name: 'Cloud fr', lang: 'fr-FR', localService: false, default: true, voiceURI: 'fr' }";
    let runs = cases.iter().map(|c| (c.0, c.1, "")).chain([
        ("#/results?lang=es&c=MX&p=transit&s=violence", "es", es_voice),
        ("#/results?lang=ht&c=HN&p=origin&s=trafficking", "ht", es_voice),
    ]);
    for (hash, lang, list) in runs {
        voices(list);
        // A first visit: no section left open by an earlier test on the same query.
        ruta::screens::results::forget();
        // What boot.js passes: the tags of the on-device voices.
        let tags = if list.is_empty() { "" } else { "es-MX" };
        let el = host();
        let (st, _) = parse(hash);
        let handle = leptos::mount::mount_to(el.clone(), move || {
            provide_context(Ctx::new(st.clone(), vec![], lang));
            view! { <ruta::App/> }
        });
        tick().await;
        let app = el.query_selector(".ruta-root").unwrap().expect("the app mounted");
        let first = document().create_element("div").unwrap();
        let html = ruta_firstpaint::render(hash, ruta_engine::data::language(lang).unwrap(), tags).unwrap_or_else(|| panic!("{hash}: the first paint draws it"));
        first.set_inner_html(&html);
        let (mut want, mut got) = (String::new(), String::new());
        canon(&el, &mut want);
        canon(&first, &mut got);
        assert!(app.query_selector("section.danger a[href^='tel:']").unwrap().is_some() || !hash.contains("c="), "{hash}: the app drew her results");
        assert!(want.len() > 3000 && want.contains("<footer") && want.contains("class=\"rights\""), "{hash}: the whole screen is compared ({} chars)", want.len());
        if want != got {
            let at = want.chars().zip(got.chars()).take_while(|(a, b)| a == b).count();
            let from = at.saturating_sub(120);
            panic!("{hash}: the first paint differs from the app at char {at}:\n app:   …{}\n first: …{}", want.chars().skip(from).take(400).collect::<String>(), got.chars().skip(from).take(400).collect::<String>());
        }
        if !list.is_empty() {
            assert!(want.contains("listen-play") || want.contains("listen-other"), "{hash}: the voice was seen");
        }
        drop(handle);
        el.remove();
    }
    voices("");
    // Left to the app: other screens, the officials' view, a link it did not fully understand, and
    // asylum in a country (its time-limit block).
    for hash in ["#/?lang=es", "#/results?lang=es&c=MX&p=transit&s=violence&who=official", "#/results?lang=es&c=XX&p=transit", "#/results?lang=es&c=MX&p=transit&s=asylum"] {
        assert!(ruta_firstpaint::render(hash, "es", "").is_none(), "{hash} is left to the app");
    }
}
