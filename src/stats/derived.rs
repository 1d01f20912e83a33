//! The table a plan/actual table implies: per row and series, plan
//! completion and the change on last year, computed from its figures and
//! kept as a [`Table`] of its own, so the page, its CSV and the workbook
//! show it like any other. Columns no row has a figure for are left out.

use super::schema::{Kind, Role};
use super::table::{Column, HeaderCell, Row, Table};
use crate::i18n::Lang;
use crate::number::{Cell, Decimal, Figure};

/// Plan completion and change on last year of one row and series.
struct Derived {
    /// actual ÷ plan, in per cent.
    completion: Option<f64>,
    change: Option<Decimal>,
    /// (actual − last year) ÷ last year, in per cent.
    change_pct: Option<f64>,
}

/// The derived table of `t`, `None` when it has no actual column (or no
/// derived figure at all).
pub fn table(t: &Table, lang: Lang) -> Option<Table> {
    let series: Vec<&str> = t
        .columns
        .iter()
        .filter(|c| c.role == Some(Role::Actual))
        .map(|c| c.series.as_str())
        .collect();
    if series.is_empty() {
        return None;
    }
    let labels = labels(lang);
    let rows: Vec<Row> = t
        .rows
        .iter()
        .filter(|r| r.has_values)
        .map(|row| Row {
            label: row.label.clone(),
            depth: row.depth,
            indicator: None,
            unit: None,
            cells: series
                .iter()
                .flat_map(|s| derive(t, row, s).cells())
                .collect(),
            total: false,
            has_values: true,
        })
        .collect();
    // Per series, which of its three columns any row has a figure in.
    let kept: Vec<Vec<usize>> = series
        .iter()
        .enumerate()
        .map(|(s, _)| {
            (0..3)
                .filter(|k| rows.iter().any(|r| r.cells[s * 3 + k].is_known()))
                .collect()
        })
        .collect();
    if kept.iter().all(Vec::is_empty) {
        return None;
    }
    let mut columns = Vec::new();
    let mut top = Vec::new();
    let mut leaves = Vec::new();
    for (s, name) in series.iter().enumerate() {
        if kept[s].is_empty() {
            continue;
        }
        top.push(head(name, kept[s].len(), 1));
        for &k in &kept[s] {
            leaves.push(head(labels[k], 1, 1));
            let key = if name.is_empty() {
                labels[k].to_string()
            } else {
                format!("{name} / {}", labels[k])
            };
            columns.push(Column {
                name: key.clone(),
                key,
                role: None,
                total: false,
                series: name.to_string(),
                kind: Kind::Figures,
                pair: None,
                share_of: None,
            });
        }
    }
    let at: Vec<usize> = (0..series.len())
        .flat_map(|s| kept[s].iter().map(move |k| s * 3 + k))
        .collect();
    let rows = rows
        .into_iter()
        .map(|mut r| {
            r.cells = at.iter().map(|&c| r.cells[c].clone()).collect();
            r
        })
        .collect();
    Some(Table {
        id: format!("{}-derived", t.id),
        title: format!("{}: {}", t.title, labels[0]),
        note: None,
        unit: None,
        row_heading: t.row_heading.clone(),
        header: vec![top, leaves],
        columns,
        rows,
        mismatches: Vec::new(),
    })
}

fn head(text: &str, colspan: usize, rowspan: usize) -> HeaderCell {
    HeaderCell {
        text: text.to_string(),
        colspan,
        rowspan,
    }
}

/// The derived figures of `row` for the series `series`.
fn derive(t: &Table, row: &Row, series: &str) -> Derived {
    let find = |role: Role| {
        t.columns
            .iter()
            .position(|c| c.role == Some(role) && c.series == series)
    };
    let number = |c: Option<usize>| {
        c.and_then(|c| row.cells[c].figure())
            .map(|f| (f.number, f.percent))
    };
    let now = number(find(Role::Actual));
    let plan = number(find(Role::Plan));
    let last = number(find(Role::LastYear));
    let completion = match (now, plan) {
        (Some((n, _)), Some((p, _))) if p.units != 0 => Some(n.to_f64() / p.to_f64() * 100.0),
        _ => None,
    };
    let change = now.zip(last).map(|((n, _), (l, _))| n.sub(l));
    let change_pct = match (now, last) {
        (Some((n, false)), Some((l, false))) if l.units != 0 => {
            Some((n.to_f64() - l.to_f64()) / l.to_f64() * 100.0)
        }
        _ => None,
    };
    Derived {
        completion,
        change,
        change_pct,
    }
}

impl Derived {
    /// Completion, change and change in per cent as cells: «115,4 %»,
    /// «+46», «+0,1 %».
    fn cells(&self) -> [Cell; 3] {
        let pct = |x: Option<f64>| {
            Cell::from(x.and_then(|x| Decimal::rounded(x, 1)).map(|number| Figure {
                percent: true,
                ..Figure::of(number)
            }))
        };
        let signed = |mut c: Cell| {
            if let Cell::Figure(f) = &mut c {
                f.plus = f.number.units > 0;
            }
            c
        };
        [
            pct(self.completion),
            signed(Cell::from(self.change.map(Figure::of))),
            signed(pct(self.change_pct)),
        ]
    }
}

/// The headings of the three derived columns.
fn labels(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Ru => ["выполнение плана", "к прошлому году", "изменение"],
        Lang::Kk => ["жоспардың орындалуы", "өткен жылға", "өзгеріс"],
        Lang::En => ["of plan", "on last year", "change"],
    }
}
