//! Markdown to HTML, with one of two engines.
//!
//! pulldown-cmark is the default (CommonMark plus tables, footnotes,
//! strikethrough, smart punctuation); comrak is there for sites that want
//! GitHub Flavoured Markdown (autolinks, alerts, task lists). Both sit
//! behind [`Markdown`] so the rest of the build doesn't care which, and
//! both outputs pass the same [`sanitise`] allow-list.

mod sanitise;

use comrak::nodes::NodeValue;
use pulldown_cmark::{Event as MdEvent, HeadingLevel, Options, Parser, Tag, TagEnd};

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
    ///
    /// Headings are shifted so the shallowest one in the text becomes
    /// `<h2>`: bodies sit under the page's `<h1>`, and editors write `#`,
    /// `##` or `###` as they please; screen readers need levels that don't
    /// skip.
    pub fn render(&self, text: &str) -> String {
        let html = match self.engine {
            MarkdownEngine::PulldownCmark => {
                let events: Vec<MdEvent> = Parser::new_ext(text, self.pulldown).collect();
                let shallowest = events.iter().filter_map(|e| match e {
                    MdEvent::Start(Tag::Heading { level, .. }) => Some(*level as u8),
                    _ => None,
                });
                let shift = heading_shift(shallowest.min());
                let mut html = String::with_capacity(text.len() * 3 / 2);
                pulldown_cmark::html::push_html(
                    &mut html,
                    events.into_iter().map(|e| match e {
                        MdEvent::Start(Tag::Heading {
                            level,
                            id,
                            classes,
                            attrs,
                        }) => MdEvent::Start(Tag::Heading {
                            level: shifted(level, shift),
                            id,
                            classes,
                            attrs,
                        }),
                        MdEvent::End(TagEnd::Heading(level)) => {
                            MdEvent::End(TagEnd::Heading(shifted(level, shift)))
                        }
                        other => other,
                    }),
                );
                html
            }
            MarkdownEngine::Comrak => {
                let arena = comrak::Arena::new();
                let root = comrak::parse_document(&arena, text, &self.comrak);
                let heading_level = |n: &comrak::nodes::AstNode| match n.data.borrow().value {
                    NodeValue::Heading(h) => Some(h.level),
                    _ => None,
                };
                let shift = heading_shift(root.descendants().filter_map(heading_level).min());
                for node in root.descendants() {
                    if let NodeValue::Heading(h) = &mut node.data.borrow_mut().value {
                        h.level = (i16::from(h.level) + i16::from(shift)).clamp(2, 6) as u8;
                    }
                }
                let mut html = String::with_capacity(text.len() * 3 / 2);
                // Writing into a String cannot fail.
                let _ = comrak::format_html(root, &self.comrak, &mut html);
                html
            }
        };
        match &self.sanitiser {
            Some(s) => s.clean(&html),
            None => html,
        }
    }
}

/// How far to move headings so the shallowest becomes level 2.
fn heading_shift(shallowest: Option<u8>) -> i8 {
    shallowest.map_or(0, |l| 2 - l as i8)
}

fn shifted(level: HeadingLevel, shift: i8) -> HeadingLevel {
    let n = (level as i8 + shift).clamp(2, 6);
    HeadingLevel::try_from(n as usize).unwrap_or(HeadingLevel::H6)
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

/// All the text of a Markdown document, for the search index: words of
/// blocks separated by new lines, no markup.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ev in Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match ev {
            MdEvent::Text(t) | MdEvent::Code(t) => out.push_str(&t),
            MdEvent::SoftBreak | MdEvent::HardBreak => out.push(' '),
            MdEvent::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) if !out.ends_with('\n') => out.push('\n'),
            _ => {}
        }
    }
    out
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
    fn headings_start_at_level_two_in_both_engines() {
        for engine in [MarkdownEngine::PulldownCmark, MarkdownEngine::Comrak] {
            let md = Markdown::new(&MarkdownConfig {
                engine,
                smart_punctuation: false,
                unsafe_html: false,
            });
            let html = md.render("### Итоги\n\n#### Подробно\n");
            assert!(
                html.contains("<h2") && html.contains("<h3"),
                "{engine:?}: {html}"
            );
            let html = md.render("# Заголовок\n\n## Раздел\n");
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
}
