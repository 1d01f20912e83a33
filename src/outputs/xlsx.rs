//! A year's statistics as one Excel workbook beside its CSV files: every
//! table a sheet, each followed by its derived table, headers merged as
//! on the page, figures as numbers (percentages as Excel percentages), so a
//! methodologist can paste them into a report as they are.
//!
//! The bytes depend only on the statistics: the creation date is fixed.

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Note, Workbook, Worksheet,
    XlsxError,
};

use crate::error::Error;
use crate::i18n::Lang;
use crate::model::Site;
use crate::number::{Cell, Figure};
use crate::routes::year_xlsx;
use crate::stats::{Statistics, Table, YearStats};

/// Excel's longest sheet name.
const SHEET_NAME_MAX: usize = 31;

/// Every workbook of `statistics`: (output path, bytes).
pub fn files(site: &Site, statistics: &Statistics) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let lang = site.config.language;
    statistics
        .stats
        .years
        .iter()
        .filter(|y| y.has_tables())
        .map(|y| {
            let title = format!("{} — {}", site.config.title, y.year);
            let bytes = workbook(y, &title, lang).map_err(|e| {
                Error::Usage(
                    crate::messages::Message::new("xlsx-failed")
                        .arg("year", y.year.to_string())
                        .arg("reason", e.to_string()),
                )
            })?;
            Ok((year_xlsx(y.year), bytes))
        })
        .collect()
}

fn workbook(y: &YearStats, title: &str, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // A fixed date: the same statistics give the same file.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_creation_datetime(&created),
    );
    let mut names: Vec<String> = Vec::new();
    for t in y.tables() {
        let name = sheet_name(&t.id, &names);
        let sheet = book.add_worksheet();
        sheet.set_name(&name)?;
        names.push(name);
        write_table(sheet, t, lang)?;
    }
    book.save_to_buffer()
}

/// `id` as a sheet name Excel accepts: at most 31 characters, none of
/// `[]:*?/\`, unique whatever the case.
fn sheet_name(id: &str, taken: &[String]) -> String {
    let clean: String = id
        .chars()
        .map(|c| if "[]:*?/\\'".contains(c) { '_' } else { c })
        .collect();
    let cut = |s: &str, n: usize| s.chars().take(n).collect::<String>();
    let free = |s: &str| !taken.iter().any(|t| t.to_lowercase() == s.to_lowercase());
    let name = cut(&clean, SHEET_NAME_MAX);
    if free(&name) && !name.is_empty() {
        return name;
    }
    (2..)
        .map(|n| {
            let tail = format!("~{n}");
            format!("{}{tail}", cut(&clean, SHEET_NAME_MAX - tail.len()))
        })
        .find(|s| free(s))
        .unwrap_or_default()
}

