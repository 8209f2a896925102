//! One right or action on its own page (reached from the library), both wordings shown.

use crate::parts::items::{basis_list, principles_list};
use crate::parts::speak::Listen;
use crate::screens::words::words_here;
use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data::{self, Step};
use ruta_engine::state::View;
use ruta_engine::{msg, Arg};

#[component]
pub fn RightPage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let r = data::right(id).expect("parsed from a valid link");
    let woman = ctx.t(&format!("right-{id}-woman"));
    view! {
        <p><a href=ctx.href(View::Library)>{ctx.t(msg::BACK_TO_LIBRARY)}</a></p>
        <h1>{ctx.t(&format!("right-{id}-title"))}</h1>
        <Listen target="main" main=true/>
        <h2>{ctx.t(msg::PLAIN_WORDS)}</h2>
        <p>{woman.clone()}</p>
        // The hard words it uses, each linked to the Words screen (issue 16).
        {words_here(ctx, &woman)}
        <h2>{ctx.t(msg::FOR_OFFICIALS)}</h2>
        <p>{ctx.t(&format!("right-{id}-official"))}</p>
        <h2>{ctx.t(msg::BASIS_TITLE)}</h2>
        {basis_list(ctx, r.basis)}
        {principles_list(ctx, r.principles)}
    }
}

#[component]
pub fn ActionPage(id: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let a = data::action(id).expect("parsed from a valid link");
    let woman = ctx.t(&format!("action-{id}-woman"));
    let actors = a.actors.iter().map(|x| ctx.t(&format!("actor-{x}"))).collect::<Vec<_>>().join(", ");
    let step = match a.step {
        Step::Detect => msg::STEP_DETECT,
        Step::Care => msg::STEP_CARE,
        Step::Refer => msg::STEP_REFER,
    };
    view! {
        <p><a href=ctx.href(View::Library)>{ctx.t(msg::BACK_TO_LIBRARY)}</a></p>
        <h1>{ctx.t(&format!("action-{id}-title"))}</h1>
        <p class="badge">{ctx.t(step)}</p>
        <Listen target="main" main=true/>
        <h2>{ctx.t(msg::FOR_OFFICIALS)}</h2>
        <p>{ctx.t(&format!("action-{id}-official"))}</p>
        <p class="who">{ctx.t_args(msg::RESPONSIBLE, &[("actors", Arg::Str(&actors))])}</p>
        <h2>{ctx.t(msg::PLAIN_WORDS)}</h2>
        <p>{woman.clone()}</p>
        {words_here(ctx, &woman)}
        <h2>{ctx.t(msg::BASIS_TITLE)}</h2>
        {basis_list(ctx, a.basis)}
        {principles_list(ctx, a.principles)}
    }
}
