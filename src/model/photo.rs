//! An event's photos: the bundle's image files, described by the event's
//! `images:` list.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Severity};
use crate::model::front::{EventMeta, ImageMeta};
use crate::model::source::Document;

/// One photo of an event.
#[derive(Debug, PartialEq, Eq)]
pub struct Photo {
    /// The image file, relative to the site root.
    pub file: PathBuf,
    /// The text alternative; the build warns when it is missing.
    pub alt: Option<String>,
    pub caption: Option<String>,
    /// Shown in the text (`![alt](photo.jpg)`), where it is processed
    /// like the gallery's photos; the gallery leaves it out.
    pub in_text: bool,
}

/// Whether a file is shown as a photo, by its extension.
pub fn is_image(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".svg"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// Splits a bundle's files into photos (in `images:` order, then the
/// rest by name) and other files, checking the `images:` list against
/// the files that are there.
pub fn collect(
    doc: &Document<EventMeta>,
    images: Vec<ImageMeta>,
    assets: Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Photo>, Vec<PathBuf>) {
    let name_of = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let is_bundle = doc.file.file_name().is_some_and(|n| n == "index.md");
    if !images.is_empty() && !is_bundle {
        diags.push(
            doc.error_at_key("images", "photos belong in an event bundle")
                .with_hint(format!(
            "make a folder for the event: move {} to …/{}/index.md and put the photos beside it",
            doc.file.display(),
            doc.file.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default()
        )),
        );
        return (Vec::new(), assets);
    }
    let mut photos = Vec::new();
    for image in images {
        match assets.iter().find(|a| name_of(a) == image.src) {
            Some(file) if is_image(&image.src) => photos.push(Photo {
                file: file.clone(),
                alt: image.alt.map(|a| a.trim().to_string()).filter(|a| !a.is_empty()),
                caption: image.caption,
                in_text: false,
            }),
            Some(_) => diags.push(
                doc.error_at_key("images", format!("`{}` is not a photo", image.src))
                    .with_hint("list JPEG, PNG, WebP, GIF, AVIF or SVG files under `images:`; other files are listed as downloads by themselves"),
            ),
            None => {
                let there: Vec<String> = assets.iter().map(|a| name_of(a)).filter(|n| is_image(n)).collect();
                let hint = match crate::error::suggest(&image.src, there.iter().map(String::as_str)) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!(
                        "put the file in {} (photos there now: {})",
                        doc.file.parent().map(|p| p.display().to_string()).unwrap_or_default(),
                        if there.is_empty() { "none".to_string() } else { there.join(", ") }
                    ),
                };
                diags.push(doc.error_at_key("images", format!("photo `{}` not found in the bundle", image.src)).with_hint(hint));
            }
        }
    }
    let mut others = Vec::new();
    for asset in assets {
        let name = name_of(&asset);
        if !is_image(&name) {
            others.push(asset);
        } else if !photos.iter().any(|p| p.file == asset) {
            photos.push(Photo {
                file: asset,
                alt: None,
                caption: None,
                in_text: false,
            });
        }
    }
    if is_bundle {
        in_text(&mut photos, doc.body());
    }
    // A photo in the text without alt is reported where it is written.
    for photo in photos.iter().filter(|p| p.alt.is_none() && !p.in_text) {
        let mut d = doc.error_at_key(
            "images",
            format!(
                "photo `{}` has no text alternative (alt)",
                name_of(&photo.file)
            ),
        );
        d.severity = Severity::Warning;
        diags.push(d.with_hint(format!(
            "describe it for people who can't see it: images: [{{src: \"{}\", alt: \"Дети на книгофестивале\"}}]",
            name_of(&photo.file)
        )));
    }
    (photos, others)
}

/// Marks the photos `body` shows; one listed without alt takes the text's.
fn in_text(photos: &mut [Photo], body: &str) {
    for image in crate::markdown::images(body) {
        let Some(name) = crate::markdown::bundle_name(&image.dest) else {
            continue;
        };
        let named = photos.iter_mut().find(|p| {
            p.file
                .file_name()
                .is_some_and(|n| n.to_string_lossy() == name)
        });
        if let Some(photo) = named {
            photo.in_text = true;
            let alt = image.alt.trim();
            if photo.alt.is_none() && !alt.is_empty() {
                photo.alt = Some(alt.to_string());
            }
        }
    }
}
