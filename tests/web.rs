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
    let all = el.query_selector_all("section").unwrap();
    let sections: Vec<String> = (0..all.length()).map(|i| all.item(i).unwrap().unchecked_into::<web_sys::Element>().class_name()).collect();
    assert_eq!(sections, ["danger", "now", "keys", "rights", "actions", "contacts"]);
    let call = el.query_selector(".danger a[href='tel:911']").unwrap().expect("911 as a tel: link");
    assert!(call.text_content().unwrap().contains("911"));
    // What to do now: the violence line first (the engine's glance), with its tel: link.
    let first = el.query_selector(".now-list li").unwrap().unwrap();
    assert_eq!(first.get_attribute("data-id").as_deref(), Some("call:mx-gbv-1"));
    assert!(first.query_selector("a[href^='tel:']").unwrap().is_some());
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
    let contact = CONTACTS.iter().find(|c| c.confirmed() && !c.phones.is_empty() && c.source_date != "undated").unwrap();
    let _h = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Ctx::new(Default::default(), vec![], "en"));
        view! { <ContactCard contact=contact/> }
    });
    tick().await;
    let tel = el.query_selector("a.tel").unwrap().unwrap();
    assert_eq!(tel.get_attribute("href").unwrap(), format!("tel:{}", contact.phones[0].tel));
    let prov = el.query_selector(".provenance").unwrap().unwrap().text_content().unwrap();
    assert!(prov.contains(contact.source_date), "{prov}");
    let src = el.query_selector(".provenance a").unwrap().unwrap();
    assert_eq!(src.get_attribute("href").unwrap(), contact.source_urls[0]);
}
