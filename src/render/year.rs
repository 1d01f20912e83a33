//! The year chronicle: the year's events under month headings (then
//! quarters, then the whole year), its highlights, and filters by library,
//! form, audience and campaign.
//!
//! Filters are links to pages of their own (`/2016/libraries/ekos/`), so
//! they work without JavaScript; `letopis.js` filters the cards in place
//! when it can.

use serde::Serialize;

use super::cards::Listed;
use super::views::{DayView, Group};
use super::{Html, Renderer};
use crate::i18n::Lang;
use crate::i18n::{month_heading, quarter_name, whole_year_heading};
use crate::model::date::EventDate;
use crate::model::front::Extra;
use crate::model::{Site, TaxonomyKind};

/// A year page's `year`.
#[derive(Serialize)]
pub struct YearView<'a> {
    year: i32,
    title: Option<&'a str>,
    content: Html,
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
        let terms = &self.urls.year_terms[y];
        let events: &[usize] = match filter {
            Some(f) => &terms.entries[f].2,
            None => &year.events,
        };
        let mut filters: Vec<FilterGroup> = Vec::new();
        for (f, (kind, t, evs)) in terms.entries.iter().enumerate() {
            let term = &site.taxonomy(*kind).terms[*t];
            let item = FilterTerm {
                name: &term.name,
                url: self.urls.url(&terms.path(site, f)),
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
        let url = self.urls.url(&format!("{}/", year.year));
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
        chronicle_groups(self.site, events, self.lang)
            .into_iter()
            .map(|(id, heading, events)| Group {
                heading,
                id,
                events: events.into_iter().map(|i| self.listed(i)).collect(),
            })
            .collect()
    }
}

/// `events` (indexes into [`Site::events`]) under month headings, then
/// quarters, then the whole year: each group's anchor id (`m04`, `q1`,
/// `year`), heading and events. The year page and the annual report
/// share it.
pub fn chronicle_groups(
    site: &Site,
    events: &[usize],
    lang: Lang,
) -> Vec<(String, String, Vec<usize>)> {
    let mut groups: Vec<(String, String, Vec<usize>)> = Vec::new();
    for &i in events {
        let date = &site.events[i].date;
        let (id, heading) = match (date.month_group(), date) {
            (Some(m), _) => (format!("m{m:02}"), month_heading(m, lang).to_string()),
            (None, EventDate::Quarter { quarter, .. }) => {
                (format!("q{quarter}"), quarter_name(*quarter, lang))
            }
            (None, _) => ("year".to_string(), whole_year_heading(lang).to_string()),
        };
        match groups.iter_mut().find(|g| g.0 == id) {
            Some(g) => g.2.push(i),
            None => groups.push((id, heading, vec![i])),
        }
    }
    // Months first, then quarters, then the whole year: ids sort so.
    groups.sort_by_key(|g| match g.0.as_bytes()[0] {
        b'm' => (0, g.0.clone()),
        b'q' => (1, g.0.clone()),
        _ => (2, g.0.clone()),
    });
    groups
}
