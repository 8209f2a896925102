//! Ruta's engine: the compiled content pack ([`data`]), the rules that turn a query into results
//! ([`query`]), the URL ⇄ screen state mapping ([`state`]) and message formatting ([`i18n`]).
//! It uses no browser API, so all of it is tested natively (`cargo test -p ruta-engine`).

pub mod advice;
pub mod data;
pub mod glance;
pub mod icons;
pub mod i18n;
mod keypad;
pub mod law;
pub mod overlay;
pub mod pack;
pub mod matrix;
pub mod query;
pub mod scenarios;
pub mod search;
pub mod share;
pub mod speech;
pub mod small_sort;
pub mod state;

pub use data::msg;
pub use i18n::{tr, tr_args, Arg};
pub use query::{danger_lines, evaluate, DangerLine, Query, Results};
pub use state::{Audience, Problem, State, View};
