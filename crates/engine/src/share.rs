//! "Open this screen on your phone": a QR code of a link, drawn as one SVG path.
//! Encoding is done by `qrcodegen` (Project Nayuki's reference implementation).

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code as an SVG `viewBox` size and a path of 1×1 squares (dark modules), with a 4-module
/// quiet zone. `None` if the text is too long for a QR code.
pub fn qr_svg_path(text: &str) -> Option<(u32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    let quiet = 4;
    let mut d = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if qr.get_module(x, y) {
                // Merge runs of dark modules on a row into one rectangle.
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                d.push_str(&format!("M{} {}h{}v1h-{}z", start + quiet, y + quiet, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(((n + 2 * quiet) as u32, d))
}

/// The dark/light matrix of the QR code for `text` (tests decode it back).
pub fn qr_modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some((0..qr.size()).map(|y| (0..qr.size()).map(|x| qr.get_module(x, y)).collect()).collect())
}
