//! Balances: a table's `balance: {start, in, out, end}` names four of its
//! columns, and every row with all four figures must hold start + in −
//! out = end (a fund on 1 January, what came in, what went out, the fund
//! on 31 December).

use super::checks::{Found, Mismatch, Of};
use super::columns::unknown_column_hint;
use super::schema::BalanceSpec;
use super::table::{Ctx, RowCheck, Table};
use crate::error::{Diagnostics, Message};
use crate::yaml::locate::Seg;

impl Table {
    /// Every row against `spec`; unknown columns are errors at `path`.
    pub(super) fn check_balance(
        &self,
        spec: &BalanceSpec,
        rows: &[RowCheck],
        path: &[Seg],
        ctx: &Ctx,
        out: &mut Vec<Found>,
        diags: &mut Diagnostics,
    ) {
        let names = [&spec.start, &spec.received, &spec.out, &spec.end];
        let found: Vec<Option<usize>> = names.iter().map(|n| self.column_named(n)).collect();
        for (name, at) in names.iter().zip(&found) {
            if at.is_none() {
                let known = self.columns.iter().map(|c| c.key.as_str());
                let said = Message::new("stats-column-unknown")
                    .arg("field", "balance:")
                    .arg("name", name.as_str());
                diags.push(ctx.error(path, said, unknown_column_hint(name, known)));
            }
        }
        let Some([start, received, gone, end]) = found
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .and_then(|v| <[usize; 4]>::try_from(v).ok())
        else {
            return;
        };
        for (r, row) in self.rows.iter().enumerate() {
            let figure = |c: usize| row.cells[c].addable();
            let (Some(s), Some(i), Some(o), Some(e)) =
                (figure(start), figure(received), figure(gone), figure(end))
            else {
                continue;
            };
            let expected = s.checked_add(i).sub(o);
            if expected.same(e) {
                continue;
            }
            let d = ctx.error_at(
                ctx.loc.item(&rows[r].values_path, end),
                Message::new("stats-balance-wrong")
                    .arg("row", row.label.as_str())
                    .arg("column", self.columns[end].name.as_str())
                    .arg("end", e.plain())
                    .arg("start", s.plain())
                    .arg("received", i.plain())
                    .arg("out", o.plain())
                    .arg("expected", expected.plain()),
                Message::new("stats-balance-hint"),
            );
            let m = Mismatch {
                row: r,
                column: end,
                reported: e,
                sum: expected,
                of: Of::Balance,
            };
            out.push((d, m));
        }
    }

    /// The column with `id:` or headings `name`.
    pub(super) fn column_named(&self, name: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| c.key == name || c.name == name)
    }
}
