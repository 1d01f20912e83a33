//! The front matter each kind of file may carry, exactly as written.
//!
//! Unknown fields are errors (`deny_unknown_fields`) so a misspelt field is
//! reported instead of silently ignored; site-specific data goes under
//! `extra:`.

use std::collections::BTreeMap;

use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::model::date_forms::WrittenDate;

pub type Extra = BTreeMap<String, serde_yaml::Value>;

/// One event's front matter.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventMeta {
    pub title: String,
    /// As written; [`crate::model::Event`] gives it the folder's year if it names none.
    pub date: WrittenDate,
    #[serde(default)]
    pub library: Option<String>,
    #[serde(default)]
    pub form: Option<String>,
    #[serde(default, deserialize_with = "one_or_many")]
    pub audience: Vec<String>,
    #[serde(default)]
    pub attendance: Option<u32>,
    #[serde(default)]
    pub campaign: Option<String>,
    #[serde(default, deserialize_with = "one_or_many")]
    pub tags: Vec<String>,
    #[serde(default)]
    pub featured: bool,
    #[serde(default)]
    pub online: bool,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// Photos of a bundle, with their descriptions.
    #[serde(default)]
    pub images: Vec<ImageMeta>,
    #[serde(default)]
    pub extra: Extra,
}

/// A photo in an event bundle, as listed under `images:`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageMeta {
    /// The file's name in the bundle folder.
    pub src: String,
    /// What the photo shows, for people who can't see it.
    #[serde(default)]
    pub alt: Option<String>,
    #[serde(default)]
    pub caption: Option<String>,
}

/// Whether an event happened, is planned, or was called off: plans are
/// events too.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Done,
    Planned,
    Cancelled,
}

/// A year's `_index.md`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearMeta {
    #[serde(default)]
    pub title: Option<String>,
    /// The library events of this year belong to unless they say otherwise.
    #[serde(default)]
    pub default_library: Option<String>,
    #[serde(default)]
    pub extra: Extra,
}

/// The home page's `content/_index.md`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HomeMeta {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub extra: Extra,
}

/// A page under `content/pages/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageMeta {
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub slug: Option<String>,
    /// Order in the site menu (smaller first); pages without it come last.
    #[serde(default)]
    pub weight: Option<i32>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub extra: Extra,
}

/// Accepts `tags: Андерсен` as well as `tags: [Андерсен]` (editors write a
/// single value both ways), and numbers as text (`tags: [2016]`).
fn one_or_many<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    d.deserialize_any(ListVisitor)
}

struct ListVisitor;

impl<'de> Visitor<'de> for ListVisitor {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a word or a list of words")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(vec![v.to_string()])
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string()])
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string()])
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Word(w)) = seq.next_element()? {
            out.push(w);
        }
        Ok(out)
    }
}

/// One list item: text or a number written as text.
struct Word(String);

impl<'de> Deserialize<'de> for Word {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut one = d.deserialize_any(ListVisitor)?;
        match one.pop() {
            Some(w) if one.is_empty() => Ok(Word(w)),
            _ => Err(de::Error::custom(crate::yaml::list_in_list())),
        }
    }
}
