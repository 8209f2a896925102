//! The answer at a glance: the two or three things to do now and her one to three key contacts,
//! ranked from what her situations and phase make most urgent. The results screen shows these
//! first, under the danger box; everything else follows in sections, one tap away.
//!
//! Pure: a query and its [`Results`] in, ids out — tested natively (`tests/glance.rs`).
//!
//! Ranking, in plain words (no new data: it reads the content as it is):
//! 1. Urgency follows the order of `content/situations.toml` (violence, trafficking, pregnancy, …):
//!    her most urgent situation is the first of hers in that file.
//! 2. If a confirmed line with a number to dial serves one of her situations (women's line,
//!    trafficking line, child protection, asylum office…) and is not already in the danger box,
//!    "call it" is the first step — the most urgent situation's line first, a 24-hour line before
//!    one with limited hours.
//! 3. Then the things she can ask for (woman view) that the rules bring for her most urgent
//!    situation in her phase, then those for her next situations; ties go to what more of her
//!    situations bring, then immediate care before referral before detection, then content order.
//!    Items that apply to everyone come only when nothing more specific is left.
//! 4. Key contacts: lines that serve her situations directly, then general help (never an
//!    enforcement authority such as migration), at most three — none whose number the danger box
//!    already shows, and not the line of step 2 again (its call is already on the first screen).

use crate::data::{msg, Action, Contact, Hours, Kind, LineKind, Phone, PhoneLabel, Step, SITUATIONS};
use crate::query::{matching_rules, Query, Results};

/// One thing to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoNow {
    /// Call this line (a confirmed contact that serves her situation).
    Call(&'static Contact),
    /// Ask for this (an action of the woman view).
    Ask(&'static Action),
}

impl DoNow {
    /// A stable id for tests and `data-id`: `call:<contact>` or `ask:<action>`.
    pub fn id(&self) -> String {
        match self {
            DoNow::Call(c) => format!("call:{}", c.id),
            DoNow::Ask(a) => format!("ask:{}", a.id),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Glance {
    /// Two or three steps (fewer only when the content has fewer).
    pub now: Vec<DoNow>,
    /// One to three contacts (none without a country or when none is shown).
    pub key_contacts: Vec<&'static Contact>,
}

/// How many steps "What to do now" shows at most.
pub const MAX_STEPS: usize = 3;
/// How many key contacts at most.
pub const MAX_CONTACTS: usize = 3;

/// Position of a situation in content order (its urgency: lower is more urgent).
fn urgency(s: &str) -> usize {
    SITUATIONS.iter().position(|x| x.id == s).unwrap_or(usize::MAX)
}

/// Whether a danger line's service name says more than the label of what the line is: not when it
/// is empty or only repeats the label's start ("Emergencias" beside "Emergencias (policía,
/// bomberos, ambulancia)"). The app and the pre-wasm boxes both ask this, so they show the same.
pub fn name_adds(what: &str, name: &str) -> bool {
    let (w, n) = (what.trim().to_lowercase(), name.trim().to_lowercase());
    !n.is_empty() && !w.starts_with(&n)
}

/// The first number a `tel:` link can dial (main or other line, not TTY/SMS/old).
pub fn dial(c: &Contact) -> Option<&'static str> {
    c.phones.iter().find(|p| matches!(p.label, PhoneLabel::Main | PhoneLabel::Other)).map(|p| p.tel)
}

/// The message that says what a danger line is ("Emergencies (police, fire, ambulance)").
pub fn line_label(what: LineKind) -> &'static str {
    match what {
        LineKind::Emergency => msg::DANGER_LINE_EMERGENCY,
        LineKind::Police => msg::DANGER_LINE_POLICE,
        LineKind::Medical => msg::DANGER_LINE_MEDICAL,
        LineKind::Fire => msg::DANGER_LINE_FIRE,
        LineKind::Women => msg::DANGER_LINE_WOMEN,
        LineKind::SexualViolence => msg::DANGER_LINE_SEXUAL_VIOLENCE,
        LineKind::Trafficking => msg::DANGER_LINE_TRAFFICKING,
        LineKind::Child => msg::DANGER_LINE_CHILD,
        LineKind::Information => msg::DANGER_LINE_INFORMATION,
    }
}

/// The number as the source published it, without a leading service name ("PNC: 110" → "110").
pub fn shown_number(p: &Phone) -> &'static str {
    match p.number.split_once(": ") {
        Some((name, rest)) if !name.chars().any(|c| c.is_ascii_digit()) => rest,
        _ => p.number,
    }
}

/// The first sentence of a text (an item's "one line"), and whether more follows.
pub fn first_sentence(text: &str) -> (String, bool) {
    let mut start = 0;
    while let Some(i) = text[start..].find(['.', '?', '!', '。']) {
        let end = start + i + text[start + i..].chars().next().map(char::len_utf8).unwrap_or(1);
        let rest = &text[end..];
        // A sentence ends at punctuation followed by a space and more text (not "art. 9").
        if rest.starts_with(' ') && end > 24 && rest.trim().chars().next().is_some_and(|c| c.is_uppercase() || c == '¿' || c == '¡' || c == '«' || c == '"') {
            return (text[..end].to_string(), true);
        }
        start = end;
    }
    (text.to_string(), false)
}

fn step_order(s: Step) -> u8 {
    match s {
        Step::Care => 0,
        Step::Refer => 1,
        Step::Detect => 2,
    }
}

/// Her situations, most urgent first.
fn by_urgency<'a>(q: &'a Query) -> Vec<&'a str> {
    let mut s: Vec<&str> = q.situations.to_vec();
    s.sort_by_key(|x| urgency(x));
    s
}

