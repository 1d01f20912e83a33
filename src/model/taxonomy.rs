//! Libraries, forms, audiences, campaigns and tags: the ways events are
//! grouped, each with a page per term.

use std::collections::HashMap;

use crate::error::{Diagnostic, Diagnostics, Message};
use crate::slug::slugify;

/// The five groupings of events. Each has an index page at
/// `/<segment>/` and a page per term at `/<segment>/<slug>/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TaxonomyKind {
    Library,
    Form,
    Audience,
    Campaign,
    Tag,
}

impl TaxonomyKind {
    pub const ALL: [TaxonomyKind; 5] = [
        TaxonomyKind::Library,
        TaxonomyKind::Form,
        TaxonomyKind::Audience,
        TaxonomyKind::Campaign,
        TaxonomyKind::Tag,
    ];

    /// The URL segment of the kind's pages.
    pub fn segment(self) -> &'static str {
        match self {
            TaxonomyKind::Library => "libraries",
            TaxonomyKind::Form => "forms",
            TaxonomyKind::Audience => "audiences",
            TaxonomyKind::Campaign => "campaigns",
            TaxonomyKind::Tag => "tags",
        }
    }

    /// The kind's name, as templates see it (`taxonomy.kind`).
    pub fn name(self) -> &'static str {
        match self {
            TaxonomyKind::Library => "library",
            TaxonomyKind::Form => "form",
            TaxonomyKind::Audience => "audience",
            TaxonomyKind::Campaign => "campaign",
            TaxonomyKind::Tag => "tag",
        }
    }

    /// The front matter field that names the terms.
    pub fn field(self) -> &'static str {
        match self {
            TaxonomyKind::Library => "library",
            TaxonomyKind::Form => "form",
            TaxonomyKind::Audience => "audience",
            TaxonomyKind::Campaign => "campaign",
            TaxonomyKind::Tag => "tags",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// One library, form, audience, campaign or tag, with its events.
#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    /// Indexes into `Site::events`, in date order.
    pub events: Vec<usize>,
    /// Sum of the attendance its events report.
    pub attendance: u64,
}

/// All terms of one kind, sorted by name.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub kind: TaxonomyKind,
    pub terms: Vec<Term>,
}

/// Collects terms of one kind while events are added in date order.
///
/// Terms are keyed by slug: «Экос» and «ЭКОС» are one library. Different
/// spellings are reported once, as a warning, so the editor can make them
/// agree.
pub struct TaxonomyBuilder {
    kind: TaxonomyKind,
    by_slug: HashMap<String, usize>,
    /// Each spelling met so far and its term: the same few names recur in
    /// every event, and slugifying them again was most of the model
    /// stage's single-threaded time at 100 000 events.
    by_name: HashMap<String, usize>,
    terms: Vec<Term>,
    /// Other spellings seen for a term, with the first file using each.
    spellings: Vec<Vec<(String, std::path::PathBuf)>>,
}

impl TaxonomyBuilder {
    pub fn new(kind: TaxonomyKind) -> Self {
        TaxonomyBuilder {
            kind,
            by_slug: HashMap::new(),
            by_name: HashMap::new(),
            terms: Vec::new(),
            spellings: Vec::new(),
        }
    }

    /// Adds `event` (an index) under the term `name`; returns the term's
    /// index, or `None` when the name has no letters or digits to make a URL.
    pub fn add(
        &mut self,
        name: &str,
        event: usize,
        attendance: Option<u32>,
        file: &std::path::Path,
    ) -> Option<usize> {
        let name = crate::slug::plain_text(name);
        let name = name.as_str();
        let i = match self.by_name.get(name) {
            Some(&i) => i,
            None => {
                let slug = slugify(name);
                if slug.is_empty() {
                    return None;
                }
                let i = *self.by_slug.entry(slug.clone()).or_insert_with(|| {
                    self.terms.push(Term {
                        name: name.to_string(),
                        slug,
                        events: Vec::new(),
                        attendance: 0,
                    });
                    self.spellings.push(Vec::new());
                    self.terms.len() - 1
                });
                // A new spelling of this term, with the first file using it.
                self.spellings[i].push((name.to_string(), file.to_path_buf()));
                self.by_name.insert(name.to_string(), i);
                i
            }
        };
        let term = &mut self.terms[i];
        if term.events.last() != Some(&event) {
            term.events.push(event);
            term.attendance += u64::from(attendance.unwrap_or(0));
        }
        Some(i)
    }

