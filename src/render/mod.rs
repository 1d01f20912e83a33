//! Stage 3: pages from the model, through the theme's templates.
//!
//! Every output page is a [`Job`] — a page type and the part of the model
//! it reads — so the set of pages an edit touches can be worked out from
//! the job list. Jobs render in parallel and hand their bytes straight to
//! the output, so memory holds one page per thread, not the whole site.

mod guard;
mod machine;
mod meta;
mod photos;
mod templates;
mod views;
mod year;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::error::Error;
use crate::i18n::Lang;
use crate::markdown::{first_paragraph, Markdown};
use crate::model::{Site, TaxonomyKind};
use crate::theme::{FileSource, Theme};
use crate::write::Output;
use views::{Card, EventView, TaxonomyView, TermView, Urls, YearLink};

/// One page of the output.
#[derive(Debug, Clone, Copy)]
enum Job {
    Home,
    Year(usize),
    Event(usize),
    TaxonomyIndex(TaxonomyKind),
    Term(TaxonomyKind, usize),
    Page(usize),
    NotFound,
    /// `/<year>/stats/`, when the theme has `stats.html`.
    YearStats(usize),
    /// `/stats/`, the multi-year trends, when the theme has `stats_index.html`.
    StatsIndex,
    /// `/search/`, when the theme has a `search.html`.
    Search,
    /// A year's events of one term: `/2016/libraries/ekos/`, the year
    /// page's filters without JavaScript. The last field indexes
    /// [`year::YearTerms`].
    YearTerm(usize, usize),
}

/// How many events the home page lists as latest and featured.
const HOME_LATEST: usize = 10;
const HOME_FEATURED: usize = 6;

/// Renders every page of `site` into `out`; `on_page` is called after each
/// page (for progress bars). Returns the number of pages.
pub fn render(
    site: &Site,
    theme: Theme,
    out: &Output,
    on_page: &(dyn Fn() + Sync),
) -> Result<usize, Error> {
    let lang = site.config.language;
    let strings = theme.strings.clone();
    let tera = templates::compile(&theme.templates, theme.strings, lang).map_err(Error::Site)?;
    let sources = &theme.templates;
    let urls = Urls::new(site);
    let md = Markdown::new(&site.config.markdown);
    let photos: Vec<Vec<photos::PhotoView>> = (0..site.events.len())
        .into_par_iter()
        .map(|i| {
            let ev = &site.events[i];
            photos::process(ev, &ev.path(), &urls.events[i], &site.root, out)
        })
        .collect::<Result<_, _>>()?;
    let cards: Vec<Card> = (0..site.events.len())
        .into_par_iter()
        .map(|i| {
            let ev = &site.events[i];
            let summary = ev
                .summary
                .clone()
                .or_else(|| first_paragraph(&ev.body))
                .unwrap_or_default();
            Card::new(site, &urls, i, summary, photos[i].first())
        })
        .collect();
    let year_terms = (0..site.years.len())
        .map(|y| year::YearTerms::new(site, y))
        .collect();
    let r = Renderer {
        site,
        year_terms,
        tera,
        urls: &urls,
        md,
        sources,
        strings,
        cards,
        photos: &photos,
        base: base_context(site, &urls, &theme.meta),
        lang,
    };

    let mut jobs = vec![Job::Home, Job::NotFound];
    if theme.templates.iter().any(|t| t.name == "search.html") {
        jobs.push(Job::Search);
    }
    jobs.extend((0..site.years.len()).map(Job::Year));
    for (y, terms) in r.year_terms.iter().enumerate() {
        jobs.extend((0..terms.len()).map(|f| Job::YearTerm(y, f)));
    }
    jobs.extend((0..site.events.len()).map(Job::Event));
    jobs.extend((0..site.pages.len()).map(Job::Page));
    let has = |name: &str| theme.templates.iter().any(|t| t.name == name);
    if has("stats.html") {
        jobs.extend((0..site.years.len()).map(Job::YearStats));
    }
    if has("stats_index.html") {
        jobs.push(Job::StatsIndex);
    }
    for kind in TaxonomyKind::ALL {
        jobs.push(Job::TaxonomyIndex(kind));
        jobs.extend((0..site.taxonomy(kind).terms.len()).map(|t| Job::Term(kind, t)));
    }
    let errors: Vec<Error> = jobs
        .par_iter()
        .filter_map(|&job| {
            let res = r.job(job, out);
            on_page();
            res.err()
        })
        .collect();
    if let Some(first) = errors.into_iter().next() {
        // One broken template fails every page that uses it: report it once.
        return Err(first);
    }
    if has("stats.html") {
        for (path, text) in &site.stats.csv {
            out.write(path, text.as_bytes())?;
        }
    }
    copy_static(&theme.static_files, out)?;
    let machine_files = r.machine_files(&jobs, out)?;
    let records: Vec<crate::search::Record> = (0..site.events.len())
        .map(|i| crate::search::Record {
            event: &site.events[i],
            url: r.cards[i].url,
            date_text: &r.cards[i].date.text,
            summary: &r.cards[i].summary,
        })
        .collect();
    for (path, bytes) in crate::search::index(&records, lang.code())? {
        out.write(&path, &bytes)?;
    }
    Ok(jobs.len() + machine_files)
}

struct Renderer<'a> {
    site: &'a Site,
    /// Per year, its events grouped by library, form, audience, campaign.
    year_terms: Vec<year::YearTerms>,
    tera: Tera,
    urls: &'a Urls,
    md: Markdown,
    /// The template files, to name them in errors.
    sources: &'a [crate::theme::TemplateFile],
    /// The theme's UI strings, for titles made outside templates.
    strings: std::collections::HashMap<String, crate::theme::Translation>,
    cards: Vec<Card<'a>>,
    /// Per event, its processed photos.
    photos: &'a [Vec<photos::PhotoView>],
    /// What every page gets: site settings and navigation.
    base: Context,
    lang: Lang,
}

