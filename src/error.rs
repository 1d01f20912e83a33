//! Diagnostics: every problem the build finds in a site, with the file, the
//! line and column, what is wrong and how to fix it.
//!
//! Editors are librarians, not programmers, so an error is worth as much as
//! its position and its hint. The build collects diagnostics instead of
//! stopping at the first one: a site with five typos gets five messages in
//! one run.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::i18n::Lang;
pub use crate::messages::Message;

/// How bad a diagnostic is: errors stop the build, warnings are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line, when the problem has a place in the file. (`u32`
    /// keeps the diagnostic small: it is the error type of most functions.)
    pub line: Option<u32>,
    /// 1-based column (in characters), when known.
    pub column: Option<u32>,
    /// What is wrong, put into words in the language it is shown in.
    pub message: Message,
    /// How to fix it, in plain words.
    pub hint: Option<Message>,
    /// The text of the offending line, shown under the message: a short
    /// excerpt around the column when the line is long.
    pub source_line: Option<String>,
    /// The column of `source_line`'s first character (1 unless cut).
    pub source_from: u32,
}

/// Characters of a long line kept before and after the column.
const EXCERPT_BEFORE: usize = 40;
const EXCERPT_AFTER: usize = 80;

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            column: None,
            message,
            hint: None,
            source_line: None,
            source_from: 1,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Places the diagnostic at `line`:`column` of `source` (the whole file),
    /// keeping the line's text for the snippet.
    pub fn at(self, source: &str, line: usize, column: usize) -> Self {
        match source.lines().nth(line.saturating_sub(1)) {
            Some(text) => self.at_line(text, line, column),
            None => self.at_line("", line, column).without_snippet(),
        }
    }

    /// Places the diagnostic at `line`:`column`, where `text` is that
    /// line: a long line keeps only an excerpt around the column, so a
    /// megabyte-long line costs no more than a short one.
    pub fn at_line(mut self, text: &str, line: usize, column: usize) -> Self {
        let column = column.max(1);
        self.line = Some(u32::try_from(line).unwrap_or(u32::MAX));
        self.column = Some(u32::try_from(column).unwrap_or(u32::MAX));
        let text = text.trim_end_matches('\r');
        let from = column.saturating_sub(EXCERPT_BEFORE).max(1);
        let excerpt: String = text
            .chars()
            .skip(from - 1)
            .take(EXCERPT_BEFORE + EXCERPT_AFTER)
            .collect();
        self.source_from = u32::try_from(from).unwrap_or(u32::MAX);
        self.source_line = Some(excerpt);
        self
    }

    fn without_snippet(mut self) -> Self {
        self.source_line = None;
        self
    }

    /// The same place `lines` lines further down: for a diagnostic made
    /// on a part of a file (a body, a block in it).
    pub fn shifted(mut self, lines: usize) -> Self {
        let lines = u32::try_from(lines).unwrap_or(u32::MAX);
        self.line = self.line.map(|l| l.saturating_add(lines));
        self
    }

    pub fn with_hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    /// The stable code of the problem (`yaml-unknown-field`, …): the
    /// message's catalogue id.
    pub fn code(&self) -> &'static str {
        self.message.id()
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// The hint in `lang`.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        self.hint.as_ref().map(|h| h.render(lang))
    }

    /// The diagnostic as text in `lang`: what [`fmt::Display`] shows in
    /// English.
    pub fn shown(&self, lang: Lang) -> Shown<'_> {
        Shown { diag: self, lang }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The file relative to the site root, as [`shown`].
    pub fn shown_file(&self) -> String {
        shown(&self.file)
    }

    /// `file:line:column` as editors and terminals understand it.
    pub fn location(&self) -> String {
        let file = self.shown_file();
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => file.to_string(),
        }
    }
}

