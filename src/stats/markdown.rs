//! ```` ```chart ```` blocks in Markdown texts: found by the site's own
//! Markdown engine, parsed and resolved against the statistics here, so
//! every error of a build is reported together; drawn by the renderer
//! when it meets the block (see `markdown::fenced`). The texts are never
//! rewritten, and no file is read again: the model holds each body and
//! the line it starts on. Works the same in events, pages, year
//! introductions and the home page, with either engine.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Stats;
use crate::charts::{Chart, ChartSpec};
use crate::error::{Diagnostic, Diagnostics};
use crate::i18n::Lang;
use crate::markdown::{ChartBlock, Markdown};
use crate::model::Site;
use crate::yaml::{self, Fragment};

/// Every Markdown text's chart blocks, resolved: per file, in the order
/// the engine meets them; `None` for a block that could not be resolved
/// (its error is reported).
#[derive(Debug, Default, PartialEq)]
pub struct MarkdownCharts {
    by_file: HashMap<PathBuf, Vec<Option<Chart>>>,
}

/// A Markdown text of the site: where it is, and whose data its charts
/// show by default.
struct Text<'a> {
    file: &'a Path,
    body: &'a str,
    /// The line of the file the body starts on.
    body_line: usize,
    year: Option<i32>,
}

impl MarkdownCharts {
    /// Finds and resolves the chart blocks of every text of `site`.
    pub fn build(site: &Site, stats: &Stats, diags: &mut Diagnostics) -> MarkdownCharts {
        let md = Markdown::new(&site.config.markdown);
        let lang = site.config.language;
        let mut by_file = HashMap::new();
        for text in texts(site) {
            // Cheap before the engine: most texts have no chart.
            if !text.body.contains("chart") {
                continue;
            }
            let blocks = md.chart_blocks(text.body);
            if blocks.is_empty() {
                continue;
            }
            let charts = blocks
                .iter()
                .enumerate()
                .map(|(n, block)| resolve(&text, block, n + 1, lang, stats, diags))
                .collect();
            by_file.insert(text.file.to_path_buf(), charts);
        }
        MarkdownCharts { by_file }
    }

    /// The charts of `file`'s text, in order.
    pub fn of(&self, file: &Path) -> &[Option<Chart>] {
        self.by_file.get(file).map_or(&[], Vec::as_slice)
    }

    /// Whether the text of `file` has chart blocks.
    pub fn has(&self, file: &Path) -> bool {
        self.by_file.contains_key(file)
    }

    pub fn is_empty(&self) -> bool {
        self.by_file.is_empty()
    }

    /// Every chart of every text that could be drawn, in no fixed order.
    pub fn all(&self) -> impl Iterator<Item = &Chart> {
        self.by_file.values().flatten().flatten()
    }
}

/// Every Markdown text of `site`.
fn texts(site: &Site) -> Vec<Text<'_>> {
    let mut texts = vec![Text {
        file: &site.home.file,
        body: &site.home.body,
        body_line: site.home.body_line,
        year: None,
    }];
    texts.extend(site.years.iter().map(|y| Text {
        file: &y.file,
        body: &y.intro,
        body_line: y.intro_line,
        year: Some(y.year),
    }));
    texts.extend(site.events.iter().map(|e| Text {
        file: &e.file,
        body: &e.body,
        body_line: e.body_line,
        year: Some(e.year),
    }));
    texts.extend(site.pages.iter().map(|p| Text {
        file: &p.file,
        body: &p.body,
        body_line: p.body_line,
        year: None,
    }));
    texts
}

/// Block `block`, the `n`-th of `text`, resolved; its errors reported at
/// the file's lines, unless its year's own statistics failed (reported
/// there).
fn resolve(
    text: &Text,
    block: &ChartBlock,
    n: usize,
    lang: Lang,
    stats: &Stats,
    diags: &mut Diagnostics,
) -> Option<Chart> {
    let shift = text.body_line - 1;
    let fragment = Fragment {
        source: text.body,
        yaml: &block.yaml,
        first_line: block.line,
    };
    let spec: Result<ChartSpec, Diagnostic> = yaml::parse(text.file, fragment);
    let resolved = spec.and_then(|spec| {
        stats
            .chart(&spec, text.year, lang, n.to_string())
            .map_err(|(key, message, hint)| {
                let at = block.line + yaml::line_of_key(&block.yaml, key).unwrap_or(1) - 1;
                Diagnostic::error(text.file, message)
                    .at(text.body, at, 1)
                    .with_hint(hint)
            })
    });
    match resolved {
        Ok(chart) => Some(chart),
        Err(d) => {
            let failed = text
                .year
                .and_then(|y| stats.year(y))
                .is_some_and(|y| y.failed);
            if !failed {
                diags.push(d.shifted(shift));
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_block_is_an_error_at_its_line_of_the_file() {
        let body = "Текст\n\n```chart\ntype: bar\ndata: events-by-month\ncolour: red\n```\n";
        let text = Text {
            file: Path::new("a.md"),
            body,
            body_line: 4,
            year: Some(2016),
        };
        let stats = Stats {
            years: Vec::new(),
            trends: Vec::new(),
        };
        let md = Markdown::new(&crate::config::MarkdownConfig::default());
        let block = &md.chart_blocks(body)[0];
        let mut diags = Diagnostics::default();
        assert!(resolve(&text, block, 1, Lang::Ru, &stats, &mut diags).is_none());
        let d = diags.into_sorted().remove(0);
        assert_eq!(d.line, Some(9), "{d}");
        assert_eq!(d.source_line.as_deref(), Some("colour: red"), "{d}");
        assert!(
            d.message.to_string().contains("unknown field `colour`"),
            "{d}"
        );
    }
}
