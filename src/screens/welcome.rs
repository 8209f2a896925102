//! The kiosk's attract screen: in every language, a greeting, one line saying what Ruta is, and a
//! start button. After a wipe, focus comes back to its heading.

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::{data, msg, tr};

#[component]
pub fn WelcomePage() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <h1 class="sr-only" tabindex="-1">{ctx.t(msg::WELCOME_TITLE)}</h1>
        <ul class="welcome">
            {data::LANGUAGES.iter().map(|l| {
                let code = l.code;
                view! {
                    <li lang=code>
                        <p class="greet">{tr(code, msg::WELCOME_TITLE)}</p>
                        <p class="what">{tr(code, msg::APP_TAGLINE)}</p>
                        <button type="button" class="primary" on:click=move |_| {
                            ctx.question.set(1);
                            ctx.go(ruta_engine::State { lang: Some(code), ..Default::default() }, false);
                        }>{tr(code, msg::WELCOME_START)}</button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
