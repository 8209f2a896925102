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
        Ok(compiled) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
            std::fs::write(out.join("content.rs"), compiled.rust).expect("write generated content");
            std::fs::create_dir_all(out.join("locales")).unwrap();
            for (code, bytes) in compiled.packs {
                std::fs::write(out.join(format!("locales/{code}.bin")), bytes).expect("write locale pack");
            }
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
