//! Hostile links (issue 13, items 3 and 4): a link someone sends her must never freeze the page,
//! never be echoed at length, and never write sentences in Ruta's voice. Crafted links are fixtures;
//! a deterministic fuzz of 1,000,000 random links checks that parsing never panics and always
//! returns a bounded, clean problem list.

use ruta_engine::state::{is_hidden_char, parse, Problem, View, MAX_HASH, MAX_PROBLEMS, MAX_SHOWN_CHARS};
use std::time::{Duration, Instant};

/// Every promise the parser makes about what it returns, whatever the link.
fn check_bounded(link: &str, problems: &[Problem]) {
    assert!(problems.len() <= MAX_PROBLEMS + 2, "{} problems for a link of {} bytes", problems.len(), link.len());
    for p in problems {
        let v = p.value();
        assert!(v.chars().count() <= MAX_SHOWN_CHARS + 1, "value too long: {v:?}");
        assert!(!v.chars().any(is_hidden_char), "hidden character in {v:?}");
        let d = p.display_value();
        assert!(d.starts_with('\u{2068}') && d.ends_with('\u{2069}'), "value not isolated: {d:?}");
        assert_eq!(d.chars().filter(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202E}')).count(), 2, "{d:?}");
    }
    if let Some(i) = problems.iter().position(|p| *p == Problem::TooLong) {
        assert_eq!(i, 0, "the too-long note comes first");
    }
    if let Some(i) = problems.iter().position(|p| *p == Problem::More) {
        assert_eq!(i, problems.len() - 1, "the 'more' note comes last");
    }
}

#[test]
fn bidi_controls_never_reach_the_note() {
    // U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LRI, U+2069 PDI, U+200F RLM, zero-width space, NUL, newline.
    let link = "#/results?c=%E2%80%AE%E2%81%A6XM%E2%81%A9%E2%80%8F%E2%80%8B%00%0A&p=%E2%80%AAmoon%E2%80%AC";
    let (st, problems) = parse(link);
    assert_eq!(st.view, View::Results);
    check_bounded(link, &problems);
    assert_eq!(problems, vec![Problem::UnknownCountry("XM".into()), Problem::UnknownPhase("moon".into())]);
}

#[test]
fn a_link_cannot_write_a_sentence_in_rutas_voice() {
    let link = "#/results?c=MX&p=EMERGENCY+NUMBER+IS+%2B1+555+0100+call+it+now+Ruta+verified+this+number";
    let (st, problems) = parse(link);
    assert_eq!(st.country, Some("MX"), "the valid part is kept");
    check_bounded(link, &problems);
    let [Problem::UnknownPhase(v)] = problems.as_slice() else { panic!("{problems:?}") };
    assert_eq!(v, "EMERGENCY NUMBER IS +1 5…", "cut to {MAX_SHOWN_CHARS} characters");
    // Line and paragraph separators cannot start a new line of fake text.
    let (_, problems) = parse("#/results?p=a%E2%80%A8%E2%80%A9b%0D%0Ac");
    assert_eq!(problems, vec![Problem::UnknownPhase("abc".into())]);
    // Runs of spaces collapse and edges are trimmed.
    let (_, problems) = parse("#/results?p=a+++++++%09%09b");
    assert_eq!(problems, vec![Problem::UnknownPhase("a b".into())]);
}

#[test]
fn at_most_a_few_problems_are_kept() {
    let many: Vec<String> = (0..50).map(|i| format!("bad{i}")).collect();
    let link = format!("#/results?c=CR&s=violence,{}", many.join(","));
    let (st, problems) = parse(&link);
    assert_eq!((st.country, st.situations.as_slice()), (Some("CR"), &["violence"][..]));
    check_bounded(&link, &problems);
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(problems.last(), Some(&Problem::More));
    // The same bad value twice is one problem; malformed pairs are reported once.
    let (_, problems) = parse("#/results?c=ZZ&c=ZZ&p=%zz&p=%zz&s=%E0");
    assert_eq!(problems, vec![Problem::UnknownCountry("ZZ".into()), Problem::Malformed]);
}

/// The 800 KB links that froze the tab for 59 s in the landed build.
fn huge_links() -> Vec<String> {
    vec![
        format!("#/results?c=MX&s=violence&{}", "%zz=1&".repeat(800_000 / 6)),
        format!("#/results?c=MX&s=violence,{}", "x,".repeat(400_000)),
        format!("#/results?{}", "c=ZZ&".repeat(160_000)),
        format!("#/{}", "a".repeat(800_000)),
        format!("#/results?c=MX&p={}", "\u{202E}".repeat(270_000)),
        // Many unknown values, then many malformed pairs: quadratic in the landed build.
        format!("#/results?c=MX&s={}{}", "x,".repeat(200_000), "&%zz".repeat(100_000)),
        format!("#/results?lang=en&c=GT&s={}", "violence,".repeat(90_000)),
    ]
}

#[test]
fn an_800_kb_link_parses_into_a_bounded_problem_list() {
    for link in huge_links() {
        assert!(link.len() >= 800_000);
        let t = Instant::now();
        let (st, problems) = parse(&link);
        let took = t.elapsed();
        println!("{} KB link: {:?}, {} problems", link.len() / 1024, took, problems.len());
        check_bounded(&link, &problems);
        assert_eq!(problems.first(), Some(&Problem::TooLong), "she is told the link was cut");
        // What fits in the first 4 KB is kept.
        if link.starts_with("#/results?c=MX") {
            assert_eq!(st.country, Some("MX"));
        }
        if link.starts_with("#/results?lang=en&c=GT") {
            assert_eq!((st.lang, st.country, st.situations.as_slice()), (Some("en"), Some("GT"), &["violence"][..]));
        }
    }
    // Exactly at the limit, nothing is cut.
    let edge = format!("#/results?c=MX&x={}", "a".repeat(MAX_HASH - "#/results?c=MX&x=".len()));
    assert_eq!(edge.len(), MAX_HASH);
    assert_eq!(parse(&edge), parse("#/results?c=MX"));
    // A multi-byte character across the limit does not panic.
    let split = format!("#/results?c=MX&x={}", "é".repeat(MAX_HASH));
    assert_eq!(parse(&split).0.country, Some("MX"));
}

/// A small deterministic generator (xorshift64*), so the fuzz needs no dependency and every run
/// tests the same links.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "#", "/", "?", "&", "=", ",", "%", "%2", "%zz", "%E2%80%AE", "%E2%81%A6", "%00", "%0A", "%F0%9F%98%80", "%C3", "%E0%A4", "+",
    "results", "about", "guidelines", "safety", "welcome", "principle/", "theme/", "right/R05", "action/", "lang=", "who=", "c=",
    "p=", "s=", "es", "en", "ht", "MX", "US", "zz", "woman", "official", "origin", "transit", "violence", "pregnant", "\u{202E}",
    "\u{2066}", "\u{200F}", "é", "\u{FEFF}", "\u{E0041}", "\0", "\n", " ", "   ", "x",
];