impl Diagnostic {
    /// The diagnostic as text for a terminal in `lang`: the label coloured
    /// when `colour` (only on a terminal, never in pipes or CI logs).
    pub fn to_text(&self, lang: Lang, colour: bool) -> String {
        let text = self.shown(lang).to_string();
        if !colour {
            return text;
        }
        let label = self.label(lang);
        let code = match self.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
        };
        let rest = text.strip_prefix(label.as_str()).unwrap_or(&text);
        format!("\x1b[{code}m{label}\x1b[0m{rest}")
    }

    fn label(&self, lang: Lang) -> String {
        crate::messages::text(
            lang,
            match self.severity {
                Severity::Error => "label-error",
                Severity::Warning => "label-warning",
            },
        )
    }
}

/// A diagnostic put into words in one language: the label, the place,
/// the message, the line with a caret under the column, and the hint.
pub struct Shown<'a> {
    diag: &'a Diagnostic,
    lang: Lang,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.shown(Lang::En).fmt(f)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diag;
        let lang = self.lang;
        let label = d.label(lang);
        write!(f, "{label}: {}: {}", d.location(), d.message_in(lang))?;
        if let (Some(line), Some(text)) = (d.line, &d.source_line) {
            let number = line.to_string();
            let pad = " ".repeat(number.len());
            write!(f, "\n {pad} |\n {number} | {text}")?;
            if let Some(col) = d.column {
                let lead: String = text
                    .chars()
                    .take(col.saturating_sub(d.source_from) as usize)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n {pad} | {lead}^")?;
            }
        }
        if let Some(hint) = d.hint_in(lang) {
            let help = crate::messages::text(lang, "label-help");
            write!(f, "\n  = {help}: {hint}")?;
        }
        Ok(())
    }
}

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Problems in the site's files; the list holds warnings too.
    #[error("{} found in the site", count_errors(.0))]
    Site(Vec<Diagnostic>),
    /// A file or directory could not be read or written.
    #[error("cannot {action} {}: {source}", .path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Something about the command's arguments that clap cannot check,
    /// told in the language of the terminal.
    #[error("{0}")]
    Usage(Message),
    /// The annual report could not be made (`letopis report`, `report: true`).
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The built-in chart font could not be cut (a bug, not the site's).
    #[error(transparent)]
    ChartFont(#[from] crate::font::FontError),
}

impl Error {
    pub fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.to_path_buf(),
            source,
        }
    }

    /// What stopped the command in `lang`: the problems of the site are
    /// shown one by one, so for them only a count.
    pub fn shown(&self, lang: Lang) -> String {
        self.message()
            .map_or_else(|| self.to_string(), |m| m.render(lang))
    }

    /// What stopped the command, for the terminal; `None` for the site's
    /// problems, which are shown one by one.
    pub fn message(&self) -> Option<Message> {
        match self {
            Error::Site(_) => None,
            Error::Usage(m) => Some(m.clone()),
            Error::Io {
                action,
                path,
                source,
            } => Some(
                Message::new("io-failed")
                    .arg("action", action.replace(' ', "-"))
                    .arg("path", path.display().to_string())
                    .arg("reason", source.to_string()),
            ),
            Error::Report(r) => Some(r.message()),
            Error::ChartFont(e) => {
                Some(Message::new("chart-font-failed").arg("reason", e.to_string()))
            }
        }
    }
}

fn count_errors(diags: &[Diagnostic]) -> String {
    let n = diags.iter().filter(|d| d.is_error()).count();
    if n == 1 {
        "1 error".to_string()
    } else {
        format!("{n} errors")
    }
}

/// Diagnostics gathered along one stage of the build.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(other);
    }

    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Sorted by file then position, so output is stable across parallel runs.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.0
            .sort_by_cached_key(|d| (d.file.clone(), d.line, d.column, d.message.render(Lang::En)));
        self.0
    }

    /// Ends a stage: an `Err` with everything if any error was found, else
    /// the warnings to pass on.
    pub fn finish(self) -> Result<Vec<Diagnostic>, Error> {
        if self.has_errors() {
            Err(Error::Site(self.into_sorted()))
        } else {
            Ok(self.into_sorted())
        }
    }
}

