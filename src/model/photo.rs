//! An event's photos: the bundle's image files, described by the event's
//! `images:` list.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Message, Severity};
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
            doc.error_at_key("images", Message::new("photo-not-bundle"))
                .with_hint(
                    Message::new("photo-not-bundle-hint")
                        .arg("file", crate::error::shown(&doc.file))
                        .arg(
                            "stem",
                            doc.file
                                .file_stem()
                                .map(|s| s.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                        ),
                ),
        );
        return (Vec::new(), assets);
    }
    let mut photos = Vec::new();
    for image in images {
        match assets.iter().find(|a| name_of(a) == image.src) {
            Some(file) if is_image(&image.src) => photos.push(Photo {
                file: file.clone(),
                alt: image
                    .alt
                    .map(|a| a.trim().to_string())
                    .filter(|a| !a.is_empty()),
                caption: image.caption,
                in_text: false,
            }),
            Some(_) => diags.push(
                doc.error_at_key(
                    "images",
                    Message::new("photo-not-photo").arg("file", image.src.as_str()),
                )
                .with_hint(Message::new("photo-not-photo-hint")),
            ),
            None => {
                let there: Vec<String> = assets
                    .iter()
                    .map(|a| name_of(a))
                    .filter(|n| is_image(n))
                    .collect();
                let folder = doc
                    .file
                    .parent()
                    .map(crate::error::shown)
                    .unwrap_or_default();
                let hint = match crate::error::suggest(&image.src, there.iter().map(String::as_str))
                {
                    Some(s) => Message::new("photo-not-found-hint-near").arg("near", s),
                    None if there.is_empty() => {
                        Message::new("photo-not-found-hint-none").arg("folder", folder)
                    }
                    None => Message::new("photo-not-found-hint")
                        .arg("folder", folder)
                        .arg("photos", there.join(", ")),
                };
                let missing = Message::new("photo-not-found").arg("file", image.src.as_str());
                diags.push(doc.error_at_key("images", missing).with_hint(hint));
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
        let name = name_of(&photo.file);
        let mut d = doc.error_at_key(
            "images",
            Message::new("photo-no-alt").arg("file", name.as_str()),
        );
        d.severity = Severity::Warning;
        diags.push(d.with_hint(Message::new("photo-no-alt-hint").arg("file", name)));
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
