//! Dates as reports write them, beside the canonical forms of
//! [`super::date`]: «10 февраля 2016», «10.02.2016 г.», «4–5 июня 2014»,
//! «04-05.06.2014», «с 1 по 10 марта 2016», «февраль 2022», «апрель–май
//! 2022», «I квартал 2022», «1 кв. 2022», «2022 год», «в течение 2022 года»,
//! «2016 жылғы 10 ақпан». Every form means exactly the [`EventDate`] of its
//! canonical form, and every date letopis prints (in Russian or Kazakh)
//! reads back as itself.
//!
//! One tokenizer and one grammar serve both the front matter's `date:`
//! ([`parse`]: the whole text is one date) and the importer ([`find_all`]:
//! the dates inside a paragraph). A date without its year («10 февраля»)
//! takes the year it is given: the year folder's, or `import --year`.

use std::ops::Range;

use super::date::{error, join, DateError, Day, EventDate};
use super::date_grammar::{tokens, Parser, Tok};
use crate::messages::Message;

/// One end of a written date, its year left out if the text leaves it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Point {
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    Year(Option<i32>),
}

impl Point {
    pub(super) fn year(&self) -> Option<i32> {
        match *self {
            Point::Day { year, .. }
            | Point::Month { year, .. }
            | Point::Quarter { year, .. }
            | Point::Year(year) => year,
        }
    }

    fn with_year(self, y: i32) -> Point {
        let year = Some(self.year().unwrap_or(y));
        match self {
            Point::Day { month, day, .. } => Point::Day { year, month, day },
            Point::Month { month, .. } => Point::Month { year, month },
            Point::Quarter { quarter, .. } => Point::Quarter { year, quarter },
            Point::Year(_) => Point::Year(year),
        }
    }

    /// The date this point is, once it has a year.
    fn resolve(self) -> Result<EventDate, DateError> {
        let small = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
        let year = self.year().ok_or_else(no_year)?;
        Ok(match self {
            Point::Day { month, day, .. } => {
                EventDate::Day(Day::new(year, small(month), small(day))?)
            }
            Point::Month { month, .. } => {
                Day::new(year, small(month), 1)?;
                EventDate::Month {
                    year,
                    month: small(month),
                }
            }
            Point::Quarter { quarter, .. } => {
                Day::new(year, 1, 1)?;
                EventDate::Quarter {
                    year,
                    quarter: small(quarter),
                }
            }
            Point::Year(_) => EventDate::Year(Day::new(year, 1, 1)?.year()),
        })
    }
}

fn no_year() -> DateError {
    error(
        Message::new("date-no-year"),
        Message::new("date-no-year-hint"),
    )
}

/// A date as written: one point, or a range from one point to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub(super) from: Point,
    pub(super) to: Point,
}

/// How precise a written date is: the importer trusts days more than years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
    Quarter,
    Year,
}

impl Written {
    pub(super) fn one(p: Point) -> Written {
        Written { from: p, to: p }
    }

    /// Whether the text names the year.
    pub fn has_year(&self) -> bool {
        self.to.year().or(self.from.year()).is_some()
    }

    /// The year the text names (the end's, which the start shares).
    pub fn year(&self) -> Option<i32> {
        self.from.year().or(self.to.year())
    }

    pub fn precision(&self) -> Precision {
        match self.from {
            Point::Day { .. } => Precision::Day,
            Point::Month { .. } => Precision::Month,
            Point::Quarter { .. } => Precision::Quarter,
            Point::Year(_) => Precision::Year,
        }
    }

    /// The date, a missing year taken from `default_year`. A year written
    /// at the end serves the whole range («4–5 июня 2014»), one written at
    /// the start serves its end («с 1 апреля 2016 по 1 июня»).
    pub fn resolve(&self, default_year: Option<i32>) -> Result<EventDate, DateError> {
        let year = self.to.year().or(self.from.year()).or(default_year);
        let Some(year) = year else {
            return Err(no_year());
        };
        let to = self.to.with_year(year);
        let from = self
            .from
            .with_year(to.year().or(self.from.year()).unwrap_or(year));
        let (a, b) = (from.resolve()?, to.resolve()?);
        if from == to {
            return Ok(a);
        }
        join(&format!("{a}..{b}"), a, b)
    }
}

/// A `date:` as the front matter writes it: complete, or without its year
/// («10 февраля»), which the year folder gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WrittenDate {
    Complete(EventDate),
    /// Boxed: front matter holds many dates, rarely one without a year.
    NoYear(Box<Written>),
}

impl WrittenDate {
    /// The date, in `folder_year` if it names none.
    pub fn in_year(&self, folder_year: i32) -> Result<EventDate, DateError> {
        match self {
            WrittenDate::Complete(d) => Ok(*d),
            WrittenDate::NoYear(w) => w.resolve(Some(folder_year)),
        }
    }
}

impl<'de> serde::Deserialize<'de> for WrittenDate {
    /// Like [`EventDate`]'s: a string, or a number (`date: 2022`); the
    /// error carries the message and the hint ([`DateError::carried`]).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(WrittenVisitor)
    }
}

struct WrittenVisitor;

impl serde::de::Visitor<'_> for WrittenVisitor {
    type Value = WrittenDate;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a date such as 2016-04-04, 10 февраля 2016, 2022-04, 2022-Q1 or 2022")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<WrittenDate, E> {
        parse_written(v).map_err(|e| E::custom(e.carried()))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<WrittenDate, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<WrittenDate, E> {
        self.visit_str(&v.to_string())
    }
}

/// Reads a whole text as one date: a canonical form, else a report form.
pub fn parse_written(text: &str) -> Result<WrittenDate, DateError> {
    let canonical = match text.parse::<EventDate>() {
        Ok(d) => return Ok(WrittenDate::Complete(d)),
        Err(e) => e,
    };
    let text = text.trim();
    let toks = tokens(text);
    let whole = Parser { text, toks: &toks }.phrase(0).filter(|&(_, next)| {
        next == toks.len() || (next + 1 == toks.len() && toks[next].tok == Tok::Dot)
    });
    match whole {
        Some((w, _)) if !w.has_year() => Ok(WrittenDate::NoYear(Box::new(w))),
        Some((w, _)) => w.resolve(None).map(WrittenDate::Complete),
        None if looks_canonical(text) => Err(canonical),
        None => Err(error(
            Message::new("date-not-a-date").arg("input", text),
            Message::new("date-written-forms-hint"),
        )),
    }
}

/// A text that starts with a four-digit year is meant as a canonical form,
/// whose own messages say best what is wrong with it.
fn looks_canonical(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits >= 4 || (digits > 0 && digits == text.len())
}

/// A date found inside a text, with its place (bytes) in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub written: Written,
    pub range: Range<usize>,
}

/// Every date in `text`, in order, none overlapping.
pub fn find_all(text: &str) -> Vec<Found> {
    let toks = tokens(text);
    let parser = Parser { text, toks: &toks };
    let mut found = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A date starts a word: not the «16.04.2016» of «№16.04.2016» nor
        // the «28» of «ул.28», but after a full stop and a space.
        let starts = i == 0
            || !matches!(toks[i - 1].tok, Tok::Dot | Tok::Num(..))
            || toks[i - 1].end < toks[i].start;
        match parser.phrase(i).filter(|_| starts) {
            Some((written, next)) => {
                let range = toks[i].start..toks[next - 1].end;
                found.push(Found { written, range });
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
#[path = "date_forms_tests.rs"]
mod tests;
