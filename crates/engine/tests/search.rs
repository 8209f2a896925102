//! Search (issue 17): folding, prefix matching, ranking and highlighting in every language,
//! asserted by item ids on a fixed list of queries.

use ruta_engine::data::LOCALE_CODES;
use ruta_engine::search::{self, fold, Kind};
use std::collections::BTreeSet;

fn ids(lang: &str, q: &str) -> Vec<String> {
    search::search(lang, q, 100).iter().map(|h| format!("{}:{}", h.kind.id(), h.id)).collect()
}

/// The fixed precision list: (language, query, ids that must be among the first results, in
/// this order at the top when `top` is set).
const PRECISION: &[(&str, &str, &[&str])] = &[
    ("es", "trata", &["right:R07", "right:R21", "action:A10", "situation:trafficking"]),
    ("es", "trafico", &["instrument:SOM"]),
    ("es", "asilo", &["right:R02", "action:A11", "situation:asylum"]),
    ("es", "embarazo", &["right:R09", "action:A08", "situation:pregnant"]),
    ("es", "interprete", &["action:A05"]),
    ("es", "consulado", &["right:R12", "action:A17"]),
    ("es", "no devolucion", &["principle:P4"]),
    ("es", "salud parto", &["right:R09"]),
    ("es", "mexico mujeres", &["contact:mx-gbv-1", "contact:mx-women-1"]),
    ("es", "palermo", &["instrument:PP", "instrument:SOM"]),
    ("en", "trafficking", &["right:R07", "right:R21", "action:A10", "situation:trafficking"]),
    ("en", "asylum", &["right:R02", "action:A11", "situation:asylum"]),
    ("en", "pregnan", &["right:R09", "action:A08", "situation:pregnant"]),
    ("en", "consulate", &["right:R12", "action:A17"]),
    ("en", "non-refoulement", &["principle:P4"]),
    ("en", "detention", &["right:R13", "action:A13"]),
    ("fr", "traite", &["right:R07", "right:R21", "action:A10", "situation:trafficking"]),
    ("fr", "asile", &["right:R02", "action:A11", "situation:asylum"]),
    ("fr", "consulat", &["right:R12", "action:A17"]),
    ("fr", "detention", &["right:R13", "action:A13"]),
    ("fr", "non refoulement", &["principle:P4"]),
    ("ht", "azil", &["right:R02", "action:A11", "situation:asylum"]),
    ("ht", "trafik", &["right:R07", "right:R21", "action:A10", "situation:trafficking"]),
    ("ht", "konsila", &["right:R12", "action:A17"]),
    ("ht", "vyolans", &["right:R05", "right:R21", "situation:violence"]),
    ("ht", "enfomasyon azil", &["action:A11"]),
    ("pt", "trafico", &["right:R07", "right:R21", "action:A10", "situation:trafficking"]),
    ("pt", "asilo", &["right:R02", "action:A11", "situation:asylum"]),
    ("pt", "consulado", &["right:R12", "action:A17"]),
    ("pt", "detencao", &["right:R13", "action:A13"]),
    ("pt", "violencia", &["right:R05", "right:R21", "situation:violence"]),
];

#[test]
fn a_fixed_list_of_queries_finds_the_right_items_first_in_every_language() {
    for (lang, q, want) in PRECISION {
        let got = ids(lang, q);
        let top: Vec<&str> = got.iter().take(want.len()).map(String::as_str).collect();
        assert_eq!(&top, want, "{lang} {q:?}: got {got:?}");
    }
}

#[test]
fn case_accents_and_punctuation_do_not_matter() {
    assert_eq!(fold("Tráfico"), "trafico");
    assert_eq!(fold("Kreyòl"), "kreyol");
    assert_eq!(fold("¿NIÑA?"), " nina ");
    for (lang, a, b) in [("es", "trafico", "TRÁFICO"), ("es", "detencion", "¡Detención!"), ("pt", "detencao", "detenção"), ("ht", "enfomasyon", "Enfòmasyon"), ("fr", "interprete", "interprète")] {
        let (x, y) = (ids(lang, a), ids(lang, b));
        assert!(!x.is_empty(), "{lang} {a:?} finds something");
        assert_eq!(x, y, "{lang}: {a:?} and {b:?}");
    }
}

#[test]
fn words_match_by_prefix_and_every_word_must_match() {
    // "embar" is a prefix of "embarazo".
    assert_eq!(ids("es", "embar")[..3], ids("es", "embarazo")[..3]);
    // Both words: only items with both.
    let both = ids("es", "salud parto");
    let salud: BTreeSet<String> = ids("es", "salud").into_iter().collect();
    let parto: BTreeSet<String> = ids("es", "parto").into_iter().collect();
    assert!(!both.is_empty());
    assert_eq!(both.iter().cloned().collect::<BTreeSet<_>>(), &salud & &parto);
    assert!(ids("es", "asilo zzzzqx").is_empty());
}

#[test]
fn title_hits_come_first() {
    for lang in LOCALE_CODES {
        for q in ["a", "de", "mu", "vi", "pro"] {
            let hits = search::search(lang, q, 500);
            assert!(hits.windows(2).all(|w| w[0].in_title >= w[1].in_title), "{lang} {q:?}");
        }
    }
}

