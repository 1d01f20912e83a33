//! Photos for the web: resized copies for phones and screens, made once.
//!
//! Each photo gets copies 480, 960 and 1600 pixels wide (never wider than
//! the original) for `srcset`, and keeps its original for the full view.
//! Every copy is turned the way the camera's EXIF orientation says, and
//! nothing the camera wrote besides the picture is published (see
//! [`clean`]) unless the site sets `photos.keep_metadata: true`.
//! A copy's name carries a hash of the original's bytes, so an unchanged
//! photo's copies are taken from the previous output instead of being
//! decoded and resized again: rebuilds only redo new or edited photos.

use std::io::Cursor;

pub(super) mod clean;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageEncoder, ImageFormat, ImageReader};
use serde::Serialize;

use crate::error::{Diagnostic, Error, Message};
use crate::escape::escape;
use crate::hash::fnv1a;
use crate::model::photo::Photo;
use crate::model::Event;
use crate::write::Sink;

/// Widths of the resized copies.
const WIDTHS: [u32; 3] = [480, 960, 1600];
/// JPEG quality of the copies: small files, no visible loss on screens.
const JPEG_QUALITY: u8 = 82;
/// JPEG quality of an original turned upright: it is the full view.
const FULL_QUALITY: u8 = 92;
/// Changes when the copies are made differently, so that copies of the
/// same photo in a previous output are made again (2: turned upright).
const COPIES_VERSION: u8 = 2;

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
    /// The file's name in the bundle, as the text names it.
    pub name: String,
    /// Shown in the text, so not again in the gallery.
    pub in_text: bool,
}

/// How wide a photo is shown: the whole text column, the screen on a
/// phone. The gallery's template says the same.
const SIZES: &str = "(max-width: 46rem) 100vw, 46rem";

impl PhotoView {
    /// The `<img>` of the photo where the text places it, with the text's
    /// `alt`: the copies, their size, loaded when scrolled to.
    pub fn in_text_html(&self, alt: &str) -> String {
        let mut html = format!("<img src=\"{}\"", escape(&self.src));
        if !self.srcset.is_empty() {
            html += &format!(" srcset=\"{}\" sizes=\"{SIZES}\"", escape(&self.srcset));
        }
        if let (Some(w), Some(h)) = (self.width, self.height) {
            html += &format!(" width=\"{w}\" height=\"{h}\"");
        }
        html + &format!(
            " alt=\"{}\" loading=\"lazy\" decoding=\"async\">",
            escape(alt)
        )
    }
}

/// Where an event's photos go and how: its page's `path` in the output
/// and its `url`, the site's root to read them from, the output.
pub struct Place<'a> {
    pub path: &'a str,
    pub url: &'a str,
    pub root: &'a std::path::Path,
    pub out: &'a dyn Sink,
    /// `photos.keep_metadata` of `site.yaml`.
    pub keep_metadata: bool,
}

/// Processes every photo of `ev`. A photo that can't be read stops the
/// build with its name.
pub fn process(ev: &Event, place: &Place) -> Result<Vec<PhotoView>, Error> {
    ev.photos.iter().map(|p| one(p, place)).collect()
}

/// A decoded photo's facts: its format, its size as shown (the camera's
/// orientation applied) and that orientation.
struct Raster {
    format: ImageFormat,
    width: u32,
    height: u32,
    orientation: Orientation,
}

fn one(photo: &Photo, place: &Place) -> Result<PhotoView, Error> {
    let name = photo
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = place.root.join(&photo.file);
    let bytes = std::fs::read(&source).map_err(|e| Error::io("read", &source, e))?;
    let full = format!("{}{name}", place.url);
    let mut view = PhotoView {
        src: full.clone(),
        srcset: String::new(),
        thumb: full.clone(),
        width: None,
        height: None,
        full,
        alt: photo.alt.clone().unwrap_or_default(),
        caption: photo.caption.clone(),
        name: name.clone(),
        in_text: photo.in_text,
    };
    let bad = |e: &dyn std::fmt::Display| {
        Error::Site(vec![Diagnostic::error(
            &photo.file,
            Message::new("photo-unreadable"),
        )
        .with_hint(
            Message::new("photo-unreadable-hint").arg("detail", e.to_string()),
        )])
    };
    let Some(raster) = raster(&bytes).map_err(|e| bad(&e))? else {
        // SVG, GIF (maybe animated), AVIF: shown as they are.
        place.out.write(&format!("{}{name}", place.path), &bytes)?;
        return Ok(view);
    };
    let copies = copies(photo, &bytes, &raster, place.keep_metadata);
    // The original as published: as it is when its metadata is kept;
    // else without it, and turned upright when the camera only said
    // which way is up (a copy of its full size, better quality).
    let original = format!("{}{name}", place.path);
    let mut made = copies.srcset.clone();
    if place.keep_metadata {
        place.out.write(&original, &bytes)?;
    } else if raster.orientation == Orientation::NoTransforms {
        let clean = clean::strip(bytes.clone(), raster.format).map_err(|e| bad(&e))?;
        place.out.write(&original, &clean)?;
    } else {
        if !made.iter().any(|c| c.file == copies.full.file) {
            made.push(copies.full.clone());
        }
        view.full = format!("{}{}", place.url, copies.full.file);
    }
    let mut missing = Vec::new();
    for copy in made {
        if !place.out.reuse(&format!("{}{}", place.path, copy.file))? {
            missing.push(copy);
        }
    }
    if !missing.is_empty() {
        make_copies(&bytes, &raster, missing, place, &bad)?;
    }
    let sizes = &copies.srcset;
    if let (Some(first), Some(pick)) = (
        sizes.first(),
        sizes
            .iter()
            .rev()
            .find(|s| s.width <= 960)
            .or(sizes.first()),
    ) {
        view.thumb = format!("{}{}", place.url, first.file);
        view.src = format!("{}{}", place.url, pick.file);
        view.width = Some(pick.width);
        view.height = Some(pick.height);
        view.srcset = sizes
            .iter()
            .map(|c| format!("{}{} {}w", place.url, c.file, c.width))
            .collect::<Vec<_>>()
            .join(", ");
    }
    Ok(view)
}

