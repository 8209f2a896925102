//! How many of the numbers a woman sees have two independent sources (issue 18).
//!
//! "Her view" follows the engine: a contact that is verified, not low-confidence and not kept for
//! officials only; plus the country's emergency numbers when none of them is confirmed (she still
//! sees them, with a caveat). A number counts once per contact; a former number or a fax is not
//! shown to her. Two sources are independent when their publishers differ.

use crate::model::{CountryContact, Pack, Phone};

/// One number she sees, and how many publishers give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenNumber {
    pub country: String,
    pub contact: String,
    pub number: String,
    pub publishers: usize,
    /// A 24-hour specialised line (violence, trafficking, children) that would be in her danger
    /// box with a second publisher: the engine keeps a number read once out of it.
    pub danger_candidate: bool,
}

/// Kinds whose 24-hour main number is a danger-box line (see `ruta_engine::query::danger_lines`).
const SPECIALISED: &[&str] = &["gbv_hotline", "women_institution", "trafficking_hotline", "child_protection"];

fn confirmed(c: &CountryContact) -> bool {
    let x = &c.contact;
    x.status == "verified" && x.confidence != "low" && !x.official_only
}

fn shown(p: &Phone) -> bool {
    p.label != "old" && p.label != "fax"
}

/// Every number in her view, in file order.
pub fn her_numbers(pack: &Pack) -> Vec<SeenNumber> {
    let mut out = vec![];
    for c in &pack.contacts {
        let no_confirmed_emergency = !pack.contacts.iter().any(|o| o.country == c.country && o.contact.kind == "emergency" && confirmed(o));
        let visible = confirmed(c) || (c.contact.kind == "emergency" && !c.contact.official_only && no_confirmed_emergency);
        if !visible {
            continue;
        }
        for p in c.contact.phones.iter().filter(|p| shown(p)) {
            let mut pubs: Vec<&str> = p.sources.iter().filter_map(|u| c.contact.sources.iter().find(|s| &s.url == u)).map(|s| s.publisher.as_str()).collect();
            pubs.sort_unstable();
            pubs.dedup();
            let x = &c.contact;
            let danger_candidate = x.hours == "24/7" && x.region.is_none() && !x.enforcement && p.label == "main" && SPECIALISED.contains(&x.kind.as_str());
            out.push(SeenNumber { country: c.country.clone(), contact: x.id.get_ref().clone(), number: p.number.clone(), publishers: pubs.len(), danger_candidate });
        }
    }
    out
}

/// Per country (in the pack's order): (country, numbers in her view, numbers with ≥ 2 publishers).
pub fn two_source_table(pack: &Pack) -> Vec<(String, usize, usize)> {
    let seen = her_numbers(pack);
    pack.countries
        .iter()
        .map(|c| {
            let code = c.code.get_ref();
            let mine: Vec<&SeenNumber> = seen.iter().filter(|s| &s.country == code).collect();
            (code.clone(), mine.len(), mine.iter().filter(|s| s.publishers >= 2).count())
        })
        .collect()
}

/// The table as text (Markdown), with the total and the numbers that have one source only.
pub fn report(pack: &Pack) -> String {
    let rows = two_source_table(pack);
    let mut o = String::from("| country | numbers in her view | two independent sources |\n|---|---|---|\n");
    let (mut n, mut two) = (0, 0);
    for (c, a, b) in &rows {
        o.push_str(&format!("| {c} | {a} | {b} |\n"));
        n += a;
        two += b;
    }
    let pct = if n == 0 { 0 } else { two * 100 / n };
    o.push_str(&format!("| all | {n} | {two} ({pct} %) |\n\nOne source only (marked so in the official view):\n"));
    for s in her_numbers(pack).iter().filter(|s| s.publishers < 2) {
        let note = if s.danger_candidate { " — a 24-hour line kept out of the danger box until a second publisher gives it" } else { "" };
        o.push_str(&format!("- {} {} \"{}\"{note}\n", s.country, s.contact, s.number));
    }
    o
}
