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
mod charts;
mod check;
mod cli;
mod cms;
mod config;
mod error;
mod git;
mod hash;
mod i18n;
mod links;
mod load;
mod markdown;
mod model;
mod paths;
mod platform;
mod progress;
mod render;
mod scaffold;
mod search;
mod serve;
mod slug;
mod stats;
mod theme;
mod write;

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
        let parsed = crate::load::frontmatter::parse::<crate::load::meta::EventMeta>(
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
            let _ = crate::markdown::Markdown::new(&config).render(body, &mut body_links);
        }
        let _ = crate::markdown::first_paragraph(body);
    }

    /// Parses `text` as an event date; a date that parses must print back
    /// to a string that parses to the same date.
    pub fn date(text: &str) {
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
