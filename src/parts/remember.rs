//! "Remember my answers on this phone" — off by default, with a "Forget" button.

use crate::{browser, use_ctx};
use leptos::prelude::*;
use ruta_engine::msg;

#[component]
pub fn RememberChoice() -> impl IntoView {
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
                        browser::remember_clear();
                    }
                }/>
                <span class="label">{ctx.t(msg::REMEMBER_LABEL)}</span>
                <span class="hint">{ctx.t(msg::REMEMBER_HINT)}</span>
            </label>
            {move || ctx.remember.get().then(|| view! {
                <button type="button" class="secondary" on:click=move |_| {
                    browser::remember_clear();
                    ctx.remember.set(false);
                    forgotten.set(true);
                }>{ctx.t(msg::FORGET_BUTTON)}</button>
            })}
            <p class="fine" role="status">{move || forgotten.get().then(|| ctx.t(msg::FORGOTTEN))}</p>
        </fieldset>
    }
}
