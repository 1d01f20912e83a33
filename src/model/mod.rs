//! Stage 2: the site as one checked, read-only model.
//!
//! [`Site::build`] turns what `load` read into years, events, pages and the
//! taxonomy indexes. After it, nothing is parsed or validated again: the
//! renderer only reads.

pub mod date;
pub mod date_forms;
mod date_grammar;
mod event;
pub mod front;
pub mod photo;
mod replace;
pub mod source;
mod taxonomy;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use event::Event;
pub use taxonomy::{Taxonomy, TaxonomyKind, Term};

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Message};
use crate::model::front::Extra;
use crate::slug::slugify;
use source::Sources;
use taxonomy::TaxonomyBuilder;

/// The folder of Markdown content under the site root.
pub const CONTENT_DIR: &str = "content";

/// The file of a folder's own text: the home page's, a year's.
pub const INDEX_FILE: &str = "_index.md";

/// Build switches that change what the model holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Keep events and pages marked `draft: true`.
    pub drafts: bool,
}

/// The whole site.
#[derive(Debug)]
pub struct Site {
    /// The site's folder: model paths are relative to it.
    pub root: PathBuf,
    pub config: Config,
    pub home: Home,
    /// Ascending by year.
    pub years: Vec<Year>,
    /// All events, sorted by date (then title): list order everywhere.
    pub events: Vec<Event>,
    pub pages: Vec<Page>,
    /// One per [`TaxonomyKind`], in [`TaxonomyKind::ALL`] order.
    pub taxonomies: Vec<Taxonomy>,
}

#[derive(Debug)]
pub struct Home {
    /// `content/_index.md`, whether or not it exists.
    pub file: PathBuf,
    pub title: Option<String>,
    pub body: String,
    /// The line of `content/_index.md` the body starts on.
    pub body_line: usize,
    pub extra: Extra,
}

#[derive(Debug)]
pub struct Year {
    pub year: i32,
    /// Its `_index.md`, whether or not it exists.
    pub file: PathBuf,
    pub title: Option<String>,
    /// The introduction's Markdown.
    pub intro: String,
    /// The line of the year's `_index.md` the introduction starts on.
    pub intro_line: usize,
    pub extra: Extra,
    /// Indexes into [`Site::events`], in date order.
    pub events: Vec<usize>,
    /// Sum of the attendance its events report.
    pub attendance: u64,
    /// The newest day its `_index.md`, `stats.yaml` or one of its events
    /// changed in git (see [`crate::git::attach`]).
    pub updated: Option<date::Day>,
}

/// A page from `content/pages/`.
#[derive(Debug)]
pub struct Page {
    pub file: PathBuf,
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    pub weight: Option<i32>,
    pub body: String,
    /// The line of the file the body starts on.
    pub body_line: usize,
    pub extra: Extra,
    /// The day its file last changed in git (see [`crate::git::attach`]).
    pub updated: Option<date::Day>,
}

impl Site {
    /// Checks and links everything `load` read. Errors and warnings go to
    /// `diags`; the caller stops if there are errors.
    pub fn build(
        root: &Path,
        config: Config,
        sources: Sources,
        options: Options,
        diags: &mut Diagnostics,
    ) -> Site {
        let Sources {
            home,
            years: year_sources,
            events: event_sources,
            pages: page_sources,
        } = sources;
        let mut found = Vec::new();

        let mut years = Vec::new();
        let mut default_library: HashMap<i32, String> = HashMap::new();
        for ys in year_sources {
            let (title, intro, intro_line, extra) = match ys.intro {
                Some(doc) => {
                    if let Some(l) = doc.meta.default_library.as_deref() {
                        let name =
                            config
                                .libraries
                                .registered(l.trim())
                                .unwrap_or_else(|(m, h)| {
                                    found.push(
                                        doc.warning_at_key("default_library", m).with_hint(h),
                                    );
                                    l.trim().to_string()
                                });
                        default_library.insert(ys.year, name);
                    }
                    let body = doc.body().to_string();
                    let line = doc.body_line();
                    (doc.meta.title, body, line, doc.meta.extra)
                }
                None => (None, String::new(), 1, Extra::default()),
            };
            years.push(Year {
                year: ys.year,
                file: Path::new(CONTENT_DIR)
                    .join(ys.year.to_string())
                    .join(INDEX_FILE),
                title,
                intro,
                intro_line,
                extra,
                events: Vec::new(),
                attendance: 0,
                updated: None,
            });
        }

        // In parallel: at 100 000 events this took 0.4 s on one core.
        let converted: Vec<(Option<Event>, Vec<Diagnostic>)> = event_sources
            .into_par_iter()
            .filter(|e| options.drafts || !e.doc.meta.draft)
            .map(|e| {
                let default = default_library.get(&e.folder_year).map(String::as_str);
                let mut diags = Vec::new();
                (
                    Event::from_source(e, default, &config.libraries, &mut diags),
                    diags,
                )
            })
            .collect();
        let mut events = Vec::with_capacity(converted.len());
        for (event, diags) in converted {
            events.extend(event);
            found.extend(diags);
        }
        events.sort_by(|a, b| a.order().cmp(&b.order()));

        index_years(&mut years, &events);
        let taxonomies = index_taxonomies(&mut events, diags);

        let pages = page_sources
            .into_iter()
            .filter(|p| options.drafts || !p.meta.draft)
            .filter_map(|doc| {
                let stem = doc
                    .file
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned());
                let slug = slugify(
                    doc.meta
                        .slug
                        .as_deref()
                        .or(stem.as_deref())
                        .unwrap_or_default(),
                );
                if slug.is_empty() {
                    found.push(
                        doc.error_at_key("slug", Message::new("page-no-slug"))
                            .with_hint(Message::new("page-no-slug-hint")),
                    );
                    return None;
                }
                let body = doc.body().to_string();
                let body_line = doc.body_line();
                Some(Page {
                    file: doc.file,
                    slug,
                    title: doc.meta.title,
                    summary: doc.meta.summary,
                    weight: doc.meta.weight,
                    body,
                    body_line,
                    extra: doc.meta.extra,
                    updated: None,
                })
            })
            .collect::<Vec<_>>();
        diags.extend(found);

