//! The forms of events («акция», «круглый стол», «Story time»), found in a
//! text in any grammatical case; a site adds its own in `site.yaml`
//! (`import: forms:`).

use super::words::{stems, Word};

/// Forms reports use, in the nominative, as the front matter's `form:`.
const BUILT_IN: &[&str] = &[
    "акция",
    "книгофестиваль",
    "фестиваль",
    "видеовикторина",
    "викторина",
    "игра-викторина",
    "литературная игра",
    "игра",
    "круглый стол",
    "беседа-дискуссия",
    "беседа",
    "дискуссия",
    "экскурсия",
    "информационный час",
    "литературно-развлекательный час",
    "литературный час",
    "час",
    "праздник",
    "выставка",
    "фотовыставка",
    "книжная выставка",
    "конкурс",
    "мастер-класс",
    "обсуждение",
    "story time",
    "поле чудес",
    "встреча",
    "конференция",
    "семинар",
    "квест",
    "флешмоб",
    "презентация",
    "мероприятие",
    "открытие",
    "день информации",
    "цикл",
    "кружок",
    "проект",
    "марафон",
    "вечер",
    "спектакль",
    "концерт",
    "лекция",
    "путешествие",
    "эстафета",
    "чтения",
    "кинопросмотр",
    "литературный круиз",
];

/// A form and the stems of its words.
#[derive(Debug)]
struct Form {
    name: String,
    stems: Vec<String>,
}

#[derive(Debug)]
pub struct Forms(Vec<Form>);

/// A form found: its name and the words it covers.
#[derive(Debug, Clone)]
pub struct FormAt {
    pub name: String,
    /// Indexes into the words searched: `first..end`.
    pub first: usize,
    pub end: usize,
}

impl Forms {
    /// The built-in forms and the site's own.
    pub fn new(extra: &[String]) -> Forms {
        let mut forms: Vec<Form> = BUILT_IN
            .iter()
            .map(|s| s.to_string())
            .chain(extra.iter().map(|s| s.trim().to_lowercase()))
            .filter(|s| !s.is_empty())
            .map(|name| Form {
                stems: stems(&name),
                name,
            })
            .collect();
        // Longest first: «круглый стол» before «стол», «литературная игра» before «игра».
        forms.sort_by_key(|f| std::cmp::Reverse(f.stems.len()));
        Forms(forms)
    }

    /// The form whose words start at `words[i]`.
    pub fn at(&self, words: &[Word], i: usize) -> Option<FormAt> {
        self.0.iter().find_map(|f| {
            let end = i + f.stems.len();
            let here = words.get(i..end)?;
            here.iter()
                .zip(&f.stems)
                .all(|(w, s)| &w.stem == s)
                .then(|| FormAt {
                    name: f.name.clone(),
                    first: i,
                    end,
                })
        })
    }

    /// Every form in `words`, in order, none overlapping.
    pub fn all(&self, words: &[Word]) -> Vec<FormAt> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            match self.at(words, i) {
                Some(f) => {
                    i = f.end;
                    out.push(f);
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::words::words;

    #[test]
    fn forms_in_any_case() {
        let forms = Forms::new(&["квест-игра".to_string()]);
        let text = "прошёл круглый стол, затем беседу-дискуссию и литературно-развлекательным часом, и квест-игру";
        let w = words(text);
        let found: Vec<String> = forms.all(&w).into_iter().map(|f| f.name).collect();
        assert_eq!(
            found,
            [
                "круглый стол",
                "беседа-дискуссия",
                "литературно-развлекательный час",
                "квест-игра"
            ]
        );
    }
}
