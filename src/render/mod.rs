//! Stage 3: pages from the model, through the theme's templates.
//!
//! Every output page is a [`Job`] — a page type and the part of the model
//! it reads — so the set of pages an edit touches can be worked out from
//! the job list. Jobs render in parallel and hand their bytes straight to
//! the output, so memory holds one page per thread, not the whole site.

mod cards;
mod env;
mod escape;
mod fingerprint;
mod fold;
mod guard;
mod jobs;
mod machine;
mod meta;
pub mod paging;
mod photos;
mod scratch;
mod templates;
mod views;
mod year;

use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::error::{Diagnostic, Diagnostics, Error};
use crate::i18n::Lang;
use crate::links::{BodyLinks, Links};
use crate::markdown::{first_paragraph, Markdown};
use crate::model::{Site, TaxonomyKind};
use crate::progress::{Progress, Stopwatch};
use crate::theme::{FileSource, Theme};
use crate::write::Sink;
use cards::{Cards, Listed};
pub(crate) use escape::escape;
pub use fingerprint::{Fingerprints, Incremental};
pub use jobs::{
    chart_jobs, stats_jobs, term_jobs, term_path, year_filter_terms, year_term_jobs, Job,
};
pub use photos::PhotoView;
use scratch::Scratch;
pub use views::Urls;
use views::{Card, DayView, EventView, TaxonomyView, TermView, YearLink};

/// How many events the home page lists as latest and featured.
const HOME_LATEST: usize = 10;
const HOME_FEATURED: usize = 6;

/// What rendering did: the pages, and the warnings about their bodies
/// (links that point nowhere, photos missing).
#[derive(Debug)]
pub struct Rendered {
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
    /// What each page was made from, when rendering was given the
    /// previous output's record (see `fingerprint`).
    pub fingerprints: Option<Fingerprints>,
}

/// Renders every page of `site` into `out`, and the theme's static files,
/// reporting each part's time and each page to `progress`. With
/// [`Incremental::Record`], pages whose inputs are unchanged since the
/// output `out` replaces are taken from it, and the new record returned.
pub fn render(
    site: &Site,
    theme: &Theme,
    out: &dyn Sink,
    progress: &dyn Progress,
    incremental: Incremental,
) -> Result<Rendered, Error> {
    let mut watch = Stopwatch::new(progress);
    let urls = Urls::new(site);
    let photos = process_photos(site, &urls, out)?;
    watch.lap("photos");
    let mut r = Renderer::new(site, theme, &urls, &photos)?;
    if let Incremental::Record(previous) = incremental {
        r.record_pages(previous);
    }
    let jobs = r.all_jobs(theme);
    progress.start(jobs.len() as u64);
    let warnings = r.run(&jobs, out, &|| progress.page())?;
    r.stats_csv(&jobs, out)?;
    copy_static(&theme.static_files, out)?;
    watch.lap("pages");
    let machine_files = r.machine_files(&jobs, out)?;
    watch.lap("feeds and sitemap");
    r.search_index(out)?;
    watch.lap("search index");
    Ok(Rendered {
        pages: jobs.len() + machine_files,
        warnings,
        fingerprints: r.into_record(),
    })
}

/// What is made from the whole site rather than for one page: the
/// statistics' CSV files, the feeds, the sitemap and the search index.
/// `serve` renders only the pages an edit affects, then these.
pub fn site_files(site: &Site, theme: &Theme, out: &dyn Sink) -> Result<(), Error> {
    let urls = Urls::new(site);
    let photos = process_photos(site, &urls, out)?;
    let r = Renderer::new(site, theme, &urls, &photos)?;
    let jobs = r.all_jobs(theme);
    r.stats_csv(&jobs, out)?;
    r.machine_files(&jobs, out)?;
    r.search_index(out)?;
    Ok(())
}

/// Every event's photos, resized (or reused from the previous output).
pub fn process_photos(
    site: &Site,
    urls: &Urls,
    out: &dyn Sink,
) -> Result<Vec<Vec<PhotoView>>, Error> {
    (0..site.events.len())
        .into_par_iter()
        .map(|i| {
            let ev = &site.events[i];
            photos::process(ev, &ev.path(), &urls.events[i], &site.root, out)
        })
        .collect()
}

/// The summary lists show for an event: as written, else its first
/// paragraph.
pub fn card_summary(ev: &crate::model::Event) -> String {
    ev.summary
        .clone()
        .or_else(|| first_paragraph(&ev.body))
        .unwrap_or_default()
}

