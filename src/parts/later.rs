//! Screens that need the later language pack (issue 14): the officials' toolkit (training,
//! follow-up matrix), the library and its themes, and search. Their messages (the search index,
//! `toolkit.ftl`, `themes.ftl`, the Guidelines' definitions and approaches) travel in a second
//! pack per language, `locales/more/<code>.<hash>.bin` (`ruta-contentc/src/pack.rs`), so a first
//! visit to a results link does not download them. Such a screen renders through [`when_ready`]:
//! a short "loading" line until the pack of the language in use is merged, then the screen; if it
//! cannot load, a plain message with a retry button — never a raw message id, never "loading"
//! forever. Offline, the service worker has the pack precached like every other file; the
//! single-file edition and the component tests embed whole packs, so the screen renders at once.

use crate::{browser, use_ctx};
use leptos::prelude::*;
use ruta_engine::{i18n, msg, tr};

/// Fetch and merge the later pack of `code` (its first pack must be loaded).
pub async fn ensure_later(code: &'static str) -> Result<(), String> {
    // With embedded packs this loads the whole language and marks it complete.
    let _ = i18n::locale(code);
    if i18n::has_later(code) {
        return Ok(());
    }
    let file = i18n::later_pack_file(code).ok_or_else(|| format!("unknown language {code}"))?;
    let bytes = browser::fetch_bytes(file).await?;
    i18n::register_later(code, &bytes)
}

/// `screen` once the later pack of the language in use is there (at once if it already is).
pub fn when_ready<V: IntoView + 'static>(screen: impl Fn() -> V + Send + Sync + 'static) -> AnyView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    let _ = i18n::locale(lang);
    if i18n::has_later(lang) {
        return screen().into_any();
    }
    // None: loading; Some(Err): failed (the message was logged).
    let state = RwSignal::new(None::<Result<(), ()>>);
    let load = move || {
        state.set(None);
        leptos::task::spawn_local(async move {
            let r = ensure_later(lang).await;
            if let Err(e) = &r {
                web_sys::console::error_1(&format!("Ruta: the {lang} pack for this screen did not load: {e}").into());
            }
            state.set(Some(r.map_err(|_| ())));
        });
    };
    load();
    (move || match state.get() {
        Some(Ok(())) => screen().into_any(),
        None => view! { <p class="later-loading" role="status">{tr(lang, msg::LATER_LOADING)}</p> }.into_any(),
        Some(Err(())) => view! {
            <div class="later-failed" role="alert">
                <p>{tr(lang, msg::LATER_FAILED)}</p>
                <button type="button" on:click=move |_| load()>{tr(lang, msg::BOOT_FAILED_RETRY)}</button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}
