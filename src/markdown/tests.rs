//! The engines' HTML, heading shifts, links and the sanitiser.

use super::*;
use crate::links::Links;
use std::path::{Path, PathBuf};

const SAMPLE: &str =
    "Первый *абзац*\nс переносом.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~нет~~ \"да\"\n";

fn render(engine: MarkdownEngine) -> String {
    let links = Links::default();
    Markdown::new(&MarkdownConfig {
        engine,
        smart_punctuation: true,
        unsafe_html: false,
    })
    .render(
        SAMPLE,
        &mut links.body(Path::new("a.md"), 1),
        &|_| None,
        &|_, _| None,
    )
}

fn pulldown(text: &str) -> String {
    let links = Links::default();
    Markdown::new(&MarkdownConfig {
        engine: MarkdownEngine::PulldownCmark,
        smart_punctuation: false,
        unsafe_html: false,
    })
    .render(
        text,
        &mut links.body(Path::new("a.md"), 1),
        &|_| None,
        &|_, _| None,
    )
}

#[test]
fn shortened_text_ends_at_a_word() {
    assert_eq!(shorten("Коротко.", 240), "Коротко.");
    let long = "слово, ".repeat(60);
    let cut = shorten(&long, 240);
    assert!(
        cut.chars().count() <= 240 && cut.ends_with("слово…"),
        "{cut}"
    );
}

#[test]
fn plain_bodies_skip_the_sanitiser_and_nothing_else_does() {
    // pulldown-cmark writes `<br />`; the sanitiser's serialiser `<br>`.
    let plain = pulldown("Акция «Доктор Книга»  \n[сайт](https://example.org/a?b=1#c)");
    assert!(plain.contains("<br />"), "{plain}");
    for text in [
        "[a](javascript:alert(1))",
        "[a](JavaScript:alert(1))",
        "![a](data:text/html,x)",
        "[a](<java\tscript:alert(1)>)",
        "# Title {onclick=alert(1)}",
        "Text <img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
    ] {
        let html = pulldown(text).to_lowercase();
        for bad in ["javascript", "data:", "onclick", "onerror", "<script"] {
            assert!(!html.contains(bad), "{text} → {html}");
        }
    }
}

#[test]
fn both_engines_rewrite_links_to_markdown_files_and_report_broken_ones() {
    let links = Links::new(
        Path::new("/nonexistent"),
        [(
            PathBuf::from("content/2016/events/b.md"),
            "/2016/b/".to_string(),
        )],
    );
    let text = "Текст.\n\nСм. [там](b.md#x), [нет](c.md), ![Фото](https://e.org/p.jpg)\n";
    for engine in [MarkdownEngine::PulldownCmark, MarkdownEngine::Comrak] {
        let md = Markdown::new(&MarkdownConfig {
            engine,
            smart_punctuation: false,
            unsafe_html: false,
        });
        let mut body = links.body(Path::new("content/2016/events/a.md"), 4);
        let html = md.render(text, &mut body, &|_| None, &|_, _| None);
        assert!(html.contains("href=\"/2016/b/#x\""), "{engine:?}: {html}");
        assert!(html.contains("href=\"c.md\""), "{engine:?}: {html}");
        let found = body.finish();
        assert_eq!(found.len(), 1, "{engine:?}: {found:?}");
        assert_eq!(
            (found[0].line, found[0].column),
            (Some(6), Some(20)),
            "{engine:?}"
        );
    }
}

#[test]
fn both_engines_render_tables_strikethrough_and_quotes() {
    for engine in [MarkdownEngine::PulldownCmark, MarkdownEngine::Comrak] {
        let html = render(engine);
        assert!(html.contains("<table>"), "{engine:?}: {html}");
        assert!(html.contains("<del>нет</del>"), "{engine:?}: {html}");
        assert!(html.contains("<em>абзац</em>"), "{engine:?}: {html}");
        assert!(html.contains('“'), "{engine:?}: {html}");
    }
}

#[test]
fn headings_start_at_level_two_in_both_engines() {
    for engine in [MarkdownEngine::PulldownCmark, MarkdownEngine::Comrak] {
        let md = Markdown::new(&MarkdownConfig {
            engine,
            smart_punctuation: false,
            unsafe_html: false,
        });
        let links = Links::default();
        let mut body = links.body(Path::new("a.md"), 1);
        let html = md.render(
            "### Итоги\n\n#### Подробно\n",
            &mut body,
            &|_| None,
            &|_, _| None,
        );
        assert!(
            html.contains("<h2") && html.contains("<h3"),
            "{engine:?}: {html}"
        );
        let html = md.render(
            "# Заголовок\n\n## Раздел\n",
            &mut body,
            &|_| None,
            &|_, _| None,
        );
        assert!(
            html.contains("<h2") && html.contains("<h3") && !html.contains("<h1"),
            "{engine:?}: {html}"
        );
    }
}

#[test]
fn comrak_autolinks() {
    let md = Markdown::new(&MarkdownConfig {
        engine: MarkdownEngine::Comrak,
        smart_punctuation: false,
        unsafe_html: false,
    });
    let links = Links::default();
    assert!(md
        .render(
            "see https://example.org",
            &mut links.body(Path::new("a.md"), 1),
            &|_| None,
            &|_, _| None,
        )
        .contains("<a href=\"https://example.org\">"));
}

/// Everything the engines make from Markdown, raw HTML aside.
const FEATURES: &str = "# Заголовок {#intro .lead}\n\nТекст[^1] ~~нет~~ <https://a.example>\n\n\
    | a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n\
    ```rust\nfn main() {}\n```\n\n![фото](photo.jpg \"Подпись\") [ссылка](../2016/ \"t\")\n\n\
    3. три\n4. четыре\n\n- [x] сделано\n- [ ] нет\n\n> [!NOTE]\n> Заметка\n\n[^1]: Сноска.\n";

