//! Links between pages and photos in Markdown bodies.
//!
//! Editors link pages the way their text editor and GitHub preview them:
//! by the relative path of the Markdown file,
//! `[см.](../2016/events/knigofestival.md)`. The render stage rewrites such
//! links to the page's URL, in both Markdown engines, and reports the ones
//! that point nowhere, and photos that are missing or have no description,
//! with the file and line.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use crate::error::{suggest, Diagnostic, Message};

/// Every page's source file (relative to the site root) and its URL.
#[derive(Debug, Default)]
pub struct Links {
    root: PathBuf,
    by_file: HashMap<PathBuf, String>,
}

impl Links {
    pub fn new(root: &Path, pages: impl IntoIterator<Item = (PathBuf, String)>) -> Links {
        Links {
            root: root.to_path_buf(),
            by_file: pages.into_iter().collect(),
        }
    }

    /// Starts checking the body of `file`, which begins on `first_line`.
    pub fn body<'a>(&'a self, file: &'a Path, first_line: usize) -> BodyLinks<'a> {
        BodyLinks {
            links: self,
            file,
            first_line,
            found: Vec::new(),
            line_starts: None,
            not_shown: 0,
        }
    }
}

/// Warnings kept per body; the rest are counted in one last warning, so a
/// file of 50 000 broken links costs no more than one of twenty.
const MAX_WARNINGS: usize = 20;

/// Where a link is in its body.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    /// A byte offset (pulldown-cmark).
    Offset(usize),
    /// A 1-based line and 1-based byte column (comrak).
    LineByte(usize, usize),
}

/// The links of one Markdown body: rewrites them and collects warnings.
#[derive(Debug)]
pub struct BodyLinks<'a> {
    links: &'a Links,
    file: &'a Path,
    first_line: usize,
    found: Vec<Diagnostic>,
    /// The byte offset of each line of the body, computed once at the
    /// first warning (rescanning the text for each link was quadratic).
    line_starts: Option<Vec<usize>>,
    /// Warnings past [`MAX_WARNINGS`].
    not_shown: usize,
}

