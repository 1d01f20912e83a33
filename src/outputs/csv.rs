//! The statistics as CSV, one file per table (derived tables included)
//! and dataset, beside the statistics pages that link to them: what a
//! methodologist opens in a spreadsheet.

use crate::charts::Dataset;
use crate::model::Site;
use crate::number::Cell;
use crate::routes::dataset_csv as csv_path;
use crate::stats::{Statistics, Table};

/// Every CSV file of `statistics`: (output path, text).
pub fn files(site: &Site, statistics: &Statistics) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for y in &statistics.stats.years {
        for t in y.tables() {
            out.push((csv_path(y.year, &t.id), table_csv(t)));
        }
        for d in &y.events {
            out.push((csv_path(y.year, &d.id), dataset_csv(d)));
        }
    }
    if let Some(last) = site.years.last() {
        if let Some(data) = statistics.stats.dataset(last.year, "trends") {
            if !data.series.is_empty() {
                out.push((csv_path(last.year, "trends"), dataset_csv(&data)));
            }
        }
    }
    out
}

/// RFC 4180: quote fields with commas, quotes or line breaks; a text
/// that a spreadsheet would run as a formula is defused first.
fn csv_field(s: &str) -> String {
    let s = crate::stats::formula::defused(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_line(fields: impl IntoIterator<Item = String>) -> String {
    let mut line = fields
        .into_iter()
        .map(|f| csv_field(&f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn table_csv(t: &Table) -> String {
    let mut out = csv_line(
        std::iter::once(t.row_heading.clone().unwrap_or_default()).chain(t.columns.iter().map(
            |c| match &c.pair {
                // What each figure of its «19/29» cells is.
                Some([a, b]) => format!("{} ({a} / {b})", c.key),
                None => c.key.clone(),
            },
        )),
    );
    for r in &t.rows {
        out += &csv_line(std::iter::once(r.label.clone()).chain(r.cells.iter().map(Cell::plain)));
    }
    out
}

fn dataset_csv(d: &Dataset) -> String {
    let mut out =
        csv_line(std::iter::once(String::new()).chain(d.series.iter().map(|s| s.name.clone())));
    for (c, cat) in d.categories.iter().enumerate() {
        out += &csv_line(
            std::iter::once(cat.clone()).chain(d.series.iter().map(|s| s.values[c].plain())),
        );
    }
    out
}
