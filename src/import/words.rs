//! The words, sentences and «quoted names» of a paragraph, with their
//! places in it: what finding events and their fields works on. Words are
//! compared by their Russian stems (`rust-stemmers`), so «акцию», «акции»
//! and «акция» are one word.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

#[derive(Debug, Clone)]
pub struct Word {
    pub range: Range<usize>,
    pub lower: String,
    pub stem: String,
}

/// Letters and digits, with hyphens inside («беседу-дискуссию», «б-ка», «65-летию»).
pub fn words(text: &str) -> Vec<Word> {
    let stemmer = Stemmer::create(Algorithm::Russian);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let inner_hyphen = c == '-'
            && start.is_some()
            && chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_hyphen {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(word(text, s..i, &stemmer));
        }
    }
    if let Some(s) = start {
        out.push(word(text, s..text.len(), &stemmer));
    }
    out
}

fn word(text: &str, range: Range<usize>, stemmer: &Stemmer) -> Word {
    let lower = text[range.clone()].to_lowercase().replace('ё', "е");
    let stem = lower
        .split('-')
        .map(|p| stemmer.stem(p).into_owned())
        .collect::<Vec<_>>()
        .join("-");
    Word { range, lower, stem }
}

/// The stems of a phrase («круглый стол» → «кругл стол»).
pub fn stems(phrase: &str) -> Vec<String> {
    words(phrase).into_iter().map(|w| w.stem).collect()
}

/// Top-level «quoted» (or „quoted“) spans, nested quotes kept inside: «Поле чудес «Я в
/// этом городе живу…»». `range` includes the quote marks.
pub fn quotes(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '«' | '„' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            '»' | '“' | '”' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(start..i + c.len_utf8());
                }
            }
            _ => {}
        }
    }
    out
}

/// Abbreviations a dot ends without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "им", "г", "гг", "ул", "д", "т", "см", "др", "кв", "св", "ст", "пр", "обл", "р", "руб", "тыс",
    "экз", "чел", "мкр", "пос", "с", "о",
];

/// The sentences of `text`: a sentence ends at «.», «!», «?» or «…»
/// followed by a space and a capital letter or a digit, outside quotes and
/// not after an abbreviation or an initial («Б. Момышулы»).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let quoted = quotes(text);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') || quoted.iter().any(|q| q.contains(&i)) {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let after = chars.get(k + 2).map(|&(_, n)| n);
        let capital = after.is_some_and(|a| a.is_uppercase() || a.is_ascii_digit());
        if next != Some(' ') || !capital || abbreviation(&text[start..i]) {
            continue;
        }
        out.push(start..i + c.len_utf8());
        start = i + c.len_utf8() + 1;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

fn abbreviation(before: &str) -> bool {
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let lower = last.to_lowercase();
    last.chars().count() == 1 && last.chars().all(char::is_uppercase)
        || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_quotes_and_stems() {
        let t = "19.04.2023 г. в библиотеке №16 прошло обсуждение книги Б. Момышулы «Наш генерал». Приняли участие 25 детей.";
        let s: Vec<&str> = sentences(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            s,
            [
                "19.04.2023 г. в библиотеке №16 прошло обсуждение книги Б. Момышулы «Наш генерал».",
                "Приняли участие 25 детей."
            ]
        );
        let t = "игра «Поле чудес «Я в этом городе живу…»» и «Вторая»";
        let q: Vec<&str> = quotes(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(q, ["«Поле чудес «Я в этом городе живу…»»", "«Вторая»"]);
        assert_eq!(stems("беседу-дискуссию"), stems("беседа-дискуссия"));
        assert_eq!(
            stems("Центральной детской библиотеке"),
            stems("Центральная детская библиотека")
        );
    }
}
