//! Words as the search index stores them.
//!
//! The browser splits a query the same way (`search.js`, `words()`): runs
//! of letters and digits, lowercased, `ё` read as `е`. It has no stemmer,
//! so every indexed term is a *prefix* of the words it stands for: a query
//! word finds a term when one starts with the other (see `search.js`,
//! `matches()`). Snowball's Russian and English stemmers make the terms;
//! where a stemmer changes a letter (English «happy» → «happi») the term is
//! cut back to what the stem and the word share («happ»), so the prefix
//! rule holds for every term.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

/// Words shorter than this (in characters) are not indexed: «и», «в», «с».
pub const MIN_CHARS: usize = 2;

/// Letters of Kazakh that Russian lacks: a word with one of them is Kazakh,
/// which has no Snowball stemmer, so it is indexed whole. The prefix rule
/// still finds «кітапханада» from «кітапхана».
const KAZAKH_LETTERS: &str = "әғқңөұүһі";

/// Calls `f` with each word of `text`, normalised.
///
/// Most words are already lower case Russian or Latin: those are passed
/// as slices of `text`, and only the others are copied and lowercased.
pub fn split(text: &str, mut f: impl FnMut(&str)) {
    let mut lowered = String::new();
    // The current word: its first byte, its characters, and whether it
    // needs lowercasing.
    let mut start = None;
    let mut chars = 0;
    let mut plain = true;
    let mut end_word = |start: usize, end: usize, chars: usize, plain: bool| {
        if chars < MIN_CHARS {
            return;
        }
        let word = &text[start..end];
        if plain {
            f(word);
        } else {
            lower(word, &mut lowered);
            f(&lowered);
        }
    };
    for (i, c) in text.char_indices() {
        let as_is = match c {
            'a'..='z' | 'а'..='я' | '0'..='9' => true,
            'A'..='Z' | 'А'..='Я' | 'ё' | 'Ё' => false,
            // Word's soft hyphen or a zero-width space inside a word
            // («Пилюль\u{ad}киным») is dropped, not a break: the reader
            // types the word without it.
            c if start.is_some() && crate::slug::is_invisible(c) => {
                plain = false;
                continue;
            }
            c if c.is_ascii() || !c.is_alphanumeric() => {
                if let Some(s) = start.take() {
                    end_word(s, i, chars, plain);
                }
                continue;
            }
            _ => false,
        };
        if start.is_none() {
            start = Some(i);
            chars = 0;
            plain = true;
        }
        chars += 1;
        plain &= as_is;
    }
    if let Some(s) = start {
        end_word(s, text.len(), chars, plain);
    }
}

/// `word` lowercased into `out`, `ё` read as `е`.
fn lower(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            'a'..='z' | 'а'..='я' | '0'..='9' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            // U+0410..U+042F, upper case, are 32 below their lower case.
            'А'..='Я' => out.push(char::from_u32(c as u32 + 32).unwrap_or(c)),
            'ё' | 'Ё' => out.push('е'),
            c if crate::slug::is_invisible(c) => {}
            c => {
                for l in c.to_lowercase() {
                    out.push(if l == 'ё' { 'е' } else { l });
                }
            }
        }
    }
}

/// The stemmers, chosen by a word's letters, not by the site's language:
/// Russian sites name Kazakh libraries and English books.
pub struct Stemmers {
    russian: Stemmer,
    english: Stemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers {
            russian: Stemmer::create(Algorithm::Russian),
            english: Stemmer::create(Algorithm::English),
        }
    }
}

impl Stemmers {
    /// The index term of a normalised `word` (see [`split`]): a prefix of
    /// it, at least [`MIN_CHARS`] long.
    pub fn term<'w>(&self, word: &'w str) -> &'w str {
        let stem: Cow<str> = if word.chars().any(|c| KAZAKH_LETTERS.contains(c)) {
            return word;
        } else if word.chars().any(|c| matches!(c, 'а'..='я')) {
            self.russian.stem(word)
        } else if word.chars().any(|c| c.is_ascii_alphabetic()) {
            self.english.stem(word)
        } else {
            return word;
        };
        let shared = word
            .char_indices()
            .zip(stem.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0);
        let term = &word[..shared];
        if term.chars().count() < MIN_CHARS {
            word
        } else {
            term
        }
    }
}

/// The shard a term is stored in: its first three characters (or the whole
/// term, if shorter), so a query word's terms are all in one small file.
pub fn shard_key(term: &str) -> &str {
    match term.char_indices().nth(SHARD_CHARS) {
        Some((i, _)) => &term[..i],
        None => term,
    }
}

/// The characters of a shard key.
pub const SHARD_CHARS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        split(text, |w| out.push(w.to_string()));
        out
    }

    #[test]
    fn invisible_characters_inside_a_word_are_dropped() {
        assert_eq!(
            words("Пилюль\u{ad}киным и\u{200b}гра \u{ad}клуб"),
            ["пилюлькиным", "игра", "клуб"]
        );
    }

    #[test]
    fn splits_on_anything_but_letters_and_digits() {
        assert_eq!(
            words("«Доктор Книга» — 2016: Ёлка, e-mail и т.д."),
            ["доктор", "книга", "2016", "елка", "mail"]
        );
        assert_eq!(
            words("ҚАЗАҚСТАН Straße ÉTÉ"),
            ["қазақстан", "straße", "été"]
        );
    }

    proptest::proptest! {
        /// The slices passed as they are and the words lowercased agree
        /// with the plain definition: runs of letters and digits, each
        /// character lowercased, `ё` as `е`, two characters at least.
        #[test]
        fn words_are_lowercased_runs_of_letters(text in "[a-zA-Zа-яА-ЯёЁәҚ0-9 ,.«»-]{0,40}") {
            let expected: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() >= MIN_CHARS)
                .map(|w| w.chars().flat_map(char::to_lowercase).map(|c| if c == 'ё' { 'е' } else { c }).collect())
                .collect();
            proptest::prop_assert_eq!(words(&text), expected);
        }
    }

    #[test]
    fn the_fast_paths_agree_with_unicode() {
        for c in ('\0'..='\u{500}').filter(|c| c.is_alphanumeric()) {
            let text = format!("{c}{c}");
            let slow: String = c
                .to_lowercase()
                .map(|l| if l == 'ё' { 'е' } else { l })
                .collect();
            assert_eq!(words(&text), [format!("{slow}{slow}")], "{c:?}");
        }
    }

    #[test]
    fn terms_are_stems_and_prefixes_of_their_words() {
        let s = Stemmers::default();
        assert_eq!(s.term("библиотеки"), "библиотек");
        assert_eq!(s.term("библиотеками"), "библиотек");
        assert_eq!(s.term("книгофестиваль"), "книгофестивал");
        assert_eq!(s.term("reading"), "read");
        // The English stem «happi» is not a prefix of «happy».
        assert_eq!(s.term("happy"), "happ");
        assert_eq!(s.term("кітапханада"), "кітапханада");
        assert_eq!(s.term("2016"), "2016");
        for w in ["стеклянный", "мы", "ее", "дети", "читателями"] {
            let t = s.term(w);
            assert!(
                w.starts_with(t) && t.chars().count() >= MIN_CHARS,
                "{w} → {t}"
            );
        }
    }

    #[test]
    fn shard_keys_are_three_characters() {
        assert_eq!(shard_key("библиотек"), "биб");
        assert_eq!(shard_key("по"), "по");
        assert_eq!(shard_key("2016"), "201");
    }
}
