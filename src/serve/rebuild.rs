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
//!
//! After rendering only some pages, the files made from the whole site
//! (feeds, sitemap, search index, statistics CSV) are brought up to date by
//! [`Builder::finish`], which `serve` calls after telling the browser to
//! reload: the page being edited shows sooner.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::affected::{affected, list_changes, statistics_jobs, Before, Changes};
use super::patch::{apply_move, Reach};
use super::shape::Shape;
use crate::build::load_site_cached;
use crate::config::Config;
use crate::error::{Diagnostic, Error};
use crate::git::History;
use crate::load::Cache;
use crate::model::{Options, Site};
use crate::progress::Silent;
use crate::render::{
    chart_jobs, process_photos, render, site_files, Incremental, Job, Renderer, Urls,
};
use crate::theme::Theme;
use crate::write::{InPlace, Output, Rewrite};

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
    last: Option<(Site, Shape)>,
    /// Parsed sources, so an edit re-reads only the edited files.
    cache: Cache,
    /// Whether the last rebuild succeeded.
    healthy: bool,
    /// Whether only some pages were rendered since the whole-site files
    /// were last written (see [`Builder::finish`]).
    partial: bool,
    /// The site a rebuild replaced, dropped by [`Builder::finish`] rather
    /// than before the browser is told.
    retired: Option<Site>,
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
        let Some((site, _)) = self.last.as_ref().filter(|_| self.partial && self.healthy) else {
            return Ok(false);
        };
        let theme = Theme::load(&self.root, &site.config.theme, site.config.language)
            .map_err(Error::Site)?;
        let out = Rewrite::new(&self.out_dir);
        site_files(site, &theme, &out)?;
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
        let Some((site, shape)) = self.last.as_mut().filter(|_| self.healthy) else {
            return Ok(None);
        };
        let Some(mut edits) = super::patch::edits(site, changed) else {
            return Ok(None);
        };
        let theme = Theme::load(&self.root, &site.config.theme, site.config.language)
            .map_err(Error::Site)?;
        let changes = if let [(_, _, Reach::Moves)] = edits.as_slice() {
            let (i, event, _) = edits.remove(0);
            match apply_move(site, shape, &theme, i, event) {
                Some(changes) => changes,
                None => return Ok(None),
            }
        } else {
            // The events keep their places and terms: the jobs are the
            // same before and after they are replaced.
            let mut changes = Changes::default();
            for (i, _, reach) in &edits {
                changes.jobs.insert(Job::Event(*i));
                if *reach == Reach::Lists
                    && list_changes(&Before::of(site, *i), site, *i, true, &mut changes).is_none()
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
        let warnings = render_jobs(site, &theme, &changes, &self.out_dir)?;
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
        let changes = match &self.last {
            Some((old, old_shape)) if *old_shape == shape => {
                affected(old, &site, changed).map(|mut changes| {
                    changes
                        .jobs
                        .extend(statistics_jobs(&old.stats, &site, &theme));
                    if old.chart_blocks != site.chart_blocks {
                        changes.jobs.extend(chart_jobs(&site));
                    }
                    changes
                })
            }
            _ => None,
        };
        let (pages, rendered) = match changes {
            Some(changes) => {
                warnings.extend(render_jobs(&site, &theme, &changes, &self.out_dir)?);
                (changes.jobs.len(), Rendered::Affected)
            }
            None => {
                let out = Output::begin(&self.out_dir)?;
                let rendered = render(&site, &theme, &out, &Silent, Incremental::RenderAll)?;
                out.commit()?;
                warnings.extend(rendered.warnings);
                (rendered.pages, Rendered::Everything)
            }
        };
        self.retired = self.last.replace((site, shape)).map(|(old, _)| old);
        Ok(Report {
            pages,
            rendered,
            warnings,
            took: started.elapsed(),
            loading,
        })
    }
}

/// Renders the changed pages straight into the served folder, and removes
/// those that are gone.
fn render_jobs(
    site: &Site,
    theme: &Theme,
    changes: &Changes,
    out_dir: &Path,
) -> Result<Vec<Diagnostic>, Error> {
    let out = InPlace(out_dir.to_path_buf());
    for path in &changes.gone {
        out.remove_page(path)?;
    }
    let urls = Urls::new(site);
    let photos = process_photos(site, &urls, &out)?;
    let renderer = Renderer::new(site, theme, &urls, &photos)?;
    let jobs: Vec<Job> = changes.jobs.iter().copied().collect();
    renderer.run(&jobs, &out, &|| {})
}

#[cfg(test)]
#[path = "rebuild_tests.rs"]
mod tests;
