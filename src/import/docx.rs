//! A Word 2007+ document (`word/document.xml` and the parts it points to):
//! paragraphs with their list numbers resolved, tables with merged cells,
//! and the photos inside paragraphs.

use std::collections::HashMap;

use super::container::Parts;
use super::document::{Document, Reading};
use super::lists::Level;
use super::xml::{walk, Node};
use crate::error::Diagnostic;

/// What a paragraph style means to the importer.
#[derive(Debug, Default, Clone)]
struct Style {
    heading: bool,
    list: Option<(String, usize)>,
}

pub fn read(parts: &mut Parts) -> Result<Document, Diagnostic> {
    let styles = match parts.text("word/styles.xml")? {
        Some(xml) => styles(&xml).map_err(|e| parts.damaged("word/styles.xml", e))?,
        None => HashMap::new(),
    };
    let numbering = match parts.text("word/numbering.xml")? {
        Some(xml) => numbering(&xml).map_err(|e| parts.damaged("word/numbering.xml", e))?,
        None => HashMap::new(),
    };
    let rels = match parts.text("word/_rels/document.xml.rels")? {
        Some(xml) => {
            relations(&xml).map_err(|e| parts.damaged("word/_rels/document.xml.rels", e))?
        }
        None => HashMap::new(),
    };
    let body = parts
        .text("word/document.xml")?
        .ok_or_else(|| parts.missing("word/document.xml"))?;
    let mut reader = Body {
        styles: &styles,
        numbering: &numbering,
        rels: &rels,
        s: State::default(),
    };
    walk(&body, |n| reader.node(n)).map_err(|e| parts.damaged("word/document.xml", e))?;
    let mut doc = reader.s.r.out;
    for (name, target) in reader.s.r.photos {
        let path = format!(
            "word/{}",
            target.trim_start_matches('/').trim_start_matches("word/")
        );
        if let Some(bytes) = parts.bytes(&path)? {
            doc.media(name, bytes);
        }
    }
    Ok(doc.finish())
}

/// Paragraph styles that are headings (`Heading1`, «Заголовок 1», an
/// outline level) or lists (a `numPr`).
fn styles(xml: &str) -> Result<HashMap<String, Style>, String> {
    let mut out = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    walk(xml, |n| match n {
        Node::Open(t) if t.name == "style" => {
            current = t
                .attr("w:styleId")
                .map(|id| (id.to_string(), Style::default()));
        }
        Node::Open(t) => {
            if let Some((id, s)) = current.as_mut() {
                match t.name.as_str() {
                    "name" => {
                        let name = t.attr("w:val").unwrap_or_default().to_lowercase();
                        s.heading |= name.starts_with("heading")
                            || name.starts_with("заголовок")
                            || name == "title";
                    }
                    "outlineLvl" => s.heading = true,
                    "numId" => s.list = t.attr("w:val").map(|v| (v.to_string(), 0)),
                    "ilvl" => {
                        if let Some(l) = s.list.as_mut() {
                            l.1 = t.number("w:val").unwrap_or(0);
                        }
                    }
                    _ => {}
                }
                s.heading |= id.starts_with("Heading");
            }
        }
        Node::Close("style") => {
            if let Some((id, s)) = current.take() {
                out.insert(id, s);
            }
        }
        _ => {}
    })?;
    Ok(out)
}

