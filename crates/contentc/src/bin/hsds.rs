//! Export Ruta's contact directory as Open Referral HSDS 3.0 JSON, or import one back.
//!
//!   cargo run -p ruta-contentc --bin hsds -- export [--lang es] > directory.json
//!   cargo run -p ruta-contentc --bin hsds -- import directory.json [--root DIR]
//!
//! `import` writes content/contacts/<CC>.toml and locales/<lang>/contacts.ftl under the root
//! (default: this repository), replacing those files, then checks the whole pack.
use ruta_contentc::hsds;
use std::path::PathBuf;
use std::process::exit;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = flag(&args, "--root").map(PathBuf::from).unwrap_or_else(repo_root);
    match args.first().map(String::as_str) {
        Some("export") => {
            let pack = ruta_contentc::load(&root).unwrap_or_else(|d| {
                eprintln!("{d}");
                exit(1)
            });
            let lang = flag(&args, "--lang").unwrap_or_else(|| pack.meta.default_language.clone());
            println!("{}", serde_json::to_string_pretty(&hsds::export(&pack, &lang)).unwrap());
        }
        Some("import") => {
            let Some(file) = args.get(1) else {
                eprintln!("usage: hsds import FILE.json [--root DIR]");
                exit(2)
            };
            let text = std::fs::read_to_string(file).unwrap_or_else(|e| {
                eprintln!("{file}: {e}");
                exit(1)
            });
            let dir: hsds::Directory = serde_json::from_str(&text).unwrap_or_else(|e| {
                eprintln!("{file}:{}:{}: not a Ruta HSDS 3.0 directory ({}): {e}", e.line(), e.column(), hsds::PROFILE);
                exit(1)
            });
            let out = hsds::import(&dir).unwrap_or_else(|errs| {
                for e in errs {
                    eprintln!("{file}: {e}");
                }
                exit(1)
            });
            for (cc, toml) in &out.contact_files {
                std::fs::write(root.join(format!("content/contacts/{cc}.toml")), toml).unwrap();
            }
            for (lang, ftl) in &out.ftl_files {
                let dir = root.join(format!("locales/{lang}"));
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(dir.join("contacts.ftl"), ftl).unwrap();
            }
            eprintln!("wrote {} contact files and {} contacts.ftl files; checking the pack…", out.contact_files.len(), out.ftl_files.len());
            if let Err(d) = ruta_contentc::load(&root) {
                eprintln!("{d}");
                exit(1)
            }
            eprintln!("ok");
        }
        _ => {
            eprintln!("usage: hsds export [--lang es] [--root DIR] | hsds import FILE.json [--root DIR]");
            exit(2)
        }
    }
}
