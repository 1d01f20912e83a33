//! Photos for the web: resized copies for phones and screens, made once.
//!
//! Each photo gets copies 480, 960 and 1600 pixels wide (never wider than
//! the original) for `srcset`, and keeps its original for the full view.
//! A copy's name carries a hash of the original's bytes, so an unchanged
//! photo's copies are taken from the previous output instead of being
//! decoded and resized again: rebuilds only redo new or edited photos.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{ImageFormat, ImageReader};
use serde::Serialize;

use crate::error::{Diagnostic, Error};
use crate::hash::fnv1a;
use crate::model::photo::Photo;
use crate::model::Event;
use crate::write::Sink;

/// Widths of the resized copies.
const WIDTHS: [u32; 3] = [480, 960, 1600];
/// JPEG quality of the copies: small files, no visible loss on screens.
const JPEG_QUALITY: u8 = 82;

/// A photo as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct PhotoView {
    /// The copy for `src` (960 px or the largest below it).
    pub src: String,
    /// `srcset` of every copy, or empty when the photo is kept as it is.
    pub srcset: String,
    /// The smallest copy, for covers on lists.
    pub thumb: String,
    /// Size of `src`, for `width`/`height` (none for SVG).
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// The original file.
    pub full: String,
    pub alt: String,
    pub caption: Option<String>,
}

/// Processes every photo of `ev`, whose page is at `url` (`path` in the
/// output). Photos that can't be read are reported, not fatal to others.
pub fn process(
    ev: &Event,
    path: &str,
    url: &str,
    root: &std::path::Path,
    out: &dyn Sink,
) -> Result<Vec<PhotoView>, Error> {
    ev.photos
        .iter()
        .map(|p| one(p, path, url, root, out))
        .collect()
}

fn one(
    photo: &Photo,
    path: &str,
    url: &str,
    root: &std::path::Path,
    out: &dyn Sink,
) -> Result<PhotoView, Error> {
    let name = photo
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = root.join(&photo.file);
    let bytes = std::fs::read(&source).map_err(|e| Error::io("read", &source, e))?;
    out.write(&format!("{path}{name}"), &bytes)?;
    let full = format!("{url}{name}");
    let mut view = PhotoView {
        src: full.clone(),
        srcset: String::new(),
        thumb: full.clone(),
        width: None,
        height: None,
        full,
        alt: photo.alt.clone().unwrap_or_default(),
        caption: photo.caption.clone(),
    };
    let format = match ImageReader::new(Cursor::new(&bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.format())
    {
        Some(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => f,
        // SVG, GIF (maybe animated), AVIF: shown as they are.
        _ => return Ok(view),
    };
    let bad = |e: image::ImageError| {
        Error::Site(vec![Diagnostic::error(
            &photo.file,
            format!("the photo cannot be read: {e}"),
        )
        .with_hint(
            "open it in an image editor and save it again as JPEG or PNG",
        )])
    };
    let (w, h) = ImageReader::with_format(Cursor::new(&bytes), format)
        .into_dimensions()
        .map_err(bad)?;
    let (ext, out_format) = match format {
        ImageFormat::Png => ("png", ImageFormat::Png),
        _ => ("jpg", ImageFormat::Jpeg),
    };
    let stem = photo
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hash = fnv1a(&bytes);
    let mut sizes = Vec::new();
    let mut missing = Vec::new();
    for width in WIDTHS
        .into_iter()
        .filter(|&cw| cw < w)
        .chain((w <= WIDTHS[2]).then_some(w))
        .take(3)
    {
        let height =
            ((u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w)).max(1) as u32;
        let file = crate::routes::photo_copy(&stem, width, hash, ext);
        let rel = format!("{path}{file}");
        if !out.reuse(&rel)? {
            missing.push((width, height, rel));
        }
        sizes.push((format!("{url}{file}"), width, height));
    }
    if !missing.is_empty() {
        let original = image::load_from_memory_with_format(&bytes, format).map_err(bad)?;
        // Largest first, each from the copy made just before: a phone
        // photo (4032 px) is filtered down once, not three times, which
        // was two thirds of the time a photo took.
        let mut from = original;
        for (width, height, rel) in missing.into_iter().rev() {
            let resized = if (width, height) == (from.width(), from.height()) {
                // The original's own size (a photo at most 1600 px wide):
                // Catmull-Rom at 1:1 gives back every pixel as it was.
                from.clone()
            } else {
                from.resize_exact(width, height, FilterType::CatmullRom)
            };
            let mut buf = Vec::new();
            if out_format == ImageFormat::Jpeg {
                let encoder =
                    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut buf, JPEG_QUALITY);
                resized.to_rgb8().write_with_encoder(encoder).map_err(bad)?;
            } else {
                resized
                    .write_to(&mut Cursor::new(&mut buf), ImageFormat::Png)
                    .map_err(bad)?;
            }
            out.write(&rel, &buf)?;
            from = resized;
        }
    }
    if let (Some(first), Some(pick)) = (
        sizes.first(),
        sizes.iter().rev().find(|s| s.1 <= 960).or(sizes.first()),
    ) {
        view.thumb = first.0.clone();
        view.src = pick.0.clone();
        view.width = Some(pick.1);
        view.height = Some(pick.2);
        view.srcset = sizes
            .iter()
            .map(|(u, w, _)| format!("{u} {w}w"))
            .collect::<Vec<_>>()
            .join(", ");
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use image::{DynamicImage, ImageBuffer, Rgb};

    use super::*;

    /// A copy at the original's own size is the decoded original itself:
    /// the resampling it skips would give back the same pixels.
    #[test]
    fn catmull_rom_at_one_to_one_keeps_every_pixel() {
        let img = DynamicImage::ImageRgb8(ImageBuffer::from_fn(37, 23, |x, y| {
            let v = (x * 7919 + y * 104_729) % 256;
            Rgb([v as u8, (v * 3 % 256) as u8, (255 - v) as u8])
        }));
        let same = img.resize_exact(37, 23, FilterType::CatmullRom);
        assert_eq!(same.to_rgb8(), img.to_rgb8());
    }
}