/// The templates compiled and the per-event cards made once, ready to
/// render any set of [`Job`]s.
pub struct Renderer<'a> {
    site: &'a Site,
    /// Per year, its events grouped by library, form, audience, campaign.
    year_terms: Vec<year::YearTerms>,
    tera: Tera,
    urls: &'a Urls,
    links: Links,
    md: Markdown,
    /// The template files, to name them in errors.
    sources: &'a [crate::theme::TemplateFile],
    /// The theme's UI strings, for titles made outside templates.
    strings: std::collections::HashMap<String, crate::theme::Translation>,
    /// Per event, its card, made the first time a page needs it (a
    /// rebuild in `serve` needs few).
    cards: Vec<OnceLock<Card<'a>>>,
    /// The cards as list pages show them, rendered once each.
    card_html: Cards,
    /// Per event, its processed photos.
    photos: &'a [Vec<PhotoView>],
    /// What every page gets: site settings and navigation.
    base: Context,
    lang: Lang,
    /// The hash of all a page is made from besides its own context.
    site_hash: u64,
    /// When pages are recorded: the previous record and the new one.
    record: Option<fingerprint::Record>,
}

impl<'a> Renderer<'a> {
    /// Compiles the theme's templates and prepares every event's card.
    /// `urls` is [`Urls::new`] of `site` and `photos` [`process_photos`];
    /// cards borrow them.
    pub fn new(
        site: &'a Site,
        theme: &'a Theme,
        urls: &'a Urls,
        photos: &'a [Vec<PhotoView>],
    ) -> Result<Renderer<'a>, Error> {
        let lang = site.config.language;
        let mut tera = templates::compile(&theme.templates, theme.strings.clone(), lang)
            .map_err(Error::Site)?;
        env::register(&mut tera, &site.config.template_env);
        let card_html = Cards::new(site.events.len());
        card_html.register(&mut tera);
        let base = base_context(site, urls, &theme.meta);
        fold::fold(&mut tera, &base);
        let files = page_files(site, urls);
        let site_hash = fingerprint::site_hash(theme, &base, &files);
        Ok(Renderer {
            site,
            year_terms: (0..site.years.len())
                .map(|y| year::YearTerms::new(site, y))
                .collect(),
            tera,
            urls,
            links: Links::new(&site.root, files),
            md: Markdown::new(&site.config.markdown),
            sources: &theme.templates,
            strings: theme.strings.clone(),
            cards: (0..site.events.len()).map(|_| OnceLock::new()).collect(),
            card_html,
            photos,
            base,
            lang,
            site_hash,
            record: None,
        })
    }

    /// Renders `jobs` in parallel into `out`. A broken template fails every
    /// page that uses it, so only the first error is returned.
    pub fn run(
        &self,
        jobs: &[Job],
        out: &dyn Sink,
        on_page: &(dyn Fn() + Sync),
    ) -> Result<Vec<Diagnostic>, Error> {
        let results: Vec<Result<Vec<Diagnostic>, Error>> = jobs
            .par_iter()
            .map_init(
                || Scratch::new(&self.base),
                |scratch, &job| {
                    let res = self.job(job, out, scratch);
                    on_page();
                    res
                },
            )
            .collect();
        let mut warnings = Diagnostics::default();
        for res in results {
            warnings.extend(res?);
        }
        // A year's introduction is on its filter pages too: report once.
        let mut warnings = warnings.into_sorted();
        warnings.dedup();
        // A body refused while rendering (see `Markdown::render`).
        if warnings.iter().any(Diagnostic::is_error) {
            return Err(Error::Site(warnings));
        }
        Ok(warnings)
    }

    /// The CSV files of the statistics pages, if `jobs` has them.
    fn stats_csv(&self, jobs: &[Job], out: &dyn Sink) -> Result<(), Error> {
        if jobs.iter().any(|j| matches!(j, Job::YearStats(_))) {
            for (path, text) in &self.site.stats.csv {
                out.write(path, text.as_bytes())?;
            }
        }
        Ok(())
    }

    /// The search index of every event, newest first; returns its files.
    fn search_index(&self, out: &dyn Sink) -> Result<usize, Error> {
        let site = self.site;
        let records: Vec<crate::search::Record> = (0..site.events.len())
            .rev()
            .map(|i| crate::search::Record {
                event: &site.events[i],
                url: self.card(i).url,
                date_text: &self.card(i).date.text,
                summary: &self.card(i).summary,
            })
            .collect();
        crate::search::index(&records, out)
    }

    /// Markdown to HTML, with the links of `file` checked.
    fn markdown(
        &self,
        text: &str,
        file: &std::path::Path,
        line: usize,
        found: &mut Vec<Diagnostic>,
    ) -> String {
        let mut links: BodyLinks = self.links.body(file, line);
        let html = self.md.render(text, &mut links);
        found.extend(links.finish());
        // Chart blocks go in after sanitising (see `charts::markdown`).
        crate::charts::markdown::restore(html, &self.site.chart_blocks)
    }
}

