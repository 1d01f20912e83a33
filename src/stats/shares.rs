//! Shares: a % column declared `share_of: <column>` gives each row's share
//! of that column's total; the check recomputes it from the figures,
//! within the rounding of what was written («10%»: ±0,5), and adds up the
//! top rows' shares, which must make 100 %.

use super::checks::{Found, Mismatch, Of};
use super::columns::unknown_column_hint;
use super::table::{Ctx, RowCheck, Table};
use crate::error::{Diagnostics, Message};
use crate::number::Decimal;
use crate::yaml::locate::Seg;

impl Table {
    /// Every `share_of:` column against the shares its figures give.
    pub(super) fn check_shares(
        &self,
        rows: &[RowCheck],
        columns_path: &[Seg],
        ctx: &Ctx,
        out: &mut Vec<Found>,
        diags: &mut Diagnostics,
    ) {
        for (c, column) in self.columns.iter().enumerate() {
            let Some(of) = &column.share_of else { continue };
            let Some(x) = self.column_named(of) else {
                let known = self.columns.iter().map(|o| o.key.as_str());
                let said = Message::new("stats-share-of-unknown")
                    .arg("column", column.name.as_str())
                    .arg("name", of.as_str());
                diags.push(ctx.error(columns_path, said, unknown_column_hint(of, known)));
                continue;
            };
            let Some(base) = self.share_base(x) else {
                continue;
            };
            if base.units == 0 {
                continue;
            }
            self.check_column_shares(c, x, base, rows, ctx, out);
        }
    }

    /// The total the shares of column `x` are of: its total row, or its
    /// top rows added up.
    fn share_base(&self, x: usize) -> Option<Decimal> {
        let top = self.rows.iter().filter(|r| r.depth == 0 && r.has_values);
        if let Some(total) = top.clone().find(|r| r.total) {
            return total.cells[x].addable();
        }
        let parts: Option<Vec<Decimal>> = top.map(|r| r.cells[x].addable()).collect();
        parts?.into_iter().reduce(Decimal::checked_add)
    }

    fn check_column_shares(
        &self,
        c: usize,
        x: usize,
        base: Decimal,
        rows: &[RowCheck],
        ctx: &Ctx,
        out: &mut Vec<Found>,
    ) {
        let mut sum = 0.0;
        let mut tolerance = 0.0;
        let mut last = None;
        for (r, row) in self.rows.iter().enumerate() {
            let Some(f) = row.cells[c].figure().filter(|f| f.percent) else {
                continue;
            };
            let Some(part) = row.cells[x].addable() else {
                continue;
            };
            let share = part.to_f64() / base.to_f64() * 100.0;
            let half = 0.5 / 10f64.powi(i32::from(f.number.scale)) + 1e-9;
            if row.depth == 0 && !row.total {
                sum += f.number.to_f64();
                tolerance += half;
                last = Some(r);
            }
            if (f.number.to_f64() - share).abs() <= half {
                continue;
            }
            let computed = Decimal::rounded(share, f.number.scale.max(1)).unwrap_or(f.number);
            let d = ctx.error_at(
                ctx.loc.item(&rows[r].values_path, c),
                Message::new("stats-share-wrong")
                    .arg("row", row.label.as_str())
                    .arg("column", self.columns[c].name.as_str())
                    .arg("share", row.cells[c].plain())
                    .arg("part", part.plain())
                    .arg("base", base.plain())
                    .arg("computed", computed.plain()),
                Message::new("stats-share-hint"),
            );
            let m = Mismatch {
                row: r,
                column: c,
                reported: f.number,
                sum: computed,
                of: Of::Share,
            };
            out.push((d, m));
        }
        let Some(r) = last else { return };
        if (sum - 100.0).abs() > tolerance.max(0.05) {
            let total = Decimal::rounded(sum, 1).unwrap_or(Decimal::int(0));
            let d = ctx.error_at(
                ctx.loc.item(&rows[r].values_path, c),
                Message::new("stats-shares-sum")
                    .arg("column", self.columns[c].name.as_str())
                    .arg("sum", total.plain()),
                Message::new("stats-share-hint"),
            );
            let m = Mismatch {
                row: r,
                column: c,
                reported: Decimal::int(100),
                sum: total,
                of: Of::Shares,
            };
            out.push((d, m));
        }
    }
}
