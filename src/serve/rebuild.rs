//! Rebuilding only what a change affects.
//!
//! Every output page is a render [`Route`], and a job's inputs are known: an
//! event page reads its event; its year page, the home page, the taxonomy
//! indexes and its terms' pages list its card. After an edit the content is
//! loaded again, and when the site's *shape* — the addresses of all pages,
//! the years with their figures, the menu, the terms — is unchanged, only
//! the jobs reading the edited files are rendered, straight into the served
//! folder; when an event's card (what lists show) is unchanged too, only its
//! own page. Anything else (site.yaml, a
//! template, a new or removed file, a changed address) renders everything
//! into a fresh folder that is swapped in, as `build` does.
//!
//! After rendering only some pages, the files made from the whole site
//! (feeds, sitemap, search index, statistics CSV) are brought up to date by
//! [`Builder::finish`], which `serve` calls after telling the browser to
//! reload: the page being edited shows sooner.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::affected::{affected, chart_jobs, list_changes, statistics_jobs, Before, Changes};
use super::patch::{apply_move, Reach};
use super::shape::Shape;
use crate::build::{load_site_cached, route, Built};
use crate::config::Config;
use crate::error::{Diagnostic, Error};
use crate::git::History;
use crate::load::Cache;
use crate::model::Options;
use crate::outputs::{MachineFiles, Output as _};
use crate::progress::Silent;
use crate::render::{process_photos, Incremental, Renderer, StatsPages};
use crate::routes::Route;
use crate::theme::Theme;
use crate::write::{InPlace, Output, Rewrite};

/// The last site built, as the next rebuild compares it with the sources
/// or patches it.
pub struct Last {
    pub built: Built,
    pub shape: Shape,
    /// Its statistics pages, to tell which changed.
    pub stats_pages: StatsPages,
}

/// What a rebuild did.
#[derive(Debug)]
pub struct Report {
    pub pages: usize,
    pub rendered: Rendered,
    pub warnings: Vec<Diagnostic>,
    pub took: Duration,
    /// Of `took`, the time spent reading and checking the sources.
    pub loading: Duration,
}

/// Which pages a rebuild rendered, and from what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rendered {
    /// Every page, into a fresh folder swapped in.
    Everything,
    /// Only the pages the change affects, after reading the site again.
    Affected,
    /// Only the pages the change affects, after reading only the edited
    /// files into the last model ([`super::patch`]).
    Patched,
}

