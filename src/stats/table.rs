//! A table of a report, checked: columns under their headings, rows with
//! one figure per column, declared totals that add up, percentages that
//! make sense, and plan completion and change on last year computed.

use std::path::Path;

use super::checks::Mismatch;
use super::columns::ColumnTree;
use super::schema::{IndicatorSpec, Kind, Ordered, Raw, Role, RowSpec, TableSpec, TotalCheck};
use crate::error::{suggest, Diagnostic, Diagnostics, Message, Severity};
use crate::number::{BadFigure, Cell, Decimal};
use crate::yaml::locate::{key, Locator, Seg};

/// What table checks need to know about the file.
pub struct Ctx<'a> {
    pub file: &'a Path,
    pub loc: Locator<'a>,
    pub indicators: &'a Ordered<IndicatorSpec>,
}

impl Ctx<'_> {
    pub fn error(&self, path: &[Seg], message: Message, hint: Message) -> Diagnostic {
        let line = self.loc.line(path);
        Diagnostic::error(self.file, message)
            .at(self.loc.source(), line, 1)
            .with_hint(hint)
    }

    pub(super) fn error_at(
        &self,
        (line, col): (usize, usize),
        message: Message,
        hint: Message,
    ) -> Diagnostic {
        Diagnostic::error(self.file, message)
            .at(self.loc.source(), line, col)
            .with_hint(hint)
    }

    /// An unknown indicator id, with the closest known one.
    pub fn unknown_indicator(&self, path: &[Seg], id: &str) -> Diagnostic {
        let hint = match suggest(id, self.indicators.keys()) {
            Some(s) => Message::new("stats-indicator-unknown-hint-near").arg("near", s),
            None => Message::new("stats-indicator-unknown-hint").arg("id", id),
        };
        self.error(
            path,
            Message::new("stats-indicator-unknown").arg("id", id),
            hint,
        )
    }
}

/// A heading cell over the columns.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct HeaderCell {
    pub text: String,
    pub colspan: usize,
    pub rowspan: usize,
}

#[derive(Debug)]
pub struct Column {
    /// Its `id:`, or its headings joined: `1 квартал / охват`.
    pub key: String,
    /// Its headings joined: `1 квартал / охват`.
    pub name: String,
    pub role: Option<Role>,
    /// A total or `sum:` column: charts leave it out.
    pub total: bool,
    /// The headings below the role's: the series of a plan/actual table.
    pub series: String,
    pub kind: Kind,
    /// What each figure of its «19/29» cells is.
    pub pair: Option<[String; 2]>,
    /// For a % column, the column whose total its figures are shares of.
    pub share_of: Option<String>,
}

#[derive(Debug)]
pub struct Row {
    pub label: String,
    /// 0 for a top row, 1 for its «в т.ч.» rows, …
    pub depth: usize,
    pub indicator: Option<String>,
    pub unit: Option<String>,
    /// One per column; all empty for a heading row.
    pub cells: Vec<Cell>,
    pub total: bool,
    /// Whether the row was written with `values:`.
    pub has_values: bool,
}

#[derive(Debug)]
pub struct Table {
    pub id: String,
    pub title: String,
    pub note: Option<String>,
    pub unit: Option<String>,
    pub row_heading: Option<String>,
    pub header: Vec<Vec<HeaderCell>>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Totals that don't add up, kept because the table says `totals: warn`:
    /// the page shows both figures.
    pub mismatches: Vec<Mismatch>,
}