/// "did you mean `x`?" for a misspelt name among `candidates`: the closest
/// one within a third of the word's length in edits (one edit at least, so
/// `kz` finds `kk`), counting a swap of two letters as one edit.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(wrong, c), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// A path inside the site as messages show it: with `/` between folders
/// on every system (Windows accepts it too), so a report reads the same
/// wherever the site is built.
pub fn shown(path: &Path) -> String {
    let text = path.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '\\' {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}

/// What can stop a report.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the site has no year {year}; its years are: {years}")]
    NoYear { year: i32, years: String },
    #[error("a chart of {year} cannot be drawn: {message}")]
    Chart { year: i32, message: String },
    /// A bug of the template, not of the content (content reaches the
    /// typesetter only as data).
    #[cfg(feature = "pdf")]
    #[error("the report could not be typeset: {0}")]
    Typeset(String),
    #[cfg(not(feature = "pdf"))]
    #[error("this letopis was built without PDF reports (the `pdf` feature); use --format docx")]
    NoPdf,
    #[error("the DOCX could not be written: {0}")]
    Docx(String),
}

impl ReportError {
    /// The error as a catalogue message.
    pub fn message(&self) -> Message {
        match self {
            ReportError::NoYear { year, years } => Message::new("report-no-year")
                .arg("year", year.to_string())
                .arg("years", years.as_str()),
            ReportError::Chart { year, message } => Message::new("report-chart")
                .arg("year", year.to_string())
                .arg("reason", message.as_str()),
            #[cfg(feature = "pdf")]
            ReportError::Typeset(reason) => {
                Message::new("report-typeset").arg("reason", reason.as_str())
            }
            #[cfg(not(feature = "pdf"))]
            ReportError::NoPdf => Message::new("report-no-pdf"),
            ReportError::Docx(reason) => Message::new("report-docx").arg("reason", reason.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_shows_location_snippet_caret_and_hint() {
        let src = "---\ntitle: x\nattendence: 5\n---\n";
        let said = Message::new("yaml-unknown-field").arg("field", "attendence");
        let hint = Message::new("yaml-unknown-field-hint-suggest")
            .arg("suggestion", "attendance")
            .arg("allowed", "title");
        let d = Diagnostic::error("content/a.md", said)
            .at(src, 3, 1)
            .with_hint(hint);
        let text = d.to_string();
        assert!(text.starts_with("error: content/a.md:3:1: unknown field `attendence`"));
        assert!(text.contains(" 3 | attendence: 5"));
        assert!(text.contains("   | ^"));
        assert!(text.contains("\n  = help: did you mean `attendance`?"));
    }

    #[test]
    fn a_long_line_shows_an_excerpt_with_the_caret_in_place() {
        let line = format!("{}ОШИБКА{}", "а".repeat(5000), "б".repeat(5000));
        let d = Diagnostic::warning("content/a.md", Message::new("event-no-title"))
            .at_line(&line, 7, 5001);
        let text = d.to_string();
        assert!(
            text.starts_with("warning: content/a.md:7:5001: the title is empty"),
            "{text}"
        );
        assert!(text.len() < 600, "{}", text.len());
        let lines: Vec<&str> = text.lines().collect();
        let caret = lines[3].chars().position(|c| c == '^').unwrap();
        let word = lines[2].chars().collect::<Vec<_>>();
        assert_eq!(word[caret], 'О', "{text}");
    }

    #[test]
    fn suggest_finds_close_names_only() {
        let fields = ["title", "date", "attendance", "audience"];
        assert_eq!(suggest("attendence", fields), Some("attendance"));
        assert_eq!(suggest("titel", fields), Some("title"));
        assert_eq!(suggest("zzzzzz", fields), None);
    }
}
