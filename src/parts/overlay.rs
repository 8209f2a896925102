//! A host organisation's own contact (embedding overlay), always marked as the host's.

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::{msg, Arg};

/// A contact added by the host organisation (embedding), marked with its name.
#[component]
pub fn OverlayCard(contact: ruta_engine::overlay::OverlayContact) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let kind = format!("kind-{}", contact.kind.replace('_', "-"));
    let kind = if ruta_engine::i18n::has(lang, &kind) { kind } else { "kind-other".to_string() };
    view! {
        <li class="card overlay" data-id=contact.id.clone()>
            <h3>{contact.name(lang).to_string()}</h3>
            <p class="meta"><span class="kind">{ctx.t(&kind)}</span></p>
            <p class="badges"><span class="badge info">{ctx.t_args(msg::OVERLAY_ADDED_BY, &[("publisher", Arg::Str(&contact.publisher))])}</span></p>
            <ul class="phones">
                {contact.phones.iter().map(|p| view! { <li><a class="tel" href=format!("tel:{}", p.tel)>{p.number.clone()}</a></li> }).collect_view()}
            </ul>
            {contact.note(lang).map(|n| view! { <p class="note">{n.to_string()}</p> })}
        </li>
    }
}
