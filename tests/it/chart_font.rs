//! The chart font a page loads: cut at build time to the letters the
//! site's charts print, as WOFF2, far under the 742 KiB of the whole TTF.
//! Checked on the Karaganda statistics (Russian and Kazakh words, every
//! kind of chart) by reading the font back and finding a glyph for every
//! character of every chart's text on the page.

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::tables::cmap::Cmap;
use allsorts::tables::FontTableProvider;
use allsorts::tag;

use crate::common::{letopis, repo_root, Page, Site};

const FONT: &str = "fonts/DejaVuSans-charts.woff2";

/// The characters `font` has a glyph for, among `wanted`.
fn missing(font: &[u8], wanted: &str) -> Vec<char> {
    let data = ReadScope::new(font)
        .read::<FontData<'_>>()
        .expect("WOFF2 reads back");
    let provider = data.table_provider(0).unwrap();
    let cmap_data = provider.read_table_data(tag::CMAP).unwrap();
    let cmap = ReadScope::new(&cmap_data).read::<Cmap<'_>>().unwrap();
    let (_, table) = allsorts::font::read_cmap_subtable(&cmap).unwrap().unwrap();
    let mut gone: Vec<char> = wanted
        .chars()
        .filter(|c| !c.is_whitespace())
        .filter(|&c| {
            table
                .map_glyph(u32::from(c))
                .unwrap()
                .is_none_or(|g| g == 0)
        })
        .collect();
    gone.sort_unstable();
    gone.dedup();
    gone
}

#[test]
fn the_chart_font_has_every_letter_the_charts_print_and_little_else() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let root = repo_root().join("tests/sites/karaganda-2023");
    letopis(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        target.to_str().unwrap(),
    ])
    .ok();
    let font = std::fs::read(target.join(FONT)).expect("the cut font is published");
    assert_eq!(&font[..4], b"wOF2");
    assert!(font.len() < 80 * 1024, "{} bytes", font.len());
    let html = std::fs::read_to_string(target.join("2023/stats/index.html")).unwrap();
    let page = Page(scraper::Html::parse_document(&html));
    let printed: String = page.texts("svg text").concat();
    assert!(
        printed.chars().filter(|c| c.is_alphabetic()).count() > 200,
        "{printed}"
    );
    assert_eq!(missing(&font, &printed), Vec::<char>::new());
    // Only what is printed: no Greek, no Arabic, though the TTF has them.
    assert_eq!(missing(&font, "αبщ"), ['α', 'ب']);
    let css = std::fs::read_to_string(target.join("style.css")).unwrap();
    assert!(css.contains("url(\"fonts/DejaVuSans-charts.woff2\") format(\"woff2\")"));
    assert!(css.contains(".chart-svg text { font-family: \"Letopis Charts\""));
}

#[test]
fn the_chart_font_is_published_only_with_charts() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: А\ndate: 2016-03-25\nlibrary: ЦДБ",
        "Текст.",
    );
    // The events' own charts (by month, by form) are charts too.
    site.build(&[]).ok();
    assert!(site.output().join(FONT).exists());
    let empty = Site::new();
    empty.file("content/_index.md", "---\ntitle: Главная\n---\n");
    empty.build(&[]).ok();
    assert!(!empty.output().join(FONT).exists());
}