/// Builds the site into the served folder, again and again.
pub struct Builder {
    root: PathBuf,
    out_dir: PathBuf,
    base_url: String,
    options: Options,
    /// The last site built, to compare the next one with.
    last: Option<Last>,
    /// Parsed sources, so an edit re-reads only the edited files.
    cache: Cache,
    /// Whether the last rebuild succeeded.
    healthy: bool,
    /// Whether only some pages were rendered since the whole-site files
    /// were last written (see [`Builder::finish`]).
    partial: bool,
    /// The site a rebuild replaced, dropped by [`Builder::finish`] rather
    /// than before the browser is told.
    retired: Option<Last>,
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
            partial: false,
            retired: None,
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
        if let Ok(report) = &result {
            self.partial |= report.rendered != Rendered::Everything;
        }
        result
    }

    /// Finishes a rebuild that rendered only some pages: writes the files
    /// made from the whole site (feeds, sitemap, search index, statistics
    /// CSV), so the served folder is what `build` would make. Returns
    /// whether there was anything to do.
    pub fn finish(&mut self) -> Result<bool, Error> {
        self.retired = None;
        let Some(last) = self.last.as_ref().filter(|_| self.partial && self.healthy) else {
            return Ok(false);
        };
        let site = &last.built.site;
        let theme = Theme::load(&self.root, &site.config.theme, site.config.language)
            .map_err(Error::Site)?;
        let out = Rewrite::new(&self.out_dir);
        MachineFiles.write(&last.built, &theme, &out, &Silent)?;
        for dir in crate::search::SHARD_DIRS {
            out.remove_unwritten(dir)?;
        }
        self.partial = false;
        Ok(true)
    }

    /// The fast path (see [`super::patch`]): only events' texts changed,
    /// and the last build succeeded (else an error elsewhere would seem
    /// fixed).
    fn patch(
        &mut self,
        changed: &BTreeSet<PathBuf>,
        started: Instant,
    ) -> Result<Option<Report>, Error> {
        let Some(last) = self.last.as_mut().filter(|_| self.healthy) else {
            return Ok(None);
        };
        let Some(mut edits) = super::patch::edits(&last.built.site, changed) else {
            return Ok(None);
        };
        let config = &last.built.site.config;
        let theme = Theme::load(&self.root, &config.theme, config.language).map_err(Error::Site)?;
        let changes = if let [(_, _, Reach::Moves)] = edits.as_slice() {
            let (i, event, _) = edits.remove(0);
            match apply_move(last, i, event) {
                Some(changes) => changes,
                None => return Ok(None),
            }
        } else {
            // The events keep their places and terms: the jobs are the
            // same before and after they are replaced.
            let mut changes = Changes::default();
            let Built { site, routes, .. } = &mut last.built;
            for (i, _, reach) in &edits {
                changes.jobs.insert(Route::Event(*i));
                if *reach == Reach::Lists
                    && list_changes(&Before::of(site, *i), site, routes, *i, true, &mut changes)
                        .is_none()
                {
                    return Ok(None);
                }
            }
            for (i, event, _) in edits {
                site.events[i] = event;
            }
            changes
        };
        let loading = started.elapsed();
        let warnings = render_jobs(last, &theme, &changes, &self.out_dir)?;
        Ok(Some(Report {
            pages: changes.jobs.len(),
            rendered: Rendered::Patched,
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
        let (site, stats, mut warnings) = load_site_cached(
            &self.root,
            config,
            self.options,
            Some(&self.cache),
            &mut self.history,
        )?;
        let theme = Theme::load(&self.root, &site.config.theme, site.config.language)
            .map_err(Error::Site)?;
        let built = route(site, stats, &theme)?;
        let stats_pages = StatsPages::build(&built.site, &built.stats, &built.routes)?;
        let loading = started.elapsed();
        let last = Last {
            shape: Shape::of(&built.site),
            built,
            stats_pages,
        };
        let changes = match &self.last {
            Some(old) if old.shape == last.shape => {
                let new = &last.built;
                affected(&old.built.site, &new.site, &new.routes, changed).map(|mut changes| {
                    let stats = statistics_jobs(&old.stats_pages, &last.stats_pages, &new.routes);
                    changes.jobs.extend(stats);
                    if old.built.stats.markdown != new.stats.markdown {
                        let charts = chart_jobs(&new.site, &new.stats.markdown, &new.routes);
                        changes.jobs.extend(charts);
                    }
                    changes
                })
            }
            _ => None,
        };
        let (pages, rendered) = match changes {
            Some(changes) => {
                warnings.extend(render_jobs(&last, &theme, &changes, &self.out_dir)?);
                (changes.jobs.len(), Rendered::Affected)
            }
            None => {
                let out = Output::begin(&self.out_dir)?;
                let mut outputs = crate::outputs::all(Incremental::RenderAll);
                let written =
                    crate::outputs::write_all(&mut outputs, &last.built, &theme, &out, &Silent)?;
                out.commit()?;
                warnings.extend(written.warnings);
                (written.pages, Rendered::Everything)
            }
        };
        self.retired = self.last.replace(last);
        Ok(Report {
            pages,
            rendered,
            warnings,
            took: started.elapsed(),
            loading,
        })
    }
}

/// Renders the changed pages of the `last` site straight into the served
/// folder, and removes those that are gone.
fn render_jobs(
    last: &Last,
    theme: &Theme,
    changes: &Changes,
    out_dir: &Path,
) -> Result<Vec<Diagnostic>, Error> {
    let out = InPlace(out_dir.to_path_buf());
    for path in &changes.gone {
        out.remove_page(path)?;
    }
    let Built {
        site,
        stats,
        routes,
    } = &last.built;
    let photos = process_photos(site, routes, &out)?;
    let renderer = Renderer::new(site, stats, &last.stats_pages, theme, routes, &photos)?;
    let jobs: Vec<Route> = changes.jobs.iter().copied().collect();
    renderer.run(&jobs, &out, &|| {})
}

#[cfg(test)]
#[path = "rebuild_tests.rs"]
mod tests;
