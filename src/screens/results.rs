//! Results at a glance: the danger box, "What to do now" (two or three steps, ranked by the engine's
//! `glance`), her key contacts; then sections with counts and jump links — her rights, what she can
//! ask for (officials: detect → care → refer), all contacts — each closed until she opens it, each
//! item a title and one line with its full text and legal basis one tap away.
//!
//! The screen is built once per query and language (see `App`): texts are plain strings, and the
//! contents of closed sections and disclosures are built only when opened.

use crate::parts::advice::AdviceWarnings;
use crate::parts::contacts::{ContactCard, DangerBox};
use crate::parts::icons::{ui, Icon};
use crate::parts::speak::Listen;
use crate::parts::items::{first_sentence, ActionItem, RightItem};
use crate::parts::overlay::{OverlayCards, OverlayPreview};
use crate::parts::share::{ShareBar, ShareQr};
use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::data::{Contact, Hours, Step};
use ruta_engine::glance::{dial, glance, DoNow};
use ruta_engine::state::{Audience, View};
use ruta_engine::{evaluate, msg, Arg, Query};
use wasm_bindgen::JsCast;

thread_local! {
    /// The query whose results were last announced.
    static ANNOUNCED: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    /// Which sections were open on the last results screen, and for which query ("open all",
    /// rights, actions, contacts): a language change or Back from an item rebuilds the screen, and
    /// she finds them as she left them. Not a signal (a screen must not subscribe to app-wide state).
    static OPEN: std::cell::RefCell<(String, [bool; 4])> = const { std::cell::RefCell::new((String::new(), [false; 4])) };
}

/// Forget which results were shown and which sections were open (the quick exit, a kiosk wipe).
pub fn forget() {
    ANNOUNCED.with(|a| a.borrow_mut().clear());
    OPEN.with(|o| *o.borrow_mut() = (String::new(), [false; 4]));
}

/// Open a section, then bring `target` (an element id) into view and focus it.
fn jump(open: RwSignal<bool>, target: String) {
    open.set(true);
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&target) {
            if el.get_attribute("tabindex").is_none() {
                let _ = el.set_attribute("tabindex", "-1");
            }
            el.scroll_into_view();
            if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });
}

fn step_title(step: Step) -> &'static str {
    match step {
        Step::Detect => msg::STEP_DETECT,
        Step::Care => msg::STEP_CARE,
        Step::Refer => msg::STEP_REFER,
    }
}

/// A key contact, short: name, what it is, 24 hours, and its number to call.
fn key_contact(ctx: Ctx, c: &'static Contact) -> impl IntoView {
    let tel = dial(c);
    let number = c.phones.iter().find(|p| Some(p.tel) == tel).map(|p| p.number).unwrap_or_default();
    view! {
        <li class="key" data-id=c.id>
            <span class="name">{ctx.t(&format!("contact-{}-name", c.id))}</span>
            <span class="fine">{ctx.t(&format!("kind-{}", c.kind.id()))}
                {(c.hours == Hours::Always).then(|| view! { " · " {ctx.t(msg::HOURS_ALWAYS)} })}
            </span>
            {tel.map(|t| view! { <a class="tel" href=format!("tel:{t}")>{number}</a> })}
        </li>
    }
}

