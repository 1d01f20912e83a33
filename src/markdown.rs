//! Markdown to HTML, with one of two engines.
//!
//! pulldown-cmark is the default (CommonMark plus tables, footnotes,
//! strikethrough, smart punctuation); comrak is there for sites that want
//! GitHub Flavoured Markdown (autolinks, alerts, task lists). Both sit
//! behind [`Markdown`] so the rest of the build doesn't care which, and
//! both outputs pass the same [`sanitise`] allow-list.

mod depth;
mod sanitise;

use comrak::nodes::NodeValue;
use pulldown_cmark::{CowStr, Event as MdEvent, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::config::{MarkdownConfig, MarkdownEngine};
use crate::links::{BodyLinks, Place};
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
    /// Relative links to Markdown files become page URLs, and `links`
    /// collects the ones that point nowhere and photos that are missing.
    ///
    /// Headings are shifted so the shallowest one in the text becomes
    /// `<h2>`: bodies sit under the page's `<h1>`, and editors write `#`,
    /// `##` or `###` as they please; screen readers need levels that don't
    /// skip.
    pub fn render(&self, text: &str, links: &mut BodyLinks) -> String {
        if let Some(at) = depth::deep_quote(text, depth::MAX_DEPTH) {
            links.refuse(
                format!(
                    "more than {} quotes (`>`) are nested here, which this site does not publish",
                    depth::MAX_DEPTH
                ),
                "a quote needs one `>` at the start of its lines; remove the others",
                text,
                Some(Place::Offset(at)),
            );
            return String::new();
        }
        let (html, plain) = match self.engine {
            MarkdownEngine::PulldownCmark => self.pulldown(text, links),
            MarkdownEngine::Comrak => (self.comrak(text, links), false),
        };
        match &self.sanitiser {
            Some(_) if !plain && depth::deeper_than(&html, depth::MAX_DEPTH) => {
                links.refuse(
                    format!("the text nests more than {} HTML elements inside each other, which this site does not publish", depth::MAX_DEPTH),
                    "remove the pasted HTML tags (<div>, <span>, <blockquote> …) and keep the text: Markdown needs none of them",
                    text,
                    None,
                );
                String::new()
            }
            Some(s) if !plain => s.clean(&html),
            _ => html,
        }
    }

    /// The HTML, and whether it is plain: made by pulldown-cmark alone
    /// from text with nothing the sanitiser would remove (see
    /// [`is_plain`]). Most bodies are, and sanitising them was a tenth of
    /// a build's time for nothing.
    fn pulldown(&self, text: &str, links: &mut BodyLinks) -> (String, bool) {
        let mut plain = true;
        let mut events = Vec::new();
        // The image being read: its source, where it starts, its alt text.
        let mut image: Option<(CowStr, usize, String)> = None;
        for (ev, range) in Parser::new_ext(text, self.pulldown).into_offset_iter() {
            let ev = match ev {
                MdEvent::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url = match links.link(&dest_url, text, Place::Offset(range.start)) {
                        Some(url) => url.into(),
                        None => dest_url,
                    };
                    MdEvent::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                }
                MdEvent::Start(Tag::Image { ref dest_url, .. }) => {
                    image = Some((dest_url.clone(), range.start, String::new()));
                    ev
                }
                MdEvent::Text(ref t) | MdEvent::Code(ref t) => {
                    if let Some((_, _, alt)) = &mut image {
                        alt.push_str(t);
                    }
                    ev
                }
                MdEvent::End(TagEnd::Image) => {
                    if let Some((dest, start, alt)) = image.take() {
                        links.image(&dest, &alt, text, Place::Offset(start));
                    }
                    ev
                }
                ev => ev,
            };
            plain &= is_plain(&ev);
            events.push(ev);
        }
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
        (html, plain)
    }

    fn comrak(&self, text: &str, links: &mut BodyLinks) -> String {
        let arena = comrak::Arena::new();
        let root = comrak::parse_document(&arena, text, &self.comrak);
        let heading_level = |n: &comrak::nodes::AstNode| match n.data.borrow().value {
            NodeValue::Heading(h) => Some(h.level),
            _ => None,
        };
        let shift = heading_shift(root.descendants().filter_map(heading_level).min());
        for node in root.descendants() {
            let alt = match node.data.borrow().value {
                NodeValue::Image(_) => node.collect_text(),
                _ => String::new(),
            };
            let mut data = node.data.borrow_mut();
            let pos = data.sourcepos.start;
            let at = Place::LineByte(pos.line, pos.column);
            match &mut data.value {
                NodeValue::Heading(h) => {
                    h.level = (i16::from(h.level) + i16::from(shift)).clamp(2, 6) as u8;
                }
                NodeValue::Link(link) => {
                    if let Some(url) = links.link(&link.url, text, at) {
                        link.url = url;
                    }
                }
                NodeValue::Image(img) => links.image(&img.url, &alt, text, at),
                _ => {}
            }
        }
        let mut html = String::with_capacity(text.len() * 3 / 2);
        // Formatting into a String cannot fail: fmt::Write for String is
        // infallible, so the result carries no information.
        let _ = comrak::format_html(root, &self.comrak, &mut html);
        html
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
/// `text` cut at a word boundary before `max` characters, with «…»; as it
/// is if shorter. For excerpts and descriptions.
pub fn shorten(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => text.into(),
        Some((end, _)) => {
            let cut = text[..end].rfind(char::is_whitespace).unwrap_or(end);
            let text = text[..cut].trim_end_matches(|c: char| !c.is_alphanumeric());
            format!("{text}…").into()
        }
    }
}

/// Whether pulldown-cmark's HTML for `ev` is safe as it stands: it
/// escapes every text and attribute it writes, so only raw HTML, heading
/// attributes (`{#id .class key=value}`, which may name any attribute) and
/// URLs need the sanitiser's eye.
fn is_plain(ev: &MdEvent) -> bool {
    match ev {
        MdEvent::Html(_) | MdEvent::InlineHtml(_) => false,
        MdEvent::Start(Tag::Heading {
            id, classes, attrs, ..
        }) => id.is_none() && classes.is_empty() && attrs.is_empty(),
        MdEvent::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
            sanitise::allowed_url(dest_url)
        }
        _ => true,
    }
}

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
        .render(SAMPLE, &mut links.body(Path::new("a.md"), 1))
    }

    fn pulldown(text: &str) -> String {
        let links = Links::default();
        Markdown::new(&MarkdownConfig {
            engine: MarkdownEngine::PulldownCmark,
            smart_punctuation: false,
            unsafe_html: false,
        })
        .render(text, &mut links.body(Path::new("a.md"), 1))
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
            let html = md.render(text, &mut body);
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
            let html = md.render("### Итоги\n\n#### Подробно\n", &mut body);
            assert!(
                html.contains("<h2") && html.contains("<h3"),
                "{engine:?}: {html}"
            );
            let html = md.render("# Заголовок\n\n## Раздел\n", &mut body);
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
                &mut links.body(Path::new("a.md"), 1)
            )
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
            let raw = Markdown::new(&config(true))
                .render(FEATURES, &mut Links::default().body(Path::new("a.md"), 1));
            let clean = Markdown::new(&config(false))
                .render(FEATURES, &mut Links::default().body(Path::new("a.md"), 1));
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
            let clean = Markdown::new(&config(false))
                .render(text, &mut Links::default().body(Path::new("a.md"), 1));
            assert!(!clean.contains("alert"), "{engine:?}: {clean}");
            let raw = Markdown::new(&config(true))
                .render(text, &mut Links::default().body(Path::new("a.md"), 1));
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
