//! `letopis`: a static site generator for library chronicles.
//!
//! The build is a pipeline, one module per stage:
//! [`config`] → [`load`] → [`model`] → [`render`] (with [`markdown`] and
//! [`theme`]) → [`write`]; [`build`] runs it and [`cli`] talks to the user.
//!
//! The crate is a library so that fuzzers (`fuzz/`) can call single stages;
//! the `letopis` binary (`src/main.rs`) is only [`run`]. Modules stay
//! private: the command line is the interface, and unused code is still
//! reported as dead.

mod build;
mod built;
mod builtin;
mod charts;
mod check;
mod cli;
mod cms;
mod config;
mod error;
mod escape;
mod font;
mod git;
mod hash;
mod i18n;
mod import;
mod links;
mod load;
mod markdown;
mod messages;
mod model;
mod number;
mod outputs;
mod paths;
#[cfg(test)]
mod pins;
mod platform;
mod progress;
mod render;
mod report;
mod report_command;
mod routes;
mod scaffold;
mod search;
mod serve;
mod slug;
mod stats;
mod terminal;
mod theme;
mod write;
mod yaml;

pub use cli::run;

/// Entry points for `fuzz/`: one stage on arbitrary input, without a site
/// on disk. Not an API for anything else.
#[doc(hidden)]
pub mod fuzzing {
    use std::path::Path;

    /// Reads `bytes` as an event file the way the load stage does (UTF-8
    /// check, front matter, YAML into the event's fields), then renders
    /// its body with both Markdown engines and the sanitiser.
    pub fn event_file(bytes: &[u8]) {
        let rel = Path::new("content/2016/events/fuzz.md");
        let Ok(text) = String::from_utf8(bytes.to_vec()) else {
            return;
        };
        let parsed = crate::load::frontmatter::parse::<crate::model::front::EventMeta>(
            rel,
            text,
            crate::load::frontmatter::FrontMatter::Required,
        );
        let body = match &parsed {
            Ok(doc) => doc.body(),
            Err(_) => return,
        };
        for engine in [
            crate::config::MarkdownEngine::PulldownCmark,
            crate::config::MarkdownEngine::Comrak,
        ] {
            let config = crate::config::MarkdownConfig {
                engine,
                ..Default::default()
            };
            let links = crate::links::Links::default();
            let mut body_links = links.body(rel, 1);
            let _ = crate::markdown::Markdown::new(&config).render(
                body,
                &mut body_links,
                &|_| None,
                &|_, _| None,
            );
        }
        let _ = crate::markdown::first_paragraph(body);
    }

    /// Reads `bytes` as a year's `stats.yaml`: UTF-8 check, the size and
    /// cell bounds, YAML into the statistics' types, then every table,
    /// figure and ratio built and checked.
    pub fn stats_file(bytes: &[u8]) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            crate::stats::parse_for_fuzzing(text);
        }
    }

    /// Parses `text` as an event date; a date that parses must print back
    /// to a string that parses to the same date. The report forms
    /// (`date_forms`) read the same text, whole and as running text.
    pub fn date(text: &str) {
        if let Ok(w) = crate::model::date_forms::parse_written(text) {
            let _ = w.in_year(2016);
        }
        for found in crate::model::date_forms::find_all(text) {
            let _ = found.written.resolve(Some(2016));
        }
        if let Ok(d) = text.parse::<crate::model::date::EventDate>() {
            let again: crate::model::date::EventDate = d
                .to_string()
                .parse()
                .unwrap_or_else(|e| panic!("{d} does not parse back: {e:?}"));
            assert_eq!(again, d, "{text:?}");
            for lang in [
                crate::i18n::Lang::Ru,
                crate::i18n::Lang::Kk,
                crate::i18n::Lang::En,
            ] {
                let _ = d.format(lang);
            }
        }
    }
}

/// For `tests/`: a file read by the project's own loader, so tests of
/// commands that write content (`import`) check what the build will read.
/// Not an API for anything else.
#[doc(hidden)]
pub mod testing {
    use std::path::Path;

    /// An event file's fields as the loader reads them; the date in its
    /// canonical form, in `folder_year` if the file names none.
    #[derive(Debug, Clone)]
    pub struct EventFields {
        pub title: String,
        pub date: String,
        pub library: Option<String>,
        pub form: Option<String>,
        pub attendance: Option<u32>,
        pub campaign: Option<String>,
        pub draft: bool,
        /// Each listed photo's file and `alt`.
        pub images: Vec<(String, Option<String>)>,
        /// `extra.source.paragraph`.
        pub source_paragraph: Option<u64>,
        pub body: String,
    }

    /// Reads `text` as the event file `rel` (relative to a site root).
    pub fn event_file(rel: &Path, text: String, folder_year: i32) -> Result<EventFields, String> {
        let doc = crate::load::frontmatter::parse::<crate::model::front::EventMeta>(
            rel,
            text,
            crate::load::frontmatter::FrontMatter::Required,
        )
        .map_err(|found| {
            found
                .iter()
                .map(|d| d.to_text(crate::i18n::Lang::En, false))
                .collect::<Vec<_>>()
                .join("\n")
        })?;
        let m = &doc.meta;
        let date = m
            .date
            .in_year(folder_year)
            .map_err(|e| e.message.to_string())?;
        let paragraph = m
            .extra
            .get("source")
            .and_then(|s| s.get("paragraph"))
            .and_then(|p| p.as_u64());
        Ok(EventFields {
            title: m.title.clone(),
            date: date.to_string(),
            library: m.library.clone(),
            form: m.form.clone(),
            attendance: m.attendance,
            campaign: m.campaign.clone(),
            draft: m.draft,
            images: m
                .images
                .iter()
                .map(|i| (i.src.clone(), i.alt.clone()))
                .collect(),
            source_paragraph: paragraph,
            body: doc.body().to_string(),
        })
    }
}
