//! Pieces shared by several screens.

pub mod advice;
pub mod contacts;
pub mod disclosure;
pub mod follow;
pub mod icons;
pub mod items;
pub mod later;
pub mod law;
pub mod overlay;
pub mod remember;
pub mod share;
pub mod speak;
pub mod shell;
