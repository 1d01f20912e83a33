//! The report as a PDF: the [`Document`] handed as JSON to a Typst
//! template (`report.typ`) and typeset in-process by Typst, which writes
//! a tagged PDF with the document's language and the theme's font
//! embedded as a subset.
//!
//! Content never becomes Typst markup: the template reads every text from
//! `data.json` as a string, so an event's title cannot run code.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

use super::{Document, ReportError};

/// The template: layout only, every word and figure comes from the data.
const TEMPLATE: &str = include_str!("report.typ");

/// DejaVu Sans Bold (the theme ships the regular face only), for the
/// headings and table headers: embedded in the PDF as a subset.
const BOLD: &[u8] = include_bytes!("fonts/DejaVuSans-Bold.ttf");

/// The files the template sees: itself, the data, the charts' SVG and
/// the photos.
struct Files {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    source: Source,
    files: HashMap<FileId, Bytes>,
}

fn file_id(path: &str) -> Result<FileId, ReportError> {
    let vpath = VirtualPath::new(path).map_err(|e| ReportError::Typeset(e.to_string()))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl Files {
    fn new(doc: &Document) -> Result<Files, ReportError> {
        let fonts: Vec<Font> = [crate::charts::font_file(), BOLD]
            .into_iter()
            .flat_map(|f| Font::iter(Bytes::new(f)))
            .collect();
        let main = file_id("/report.typ")?;
        let mut files = HashMap::new();
        let data = serde_json::to_vec(doc).map_err(|e| ReportError::Typeset(e.to_string()))?;
        files.insert(file_id("/data.json")?, Bytes::new(data));
        for (name, bytes) in &doc.attachments {
            files.insert(file_id(&format!("/{name}"))?, Bytes::new(bytes.clone()));
        }
        Ok(Files {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main,
            source: Source::new(main, TEMPLATE.to_string()),
            files,
        })
    }
}

impl World for Files {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main {
            return Ok(Bytes::from_string(self.source.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    /// The report's own date, so the same sources give the same bytes.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// The PDF of `doc`: the same document gives the same bytes.
pub fn pdf(doc: &Document) -> Result<Vec<u8>, ReportError> {
    let world = Files::new(doc)?;
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| typeset_error(&errors))?;
    let options = typst_pdf::PdfOptions {
        // A stable identifier from what the report is of: no random id.
        ident: Smart::Custom(format!("letopis {} {}", doc.organisation, doc.year)),
        creator: Smart::Custom(Some("Letopis".to_string())),
        timestamp: None,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| typeset_error(&errors))
}

/// Typst's messages about the template: a bug of Letopis, not of the
/// content (which reaches Typst only as data).
fn typeset_error(errors: &[SourceDiagnostic]) -> ReportError {
    let messages: Vec<String> = errors
        .iter()
        .map(|e| {
            let hints: Vec<&str> = e.hints.iter().map(|h| h.v.as_str()).collect();
            format!("{} {}", e.message, hints.join(" "))
        })
        .collect();
    ReportError::Typeset(messages.join("; "))
}
