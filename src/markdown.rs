//! Markdown to HTML, with one of two engines.
//!
//! pulldown-cmark is the default (CommonMark plus tables, footnotes,
//! strikethrough, smart punctuation); comrak is there for sites that want
//! GitHub Flavoured Markdown (autolinks, alerts, task lists). Both sit
//! behind [`Markdown`] so the rest of the build doesn't care which.

use pulldown_cmark::{Event as MdEvent, Options, Parser, Tag, TagEnd};

use crate::config::{MarkdownConfig, MarkdownEngine};

/// Renders Markdown bodies; shared by all render threads.
pub struct Markdown {
    engine: MarkdownEngine,
    pulldown: Options,
    comrak: comrak::Options<'static>,
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
        }
    }

    /// The HTML of a Markdown text.
    pub fn render(&self, text: &str) -> String {
        match self.engine {
            MarkdownEngine::PulldownCmark => {
                let mut html = String::with_capacity(text.len() * 3 / 2);
                pulldown_cmark::html::push_html(&mut html, Parser::new_ext(text, self.pulldown));
                html
            }
            MarkdownEngine::Comrak => comrak::markdown_to_html(text, &self.comrak),
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
        });
        assert!(md
            .render("see https://example.org")
            .contains("<a href=\"https://example.org\">"));
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
