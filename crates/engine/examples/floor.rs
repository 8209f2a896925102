//! The performance "floor": the same results screen as Ruta shows, from the same engine and
//! messages, rendered as one plain static HTML page with no script at all.
//!   cargo run -p ruta-engine --example floor -- '#/results?lang=es&c=MX&p=transit&s=violence' > floor.html
use ruta_engine::data;
use ruta_engine::i18n::{format_date, strip_isolation};
use ruta_engine::state::{parse, Audience};
use ruta_engine::{evaluate, msg, tr, tr_args, Arg, Query};

fn esc(s: &str) -> String {
    strip_isolation(s).replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn main() {
    let hash = std::env::args().nth(1).unwrap_or_else(|| "#/results?lang=es&c=MX&p=transit&s=violence".into());
    let (st, _) = parse(&hash);
    let lang = st.lang.unwrap_or(data::DEFAULT_LANGUAGE);
    let t = |id: &str| esc(&tr(lang, id));
    let r = evaluate(&Query::from(&st));
    let mut h = String::new();
    h.push_str(&format!("<!doctype html><html lang={lang}><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\"><title>Ruta</title>"));
    h.push_str("<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:0 .75rem}.danger{border:2px solid #b3261e;padding:0 1rem}a.call{display:inline-block;padding:.5rem 1rem;background:#b3261e;color:#fff}</style>");
    h.push_str(&format!("<h1>{}</h1>", t(msg::RESULTS_TITLE_WOMAN)));
    h.push_str(&format!("<section class=danger><h2>{}</h2>", t(msg::DANGER_TITLE)));
    for c in &r.emergency {
        h.push_str(&format!("<p>{}<br>", t(&format!("contact-{}-name", c.id))));
        for p in c.phones {
            h.push_str(&format!("<a class=call href=\"tel:{}\">{}</a> ", p.tel, esc(&tr_args(lang, msg::DANGER_CALL, &[("number", Arg::Str(p.tel))]))));
        }
        h.push_str("</p>");
    }
    h.push_str(&format!("</section><h2>{}</h2><ol>", t(msg::RIGHTS_TITLE_WOMAN)));
    for hit in &r.rights {
        let id = hit.item.id;
        h.push_str(&format!("<li><h3>{}</h3><p>{}</p><details><summary>{}</summary><ul>", t(&format!("right-{id}-title")), t(&format!("right-{id}-woman")), t(msg::BASIS_TITLE)));
        for b in hit.item.basis {
            let status = b.status.msg_id();
            h.push_str(&format!("<li>{}, {} ({})</li>", t(&format!("source-{}", b.source)), esc(b.cite), t(status)));
        }
        h.push_str("</ul></details></li>");
    }
    h.push_str(&format!("</ol><h2>{}</h2><ul>", t(msg::ACTIONS_TITLE_WOMAN)));
    for hit in r.actions.iter().filter(|a| st.audience == Audience::Official || a.item.for_woman) {
        h.push_str(&format!("<li>{}</li>", t(&format!("action-{}-woman", hit.item.id))));
    }
    h.push_str(&format!("</ul><h2>{}</h2><ul>", t(msg::CONTACTS_TITLE)));
    for c in &r.contacts {
        h.push_str(&format!("<li><h3>{}</h3>", t(&format!("contact-{}-name", c.id))));
        for p in c.phones {
            h.push_str(&format!("<a href=\"tel:{}\">{}</a> ", p.tel, esc(p.number)));
        }
        if c.note {
            h.push_str(&format!("<p>{}</p>", t(&format!("contact-{}-note", c.id))));
        }
        let date = if c.source_date == "undated" { tr(lang, msg::SOURCE_UNDATED) } else { tr_args(lang, msg::SOURCE_DATED, &[("date", Arg::Str(&format_date(lang, c.source_date)))]) };
        h.push_str(&format!("<p><small>{} · <a href=\"{}\">{}</a></small></p></li>", esc(&date), esc(c.source_urls[0]), t(msg::SOURCE_LINK)));
    }
    h.push_str("</ul></html>");
    println!("{h}");
}
