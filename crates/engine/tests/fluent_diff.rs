//! Differential test: our evaluator of compiled Fluent (`ruta_engine::i18n`, chosen for size —
//! no Fluent parser or runtime in the wasm) must format every message exactly as `fluent-bundle`,
//! the reference Rust implementation, formats the same `.ftl` sources.
//!
//! Over every message × language × sample arguments (numbers 0, 1, 2, 5, 21, 1 000 000 and
//! negatives; ordinary strings, empty, dates as the app writes them, strings spelled like variant
//! keys or numbers, strings with Fluent syntax in them) both sides must give the same text, and
//! fluent-bundle must report no error. Isolation marks: our evaluator never inserts them, so the
//! bundle runs with `set_use_isolating(false)` — the same setting on both sides.
//!
//! Known, documented difference that is NOT papered over: for whole millions our plural rules
//! (CLDR 48) say `many` in es/fr/pt where fluent-bundle's (CLDR 36) say `other`. It changes a
//! text only if a message has a `[many]` variant; none does today, and if one is added this test
//! fails and shows the line, so the choice is made consciously.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use ruta_engine::data::Elem;
use ruta_engine::i18n::{self, Arg};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.parse().expect("language tag");
    let mut b = FluentBundle::new(vec![id]);
    b.set_use_isolating(false);
    let dir = locales_dir().join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("locale folder").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no .ftl files", dir.display());
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let res = FluentResource::try_new(src).unwrap_or_else(|(_, e)| panic!("{}: fluent-syntax errors {e:?}", f.display()));
        b.add_resource(res).unwrap_or_else(|e| panic!("{}: {e:?}", f.display()));
    }
    b
}

/// Every `$variable` a message can read, through references to other messages and terms.
fn vars(loc: &ruta_engine::data::Locale, elems: &[Elem], out: &mut BTreeSet<&'static str>, depth: u8) {
    if depth > 8 {
        return;
    }
    for e in elems {
        match *e {
            Elem::Text(_) => {}
            Elem::Var(v) => {
                out.insert(v);
            }
            Elem::Ref(r) => {
                if let Some((_, m)) = loc.messages.iter().find(|(k, _)| *k == r) {
                    vars(loc, m, out, depth + 1);
                }
            }
            Elem::Select { var, variants, .. } => {
                out.insert(var);
                for (_, v) in variants {
                    vars(loc, v, out, depth + 1);
                }
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Sample {
    Num(i64),
    Str(String),
}

fn samples(lang: &str) -> Vec<Sample> {
    let mut s: Vec<Sample> = [0, 1, 2, 3, 5, 11, 21, 100, 1000, 1_000_000, 2_000_000, -1, -2].into_iter().map(Sample::Num).collect();
    for t in ["María", "", "MX", "2026", "2026-11-25", "one", "other", "few", "many", "police", "ngo", "government", "official", "1", "21", "-1", "{ $count }", "a\u{2068}b\u{2069}", "<b>&amp;</b>"] {
        s.push(Sample::Str(t.to_string()));
    }
    // Dates exactly as the app passes them: already written in the language.
    for iso in ["2026-03-01", "2026-11-25", "2025-07"] {
        s.push(Sample::Str(i18n::format_date(lang, iso)));
    }
    s
}

fn ours(lang: &str, id: &str, args: &[(&str, Sample)]) -> String {
    let a: Vec<(&str, Arg)> = args
        .iter()
        .map(|(k, v)| {
            (
                *k,
                match v {
                    Sample::Num(n) => Arg::Num(*n),
                    Sample::Str(s) => Arg::Str(s.as_str()),
                },
            )
        })
        .collect();
    i18n::tr_args(lang, id, &a)
}

fn theirs(b: &FluentBundle<FluentResource>, id: &str, args: &[(&str, Sample)]) -> Result<String, String> {
    let msg = b.get_message(id).ok_or("fluent-bundle has no such message")?;
    let pattern = msg.value().ok_or("message has no value")?;
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Sample::Num(n) => fa.set(*k, FluentValue::from(*n)),
            Sample::Str(s) => fa.set(*k, FluentValue::from(s.clone())),
        }
    }
    let mut errors = vec![];
    let out = b.format_pattern(pattern, if args.is_empty() { None } else { Some(&fa) }, &mut errors).to_string();
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(format!("fluent-bundle errors {errors:?} (text {out:?})"))
    }
}

#[test]
fn evaluator_matches_fluent_bundle() {
    let mut cases = 0usize;
    let mut failures = vec![];
    for lang in i18n::languages() {
        let loc = i18n::locale(lang).expect("embedded locale");
        let b = bundle(lang);
        let samples = samples(lang);
        let mut messages = 0;
        for (id, elems) in loc.messages.iter().filter(|(id, _)| !id.starts_with('-')) {
            messages += 1;
            let mut vs = BTreeSet::new();
            vars(loc, elems, &mut vs, 0);
            let vs: Vec<&str> = vs.into_iter().collect();
            // Argument sets: none when the message reads none; otherwise every variable set to each
            // sample in turn, and — when there are several — each variable varied alone while the
            // others hold a plain string, so a selector is exercised next to ordinary text.
            let mut sets: Vec<Vec<(&str, Sample)>> = vec![];
            if vs.is_empty() {
                sets.push(vec![]);
            }
            for s in &samples {
                if !vs.is_empty() {
                    sets.push(vs.iter().map(|v| (*v, s.clone())).collect());
                }
                if vs.len() > 1 {
                    for v in &vs {
                        sets.push(vs.iter().map(|w| (*w, if w == v { s.clone() } else { Sample::Str(format!("«{w}»")) })).collect());
                    }
                }
            }
            for args in &sets {
                cases += 1;
                let a = ours(lang, id, args);
                match theirs(&b, id, args) {
                    Ok(t) if t == a => {}
                    Ok(t) => failures.push(format!("{lang} {id} {args:?}\n    ours:   {a:?}\n    fluent: {t:?}")),
                    Err(e) => failures.push(format!("{lang} {id} {args:?}\n    ours:   {a:?}\n    {e}")),
                }
            }
        }
        assert!(messages > 100, "{lang}: only {messages} messages — is the locale loaded?");
    }
    assert!(cases > 5_000, "only {cases} cases");
    assert!(failures.is_empty(), "{} of {cases} cases differ from fluent-bundle:\n{}", failures.len(), failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
    eprintln!("fluent_diff: {cases} cases identical to fluent-bundle");
}

/// Each side of the comparison is really exercised: selectors, numbers, references, dates.
#[test]
fn samples_reach_selectors_and_references() {
    let b = bundle("fr");
    // date-full selects on $day with a numeric key [1]: 1 → "1er", a number not a string.
    let one = [("day", Sample::Num(1)), ("month", Sample::Str("mars".into())), ("year", Sample::Str("2026".into()))];
    assert_eq!(ours("fr", "date-full", &one), theirs(&b, "date-full", &one).unwrap());
    assert!(ours("fr", "date-full", &one).starts_with("1er"), "{}", ours("fr", "date-full", &one));
    // The string "1" is not the number 1 in Fluent: it must fall to the default variant.
    let s1 = [("day", Sample::Str("1".into())), ("month", Sample::Str("mars".into())), ("year", Sample::Str("2026".into()))];
    assert_eq!(ours("fr", "date-full", &s1), theirs(&b, "date-full", &s1).unwrap());
    assert!(ours("fr", "date-full", &s1).starts_with("1 mars"), "{}", ours("fr", "date-full", &s1));
}
