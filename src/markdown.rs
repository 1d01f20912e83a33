//! Markdown to HTML, with one of two engines.
//!
//! pulldown-cmark is the default (CommonMark plus tables, footnotes,
//! strikethrough, smart punctuation); comrak is there for sites that want
//! GitHub Flavoured Markdown (autolinks, alerts, task lists). Both sit
//! behind [`Markdown`] so the rest of the build doesn't care which, and
//! both outputs pass the same [`sanitise`] allow-list.

mod depth;
mod fenced;
mod pictures;
mod sanitise;
mod typography;
mod words;

use comrak::nodes::NodeValue;
use pulldown_cmark::{CowStr, Event as MdEvent, Options, Parser, Tag, TagEnd};

use crate::config::{MarkdownConfig, MarkdownEngine};
use crate::i18n::Lang;
use crate::links::{BodyLinks, Place};
use crate::messages::Message;
pub use fenced::ChartBlock;
pub use pictures::{bundle_name, images};
use sanitise::Sanitiser;

/// Renders Markdown bodies; shared by all render threads.
pub struct Markdown {
    engine: MarkdownEngine,
    pulldown: Options,
    comrak: comrak::Options<'static>,
    /// `None` when the site asked for `markdown.unsafe_html: true`.
    sanitiser: Option<Sanitiser>,
    /// The language whose quotes and dashes smart punctuation makes; none
    /// when it is off.
    punctuation: Option<Lang>,
    /// The language of the words the engines add (alert titles, the
    /// footnotes' back-links).
    lang: Lang,
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
            sanitiser: (!config.unsafe_html).then(|| Sanitiser::new(Lang::En)),
            punctuation: config.smart_punctuation.then_some(Lang::En),
            lang: Lang::En,
        }
    }

    /// Quotes and dashes as `lang` sets them («ёлочки» and an em dash for
    /// Russian and Kazakh), if smart punctuation is on, and the engines'
    /// own words (an alert's «Примечание») in `lang`.
    pub fn for_language(mut self, lang: Lang) -> Self {
        self.punctuation = self.punctuation.map(|_| lang);
        self.sanitiser = self.sanitiser.map(|_| Sanitiser::new(lang));
        self.lang = lang;
        self
    }

    fn quotes(&self) -> Option<typography::Quotes> {
        self.punctuation.and_then(typography::Quotes::new)
    }

    /// The HTML of a Markdown text, sanitised unless the site opted out.
    /// Relative links to Markdown files become page URLs, and `links`
    /// collects the ones that point nowhere and photos that are missing.
    ///
    /// Headings are shifted so the shallowest one in the text becomes
    /// `<h2>`: bodies sit under the page's `<h1>`, and editors write `#`,
    /// `##` or `###` as they please; screen readers need levels that don't
    /// skip.
    ///
    /// The `n`-th ```` ```chart ```` block of the text becomes what
    /// `chart(n)` gives: the statistics stage resolved it from
    /// [`Markdown::chart_blocks`], which finds the same blocks in the same
    /// order.
    ///
    /// An image for which `photo(dest, alt)` gives HTML (a photo of the
    /// event's bundle, resized) becomes that HTML.
    pub fn render(
        &self,
        text: &str,
        links: &mut BodyLinks,
        chart: &dyn Fn(usize) -> Option<String>,
        photo: &dyn Fn(&str, &str) -> Option<String>,
    ) -> String {
        if let Some(at) = depth::deep_quote(text, depth::MAX_DEPTH) {
            links.refuse(
                Message::new("body-deep-quote").arg("limit", depth::MAX_DEPTH),
                Message::new("body-deep-quote-hint"),
                text,
                Some(Place::Offset(at)),
            );
            return String::new();
        }
        if let Some(at) = depth::table_cells_past(text, depth::MAX_TABLE_CELLS) {
            links.refuse(
                Message::new("body-table-cells").arg("limit", depth::MAX_TABLE_CELLS),
                Message::new("body-table-cells-hint"),
                text,
                Some(Place::Offset(at)),
            );
            return String::new();
        }
        let (html, plain, charts) = match self.engine {
            MarkdownEngine::PulldownCmark => self.pulldown(text, links, photo),
            MarkdownEngine::Comrak => {
                let (html, charts) = self.comrak(text, links, photo);
                (html, false, charts)
            }
        };
        let html = match &self.sanitiser {
            Some(_) if !plain && depth::deeper_than(&html, depth::MAX_DEPTH) => {
                links.refuse(
                    Message::new("body-deep-html").arg("limit", depth::MAX_DEPTH),
                    Message::new("body-deep-html-hint"),
                    text,
                    None,
                );
                return String::new();
            }
            Some(s) if !plain => s.clean(&html),
            _ => html,
        };
        fenced::restore(html, charts, chart)
    }

    /// The ```` ```chart ```` blocks of `text`, in the order
    /// [`Markdown::render`] meets them.
    pub fn chart_blocks(&self, text: &str) -> Vec<ChartBlock> {
        match self.engine {
            MarkdownEngine::PulldownCmark => fenced::pulldown_blocks(text, self.pulldown),
            MarkdownEngine::Comrak => {
                let arena = comrak::Arena::new();
                fenced::comrak_blocks(comrak::parse_document(&arena, text, &self.comrak))
            }
        }
    }

    /// The HTML, and whether it is plain: made by pulldown-cmark alone
    /// from text with nothing the sanitiser would remove (see
    /// [`is_plain`]). Most bodies are, and sanitising them was a tenth of
    /// a build's time for nothing.
    fn pulldown(
        &self,
        text: &str,
        links: &mut BodyLinks,
        photo: &dyn Fn(&str, &str) -> Option<String>,
    ) -> (String, bool, usize) {
        let mut plain = true;
        let mut events = Vec::new();
        let mut charts = 0;
        // Inside a chart block: its events are left out.
        let mut in_chart = false;
        // The image being read: its source, where it starts, its alt text,
        // the index of its first event.
        let mut image: Option<(CowStr, usize, String, usize)> = None;
        for (ev, range) in Parser::new_ext(text, self.pulldown).into_offset_iter() {
            if in_chart {
                in_chart = !matches!(ev, MdEvent::End(TagEnd::CodeBlock));
                continue;
            }
            let ev = match ev {
                MdEvent::Start(Tag::CodeBlock(ref kind)) if fenced::is_chart_kind(kind) => {
                    in_chart = true;
                    events.push(MdEvent::Start(Tag::Paragraph));
                    events.push(MdEvent::Text(fenced::placeholder(charts).into()));
                    charts += 1;
                    MdEvent::End(TagEnd::Paragraph)
                }
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
                    image = Some((dest_url.clone(), range.start, String::new(), events.len()));
                    ev
                }
                MdEvent::Text(ref t) | MdEvent::Code(ref t) => {
                    if let Some((_, _, alt, _)) = &mut image {
                        alt.push_str(t);
                    }
                    ev
                }
                MdEvent::End(TagEnd::Image) => match image.take() {
                    Some((dest, start, alt, first)) => {
                        links.image(&dest, &alt, text, Place::Offset(start));
                        match photo(&dest, &alt) {
                            Some(html) => {
                                events.truncate(first);
                                MdEvent::InlineHtml(html.into())
                            }
                            None => ev,
                        }
                    }
                    None => ev,
                },
                ev => ev,
            };
            plain &= is_plain(&ev);
            events.push(ev);
        }
        let mut html = String::with_capacity(text.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, typography::pulldown(events, self.quotes()));
        (html, plain, charts)
    }

    /// The HTML, and how many chart blocks it has placeholders for.
    fn comrak(
        &self,
        text: &str,
        links: &mut BodyLinks,
        photo: &dyn Fn(&str, &str) -> Option<String>,
    ) -> (String, usize) {
        let arena = comrak::Arena::new();
        let root = comrak::parse_document(&arena, text, &self.comrak);
        let mut outline = typography::Outline::default();
        let mut quotes = self.quotes();
        let mut charts = 0;
        let mut replaced = Vec::new();
        for node in root.descendants() {
            let alt = match node.data.borrow().value {
                NodeValue::Image(_) => node.collect_text(),
                _ => String::new(),
            };
            let mut data = node.data.borrow_mut();
            let pos = data.sourcepos.start;
            let at = Place::LineByte(pos.line, pos.column);
            match &mut data.value {
                NodeValue::CodeBlock(cb) if cb.fenced && fenced::is_chart(&cb.info) => {
                    data.value = NodeValue::HtmlBlock(comrak::nodes::NodeHtmlBlock {
                        block_type: 6,
                        literal: format!("<p>{}</p>\n", fenced::placeholder(charts)),
                    });
                    charts += 1;
                }
                NodeValue::Alert(alert) if alert.title.is_none() => {
                    alert.title = Some(words::alert_title(alert.alert_type, self.lang));
                }
                NodeValue::Heading(h) => {
                    h.level = outline.level(h.level);
                    start_line(&mut quotes);
                }
                NodeValue::Paragraph
                | NodeValue::Item(_)
                | NodeValue::TableCell
                | NodeValue::BlockQuote
                | NodeValue::SoftBreak
                | NodeValue::LineBreak => start_line(&mut quotes),
                NodeValue::Text(t) => {
                    if let Some(fixed) = quotes.as_mut().and_then(|q| q.fix(t)) {
                        *t = fixed.into();
                    }
                }
                NodeValue::Link(link) => {
                    if let Some(url) = links.link(&link.url, text, at) {
                        link.url = url;
                    }
                }
                NodeValue::Image(img) => {
                    links.image(&img.url, &alt, text, at);
                    if let Some(html) = photo(&img.url, &alt) {
                        data.value = NodeValue::HtmlInline(html);
                        replaced.push(node);
                    }
                }
                _ => {}
            }
        }
        // The alt text of an image replaced by a photo was its children.
        for node in replaced {
            let children: Vec<_> = node.children().collect();
            for child in children {
                child.detach();
            }
        }
        let mut html = String::with_capacity(text.len() * 3 / 2);
        // Formatting into a String cannot fail: fmt::Write for String is
        // infallible, so the result carries no information.
        let _ = comrak::format_html(root, &self.comrak, &mut html);
        (html, charts)
    }
}

