//! Where the law binds, in the app: the status line under a legal-basis line, the plain note when
//! a right rests only on standards her country has not accepted, the asylum deadline block, and
//! the 11-country table of one instrument (officials). All facts come from `ruta_engine::law`;
//! this file only renders plain strings.
//!
//! The date of entry typed in the deadline block lives in a signal of this component only: it is
//! never written to the address, to storage or to any message outside the block, and it is gone
//! when the screen is left (or on the quick exit, which leaves the page).

use crate::Ctx;
use leptos::prelude::*;
use ruta_engine::data::{Basis, COUNTRIES};
use ruta_engine::law::{self, Date, EntryResult, Fact, Instrument, Status};
use ruta_engine::Arg;

/// Is the official view on? (read from the state, not subscribed: screens are rebuilt on change)
fn is_official(ctx: Ctx) -> bool {
    ctx.state.with_untracked(|s| s.audience == ruta_engine::Audience::Official)
}

/// A CSS class for a status, so the line reads at a glance (binding / accepted / not / unknown).
pub fn status_class(s: Status) -> &'static str {
    match s {
        Status::Party | Status::Incorporated => "law-binds",
        Status::Endorsed => "law-endorsed",
        Status::Signed | Status::NotParty | Status::Not => "law-not",
        Status::Unconfirmed => "law-unknown",
    }
}

fn source_line(ctx: Ctx, reference: Option<&'static law::Ref>, date_read: &'static str) -> Option<AnyView> {
    let r = reference?;
    let how = r.read.msg_id()?;
    let label = ctx.t("law-source-label");
    let how = ctx.t(how);
    let title = r.title;
    Some(
        view! {
            <span class="law-source fine">
                {label} ": "
                {match r.url {
                    Some(u) => view! { <a href=u rel="noopener noreferrer" target="_blank">{title}</a> }.into_any(),
                    None => view! { <span>{title}</span> }.into_any(),
                }}
                " (" {how} ", " {date_read} ")"
            </span>
        }
        .into_any(),
    )
}

/// The status sentence(s) under ONE legal-basis line, for the country she chose (or, without a
/// country, where it binds). Nothing for sources that are not instruments (guidance binds no
/// one). Officials also see the source of each status and the date it was read.
///
/// Placement (H5): inside the basis `<li>`, after the cite: `{crate::parts::law::basis_status(ctx, b.source)}`.
pub fn basis_status(ctx: Ctx, source: &'static str) -> impl IntoView {
    let lang = ctx.lang.get_untracked();
    let country = ctx.state.with_untracked(|s| s.country);
    let lines = law::basis_status_lines(lang, source, country);
    let several = lines.len() > 1;
    let official = is_official(ctx);
    (!lines.is_empty()).then(|| {
        view! {
            <span class="law-status-lines">
                {lines
                    .into_iter()
                    .map(|l| {
                        let class = l.cell.map(|c| status_class(c.status)).unwrap_or("law-where");
                        let src = if official { l.cell.and_then(|c| source_line(ctx, c.source(), c.date_read)) } else { None };
                        view! {
                            <span class=format!("law-status {class}")>
                                {several.then(|| format!("{} — ", l.name))}
                                {l.text}
                                {src.map(|s| view! { " " {s} })}
                            </span>
                        }
                    })
                    .collect_view()}
            </span>
        }
    })
}

/// The plain note for a right whose binding basis is only instruments her country has not
/// accepted. Nothing without a country, or when the answer is not known.
///
/// Placement (H5): in the right's text (her view and officials'), before the basis list:
/// `{crate::parts::law::unaccepted_note(ctx, r.basis)}`.
pub fn unaccepted_note(ctx: Ctx, basis: &'static [Basis]) -> impl IntoView {
    let country = ctx.state.with_untracked(|s| s.country);
    country.filter(|c| law::rests_only_on_unaccepted(basis.iter().map(|b| b.source), c)).map(|c| {
        let name = ctx.t(&format!("country-{c}"));
        view! { <p class="badge warn law-unaccepted">{ctx.t_args("law-only-unaccepted", &[("country", Arg::Str(&name))])}</p> }
    })
}

/// Today, from the device clock (a JS built-in, no page API).
fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or(Date { year: 2026, month: 12, day: 1 })
}

fn fact_source(ctx: Ctx, f: &Fact) -> Option<AnyView> {
    if !f.confirmed() {
        return None;
    }
    let label = ctx.t("law-source-label");
    let how = f.read.msg_id().map(|m| ctx.t(m)).unwrap_or_default();
    let text = f.source.unwrap_or_default();
    let date = f.date_read.unwrap_or_default();
    Some(
        view! {
            <p class="law-source fine">
                {label} ": "
                {match f.url {
                    Some(u) => view! { <a href=u rel="noopener noreferrer" target="_blank">{text}</a> }.into_any(),
                    None => view! { <span>{text}</span> }.into_any(),
                }}
                " (" {how} ", " {date} ")"
            </p>
        }
        .into_any(),
    )
}

