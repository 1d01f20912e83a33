//! The checks a methodologist makes of a table, each at the exact cell
//! with both figures: totals of rows and of columns, percentages that can
//! be, and plan, last-year and actual columns that match.

use super::schema::Role;
use super::table::{Ctx, RowCheck, Table};
use crate::error::{Diagnostic, Diagnostics, Message};
use crate::i18n::Lang;
use crate::number::{Cell, Decimal};
use crate::yaml::locate::Seg;

/// A total that does not add up, as the page notes it when the table
/// keeps it (`totals: warn`).
#[derive(Debug, Clone)]
pub struct Mismatch {
    pub row: usize,
    pub column: usize,
    /// The figure in the report.
    pub reported: Decimal,
    /// What its rows (or columns) add up to.
    pub sum: Decimal,
    pub of: Of,
}

/// What the reported figure was checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Of {
    /// The sum of its rows.
    Rows,
    /// The sum of its columns.
    Columns,
    /// A share (`share_of:`): the figure ÷ the column's total.
    Share,
    /// The top rows' shares added up, against 100 %.
    Shares,
    /// A balance: start + in − out.
    Balance,
}

impl Mismatch {
    /// «в отчёте 551; сумма строк 447», in the site language.
    pub fn note(&self, t: &Table, lang: Lang) -> String {
        let row = &t.rows[self.row].label;
        let column = &t.columns[self.column].name;
        let pct = if matches!(self.of, Of::Share | Of::Shares) {
            "\u{a0}%"
        } else {
            ""
        };
        let reported = format!("{}{pct}", self.reported.format(lang));
        let sum = format!("{}{pct}", self.sum.format(lang));
        let what = match (lang, self.of) {
            (Lang::Ru, Of::Rows) => "сумма строк",
            (Lang::Ru, Of::Columns) => "сумма столбцов",
            (Lang::Ru, Of::Share) => "по цифрам таблицы",
            (Lang::Ru, Of::Shares) => "доли строк в сумме",
            (Lang::Kk, Of::Shares) => "жолдардың үлестері қосындысы",
            (Lang::En, Of::Shares) => "the rows' shares add up to",
            (Lang::Ru, Of::Balance) => "начало + поступило − выбыло =",
            (Lang::Kk, Of::Balance) => "басы + түсті − шықты =",
            (Lang::En, Of::Balance) => "start + in − out =",
            (Lang::Kk, Of::Rows) => "жолдардың қосындысы",
            (Lang::Kk, Of::Columns) => "бағандардың қосындысы",
            (Lang::Kk, Of::Share) => "кесте сандары бойынша",
            (Lang::En, Of::Rows) => "the rows add up to",
            (Lang::En, Of::Columns) => "the columns add up to",
            (Lang::En, Of::Share) => "the figures give",
        };
        let report = match lang {
            Lang::Ru => "в отчёте",
            Lang::Kk => "есепте",
            Lang::En => "reported",
        };
        format!("«{row}», «{column}»: {report} {reported}; {what} {sum}")
    }
}

impl Table {
    /// What a reader needs below the table: the legend of its marks and
    /// each total kept that does not add up, with both figures.
    pub fn notes(&self, lang: Lang) -> Vec<String> {
        let cells: Vec<&Cell> = self.rows.iter().flat_map(|r| &r.cells).collect();
        let legend = legend(&cells, lang).map(str::to_string);
        legend
            .into_iter()
            .chain(self.mismatches.iter().map(|m| m.note(self, lang)))
            .collect()
    }
}

/// The legend under a table with «×» cells, in the site language.
fn legend(cells: &[&Cell], lang: Lang) -> Option<&'static str> {
    cells
        .iter()
        .any(|c| **c == Cell::NotApplicable)
        .then_some(match lang {
            Lang::Ru => "× — показатель не применяется",
            Lang::Kk => "× — көрсеткіш қолданылмайды",
            Lang::En => "× — does not apply",
        })
}

/// A mismatch found: the diagnostic, and what the page notes if kept.
pub type Found = (Diagnostic, Mismatch);

impl Table {
    pub(super) fn check_row_totals(&self, rows: &[RowCheck], ctx: &Ctx, out: &mut Vec<Found>) {
        for (r, check) in rows.iter().enumerate() {
            if !self.rows[r].total {
                continue;
            }
            for c in 0..self.columns.len() {
                let addends: Vec<&Cell> = check
                    .addends
                    .iter()
                    .map(|&a| &self.rows[a].cells[c])
                    .collect();
                if let Some((reported, sum, figures)) = mismatch(&self.rows[r].cells[c], &addends) {
                    let of = if check.of_children { "rows" } else { "beside" };
                    let d = ctx.error_at(
                        ctx.loc.item(&check.values_path, c),
                        total_mismatch(&self.rows[r].label, &self.columns[c].name, of)
                            .arg("total", reported.plain())
                            .arg("sum", sum.plain())
                            .arg("figures", figures),
                        Message::new("stats-total-mismatch-hint"),
                    );
                    let m = Mismatch {
                        row: r,
                        column: c,
                        reported,
                        sum,
                        of: Of::Rows,
                    };
                    out.push((d, m));
                }
            }
        }
    }

