//! Pictograms (issue 16): always beside their words, hidden from screen readers. Which icon goes
//! where, and each icon's paths, are in `ruta_engine::icons` (written by tools/icons.mjs from
//! Lucide), shared with the first paint.

use leptos::prelude::*;
pub use ruta_engine::icons::{body, phase, situation, ui};

/// A pictogram: decorative (its words are always beside it), so hidden from screen readers.
#[component]
pub fn Icon(name: &'static str) -> impl IntoView {
    view! { <svg class="pic" viewBox="0 0 24 24" aria-hidden="true" focusable="false" inner_html=body(name)></svg> }
}
