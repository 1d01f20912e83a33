//! YAML helpers in one place: YAML into typed structs with errors placed
//! in the file ([`parse`]), the line of a top-level key ([`line_of_key`])
//! and of any path ([`locate`]), for checks made after parsing.
//!
//! serde_yaml reports positions relative to the YAML text it was given; front
//! matter starts a line or more into the file, so callers pass the line the
//! YAML starts on and we shift positions back into file coordinates.

pub mod locate;

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{suggest, Diagnostic};

/// Where a YAML fragment sits in its file.
#[derive(Debug, Clone, Copy)]
pub struct Fragment<'a> {
    /// The whole file, for snippets.
    pub source: &'a str,
    /// The YAML text itself.
    pub yaml: &'a str,
    /// 1-based line of the file on which `yaml` starts.
    pub first_line: usize,
}

/// Deserialises `fragment.yaml` into `T`; on failure a diagnostic at the
/// offending line with a hint (a suggestion for misspelt names, the
/// accepted forms for wrong types).
pub fn parse<T: DeserializeOwned>(file: &Path, fragment: Fragment<'_>) -> Result<T, Diagnostic> {
    // An empty document deserialises as unit; give structs an empty mapping
    // instead so "missing field" names the field.
    let yaml = if fragment.yaml.trim().is_empty() {
        "{}"
    } else {
        fragment.yaml
    };
    check_shape(file, fragment)?;
    serde_yaml::from_str(yaml).map_err(|err| to_diagnostic(file, fragment, &err))
}

/// Front matter and settings are a few dozen lines; anything this big is
/// a mistake (a pasted document) or an attack, and is refused before the
/// parser sees it.
pub const MAX_YAML_BYTES: usize = 256 * 1024;

/// How deep `[` and `{` may nest. The parser already stops at 128 levels,
/// but only after libyaml's scanner has looked at every open level for
/// every token: 100 000 `[` took minutes. Real front matter nests two or
/// three levels.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Refuses YAML too large or too deeply nested to parse quickly. (Alias
/// bombs need no check here: serde_yaml stops expanding aliases past a
/// small multiple of the document's own size.)
fn check_shape(file: &Path, fragment: Fragment<'_>) -> Result<(), Diagnostic> {
    let yaml = fragment.yaml;
    if yaml.len() > MAX_YAML_BYTES {
        return Err(Diagnostic::error(
            file,
            format!(
                "the YAML is {} KiB; at most {} KiB is read",
                yaml.len() / 1024,
                MAX_YAML_BYTES / 1024
            ),
        )
        .at(fragment.source, fragment.first_line, 1)
        .with_hint("front matter holds a few short fields; put long text in the body below the closing `---`"));
    }
    if let Some(at) = too_deep(yaml) {
        let line = fragment.first_line + yaml[..at].matches('\n').count();
        let column = yaml[..at]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        return Err(Diagnostic::error(
            file,
            format!("brackets nest more than {MAX_FLOW_DEPTH} levels deep"),
        )
        .at(fragment.source, line, column)
        .with_hint(
            "close the `[` and `{` brackets you opened; lists are written `[first, second]`",
        ));
    }
    Ok(())
}

