//! Typography per language: Russian and Kazakh pages get «ёлочки» with
//! „лапки“ inside and an em dash; English keeps “quotes”. Heading levels
//! are shifted under the page's title and never skip.

use crate::common::{Site, SITE_YAML};

const BODY: &str = "# Итоги\n\n##### Подробно\n\n\"Книга \"Мой край\" вышла\" -- сказал он. \
    Годы 1941--1945, кто-то, `\"код\"`.\n\n## Дальше\n";

fn page(config: &str) -> crate::common::Page {
    let site = Site::with_config(config);
    site.event(
        "content/2023/events/vecher.md",
        "title: Вечер\ndate: 2023-04-04\nlibrary: ЦДБ",
        BODY,
    );
    site.build(&[]).ok();
    site.page("2023/vecher/index.html")
}

/// The text of the first `css` as it is: `Page::text` collapses the
/// no-break space before a dash.
fn raw_text(p: &crate::common::Page, css: &str) -> String {
    let sel = scraper::Selector::parse(css).unwrap();
    p.0.select(&sel).next().expect(css).text().collect()
}

#[test]
fn russian_quotes_dashes_and_levels_in_both_engines() {
    for engine in ["pulldown-cmark", "comrak"] {
        let p = page(&format!("{SITE_YAML}markdown:\n  engine: {engine}\n"));
        let text = raw_text(&p, ".body p");
        assert!(
            text.contains("«Книга „Мой край“ вышла»\u{a0}— сказал он."),
            "{engine}: {text}"
        );
        assert!(text.contains("1941–1945, кто-то"), "{engine}: {text}");
        assert!(
            text.contains("\"код\""),
            "{engine}: code is left as written: {text}"
        );
        assert_eq!(p.texts(".body h2"), ["Итоги"], "{engine}");
        assert_eq!(
            p.texts(".body h3"),
            ["Подробно", "Дальше"],
            "{engine}: no skip"
        );
        assert!(p.texts(".body h6").is_empty(), "{engine}");
    }
}

#[test]
fn english_pages_keep_english_quotes() {
    let p = page(&SITE_YAML.replace("language: ru", "language: en"));
    let text = p.text(".body p");
    assert!(
        text.contains("“Книга “Мой край”") && text.contains(" – сказал"),
        "{text}"
    );
}
