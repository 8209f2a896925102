//! Training cases for new staff (issue 17): one question at a time, options as checkboxes,
//! feedback after each answer drawn from the engine's own answer for the case with its legal
//! basis (`ruta_engine::scenarios`). Progress lives in memory only; the record prints without
//! names.

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data::{self, Step};
use ruta_engine::scenarios::{Feedback, Grade, Progress, Question, SCENARIOS};
use ruta_engine::{msg, tr, tr_args, Arg};

fn question_msg(q: Question) -> &'static str {
    match q {
        Question::Detect => msg::TRAINING_Q_DETECT,
        Question::Rights => msg::TRAINING_Q_RIGHTS,
        Question::FirstSteps => msg::TRAINING_Q_FIRST_STEPS,
        Question::Refer => msg::TRAINING_Q_REFER,
    }
}

/// One line of legal basis: the first source and its article.
fn basis_line(lang: &str, basis: &[data::Basis]) -> String {
    basis.iter().map(|b| format!("{}, {}", tr(lang, &format!("source-{}", b.source)), b.cite)).next().unwrap_or_default()
}

fn feedback_view(lang: &'static str, f: Feedback) -> AnyView {
    let basis = tr(lang, msg::SLIP_BASIS);
    let items: Vec<AnyView> = f
        .situations
        .iter()
        .map(|s| view! { <li>{tr(lang, &format!("situation-{s}"))}</li> }.into_any())
        .chain(f.rights.iter().map(|r| {
            view! { <li><strong>{tr(lang, &format!("right-{}-title", r.id))}</strong> <span class="fine">{format!("{basis} {}", basis_line(lang, r.basis))}</span></li> }.into_any()
        }))
        .chain(f.steps.iter().map(|a| {
            let actors = a.actors.iter().map(|x| tr(lang, &format!("actor-{x}"))).collect::<Vec<_>>().join(", ");
            let step = match a.step {
                Step::Detect => msg::STEP_DETECT,
                Step::Care => msg::STEP_CARE,
                Step::Refer => msg::STEP_REFER,
            };
            view! {
                <li><strong>{tr(lang, &format!("action-{}-title", a.id))}</strong> " (" {tr(lang, step)} ")"
                    <span class="fine">{tr_args(lang, msg::RESPONSIBLE, &[("actors", Arg::Str(&actors))])}</span>
                    <span class="fine">{format!("{basis} {}", basis_line(lang, a.basis))}</span></li>
            }
            .into_any()
        }))
        .chain(f.contacts.iter().map(|c| {
            let phone = c.phones.iter().find(|p| p.dialable()).map(|p| p.number).unwrap_or_default();
            view! { <li><strong>{tr(lang, &format!("contact-{}-name", c.id))}</strong> " " <span class="fine">{phone}</span></li> }.into_any()
        }))
        .collect();
    view! { <ul class="feedback-items">{items}</ul> }.into_any()
}

/// Its messages come in the later language pack (src/parts/later.rs).
#[component]
pub fn TrainingPage() -> impl IntoView {
    crate::parts::later::when_ready(training_page)
}

