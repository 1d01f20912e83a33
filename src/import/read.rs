//! Stage 1 of the importer: a report file into a [`Document`], whatever it
//! is — DOCX, ODT, plain text or Markdown — or an error that says what to do.

use std::io::Read;
use std::path::Path;

use super::document::{Builder, Document};
use crate::error::{Diagnostic, Message};

/// The largest report read, and the most any one part of a DOCX or ODT
/// may unpack to (a "zip bomb" stops there instead of filling memory).
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// An OLE compound file: Word 97–2003 `.doc`, or a password-protected DOCX.
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Why a report cannot be read, with the hint on what to do.
pub fn fail(file: &Path, message: Message, hint: Message) -> Diagnostic {
    Diagnostic::error(file, message).with_hint(hint)
}

/// [`fail`] with the catalogue's `id` and `id-hint`.
fn refuse(file: &Path, id: &'static str, hint: &'static str) -> Diagnostic {
    fail(file, Message::new(id), Message::new(hint))
}

/// Reads the report at `path`; messages name it as `shown`.
pub fn read(path: &Path, shown: &Path) -> Result<Document, Diagnostic> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| {
            fail(
                shown,
                Message::new("import-unreadable").arg("reason", e.to_string()),
                Message::new("import-unreadable-hint"),
            )
        })?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(refuse(shown, "import-too-big", "import-too-big-hint"));
    }
    if bytes.is_empty() {
        return Err(refuse(shown, "import-empty", "import-empty-hint"));
    }
    let ext = shown
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if bytes.starts_with(OLE) {
        return Err(ole(shown, &bytes));
    }
    let doc = if bytes.starts_with(b"PK\x03\x04") {
        super::container::read(&bytes, shown)?
    } else if ext == "txt" || ext == "md" {
        text(bytes, shown, ext == "md")?
    } else {
        return Err(not_a_report(shown, &ext));
    };
    if doc.blocks.is_empty() {
        return Err(refuse(shown, "import-no-text", "import-no-text-hint"));
    }
    Ok(doc)
}

/// Why a file that is neither a ZIP nor text is no report.
fn not_a_report(shown: &Path, ext: &str) -> Diagnostic {
    match ext {
        "docx" | "odt" | "docm" | "ott" | "dotx" => fail(
            shown,
            Message::new("import-not-inside").arg("ext", ext),
            Message::new("import-damaged-hint"),
        ),
        "doc" => old_doc(shown),
        "rtf" | "pdf" => fail(
            shown,
            Message::new("import-not-read").arg("ext", ext),
            Message::new("import-not-read-hint"),
        ),
        _ => refuse(shown, "import-not-report", "import-not-report-hint"),
    }
}

fn old_doc(shown: &Path) -> Diagnostic {
    refuse(shown, "import-old-doc", "import-old-doc-hint")
}

/// An OLE file is a `.doc`, or a DOCX saved with a password: its parts are
/// then in a stream named `EncryptedPackage` (its name is stored in UTF-16).
fn ole(shown: &Path, bytes: &[u8]) -> Diagnostic {
    let name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
        encrypted(shown)
    } else {
        old_doc(shown)
    }
}

pub fn encrypted(shown: &Path) -> Diagnostic {
    refuse(shown, "import-encrypted", "import-encrypted-hint")
}

/// A plain-text or Markdown report: a paragraph a line (how reports come
/// out of Word as text), `#` headings in Markdown, and lines in capitals
/// as headings in plain text. `[bookmark: …]` marks of converters go.
fn text(bytes: Vec<u8>, shown: &Path, markdown: bool) -> Result<Document, Diagnostic> {
    let text = String::from_utf8(bytes)
        .map_err(|_| refuse(shown, "import-not-utf8", "import-not-utf8-hint"))?;
    let mut doc = Builder::default();
    for line in text.trim_start_matches('\u{feff}').lines() {
        let line = strip_bookmarks(line);
        let (heading, line) = match line.trim_start().strip_prefix('#') {
            Some(rest) if markdown => (true, rest.trim_start_matches('#')),
            _ => (is_capitals(&line), line.as_str()),
        };
        doc.para(line, heading, Vec::new());
    }
    Ok(doc.finish())
}

fn strip_bookmarks(line: &str) -> String {
    let mut out = line.to_string();
    while let Some(start) = out.find("[bookmark:") {
        let Some(len) = out[start..].find(']') else {
            break;
        };
        out.replace_range(start..start + len + 1, "");
    }
    out
}

/// «ЯРКИЕ СОБЫТИЯ В ДЕТСКИХ БИБЛИОТЕКАХ»: letters all capitals, several words.
fn is_capitals(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 6 && letters.iter().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Damaged copies of the fixtures: cut short at many places, and with
    /// bytes changed at many others (inside the compressed XML, the ZIP's
    /// directory, the photo). Each gives a report or an error, never a panic.
    #[test]
    fn damaged_reports_are_errors_not_panics() {
        let dir = tempfile::tempdir().unwrap();
        let originals: [(&str, &[u8]); 2] = [
            (
                "a.docx",
                include_bytes!("../../tests/import/novokuznetsk-2016.docx"),
            ),
            (
                "a.odt",
                include_bytes!("../../tests/import/karaganda-2023.odt"),
            ),
        ];
        for (name, bytes) in originals {
            let path = dir.path().join(name);
            let step = bytes.len() / 60;
            for k in 1..60 {
                let mut damaged = bytes.to_vec();
                if k % 2 == 0 {
                    damaged.truncate(k * step);
                } else {
                    for b in damaged.iter_mut().skip(k * step).take(16) {
                        *b ^= 0x5A;
                    }
                }
                std::fs::write(&path, &damaged).unwrap();
                // A result either way is what is asserted: no panic, no hang.
                let _ = read(&path, Path::new(name));
            }
        }
    }

    #[test]
    fn text_reports_lose_converter_marks() {
        assert_eq!(
            strip_bookmarks("[bookmark: _Toc1]ЯРКИЕ СОБЫТИЯ"),
            "ЯРКИЕ СОБЫТИЯ"
        );
        assert!(is_capitals("ЯРКИЕ СОБЫТИЯ"));
        assert!(!is_capitals("ЦДБ провела"));
    }
}
