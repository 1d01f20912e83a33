//! Who writes each address: two owners of one address are an error that
//! names both, in the editor's terms.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{dataset_csv, year_feed, year_xlsx, Route, Routes, FEED, ROBOTS, SITEMAP};
use crate::error::{Diagnostic, Message};
use crate::model::{Site, TaxonomyKind};
use crate::stats::Statistics;
use crate::theme::Theme;

/// What writes an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    /// A page of the site's own content.
    Content(PathBuf),
    /// A file beside an event's text, copied with it.
    Attached(PathBuf),
    /// A page or file Letopis makes: what it is, as the editor knows it
    /// (a `route-…` message: «the built-in search page»).
    Builtin(Message),
    /// A static file of the theme.
    Theme(String),
}

impl Owner {
    /// The owner as the editor knows it, in the message naming it.
    fn named(&self) -> Message {
        let file = |id, file: &Path| Message::new(id).arg("file", crate::error::shown(file));
        match self {
            Owner::Content(f) => file("owner-page", f),
            Owner::Attached(f) => file("owner-attached", f),
            Owner::Builtin(what) => what.clone(),
            Owner::Theme(name) => Message::new("owner-theme").arg("file", name.as_str()),
        }
    }

    /// The file an error about this owner is reported in.
    fn file(&self) -> &Path {
        match self {
            Owner::Content(file) | Owner::Attached(file) => file,
            Owner::Builtin(_) | Owner::Theme(_) => Path::new(crate::config::CONFIG_FILE),
        }
    }
}

/// Errors for every address two owners would write, and for files inside
/// the search index's folders.
pub fn check(
    routes: &Routes,
    site: &Site,
    statistics: &Statistics,
    theme: &Theme,
) -> Result<(), Vec<Diagnostic>> {
    let claims = claims(routes, site, statistics, theme);
    let mut seen: HashMap<&str, &Owner> = HashMap::with_capacity(claims.len());
    let mut errors = Vec::new();
    for (path, owner) in &claims {
        let index = crate::search::SHARD_DIRS
            .iter()
            .any(|dir| path.strip_prefix(dir).is_some_and(|r| r.starts_with('/')));
        let first = match seen.get(path.as_str()) {
            Some(first) => Some(first.named()),
            None if index => Some(Message::new("owner-search-index")),
            None => None,
        };
        match first {
            Some(first) => errors.push(
                Diagnostic::error(
                    owner.file(),
                    Message::new("route-taken")
                        .arg("address", path.strip_suffix("index.html").unwrap_or(path))
                        .arg("first", first)
                        .arg("second", owner.named()),
                )
                .with_hint(Message::new("route-taken-hint")),
            ),
            None => {
                seen.insert(path, owner);
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// Every file the build writes, with its owner; the site's own pages and
/// files after what Letopis and the theme make, so errors are reported in
/// the editor's files.
fn claims(
    routes: &Routes,
    site: &Site,
    statistics: &Statistics,
    theme: &Theme,
) -> Vec<(String, Owner)> {
    let builtin = |id: &'static str| Owner::Builtin(Message::new(id));
    let of_year = |id, year: i32| Owner::Builtin(Message::new(id).arg("year", year.to_string()));
    let mut claims: Vec<(String, Owner)> = Vec::new();
    let mut content = Vec::new();
    for route in routes.all() {
        let file = routes.file(route);
        match route {
            Route::Event(i) => content.push((file, Owner::Content(site.events[i].file.clone()))),
            Route::Page(p) => content.push((file, Owner::Content(site.pages[p].file.clone()))),
            route => claims.push((file, Owner::Builtin(describe(route, routes, site)))),
        }
    }
    claims.push((FEED.to_string(), builtin("owner-feed")));
    claims.extend(
        site.years
            .iter()
            .map(|y| (year_feed(y.year), of_year("owner-year-feed", y.year))),
    );
    claims.push((SITEMAP.to_string(), builtin("owner-sitemap")));
    claims.push((ROBOTS.to_string(), builtin("owner-robots")));
    for (year, format, path) in routes.reports() {
        let what = Message::new("owner-report")
            .arg("year", year.to_string())
            .arg("format", format.extension());
        claims.push((path, Owner::Builtin(what)));
    }
    if site.config.cms.is_some() {
        for file in crate::cms::ADMIN_FILES {
            claims.push((file.to_string(), builtin("owner-cms")));
        }
    }
    for y in &statistics.stats.years {
        let tables = y.tables().into_iter().map(|t| &t.id);
        for id in tables.chain(y.events.iter().map(|d| &d.id)) {
            let what = Message::new("owner-csv")
                .arg("id", id.as_str())
                .arg("year", y.year.to_string());
            claims.push((dataset_csv(y.year, id), Owner::Builtin(what)));
        }
        if y.has_tables() {
            claims.push((year_xlsx(y.year), of_year("owner-xlsx", y.year)));
        }
    }
    if statistics.every_chart().next().is_some() {
        let font = crate::font::WOFF2_FILE.to_string();
        claims.push((font, builtin("owner-chart-font")));
    }
    if !statistics.stats.trends.is_empty() {
        let last = site.years.last().map_or(0, |y| y.year);
        claims.push((dataset_csv(last, "trends"), builtin("owner-trends-csv")));
    }
    claims.extend(
        theme
            .static_files
            .keys()
            .map(|name| (name.clone(), Owner::Theme(name.clone()))),
    );
    claims.extend(content);
    for (ev, path) in site.events.iter().zip(&routes.event_paths) {
        let files = ev.photos.iter().map(|p| &p.file).chain(&ev.assets);
        for file in files {
            let Some(name) = file.file_name().map(|n| n.to_string_lossy()) else {
                continue;
            };
            let address = format!("{path}{name}");
            if let Some(photo) = copied_as(ev, &name) {
                let what =
                    Message::new("owner-photo-copies").arg("file", crate::error::shown(photo));
                claims.push((address.clone(), Owner::Builtin(what)));
            }
            claims.push((address, Owner::Attached(file.clone())));
        }
    }
    claims
}

/// The photo of `ev` whose resized copies could be named `name`.
fn copied_as<'a>(ev: &'a crate::model::Event, name: &str) -> Option<&'a Path> {
    ev.photos.iter().map(|p| p.file.as_path()).find(|file| {
        file.file_stem()
            .is_some_and(|stem| super::is_photo_copy(name, &stem.to_string_lossy()))
    })
}

/// A built-in page as the editor knows it.
fn describe(route: Route, routes: &Routes, site: &Site) -> Message {
    let year = |y: usize| site.years[y].year.to_string();
    let kind = |kind: TaxonomyKind| kind.segment();
    match route {
        Route::Home => Message::new("owner-home"),
        Route::NotFound => Message::new("owner-not-found"),
        Route::Search => Message::new("owner-search"),
        Route::Year(y) => Message::new("owner-year").arg("year", year(y)),
        Route::YearTerm(y, f) => {
            let (k, t) = routes.year_terms[y].term(f);
            Message::new("owner-year-term")
                .arg("year", year(y))
                .arg("name", site.taxonomy(k).terms[t].name.as_str())
        }
        Route::YearStats(y) => Message::new("owner-year-stats").arg("year", year(y)),
        Route::StatsIndex => Message::new("owner-stats-index"),
        Route::TaxonomyIndex(k) => Message::new("owner-taxonomy").arg("kind", kind(k)),
        Route::Term(k, t, _) => Message::new("owner-term")
            .arg("name", site.taxonomy(k).terms[t].name.as_str())
            .arg("kind", kind(k)),
        Route::Event(_) | Route::Page(_) => Message::new("owner-built-page"),
    }
}
