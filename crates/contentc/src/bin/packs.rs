//! Write the locale packs into a folder (used by Trunk's post_build hook, see Trunk.toml):
//!   cargo run -p ruta-contentc --bin packs -- DIST_DIR [REPO_ROOT]
//! REPO_ROOT defaults to the current folder (the hook runs in the project root). Not the path
//! compiled into the binary: with a target folder shared between two checkouts, cargo reuses a
//! binary built in the other one, and its packs would not match this checkout's wasm.
//! Files land as DIST_DIR/locales/<code>.<hash>.bin (first pack) and
//! DIST_DIR/locales/more/<code>.<hash>.bin (toolkit, library, search), the names the app was compiled with.
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: packs DIST_DIR"));
    let root = std::env::args().nth(2).map(PathBuf::from).unwrap_or_else(|| std::env::current_dir().unwrap());
    let root = root.canonicalize().expect("repository root");
    let pack = ruta_contentc::load(&root).unwrap_or_else(|d| {
        eprintln!("{d}");
        std::process::exit(1)
    });
    std::fs::create_dir_all(out.join("locales/more")).unwrap();
    for loc in &pack.locales {
        // The first pack (every screen a woman sees) and the later one (toolkit, library, search).
        let (first, later) = ruta_contentc::pack::encode_split(loc);
        let (ids_first, ids_later) = ruta_contentc::pack::split_ids(loc);
        let name = ruta_contentc::pack::file_name(&loc.code, &first);
        std::fs::write(out.join(&name), &first).unwrap();
        eprintln!("{name}: {} bytes, {} messages", first.len(), ids_first.len());
        let name = ruta_contentc::pack::later_file_name(&loc.code, &later);
        std::fs::write(out.join(&name), &later).unwrap();
        eprintln!("{name}: {} bytes, {} messages", later.len(), ids_later.len());
    }
}
