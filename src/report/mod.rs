//! The annual report of a year as documents made from the same sources as
//! the site: a tagged PDF (Typst, behind the `pdf` cargo feature)
//! and a DOCX for editing (docx-rs, charts drawn by resvg).
//!
//! ```text
//! Built ─ Document::new → Document ─ pdf::pdf / docx::docx → bytes
//! ```
//!
//! `letopis report YEAR` writes one (`crate::report_command`); with
//! `report: true` in `site.yaml` the build publishes every year's at
//! `/<year>/report.pdf` and `.docx` (`crate::outputs::ReportFiles`).

mod document;
mod docx;
mod grid;
#[cfg(feature = "pdf")]
mod pdf;
mod png;
mod text;

use std::path::Path;

pub use crate::config::ReportFormat as Format;
pub use crate::error::ReportError;
pub use document::Document;

use crate::built::Built;
use crate::error::Error;
use crate::theme::Theme;

/// The report of `year` in `format`.
pub fn make(built: &Built, theme: &Theme, year: i32, format: Format) -> Result<Vec<u8>, Error> {
    write_as(&Document::new(built, theme, year)?, format)
}

/// `doc` in `format`.
pub fn write_as(doc: &Document, format: Format) -> Result<Vec<u8>, Error> {
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

/// What Letopis writes into its reports' metadata as their maker.
pub const CREATOR: &str = "Letopis";

/// Whether `file` is a report Letopis made: its metadata names Letopis
/// as the creator tool.
pub fn is_ours(file: &Path, format: Format) -> bool {
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
