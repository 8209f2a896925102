//! The static part of index.html that needs no wasm (issue 13 item 6, issue 14 first budget):
//! the danger box of every country in every language, and the recovery screen's texts.
//!
//!   cargo run -q -p ruta-engine --example prewasm > fragment.html
//!
//! tools/post_build.py writes the output into index.html. boot.js then shows, before the wasm has
//! loaded, the danger box of the country and situations of a results link (lines tagged with
//! `data-s` appear only for those situations), and the recovery screen if loading fails. Numbers,
//! labels and order come from the engine's own `danger_lines` and messages: one source of truth.
//! The program checks its own output: for every country and every combination of the situations
//! that bring a line, filtering the static list as boot.js does gives exactly `danger_lines`.
use ruta_engine::data::{self, COUNTRIES, SITUATIONS};
use ruta_engine::glance::{line_label, shown_number};
use ruta_engine::i18n::{self, strip_isolation};
use ruta_engine::query::{danger_lines, DangerLine};
use ruta_engine::state::Audience;
use ruta_engine::{msg, tr};

fn esc(s: &str) -> String {
    strip_isolation(s).replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Every line of a country's danger box (her view), in the engine's order, each with the
/// situations that bring it (empty: always shown).
fn tagged_lines(country: &str) -> Vec<(DangerLine, Vec<&'static str>)> {
    let all: Vec<&str> = SITUATIONS.iter().map(|s| s.id).collect();
    let base = danger_lines(country, &[], Audience::Woman);
    let full = danger_lines(country, &all, Audience::Woman);
    full.into_iter()
        .map(|l| {
            let tags = if base.iter().any(|b| b.phone.tel == l.phone.tel) {
                vec![]
            } else {
                all.iter().copied().filter(|s| danger_lines(country, &[s], Audience::Woman).iter().any(|x| x.phone.tel == l.phone.tel)).collect()
            };
            (l, tags)
        })
        .collect()
}

/// boot.js's filter, in Rust: base lines, and tagged lines whose tags meet her situations.
fn filtered(lines: &[(DangerLine, Vec<&str>)], situations: &[&str]) -> Vec<&'static str> {
    lines.iter().filter(|(_, t)| t.is_empty() || t.iter().any(|s| situations.contains(s))).map(|(l, _)| l.phone.tel).collect()
}

fn self_check(country: &str, lines: &[(DangerLine, Vec<&'static str>)]) {
    assert!(lines.iter().any(|(_, t)| t.is_empty()), "{country}: the danger box is never empty");
    let mut triggers: Vec<&str> = lines.iter().flat_map(|(_, t)| t.iter().copied()).collect();
    triggers.sort();
    triggers.dedup();
    assert!(triggers.len() <= 12, "{country}: too many triggering situations to check");
    for mask in 0u32..(1 << triggers.len()) {
        let sits: Vec<&str> = triggers.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, s)| *s).collect();
        let want: Vec<&str> = danger_lines(country, &sits, Audience::Woman).iter().map(|l| l.phone.tel).collect();
        assert_eq!(filtered(lines, &sits), want, "{country} {sits:?}: the static danger box differs from the engine's");
    }
}

fn main() {
    let countries: Vec<(&str, Vec<(DangerLine, Vec<&'static str>)>)> = COUNTRIES
        .iter()
        .map(|c| {
            let lines = tagged_lines(c);
            self_check(c, &lines);
            (*c, lines)
        })
        .collect();
    let mut h = String::new();
    // The quick exit's label in each language (boot.js puts hers on the button).
    h.push_str("<div id=\"boot-langs\" class=\"boot-langs\">");
    for lang in i18n::languages() {
        let t = |id: &str| esc(&tr(lang, id));
        h.push_str(&format!("<div class=\"bl\" lang=\"{lang}\" data-exit=\"{}\">", t(msg::EXIT_BUTTON)));
        h.push_str(&format!(
            "<div class=\"rec\" role=\"alert\"><h1>{}</h1><p>{}</p><button type=\"button\" class=\"retry\">{}</button></div>",
            t("boot-failed-title"),
            t("boot-failed-body"),
            t("boot-failed-retry")
        ));
        h.push_str(&format!("<p class=\"offline-fail\">{}</p>", t("boot-offline-not-ready")));
        h.push_str(&format!("<h2 class=\"bl-danger-h\">{}</h2><p class=\"bl-pick\">{}</p>", t(msg::DANGER_TITLE), t("boot-failed-numbers")));
        for (c, lines) in &countries {
            h.push_str(&format!("<div class=\"blc\" data-c=\"{c}\"><h3>{}</h3><ul class=\"calls\">", t(&format!("country-{c}"))));
            for (l, tags) in lines {
                let caveat = if l.caveat { format!("<p class=\"caveat badge warn\">{}</p>", t(msg::DANGER_CAVEAT)) } else { String::new() };
                // The service's name, unless it only repeats what the line is (as the app does).
                let (what, name) = (t(line_label(l.what)), t(&format!("contact-{}-name", l.contact.id)));
                let who = if ruta_engine::glance::name_adds(&what, &name) { format!(" <span class=\"who\">{name}</span>") } else { String::new() };
                h.push_str(&format!(
                    "<li class=\"call\" data-line=\"{}\" data-s=\"{}\"><a class=\"tel big\" href=\"tel:{}\"><span class=\"what\">{}</span> <span class=\"number\">{}</span></a>{who}{caveat}</li>",
                    l.what.id(),
                    tags.join(" "),
                    esc(l.phone.tel),
                    what,
                    esc(shown_number(l.phone)),
                ));
            }
            h.push_str("</ul></div>");
        }
        h.push_str("</div>");
    }
    h.push_str("</div>");
    // Language codes the page can show (boot.js picks hers among them).
    let _ = data::DEFAULT_LANGUAGE;
    print!("{h}");
}
