//! The engine: a query (phase × situations × country × audience) → ordered results.
//! Pure data in, data out; no browser APIs, so it is tested natively with `cargo test`.

use crate::data::{self, Action, Contact, Inferred, Kind, Right, Rule, Step, CONTACTS, CROSS_ACTIONS, CROSS_RIGHTS, PHASES, RULES};
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

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Emergency numbers of the country, confirmed ones first. Empty without a country.
    pub emergency: Vec<&'static Contact>,
    pub rights: Vec<Hit<Right>>,
    pub actions: Vec<Hit<Action>>,
    /// Other contacts of the country that serve her situations.
    pub contacts: Vec<&'static Contact>,
    /// Contacts of this country kept out of the woman's view because they are unconfirmed.
    pub hidden_unconfirmed: usize,
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
    let Some(country) = q.country else { return res };
    let visible = |c: &Contact| q.audience == Audience::Official || c.confirmed();
    let serves = |c: &Contact| q.situations.is_empty() || c.situations.is_empty() || c.situations.iter().any(|s| q.situations.contains(s));
    let of_country = CONTACTS.iter().filter(|c| c.country == country);
    res.hidden_unconfirmed = of_country.clone().filter(|c| !visible(c)).count();
    let mut emergency: Vec<&Contact> = of_country.clone().filter(|c| c.kind == Kind::Emergency && visible(c)).collect();
    emergency.sort_by_key(|c| (!c.confirmed(), c.confidence));
    let mut contacts: Vec<&Contact> = of_country.filter(|c| c.kind != Kind::Emergency && visible(c) && serves(c)).collect();
    // Lines that serve one of her situations directly come before general institutions.
    contacts.sort_by_key(|c| (!c.confirmed(), c.situations.is_empty(), c.kind, c.confidence));
    res.emergency = emergency;
    res.contacts = contacts;
    res
}
