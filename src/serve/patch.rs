//! The fast path of a rebuild: edits that leave the model's shape alone.
//!
//! Most edits fix a typo, add a paragraph or reword a title. Then the new
//! site is the last one with those events replaced, so nothing is read but
//! the edited files and no model is rebuilt: the general path re-reads the
//! whole site (a `stat` of every file) and rebuilds the model, 0.1 s for
//! 10 000 events, before it can tell what changed.
//!
//! An edit qualifies when the event keeps its date, terms, figures,
//! photos, slug, status and its place in the site's order: then indexes,
//! statistics and addresses are as they were. If its title and summary are
//! unchanged too, only its own page changes ([`Reach::Page`]); else the
//! lists that show it ([`Reach::Lists`]). It doesn't qualify when the file
//! no longer reads, has warnings, or holds chart blocks, or leaves
//! `library:` to the year's default (the model doesn't keep it): those go
//! the general way, which reports them properly.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::affected::listed;
use crate::load::read_event;
use crate::model::{Event, Site};

/// What an edit changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The event's own page.
    Page,
    /// Its page and the lists that show its card.
    Lists,
}

/// The events `changed` replaces, by index, if every change qualifies;
/// None sends the rebuild the general way.
pub fn edits(site: &Site, changed: &BTreeSet<PathBuf>) -> Option<Vec<(usize, Event, Reach)>> {
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

/// Event `i` read again, if the edit qualifies.
fn edit(site: &Site, i: usize) -> Option<(usize, Event, Reach)> {
    let old = &site.events[i];
    let src = read_event(&site.root, &old.file, old.year, old.assets.clone()).ok()?;
    src.doc.meta.library.as_ref()?;
    let mut warnings = Vec::new();
    let mut new = Event::from_source(src, None, &mut warnings)?;
    new.terms = old.terms.clone();
    new.updated = old.updated;
    if !warnings.is_empty() || has_charts(old) || has_charts(&new) {
        return None;
    }
    let reach = if same_but_text(old, &new) {
        Reach::Page
    } else if same_place(site, i, &new) {
        Reach::Lists
    } else {
        return None;
    };
    Some((i, new, reach))
}

fn has_charts(e: &Event) -> bool {
    e.body.contains("```chart") || e.body.contains(crate::charts::markdown::PLACEHOLDER)
}

/// Whether only what the event's own page shows differs (`new` has the
/// old terms by now).
fn same_but_text(old: &Event, new: &Event) -> bool {
    listed(old) == listed(new) && same_but_card(old, new)
}

/// Whether all but the title, summary, text and `extra:` is as before.
fn same_but_card(old: &Event, new: &Event) -> bool {
    (&old.file, old.year, &old.slug, old.date) == (&new.file, new.year, &new.slug, new.date)
        && (&old.library, &old.form, &old.campaign) == (&new.library, &new.form, &new.campaign)
        && (&old.audience, &old.tags, &old.terms) == (&new.audience, &new.tags, &new.terms)
        && (
            old.attendance,
            old.featured,
            old.online,
            old.status,
            old.draft,
        ) == (
            new.attendance,
            new.featured,
            new.online,
            new.status,
            new.draft,
        )
        && (&old.photos, &old.assets) == (&new.photos, &new.assets)
}

/// Whether `new`, replacing event `i`, keeps all but its card and its
/// place in the site's order.
fn same_place(site: &Site, i: usize, new: &Event) -> bool {
    let before = i.checked_sub(1).map(|p| &site.events[p]);
    let after = site.events.get(i + 1);
    same_but_card(&site.events[i], new)
        && before.is_none_or(|b| b.order() < new.order())
        && after.is_none_or(|a| new.order() < a.order())
}
