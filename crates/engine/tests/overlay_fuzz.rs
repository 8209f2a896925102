//! 100,000+ random and hostile overlays: none panics. Each run prints the slowest one (timings are
//! printed, not asserted: tests assert behaviour). Three kinds of input:
//! 1. mutations of the real fixtures (values swapped for other types, hostile strings, removed or
//!    duplicated keys and entries, very long texts, numbers that dial something else), written
//!    out as text and taken through the app's path (`check_text`, the parser, `load`);
//! 2. random JSON-ish text through the same path as the app (`check_text`, then the parser, then
//!    `load`);
//! 3. deep or wide trees given straight to `load` (a host script that skips `check_text`).

use ruta_engine::overlay::{check_text, load, Json};
use std::time::{Duration, Instant};

fn json(s: &str) -> Json {
    fn conv(v: serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Num(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Json::Str(s),
            serde_json::Value::Array(a) => Json::Arr(a.into_iter().map(conv).collect()),
            serde_json::Value::Object(o) => Json::Obj(o.into_iter().map(|(k, v)| (k, conv(v))).collect()),
        }
    }
    conv(serde_json::from_str(s).expect("JSON"))
}

/// xorshift64*: reproducible, no dependency.
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
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const HOSTILE: &[&str] = &[
    "", " ", "911", "+15550100", "call us", "javascript:alert(1)", "https://", "http://x", "mailto:a@b.c", "a@b", "@", "a@@b.c",
    "\u{202E}0010 555\u{202C}", "\u{2066}MX\u{2069}", "<script>alert(1)</script>", "MX", "mx", "ZZ", "text", "country", "geojson",
    "violence", "all", "shelter", "spy", "ruta-hsds-1", "0", "-1", "1e309", "\0", "\u{FEFF}", "𝟗𝟏𝟏", "٩١١", "1-800-FLOWERS", "*#06#",
    "+", "++52", "+52 55 5000 0100", "(01) 800", "https://example.org/\u{0}", "contents", "services", "phones", "x_ruta_tel",
];
const KEYS: &[&str] = &[
    "id", "name", "description", "url", "email", "phones", "number", "x_ruta_tel", "type", "service_areas", "extent", "extent_type",
    "organization", "website", "schedules", "opens_at", "closes_at", "byday", "languages", "code", "x_ruta_names", "x_ruta_notes",
    "x_ruta_kind", "x_ruta_situations", "x_ruta_publisher", "profile", "contents", "services", "status",
];

fn to_value(v: &Json) -> serde_json::Value {
    match v {
        Json::Null => serde_json::Value::Null,
        Json::Bool(b) => (*b).into(),
        Json::Num(n) => serde_json::Number::from_f64(*n).map(serde_json::Value::Number).unwrap_or(serde_json::Value::Null),
        Json::Str(s) => s.clone().into(),
        Json::Arr(a) => a.iter().map(to_value).collect(),
        Json::Obj(kv) => serde_json::Value::Object(kv.iter().map(|(k, v)| (k.clone(), to_value(v))).collect()),
    }
}

/// The app's path: the text's size and depth first, then the parser (JSON.parse in the browser:
/// not Ruta's code, so not timed), then load(). Returns (contacts, problems, time in Ruta's code).
fn through_text(text: &str) -> (usize, usize, Duration) {
    let t = Instant::now();
    if check_text(text).is_err() {
        return (0, 1, t.elapsed());
    }
    let checked = t.elapsed();
    if serde_json::from_str::<serde_json::Value>(text).is_err() {
        return (0, 1, checked);
    }
    let tree = json(text);
    let t = Instant::now();
    let o = load(&tree);
    (o.contacts.len(), o.errors.len(), checked + t.elapsed())
}

fn random_value(r: &mut Rng, depth: usize) -> Json {
    match r.below(if depth > 6 { 5 } else { 9 }) {
        0 => Json::Null,
        1 => Json::Bool(r.below(2) == 0),
        2 => Json::Num([0.0, -1.0, 1e308, f64::MAX, 3.5, 911.0][r.below(6)]),
        3 | 4 => Json::Str(r.pick(HOSTILE).to_string()),
        5 => Json::Str(r.pick(HOSTILE).repeat(if r.below(10) == 0 { r.below(3000) } else { r.below(30) })),
        6 | 7 => Json::Obj((0..r.below(6)).map(|_| (r.pick(KEYS).to_string(), random_value(r, depth + 1))).collect()),
        _ => Json::Arr((0..r.below(5)).map(|_| random_value(r, depth + 1)).collect()),
    }
}

