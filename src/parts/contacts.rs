//! How contacts are shown: the danger box's call buttons, a contact card, a host's own contact.
//!
//! Texts are computed as plain Strings when the view is built (the screen is rebuilt when the
//! language changes), so nothing here re-runs on every signal change.

use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::data::{Contact, Free, Hours, Phone, PhoneLabel};
use ruta_engine::{i18n, msg, Arg, DangerLine};

pub use ruta_engine::glance::{line_label, shown_number};

/// The danger box's list: one big call button per number, labelled with what the line is, the
/// service's name beside it, and the plain caveat when the number could not be confirmed.
/// `lines` comes from `Results::danger` (or `ruta_engine::danger_lines`); empty = no country yet.
#[component]
pub fn DangerBox(lines: Vec<DangerLine>) -> impl IntoView {
    let ctx = use_ctx();
    if lines.is_empty() {
        return view! { <p>{ctx.t(msg::DANGER_NO_COUNTRY)}</p> }.into_any();
    }
    let official = ctx.state.with_untracked(|s| s.audience == ruta_engine::Audience::Official);
    let items: Vec<_> = lines
        .into_iter()
        .map(|l| {
            // A no-break space keeps the label and the number apart even in a flex layout.
            let what = format!("{}\u{a0}", ctx.t(line_label(l.what)));
            let name = ctx.t(&format!("contact-{}-name", l.contact.id));
            // The service's name, unless it only repeats what the line is.
            let who = ruta_engine::glance::name_adds(&what, &name).then_some(name);
            let number = shown_number(l.phone);
            let caveat = l.caveat.then(|| ctx.t(if official { msg::DANGER_CAVEAT_OFFICIAL } else { msg::DANGER_CAVEAT }));
            view! {
                <li class="call" data-line=l.what.id()>
                    <a class="tel big" href=format!("tel:{}", l.phone.tel)>
                        <span class="what">{what}</span>
                        " "
                        <span class="number">{number}</span>
                    </a>
                    {who.map(|w| view! { <span class="who">{w}</span> })}
                    {caveat.map(|c| view! { <p class="caveat badge warn">{c}</p> })}
                </li>
            }
        })
        .collect();
    view! { <ul class="calls">{items}</ul> }.into_any()
}

/// A link to another site — plain text in a kiosk, where nothing may open another site.
pub fn ext_link(ctx: Ctx, href: &'static str, label: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    if ctx.kiosk.is_some() {
        view! { <span class="ext">{label}</span> }.into_any()
    } else {
        view! { <a href=href rel="noopener noreferrer">{label}</a> }.into_any()
    }
}

/// How sure we are of one number, in words: her view says the most recent source's date;
/// the official view says how many sources and their dates ("2 sources (2024, 2025)").
fn phone_provenance(ctx: Ctx, p: &Phone, official: bool) -> String {
    let lang = ctx.lang.get_untracked();
    if official {
        if p.sources.is_empty() {
            return ctx.t(msg::SOURCES_NONE);
        }
        let mut dates: Vec<String> = p.sources.iter().map(|s| if s.date == "undated" { ctx.t(msg::SOURCE_UNDATED) } else { i18n::format_date(lang, s.date) }).collect();
        dates.dedup();
        let text = ctx.t_args(msg::SOURCES_OFFICIAL, &[("count", Arg::Num(p.sources.len() as i64)), ("dates", Arg::Str(&dates.join(", ")))]);
        if p.publishers() < 2 { format!("{text} · {}", ctx.t(msg::SOURCES_ONE_ONLY)) } else { text }
    } else {
        match p.latest_date() {
            Some(d) => ctx.t_args(msg::SOURCE_LATEST, &[("date", Arg::Str(&i18n::format_date(lang, d)))]),
            None => ctx.t(msg::SOURCE_LATEST_UNDATED),
        }
    }
}

