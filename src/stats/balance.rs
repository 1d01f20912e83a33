//! Balances: a table's `balance: {start, in, out, end}` names four of its
//! columns, and every row with all four figures must hold start + in −
//! out = end (a fund on 1 January, what came in, what went out, the fund
//! on 31 December).

use super::checks::{Found, Mismatch, Of};
use super::schema::BalanceSpec;
use super::table::{Ctx, RowCheck, Table};
use crate::error::{suggest, Diagnostics};
use crate::yaml::locate::Seg;

const BALANCE_HINT: &str = "correct the figures; if the published report has this mismatch, keep its figures and set `totals: warn` on the table";

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
                let hint = match suggest(name, self.columns.iter().map(|c| c.key.as_str())) {
                    Some(s) => format!("did you mean «{s}»?"),
                    None => {
                        "name columns by their `id:` or their headings joined with ` / `".into()
                    }
                };
                diags.push(ctx.error(
                    path,
                    format!("`balance:` names a column «{name}» the table doesn't have"),
                    &hint,
                ));
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
                format!(
                    "«{}», column «{}»: the balance is {}, but {} + {} − {} = {}",
                    row.label,
                    self.columns[end].name,
                    e.plain(),
                    s.plain(),
                    i.plain(),
                    o.plain(),
                    expected.plain()
                ),
                BALANCE_HINT,
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