/// A section that starts closed: its heading is the Show/Hide button (with the count), and its
/// list is built only when open. The count shows as a bare number (so the title and count stay on
/// one line at 360 px); screen readers hear the full phrase ("12 rights") instead.
fn section(class: &'static str, title: String, count: impl Fn() -> (usize, String) + Send + Sync + 'static, open: RwSignal<bool>, body: impl Fn() -> AnyView + Send + Sync + 'static) -> impl IntoView {
    let h = format!("{class}-h");
    let list = format!("{class}-list");
    let (h1, h2) = (h.clone(), h.clone());
    // Computed once per change (the contacts' count follows the host's contacts).
    let count = Memo::new(move |_| count());
    view! {
        <section class=class aria-labelledby=h1>
            <h2 id=h2>
                <button type="button" class="toggle" aria-expanded=move || open.get().to_string() aria-controls=list.clone()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <Icon name=ui(class)/> " " {title} " "
                    <span class="count"><span aria-hidden="true">{move || count.with(|c| c.0)}</span><span class="sr-only">"(" {move || count.with(|c| c.1.clone())} ")"</span></span>
                </button>
            </h2>
            <div id=list>{move || open.get().then(&body)}</div>
        </section>
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let ctx = use_ctx();
    let st = ctx.state.get_untracked();
    let q = Query::from(&st);
    let r = evaluate(&q);
    let g = glance(&q, &r);
    // Warnings raised by advice that can endanger her, shown beside each item that gives it.
    let raised = StoredValue::new(ruta_engine::advice::raised(&q, &r));
    let warn_for = move |id: &str| -> Vec<&'static ruta_engine::advice::Warning> { raised.with_value(|r| r.iter().filter(|w| w.because_of.contains(&id)).map(|w| w.warning).collect()) };
    let official = st.audience == Audience::Official;
    // What this screen answers, for tests to know it is on screen (ids only, never shown).
    let data_q = format!("{}|{}|{}|{}", st.audience.id(), st.country.unwrap_or(""), st.phase.unwrap_or(""), st.situations.join(","));

    let country = st.country.map(|c| ctx.t(&format!("country-{c}"))).unwrap_or_else(|| ctx.t(msg::SUMMARY_NO_COUNTRY));
    let phase = st.phase.map(|p| ctx.t(&format!("phase-{p}"))).unwrap_or_else(|| ctx.t(msg::SUMMARY_NO_PHASE));
    let summary = ctx.t_args(msg::RESULTS_SUMMARY, &[("country", Arg::Str(&country)), ("phase", Arg::Str(&phase)), ("count", Arg::Num(st.situations.len() as i64))]);

    // The host's own contacts (an NGO embedding Ruta) may arrive after the screen: the count, the
    // cards and the preview follow them without rebuilding the screen, so an open section stays
    // open and nothing scrolls.
    let st_o = st.clone();
    let host = ctx.overlay_here();
    let overlay = Memo::new(move |_| {
        let q = Query::from(&st_o);
        host.with(|o| ruta_engine::overlay::select(&o.contacts, &q).into_iter().cloned().collect::<Vec<_>>())
    });
    let n_rights = r.rights.len();
    let n_actions = r.actions.len();
    let n_own = r.contacts.len();
    let rights_count = ctx.t_args(msg::RIGHTS_COUNT, &[("count", Arg::Num(n_rights as i64))]);
    let actions_count = ctx.t_args(msg::ACTIONS_COUNT, &[("count", Arg::Num(n_actions as i64))]);
    let contacts_count = move || {
        let n = n_own + overlay.with(|o| o.len());
        (n, ctx.t_args(msg::CONTACTS_COUNT, &[("count", Arg::Num(n as i64))]))
    };
    // Announce the results in the polite live region — once per query (a language change is
    // announced as such by `App`, not as new results).
    if ANNOUNCED.with(|a| a.replace(data_q.clone()) != data_q) {
        let text = format!("{}: {rights_count}, {actions_count}, {}.", ctx.t(msg::RESULTS_READY), untrack(contacts_count).1);
        request_animation_frame(move || ctx.announce.set(text));
    }

    let was = OPEN.with(|o| o.borrow().clone()).1;
    let was = if OPEN.with(|o| o.borrow().0 == data_q) { was } else { [false; 4] };
    let all = RwSignal::new(was[0]);
    let rights_open = RwSignal::new(was[1]);
    let actions_open = RwSignal::new(was[2]);
    let contacts_open = RwSignal::new(was[3]);
    let dq = data_q.clone();
    Effect::new(move |_| {
        let now = [all.get(), rights_open.get(), actions_open.get(), contacts_open.get()];
        OPEN.with(|o| *o.borrow_mut() = (dq.clone(), now));
    });
    Effect::new(move |_| {
        if all.get() {
            rights_open.set(true);
            actions_open.set(true);
            contacts_open.set(true);
        }
    });

    // ---- danger box (H1's DangerBox: emergency numbers and her 24-hour lines) ------------------
    let danger = view! {
        <section class="danger" id="danger-box" aria-labelledby="danger-h">
            <h2 id="danger-h"><Icon name=ui("danger")/> " " {ctx.t(msg::DANGER_TITLE)}</h2>
            <DangerBox lines=r.danger.clone()/>
            // After the numbers, not above them: the phone's voices often arrive after the page,
            // and a control appearing then must not push a number from under her finger.
            <Listen target="danger-box"/>
        </section>
    };

    // ---- what to do now ---------------------------------------------------------------------
    let now = (!g.now.is_empty()).then(|| {
        let steps = g
            .now
            .iter()
            .map(|d| match *d {
                DoNow::Call(c) => {
                    let tel = dial(c).unwrap_or_default();
                    let number = c.phones.iter().find(|p| p.tel == tel).map(|p| p.number).unwrap_or(tel);
                    let name = ctx.t(&format!("contact-{}-name", c.id));
                    view! {
                        <li data-id=d.id()>
                            <Icon name=ui("call")/> " "
                            <span class="say">{ctx.t_args(msg::NOW_CALL, &[("name", Arg::Str(&name))])}</span>
                            " "
                            <a class="tel now-tel" href=format!("tel:{tel}")>{number}</a>
                        </li>
                    }
                    .into_any()
                }
                DoNow::Ask(a) => {
                    let title = ctx.t(&format!("action-{}-title", a.id));
                    let (line, _) = first_sentence(&ctx.t(&format!("action-{}-{}", a.id, if official { "official" } else { "woman" })));
                    let target = format!("action-{}", a.id);
                    view! {
                        <li data-id=d.id()>
                            <strong>{title}</strong> " " <span class="say">{line}</span> " "
                            <AdviceWarnings warnings=warn_for(a.id) compact=true/>
                            <a class="more" href=ctx.href(View::Action(a.id)) on:click=move |ev| {
                                ev.prevent_default();
                                jump(actions_open, target.clone());
                            }>{ctx.t(msg::NOW_MORE)}</a>
                        </li>
                    }
                    .into_any()
                }
            })
            .collect_view();
        view! {
            <section class="now" id="now-box" aria-labelledby="now-h">
                <h2 id="now-h"><Icon name=ui("now")/> " " {ctx.t(msg::NOW_TITLE)}</h2>
                <ol class="now-list">{steps}</ol>
                <Listen target="now-box"/>
            </section>
        }
    });

    let keys = (!g.key_contacts.is_empty()).then(|| {
        view! {
            <section class="keys" aria-labelledby="keys-h">
                <h2 id="keys-h"><Icon name=ui("call")/> " " {ctx.t(msg::KEY_CONTACTS_TITLE)}</h2>
                <ul class="key-list">{g.key_contacts.iter().map(|c| key_contact(ctx, c)).collect_view()}</ul>
            </section>
        }
    });

    // ---- sections ---------------------------------------------------------------------------
    let rights = r.rights.clone();
    let rights_body = move || {
        view! {
            <ol class="items">{rights.iter().map(|h| view! { <RightItem hit=*h all=all warn=warn_for(h.item.id)/> }).collect_view()}</ol>
        }
        .into_any()
    };
    let no_situations = st.situations.is_empty();
    let actions = r.actions.clone();
    let actions_body = move || {
        if official {
            Step::ALL
                .iter()
                .map(|&step| {
                    let items: Vec<_> = actions.iter().filter(|h| h.item.step == step).copied().collect();
                    view! {
                        <h3 class="step">{ctx.t(step_title(step))}</h3>
                        <ol class="items">{items.into_iter().map(|h| view! { <ActionItem hit=h official=true all=all warn=warn_for(h.item.id)/> }).collect_view()}</ol>
                    }
                })
                .collect_view()
                .into_any()
        } else {
            view! { <ul class="items">{actions.iter().map(|h| view! { <ActionItem hit=*h official=false all=all warn=warn_for(h.item.id)/> }).collect_view()}</ul> }.into_any()
        }
    };
    let has_country = st.country.is_some();
    let contacts = r.contacts.clone();
    let hidden = r.hidden_unconfirmed;
    let hidden_enf = r.hidden_enforcement;
    let contacts_body = move || {
        if !has_country {
            return view! { <p>{ctx.t(msg::CONTACTS_NO_COUNTRY)}</p> }.into_any();
        }
        view! {
            {let none = contacts.is_empty(); move || (none && overlay.with(|o| o.is_empty())).then(|| view! { <p>{ctx.t(msg::CONTACTS_NONE)}</p> })}
            <ul class="cards">
                {contacts.iter().map(|c| view! { <ContactCard contact=*c/> }).collect_view()}
            </ul>
            {move || view! { <OverlayCards contacts=overlay.get()/> }}
            {(hidden > 0).then(|| view! { <p class="note">{ctx.t_args(msg::CONTACTS_HIDDEN, &[("count", Arg::Num(hidden as i64))])}</p> })}
            {(hidden_enf > 0).then(|| view! { <p class="note">{ctx.t_args(msg::CONTACTS_HIDDEN_ENFORCEMENT, &[("count", Arg::Num(hidden_enf as i64))])}</p> })}
        }
        .into_any()
    };
    let as_of = crate::parts::contacts::sources_dates(ctx);

    // The jump list: one short line above the sections (their counts are on the sections).
    let jump_link = move |open: RwSignal<bool>, id: &'static str, label: String| {
        view! {
            <li><a href=format!("#{id}") on:click=move |ev| {
                ev.prevent_default();
                jump(open, id.to_string());
            }>{label}</a></li>
        }
    };
    let asylum_country = st.country.filter(|_| st.situations.contains(&"asylum"));
    let rights_title = ctx.t(if official { msg::RIGHTS_TITLE_OFFICIAL } else { msg::RIGHTS_TITLE_WOMAN });
    let actions_title = ctx.t(if official { msg::ACTIONS_TITLE_OFFICIAL } else { msg::ACTIONS_TITLE_WOMAN });
    let contacts_title = ctx.t(msg::ALL_CONTACTS_TITLE);

    view! {
        <h1 data-q=data_q>{ctx.t(if official { msg::RESULTS_TITLE_OFFICIAL } else { msg::RESULTS_TITLE_WOMAN })}</h1>
        <p class="summary">{summary} " " <a href=ctx.question_href(1) on:click=move |ev| {
            ev.prevent_default();
            ctx.ask(1);
        }>{ctx.t(msg::EDIT_CHOICES)}</a></p>
        {move || view! { <OverlayPreview overlay=host.get()/> }}
        {danger}
        {now}
        {keys}
        // Read aloud what is open on this screen, on the phone itself (issue 16); after the danger
        // box, so nothing pushes the numbers down.
        <Listen target="main" main=true label="listen-all"/>
        // The asylum time limit and where to ask, when she ticked asylum in a country (H7).
        {asylum_country.map(|c| view! { <crate::parts::law::DeadlineBlock country=c/> })}
        {no_situations.then(|| view! { <p class="note">{ctx.t(msg::NO_SITUATIONS_NOTE)}</p> })}
        <nav class="jump" aria-label=ctx.t(msg::ON_THIS_PAGE)>
            <ul>
                {jump_link(rights_open, "rights-h", ctx.t(msg::JUMP_RIGHTS))}
                {jump_link(actions_open, "actions-h", ctx.t(if official { msg::JUMP_ACTIONS_OFFICIAL } else { msg::JUMP_ACTIONS }))}
                {jump_link(contacts_open, "contacts-h", ctx.t(msg::JUMP_CONTACTS))}
            </ul>
            {official.then(|| view! {
                <button type="button" class="secondary open-all" on:click=move |_| all.set(true)>{ctx.t(msg::OPEN_ALL)}</button>
            })}
        </nav>
        {section("rights", rights_title, move || (n_rights, rights_count.clone()), rights_open, rights_body)}
        {section("actions", actions_title, move || (n_actions, actions_count.clone()), actions_open, actions_body)}
        {section("contacts", contacts_title, contacts_count, contacts_open, contacts_body)}
        <p class="toolkit-links">
            <a href=ctx.href(View::Compare) class="compare-link">{ctx.t("law-compare-title")}</a>
            " · " <a href=ctx.href(View::Search)>{ctx.t(msg::SEARCH_TITLE)}</a>
            {official.then(|| view! {
                " · " <a href=ctx.href(View::Slip) class="slip-link">{ctx.t(msg::SLIP_TITLE)}</a>
                " · " <a href=ctx.href(View::Training)>{ctx.t(msg::TRAINING_TITLE)}</a>
                " · " <a href=ctx.href(View::Matrix)>{ctx.t(msg::MATRIX_TITLE)}</a>
            })}
        </p>
        <p class="fine as-of">{as_of}</p>
        // Share, copy, print and the QR: one tap away (a kiosk shows its QR at once, and no share bar).
        {if ctx.kiosk.is_some() {
            view! { <ShareQr/> }.into_any()
        } else {
            let open = RwSignal::new(false);
            view! {
                <details class="share-all" on:toggle=crate::parts::disclosure::sync_open(open)>
                    <summary>{ctx.t(msg::SHARE_ALL)}</summary>
                    {move || open.get().then(|| view! { <ShareBar/> <ShareQr/> })}
                </details>
            }
            .into_any()
        }}
    }
}
