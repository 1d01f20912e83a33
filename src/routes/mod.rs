//! The route table: every address the build writes, computed once after
//! the model and the statistics, and asked by everything that links or
//! writes.
//!
//! Pages are typed [`Route`]s; the other files (feeds, sitemap, search
//! index, CSV, the statistics' workbooks, the theme's static files, each
//! event's files) are claimed here too, so two sources that would write
//! one address are an error naming both, built-in pages included, before
//! anything is written.

mod claims;
mod filters;
pub mod paging;

use crate::model::date::Day;
use crate::model::{Site, TaxonomyKind};

use crate::stats::Statistics;
use crate::theme::Theme;
pub use filters::YearTerms;

/// One page of the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
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
    /// [`YearTerms`].
    YearTerm(usize, usize),
}

/// The site's feed.
pub const FEED: &str = "atom.xml";
pub const SITEMAP: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";
/// The page for addresses that lead nowhere.
pub const NOT_FOUND: &str = "404.html";
/// Where the multi-year trends and their CSV live.
pub const TRENDS: &str = "stats/";

/// A year's annual report in `format`: `2016/report.pdf`.
pub fn year_report(year: i32, format: crate::config::ReportFormat) -> String {
    format!("{year}/report.{}", format.extension())
}

/// A year's feed.
pub fn year_feed(year: i32) -> String {
    format!("{year}/{FEED}")
}

/// The CSV of dataset `id` of `year` (`trends` is the multi-year one).
pub fn dataset_csv(year: i32, id: &str) -> String {
    if id == "trends" {
        format!("{TRENDS}trends.csv")
    } else {
        format!("{year}/stats/{id}.csv")
    }
}

/// How many pages each term's list takes, per kind.
fn term_pages(site: &Site) -> Vec<Vec<usize>> {
    let per_page = site.config.paginate;
    site.taxonomies
        .iter()
        .map(|t| {
            t.terms
                .iter()
                .map(|term| paging::pages(term.events.len(), per_page))
                .collect()
        })
        .collect()
}

/// The paths of a year's filter pages.
fn year_term_paths(site: &Site, terms: &YearTerms) -> Vec<String> {
    (0..terms.len()).map(|f| terms.path(site, f)).collect()
}

/// The name of a photo's resized copy: the original's file stem, the
/// copy's width and a hash of the original's bytes (so a replaced photo
/// gets new copies), in the copy's format: `zal-480-00ab….jpg`; the copy
/// at full size that stands for a sideways original is `zal-4032-full-…`.
pub fn photo_copy(stem: &str, width: u32, full: bool, hash: u64, ext: &str) -> String {
    let full = if full { "full-" } else { "" };
    format!("{stem}-{width}-{full}{hash:016x}.{ext}")
}

/// Whether `name` is what [`photo_copy`] could name a copy of a photo
/// whose file stem is `stem`, whatever its width and hash.
pub fn is_photo_copy(name: &str, stem: &str) -> bool {
    let Some(rest) = name.strip_prefix(stem).and_then(|r| r.strip_prefix('-')) else {
        return false;
    };
    let Some((width, rest)) = rest.split_once('-') else {
        return false;
    };
    let rest = rest.strip_prefix("full-").unwrap_or(rest);
    let Some((hash, ext)) = rest.split_once('.') else {
        return false;
    };
    !width.is_empty()
        && width.bytes().all(|b| b.is_ascii_digit())
        && hash.len() == 16
        && hash.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(ext, "jpg" | "png")
}

/// The workbook of `year`'s statistics: every table a sheet.
pub fn year_xlsx(year: i32) -> String {
    format!("{year}/stats/statistics-{year}.xlsx")
}

/// The day a page's sources last changed in git: set only on events,
/// pages and years, and only when `site.yaml` turns `last_updated` on.
pub fn updated(site: &Site, route: Route) -> Option<Day> {
    match route {
        Route::Event(i) => site.events[i].updated,
        Route::Page(p) => site.pages[p].updated,
        Route::Year(y) => site.years[y].updated,
        _ => None,
    }
}

/// Which templates the theme has: the pages that exist only with them.
#[derive(Debug, Clone, Copy)]
struct Optional {
    search: bool,
    year_stats: bool,
    stats_index: bool,
}