/// A line that helps her: not an enforcement authority (migration…), not an information or
/// civil-protection number, and in her view only what is meant for her.
fn helps(q: &Query, c: &Contact) -> bool {
    !matches!(c.kind, Kind::MigrationAuthority | Kind::Information) && !c.enforcement && (q.audience == crate::state::Audience::Official || c.for_woman())
}

/// Is this contact's number already in the danger box?
fn in_danger_box(r: &Results, c: &Contact) -> bool {
    dial(c).is_some_and(|t| r.danger.iter().any(|l| l.phone.tel == t))
}

/// The specialised line for her: a confirmed, dialable contact serving her most urgent situation
/// that has one, not already in the danger box. `results.contacts` is already filtered to what she
/// may see.
pub fn specialised_line(q: &Query, r: &Results) -> Option<&'static Contact> {
    for s in by_urgency(q) {
        let mut lines: Vec<&'static Contact> = r
            .contacts
            .iter()
            .copied()
            .filter(|c| c.confirmed() && c.situations.contains(&s) && dial(c).is_some() && helps(q, c) && !in_danger_box(r, c))
            .collect();
        // Stable: a 24-hour line first, otherwise the order the engine gave.
        lines.sort_by_key(|c| c.hours != Hours::Always);
        if let Some(c) = lines.first() {
            return Some(c);
        }
    }
    None
}

pub fn glance(q: &Query, r: &Results) -> Glance {
    let mut g = Glance::default();
    let line = specialised_line(q, r);
    if let Some(c) = line {
        g.now.push(DoNow::Call(c));
    }

    // Each action she may ask for: (urgency of the most urgent of her situations that brings it,
    // how many of hers bring it, step, content position).
    let sits = by_urgency(q);
    let rules: Vec<_> = matching_rules(q).collect();
    let mut ranked: Vec<(usize, usize, u8, usize, &'static Action)> = r
        .actions
        .iter()
        .enumerate()
        .filter(|(_, h)| !h.cross_cutting)
        .map(|(pos, h)| {
            let bringers: Vec<&str> = rules.iter().filter(|rule| rule.actions.contains(&h.item.id)).map(|rule| rule.situation).collect();
            let best = sits.iter().position(|s| bringers.contains(s)).unwrap_or(usize::MAX);
            let count = sits.iter().filter(|s| bringers.contains(s)).count();
            (best, usize::MAX - count, step_order(h.item.step), pos, h.item)
        })
        .collect();
    ranked.sort_by_key(|x| (x.0, x.1, x.2, x.3));
    let cross = r.actions.iter().filter(|h| h.cross_cutting).map(|h| h.item);
    for a in ranked.into_iter().map(|x| x.4).chain(cross) {
        if g.now.len() >= MAX_STEPS {
            break;
        }
        g.now.push(DoNow::Ask(a));
    }

    // Key contacts: the line, then lines serving her situations (most urgent first), then general.
    let mut keys: Vec<&'static Contact> = line.into_iter().collect();
    let usable = |c: &Contact| c.kind != Kind::Emergency && dial(c).is_some() && helps(q, c) && !in_danger_box(r, c);
    for s in &sits {
        for c in r.contacts.iter().copied().filter(|c| usable(c) && c.situations.contains(s)) {
            if !keys.iter().any(|k| k.id == c.id) {
                keys.push(c);
            }
        }
    }
    for c in r.contacts.iter().copied().filter(|c| usable(c) && c.situations.is_empty()) {
        if !keys.iter().any(|k| k.id == c.id) {
            keys.push(c);
        }
    }
    // The line of step 2 already has its call on the first screen: no second card for it.
    if line.is_some() {
        keys.remove(0);
    }
    keys.truncate(MAX_CONTACTS);
    g.key_contacts = keys;
    g
}
