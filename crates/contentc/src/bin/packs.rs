//! Write the locale packs into a folder (used by Trunk's post_build hook, see Trunk.toml):
//!   cargo run -p ruta-contentc --bin packs -- DIST_DIR
//! Files land as DIST_DIR/locales/<code>.<hash>.bin, the names the app was compiled with.
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: packs DIST_DIR"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
    let pack = ruta_contentc::load(&root).unwrap_or_else(|d| {
        eprintln!("{d}");
        std::process::exit(1)
    });
    std::fs::create_dir_all(out.join("locales")).unwrap();
    for loc in &pack.locales {
        let bytes = ruta_contentc::pack::encode(loc);
        let name = ruta_contentc::pack::file_name(&loc.code, &bytes);
        std::fs::write(out.join(&name), &bytes).unwrap();
        eprintln!("{name}: {} bytes, {} messages", bytes.len(), loc.messages.len());
    }
}
