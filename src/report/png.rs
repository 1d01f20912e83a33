//! Pictures for the DOCX: a chart's SVG drawn as PNG with resvg in the
//! theme's font, and a photo made small enough to edit comfortably.

use std::sync::Arc;

/// The PDF's charts are vectors; Word gets them at twice their size.
const SCALE: f32 = 2.0;
/// A photo's longest side in the DOCX, in pixels.
const PHOTO_SIDE: u32 = 1000;

/// `svg` as PNG bytes with its width and height in pixels.
pub fn from_svg(svg: &str) -> Result<(Vec<u8>, u32, u32), String> {
    let mut fonts = resvg::usvg::fontdb::Database::new();
    fonts.load_font_data(crate::charts::font_file().to_vec());
    fonts.set_sans_serif_family(crate::charts::FONT_FAMILY);
    let options = resvg::usvg::Options {
        fontdb: Arc::new(fonts),
        font_family: crate::charts::FONT_FAMILY.to_string(),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(SCALE)
        .ok_or("an empty chart")?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or("a chart too large to draw")?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let transform = resvg::tiny_skia::Transform::from_scale(SCALE, SCALE);
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    let png = pixmap.encode_png().map_err(|e| e.to_string())?;
    Ok((png, size.width(), size.height()))
}

/// A photo (JPEG or PNG) as a PNG at most [`PHOTO_SIDE`] pixels long, with
/// its size; `None` if it cannot be decoded (the build has said so).
pub fn photo(bytes: &[u8]) -> Option<(Vec<u8>, u32, u32)> {
    let img = image::load_from_memory(bytes).ok()?;
    let img = img.thumbnail(PHOTO_SIDE, PHOTO_SIDE).to_rgb8();
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png).ok()?;
    Some((png.into_inner(), img.width(), img.height()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_svg_is_drawn_at_twice_its_size() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><text x="2" y="20">Май</text></svg>"#;
        let (png, w, h) = super::from_svg(svg).unwrap();
        assert_eq!((w, h), (80, 60));
        assert!(png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn a_broken_picture_is_none_not_a_panic() {
        assert!(super::photo(b"not a jpeg").is_none());
    }
}
