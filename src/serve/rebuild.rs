//! Rebuilding only what a change affects.
//!
//! Every output page is a render [`Job`], and a job's inputs are known: an
//! event page reads its event; its year page, the home page, the taxonomy
//! indexes and its terms' pages list its card. After an edit the content is
//! loaded again, and when the site's *shape* — the addresses of all pages,
//! the years with their figures, the menu, the terms — is unchanged, only
//! the jobs reading the edited files are rendered, straight into the served
//! folder; when an event's card (what lists show) is unchanged too, only its
//! own page. Anything else (site.yaml, a
//! template, a new or removed file, a changed address) renders everything
//! into a fresh folder that is swapped in, as `build` does.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::patch::Reach;
use crate::build::load_site_cached;
use crate::config::Config;
use crate::error::{Diagnostic, Error};
use crate::git::History;
use crate::load::{Cache, CONTENT_DIR};
use crate::model::{Event, Options, Site, TaxonomyKind};
use crate::progress::Silent;
use crate::render::{
    card_summary, process_photos, render, term_jobs, term_page_of, year_filter_terms,
    year_term_jobs, Incremental, Job, Renderer, Urls,
};
use crate::theme::Theme;
use crate::write::{InPlace, Output};

/// What a rebuild did.
#[derive(Debug)]
pub struct Report {
    pub pages: usize,
    /// Whether every page was rendered (else only the affected ones).
    pub full: bool,
    pub warnings: Vec<Diagnostic>,
    pub took: Duration,
    /// Of `took`, the time spent reading and checking the sources.
    pub loading: Duration,
}

/// Builds the site into the served folder, again and again.
pub struct Builder {
    root: PathBuf,
    out_dir: PathBuf,
    base_url: String,
    options: Options,
    /// The last site built, to compare the next one with.
    last: Option<(Site, Shape)>,
    /// Parsed sources, so an edit re-reads only the edited files.
    cache: Cache,
    /// Whether the last rebuild succeeded.
    healthy: bool,
    /// The git history for `last_updated`, read by the first build that
    /// needs it and kept: commits made while serving show after a restart.
    history: Option<History>,
}

impl Builder {
    pub fn new(root: PathBuf, out_dir: PathBuf, base_url: String, options: Options) -> Builder {
        Builder {
            root,
            out_dir,
            base_url,
            options,
            last: None,
            cache: Cache::default(),
            history: None,
            healthy: false,
        }
    }

    /// Rebuilds after `changed` (paths relative to the root; empty means
    /// "everything"). On error the served folder is left as it was.
    pub fn rebuild(&mut self, changed: &BTreeSet<PathBuf>) -> Result<Report, Error> {
        let started = Instant::now();
        self.cache.forget(changed);
        let result = match self.patch(changed, started) {
            Ok(Some(report)) => Ok(report),
            Ok(None) => self.load_and_render(changed, started),
            Err(e) => Err(e),
        };
        self.healthy = result.is_ok();
        result
    }

    /// The fast path (see [`super::patch`]): only events' texts changed,
    /// and the last build succeeded (else an error elsewhere would seem
    /// fixed).
    fn patch(
        &mut self,
        changed: &BTreeSet<PathBuf>,
        started: Instant,
    ) -> Result<Option<Report>, Error> {
        let Some((site, _)) = self.last.as_mut().filter(|_| self.healthy) else {
            return Ok(None);
        };
        let Some(edits) = super::patch::edits(site, changed) else {
            return Ok(None);
        };
        // The events keep their places and terms: the jobs are the same
        // before and after they are replaced.
        let mut jobs: HashSet<Job> = HashSet::new();
        for (i, _, reach) in &edits {
            jobs.insert(Job::Event(*i));
            if *reach == Reach::Lists {
                let Some(lists) = list_jobs(site, *i, &site.events[*i].terms, false) else {
                    return Ok(None);
                };
                jobs.extend(lists);
            }
        }
        for (i, event, _) in edits {
            site.events[i] = event;
        }
        let jobs: Vec<Job> = jobs.into_iter().collect();
        let theme = Theme::load(&self.root, &site.config.theme, site.config.language)
            .map_err(Error::Site)?;
        let loading = started.elapsed();
        let warnings = render_jobs(site, &theme, &jobs, &self.out_dir)?;
        Ok(Some(Report {
            pages: jobs.len(),
            full: false,
            warnings,
            took: started.elapsed(),
            loading,
        }))
    }

