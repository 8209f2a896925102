//! Writes the first paint's message packs into a build (run by tools/post_build.sh after the app's
//! packs): for each language, only the messages the first paint uses on the results links it
//! draws — every country (and none), every phase (and none), no situation, one or two — plus
//! what those messages refer to. A link that would need a message left out (three situations
//! raising a rarer warning) is not drawn: the first paint checks every message it uses and leaves
//! the page to the app (`Page::raw`).
//!
//! `cargo run -p ruta-firstpaint --example packs -- <dist dir> [repository root]`

use ruta_engine::data::{self, COUNTRIES, PHASES, SITUATIONS};
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: packs DIST_DIR [ROOT]"));
    let root = std::env::args().nth(2).map(PathBuf::from).unwrap_or_else(|| std::env::current_dir().unwrap());
    let content = ruta_contentc::load(&root.canonicalize().expect("repository root")).unwrap_or_else(|d| {
        eprintln!("{d}");
        std::process::exit(1)
    });
    let sits: Vec<&str> = SITUATIONS.iter().map(|s| s.id).collect();
    let mut sets: Vec<String> = vec![String::new()];
    for (i, a) in sits.iter().enumerate() {
        sets.push(a.to_string());
        for b in &sits[i + 1..] {
            sets.push(format!("{a},{b}"));
        }
    }
    let mut hashes = vec![];
    for c in COUNTRIES.iter().map(|c| format!("&c={c}")).chain([String::new()]) {
        for p in PHASES.iter().map(|p| format!("&p={}", p.id)).chain([String::new()]) {
            for s in &sets {
                let s = if s.is_empty() { String::new() } else { format!("&s={s}") };
                hashes.push(format!("#/results?{c}{p}{s}").replace("?&", "?"));
            }
        }
    }
    std::fs::create_dir_all(out.join("locales/first")).unwrap();
    for loc in &content.locales {
        let lang = data::language(&loc.code).expect("a language of the app");
        let ids = ruta_firstpaint::used_messages(hashes.iter().map(String::as_str), lang);
        let bytes = ruta_contentc::pack::encode_first(loc, &ids);
        let name = ruta_contentc::pack::first_file_name(&loc.code, &bytes);
        std::fs::write(out.join(&name), &bytes).unwrap();
        eprintln!("{name}: {} bytes, {} messages ({} links drawn)", bytes.len(), ids.len(), hashes.len());
    }
}
