//! The later pack (issue 14): each language's messages are split at build time into a first pack
//! and a later one (toolkit, library, search), fetched when a screen needs it. Merged, the two
//! must give exactly the messages of the whole pack, and a wrong or damaged later pack is refused.
//! This test registers first packs itself, so it never touches the embedded (whole) packs.
use ruta_engine::i18n;
use std::path::PathBuf;

#[test]
fn first_plus_later_pack_is_the_whole_pack_in_every_language() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pack = ruta_contentc::load(&root).expect("content compiles");
    for loc in &pack.locales {
        let code: &'static str = i18n::languages().find(|c| *c == loc.code).expect("a known language");
        let (first, later) = ruta_contentc::pack::encode_split(loc);
        let (ids_first, ids_later) = ruta_contentc::pack::split_ids(loc);
        assert!(ids_later.contains(&"-search-index") && ids_later.iter().any(|i| i.starts_with("definition-")), "{code}: the index and the definitions travel later");
        assert!(ids_first.iter().any(|i| i.starts_with("right-")) && ids_first.iter().any(|i| i.starts_with("contact-")), "{code}: what the results need comes first");
        assert_eq!(ids_first.len() + ids_later.len(), loc.messages.len(), "{code}: nothing lost");
        // No first-pack message refers to a later one.
        for id in &ids_first {
            for r in loc.messages[*id].0.refs() {
                assert!(!ids_later.contains(&r), "{code}: {id} refers to {r}, which travels later");
            }
        }
        // The first pack alone: no later message, not even through the default language.
        i18n::register(code, &first).expect("first pack");
        assert!(!i18n::has_later(code));
        // A first pack given as the later one, a damaged one, or another language's: refused.
        assert!(i18n::register_later(code, &first).is_err(), "{code}: first pack as later");
        let mut bad = later.clone();
        let n = bad.len();
        bad[n - 1] ^= 1;
        assert!(i18n::register_later(code, &bad).is_err(), "{code}: damaged");
        assert!(!i18n::has_later(code));
        i18n::register_later(code, &later).expect("later pack");
        assert!(i18n::has_later(code));
        // Every message now formats exactly as from the whole pack.
        let whole = i18n::decode_pack(ruta_engine::pack::verify(code, &ruta_contentc::pack::encode(loc)).unwrap()).unwrap();
        let merged = i18n::locale(code).unwrap();
        assert_eq!(merged.messages.len(), whole.len(), "{code}");
        for ((a, ea), (b, eb)) in merged.messages.iter().zip(whole.iter()) {
            assert_eq!((a, ea), (b, eb), "{code}");
        }
        // Twice is harmless.
        i18n::register_later(code, &later).unwrap();
    }
}
