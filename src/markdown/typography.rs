//! Quotes, dashes and heading levels as the page's language and outline
//! want them.
//!
//! Both engines' smart punctuation is English: “quotes”, ‘inner quotes’,
//! `--` an en dash. Russian and Kazakh set «ёлочки» with „лапки“ inside
//! them, and a dash between words is an em dash with a no-break space
//! before it («Книга — лучший подарок»). [`Quotes`] turns the one into the
//! other text by text, keeping count of the quotes opened across a whole
//! body (a quote may hold emphasis, which splits it into several texts).

use pulldown_cmark::{Event as MdEvent, HeadingLevel, Tag, TagEnd, TextMergeStream};

use crate::i18n::Lang;

/// pulldown-cmark's `events` with the levels of [`Outline`] and, given
/// `quotes`, the language's quotes and dashes in every text but code.
pub fn pulldown<'a>(
    events: Vec<MdEvent<'a>>,
    mut quotes: Option<Quotes>,
) -> impl Iterator<Item = MdEvent<'a>> {
    let mut outline = Outline::default();
    let mut heading = HeadingLevel::H2;
    let mut in_code = false;
    // Smart punctuation splits texts at each mark: merged, a dash sees
    // the space before it.
    TextMergeStream::new(events.into_iter()).map(move |e| {
        let starts_line = matches!(
            e,
            MdEvent::Start(
                Tag::Paragraph
                    | Tag::Item
                    | Tag::TableCell
                    | Tag::BlockQuote(_)
                    | Tag::Heading { .. }
            ) | MdEvent::SoftBreak
                | MdEvent::HardBreak
        );
        if let (true, Some(q)) = (starts_line, quotes.as_mut()) {
            q.start_line();
        }
        typeset(e, &mut quotes, &mut outline, &mut heading, &mut in_code)
    })
}

/// One event of [`pulldown`].
fn typeset<'a>(
    e: MdEvent<'a>,
    quotes: &mut Option<Quotes>,
    outline: &mut Outline,
    heading: &mut HeadingLevel,
    in_code: &mut bool,
) -> MdEvent<'a> {
    match e {
        MdEvent::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => {
            let given = outline.level(level as u8);
            // 2 to 6 are all levels.
            *heading = HeadingLevel::try_from(usize::from(given)).unwrap_or(HeadingLevel::H6);
            MdEvent::Start(Tag::Heading {
                level: *heading,
                id,
                classes,
                attrs,
            })
        }
        MdEvent::End(TagEnd::Heading(_)) => MdEvent::End(TagEnd::Heading(*heading)),
        MdEvent::Start(Tag::CodeBlock(kind)) => {
            *in_code = true;
            MdEvent::Start(Tag::CodeBlock(kind))
        }
        MdEvent::End(TagEnd::CodeBlock) => {
            *in_code = false;
            MdEvent::End(TagEnd::CodeBlock)
        }
        MdEvent::Text(t) if !*in_code => match quotes.as_mut().and_then(|q| q.fix(&t)) {
            Some(fixed) => MdEvent::Text(fixed.into()),
            None => MdEvent::Text(t),
        },
        other => other,
    }
}

/// The quotes and dashes of one body, for a language that sets them
/// differently from English.
#[derive(Debug)]
pub struct Quotes {
    /// Quotes open now, double and single alike.
    depth: u8,
    /// Single quotes open now: a `’` with none open is an apostrophe.
    single: u8,
    /// The character before the next text (a space at the start).
    before: char,
}

impl Quotes {
    /// `None` for English, whose marks the engines already make.
    pub fn new(lang: Lang) -> Option<Quotes> {
        match lang {
            Lang::Ru | Lang::Kk => Some(Quotes {
                depth: 0,
                single: 0,
                before: ' ',
            }),
            Lang::En => None,
        }
    }

    /// A new block or line starts: a quote after it opens.
    pub fn start_line(&mut self) {
        self.before = ' ';
    }

