//! Statistics: each year's `content/<year>/stats.yaml` (indicators, tables,
//! declared charts), the figures counted from the events, and the
//! multi-year trends of indicators that keep their id.
//!
//! [`attach`] runs after the model is built: it reads and checks every
//! statistics file, renders their charts and the ```` ```chart ```` blocks
//! of every Markdown text, and leaves the finished page views in
//! [`Site::stats`], so rendering only reads them.

mod bounds;
mod columns;
mod events;
mod formula;
mod locate;
pub mod number;
mod schema;
mod table;
mod view;
mod year;

use std::path::PathBuf;

pub use view::StatsPages;
pub use year::split_hint;

use crate::error::Diagnostics;
use crate::model::Site;
use number::{Cell, Decimal};
use year::YearFile;

/// The file name of a year's statistics.
pub const STATS_FILE: &str = "stats.yaml";

/// Data a chart can draw: categories along one axis, one or more series.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub id: String,
    pub title: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Series {
    /// What a chart's `y:` names it by.
    pub key: String,
    /// What the legend and the table call it.
    pub name: String,
    /// One per category.
    pub values: Vec<Cell>,
}

/// Everything statistical of one year.
#[derive(Debug)]
pub struct YearStats {
    pub year: i32,
    pub file: Option<YearFile>,
    /// The year has a `stats.yaml` that could not be used (its errors are
    /// reported), so missing data is no news.
    pub failed: bool,
    pub events: Vec<Dataset>,
}

/// An indicator over the years that have a figure for it.
#[derive(Debug)]
pub struct Trend {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub points: Vec<(i32, Decimal)>,
}

/// All years' statistics.
#[derive(Debug)]
pub struct Stats {
    pub years: Vec<YearStats>,
    pub trends: Vec<Trend>,
}

impl Stats {
    /// Reads every year's file and counts the events.
    pub fn build(site: &Site, diags: &mut Diagnostics) -> Stats {
        let years: Vec<YearStats> = site
            .years
            .iter()
            .map(|y| {
                let rel = PathBuf::from(crate::load::CONTENT_DIR)
                    .join(y.year.to_string())
                    .join(STATS_FILE);
                let exists = site.root.join(&rel).is_file();
                let file = exists
                    .then(|| YearFile::load(&site.root, &rel, diags))
                    .flatten();
                YearStats {
                    year: y.year,
                    failed: exists && file.is_none(),
                    file,
                    events: events::datasets(site, y.year),
                }
            })
            .collect();
        let trends = trends(&years);
        Stats { years, trends }
    }

    pub fn year(&self, year: i32) -> Option<&YearStats> {
        self.years.iter().find(|y| y.year == year)
    }

    /// The dataset `id` of `year`: a table of its file or an event dataset.
    pub fn dataset(&self, year: i32, id: &str) -> Option<Dataset> {
        let y = self.year(year)?;
        if let Some(d) = y.events.iter().find(|d| d.id == id) {
            return Some(d.clone());
        }
        if id == "trends" {
            return Some(self.trends_dataset());
        }
        let table = y.file.as_ref()?.tables.iter().find(|t| t.id == id)?;
        let rows: Vec<&table::Row> = table
            .rows
            .iter()
            .filter(|r| r.has_values && !r.total)
            .collect();
        Some(Dataset {
            id: table.id.clone(),
            title: table.title.clone(),
            categories: rows.iter().map(|r| r.label.clone()).collect(),
            series: table
                .columns
                .iter()
                .enumerate()
                .filter(|(_, col)| !col.total)
                .map(|(c, col)| Series {
                    key: col.key.clone(),
                    name: col.name.clone(),
                    values: rows.iter().map(|r| r.cells[c].clone()).collect(),
                })
                .collect(),
            unit: table.unit.clone(),
        })
    }

