//! Warnings that go with advice that can endanger her (issue 11 item 10), e.g. "do not contact your
//! consulate if you fear your own government". Which warnings apply is decided by the pure engine
//! (`ruta_engine::advice::warnings`); this only renders them.
//!
//! Texts are computed as plain Strings when the view is built (the screen is rebuilt when the
//! language changes), so nothing here re-runs on every signal change.

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::advice::Warning;
use ruta_engine::Audience;

/// The warnings raised for the current results, one note each; nothing when the list is empty.
/// Place it above the rights and actions, e.g.
/// `<AdviceWarnings warnings=ruta_engine::advice::warnings(&q, &r)/>`.
#[component]
pub fn AdviceWarnings(
    warnings: Vec<&'static Warning>,
    /// Beside a do-now step: the warning's title stays in sight (it is the plain warning) and its
    /// explanation opens on a tap, so the first screens stay short.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let ctx = use_ctx();
    let audience = ctx.state.with_untracked(|s| s.audience);
    warnings
        .into_iter()
        .map(|w| {
            let title = ctx.t(&w.title_id());
            let text = ctx.t(&w.text_id(audience));
            let class = if audience == Audience::Official { "advice-warning badge warn official" } else { "advice-warning badge warn" };
            let body = if compact {
                view! {
                    <details>
                        <summary><strong class="title">{title}</strong></summary>
                        <p>{text}</p>
                    </details>
                }
                .into_any()
            } else {
                view! { <p><strong class="title">{title}</strong> " " {text}</p> }.into_any()
            };
            view! { <aside class=class role="note" data-warning=w.id>{body}</aside> }
        })
        .collect_view()
}
