//! Which pages a site has, and where each goes: every output page is a
//! [`Job`] — a page type and the part of the model it reads — so the set
//! of pages an edit touches can be worked out from the job list (see
//! `serve::rebuild`).

use super::{paging, year, Renderer};
use crate::model::{Site, TaxonomyKind};
use crate::theme::Theme;

/// One page of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Job {
    Home,
    Year(usize),
    Event(usize),
    TaxonomyIndex(TaxonomyKind),
    /// A term's page: kind, term, page (from 0; see [`paging`]).
    Term(TaxonomyKind, usize, usize),
    Page(usize),
    NotFound,
    /// `/<year>/stats/`, when the theme has `stats.html`.
    YearStats(usize),
    /// `/stats/`, the multi-year trends, when the theme has `stats_index.html`.
    StatsIndex,
    /// `/search/`, when the theme has a `search.html`.
    Search,
    /// A year's events of one term: `/2016/libraries/ekos/`, the year
    /// page's filters without JavaScript. The last field indexes
    /// [`year::YearTerms`].
    YearTerm(usize, usize),
}

/// The pages of term `t`: as many as `site.yaml`'s `paginate` makes.
pub fn term_jobs(site: &Site, kind: TaxonomyKind, t: usize) -> impl Iterator<Item = Job> {
    let count = site.taxonomy(kind).terms[t].events.len();
    (0..paging::pages(count, site.config.paginate)).map(move |p| Job::Term(kind, t, p))
}

/// The path of page `page` (from 0) of term `t`'s list.
pub fn term_path(site: &Site, kind: TaxonomyKind, t: usize, page: usize) -> String {
    let slug = &site.taxonomy(kind).terms[t].slug;
    paging::path(&format!("{}/{slug}/", kind.segment()), page)
}

/// The statistics pages, those the theme has templates for.
pub fn stats_jobs(site: &Site, theme: &Theme) -> Vec<Job> {
    let has = |name: &str| theme.templates.iter().any(|t| t.name == name);
    let mut jobs = Vec::new();
    if has("stats.html") {
        jobs.extend((0..site.years.len()).map(Job::YearStats));
    }
    if has("stats_index.html") {
        jobs.push(Job::StatsIndex);
    }
    jobs
}

/// The pages whose Markdown holds a ```` ```chart ```` block.
pub fn chart_jobs(site: &Site) -> Vec<Job> {
    let has = |body: &str| body.contains(crate::charts::markdown::PLACEHOLDER);
    let mut jobs = Vec::new();
    if has(&site.home.body) {
        jobs.push(Job::Home);
    }
    for (y, year) in site.years.iter().enumerate() {
        if has(&year.intro) {
            // The introduction is on the year's filter pages too.
            jobs.push(Job::Year(y));
            jobs.extend(year_term_jobs(site, y));
        }
    }
    let events = site.events.iter().enumerate();
    jobs.extend(
        events
            .filter(|(_, e)| has(&e.body))
            .map(|(i, _)| Job::Event(i)),
    );
    let pages = site.pages.iter().enumerate();
    jobs.extend(
        pages
            .filter(|(_, p)| has(&p.body))
            .map(|(p, _)| Job::Page(p)),
    );
    jobs
}

/// The filter pages of year `y` alone: what an edit of one of its events
/// re-renders, without grouping every other year's events.
pub fn year_term_jobs(site: &Site, y: usize) -> impl Iterator<Item = Job> {
    (0..year::YearTerms::new(site, y).len()).map(move |f| Job::YearTerm(y, f))
}

/// The year filter pages' terms, per year: a page per (kind, term).
pub fn year_filter_terms(site: &Site) -> Vec<Vec<(TaxonomyKind, usize)>> {
    (0..site.years.len())
        .map(|y| {
            let terms = year::YearTerms::new(site, y);
            (0..terms.len()).map(|f| terms.term(f)).collect()
        })
        .collect()
}

impl Renderer<'_> {
    /// Every page of the site.
    pub fn all_jobs(&self, theme: &Theme) -> Vec<Job> {
        let site = self.site;
        let mut jobs = vec![Job::Home, Job::NotFound];
        if theme.templates.iter().any(|t| t.name == "search.html") {
            jobs.push(Job::Search);
        }
        jobs.extend((0..site.years.len()).map(Job::Year));
        for (y, terms) in self.year_terms.iter().enumerate() {
            jobs.extend((0..terms.len()).map(|f| Job::YearTerm(y, f)));
        }
        jobs.extend((0..site.events.len()).map(Job::Event));
        jobs.extend((0..site.pages.len()).map(Job::Page));
        jobs.extend(stats_jobs(site, theme));
        for kind in TaxonomyKind::ALL {
            jobs.push(Job::TaxonomyIndex(kind));
            for t in 0..site.taxonomy(kind).terms.len() {
                jobs.extend(term_jobs(site, kind, t));
            }
        }
        jobs
    }

    /// The page's path below the base path: `2016/knigofestival/`, or a
    /// file name for pages that are not folders (`404.html`).
    pub(super) fn path(&self, job: Job) -> String {
        let site = self.site;
        match job {
            Job::Home => String::new(),
            Job::NotFound => "404.html".to_string(),
            Job::Search => "search/".to_string(),
            Job::YearTerm(y, f) => self.year_terms[y].path(site, f),
            Job::Year(y) => format!("{}/", site.years[y].year),
            Job::Event(i) => site.events[i].path(),
            Job::Page(p) => format!("{}/", site.pages[p].slug),
            Job::YearStats(y) => format!("{}/stats/", site.years[y].year),
            Job::StatsIndex => "stats/".to_string(),
            Job::TaxonomyIndex(kind) => format!("{}/", kind.segment()),
            Job::Term(kind, t, page) => term_path(site, kind, t, page),
        }
    }
}
