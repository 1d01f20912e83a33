//! An event's or a year's Markdown as the report's blocks: paragraphs,
//! list items, subheadings and quotes of plain runs, bold or italic.
//! Pictures, raw HTML and code are left out: a document prints text.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::i18n::Lang;

/// One paragraph-like piece of text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Paragraph,
    Heading,
    Item,
    Quote,
}

/// Text of one style.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Run {
    pub text: String,
    pub strong: bool,
    pub emph: bool,
}

/// The blocks of `markdown`, straight quotes turned into the language's.
pub fn blocks(markdown: &str, lang: Lang) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<Block> = None;
    let (mut strong, mut emph, mut quote, mut image) = (0u32, 0u32, 0u32, 0u32);
    let start = |kind| {
        Some(Block {
            kind,
            runs: Vec::new(),
        })
    };
    for event in Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Paragraph) if current.is_none() => {
                current = start(if quote > 0 {
                    BlockKind::Quote
                } else {
                    BlockKind::Paragraph
                });
            }
            Event::Start(Tag::Heading { .. }) => current = start(BlockKind::Heading),
            Event::Start(Tag::Item) => current = start(BlockKind::Item),
            Event::Start(Tag::BlockQuote(_)) => quote += 1,
            Event::End(TagEnd::BlockQuote(_)) => quote = quote.saturating_sub(1),
            Event::Start(Tag::Image { .. }) => image += 1,
            Event::End(TagEnd::Image) => image = image.saturating_sub(1),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => emph += 1,
            Event::End(TagEnd::Emphasis) => emph = emph.saturating_sub(1),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                out.extend(current.take());
            }
            Event::Text(t) | Event::Code(t) if image == 0 => {
                let block = current.get_or_insert_with(|| Block {
                    kind: BlockKind::Paragraph,
                    runs: Vec::new(),
                });
                push(block, &t, strong > 0, emph > 0);
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = current.as_mut() {
                    push(b, " ", strong > 0, emph > 0);
                }
            }
            _ => {}
        }
    }
    out.extend(current);
    for b in &mut out {
        trim(&mut b.runs);
        quotes(&mut b.runs, lang);
    }
    out.retain(|b| !b.runs.is_empty());
    out
}

/// Without the spaces a left-out picture or tag leaves at either end.
fn trim(runs: &mut Vec<Run>) {
    if let Some(first) = runs.first_mut() {
        first.text = first.text.trim_start().to_string();
    }
    if let Some(last) = runs.last_mut() {
        last.text = last.text.trim_end().to_string();
    }
    runs.retain(|r| !r.text.is_empty());
}

/// Adds `text` to the block, joined to the last run of the same style.
fn push(block: &mut Block, text: &str, strong: bool, emph: bool) {
    match block.runs.last_mut() {
        Some(r) if r.strong == strong && r.emph == emph => r.text.push_str(text),
        _ => block.runs.push(Run {
            text: text.to_string(),
            strong,
            emph,
        }),
    }
}

/// Straight double quotes as «ёлочки» (Russian, Kazakh) or “curly”
/// (English): opening after a space, a bracket or the start, closing
/// elsewhere.
fn quotes(runs: &mut [Run], lang: Lang) {
    let (open, close) = match lang {
        Lang::Ru | Lang::Kk => ('«', '»'),
        Lang::En => ('“', '”'),
    };
    let mut before = ' ';
    for run in runs {
        if !run.text.contains('"') {
            before = run.text.chars().last().unwrap_or(before);
            continue;
        }
        let mut text = String::with_capacity(run.text.len());
        for c in run.text.chars() {
            let c = match c {
                '"' if before.is_whitespace() || "([{«„-–—".contains(before) => open,
                '"' => close,
                c => c,
            };
            text.push(c);
            before = c;
        }
        run.text = text;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(blocks: &[Block]) -> Vec<(BlockKind, String)> {
        blocks
            .iter()
            .map(|b| (b.kind, b.runs.iter().map(|r| r.text.as_str()).collect()))
            .collect()
    }

    #[test]
    fn paragraphs_lists_and_styles() {
        let b = blocks(
            "Прошла **акция** \"Доктор Книга\".\n\n- первое\n- второе\n\n> Слова",
            Lang::Ru,
        );
        assert_eq!(
            plain(&b),
            vec![
                (
                    BlockKind::Paragraph,
                    "Прошла акция «Доктор Книга».".to_string()
                ),
                (BlockKind::Item, "первое".to_string()),
                (BlockKind::Item, "второе".to_string()),
                (BlockKind::Quote, "Слова".to_string()),
            ]
        );
        assert!(b[0].runs[1].strong && !b[0].runs[0].strong);
    }

    #[test]
    fn html_and_pictures_are_left_out() {
        let b = blocks("<script>x</script>\n\n![фото](a.jpg) текст", Lang::En);
        assert_eq!(plain(&b), vec![(BlockKind::Paragraph, "текст".to_string())]);
    }
}
