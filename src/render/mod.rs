//! Stage 3: pages from the model, through the theme's templates.
//!
//! Every output page is a [`Route`] — a page type and the part of the model
//! it reads — so the set of pages an edit touches can be worked out from
//! the job list. Jobs render in parallel and hand their bytes straight to
//! the output, so memory holds one page per thread, not the whole site.

mod cards;
mod env;
mod fingerprint;
mod fold;
mod guard;
mod html;
mod library;
mod meta;
mod pages;
mod photos;
mod scratch;
mod statistics;
mod templates;
mod views;
mod year;

use std::sync::OnceLock;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::built::Built;
use crate::error::{Diagnostic, Diagnostics, Error, Message};
use crate::i18n::Lang;
use crate::links::{BodyLinks, Links};
use crate::markdown::{first_paragraph, Markdown};
use crate::model::{Site, TaxonomyKind};
use crate::progress::{Progress, Stopwatch};
use crate::routes::{Route, Routes};
use crate::stats::Statistics;
use crate::theme::{FileSource, Theme};
use crate::write::Sink;
use cards::Cards;
pub use fingerprint::{Fingerprints, Incremental};
pub use html::Html;
pub use photos::PhotoView;
use scratch::Scratch;
pub use statistics::{StatsPages, TableView};
use views::{Card, TaxonomyView, YearLink};
pub use year::chronicle_groups;

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

/// Renders every page of `built` into `out`, and the theme's static
/// files, reporting each part's time and each page to `progress`. With
/// [`Incremental::Record`], pages whose inputs are unchanged since the
/// output `out` replaces are taken from it, and the new record returned.
pub fn render(
    built: &Built,
    theme: &Theme,
    out: &dyn Sink,
    progress: &dyn Progress,
    incremental: Incremental,
) -> Result<Rendered, Error> {
    let mut watch = Stopwatch::new(progress);
    let Built {
        site,
        stats,
        routes,
    } = built;
    library::check_photos(&site.config.libraries, &theme.static_files)?;
    let photos = process_photos(site, routes, out)?;
    watch.lap("photos");
    let stats_pages = StatsPages::build(site, stats, routes)?;
    let mut r = Renderer::new(site, stats, &stats_pages, theme, routes, &photos)?;
    if let Incremental::Record(previous) = incremental {
        r.record_pages(previous);
    }
    let jobs = routes.all();
    progress.start(jobs.len() as u64);
    // The font is cut while the pages render: it needs only the charts.
    let (warnings, font) = rayon::join(
        || r.run(&jobs, out, &|| progress.page()),
        || chart_font(stats),
    );
    let warnings = warnings?;
    if let Some(font) = font? {
        out.write(crate::font::WOFF2_FILE, &font)?;
    }
    watch.lap("pages and the chart font");
    copy_static(&theme.static_files, site.config.photos.keep_metadata, out)?;
    watch.lap("static files");
    Ok(Rendered {
        pages: jobs.len(),
        warnings,
        fingerprints: r.into_record(),
    })
}

