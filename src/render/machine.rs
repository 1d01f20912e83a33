//! Files for machines: Atom feeds (the site's and each year's), the
//! sitemap and robots.txt. Made here rather than by templates: their
//! formats are fixed, and escaping XML by hand in templates goes wrong.
//!
//! Everything is dated from the events themselves (and, with
//! `last_updated`, from the git history), never from the clock, so the
//! same sources give the same bytes.

use std::fmt::Write as _;

use rayon::prelude::*;

use super::{escape as esc, Job, Renderer};
use crate::error::Error;
use crate::load::meta::Status;
use crate::model::date::Day;
use crate::write::Sink;

/// How many events the site's feed carries.
const FEED_ENTRIES: usize = 30;

impl Renderer<'_> {
    /// Writes the feeds, the sitemap and robots.txt; returns how many files.
    pub(super) fn machine_files(&self, jobs: &[Job], out: &dyn Sink) -> Result<usize, Error> {
        let site = self.site;
        let done: Vec<usize> = (0..site.events.len())
            .rev()
            .filter(|&i| site.events[i].status == Status::Done)
            .take(FEED_ENTRIES)
            .collect();
        out.write(
            "atom.xml",
            self.feed("atom.xml", &site.config.title, &done).as_bytes(),
        )?;
        // Each year's feed lists all its events: at 100 000 events, ten
        // feeds of 10 MB and a sitemap of 100 000 addresses, made side by
        // side.
        let (feeds, sitemap) = rayon::join(
            || {
                site.years.par_iter().try_for_each(|year| {
                    let path = format!("{}/atom.xml", year.year);
                    let title = format!(
                        "{} — {}",
                        year.title.clone().unwrap_or_else(|| year.year.to_string()),
                        site.config.title
                    );
                    let ids: Vec<usize> = year.events.iter().rev().copied().collect();
                    out.write(&path, self.feed(&path, &title, &ids).as_bytes())
                })
            },
            || out.write("sitemap.xml", self.sitemap(jobs).as_bytes()),
        );
        feeds?;
        sitemap?;
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            self.urls.permalink(&self.urls.page("sitemap.xml"))
        );
        out.write("robots.txt", robots.as_bytes())?;
        let admin = crate::cms::write_admin(site, out)?;
        Ok(3 + site.years.len() + admin)
    }

    /// An Atom feed of `events` (newest first) published at `path`.
    fn feed(&self, path: &str, title: &str, events: &[usize]) -> String {
        let site = self.site;
        let config = &site.config;
        let home = self.urls.permalink(&self.urls.page(""));
        let updated = events
            .iter()
            .map(|&i| site.events[i].date.end())
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
        let self_url = self.urls.permalink(&self.urls.page(path));
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
            let card = self.card(i);
            let url = self.urls.permalink(card.url);
            x.push_str("  <entry>\n");
            let _ = writeln!(x, "    <title>{}</title>", esc(&ev.title));
            let _ = writeln!(
                x,
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
                esc(&url)
            );
            let _ = writeln!(x, "    <id>{}</id>", esc(&url));
            let _ = writeln!(x, "    <updated>{}T00:00:00Z</updated>", ev.date.end());
            if !card.summary.is_empty() {
                let summary = format!("{} · {}. {}", card.date.text, ev.library, card.summary);
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

    fn sitemap(&self, jobs: &[Job]) -> String {
        let mut x = String::with_capacity(jobs.len() * 96 + 128);
        x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for &job in jobs {
            if matches!(job, Job::NotFound) {
                continue;
            }
            let url = self.urls.permalink(&self.urls.page(&self.path(job)));
            let _ = match self.updated(job) {
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

    /// The day a page's sources last changed in git: set only on events,
    /// pages and years, and only when `site.yaml` turns `last_updated` on.
    pub(super) fn updated(&self, job: Job) -> Option<Day> {
        let site = self.site;
        match job {
            Job::Event(i) => site.events[i].updated,
            Job::Page(p) => site.pages[p].updated,
            Job::Year(y) => site.years[y].updated,
            _ => None,
        }
    }
}
