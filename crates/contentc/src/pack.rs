//! Locale packs: one small binary file per language with every message already compiled, so the
//! app downloads only the language in use (and the service worker caches the others).
//!
//! A pack carries its language code and a checksum, so the app refuses a truncated, damaged or
//! mismatched pack (issue 13 item 7): `RUTAPACK`, u8 code length, code, u64 FNV-1a-64 of the
//! payload, payload. Checked by `ruta_engine::pack::verify`.
//!
//! Payload format (little-endian): `RUTAMSG1`, u32 message count, then per message (sorted by id):
//! str id, elems. str = u32 byte length + UTF-8. elems = u32 count + elem*. elem = u8 tag:
//! 0 Text(str) · 1 Var(str) · 2 Ref(str) · 3 Select(str var, u32 default, u32 n, n × (str key, elems)).
//! The decoder is `ruta_engine::i18n::decode_pack`.

use crate::ftl::Elem;
use crate::model::Locale;

pub const MAGIC: &[u8; 8] = b"RUTAMSG1";

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend((s.len() as u32).to_le_bytes());
    out.extend(s.as_bytes());
}

fn put_elems(out: &mut Vec<u8>, es: &[Elem]) {
    out.extend((es.len() as u32).to_le_bytes());
    for e in es {
        match e {
            Elem::Text(t) => {
                out.push(0);
                put_str(out, t);
            }
            Elem::Var(v) => {
                out.push(1);
                put_str(out, v);
            }
            Elem::Ref(r) => {
                out.push(2);
                put_str(out, r);
            }
            Elem::Select { var, variants, default } => {
                out.push(3);
                put_str(out, var);
                out.extend((*default as u32).to_le_bytes());
                out.extend((variants.len() as u32).to_le_bytes());
                for (k, v) in variants {
                    put_str(out, k);
                    put_elems(out, v);
                }
            }
        }
    }
}

pub const PACK_MAGIC: &[u8; 8] = b"RUTAPACK";

/// The pack of one language with every message (the single-file edition and native tools embed it).
pub fn encode(loc: &Locale) -> Vec<u8> {
    encode_ids(&loc.code, loc, &loc.messages.keys().map(String::as_str).collect::<Vec<_>>())
}

fn encode_ids(code: &str, loc: &Locale, ids: &[&str]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((ids.len() as u32).to_le_bytes());
    for id in ids {
        // `ids` come from the BTreeMap in order, so the pack stays sorted.
        put_str(&mut out, id);
        put_elems(&mut out, &loc.messages[*id].0.elems);
    }
    wrap(code, &out)
}

/// Messages only the officials' toolkit, the library and search need (issue 14): they travel in a
/// second pack per language, fetched when such a screen opens, so a first visit downloads less.
/// Chosen by file (`toolkit.ftl`, `themes.ftl`) and by id (the search index, definitions and
/// approaches of the Guidelines). A message of the first pack never refers to one of these (the
/// split keeps any referenced message in the first pack).
pub fn is_later(id: &str, file: &std::path::Path) -> bool {
    let name = file.file_name().and_then(|f| f.to_str()).unwrap_or("");
    matches!(name, "toolkit.ftl" | "themes.ftl") || id == crate::search_index::MESSAGE_ID || id.starts_with("definition-") || id.starts_with("approach-")
}

/// The ids of the first pack and of the later pack of `loc`, each sorted.
pub fn split_ids(loc: &Locale) -> (Vec<&str>, Vec<&str>) {
    let mut later: std::collections::BTreeSet<&str> = loc.messages.iter().filter(|(id, (_, f, _))| is_later(id, f)).map(|(id, _)| id.as_str()).collect();
    // Anything a first-pack message refers to (directly or through another) stays in the first.
    loop {
        let needed: Vec<&str> = loc.messages.iter().filter(|(id, _)| !later.contains(id.as_str())).flat_map(|(_, (m, _, _))| m.refs()).filter(|r| later.contains(r)).collect();
        if needed.is_empty() {
            break;
        }
        for r in needed {
            later.remove(r);
        }
    }
    let first = loc.messages.keys().map(String::as_str).filter(|id| !later.contains(id)).collect();
    (first, later.into_iter().collect())
}

/// The first paint's pack of `loc` (issue 14): the messages in `ids` and those they refer to,
/// wrapped as `<code>.first` so the app can never take it for a whole pack.
pub fn encode_first(loc: &Locale, ids: &std::collections::BTreeSet<String>) -> Vec<u8> {
    let mut keep: std::collections::BTreeSet<&str> = loc.messages.keys().map(String::as_str).filter(|id| ids.contains(*id)).collect();
    loop {
        let more: Vec<&str> = keep.iter().flat_map(|id| loc.messages[*id].0.refs()).filter(|r| !keep.contains(r) && loc.messages.contains_key(*r)).collect();
        if more.is_empty() {
            break;
        }
        keep.extend(more);
    }
    encode_ids(&format!("{}.first", loc.code), loc, &keep.into_iter().collect::<Vec<_>>())
}

/// The file name of a first-paint pack: `locales/first/es.<hash>.bin`.
pub fn first_file_name(code: &str, bytes: &[u8]) -> String {
    format!("locales/first/{code}.{}.bin", &hash(bytes)[..12])
}

/// The code a later pack is wrapped with (so it can never be taken for a first pack).
pub fn later_code(code: &str) -> String {
    format!("{code}.more")
}

/// The two packs the app fetches: (first, later).
pub fn encode_split(loc: &Locale) -> (Vec<u8>, Vec<u8>) {
    let (first, later) = split_ids(loc);
    (encode_ids(&loc.code, loc, &first), encode_ids(&later_code(&loc.code), loc, &later))
}

/// `RUTAPACK`, u8 code length, code, u64 LE FNV-1a-64 of `payload`, `payload`.
pub fn wrap(code: &str, payload: &[u8]) -> Vec<u8> {
    assert!(code.len() < 256 && code.is_ascii(), "language code {code:?}");
    let mut out = PACK_MAGIC.to_vec();
    out.push(code.len() as u8);
    out.extend(code.as_bytes());
    out.extend(fnv1a(payload).to_le_bytes());
    out.extend(payload);
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// FNV-1a 64: a stable content hash for cache-busting file names.
pub fn hash(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a(bytes))
}

/// The file name a locale pack is served under, relative to the app: `locales/es.<hash>.bin`.
pub fn file_name(code: &str, bytes: &[u8]) -> String {
    format!("locales/{code}.{}.bin", &hash(bytes)[..12])
}

/// The file name of a later pack: `locales/more/es.<hash>.bin`.
pub fn later_file_name(code: &str, bytes: &[u8]) -> String {
    format!("locales/more/{code}.{}.bin", &hash(bytes)[..12])
}
