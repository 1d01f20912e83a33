//! Stage 3 of the importer: a story's title, form, library, attendance
//! and campaign, each with whether it is sure.

use super::find::Story;
use super::forms::{FormAt, Forms};
use super::libraries::{Found as Library, Libraries};
use super::words::{quotes, sentences, words, Word};

/// What the importer knows of the site: its forms and libraries, and the
/// library of events that name none.
#[derive(Debug)]
pub struct Recogniser {
    pub forms: Forms,
    pub libraries: Libraries,
    pub default_library: Option<String>,
}

/// A value and whether the importer is sure of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guess<T> {
    pub value: T,
    pub sure: bool,
}

fn sure<T>(value: T) -> Guess<T> {
    Guess { value, sure: true }
}

fn unsure<T>(value: T) -> Guess<T> {
    Guess { value, sure: false }
}

/// A number of people as written: «более 300» is 300 and «более».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendance {
    pub count: u32,
    /// «более», «свыше», «около» as written, if any.
    pub qualifier: Option<String>,
    pub written: String,
}

#[derive(Debug, Clone)]
pub struct Fields {
    pub title: Guess<String>,
    /// The «quoted» name in the title, if it has one.
    pub name: Option<String>,
    pub form: Option<Guess<String>>,
    /// `None` when the story names none and no default is given.
    pub library: Option<Guess<String>>,
    /// A library the site doesn't know, kept as written.
    pub unknown_library: bool,
    pub attendance: Option<Guess<Attendance>>,
    pub campaign: Option<Guess<String>>,
}

const PEOPLE: &[&str] = &[
    "чел",
    "человек",
    "посетител",
    "участник",
    "зрител",
    "читател",
    "гост",
    "дет",
    "ребят",
    "школьник",
    "учащ",
    "студент",
    "жител",
    "слушател",
    "пользовател",
];
const THINGS: &[&str] = &[
    "библиотек",
    "книг",
    "экземпляр",
    "экз",
    "мероприят",
    "батареек",
    "документ",
    "издан",
];
const COUNT_VERBS: &[&str] = &[
    "присутствова",
    "участ",
    "посетил",
    "посетило",
    "посетили",
    "охвач",
    "собрал",
];
const QUALIFIERS: &[&str] = &["более", "свыше", "около", "порядка", "почти", "до"];

impl Recogniser {
    pub fn has_form(&self, text: &str) -> bool {
        !self.forms_outside_quotes(text, &words(text)).is_empty()
    }

    /// A paragraph that reads as an event of its own: a library and a form.
    pub fn names_library_and_form(&self, text: &str) -> bool {
        self.libraries.first_in(text).is_some() && self.has_form(text)
    }

    fn forms_outside_quotes(&self, text: &str, w: &[Word]) -> Vec<FormAt> {
        let q = quotes(text);
        self.forms
            .all(w)
            .into_iter()
            .filter(|f| !q.iter().any(|r| r.contains(&w[f.first].range.start)))
            .collect()
    }

    pub fn fields(&self, story: &Story) -> Fields {
        let first = &story.parts[0].1;
        let all: Vec<&str> = story.parts.iter().map(|(_, t)| t.as_str()).collect();
        let named = campaign(first);
        let (title, name, form) = self.title(first, &story.date_text, named.as_deref());
        let campaign = named
            .or_else(|| story.section.as_deref().and_then(campaign))
            .map(sure);
        let found: Option<Library> = self.libraries.first_in(first);
        let (library, unknown_library) = match found {
            Some(l) if l.known => (Some(sure(l.name)), false),
            Some(l) => (Some(unsure(l.name)), true),
            None => (self.default_library.clone().map(unsure), false),
        };
        Fields {
            title,
            name,
            form,
            library,
            unknown_library,
            attendance: all.iter().find_map(|t| attendance(t)),
            campaign,
        }
    }

