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

/// The pack of one language: its messages, wrapped with the language code and a checksum.
pub fn encode(loc: &Locale) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((loc.messages.len() as u32).to_le_bytes());
    for (id, (m, _, _)) in &loc.messages {
        put_str(&mut out, id);
        put_elems(&mut out, &m.elems);
    }
    wrap(&loc.code, &out)
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
