//! Text on charts: the one embedded font, measuring, wrapping, and axis
//! ticks. The font that measures is the font the page draws with: the
//! theme serves the same font, cut to the letters the charts print
//! (`charts::font`), as its `@font-face` «Letopis Charts».

use std::sync::Once;

use plotters::style::{FontDesc, FontFamily, FontStyle};

/// DejaVu Sans (Bitstream Vera licence, see `themes/letopis/static/fonts/`):
/// one file with every Russian and Kazakh letter (plotters has no font
/// fallback, plotters #700). The theme serves the same file.
pub const FONT_FILE: &str = "static/fonts/DejaVuSans.ttf";

/// The family name charts write: the font's own, so an SVG drawn outside
/// a page (a document, an image) finds it; the theme's CSS puts its cut
/// copy first.
pub const FAMILY: &str = "DejaVu Sans";

/// Text size in plotters units (the SVG says `font-size` ÷ 1.24).
pub const SIZE: f64 = 16.0;
pub const SMALL: f64 = 14.0;

static REGISTER: Once = Once::new();

/// Registers the font with plotters, once per process. The font is ours
/// and known to parse (`font_parses_and_measures_cyrillic_and_kazakh`
/// tests it), so failure is impossible; were it to happen, text would
/// measure as empty rather than crash.
pub fn register() {
    REGISTER.call_once(|| {
        let bytes = crate::builtin::builtin_file(FONT_FILE).unwrap_or_default();
        let _ = plotters::style::register_font(FAMILY, FontStyle::Normal, bytes);
    });
}

pub fn font(size: f64) -> FontDesc<'static> {
    register();
    FontDesc::new(FontFamily::Name(FAMILY), size, FontStyle::Normal)
}

/// The width of `text` in pixels.
pub fn width(text: &str, size: f64) -> i32 {
    font(size)
        .box_size(text)
        .map(|(w, _)| i32::try_from(w).unwrap_or(i32::MAX))
        .unwrap_or(0)
}

/// `text` broken at spaces into lines no wider than `max` pixels; a word
/// longer than `max` gets a line of its own (it is never cut).
pub fn wrap(text: &str, max: i32, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Only plain spaces break: a no-break space («50,8 %») holds.
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && width(&candidate, size) > max {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Round tick values from `low` to at least `high`: steps of 1, 2 or 5
/// times a power of ten, about five of them.
pub fn ticks(low: f64, high: f64) -> Vec<f64> {
    let span = (high - low).max(f64::EPSILON);
    let raw = span / 5.0;
    let pow = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * pow)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * pow);
    let start = (low / step).floor() * step;
    let mut out = Vec::new();
    let mut v = start;
    while v < high + step * 0.999 && out.len() < 12 {
        out.push(v);
        if v >= high {
            break;
        }
        v += step;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn font_parses_and_measures_cyrillic_and_kazakh() {
        assert!(ab_glyph_ok());
        let ru = width("Центральная детская библиотека", SIZE);
        let kk = width("Қазақстан әдебиеті", SIZE);
        assert!(ru > 150 && ru < 400, "{ru}");
        assert!(kk > 80, "{kk}");
        // Wider letters measure wider: no byte-count guessing.
        assert!(width("ШШШ", SIZE) > width("iii", SIZE));
    }

    fn ab_glyph_ok() -> bool {
        font(SIZE).box_size("Ә").is_ok_and(|(w, _)| w > 0)
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        let lines = wrap("Детская библиотека «Единство» на Кузнецкстрое", 150, SIZE);
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Детская библиотека «Единство» на Кузнецкстрое"
        );
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(
            ticks(0.0, 9110.0),
            vec![0.0, 2000.0, 4000.0, 6000.0, 8000.0, 10000.0]
        );
        assert_eq!(ticks(0.0, 4.0), vec![0.0, 1.0, 2.0, 3.0, 4.0]);
    }
}
