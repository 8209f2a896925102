//! One file per screen. Each is built once per screen change (see `App` in lib.rs): texts are
//! plain strings in the current language, and the screen is rebuilt when the language changes.

pub mod about;
pub mod compare;
pub mod item;
pub mod library;
pub mod matrix;
pub mod results;
pub mod safety;
pub mod search;
pub mod slip;
pub mod start;
pub mod training;
pub mod welcome;
pub mod words;