    /// (title, the «name» in it, form): a form followed by a «name»
    /// («круглый стол «Молодёжь и выборы»»), else a «name» right after an
    /// event verb, else the first sentence.
    fn title(
        &self,
        text: &str,
        date_text: &str,
        campaign: Option<&str>,
    ) -> (Guess<String>, Option<String>, Option<Guess<String>>) {
        let w = words(text);
        let q = quotes(text);
        let forms = self.forms_outside_quotes(text, &w);
        for f in &forms {
            let end = w[f.end - 1].range.end;
            let Some(quote) = q.iter().find(|r| r.start >= end) else {
                continue;
            };
            let between = &text[end..quote.start];
            let gap = w
                .iter()
                .filter(|x| x.range.start >= end && x.range.end <= quote.start)
                .count();
            let inner = text[quote.clone()]
                .trim_start_matches(['«', '„'])
                .trim_end_matches(['»', '“']);
            if gap > 3 || !plain_gap(between) || Some(inner) == campaign {
                continue;
            }
            let title = format!(
                "{}{}{}",
                capitalise(&f.name),
                squeeze_gap(between),
                &text[quote.clone()]
            );
            return (
                sure(title),
                Some(inner.to_string()),
                Some(sure(f.name.clone())),
            );
        }
        let form = forms.first().map(|f| unsure(f.name.clone()));
        if let Some(quote) = q.iter().find(|r| {
            let before: Vec<&Word> = w.iter().filter(|x| x.range.end <= r.start).collect();
            before
                .iter()
                .rev()
                .take(2)
                .any(|x| super::find::is_event_verb(x))
        }) {
            let inner = text[quote.clone()]
                .trim_start_matches(['«', '„'])
                .trim_end_matches(['»', '“']);
            return (
                unsure(text[quote.clone()].to_string()),
                Some(inner.to_string()),
                form,
            );
        }
        (unsure(sentence_title(text, date_text)), None, form)
    }
}

/// Words that start a phrase of their own: a form and a «name» with one
/// of these between are not one title («мероприятие с организацией «…»»).
const PREPOSITIONS: &[&str] = &[
    "с", "со", "для", "в", "во", "к", "ко", "на", "по", "при", "о", "об", "от", "из", "у", "и",
];

/// Whether the words between a form and a «name» may belong to the title:
/// no punctuation but an initial's dot («книги Б. Момышулы»), no preposition.
fn plain_gap(between: &str) -> bool {
    let chars: Vec<char> = between.chars().collect();
    let punctuation_free = chars.iter().enumerate().all(|(i, c)| match c {
        '.' => i > 0 && chars[i - 1].is_uppercase() && (i < 2 || chars[i - 2] == ' '),
        c => !matches!(c, ':' | ';' | ',' | '!' | '?' | '(' | ')'),
    });
    punctuation_free
        && !words(between)
            .iter()
            .any(|w| PREPOSITIONS.contains(&w.lower.as_str()))
}

