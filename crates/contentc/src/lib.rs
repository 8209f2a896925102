//! Ruta's content compiler.
//!
//! Reads `content/*.toml`, `content/contacts/*.toml` and `locales/<lang>/*.ftl`, checks that they
//! are complete and consistent, and writes them out as Rust statics that `ruta-engine` includes.
//! The browser therefore never parses TOML or Fluent: a content error stops the build instead.
//!
//! Every problem is reported as a [`Diag`] that names the file, the line, the entry and what is
//! wrong, so that someone who knows no Rust can fix it (see `docs/CONTENT.md`).

mod check;
pub mod check_sources;
pub mod check_law;
mod codegen;
pub mod coverage;
mod ftl;
pub mod hsds;
pub mod pack;
mod model;
pub mod search_index;
pub mod check_scenarios;
pub mod check_words;

pub use codegen::generate;
pub use ftl::{Elem, Message};
pub use model::*;

use std::fmt;
use std::path::{Path, PathBuf};

/// One content problem: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diag {
    pub file: PathBuf,
    pub line: usize,
    pub entry: String,
    pub message: String,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display();
        match (self.line, self.entry.is_empty()) {
            (0, true) => write!(f, "{file}: {}", self.message),
            (0, false) => write!(f, "{file}: {}: {}", self.entry, self.message),
            (l, true) => write!(f, "{file}:{l}: {}", self.message),
            (l, false) => write!(f, "{file}:{l}: {}: {}", self.entry, self.message),
        }
    }
}

/// All the problems found in one load, in file order.
#[derive(Debug)]
pub struct Diags(pub Vec<Diag>);

impl fmt::Display for Diags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} content problem(s) found (see docs/CONTENT.md):", self.0.len())?;
        for d in &self.0 {
            writeln!(f, "  {d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diags {}

/// Load and validate `root`; each language's messages then carry its search index (`search_index`).
pub fn load(root: &Path) -> Result<Pack, Diags> {
    let mut pack = check::load(root)?;
    search_index::add(root, &mut pack);
    Ok(pack)
}

/// Load `root` (a folder holding `content/` and `locales/`), validate it and return the Rust
/// source of the compiled pack. Used by `crates/engine/build.rs`.
pub fn compile(root: &Path) -> Result<Compiled, Diags> {
    let pack = load(root)?;
    let law = check_law::load(root, &pack)?;
    let advice = check_sources::load(root, &pack)?;
    let scenarios = check_scenarios::load(root, &pack)?;
    let words = check_words::load(root, &pack)?;
    let packs = pack.locales.iter().map(|l| (l.code.clone(), pack::encode(l))).collect();
    Ok(Compiled { rust: generate(&pack) + &check_law::generate(&law) + &check_sources::generate(&advice) + &search_index::generate(&pack) + &check_scenarios::generate(&scenarios) + &check_words::generate(&words), packs })
}

/// The output of [`compile`]: Rust source for the engine and one message pack per language.
pub struct Compiled {
    pub rust: String,
    /// (language code, encoded pack) in the pack's language order.
    pub packs: Vec<(String, Vec<u8>)>,
}

/// 1-based line of byte offset `pos` in `src`.
pub(crate) fn line_of(src: &str, pos: usize) -> usize {
    src[..pos.min(src.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// Parse the TOML text of `file`; a syntax or shape error becomes one `file:line: problem`.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(src: &str, file: &std::path::Path) -> Result<T, Diag> {
    toml::from_str::<T>(src).map_err(|e| Diag {
        file: file.to_path_buf(),
        line: e.span().map_or(0, |s| line_of(src, s.start)),
        entry: String::new(),
        message: format!("not valid: {}", e.message().trim()),
    })
}
