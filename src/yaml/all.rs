//! Every problem of a YAML fragment at once, not only the first.
//!
//! serde stops at the first problem. The editor of a file with a bad date
//! and `atendance:` should hear of both, so after a problem in a top-level
//! field the field is left out (its lines blanked, so line numbers stay)
//! and the fragment is read again, until it reads or a problem has no
//! field of its own. serde reports fields in the order they are written
//! and missing fields only at the end, so this finds each field's problem
//! once; a "missing field" for a field left out is ours, not the editor's.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::Fragment;
use crate::error::{Diagnostic, Message};

/// The most problems reported for one fragment.
pub const MAX_PROBLEMS: usize = 20;

/// Like [`super::parse`], with every problem of the fragment on failure.
pub fn parse_all<T: DeserializeOwned>(
    file: &Path,
    fragment: Fragment<'_>,
) -> Result<T, Vec<Diagnostic>> {
    let mut found = match super::parse(file, fragment) {
        Ok(v) => return Ok(v),
        Err(d) => vec![d],
    };
    let mut yaml = fragment.yaml.to_string();
    let mut left_out: Vec<String> = Vec::new();
    while found.len() < MAX_PROBLEMS {
        let Some(line) = found
            .last()
            .and_then(|d| d.line)
            .and_then(|l| (l as usize + 1).checked_sub(fragment.first_line))
        else {
            break;
        };
        let Some((key, lines)) = entry_at(&yaml, line) else {
            break;
        };
        if left_out.contains(&key) {
            break;
        }
        yaml = blanked(&yaml, lines);
        left_out.push(key);
        let fewer = Fragment {
            yaml: &yaml,
            ..fragment
        };
        match super::parse::<T>(file, fewer) {
            Ok(_) => break,
            Err(d) if ours(&d, &left_out) => break,
            Err(d) => found.push(d),
        }
    }
    Err(found)
}

/// Whether `d` is "missing field" for a field we left out.
fn ours(d: &Diagnostic, left_out: &[String]) -> bool {
    left_out
        .iter()
        .any(|key| d.message == Message::new("yaml-missing-field").arg("field", key.as_str()))
}

/// The top-level field whose lines include the 1-based `line`: its name
/// and its lines (0-based, end exclusive).
fn entry_at(yaml: &str, line: usize) -> Option<(String, std::ops::Range<usize>)> {
    let lines: Vec<&str> = yaml.lines().collect();
    let at = line.checked_sub(1)?.min(lines.len().checked_sub(1)?);
    let top = |l: &str| !l.is_empty() && !l.starts_with([' ', '\t', '#']);
    let start = (0..=at).rev().find(|&i| top(lines[i]))?;
    let (key, _) = lines[start].split_once(':')?;
    if key.starts_with('-') {
        return None;
    }
    let end = (start + 1..lines.len())
        .find(|&i| top(lines[i]))
        .unwrap_or(lines.len());
    Some((key.trim().to_string(), start..end))
}

/// `yaml` with the lines `range` emptied (their line ends kept).
fn blanked(yaml: &str, range: std::ops::Range<usize>) -> String {
    yaml.split_inclusive('\n')
        .enumerate()
        .map(|(i, l)| {
            if range.contains(&i) {
                if l.ends_with('\n') {
                    "\n"
                } else {
                    ""
                }
            } else {
                l
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // only the errors are under test
    struct Event {
        title: String,
        date: u32,
        attendance: Option<u32>,
    }

    fn problems(yaml: &str) -> Vec<Diagnostic> {
        let fragment = Fragment {
            source: yaml,
            yaml,
            first_line: 1,
        };
        parse_all::<Event>(Path::new("a.md"), fragment).unwrap_err()
    }

    #[test]
    fn every_field_gets_its_problem() {
        let found = problems("title: x\ndate: вчера\natendance: 5\nattendance: много\n");
        let codes: Vec<_> = found.iter().map(|d| (d.line, d.code())).collect();
        assert_eq!(
            codes,
            [
                (Some(2), "yaml-not-number"),
                (Some(3), "yaml-unknown-field"),
                (Some(4), "yaml-not-number"),
            ],
            "{found:?}"
        );
    }

    #[test]
    fn a_field_really_missing_is_still_reported() {
        let found = problems("date: вчера\natendance: 5\n");
        let last = found.last().unwrap();
        assert_eq!(last.message_in(Lang::Ru), "не хватает поля `title`");
        assert_eq!(found.len(), 3, "{found:?}");
    }

    #[test]
    fn a_field_over_several_lines_is_left_out_whole() {
        let found = problems("title: x\nattendence:\n  - 1\n  - 2\ndate: 1\nwho: 5\n");
        let lines: Vec<_> = found.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(2), Some(6)], "{found:?}");
    }
}
