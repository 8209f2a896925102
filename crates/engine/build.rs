//! Compiles `content/` and `locales/` into Rust statics at build time (see crates/contentc).
//! A content error stops the build with messages that name file, line, entry and problem.
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../..");
    let root = root.canonicalize().expect("repository root");
    println!("cargo::rerun-if-changed={}", root.join("content").display());
    println!("cargo::rerun-if-changed={}", root.join("locales").display());
    for dir in ["content", "content/contacts"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            for e in rd.flatten() {
                println!("cargo::rerun-if-changed={}", e.path().display());
            }
        }
    }
    if let Ok(rd) = std::fs::read_dir(root.join("locales")) {
        for e in rd.flatten() {
            println!("cargo::rerun-if-changed={}", e.path().display());
            if let Ok(rd2) = std::fs::read_dir(e.path()) {
                for f in rd2.flatten() {
                    println!("cargo::rerun-if-changed={}", f.path().display());
                }
            }
        }
    }
    match ruta_contentc::compile(&root) {
        Ok(src) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
            std::fs::write(out, src).expect("write generated content");
        }
        Err(diags) => {
            for d in &diags.0 {
                println!("cargo::warning={d}");
            }
            eprintln!("{diags}");
            std::process::exit(1);
        }
    }
}