impl BodyLinks<'_> {
    /// The URL a link goes to: a page's URL for a relative link to a
    /// Markdown file, the destination unchanged otherwise. `at` is where
    /// the link is in `body`, for the warning.
    pub fn link(&mut self, dest: &str, body: &str, at: Place) -> Option<String> {
        let (path, fragment) = split_fragment(dest);
        if !is_relative(path) || !path.to_lowercase().ends_with(".md") {
            return None;
        }
        let target = self.resolve(path);
        if let Some(url) = target.as_ref().and_then(|t| self.links.by_file.get(t)) {
            return Some(format!("{url}{fragment}"));
        }
        if self.full() {
            return None;
        }
        let shown = target
            .as_deref()
            .map_or_else(|| path.to_string(), |t| t.display().to_string());
        let hint = match target.as_deref().and_then(|t| self.nearest_page(t)) {
            Some(near) => Message::new("links-nowhere-hint-near").arg("near", near),
            None => Message::new("links-nowhere-hint"),
        };
        self.warn(
            Message::new("links-nowhere")
                .arg("link", dest)
                .arg("target", shown),
            hint,
            body,
            at,
        );
        None
    }

    /// Checks a photo: the file exists beside the Markdown, and it has a
    /// description for readers who cannot see it.
    pub fn image(&mut self, dest: &str, alt: &str, body: &str, at: Place) {
        let (path, _) = split_fragment(dest);
        if is_relative(path) {
            match self.resolve(path) {
                Some(target) if self.links.root.join(&target).is_file() => {}
                _ if self.full() => {}
                target => {
                    let hint = match target.as_deref().and_then(|t| self.nearest_file(t)) {
                        Some(near) => {
                            Message::new("links-photo-missing-hint-near").arg("near", near)
                        }
                        None => Message::new("links-photo-missing-hint"),
                    };
                    let missing = Message::new("links-photo-missing").arg("photo", dest);
                    self.warn(missing, hint, body, at);
                }
            }
        }
        if alt.trim().is_empty() && !self.full() {
            self.warn(
                Message::new("links-photo-no-alt").arg("photo", dest),
                Message::new("links-photo-no-alt-hint"),
                body,
                at,
            );
        }
    }

    /// The warnings found, with lines counted from the start of the file.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        if self.not_shown > 0 {
            self.found.push(
                Diagnostic::warning(
                    self.file,
                    Message::new("links-not-shown").arg("count", self.not_shown),
                )
                .with_hint(Message::new("links-not-shown-hint")),
            );
        }
        self.found
    }

    /// Refuses the whole body: an error for the file, at `at` if given,
    /// which fails the build (a body too costly to render safely).
    pub fn refuse(&mut self, message: Message, hint: Message, body: &str, at: Option<Place>) {
        let d = Diagnostic::error(self.file, message).with_hint(hint);
        let d = match at {
            Some(at) => self.placed(d, body, at),
            None => d,
        };
        self.found.push(d);
    }

    /// True, and the warning counted, when no more warnings are kept.
    fn full(&mut self) -> bool {
        let full = self.found.len() >= MAX_WARNINGS;
        self.not_shown += usize::from(full);
        full
    }

    fn warn(&mut self, message: Message, hint: Message, body: &str, at: Place) {
        let d = Diagnostic::warning(self.file, message).with_hint(hint);
        let d = self.placed(d, body, at);
        self.found.push(d);
    }

    /// `d` placed at `at` in `body`, lines counted from the file's start.
    fn placed(&mut self, d: Diagnostic, body: &str, at: Place) -> Diagnostic {
        let starts = self.line_starts.get_or_insert_with(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', body.as_bytes()).map(|i| i + 1))
                .collect()
        });
        let (line, start) = match at {
            Place::Offset(offset) => {
                let line = starts.partition_point(|&s| s <= offset).max(1);
                (line, starts[line - 1])
            }
            Place::LineByte(line, _) => {
                let line = line.clamp(1, starts.len());
                (line, starts[line - 1])
            }
        };
        let offset = match at {
            Place::Offset(offset) => offset,
            Place::LineByte(_, byte_col) => start + byte_col.saturating_sub(1),
        };
        let end = starts.get(line).copied().unwrap_or(body.len());
        let text = body.get(start..end).unwrap_or("").trim_end_matches('\n');
        let column = body
            .get(start..offset.clamp(start, end))
            .map_or(1, |before| before.chars().count() + 1);
        d.at_line(text, self.first_line + line - 1, column)
    }

    /// `path` resolved against this file's folder, relative to the site
    /// root; None when it climbs above the root.
    fn resolve(&self, path: &str) -> Option<PathBuf> {
        let decoded = percent_decode(path).unwrap_or_else(|| path.to_string());
        let mut out = self
            .file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        for c in Path::new(&decoded).components() {
            match c {
                Component::Normal(p) => out.push(p),
                Component::ParentDir => {
                    if !out.pop() {
                        return None;
                    }
                }
                Component::CurDir => {}
                Component::RootDir | Component::Prefix(_) => return None,
            }
        }
        Some(out)
    }

    /// The page file closest in name to `target`, written as a path from
    /// this file, for "did you mean".
    fn nearest_page(&self, target: &Path) -> Option<String> {
        let name = target.file_name()?.to_string_lossy().into_owned();
        let names: Vec<(String, &PathBuf)> = self
            .links
            .by_file
            .keys()
            .filter_map(|p| Some((page_name(p)?, p)))
            .collect();
        let wanted = page_name(target).unwrap_or(name);
        let best = suggest(&wanted, names.iter().map(|(n, _)| n.as_str()))?;
        let (_, path) = names.iter().find(|(n, _)| n == best)?;
        Some(relative_from(self.file.parent()?, path))
    }

    /// A file in the photo's folder with a name close to the missing one.
    fn nearest_file(&self, target: &Path) -> Option<String> {
        let name = target.file_name()?.to_string_lossy().into_owned();
        let dir = self.links.root.join(target.parent()?);
        let names: Vec<String> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        suggest(&name, names.iter().map(String::as_str)).map(str::to_string)
    }
}

/// The name a page file is known by: its stem, or its bundle's folder.
fn page_name(path: &Path) -> Option<String> {
    let stem = if path.file_name()? == "index.md" {
        path.parent()?.file_name()?
    } else {
        path.file_stem()?
    };
    Some(stem.to_string_lossy().into_owned())
}