/// Every address of the site.
pub struct Routes {
    /// The path part of `base_url`: every internal link starts with it.
    pub base_path: String,
    pub base_url: String,
    /// Per event, its page's URL.
    pub events: Vec<String>,
    /// Per taxonomy kind, per term, its first page's URL.
    pub terms: Vec<Vec<String>>,
    /// Per year, its filter pages.
    pub year_terms: Vec<YearTerms>,
    event_paths: Vec<String>,
    page_paths: Vec<String>,
    years: Vec<i32>,
    term_paths: Vec<Vec<String>>,
    year_term_paths: Vec<Vec<String>>,
    /// How many pages each term's list takes.
    term_pages: Vec<Vec<usize>>,
    optional: Optional,
    /// `report: true` in `site.yaml`: each year's report documents.
    reports: bool,
}

impl Routes {
    /// The addresses of `site` with the theme's pages, or an error for
    /// each address two sources would write.
    pub fn new(
        site: &Site,
        statistics: &Statistics,
        theme: &Theme,
    ) -> Result<Routes, Vec<crate::error::Diagnostic>> {
        let routes = Routes::of(site, theme);
        claims::check(&routes, site, statistics, theme)?;
        Ok(routes)
    }

    /// The addresses, unchecked: for `serve`, whose checked table of the
    /// same shape this repeats.
    pub fn of(site: &Site, theme: &Theme) -> Routes {
        let has = |name: &str| theme.templates.iter().any(|t| t.name == name);
        let base_path = site.config.base_path().to_string();
        let event_paths: Vec<String> = site.events.iter().map(|e| e.path()).collect();
        let term_paths: Vec<Vec<String>> = site
            .taxonomies
            .iter()
            .map(|t| {
                let kind = t.kind.segment();
                t.terms
                    .iter()
                    .map(|term| format!("{kind}/{}/", term.slug))
                    .collect()
            })
            .collect();
        let year_terms: Vec<YearTerms> = (0..site.years.len())
            .map(|y| YearTerms::new(site, y))
            .collect();
        Routes {
            events: event_paths
                .iter()
                .map(|p| format!("{base_path}{p}"))
                .collect(),
            terms: term_paths
                .iter()
                .map(|t| t.iter().map(|p| format!("{base_path}{p}")).collect())
                .collect(),
            year_term_paths: year_terms
                .iter()
                .map(|t| year_term_paths(site, t))
                .collect(),
            term_pages: term_pages(site),
            year_terms,
            event_paths,
            page_paths: site.pages.iter().map(|p| format!("{}/", p.slug)).collect(),
            years: site.years.iter().map(|y| y.year).collect(),
            term_paths,
            optional: Optional {
                search: has("search.html"),
                year_stats: has("stats.html"),
                stats_index: has("stats_index.html"),
            },
            reports: site.config.report,
            base_url: site.config.base_url.clone(),
            base_path,
        }
    }

    /// The table after event `from` of the site it was made for moved to
    /// index `to` of `site` (`serve`'s patch of an edit that changes the
    /// site's order or an event's terms, not its address): what depends on
    /// the order of events or on their terms made again, the rest kept.
    pub fn moved(&mut self, site: &Site, from: usize, to: usize) {
        let url = self.events.remove(from);
        self.events.insert(to, url);
        let path = self.event_paths.remove(from);
        self.event_paths.insert(to, path);
        self.term_pages = term_pages(site);
        let year = site.events[to].year;
        if let Some(y) = site.years.iter().position(|y| y.year == year) {
            self.year_terms[y] = YearTerms::new(site, y);
            self.year_term_paths[y] = year_term_paths(site, &self.year_terms[y]);
        }
    }

    /// Every page of the site, in the order they are rendered.
    pub fn all(&self) -> Vec<Route> {
        let mut routes = vec![Route::Home, Route::NotFound];
        if self.optional.search {
            routes.push(Route::Search);
        }
        routes.extend((0..self.years.len()).map(Route::Year));
        for (y, terms) in self.year_terms.iter().enumerate() {
            routes.extend((0..terms.len()).map(|f| Route::YearTerm(y, f)));
        }
        routes.extend((0..self.event_paths.len()).map(Route::Event));
        routes.extend((0..self.page_paths.len()).map(Route::Page));
        routes.extend(self.statistics());
        for kind in TaxonomyKind::ALL {
            routes.push(Route::TaxonomyIndex(kind));
            for t in 0..self.term_paths[kind.index()].len() {
                routes.extend(self.term_routes(kind, t));
            }
        }
        routes
    }

