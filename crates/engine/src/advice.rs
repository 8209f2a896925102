//! Warnings that go with advice that can endanger her (issue 11 item 10).
//!
//! The data is `content/advice.toml` (checked and compiled by `crates/contentc/src/check_sources.rs`
//! into [`crate::data::WARNINGS`]). A warning is raised for a query when BOTH hold:
//! - the results show one of its `items` (a right or an action), or, in the official view where
//!   the responsible actors are shown, an action whose actors include one of its `actors`;
//! - she ticked one of its `situations`.
//!
//! Example: her consulate is suggested (R12, A17, A18 …) and she ticked asylum or LGBTI → she reads
//! "do not contact your consulate if you fear your government; it is told only if you ask".

use crate::data::WARNINGS;
use crate::query::{Query, Results};
use crate::state::Audience;

/// One warning of `content/advice.toml`. Its words are the messages `warning-<id>-title`,
/// `warning-<id>-woman` and `warning-<id>-official`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Warning {
    pub id: &'static str,
    /// She ticked one of these.
    pub situations: &'static [&'static str],
    /// Rights and actions that suggest the risky advice.
    pub items: &'static [&'static str],
    /// Actions with one of these responsible actors suggest it too (official view only).
    pub actors: &'static [&'static str],
}

impl Warning {
    /// The message id of its title.
    pub fn title_id(&self) -> String {
        format!("warning-{}-title", self.id)
    }
    /// The message id of its text for this audience.
    pub fn text_id(&self, audience: Audience) -> String {
        let who = if audience == Audience::Official { "official" } else { "woman" };
        format!("warning-{}-{who}", self.id)
    }
}

/// A warning raised for a query, with the shown items that raised it (in results order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raised {
    pub warning: &'static Warning,
    pub because_of: Vec<&'static str>,
}

/// The warnings for query `q` whose results are `r`, in content order. Pure: same input, same output.
pub fn raised(q: &Query, r: &Results) -> Vec<Raised> {
    WARNINGS
        .iter()
        .filter(|w| q.situations.iter().any(|s| w.situations.contains(s)))
        .filter_map(|w| {
            let rights = r.rights.iter().map(|h| h.item.id).filter(|id| w.items.contains(id));
            let actions = r.actions.iter().filter(|h| w.items.contains(&h.item.id) || (q.audience == Audience::Official && h.item.actors.iter().any(|a| w.actors.contains(a)))).map(|h| h.item.id);
            let because_of: Vec<&'static str> = rights.chain(actions).collect();
            (!because_of.is_empty()).then_some(Raised { warning: w, because_of })
        })
        .collect()
}

/// The warnings for query `q` whose results are `r` (see [`raised`] for why each was raised).
pub fn warnings(q: &Query, r: &Results) -> Vec<&'static Warning> {
    raised(q, r).into_iter().map(|x| x.warning).collect()
}
