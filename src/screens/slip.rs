//! The referral slip (issue 17, official view): the referral path for her situations — detect →
//! care → refer — with the responsible actor and one line of legal basis per step, the services
//! to refer her to (from the contacts), and the date the information was checked. It has NO
//! field for her name or any personal data. Print / save as PDF (the print stylesheet keeps the
//! slip only), or show a QR of this same screen (`ruta_engine::share`).

use crate::{browser, use_ctx};
use leptos::prelude::*;
use ruta_engine::data::Step;
use ruta_engine::state::{Audience, View};
use ruta_engine::{evaluate, msg, Arg, Query};

#[component]
pub fn SlipPage() -> impl IntoView {
    let ctx = use_ctx();
    let st = ctx.state.get_untracked();
    let (Some(country), Some(phase)) = (st.country, st.phase) else {
        return view! {
            <h1>{ctx.t(msg::SLIP_TITLE)}</h1>
            <p class="note slip-missing">{ctx.t(msg::SLIP_MISSING)}</p>
            <p><a href=ctx.question_href(1)>{ctx.t(msg::SLIP_MISSING)}</a></p>
        }
        .into_any();
    };
    if st.situations.is_empty() {
        return view! {
            <h1>{ctx.t(msg::SLIP_TITLE)}</h1>
            <p class="note slip-missing">{ctx.t(msg::SLIP_MISSING)}</p>
            <p><a href=ctx.question_href(4)>{ctx.t(msg::SLIP_MISSING)}</a></p>
        }
        .into_any();
    }
    let r = evaluate(&Query { phase: Some(phase), situations: &st.situations, country: Some(country), audience: Audience::Official });
    let basis_label = ctx.t(msg::SLIP_BASIS);
    let situations = st.situations.iter().map(|s| ctx.t(&format!("situation-{s}"))).collect::<Vec<_>>().join(", ");
    let case = format!("{} · {} · {}", ctx.t(&format!("country-{country}")), ctx.t(&format!("phase-{phase}")), situations);

    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let title = ctx.t(match step {
                Step::Detect => msg::STEP_DETECT,
                Step::Care => msg::STEP_CARE,
                Step::Refer => msg::STEP_REFER,
            });
            let items = r
                .actions_in(step)
                .map(|h| {
                    let a = h.item;
                    let actors = a.actors.iter().map(|x| ctx.t(&format!("actor-{x}"))).collect::<Vec<_>>().join(", ");
                    let basis = a.basis.first().map(|b| format!("{} {}, {}", basis_label, ctx.t(&format!("source-{}", b.source)), b.cite));
                    view! {
                        <li data-id=a.id>
                            <strong>{ctx.t(&format!("action-{}-title", a.id))}</strong>
                            <span class="who">{ctx.t_args(msg::RESPONSIBLE, &[("actors", Arg::Str(&actors))])}</span>
                            {basis.map(|b| view! { <span class="fine basis-line">{b}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="slip-step" data-step=step.id()>
                    <h2>{title}</h2>
                    <ol>{items}</ol>
                </section>
            }
        })
        .collect_view();

    // Services: the danger lines first, then the contacts that serve her situations.
    let mut dates: Vec<&str> = vec![];
    let mut services = vec![];
    let mut seen: Vec<&str> = vec![];
    for (c, p) in r.danger.iter().map(|d| (d.contact, Some(d.phone))).chain(r.contacts.iter().map(|c| (*c, c.phones.iter().find(|p| p.dialable())))) {
        if seen.contains(&c.id) {
            continue;
        }
        seen.push(c.id);
        if let Some(d) = p.and_then(|p| p.latest_date()) {
            dates.push(d);
        }
        let number = p.map(|p| p.number).unwrap_or_default();
        // An immigration authority that can detain or deport is named as such.
        let warning = c.enforcement.then(|| view! { <span class="fine warn">{ctx.t(msg::ENFORCEMENT_WARNING)}</span> });
        services.push(view! {
            <li data-id=c.id>
                <strong>{ctx.t(&format!("contact-{}-name", c.id))}</strong> " "
                <span class="fine">{ctx.t(&format!("kind-{}", c.kind.id()))}</span> " "
                <span class="number">{number}</span>
                {warning}
            </li>
        });
    }
    // The date of the sources: the newest source of the numbers shown (never a date nobody read).
    // Written as her language writes dates ("25 de febrero de 2026"), never as an ISO string.
    let sources = dates.iter().copied().max().map(|d| ctx.t_args(msg::SLIP_SOURCES, &[("date", Arg::Str(&ruta_engine::i18n::format_date(&ctx.lang.get_untracked(), d)))]));

    let hash = st.with_view(View::Slip).to_hash();
    let qr = ruta_engine::share::qr_svg_path(&browser::share_url(&hash)).map(|(size, d)| {
        view! {
            <figure class="slip-qr">
                <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-label=ctx.t(msg::SLIP_QR) shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff"/>
                    <path d=d fill="#000"/>
                </svg>
                <figcaption class="fine">{ctx.t(msg::SLIP_QR)}</figcaption>
            </figure>
        }
    });

    view! {
        <article class="slip">
            <h1>{ctx.t(msg::SLIP_TITLE)}</h1>
            <p class="slip-case"><strong>{case}</strong></p>
            <p class="fine slip-intro">{ctx.t(msg::SLIP_INTRO)}</p>
            {steps}
            <section class="slip-services">
                <h2>{ctx.t(msg::SLIP_SERVICES)}</h2>
                <ul>{services}</ul>
            </section>
            {sources.map(|t| view! { <p class="fine slip-sources">{t}</p> })}
            {qr}
            <div class="share-bar">
                <button type="button" class="secondary print" on:click=move |_| { let _ = window().print(); }>{ctx.t(msg::SLIP_PRINT)}</button>
            </div>
        </article>
    }
    .into_any()
}
