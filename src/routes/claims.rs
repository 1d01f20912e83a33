//! Who writes each address: two owners of one address are an error that
//! names both, in the editor's terms.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::{dataset_csv, year_feed, year_xlsx, Route, Routes, FEED, ROBOTS, SITEMAP};
use crate::error::Diagnostic;
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
    /// A page or file Letopis makes: what it is, as the editor knows it.
    Builtin(String),
    /// A static file of the theme.
    Theme(String),
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Owner::Content(file) => write!(f, "{}", crate::error::shown(file)),
            Owner::Attached(file) => write!(f, "the event's file {}", crate::error::shown(file)),
            Owner::Builtin(what) => write!(f, "the built-in {what}"),
            Owner::Theme(name) => write!(f, "the theme's file `{name}`"),
        }
    }
}

impl Owner {
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
            Some(first) => Some(first.to_string()),
            None if index => Some(Owner::Builtin("search index".into()).to_string()),
            None => None,
        };
        match first {
            Some(first) => errors.push(
                Diagnostic::error(
                    owner.file(),
                    format!(
                        "the address /{} is already used by {first}",
                        path.strip_suffix("index.html").unwrap_or(path)
                    ),
                )
                .with_hint(
                    "give one of them another `slug:` in its front matter, or rename the file",
                ),
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
    let builtin = |what: String| Owner::Builtin(what);
    let mut claims: Vec<(String, Owner)> = Vec::new();
    let mut content = Vec::new();
    for route in routes.all() {
        let file = routes.file(route);
        match route {
            Route::Event(i) => content.push((file, Owner::Content(site.events[i].file.clone()))),
            Route::Page(p) => content.push((file, Owner::Content(site.pages[p].file.clone()))),
            route => claims.push((file, builtin(describe(route, routes, site)))),
        }
    }
    claims.push((FEED.to_string(), builtin("feed".into())));
    claims.extend(
        site.years
            .iter()
            .map(|y| (year_feed(y.year), builtin(format!("feed of {}", y.year)))),
    );
    claims.push((SITEMAP.to_string(), builtin("sitemap".into())));
    claims.push((ROBOTS.to_string(), builtin(ROBOTS.into())));
    for (year, format, path) in routes.reports() {
        let what = format!("report of {year} ({})", format.extension());
        claims.push((path, builtin(what)));
    }
    if site.config.cms.is_some() {
        for file in crate::cms::ADMIN_FILES {
            claims.push((file.to_string(), builtin("editing page (cms:)".into())));
        }
    }
    for y in &statistics.stats.years {
        let tables = y.tables().into_iter().map(|t| &t.id);
        for id in tables.chain(y.events.iter().map(|d| &d.id)) {
            let what = format!("CSV of `{id}` of {}", y.year);
            claims.push((dataset_csv(y.year, id), builtin(what)));
        }
        if y.has_tables() {
            let what = format!("spreadsheet of the statistics of {}", y.year);
            claims.push((year_xlsx(y.year), builtin(what)));
        }
    }
    if !statistics.stats.trends.is_empty() {
        let last = site.years.last().map_or(0, |y| y.year);
        claims.push((
            dataset_csv(last, "trends"),
            builtin("CSV of the trends".into()),
        ));
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
                let what = format!("resized copies of the photo {}", crate::error::shown(photo));
                claims.push((address.clone(), builtin(what)));
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
fn describe(route: Route, routes: &Routes, site: &Site) -> String {
    let taxonomy = |kind: TaxonomyKind| format!("list of {}", kind.segment());
    match route {
        Route::Home => "home page".into(),
        Route::NotFound => "page for addresses that lead nowhere".into(),
        Route::Search => "search page".into(),
        Route::Year(y) => format!("page of {}", site.years[y].year),
        Route::YearTerm(y, f) => {
            let (kind, t) = routes.year_terms[y].term(f);
            let name = &site.taxonomy(kind).terms[t].name;
            format!("page of {} filtered by «{name}»", site.years[y].year)
        }
        Route::YearStats(y) => format!("statistics page of {}", site.years[y].year),
        Route::StatsIndex => "statistics page of all years".into(),
        Route::TaxonomyIndex(kind) => taxonomy(kind),
        Route::Term(kind, t, _) => {
            let name = &site.taxonomy(kind).terms[t].name;
            format!("page of «{name}» in the {}", taxonomy(kind))
        }
        Route::Event(_) | Route::Page(_) => "page".into(),
    }
}
