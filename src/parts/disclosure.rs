//! A `<details>` whose contents are built only when opened (issue 14): its open state lives in a
//! signal, kept in step with the element when she opens or closes it.
use leptos::prelude::*;

/// The `on:toggle` handler of such a `<details>`: copies the element's `open` property into
/// `open` (only when it changed, so a programmatic open does not re-run what depends on it).
pub fn sync_open(open: RwSignal<bool>) -> impl Fn(web_sys::Event) + 'static {
    move |ev| {
        let now = js_sys::Reflect::get(&event_target::<web_sys::Element>(&ev), &"open".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
        if now != open.get_untracked() {
            open.set(now);
        }
    }
}