impl Table {
    /// Checks `spec` (table number `t` of the file); `None` when it has
    /// errors, all of them in `diags`.
    pub fn build(spec: &TableSpec, t: usize, ctx: &Ctx, diags: &mut Diagnostics) -> Option<Table> {
        let before = diags.error_count();
        let base = vec![key("tables"), Seg::Index(t)];
        let mut cols = ColumnTree::default();
        let mut cpath = base.clone();
        cpath.push(key("columns"));
        cols.walk(&spec.columns, &cpath, &[], None, 0, ctx, diags);
        let header = cols.header();
        let mut rows = Vec::new();
        let mut checks = Vec::new();
        let mut rpath = base.clone();
        rpath.push(key("rows"));
        flatten_rows(
            &spec.rows,
            &rpath,
            0,
            &cols.leaves,
            ctx,
            &mut rows,
            &mut checks,
            diags,
        );
        if diags.error_count() > before {
            return None;
        }
        let mut table = Table {
            id: spec.id.clone(),
            title: spec.title.clone(),
            note: spec.note.clone(),
            unit: spec.unit.clone(),
            row_heading: spec.row_heading.clone(),
            header,
            columns: cols.leaves,
            rows,
            mismatches: Vec::new(),
        };
        let mut found = Vec::new();
        table.check_row_totals(&checks, ctx, &mut found);
        table.check_column_totals(&cols.sums, &checks, ctx, &mut found);
        table.check_shares(&checks, &cpath, ctx, &mut found, diags);
        if let Some(b) = &spec.balance {
            let mut bpath = base.clone();
            bpath.push(key("balance"));
            table.check_balance(b, &checks, &bpath, ctx, &mut found, diags);
        }
        for (mut d, m) in found {
            if spec.totals == TotalCheck::Warn {
                d.severity = Severity::Warning;
                table.mismatches.push(m);
            }
            diags.push(d);
        }
        table.check_percentages(&checks, ctx, diags);
        table.check_roles(&cpath, ctx, diags);
        if diags.error_count() > before {
            return None;
        }
        Some(table)
    }

    /// Figures of rows bound to an indicator in columns headed by a year
    /// («2021», «2022»): (indicator, year, figure), for trends.
    pub fn by_year(&self) -> Vec<(String, i32, Decimal)> {
        let years: Vec<(usize, i32)> = self
            .columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.name.len() == 4)
            .filter_map(|(i, c)| c.name.parse().ok().map(|y| (i, y)))
            .collect();
        let mut out = Vec::new();
        for row in &self.rows {
            let Some(id) = &row.indicator else { continue };
            for &(c, year) in &years {
                if let Some(v) = row.cells[c].addable() {
                    out.push((id.clone(), year, v));
                }
            }
        }
        out
    }

    /// The figure of each row bound to an indicator in a plan/actual
    /// table: the sum of its `role` columns (`Actual` for this year,
    /// `LastYear` for the year before).
    pub fn indicator_figures(&self, role: Role) -> Vec<(String, Decimal)> {
        let cols: Vec<usize> = (0..self.columns.len())
            .filter(|&c| self.columns[c].role == Some(role))
            .collect();
        self.rows
            .iter()
            .filter_map(|row| {
                let id = row.indicator.clone()?;
                let parts: Option<Vec<Decimal>> =
                    cols.iter().map(|&c| row.cells[c].addable()).collect();
                let sum = parts?.into_iter().reduce(Decimal::checked_add)?;
                Some((id, sum))
            })
            .collect()
    }
}

/// Where a row's figures are, and what its total (if any) adds up.
pub struct RowCheck {
    pub(super) values_path: Vec<Seg>,
    pub(super) addends: Vec<usize>,
    pub(super) of_children: bool,
}

