//! Digits a phone keypad sends for a shown number, letters as on the keypad (1-800-FLOWERS).
//! Used by the overlay check at run time and, through `#[path]`, by the content compiler at build
//! time, so a `tel` is judged by the same rule in both places.

pub fn keypad_digits(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c.to_ascii_uppercase() {
            d @ '0'..='9' => Some(d),
            'A'..='C' => Some('2'),
            'D'..='F' => Some('3'),
            'G'..='I' => Some('4'),
            'J'..='L' => Some('5'),
            'M'..='O' => Some('6'),
            'P'..='S' => Some('7'),
            'T'..='V' => Some('8'),
            'W'..='Z' => Some('9'),
            _ => None,
        })
        .collect()
}
