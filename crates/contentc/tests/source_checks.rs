//! The source and advice checker (crates/contentc/src/check_sources.rs) must accept the minimal
//! fixture and reject each kind of problem with `file:line: entry: problem`: a link to a copy on a
//! site that is not an official publisher without saying why, a warning that names nothing real,
//! a text that suggests risky advice without carrying its warning, a missing basis-status message.

mod common;

use ruta_contentc::check_sources::{self, host_of, is_official};
use ruta_contentc::{compile, load};
use common::assert_error;
use std::path::{Path, PathBuf};

/// A fresh copy of the minimal fixture with one file changed by `edit`.
fn fixture(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    common::fixture("sources", name, file, edit)
}

fn errors(dir: &Path) -> Vec<String> {
    let pack = load(dir).expect("the rest of the fixture is valid");
    match check_sources::load(dir, &pack) {
        Ok(_) => vec![],
        Err(d) => d.0.iter().map(|d| d.to_string()).collect(),
    }
}


const BDP_URL: &str = "url = \"http://www.oas.org/cim/English/Convention%20Violence%20Against%20Women.htm\"";

#[test]
fn the_minimal_fixture_passes_and_its_warning_is_compiled() {
    let dir = fixture("valid", "content/pack.toml", |s| s);
    assert_eq!(errors(&dir), Vec::<String>::new());
    let out = compile(&dir).expect("valid fixture");
    assert!(out.rust.contains("pub static WARNINGS: &[crate::advice::Warning]"), "{}", out.rust);
    assert!(out.rust.contains("crate::advice::Warning { id: \"demo\", situations: &[\"violence\"], items: &[\"A06\"], actors: &[] }"));
}

#[test]
fn a_link_to_a_copy_on_an_unofficial_host_is_rejected_unless_the_entry_says_why() {
    let copy = "url = \"https://ja.scribd.com/document/340673923/Refugees\"";
    let dir = fixture("scribd", "content/sources.toml", |s| s.replace(BDP_URL, copy));
    assert_error(
        &errors(&dir),
        "content/sources.toml:2: source \"BDP\": url host \"ja.scribd.com\" is not an official publisher (content/official-hosts.toml): link the publisher's own page, or say in secondary_reason why a copy is used",
    );
    let dir = fixture("scribd-why", "content/sources.toml", |s| s.replace(BDP_URL, &format!("{copy}\nsecondary_reason = \"the publisher's page was not found; this is where the text was read\"")));
    assert_eq!(errors(&dir), Vec::<String>::new());
    let dir = fixture("scribd-empty-why", "content/sources.toml", |s| s.replace(BDP_URL, &format!("{copy}\nsecondary_reason = \" \"")));
    assert_error(&errors(&dir), "content/sources.toml:2: source \"BDP\": secondary_reason is empty: say why a copy is linked instead of the publisher's page");
}

#[test]
fn a_look_alike_of_an_official_host_is_not_official() {
    let dir = fixture("mirror", "content/sources.toml", |s| s.replace(BDP_URL, "url = \"http://web.test.oas.org.example.cloud/cim\""));
    assert_error(
        &errors(&dir),
        "content/sources.toml:2: source \"BDP\": url host \"web.test.oas.org.example.cloud\" is not an official publisher (content/official-hosts.toml): link the publisher's own page, or say in secondary_reason why a copy is used",
    );
    let official = vec!["ohchr.org".to_string()];
    assert!(is_official(&host_of("https://docstore.ohchr.org/SelfServices/x").unwrap(), &official));
    assert!(is_official(&host_of("https://www.ohchr.org/en").unwrap(), &official));
    assert!(!is_official(&host_of("http://web.test.ohchr.un-icc.cloud/en/documents").unwrap(), &official));
    assert!(!is_official(&host_of("https://notohchr.org/").unwrap(), &official));
    assert_eq!(host_of("https://User@Docs.OHCHR.org:443/a?b#c").as_deref(), Some("docs.ohchr.org"));
}

