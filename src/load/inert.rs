//! Which files of an event bundle are published: only inert ones.
//!
//! Every file beside a bundle's `index.md` is copied to the site and
//! linked from the event page, on the site's own origin. An SVG "photo"
//! with `onload=`, an `.html` attachment or a script would run there with
//! the site's cookies and address, and a static host cannot be told to
//! serve such a file as a download only. So bundle files are taken by an
//! allow-list of types that browsers never run: raster photos, PDF, office
//! documents, archives, audio and video. Anything else is an error that
//! says how to turn it into one of those.

use std::path::Path;

use crate::error::Diagnostic;

/// Extensions (lower case) of the files a bundle may publish.
const INERT: [&str; 32] = [
    // photos
    "jpg", "jpeg", "png", "webp", "gif", "avif", "tif", "tiff", "bmp", // documents
    "pdf", "djvu", "epub", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx", "odp",
    // archives
    "zip", "7z", "rar", // audio and video
    "mp3", "m4a", "ogg", "wav", "mp4", "webm", "ogv",
];

/// Types browsers run as pages, with the advice for each.
const ACTIVE: [(&str, &str); 8] = [
    (
        "svg",
        "convert it to PNG (e.g. export it from the editor that made it)",
    ),
    ("svgz", "convert it to PNG"),
    ("html", "print it to PDF, or paste its text into index.md"),
    ("htm", "print it to PDF, or paste its text into index.md"),
    ("xhtml", "print it to PDF"),
    ("xml", "print it to PDF, or pack it into a ZIP archive"),
    ("mht", "print it to PDF"),
    ("js", "remove it: scripts are not published from content"),
];

/// Ok if the bundle file `rel` may be published, else an error naming it
/// with the fix.
pub fn check(rel: &Path) -> Result<(), Diagnostic> {
    let ext = rel
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if INERT.contains(&ext.as_str()) {
        return Ok(());
    }
    let why = "files beside index.md are published on the site's own address, and a browser would run this one as a page or script there";
    let hint = match ACTIVE.iter().find(|(e, _)| *e == ext) {
        Some((_, fix)) => (*fix).to_string(),
        None => format!(
            "publish photos as JPEG, PNG or WebP and documents as PDF, office files or a ZIP archive; this site publishes only .{}",
            INERT.join(", .")
        ),
    };
    let shown = if ext.is_empty() {
        "without an extension".to_string()
    } else {
        format!("of type .{ext}")
    };
    Err(
        Diagnostic::error(rel, format!("this file {shown} cannot be published: {why}"))
            .with_hint(hint),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photos_and_documents_pass_and_active_files_do_not() {
        for ok in [
            "a/Фото 1.JPG",
            "a/otchet.pdf",
            "a/plan.docx",
            "a/x.zip",
            "a/b/c.png",
        ] {
            assert!(check(Path::new(ok)).is_ok(), "{ok}");
        }
        for (bad, fix) in [
            ("a/logo.svg", "PNG"),
            ("a/index.html", "PDF"),
            ("a/run.js", "scripts"),
            ("a/x.php", ".pdf"),
            ("a/README", ".pdf"),
        ] {
            let d = check(Path::new(bad)).unwrap_err();
            assert!(d.is_error());
            assert!(
                d.hint.as_ref().unwrap().to_string().contains(fix),
                "{bad}: {d}"
            );
        }
    }
}
