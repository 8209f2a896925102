//! A screen's own copy of an app-wide value that can change while the screen is shown (the host's
//! contacts, the phone's list of voices).
//!
//! A screen that subscribed to an app-wide signal directly left wasm memory behind on every
//! visit (0.25 MB per 1,000 results screens for the host's contacts, as much again for the voices):
//! the long-lived signal kept a trace of each screen's readers. Instead, each reader gets a signal
//! owned by its screen (disposed with it), and the app-wide side keeps a list of those signals,
//! dropping the disposed ones whenever it adds or sends.
//!
//! Each follower is filed under a key: the source it follows. Several apps can share one wasm
//! instance (an NGO page with two widgets, each with its own `Ctx` and its own contacts), so a value
//! is only ever sent to the followers of the same source.

use leptos::prelude::*;
use std::cell::RefCell;

pub struct Followers<K: 'static, T: 'static>(RefCell<Vec<(K, RwSignal<T>)>>);

impl<K: PartialEq + Clone + 'static, T: Clone + Send + Sync + 'static> Followers<K, T> {
    pub const fn new() -> Self {
        Followers(RefCell::new(Vec::new()))
    }

    /// A signal owned by the current screen, holding `now` until the next [`Followers::send`] for
    /// `key`. Must be called while a screen is being built (a signal without an owner would never
    /// be disposed, and the list would grow again).
    pub fn follow(&self, key: K, now: T) -> RwSignal<T> {
        debug_assert!(Owner::current().is_some(), "Followers::follow outside a screen");
        let mine = RwSignal::new(now);
        let mut list = self.0.borrow_mut();
        list.retain(|(_, s)| !s.is_disposed());
        list.push((key, mine));
        mine
    }

    /// Give every screen still shown that follows `key` the new value.
    pub fn send(&self, key: &K, value: &T) {
        let live: Vec<RwSignal<T>> = {
            let mut list = self.0.borrow_mut();
            list.retain(|(_, s)| !s.is_disposed());
            list.iter().filter(|(k, _)| k == key).map(|(_, s)| *s).collect()
        };
        // Outside the borrow: setting a signal may build views that call `follow`.
        for s in live {
            let _ = s.try_set(value.clone());
        }
    }

    /// How many screens follow a value now, all keys together (for tests).
    pub fn live(&self) -> usize {
        let mut list = self.0.borrow_mut();
        list.retain(|(_, s)| !s.is_disposed());
        list.len()
    }
}
