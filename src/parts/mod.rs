//! Pieces shared by several screens.

pub mod contacts;
pub mod overlay;
