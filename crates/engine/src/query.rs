//! The engine: a query (phase × situations × country × audience) → ordered results.
//! Pure data in, data out; no browser APIs, so it is tested natively with `cargo test`.

use crate::data::{self, Action, Contact, Hours, Inferred, Kind, LineKind, Phone, PhoneLabel, Right, Rule, Step, CONTACTS, CROSS_ACTIONS, CROSS_RIGHTS, PHASES, RULES};
use crate::state::{Audience, State};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Query<'a> {
    pub phase: Option<&'a str>,
    pub situations: &'a [&'a str],
    pub country: Option<&'a str>,
    pub audience: Audience,
}

impl<'a> From<&'a State> for Query<'a> {
    fn from(s: &'a State) -> Self {
        Query { phase: s.phase, situations: &s.situations, country: s.country, audience: s.audience }
    }
}

/// An item in the results and how it got there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<T: 'static> {
    pub item: &'static T,
    /// How sure the link to this phase × situation is (the best of the rules that brought it).
    pub inferred: Inferred,
    /// Brought only by the cross-cutting list (applies to everyone).
    pub cross_cutting: bool,
}

/// One number in the danger box: what the line is, whose it is, and the number to dial.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DangerLine {
    /// What the line is (general emergency, police, medical, women's 24-hour line …): label it so.
    pub what: LineKind,
    pub contact: &'static Contact,
    /// The number; `phone.tel` is what the button dials, `phone.number` what the source published.
    pub phone: &'static Phone,
    /// The number could not be confirmed. In her view this happens only when it is the country's
    /// only emergency number; show it with the plain caveat (`danger-caveat`).
    pub caveat: bool,
}

/// Situations whose specialised 24-hour line sits in the danger box, and the line that serves each.
const SPECIALISED: &[(&str, LineKind)] =
    &[("violence", LineKind::Women), ("violence", LineKind::SexualViolence), ("trafficking", LineKind::Trafficking), ("children", LineKind::Child), ("unaccompanied", LineKind::Child)];

/// What a contact's lines are when its phones do not say otherwise.
fn line_of(c: &Contact) -> Option<LineKind> {
    match c.kind {
        Kind::Emergency => Some(LineKind::Emergency),
        Kind::GbvHotline | Kind::WomenInstitution => Some(LineKind::Women),
        Kind::TraffickingHotline => Some(LineKind::Trafficking),
        Kind::ChildProtection => Some(LineKind::Child),
        _ => None,
    }
}