#[test]
fn a_reason_on_an_official_link_and_bad_read_records_are_reported() {
    let dir = fixture("official-why", "content/sources.toml", |s| s.replace(BDP_URL, &format!("{BDP_URL}\nsecondary_reason = \"copy\"")));
    assert_error(&errors(&dir), "content/sources.toml:2: source \"BDP\": has a secondary_reason but \"www.oas.org\" is an official publisher: remove the reason");
    let dir = fixture("read", "content/sources.toml", |s| s.replace(BDP_URL, &format!("{BDP_URL}\nread = [{{ url = \"ftp://x\", what = \"\", date = \"2026-13-01\" }}]")));
    let errs = errors(&dir);
    assert_error(&errs, "content/sources.toml:2: source \"BDP\": read url \"ftp://x\" must start with http:// or https://");
    assert_error(&errs, "content/sources.toml:2: source \"BDP\": read \"ftp://x\" does not say what was read (what = \"arts 31, 33\")");
    assert_error(&errs, "content/sources.toml:2: source \"BDP\": read \"ftp://x\": date \"2026-13-01\" must be YYYY-MM-DD");
}

#[test]
fn an_official_host_must_be_a_bare_domain() {
    let dir = fixture("hosts", "content/official-hosts.toml", |s| s.replace("\"oas.org\"", "\"https://oas.org/\""));
    let errs = errors(&dir);
    assert_error(&errs, "content/official-hosts.toml:2: publisher \"Organization of American States\": host \"https://oas.org/\" must be a bare domain in lowercase, like ohchr.org (no https://, no path)");
}

#[test]
fn a_warning_must_name_real_situations_items_and_actors_and_have_its_messages() {
    let dir = fixture("warning", "content/advice.toml", |s| {
        s.replace("situations = [\"violence\"]", "situations = [\"fear\"]").replace("items = [\"A06\"]", "items = [\"A06\", \"R99\"]\nactors = [\"XYZ\"]").replace("id = \"demo\"", "id = \"demo2\"")
    });
    let errs = errors(&dir);
    assert_error(&errs, "content/advice.toml:2: warning \"demo2\": situation \"fear\" does not exist (situations are in content/situations.toml)");
    assert_error(&errs, "content/advice.toml:2: warning \"demo2\": item \"R99\" is not a right or action (content/rights.toml, content/actions.toml)");
    assert_error(&errs, "content/advice.toml:2: warning \"demo2\": actor \"XYZ\" does not exist (actors are in content/actors.toml)");
    assert_error(&errs, "locales/en: message \"warning-demo2-woman\" is missing (needed by warning \"demo2\" in content/advice.toml:2)");
}

#[test]
fn a_text_that_suggests_the_risky_advice_must_carry_the_warning() {
    // R05's woman text mentions the word, but R05 is not among the warning's items.
    let dir = fixture("mention", "content/advice.toml", |s| s.replace("mentions = { en = [\"A06W\"] }", "mentions = { en = [\"A06W\", \"r05w\"] }"));
    assert_error(
        &errors(&dir),
        "locales/en/content.ftl:11: message \"right-R05-woman\": mentions \"r05w\" but R05 is not in the items of warning \"demo\" (content/advice.toml:2): add it there so she sees the warning",
    );
}

#[test]
fn the_basis_status_message_is_required_in_every_language() {
    let dir = fixture("basis-msg", "locales/en/advice.ftl", |s| s.replace("basis-unchecked = paragraph not checked\n", ""));
    assert_error(&errors(&dir), "locales/en: message \"basis-unchecked\" is missing (needed to label a basis status; see crates/contentc/src/check_sources.rs)");
}

#[test]
fn the_real_content_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pack = load(&root).expect("content is valid");
    let advice = check_sources::load(&root, &pack).unwrap_or_else(|d| panic!("{d}"));
    assert!(advice.warnings.iter().any(|w| w.id.get_ref() == "consulate"));
    // The copies the issue named are gone from the links she sees.
    for s in &pack.sources {
        let host = s.url.as_deref().and_then(host_of).unwrap_or_default();
        for bad in ["scribd.com", "huggingface.co", "blogspot.com", "un-icc.cloud"] {
            assert!(!host.ends_with(bad), "source {} still links {host}", s.id.get_ref());
        }
    }
}
