//! How big a year's statistics may get once YAML has expanded them.
//!
//! YAML anchors and aliases repeat a part of the file wherever it is named:
//! a 224 KB `stats.yaml`, under the parser's size and alias limits, grew
//! into 111 110 columns × 10 rows, a minute of work, gigabytes of memory
//! and a 360 MB page. A real report's tables have a few hundred cells, so
//! the file is refused past [`MAX_CELLS`], before any table is built.

use std::path::Path;

use super::schema::{ColumnSpec, RowSpec, StatsFile};
use crate::error::{Diagnostic, Message};

/// Cells (columns and row values, headings included) a year may have.
pub const MAX_CELLS: usize = 50_000;

/// An error naming `file` if `spec` has more than [`MAX_CELLS`] cells.
pub fn check(file: &Path, spec: &StatsFile) -> Result<(), Diagnostic> {
    let mut cells = 0usize;
    for t in &spec.tables {
        cells = cells
            .saturating_add(columns(&t.columns))
            .saturating_add(t.rows.iter().map(row_cells).fold(0, usize::saturating_add));
    }
    if cells <= MAX_CELLS {
        return Ok(());
    }
    Err(Diagnostic::error(
        file,
        Message::new("stats-too-many-cells")
            .arg("cells", cells)
            .arg("limit", MAX_CELLS),
    )
    .with_hint(Message::new("stats-too-many-cells-hint")))
}

fn columns(cols: &[ColumnSpec]) -> usize {
    cols.iter()
        .map(|c| 1usize.saturating_add(columns(&c.columns)))
        .fold(0, usize::saturating_add)
}

fn row_cells(row: &RowSpec) -> usize {
    let own = row.values.as_ref().map_or(0, Vec::len) + 1;
    row.rows
        .iter()
        .map(row_cells)
        .fold(own, usize::saturating_add)
}