/// A resized copy of a photo: its file name, size, and JPEG quality
/// (`None` for PNG).
#[derive(Debug, Clone, PartialEq)]
struct Resized {
    file: String,
    width: u32,
    height: u32,
    quality: Option<u8>,
}

/// The copies a photo has: those for `srcset`, and one of its full size
/// (the full view of a photo that had to be turned upright; the largest
/// of `srcset` when that is the full size).
struct Copies {
    srcset: Vec<Resized>,
    full: Resized,
}

fn copies(photo: &Photo, bytes: &[u8], raster: &Raster, keep_metadata: bool) -> Copies {
    let (ext, quality) = match raster.format {
        ImageFormat::Png => ("png", None),
        _ => ("jpg", Some(JPEG_QUALITY)),
    };
    let stem = photo
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The copies' names change with what they are made by: the bytes, the
    // metadata kept or not, this way of making them.
    let hash = fnv1a(&[bytes, &[COPIES_VERSION, u8::from(keep_metadata)]].concat());
    let (w, h) = (raster.width, raster.height);
    let copy = |width: u32| Resized {
        file: crate::routes::photo_copy(&stem, width, false, hash, ext),
        width,
        height: ((u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w)).max(1) as u32,
        quality,
    };
    let srcset: Vec<Resized> = WIDTHS
        .into_iter()
        .filter(|&cw| cw < w)
        .chain((w <= WIDTHS[2]).then_some(w))
        .take(3)
        .map(copy)
        .collect();
    let full = match srcset.iter().find(|c| c.width == w) {
        Some(same) => same.clone(),
        None => Resized {
            file: crate::routes::photo_copy(&stem, w, true, hash, ext),
            quality: quality.map(|_| FULL_QUALITY),
            ..copy(w)
        },
    };
    Copies { srcset, full }
}

/// The format, shown size and orientation of a JPEG, PNG or WebP; `None`
/// for any other kind of image.
fn raster(bytes: &[u8]) -> Result<Option<Raster>, image::ImageError> {
    let format = match ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()
        .and_then(|r| r.format())
    {
        Some(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => f,
        _ => return Ok(None),
    };
    let mut decoder = ImageReader::with_format(Cursor::new(bytes), format).into_decoder()?;
    let (w, h) = decoder.dimensions();
    // A broken EXIF block is no reason to refuse the picture.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let turned = matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    );
    let (width, height) = if turned { (h, w) } else { (w, h) };
    Ok(Some(Raster {
        format,
        width,
        height,
        orientation,
    }))
}

/// Decodes the photo once and writes the `missing` copies, upright and,
/// unless the site keeps it, without metadata (an encoder writes none it
/// is not given).
fn make_copies(
    bytes: &[u8],
    raster: &Raster,
    missing: Vec<Resized>,
    place: &Place,
    bad: &dyn Fn(&dyn std::fmt::Display) -> Error,
) -> Result<(), Error> {
    let fail = |e: image::ImageError| bad(&e);
    let mut decoder = ImageReader::with_format(Cursor::new(bytes), raster.format)
        .into_decoder()
        .map_err(fail)?;
    let exif = match place.keep_metadata {
        true => decoder.exif_metadata().ok().flatten().map(|mut e| {
            // The copies are turned already: no viewer may turn them again.
            let _ = Orientation::remove_from_exif_chunk(&mut e);
            e
        }),
        false => None,
    };
    let mut from = DynamicImage::from_decoder(decoder).map_err(fail)?;
    from.apply_orientation(raster.orientation);
    let mut missing = missing;
    missing.sort_by_key(|m| std::cmp::Reverse(m.width));
    // Largest first, each from the copy made just before: a phone photo
    // (4032 px) is filtered down once, not three times, which was two
    // thirds of the time a photo took.
    for Resized {
        file,
        width,
        height,
        quality,
    } in missing
    {
        let resized = if (width, height) == (from.width(), from.height()) {
            // The original's own size: Catmull-Rom at 1:1 gives back
            // every pixel as it was.
            from.clone()
        } else {
            from.resize_exact(width, height, FilterType::CatmullRom)
        };
        let mut buf = Vec::new();
        match quality {
            Some(q) => {
                let mut encoder = JpegEncoder::new_with_quality(&mut buf, q);
                if let Some(e) = &exif {
                    // JPEG takes EXIF; the error case is for formats
                    // that have no place for it.
                    let _ = encoder.set_exif_metadata(e.clone());
                }
                resized
                    .to_rgb8()
                    .write_with_encoder(encoder)
                    .map_err(fail)?;
            }
            None => {
                let mut encoder = PngEncoder::new(&mut buf);
                if let Some(e) = &exif {
                    let _ = encoder.set_exif_metadata(e.clone());
                }
                resized.write_with_encoder(encoder).map_err(fail)?;
            }
        }
        place.out.write(&format!("{}{file}", place.path), &buf)?;
        from = resized;
    }
    Ok(())
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
