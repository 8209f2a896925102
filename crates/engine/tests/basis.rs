//! Reading status is exact (issue 11 item 13): a paragraph number that was never checked in the
//! source is labelled "paragraph not checked", never "text read".

use ruta_engine::data::{action, right, BasisStatus};
use ruta_engine::tr;

fn status(item: &str, source: &str, cite: &str) -> BasisStatus {
    let basis = right(item).map(|r| r.basis).or_else(|| action(item).map(|a| a.basis)).unwrap_or_else(|| panic!("no item {item}"));
    basis.iter().find(|b| b.source == source && b.cite == cite).unwrap_or_else(|| panic!("{item}: no basis {source} {cite}")).status
}

#[test]
fn paragraph_numbers_never_seen_in_the_source_are_not_called_read() {
    // The digest inferred these numbers (SR73 "§ 75", SR72 "Goal 3", JGC4 §§ 3–4 from sequence),
    // never read GIP1 § 36, and could not place the GR35 passage (§ 30 or § 29(b)).
    for (item, source, cite) in [
        ("R06", "SR73", "§ 75(b), (c), (h)"),
        ("A19", "SR73", "§ 75(b)–(c)"),
        ("R04", "SR72", "Goal 3 (f)"),
        ("R25", "SR72", "Goal 3 (h)"),
        ("R15", "JGC4", "§§ 3–4"),
        ("A16", "JGC4", "§ 4"),
        ("A04", "GIP1", "§ 36"),
        ("R06", "GR35", "§ 30"),
        ("A19", "GR35", "§ 30"),
    ] {
        assert_eq!(status(item, source, cite), BasisStatus::Unchecked, "{item} {source} {cite}");
    }
    // The 1951 Convention's definition was read only in an encyclopaedic copy.
    assert_eq!(status("R02", "RC51", "art. 1A(2)"), BasisStatus::Secondary);
    assert_eq!(status("A11", "RC51", "art. 1A(2)"), BasisStatus::Secondary);
    // Articles that were read stay read.
    assert_eq!(status("R03", "RC51", "art. 33(1)–(2)"), BasisStatus::Read);
}

#[test]
fn the_new_status_is_labelled_in_every_language() {
    assert_eq!(BasisStatus::Unchecked.id(), "unchecked");
    let want = [("es", "párrafo no verificado"), ("en", "paragraph not checked"), ("fr", "paragraphe non vérifié"), ("ht", "paragraf la pa verifye"), ("pt", "parágrafo não verificado")];
    for (l, text) in want {
        assert_eq!(tr(l, BasisStatus::Unchecked.msg_id()), text, "{l}");
    }
    for s in [BasisStatus::Read, BasisStatus::Secondary, BasisStatus::Inferred, BasisStatus::Unchecked] {
        for l in ["es", "en", "fr", "ht", "pt"] {
            assert!(!tr(l, s.msg_id()).trim().is_empty(), "{l}: {}", s.id());
        }
    }
}
