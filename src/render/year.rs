//! The year chronicle: the year's events under month headings (then
//! quarters, then the whole year), its highlights, and filters by library,
//! form, audience and campaign.
//!
//! Filters are links to pages of their own (`/2016/libraries/ekos/`), so
//! they work without JavaScript; `letopis.js` filters the cards in place
//! when it can.

use std::collections::BTreeMap;

use serde::Serialize;

use super::cards::Listed;
use super::views::{DayView, Group};
use super::Renderer;
use crate::i18n::{month_heading, quarter_name, whole_year_heading};
use crate::load::meta::Extra;
use crate::model::date::EventDate;
use crate::model::{Site, TaxonomyKind};

/// The kinds a year page can be filtered by.
const FILTER_KINDS: [TaxonomyKind; 4] = [
    TaxonomyKind::Library,
    TaxonomyKind::Form,
    TaxonomyKind::Audience,
    TaxonomyKind::Campaign,
];

/// Terms of one kind a year may have for its filter pages to be made.
const MAX_FILTER_TERMS: usize = 100;

/// One year's events grouped by term, for its filters: built once per
/// build in one pass over the year's events.
pub struct YearTerms {
    year: i32,
    /// (kind, term, the year's events of the term in date order), sorted
    /// by kind then term name.
    entries: Vec<(TaxonomyKind, usize, Vec<usize>)>,
}

impl YearTerms {
    pub fn new(site: &Site, y: usize) -> YearTerms {
        let mut map: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for &i in &site.years[y].events {
            for kind in FILTER_KINDS {
                for &t in &site.events[i].terms[kind.index()] {
                    map.entry((kind.index(), t)).or_default().push(i);
                }
            }
        }
        let entries: Vec<(TaxonomyKind, usize, Vec<usize>)> = map
            .into_iter()
            .map(|((k, t), events)| (TaxonomyKind::ALL[k], t, events))
            .collect();
        // A kind with one term this year filters nothing out; one with
        // hundreds is no filter a reader scans, and every filter page
        // lists every term: their size grows with the square of the count.
        let kinds_worth_it: Vec<TaxonomyKind> = FILTER_KINDS
            .into_iter()
            .filter(|&k| {
                (2..=MAX_FILTER_TERMS).contains(&entries.iter().filter(|e| e.0 == k).count())
            })
            .collect();
        YearTerms {
            year: site.years[y].year,
            entries: entries
                .into_iter()
                .filter(|e| kinds_worth_it.contains(&e.0))
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// The filtered page's path: `2016/libraries/ekos/`.
    pub fn path(&self, site: &Site, f: usize) -> String {
        let (kind, t, _) = &self.entries[f];
        let slug = &site.taxonomy(*kind).terms[*t].slug;
        format!("{}/{}/{slug}/", self.year, kind.segment())
    }

    /// The kind and term of filter `f`.
    pub fn term(&self, f: usize) -> (TaxonomyKind, usize) {
        (self.entries[f].0, self.entries[f].1)
    }
}

/// A year page's `year`.
#[derive(Serialize)]
pub struct YearView<'a> {
    year: i32,
    title: Option<&'a str>,
    content: String,
    /// The unfiltered year page.
    url: String,
    permalink: String,
    count: usize,
    attendance: u64,
    highlights: Vec<Listed<'a>>,
    groups: Vec<Group<'a>>,
    filters: Vec<FilterGroup<'a>>,
    /// Set on a filtered page.
    filter: Option<ActiveFilter<'a>>,
    extra: &'a Extra,
    /// With `last_updated`, on the unfiltered page: the newest day the
    /// year's `_index.md`, `stats.yaml` or one of its events changed.
    updated: Option<DayView>,
}

#[derive(Serialize)]
struct FilterGroup<'a> {
    kind: TaxonomyKind,
    terms: Vec<FilterTerm<'a>>,
}

#[derive(Serialize)]
struct FilterTerm<'a> {
    name: &'a str,
    url: String,
    count: usize,
    /// What `letopis.js` matches against a card's `filter_keys`.
    key: String,
    current: bool,
}

#[derive(Serialize)]
struct ActiveFilter<'a> {
    kind: TaxonomyKind,
    name: &'a str,
    /// The term's page across all years.
    term_url: &'a str,
}

impl Renderer<'_> {
    /// The year page, or with `filter` one of its filtered pages.
    pub(super) fn year(
        &self,
        y: usize,
        filter: Option<usize>,
        found: &mut Vec<crate::error::Diagnostic>,
    ) -> YearView<'_> {
        let site = self.site;
        let year = &site.years[y];
        let terms = &self.year_terms[y];
        let events: &[usize] = match filter {
            Some(f) => &terms.entries[f].2,
            None => &year.events,
        };
        let mut filters: Vec<FilterGroup> = Vec::new();
        for (f, (kind, t, evs)) in terms.entries.iter().enumerate() {
            let term = &site.taxonomy(*kind).terms[*t];
            let item = FilterTerm {
                name: &term.name,
                url: self.urls.page(&terms.path(site, f)),
                count: evs.len(),
                key: format!("{}:{}", kind.name(), term.slug),
                current: filter == Some(f),
            };
            match filters.last_mut() {
                Some(g) if g.kind == *kind => g.terms.push(item),
                _ => filters.push(FilterGroup {
                    kind: *kind,
                    terms: vec![item],
                }),
            }
        }
        let url = self.urls.page(&format!("{}/", year.year));
        YearView {
            year: year.year,
            title: year.title.as_deref(),
            content: self.markdown(
                &year.intro,
                &std::path::Path::new(crate::load::CONTENT_DIR)
                    .join(year.year.to_string())
                    .join("_index.md"),
                year.intro_line,
                found,
            ),
            permalink: self.urls.permalink(&url),
            url,
            count: events.len(),
            attendance: events
                .iter()
                .map(|&i| u64::from(site.events[i].attendance.unwrap_or(0)))
                .sum(),
            highlights: self.cards_of(events.iter().copied().filter(|&i| site.events[i].featured)),
            groups: self.groups(events),
            filters,
            filter: filter.map(|f| {
                let (kind, t) = terms.term(f);
                ActiveFilter {
                    kind,
                    name: &site.taxonomy(kind).terms[t].name,
                    term_url: self.urls.term(kind, t),
                }
            }),
            extra: &year.extra,
            updated: DayView::new(year.updated.filter(|_| filter.is_none()), self.lang),
        }
    }

    /// Events under month headings, then quarters, then the whole year.
    fn groups(&self, events: &[usize]) -> Vec<Group<'_>> {
        let mut groups: Vec<Group> = Vec::new();
        for &i in events {
            let date = &self.site.events[i].date;
            let (id, heading) = match (date.month_group(), date) {
                (Some(m), _) => (format!("m{m:02}"), month_heading(m, self.lang).to_string()),
                (None, EventDate::Quarter { quarter, .. }) => {
                    (format!("q{quarter}"), quarter_name(*quarter, self.lang))
                }
                (None, _) => (
                    "year".to_string(),
                    whole_year_heading(self.lang).to_string(),
                ),
            };
            match groups.iter_mut().find(|g| g.id == id) {
                Some(g) => g.events.push(self.listed(i)),
                None => groups.push(Group {
                    heading,
                    id,
                    events: vec![self.listed(i)],
                }),
            }
        }
        // Months first, then quarters, then the whole year: ids sort so.
        groups.sort_by_key(|g| match g.id.as_bytes()[0] {
            b'm' => (0, g.id.clone()),
            b'q' => (1, g.id.clone()),
            _ => (2, g.id.clone()),
        });
        groups
    }
}
