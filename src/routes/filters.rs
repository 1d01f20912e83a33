//! A year's filter pages (`/2016/libraries/ekos/`): which exist, and the
//! events each lists. A kind with one term in a year filters nothing out
//! and gets none.

use std::collections::BTreeMap;

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
    pub entries: Vec<(TaxonomyKind, usize, Vec<usize>)>,
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