impl Renderer<'_> {
    fn job(&self, job: Job, out: &Output) -> Result<(), Error> {
        let site = self.site;
        let mut ctx = self.base.clone();
        let template = match job {
            Job::Home => {
                ctx.insert("home", &self.home());
                "index.html"
            }
            Job::NotFound => "404.html",
            Job::Search => "search.html",
            Job::Year(y) => {
                ctx.insert("year", &self.year(y, None));
                ctx.insert("year_stats", &site.stats.years[y]);
                "year.html"
            }
            Job::YearTerm(y, f) => {
                ctx.insert("year", &self.year(y, Some(f)));
                "year.html"
            }
            Job::Event(i) => {
                let ev = &site.events[i];
                let view = EventView::new(
                    site,
                    self.urls,
                    ev,
                    &self.cards[i],
                    &self.photos[i],
                    self.html(&ev.body),
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
                        content: self.html(&page.body),
                        permalink: self.urls.permalink(&url),
                        url,
                        extra: &page.extra,
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
            Job::Term(kind, t) => {
                let term = &site.taxonomy(kind).terms[t];
                ctx.insert("taxonomy", &self.taxonomy_view(kind));
                ctx.insert("term", &TermView::new(term, self.urls.term(kind, t)));
                ctx.insert("events", &self.cards_of(term.events.iter().rev().copied()));
                "term.html"
            }
        };
        let path = self.path(job);
        ctx.insert("meta", &self.meta(job));
        ctx.insert(
            "current_url",
            &self.urls.page(path.trim_end_matches("404.html")),
        );
        let html = self
            .tera
            .render(template, &ctx)
            .map_err(|e| Error::Site(vec![templates::template_error(&e, self.sources)]))?;
        let file = if path.ends_with(".html") {
            path
        } else {
            format!("{path}index.html")
        };
        out.write(&file, html.as_bytes())?;
        if let Job::Event(i) = job {
            let ev = &site.events[i];
            for asset in &ev.assets {
                if let Some(name) = asset.file_name() {
                    let dest = format!("{}{}", ev.path(), name.to_string_lossy());
                    out.copy(&dest, &site.root.join(asset))?;
                }
            }
        }
        Ok(())
    }

    /// The page's path below the base path: `2016/knigofestival/`, or a
    /// file name for pages that are not folders (`404.html`).
    fn path(&self, job: Job) -> String {
        let site = self.site;
        match job {
            Job::Home => String::new(),
            Job::NotFound => "404.html".to_string(),
            Job::Search => "search/".to_string(),
            Job::YearTerm(y, f) => self.year_terms[y].path(site, f),
            Job::Year(y) => format!("{}/", site.years[y].year),
            Job::Event(i) => site.events[i].path(),
            Job::Page(p) => format!("{}/", site.pages[p].slug),
            Job::YearStats(y) => format!("{}/stats/", site.years[y].year),
            Job::StatsIndex => "stats/".to_string(),
            Job::TaxonomyIndex(kind) => format!("{}/", kind.segment()),
            Job::Term(kind, t) => {
                format!("{}/{}/", kind.segment(), site.taxonomy(kind).terms[t].slug)
            }
        }
    }

    /// A Markdown text as HTML, its chart blocks in place.
    fn html(&self, markdown: &str) -> String {
        crate::charts::markdown::restore(self.md.render(markdown), &self.site.chart_blocks)
    }

    fn cards_of(&self, ids: impl Iterator<Item = usize>) -> Vec<&Card<'_>> {
        ids.map(|i| &self.cards[i]).collect()
    }

    fn taxonomy_view(&self, kind: TaxonomyKind) -> TaxonomyView {
        TaxonomyView {
            kind,
            url: self.urls.page(&format!("{}/", kind.segment())),
        }
    }

    fn home(&self) -> HomeView<'_> {
        let site = self.site;
        let done = |&&i: &&usize| site.events[i].status != crate::load::meta::Status::Planned;
        let all: Vec<usize> = (0..site.events.len()).rev().collect();
        HomeView {
            title: site.home.title.as_deref(),
            extra: &site.home.extra,
            content: self.html(&site.home.body),
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

/// Escapes text for HTML and XML, content and attribute values alike.
/// (Tera's own escaper also turns `/` into `&#x2F;`, which bloats every
/// URL for no safety gain.) Control characters, not allowed in XML 1.0,
/// are dropped.
///
/// It runs for every value of every page, so runs of safe bytes are
/// copied whole rather than char by char (it was the hottest function of
/// a big build, see BENCHMARKS.md).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            b'\t' | b'\n' | b'\r' => continue,
            0..=0x1f => "",
            _ => continue,
        };
        // `i` is at an ASCII byte, so both slices end on char boundaries.
        out.push_str(&s[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out
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
    out: &Output,
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
    latest: Vec<&'a Card<'a>>,
    featured: Vec<&'a Card<'a>>,
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    summary: Option<String>,
    content: String,
    url: String,
    permalink: String,
    extra: &'a crate::load::meta::Extra,
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_keeps_text_and_drops_control_characters() {
        assert_eq!(
            super::escape("«Книга» <b>&\"'</b> / ё\u{7}\tконец"),
            "«Книга» &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; / ё\tконец"
        );
        assert_eq!(super::escape(""), "");
        assert_eq!(super::escape("&"), "&amp;");
    }
}