/// Change one random place in the tree.
fn mutate(r: &mut Rng, v: &mut Json, depth: usize) {
    let here = r.below(4) == 0 || depth > 8;
    match v {
        Json::Obj(kv) if !kv.is_empty() && !here => {
            let i = r.below(kv.len());
            match r.below(6) {
                0 => {
                    kv.remove(i);
                }
                1 => {
                    let dup = kv[i].clone();
                    kv.push(dup)
                }
                2 => kv.push((r.pick(KEYS).to_string(), random_value(r, depth))),
                _ => mutate(r, &mut kv[i].1, depth + 1),
            }
        }
        Json::Arr(a) if !a.is_empty() && !here => {
            let i = r.below(a.len());
            match r.below(5) {
                0 => {
                    a.remove(i);
                }
                1 => {
                    let dup = a[i].clone();
                    for _ in 0..r.below(50) {
                        a.push(dup.clone());
                    }
                }
                _ => mutate(r, &mut a[i], depth + 1),
            }
        }
        _ => *v = random_value(r, depth),
    }
}

fn random_text(r: &mut Rng) -> String {
    const TOKENS: &[&str] = &["{", "}", "[", "]", ",", ":", "\"", "\\", "\"id\"", "\"contents\"", "\"phones\"", "\"number\"", "\"911\"", "null", "true", "1e999", "-", " ", "\u{202E}", "\"MX\"", "\"extent\""];
    let n = r.below(400);
    (0..n).map(|_| *r.pick(TOKENS)).collect()
}

#[test]
fn a_hundred_thousand_hostile_overlays_never_panic() {
    let fixtures: Vec<Json> = ["tests/hsds/overlays/hsds-list.json", "tests/hsds/overlays/hsds-single.json", "examples/host/overlay.json", "tests/hsds/overlays/hostile-tel.json"]
        .iter()
        .map(|p| json(&std::fs::read_to_string(format!("{}/../../{p}", env!("CARGO_MANIFEST_DIR"))).unwrap()))
        .collect();
    let mut r = Rng(0x5eed_2026_1201);
    let (mut max, mut max_kind) = (Duration::ZERO, "");
    let (mut runs, mut shown, mut refused) = (0usize, 0usize, 0usize);
    let mut over_1ms = 0usize;
    let mut all: Vec<Duration> = Vec::with_capacity(100_002);
    let size = std::cell::Cell::new(0usize);
    let mut max_size = 0usize;
    let mut time = |kind: &'static str, f: &mut dyn FnMut() -> (usize, usize, Option<Duration>)| {
        let t = Instant::now();
        let (c, e, own) = f();
        let d = own.unwrap_or_else(|| t.elapsed());
        if d > Duration::from_millis(1) {
            over_1ms += 1;
        }
        all.push(d);
        if d > max {
            max = d;
            max_kind = kind;
            max_size = size.get();
        }
        runs += 1;
        shown += c;
        refused += e;
    };
    for i in 0..100_000 {
        match i % 10 {
            0..=6 => {
                let mut doc = r.pick(&fixtures).clone();
                for _ in 0..1 + r.below(4) {
                    mutate(&mut r, &mut doc, 0);
                }
                let text = to_value(&doc).to_string();
                size.set(text.len());
                time("mutated fixture", &mut || {
                    let (c, e, d) = through_text(&text);
                    (c, e, Some(d))
                });
            }
            7 | 8 => {
                let text = random_text(&mut r);
                size.set(text.len());
                time("random text", &mut || {
                    let (c, e, d) = through_text(&text);
                    (c, e, Some(d))
                });
            }
            _ => {
                // Deep (up to 8,000 levels, every 50th) or wide trees straight to load().
                size.set(0);
                let mut t = random_value(&mut r, 0);
                let levels = if i % 500 == 9 { 8000 } else { r.below(60) };
                for _ in 0..levels {
                    t = if r.below(2) == 0 { Json::Arr(vec![t]) } else { Json::Obj(vec![("contents".into(), t)]) };
                }
                time("deep or wide tree", &mut || {
                    let o = load(&t);
                    (o.contacts.len(), o.errors.len(), None)
                });
            }
        }
    }
    // And the page's own text path for a 7,000-level file: refused before parsing.
    let deep = format!("{{\"contents\":{}{}}}", "[".repeat(7000), "]".repeat(7000));
    time("7,000-level text", &mut || (0, check_text(&deep).is_err() as usize, None));
    all.sort();
    let pct = |p: usize| all[(all.len() - 1) * p / 100];
    println!("time per overlay: median {:?}, 99th percentile {:?}, 99.9th {:?}", pct(50), pct(99), all[(all.len() - 1) * 999 / 1000]);
    println!("{runs} overlays, no panic; {shown} contacts accepted, {refused} problems reported; slowest: {max:?} ({max_kind}, {max_size} bytes); {over_1ms} took over 1 ms (a slow small input means the shared machine preempted the test, not work)");
    assert!(runs > 100_000);
    assert!(shown > 0 && refused > 0, "the fuzz reaches both outcomes");
}