    /// The general path: the site read again (unchanged files from the
    /// cache), then the pages the change affects, or all of them.
    fn load_and_render(
        &mut self,
        changed: &BTreeSet<PathBuf>,
        started: Instant,
    ) -> Result<Report, Error> {
        let mut config = Config::load(&self.root)?;
        config.set_base_url(&self.base_url)?;
        let (site, mut warnings) = load_site_cached(
            &self.root,
            config,
            self.options,
            Some(&self.cache),
            &mut self.history,
        )?;
        let theme = Theme::load(&self.root, &site.config.theme, site.config.language)
            .map_err(Error::Site)?;
        let loading = started.elapsed();
        let shape = Shape::of(&site);
        let jobs = match &self.last {
            Some((old, old_shape)) if *old_shape == shape => affected(old, &site, changed),
            _ => None,
        };
        let (pages, full) = match jobs {
            Some(jobs) => {
                warnings.extend(render_jobs(&site, &theme, &jobs, &self.out_dir)?);
                (jobs.len(), false)
            }
            None => {
                let out = Output::begin(&self.out_dir)?;
                let rendered = render(&site, &theme, &out, &Silent, Incremental::RenderAll)?;
                out.commit()?;
                warnings.extend(rendered.warnings);
                (rendered.pages, true)
            }
        };
        self.last = Some((site, shape));
        Ok(Report {
            pages,
            full,
            warnings,
            took: started.elapsed(),
            loading,
        })
    }
}

/// Renders `jobs` straight into the served folder.
fn render_jobs(
    site: &Site,
    theme: &Theme,
    jobs: &[Job],
    out_dir: &Path,
) -> Result<Vec<Diagnostic>, Error> {
    let out = InPlace(out_dir.to_path_buf());
    let urls = Urls::new(site);
    let photos = process_photos(site, &urls, &out)?;
    let renderer = Renderer::new(site, theme, &urls, &photos)?;
    renderer.run(jobs, &out, &|| {})
}

/// What every page may show about the whole site: if it is unchanged, an
/// edit only affects the pages that read the edited files.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    config: String,
    /// (file, address) of every event and page.
    addresses: Vec<(PathBuf, String)>,
    /// Year, title, events, visitors: the navigation every page has.
    years: Vec<(i32, Option<String>, usize, u64)>,
    menu: Vec<(String, Option<i32>)>,
    /// (slug, name) of every term of every taxonomy: their indexes stay
    /// valid between the old site and the new one.
    terms: Vec<Vec<(String, String)>>,
    /// The year filter pages (`/2016/libraries/ekos/`), per year.
    year_filters: Vec<Vec<(TaxonomyKind, usize)>>,
}

impl Shape {
    fn of(site: &Site) -> Shape {
        let mut addresses: Vec<(PathBuf, String)> = site
            .events
            .iter()
            .map(|e| (e.file.clone(), e.path()))
            .collect();
        addresses.extend(site.pages.iter().map(|p| (p.file.clone(), p.slug.clone())));
        addresses.sort();
        Shape {
            // site.yaml: compared whole, as every page shows parts of it.
            config: format!("{:?}", site.config),
            addresses,
            years: site
                .years
                .iter()
                .map(|y| {
                    let visitors = y
                        .events
                        .iter()
                        .map(|&i| u64::from(site.events[i].attendance.unwrap_or(0)))
                        .sum();
                    (y.year, y.title.clone(), y.events.len(), visitors)
                })
                .collect(),
            menu: site
                .pages
                .iter()
                .map(|p| (p.title.clone(), p.weight))
                .collect(),
            terms: site
                .taxonomies
                .iter()
                .map(|t| {
                    t.terms
                        .iter()
                        .map(|term| (term.slug.clone(), term.name.clone()))
                        .collect()
                })
                .collect(),
            year_filters: year_filter_terms(site),
        }
    }
}

