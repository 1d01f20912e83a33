//! The grammar of [`super::date_forms`]: a tokenizer and a recursive
//! descent over its tokens, one rule a form of date.

use super::date_forms::{Point, Written};
use crate::i18n::{month_name, Lang, MonthForm};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok {
    /// Digits: the value and how many digits.
    Num(u32, usize),
    Word,
    Dash,
    Dot,
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Token {
    pub(super) tok: Tok,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// Digits, words (letters of any script), dashes, dots and other marks;
/// spaces (no-break too) only separate.
pub(super) fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        let tok = if c.is_ascii_digit() {
            Tok::Num(0, 0)
        } else if c.is_alphabetic() {
            Tok::Word
        } else if matches!(c, '-' | '–' | '—' | '−' | '‑') {
            Tok::Dash
        } else if c == '.' {
            Tok::Dot
        } else if c.is_whitespace() {
            continue;
        } else {
            Tok::Other
        };
        match out.last_mut() {
            Some(last) if last.end == start && same_run(last.tok, tok) => last.end = end,
            _ => out.push(Token { tok, start, end }),
        }
    }
    for t in &mut out {
        if let Tok::Num(..) = t.tok {
            let digits = &text[t.start..t.end];
            // Ten digits or more are no part of a date: u32::MAX marks them.
            t.tok = Tok::Num(digits.parse().unwrap_or(u32::MAX), digits.len());
        }
    }
    out
}

fn same_run(a: Tok, b: Tok) -> bool {
    matches!(
        (a, b),
        (Tok::Num(..), Tok::Num(..)) | (Tok::Word, Tok::Word)
    )
}

/// Recursive descent over the tokens: each rule takes the index of its
/// first token and returns what it read and the index after it.
pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
}

pub(super) type Step<T> = Option<(T, usize)>;

const ROMAN: [&str; 4] = ["i", "ii", "iii", "iv"];

