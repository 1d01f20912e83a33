//! Files for machines: Atom feeds (the site's and each year's), the
//! sitemap and robots.txt. Made here rather than by templates: their
//! formats are fixed, and escaping XML by hand in templates goes wrong.
//!
//! Everything is dated from the events themselves (and, with
//! `last_updated`, from the git history), never from the clock, so the
//! same sources give the same bytes.

use std::fmt::Write as _;

use rayon::prelude::*;

use crate::built::Built;
use crate::error::Error;
use crate::escape::escape as esc;
use crate::model::front::Status;
use crate::render::card_summary;
use crate::routes::{updated, year_feed, Route, FEED, ROBOTS, SITEMAP};
use crate::write::Sink;

/// How many events the site's feed carries.
const FEED_ENTRIES: usize = 30;

/// What feeds and the search index say of each event besides its own
/// fields: made once for all of them.
pub struct Listing<'a> {
    built: &'a Built,
    /// Per event: its date as the site writes it, and its summary.
    dates: Vec<String>,
    summaries: Vec<String>,
}

impl<'a> Listing<'a> {
    pub fn new(built: &'a Built) -> Listing<'a> {
        let lang = built.site.config.language;
        let events = &built.site.events;
        Listing {
            built,
            dates: events.iter().map(|e| e.date.format(lang)).collect(),
            summaries: events.iter().map(card_summary).collect(),
        }
    }

    /// The search index of every event, newest first; returns its files.
    pub fn search_index(&self, out: &dyn Sink) -> Result<usize, Error> {
        let site = &self.built.site;
        let records: Vec<crate::search::Record> = (0..site.events.len())
            .rev()
            .map(|i| crate::search::Record {
                event: &site.events[i],
                url: &self.built.routes.events[i],
                date_text: &self.dates[i],
                summary: &self.summaries[i],
            })
            .collect();
        crate::search::index(&records, out)
    }

    /// Writes the feeds, the sitemap and robots.txt; returns how many files.
    pub fn feeds_and_sitemap(&self, jobs: &[Route], out: &dyn Sink) -> Result<usize, Error> {
        let site = &self.built.site;
        let done: Vec<usize> = (0..site.events.len())
            .rev()
            .filter(|&i| site.events[i].status == Status::Done)
            .take(FEED_ENTRIES)
            .collect();
        out.write(FEED, self.feed(FEED, &site.config.title, &done).as_bytes())?;
        // Each year's feed lists all its events: at 100 000 events, ten
        // feeds of 10 MB and a sitemap of 100 000 addresses, made side by
        // side.
        let (feeds, sitemap) = rayon::join(
            || {
                site.years.par_iter().try_for_each(|year| {
                    let path = year_feed(year.year);
                    let title = format!(
                        "{} — {}",
                        year.title.clone().unwrap_or_else(|| year.year.to_string()),
                        site.config.title
                    );
                    let ids: Vec<usize> = year.events.iter().rev().copied().collect();
                    out.write(&path, self.feed(&path, &title, &ids).as_bytes())
                })
            },
            || out.write(SITEMAP, self.sitemap(jobs).as_bytes()),
        );
        feeds?;
        sitemap?;
        let routes = &self.built.routes;
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            routes.permalink(&routes.url(SITEMAP))
        );
        out.write(ROBOTS, robots.as_bytes())?;
        Ok(3 + site.years.len())
    }

    /// An Atom feed of `events` (newest first) published at `path`.
    fn feed(&self, path: &str, title: &str, events: &[usize]) -> String {
        let site = &self.built.site;
        let routes = &self.built.routes;
        let config = &site.config;
        let home = routes.permalink(&routes.url(""));
        let updated = events
            .iter()
            .map(|&i| {
                let ev = &site.events[i];
                ev.updated.map_or(ev.date.end(), |d| d.max(ev.date.end()))
            })
            .max()
            .map_or_else(|| "1970-01-01".to_string(), |d| d.to_string());
        let mut x = String::with_capacity(1024 + events.len() * 512);
        x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        let _ = writeln!(
            x,
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">",
            config.language.code()
        );
        let _ = writeln!(x, "  <title>{}</title>", esc(title));
        if !config.description.is_empty() {
            let _ = writeln!(x, "  <subtitle>{}</subtitle>", esc(&config.description));
        }
        let self_url = routes.permalink(&routes.url(path));
        let _ = writeln!(
            x,
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
            esc(&self_url)
        );
        let _ = writeln!(
            x,
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            esc(&home)
        );
        let _ = writeln!(x, "  <id>{}</id>", esc(&self_url));
        let _ = writeln!(x, "  <updated>{updated}T00:00:00Z</updated>");
        let author = if config.organisation.name.is_empty() {
            &config.title
        } else {
            &config.organisation.name
        };
        let _ = writeln!(x, "  <author><name>{}</name></author>", esc(author));
        for &i in events {
            let ev = &site.events[i];
            let url = routes.permalink(&routes.events[i]);
            x.push_str("  <entry>\n");
            let _ = writeln!(x, "    <title>{}</title>", esc(&ev.title));
            let _ = writeln!(
                x,
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
                esc(&url)
            );
            let _ = writeln!(x, "    <id>{}</id>", esc(&url));
            // Published when it began (the order of the feed, newest
            // first); updated when it ended, or later when its file
            // changed after that (with `last_updated`).
            let updated = ev.updated.map_or(ev.date.end(), |d| d.max(ev.date.end()));
            let _ = writeln!(
                x,
                "    <published>{}T00:00:00Z</published>",
                ev.date.start()
            );
            let _ = writeln!(x, "    <updated>{updated}T00:00:00Z</updated>");
            if !self.summaries[i].is_empty() {
                let summary = format!("{} · {}. {}", self.dates[i], ev.library, self.summaries[i]);
                let _ = writeln!(x, "    <summary>{}</summary>", esc(&summary));
            }
            for term in ev
                .form
                .iter()
                .chain(ev.campaign.iter())
                .chain(ev.tags.iter())
            {
                let _ = writeln!(x, "    <category term=\"{}\"/>", esc(term));
            }
            x.push_str("  </entry>\n");
        }
        x.push_str("</feed>\n");
        x
    }

    fn sitemap(&self, jobs: &[Route]) -> String {
        let routes = &self.built.routes;
        let mut x = String::with_capacity(jobs.len() * 96 + 128);
        x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for &job in jobs {
            if matches!(job, Route::NotFound) {
                continue;
            }
            let url = routes.permalink(&routes.url_of(job));
            let _ = match updated(&self.built.site, job) {
                Some(day) => writeln!(
                    x,
                    "  <url><loc>{}</loc><lastmod>{day}</lastmod></url>",
                    esc(&url)
                ),
                None => writeln!(x, "  <url><loc>{}</loc></url>", esc(&url)),
            };
        }
        x.push_str("</urlset>\n");
        x
    }
}
