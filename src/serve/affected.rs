//! Which pages an edit changes, found by comparing the site before and
//! after it (the same shape: the same addresses, years and terms).
//!
//! An event page reads its event; the home page, its year's pages, the
//! taxonomy indexes and its terms' lists show its card; the statistics
//! pages and charts count the events. Term lists come in pages, and an
//! event that moves within a list changes only the pages from its old
//! place to its new one.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use crate::load::CONTENT_DIR;
use crate::model::{Event, Site, Taxonomy, TaxonomyKind};
use crate::render::{card_summary, StatsPages};
use crate::routes::paging;
use crate::routes::{Route, Routes};
use crate::stats::MarkdownCharts;

/// What a rebuild renders, and the pages it no longer makes.
#[derive(Debug, Default)]
pub struct Changes {
    pub jobs: HashSet<Route>,
    /// Paths of pages the old site had and the new one doesn't (the last
    /// pages of a list that got shorter).
    pub gone: Vec<String>,
}

/// What the `changed` files change, or None when that is not known and
/// everything must be rendered.
/// `routes` are the new site's.
pub fn affected(
    old: &Site,
    new: &Site,
    routes: &Routes,
    changed: &BTreeSet<PathBuf>,
) -> Option<Changes> {
    if changed.is_empty() {
        return None;
    }
    let content = Path::new(CONTENT_DIR);
    let mut changes = Changes::default();
    for file in changed {
        if *file == content.join("_index.md") {
            changes.jobs.insert(Route::Home);
        } else if let Some(p) = new.pages.iter().position(|p| p.file == *file) {
            changes.jobs.insert(Route::Page(p));
        } else if let Some(i) = event_of(new, file) {
            let ev = &new.events[i];
            let was = old.events.iter().position(|e| e.file == ev.file)?;
            changes.jobs.insert(Route::Event(i));
            if *file == ev.file && listed(&old.events[was]) == listed(ev) {
                // Only the page itself shows what changed (its text, say).
                continue;
            }
            let before = Before::of(old, was);
            list_changes(&before, new, routes, i, changed.len() == 1, &mut changes)?;
        } else if !new.root.join(file).exists() && event_of(old, file).is_none() {
            // An editor's temporary file, gone by now (`sed -i`, some
            // editors' safe saves): nothing to render.
            continue;
        } else {
            // A year's introduction may set the default library of its
            // events; data files and anything else: render everything.
            return None;
        }
    }
    Some(changes)
}

/// An event's lists before an edit: its index and terms, and the term
/// lists of the site then.
pub struct Before<'a> {
    pub index: usize,
    pub terms: &'a [Vec<usize>; 5],
    pub taxonomies: &'a [Taxonomy],
}

impl Before<'_> {
    /// Event `i` of `site`.
    pub fn of(site: &Site, i: usize) -> Before<'_> {
        Before {
            index: i,
            terms: &site.events[i].terms,
            taxonomies: &site.taxonomies,
        }
    }
}

/// Adds the pages that show event `i` of `new`, which was the event
/// `before`: the home page, its year's pages, the taxonomy indexes, and of
/// each list of its terms before and after, the pages whose events
/// changed. The terms are the same before and after (the site's shape is).
/// `alone`: no other event changed, so an event still in a list changed
/// only the pages from its old place to its new one; else every page of
/// its lists. None if its year is not in the site. `routes` are `new`'s.
pub fn list_changes(
    before: &Before,
    new: &Site,
    routes: &Routes,
    i: usize,
    alone: bool,
    changes: &mut Changes,
) -> Option<()> {
    let ev = &new.events[i];
    let y = new.years.iter().position(|y| y.year == ev.year)?;
    changes.jobs.extend([Route::Home, Route::Year(y)]);
    changes.jobs.extend(routes.year_filters(y));
    let per_page = new.config.paginate;
    // The page of a list (newest first) that shows event `e`.
    let page = |list: &[usize], e: usize| {
        let at = list.iter().rev().position(|&x| x == e)?;
        Some(paging::page_of(at, per_page))
    };
    for kind in TaxonomyKind::ALL {
        changes.jobs.insert(Route::TaxonomyIndex(kind));
        let k = kind.index();
        for &t in before.terms[k].iter().chain(&ev.terms[k]) {
            let old_list = &before.taxonomies[k].terms[t].events;
            let new_list = &new.taxonomy(kind).terms[t].events;
            match (page(old_list, before.index), page(new_list, i)) {
                (Some(a), Some(b)) if alone => {
                    // The same events, the same number of pages.
                    changes
                        .jobs
                        .extend((a.min(b)..=a.max(b)).map(|p| Route::Term(kind, t, p)));
                }
                _ => {
                    // Joined or left the list: its count shows on every page.
                    changes.jobs.extend(routes.term_routes(kind, t));
                    let pages = paging::pages(new_list.len(), per_page);
                    let gone = pages..paging::pages(old_list.len(), per_page);
                    changes
                        .gone
                        .extend(gone.map(|p| routes.path(Route::Term(kind, t, p))));
                }
            }
        }
    }
    Some(())
}

/// The statistics pages that differ between `old` and `new`: what an
/// edit of the events' dates, terms or status changes beyond their lists
/// (the events' datasets). The charts in Markdown are the caller's to
/// compare.
pub fn statistics_jobs(old: &StatsPages, new: &StatsPages, routes: &Routes) -> Vec<Route> {
    let mut jobs = Vec::new();
    for job in routes.statistics() {
        match job {
            Route::YearStats(y) if old.years[y] != new.years[y] => {
                // The year page shows the year's figures too.
                jobs.extend([job, Route::Year(y)]);
            }
            Route::StatsIndex if old.trends != new.trends => jobs.push(job),
            _ => {}
        }
    }
    jobs
}

/// The pages whose Markdown holds a ```` ```chart ```` block.
pub fn chart_jobs(site: &Site, charts: &MarkdownCharts, routes: &Routes) -> Vec<Route> {
    let mut jobs = Vec::new();
    if charts.has(&site.home.file) {
        jobs.push(Route::Home);
    }
    for (y, year) in site.years.iter().enumerate() {
        if charts.has(&year.file) {
            // The introduction is on the year's filter pages too.
            jobs.push(Route::Year(y));
            jobs.extend(routes.year_filters(y));
        }
    }
    let events = site.events.iter().enumerate();
    jobs.extend(
        events
            .filter(|(_, e)| charts.has(&e.file))
            .map(|(i, _)| Route::Event(i)),
    );
    let pages = site.pages.iter().enumerate();
    jobs.extend(
        pages
            .filter(|(_, p)| charts.has(&p.file))
            .map(|(p, _)| Route::Page(p)),
    );
    jobs
}

/// What lists show of an event — its card and the terms it is listed
/// under: when these are unchanged, no page but its own needs rendering.
pub fn listed(ev: &Event) -> impl PartialEq + '_ {
    (
        (&ev.title, ev.date, &ev.library, &ev.form, &ev.campaign),
        (ev.attendance, ev.featured, ev.online, ev.status, ev.draft),
        card_summary(ev),
        &ev.terms,
        &ev.photos,
    )
}

/// The event whose Markdown `file` is, or whose bundle holds it.
fn event_of(site: &Site, file: &Path) -> Option<usize> {
    site.events.iter().position(|e| {
        e.file == file
            || (e.file.ends_with("index.md")
                && e.file.parent().is_some_and(|d| file.starts_with(d)))
    })
}
