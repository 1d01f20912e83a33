//! ```` ```chart ```` blocks: found by the Markdown engine itself, so the
//! statistics stage and the renderer agree on which fenced blocks are
//! charts and in which order, whatever the nesting (a list item, a
//! quote). The renderer puts a placeholder paragraph where each block
//! was and, once the HTML is sanitised, the chart in its place; inserted
//! before, the SVG would be removed by the sanitiser, which rightly lets
//! no editor-written SVG through. The text itself is never rewritten.

use comrak::nodes::{AstNode, NodeValue};
use pulldown_cmark::{CodeBlockKind, Event as MdEvent, Parser, Tag, TagEnd};

/// The info string that makes a fenced block a chart.
const CHART: &str = "chart";

/// A ```` ```chart ```` block of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartBlock {
    /// What is between the fences: the chart's YAML.
    pub yaml: String,
    /// 1-based line of the text on which the YAML starts.
    pub line: usize,
}

/// Whether a fenced block's info string names a chart.
pub fn is_chart(info: &str) -> bool {
    info.split_whitespace().next() == Some(CHART)
}

/// Whether pulldown-cmark's `kind` is a chart block.
pub fn is_chart_kind(kind: &CodeBlockKind) -> bool {
    matches!(kind, CodeBlockKind::Fenced(info) if is_chart(info))
}

/// The chart blocks of `text` as pulldown-cmark reads it with `options`.
pub fn pulldown_blocks(text: &str, options: pulldown_cmark::Options) -> Vec<ChartBlock> {
    let mut blocks = Vec::new();
    let mut current: Option<ChartBlock> = None;
    for (ev, range) in Parser::new_ext(text, options).into_offset_iter() {
        match ev {
            MdEvent::Start(Tag::CodeBlock(kind)) if is_chart_kind(&kind) => {
                let line = text[..range.start].matches('\n').count() + 2;
                current = Some(ChartBlock {
                    yaml: String::new(),
                    line,
                });
            }
            MdEvent::Text(t) => {
                if let Some(block) = &mut current {
                    block.yaml.push_str(&t);
                }
            }
            MdEvent::End(TagEnd::CodeBlock) => blocks.extend(current.take()),
            _ => {}
        }
    }
    blocks
}

/// The chart blocks of a document comrak parsed.
pub fn comrak_blocks<'a>(root: &'a AstNode<'a>) -> Vec<ChartBlock> {
    root.descendants()
        .filter_map(|node| {
            let data = node.data.borrow();
            match &data.value {
                NodeValue::CodeBlock(cb) if cb.fenced && is_chart(&cb.info) => Some(ChartBlock {
                    yaml: cb.literal.clone(),
                    line: data.sourcepos.start.line + 1,
                }),
                _ => None,
            }
        })
        .collect()
}

/// The placeholder paragraph's text for block `n`: plain letters and
/// digits, which both engines and the sanitiser leave alone.
pub fn placeholder(n: usize) -> String {
    format!("LETOPISCHARTBLOCK{n}END")
}

/// `html` with the placeholder paragraphs of its `count` blocks replaced
/// by what `chart` gives for each (nothing for a block that gives none).
pub fn restore(html: String, count: usize, chart: &dyn Fn(usize) -> Option<String>) -> String {
    let mut html = html;
    for n in 0..count {
        let marker = format!("<p>{}</p>", placeholder(n));
        if html.contains(&marker) {
            html = html.replace(&marker, &chart(n).unwrap_or_default());
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_found_with_their_lines_wherever_they_sit() {
        let text = "Текст\n\n```chart\ntype: bar\n```\n\n- пункт\n\n  ```chart\n  type: pie\n  ```\n\n```rust\nfn main() {}\n```\n";
        let blocks = pulldown_blocks(text, pulldown_cmark::Options::empty());
        assert_eq!(
            blocks,
            vec![
                ChartBlock {
                    yaml: "type: bar\n".into(),
                    line: 4
                },
                ChartBlock {
                    yaml: "type: pie\n".into(),
                    line: 10
                },
            ]
        );
        let arena = comrak::Arena::new();
        let root = comrak::parse_document(&arena, text, &comrak::Options::default());
        assert_eq!(comrak_blocks(root), blocks, "both engines agree");
    }
}
