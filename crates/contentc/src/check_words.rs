//! The "Words" screen (issue 16): `content/words.toml` + `locales/*/words.ftl`.
//!
//! Each word has an id, a Lucide pictogram (copied into `crates/engine/src/icons.rs` by `tools/icons.mjs`)
//! and, in every language, `word-<id>` (the word), `word-<id>-plain` (our plain explanation) and
//! `word-<id>-find` (the lowercase forms, comma-separated, that link a text to this word). Problems
//! are reported as `file:line: word <id>: problem`.

use crate::model::Pack;
use crate::{line_of, Diag, Diags, Elem};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordsFile {
    #[serde(default)]
    pub word: Vec<Word>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Word {
    pub id: Spanned<String>,
    pub icon: String,
}

/// Read and check `content/words.toml` (a pack without it has no words). `icons` is the text of
/// `crates/engine/src/icons.rs` (None: not checked, e.g. a pack outside this repository).
pub fn load(root: &Path, p: &Pack) -> Result<WordsFile, Diags> {
    let Ok(src) = std::fs::read_to_string(root.join("content/words.toml")) else { return Ok(WordsFile { word: vec![] }) };
    let icons = std::fs::read_to_string(root.join("crates/engine/src/icons.rs")).ok();
    check(&src, p, icons.as_deref())
}

fn plain_text(m: &crate::Message) -> Option<String> {
    m.elems.iter().map(|e| if let Elem::Text(t) = e { Some(t.as_str()) } else { None }).collect()
}

/// Check the text of a words file against the pack's messages.
pub fn check(src: &str, p: &Pack, icons: Option<&str>) -> Result<WordsFile, Diags> {
    let file = PathBuf::from("content/words.toml");
    let mut diags = vec![];
    let parsed: WordsFile = crate::parse_toml(src, &file).map_err(|d| Diags(vec![d]))?;
    let mut ids = BTreeSet::new();
    for w in &parsed.word {
        let id = w.id.get_ref();
        let line = line_of(src, w.id.span().start);
        let mut err = |m: String| diags.push(Diag { file: file.clone(), line, entry: format!("word {id}"), message: m });
        if !ids.insert(id.clone()) {
            err("the id is used twice".into());
        }
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            err("the id must be lowercase letters, digits and '-' (it names the messages word-<id>…)".into());
        }
        match icons {
            Some(rs) if !rs.contains(&format!("\"{}\" => \"<", w.icon)) => {
                err(format!("icon \"{}\" is not in crates/engine/src/icons.rs — run `node tools/icons.mjs` (Lucide icon names: https://lucide.dev/icons)", w.icon))
            }
            _ => {}
        }
        for loc in &p.locales {
            for suffix in ["", "-plain", "-find"] {
                let mid = format!("word-{id}{suffix}");
                match loc.messages.get(&mid) {
                    None => err(format!("locales/{}/words.ftl has no message \"{mid}\"", loc.code)),
                    Some((m, f, l)) if suffix == "-find" => {
                        let forms = plain_text(m).unwrap_or_default();
                        let forms: Vec<&str> = forms.split(',').map(str::trim).collect();
                        if forms.iter().any(|x| x.is_empty() || x.chars().any(char::is_uppercase)) {
                            err(format!("{}:{l}: \"{mid}\" must be plain lowercase forms separated by commas, none empty", f.display()));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // A word-… message with no entry in words.toml is a typo or a leftover.
    for loc in &p.locales {
        for (mid, (_, f, l)) in &loc.messages {
            let Some(rest) = mid.strip_prefix("word-") else { continue };
            let base = rest.strip_suffix("-plain").or(rest.strip_suffix("-find")).unwrap_or(rest);
            if !ids.contains(base) {
                diags.push(Diag { file: f.clone(), line: *l, entry: format!("message \"{mid}\""), message: format!("there is no word \"{base}\" in content/words.toml") });
            }
        }
    }
    if diags.is_empty() {
        Ok(parsed)
    } else {
        Err(Diags(diags))
    }
}

/// `pub static WORDS: &[(id, icon)]`, in the file's order.
pub fn generate(f: &WordsFile) -> String {
    let mut o = String::from("/// The words of the Words screen (content/words.toml): (id, Lucide icon).\npub static WORDS: &[(&str, &str)] = &[\n");
    for w in &f.word {
        writeln!(o, "  ({:?}, {:?}),", w.id.get_ref(), w.icon).unwrap();
    }
    o.push_str("];\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> (PathBuf, Pack) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
        let p = crate::load(&root).expect("the repository's pack is valid");
        (root, p)
    }

    #[test]
    fn the_repository_words_are_valid() {
        let (root, p) = repo();
        let w = load(&root, &p).unwrap();
        assert!(w.word.len() >= 10, "the Words screen has the Guidelines' hard words");
        assert!(generate(&w).contains("(\"asylum\", \"shield\")"));
    }

    #[test]
    fn errors_name_file_line_entry() {
        let (_, p) = repo();
        let src = "[[word]]\nid = \"asylum\"\nicon = \"shield\"\n\n[[word]]\nid = \"Bad Id\"\nicon = \"no-such-icon\"\n";
        let icons = "\"shield\" => \"<path/>\"";
        let e = check(src, &p, Some(icons)).unwrap_err().to_string();
        assert!(e.contains("content/words.toml:6: word Bad Id: the id must be lowercase"), "{e}");
        assert!(e.contains("content/words.toml:6: word Bad Id: icon \"no-such-icon\" is not in crates/engine/src/icons.rs"), "{e}");
        assert!(e.contains("locales/en/words.ftl has no message \"word-Bad Id\""), "{e}");
        // The repository's other words have messages but no entry here.
        assert!(e.contains("message \"word-refugee\": there is no word \"refugee\""), "{e}");
    }
}
