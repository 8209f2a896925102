//! Words explained (`#/words`, issue 16): the hard words of Ruta's texts and of the Guidelines
//! (asylum, refugee, trafficking …), each in plain words with its pictogram. The words and their
//! icons are data (`content/words.toml`); the texts are in `locales/<lang>/words.ftl`.
//! [`words_here`] links any text that uses one of them to this screen.

use crate::parts::icons::{ui, Icon};
use crate::parts::speak::Listen;
use crate::{use_ctx, Ctx};
use leptos::prelude::*;
use ruta_engine::data::WORDS;
use ruta_engine::state::View;

/// The words (ids) that `text` uses, in the screen's order: one of their `word-<id>-find` forms
/// (in the current language) appears in it.
pub fn words_in(ctx: Ctx, text: &str) -> Vec<&'static str> {
    let text = text.to_lowercase();
    WORDS
        .iter()
        .filter(|(id, _)| ctx.t(&format!("word-{id}-find")).split(',').map(str::trim).any(|f| !f.is_empty() && text.contains(f)))
        .map(|(id, _)| *id)
        .collect()
}

/// "Hard words here: Asylum, Refugee" — each a link to the Words screen; nothing when the text
/// uses none.
pub fn words_here(ctx: Ctx, text: &str) -> impl IntoView {
    let found = words_in(ctx, text);
    (!found.is_empty()).then(|| {
        let href = ctx.href(View::Words);
        view! {
            <p class="words-here">
                <Icon name=ui("words")/> {ctx.t("words-here")} " "
                // Each word with its comma in one box: the line is a flex row, whose gap would
                // otherwise stand between a word and its comma ("Asilo , Intérprete").
                {found.iter().enumerate().map(|(i, id)| view! {
                    <span class="word"><a href=href.clone() data-word=*id on:click={
                        let id: &'static str = id;
                        move |_| PENDING.with(|p| p.set(Some(id)))
                    }>{ctx.t(&format!("word-{id}"))}</a>{(i + 1 < found.len()).then_some(",")}</span>
                }).collect_view()}
            </p>
        }
    })
}

thread_local! {
    /// The word she tapped in "Hard words here": the Words screen opens at it.
    static PENDING: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

#[component]
pub fn WordsPage() -> impl IntoView {
    let ctx = use_ctx();
    if let Some(id) = PENDING.with(|p| p.take()) {
        // After the shell has shown the screen (it scrolls to the top and focuses the h1 in the
        // next frame): then bring her word into view and put the focus on it.
        request_animation_frame(move || {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&format!("word-{id}")) {
                    let _ = el.set_attribute("tabindex", "-1");
                    el.scroll_into_view();
                    let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                }
            });
        });
    }
    view! {
        <h1><Icon name=ui("words")/> " " {ctx.t("words-title")}</h1>
        <p class="lead">{ctx.t("words-intro")}</p>
        <Listen target="words-list" main=true label="listen-all"/>
        <dl class="words" id="words-list">
            {WORDS.iter().map(|&(id, icon)| view! {
                <div class="word" id=format!("word-{id}")>
                    <dt><Icon name=icon/> " " {ctx.t(&format!("word-{id}"))}</dt>
                    <dd>{ctx.t(&format!("word-{id}-plain"))}</dd>
                </div>
            }).collect_view()}
        </dl>
        <p class="fine">{ctx.t("words-note")}</p>
        <p><a href=ctx.href(View::Library)>{ctx.t(ruta_engine::msg::BACK_TO_LIBRARY)}</a></p>
    }
}