    /// `text` with Russian quotes and dashes; `None` when it has nothing
    /// to change.
    pub fn fix(&mut self, text: &str) -> Option<String> {
        let marks = |c: char| matches!(c, '“' | '”' | '‘' | '’' | '–' | '-');
        if !text.contains(marks) {
            self.before = text.chars().last().unwrap_or(self.before);
            return None;
        }
        let mut out = String::with_capacity(text.len() + 8);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let next = chars.peek().copied().unwrap_or(' ');
            let dash = (c == '–' || c == '-') && self.before == ' ' && next.is_whitespace();
            // Whether a quote opens is read from what precedes it, not
            // from the engine, which pairs «"a "b" c"» wrongly.
            let opens = self.before.is_whitespace() || "([{«„—–-".contains(self.before);
            match c {
                '“' | '”' if opens => {
                    out.push(if self.depth == 0 { '«' } else { '„' });
                    self.depth += 1;
                }
                '“' | '”' => {
                    self.depth = self.depth.saturating_sub(1);
                    out.push(if self.depth == 0 { '»' } else { '“' });
                }
                '‘' | '’' if opens => {
                    out.push(if self.depth == 0 { '«' } else { '„' });
                    self.depth += 1;
                    self.single += 1;
                }
                '’' | '‘' if self.single > 0 && !next.is_alphabetic() => {
                    self.single -= 1;
                    self.depth = self.depth.saturating_sub(1);
                    out.push(if self.depth == 0 { '»' } else { '“' });
                }
                _ if dash => {
                    // The space before a dash does not break: the dash
                    // never starts a line.
                    if out.ends_with(' ') {
                        out.pop();
                        out.push('\u{a0}');
                    }
                    out.push('—');
                }
                c => out.push(c),
            }
            self.before = if c.is_whitespace() { ' ' } else { c };
        }
        Some(out)
    }
}

/// Heading levels for a body under the page's `<h1>`: the shallowest
/// becomes `<h2>` and each heading at most one level below the one it
/// sits under, so `#` then `#####` is h2 then h3, never a skip that
/// screen readers announce as missing sections.
#[derive(Debug, Default)]
pub struct Outline {
    /// The headings the next one may sit under: written level, level
    /// given.
    open: Vec<(u8, u8)>,
}

impl Outline {
    /// The level for a heading written at `level` (1–6).
    pub fn level(&mut self, level: u8) -> u8 {
        while self
            .open
            .last()
            .is_some_and(|&(written, _)| written >= level)
        {
            self.open.pop();
        }
        let given = self.open.last().map_or(2, |&(_, given)| given + 1).min(6);
        self.open.push((level, given));
        given
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru(texts: &[&str]) -> String {
        let mut q = Quotes::new(Lang::Ru).unwrap();
        texts
            .iter()
            .map(|t| q.fix(t).unwrap_or_else(|| t.to_string()))
            .collect()
    }

    #[test]
    fn russian_quotes_nest_as_yolochki_and_lapki() {
        assert_eq!(
            ru(&["“Книга ", "“Мой край”", " вышла”"]),
            "«Книга „Мой край“ вышла»"
        );
        assert_eq!(ru(&["‘Да’ и д’Артаньян"]), "«Да» и д’Артаньян");
    }

    #[test]
    fn a_dash_between_words_is_an_em_dash_after_a_no_break_space() {
        assert_eq!(
            ru(&["Книга – лучший подарок"]),
            "Книга\u{a0}— лучший подарок"
        );
        assert_eq!(ru(&["Книга - друг"]), "Книга\u{a0}— друг");
        assert_eq!(ru(&["1941–1945, кто-то"]), "1941–1945, кто-то");
    }

    #[test]
    fn english_keeps_the_engines_marks() {
        assert!(Quotes::new(Lang::En).is_none());
    }

    #[test]
    fn headings_never_skip_a_level() {
        let mut o = Outline::default();
        let levels: Vec<u8> = [1, 5, 2, 3, 1, 6].iter().map(|&l| o.level(l)).collect();
        assert_eq!(levels, [2, 3, 3, 4, 2, 3]);
        let mut o = Outline::default();
        let levels: Vec<u8> = [3, 4, 4, 3].iter().map(|&l| o.level(l)).collect();
        assert_eq!(levels, [2, 3, 3, 2]);
    }
}
