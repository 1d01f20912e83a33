//! DOCX and ODT are ZIP archives of XML parts: which one a file is, and
//! its parts, read with the `zip` crate within [`MAX_PART`] each.

use std::io::{Cursor, Read};
use std::path::Path;

use super::document::Document;
use super::read::{encrypted, fail};
use crate::error::Diagnostic;

/// The most one part may unpack to.
const MAX_PART: u64 = 64 * 1024 * 1024;

const DAMAGED: &str = "open it in Word or LibreOffice; if it opens, save it again as .docx or .odt and import the copy";

/// The archive of a DOCX or ODT.
pub struct Parts<'a> {
    zip: zip::ZipArchive<Cursor<&'a [u8]>>,
    shown: &'a Path,
}

impl Parts<'_> {
    /// The part `name` as text; `None` if the archive has no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, Diagnostic> {
        let Some(bytes) = self.bytes(name)? else {
            return Ok(None);
        };
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| self.damaged(&format!("{name} is not UTF-8")))
    }

    pub fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
        let shown = self.shown;
        let mut file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(zip::result::ZipError::UnsupportedArchive(m)) if m.contains("assword") => {
                return Err(encrypted(shown))
            }
            Err(e) => return Err(fail(shown, format!("the file is damaged: {e}"), DAMAGED)),
        };
        if file.encrypted() {
            return Err(encrypted(shown));
        }
        let mut out = Vec::new();
        file.by_ref()
            .take(MAX_PART + 1)
            .read_to_end(&mut out)
            .map_err(|e| fail(shown, format!("the file is damaged: {name}: {e}"), DAMAGED))?;
        if out.len() as u64 > MAX_PART {
            return Err(fail(
                shown,
                format!("{name} unpacks to more than 64 MiB"),
                DAMAGED,
            ));
        }
        Ok(Some(out))
    }

    pub fn damaged(&self, what: &str) -> Diagnostic {
        fail(self.shown, format!("the file is damaged: {what}"), DAMAGED)
    }
}

/// Reads a ZIP-based report: DOCX if it has `word/document.xml`, ODT if its
/// `mimetype` says so.
pub fn read(bytes: &[u8], shown: &Path) -> Result<Document, Diagnostic> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| fail(shown, format!("the file is damaged: {e}"), DAMAGED))?;
    let mut parts = Parts { zip, shown };
    if parts.zip.index_for_name("word/document.xml").is_some() {
        return super::docx::read(&mut parts);
    }
    let mimetype = parts.text("mimetype")?.unwrap_or_default();
    if mimetype.trim() == "application/vnd.oasis.opendocument.text" {
        if parts
            .text("META-INF/manifest.xml")?
            .is_some_and(|m| m.contains("encryption-data"))
        {
            return Err(encrypted(shown));
        }
        return super::odt::read(&mut parts);
    }
    if mimetype.contains("opendocument") || parts.zip.index_for_name("xl/workbook.xml").is_some() {
        return Err(fail(
            shown,
            "this is a spreadsheet or another kind of document, not a text report",
            "import the report itself (.docx or .odt); copy a table into the report to import it",
        ));
    }
    Err(fail(
        shown,
        "the file is damaged: it is a ZIP archive but not a Word or LibreOffice document",
        DAMAGED,
    ))
}
