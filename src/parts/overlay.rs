//! A host organisation's own contacts (embedding overlay): read from the text the host page
//! hands over, and shown apart from Ruta's, always marked as the host's and never with Ruta's
//! badges (no "verified", no confidence, no call buttons in the danger box).
//!
//! * [`apply`] turns what `embed.js` / `frame-host.js` hand over into an [`Overlay`], logging one
//!   console line per problem (size and nesting are checked on the text before anything parses it).
//! * [`OverlayCards`] is the host's own section after Ruta's contacts; [`OverlayCard`] one card.
//! * [`OverlayPreview`] shows the host's problems on the page, only when the host asked for a
//!   preview (`data-preview` on the widget, `?preview` on the iframe) — never to a visitor otherwise.

use crate::{browser, use_ctx};
use leptos::prelude::*;
use ruta_engine::overlay::{check_text, load, Overlay, OverlayContact, OverlayError};
use ruta_engine::{msg, Arg};
use wasm_bindgen::JsValue;

fn whole(message: String) -> Overlay {
    Overlay { errors: vec![OverlayError { entry: "overlay".into(), field: "(file)".into(), message }], ..Overlay::default() }
}

/// Validate what the host page gave: JSON text (the normal case), an already-parsed object (older
/// host scripts; turned back into text first, so nothing deep is ever walked), or
/// `{ "rutaOverlayError": "…" }` when the page could not load the file at all.
pub fn apply(v: &JsValue, preview: bool) -> Overlay {
    let mut o = if v.is_null() || v.is_undefined() {
        Overlay::default()
    } else {
        let failed = (!v.is_string()).then(|| js_sys::Reflect::get(v, &"rutaOverlayError".into()).ok().and_then(|e| e.as_string())).flatten();
        let text = match (failed, v.as_string()) {
            (Some(e), _) => Err(e),
            (None, Some(t)) => Ok(t),
            // A JS object: JSON.stringify throws (caught here) on cyclic or absurdly deep trees.
            (None, None) => js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string()).ok_or_else(|| "could not be read (too deep, cyclic or not JSON)".to_string()),
        };
        match text {
            Err(e) => whole(e),
            Ok(t) => match check_text(&t) {
                Err(e) => Overlay { errors: vec![e], ..Overlay::default() },
                Ok(()) => match js_sys::JSON::parse(&t) {
                    Ok(j) => load(&browser::to_json(&j)),
                    Err(_) => whole("is not valid JSON".into()),
                },
            },
        }
    };
    o.preview = preview;
    for e in &o.errors {
        browser::console_error(&e.to_string());
    }
    o
}

