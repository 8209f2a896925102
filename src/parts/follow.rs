//! A screen's own copy of an app-wide value that can change while the screen is shown (the host's
//! contacts, the phone's list of voices).
//!
//! A screen that subscribed to an app-wide signal directly left wasm memory behind on every
//! visit (0.25 MB per 1,000 results screens for the host's contacts, as much again for the voices):
//! the long-lived signal kept a trace of each screen's readers. Instead, each reader gets a signal
//! owned by its screen (disposed with it), and the app-wide side keeps a list of those signals,
//! dropping the disposed ones whenever it adds or sends.

use leptos::prelude::*;
use std::cell::RefCell;

pub struct Followers<T: 'static>(RefCell<Vec<RwSignal<T>>>);

impl<T: Clone + Send + Sync + 'static> Followers<T> {
    pub const fn new() -> Self {
        Followers(RefCell::new(Vec::new()))
    }

    /// A signal owned by the current screen, holding `now` until the next [`Followers::send`].
    pub fn follow(&self, now: T) -> RwSignal<T> {
        let mine = RwSignal::new(now);
        let mut list = self.0.borrow_mut();
        list.retain(|s| !s.is_disposed());
        list.push(mine);
        mine
    }

    /// Give every screen still shown the new value.
    pub fn send(&self, value: &T) {
        let live: Vec<RwSignal<T>> = {
            let mut list = self.0.borrow_mut();
            list.retain(|s| !s.is_disposed());
            list.clone()
        };
        // Outside the borrow: setting a signal may build views that call `follow`.
        for s in live {
            let _ = s.try_set(value.clone());
        }
    }

    /// How many screens follow the value now (for tests).
    pub fn live(&self) -> usize {
        let mut list = self.0.borrow_mut();
        list.retain(|s| !s.is_disposed());
        list.len()
    }
}
