//! `letopis import`: a library's old reports (DOCX, ODT, text) become
//! draft events and statistics tables of its chronicle.
//!
//! One stage per file: [`read`] (with [`container`], [`docx`], [`odt`])
//! reads a report into a [`document::Document`]; [`find`] finds the dated
//! event stories; [`fields`] reads their title, library, form, attendance
//! and campaign, and [`tables`] its tables; [`write`] writes the drafts and
//! [`review`] what was recognised. Nothing is overwritten: every file is
//! created new, and a report imported twice adds nothing the second time.

mod container;
mod document;
mod docx;
mod fields;
mod find;
mod forms;
mod libraries;
mod lists;
mod odt;
mod photos;
mod read;
mod review;
mod tables;
mod words;
mod write;
mod xml;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error, Message};

#[derive(Debug)]
pub struct Options {
    pub root: PathBuf,
    pub files: Vec<PathBuf>,
    pub year: i32,
    /// The library of events that name none.
    pub library: Option<String>,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The review of every report, as printed and written.
    pub review: String,
    /// Files written, relative to the root.
    pub written: Vec<PathBuf>,
    /// Reports that could not be read.
    pub errors: Vec<Diagnostic>,
    /// Libraries the site doesn't know, by the draft that names them.
    pub warnings: Vec<Diagnostic>,
}

/// What the site already has: its libraries and what was imported before.
struct Site {
    libraries: BTreeMap<String, Vec<String>>,
    fingerprints: BTreeSet<String>,
}

fn site(root: &Path, config: &Config) -> Site {
    let mut diags = Diagnostics::default();
    let sources = crate::load::read(root, &config.ignore, &mut diags, None);
    let mut libraries = config.import.libraries.clone();
    for l in config.libraries.iter() {
        let aliases = libraries.entry(l.name.clone()).or_default();
        aliases.extend(l.aliases.iter().cloned());
    }
    let mut fingerprints = BTreeSet::new();
    for e in &sources.events {
        if let Some(l) = e
            .doc
            .meta
            .library
            .as_deref()
            .filter(|l| !l.trim().is_empty())
        {
            libraries.entry(l.trim().to_string()).or_default();
        }
        let source = e.doc.meta.extra.get("source");
        if let Some(f) = source
            .and_then(|s| s.get("fingerprint"))
            .and_then(|f| f.as_str())
        {
            fingerprints.insert(f.to_string());
        }
    }
    for y in &sources.years {
        if let Some(l) = y
            .intro
            .as_ref()
            .and_then(|i| i.meta.default_library.clone())
        {
            libraries.entry(l).or_default();
        }
    }
    Site {
        libraries,
        fingerprints,
    }
}

/// Imports each of `opts.files` into the site at `opts.root`.
pub fn import(opts: &Options) -> Result<Outcome, Error> {
    if !(1000..=9999).contains(&opts.year) {
        return Err(Error::Usage(
            crate::messages::Message::new("import-bad-year").arg("year", opts.year.to_string()),
        ));
    }
    let config = Config::load(&opts.root)?;
    let mut known = site(&opts.root, &config);
    if let Some(l) = &opts.library {
        known.libraries.entry(l.clone()).or_default();
    }
    let organisation = Some(config.organisation.name.clone()).filter(|n| !n.trim().is_empty());
    let rec = fields::Recogniser {
        forms: forms::Forms::new(&config.import.forms),
        libraries: libraries::Libraries::new(&known.libraries),
        default_library: opts.library.clone().or(organisation),
    };
    let mut outcome = Outcome::default();
    for file in &opts.files {
        let shown = PathBuf::from(
            file.file_name()
                .map_or_else(|| file.as_os_str().to_owned(), |n| n.to_owned()),
        );
        let doc = match read::read(file, &shown) {
            Ok(doc) => doc,
            Err(d) => {
                outcome.errors.push(d);
                continue;
            }
        };
        let ctx = review::Context {
            root: &opts.root,
            year: opts.year,
            source: &shown.to_string_lossy(),
            rec: &rec,
            fingerprints: &mut known.fingerprints,
        };
        review::import_document(ctx, &doc, &mut outcome)?;
    }
    Ok(outcome)
}

/// Prints the review (standard output) and the reports that could not be
/// read (standard error); exit code 1 if any could not.
pub fn report(outcome: &Outcome, term: &crate::terminal::Terminal) -> std::process::ExitCode {
    print!("{}", outcome.review);
    term.diagnostics(&outcome.warnings);
    term.diagnostics(&outcome.errors);
    if outcome.errors.is_empty() {
        let written = Message::new("build-imported").arg("files", outcome.written.len());
        term.info(&written.render(term.lang));
        std::process::ExitCode::SUCCESS
    } else {
        let failed = Message::new("build-import-failed").arg("reports", outcome.errors.len());
        eprintln!("{}", failed.render(term.lang));
        std::process::ExitCode::from(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any paragraphs at all: stories, fields and the drafts' text come
        /// out without a panic (every slice of the text is at a char boundary).
        #[test]
        fn any_text_is_read_without_panic(paras in proptest::collection::vec("[0-9а-яА-ЯёЁa-z«»„“.,:;!?№ \\-–—()]{0,60}", 0..6)) {
            let mut names = BTreeMap::new();
            names.insert("Центральная детская библиотека".to_string(), vec!["ЦДБ".to_string()]);
            names.insert("Библиотека «Экос»".to_string(), Vec::new());
            let rec = fields::Recogniser {
                forms: forms::Forms::new(&[]),
                libraries: libraries::Libraries::new(&names),
                default_library: None,
            };
            let mut doc = document::Builder::default();
            for p in &paras {
                doc.para(&format!("10 февраля {p}"), false, Vec::new());
                doc.para(p, false, Vec::new());
            }
            let doc = doc.finish();
            for story in find::stories(&doc, 2016, &rec).stories {
                let f = rec.fields(&story);
                let draft = write::Draft { story: &story, fields: &f, source: "a.docx", fingerprint: String::new() };
                prop_assert!(draft.text(&[]).starts_with("---\n"));
            }
        }
    }
}
