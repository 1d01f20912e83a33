//! The chart font as the pages load it: the charts' DejaVu Sans
//! (`charts::text`) cut down to the letters the site's charts can show,
//! as WOFF2. The whole TTF is 742 KiB,
//! nine tenths of a statistics page's bytes on a phone; the cut is a few
//! dozen KiB.
//!
//! `allsorts` (YesLogic's, which Prince and printpdf use) makes the
//! subset with a Unicode `cmap` a browser accepts; `ttf2woff2` compresses
//! it with Brotli and the `glyf` transform. Neither is written here.

use std::collections::BTreeSet;
use std::sync::Mutex;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{subset, CmapTarget, SubsetProfile};
use allsorts::tables::cmap::Cmap;
use allsorts::tables::FontTableProvider;
use allsorts::tag;

/// Where the page finds the cut font (the theme's `@font-face`).
pub const WOFF2_FILE: &str = "fonts/DejaVuSans-charts.woff2";

/// What every chart can print whatever its data: the digits and signs of
/// numbers in each language (spaces and minus included), and the
/// punctuation of labels.
const ALWAYS: &str = "0123456789 \u{a0}\u{202f}\u{2009},.%−-–—+()«»„“”\"'/:;…№×·";

#[derive(Debug, thiserror::Error)]
pub enum FontError {
    #[error("the chart font could not be cut: {0}")]
    Subset(String),
    #[error("the chart font could not be compressed: {0}")]
    Woff2(String),
}

/// The font `ttf` with the glyphs of `text` (every character any chart
/// of the site prints, in any order and repeated) and of [`ALWAYS`],
/// as WOFF2. The same font and text give the same bytes.
pub fn woff2<'a>(
    ttf: &[u8],
    text: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<u8>, FontError> {
    let chars: BTreeSet<char> = text
        .into_iter()
        .flat_map(str::chars)
        .chain(ALWAYS.chars())
        .chain((' '..='~').filter(char::is_ascii_graphic))
        .collect();
    // `serve` rebuilds with the same letters nearly every time.
    let mut last = LAST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((cached, font)) = last.as_ref() {
        if *cached == chars {
            return Ok(font.clone());
        }
    }
    let ttf = cut(ttf, &chars).map_err(FontError::Subset)?;
    // Brotli's quality 9: 18 ms for the demo's letters where 11 took
    // 150 ms, for 7 % more bytes (BENCHMARKS.md, «Chart font»).
    let font = ttf2woff2::encode(&ttf, ttf2woff2::BrotliQuality::from(9))
        .map_err(|e| FontError::Woff2(e.to_string()))?;
    *last = Some((chars, font.clone()));
    Ok(font)
}

/// The letters of the last font cut in this process, and the font.
static LAST: Mutex<Option<(BTreeSet<char>, Vec<u8>)>> = Mutex::new(None);

/// The TTF with `.notdef` and the glyph of each of `chars` it has.
fn cut(bytes: &[u8], chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let text = |e: &dyn std::fmt::Display| e.to_string();
    let font = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .map_err(|e| text(&e))?;
    let provider = font.table_provider(0).map_err(|e| text(&e))?;
    let cmap_data = provider.read_table_data(tag::CMAP).map_err(|e| text(&e))?;
    let cmap = ReadScope::new(&cmap_data)
        .read::<Cmap<'_>>()
        .map_err(|e| text(&e))?;
    let (_, table) = allsorts::font::read_cmap_subtable(&cmap)
        .map_err(|e| text(&e))?
        .ok_or("the font has no Unicode cmap")?;
    let mut glyphs = vec![0u16];
    for &c in chars {
        if let Some(g) = table.map_glyph(u32::from(c)).map_err(|e| text(&e))? {
            if !glyphs.contains(&g) {
                glyphs.push(g);
            }
        }
    }
    glyphs[1..].sort_unstable();
    subset(
        &provider,
        &glyphs,
        &SubsetProfile::Minimal,
        CmapTarget::Unicode,
    )
    .map_err(|e| text(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_russian_and_kazakh_site_gets_a_small_font_with_its_letters() {
        let letters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя\
                       ӘәҒғҚқҢңӨөҰұҮүҺһІі";
        let ttf = crate::builtin::builtin_file(crate::charts::FONT_FILE).unwrap();
        let font = woff2(ttf, [letters]).unwrap();
        assert_eq!(&font[..4], b"wOF2");
        assert!(font.len() < 80 * 1024, "{} bytes", font.len());
        // Decoded again, every letter maps to a glyph of its own.
        let decoded = ReadScope::new(&font)
            .read::<FontData<'_>>()
            .expect("a WOFF2 font reads back");
        let provider = decoded.table_provider(0).unwrap();
        let cmap_data = provider.read_table_data(tag::CMAP).unwrap();
        let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().unwrap();
        let (_, table) = allsorts::font::read_cmap_subtable(&cmap).unwrap().unwrap();
        for c in letters.chars().chain("0123456789%«»".chars()) {
            let g = table.map_glyph(u32::from(c)).unwrap();
            assert!(g.is_some_and(|g| g > 0), "{c} has no glyph");
        }
        assert_eq!(table.map_glyph(u32::from('漢')).unwrap(), None);
        assert_eq!(
            woff2(ttf, [letters]).unwrap(),
            font,
            "the same bytes each time"
        );
    }
}
