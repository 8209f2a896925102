//! What the checker tests share: a fresh copy of the minimal fixture with one file changed, and
//! an assertion that names the expected `file:line: entry: problem` line.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let t = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            fs::copy(e.path(), t).unwrap();
        }
    }
}

/// A fresh copy of the minimal fixture (in a folder named after `suite` and `name`) with one file
/// changed by `edit`.
pub fn fixture(suite: &str, name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    let dir = std::env::temp_dir().join(format!("ruta-{suite}-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&src, &dir);
    let p = dir.join(file);
    let text = fs::read_to_string(&p).unwrap_or_default();
    fs::write(&p, edit(text)).unwrap();
    dir
}

pub fn assert_error(errs: &[String], expected: &str) {
    assert!(errs.iter().any(|e| e == expected), "expected error\n  {expected}\ngot\n  {}", errs.join("\n  "));
}
