//! Start: one question per screen (GOV.UK "one thing per page") — who, country, phase,
//! situations. Each has a progress line, Back to the previous question, Skip, and "Show my
//! answer". Answers stay in memory; the address carries only the question number.

use crate::parts::icons::{self, Icon};
use crate::parts::speak::Listen;
use crate::parts::remember::RememberChoice;
use crate::{use_ctx, QUESTIONS};
use leptos::prelude::*;
use ruta_engine::data::{COUNTRIES, PHASES, SITUATIONS};
use ruta_engine::state::{Audience, State, View};
use ruta_engine::{msg, Arg};

#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = use_ctx();
    let n = ctx.question.get_untracked().clamp(1, QUESTIONS);
    let set = move |f: &dyn Fn(&mut State)| ctx.state.update(|s| f(s));
    let results = move || ctx.go(ctx.state.get_untracked().with_view(View::Results), true);
    let next = move || if n < QUESTIONS { ctx.ask(n + 1) } else { results() };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        next();
    };
    let audience = move || ctx.state.with(|s| s.audience);
    let progress = ctx.t_args(msg::Q_PROGRESS, &[("n", Arg::Num(i64::from(n))), ("total", Arg::Num(i64::from(QUESTIONS)))]);
    let question = match n {
        1 => view! {
            <fieldset class="who">
                <legend class="q">{ctx.t(msg::WHO_LEGEND)}</legend>
                {[(Audience::Woman, msg::WHO_WOMAN, msg::WHO_WOMAN_HINT), (Audience::Official, msg::WHO_OFFICIAL, msg::WHO_OFFICIAL_HINT)]
                    .into_iter()
                    .map(|(a, label, hint)| {
                        view! {
                            <label class="choice">
                                <input type="radio" name="who" value=a.id()
                                    prop:checked=move || audience() == a
                                    on:change=move |_| set(&|s| s.audience = a)/>
                                <span class="label">{ctx.t(label)}</span>
                                <span class="hint">{ctx.t(hint)}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        2 => view! {
            <fieldset class="countries">
                <legend><h1>{ctx.t(msg::COUNTRY_LEGEND)}</h1></legend>
                <div class="grid">
                    {COUNTRIES
                        .iter()
                        .map(|&c| {
                            view! {
                                <label class="choice small">
                                    <input type="radio" name="country" value=c
                                        prop:checked=move || ctx.state.with(|s| s.country == Some(c))
                                        on:change=move |_| set(&|s| s.country = Some(c))/>
                                    <span class="label">{ctx.t(&format!("country-{c}"))}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                    <label class="choice small">
                        <input type="radio" name="country" value=""
                            prop:checked=move || ctx.state.with(|s| s.country.is_none())
                            on:change=move |_| set(&|s| s.country = None)/>
                        <span class="label">{ctx.t(msg::COUNTRY_NONE)}</span>
                    </label>
                </div>
            </fieldset>
        }
        .into_any(),
        3 => view! {
            <fieldset class="phases">
                <legend><h1>{ctx.t(msg::PHASE_LEGEND)}</h1></legend>
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
                                    <Icon name=icons::phase(p.icon)/>
                                    <span class="label">{ctx.t(&format!("phase-{id}"))}</span>
                                    <span class="hint">{ctx.t(&format!("phase-{id}-desc"))}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                    <label class="choice small">
                        <input type="radio" name="phase" value=""
                            prop:checked=move || ctx.state.with(|s| s.phase.is_none())
                            on:change=move |_| set(&|s| s.phase = None)/>
                        <span class="label">{ctx.t(msg::PHASE_ANY)}</span>
                    </label>
                </div>
            </fieldset>
        }
        .into_any(),
        _ => view! {
            <fieldset class="situations" aria-describedby="situations-hint">
                <legend><h1>{ctx.t(msg::SITUATIONS_LEGEND)}</h1></legend>
                <p class="hint" id="situations-hint">{ctx.t(msg::SITUATIONS_HINT)}</p>
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
                                    <Icon name=icons::situation(id)/>
                                    <span class="label">{ctx.t(&format!("situation-{id}"))}</span>
                                    <span class="hint">{ctx.t(&format!("situation-{id}-hint"))}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            {ctx.kiosk.is_none().then(|| view! { <RememberChoice/> })}
        }
        .into_any(),
    };
    let submit_label = move || {
        if n < QUESTIONS {
            ctx.t(msg::Q_NEXT)
        } else if audience() == Audience::Official {
            ctx.t(msg::SHOW_RESULTS_OFFICIAL)
        } else {
            ctx.t(msg::SHOW_RESULTS_WOMAN)
        }
    };
    view! {
        {(n > 1).then(|| view! {
            <p class="back"><a href=ctx.question_href(n - 1) on:click=move |ev| {
                ev.prevent_default();
                ctx.ask(n - 1);
            }>{ctx.t(msg::Q_BACK)}</a></p>
        })}
        <p class="progress">{progress}</p>
        // Read the question and its choices aloud, on the phone itself (issue 16).
        <Listen target="start-q" main=true/>
        {(n == 1).then(|| view! {
            <h1>{ctx.t(msg::START_TITLE)}</h1>
            <p class="lead">{ctx.t(msg::START_INTRO)}</p>
        })}
        <form class="start" id="start-q" data-question=n on:submit=submit>
            {question}
            <div class="q-actions">
                <button type="submit" class="primary">{submit_label}</button>
                <button type="button" class="secondary skip-q" on:click=move |_| next()>{ctx.t(msg::Q_SKIP)}</button>
                {(n < QUESTIONS).then(|| view! {
                    <button type="button" class="linkish show-answer" on:click=move |_| results()>{ctx.t(msg::SHOW_ANSWER)}</button>
                })}
            </div>
        </form>
    }
}
