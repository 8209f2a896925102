//! The search screen sets its hits as one HTML string (`search::push_hit_html`): the texts are
//! escaped whatever a pack or an overlay holds, the marks wrap exactly the matching words, only
//! links inside the app or `tel:` become links, and the string holds the same hits, in the same
//! order, as the engine's answer.

use ruta_engine::search::{self, push_escaped, push_hit_html, push_marked_html, Hit, Kind};

fn hit(title: &str, title_marks: Vec<(usize, usize)>, excerpt: &str, excerpt_marks: Vec<(usize, usize)>) -> Hit {
    Hit { kind: Kind::Contact, id: "mx-gbv-1", title: title.into(), title_marks, excerpt: excerpt.into(), excerpt_marks, in_title: 1 }
}

fn html(h: &Hit, label: &str, href: Option<&str>) -> String {
    let mut out = String::new();
    push_hit_html(&mut out, h, label, href);
    out
}

#[test]
fn every_text_is_escaped() {
    let mut out = String::new();
    push_escaped(&mut out, r#"<script>alert('x')</script> & "q""#);
    assert_eq!(out, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    let h = hit("<img src=x onerror=alert(1)>", vec![(1, 4)], "a \"b\" <i>c</i>", vec![]);
    let s = html(&h, "<b>label</b>", Some("#/right/R02?x=\"><script>"));
    for bad in ["<img", "<script", "<b>", "<i>", "onerror=alert(1)>"] {
        assert!(!s.contains(bad), "{bad:?} in {s}");
    }
    assert_eq!(s.matches('<').count(), s.matches('>').count(), "{s}");
    assert!(s.starts_with("<li class=\"hit\" data-id=\"contact:mx-gbv-1\"><span class=\"badge\">&lt;b&gt;label&lt;/b&gt;</span> <a href=\"#/right/R02?x=&quot;&gt;&lt;script&gt;\" class=\"hit-title\">"), "{s}");
    assert!(s.contains("&lt;<mark>img</mark> src=x"), "{s}");
    assert!(s.ends_with("<p class=\"fine excerpt\">a &quot;b&quot; &lt;i&gt;c&lt;/i&gt;</p></li>"), "{s}");
}

#[test]
fn marks_wrap_the_ranges_and_bad_ranges_are_skipped() {
    let text = "Derecho a solicitar asilo";
    let mut out = String::new();
    push_marked_html(&mut out, text, &[(20, 25)]);
    assert_eq!(out, "Derecho a solicitar <mark>asilo</mark>");
    out.clear();
    // Out of order, overlapping, empty, out of bounds, inside a character: skipped, text kept whole.
    push_marked_html(&mut out, "él é", &[(0, 3), (1, 2), (2, 2), (4, 99), (4, 5)]);
    assert_eq!(out, "<mark>él</mark> é");
    out.clear();
    push_marked_html(&mut out, "", &[(0, 1)]);
    assert_eq!(out, "");
}

#[test]
fn only_links_inside_the_app_or_tel_are_links() {
    let h = hit("Línea", vec![], "", vec![]);
    for ok in ["#/right/R02", "#/?lang=es&q=4", "?lang=es#/library#approach-x", "./#/x", "tel:+5215555", "TEL:911", "#/a:b"] {
        assert!(html(&h, "x", Some(ok)).contains(&format!("<a href=\"{}\"", ok.replace('&', "&amp;"))), "{ok}");
    }
    for bad in ["javascript:alert(1)", "JavaScript:x", "data:text/html,x", "https://example.org/", " javascript:x"] {
        let s = html(&h, "x", Some(bad));
        assert!(!s.contains("<a "), "{bad}: {s}");
        assert!(s.contains("<span class=\"hit-title\">Línea</span>"), "{s}");
    }
    assert!(!html(&h, "x", None).contains("<a "));
}

/// The string the screen sets holds the engine's hits, in its order, with its marks.
#[test]
fn the_html_holds_the_engine_answer() {
    for (lang, q) in [("es", "asilo"), ("fr", "non refoulement"), ("ht", "azil"), ("pt", "a"), ("en", "pregnan")] {
        let hits = search::search(lang, q, 15);
        assert!(!hits.is_empty(), "{lang} {q}");
        let mut out = String::new();
        for h in &hits {
            push_hit_html(&mut out, h, "label", h.view().map(|_| "#/x"));
        }
        let ids: Vec<&str> = out.split("data-id=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
        let want: Vec<String> = hits.iter().map(|h| format!("{}:{}", h.kind.id(), h.id)).collect();
        assert_eq!(ids, want, "{lang} {q}");
        let marks = out.matches("<mark>").count();
        assert_eq!(marks, hits.iter().map(|h| h.title_marks.len() + h.excerpt_marks.len()).sum::<usize>(), "{lang} {q}");
        assert_eq!(out.matches("<li ").count(), hits.len());
    }
}