/// Which page each source file becomes, for links between pages.
fn page_files(site: &Site, urls: &Urls) -> Vec<(std::path::PathBuf, String)> {
    let content = std::path::Path::new(crate::load::CONTENT_DIR);
    let mut pages: Vec<(std::path::PathBuf, String)> =
        vec![(content.join("_index.md"), urls.page(""))];
    pages.extend(site.years.iter().map(|y| {
        (
            content.join(y.year.to_string()).join("_index.md"),
            urls.page(&format!("{}/", y.year)),
        )
    }));
    pages.extend(
        site.events
            .iter()
            .zip(&urls.events)
            .map(|(ev, url)| (ev.file.clone(), url.clone())),
    );
    pages.extend(
        site.pages
            .iter()
            .map(|p| (p.file.clone(), urls.page(&format!("{}/", p.slug)))),
    );
    pages
}

impl<'a> Renderer<'a> {
    fn job(&self, job: Job, out: &dyn Sink, s: &mut Scratch) -> Result<Vec<Diagnostic>, Error> {
        let site = self.site;
        let ctx = &mut s.page;
        let mut found = Vec::new();
        let template = match job {
            Job::Home => {
                ctx.insert("home", &self.home(&mut found));
                "index.html"
            }
            Job::NotFound => "404.html",
            Job::Search => "search.html",
            Job::Year(y) => {
                ctx.insert("year", &self.year(y, None, &mut found));
                ctx.insert("year_stats", &site.stats.years[y]);
                "year.html"
            }
            Job::YearTerm(y, f) => {
                ctx.insert("year", &self.year(y, Some(f), &mut found));
                "year.html"
            }
            Job::Event(i) => {
                let ev = &site.events[i];
                let view = EventView::new(
                    site,
                    self.urls,
                    ev,
                    self.card(i),
                    &self.photos[i],
                    self.markdown(&ev.body, &ev.file, ev.body_line, &mut found),
                );
                ctx.insert("event", &view);
                "event.html"
            }
            Job::Page(p) => {
                let page = &site.pages[p];
                let url = self.urls.page(&format!("{}/", page.slug));
                ctx.insert(
                    "page",
                    &PageView {
                        title: &page.title,
                        summary: page.summary.clone().or_else(|| first_paragraph(&page.body)),
                        content: self.markdown(&page.body, &page.file, page.body_line, &mut found),
                        permalink: self.urls.permalink(&url),
                        url,
                        extra: &page.extra,
                        updated: DayView::new(page.updated, self.lang),
                    },
                );
                "page.html"
            }
            Job::YearStats(y) => {
                ctx.insert("stats", &site.stats.years[y]);
                "stats.html"
            }
            Job::StatsIndex => {
                ctx.insert("trends", &site.stats.trends);
                "stats_index.html"
            }
            Job::TaxonomyIndex(kind) => {
                let terms: Vec<TermView> = site
                    .taxonomy(kind)
                    .terms
                    .iter()
                    .enumerate()
                    .map(|(t, term)| TermView::new(term, self.urls.term(kind, t)))
                    .collect();
                ctx.insert("taxonomy", &self.taxonomy_view(kind));
                ctx.insert("terms", &terms);
                "taxonomy.html"
            }
            Job::Term(kind, t, page) => {
                let term = &site.taxonomy(kind).terms[t];
                let per_page = site.config.paginate;
                let range = paging::range(term.events.len(), per_page, page);
                let pages = paging::pages(term.events.len(), per_page);
                let first = self.urls.term(kind, t);
                ctx.insert("taxonomy", &self.taxonomy_view(kind));
                ctx.insert("term", &TermView::new(term, first));
                ctx.insert(
                    "events",
                    &self.cards_of(
                        term.events
                            .iter()
                            .rev()
                            .skip(range.start)
                            .take(range.len())
                            .copied(),
                    ),
                );
                ctx.insert(
                    "paginator",
                    &paging::Paginator::new(page, pages, |n| paging::path(first, n)),
                );
                "term.html"
            }
        };
        let path = self.path(job);
        ctx.insert("meta", &self.meta(job));
        ctx.insert(
            "current_url",
            &self.urls.page(path.trim_end_matches("404.html")),
        );
        let file = if path.ends_with(".html") {
            path
        } else {
            format!("{path}index.html")
        };
        let context = self.record.as_ref().map(|_| self.context_hash(&s.page));
        if let Some(context) = context {
            if self.take_unchanged(&file, context, out)? {
                s.page.clear();
                self.copy_assets(job, out)?;
                return Ok(found);
            }
        }
        s.html.clear();
        let rendered = self.tera.render_to(template, &s.page.ctx, &mut s.html);
        s.page.clear();
        let (html, cards) = rendered
            .and_then(|()| {
                let Scratch {
                    page,
                    html,
                    spliced,
                } = s;
                self.card_html.splice(html, spliced, |id, level| {
                    cards::render_partial(&self.tera, page, self.card(id), level)
                })
            })
            .map_err(|e| Error::Site(vec![templates::template_error(&e, self.sources)]))?;
        out.write(&file, html)?;
        if let Some(context) = context {
            self.note_page(file, context, cards);
        }
        self.copy_assets(job, out)?;
        Ok(found)
    }

