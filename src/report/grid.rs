//! A statistics table's header rows as a grid of places, and the table
//! cut into groups of columns that fit a page, each group with its header
//! cells clipped to it: the DOCX writes the grid with merged cells, the
//! PDF draws each group as a table of its own with the row labels
//! repeated, so no column is ever cut off.

use serde::Serialize;

use super::document::TableDoc;

/// What a place of the header grid holds.
#[derive(Clone)]
pub enum Slot {
    /// A cell starts here: text, columns, whether it spans rows below.
    Start(String, usize, bool),
    /// A cell of the row above goes on down through here.
    Below(usize),
    /// Taken by a cell to the left.
    Covered,
    Empty,
}

/// The header rows as a grid: the row labels' column first, spanning
/// every header row.
pub fn header_grid(t: &TableDoc) -> Vec<Vec<Slot>> {
    let rows = t.header.len().max(1);
    let width = t.columns + 1;
    let mut grid = vec![vec![Slot::Empty; width]; rows];
    grid[0][0] = Slot::Start(t.row_heading.clone(), 1, rows > 1);
    for row in grid.iter_mut().skip(1) {
        row[0] = Slot::Below(1);
    }
    for (r, cells) in t.header.iter().enumerate() {
        let mut c = 0;
        for h in cells {
            while c < width && !matches!(grid[r][c], Slot::Empty) {
                c += 1;
            }
            if c >= width {
                break;
            }
            let span = h.colspan.clamp(1, width - c);
            grid[r][c] = Slot::Start(h.text.clone(), span, h.rowspan > 1);
            for k in 1..span {
                grid[r][c + k] = Slot::Covered;
            }
            for below in grid.iter_mut().take(r + h.rowspan.max(1)).skip(r + 1) {
                below[c] = Slot::Below(span);
                for k in 1..span {
                    below[c + k] = Slot::Covered;
                }
            }
            c += span;
        }
    }
    grid
}

/// A header cell at its place among the data columns (the row labels'
/// column not counted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Placed {
    pub text: String,
    pub x: usize,
    pub y: usize,
    pub colspan: usize,
    pub rowspan: usize,
}

/// Data columns `from..to` of a table, with the header cells over them.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Part {
    pub from: usize,
    pub to: usize,
    pub header: Vec<Placed>,
}

/// The header cells over the data columns, placed.
fn placed(grid: &[Vec<Slot>]) -> Vec<Placed> {
    let mut out = Vec::new();
    for (y, row) in grid.iter().enumerate() {
        for (x, slot) in row.iter().enumerate().skip(1) {
            if let Slot::Start(text, span, down) = slot {
                let below = grid[y + 1..]
                    .iter()
                    .take_while(|r| matches!(r[x], Slot::Below(_)))
                    .count();
                out.push(Placed {
                    text: text.clone(),
                    x: x - 1,
                    y,
                    colspan: *span,
                    rowspan: if *down { 1 + below } else { 1 },
                });
            }
        }
    }
    out
}

/// The columns of `t` in groups of at most `max`, cut where a top header
/// cell ends when one does within the group.
pub fn parts(t: &TableDoc, max: usize) -> Vec<Part> {
    let cells = placed(&header_grid(t));
    let edges: Vec<usize> = cells
        .iter()
        .filter(|c| c.y == 0)
        .map(|c| c.x)
        .chain([t.columns])
        .collect();
    let max = max.max(1);
    let mut out = Vec::new();
    let mut from = 0;
    while from < t.columns || out.is_empty() {
        let limit = (from + max).min(t.columns);
        let to = edges
            .iter()
            .copied()
            .filter(|&e| e > from && e <= limit)
            .max()
            .unwrap_or(limit);
        out.push(Part {
            from,
            to,
            header: clip(&cells, from, to),
        });
        from = to;
    }
    out
}

/// The cells over columns `from..to`, their places and spans cut to them.
fn clip(cells: &[Placed], from: usize, to: usize) -> Vec<Placed> {
    cells
        .iter()
        .filter_map(|c| {
            let (a, b) = (c.x.max(from), (c.x + c.colspan).min(to));
            (a < b).then(|| Placed {
                x: a - from,
                colspan: b - a,
                ..c.clone()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::HeaderCell;

    fn head(text: &str, colspan: usize, rowspan: usize) -> HeaderCell {
        HeaderCell {
            text: text.to_string(),
            colspan,
            rowspan,
        }
    }

    /// «Всего» over two rows, then two quarters of two columns each.
    fn table() -> TableDoc {
        TableDoc {
            title: "Посещения".to_string(),
            note: None,
            row_heading: "Библиотека".to_string(),
            header: vec![
                vec![
                    head("Всего", 1, 2),
                    head("I кв.", 2, 1),
                    head("II кв.", 2, 1),
                ],
                vec![
                    head("план", 1, 1),
                    head("факт", 1, 1),
                    head("план", 1, 1),
                    head("факт", 1, 1),
                ],
            ],
            columns: 5,
            rows: Vec::new(),
            landscape: false,
            parts: Vec::new(),
        }
    }

    fn texts(part: &Part) -> Vec<(&str, usize, usize, usize, usize)> {
        part.header
            .iter()
            .map(|c| (c.text.as_str(), c.x, c.y, c.colspan, c.rowspan))
            .collect()
    }

    #[test]
    fn a_narrow_table_is_one_part_with_its_cells_placed() {
        let p = parts(&table(), 12);
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].from, p[0].to), (0, 5));
        assert_eq!(
            texts(&p[0]),
            vec![
                ("Всего", 0, 0, 1, 2),
                ("I кв.", 1, 0, 2, 1),
                ("II кв.", 3, 0, 2, 1),
                ("план", 1, 1, 1, 1),
                ("факт", 2, 1, 1, 1),
                ("план", 3, 1, 1, 1),
                ("факт", 4, 1, 1, 1),
            ]
        );
    }

    #[test]
    fn a_wide_table_is_cut_where_a_group_ends() {
        let p = parts(&table(), 4);
        let ranges: Vec<(usize, usize)> = p.iter().map(|p| (p.from, p.to)).collect();
        assert_eq!(ranges, vec![(0, 3), (3, 5)]);
        assert_eq!(
            texts(&p[1]),
            vec![
                ("II кв.", 0, 0, 2, 1),
                ("план", 0, 1, 1, 1),
                ("факт", 1, 1, 1, 1)
            ]
        );
    }

    #[test]
    fn a_group_wider_than_a_page_is_cut_with_its_heading_repeated() {
        let p = parts(&table(), 2);
        let ranges: Vec<(usize, usize)> = p.iter().map(|p| (p.from, p.to)).collect();
        assert_eq!(ranges, vec![(0, 1), (1, 3), (3, 5)]);
        let mut t = table();
        t.header = vec![vec![head("Год", 5, 1)]];
        let p = parts(&t, 2);
        let ranges: Vec<(usize, usize)> = p.iter().map(|p| (p.from, p.to)).collect();
        assert_eq!(ranges, vec![(0, 2), (2, 4), (4, 5)]);
        assert!(p.iter().all(|p| p.header[0].text == "Год"));
        assert_eq!(p[2].header[0].colspan, 1);
    }
}
