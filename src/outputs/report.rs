//! The annual reports as an output of the build, with `report: true` in
//! `site.yaml`.

use super::{Output, Written};
use crate::built::Built;
use crate::error::Error;
use crate::progress::Progress;
use crate::report::{write_as, Document};
use crate::theme::Theme;
use crate::write::Sink;

/// Every year's report, with `report: true` in `site.yaml`.
pub struct ReportFiles;

impl Output for ReportFiles {
    fn name(&self) -> &'static str {
        "annual reports"
    }

    fn write(
        &mut self,
        built: &Built,
        theme: &Theme,
        out: &dyn Sink,
        _progress: &dyn Progress,
    ) -> Result<Written, Error> {
        let mut pages = 0;
        // The routes list a year's formats together: its document is made once.
        let mut doc: Option<Document> = None;
        for (year, format, path) in built.routes.reports() {
            if doc.as_ref().is_none_or(|d| d.year != year) {
                doc = Some(Document::new(built, theme, year)?);
            }
            if let Some(doc) = &doc {
                out.write(&path, &write_as(doc, format)?)?;
                pages += 1;
            }
        }
        Ok(Written {
            pages,
            ..Written::default()
        })
    }
}