fn start_line(quotes: &mut Option<typography::Quotes>) {
    if let Some(q) = quotes {
        q.start_line();
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
/// attributes (`{#id .class key=value}`, which may name any attribute),
/// footnotes' ids and URLs need the sanitiser's eye.
fn is_plain(ev: &MdEvent) -> bool {
    match ev {
        MdEvent::Html(_) | MdEvent::InlineHtml(_) => false,
        MdEvent::Start(Tag::Heading {
            id, classes, attrs, ..
        }) => id.is_none() && classes.is_empty() && attrs.is_empty(),
        // Footnotes carry ids (`<div id="1">`, `href="#1"`), which the
        // sanitiser prefixes.
        MdEvent::FootnoteReference(_) | MdEvent::Start(Tag::FootnoteDefinition(_)) => false,
        // A link within the page points at a prefixed id.
        MdEvent::Start(Tag::Link { dest_url, .. }) if dest_url.starts_with('#') => false,
        MdEvent::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
            sanitise::allowed_url(dest_url)
        }
        _ => true,
    }
}

/// Chart blocks are left out: their YAML is not text a reader reads.
pub fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_chart = false;
    for ev in Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match ev {
            MdEvent::Start(Tag::CodeBlock(ref kind)) if fenced::is_chart_kind(kind) => {
                in_chart = true;
            }
            MdEvent::End(TagEnd::CodeBlock) if in_chart => in_chart = false,
            _ if in_chart => {}
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
mod tests;
