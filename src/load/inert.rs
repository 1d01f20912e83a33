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

use crate::error::{Diagnostic, Message};

/// Extensions (lower case) of the files a bundle may publish.
const INERT: [&str; 32] = [
    // photos
    "jpg", "jpeg", "png", "webp", "gif", "avif", "tif", "tiff", "bmp", // documents
    "pdf", "djvu", "epub", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx", "odp",
    // archives
    "zip", "7z", "rar", // audio and video
    "mp3", "m4a", "ogg", "wav", "mp4", "webm", "ogv",
];

/// Types browsers run as pages, with the advice for each (its message).
const ACTIVE: [(&str, &str); 8] = [
    ("svg", "inert-hint-svg"),
    ("svgz", "inert-hint-svgz"),
    ("html", "inert-hint-html"),
    ("htm", "inert-hint-html"),
    ("xhtml", "inert-hint-print"),
    ("xml", "inert-hint-xml"),
    ("mht", "inert-hint-print"),
    ("js", "inert-hint-js"),
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
    let hint = match ACTIVE.iter().find(|(e, _)| *e == ext) {
        Some((_, fix)) => Message::new(fix),
        None => Message::new("inert-hint").arg("types", format!(".{}", INERT.join(", ."))),
    };
    let message = if ext.is_empty() {
        Message::new("inert-no-extension")
    } else {
        Message::new("inert-active").arg("type", ext)
    };
    Err(Diagnostic::error(rel, message).with_hint(hint))
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

    /// The message and the fix in ru, kk and en.
    #[test]
    fn active_files_are_told_in_each_language() {
        use crate::i18n::Lang;
        let d = check(Path::new("a/logo.svg")).unwrap_err();
        assert_eq!(d.code(), "inert-active");
        assert!(d
            .message_in(Lang::Ru)
            .starts_with("файл типа .svg нельзя опубликовать: файлы рядом с index.md"));
        assert!(d
            .message_in(Lang::Kk)
            .starts_with(".svg түріндегі файлды жариялау мүмкін емес"));
        assert!(d
            .message_in(Lang::En)
            .starts_with("this file of type .svg cannot be published"));
        assert_eq!(
            d.hint_in(Lang::Ru).unwrap(),
            "сохраните рисунок в PNG (например, экспортом из программы, в которой он сделан)"
        );
        let d = check(Path::new("a/README")).unwrap_err();
        assert!(d
            .message_in(Lang::Ru)
            .starts_with("файл без расширения нельзя опубликовать"));
        let hint = d.hint_in(Lang::Kk).unwrap();
        assert!(hint.contains("сайт тек .jpg, .jpeg, .png") && hint.ends_with(".ogv жариялайды"));
        for (ext, _) in ACTIVE {
            let d = check(Path::new(&format!("a/x.{ext}"))).unwrap_err();
            let hint = d.hint.unwrap();
            assert_ne!(hint.render(Lang::Ru), hint.id(), "{ext}");
        }
    }
}
