//! What the importer reads out of a report, whatever its container:
//! paragraphs (lists already turned into text) and tables, in order.

use std::collections::BTreeMap;

/// A report, read.
#[derive(Debug, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// The photos the paragraphs show, by the name they are saved under.
    pub media: BTreeMap<String, Vec<u8>>,
}

#[derive(Debug)]
pub enum Block {
    Para(Para),
    Table(Table),
}

/// One paragraph or list item.
#[derive(Debug, Default)]
pub struct Para {
    /// Its number among the document's paragraphs, from 1 (what the
    /// review and `extra.source` cite).
    pub number: usize,
    pub text: String,
    pub heading: bool,
    /// Keys into [`Document::media`].
    pub images: Vec<String>,
}

/// A table, cell by cell.
#[derive(Debug, Default)]
pub struct Table {
    /// Its number among the document's tables, from 1.
    pub number: usize,
    pub rows: Vec<Vec<CellText>>,
}

#[derive(Debug, Default, Clone)]
pub struct CellText {
    pub text: String,
    /// How many grid columns it covers.
    pub span: usize,
}

/// Collects blocks, numbering them as they come.
#[derive(Debug, Default)]
pub struct Builder {
    doc: Document,
    paras: usize,
    tables: usize,
}

impl Builder {
    /// A paragraph; empty ones are dropped, spaces are collapsed.
    pub fn para(&mut self, text: &str, heading: bool, images: Vec<String>) {
        let text = squeeze(text);
        if text.is_empty() && images.is_empty() {
            return;
        }
        self.paras += 1;
        self.doc.blocks.push(Block::Para(Para {
            number: self.paras,
            text,
            heading,
            images,
        }));
    }

    pub fn table(&mut self, rows: Vec<Vec<CellText>>) {
        let rows: Vec<Vec<CellText>> = rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| CellText {
                        text: squeeze(&c.text),
                        span: c.span.max(1),
                    })
                    .collect()
            })
            .filter(|r: &Vec<CellText>| !r.is_empty())
            .collect();
        if rows.is_empty() {
            return;
        }
        self.tables += 1;
        self.doc.blocks.push(Block::Table(Table {
            number: self.tables,
            rows,
        }));
    }

    pub fn media(&mut self, name: String, bytes: Vec<u8>) {
        self.doc.media.insert(name, bytes);
    }

    pub fn finish(self) -> Document {
        self.doc
    }
}

/// The tables being read (a table may sit in a cell of another) and where
/// paragraphs go: into the cell being read, else into the document.
#[derive(Debug, Default)]
pub struct Tables(Vec<Vec<Vec<CellText>>>);

impl Tables {
    pub fn open(&mut self) {
        self.0.push(Vec::new());
    }

    pub fn row(&mut self) {
        if let Some(t) = self.0.last_mut() {
            t.push(Vec::new());
        }
    }

    /// A new cell covering `span` columns.
    pub fn cell(&mut self, span: usize) {
        if let Some(row) = self.0.last_mut().and_then(|t| t.last_mut()) {
            row.push(CellText {
                text: String::new(),
                span: span.clamp(1, 64),
            });
        }
    }

    /// The span of the cell being read, when it is given after it starts (DOCX).
    pub fn span(&mut self, span: usize) {
        if let Some(c) = self
            .0
            .last_mut()
            .and_then(|t| t.last_mut())
            .and_then(|r| r.last_mut())
        {
            c.span = span.clamp(1, 64);
        }
    }

    pub fn close(&mut self, out: &mut Builder) {
        if let Some(rows) = self.0.pop() {
            out.table(rows);
        }
    }

    /// A paragraph read: into the cell being read, if any, else into `out`.
    pub fn paragraph(&mut self, out: &mut Builder, text: &str, heading: bool, images: Vec<String>) {
        match self
            .0
            .last_mut()
            .and_then(|t| t.last_mut())
            .and_then(|r| r.last_mut())
        {
            Some(cell) => {
                if !cell.text.is_empty() {
                    cell.text.push(' ');
                }
                cell.text.push_str(text);
            }
            None => out.para(text, heading, images),
        }
    }
}

/// What the DOCX and ODT readers both keep while reading: the document so
/// far, the list numbers, the paragraph's text and photos, open tables.
#[derive(Debug, Default)]
pub struct Reading {
    pub out: Builder,
    pub counters: super::lists::Counters,
    pub text: String,
    pub images: Vec<String>,
    /// Photos seen: the name they get, and their part in the archive.
    pub photos: Vec<(String, String)>,
    pub tables: Tables,
}

impl Reading {
    /// A photo in the paragraph, from the archive's part `part`.
    pub fn photo(&mut self, part: &str) {
        let name = super::photos::name(self.photos.len() + 1, part);
        self.photos.push((name.clone(), part.to_string()));
        self.images.push(name);
    }

    /// The paragraph ends: into the cell being read, or the document.
    pub fn end_paragraph(&mut self, heading: bool) {
        let text = std::mem::take(&mut self.text);
        let images = std::mem::take(&mut self.images);
        self.tables.paragraph(&mut self.out, &text, heading, images);
    }
}

/// Runs of white space (tabs, no-break spaces, line breaks) as one space.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
