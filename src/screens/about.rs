//! About: what the information rests on, its date, the app version and the translations' status.

use crate::use_ctx;
use leptos::prelude::*;
use ruta_engine::data;
use ruta_engine::{i18n, msg, Arg};

#[component]
pub fn AboutPage() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang.get_untracked();
    view! {
        <h1>{ctx.t(msg::ABOUT_TITLE)}</h1>
        <p>{crate::parts::contacts::sources_dates(ctx)}</p>
        <p>{ctx.t_args(msg::ABOUT_VERSION, &[("version", Arg::Str(env!("CARGO_PKG_VERSION")))])}</p>
        <p>{ctx.t(msg::ABOUT_BASIS)}</p>
        <p>{ctx.t(msg::ABOUT_CONTACTS)}</p>
        <p>{ctx.t(msg::ABOUT_PRIVACY)}</p>
        <p>{ctx.t(msg::ABOUT_NOT_ADVICE)}</p>
        <h2>{ctx.t(msg::TRANSLATIONS_TITLE)}</h2>
        <ul class="languages">
            {data::LANGUAGES.iter().map(|l| view! {
                <li data-lang=l.code data-reviewed=l.reviewed.to_string()>
                    {ctx.t_args(
                        if l.reviewed { msg::TRANSLATION_REVIEWED } else { msg::TRANSLATION_NEEDS_REVIEW },
                        &[("language", Arg::Str(l.name)), ("date", Arg::Str(&i18n::format_date(lang, l.status_date)))],
                    )}
                </li>
            }).collect_view()}
        </ul>
    }
}
