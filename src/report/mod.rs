//! The annual report of a year as documents made from the same sources as
//! the site: a tagged PDF (Typst, behind the `pdf` cargo feature)
//! and a DOCX for editing (docx-rs, charts drawn by resvg).
//!
//! ```text
//! Built ─ Document::new → Document ─ pdf::pdf / docx::docx → bytes
//! ```
//!
//! `letopis report YEAR` writes one ([`command`]); with `report: true` in
//! `site.yaml` the build publishes every year's at `/<year>/report.pdf` and `.docx`
//! ([`ReportFiles`]).

mod document;
mod docx;
#[cfg(feature = "pdf")]
mod pdf;
mod png;
mod text;

use std::path::{Path, PathBuf};

pub use document::{Document, ReportError};

use crate::build::Built;
use crate::error::Error;
use crate::outputs::{Output, Written};
use crate::progress::Progress;
use crate::theme::Theme;
use crate::write::Sink;

/// A document format of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    Pdf,
    Docx,
}

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    /// Every format the build publishes with `report: true`.
    pub const ALL: [Format; 2] = [Format::Pdf, Format::Docx];
}

/// The report of `year` in `format`.
pub fn make(built: &Built, theme: &Theme, year: i32, format: Format) -> Result<Vec<u8>, Error> {
    write_as(&Document::new(built, theme, year)?, format)
}

/// `doc` in `format`.
fn write_as(doc: &Document, format: Format) -> Result<Vec<u8>, Error> {
    match format {
        Format::Pdf => pdf_of(doc),
        Format::Docx => Ok(docx::docx(doc)?),
    }
}

#[cfg(feature = "pdf")]
fn pdf_of(doc: &Document) -> Result<Vec<u8>, Error> {
    Ok(pdf::pdf(doc)?)
}

#[cfg(not(feature = "pdf"))]
fn pdf_of(_doc: &Document) -> Result<Vec<u8>, Error> {
    Err(ReportError::NoPdf.into())
}

/// What `letopis report` was asked to do.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub root: PathBuf,
    pub year: i32,
    pub format: Format,
    /// Defaults to `<root>/report-<year>.<format>`.
    pub output: Option<PathBuf>,
}

/// What a written report is: its file and its size.
#[derive(Debug)]
pub struct Made {
    pub file: PathBuf,
    pub bytes: usize,
    pub warnings: Vec<crate::error::Diagnostic>,
}

/// `letopis report`: builds the site's model (nothing of the site is
/// written) and writes the report of one year. An existing file is
/// replaced only if it is a report Letopis made; anything else is
/// refused, so no command overwrites an editor's own document.
pub fn command(opts: &ReportOptions) -> Result<Made, Error> {
    let config = crate::config::Config::load(&opts.root)?;
    let (site, stats, warnings) =
        crate::build::load_site(&opts.root, config, crate::model::Options::default())?;
    let theme =
        Theme::load(&opts.root, &site.config.theme, site.config.language).map_err(Error::Site)?;
    let built = crate::build::route(site, stats, &theme)?;
    let bytes = make(&built, &theme, opts.year, opts.format)?;
    let file = opts.output.clone().unwrap_or_else(|| {
        opts.root
            .join(format!("report-{}.{}", opts.year, opts.format.extension()))
    });
    save(&file, &bytes, opts.format)?;
    Ok(Made {
        file,
        bytes: bytes.len(),
        warnings,
    })
}

/// Writes `bytes` to `file` whole (a temporary file beside it, renamed),
/// refusing to replace a file that is not a report of ours.
fn save(file: &Path, bytes: &[u8], format: Format) -> Result<(), Error> {
    if file.exists() && !is_ours(file, format) {
        return Err(Error::Usage(format!(
            "{} already exists and is not a report Letopis made; \
             choose another name with --output, or move that file away",
            file.display()
        )));
    }
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io("create a file in", dir, e))?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(|e| Error::io("write", file, e))?;
    tmp.persist(file)
        .map_err(|e| Error::io("write", file, e.error))?;
    Ok(())
}

/// What Letopis writes into its reports' metadata as their maker.
pub const CREATOR: &str = "Letopis";

/// Whether `file` is a report Letopis made: its metadata names Letopis
/// as the creator tool.
fn is_ours(file: &Path, format: Format) -> bool {
    let Ok(bytes) = std::fs::read(file) else {
        return false;
    };
    match format {
        Format::Pdf => {
            let marker = format!("<xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>");
            bytes.starts_with(b"%PDF") && memchr::memmem::find(&bytes, marker.as_bytes()).is_some()
        }
        Format::Docx => docx::is_ours(&bytes),
    }
}

/// Every year's report, with `report: true` in `site.yaml`.
pub struct ReportFiles;

impl Output for ReportFiles {
    fn name(&self) -> &'static str {
        "annual reports"
    }

    fn write(
        &mut self,
        built: &Built,
        theme: &Theme,
        out: &dyn Sink,
        _progress: &dyn Progress,
    ) -> Result<Written, Error> {
        let mut pages = 0;
        // The routes list a year's formats together: its document is made once.
        let mut doc: Option<Document> = None;
        for (year, format, path) in built.routes.reports() {
            if doc.as_ref().is_none_or(|d| d.year != year) {
                doc = Some(Document::new(built, theme, year)?);
            }
            if let Some(doc) = &doc {
                out.write(&path, &write_as(doc, format)?)?;
                pages += 1;
            }
        }
        Ok(Written {
            pages,
            ..Written::default()
        })
    }
}
