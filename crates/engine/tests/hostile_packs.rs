//! Damaged language packs (issue 13 item 7): in the landed build 15 of 35 corruptions rendered
//! altered text silently. Every pack now carries its language code and a checksum; every kind of
//! damage below must be refused, and the intact packs accepted.

use ruta_engine::data::{EMBEDDED_LOCALES, LOCALE_CODES};
use ruta_engine::i18n::{self, decode_pack};
use ruta_engine::pack::{checksum, verify, verify_pack, wrap, PackError, MAGIC};

/// What the app does with the bytes it fetched: check, then decode.
fn accept(code: &str, bytes: &[u8]) -> Result<(), String> {
    let payload = verify(code, bytes)?;
    decode_pack(payload).map(|_| ())
}

fn pack(code: &str) -> &'static [u8] {
    EMBEDDED_LOCALES[LOCALE_CODES.iter().position(|c| *c == code).unwrap()]
}

/// The offset where the payload (the messages) starts.
fn payload_at(code: &str) -> usize {
    MAGIC.len() + 1 + code.len() + 8
}

fn flip(b: &[u8], at: usize, bit: u8) -> Vec<u8> {
    let mut v = b.to_vec();
    v[at] ^= 1 << bit;
    v
}

/// 35 kinds of damage, each named.
fn corruptions(code: &str, other: &str) -> Vec<(String, Vec<u8>)> {
    let good = pack(code);
    let n = good.len();
    let p = payload_at(code);
    let payload = &good[p..];
    let mut v: Vec<(String, Vec<u8>)> = vec![
        ("empty file".into(), vec![]),
        ("one byte".into(), good[..1].to_vec()),
        ("magic only".into(), good[..MAGIC.len()].to_vec()),
        ("cut inside the code".into(), good[..MAGIC.len() + 1].to_vec()),
        ("cut inside the checksum".into(), good[..p - 3].to_vec()),
        ("header only".into(), good[..p].to_vec()),
        ("cut after 100 bytes".into(), good[..p + 100].to_vec()),
        ("cut in half".into(), good[..n / 2].to_vec()),
        ("last byte missing".into(), good[..n - 1].to_vec()),
        ("one byte appended".into(), [good, &[0]].concat()),
        ("garbage appended".into(), [good, b"<html>".as_slice()].concat()),
        ("pack twice".into(), [good, good].concat()),
        ("bit flip in magic".into(), flip(good, 0, 0)),
        ("bit flip in code length".into(), flip(good, MAGIC.len(), 1)),
        ("bit flip in code".into(), flip(good, MAGIC.len() + 1, 5)),
        ("bit flip in checksum".into(), flip(good, p - 1, 7)),
        ("bit flip in message count".into(), flip(good, p + 8, 0)),
        ("bit flip in first id".into(), flip(good, p + 16, 2)),
        ("bit flip in the middle".into(), flip(good, n / 2, 3)),
        ("bit flip in last byte".into(), flip(good, n - 1, 0)),
        ("a digit changed in a text".into(), {
            // The kind of change that shows her a different number: one ASCII letter or digit.
            let mut v = good.to_vec();
            let i = (p + payload.len() / 3..n).find(|&i| v[i].is_ascii_alphanumeric()).unwrap();
            v[i] = if v[i] == b'1' { b'7' } else { b'1' };
            v
        }),
        ("two bytes swapped".into(), {
            let mut v = good.to_vec();
            let i = (n * 2 / 3..n - 1).find(|&i| v[i] != v[i + 1]).unwrap();
            v.swap(i, i + 1);
            v
        }),
        ("a block zeroed".into(), {
            let mut v = good.to_vec();
            v[n / 3..n / 3 + 64].fill(0);
            v
        }),
        ("a block of 0xFF".into(), {
            let mut v = good.to_vec();
            v[n / 4..n / 4 + 16].fill(0xFF);
            v
        }),
        ("the other language's pack".into(), pack(other).to_vec()),
        ("the other language's payload under this code".into(), [&good[..p], &pack(other)[payload_at(other)..]].concat()),
        ("relabelled with the other code".into(), wrap(other, payload)),
        ("the old unchecked format".into(), payload.to_vec()),
        ("HTML error page".into(), b"<!DOCTYPE html><html><body>404 Not Found</body></html>".to_vec()),
        ("JSON".into(), b"{\"error\":\"offline\"}".to_vec()),
        ("gzip bytes served undecoded".into(), [&[0x1f, 0x8b, 0x08, 0x00][..], &good[..200]].concat()),
        ("all zeros of the right length".into(), vec![0; n]),
        ("UTF-8 BOM prepended".into(), [&[0xEF, 0xBB, 0xBF][..], good].concat()),
        ("a text changed, checksum recomputed for other code".into(), {
            let mut body = payload.to_vec();
            let i = body.len() / 2;
            body[i] ^= 1;
            wrap(other, &body)
        }),
        ("upper-case code".into(), wrap(&code.to_uppercase(), payload)),
    ];
    v.dedup_by(|a, b| a.1 == b.1);
    v
}

#[test]
fn intact_packs_are_accepted() {
    for code in i18n::languages() {
        accept(code, pack(code)).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(checksum(&pack(code)[payload_at(code)..]).to_le_bytes(), pack(code)[payload_at(code) - 8..payload_at(code)]);
    }
}

#[test]
fn thirty_five_kinds_of_damage_are_all_refused() {
    let langs: Vec<&str> = i18n::languages().collect();
    for (i, code) in langs.iter().enumerate() {
        let other = langs[(i + 1) % langs.len()];
        let list = corruptions(code, other);
        assert_eq!(list.len(), 35, "{code}: 35 distinct corruptions");
        for (what, bytes) in &list {
            assert!(accept(code, bytes).is_err(), "{code}: {what} was accepted");
        }
    }
    assert_eq!(verify_pack("es", pack("en")), Err(PackError::WrongLanguage { expected: "es".into(), found: "en".into() }));
    assert_eq!(verify_pack("es", &pack("es")[..40]), Err(PackError::Damaged));
}

#[test]
fn every_single_bit_flip_in_the_header_and_thousands_in_the_body_are_refused() {
    let good = pack("es");
    let p = payload_at("es");
    let mut positions: Vec<usize> = (0..p + 16).collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..1000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        positions.push(p + (x as usize) % (good.len() - p));
    }
    for at in positions {
        for bit in 0..8 {
            assert!(verify("es", &flip(good, at, bit)).is_err(), "bit {bit} of byte {at}");
        }
    }
}

#[test]
fn the_app_registers_no_damaged_pack() {
    // `register` is what the app calls with the bytes it fetched. Use a language nothing in this
    // test binary has loaded: a damaged pack must not be kept.
    let bad = flip(pack("ht"), pack("ht").len() / 2, 4);
    assert!(i18n::register("ht", &bad).is_err());
    assert!(!i18n::is_loaded("ht"));
    assert!(i18n::register("pt", pack("fr")).is_err(), "a French pack is not Portuguese");
    assert!(!i18n::is_loaded("pt"));
}