/// The words between a form and its name, one space around.
fn squeeze_gap(between: &str) -> String {
    let inner = super::document::squeeze(between);
    if inner.is_empty() {
        " ".to_string()
    } else {
        format!(" {inner} ")
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The first sentence without its date, up to 100 characters at a word.
fn sentence_title(text: &str, date_text: &str) -> String {
    let first = sentences(text).first().map_or(text, |r| &text[r.clone()]);
    let rest = first.replacen(date_text, "", 1).replace(" ,", ",");
    let rest = rest
        .trim()
        .trim_start_matches([',', ' '])
        .trim_end_matches('.');
    let mut out = String::new();
    for word in rest.split_whitespace() {
        if out.chars().count() + word.chars().count() > 100 {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    capitalise(&out)
}

/// A campaign the text names: «в рамках акции «Доктор Книга»», «участие в
/// акции «…»», a heading «Акция «…»», or «Года российского кино».
fn campaign(text: &str) -> Option<String> {
    let w = words(text);
    for q in quotes(text) {
        let before: Vec<&Word> = w.iter().filter(|x| x.range.end <= q.start).collect();
        let near: Vec<&str> = before
            .iter()
            .rev()
            .take(3)
            .map(|x| x.lower.as_str())
            .collect();
        let named = near.iter().any(|x| *x == "рамках" || *x == "участие")
            || (near
                .first()
                .is_some_and(|x| ["акция", "акции", "проект", "программа"].contains(x))
                && before.len() == 1);
        if named {
            let inner = text[q]
                .trim_start_matches(['«', '„'])
                .trim_end_matches(['»', '“']);
            return Some(capitalise(inner));
        }
    }
    let i = w.iter().position(|x| {
        ["года", "году", "год"].contains(&x.lower.as_str())
            && text[x.range.clone()].starts_with('Г')
            && x.range.start > 0
    })?;
    let mut name = vec!["Год".to_string()];
    for x in w.iter().skip(i + 1).take(4) {
        let gap = &text[w[i].range.end..x.range.start];
        if gap.contains([',', '.', ':', ';', '«'])
            || ["в", "на", "для", "и", "с", "к", "по"].contains(&x.lower.as_str())
            || !text[x.range.clone()].starts_with(char::is_lowercase)
        {
            break;
        }
        name.push(x.lower.clone());
    }
    (name.len() > 1).then(|| name.join(" "))
}

/// «Присутствовало – 32 чел.», «приняли участие 25 детей», «более 300
/// посетителей», «около 20 юных новокузнечан»: a number of people.
fn attendance(text: &str) -> Option<Guess<Attendance>> {
    let w = words(text);
    w.iter()
        .enumerate()
        .find_map(|(i, x)| count_at(text, &w, i, x))
}

/// The number of people `w[i]` is, if it is one.
fn count_at(text: &str, w: &[Word], i: usize, x: &Word) -> Option<Guess<Attendance>> {
    let count: u32 = x
        .lower
        .parse()
        .ok()
        .filter(|_| x.lower.bytes().all(|b| b.is_ascii_digit()))?;
    if text[..x.range.start].trim_end().ends_with('№') {
        return None;
    }
    let prev: Vec<&Word> = w[..i].iter().rev().take(3).collect();
    let qualifier = prev
        .first()
        .filter(|p| QUALIFIERS.contains(&p.lower.as_str()));
    let verb = prev
        .iter()
        .any(|p| COUNT_VERBS.iter().any(|v| p.lower.starts_with(v)));
    let next: Vec<&Word> = w.iter().skip(i + 1).take(2).collect();
    // The noun right after, or after one adjective («25 юных читателей»).
    let adjective = next
        .first()
        .is_some_and(|n| n.lower.ends_with("ых") || n.lower.ends_with("их"));
    let noun = next.get(usize::from(adjective));
    let people = noun.is_some_and(|n| PEOPLE.contains(&n.stem.as_str()));
    let things = next
        .iter()
        .any(|n| THINGS.iter().any(|t| n.stem.starts_with(t)));
    let month = next.first().is_some_and(|n| is_month(&n.lower));
    if things || month || !(people || verb) {
        return None;
    }
    let start = qualifier.map_or(x.range.start, |q| q.range.start);
    let end = noun.filter(|_| people).map_or(x.range.end, |n| n.range.end);
    let a = Attendance {
        count,
        qualifier: qualifier.map(|q| q.lower.clone()),
        written: text[start..end].to_string(),
    };
    Some(if people && verb { sure(a) } else { unsure(a) })
}

/// «февраля», «мая»: a month's name after a day.
fn is_month(lower: &str) -> bool {
    (1..=12).any(|m| {
        crate::i18n::month_name(m, crate::i18n::Lang::Ru, crate::i18n::MonthForm::AfterDay) == lower
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attendance_as_reports_write_it() {
        let got = |t: &str| attendance(t).map(|g| (g.value.count, g.value.qualifier, g.sure));
        assert_eq!(got("Присутствовало – 32 чел."), Some((32, None, true)));
        assert_eq!(got("Приняли участие 25 детей."), Some((25, None, true)));
        assert_eq!(
            got("пришли более 300 посетителей"),
            Some((300, Some("более".into()), false))
        );
        assert_eq!(
            got("в нём приняли участие около 20 юных новокузнечан"),
            Some((20, Some("около".into()), false))
        );
        assert_eq!(
            got("получили более 40 новых книг, из 8 детских библиотек"),
            None
        );
        assert_eq!(got("участвовали 6 детских библиотек"), None);
        assert_eq!(
            got("посвящённую дню, который отмечают 14 февраля. Дети"),
            None
        );
        assert_eq!(got("приглашены ученики школы-интерната №19 и ребята"), None);
    }

    #[test]
    fn campaigns_named() {
        assert_eq!(
            campaign("приняла участие в акции «Доктор книга»: библиотекари").as_deref(),
            Some("Доктор книга")
        );
        assert_eq!(
            campaign("Акция «Доктор Книга»").as_deref(),
            Some("Доктор Книга")
        );
        assert_eq!(
            campaign("праздник подвёл итоги Года российского кино. Шестиклассники").as_deref(),
            Some("Год российского кино")
        );
        assert_eq!(campaign("прошла акция «День дошкольника»"), None);
    }
}