    /// An event's files beside its page.
    fn copy_assets(&self, job: Job, out: &dyn Sink) -> Result<(), Error> {
        if let Job::Event(i) = job {
            let ev = &self.site.events[i];
            for asset in &ev.assets {
                if let Some(name) = asset.file_name() {
                    let dest = format!("{}{}", ev.path(), name.to_string_lossy());
                    out.copy(&dest, &self.site.root.join(asset))?;
                }
            }
        }
        Ok(())
    }

    fn cards_of(&self, ids: impl Iterator<Item = usize>) -> Vec<Listed<'_>> {
        ids.map(|i| self.listed(i)).collect()
    }

    fn listed(&self, i: usize) -> Listed<'_> {
        Listed {
            id: i,
            title: &self.site.events[i].title,
            url: &self.urls.events[i],
        }
    }

    /// Event `i`'s card.
    fn card(&self, i: usize) -> &Card<'a> {
        self.cards[i].get_or_init(|| {
            let site = self.site;
            Card::new(
                site,
                self.urls,
                i,
                card_summary(&site.events[i]),
                self.photos[i].first(),
            )
        })
    }

    fn taxonomy_view(&self, kind: TaxonomyKind) -> TaxonomyView {
        TaxonomyView {
            kind,
            url: self.urls.page(&format!("{}/", kind.segment())),
        }
    }

    fn home(&self, found: &mut Vec<Diagnostic>) -> HomeView<'_> {
        let site = self.site;
        let file = std::path::Path::new(crate::load::CONTENT_DIR).join("_index.md");
        let done = |&&i: &&usize| site.events[i].status != crate::load::meta::Status::Planned;
        let all: Vec<usize> = (0..site.events.len()).rev().collect();
        HomeView {
            title: site.home.title.as_deref(),
            extra: &site.home.extra,
            content: self.markdown(&site.home.body, &file, site.home.body_line, found),
            latest: self.cards_of(all.iter().filter(done).take(HOME_LATEST).copied()),
            featured: self.cards_of(
                all.iter()
                    .filter(|&&i| site.events[i].featured)
                    .take(HOME_FEATURED)
                    .copied(),
            ),
        }
    }
}

/// The context every page starts from.
fn base_context(site: &Site, urls: &Urls, theme: &crate::theme::ThemeMeta) -> Context {
    let mut ctx = Context::new();
    ctx.insert("theme", theme);
    let config = &site.config;
    ctx.insert("site", config);
    ctx.insert("lang", config.language.code());
    ctx.insert("root", &urls.base_path);
    let years: Vec<YearLink> = site
        .years
        .iter()
        .rev()
        .map(|y| YearLink {
            year: y.year,
            title: y.title.as_deref(),
            url: urls.page(&format!("{}/", y.year)),
            count: y.events.len(),
            attendance: y.attendance,
        })
        .collect();
    ctx.insert("years", &years);
    let pages: Vec<MenuItem> = site
        .pages
        .iter()
        .map(|p| MenuItem {
            title: &p.title,
            url: urls.page(&format!("{}/", p.slug)),
        })
        .collect();
    ctx.insert("menu", &pages);
    let taxonomies: Vec<TaxonomyView> = TaxonomyKind::ALL
        .iter()
        .map(|&kind| TaxonomyView {
            kind,
            url: urls.page(&format!("{}/", kind.segment())),
        })
        .collect();
    ctx.insert("taxonomies", &taxonomies);
    ctx
}

fn copy_static(
    files: &std::collections::BTreeMap<String, FileSource>,
    out: &dyn Sink,
) -> Result<(), Error> {
    files.par_iter().try_for_each(|(rel, src)| match src {
        FileSource::Disk(p) => out.copy(rel, p),
        FileSource::Builtin(bytes) => out.write(rel, bytes),
    })
}

#[derive(Serialize)]
struct MenuItem<'a> {
    title: &'a str,
    url: String,
}

#[derive(Serialize)]
struct HomeView<'a> {
    title: Option<&'a str>,
    extra: &'a crate::load::meta::Extra,
    content: String,
    latest: Vec<Listed<'a>>,
    featured: Vec<Listed<'a>>,
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    summary: Option<String>,
    content: String,
    url: String,
    permalink: String,
    extra: &'a crate::load::meta::Extra,
    updated: Option<DayView>,
}
