//! Statistics: each year's `content/<year>/stats.yaml` (indicators, tables,
//! declared charts), the figures counted from the events, and the
//! multi-year trends of indicators that keep their id.
//!
//! [`Statistics::build`] runs after the model is built: it reads and
//! checks every statistics file, counts the events, and resolves every
//! chart (declared, added by the build, and ```` ```chart ```` blocks of
//! Markdown texts). It hands them on typed; the outputs format and draw
//! them, and nothing here writes into the model.

mod balance;
mod bounds;
mod charts;
mod checks;
mod columns;
mod derived;
mod events;
pub(crate) mod formula;
mod markdown;
mod schema;
mod shares;
mod table;
mod year;

use std::path::PathBuf;
use std::sync::Arc;

pub use charts::YearCharts;
pub use markdown::MarkdownCharts;
pub use table::{HeaderCell, Table};
pub use year::YearFile;

use crate::charts::{At, Chart, ChartSpec, Dataset, Series, SpecError};
use crate::error::{suggest, Diagnostics, Message};
use crate::i18n::Lang;
use crate::model::Site;
use crate::number::{Cell, Decimal};

/// The file name of a year's statistics.
pub const STATS_FILE: &str = "stats.yaml";

/// Everything statistical of one year.
#[derive(Debug)]
pub struct YearStats {
    pub year: i32,
    /// Shared: `serve` counts the events again after an edit and keeps
    /// the files as they were read.
    pub file: Option<Arc<YearFile>>,
    /// The year has a `stats.yaml` that could not be used (its errors are
    /// reported), so missing data is no news.
    pub failed: bool,
    /// Plan completion and change of each plan/actual table of the file
    /// ([`derived`]), in the file's order.
    pub derived: Vec<Table>,
    pub events: Vec<Dataset>,
}

impl YearStats {
    /// Whether the year's file has a table: then it has a workbook.
    pub fn has_tables(&self) -> bool {
        self.file.as_ref().is_some_and(|f| !f.tables.is_empty())
    }

    /// The tables of the file, each followed by its derived table: the
    /// sheets of the year's workbook and the CSV files, in order.
    pub fn tables(&self) -> Vec<&Table> {
        let mut out = Vec::new();
        for t in self.file.iter().flat_map(|f| &f.tables) {
            out.push(t);
            let id = format!("{}-derived", t.id);
            out.extend(self.derived.iter().find(|d| d.id == id));
        }
        out
    }

    /// Whether `other` holds what this holds: the same file as read, the
    /// same event figures (the derived tables come from the file).
    pub fn same_as(&self, other: &YearStats) -> bool {
        let same_file = match (&self.file, &other.file) {
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_file
            && (self.year, self.failed) == (other.year, other.failed)
            && self.events == other.events
    }
}

/// An indicator over the years that have a figure for it.
#[derive(Debug, PartialEq)]
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
                    .flatten()
                    .map(Arc::new);
                YearStats {
                    year: y.year,
                    failed: exists && file.is_none(),
                    derived: derived_tables(file.as_deref(), site.config.language),
                    file,
                    events: events::datasets(site, y.year),
                }
            })
            .collect();
        let trends = trends(&years);
        Stats { years, trends }
    }

    /// These statistics for `site`, whose events changed since they were
    /// made but not its years or files: the files kept as they were read,
    /// the events counted again.
    pub fn recount(&self, site: &Site) -> Stats {
        let years: Vec<YearStats> = site
            .years
            .iter()
            .map(|y| {
                let old = self.year(y.year);
                let file = old.and_then(|o| o.file.clone());
                YearStats {
                    year: y.year,
                    derived: derived_tables(file.as_deref(), site.config.language),
                    file,
                    failed: old.is_some_and(|o| o.failed),
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
                .filter(|(_, col)| !col.total && col.kind == schema::Kind::Figures)
                .map(|(c, col)| Series {
                    key: col.key.clone(),
                    name: col.name.clone(),
                    values: rows.iter().map(|r| r.cells[c].clone()).collect(),
                })
                .collect(),
            unit: table.unit.clone(),
        })
    }

    /// `spec` resolved against the data of `year` (the spec's own
    /// `year:` first): the chart ready to draw, or what is wrong with it.
    pub fn chart(
        &self,
        spec: &ChartSpec,
        year: Option<i32>,
        lang: Lang,
        id: String,
    ) -> Result<Chart, SpecError> {
        let year = spec.year.or(year).ok_or_else(|| {
            (
                "data",
                Message::new("chart-no-year"),
                Message::new("chart-no-year-hint"),
            )
        })?;
        let data = self.dataset(year, &spec.data).ok_or_else(|| {
            let ids = self.dataset_ids(year);
            let hint = match suggest(&spec.data, ids.iter().map(String::as_str)) {
                Some(s) => Message::new("chart-no-data-hint-near").arg("near", s),
                None => Message::new("chart-no-data-hint"),
            };
            let hint = hint
                .arg("year", year.to_string())
                .arg("ids", ids.join(", "));
            let said = Message::new("chart-no-data")
                .arg("data", spec.data.as_str())
                .arg("year", year.to_string());
            ("data", said, hint)
        })?;
        Chart::resolve(spec, data, At { lang, id, year })
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
                            Cell::from(v.map(|(_, d)| crate::number::Figure::of(*d)))
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
/// The plan/actual tables of a year's file, as derived tables.
fn derived_tables(file: Option<&YearFile>, lang: Lang) -> Vec<Table> {
    file.iter()
        .flat_map(|f| &f.tables)
        .filter_map(|t| derived::table(t, lang))
        .collect()
}

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

/// What the statistics stage hands on: every figure still typed, every
/// chart resolved against them, for the outputs to format and draw.
#[derive(Debug)]
pub struct Statistics {
    pub stats: Stats,
    /// Per year of the site, in its order.
    pub charts: Vec<YearCharts>,
    /// Each indicator's line over the years.
    pub trend_charts: Vec<Chart>,
    /// The ```` ```chart ```` blocks of every Markdown text.
    pub markdown: MarkdownCharts,
}

impl Statistics {
    /// Reads and checks every statistics file, counts the events and
    /// resolves every chart, declared and in Markdown; errors go to
    /// `diags`.
    pub fn build(site: &Site, diags: &mut Diagnostics) -> Statistics {
        Statistics::resolve(site, Stats::build(site, diags), diags)
    }

    /// These statistics for `site`, whose events changed but not its
    /// years or statistics files (see [`Stats::recount`]). The files'
    /// warnings were given when they were read.
    pub fn recount(&self, site: &Site) -> Statistics {
        let stats = self.stats.recount(site);
        Statistics::resolve(site, stats, &mut Diagnostics::default())
    }

    /// Every chart of `stats` resolved.
    /// Every chart of the site: the years' declared and event charts, the
    /// trends, the charts in Markdown texts.
    pub fn every_chart(&self) -> impl Iterator<Item = &Chart> {
        let years = self
            .charts
            .iter()
            .flat_map(|y| y.declared.iter().chain(&y.events));
        years.chain(&self.trend_charts).chain(self.markdown.all())
    }

    fn resolve(site: &Site, stats: Stats, diags: &mut Diagnostics) -> Statistics {
        let lang = site.config.language;
        let charts = stats.year_charts(lang, diags);
        let trend_charts = site
            .years
            .last()
            .map(|y| stats.trend_charts(y.year, lang))
            .unwrap_or_default();
        let markdown = MarkdownCharts::build(site, &stats, diags);
        Statistics {
            stats,
            charts,
            trend_charts,
            markdown,
        }
    }
}
