//! What a camera writes into a photo besides the picture, removed before
//! it is published: EXIF (the phone's GPS position among it), XMP, IPTC
//! and comments. Photos of children at library events must not tell where
//! they were taken or with whose phone.
//!
//! The picture itself is not touched: the containers are rewritten by
//! `img-parts`, which moves whole segments and chunks, so a stripped JPEG
//! has the same pixels and the same size less its metadata. The colour
//! profile stays: without it a photo taken in Display P3 looks washed out.

use image::ImageFormat;
use img_parts::jpeg::{markers, Jpeg};
use img_parts::png::Png;
use img_parts::webp::{WebP, CHUNK_EXIF, CHUNK_XMP};
use img_parts::{Bytes, ImageEXIF};

/// The start of an APP2 segment that holds an ICC colour profile (other
/// APP2 segments, such as the index of a phone's extra pictures, go).
const ICC_APP2: &[u8] = b"ICC_PROFILE\0";

/// PNG chunks that carry metadata: EXIF, text (XMP is an `iTXt`) and the
/// time of the last edit.
const PNG_METADATA: [[u8; 4]; 5] = [*b"eXIf", *b"tEXt", *b"zTXt", *b"iTXt", *b"tIME"];

/// `bytes` without their metadata, or the container's error when they are
/// not the `format` the decoder found.
pub fn strip(bytes: Vec<u8>, format: ImageFormat) -> Result<Vec<u8>, img_parts::Error> {
    let bytes = Bytes::from(bytes);
    let out = match format {
        ImageFormat::Jpeg => {
            let mut jpeg = Jpeg::from_bytes(bytes)?;
            jpeg.segments_mut().retain(|s| match s.marker() {
                // JFIF and Adobe (how to read the colours) stay.
                markers::APP0 | markers::APP14 => true,
                markers::APP2 => s.contents().starts_with(ICC_APP2),
                // EXIF and XMP (APP1), IPTC (APP13), any other
                // application's data, comments.
                m => !(markers::APP1..=markers::APP15).contains(&m) && m != markers::COM,
            });
            jpeg.encoder().bytes()
        }
        ImageFormat::Png => {
            let mut png = Png::from_bytes(bytes)?;
            png.chunks_mut()
                .retain(|c| !PNG_METADATA.contains(&c.kind()));
            png.encoder().bytes()
        }
        ImageFormat::WebP => {
            let mut webp = WebP::from_bytes(bytes)?;
            webp.remove_chunks_by_id(CHUNK_XMP);
            webp.remove_chunks_by_id(CHUNK_EXIF);
            // Setting no EXIF also clears the header's flags for both.
            webp.set_exif(None);
            webp.encoder().bytes()
        }
        // Only the formats above are published after decoding.
        _ => bytes,
    };
    Ok(out.to_vec())
}

/// `bytes` without their metadata; as they are when they are not the
/// `format` their name says (a static file is published as its author
/// made it, a broken picture included).
pub fn strip_or_keep(bytes: Vec<u8>, format: ImageFormat) -> Vec<u8> {
    match strip(bytes.clone(), format) {
        Ok(clean) => clean,
        Err(_) => bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/photos")
            .join(name);
        std::fs::read(&path).expect("the fixture photos are in the repository")
    }

    fn metadata(bytes: &[u8], format: ImageFormat) -> [Option<Vec<u8>>; 3] {
        use image::ImageDecoder;
        let reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
        let mut d = reader.into_decoder().expect("a readable photo");
        [
            d.exif_metadata().expect("exif"),
            d.xmp_metadata().expect("xmp"),
            d.iptc_metadata().expect("iptc"),
        ]
    }

    #[test]
    fn every_format_loses_its_metadata_and_keeps_its_pixels() {
        for (name, format) in [
            ("sideways.jpg", ImageFormat::Jpeg),
            ("upright.jpg", ImageFormat::Jpeg),
            ("upright.png", ImageFormat::Png),
            ("upright.webp", ImageFormat::WebP),
        ] {
            let bytes = fixture(name);
            assert!(
                metadata(&bytes, format).iter().any(Option::is_some),
                "{name}: the fixture has metadata to remove"
            );
            let clean = strip(bytes.clone(), format).unwrap();
            assert_eq!(metadata(&clean, format), [None, None, None], "{name}");
            for secret in ["Samsung", "children", "secret", "Библиотекарь", "GPS"] {
                let found = clean.windows(secret.len()).any(|w| w == secret.as_bytes());
                assert!(!found, "{name} still says {secret}");
            }
            let pixels = |b: &[u8]| {
                image::load_from_memory_with_format(b, format)
                    .unwrap()
                    .to_rgb8()
            };
            assert_eq!(pixels(&clean), pixels(&bytes), "{name}");
        }
    }

    #[test]
    fn something_that_is_not_the_format_is_an_error() {
        assert!(strip(b"not a photo".to_vec(), ImageFormat::Jpeg).is_err());
    }
}
