//! Checking a language pack before it is decoded (issue 13 item 7): a pack carries its language
//! code and a checksum of its messages, so a truncated download, a damaged cache entry or the
//! pack of another language is refused instead of silently showing altered text.
//!
//! Wrapped format (written by `ruta-contentc/src/pack.rs`): `RUTAPACK`, u8 code length, the code
//! (ASCII), u64 little-endian FNV-1a-64 of the payload, then the payload (`RUTAMSG1…`, decoded by
//! [`crate::i18n::decode_pack`]). FNV-1a changes its state bijectively at every byte, so any
//! change of one byte, any truncation and any appended byte changes the checksum.

pub const MAGIC: &[u8; 8] = b"RUTAPACK";

/// FNV-1a 64 of `bytes`.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Why a pack was refused (shown in the console; the app tells her the language could not load).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    NotAPack,
    Truncated,
    WrongLanguage { expected: String, found: String },
    Damaged,
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::NotAPack => write!(f, "not a Ruta language pack"),
            PackError::Truncated => write!(f, "language pack is cut short"),
            PackError::WrongLanguage { expected, found } => write!(f, "language pack is for {found:?}, not {expected:?}"),
            PackError::Damaged => write!(f, "language pack is damaged (checksum mismatch)"),
        }
    }
}

/// Check that `bytes` is the intact pack of language `code`; return its payload.
pub fn verify<'a>(code: &str, bytes: &'a [u8]) -> Result<&'a [u8], String> {
    verify_pack(code, bytes).map_err(|e| e.to_string())
}

pub fn verify_pack<'a>(code: &str, bytes: &'a [u8]) -> Result<&'a [u8], PackError> {
    if bytes.len() < MAGIC.len() {
        return Err(if MAGIC.starts_with(bytes) { PackError::Truncated } else { PackError::NotAPack });
    }
    if !bytes.starts_with(MAGIC) {
        return Err(PackError::NotAPack);
    }
    let rest = &bytes[MAGIC.len()..];
    let (&n, rest) = rest.split_first().ok_or(PackError::Truncated)?;
    let found = rest.get(..n as usize).ok_or(PackError::Truncated)?;
    let rest = &rest[n as usize..];
    if found != code.as_bytes() {
        return Err(PackError::WrongLanguage { expected: code.into(), found: String::from_utf8_lossy(found).into_owned() });
    }
    let sum = rest.get(..8).ok_or(PackError::Truncated)?;
    let payload = &rest[8..];
    let sum = u64::from_le_bytes(sum.try_into().map_err(|_| PackError::Truncated)?);
    if checksum(payload) != sum {
        return Err(PackError::Damaged);
    }
    Ok(payload)
}

/// Wrap a payload as the pack of `code` (the content compiler does the same; used by tests).
pub fn wrap(code: &str, payload: &[u8]) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.push(code.len() as u8);
    out.extend(code.as_bytes());
    out.extend(checksum(payload).to_le_bytes());
    out.extend(payload);
    out
}