/// The danger box of a country: every number she can call now, in this order — the general
/// emergency number (or the police and medical numbers where there is no single one), then the
/// 24-hour lines that serve her situations (violence → women's line, trafficking → trafficking
/// line, children → child line). Only emergency services and 24-hour national violence /
/// trafficking / child lines whose number two independent publishers give; fire, information and civil-protection numbers go to the contacts
/// list. Never empty for a country of the pack: when no emergency number is confirmed, her view
/// still shows the country's emergency numbers, each with `caveat`.
///
/// Pure and cheap: usable without a full query (e.g. to write static HTML at build time).
pub fn danger_lines(country: &str, situations: &[&str], audience: Audience) -> Vec<DangerLine> {
    let Some(country) = data::country(country) else { return vec![] };
    let official = audience == Audience::Official;
    let of_country = || CONTACTS.iter().filter(move |c| c.country == country && (official || !c.official_only));
    let callable = |p: &Phone| matches!(p.label, PhoneLabel::Main | PhoneLabel::Other) && p.dialable();
    let mut out: Vec<DangerLine> = vec![];
    let push = |out: &mut Vec<DangerLine>, l: DangerLine| {
        if !out.iter().any(|x| x.phone.tel == l.phone.tel) {
            out.push(l);
        }
    };

    // 1. Emergency services.
    let emergency_phones = |confirmed: bool| {
        let mut v: Vec<DangerLine> = vec![];
        for c in of_country().filter(|c| c.kind == Kind::Emergency && c.region.is_none() && c.confirmed() == confirmed) {
            for p in c.phones.iter().filter(|p| callable(p)) {
                let what = match (p.line, p.label) {
                    (Some(l), _) => l,
                    (None, PhoneLabel::Main) => LineKind::Emergency,
                    (None, _) => continue,
                };
                if matches!(what, LineKind::Emergency | LineKind::Police | LineKind::Medical) {
                    v.push(DangerLine { what, contact: c, phone: p, caveat: !confirmed });
                }
            }
        }
        v
    };
    let mut general = emergency_phones(true);
    if general.is_empty() || official {
        general.extend(emergency_phones(false));
    }
    general.sort_by_key(|l| (l.caveat, l.what));
    for l in general {
        push(&mut out, l);
    }

    // 2. Her specialised 24-hour lines, in the order of SPECIALISED.
    let mut special: Vec<DangerLine> = vec![];
    for (sit, what) in SPECIALISED.iter().filter(|(s, _)| situations.contains(s)) {
        let lines = of_country()
            .filter(|c| c.kind != Kind::Emergency && c.hours == Hours::Always && c.region.is_none() && !c.enforcement)
            .filter(|c| c.situations.contains(sit) && (official || c.confirmed()))
            // A specialised line enters the box only when two independent publishers give its
            // number (issue 18): a number read once stays in the contacts list, marked so.
            .flat_map(|c| c.phones.iter().filter(|p| p.label == PhoneLabel::Main && callable(p) && p.publishers() >= 2).map(move |p| (c, p)))
            .filter(|(c, p)| p.line.or(line_of(c)) == Some(*what));
        for (c, p) in lines {
            special.push(DangerLine { what: *what, contact: c, phone: p, caveat: !c.confirmed() });
        }
    }
    // Confirmed lines first within each kind, then content order (stable sort).
    special.sort_by_key(|l| (l.what, l.caveat));
    for l in special {
        push(&mut out, l);
    }
    out
}

/// Situations in which an immigration enforcement agency is never offered to her as help.
pub const ENFORCEMENT_RISK: &[&str] = &["no-documents", "detention"];

/// An immigration enforcement agency is not a place to go for help for a woman without papers or
/// detained: it is kept out of her view unless it serves another of her situations (e.g. asylum,
/// where she may need it to file), and then its card carries the plain warning.
pub fn unsafe_enforcement(c: &Contact, situations: &[&str]) -> bool {
    c.enforcement
        && situations.iter().any(|s| ENFORCEMENT_RISK.contains(s))
        && !c.situations.iter().any(|s| !ENFORCEMENT_RISK.contains(s) && situations.contains(s))
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// The danger box: numbers to call now, in order (see [`danger_lines`]). Empty without a country.
    pub danger: Vec<DangerLine>,
    /// Emergency contacts of the country, confirmed ones first. Empty without a country.
    /// Prefer `danger`, which says what each number is and is never empty for a country.
    pub emergency: Vec<&'static Contact>,
    pub rights: Vec<Hit<Right>>,
    pub actions: Vec<Hit<Action>>,
    /// Other contacts of the country that serve her situations.
    pub contacts: Vec<&'static Contact>,
    /// Contacts of this country kept out of the woman's view because they are unconfirmed.
    pub hidden_unconfirmed: usize,
    /// Contacts kept out of her view because they are immigration enforcement and she has no
    /// papers or is detained (they are not a place to go for help).
    pub hidden_enforcement: usize,
}

impl Results {
    /// Actions of one referral step, in relevance order.
    pub fn actions_in(&self, step: Step) -> impl Iterator<Item = &Hit<Action>> {
        self.actions.iter().filter(move |a| a.item.step == step)
    }
}