/// The jobs that read the `changed` files, or None when that is not known
/// and everything must be rendered.
fn affected(old: &Site, new: &Site, changed: &BTreeSet<PathBuf>) -> Option<Vec<Job>> {
    if changed.is_empty() {
        return None;
    }
    let content = Path::new(CONTENT_DIR);
    let mut jobs: HashSet<Job> = HashSet::new();
    for file in changed {
        if *file == content.join("_index.md") {
            jobs.insert(Job::Home);
        } else if let Some(p) = new.pages.iter().position(|p| p.file == *file) {
            jobs.insert(Job::Page(p));
        } else if let Some(i) = event_of(new, file) {
            let ev = &new.events[i];
            let was = old.events.iter().position(|e| e.file == ev.file)?;
            let before = &old.events[was];
            jobs.insert(Job::Event(i));
            if *file == ev.file && listed(before) == listed(ev) {
                // Only the page itself shows what changed (its text, say).
                continue;
            }
            jobs.extend(list_jobs(new, i, &before.terms, was != i)?);
        } else if !new.root.join(file).exists() && event_of(old, file).is_none() {
            // An editor's temporary file, gone by now (`sed -i`, some
            // editors' safe saves): nothing to render.
            continue;
        } else {
            // A year's introduction may set the default library of its
            // events; data files and anything else: render everything.
            return None;
        }
    }
    Some(jobs.into_iter().collect())
}

/// The pages that list event `i` of `site`: the home page, its year's
/// pages, the taxonomy indexes, and on each of its terms' lists the page
/// that shows it — or every page of the list if the event `moved` in the
/// site's order or joined or left the term (`before`: its terms then).
/// None if its year is not in the site.
fn list_jobs(site: &Site, i: usize, before: &[Vec<usize>; 5], moved: bool) -> Option<Vec<Job>> {
    let ev = &site.events[i];
    let y = site.years.iter().position(|y| y.year == ev.year)?;
    let mut jobs = vec![Job::Home, Job::Year(y)];
    jobs.extend(year_term_jobs(site, y));
    for kind in TaxonomyKind::ALL {
        jobs.push(Job::TaxonomyIndex(kind));
        let (was_in, is_in) = (&before[kind.index()], &ev.terms[kind.index()]);
        if !moved && was_in == is_in {
            // In the same place of the same lists: only the page of each
            // that shows it.
            jobs.extend(is_in.iter().filter_map(|&t| term_page_of(site, kind, t, i)));
        } else {
            let terms = was_in.iter().chain(is_in);
            jobs.extend(terms.flat_map(|&t| term_jobs(site, kind, t)));
        }
    }
    Some(jobs)
}

/// What lists show of an event — its card and the terms it is listed
/// under: when these are unchanged, no page but its own needs rendering.
pub(super) fn listed(ev: &Event) -> impl PartialEq + '_ {
    (
        (&ev.title, ev.date, &ev.library, &ev.form, &ev.campaign),
        (ev.attendance, ev.featured, ev.online, ev.status, ev.draft),
        card_summary(ev),
        &ev.terms,
        &ev.photos,
    )
}

/// The event whose Markdown `file` is, or whose bundle holds it.
fn event_of(site: &Site, file: &Path) -> Option<usize> {
    site.events.iter().position(|e| {
        e.file == file
            || (e.file.ends_with("index.md")
                && e.file.parent().is_some_and(|d| file.starts_with(d)))
    })
}
