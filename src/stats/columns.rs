//! A table's columns as written (labels, groups, roles, totals) turned
//! into leaf columns, the rows of its header, and the column sums to check.

use super::schema::{ColumnSpec, Role};
use super::table::{Column, Ctx, HeaderCell};
use crate::error::{suggest, Diagnostics, Message};
use crate::yaml::locate::{key, Seg};

/// The columns as a tree, flattened to leaves and header rows.
#[derive(Default)]
pub struct ColumnTree {
    pub leaves: Vec<Column>,
    /// (depth, text, first leaf, leaf count, is leaf) in walk order.
    nodes: Vec<(usize, String, usize, usize, bool)>,
    /// Total column → the columns it adds up.
    pub sums: Vec<(usize, Vec<usize>)>,
    pending: Vec<(usize, Vec<String>, Vec<Seg>)>,
}

impl ColumnTree {
    #[allow(clippy::too_many_arguments)] // one recursive walk
    pub fn walk(
        &mut self,
        specs: &[ColumnSpec],
        path: &[Seg],
        headings: &[String],
        role: Option<(Role, usize)>,
        depth: usize,
        ctx: &Ctx,
        diags: &mut Diagnostics,
    ) {
        let mut siblings = Vec::new();
        let mut totals = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let mut here = path.to_vec();
            here.push(Seg::Index(i));
            let text = match (&spec.label, &spec.group) {
                (Some(l), None) if spec.columns.is_empty() => l.trim().to_string(),
                (None, Some(g)) if !spec.columns.is_empty() => g.trim().to_string(),
                _ => {
                    diags.push(ctx.error(
                        &here,
                        Message::new("stats-column-shape"),
                        Message::new("stats-column-shape-hint"),
                    ));
                    continue;
                }
            };
            let mut heads = headings.to_vec();
            heads.push(text.clone());
            let role = spec.role.map(|r| (r, heads.len())).or(role);
            let first = self.leaves.len();
            let node = self.nodes.len();
            let shown = match &spec.pair {
                Some([a, b]) => format!("{text} ({a} / {b})"),
                None => text,
            };
            self.nodes
                .push((depth, shown, first, 0, spec.columns.is_empty()));
            if spec.columns.is_empty() {
                let key = spec.id.clone().unwrap_or_else(|| heads.join(" / "));
                if self.leaves.iter().any(|c| c.key == key) {
                    diags.push(ctx.error(
                        &here,
                        Message::new("stats-column-twice").arg("name", key.as_str()),
                        Message::new("stats-column-twice-hint"),
                    ));
                }
                let series = role
                    .map(|(_, at)| heads[at..].join(" / "))
                    .unwrap_or_default();
                self.leaves.push(Column {
                    key,
                    name: heads.join(" / "),
                    total: spec.total || !spec.sum.is_empty(),
                    role: role.map(|(r, _)| r),
                    series,
                    kind: spec.kind,
                    pair: spec.pair.clone(),
                    share_of: spec.share_of.clone(),
                });
                if !spec.sum.is_empty() {
                    self.pending.push((first, spec.sum.clone(), here.clone()));
                } else if spec.total {
                    totals.push((first, here.clone()));
                } else {
                    siblings.push(first);
                }
            } else {
                let mut sub = here.clone();
                sub.push(key("columns"));
                self.walk(&spec.columns, &sub, &heads, role, depth + 1, ctx, diags);
            }
            self.nodes[node].3 = self.leaves.len() - first;
        }
        for (t, here) in totals {
            if siblings.is_empty() {
                diags.push(ctx.error(
                    &here,
                    Message::new("stats-total-alone"),
                    Message::new("stats-total-alone-hint"),
                ));
            }
            self.sums.push((t, siblings.clone()));
        }
        if depth == 0 {
            self.resolve_sums(ctx, diags);
        }
    }

    fn resolve_sums(&mut self, ctx: &Ctx, diags: &mut Diagnostics) {
        for (t, names, here) in std::mem::take(&mut self.pending) {
            let mut addends = Vec::new();
            for name in names {
                match self.leaves.iter().position(|c| c.key == name) {
                    Some(i) => addends.push(i),
                    None => {
                        let known = self.leaves.iter().map(|c| c.key.as_str());
                        let said = Message::new("stats-column-unknown")
                            .arg("field", "sum:")
                            .arg("name", name.as_str());
                        diags.push(ctx.error(&here, said, unknown_column_hint(&name, known)));
                    }
                }
            }
            self.sums.push((t, addends));
        }
    }

    pub fn header(&self) -> Vec<Vec<HeaderCell>> {
        let depth = self.nodes.iter().map(|n| n.0 + 1).max().unwrap_or(0);
        let mut rows: Vec<Vec<HeaderCell>> = (0..depth).map(|_| Vec::new()).collect();
        for (d, text, _, count, leaf) in &self.nodes {
            rows[*d].push(HeaderCell {
                text: text.clone(),
                colspan: *count,
                rowspan: if *leaf { depth - d } else { 1 },
            });
        }
        rows
    }
}

/// The hint for a column `name` that is not among `known`: the closest
/// one, else how columns are named.
pub(super) fn unknown_column_hint<'a>(
    name: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Message {
    match suggest(name, known) {
        Some(s) => Message::new("stats-column-unknown-hint-near").arg("near", s),
        None => Message::new("stats-column-unknown-hint"),
    }
}