#[allow(clippy::too_many_arguments)] // one recursive walk; a struct would only rename them
fn flatten_rows(
    specs: &[RowSpec],
    path: &[Seg],
    depth: usize,
    columns: &[Column],
    ctx: &Ctx,
    rows: &mut Vec<Row>,
    checks: &mut Vec<RowCheck>,
    diags: &mut Diagnostics,
) -> Vec<usize> {
    let mut mine = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let mut here = path.to_vec();
        here.push(Seg::Index(i));
        let indicator = spec
            .indicator
            .as_deref()
            .and_then(|id| match ctx.indicators.get(id) {
                Some(ind) => Some((id, ind)),
                None => {
                    let mut p = here.clone();
                    p.push(key("indicator"));
                    diags.push(ctx.unknown_indicator(&p, id));
                    None
                }
            });
        let label = match (&spec.label, indicator) {
            (Some(l), _) => l.trim().to_string(),
            (None, Some((_, ind))) => ind.name.clone(),
            (None, None) => {
                if spec.indicator.is_none() {
                    diags.push(ctx.error(
                        &here,
                        Message::new("stats-row-no-label"),
                        Message::new("stats-row-no-label-hint"),
                    ));
                }
                continue;
            }
        };
        let mut values_path = here.clone();
        values_path.push(key("values"));
        let width = columns.len();
        let cells = match &spec.values {
            Some(v) if v.len() != width => {
                diags.push(
                    ctx.error(
                        &values_path,
                        Message::new("stats-row-width")
                            .arg("label", label.as_str())
                            .arg("count", v.len())
                            .arg("width", width),
                        Message::new("stats-row-width-hint"),
                    ),
                );
                continue;
            }
            Some(v) => cells(v, columns, &label, &values_path, ctx, diags),
            None => vec![Cell::default(); width],
        };
        let at = rows.len();
        rows.push(Row {
            label,
            depth,
            indicator: indicator.map(|(id, _)| id.to_string()),
            unit: indicator.and_then(|(_, ind)| ind.unit.clone()),
            cells,
            total: spec.total,
            has_values: spec.values.is_some(),
        });
        checks.push(RowCheck {
            values_path,
            addends: Vec::new(),
            of_children: false,
        });
        mine.push(at);
        let mut sub = here.clone();
        sub.push(key("rows"));
        let children = flatten_rows(
            &spec.rows,
            &sub,
            depth + 1,
            columns,
            ctx,
            rows,
            checks,
            diags,
        );
        if spec.total && !children.is_empty() {
            checks[at].addends = children
                .into_iter()
                .filter(|&c| !rows[c].total && rows[c].has_values)
                .collect();
            checks[at].of_children = true;
        }
    }
    for &r in &mine {
        if rows[r].total && !checks[r].of_children {
            checks[r].addends = mine
                .iter()
                .copied()
                .filter(|&o| !rows[o].total && rows[o].has_values)
                .collect();
        }
    }
    mine
}

/// The values of row `label` read by their columns: figures, or texts
/// under `kind: text`; a pair only where the column says what each of its
/// figures is. What can't be read is an error at the value.
fn cells(
    values: &[Raw],
    columns: &[Column],
    label: &str,
    path: &[Seg],
    ctx: &Ctx,
    diags: &mut Diagnostics,
) -> Vec<Cell> {
    values
        .iter()
        .zip(columns)
        .enumerate()
        .map(|(c, (raw, column))| {
            let at = ctx.loc.item(path, c);
            let read = match (raw, column.kind) {
                (Raw::Null, _) => Ok(Cell::Unknown),
                (Raw::Bool(b), _) => Err(BadFigure::yes_no(*b)),
                (Raw::Text(t), Kind::Text) => Ok(match t.trim().parse::<Cell>() {
                    Ok(Cell::None) => Cell::None,
                    _ => Cell::Text(t.trim().to_string()),
                }),
                (Raw::Text(t), Kind::Figures) => t.parse::<Cell>(),
            };
            match read {
                Ok(Cell::Pair(..)) if column.pair.is_none() => {
                    diags.push(
                        ctx.error_at(
                            at,
                            Message::new("stats-pair-undeclared")
                                .arg("label", label)
                                .arg("column", column.name.as_str())
                                .arg("text", raw_text(raw)),
                            Message::new("stats-pair-undeclared-hint"),
                        ),
                    );
                    Cell::Unknown
                }
                Ok(cell) => cell,
                Err(bad) => {
                    diags.push(ctx.error_at(at, bad.message, bad.hint));
                    Cell::Unknown
                }
            }
        })
        .collect()
}

fn raw_text(raw: &Raw) -> String {
    match raw {
        Raw::Null => String::new(),
        Raw::Text(t) => t.clone(),
        Raw::Bool(b) => b.to_string(),
    }
}