fn random_link(r: &mut Rng) -> String {
    let mut s = String::new();
    if r.below(4) != 0 {
        s.push_str(["#/results?", "#/", "#", "", "#/right/"][r.below(5)]);
    }
    let n = r.below(24);
    for _ in 0..n {
        if r.below(8) == 0 {
            // any character at all, including surrogates' neighbours and private use
            s.push(char::from_u32(r.below(0x11_0000) as u32).unwrap_or('\u{FFFD}'));
        } else {
            s.push_str(PIECES[r.below(PIECES.len())]);
        }
    }
    if r.below(5_000) == 0 {
        let piece = PIECES[r.below(PIECES.len())];
        s.push_str(&piece.repeat(MAX_HASH / piece.len().max(1) + 10));
    }
    s
}

#[test]
fn a_million_random_links_never_panic_and_stay_bounded() {
    let mut r = Rng(0x5EED_0013_2026_1201);
    let mut slowest = (Duration::ZERO, String::new());
    let mut total = Duration::ZERO;
    let count = 1_000_000;
    for _ in 0..count {
        let link = random_link(&mut r);
        let t = Instant::now();
        let (st, problems) = std::hint::black_box(parse(&link));
        let took = t.elapsed();
        total += took;
        if took > slowest.0 {
            slowest = (took, link.clone());
        }
        check_bounded(&link, &problems);
        // Whatever was understood makes a clean link that reads back the same, with no problems.
        let (again, none) = parse(&st.to_hash());
        assert_eq!(again, st, "{link:?}");
        assert!(none.is_empty(), "{link:?} → {:?}", st.to_hash());
    }
    // Printed, not asserted (tests assert behaviour, not timings): `cargo test -- --nocapture`.
    // The slowest single parse is re-timed (best of 5) to tell a slow link from a busy machine.
    let again = random_again(&slowest.1);
    let shown: String = slowest.1.chars().take(60).collect();
    println!("{count} random links: total {total:?}, slowest {:?} (re-timed: {again:?}) for {shown:?}", slowest.0);
}

fn random_again(link: &str) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(parse(link));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}