/// HTML as a parser sees it, so `<br />` and `<br>` compare equal (and
/// the sanitiser's re-serialised `text-align:center` and prefixed ids too).
fn normalised(html: &str) -> String {
    let html = html
        .replace("text-align: ", "text-align:")
        .replace("id=\"text-", "id=\"")
        .replace("href=\"#text-", "href=\"#");
    scraper::Html::parse_fragment(&html).root_element().html()
}

#[test]
fn sanitising_keeps_everything_markdown_makes() {
    for engine in [MarkdownEngine::PulldownCmark, MarkdownEngine::Comrak] {
        let config = |unsafe_html| MarkdownConfig {
            engine,
            smart_punctuation: true,
            unsafe_html,
        };
        let raw = Markdown::new(&config(true)).render(
            FEATURES,
            &mut Links::default().body(Path::new("a.md"), 1),
            &|_| None,
            &|_, _| None,
        );
        let clean = Markdown::new(&config(false)).render(
            FEATURES,
            &mut Links::default().body(Path::new("a.md"), 1),
            &|_| None,
            &|_, _| None,
        );
        assert_eq!(normalised(&clean), normalised(&raw), "{engine:?}");
        assert!(raw.contains("<table>") && raw.contains("<img"), "{raw}");
    }
}

#[test]
fn raw_html_is_cleaned_unless_the_site_opts_out() {
    let text = "Привет <img src=x onerror=alert(1)> [x](javascript:alert(2))\n\n<script>alert(3)</script>\n";
    for engine in [MarkdownEngine::PulldownCmark, MarkdownEngine::Comrak] {
        let config = |unsafe_html| MarkdownConfig {
            engine,
            smart_punctuation: true,
            unsafe_html,
        };
        let clean = Markdown::new(&config(false)).render(
            text,
            &mut Links::default().body(Path::new("a.md"), 1),
            &|_| None,
            &|_, _| None,
        );
        assert!(!clean.contains("alert"), "{engine:?}: {clean}");
        let raw = Markdown::new(&config(true)).render(
            text,
            &mut Links::default().body(Path::new("a.md"), 1),
            &|_| None,
            &|_, _| None,
        );
        assert!(
            raw.contains("<script>alert(3)</script>"),
            "{engine:?}: {raw}"
        );
    }
}

#[test]
fn plain_text_keeps_words_and_drops_markup() {
    let text = plain_text("# Итоги\n\nПервый *абзац* [ссылка](x.md).\n\n- один\n- два\n");
    assert_eq!(text, "Итоги\nПервый абзац ссылка.\nодин\nдва\n");
}

#[test]
fn first_paragraph_is_plain_text() {
    assert_eq!(
        first_paragraph(SAMPLE).as_deref(),
        Some("Первый абзац с переносом.")
    );
    assert_eq!(first_paragraph("# Только заголовок\n"), None);
}

#[test]
fn a_texts_ids_are_prefixed_and_its_links_follow() {
    let rest = "\n\nСм. [план](#main) и [сайт](https://a.example/#x).\n\n\
        <p id=\"lv\">a</p>\n\nТекст[^1]\n\n[^1]: Сноска.\n";
    // comrak has no heading attributes: its heading is raw HTML.
    for (engine, heading) in [
        (MarkdownEngine::PulldownCmark, "# План {#main}"),
        (MarkdownEngine::Comrak, "<h2 id=\"main\">План</h2>"),
    ] {
        let text = format!("{heading}{rest}");
        let html = Markdown::new(&MarkdownConfig {
            engine,
            smart_punctuation: true,
            unsafe_html: false,
        })
        .render(
            &text,
            &mut Links::default().body(Path::new("a.md"), 1),
            &|_| None,
            &|_, _| None,
        );
        let doc = scraper::Html::parse_fragment(&html);
        let ids: Vec<_> = doc
            .select(&scraper::Selector::parse("[id]").unwrap())
            .filter_map(|e| e.value().attr("id"))
            .collect();
        assert!(!ids.is_empty(), "{engine:?}: {html}");
        for id in &ids {
            assert!(id.starts_with("text-"), "{engine:?}: {id} in {html}");
        }
        for a in doc.select(&scraper::Selector::parse("a[href]").unwrap()) {
            let href = a.value().attr("href").unwrap_or_default();
            if let Some(target) = href.strip_prefix('#') {
                assert!(
                    ids.contains(&target),
                    "{engine:?}: {href} leads nowhere in {html}"
                );
            } else {
                assert_eq!(href, "https://a.example/#x", "{engine:?}");
            }
        }
    }
}

#[test]
fn the_engines_words_follow_the_site() {
    let html = Markdown::new(&MarkdownConfig {
        engine: MarkdownEngine::Comrak,
        smart_punctuation: true,
        unsafe_html: false,
    })
    .for_language(Lang::Ru)
    .render(
        "> [!NOTE]\n> Заметка\n\n> [!WARNING] Свой заголовок\n> Текст\n\nТекст[^1]\n\n[^1]: Сноска.\n",
        &mut Links::default().body(Path::new("a.md"), 1),
        &|_| None,
        &|_, _| None,
    );
    for word in ["Note", "Warning", "Back to"] {
        assert!(!html.contains(word), "{word} in {html}");
    }
    assert!(html.contains(">Примечание<"), "{html}");
    assert!(html.contains(">Свой заголовок<"), "{html}");
    assert!(
        html.contains("aria-label=\"Вернуться к сноске 1\""),
        "{html}"
    );
}
