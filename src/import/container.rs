//! DOCX and ODT are ZIP archives of XML parts: which one a file is, and
//! its parts, read with the `zip` crate within [`MAX_PART`] each.

use std::io::{Cursor, Read};
use std::path::Path;

use super::document::Document;
use super::read::{encrypted, fail};
use crate::error::{Diagnostic, Message};

/// The most one part may unpack to.
const MAX_PART: u64 = 64 * 1024 * 1024;

/// The part `part` of the archive cannot be read, for the reader's `reason`.
fn damaged_part(shown: &Path, part: &str, reason: impl std::fmt::Display) -> Diagnostic {
    damaged(
        shown,
        Message::new("import-damaged-part").arg("part", part),
        reason,
    )
}

/// «The file is damaged», with the reason (the ZIP or XML reader's) in
/// the hint.
fn damaged(shown: &Path, message: Message, detail: impl std::fmt::Display) -> Diagnostic {
    let hint = Message::new("import-damaged-hint-detail").arg("detail", detail.to_string());
    fail(shown, message, hint)
}

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
            .map_err(|e| self.damaged(name, e))
    }

    pub fn bytes(&mut self, name: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
        let shown = self.shown;
        let mut file = match self.zip.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(zip::result::ZipError::UnsupportedArchive(m)) if m.contains("assword") => {
                return Err(encrypted(shown))
            }
            Err(e) => return Err(damaged(shown, Message::new("import-damaged"), e)),
        };
        if file.encrypted() {
            return Err(encrypted(shown));
        }
        let mut out = Vec::new();
        file.by_ref()
            .take(MAX_PART + 1)
            .read_to_end(&mut out)
            .map_err(|e| damaged_part(shown, name, e))?;
        if out.len() as u64 > MAX_PART {
            return Err(fail(
                shown,
                Message::new("import-damaged-big").arg("part", name),
                Message::new("import-damaged-hint"),
            ));
        }
        Ok(Some(out))
    }

    /// The part `part` cannot be read, for the reader's `reason`.
    pub fn damaged(&self, part: &str, reason: impl std::fmt::Display) -> Diagnostic {
        damaged_part(self.shown, part, reason)
    }

    /// The archive has no part `part`, which its kind of document needs.
    pub fn missing(&self, part: &str) -> Diagnostic {
        fail(
            self.shown,
            Message::new("import-damaged-missing").arg("part", part),
            Message::new("import-damaged-hint"),
        )
    }
}

/// Reads a ZIP-based report: DOCX if it has `word/document.xml`, ODT if its
/// `mimetype` says so.
pub fn read(bytes: &[u8], shown: &Path) -> Result<Document, Diagnostic> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| damaged(shown, Message::new("import-damaged"), e))?;
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
            Message::new("import-spreadsheet"),
            Message::new("import-spreadsheet-hint"),
        ));
    }
    Err(fail(
        shown,
        Message::new("import-not-office"),
        Message::new("import-damaged-hint"),
    ))
}