/// The asylum block for a country: the time limit in plain words, where to ask, the border and
/// detention facts that a source confirms, and — if she types her date of entry — the last day,
/// computed on the phone. Officials also see each fact's source.
///
/// Placement (H5): on her first screen when the situation "asylum" is ticked and a country is
/// chosen: `<crate::parts::law::DeadlineBlock country=c/>`.
#[component]
pub fn DeadlineBlock(
    country: &'static str,
    /// Inside another section (the compare screen's country column): headings one level down.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let ctx = crate::use_ctx();
    let lang = ctx.lang.get_untracked();
    let official = is_official(ctx);
    let Some(d) = law::deadline(country) else {
        return view! {}.into_any();
    };
    let name = ctx.t(&format!("country-{country}"));
    let limit = law::limit_text(lang, d).unwrap_or_else(|| ctx.t_args("law-deadline-unknown", &[("country", Arg::Str(&name))]));
    let authority = if d.authority.confirmed() { d.authority.message.map(|m| ctx.t(m)) } else { None };
    let yes_no = |f: &Fact, yes: &str, no: &str| f.confirmed().then(|| ctx.t(if f.value == Some(true) { yes } else { no }));
    let border = yes_no(&d.border, "law-border-yes", "law-border-no");
    let detention = yes_no(&d.detention, "law-detention-yes", "law-detention-no");
    let has_limit = d.limit.confirmed();
    // Memory only: this signal is the only place the date lives.
    let entry = RwSignal::new(String::new());
    let input_id = format!("law-entry-{country}");
    let out_id = format!("law-entry-out-{country}");
    let result = move || {
        let v = entry.get();
        if v.trim().is_empty() {
            return None;
        }
        Some(match law::evaluate_entry(d, &v, today()) {
            EntryResult::LastDay { date, passed } => {
                let when = law::format_date(lang, date);
                let main = if passed {
                    ctx.t_args("law-last-day-passed", &[("date", Arg::Str(&when))])
                } else {
                    ctx.t_args("law-last-day", &[("date", Arg::Str(&when))])
                };
                let caveat = ctx.t(law::caveat_id(&d.limit));
                let late = passed.then(|| ctx.t("law-deadline-late"));
                view! {
                    <p class="law-last-day"><strong>{main}</strong></p>
                    {late.map(|l| view! { <p>{l}</p> })}
                    <p class="fine">{caveat}</p>
                }
                .into_any()
            }
            EntryResult::Invalid => view! { <p class="law-entry-error">{ctx.t("law-entry-invalid")}</p> }.into_any(),
            EntryResult::Future => view! { <p class="law-entry-error">{ctx.t("law-entry-future")}</p> }.into_any(),
            EntryResult::NoLimit => view! {}.into_any(),
        })
    };
    let (iid, oid) = (input_id.clone(), out_id.clone());
    // Where to ask, the border and detention facts, and the date calculator. On the results screen
    // they sit in one disclosure under the time limit (built when opened), so the limit itself
    // stays on her first screens; the compare screen shows them as they are.
    let rest = move || {
        let (iid, oid) = (iid.clone(), oid.clone());
        view! {
            {(has_limit && !nested).then(|| view! { <p class="fine">{ctx.t("law-deadline-late")}</p> })}
            {if nested { view! { <h4>{ctx.t("law-authority-label")}</h4> }.into_any() } else { view! { <h3>{ctx.t("law-authority-label")}</h3> }.into_any() }}
            <p>{authority.clone().unwrap_or_else(|| ctx.t("law-authority-unknown"))}</p>
            {official.then(|| fact_source(ctx, &d.authority)).flatten()}
            {border.clone().map(|b| view! { <p>{b}</p> })}
            {official.then(|| fact_source(ctx, &d.border)).flatten()}
            {detention.clone().map(|b| view! { <p>{b}</p> })}
            {official.then(|| fact_source(ctx, &d.detention)).flatten()}
            {has_limit.then(move || view! {
                <div class="law-entry">
                    <label for=iid.clone()>{ctx.t("law-entry-label")}</label>
                    <input id=iid.clone() type="date" autocomplete="off" aria-describedby=format!("{oid} {oid}-privacy")
                        prop:value=move || entry.get()
                        on:input=move |ev| entry.set(event_target_value(&ev))/>
                    <p class="fine" id=format!("{oid}-privacy")>{ctx.t("law-entry-privacy")}</p>
                    <div id=oid.clone() aria-live="polite">{result}</div>
                </div>
            })}
        }
    };
    let body = if nested {
        rest().into_any()
    } else {
        let open = RwSignal::new(false);
        let summary = ctx.t(if has_limit { "law-deadline-more" } else { "law-authority-label" });
        view! {
            <details class="law-more" prop:open=move || open.get() on:toggle=crate::parts::disclosure::sync_open(open)>
                <summary>{summary}</summary>
                {move || open.get().then(|| rest.clone()())}
            </details>
        }
        .into_any()
    };
    view! {
        <section class="law-deadline" aria-labelledby=format!("law-deadline-h-{country}")>
            {if nested {
                view! { <h3 id=format!("law-deadline-h-{country}")>{ctx.t("law-deadline-title")}</h3> }.into_any()
            } else {
                view! { <h2 id=format!("law-deadline-h-{country}")>{ctx.t("law-deadline-title")}</h2> }.into_any()
            }}
            <p>{limit}</p>
            {official.then(|| fact_source(ctx, &d.limit)).flatten()}
            {(has_limit && nested).then(|| view! { <p class="fine">{ctx.t("law-deadline-late")}</p> })}
            {body}
        </section>
    }
    .into_any()
}

/// One instrument's status in every country (officials): a table with the source of each cell.
pub fn instrument_table(ctx: Ctx, ins: &'static Instrument) -> impl IntoView {
    let lang = ctx.lang.get_untracked();
    let official = is_official(ctx);
    let caption = format!("{} — {}", ctx.t(&ins.name_id()), ctx.t("law-table-title"));
    view! {
        <table class="law-table">
            <caption>{caption}</caption>
            <tbody>
                {COUNTRIES
                    .iter()
                    .map(|c| {
                        let cell = ins.cell(c);
                        let class = cell.map(|x| status_class(x.status)).unwrap_or("law-unknown");
                        let text = law::status_line(lang, ins, Some(c));
                        let src = if official { cell.and_then(|x| source_line(ctx, x.source(), x.date_read)) } else { None };
                        view! { <tr class=class><td>{text} {src.map(|s| view! { " " {s} })}</td></tr> }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
