//! The fast path of a rebuild: edits that change only events' own pages.
//!
//! Most edits fix a typo or add a paragraph. Then the new site is the last
//! one with those events' texts replaced, so nothing is read but the
//! edited files and no model is rebuilt: the general path re-reads the
//! whole site (a `stat` of every file) and rebuilds the model, 0.1 s for
//! 10 000 events, before it can tell that only one page changed.
//!
//! An edit qualifies when everything but the text, the line it starts on
//! and the free `extra:` fields is as before — the title, date, terms,
//! summary (written or the first paragraph), photos, slug and status —
//! because lists, indexes, statistics and addresses read only those. It
//! doesn't when the file no longer reads, has warnings, or holds chart
//! blocks, or leaves `library:` to the year's default (the model doesn't
//! keep it): those go the general way, which reports them properly.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::rebuild::listed;
use crate::load::read_event;
use crate::model::{Event, Site};

/// The events `changed` replaces, by index, if every change is an edit of
/// an event's text; None sends the rebuild the general way.
pub fn text_edits(site: &Site, changed: &BTreeSet<PathBuf>) -> Option<Vec<(usize, Event)>> {
    if changed.is_empty() {
        return None;
    }
    let mut edits = Vec::new();
    for file in changed {
        match site.events.iter().position(|e| e.file == *file) {
            Some(i) => edits.push(edit(site, i)?),
            // An editor's temporary file, gone by now.
            None if !site.root.join(file).exists() => {}
            None => return None,
        }
    }
    (!edits.is_empty()).then_some(edits)
}

/// Event `i` read again, if only its text changed.
fn edit(site: &Site, i: usize) -> Option<(usize, Event)> {
    let old = &site.events[i];
    let src = read_event(&site.root, &old.file, old.year, old.assets.clone()).ok()?;
    src.doc.meta.library.as_ref()?;
    let mut warnings = Vec::new();
    let mut new = Event::from_source(src, None, &mut warnings)?;
    new.terms = old.terms.clone();
    new.updated = old.updated;
    (warnings.is_empty() && same_but_text(old, &new)).then_some((i, new))
}

/// Whether only what the event's own page shows differs (`new` has the
/// old terms by now).
fn same_but_text(old: &Event, new: &Event) -> bool {
    let has_charts = |e: &Event| {
        e.body.contains("```chart") || e.body.contains(crate::charts::markdown::PLACEHOLDER)
    };
    !has_charts(old)
        && !has_charts(new)
        && listed(old) == listed(new)
        && (&old.file, old.year, &old.slug, &old.assets)
            == (&new.file, new.year, &new.slug, &new.assets)
        && (&old.audience, &old.tags) == (&new.audience, &new.tags)
}
