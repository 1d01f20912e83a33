//! Stage 2 of the importer: which paragraphs tell dated event stories.
//!
//! A story starts where a date of the import's year comes with an event's
//! words (a verb such as «прошла», «состоялся», or a form such as «акция»):
//! anywhere in a paragraph's first sentence, at the start of a later one
//! (a paragraph that holds two events gives two), or right after such a
//! verb («состоялось 28 января»). Days count wherever they are; a month, a
//! quarter or a range of them only in the first sentence; a whole year only
//! as «в течение 2016 года». Paragraphs after it without a date of their
//! own continue it, until a heading, a table, a summary («Всего …») or a
//! paragraph that names a library and a form, which is another (undated)
//! event: skipped, or dated by the story before it if that says «в этот день».

use super::document::{Block, Document, Para};
use super::fields::Recogniser;
use super::words::{sentences, words, Word};
use crate::model::date::EventDate;
use crate::model::date_forms::{find_all, Precision};

/// An event story: its date and its paragraphs.
#[derive(Debug, Clone)]
pub struct Story {
    pub date: EventDate,
    /// The date as the report wrote it.
    pub date_text: String,
    /// False for a date taken from the story before («в этот день»).
    pub date_sure: bool,
    /// (paragraph number, text): the first from the sentence it starts at.
    pub parts: Vec<(usize, String)>,
    pub images: Vec<String>,
    /// The heading it is under.
    pub section: Option<String>,
}

/// Why a paragraph is in no story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Names a library and a form, but no date.
    Undated,
    /// No date and no story to continue.
    NoDate,
    /// «Всего …», «Итого …».
    Summary,
}

impl Skip {
    pub fn reason(self) -> &'static str {
        match self {
            Skip::Undated => "an event without a date of its own",
            Skip::NoDate => "no date, and no dated story before it to continue",
            Skip::Summary => "a summary («Всего …»), not an event",
        }
    }
}

#[derive(Debug, Default)]
pub struct Found {
    pub stories: Vec<Story>,
    pub skipped: Vec<(usize, String, Skip)>,
}

/// Verbs that tell an event happened (as stems' beginnings).
const EVENT_VERBS: &[&str] = &[
    "прош",
    "состоя",
    "провел",
    "провёл",
    "провод",
    "проход",
    "открыл",
    "открыт",
    "стартова",
    "участ",
    "пришл",
    "посети",
    "организова",
    "работал",
    "шла",
    "шёл",
    "шел",
    "шли",
    "собрал",
    "подвел",
    "подвёл",
    "приехал",
    "встрет",
    "отметил",
    "присутствова",
];

pub(super) fn is_event_verb(w: &Word) -> bool {
    EVENT_VERBS.iter().any(|v| w.lower.starts_with(v))
}

/// Finds the stories of `doc` dated in `year`.
pub fn stories(doc: &Document, year: i32, rec: &Recogniser) -> Found {
    let mut f = Finder {
        year,
        rec,
        found: Found::default(),
        current: None,
        same_day: None,
        section: None,
    };
    for block in &doc.blocks {
        match block {
            Block::Para(p) => f.para(p),
            Block::Table(_) => f.close(),
        }
    }
    f.close();
    f.found
}

struct Finder<'a> {
    year: i32,
    rec: &'a Recogniser,
    found: Found,
    current: Option<Story>,
    /// The date a following undated event takes («в этот день»).
    same_day: Option<(EventDate, String)>,
    section: Option<String>,
}

impl Finder<'_> {
    fn close(&mut self) {
        if let Some(s) = self.current.take() {
            self.found.stories.push(s);
        }
    }

    fn para(&mut self, p: &Para) {
        if p.heading {
            self.close();
            self.same_day = None;
            self.section = Some(p.text.clone());
            return;
        }
        let lower = p.text.to_lowercase();
        if lower.starts_with("всего") || lower.starts_with("итого") {
            self.close();
            self.same_day = None;
            self.found
                .skipped
                .push((p.number, p.text.clone(), Skip::Summary));
            return;
        }
        let starts = self.starts(&p.text);
        if starts.is_empty() {
            return self.undated(p);
        }
        self.close();
        for (k, (at, date, date_text)) in starts.iter().enumerate() {
            let from = if k == 0 { 0 } else { *at };
            let to = starts.get(k + 1).map_or(p.text.len(), |s| s.0);
            let text = p.text[from..to].trim().to_string();
            self.same_day = text
                .to_lowercase()
                .contains("в этот день")
                .then(|| (*date, date_text.clone()));
            self.close();
            self.current = Some(Story {
                date: *date,
                date_text: date_text.clone(),
                date_sure: true,
                parts: vec![(p.number, text)],
                // Photos of a paragraph of two events belong to neither for sure.
                images: if starts.len() == 1 {
                    p.images.clone()
                } else {
                    Vec::new()
                },
                section: self.section.clone(),
            });
        }
    }

    fn undated(&mut self, p: &Para) {
        let event_like = self.rec.names_library_and_form(&p.text);
        if event_like {
            if let Some((date, date_text)) = self.same_day.clone() {
                self.close();
                self.current = Some(Story {
                    date,
                    date_text,
                    date_sure: false,
                    parts: vec![(p.number, p.text.clone())],
                    images: p.images.clone(),
                    section: self.section.clone(),
                });
                return;
            }
            self.close();
            self.found
                .skipped
                .push((p.number, p.text.clone(), Skip::Undated));
            return;
        }
        match self.current.as_mut() {
            Some(s) => {
                if p.text.to_lowercase().contains("в этот день") {
                    self.same_day = Some((s.date, s.date_text.clone()));
                }
                s.parts.push((p.number, p.text.clone()));
                s.images.extend(p.images.iter().cloned());
            }
            None => self
                .found
                .skipped
                .push((p.number, p.text.clone(), Skip::NoDate)),
        }
    }

    /// Where stories start in `text`: (byte of their sentence's start, date, date as written).
    fn starts(&self, text: &str) -> Vec<(usize, EventDate, String)> {
        let sents = sentences(text);
        let w = words(text);
        let mut out: Vec<(usize, EventDate, String)> = Vec::new();
        for found in find_all(text) {
            let written = found.written;
            if written.year().is_some_and(|y| y != self.year) {
                continue;
            }
            let Ok(date) = written.resolve(Some(self.year)) else {
                continue;
            };
            let Some(s) = sents.iter().position(|r| r.contains(&found.range.start)) else {
                continue;
            };
            let sentence = &sents[s];
            if out.last().is_some_and(|last| last.0 >= sentence.start) {
                continue;
            }
            let in_sentence: Vec<&Word> = w
                .iter()
                .filter(|x| sentence.contains(&x.range.start))
                .collect();
            let eventful = in_sentence.iter().any(|x| is_event_verb(x))
                || self.rec.has_form(&text[sentence.clone()]);
            let at_start = text[sentence.start..found.range.start].trim().is_empty();
            let before: Vec<&&Word> = in_sentence
                .iter()
                .filter(|x| x.range.end <= found.range.start)
                .collect();
            let after_verb = before.iter().rev().take(2).any(|x| is_event_verb(x));
            let date_text = text[found.range.clone()].to_string();
            let during = date_text.to_lowercase().starts_with("в течение");
            let ok = eventful
                && match written.precision() {
                    Precision::Day => s == 0 || at_start || after_verb,
                    Precision::Month | Precision::Quarter => s == 0,
                    Precision::Year => s == 0 && during,
                };
            if ok {
                let at = if out.is_empty() { 0 } else { sentence.start };
                out.push((at, date, date_text));
            }
        }
        out
    }
}
