//! Training scenarios for new staff (issue 17): cases written as data (`content/scenarios.toml`,
//! texts in `locales/*/toolkit.ftl`), four multiple-choice questions each, graded here, with
//! feedback drawn from the engine's own answer for the case (official view) and its legal basis.
//!
//! The build (`ruta-contentc/src/check_scenarios.rs`) refuses a scenario whose expected answers
//! the engine does not give; `tests/scenarios.rs` checks the same against [`evaluate`] itself.
//! Progress lives in memory only ([`Progress`]); its summary carries no names.

use crate::data::{self, Action, Contact, Right, Step};
use crate::query::{evaluate, Query, Results};
use crate::state::Audience;

pub use crate::data::SCENARIOS;

/// How many detect steps and how many care steps count as "the first steps".
pub const FIRST_PER_STEP: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scenario {
    pub id: &'static str,
    pub country: &'static str,
    pub phase: &'static str,
    pub situations: &'static [&'static str],
    pub detect_distractors: &'static [&'static str],
    pub rights: &'static [&'static str],
    pub rights_distractors: &'static [&'static str],
    pub first_steps: &'static [&'static str],
    pub steps_distractors: &'static [&'static str],
    pub refer: &'static [&'static str],
    pub refer_distractors: &'static [&'static str],
}

/// The four questions of every scenario, in the order they are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Detect,
    Rights,
    FirstSteps,
    Refer,
}

impl Question {
    pub const ALL: [Question; 4] = [Question::Detect, Question::Rights, Question::FirstSteps, Question::Refer];
    pub fn id(self) -> &'static str {
        match self {
            Question::Detect => "detect",
            Question::Rights => "rights",
            Question::FirstSteps => "first-steps",
            Question::Refer => "refer",
        }
    }
}

/// One option of a question: an id and the message that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub message: String,
    pub correct: bool,
}

pub fn scenario(id: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.id == id)
}

impl Scenario {
    fn lists(&self, q: Question) -> (&'static [&'static str], &'static [&'static str]) {
        match q {
            Question::Detect => (self.situations, self.detect_distractors),
            Question::Rights => (self.rights, self.rights_distractors),
            Question::FirstSteps => (self.first_steps, self.steps_distractors),
            Question::Refer => (self.refer, self.refer_distractors),
        }
    }

    /// The options, correct ones and distractors mixed in a fixed order (sorted by id, so the
    /// place of an option says nothing about whether it is right).
    pub fn choices(&self, q: Question) -> Vec<Choice> {
        let (right, wrong) = self.lists(q);
        let msg = |id: &str| match q {
            Question::Detect => format!("situation-{id}"),
            Question::Rights => format!("right-{id}-title"),
            Question::FirstSteps => format!("action-{id}-title"),
            Question::Refer => format!("contact-{id}-name"),
        };
        let mut v: Vec<Choice> = right.iter().map(|id| Choice { id, message: msg(id), correct: true }).chain(wrong.iter().map(|id| Choice { id, message: msg(id), correct: false })).collect();
        crate::small_sort::by(&mut v, |a, b| a.id < b.id);
        v
    }

    /// Grade an answer: right when every correct option and no distractor was chosen.
    pub fn grade(&self, q: Question, chosen: &[&str]) -> Grade {
        let (right, wrong) = self.lists(q);
        let missed: Vec<&'static str> = right.iter().copied().filter(|x| !chosen.contains(x)).collect();
        let wrongly: Vec<&'static str> = wrong.iter().copied().filter(|x| chosen.contains(x)).collect();
        Grade { question: q, correct: missed.is_empty() && wrongly.is_empty(), missed, wrongly_chosen: wrongly }
    }

    /// The engine's answer for this case, official view.
    pub fn results(&self) -> Results {
        evaluate(&Query { phase: Some(self.phase), situations: self.situations, country: Some(self.country), audience: Audience::Official })
    }

    /// Feedback for one question, drawn from the engine's answer: the items that answer it, each
    /// with its legal basis (rights, steps) or the service (contacts).
    pub fn feedback(&self, q: Question) -> Feedback {
        let r = self.results();
        let (right, _) = self.lists(q);
        match q {
            Question::Detect => Feedback { situations: right.to_vec(), ..Default::default() },
            Question::Rights => Feedback { rights: right.iter().filter_map(|id| r.rights.iter().find(|h| h.item.id == *id).map(|h| h.item)).collect(), ..Default::default() },
            Question::FirstSteps => Feedback { steps: first_steps(&r).into_iter().filter(|a| right.contains(&a.id)).collect(), ..Default::default() },
            Question::Refer => Feedback { contacts: r.contacts.iter().copied().filter(|c| right.contains(&c.id)).collect(), ..Default::default() },
        }
    }
}

/// The result of one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    pub question: Question,
    pub correct: bool,
    /// Correct options she did not choose.
    pub missed: Vec<&'static str>,
    /// Distractors she chose.
    pub wrongly_chosen: Vec<&'static str>,
}

/// What the engine says for the case, for the feedback after a question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Feedback {
    pub situations: Vec<&'static str>,
    pub rights: Vec<&'static Right>,
    pub steps: Vec<&'static Action>,
    pub contacts: Vec<&'static Contact>,
}

/// The engine's first steps for a result: its first [`FIRST_PER_STEP`] detect steps, then its
/// first care steps, in rank order; steps that only the cross-cutting list brings are left out
/// (they apply to every case).
pub fn first_steps(r: &Results) -> Vec<&'static Action> {
    let mut v = vec![];
    for step in [Step::Detect, Step::Care] {
        v.extend(r.actions_in(step).filter(|h| !h.cross_cutting).take(FIRST_PER_STEP).map(|h| h.item));
    }
    v
}

/// A training session's answers, in memory only.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub grades: Vec<(&'static str, Grade)>,
}

impl Progress {
    pub fn record(&mut self, scenario: &'static str, g: Grade) {
        self.grades.retain(|(s, x)| !(*s == scenario && x.question == g.question));
        self.grades.push((scenario, g));
    }
    pub fn answered(&self) -> usize {
        self.grades.len()
    }
    pub fn correct(&self) -> usize {
        self.grades.iter().filter(|(_, g)| g.correct).count()
    }
    /// Per scenario: (id, questions answered right, questions answered), in scenario order.
    /// No names: a printed training record says what was practised, not who.
    pub fn summary(&self) -> Vec<(&'static str, usize, usize)> {
        SCENARIOS
            .iter()
            .filter_map(|s| {
                let gs: Vec<&Grade> = self.grades.iter().filter(|(id, _)| *id == s.id).map(|(_, g)| g).collect();
                (!gs.is_empty()).then(|| (s.id, gs.iter().filter(|g| g.correct).count(), gs.len()))
            })
            .collect()
    }
}

/// Does the pack have this id as a contact (for the screens' links)?
pub fn contact(id: &str) -> Option<&'static Contact> {
    data::CONTACTS.iter().find(|c| c.id == id)
}
