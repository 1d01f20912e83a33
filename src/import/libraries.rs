//! Which library a paragraph names: one of the site's (by its full name in
//! any case, its initials «ЦДБ», a «quoted» name or a number «№16», or an
//! alias from `site.yaml`), or one the site doesn't know, kept as written.

use std::collections::BTreeMap;

use super::words::{quotes, stems, words, Word};

/// A library of the site.
#[derive(Debug)]
struct Known {
    name: String,
    /// Stems of the name and of each alias.
    spellings: Vec<Vec<String>>,
    /// «ЦГБ» for «Центральная городская библиотека им. Н. В. Гоголя».
    initials: String,
    /// What is in its «quotes», lower-case.
    quoted: Option<String>,
    /// «16» for «Библиотека-филиал №16».
    number: Option<String>,
}

#[derive(Debug, Default)]
pub struct Libraries(Vec<Known>);

/// A library found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub name: String,
    /// A name of the site's (sure) or one kept as written (unsure).
    pub known: bool,
    /// Where in the text it is named (bytes).
    pub at: usize,
}

impl Libraries {
    /// `names`: the site's libraries, each with its aliases.
    pub fn new(names: &BTreeMap<String, Vec<String>>) -> Libraries {
        Libraries(
            names
                .iter()
                .map(|(name, aliases)| Known {
                    spellings: std::iter::once(name)
                        .chain(aliases)
                        .map(|s| stems(s))
                        .filter(|s| !s.is_empty())
                        .collect(),
                    initials: initials(name),
                    quoted: quotes(name).first().map(|q| {
                        name[q.clone()]
                            .trim_matches(['«', '»', '„', '“'])
                            .to_lowercase()
                    }),
                    number: number_after_sign(name, 0),
                    name: name.clone(),
                })
                .collect(),
        )
    }

    /// The first library `text` names.
    pub fn first_in(&self, text: &str) -> Option<Found> {
        let w = words(text);
        (0..w.len()).find_map(|i| self.at(text, &w, i))
    }

    fn at(&self, text: &str, w: &[Word], i: usize) -> Option<Found> {
        let at = w[i].range.start;
        let found = |k: &Known| Found {
            name: k.name.clone(),
            known: true,
            at,
        };
        if let Some(k) = self.0.iter().find(|k| {
            k.spellings.iter().any(|s| {
                w.get(i..i + s.len())
                    .is_some_and(|here| here.iter().zip(s).all(|(a, b)| &a.stem == b))
            })
        }) {
            return Some(found(k));
        }
        let written = &text[w[i].range.clone()];
        if written.chars().count() >= 2 && written.chars().all(|c| c.is_uppercase()) {
            if let Some(k) = self.0.iter().find(|k| k.initials == written) {
                return Some(found(k));
            }
        }
        if !is_library_word(&w[i].lower) {
            return None;
        }
        let after = w[i].range.end;
        if let Some(q) = quotes(text)
            .into_iter()
            .find(|q| q.start == after + leading_space(&text[after..]))
        {
            let inner = text[q.clone()]
                .trim_matches(['«', '»', '„', '“'])
                .to_lowercase();
            return Some(
                match self
                    .0
                    .iter()
                    .find(|k| k.quoted.as_deref() == Some(inner.as_str()))
                {
                    Some(k) => found(k),
                    None => Found {
                        name: format!("Библиотека {}", &text[q]),
                        known: false,
                        at,
                    },
                },
            );
        }
        let n = number_after_sign(text, after)
            .filter(|_| text[after..].trim_start().starts_with('№'))?;
        Some(
            match self
                .0
                .iter()
                .find(|k| k.number.as_deref() == Some(n.as_str()))
            {
                Some(k) => found(k),
                None => Found {
                    name: if w[i].lower.contains("филиал") {
                        format!("Библиотека-филиал №{n}")
                    } else {
                        format!("Библиотека №{n}")
                    },
                    known: false,
                    at,
                },
            },
        )
    }
}

/// «библиотека», «библиотеке-филиале», «б-ка», «филиал» in any case.
fn is_library_word(lower: &str) -> bool {
    lower.starts_with("библиотек") || lower.starts_with("б-к") || lower.starts_with("филиал")
}

fn leading_space(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// The number after the first «№» at or after `from`: «16», «12д».
fn number_after_sign(text: &str, from: usize) -> Option<String> {
    let rest = &text[from..];
    let after = &rest[rest.find('№')? + '№'.len_utf8()..];
    let n: String = after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    n.starts_with(|c: char| c.is_ascii_digit()).then_some(n)
}

/// The capitals of a name's words before «им.»/«имени»: «ЦДБ».
fn initials(name: &str) -> String {
    name.split_whitespace()
        .take_while(|w| !w.starts_with("им"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Libraries {
        let mut names = BTreeMap::new();
        for (n, a) in [
            ("Центральная детская библиотека", vec![]),
            ("Детская библиотека «Экос»", vec![]),
            ("Библиотека-филиал №16", vec![]),
            (
                "Центральная городская библиотека им. Н. В. Гоголя",
                vec!["ЦГБ им. Гоголя"],
            ),
        ] {
            names.insert(n.to_string(), a.into_iter().map(String::from).collect());
        }
        Libraries::new(&names)
    }

    #[test]
    fn names_abbreviations_quotes_and_numbers() {
        let libs = site();
        let name = |t: &str| libs.first_in(t).map(|f| (f.name, f.known));
        let known = |n: &str| Some((n.to_string(), true));
        assert_eq!(
            name("4 апреля в Центральной детской библиотеке прошёл"),
            known("Центральная детская библиотека")
        );
        assert_eq!(
            name("Автор проекта — библиотекарь ЦДБ"),
            known("Центральная детская библиотека")
        );
        assert_eq!(
            name("в библиотеке «Экос» состоялась"),
            known("Детская библиотека «Экос»")
        );
        assert_eq!(name("в б-ке №16 прошло"), known("Библиотека-филиал №16"));
        assert_eq!(
            name("в библиотеке-филиале № 16 прошло"),
            known("Библиотека-филиал №16")
        );
        assert_eq!(
            name("стартовал от ЦГБ им. Гоголя"),
            known("Центральная городская библиотека им. Н. В. Гоголя")
        );
        assert_eq!(
            name("в библиотеке «Гармония»"),
            Some(("Библиотека «Гармония»".to_string(), false))
        );
        assert_eq!(
            name("в библиотеке-филиале №15 по обслуживанию детей"),
            Some(("Библиотека-филиал №15".to_string(), false))
        );
        assert_eq!(name("в детских библиотеках города"), None);
    }
}
