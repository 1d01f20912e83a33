//! Markdown to HTML, with one of two engines.
//!
//! pulldown-cmark is the default (CommonMark plus tables, footnotes,
//! strikethrough, smart punctuation); comrak is there for sites that want
//! GitHub Flavoured Markdown (autolinks, alerts, task lists). Both sit
//! behind [`Markdown`] so the rest of the build doesn't care which, and
//! both outputs pass the same [`sanitise`] allow-list.

mod sanitise;

use pulldown_cmark::{Event as MdEvent, Options, Parser, Tag, TagEnd};

use crate::config::{MarkdownConfig, MarkdownEngine};
use sanitise::Sanitiser;

/// Renders Markdown bodies; shared by all render threads.
pub struct Markdown {
    engine: MarkdownEngine,
    pulldown: Options,
    comrak: comrak::Options<'static>,
    /// `None` when the site asked for `markdown.unsafe_html: true`.
    sanitiser: Option<Sanitiser>,
}

impl Markdown {
    pub fn new(config: &MarkdownConfig) -> Self {
        let mut pulldown = Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_HEADING_ATTRIBUTES;
        if config.smart_punctuation {
            pulldown |= Options::ENABLE_SMART_PUNCTUATION;
        }
        let mut comrak = comrak::Options::default();
        comrak.extension.table = true;
        comrak.extension.footnotes = true;
        comrak.extension.strikethrough = true;
        comrak.extension.autolink = true;
        comrak.extension.tasklist = true;
        comrak.extension.alerts = true;
        comrak.parse.smart = config.smart_punctuation;
        // Raw HTML passes through as in pulldown-cmark; what may reach the
        // page is decided in one place for both engines.
        comrak.render.r#unsafe = true;
        Markdown {
            engine: config.engine,
            pulldown,
            comrak,
            sanitiser: (!config.unsafe_html).then(Sanitiser::new),
        }
    }

    /// The HTML of a Markdown text, sanitised unless the site opted out.
    pub fn render(&self, text: &str) -> String {
        let html = match self.engine {
            MarkdownEngine::PulldownCmark => {
                let mut html = String::with_capacity(text.len() * 3 / 2);
                pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, self.pulldown));
                html
            }
            MarkdownEngine::Comrak => comrak::markdown_to_html(text, &self.comrak),
        };
        match &self.sanitiser {
            Some(s) => s.clean(&html),
            None => html,
        }
    }
}

/// The plain text of the first paragraph, for summaries and page
/// descriptions. Stops parsing as soon as the paragraph ends.
pub fn first_paragraph(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut inside = false;
    for ev in Parser::new_ext(text, Options::ENABLE_SMART_PUNCTUATION) {
        match ev {
            MdEvent::Start(Tag::Paragraph) => inside = true,
            MdEvent::End(TagEnd::Paragraph) if inside => break,
            MdEvent::Text(t) | MdEvent::Code(t) if inside => out.push_str(&t),
            MdEvent::SoftBreak | MdEvent::HardBreak if inside => out.push(' '),
            _ => {}
        }
    }
    let out = out.trim();
    (!out.is_empty()).then(|| out.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "Первый *абзац*\nс переносом.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~нет~~ \"да\"\n";

    fn render(engine: MarkdownEngine) -> String {
        Markdown::new(&MarkdownConfig {
            engine,
            smart_punctuation: true,
            unsafe_html: false,
        })
        .render(SAMPLE)
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
    fn comrak_autolinks() {
        let md = Markdown::new(&MarkdownConfig {
            engine: MarkdownEngine::Comrak,
            smart_punctuation: false,
            unsafe_html: false,
        });
        assert!(md
            .render("see https://example.org")
            .contains("<a href=\"https://example.org\">"));
    }

    /// Everything the engines make from Markdown, raw HTML aside.
    const FEATURES: &str =
        "# Заголовок {#intro .lead}\n\nТекст[^1] ~~нет~~ <https://a.example>\n\n\
        | a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n\
        ```rust\nfn main() {}\n```\n\n![фото](photo.jpg \"Подпись\") [ссылка](../2016/ \"t\")\n\n\
        3. три\n4. четыре\n\n- [x] сделано\n- [ ] нет\n\n> [!NOTE]\n> Заметка\n\n[^1]: Сноска.\n";

    /// HTML as a parser sees it, so `<br />` and `<br>` compare equal (and
    /// the sanitiser's re-serialised `text-align:center` too).
    fn normalised(html: &str) -> String {
        let html = html.replace("text-align: ", "text-align:");
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
            let raw = Markdown::new(&config(true)).render(FEATURES);
            let clean = Markdown::new(&config(false)).render(FEATURES);
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
            let clean = Markdown::new(&config(false)).render(text);
            assert!(!clean.contains("alert"), "{engine:?}: {clean}");
            let raw = Markdown::new(&config(true)).render(text);
            assert!(
                raw.contains("<script>alert(3)</script>"),
                "{engine:?}: {raw}"
            );
        }
    }

    #[test]
    fn first_paragraph_is_plain_text() {
        assert_eq!(
            first_paragraph(SAMPLE).as_deref(),
            Some("Первый абзац с переносом.")
        );
        assert_eq!(first_paragraph("# Только заголовок\n"), None);
    }
}
