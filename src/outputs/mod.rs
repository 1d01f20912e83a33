//! What a build makes from the built site, each behind one trait,
//! [`Output`]: the HTML site ([`HtmlSite`]) and the files for machines
//! ([`MachineFiles`]: feeds, sitemap, robots.txt, search index, CSV), the
//! statistics as Excel workbooks ([`Workbooks`]), and with `cms:` in
//! `site.yaml` the page for editing in the browser ([`AdminPage`]).
//! `build`, `check` and `serve` loop over them.
//!
//! A new output (the annual report as a document, say) is one more type
//! implementing [`Output`]: it gets the [`Built`] site, whose statistics
//! are still typed, and the same [`Sink`], so it writes into the staging
//! folder that is swapped in whole, and its addresses are asked of the
//! route table.

mod csv;
mod machine;
mod report;
mod xlsx;

use crate::built::Built;
use crate::error::{Diagnostic, Error};
use crate::progress::{Progress, Stopwatch};
use crate::render::{render, Fingerprints, Incremental};
use crate::theme::Theme;
use crate::write::Sink;
use machine::Listing;
pub use report::ReportFiles;

/// What an output made.
#[derive(Debug, Default)]
pub struct Written {
    /// Pages and feeds, for the summary.
    pub pages: usize,
    /// Problems found on the way (links that lead nowhere, photos
    /// missing); errors among them fail the build.
    pub warnings: Vec<Diagnostic>,
    /// What each page was made from, for the next build (the HTML site).
    pub fingerprints: Option<Fingerprints>,
}

/// One kind of output of the site.
pub trait Output {
    /// What it makes, for progress reports.
    fn name(&self) -> &'static str;

    /// Writes everything it makes of `built` into `out`.
    fn write(
        &mut self,
        built: &Built,
        theme: &Theme,
        out: &dyn Sink,
        progress: &dyn Progress,
    ) -> Result<Written, Error>;
}

/// The outputs of a build, in order.
pub fn all(incremental: Incremental) -> Vec<Box<dyn Output>> {
    vec![
        Box::new(HtmlSite::new(incremental)),
        Box::new(MachineFiles),
        Box::new(Workbooks),
        Box::new(AdminPage),
        Box::new(ReportFiles),
    ]
}

/// Runs `outputs` over `built` into `out`; what they wrote, together.
pub fn write_all(
    outputs: &mut [Box<dyn Output>],
    built: &Built,
    theme: &Theme,
    out: &dyn Sink,
    progress: &dyn Progress,
) -> Result<Written, Error> {
    let mut all = Written::default();
    let mut watch = Stopwatch::new(progress);
    for output in outputs {
        let written = output.write(built, theme, out, progress)?;
        watch.lap(output.name());
        all.pages += written.pages;
        all.warnings.extend(written.warnings);
        all.fingerprints = all.fingerprints.or(written.fingerprints);
    }
    Ok(all)
}

/// The pages, the photos and files of events, the theme's static files.
pub struct HtmlSite {
    /// Taken by the first write.
    incremental: Option<Incremental>,
}

impl HtmlSite {
    pub fn new(incremental: Incremental) -> HtmlSite {
        HtmlSite {
            incremental: Some(incremental),
        }
    }
}

impl Output for HtmlSite {
    fn name(&self) -> &'static str {
        "pages"
    }

    fn write(
        &mut self,
        built: &Built,
        theme: &Theme,
        out: &dyn Sink,
        progress: &dyn Progress,
    ) -> Result<Written, Error> {
        let incremental = self.incremental.take().unwrap_or(Incremental::RenderAll);
        let rendered = render(built, theme, out, progress, incremental)?;
        Ok(Written {
            pages: rendered.pages,
            warnings: rendered.warnings,
            fingerprints: rendered.fingerprints,
        })
    }
}

/// Feeds, sitemap, robots.txt, the search index and the statistics' CSV.
pub struct MachineFiles;

impl Output for MachineFiles {
    fn name(&self) -> &'static str {
        "feeds, sitemap and search index"
    }

    fn write(
        &mut self,
        built: &Built,
        _theme: &Theme,
        out: &dyn Sink,
        _progress: &dyn Progress,
    ) -> Result<Written, Error> {
        let routes = built.routes.all();
        if built.routes.has_year_stats() {
            for (path, text) in csv::files(&built.site, &built.stats) {
                out.write(&path, text.as_bytes())?;
            }
        }
        let listing = Listing::new(built);
        let pages = listing.feeds_and_sitemap(&routes, out)?;
        listing.search_index(out)?;
        Ok(Written {
            pages,
            ..Written::default()
        })
    }
}

/// Each year's statistics as an Excel workbook beside its CSV files.
pub struct Workbooks;

impl Output for Workbooks {
    fn name(&self) -> &'static str {
        "spreadsheets"
    }

    fn write(
        &mut self,
        built: &Built,
        _theme: &Theme,
        out: &dyn Sink,
        _progress: &dyn Progress,
    ) -> Result<Written, Error> {
        if built.routes.has_year_stats() {
            for (path, bytes) in xlsx::files(&built.site, &built.stats)? {
                out.write(&path, &bytes)?;
            }
        }
        Ok(Written::default())
    }
}

/// `/admin/`, the git-based CMS, when `site.yaml` has `cms:`.
pub struct AdminPage;

impl Output for AdminPage {
    fn name(&self) -> &'static str {
        "editing page"
    }

    fn write(
        &mut self,
        built: &Built,
        _theme: &Theme,
        out: &dyn Sink,
        _progress: &dyn Progress,
    ) -> Result<Written, Error> {
        Ok(Written {
            pages: crate::cms::write_admin(&built.site, out)?,
            ..Written::default()
        })
    }
}