/// Title (with the unit), note, the header merged as on the page, then
/// one line per row.
fn write_table(sheet: &mut Worksheet, t: &Table, lang: Lang) -> Result<(), XlsxError> {
    let title = match &t.unit {
        Some(unit) => format!("{}, {unit}", t.title),
        None => t.title.clone(),
    };
    write_text(
        sheet,
        0,
        0,
        &title,
        &Format::new().set_bold().set_font_size(12),
    )?;
    let mut top: u32 = 2;
    if let Some(note) = &t.note {
        write_text(sheet, 1, 0, note, &Format::new().set_italic())?;
        top = 3;
    }
    let depth = u32::try_from(t.header.len().max(1)).unwrap_or(1);
    write_header(sheet, t, top, depth)?;
    let first = top + depth;
    for (r, row) in t.rows.iter().enumerate() {
        let at = first + u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
        let mut label_format = framed().set_text_wrap();
        if row.depth > 0 {
            label_format = label_format.set_indent(u8::try_from(row.depth).unwrap_or(u8::MAX));
        }
        if row.total {
            label_format = label_format.set_bold();
        }
        let label = match &row.unit {
            Some(unit) => format!("{}, {unit}", row.label),
            None => row.label.clone(),
        };
        write_text(sheet, at, 0, &label, &label_format)?;
        for (c, cell) in row.cells.iter().enumerate() {
            let col = u16::try_from(c + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
            write_cell(sheet, at, col, cell, row.total, lang)?;
        }
    }
    let below = first + u32::try_from(t.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
    for (n, note) in (below + 1..).zip(t.notes(lang)) {
        write_text(sheet, n, 0, &note, &Format::new().set_italic())?;
    }
    sheet.set_column_width(0, 48)?;
    for c in 0..t.columns.len() {
        let col = u16::try_from(c + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        sheet.set_column_width(col, 14)?;
    }
    sheet.set_freeze_panes(first, 1)?;
    Ok(())
}

/// The header rows from `top`, `depth` of them: the row heading over the
/// labels, each heading over the columns it spans.
fn write_header(sheet: &mut Worksheet, t: &Table, top: u32, depth: u32) -> Result<(), XlsxError> {
    let format = framed()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let corner = t.row_heading.as_deref().unwrap_or("");
    place(sheet, (top, 0), (depth, 1), corner, &format)?;
    let width = t.columns.len();
    let mut taken = vec![vec![false; width]; t.header.len()];
    for (d, cells) in t.header.iter().enumerate() {
        let mut col = 0;
        for h in cells {
            while col < width && taken[d][col] {
                col += 1;
            }
            for row in taken.iter_mut().skip(d).take(h.rowspan) {
                for c in row.iter_mut().skip(col).take(h.colspan) {
                    *c = true;
                }
            }
            let at = (
                top + u32::try_from(d).map_err(|_| XlsxError::RowColumnLimitError)?,
                u16::try_from(col + 1).map_err(|_| XlsxError::RowColumnLimitError)?,
            );
            let span = (
                u32::try_from(h.rowspan.max(1)).map_err(|_| XlsxError::RowColumnLimitError)?,
                u16::try_from(h.colspan.max(1)).map_err(|_| XlsxError::RowColumnLimitError)?,
            );
            place(sheet, at, span, &h.text, &format)?;
            col += h.colspan;
        }
    }
    Ok(())
}

/// `text` at `at`, merged over `span` (rows, columns) when that is more
/// than one cell.
fn place(
    sheet: &mut Worksheet,
    at: (u32, u16),
    span: (u32, u16),
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if span == (1, 1) {
        write_text(sheet, at.0, at.1, text, format)?;
    } else {
        sheet.merge_range(
            at.0,
            at.1,
            at.0 + span.0 - 1,
            at.1 + span.1 - 1,
            text,
            &inert(text, format),
        )?;
    }
    Ok(())
}

/// `text` at (`row`, `col`) as a text cell, [`inert`].
fn write_text(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    sheet.write_string_with_format(row, col, text, &inert(text, format))?;
    Ok(())
}

/// `format` for a cell holding `text`, marked «text, never a formula»
/// (Excel's quote prefix) when `text` starts as a formula would: labels
/// come from content, and a library named `=HYPERLINK(…)` stays a name
/// when a methodologist edits the cell. The CSV files' leading `'` is the
/// same defence; here the cell keeps the text as it is.
fn inert(text: &str, format: &Format) -> Format {
    if crate::stats::formula::runs(text) {
        format.clone().set_quote_prefix()
    } else {
        format.clone()
    }
}

/// A figure as a number in the format it was written with («19,9%» as
/// 0.199 shown «19.9%»); a second figure in brackets goes into the
/// cell's note, in full as on the page.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    bold: bool,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut format = framed();
    if bold {
        format = format.set_bold();
    }
    let f = match cell {
        Cell::Figure(f) => f,
        Cell::Unknown => {
            sheet.write_blank(row, col, &format)?;
            return Ok(());
        }
        // Marks, pairs and texts as the page shows them.
        other => {
            let align = match other {
                Cell::Text(_) => FormatAlign::Left,
                _ => FormatAlign::Center,
            };
            let format = format.set_align(align);
            write_text(sheet, row, col, &other.format(lang), &format)?;
            return Ok(());
        }
    };
    let (value, pattern) = number_format(f);
    sheet.write_number_with_format(row, col, value, &format.set_num_format(pattern))?;
    if f.second.is_some() {
        sheet.insert_note(
            row,
            col,
            &Note::new(f.format(lang)).add_author_prefix(false),
        )?;
    }
    Ok(())
}

/// The number Excel stores and the format it shows it in: as many
/// decimals as were written, thousands grouped, a `+` kept.
fn number_format(f: &Figure) -> (f64, String) {
    let decimals = "0".repeat(usize::from(f.number.scale));
    let mut pattern = if f.percent {
        "0".to_string()
    } else {
        "#,##0".to_string()
    };
    if !decimals.is_empty() {
        pattern = format!("{pattern}.{decimals}");
    }
    if f.percent {
        pattern.push('%');
    }
    if f.plus {
        pattern = format!("+{pattern};-{pattern};{pattern}");
    }
    let x = f.number.to_f64();
    (if f.percent { x / 100.0 } else { x }, pattern)
}

/// A cell with thin borders, as in a printed report.
fn framed() -> Format {
    Format::new().set_border(FormatBorder::Thin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        let long = "a".repeat(40);
        assert_eq!(sheet_name("key", &[]), "key");
        assert_eq!(sheet_name("a/b:c", &[]), "a_b_c");
        assert_eq!(sheet_name(&long, &[]).chars().count(), 31);
        let taken = vec!["Key".to_string()];
        assert_eq!(sheet_name("key", &taken), "key~2");
        let taken = vec![long[..31].to_string()];
        assert_eq!(sheet_name(&long, &taken), format!("{}~2", &long[..29]));
    }

    #[test]
    fn figures_keep_their_decimals_and_sign() {
        let figure = |s: &str| s.parse::<Cell>().unwrap().figure().unwrap().clone();
        assert_eq!(number_format(&figure("9110")), (9110.0, "#,##0".into()));
        assert_eq!(number_format(&figure("19,9%")).1, "0.0%".to_string(),);
        assert!((number_format(&figure("19,9%")).0 - 0.199).abs() < 1e-12);
        assert_eq!(
            number_format(&figure("+46")).1,
            "+#,##0;-#,##0;#,##0".to_string()
        );
    }
}