        let home = home
            .map(|doc| {
                let body = doc.body().to_string();
                let body_line = doc.body_line();
                Home {
                    file: doc.file,
                    title: doc.meta.title,
                    body_line,
                    body,
                    extra: doc.meta.extra,
                }
            })
            .unwrap_or_else(|| Home {
                file: Path::new(CONTENT_DIR).join(INDEX_FILE),
                title: None,
                body: String::new(),
                body_line: 1,
                extra: Extra::default(),
            });
        let mut pages = pages;
        pages.sort_by(|a, b| {
            (a.weight.unwrap_or(i32::MAX), &a.title).cmp(&(b.weight.unwrap_or(i32::MAX), &b.title))
        });
        Site {
            root: root.to_path_buf(),
            config,
            home,
            years,
            events,
            pages,
            taxonomies,
        }
    }

    pub fn taxonomy(&self, kind: TaxonomyKind) -> &Taxonomy {
        &self.taxonomies[kind.index()]
    }
}

/// Lists each year's events (indexes into `events`, in its order) and sums
/// their attendance.
fn index_years(years: &mut [Year], events: &[Event]) {
    let year_pos: HashMap<i32, usize> =
        years.iter().enumerate().map(|(i, y)| (y.year, i)).collect();
    for y in years.iter_mut() {
        y.events.clear();
        y.attendance = 0;
    }
    for (i, ev) in events.iter().enumerate() {
        // Every event's folder year was registered by `load`.
        if let Some(&y) = year_pos.get(&ev.year) {
            years[y].events.push(i);
            years[y].attendance += u64::from(ev.attendance.unwrap_or(0));
        }
    }
}

/// Builds the five taxonomies and records each event's terms.
fn index_taxonomies(events: &mut [Event], diags: &mut Diagnostics) -> Vec<Taxonomy> {
    let mut out = Vec::new();
    for kind in TaxonomyKind::ALL {
        let mut builder = TaxonomyBuilder::new(kind);
        for (i, ev) in events.iter_mut().enumerate() {
            let names: Vec<&str> = match kind {
                TaxonomyKind::Library => vec![ev.library.as_str()],
                TaxonomyKind::Form => ev.form.as_deref().into_iter().collect(),
                TaxonomyKind::Audience => ev.audience.iter().map(String::as_str).collect(),
                TaxonomyKind::Campaign => ev.campaign.as_deref().into_iter().collect(),
                TaxonomyKind::Tag => ev.tags.iter().map(String::as_str).collect(),
            };
            let mut ids = Vec::new();
            for name in names {
                match builder.add(name, i, ev.attendance, &ev.file) {
                    Some(id) if !ids.contains(&id) => ids.push(id),
                    Some(_) => {}
                    None => diags.push(
                        Diagnostic::error(
                            &ev.file,
                            Message::new("term-no-letters")
                                .arg("field", kind.field())
                                .arg("name", name),
                        )
                        .with_hint(Message::new("term-no-letters-hint")),
                    ),
                }
            }
            ev.terms[kind.index()] = ids;
        }
        let (taxonomy, remap) = builder.finish(diags);
        for ev in events.iter_mut() {
            for id in &mut ev.terms[kind.index()] {
                *id = remap[*id];
            }
        }
        out.push(taxonomy);
    }
    out
}
