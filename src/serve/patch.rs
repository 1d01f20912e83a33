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
//!
//! An edit of one event's date, library, form, audience, campaign, tags or
//! status moves it in the lists ([`Reach::Moves`]): [`apply_move`] puts it
//! in its new place in the model and makes the indexes and statistics
//! again, unless the site's shape changed after all.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::affected::{list_changes, listed, statistics_jobs, Before, Changes};
use super::rebuild::Last;
use crate::built::Built;
use crate::error::Diagnostics;
use crate::load::read_event;
use crate::model::{Event, Site};
use crate::routes::Route;

/// What an edit changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The event's own page.
    Page,
    /// Its page and the lists that show its card.
    Lists,
    /// Its page and every list it leaves, joins or moves in; one such edit
    /// at a time.
    Moves,
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
    let moves = edits.iter().any(|e| e.2 == Reach::Moves);
    (!edits.is_empty() && (edits.len() == 1 || !moves)).then_some(edits)
}

/// Event `i` read again, if the edit qualifies.
fn edit(site: &Site, i: usize) -> Option<(usize, Event, Reach)> {
    let old = &site.events[i];
    // A file that became a symbolic link takes the full path, which checks
    // where it leads as a build does.
    let path = site.root.join(&old.file);
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return None;
    }
    let src = read_event(&site.root, &old.file, old.year, old.assets.clone()).ok()?;
    src.doc.meta.library.as_ref()?;
    let mut warnings = Vec::new();
    let mut new = Event::from_source(src, None, &site.config.libraries, &mut warnings)?;
    new.terms = old.terms.clone();
    new.updated = old.updated;
    if !warnings.is_empty() || has_charts(old) || has_charts(&new) {
        return None;
    }
    let reach = if same_but_text(old, &new) {
        Reach::Page
    } else if same_place(site, i, &new) {
        Reach::Lists
    } else if same_address(old, &new) {
        Reach::Moves
    } else {
        return None;
    };
    Some((i, new, reach))
}

/// Whether the event's text may hold a chart block (its figures are
/// resolved with the statistics, which the general path makes again).
fn has_charts(e: &Event) -> bool {
    e.body.contains("```chart") || e.body.contains("~~~chart")
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

/// Whether the event keeps its address, its photos and files, and its
/// attendance (which every page's navigation sums up by year).
fn same_address(old: &Event, new: &Event) -> bool {
    (&old.file, old.year, &old.slug) == (&new.file, new.year, &new.slug)
        && (old.attendance, old.draft) == (new.attendance, new.draft)
        && (&old.photos, &old.assets) == (&new.photos, &new.assets)
}

/// Applies an edit that [`Reach::Moves`] event `i` of the last site, and
/// returns what to render. None, with the site as it was, when the shape
/// changed after all (a term came or went, a year got another filter page,
/// a spelling differs from another event's), or the charts in Markdown
/// count the events differently: the general path then compares the
/// sources read again with the site as it was.
pub fn apply_move(last: &mut Last, i: usize, event: Event) -> Option<Changes> {
    let taxonomies = last.built.site.taxonomies.clone();
    let terms = last.built.site.events[i].terms.clone();
    let mut diags = Diagnostics::default();
    let (at, old) = last.built.site.replace_event(i, event, &mut diags);
    if !diags.into_sorted().is_empty() || !last.shape.holds_for_same_addresses(&last.built.site) {
        // The same code, with the old event, makes the same indexes.
        last.built
            .site
            .replace_event(at, old, &mut Diagnostics::default());
        return None;
    }
    let before = Before {
        index: i,
        terms: &terms,
        taxonomies: &taxonomies,
    };
    let changes = moved(last, &before, at);
    if changes.is_none() {
        let Built { site, routes, .. } = &mut last.built;
        site.replace_event(at, old, &mut Diagnostics::default());
        routes.moved(site, at, i);
    }
    changes
}

/// What to render after event `before` moved to index `at` of the last
/// site: its page, the statistics pages that changed and its lists. The
/// route table follows the move and the events are counted again, the
/// statistics files kept as read. None when charts in Markdown would
/// count the events differently, and the last site's tables are as they
/// were.
/// (The caller puts the event and the route table back then.)
fn moved(last: &mut Last, before: &Before, at: usize) -> Option<Changes> {
    let Built {
        site,
        stats,
        routes,
    } = &mut last.built;
    routes.moved(site, before.index, at);
    let recounted = stats.recount(site);
    let pages = last
        .stats_pages
        .redrawn(site, stats, &recounted, routes)
        .ok()?;
    if !recounted.markdown.is_empty() && last.stats_pages != pages {
        return None;
    }
    let mut changes = Changes::default();
    changes.jobs.insert(Route::Event(at));
    changes
        .jobs
        .extend(statistics_jobs(&last.stats_pages, &pages, routes));
    list_changes(before, site, routes, at, true, &mut changes)?;
    *stats = recounted;
    last.stats_pages = pages;
    Some(changes)
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
