//! An OpenDocument text (LibreOffice, МойОфис): `content.xml` with its
//! list styles (in it and in `styles.xml`), tables and photos.

use std::collections::HashMap;

use super::container::Parts;
use super::document::{Document, Reading};
use super::lists::Level;
use super::xml::{walk, Node, Tag};
use crate::error::Diagnostic;

pub fn read(parts: &mut Parts) -> Result<Document, Diagnostic> {
    let content = parts
        .text("content.xml")?
        .ok_or_else(|| parts.missing("content.xml"))?;
    let mut styles = HashMap::new();
    if let Some(xml) = parts.text("styles.xml")? {
        list_styles(&xml, &mut styles).map_err(|e| parts.damaged("styles.xml", e))?;
    }
    list_styles(&content, &mut styles).map_err(|e| parts.damaged("content.xml", e))?;
    let mut body = Body {
        styles: &styles,
        s: State::default(),
    };
    walk(&content, |n| body.node(n)).map_err(|e| parts.damaged("content.xml", e))?;
    let mut doc = body.s.r.out;
    for (name, part) in body.s.r.photos {
        if let Some(bytes) = parts.bytes(&part)? {
            doc.media(name, bytes);
        }
    }
    Ok(doc.finish())
}

/// `text:list-style` name → its levels.
fn list_styles(xml: &str, out: &mut HashMap<String, Vec<Level>>) -> Result<(), String> {
    let mut current: Option<String> = None;
    walk(xml, |n| match n {
        Node::Open(t) if t.name == "list-style" => {
            current = t.attr("style:name").map(str::to_string)
        }
        Node::Open(t) if t.name.starts_with("list-level-style-") => {
            let Some(name) = &current else {
                return;
            };
            let level = t.number("text:level").unwrap_or(1).clamp(1, 10) - 1;
            let levels = out.entry(name.clone()).or_default();
            levels.resize(levels.len().max(level + 1), Level::default());
            let format = t.attr("style:num-format").unwrap_or_default();
            levels[level] = Level {
                bullet: t.name == "list-level-style-bullet" || format.is_empty(),
                text: format!(
                    "{}%{}{}",
                    t.attr("style:num-prefix").unwrap_or_default(),
                    level + 1,
                    t.attr("style:num-suffix").unwrap_or_default()
                ),
                start: t
                    .number("text:start-value")
                    .and_then(|n| u32::try_from(n).ok())
                    .unwrap_or(1),
            };
        }
        Node::Close("list-style") => current = None,
        _ => {}
    })
}

/// Reading `content.xml` with its list styles.
struct Body<'a> {
    styles: &'a HashMap<String, Vec<Level>>,
    s: State,
}

/// What has been read so far.
#[derive(Default)]
struct State {
    r: Reading,
    /// Open lists: an id for the list, its style, and whether the item's
    /// first paragraph is still to come.
    lists: Vec<(String, String, bool)>,
    lists_seen: usize,
    /// Depth of `text:p`/`text:h` (frames may hold paragraphs in paragraphs).
    depth: usize,
    heading: bool,
}

impl Body<'_> {
    fn node(&mut self, n: Node) {
        match n {
            Node::Open(t) => self.open(t),
            Node::Text(s) if self.s.depth > 0 => self.s.r.text.push_str(s),
            Node::Text(_) => {}
            Node::Close("p" | "h") => {
                self.s.depth = self.s.depth.saturating_sub(1);
                if self.s.depth == 0 {
                    self.end_paragraph();
                }
            }
            Node::Close("list") => {
                self.s.lists.pop();
            }
            Node::Close("table") => self.s.r.tables.close(&mut self.s.r.out),
            Node::Close(_) => {}
        }
    }

    fn open(&mut self, t: &Tag) {
        match t.name.as_str() {
            "p" | "h" => {
                if self.s.depth == 0 {
                    self.s.heading = t.name == "h";
                    self.start_paragraph();
                }
                self.s.depth += 1;
            }
            "s" => self
                .s
                .r
                .text
                .push_str(&" ".repeat(t.number("text:c").unwrap_or(1).min(8))),
            "tab" | "line-break" => self.s.r.text.push(' '),
            "list" => {
                let style = t
                    .attr("text:style-name")
                    .map(str::to_string)
                    .or_else(|| self.s.lists.last().map(|l| l.1.clone()))
                    .unwrap_or_default();
                let id = match self.s.lists.first() {
                    Some(outer) => outer.0.clone(),
                    None => {
                        self.s.lists_seen += 1;
                        format!("list-{}", self.s.lists_seen)
                    }
                };
                self.s.lists.push((id, style, false));
            }
            "list-item" => {
                if let Some(l) = self.s.lists.last_mut() {
                    l.2 = true;
                }
            }
            "image" => {
                if let Some(href) = t.attr("xlink:href").filter(|h| !h.contains("://")) {
                    self.s.r.photo(href);
                }
            }
            "table" => self.s.r.tables.open(),
            "table-row" => self.s.r.tables.row(),
            "table-cell" => self
                .s
                .r
                .tables
                .cell(t.number("table:number-columns-spanned").unwrap_or(1)),
            _ => {}
        }
    }

    /// A list item's first paragraph starts with the item's number.
    fn start_paragraph(&mut self) {
        let depth = self.s.lists.len();
        let Some((id, style, first)) = self.s.lists.last_mut() else {
            return;
        };
        if !*first {
            return;
        }
        *first = false;
        let levels = self
            .styles
            .get(style.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let marker = self.s.r.counters.next(id, depth - 1, levels);
        self.s.r.text = format!("{marker} ");
    }

    fn end_paragraph(&mut self) {
        self.s.r.end_paragraph(self.s.heading);
    }
}
