//! What the load stage hands the model: each content file read, its front
//! matter parsed into the types of [`super::front`], its body kept as a
//! slice of the source so later stages can quote lines without reading
//! the file again.

use std::path::PathBuf;

use super::front::{EventMeta, HomeMeta, PageMeta, YearMeta};
use crate::error::Diagnostic;

/// Everything read from `content/`, not yet checked as a whole.
#[derive(Debug, Default)]
pub struct Sources {
    pub home: Option<Document<HomeMeta>>,
    /// Years that have a folder, each with its `_index.md` if present.
    pub years: Vec<YearSource>,
    pub events: Vec<EventSource>,
    pub pages: Vec<Document<PageMeta>>,
}

#[derive(Debug)]
pub struct YearSource {
    pub year: i32,
    pub intro: Option<Document<YearMeta>>,
}

#[derive(Debug, Clone)]
pub struct EventSource {
    /// The year folder the file is in.
    pub folder_year: i32,
    pub doc: Document<EventMeta>,
    /// For a bundle (`events/<name>/index.md`): its other files, relative
    /// to the site root.
    pub assets: Vec<PathBuf>,
}

/// A Markdown file, read and with its front matter parsed into `M`.
///
/// The source is kept whole (bodies are slices of it) so later stages can
/// quote lines in their diagnostics without reading the file again.
#[derive(Debug, Clone)]
pub struct Document<M> {
    /// Path relative to the site root.
    pub file: std::path::PathBuf,
    pub source: String,
    pub meta: M,
    /// Byte offset of the body in `source`.
    pub(crate) body_start: usize,
    /// 1-based line on which the front matter's YAML starts.
    pub meta_line: usize,
}

impl<M> Document<M> {
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }

    /// 1-based line of the file on which the body starts, so messages
    /// about the body can name lines of the file.
    pub fn body_line(&self) -> usize {
        self.source[..self.body_start].matches('\n').count() + 1
    }

    /// A diagnostic pointing at the top-level `key:` of the front matter
    /// (or its first line when the key is absent).
    pub fn error_at_key(&self, key: &str, message: crate::error::Message) -> Diagnostic {
        self.at_key(key, Diagnostic::error(&self.file, message))
    }

    /// A warning pointing at the top-level `key:`, as [`Self::error_at_key`].
    pub fn warning_at_key(&self, key: &str, message: crate::error::Message) -> Diagnostic {
        self.at_key(key, Diagnostic::warning(&self.file, message))
    }

    fn at_key(&self, key: &str, d: Diagnostic) -> Diagnostic {
        let fm = &self.source[..self.body_start];
        let line = crate::yaml::line_of_key(fm, key).unwrap_or(self.meta_line);
        let column = key_value_column(fm, line);
        d.at(&self.source, line, column)
    }
}

/// Column where the value of the `key: value` line starts, for carets.
fn key_value_column(text: &str, line: usize) -> usize {
    let Some(l) = text.lines().nth(line - 1) else {
        return 1;
    };
    match l.find(':') {
        Some(i) => {
            l[..i + 1].chars().count() + 1 + (l[i + 1..].len() - l[i + 1..].trim_start().len())
        }
        None => 1,
    }
}
