//! How contacts are shown: the danger box's call buttons, a contact card, a host's own contact.

use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::data::{Contact, Free, Hours, PhoneLabel};
use ruta_engine::{i18n, msg, Arg};

#[component]
pub fn EmergencyCall(contact: &'static Contact) -> impl IntoView {
    let ctx = use_ctx();
    let name = format!("contact-{}-name", contact.id);
    // One big button per distinct number to dial. The published text can carry notes
    // ("PNC: 110-120 (CONRED list)"); the button says what it dials, the service name beside it.
    let mut seen: Vec<&str> = vec![];
    let phones: Vec<_> = contact
        .phones
        .iter()
        .filter(|p| p.label == PhoneLabel::Main || p.label == PhoneLabel::Other)
        .filter(|p| {
            let new = !seen.contains(&p.tel);
            seen.push(p.tel);
            new
        })
        .collect();
    view! {
        <li class="call">
            <span class="who">{move || ctx.t(&name)}</span>
            {phones
                .into_iter()
                .map(|p| {
                    let service = p.number.split_once(": ").map(|(a, _)| a).filter(|a| !a.chars().any(|c| c.is_ascii_digit()));
                    let label = move || ctx.t_args(msg::DANGER_CALL, &[("number", Arg::Str(p.tel))]);
                    view! {
                        <a class="tel big" href=format!("tel:{}", p.tel)>
                            {label}
                            {service.map(|s| view! { <span class="service">{s}</span> })}
                        </a>
                    }
                })
                .collect_view()}
            {(!contact.confirmed()).then(|| view! { <span class="badge warn">{move || ctx.t(msg::UNCONFIRMED)}</span> })}
        </li>
    }
}

/// A link to another site — plain text in a kiosk, where nothing may open another site.
pub fn ext_link(ctx: Ctx, href: &'static str, label: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    if ctx.kiosk.is_some() {
        view! { <span class="ext">{label}</span> }.into_any()
    } else {
        view! { <a href=href rel="noopener noreferrer">{label}</a> }.into_any()
    }
}

/// One contact: name, kind, who answers, phones as `tel:` links, hours, cost, and provenance.
#[component]
pub fn ContactCard(contact: &'static Contact) -> impl IntoView {
    let ctx = use_ctx();
    let c = contact;
    let kind = format!("kind-{}", c.kind.id());
    view! {
        <li class="card" data-id=c.id>
            <h3>{move || ctx.t(&format!("contact-{}-name", c.id))}</h3>
            <p class="meta">
                <span class="kind">{move || ctx.t(&kind)}</span>
                " · "
                <span class="operator">{move || ctx.t_args(msg::OPERATOR, &[("operator", Arg::Str(c.operator.id()))])}</span>
            </p>
            <p class="badges">
                {(c.hours == Hours::Always).then(|| view! { <span class="badge ok">{move || ctx.t(msg::HOURS_ALWAYS)}</span> })}
                {(c.hours == Hours::Limited).then(|| view! { <span class="badge">{move || ctx.t(msg::HOURS_LIMITED)}</span> })}
                {(c.free == Free::Yes).then(|| view! { <span class="badge ok">{move || ctx.t(msg::FREE_YES)}</span> })}
                {(c.free == Free::No).then(|| view! { <span class="badge">{move || ctx.t(msg::FREE_NO)}</span> })}
                {(!c.confirmed()).then(|| view! { <span class="badge warn">{move || ctx.t(msg::UNCONFIRMED)}</span> })}
            </p>
            <ul class="phones">
                {c.phones
                    .iter()
                    .map(|p| {
                        let label = match p.label {
                            PhoneLabel::Main => None,
                            PhoneLabel::Tty => Some(msg::PHONE_TTY),
                            PhoneLabel::Sms => Some(msg::PHONE_SMS),
                            PhoneLabel::Old => Some(msg::PHONE_OLD),
                            PhoneLabel::Other => Some(msg::PHONE_OTHER),
                        };
                        view! {
                            <li>
                                <a class="tel" href=format!("tel:{}", p.tel)>{p.number}</a>
                                {label.map(|l| view! { " " <span class="fine">"(" {move || ctx.t(l)} ")"</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {c.website.map(|w| view! { <p>{ext_link(ctx, w, move || ctx.t(msg::WEBSITE))}</p> })}
            {c.note.then(|| view! { <p class="note">{move || ctx.t(&format!("contact-{}-note", c.id))}</p> })}
            {c.conflict.then(|| view! { <p class="badge warn">{move || ctx.t(msg::CONFLICT)}</p> })}
            <p class="provenance fine">
                {move || if c.source_date == "undated" { ctx.t(msg::SOURCE_UNDATED) } else { ctx.t_args(msg::SOURCE_DATED, &[("date", Arg::Str(&i18n::format_date(ctx.lang.get(), c.source_date)))]) }}
                " · "
                {ext_link(ctx, c.source_urls[0], move || ctx.t(msg::SOURCE_LINK))}
            </p>
        </li>
    }
}
