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

/// Runs of white space (tabs, no-break spaces, line breaks) as one space.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
