//! The pipeline, each stage handing on a named result:
//!
//! ```text
//! config::Config ─ load::read → model::source::Sources ─ Site::build → model::Site
//!   ─ Statistics::build → stats::Statistics ─ Theme::load, Routes::new → Built
//!   ─ outputs::Output (HtmlSite, MachineFiles) → write::Output (staging, swap)
//! ```

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use crate::built::Built;
use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics, Error};
use crate::git::History;
use crate::model::{Options, Site};
pub use crate::progress::Progress;
use crate::progress::Stopwatch;
use crate::render::{Fingerprints, Incremental};
use crate::routes::Routes;
use crate::stats::Statistics;
use crate::theme::Theme;
use crate::write::Output;

/// What `letopis build` was asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Defaults to `<root>/output`.
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct Summary {
    pub pages: usize,
    pub files: u64,
    pub events: usize,
    pub output: PathBuf,
    pub elapsed: Duration,
    pub warnings: Vec<Diagnostic>,
}

/// Builds the site. On any error the previous output is left as it was.
pub fn build(opts: &BuildOptions, progress: &dyn Progress) -> Result<Summary, Error> {
    let started = Instant::now();
    let mut watch = Stopwatch::new(progress);
    let root = &opts.root;
    let mut config = Config::load(root)?;
    if let Some(url) = &opts.base_url {
        config.set_base_url(url)?;
    }
    watch.lap("config");
    let options = Options {
        drafts: opts.drafts,
    };
    let (site, mut diags) = load_model(root, config, options, None, &mut None);
    watch.lap("content and model");
    let stats = Statistics::build(&site, &mut diags);
    let warnings = diags.finish()?;
    watch.lap("statistics and charts");
    let theme = Theme::load(root, &site.config.theme, site.config.language).map_err(Error::Site)?;
    let built = route(site, stats, &theme)?;
    watch.lap("theme and routes");

    let target = opts.output.clone().unwrap_or_else(|| root.join("output"));
    let place = crate::write::output_place(root, &target)?;
    let previous = Fingerprints::load(&place);
    let out = Output::begin(&place)?;
    let mut outputs = crate::outputs::all(Incremental::Record(previous));
    let written = crate::outputs::write_all(&mut outputs, &built, &theme, &out, progress)?;
    let errors: Vec<Diagnostic> = written
        .warnings
        .iter()
        .filter(|d| d.is_error())
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Err(Error::Site(errors));
    }
    watch.restart();
    if let Some(record) = &written.fingerprints {
        out.set_marker(&record.marker())?;
    }
    let files = out.files_written();
    out.commit()?;
    watch.lap("swap in the output");
    let mut warnings = warnings;
    warnings.extend(written.warnings);
    Ok(Summary {
        pages: written.pages,
        files,
        events: built.site.events.len(),
        output: target,
        elapsed: started.elapsed(),
        warnings,
    })
}

/// The route table of `site` with the theme's pages: the last check
/// before anything is written (two sources of one address).
pub fn route(site: Site, stats: Statistics, theme: &Theme) -> Result<Built, Error> {
    let routes = Routes::new(&site, &stats, theme).map_err(Error::Site)?;
    Ok(Built {
        site,
        stats,
        routes,
    })
}

/// Loads content and builds the model, with every diagnostic of both; the
/// caller adds the statistics' and then decides (`Diagnostics::finish`), so
/// one run reports the errors of all of them. `cache` gives `serve` the
/// files it parsed before.
///
/// When `site.yaml` turns `last_updated` on, pages are dated from
/// `history`, which is read from git (one `git log`) if it is still None
/// and kept there, so `serve` reads it once.
pub fn load_model(
    root: &Path,
    config: Config,
    options: Options,
    cache: Option<&crate::load::Cache>,
    history: &mut Option<History>,
) -> (Site, Diagnostics) {
    let mut diags = Diagnostics::default();
    let sources = crate::load::read(root, &config.ignore, &mut diags, cache);
    let mut site = Site::build(root, config, sources, options, &mut diags);
    // The git dates are the last thing set on the model: from here on it
    // is only read.
    if site.config.last_updated {
        let history = history.get_or_insert_with(|| {
            let (history, warning) = History::read(root);
            diags.extend(warning);
            history
        });
        crate::git::attach(&mut site, history);
    }
    (site, diags)
}

/// The model with its statistics, or every error of content and
/// statistics together (for `check`).
pub fn load_site(
    root: &Path,
    config: Config,
    options: Options,
) -> Result<(Site, Statistics, Vec<Diagnostic>), Error> {
    load_site_cached(root, config, options, None, &mut None)
}

/// [`load_site`], taking unchanged files from `cache` and the git history
/// from `history` (for `serve`; see [`load_model`]).
pub fn load_site_cached(
    root: &Path,
    config: Config,
    options: Options,
    cache: Option<&crate::load::Cache>,
    history: &mut Option<History>,
) -> Result<(Site, Statistics, Vec<Diagnostic>), Error> {
    let (site, mut diags) = load_model(root, config, options, cache, history);
    let stats = Statistics::build(&site, &mut diags);
    let warnings = diags.finish()?;
    Ok((site, stats, warnings))
}
