//! Stage 3 for tables: each table of the report becomes a table of a
//! `stats.yaml` draft. Header rows (those whose cells are not figures)
//! become columns, a heading over several columns a column group; values
//! are read as `stats.yaml` reads them ([`Cell`]), and a cell that is no
//! figure is left empty and listed.

use std::str::FromStr;

use serde::Serialize;

use super::document::{CellText, Table};
use crate::number::Cell;
use crate::slug::slugify;

/// A column, or a group of columns under one heading, as `stats.yaml` writes it.
#[derive(Debug, Serialize, PartialEq)]
#[serde(untagged)]
pub enum Column {
    Label(String),
    Group { group: String, columns: Vec<Column> },
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub label: String,
    /// Each value as `stats.yaml` reads it: `9110`, `19,9%`, `403 (общ. 844)`; `None` for `~`.
    pub values: Vec<Option<String>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub total: bool,
}

#[derive(Debug, Serialize)]
pub struct TableDraft {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row_heading: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// What became of a table.
#[derive(Debug)]
pub enum Outcome {
    Draft {
        table: TableDraft,
        /// Cells that are not figures: (row label, column, text).
        not_figures: Vec<(String, usize, String)>,
    },
    Skipped(&'static str),
}

/// A row's cells laid out on the grid: each cell's text at every column it covers.
fn grid(row: &[CellText]) -> Vec<(String, bool)> {
    row.iter()
        .flat_map(|c| (0..c.span).map(move |k| (c.text.clone(), k == 0)))
        .collect()
}

fn is_figure(text: &str) -> bool {
    !text.trim().is_empty() && Cell::from_str(text).is_ok()
}

/// Turns `table` into a draft titled `title` (the paragraph before it).
pub fn draft(table: &Table, title: Option<&str>) -> Outcome {
    let header_rows = table
        .rows
        .iter()
        .take_while(|r| r.iter().skip(1).all(|c| !is_figure(&c.text)))
        .count();
    if header_rows == 0 {
        return Outcome::Skipped("no header row: its first row holds figures; add a row of column headings in the document, or write the table in stats.yaml by hand");
    }
    if header_rows == table.rows.len() {
        return Outcome::Skipped("no figures: every row is text");
    }
    let grids: Vec<Vec<(String, bool)>> =
        table.rows[..header_rows].iter().map(|r| grid(r)).collect();
    let width = table.rows.iter().map(|r| grid(r).len()).max().unwrap_or(0);
    let columns = columns(&grids, 0, 1, width);
    let title = title
        .map(str::to_string)
        .unwrap_or_else(|| format!("Таблица {}", table.number));
    let mut not_figures = Vec::new();
    let rows = table.rows[header_rows..]
        .iter()
        .map(|r| {
            let cells = grid(r);
            let label = cells.first().map(|c| c.0.clone()).unwrap_or_default();
            let values = (1..width)
                .map(|i| {
                    let text = cells.get(i).map(|c| c.0.trim()).unwrap_or_default();
                    match Cell::from_str(text) {
                        Ok(cell) if cell.is_known() => Some(cell.plain()),
                        Ok(_) => None,
                        Err(_) => {
                            not_figures.push((label.clone(), i, text.to_string()));
                            None
                        }
                    }
                })
                .collect();
            let lower = label.to_lowercase();
            Row {
                total: lower.starts_with("итого") || lower.starts_with("всего"),
                label,
                values,
            }
        })
        .collect();
    let row_heading = grids[0]
        .first()
        .map(|c| c.0.clone())
        .filter(|h| !h.is_empty());
    let id = slugify(&title)
        .chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string();
    Outcome::Draft {
        table: TableDraft {
            id: if id.is_empty() {
                format!("table-{}", table.number)
            } else {
                id
            },
            title,
            row_heading,
            columns,
            rows,
        },
        not_figures,
    }
}

/// The columns `from..to` of header row `depth`, with what lies under them.
fn columns(grids: &[Vec<(String, bool)>], depth: usize, from: usize, to: usize) -> Vec<Column> {
    let Some(row) = grids.get(depth) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let text = row.get(i).map(|c| c.0.clone()).unwrap_or_default();
        let mut end = i + 1;
        while end < to && row.get(end).is_some_and(|c| !c.1) {
            end += 1;
        }
        let under = columns(grids, depth + 1, i, end);
        match (text.is_empty(), under.is_empty()) {
            // A column nobody named: the review asks the editor to.
            (true, true) => out.push(Column::Label(format!("столбец {i}"))),
            (false, true) => out.push(Column::Label(text)),
            (true, false) => out.extend(under),
            (false, false) => out.push(Column::Group {
                group: text,
                columns: under,
            }),
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[(&str, usize)]]) -> Table {
        Table {
            number: 1,
            rows: rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|(t, s)| CellText {
                            text: t.to_string(),
                            span: *s,
                        })
                        .collect()
                })
                .collect(),
        }
    }

    #[test]
    fn headers_become_column_groups() {
        let t = table(&[
            &[("", 1), ("выполнено в 2022", 2), ("план на 2023", 1)],
            &[("", 1), ("детские", 1), ("массовые", 1), ("всего", 1)],
            &[
                ("Количество читателей", 1),
                ("9105", 1),
                ("403(общ. 844)", 1),
                ("19,9%", 1),
            ],
            &[("Итого:", 1), ("н/д", 1), ("", 1), ("5", 1)],
        ]);
        let Outcome::Draft {
            table: d,
            not_figures,
        } = draft(&t, Some("Основные показатели"))
        else {
            panic!("skipped");
        };
        assert_eq!(
            d.columns,
            [
                Column::Group {
                    group: "выполнено в 2022".into(),
                    columns: vec![
                        Column::Label("детские".into()),
                        Column::Label("массовые".into())
                    ]
                },
                Column::Group {
                    group: "план на 2023".into(),
                    columns: vec![Column::Label("всего".into())]
                },
            ]
        );
        assert_eq!(
            d.rows[0].values,
            [
                Some("9105".into()),
                Some("403 (общ. 844)".into()),
                Some("19.9%".into())
            ]
        );
        assert!(d.rows[1].total);
        assert_eq!(not_figures, [("Итого:".to_string(), 1, "н/д".to_string())]);
        let headerless = table(&[&[("", 1), ("5", 1)], &[("Итого:", 1), ("5", 1)]]);
        assert!(
            matches!(draft(&headerless, None), Outcome::Skipped(m) if m.starts_with("no header row"))
        );
    }
}