impl Parser<'_> {
    fn word(&self, i: usize) -> Option<String> {
        let t = self.toks.get(i).filter(|t| t.tok == Tok::Word)?;
        Some(self.text[t.start..t.end].to_lowercase())
    }

    fn is(&self, i: usize, words: &[&str]) -> Option<usize> {
        let w = self.word(i)?;
        words.contains(&w.as_str()).then_some(i + 1)
    }

    fn tok(&self, i: usize, tok: Tok) -> Option<usize> {
        (self.toks.get(i)?.tok == tok).then_some(i + 1)
    }

    /// A number of at most `digits` digits.
    fn num(&self, i: usize, digits: usize) -> Step<u32> {
        match self.toks.get(i)?.tok {
            Tok::Num(n, len) if len <= digits => Some((n, i + 1)),
            _ => None,
        }
    }

    /// A month's name in one of the tables of `forms`.
    fn month(&self, i: usize, forms: &[(Lang, MonthForm)]) -> Step<u32> {
        let w = self.word(i)?;
        let m = (1..=12u8).find(|&m| forms.iter().any(|&(l, f)| month_name(m, l, f) == w))?;
        Some((u32::from(m), i + 1))
    }

    fn genitive(&self, i: usize) -> Step<u32> {
        self.month(i, &[(Lang::Ru, MonthForm::AfterDay)])
    }

    fn nominative(&self, i: usize) -> Step<u32> {
        self.month(i, &[(Lang::Ru, MonthForm::Standalone)])
    }

    fn kazakh_month(&self, i: usize) -> Step<u32> {
        self.month(i, &[(Lang::Kk, MonthForm::Standalone)])
    }

    /// A four-digit year, then «г.», «год», «года» or «году» if written.
    fn year(&self, i: usize) -> Step<i32> {
        let (y, i) = self.num(i, 4).filter(|&(y, _)| y >= 1000)?;
        Some((i32::try_from(y).ok()?, self.year_word(i)))
    }

    fn year_word(&self, i: usize) -> usize {
        if let Some(j) = self.is(i, &["г"]) {
            return self.tok(j, Tok::Dot).unwrap_or(j);
        }
        self.is(i, &["год", "года", "году"]).unwrap_or(i)
    }

    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        match self.year(i) {
            Some((y, j)) => (Some(y), j),
            None => (None, i),
        }
    }

    pub(super) fn phrase(&self, i: usize) -> Step<Written> {
        self.kazakh(i)
            .or_else(|| self.during(i))
            .or_else(|| self.with_s_po(i))
            .or_else(|| self.numeric(i))
            .or_else(|| self.days(i))
            .or_else(|| self.months(i))
            .or_else(|| self.quarter(i).map(|(p, j)| (Written::one(p), j)))
            .or_else(|| self.whole_year(i))
    }

    /// «10.02.2016», «18.05.16», «04-05.06.2014», «30.05–02.06.2022».
    fn numeric(&self, i: usize) -> Step<Written> {
        let (d, j) = self.num(i, 2)?;
        if let Some(j) = self.tok(j, Tok::Dash) {
            let (to, k) = self.numeric_point(j)?;
            let Point::Day { year, month, .. } = to else {
                return None;
            };
            let from = Point::Day {
                year,
                month,
                day: d,
            };
            return Some((Written { from, to }, k));
        }
        let (from, j) = self.numeric_point(i)?;
        match self.tok(j, Tok::Dash).and_then(|k| self.numeric_point(k)) {
            Some((to, k)) => Some((Written { from, to }, k)),
            None if from.year().is_some() => Some((Written::one(from), j)),
            None => None,
        }
    }

    /// «10.02.2016», or «30.05» before a dash.
    fn numeric_point(&self, i: usize) -> Step<Point> {
        let (day, j) = self.num(i, 2)?;
        let (month, j) = self.num(self.tok(j, Tok::Dot)?, 2)?;
        let year = self
            .tok(j, Tok::Dot)
            .and_then(|k| match self.toks.get(k)?.tok {
                Tok::Num(y, 4) => Some((i32::try_from(y).ok()?, k + 1)),
                Tok::Num(y, 2) => Some((2000 + i32::try_from(y).ok()?, k + 1)),
                _ => None,
            });
        Some(match year {
            Some((y, k)) => (
                Point::Day {
                    year: Some(y),
                    month,
                    day,
                },
                self.year_word(k),
            ),
            None => (
                Point::Day {
                    year: None,
                    month,
                    day,
                },
                j,
            ),
        })
    }

    /// «10 февраля [2016]» or «4–5 июня», then «– 2 июня 2022» if a range.
    fn days(&self, i: usize) -> Step<Written> {
        let (from, j) = self.day_month(i)?;
        if let Some((to, k)) = self.tok(j, Tok::Dash).and_then(|k| self.day_month(k)) {
            return Some((
                Written {
                    from: from.from,
                    to: to.to,
                },
                k,
            ));
        }
        Some((from, j))
    }

    /// «10 февраля [2016]», «4–5 июня [2014]».
    fn day_month(&self, i: usize) -> Step<Written> {
        let (d, j) = self.num(i, 2)?;
        let (d2, j) = match self.tok(j, Tok::Dash).and_then(|k| self.num(k, 2)) {
            Some((d2, k)) => (Some(d2), k),
            None => (None, j),
        };
        let (month, j) = self.genitive(j)?;
        let (year, j) = self.opt_year(j);
        let from = Point::Day {
            year,
            month,
            day: d,
        };
        let to = Point::Day {
            year,
            month,
            day: d2.unwrap_or(d),
        };
        Some((Written { from, to }, j))
    }

    /// «февраль 2022», «апрель–май [2022]», «ноябрь 2022 – январь 2023».
    fn months(&self, i: usize) -> Step<Written> {
        let (m, j) = self.nominative(i)?;
        let (year, j) = self.opt_year(j);
        let from = Point::Month { year, month: m };
        match self.tok(j, Tok::Dash).and_then(|k| self.nominative(k)) {
            Some((m2, k)) => {
                let (year2, k) = self.opt_year(k);
                let to = Point::Month {
                    year: year2,
                    month: m2,
                };
                Some((Written { from, to }, k))
            }
            None => Some((Written::one(from), j)),
        }
    }

    /// «I квартал 2022», «1 кв. 2022», «II квартала».
    fn quarter(&self, i: usize) -> Step<Point> {
        let (q, j) = self.num(i, 1).or_else(|| self.roman(i))?;
        let j = match self.is(j, &["кв"]) {
            Some(k) => self.tok(k, Tok::Dot).unwrap_or(k),
            None => self.is(j, &["квартал", "квартала", "квартале"])?,
        };
        let (year, j) = self.opt_year(j);
        (1..=4)
            .contains(&q)
            .then_some((Point::Quarter { year, quarter: q }, j))
    }

    /// «2022 год», «2022 г.».
    fn whole_year(&self, i: usize) -> Step<Written> {
        let (y, j) = self.year(i)?;
        (j > i + 1).then_some((Written::one(Point::Year(Some(y))), j))
    }

    /// «в течение 2022 года», «в течение II квартала 2016 г.», «в течение года».
    fn during(&self, i: usize) -> Step<Written> {
        let j = self.is(self.is(i, &["в"])?, &["течение"])?;
        if let Some((p, k)) = self.quarter(j) {
            return Some((Written::one(p), k));
        }
        if let Some(k) = self.is(j, &["года"]) {
            return Some((Written::one(Point::Year(None)), k));
        }
        let (y, k) = self.year(j)?;
        Some((Written::one(Point::Year(Some(y))), k))
    }

    /// «с 1 по 10 марта 2016», «с 1 апреля по 1 июня», «с апреля по декабрь».
    fn with_s_po(&self, i: usize) -> Step<Written> {
        let j = self.is(i, &["с", "со"])?;
        let (from, j) = self.range_start(j)?;
        let j = self.is(j, &["по", "до"])?;
        let (to, j) = self.range_end(j)?;
        let from = match (from, to) {
            (Point::Day { month: 0, day, .. }, Point::Day { year, month, .. }) => {
                Point::Day { year, month, day }
            }
            (Point::Day { month: 0, .. }, _) => return None,
            _ => from,
        };
        Some((Written { from, to }, j))
    }

    /// After «с»: a day (month 0 when the end gives it) or a month, genitive.
    fn range_start(&self, i: usize) -> Step<Point> {
        if let Some((month, j)) = self.genitive(i) {
            let (year, j) = self.opt_year(j);
            return Some((Point::Month { year, month }, j));
        }
        let (day, j) = self.num(i, 2)?;
        match self.genitive(j) {
            Some((month, k)) => {
                let (year, k) = self.opt_year(k);
                Some((Point::Day { year, month, day }, k))
            }
            None => Some((
                Point::Day {
                    year: None,
                    month: 0,
                    day,
                },
                j,
            )),
        }
    }

    /// After «по»: «10 марта [2016]» or «декабрь [2016]».
    fn range_end(&self, i: usize) -> Step<Point> {
        if let Some((month, j)) = self.nominative(i) {
            let (year, j) = self.opt_year(j);
            return Some((Point::Month { year, month }, j));
        }
        let (day, j) = self.num(i, 2)?;
        let (month, j) = self.genitive(j)?;
        let (year, j) = self.opt_year(j);
        Some((Point::Day { year, month, day }, j))
    }

    /// «2016 жылғы 10 ақпан», «2022 жылғы 8–9 маусым», «2022 жылғы сәуір–мамыр»,
    /// «2022 жылғы I тоқсан», «2022 жыл бойы», and two of them joined by a dash.
    fn kazakh(&self, i: usize) -> Step<Written> {
        let (from, j) = self.kazakh_one(i)?;
        match self.tok(j, Tok::Dash).and_then(|k| self.kazakh_one(k)) {
            Some((to, k)) => Some((
                Written {
                    from: from.from,
                    to: to.to,
                },
                k,
            )),
            None => Some((from, j)),
        }
    }

    fn kazakh_one(&self, i: usize) -> Step<Written> {
        let (y, j) = self.num(i, 4).filter(|&(y, _)| y >= 1000)?;
        let year = Some(i32::try_from(y).ok()?);
        if let Some(k) = self.is(j, &["жыл"]).and_then(|k| self.is(k, &["бойы"])) {
            return Some((Written::one(Point::Year(year)), k));
        }
        let j = self.is(j, &["жылғы", "жылы"])?;
        if let Some((q, k)) = self.roman(j) {
            let k = self.is(k, &["тоқсан"])?;
            return Some((Written::one(Point::Quarter { year, quarter: q }), k));
        }
        if let Some((m, k)) = self.kazakh_month(j) {
            let from = Point::Month { year, month: m };
            return match self.tok(k, Tok::Dash).and_then(|l| self.kazakh_month(l)) {
                Some((m2, l)) => Some((
                    Written {
                        from,
                        to: Point::Month { year, month: m2 },
                    },
                    l,
                )),
                None => Some((Written::one(from), k)),
            };
        }
        let (d, k) = self.num(j, 2)?;
        let (d2, k) = match self.tok(k, Tok::Dash).and_then(|l| self.num(l, 2)) {
            Some((d2, l)) => (d2, l),
            None => (d, k),
        };
        let (month, k) = self.kazakh_month(k)?;
        let from = Point::Day {
            year,
            month,
            day: d,
        };
        let mut w = Written {
            from,
            to: Point::Day {
                year,
                month,
                day: d2,
            },
        };
        // «2022 жылғы 30 мамыр – 2 маусым»: the end's day in the same year.
        let mut k = k;
        if let Some((d3, l)) = self.tok(k, Tok::Dash).and_then(|l| self.num(l, 2)) {
            if let Some((m3, l)) = self.kazakh_month(l) {
                w.to = Point::Day {
                    year,
                    month: m3,
                    day: d3,
                };
                k = l;
            }
        }
        Some((w, self.is(k, &["күні"]).unwrap_or(k)))
    }

    /// I to IV, in Latin letters or with the Cyrillic «І».
    fn roman(&self, i: usize) -> Step<u32> {
        let w = self.word(i)?.replace('і', "i");
        let q = ROMAN.iter().position(|r| *r == w)?;
        Some((u32::try_from(q).ok()? + 1, i + 1))
    }
}
