//! Read aloud (issue 16), the pure part: which language a voice speaks, which language to offer
//! when hers has no voice on the phone, and a language's name inside a sentence. The app's Listen
//! controls (src/parts/speak.rs) and the first paint (crates/firstpaint) both use it.

use crate::data::LANGUAGES;

/// Does a voice's language tag (`es-MX`, `fr_FR`, `ht`) belong to language `code`?
pub fn same_language(tag: &str, code: &str) -> bool {
    let t = tag.to_ascii_lowercase();
    t.strip_prefix(code).is_some_and(|rest| rest.is_empty() || rest.starts_with(['-', '_']))
}

/// The languages to offer when `code` has no local voice, nearest first (Haitian Creole → French).
pub fn nearest(code: &str) -> &'static [&'static str] {
    match code {
        "ht" => &["fr", "en", "es", "pt"],
        "pt" => &["es", "en", "fr"],
        "es" => &["pt", "en", "fr"],
        "fr" => &["en", "es", "pt"],
        _ => &["es", "fr", "pt"],
    }
}

/// A language's own name inside a sentence: lower case ("español"), except English's.
pub fn name_in_sentence(code: &str) -> String {
    let n = LANGUAGES.iter().find(|l| l.code == code).map(|l| l.name).unwrap_or("");
    if code == "en" {
        n.to_string()
    } else {
        n.chars().take(1).flat_map(char::to_lowercase).chain(n.chars().skip(1)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_and_names() {
        assert!(same_language("es-MX", "es") && same_language("fr_FR", "fr") && same_language("ht", "ht"));
        assert!(!same_language("est", "es") && !same_language("en-US", "es"));
        assert_eq!(nearest("ht")[0], "fr");
        assert_eq!(name_in_sentence("es"), "español");
        assert_eq!(name_in_sentence("en"), "English");
    }
}
