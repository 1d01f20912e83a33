//! Splitting a Markdown file into its YAML front matter and its body.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, Message};
use crate::model::source::Document;
use crate::yaml::{self, Fragment};

/// Whether a file without front matter is acceptable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontMatter {
    Required,
    Optional,
}

/// Reads `source` (the text of `file`): front matter between `---` lines,
/// then Markdown. A UTF-8 byte order mark and CRLF line ends are accepted.
pub fn parse<M: DeserializeOwned>(
    file: &Path,
    source: String,
    need: FrontMatter,
) -> Result<Document<M>, Vec<Diagnostic>> {
    let source = match source.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => source,
    };
    let Some((yaml_range, body_start)) = split(&source) else {
        return no_front_matter(file, source, need);
    };
    let yaml_range = yaml_range.map_err(|line| {
        Diagnostic::error(file, Message::new("front-not-closed"))
            .at(&source, line, 1)
            .with_hint(Message::new("front-not-closed-hint"))
    });
    let yaml_range = yaml_range.map_err(|d| vec![d])?;
    let fragment = Fragment {
        source: &source,
        yaml: &source[yaml_range],
        first_line: 2,
    };
    let meta = yaml::parse_all(file, fragment)?;
    Ok(Document {
        file: file.to_path_buf(),
        source,
        meta,
        body_start,
        meta_line: 2,
    })
}

fn no_front_matter<M: DeserializeOwned>(
    file: &Path,
    source: String,
    need: FrontMatter,
) -> Result<Document<M>, Vec<Diagnostic>> {
    if need == FrontMatter::Required {
        let hint = if source.trim().is_empty() {
            Message::new("front-missing-hint-empty")
        } else {
            Message::new("front-missing-hint")
        };
        return Err(vec![Diagnostic::error(file, Message::new("front-missing"))
            .at(&source, 1, 1)
            .with_hint(hint)]);
    }
    let meta = yaml::parse_all(
        file,
        Fragment {
            source: &source,
            yaml: "",
            first_line: 1,
        },
    )?;
    Ok(Document {
        file: file.to_path_buf(),
        source,
        meta,
        body_start: 0,
        meta_line: 1,
    })
}

/// Finds the front matter: `None` when the file doesn't open with `---`;
/// `Err(line)` when it opens but never closes; otherwise the YAML's byte
/// range and where the body starts.
#[allow(clippy::type_complexity)]
fn split(source: &str) -> Option<(Result<std::ops::Range<usize>, usize>, usize)> {
    let first_end = source.find('\n').unwrap_or(source.len());
    if source[..first_end].trim_end() != "---" {
        return None;
    }
    let yaml_start = (first_end + 1).min(source.len());
    let mut offset = yaml_start;
    for line in source[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((Ok(yaml_start..offset), offset + line.len()));
        }
        offset += line.len();
    }
    Some((Err(1), source.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Meta {
        title: String,
    }

    /// The document, or its first problem.
    fn doc(text: &str) -> Result<Document<Meta>, Diagnostic> {
        parse(Path::new("e.md"), text.to_string(), FrontMatter::Required)
            .map_err(|found| found.into_iter().next().unwrap())
    }

    #[test]
    fn splits_front_matter_and_body() {
        let d = doc("---\ntitle: Акция\n---\nТекст\n").unwrap();
        assert_eq!(d.meta.title, "Акция");
        assert_eq!(d.body(), "Текст\n");
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let d = doc("\u{feff}---\r\ntitle: Акция\r\n---\r\nТекст\r\n").unwrap();
        assert_eq!(d.meta.title, "Акция");
        assert_eq!(d.body(), "Текст\r\n");
    }

    #[test]
    fn missing_and_unclosed_front_matter_are_errors() {
        let e = doc("title: x\n").unwrap_err();
        assert_eq!(e.message.to_string(), "the file has no front matter");
        let e = doc("---\ntitle: x\nТекст\n").unwrap_err();
        assert_eq!(e.message.to_string(), "the front matter is not closed");
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn yaml_errors_are_placed_in_the_file() {
        let e = doc("---\ntitle: [unclosed\n---\n").unwrap_err();
        assert!(e.line.unwrap() >= 2, "{e}");
    }

    #[test]
    fn error_at_key_points_at_value() {
        let d = doc("---\ntitle: Акция\n---\n").unwrap();
        let e = d.error_at_key("title", crate::messages::Message::new("event-no-title"));
        assert_eq!((e.line, e.column), (Some(2), Some(8)));
    }
}
