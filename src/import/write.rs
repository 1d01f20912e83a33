//! Stage 4 of the importer: draft event files and a `stats.yaml` draft,
//! written only where no file is (`create_new`): nothing is ever replaced.

use std::path::{Path, PathBuf};

use super::fields::Fields;
use super::find::Story;
use super::tables::TableDraft;
use crate::slug::slugify;

/// A draft event, ready to write.
pub struct Draft<'a> {
    pub story: &'a Story,
    pub fields: &'a Fields,
    /// The report's file name, for `extra.source`.
    pub source: &'a str,
    pub fingerprint: String,
}

/// A string as YAML: JSON's double-quoted strings are YAML's too.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

impl Draft<'_> {
    /// The file's text: front matter, then the story's paragraphs.
    pub fn text(&self, photos: &[String]) -> String {
        let f = self.fields;
        let mut y = String::from("---\n");
        y += &format!("title: {}\n", quoted(&f.title.value));
        y += &format!("date: {}\n", self.story.date);
        if let Some(l) = &f.library {
            y += &format!("library: {}\n", quoted(&l.value));
        }
        if let Some(form) = &f.form {
            y += &format!("form: {}\n", quoted(&form.value));
        }
        if let Some(a) = &f.attendance {
            let note = match &a.value.qualifier {
                Some(_) => format!(
                    "  # «{}» in the text: {} is a lower bound or an estimate",
                    a.value.written, a.value.count
                ),
                None => String::new(),
            };
            y += &format!("attendance: {}{note}\n", a.value.count);
        }
        if let Some(c) = &f.campaign {
            y += &format!("campaign: {}\n", quoted(&c.value));
        }
        y += "draft: true  # imported: check the fields, then remove this line to publish\n";
        if !photos.is_empty() {
            y += "images:\n";
            for p in photos {
                y += &format!(
                    "  - src: {}\n    alt:  # describe what the photo shows\n",
                    quoted(p)
                );
            }
        }
        let first = self.story.parts[0].0;
        y += &format!(
            "extra:\n  source:\n    file: {}\n    paragraph: {first}\n    fingerprint: {}\n---\n",
            quoted(self.source),
            quoted(&self.fingerprint)
        );
        let body: Vec<&str> = self.story.parts.iter().map(|(_, t)| t.as_str()).collect();
        y + &body.join("\n\n") + "\n"
    }
}

/// A slug for `title` that no file or folder in `dir` has, nor any in `taken`.
pub fn free_slug(dir: &Path, title: &str, taken: &[String]) -> String {
    let mut base = String::new();
    for part in slugify(title).split('-').filter(|p| !p.is_empty()) {
        if !base.is_empty() && base.len() + part.len() > 60 {
            break;
        }
        if !base.is_empty() {
            base.push('-');
        }
        base.push_str(part);
    }
    if base.is_empty() {
        base = "sobytie".to_string();
    }
    let free = |s: &str| {
        !taken.iter().any(|t| t == s)
            && !dir.join(format!("{s}.md")).exists()
            && !dir.join(s).exists()
    };
    if free(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|s| free(s))
        .unwrap_or(base)
}

/// The first of `stem.ext`, `stem-2.ext`, … in `dir` that doesn't exist.
pub fn free_file(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// The mark a `stats.yaml` draft gives each table it holds, by which a
/// second import knows the table is there.
pub fn table_mark(source: &str, number: usize, fingerprint: &str) -> String {
    format!("# letopis import: {source}, table {number}, fingerprint {fingerprint}")
}

/// The `stats.yaml` draft's text: its tables, each under its mark.
pub fn stats_text(tables: &[(String, TableDraft)]) -> String {
    let mut out = String::from("# Tables imported by `letopis import`. This file is not published: check\n# the tables, give their rows indicators if they have them, and move them\n# into stats.yaml.\ntables:\n");
    for (mark, t) in tables {
        let yaml = serde_yaml::to_string(&[t]).unwrap_or_default();
        out += &format!("{mark}\n{yaml}");
    }
    out
}
