//! One event replaced in a built model, for `serve`: after an edit of an
//! event's date or terms, the model is what a fresh build of the sources
//! would make, without reading them all again.

use super::{index_taxonomies, index_years, Event, Site};
use crate::error::Diagnostics;

impl Site {
    /// Puts `event` in the place of event `i`, moves it to where the
    /// site's order puts it, and makes the years' and taxonomies' indexes
    /// again, by the code [`Site::build`] uses (so term names and
    /// warnings come out the same). Returns its new index and the event it
    /// replaced: putting that back the same way undoes the replacement, as
    /// the site's order is total (it ends with the file).
    ///
    /// The caller keeps the model's other invariants: the event has the
    /// same file, year and address (so no address is claimed twice).
    pub fn replace_event(
        &mut self,
        i: usize,
        event: Event,
        diags: &mut Diagnostics,
    ) -> (usize, Event) {
        let old = std::mem::replace(&mut self.events[i], event);
        let mut at = i;
        while at > 0 && self.events[at - 1].order() > self.events[at].order() {
            self.events.swap(at - 1, at);
            at -= 1;
        }
        while at + 1 < self.events.len() && self.events[at + 1].order() < self.events[at].order() {
            self.events.swap(at, at + 1);
            at += 1;
        }
        index_years(&mut self.years, &self.events);
        self.taxonomies = index_taxonomies(&mut self.events, diags);
        (at, old)
    }
}