/// The rules that apply: every chosen situation in the chosen phase, or in every phase when no
/// phase was chosen. Order: situations as chosen, then phases in content order.
pub fn matching_rules<'a>(q: &'a Query<'a>) -> impl Iterator<Item = &'static Rule> + 'a {
    q.situations.iter().flat_map(move |s| {
        PHASES.iter().filter(move |p| q.phase.is_none_or(|qp| qp == p.id)).flat_map(move |p| RULES.iter().filter(move |r| r.phase == p.id && r.situation == *s))
    })
}

struct Ranked<T: 'static> {
    item: &'static T,
    count: usize,
    first: usize,
    inferred: Inferred,
    cross: bool,
}

fn rank<T>(lists: impl Iterator<Item = (&'static [&'static str], Inferred)>, cross: &[&'static str], find: impl Fn(&str) -> Option<&'static T>, keep: impl Fn(&T) -> bool) -> Vec<Hit<T>> {
    let mut out: Vec<Ranked<T>> = vec![];
    let mut seen = 0;
    let mut add = |id: &str, inf: Inferred, cross: bool, out: &mut Vec<Ranked<T>>| {
        let Some(item) = find(id) else { return };
        if !keep(item) {
            return;
        }
        seen += 1;
        if let Some(r) = out.iter_mut().find(|r| std::ptr::eq(r.item, item)) {
            if !cross {
                r.count += 1;
                r.inferred = r.inferred.min(inf);
                r.cross = false;
            }
        } else {
            out.push(Ranked { item, count: usize::from(!cross), first: seen, inferred: inf, cross });
        }
    };
    for (ids, inf) in lists {
        for id in ids {
            add(id, inf, false, &mut out);
        }
    }
    for id in cross {
        add(id, Inferred::No, true, &mut out);
    }
    // More matching situations first; ties keep the order the content gives.
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
    out.into_iter().map(|r| Hit { item: r.item, inferred: r.inferred, cross_cutting: r.cross }).collect()
}

pub fn evaluate(q: &Query) -> Results {
    let rules: Vec<&Rule> = matching_rules(q).collect();
    let rights = rank(rules.iter().map(|r| (r.rights, r.inferred)), CROSS_RIGHTS, data::right, |_| true);
    let actions = rank(
        rules.iter().map(|r| (r.actions, r.inferred)),
        CROSS_ACTIONS,
        data::action,
        |a| match q.audience {
            Audience::Woman => a.for_woman,
            Audience::Official => a.for_official,
        },
    );

    let mut res = Results { rights, actions, ..Default::default() };
    let Some(country) = q.country.and_then(data::country) else { return res };
    res.danger = danger_lines(country, q.situations, q.audience);
    let official = q.audience == Audience::Official;
    let visible = |c: &Contact| official || c.for_woman();
    let unsafe_for_her = |c: &Contact| !official && unsafe_enforcement(c, q.situations);
    let serves = |c: &Contact| q.situations.is_empty() || c.situations.is_empty() || c.situations.iter().any(|s| q.situations.contains(s));
    let of_country = CONTACTS.iter().filter(|c| c.country == country);
    // Kept for officials (a closed programme) is not "unconfirmed": not counted here.
    res.hidden_unconfirmed = of_country.clone().filter(|c| !visible(c) && !c.official_only).count();
    res.hidden_enforcement = of_country.clone().filter(|c| visible(c) && unsafe_for_her(c)).count();
    let mut emergency: Vec<&Contact> = of_country.clone().filter(|c| c.kind == Kind::Emergency && visible(c)).collect();
    emergency.sort_by_key(|c| (!c.confirmed(), c.confidence));
    let mut contacts: Vec<&Contact> = of_country.filter(|c| c.kind != Kind::Emergency && visible(c) && !unsafe_for_her(c) && serves(c)).collect();
    // Lines that serve one of her situations directly come before general institutions.
    contacts.sort_by_key(|c| (!c.confirmed(), c.situations.is_empty(), c.kind, c.confidence));
    res.emergency = emergency;
    res.contacts = contacts;
    res
}
