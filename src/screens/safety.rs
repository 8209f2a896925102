//! "Staying safe on this device".

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::msg;

#[component]
pub fn SafetyPage() -> impl IntoView {
    let ctx = use_ctx();
    let part = move |h: &'static str, p: &'static str| view! { <h2>{ctx.t(h)}</h2> <p>{ctx.t(p)}</p> };
    view! {
        <h1>{ctx.t(msg::SAFETY_TITLE)}</h1>
        <p class="lead">{ctx.t(msg::SAFETY_INTRO)}</p>
        {part(msg::SAFETY_EXIT_H, msg::SAFETY_EXIT)}
        {part(msg::SAFETY_PRIVATE_H, msg::SAFETY_PRIVATE)}
        {part(msg::SAFETY_HISTORY_H, msg::SAFETY_HISTORY)}
        {part(msg::SAFETY_APP_H, msg::SAFETY_APP)}
        {part(msg::SAFETY_STORAGE_H, msg::SAFETY_STORAGE)}
        <p class="note">{ctx.t(msg::SAFETY_LIMITS)}</p>
    }
}