fn training_page() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let case = RwSignal::new(0usize);
    let question = RwSignal::new(0usize);
    let chosen = RwSignal::new(Vec::<&'static str>::new());
    let graded = RwSignal::new(None::<Grade>);
    let progress = RwSignal::new(Progress::default());
    let total = SCENARIOS.len();

    let body = move || {
        let Some(s) = SCENARIOS.get(case.get()) else { return ().into_any() };
        let q = Question::ALL[question.get()];
        let name = format!("choice-{}-{}", s.id, q.id());
        let choices = s
            .choices(q)
            .into_iter()
            .map(|c| {
                let id = c.id;
                let input_id = format!("{name}-{id}");
                let done = move || graded.with(|g| g.is_some());
                let verdict = move || {
                    graded.with(|g| {
                        g.as_ref().map(|_| if c.correct { "choice right" } else { "choice wrong" }).unwrap_or("choice")
                    })
                };
                view! {
                    <li class=verdict data-id=id>
                        <input type="checkbox" id=input_id.clone() name=name.clone() value=id
                            prop:checked=move || chosen.with(|v| v.contains(&id))
                            prop:disabled=done
                            on:change=move |_| chosen.update(|v| if let Some(i) = v.iter().position(|x| *x == id) { v.remove(i); } else { v.push(id); })/>
                        <label for=input_id>{tr(lang, &c.message)}</label>
                    </li>
                }
            })
            .collect_view();
        let result = move || {
            graded.get().map(|g| {
                let names = |ids: &[&str], q: Question| {
                    ids.iter()
                        .map(|id| {
                            tr(lang, &match q {
                                Question::Detect => format!("situation-{id}"),
                                Question::Rights => format!("right-{id}-title"),
                                Question::FirstSteps => format!("action-{id}-title"),
                                Question::Refer => format!("contact-{id}-name"),
                            })
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let verdict = tr(lang, if g.correct { msg::TRAINING_RIGHT } else { msg::TRAINING_WRONG });
                let missed = (!g.missed.is_empty()).then(|| view! { <p>{tr(lang, msg::TRAINING_MISSED)} " " {names(&g.missed, g.question)}</p> });
                let wrongly = (!g.wrongly_chosen.is_empty()).then(|| view! { <p>{tr(lang, msg::TRAINING_WRONGLY)} " " {names(&g.wrongly_chosen, g.question)}</p> });
                view! {
                    <div class=if g.correct { "feedback right" } else { "feedback wrong" } role="status" id="training-feedback" tabindex="-1">
                        <p class="verdict"><strong>{verdict}</strong></p>
                        {missed}
                        {wrongly}
                        <p>{tr(lang, msg::TRAINING_RUTA_SAYS)}</p>
                        {feedback_view(lang, s.feedback(g.question))}
                    </div>
                }
            })
        };
        let check = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if graded.with_untracked(|g| g.is_some()) {
                return;
            }
            let g = s.grade(q, &chosen.get_untracked());
            progress.update(|p| p.record(s.id, g.clone()));
            graded.set(Some(g));
            // The button she pressed is now disabled, which drops the focus to the page: put it on
            // the answer she is about to read (keyboard and screen-reader users go on from there).
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("training-feedback") {
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                }
            });
        };
        let next = move |_| {
            graded.set(None);
            chosen.set(vec![]);
            if question.get_untracked() + 1 < Question::ALL.len() {
                question.update(|n| *n += 1);
            } else {
                question.set(0);
                case.update(|n| *n = (*n + 1) % total);
            }
        };
        let last_q = question.get() + 1 == Question::ALL.len();
        view! {
            <article class="case" data-scenario=s.id data-question=q.id()>
                <p class="fine">{tr_args(lang, msg::TRAINING_CASE, &[("n", Arg::Num(case.get() as i64 + 1)), ("total", Arg::Num(total as i64))])}</p>
                <h2>{tr(lang, &format!("scenario-{}-title", s.id))}</h2>
                <p class="story">{tr(lang, &format!("scenario-{}", s.id))}</p>
                <form class="question" on:submit=check>
                    <fieldset>
                        <legend>{tr(lang, question_msg(q))} " " <span class="fine">{tr(lang, msg::TRAINING_CHOOSE_ALL)}</span></legend>
                        <ul class="choices">{choices}</ul>
                    </fieldset>
                    <button type="submit" class="primary" prop:disabled=move || graded.with(|g| g.is_some())>{tr(lang, msg::TRAINING_CHECK)}</button>
                </form>
                {result}
                <Show when=move || graded.with(|g| g.is_some())>
                    <button type="button" class="secondary next" on:click=next>{tr(lang, if last_q { msg::TRAINING_NEXT_CASE } else { msg::TRAINING_NEXT })}</button>
                </Show>
            </article>
        }
        .into_any()
    };

    let record = move || {
        let p = progress.get();
        let rows = p
            .summary()
            .into_iter()
            .map(|(id, right, answered)| {
                view! {
                    <li data-id=id>{tr(lang, &format!("scenario-{id}-title"))} ": "
                        {tr_args(lang, msg::TRAINING_SCORE, &[("right", Arg::Num(right as i64)), ("total", Arg::Num(answered as i64))])}</li>
                }
            })
            .collect_view();
        (p.answered() > 0).then(|| {
            view! {
                <section class="record" aria-labelledby="record-h">
                    <h2 id="record-h">{tr(lang, msg::TRAINING_RECORD)}</h2>
                    <p class="fine">{tr(lang, msg::TRAINING_RECORD_NOTE)}</p>
                    <p>{tr_args(lang, msg::TRAINING_SCORE, &[("right", Arg::Num(p.correct() as i64)), ("total", Arg::Num(p.answered() as i64))])}</p>
                    <ul>{rows}</ul>
                    <div class="share-bar"><button type="button" class="secondary print" on:click=move |_| { let _ = window().print(); }>{tr(lang, msg::TRAINING_PRINT)}</button></div>
                </section>
            }
        })
    };

    view! {
        <h1>{ctx.t(msg::TRAINING_TITLE)}</h1>
        <p class="lead">{ctx.t(msg::TRAINING_INTRO)}</p>
        <div class="training">{body}</div>
        {record}
    }
}