    /// Sorts terms by name and returns the taxonomy plus, for each term
    /// index handed out by [`add`](Self::add), its index after sorting.
    pub fn finish(self, diags: &mut Diagnostics) -> (Taxonomy, Vec<usize>) {
        for seen in self.spellings.iter().filter(|s| s.len() > 1) {
            let list: Vec<String> = seen
                .iter()
                .map(|(s, f)| format!("«{s}» ({})", f.display()))
                .collect();
            diags.push(
                Diagnostic::warning(
                    &seen[1].1,
                    Message::new("term-spellings")
                        .arg("field", self.kind.field())
                        .arg("count", seen.len())
                        .arg("list", list.join(", ")),
                )
                .with_hint(Message::new("term-spellings-hint").arg("shown", seen[0].0.as_str())),
            );
        }
        let mut order: Vec<usize> = (0..self.terms.len()).collect();
        order.sort_by_cached_key(|&i| sort_key(&self.terms[i].name));
        let mut new_index = vec![0; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut slots: Vec<Option<Term>> = self.terms.into_iter().map(Some).collect();
        let terms = order.iter().filter_map(|&i| slots[i].take()).collect();
        (
            Taxonomy {
                kind: self.kind,
                terms,
            },
            new_index,
        )
    }
}

/// Alphabetical order for Russian and Kazakh names: case-insensitive, «ё»
/// with «е», quotes ignored («Экос» sorts under Э, not under «).
pub fn sort_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn spellings_merge_by_slug_and_warn() {
        let mut b = TaxonomyBuilder::new(TaxonomyKind::Library);
        let f = Path::new("a.md");
        let x = b.add("Библиотека «Экос»", 0, Some(10), f).unwrap();
        let y = b
            .add("библиотека «ЭКОС»", 1, Some(5), Path::new("b.md"))
            .unwrap();
        assert_eq!(x, y);
        let a = b.add("Абонемент", 2, None, f).unwrap();
        let mut diags = Diagnostics::default();
        let (tax, remap) = b.finish(&mut diags);
        assert_eq!(tax.terms[remap[a]].name, "Абонемент");
        assert_eq!(tax.terms[remap[x]].attendance, 15);
        assert_eq!(tax.terms[remap[x]].events, vec![0, 1]);
        let warnings = diags.into_sorted();
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.to_string().contains("2 ways"));
    }

    #[test]
    fn names_that_differ_only_by_invisible_characters_are_one_without_a_warning() {
        let mut b = TaxonomyBuilder::new(TaxonomyKind::Library);
        let x = b
            .add("МБУ\u{a0}«МИБС»", 0, None, Path::new("a.md"))
            .unwrap();
        let y = b
            .add(" МБУ «МИ\u{ad}БС» ", 1, None, Path::new("b.md"))
            .unwrap();
        assert_eq!(x, y);
        let mut diags = Diagnostics::default();
        let (tax, remap) = b.finish(&mut diags);
        assert_eq!(tax.terms[remap[x]].name, "МБУ «МИБС»");
        assert!(diags.into_sorted().is_empty());
    }

    #[test]
    fn sort_key_ignores_quotes_and_case() {
        assert!(sort_key("«Экос»") > sort_key("Единство"));
        assert_eq!(sort_key("Ёлка"), sort_key("елка"));
    }
}
