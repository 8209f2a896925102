//! The three screens. Each reads the shared [`Ctx`](crate::Ctx) and renders engine results.

use crate::parts::contacts::{ext_link, ContactCard, EmergencyCall};
use crate::parts::overlay::OverlayCard;
use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::data::{self, Basis, BasisStatus, Inferred, Step, COUNTRIES, PHASES, PRINCIPLES, SITUATIONS};
use ruta_engine::query::Hit;
use ruta_engine::state::{Audience, View};
use ruta_engine::{evaluate, i18n, msg, Arg, Query};

// ------------------------------------------------------------------------------------------
// Start: who, country, phase, situations — every question optional.
// ------------------------------------------------------------------------------------------

#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = use_ctx();
    let set = move |f: &dyn Fn(&mut ruta_engine::State)| {
        let mut next = ctx.state.get_untracked();
        f(&mut next);
        ctx.go(next, false);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ctx.go(ctx.state.get_untracked().with_view(View::Results), true);
    };
    let audience = move || ctx.state.with(|s| s.audience);
    view! {
        <h1>{move || ctx.t(msg::START_TITLE)}</h1>
        <p class="lead">{move || ctx.t(msg::START_INTRO)}</p>
        <form class="start" on:submit=submit>
            <fieldset class="who">
                <legend>{move || ctx.t(msg::WHO_LEGEND)}</legend>
                {[(Audience::Woman, msg::WHO_WOMAN, msg::WHO_WOMAN_HINT), (Audience::Official, msg::WHO_OFFICIAL, msg::WHO_OFFICIAL_HINT)]
                    .into_iter()
                    .map(|(a, label, hint)| {
                        view! {
                            <label class="choice">
                                <input type="radio" name="who" value=a.id()
                                    prop:checked=move || audience() == a
                                    on:change=move |_| set(&|s| s.audience = a)/>
                                <span class="label">{move || ctx.t(label)}</span>
                                <span class="hint">{move || ctx.t(hint)}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>

            <fieldset class="countries">
                <legend>{move || ctx.t(msg::COUNTRY_LEGEND)}</legend>
                <div class="grid">
                    {COUNTRIES
                        .iter()
                        .map(|&c| {
                            view! {
                                <label class="choice small">
                                    <input type="radio" name="country" value=c
                                        prop:checked=move || ctx.state.with(|s| s.country == Some(c))
                                        on:change=move |_| set(&|s| s.country = Some(c))/>
                                    <span class="label">{move || ctx.t(&format!("country-{c}"))}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                    <label class="choice small">
                        <input type="radio" name="country" value=""
                            prop:checked=move || ctx.state.with(|s| s.country.is_none())
                            on:change=move |_| set(&|s| s.country = None)/>
                        <span class="label">{move || ctx.t(msg::COUNTRY_NONE)}</span>
                    </label>
                </div>
            </fieldset>

            <fieldset class="phases">
                <legend>{move || ctx.t(msg::PHASE_LEGEND)}</legend>
                <div class="grid wide">
                    {PHASES
                        .iter()
                        .map(|p| {
                            let id = p.id;
                            view! {
                                <label class="choice phase">
                                    <input type="radio" name="phase" value=id
                                        prop:checked=move || ctx.state.with(|s| s.phase == Some(id))
                                        on:change=move |_| set(&|s| s.phase = Some(id))/>
                                    <PhaseIcon icon=p.icon/>
                                    <span class="label">{move || ctx.t(&format!("phase-{id}"))}</span>
                                    <span class="hint">{move || ctx.t(&format!("phase-{id}-desc"))}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <label class="choice small">
                    <input type="radio" name="phase" value=""
                        prop:checked=move || ctx.state.with(|s| s.phase.is_none())
                        on:change=move |_| set(&|s| s.phase = None)/>
                    <span class="label">{move || ctx.t(msg::PHASE_ANY)}</span>
                </label>
            </fieldset>

            <fieldset class="situations">
                <legend>{move || ctx.t(msg::SITUATIONS_LEGEND)}</legend>
                <p class="hint">{move || ctx.t(msg::SITUATIONS_HINT)}</p>
                <div class="grid">
                    {SITUATIONS
                        .iter()
                        .map(|x| {
                            let id = x.id;
                            view! {
                                <label class="choice check">
                                    <input type="checkbox" name="s" value=id
                                        prop:checked=move || ctx.state.with(|s| s.situations.contains(&id))
                                        on:change=move |_| set(&|s| s.toggle_situation(id))/>
                                    <span class="label">{move || ctx.t(&format!("situation-{id}"))}</span>
                                    <span class="hint">{move || ctx.t(&format!("situation-{id}-hint"))}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>

            {ctx.kiosk.is_none().then(|| view! { <RememberChoice/> })}

            <button type="submit" class="primary">
                {move || ctx.t(if audience() == Audience::Official { msg::SHOW_RESULTS_OFFICIAL } else { msg::SHOW_RESULTS_WOMAN })}
            </button>
        </form>
    }
}

#[component]
fn PhaseIcon(icon: &'static str) -> impl IntoView {
    // Simple line icons drawn here (no icon font, no request).
    let path = match icon {
        "home" => "M4 12 L12 5 L20 12 M6 10 V19 H18 V10",
        "route" => "M5 19 C5 12 19 14 19 6 M5 19 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M19 6 m-2 0 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0",
        "flag" => "M6 20 V4 M6 5 H17 L14 8.5 L17 12 H6",
        _ => "M19 12 H6 M10 7 L5 12 L10 17",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

// ------------------------------------------------------------------------------------------
// Results: danger first, then rights, then what services do / what she can ask, then contacts.
// ------------------------------------------------------------------------------------------

#[component]
pub fn ResultsPage() -> impl IntoView {
    let ctx = use_ctx();
    let results = Memo::new(move |_| ctx.state.with(|s| evaluate(&Query::from(s))));
    let official = move || ctx.state.with(|s| s.audience == Audience::Official);
    let edit = move || ctx.state.with(|s| s.with_view(View::Start).to_hash());
    let summary = move || {
        let s = ctx.state.get();
        let country = s.country.map(|c| ctx.t(&format!("country-{c}"))).unwrap_or_else(|| ctx.t(msg::SUMMARY_NO_COUNTRY));
        let phase = s.phase.map(|p| ctx.t(&format!("phase-{p}"))).unwrap_or_else(|| ctx.t(msg::SUMMARY_NO_PHASE));
        ctx.t_args(msg::RESULTS_SUMMARY, &[("country", Arg::Str(&country)), ("phase", Arg::Str(&phase)), ("count", Arg::Num(s.situations.len() as i64))])
    };
    view! {
        <h1>{move || ctx.t(if official() { msg::RESULTS_TITLE_OFFICIAL } else { msg::RESULTS_TITLE_WOMAN })}</h1>
        <p class="summary">{summary} " " <a href=edit>{move || ctx.t(msg::EDIT_CHOICES)}</a></p>

        <section class="danger" aria-labelledby="danger-h">
            <h2 id="danger-h">{move || ctx.t(msg::DANGER_TITLE)}</h2>
            {move || {
                let r = results.get();
                if ctx.state.with(|s| s.country.is_none()) {
                    view! { <p>{ctx.t(msg::DANGER_NO_COUNTRY)}</p> }.into_any()
                } else if !r.emergency.iter().any(|c| c.confirmed()) && !official() {
                    view! { <p>{ctx.t(msg::DANGER_NONE_CONFIRMED)}</p> }.into_any()
                } else {
                    view! { <ul class="calls">{r.emergency.iter().map(|c| view! { <EmergencyCall contact=*c/> }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>

        <section class="rights" aria-labelledby="rights-h">
            <h2 id="rights-h">
                {move || ctx.t(if official() { msg::RIGHTS_TITLE_OFFICIAL } else { msg::RIGHTS_TITLE_WOMAN })}
                " "<span class="count">"(" {move || ctx.t_args(msg::RIGHTS_COUNT, &[("count", Arg::Num(results.with(|r| r.rights.len()) as i64))])} ")"</span>
            </h2>
            {move || ctx.state.with(|s| s.situations.is_empty()).then(|| view! { <p class="note">{ctx.t(msg::NO_SITUATIONS_NOTE)}</p> })}
            <ol class="items">
                {move || results.get().rights.into_iter().map(|h| view! { <RightItem hit=h/> }).collect_view()}
            </ol>
        </section>

        <section class="actions" aria-labelledby="actions-h">
            <h2 id="actions-h">{move || ctx.t(if official() { msg::ACTIONS_TITLE_OFFICIAL } else { msg::ACTIONS_TITLE_WOMAN })}</h2>
            {move || {
                let r = results.get();
                if official() {
                    Step::ALL
                        .iter()
                        .map(|&step| {
                            let title = match step {
                                Step::Detect => msg::STEP_DETECT,
                                Step::Care => msg::STEP_CARE,
                                Step::Refer => msg::STEP_REFER,
                            };
                            view! {
                                <h3 class="step">{ctx.t(title)}</h3>
                                <ol class="items">{r.actions_in(step).map(|h| view! { <ActionItem hit=*h official=true/> }).collect_view()}</ol>
                            }
                        })
                        .collect_view()
                        .into_any()
                } else {
                    view! { <ul class="items">{r.actions.iter().map(|h| view! { <ActionItem hit=*h official=false/> }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>

        {move || (ctx.kiosk.is_some() || official()).then(|| view! { <ShareQr/> })}

        <section class="contacts" aria-labelledby="contacts-h">
            <h2 id="contacts-h">{move || ctx.t(msg::CONTACTS_TITLE)}</h2>
            {move || {
                let r = results.get();
                if ctx.state.with(|s| s.country.is_none()) {
                    return view! { <p>{ctx.t(msg::CONTACTS_NO_COUNTRY)}</p> }.into_any();
                }
                view! {
                    {r.contacts.is_empty().then(|| view! { <p>{ctx.t(msg::CONTACTS_NONE)}</p> })}
                    <ul class="cards">
                        {r.contacts.iter().map(|c| view! { <ContactCard contact=*c/> }).collect_view()}
                        {ctx.overlay.with(|o| ctx.state.with(|s| ruta_engine::overlay::select(o, &Query::from(s)).into_iter().cloned().collect::<Vec<_>>()))
                            .into_iter().map(|c| view! { <OverlayCard contact=c/> }).collect_view()}
                    </ul>
                    <p class="fine">{ctx.t_args(msg::CONTACTS_AS_OF, &[("date", Arg::Str(&i18n::format_date(ctx.lang.get(), data::AS_OF)))])}</p>
                    {(r.hidden_unconfirmed > 0).then(|| view! {
                        <p class="note">{ctx.t_args(msg::CONTACTS_HIDDEN, &[("count", Arg::Num(r.hidden_unconfirmed as i64))])}</p>
                    })}
                }
                .into_any()
            }}
        </section>
    }
}

fn basis_list(ctx: Ctx, basis: &'static [Basis]) -> impl IntoView {
    view! {
        <ul class="basis">
            {basis
                .iter()
                .map(|b| {
                    let status = match b.status {
                        BasisStatus::Read => msg::BASIS_READ,
                        BasisStatus::Secondary => msg::BASIS_SECONDARY,
                        BasisStatus::Inferred => msg::BASIS_INFERRED,
                    };
                    let name = move || ctx.t(&format!("source-{}", b.source));
                    let url = data::source(b.source).and_then(|s| s.url);
                    view! {
                        <li>
                            {match url {
                                Some(u) => ext_link(ctx, u, name),
                                None => view! { <span>{name}</span> }.into_any(),
                            }}
                            ", " {b.cite} " "
                            <span class=format!("status {}", match b.status { BasisStatus::Read => "read", BasisStatus::Secondary => "secondary", BasisStatus::Inferred => "inferred" })>
                                "(" {move || ctx.t(status)} ")"
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

fn principles_list(ctx: Ctx, ids: &'static [&'static str]) -> impl IntoView {
    (!ids.is_empty()).then(|| {
        view! {
            <p class="principles-h">{move || ctx.t(msg::PRINCIPLES_TITLE)}</p>
            <ul class="principles">
                {ids
                    .iter()
                    .filter_map(|id| PRINCIPLES.iter().find(|p| p.id == *id))
                    .map(|p| {
                        let href = move || ctx.state.with(|s| s.with_view(View::Principle(p.id)).to_hash());
                        view! { <li><a href=href>{move || ctx.t(&format!("principle-{}", p.id))}</a> " — " {move || ctx.t(&format!("principle-{}-gloss", p.id))}</li> }
                    })
                    .collect_view()}
            </ul>
            <p class="fine">{move || ctx.t(msg::PRINCIPLES_NOTE)}</p>
        }
    })
}

fn link_note(ctx: Ctx, hit_inferred: Inferred, official: bool) -> impl IntoView {
    (official && hit_inferred != Inferred::No).then(|| {
        let id = if hit_inferred == Inferred::Yes { msg::LINK_INFERRED } else { msg::LINK_PARTLY };
        view! { <p class="badge info">{move || ctx.t(id)}</p> }
    })
}

#[component]
fn RightItem(hit: Hit<data::Right>) -> impl IntoView {
    let ctx = use_ctx();
    let official = ctx.state.with_untracked(|s| s.audience == Audience::Official);
    let r = hit.item;
    let text_id = format!("right-{}-{}", r.id, if official { "official" } else { "woman" });
    view! {
        <li class="item" id=format!("right-{}", r.id) data-id=r.id>
            <h3>{move || ctx.t(&format!("right-{}-title", r.id))}</h3>
            {hit.cross_cutting.then(|| view! { <span class="badge">{move || ctx.t(msg::FOR_EVERYONE)}</span> })}
            <p>{move || ctx.t(&text_id)}</p>
            {link_note(ctx, hit.inferred, official)}
            <details>
                <summary>{move || ctx.t(msg::BASIS_TITLE)}</summary>
                {basis_list(ctx, r.basis)}
                {principles_list(ctx, r.principles)}
            </details>
        </li>
    }
}

#[component]
fn ActionItem(hit: Hit<data::Action>, official: bool) -> impl IntoView {
    let ctx = use_ctx();
    let a = hit.item;
    let text_id = format!("action-{}-{}", a.id, if official { "official" } else { "woman" });
    let actors = move || a.actors.iter().map(|x| ctx.t(&format!("actor-{x}"))).collect::<Vec<_>>().join(", ");
    view! {
        <li class="item" id=format!("action-{}", a.id) data-id=a.id>
            {official.then(|| view! { <h4>{move || ctx.t(&format!("action-{}-title", a.id))}</h4> })}
            <p>{move || ctx.t(&text_id)}</p>
            {official.then(|| view! { <p class="who">{move || ctx.t_args(msg::RESPONSIBLE, &[("actors", Arg::Str(&actors()))])}</p> })}
            {link_note(ctx, hit.inferred, official)}
            <details>
                <summary>{move || ctx.t(msg::BASIS_TITLE)}</summary>
                {basis_list(ctx, a.basis)}
                {principles_list(ctx, a.principles)}
            </details>
        </li>
    }
}

// ------------------------------------------------------------------------------------------
// About
// ------------------------------------------------------------------------------------------

#[component]
pub fn AboutPage() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <h1>{move || ctx.t(msg::ABOUT_TITLE)}</h1>
        <p>{move || ctx.t_args(msg::ABOUT_AS_OF, &[("date", Arg::Str(&i18n::format_date(ctx.lang.get(), data::AS_OF)))])}</p>
        <p>{move || ctx.t_args(msg::ABOUT_VERSION, &[("version", Arg::Str(env!("CARGO_PKG_VERSION")))])}</p>
        <p>{move || ctx.t(msg::ABOUT_BASIS)}</p>
        <p>{move || ctx.t(msg::ABOUT_CONTACTS)}</p>
        <p>{move || ctx.t(msg::ABOUT_PRIVACY)}</p>
        <p>{move || ctx.t(msg::ABOUT_NOT_ADVICE)}</p>
        <h2>{move || ctx.t(msg::TRANSLATIONS_TITLE)}</h2>
        <ul class="languages">
            {data::LANGUAGES.iter().map(|l| view! {
                <li data-lang=l.code data-reviewed=l.reviewed.to_string()>
                    {move || ctx.t_args(
                        if l.reviewed { msg::TRANSLATION_REVIEWED } else { msg::TRANSLATION_NEEDS_REVIEW },
                        &[("language", Arg::Str(l.name)), ("date", Arg::Str(&i18n::format_date(ctx.lang.get(), l.status_date)))],
                    )}
                </li>
            }).collect_view()}
        </ul>
    }
}

// ------------------------------------------------------------------------------------------
// One right or action on its own page (reached from the library), both wordings shown.
// ------------------------------------------------------------------------------------------

#[component]
pub fn RightPage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let r = data::right(id).expect("parsed from a valid link");
    view! {
        <p><a href=move || ctx.state.with(|s| s.with_view(View::Library).to_hash())>{move || ctx.t(msg::BACK_TO_LIBRARY)}</a></p>
        <h1>{move || ctx.t(&format!("right-{id}-title"))}</h1>
        <h2>{move || ctx.t(msg::PLAIN_WORDS)}</h2>
        <p>{move || ctx.t(&format!("right-{id}-woman"))}</p>
        <h2>{move || ctx.t(msg::FOR_OFFICIALS)}</h2>
        <p>{move || ctx.t(&format!("right-{id}-official"))}</p>
        <h2>{move || ctx.t(msg::BASIS_TITLE)}</h2>
        {basis_list(ctx, r.basis)}
        {principles_list(ctx, r.principles)}
    }
}

#[component]
pub fn ActionPage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let a = data::action(id).expect("parsed from a valid link");
    let actors = move || a.actors.iter().map(|x| ctx.t(&format!("actor-{x}"))).collect::<Vec<_>>().join(", ");
    let step = match a.step {
        Step::Detect => msg::STEP_DETECT,
        Step::Care => msg::STEP_CARE,
        Step::Refer => msg::STEP_REFER,
    };
    view! {
        <p><a href=move || ctx.state.with(|s| s.with_view(View::Library).to_hash())>{move || ctx.t(msg::BACK_TO_LIBRARY)}</a></p>
        <h1>{move || ctx.t(&format!("action-{id}-title"))}</h1>
        <p class="badge">{move || ctx.t(step)}</p>
        <h2>{move || ctx.t(msg::FOR_OFFICIALS)}</h2>
        <p>{move || ctx.t(&format!("action-{id}-official"))}</p>
        <p class="who">{move || ctx.t_args(msg::RESPONSIBLE, &[("actors", Arg::Str(&actors()))])}</p>
        <h2>{move || ctx.t(msg::PLAIN_WORDS)}</h2>
        <p>{move || ctx.t(&format!("action-{id}-woman"))}</p>
        <h2>{move || ctx.t(msg::BASIS_TITLE)}</h2>
        {basis_list(ctx, a.basis)}
        {principles_list(ctx, a.principles)}
    }
}

// ------------------------------------------------------------------------------------------
// Remember on this device (off by default), the share QR code, safety and the kiosk greeting.
// ------------------------------------------------------------------------------------------

#[component]
fn RememberChoice() -> impl IntoView {
    let ctx = use_ctx();
    let forgotten = RwSignal::new(false);
    view! {
        <fieldset class="remember">
            <label class="choice check">
                <input type="checkbox" prop:checked=move || ctx.remember.get() on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    ctx.remember.set(on);
                    forgotten.set(false);
                    if !on {
                        crate::browser::remember_clear();
                    }
                }/>
                <span class="label">{move || ctx.t(msg::REMEMBER_LABEL)}</span>
                <span class="hint">{move || ctx.t(msg::REMEMBER_HINT)}</span>
            </label>
            {move || ctx.remember.get().then(|| view! {
                <button type="button" class="secondary" on:click=move |_| {
                    crate::browser::remember_clear();
                    ctx.remember.set(false);
                    forgotten.set(true);
                }>{ctx.t(msg::FORGET_BUTTON)}</button>
            })}
            <p class="fine" role="status">{move || forgotten.get().then(|| ctx.t(msg::FORGOTTEN))}</p>
        </fieldset>
    }
}

/// A QR code of this results screen (the query only: country, phase, situations, language).
#[component]
fn ShareQr() -> impl IntoView {
    let ctx = use_ctx();
    let qr = move || {
        let hash = ctx.state.with(|s| ruta_engine::State { audience: ruta_engine::state::Audience::Woman, ..s.clone() }.to_hash());
        ruta_engine::share::qr_svg_path(&crate::browser::share_url(&hash))
    };
    view! {
        <section class="share" aria-labelledby="share-h">
            <h2 id="share-h">{move || ctx.t(msg::QR_TITLE)}</h2>
            {move || qr().map(|(size, d)| view! {
                <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-labelledby="share-h" shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff"/>
                    <path d=d fill="#000"/>
                </svg>
            })}
            <p class="fine">{move || ctx.t(msg::QR_HINT)}</p>
        </section>
    }
}

#[component]
pub fn SafetyPage() -> impl IntoView {
    let ctx = use_ctx();
    let part = move |h: &'static str, p: &'static str| view! { <h2>{move || ctx.t(h)}</h2> <p>{move || ctx.t(p)}</p> };
    view! {
        <h1>{move || ctx.t(msg::SAFETY_TITLE)}</h1>
        <p class="lead">{move || ctx.t(msg::SAFETY_INTRO)}</p>
        {part(msg::SAFETY_EXIT_H, msg::SAFETY_EXIT)}
        {part(msg::SAFETY_PRIVATE_H, msg::SAFETY_PRIVATE)}
        {part(msg::SAFETY_HISTORY_H, msg::SAFETY_HISTORY)}
        {part(msg::SAFETY_APP_H, msg::SAFETY_APP)}
        {part(msg::SAFETY_STORAGE_H, msg::SAFETY_STORAGE)}
        <p class="note">{move || ctx.t(msg::SAFETY_LIMITS)}</p>
    }
}

/// The kiosk's attract screen: a greeting and a start button in every language.
#[component]
pub fn WelcomePage() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <h1 class="sr-only">{move || ctx.t(msg::WELCOME_TITLE)}</h1>
        <ul class="welcome">
            {data::LANGUAGES.iter().map(|l| {
                let code = l.code;
                view! {
                    <li lang=code>
                        <p class="greet">{ruta_engine::tr(code, msg::WELCOME_TITLE)}</p>
                        <button type="button" class="primary" on:click=move |_| {
                            ctx.go(ruta_engine::State { lang: Some(code), ..Default::default() }, false);
                        }>{ruta_engine::tr(code, msg::WELCOME_START)}</button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

