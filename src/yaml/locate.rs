//! Lines of a block-style YAML file by path, for errors found after
//! parsing (a total that doesn't add up, a row one value short).
//!
//! serde_yaml places the errors it finds itself but keeps no positions in
//! the values it returns, so checks that compare values re-find them here.
//! Statistics files are written in block style (one key per line, lists as
//! `- ` items, rows of values as `[...]` on one line), which this follows;
//! anything it can't place falls back to the nearest enclosing line.

/// One step of a path: a mapping key or a list index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

pub fn key(k: &str) -> Seg {
    Seg::Key(k.to_string())
}

/// The path of every line that starts a key or list item.
pub struct Locator<'a> {
    source: &'a str,
    lines: Vec<(Vec<Seg>, usize)>,
}

struct Frame {
    indent: usize,
    seg: Seg,
    /// For a list item, the next sibling's index.
    next: usize,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Locator<'a> {
        let mut stack: Vec<Frame> = Vec::new();
        let mut lines = Vec::new();
        for (n, raw) in source.lines().enumerate() {
            let text = raw.trim_end();
            let indent = text.len() - text.trim_start().len();
            let mut rest = text.trim_start();
            if rest.is_empty() || rest.starts_with('#') || rest.starts_with("---") {
                continue;
            }
            let mut col = indent;
            while rest == "-" || rest.starts_with("- ") {
                // Siblings and anything deeper end here; a key at this very
                // indent stays: `key:\n- item` is the key's list.
                let mut next = 0;
                while let Some(top) = stack.last() {
                    let is_item = matches!(top.seg, Seg::Index(_));
                    if top.indent > col || (top.indent == col && is_item) {
                        let f = stack.pop().expect("checked by last()");
                        if f.indent == col && is_item {
                            next = f.next;
                        }
                    } else {
                        break;
                    }
                }
                stack.push(Frame {
                    indent: col,
                    seg: Seg::Index(next),
                    next: next + 1,
                });
                let after = &rest[1..];
                let skip = after.len() - after.trim_start().len();
                col += 1 + skip;
                rest = after.trim_start();
            }
            if let Some(k) = mapping_key(rest) {
                while stack.last().is_some_and(|f| f.indent >= col) {
                    stack.pop();
                }
                stack.push(Frame {
                    indent: col,
                    seg: Seg::Key(k),
                    next: 0,
                });
            }
            lines.push((stack.iter().map(|f| f.seg.clone()).collect(), n + 1));
        }
        Locator { source, lines }
    }

    pub fn source(&self) -> &'a str {
        self.source
    }

    /// The first line at `path`, or at the longest prefix of it found.
    pub fn line(&self, path: &[Seg]) -> usize {
        for len in (1..=path.len()).rev() {
            if let Some((_, line)) = self.lines.iter().find(|(p, _)| p.starts_with(&path[..len])) {
                return *line;
            }
        }
        1
    }

    /// The line and column of item `index` of the flow list at `path`
    /// (`values: [5, 82, 4]`); the key's line if the list is in block style.
    pub fn item(&self, path: &[Seg], index: usize) -> (usize, usize) {
        let line = self.line(path);
        let text = self.source.lines().nth(line - 1).unwrap_or_default();
        let Some(open) = text.find('[') else {
            let mut p = path.to_vec();
            p.push(Seg::Index(index));
            return (self.line(&p), 1);
        };
        let mut depth = 0;
        let mut count = 0;
        let mut quoted: Option<char> = None;
        for (i, c) in text.char_indices().skip_while(|&(i, _)| i <= open) {
            match (quoted, c) {
                (Some(q), c) if c == q => quoted = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quoted = Some(c),
                (None, '(' | '[') => depth += 1,
                (None, ')' | ']') if depth > 0 => depth -= 1,
                (None, ',') if depth == 0 => {
                    count += 1;
                    if count == index {
                        let at = i + 1 + (text[i + 1..].len() - text[i + 1..].trim_start().len());
                        return (line, text[..at].chars().count() + 1);
                    }
                }
                _ => {}
            }
        }
        let first = open + 1 + (text[open + 1..].len() - text[open + 1..].trim_start().len());
        let col = if index == 0 { first } else { open };
        (line, text[..col].chars().count() + 1)
    }
}

/// `name:` or `name: value` → `name` (quotes removed).
fn mapping_key(text: &str) -> Option<String> {
    let (k, rest) = if let Some(q) = text.strip_prefix('"') {
        let end = q.find('"')?;
        (&q[..end], &q[end + 1..])
    } else {
        let end = text.find(':')?;
        (&text[..end], &text[end..])
    };
    let after = rest.strip_prefix(':')?;
    (after.is_empty() || after.starts_with(' ')).then(|| k.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "tables:\n  - id: a\n    rows:\n      - label: x\n        values: [1, 2, 3]\n      - label: Итого\n        values: [\"1 (общ. 2)\", ~, 3]\n  - id: b\n    rows:\n    - label: y\n";

    #[test]
    fn finds_rows_and_values() {
        let loc = Locator::new(SRC);
        let row = |t, r| vec![key("tables"), Seg::Index(t), key("rows"), Seg::Index(r)];
        assert_eq!(loc.line(&row(0, 1)), 6);
        assert_eq!(loc.line(&row(1, 0)), 10);
        let mut values = row(0, 1);
        values.push(key("values"));
        assert_eq!(loc.item(&values, 0), (7, 18));
        assert_eq!(loc.item(&values, 2), (7, 35));
        assert_eq!(loc.line(&[key("tables"), Seg::Index(1), key("id")]), 8);
    }
}
