//! YAML into typed structs, with errors placed in the file.
//!
//! serde_yaml reports positions relative to the YAML text it was given; front
//! matter starts a line or more into the file, so callers pass the line the
//! YAML starts on and we shift positions back into file coordinates.

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
    serde_yaml::from_str(yaml).map_err(|err| to_diagnostic(file, fragment, &err))
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
    fn missing_field_is_named() {
        let d = probe("attendance: 1\n");
        assert!(d.message.contains("missing field `title`"), "{}", d.message);
    }
}