/// Every event's photos, resized (or reused from the previous output).
pub fn process_photos(
    site: &Site,
    urls: &Routes,
    out: &dyn Sink,
) -> Result<Vec<Vec<PhotoView>>, Error> {
    let paths = (0..site.events.len()).map(|i| urls.path(Route::Event(i)));
    let paths: Vec<String> = paths.collect();
    (0..site.events.len())
        .into_par_iter()
        .map(|i| {
            let ev = &site.events[i];
            let place = photos::Place {
                path: &paths[i],
                url: &urls.events[i],
                root: &site.root,
                out,
                keep_metadata: site.config.photos.keep_metadata,
            };
            photos::process(ev, &place)
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

/// The static file that link previews show for pages without a photo.
const SHARE_IMAGE: &str = "share.png";

/// The templates compiled and the per-event cards made once, ready to
/// render any set of [`Route`]s.
pub struct Renderer<'a> {
    site: &'a Site,
    statistics: &'a Statistics,
    /// The statistics pages, formatted and drawn.
    stats_pages: &'a StatsPages,
    tera: Tera,
    urls: &'a Routes,
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
    /// The link preview of pages without a photo of their own: the
    /// static `share.png` (the theme's, or the site's own), absolute.
    share_image: Option<String>,
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
    /// `urls` is the route table of `site`, `stats_pages` the pages of its
    /// `statistics` and `photos` [`process_photos`]; cards borrow them.
    pub fn new(
        site: &'a Site,
        statistics: &'a Statistics,
        stats_pages: &'a StatsPages,
        theme: &'a Theme,
        urls: &'a Routes,
        photos: &'a [Vec<PhotoView>],
    ) -> Result<Renderer<'a>, Error> {
        let lang = site.config.language;
        let mut tera = templates::compile(&theme.templates, theme.strings.clone(), lang)
            .map_err(Error::Site)?;
        let allowed = env::Allowed::read(&site.config.template_env);
        env::register(&mut tera, &allowed);
        let card_html = Cards::new(site.events.len());
        card_html.register(&mut tera);
        let base = base_context(site, urls, &theme.meta);
        fold::fold(&mut tera, &base);
        let files = page_files(site, urls);
        let site_hash = fingerprint::site_hash(theme, &base, &files, &allowed);
        Ok(Renderer {
            site,
            statistics,
            stats_pages,
            tera,
            urls,
            links: Links::new(&site.root, files),
            md: Markdown::new(&site.config.markdown).for_language(site.config.language),
            sources: &theme.templates,
            strings: theme.strings.clone(),
            cards: (0..site.events.len()).map(|_| OnceLock::new()).collect(),
            card_html,
            photos,
            share_image: theme
                .static_files
                .contains_key(SHARE_IMAGE)
                .then(|| urls.permalink(&urls.url(SHARE_IMAGE))),
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
        jobs: &[Route],
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

    /// Markdown to HTML, with the links of `file` checked.
    fn markdown(
        &self,
        text: &str,
        file: &std::path::Path,
        line: usize,
        found: &mut Vec<Diagnostic>,
    ) -> Html {
        self.markdown_with_photos(text, file, line, &[], found)
    }

    /// [`Renderer::markdown`] of an event's body, whose images of its
    /// bundle's `photos` are shown resized.
    fn markdown_with_photos(
        &self,
        text: &str,
        file: &std::path::Path,
        line: usize,
        photos: &[PhotoView],
        found: &mut Vec<Diagnostic>,
    ) -> Html {
        let mut links: BodyLinks = self.links.body(file, line);
        let charts = self.statistics.markdown.of(file);
        let drawn = std::sync::Mutex::new(Vec::new());
        let html = self.md.render(
            text,
            &mut links,
            &|n| {
                let chart = charts.get(n)?.as_ref()?;
                match statistics::draw_one(chart, self.urls) {
                    Ok(html) => Some(html),
                    Err(e) => {
                        if let Ok(mut d) = drawn.lock() {
                            let said = Message::new("chart-not-drawn").arg("id", chart.id.as_str());
                            let hint =
                                Message::new("chart-not-drawn-hint").arg("detail", e.to_string());
                            d.push(Diagnostic::error(file, said).with_hint(hint));
                        }
                        None
                    }
                }
            },
            &|dest, alt| {
                let name = crate::markdown::bundle_name(dest)?;
                let photo = photos.iter().find(|p| p.name == name)?;
                Some(photo.in_text_html(alt))
            },
        );
        found.extend(links.finish());
        found.extend(drawn.into_inner().unwrap_or_default());
        // The engines escape the text and the sanitiser cleans raw HTML
        // (`crate::markdown`), so the body is HTML the build made.
        Html::made(html)
    }
}

/// Which page each source file becomes, for links between pages.
fn page_files(site: &Site, urls: &Routes) -> Vec<(std::path::PathBuf, String)> {
    let content = std::path::Path::new(crate::load::CONTENT_DIR);
    let mut pages: Vec<(std::path::PathBuf, String)> =
        vec![(content.join("_index.md"), urls.url(""))];
    pages.extend(site.years.iter().map(|y| {
        (
            content.join(y.year.to_string()).join("_index.md"),
            urls.url(&format!("{}/", y.year)),
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
            .map(|p| (p.file.clone(), urls.url(&format!("{}/", p.slug)))),
    );
    pages
}

/// The context every page starts from.
fn base_context(site: &Site, urls: &Routes, theme: &crate::theme::ThemeMeta) -> Context {
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
            url: urls.url(&format!("{}/", y.year)),
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
            url: urls.url(&format!("{}/", p.slug)),
        })
        .collect();
    ctx.insert("menu", &pages);
    let taxonomies: Vec<TaxonomyView> = TaxonomyKind::ALL
        .iter()
        .map(|&kind| TaxonomyView {
            kind,
            url: urls.url(&format!("{}/", kind.segment())),
        })
        .collect();
    ctx.insert("taxonomies", &taxonomies);
    ctx
}

/// The chart font cut to the letters the site's charts print, when the
/// site has charts (see `font`).
fn chart_font(stats: &Statistics) -> Result<Option<Vec<u8>>, Error> {
    if stats.every_chart().next().is_none() {
        return Ok(None);
    }
    // Compiled into the binary (`builtin`): an empty font is refused.
    let ttf = crate::builtin::builtin_file(crate::charts::FONT_FILE).unwrap_or_default();
    Ok(Some(crate::font::woff2(
        ttf,
        stats.every_chart().flat_map(|c| c.texts()),
    )?))
}

/// The theme's and the site's static files. Pictures among them (a
/// library's photo, the site's own `share.png`) lose their metadata as
/// event photos do, unless `photos.keep_metadata`.
fn copy_static(
    files: &std::collections::BTreeMap<String, FileSource>,
    keep_metadata: bool,
    out: &dyn Sink,
) -> Result<(), Error> {
    files.par_iter().try_for_each(|(rel, src)| {
        let picture = image::ImageFormat::from_path(rel).ok().filter(|f| {
            !keep_metadata
                && matches!(
                    f,
                    image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP
                )
        });
        match (src, picture) {
            (FileSource::Disk(p), Some(format)) => {
                let bytes = std::fs::read(p).map_err(|e| Error::io("read", p, e))?;
                out.write(rel, &photos::clean::strip_or_keep(bytes, format))
            }
            (FileSource::Builtin(bytes), Some(format)) => {
                out.write(rel, &photos::clean::strip_or_keep(bytes.to_vec(), format))
            }
            (FileSource::Disk(p), None) => out.copy(rel, p),
            (FileSource::Builtin(bytes), None) => out.write(rel, bytes),
        }
    })
}

#[derive(Serialize)]
struct MenuItem<'a> {
    title: &'a str,
    url: String,
}