/// `numId` → its levels (format, text such as `%1.`, start).
fn numbering(xml: &str) -> Result<HashMap<String, Vec<Level>>, String> {
    let mut abstracts: HashMap<String, Vec<Level>> = HashMap::new();
    let mut nums: HashMap<String, String> = HashMap::new();
    let (mut abs, mut num): (Option<String>, Option<String>) = (None, None);
    walk(xml, |n| match n {
        Node::Open(t) => match t.name.as_str() {
            "abstractNum" => abs = t.attr("w:abstractNumId").map(str::to_string),
            "num" => num = t.attr("w:numId").map(str::to_string),
            "abstractNumId" => {
                if let (Some(id), Some(a)) = (&num, t.attr("w:val")) {
                    nums.insert(id.clone(), a.to_string());
                }
            }
            "lvl" => {
                if let Some(a) = &abs {
                    abstracts
                        .entry(a.clone())
                        .or_default()
                        .push(Level::default());
                }
            }
            "numFmt" | "lvlText" | "start" => {
                let level = abs
                    .as_ref()
                    .and_then(|a| abstracts.get_mut(a))
                    .and_then(|l| l.last_mut());
                if let (Some(level), Some(v)) = (level, t.attr("w:val")) {
                    match t.name.as_str() {
                        "numFmt" => level.bullet = v == "bullet" || v == "none",
                        "lvlText" => level.text = v.to_string(),
                        _ => level.start = v.parse().unwrap_or(1),
                    }
                }
            }
            _ => {}
        },
        Node::Close("abstractNum") => abs = None,
        Node::Close("num") => num = None,
        _ => {}
    })?;
    Ok(nums
        .into_iter()
        .filter_map(|(num, a)| Some((num, abstracts.get(&a)?.clone())))
        .collect())
}

/// `rId` → target of `word/_rels/document.xml.rels`.
fn relations(xml: &str) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    walk(xml, |n| {
        if let Node::Open(t) = n {
            if let (Some(id), Some(target)) = (t.attr("Id"), t.attr("Target")) {
                out.insert(id.to_string(), target.to_string());
            }
        }
    })?;
    Ok(out)
}

/// Reading `word/document.xml`, with the parts it refers to.
struct Body<'a> {
    styles: &'a HashMap<String, Style>,
    numbering: &'a HashMap<String, Vec<Level>>,
    rels: &'a HashMap<String, String>,
    s: State,
}

/// What has been read so far.
#[derive(Default)]
struct State {
    r: Reading,
    /// The paragraph being read: text, style, list (numId, level), photos.
    in_t: bool,
    style: Option<String>,
    list: Option<(String, usize)>,
}

impl Body<'_> {
    fn node(&mut self, n: Node) {
        match n {
            Node::Open(t) => match t.name.as_str() {
                "t" => self.s.in_t = true,
                "tab" | "br" | "cr" if !self.s.in_t => self.s.r.text.push(' '),
                "pStyle" => self.s.style = t.attr("w:val").map(str::to_string),
                "numId" => {
                    self.s.list = t
                        .attr("w:val")
                        .map(|v| (v.to_string(), self.s.list.as_ref().map_or(0, |l| l.1)))
                }
                "ilvl" => {
                    let level = t.number("w:val").unwrap_or(0);
                    self.s.list =
                        Some((self.s.list.take().map(|l| l.0).unwrap_or_default(), level));
                }
                "blip" => {
                    if let Some(target) = t.attr("r:embed").and_then(|rid| self.rels.get(rid)) {
                        self.s.r.photo(target);
                    }
                }
                "tbl" => self.s.r.tables.open(),
                "tr" => self.s.r.tables.row(),
                "tc" => self.s.r.tables.cell(1),
                "gridSpan" => self.s.r.tables.span(t.number("w:val").unwrap_or(1)),
                _ => {}
            },
            Node::Text(s) if self.s.in_t => self.s.r.text.push_str(s),
            Node::Text(_) => {}
            Node::Close("t") => self.s.in_t = false,
            Node::Close("p") => self.end_paragraph(),
            Node::Close("tbl") => self.s.r.tables.close(&mut self.s.r.out),
            Node::Close(_) => {}
        }
    }

    fn end_paragraph(&mut self) {
        let style = self
            .s
            .style
            .take()
            .and_then(|s| self.styles.get(&s).cloned())
            .unwrap_or_default();
        let list = self.s.list.take().filter(|l| l.0 != "0").or(style.list);
        if let Some((num, level)) = list {
            if let Some(levels) = self.numbering.get(&num) {
                let marker = self.s.r.counters.next(&num, level, levels);
                self.s.r.text = format!("{marker} {}", self.s.r.text);
            }
        }
        self.s.r.end_paragraph(style.heading);
    }
}