/// One contact: name, kind, who answers, phones as `tel:` links (a fax as text), hours, cost,
/// warnings, and per-number provenance. Officials also see conflicts, closures and every source.
#[component]
pub fn ContactCard(contact: &'static Contact) -> impl IntoView {
    let ctx = use_ctx();
    let c = contact;
    let official = ctx.state.with_untracked(|s| s.audience == ruta_engine::Audience::Official);
    let name = ctx.t(&format!("contact-{}-name", c.id));
    let kind = ctx.t(&format!("kind-{}", c.kind.id()));
    let who = ctx.t_args(msg::WHO_ANSWERS, &[("operator", Arg::Str(c.operator.id()))]);
    let mut badges: Vec<(&'static str, String)> = vec![];
    match c.hours {
        Hours::Always => badges.push(("badge ok", ctx.t(msg::HOURS_ALWAYS))),
        Hours::Limited => badges.push(("badge", ctx.t(msg::HOURS_LIMITED))),
        Hours::NotStated => {}
    }
    match c.free {
        Free::Yes => badges.push(("badge ok", ctx.t(msg::FREE_YES))),
        Free::No => badges.push(("badge", ctx.t(msg::FREE_NO))),
        Free::NotStated => {}
    }
    if !c.confirmed() {
        badges.push(("badge warn", ctx.t(msg::UNCONFIRMED)));
    }
    if c.official_only {
        badges.push(("badge warn", ctx.t(msg::CONTACTS_OFFICIAL_ONLY)));
    }
    let phones: Vec<_> = c
        .phones
        .iter()
        .filter(|p| official || p.label != PhoneLabel::Old)
        .map(|p| {
            let label = match p.label {
                PhoneLabel::Main | PhoneLabel::Fax => None,
                PhoneLabel::Tty => Some(ctx.t(msg::PHONE_TTY)),
                PhoneLabel::Sms => Some(ctx.t(msg::PHONE_SMS)),
                PhoneLabel::Old => Some(ctx.t(msg::PHONE_OLD)),
                PhoneLabel::Other => Some(ctx.t(msg::PHONE_OTHER)),
            };
            let number = if p.dialable() {
                view! { <a class="tel" href=format!("tel:{}", p.tel)>{p.number}</a> }.into_any()
            } else {
                view! { <span class="fax">{ctx.t_args(msg::PHONE_FAX, &[("number", Arg::Str(p.number))])}</span> }.into_any()
            };
            let prov = phone_provenance(ctx, p, official);
            view! {
                <li>
                    {number}
                    {label.map(|l| view! { " " <span class="fine">"(" {l} ")"</span> })}
                    " " <span class="provenance fine">{prov}</span>
                </li>
            }
        })
        .collect();
    let website = c.website.map(|w| view! { <p>{ext_link(ctx, w, move || ctx.t(msg::WEBSITE))}</p> });
    let warning = c.enforcement.then(|| view! { <p class="note warn">{ctx.t(msg::ENFORCEMENT_WARNING)}</p> });
    let note = c.note.then(|| view! { <p class="note">{ctx.t(&format!("contact-{}-note", c.id))}</p> });
    let official_note = (official && c.official_note).then(|| view! { <p class="note official">{ctx.t(&format!("contact-{}-official", c.id))}</p> });
    let conflict = (official && c.conflict).then(|| view! { <p class="badge warn">{ctx.t(msg::CONFLICT)}</p> });
    // Officials see every page read, named by its publisher and date (never a row of identical links).
    let sources = official.then(|| {
        let lang = ctx.lang.get_untracked();
        let items: Vec<_> = c
            .sources
            .iter()
            .map(|s| {
                let date = if s.date == "undated" { ctx.t(msg::SOURCE_UNDATED) } else { i18n::format_date(lang, s.date) };
                let label = format!("{} ({date})", s.publisher);
                view! { <li>{ext_link(ctx, s.url, move || label.clone())}</li> }
            })
            .collect();
        view! { <ul class="provenance fine">{items}</ul> }
    });
    view! {
        <li class="card" data-id=c.id>
            <h3>{name}</h3>
            <p class="meta">
                <span class="kind">{kind}</span>
                " · "
                <span class="operator">{who}</span>
            </p>
            <p class="badges">{badges.into_iter().map(|(cls, t)| view! { <span class=cls>{t}</span> " " }).collect_view()}</p>
            {warning}
            <ul class="phones">{phones}</ul>
            {website}
            {note}
            {official_note}
            {conflict}
            {sources}
        </li>
    }
}

/// What is true about the numbers' dates: the range of their sources' dates, and that nobody called
/// them to check (never "checked as of", which would claim a re-check that did not happen).
pub fn sources_dates(ctx: Ctx) -> String {
    let lang = ctx.lang.get_untracked();
    let from = i18n::format_date(lang, ruta_engine::data::CONTACT_SOURCES_FROM);
    let to = i18n::format_date(lang, ruta_engine::data::CONTACT_SOURCES_TO);
    ctx.t_args(msg::CONTACTS_DATES, &[("from", Arg::Str(&from)), ("to", Arg::Str(&to))])
}