#[test]
fn matches_are_marked_in_the_title_and_the_excerpt() {
    let hits = search::search("es", "salud parto", 5);
    let r09 = hits.iter().find(|h| h.id == "R09").unwrap();
    let marked: Vec<String> = r09.title_marks.iter().map(|(a, b)| fold(&r09.title[*a..*b])).collect();
    assert_eq!(marked, ["salud", "parto"], "{:?}", r09.title);
    // A hit only in the body gets an excerpt with the word marked.
    let hits = search::search("pt", "gravida", 10);
    assert!(!hits.is_empty());
    for h in &hits {
        let all: Vec<String> = h.title_marks.iter().map(|(a, b)| fold(&h.title[*a..*b])).chain(h.excerpt_marks.iter().map(|(a, b)| fold(&h.excerpt[*a..*b]))).collect();
        assert!(all.iter().any(|w| w.starts_with("gravida")), "{}: {all:?} in {:?} / {:?}", h.id, h.title, h.excerpt);
    }
}

#[test]
fn hits_link_to_their_item() {
    use ruta_engine::View;
    let h = &search::search("en", "asylum", 1)[0];
    assert_eq!((h.kind, h.view()), (Kind::Right, Some(View::Right("R02"))));
    let p = &search::search("en", "non-refoulement", 1)[0];
    assert_eq!(p.view(), Some(View::Principle("P4")));
}

#[test]
fn hostile_queries_return_quickly_and_never_panic() {
    for q in ["", "   ", "¿?¡!…", "\u{202e}\u{0}\u{fffd}", &"a".repeat(10_000), &"asilo ".repeat(1000), "😀 asilo", "ǅ ß İ"] {
        let hits = search::search("es", q, 20);
        assert!(hits.len() <= 20);
    }
    assert!(search::search("es", "", 20).is_empty());
    assert!(search::search("xx", "asilo", 20).is_empty(), "an unknown language finds nothing");
    assert!(search::query_words(&"palabra ".repeat(100)).len() <= search::MAX_WORDS);
}

/// The build folded the index with unicode-normalization; the app folds with the generated
/// table. Re-deriving every word from the texts at run time must give the index's words exactly.
#[test]
fn build_time_and_run_time_folding_agree() {
    for lang in LOCALE_CODES {
        let ix = search::index(lang).expect("index parses");
        let stored: BTreeSet<&str> = ix.words.iter().map(|(w, _)| w.as_str()).collect();
        let mut derived: BTreeSet<String> = BTreeSet::new();
        for (kind, id) in &ix.docs {
            let (t, bodies) = kind.messages(id);
            for m in std::iter::once(t).chain(bodies) {
                if ruta_engine::i18n::has(lang, &m) {
                    let text = ruta_engine::tr(lang, &m);
                    derived.extend(search::tokens(&text).into_iter().map(|(_, _, w)| w).filter(|w| w.chars().count() >= 2));
                }
            }
        }
        let derived: BTreeSet<&str> = derived.iter().map(String::as_str).collect();
        let only_stored: Vec<_> = stored.difference(&derived).take(10).collect();
        let only_derived: Vec<_> = derived.difference(&stored).take(10).collect();
        assert!(only_stored.is_empty() && only_derived.is_empty(), "{lang}: index only {only_stored:?}; run time only {only_derived:?}");
    }
}

#[test]
fn a_damaged_index_is_refused() {
    assert!(search::parse("nonsense").is_err());
    assert!(search::parse("RUTASEARCH1\n3").is_err(), "wrong document count");
    let n = search::documents().len();
    assert!(search::parse(&format!("RUTASEARCH1\n{n}\n0abc\t%%")).is_err());
    assert!(search::parse(&format!("RUTASEARCH1\n{n}\n0abc\t#####v")).is_err(), "posting beyond the documents");
}

/// Sizes and native latency, printed for the report and the benchmark (not asserted: timings vary).
#[test]
fn print_sizes_and_latency() {
    for lang in LOCALE_CODES {
        let t = search::index_text(lang).expect("index in the pack");
        assert!(t.len() < 24_000, "{lang}: index grew to {} bytes raw (budget: 12 KB brotli)", t.len());
        std::fs::write(std::env::temp_dir().join(format!("ruta-search-index-{lang}.txt")), t).unwrap();
        let start = std::time::Instant::now();
        let _ = search::parse(t).unwrap();
        let parse = start.elapsed();
        let start = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for (l, q, _) in PRECISION.iter().filter(|(l, _, _)| l == lang) {
                n += 1;
                let _ = search::search(l, q, 20);
            }
        }
        let per_query = start.elapsed() / n;
        let ix = search::index(lang).unwrap();
        let start = std::time::Instant::now();
        for _ in 0..20 {
            for (_, q, _) in PRECISION.iter().filter(|(l, _, _)| l == lang) {
                let _ = search::matching(ix, &search::query_words(q));
            }
        }
        let matching = start.elapsed() / n;
        println!("search {lang}: index {} bytes raw, {} words; parse {:?} (+ titles, once per language); {:?} per query, of which {:?} finding the items (native, {n} queries)", t.len(), ix.words.len(), parse, per_query, matching);
    }
}