/// `to` written relative to the folder `from` (both relative to the root).
fn relative_from(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out: Vec<String> = vec!["..".to_string(); from.len() - common];
    out.extend(
        to_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    out.join("/")
}

/// `a.md#part` into (`a.md`, `#part`); a query is dropped with the path.
fn split_fragment(dest: &str) -> (&str, &str) {
    let (path, fragment) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (dest, ""),
    };
    (path.split('?').next().unwrap_or(path), fragment)
}

/// A path relative to the current file: no scheme (`https:`, `mailto:`),
/// not rooted, not empty (a bare `#part`).
fn is_relative(path: &str) -> bool {
    let scheme = path
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && !s.contains('/'));
    !path.is_empty() && !path.starts_with('/') && !scheme
}

/// Decodes `%D0%BA`-style escapes; None if they do not make UTF-8 text.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links() -> Links {
        Links::new(
            Path::new("/nonexistent"),
            [
                (
                    PathBuf::from("content/2016/events/knigofestival.md"),
                    "/2016/knigofestival/".to_string(),
                ),
                (
                    PathBuf::from("content/2022/events/klub/index.md"),
                    "/2022/klub/".to_string(),
                ),
            ],
        )
    }

    #[test]
    fn relative_markdown_links_become_urls() {
        let l = links();
        let file = Path::new("content/2022/events/klub/index.md");
        let mut b = l.body(file, 5);
        let body = "text\n[см.](../../../2016/events/knigofestival.md#foto)\n";
        assert_eq!(
            b.link(
                "../../../2016/events/knigofestival.md#foto",
                body,
                Place::LineByte(2, 1)
            )
            .as_deref(),
            Some("/2016/knigofestival/#foto")
        );
        assert_eq!(
            b.link("https://example.org/a.md", body, Place::LineByte(2, 1)),
            None
        );
        assert_eq!(b.link("#top", body, Place::LineByte(2, 1)), None);
        assert!(b.finish().is_empty());
    }

    #[test]
    fn broken_links_are_reported_with_their_line_and_a_suggestion() {
        let l = links();
        let file = Path::new("content/2016/events/other.md");
        let mut b = l.body(file, 5);
        let body = "a\nb [x](knigofestivl.md)\n";
        assert_eq!(b.link("knigofestivl.md", body, Place::Offset(4)), None);
        let found = b.finish();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, Some(6));
        assert_eq!(
            found[0].source_line.as_deref(),
            Some("b [x](knigofestivl.md)")
        );
        assert!(found[0]
            .hint
            .as_ref()
            .unwrap()
            .to_string()
            .contains("knigofestival.md"));
    }

    #[test]
    fn photos_missing_or_without_description_warn() {
        let l = links();
        let mut b = l.body(Path::new("content/2016/events/a/index.md"), 1);
        b.image("photo.jpg", "", "![](photo.jpg)", Place::Offset(0));
        b.image("https://example.org/p.jpg", "Дети", "", Place::Offset(0));
        let found = b.finish();
        assert_eq!(found.len(), 2);
        assert!(found[0].message.to_string().contains("missing"));
        assert!(found[1].message.to_string().contains("no description"));
    }

    #[test]
    fn warnings_are_capped_per_body() {
        let l = links();
        let mut b = l.body(Path::new("content/2016/events/a.md"), 1);
        let body = "[a](nowhere.md)".repeat(1000);
        for i in 0..1000 {
            b.link("nowhere.md", &body, Place::Offset(i * 15));
        }
        let found = b.finish();
        assert_eq!(found.len(), MAX_WARNINGS + 1);
        assert_eq!(found[1].column, Some(16));
        assert!(found[MAX_WARNINGS]
            .message
            .to_string()
            .starts_with("980 more"));
    }

    #[test]
    fn helpers() {
        assert_eq!(percent_decode("%D0%BA%D0%B8.md").as_deref(), Some("ки.md"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(
            relative_from(
                Path::new("content/2022/events"),
                Path::new("content/2016/events/a.md")
            ),
            "../../2016/events/a.md"
        );
        assert!(!is_relative("mailto:a@b"));
        assert!(is_relative("a/b:c.md"));
    }
}