    /// The pages of term `t`: as many as `site.yaml`'s `paginate` makes.
    pub fn term_routes(&self, kind: TaxonomyKind, t: usize) -> impl Iterator<Item = Route> {
        let pages = self.term_pages[kind.index()][t];
        (0..pages).map(move |p| Route::Term(kind, t, p))
    }

    /// The filter pages of year `y`.
    pub fn year_filters(&self, y: usize) -> impl Iterator<Item = Route> {
        (0..self.year_terms[y].len()).map(move |f| Route::YearTerm(y, f))
    }

    /// Whether the theme has a statistics page per year: then the
    /// statistics' CSV files and workbooks are written beside them.
    pub fn has_year_stats(&self) -> bool {
        self.optional.year_stats
    }

    /// The statistics pages, those the theme has templates for.
    pub fn statistics(&self) -> Vec<Route> {
        let mut routes = Vec::new();
        if self.optional.year_stats {
            routes.extend((0..self.years.len()).map(Route::YearStats));
        }
        if self.optional.stats_index {
            routes.push(Route::StatsIndex);
        }
        routes
    }

    /// Each year's report documents with `report: true`: year, format,
    /// path below the base path.
    pub fn reports(&self) -> Vec<(i32, crate::config::ReportFormat, String)> {
        if !self.reports {
            return Vec::new();
        }
        self.years
            .iter()
            .flat_map(|&y| {
                crate::config::ReportFormat::ALL
                    .into_iter()
                    .map(move |f| (y, f, year_report(y, f)))
            })
            .collect()
    }

    /// The page's path below the base path: `2016/knigofestival/`, or a
    /// file name for pages that are not folders (`404.html`).
    pub fn path(&self, route: Route) -> String {
        match route {
            Route::Home => String::new(),
            Route::NotFound => NOT_FOUND.to_string(),
            Route::Search => "search/".to_string(),
            Route::YearTerm(y, f) => self.year_term_paths[y][f].clone(),
            Route::Year(y) => format!("{}/", self.years[y]),
            Route::Event(i) => self.event_paths[i].clone(),
            Route::Page(p) => self.page_paths[p].clone(),
            Route::YearStats(y) => format!("{}/stats/", self.years[y]),
            Route::StatsIndex => TRENDS.to_string(),
            Route::TaxonomyIndex(kind) => format!("{}/", kind.segment()),
            Route::Term(kind, t, page) => paging::path(&self.term_paths[kind.index()][t], page),
        }
    }

    /// The file a page is written to: `index.html` inside a folder page.
    pub fn file(&self, route: Route) -> String {
        let path = self.path(route);
        if path.ends_with(".html") {
            path
        } else {
            format!("{path}index.html")
        }
    }

    /// The page's URL, with the base path.
    pub fn url_of(&self, route: Route) -> String {
        self.url(&self.path(route))
    }

    /// `path` (relative, no leading `/`) under the base path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    /// The absolute URL of a page, for canonical links and feeds.
    pub fn permalink(&self, url: &str) -> String {
        let origin = self.base_url.strip_suffix(&self.base_path).unwrap_or("");
        format!("{origin}{url}")
    }

    /// The URL of term `term`'s first page.
    pub fn term(&self, kind: TaxonomyKind, term: usize) -> &str {
        &self.terms[kind.index()][term]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_copies_are_told_by_their_whole_name() {
        let name = photo_copy("zal", 480, false, 0xdead_beef, "jpg");
        assert_eq!(name, "zal-480-00000000deadbeef.jpg");
        assert!(is_photo_copy(&name, "zal"));
        let full = photo_copy("zal", 4032, true, 0xdead_beef, "jpg");
        assert_eq!(full, "zal-4032-full-00000000deadbeef.jpg");
        assert!(is_photo_copy(&full, "zal"));
        assert!(is_photo_copy("zal-2-1600-0123456789abcdef.png", "zal-2"));
        for other in [
            "zal-480.jpg",
            "zal-480-00000000deadbeef.webp",
            "zal-480-0000000deadbeef.jpg",
            "zal-x-00000000deadbeef.jpg",
            "zala-480-00000000deadbeef.jpg",
        ] {
            assert!(!is_photo_copy(other, "zal"), "{other}");
        }
    }
}
