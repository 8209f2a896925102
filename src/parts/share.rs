//! Share what she found: Share / copy link (Web Share where the browser has it, else the
//! clipboard), "Save or print" (the browser's print dialog; `@media print` in style.css keeps one
//! page: danger numbers, what to do now, key contacts, date of the sources), and the QR code.
//! Only these carry her answers in a link — and only when she asks.

use crate::{browser, use_ctx};
use leptos::prelude::*;
use ruta_engine::msg;

fn navigator_fn(name: &str) -> Option<(wasm_bindgen::JsValue, js_sys::Function)> {
    use wasm_bindgen::JsCast;
    let nav: wasm_bindgen::JsValue = window().navigator().into();
    let f = js_sys::Reflect::get(&nav, &name.into()).ok()?;
    f.dyn_into::<js_sys::Function>().ok().map(|f| (nav, f))
}

fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let nav: wasm_bindgen::JsValue = window().navigator().into();
    let Some(clip) = js_sys::Reflect::get(&nav, &"clipboard".into()).ok().filter(|c| !c.is_undefined()) else { return false };
    let Some(f) = js_sys::Reflect::get(&clip, &"writeText".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else { return false };
    f.call1(&clip, &text.into()).is_ok()
}

/// Share / copy link and Save or print.
#[component]
pub fn ShareBar() -> impl IntoView {
    let ctx = use_ctx();
    let can_share = navigator_fn("share").is_some();
    let done = RwSignal::new(None::<String>);
    let url = move || browser::share_url(&ctx.answers_hash());
    let share = move |_| {
        let u = url();
        if let Some((nav, f)) = navigator_fn("share") {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &"url".into(), &u.clone().into());
            let _ = js_sys::Reflect::set(&data, &"title".into(), &ctx.t(msg::APP_NAME).into());
            if f.call1(&nav, &data).is_ok() {
                return;
            }
        }
        if copy_text(&u) {
            done.set(Some(ctx.t(msg::LINK_COPIED)));
        } else {
            done.set(Some(u));
        }
    };
    view! {
        <div class="share-bar">
            <button type="button" class="secondary share-link" on:click=share aria-describedby="share-warning">
                {ctx.t(if can_share { msg::SHARE_LINK } else { msg::COPY_LINK })}
            </button>
            <button type="button" class="secondary print" on:click=move |_| { let _ = window().print(); }>{ctx.t(msg::SAVE_PRINT)}</button>
            <p class="fine" id="share-warning">{ctx.t(msg::LINK_WARNING)}</p>
            <p class="fine copied" role="status">{move || done.get()}</p>
        </div>
    }
}

/// A QR code of this results screen (the query only: country, phase, situations, language).
/// In a kiosk it shows at once; elsewhere it is built when she opens it.
#[component]
pub fn ShareQr() -> impl IntoView {
    let ctx = use_ctx();
    let qr = move || {
        let hash = ctx.state.with_untracked(|s| ruta_engine::State { audience: ruta_engine::state::Audience::Woman, ..s.with_view(ruta_engine::View::Results) }.to_hash());
        ruta_engine::share::qr_svg_path(&browser::share_url(&hash)).map(|(size, d)| view! {
            <svg class="qr" viewBox=format!("0 0 {size} {size}") role="img" aria-labelledby="share-h" shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#fff"/>
                <path d=d fill="#000"/>
            </svg>
        })
    };
    if ctx.kiosk.is_some() {
        view! {
            <section class="share" aria-labelledby="share-h">
                <h2 id="share-h">{ctx.t(msg::QR_TITLE)}</h2>
                {qr()}
                <p class="fine">{ctx.t(msg::QR_HINT)}</p>
            </section>
        }
        .into_any()
    } else {
        let open = RwSignal::new(false);
        view! {
            <details class="share qr-box" on:toggle=crate::parts::disclosure::sync_open(open)>
                <summary id="share-h">{ctx.t(msg::QR_TITLE)}</summary>
                {move || open.get().then(|| view! { {qr()} <p class="fine">{ctx.t(msg::QR_HINT)}</p> })}
            </details>
        }
        .into_any()
    }
}