    pub(super) fn check_column_totals(
        &self,
        sums: &[(usize, Vec<usize>)],
        rows: &[RowCheck],
        ctx: &Ctx,
        out: &mut Vec<Found>,
    ) {
        for (total, addends) in sums {
            for (r, row) in self.rows.iter().enumerate() {
                let cells: Vec<&Cell> = addends.iter().map(|&a| &row.cells[a]).collect();
                if let Some((reported, sum, figures)) = mismatch(&row.cells[*total], &cells) {
                    let d = ctx.error_at(
                        ctx.loc.item(&rows[r].values_path, *total),
                        total_mismatch(&row.label, &self.columns[*total].name, "columns")
                            .arg("total", reported.plain())
                            .arg("sum", sum.plain())
                            .arg("figures", figures),
                        Message::new("stats-total-mismatch-hint"),
                    );
                    let m = Mismatch {
                        row: r,
                        column: *total,
                        reported,
                        sum,
                        of: Of::Columns,
                    };
                    out.push((d, m));
                }
            }
        }
    }

    pub(super) fn check_percentages(&self, rows: &[RowCheck], ctx: &Ctx, diags: &mut Diagnostics) {
        for (r, row) in self.rows.iter().enumerate() {
            let max = row
                .indicator
                .as_deref()
                .and_then(|i| ctx.indicators.get(i))
                .and_then(|i| i.max)
                .unwrap_or(100.0);
            for (c, cell) in row.cells.iter().enumerate() {
                let Some(f) = cell.figure().filter(|f| f.percent) else {
                    continue;
                };
                let x = f.number.to_f64();
                if !(0.0..=max).contains(&x) {
                    diags.push(
                        ctx.error_at(
                            ctx.loc.item(&rows[r].values_path, c),
                            Message::new("stats-percent-impossible")
                                .arg("row", row.label.as_str())
                                .arg("value", cell.plain())
                                .arg("max", max.to_string()),
                            Message::new("stats-percent-impossible-hint"),
                        ),
                    );
                }
            }
        }
    }

    /// Plan and last-year columns need an actual column with the same
    /// headings below their role, or the derived table would be blank.
    pub(super) fn check_roles(&self, path: &[Seg], ctx: &Ctx, diags: &mut Diagnostics) {
        let actual: Vec<&str> = self
            .columns
            .iter()
            .filter(|c| c.role == Some(Role::Actual))
            .map(|c| c.series.as_str())
            .collect();
        for c in &self.columns {
            let role = match c.role {
                Some(Role::Plan) => "plan",
                Some(Role::LastYear) => "last_year",
                _ => continue,
            };
            if actual.contains(&c.series.as_str()) {
                continue;
            }
            let message = if actual.is_empty() {
                Message::new("stats-role-no-actual")
            } else {
                let shown: Vec<String> = actual.iter().map(|s| format!("«{s}»")).collect();
                Message::new("stats-role-unmatched")
                    .arg("series", c.series.as_str())
                    .arg("actual", shown.join(", "))
            };
            let message = message.arg("column", c.name.as_str()).arg("role", role);
            diags.push(ctx.error(path, message, Message::new("stats-role-hint")));
        }
    }
}

/// «row», column «column»: the total does not add up; `of` says of what
/// (`rows`, `beside`, `columns`). The figures are added by the caller.
fn total_mismatch(row: &str, column: &str, of: &'static str) -> Message {
    Message::new("stats-total-mismatch")
        .arg("row", row)
        .arg("column", column)
        .arg("of", of)
}

/// The total, what its addends add up to and the addends as «12 + 30»,
/// or `None` when the total holds (or can't be checked: an empty total,
/// percentages, unknown addends that could still make it up).
pub(super) fn mismatch(total: &Cell, addends: &[&Cell]) -> Option<(Decimal, Decimal, String)> {
    let t = total.addable()?;
    if addends.is_empty()
        || addends
            .iter()
            .any(|a| a.figure().is_some_and(|f| f.percent))
    {
        return None;
    }
    let known: Vec<Decimal> = addends.iter().filter_map(|a| a.addable()).collect();
    let unknown = known.len() < addends.len();
    let sum = known
        .iter()
        .copied()
        .fold(Decimal::int(0), Decimal::checked_add);
    if sum.same(t) || (unknown && sum.to_f64() <= t.to_f64()) || known.is_empty() {
        return None;
    }
    let shown: Vec<String> = known.iter().map(|d| d.plain()).collect();
    Some((t, sum, shown.join(" + ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(list: &[&str]) -> Vec<Cell> {
        list.iter().map(|s| s.parse().unwrap()).collect()
    }

    #[test]
    fn totals_are_refused_only_when_provably_wrong() {
        let check = |total: &str, addends: &[&str]| {
            let t: Cell = total.parse().unwrap();
            let a = cells(addends);
            mismatch(&t, &a.iter().collect::<Vec<_>>())
                .map(|(t, sum, figures)| format!("{} ≠ {} = {figures}", t.plain(), sum.plain()))
        };
        assert_eq!(check("23", &["5", "18"]), None);
        assert_eq!(
            check("551", &["82", "365"]).as_deref(),
            Some("551 ≠ 447 = 82 + 365")
        );
        // An unknown addend could still make up the difference…
        assert_eq!(check("50", &["", "40"]), None);
        // …but not when the known ones already exceed the total.
        assert!(check("30", &["", "40"]).is_some());
        // Percentages and empty totals are not checked.
        assert_eq!(check("20%", &["10%", "5%"]), None);
        assert_eq!(check("", &["1", "2"]), None);
        // The main figure counts, not the bracketed one.
        assert_eq!(
            check("857 (общ. 1420)", &["403 (общ. 844)", "454 (общ. 576)"]),
            None
        );
    }
}