/// The host's contacts for this screen, in their own section after Ruta's, headed by who added them.
#[component]
pub fn OverlayCards(contacts: Vec<OverlayContact>) -> impl IntoView {
    let ctx = use_ctx();
    if contacts.is_empty() {
        return ().into_any();
    }
    let title = match contacts.iter().find_map(|c| c.publisher.clone()) {
        Some(p) => ctx.t_args(msg::OVERLAY_SECTION, &[("publisher", Arg::Str(&p))]),
        None => ctx.t(msg::OVERLAY_SECTION_SITE),
    };
    view! {
        <section class="host-contacts" aria-labelledby="host-contacts-h">
            <h3 id="host-contacts-h">{title}</h3>
            <p class="fine">{ctx.t(msg::OVERLAY_NOT_CHECKED)}</p>
            <ul class="cards host">
                {contacts.into_iter().map(|c| view! { <OverlayCard contact=c/> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// One of the host's contacts: name, who added it, and every way to reach it (phones, website,
/// email), its description, hours and languages. Links are plain text in a kiosk.
#[component]
pub fn OverlayCard(contact: OverlayContact) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let kiosk = ctx.kiosk.is_some();
    let kind = format!("kind-{}", contact.kind.replace('_', "-"));
    let kind = if ruta_engine::i18n::has(lang, &kind) { kind } else { "kind-other".to_string() };
    let added = match &contact.publisher {
        Some(p) => ctx.t_args(msg::OVERLAY_ADDED_BY, &[("publisher", Arg::Str(p))]),
        None => ctx.t(msg::OVERLAY_ADDED_BY_SITE),
    };
    let phones = contact
        .phones
        .iter()
        .map(|p| {
            // HSDS phone types Ruta has words for are said in her language; others as given.
            let kind = p.kind.as_deref().map(|k| match k {
                "text" | "sms" => ctx.t(msg::PHONE_SMS),
                "textphone" | "tty" => ctx.t(msg::PHONE_TTY),
                other => other.to_string(),
            });
            let note = [kind, p.note.clone()].into_iter().flatten().collect::<Vec<_>>().join(" · ");
            let note = (!note.is_empty()).then(|| view! { " " <span class="fine">"(" {note} ")"</span> });
            view! { <li><a class="tel" href=format!("tel:{}", p.tel)>{p.number.clone()}</a>{note}</li> }
        })
        .collect_view();
    let website = contact.website.clone().map(|w| {
        let label = ctx.t(msg::WEBSITE);
        if kiosk {
            view! { <p class="web">{label} ": " {w}</p> }.into_any()
        } else {
            view! { <p class="web"><a href=w rel="noopener noreferrer nofollow">{label}</a></p> }.into_any()
        }
    });
    let email = contact.email.clone().map(|e| {
        let label = ctx.t_args(msg::OVERLAY_EMAIL, &[("email", Arg::Str(&e))]);
        if kiosk {
            view! { <p class="email">{label}</p> }.into_any()
        } else {
            view! { <p class="email"><a href=format!("mailto:{e}")>{label}</a></p> }.into_any()
        }
    });
    let org = contact.organization.clone().map(|n| view! { <p class="meta">{ctx.t_args(msg::OVERLAY_ORGANIZATION, &[("name", Arg::Str(&n))])}</p> });
    let hours = (!contact.hours.is_empty()).then(|| view! { <p class="hours">{ctx.t_args(msg::OVERLAY_HOURS, &[("hours", Arg::Str(&contact.hours.join("; ")))])}</p> });
    let languages = (!contact.languages.is_empty()).then(|| view! { <p class="languages">{ctx.t_args(msg::OVERLAY_LANGUAGES, &[("languages", Arg::Str(&contact.languages.join(", ")))])}</p> });
    view! {
        <li class="card overlay host" data-id=contact.id.clone()>
            <h4>{contact.name(lang).to_string()}</h4>
            <p class="meta"><span class="kind">{ctx.t(&kind)}</span></p>
            <p class="badges"><span class="badge host">{added}</span></p>
            {org}
            <ul class="phones">{phones}</ul>
            {website}
            {email}
            {hours}
            {languages}
            {contact.note(lang).map(|n| view! { <p class="note">{n.to_string()}</p> })}
        </li>
    }
}

/// The host's own problems, on the page, only in preview mode (the host asked for it).
#[component]
pub fn OverlayPreview(overlay: Overlay) -> impl IntoView {
    let ctx = use_ctx();
    if !overlay.preview {
        return ().into_any();
    }
    let n = overlay.errors.len();
    let title = if n == 0 {
        ctx.t_args(msg::OVERLAY_PREVIEW_OK, &[("count", Arg::Num(overlay.contacts.len() as i64))])
    } else {
        ctx.t_args(msg::OVERLAY_PREVIEW_TITLE, &[("count", Arg::Num(n as i64))])
    };
    view! {
        <aside class="overlay-preview" role="note" data-errors=n.to_string()>
            <p><strong>{title}</strong></p>
            {(n > 0).then(|| view! {
                <ul lang="en">{overlay.errors.iter().map(|e| view! { <li><code>{e.to_string()}</code></li> }).collect_view()}</ul>
            })}
            <p class="fine">{ctx.t(msg::OVERLAY_PREVIEW_HINT)}</p>
        </aside>
    }
    .into_any()
}