    /// Every dataset id of `year`, for suggestions.
    pub fn dataset_ids(&self, year: i32) -> Vec<String> {
        let mut ids: Vec<String> = events::IDS.iter().map(|s| s.to_string()).collect();
        ids.push("trends".to_string());
        if let Some(f) = self.year(year).and_then(|y| y.file.as_ref()) {
            ids.extend(f.tables.iter().map(|t| t.id.clone()));
        }
        ids
    }

    /// Years as categories, one series per indicator.
    fn trends_dataset(&self) -> Dataset {
        let mut years: Vec<i32> = self
            .trends
            .iter()
            .flat_map(|t| t.points.iter().map(|p| p.0))
            .collect();
        years.sort_unstable();
        years.dedup();
        Dataset {
            id: "trends".to_string(),
            title: String::new(),
            categories: years.iter().map(i32::to_string).collect(),
            series: self
                .trends
                .iter()
                .map(|t| Series {
                    key: t.id.clone(),
                    name: t.name.clone(),
                    values: years
                        .iter()
                        .map(|y| {
                            let v = t.points.iter().find(|p| p.0 == *y);
                            Cell(v.map(|(_, d)| number::Figure {
                                number: *d,
                                percent: false,
                                second: None,
                            }))
                        })
                        .collect(),
                })
                .collect(),
            unit: None,
        }
    }
}

/// Each indicator id's figure in every year that has one; name and unit
/// from the latest year.
fn trends(years: &[YearStats]) -> Vec<Trend> {
    let mut out: Vec<Trend> = Vec::new();
    for y in years.iter().rev() {
        let Some(f) = &y.file else { continue };
        for ind in &f.indicators {
            if !out.iter().any(|t| t.id == ind.id) {
                out.push(Trend {
                    id: ind.id.clone(),
                    name: ind.name.clone(),
                    unit: ind.unit.clone(),
                    points: Vec::new(),
                });
            }
        }
    }
    for y in years {
        let Some(f) = &y.file else { continue };
        for (id, v) in &f.values {
            if let Some(t) = out.iter_mut().find(|t| t.id == *id) {
                t.points.retain(|p| p.0 != y.year);
                t.points.push((y.year, *v));
            }
        }
        // «Done last year» columns and columns headed by a year give other
        // years a figure, unless that year's own file gave one.
        let others = f.last_year.iter().map(|(id, v)| (id, y.year - 1, v));
        for (id, year, v) in others.chain(f.by_year.iter().map(|(id, year, v)| (id, *year, v))) {
            if let Some(t) = out.iter_mut().find(|t| t.id == *id) {
                if !t.points.iter().any(|p| p.0 == year) {
                    t.points.push((year, *v));
                }
            }
        }
    }
    for t in &mut out {
        t.points.sort_by_key(|p| p.0);
    }
    out.retain(|t| !t.points.is_empty());
    out
}

/// For `fuzz/`: `text` read as a year's `stats.yaml`, every table, figure
/// and ratio built; whatever it is, this returns (no panic, no hang).
pub fn parse_for_fuzzing(text: &str) {
    let rel = std::path::Path::new("content/2023/stats.yaml");
    let mut diags = Diagnostics::default();
    drop(year::YearFile::parse(rel, text.to_string(), &mut diags));
}

/// Builds the statistics of `site`, renders every chart (declared and in
/// Markdown) and stores the page views in the site.
pub fn attach(site: &mut Site, diags: &mut Diagnostics) {
    let stats = Stats::build(site, diags);
    crate::charts::markdown::expand_all(site, &stats, diags);
    site.stats = view::build(site, &stats, diags);
}

/// Makes the statistics pages of `site` again after its events changed
/// (`serve`'s edits of one event). The charts in Markdown stay as they
/// are: their sources were replaced by placeholders, so a site whose
/// charts show other figures now needs [`attach`] on a fresh model.
pub fn refresh(site: &mut Site, diags: &mut Diagnostics) {
    let stats = Stats::build(site, diags);
    site.stats = view::build(site, &stats, diags);
}
