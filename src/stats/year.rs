//! One `content/<year>/stats.yaml`: parsed, its tables checked, its
//! indicators' year figures and declared ratios computed.

use std::path::{Path, PathBuf};

use super::schema::{Role, StatsFile};
use super::table::{Ctx, Table};
use crate::charts::ChartSpec;
use crate::error::{Diagnostics, Message};
use crate::number::{Cell, Decimal};
use crate::yaml::locate::{key, Locator, Seg};
use crate::yaml::{self, Fragment};

/// An indicator as declared in a year's file.
#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
}

/// A key figure of the year: stated under `figures:` or computed (a ratio).
#[derive(Debug)]
pub struct KeyFigure {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub cell: Cell,
    /// For a ratio: the value computed; `cell` is empty then.
    pub ratio: Option<f64>,
}

/// A chart declared in the file, with where it was written.
#[derive(Debug)]
pub struct DeclaredChart {
    pub spec: ChartSpec,
    pub line: usize,
}

#[derive(Debug)]
pub struct YearFile {
    pub file: PathBuf,
    pub source: String,
    pub indicators: Vec<Indicator>,
    pub figures: Vec<KeyFigure>,
    pub tables: Vec<Table>,
    pub charts: Vec<DeclaredChart>,
    /// Each indicator's figure for the year, for trends.
    pub values: Vec<(String, Decimal)>,
    /// Figures for the year before, from «last year» columns.
    pub last_year: Vec<(String, Decimal)>,
    /// Figures for other years, from columns headed by a year.
    pub by_year: Vec<(String, i32, Decimal)>,
}

impl YearFile {
    /// Reads `rel` (relative to `root`); `None` if it can't be used, with
    /// the reasons in `diags`.
    pub fn load(root: &Path, rel: &Path, diags: &mut Diagnostics) -> Option<YearFile> {
        match crate::load::read_text(&root.join(rel), rel) {
            Ok(source) => YearFile::parse(rel, source, diags),
            Err(d) => {
                diags.push(d);
                None
            }
        }
    }

    /// The statistics in `source`, the text of `rel`; `None` if they
    /// can't be used, with the reasons in `diags`.
    pub fn parse(rel: &Path, source: String, diags: &mut Diagnostics) -> Option<YearFile> {
        let fragment = Fragment {
            source: &source,
            yaml: &source,
            first_line: 1,
        };
        let spec: StatsFile = match yaml::parse(rel, fragment) {
            Ok(s) => s,
            Err(d) => {
                diags.push(d);
                return None;
            }
        };
        if let Err(d) = super::bounds::check(rel, &spec) {
            diags.push(d);
            return None;
        }
        let before = diags.error_count();
        let ctx = Ctx {
            file: rel,
            loc: Locator::new(&source),
            indicators: &spec.indicators,
        };
        let StatsFile {
            indicators,
            ratios,
            figures,
            tables: table_specs,
            charts,
        } = &spec;
        let mut tables = Vec::new();
        let mut values: Vec<(String, Decimal)> = Vec::new();
        let mut last_year: Vec<(String, Decimal)> = Vec::new();
        let mut by_year = Vec::new();
        let mut ids: Vec<&str> = Vec::new();
        for (t, ts) in table_specs.iter().enumerate() {
            if ids.contains(&ts.id.as_str()) || super::events::IDS.contains(&ts.id.as_str()) {
                diags.push(ctx.error(
                    &[key("tables"), Seg::Index(t), key("id")],
                    Message::new("stats-table-id-taken").arg("id", ts.id.as_str()),
                    Message::new("stats-table-id-taken-hint"),
                ));
            }
            ids.push(&ts.id);
        }
        for (t, ts) in table_specs.iter().enumerate() {
            if let Some(table) = Table::build(ts, t, &ctx, diags) {
                for (id, v) in table.indicator_figures(Role::Actual) {
                    if !values.iter().any(|(k, _)| *k == id) {
                        values.push((id, v));
                    }
                }
                last_year.extend(table.indicator_figures(Role::LastYear));
                by_year.extend(table.by_year());
                tables.push(table);
            }
        }
        let mut key_figures = Vec::new();
        for (id, cell) in &figures.0 {
            let Some(ind) = indicators.get(id) else {
                diags.push(ctx.unknown_indicator(&[key("figures"), key(id)], id));
                continue;
            };
            if let Some(v) = cell.addable() {
                values.retain(|(k, _)| k != id);
                values.push((id.clone(), v));
            }
            key_figures.push(KeyFigure {
                id: id.clone(),
                name: ind.name.clone(),
                unit: ind.unit.clone(),
                cell: cell.clone(),
                ratio: None,
            });
        }
        for (id, ratio) in &ratios.0 {
            let mut value_of = |field: &str, of: &str| -> Option<f64> {
                match values.iter().find(|(k, _)| k == of) {
                    Some((_, v)) => Some(v.to_f64()),
                    None => {
                        let path = [key("ratios"), key(id), key(field)];
                        if indicators.get(of).is_none() {
                            diags.push(ctx.unknown_indicator(&path, of));
                        } else {
                            diags.push(ctx.error(
                                &path,
                                Message::new("stats-indicator-no-figure").arg("id", of),
                                Message::new("stats-indicator-no-figure-hint"),
                            ));
                        }
                        None
                    }
                }
            };
            let n = value_of("numerator", &ratio.numerator);
            let d = value_of("denominator", &ratio.denominator);
            let value = n.zip(d).filter(|(_, d)| *d != 0.0).map(|(n, d)| n / d);
            key_figures.push(KeyFigure {
                id: id.clone(),
                name: ratio.name.clone(),
                unit: None,
                cell: Cell::default(),
                ratio: value,
            });
        }
        if diags.error_count() > before {
            return None;
        }
        let chart_lines: Vec<usize> = (0..charts.len())
            .map(|i| ctx.loc.line(&[key("charts"), Seg::Index(i)]))
            .collect();
        let indicators = indicators
            .0
            .iter()
            .map(|(id, i)| Indicator {
                id: id.clone(),
                name: i.name.clone(),
                unit: i.unit.clone(),
            })
            .collect();
        drop(ctx);
        let charts = spec
            .charts
            .into_iter()
            .zip(chart_lines)
            .map(|(spec, line)| DeclaredChart { spec, line })
            .collect();
        Some(YearFile {
            file: rel.to_path_buf(),
            source,
            indicators,
            figures: key_figures,
            tables,
            charts,
            values,
            last_year,
            by_year,
        })
    }
}
