//! The charts of the statistics pages, resolved against the figures:
//! those declared in `stats.yaml` (`charts:`), and those the build adds by
//! itself (the events by month and by form, each indicator's trend). The
//! HTML output draws them.

use super::Stats;
use crate::charts::{Across, Chart, ChartSpec, Grouping, Kind, Names};
use crate::error::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::yaml::locate::{self, Locator, Seg};

/// One year's charts, ready to draw.
#[derive(Debug, Default, PartialEq)]
pub struct YearCharts {
    /// Declared in its `stats.yaml`, in order; those with errors left out
    /// (the errors are reported).
    pub declared: Vec<Chart>,
    /// The events by month and by form, when the year has events.
    pub events: Vec<Chart>,
}

impl Stats {
    /// The charts of every year, in the order of [`Stats::years`].
    pub fn year_charts(&self, lang: Lang, diags: &mut Diagnostics) -> Vec<YearCharts> {
        self.years
            .iter()
            .map(|y| YearCharts {
                declared: self.declared(y.year, lang, diags),
                events: self.event_charts(y.year, lang),
            })
            .collect()
    }

    fn declared(&self, year: i32, lang: Lang, diags: &mut Diagnostics) -> Vec<Chart> {
        let Some(f) = self.year(year).and_then(|y| y.file.as_ref()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (n, c) in f.charts.iter().enumerate() {
            match self.chart(&c.spec, Some(year), lang, format!("stats-{}", n + 1)) {
                Ok(chart) => out.push(chart),
                Err((key, message, hint)) => {
                    let line = Locator::new(&f.source).line(&[
                        locate::key("charts"),
                        Seg::Index(n),
                        locate::key(key),
                    ]);
                    diags.push(
                        Diagnostic::error(&f.file, message)
                            .at(&f.source, line.max(c.line), 1)
                            .with_hint(hint),
                    );
                }
            }
        }
        out
    }

    /// The events by month and by form, when the year held any.
    fn event_charts(&self, year: i32, lang: Lang) -> Vec<Chart> {
        let Some(y) = self.year(year) else {
            return Vec::new();
        };
        let held = y.events.first().is_some_and(|d| {
            d.series[0]
                .values
                .iter()
                .any(|c| c.addable().is_some_and(|v| v.units > 0))
        });
        if !held {
            return Vec::new();
        }
        [
            ("events-by-month", Kind::Bar, "events-month"),
            ("events-by-form", Kind::Donut, "events-form"),
        ]
        .into_iter()
        .filter_map(|(data, kind, id)| {
            // The page's table of the same data follows, with the
            // visitors beside the events: the figure needs no copy of it.
            let spec = ChartSpec {
                table: false,
                ..auto_spec(id, kind, data, year, "events")
            };
            self.chart(&spec, Some(year), lang, id.to_string()).ok()
        })
        .collect()
    }

    /// A line chart per indicator with figures in more than one year,
    /// from the data of `last`, the site's latest year.
    pub fn trend_charts(&self, last: i32, lang: Lang) -> Vec<Chart> {
        self.trends
            .iter()
            .filter(|t| t.points.len() > 1)
            .filter_map(|t| {
                let mut spec = auto_spec(
                    &format!("trend-{}", t.id),
                    Kind::Line,
                    "trends",
                    last,
                    &t.id,
                );
                spec.title = Some(match &t.unit {
                    Some(u) => format!("{}, {u}", t.name),
                    None => t.name.clone(),
                });
                self.chart(&spec, Some(last), lang, t.id.clone()).ok()
            })
            .collect()
    }
}

/// A chart the build adds by itself (event figures, trends).
fn auto_spec(id: &str, kind: Kind, data: &str, year: i32, y: &str) -> ChartSpec {
    ChartSpec {
        id: Some(id.to_string()),
        kind,
        data: data.to_string(),
        x: Across::Rows,
        y: Names(vec![y.to_string()]),
        rows: Names::default(),
        group: Grouping::Grouped,
        orientation: None,
        inner_radius: None,
        labels: true,
        title: None,
        alt: None,
        table: true,
        year: Some(year),
    }
}