/// Byte offset of the first `[` or `{` nested deeper than
/// [`MAX_FLOW_DEPTH`], skipping quoted strings and comments.
fn too_deep(yaml: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    let bytes = yaml.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (_, b'\n') if comment => comment = false,
            _ if comment => {}
            (Some(q), _) if b == q && !(q == b'"' && escaped(bytes, i)) => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'#') => comment = true,
            (None, b'[' | b'{') => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some(i);
                }
            }
            (None, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Whether the byte at `i` follows an odd number of backslashes.
fn escaped(bytes: &[u8], i: usize) -> bool {
    bytes[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1
}

fn to_diagnostic(file: &Path, fragment: Fragment<'_>, err: &serde_yaml::Error) -> Diagnostic {
    let full = err.to_string();
    // serde_yaml appends " at line L column C"; we show the place separately.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let (line, column) = match err.location() {
        Some(loc) => (fragment.first_line + loc.line() - 1, loc.column()),
        None => (fragment.first_line, 1),
    };
    let (message, hint) = explain(&message, fragment.yaml);
    Diagnostic::error(file, message)
        .at(fragment.source, line, column)
        .with_hint(hint)
}

/// Rewrites serde's messages into plain words and finds a hint.
fn explain(message: &str, yaml: &str) -> (String, String) {
    if let Some(rest) = message
        .split_once("unknown field `")
        .or_else(|| message.split_once("unknown variant `"))
        .map(|(_, r)| r)
    {
        let is_field = message.contains("unknown field");
        let wrong = rest.split('`').next().unwrap_or_default();
        let expected = backticked_after(rest, "expected");
        let what = if is_field { "field" } else { "value" };
        let mut hint = match suggest(wrong, expected.iter().map(String::as_str)) {
            Some(s) => format!("did you mean `{s}`? "),
            None => String::new(),
        };
        if !expected.is_empty() {
            let list = expected.join("`, `");
            hint.push_str(&format!("Allowed {what}s: `{list}`"));
            if is_field {
                hint.push_str("; site-specific fields go under `extra:`");
            }
        }
        let prefix = path_prefix(message);
        return (format!("{prefix}unknown {what} `{wrong}`"), hint);
    }
    if message.contains("invalid type") {
        let hint = if message.contains("expected u32") || message.contains("expected u64") {
            "write a whole number with digits, e.g. `attendance: 120`".to_string()
        } else if message.contains("expected a sequence") {
            "write a list: `[first, second]` or one `- item` per line".to_string()
        } else if message.contains("expected a boolean") {
            "write `true` or `false`".to_string()
        } else {
            String::new()
        };
        return (message.to_string(), hint);
    }
    if message.contains("found character that cannot start any token") && yaml.contains('\t') {
        return (
            message.to_string(),
            "YAML does not allow tabs for indentation; indent with spaces".to_string(),
        );
    }
    if message.starts_with("repetition limit exceeded") {
        return (
            "the `*name` references expand to too much text".to_string(),
            "write the values out instead of repeating `&name` anchors inside each other"
                .to_string(),
        );
    }
    if message.starts_with("recursion limit exceeded") {
        return (
            "the values nest too deeply".to_string(),
            "front matter fields are words, numbers or short lists; check the indentation"
                .to_string(),
        );
    }
    if message.starts_with("missing field") {
        return (
            message.to_string(),
            "add the field to the front matter between the `---` lines".to_string(),
        );
    }
    (message.to_string(), String::new())
}

/// The `path: ` serde_yaml puts before messages about nested values.
fn path_prefix(message: &str) -> &str {
    match message.find(": unknown ") {
        Some(i) => &message[..i + 2],
        None => "",
    }
}

fn backticked_after(text: &str, marker: &str) -> Vec<String> {
    let Some((_, tail)) = text.split_once(marker) else {
        return Vec::new();
    };
    tail.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// 1-based line of a top-level `key:` in YAML text; for errors found after
/// deserialising, when serde no longer knows positions.
pub fn line_of_key(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)] // only the errors are under test
    struct Probe {
        title: String,
        attendance: Option<u32>,
    }

    fn probe(yaml: &str) -> Diagnostic {
        let source = format!("---\n{yaml}---\n");
        let fragment = Fragment {
            source: &source,
            yaml,
            first_line: 2,
        };
        parse::<Probe>(Path::new("a.md"), fragment).unwrap_err()
    }

    #[test]
    fn unknown_field_is_placed_and_suggested() {
        let d = probe("title: x\nattendence: 5\n");
        assert_eq!(d.message, "unknown field `attendence`");
        assert_eq!(d.line, Some(3));
        let hint = d.hint.unwrap();
        assert!(hint.starts_with("did you mean `attendance`?"), "{hint}");
    }

    #[test]
    fn wrong_type_gets_an_example() {
        let d = probe("title: x\nattendance: сто\n");
        assert_eq!(d.line, Some(3));
        assert!(d.message.contains("invalid type"), "{}", d.message);
        assert!(d.hint.unwrap().contains("whole number"));
    }

    #[test]
    fn deep_brackets_are_refused_before_parsing() {
        let deep = format!("title: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let started = std::time::Instant::now();
        let d = probe(&deep);
        assert!(
            started.elapsed().as_secs() < 5,
            "took {:?}",
            started.elapsed()
        );
        assert!(d.message.contains("nest more than"), "{}", d.message);
        assert_eq!(
            (d.line, d.column),
            (Some(2), Some(8 + MAX_FLOW_DEPTH as u32))
        );
        // Brackets inside quotes and comments are text.
        let quoted = format!(
            "title: \"{0} \\\" {0}\" # {0}\nattendance: '{0}'\n",
            "[".repeat(200)
        );
        assert!(!probe(&quoted).message.contains("nest"));
    }

    #[test]
    fn alias_bombs_stop_quickly() {
        let mut yaml = String::from(
            "title: x\nextra:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        );
        for (prev, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
            let refs = vec![format!("*{prev}"); 9].join(", ");
            yaml.push_str(&format!("  {name}: &{name} [{refs}]\n"));
        }
        let fragment = Fragment {
            source: &yaml,
            yaml: &yaml,
            first_line: 1,
        };
        let d = parse::<serde_yaml::Value>(Path::new("a.md"), fragment).unwrap_err();
        assert!(d.message.contains("expand to too much"), "{}", d.message);
    }

    #[test]
    fn missing_field_is_named() {
        let d = probe("attendance: 1\n");
        assert!(d.message.contains("missing field `title`"), "{}", d.message);
    }
}
