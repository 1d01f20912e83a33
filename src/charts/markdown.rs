//! ```` ```chart ```` blocks in Markdown: each is drawn once, kept in
//! [`Site::chart_blocks`](crate::model::Site::chart_blocks), and replaced in
//! the Markdown by a placeholder paragraph; after the Markdown is rendered
//! and sanitised, [`restore`] puts the chart's HTML in its place. (Inserted
//! before, the SVG would be removed by the sanitiser, which rightly lets no
//! editor-written SVG through.) Works the same in events, pages, year
//! introductions and the home page, with either engine.

use std::path::Path;

use super::{Chart, ChartSpec, Place};
use crate::error::{Diagnostic, Diagnostics};
use crate::stats::Stats;
use crate::yaml::{self, Fragment};

/// Expands the chart blocks of every Markdown text of `site`.
pub fn expand_all(site: &mut crate::model::Site, stats: &Stats, diags: &mut Diagnostics) {
    let lang = site.config.language;
    let base = site.config.base_path().to_string();
    let root = site.root.clone();
    let mut blocks = Vec::new();
    let mut texts: Vec<(&Path, Option<i32>, &mut String)> = Vec::new();
    let home = Path::new("content/_index.md");
    texts.push((home, None, &mut site.home.body));
    let intros: Vec<std::path::PathBuf> = site
        .years
        .iter()
        .map(|y| {
            Path::new(crate::load::CONTENT_DIR)
                .join(y.year.to_string())
                .join("_index.md")
        })
        .collect();
    for (y, file) in site.years.iter_mut().zip(&intros) {
        texts.push((file.as_path(), Some(y.year), &mut y.intro));
    }
    for ev in &mut site.events {
        texts.push((ev.file.as_path(), Some(ev.year), &mut ev.body));
    }
    for p in &mut site.pages {
        texts.push((p.file.as_path(), None, &mut p.body));
    }
    for (file, year, body) in texts {
        if !body.contains("```chart") {
            continue;
        }
        let source = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        // The body is the end of the file: count the lines before it.
        let offset = source
            .len()
            .checked_sub(body.len())
            .filter(|&at| source.is_char_boundary(at) && source[at..] == **body)
            .map_or(0, |at| source[..at].matches('\n').count());
        let place = Place {
            stats,
            year,
            lang,
            default_id: String::new(),
        };
        *body = expand(
            body,
            Origin {
                file,
                source: &source,
                offset,
            },
            place,
            &base,
            &mut blocks,
            diags,
        );
    }
    site.chart_blocks = blocks;
}

/// What every placeholder starts with.
pub const PLACEHOLDER: &str = "LETOPISCHARTBLOCK";

/// The placeholder of block `n`: plain letters and digits, which both
/// Markdown engines and the sanitiser leave alone.
fn placeholder(n: usize) -> String {
    format!("{PLACEHOLDER}{n}END")
}

/// `html` with each placeholder paragraph replaced by its chart.
pub fn restore(html: String, blocks: &[String]) -> String {
    if !html.contains(PLACEHOLDER) {
        return html;
    }
    let mut html = html;
    for (n, block) in blocks.iter().enumerate() {
        let marker = format!("<p>{}</p>", placeholder(n));
        if html.contains(&marker) {
            html = html.replace(&marker, block);
        }
    }
    html
}

/// Where a Markdown body comes from, for errors.
struct Origin<'a> {
    file: &'a Path,
    /// The whole file.
    source: &'a str,
    /// The number of file lines before the body.
    offset: usize,
}

/// `body` with its chart blocks replaced by placeholders, their HTML
/// appended to `blocks`.
fn expand(
    body: &str,
    origin: Origin,
    mut place: Place,
    base: &str,
    blocks: &mut Vec<String>,
    diags: &mut Diagnostics,
) -> String {
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let mut n = 0;
    while i < lines.len() {
        let fence = lines[i].trim_end();
        if fence.trim_start() != "```chart" {
            out.push_str(lines[i]);
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = (start..lines.len())
            .find(|&j| lines[j].trim() == "```")
            .unwrap_or(lines.len());
        let yaml_text: String = lines[start..end].concat();
        let first_line = origin.offset + start + 1;
        n += 1;
        place.default_id = n.to_string();
        match render_block(
            &yaml_text,
            origin.file,
            origin.source,
            first_line,
            &place,
            base,
        ) {
            Ok(html) => {
                out.push('\n');
                out.push_str(&placeholder(blocks.len()));
                out.push_str("\n\n");
                blocks.push(html);
            }
            Err(d) => {
                // Data missing because its own file failed was reported there.
                let failed = place
                    .year
                    .and_then(|y| place.stats.year(y))
                    .is_some_and(|y| y.failed);
                if !failed {
                    diags.push(d);
                }
            }
        }
        i = end + 1;
    }
    out
}

fn render_block(
    yaml_text: &str,
    file: &Path,
    source: &str,
    first_line: usize,
    place: &Place,
    base: &str,
) -> Result<String, Diagnostic> {
    let fragment = Fragment {
        source,
        yaml: yaml_text,
        first_line,
    };
    let spec: ChartSpec = yaml::parse(file, fragment).map_err(crate::stats::split_hint)?;
    let at = |key: &str| first_line + crate::yaml::line_of_key(yaml_text, key).unwrap_or(1) - 1;
    let chart = Chart::resolve(&spec, place).map_err(|(key, message, hint)| {
        Diagnostic::error(file, message)
            .at(source, at(key), 1)
            .with_hint(hint)
    })?;
    chart.html(base).map_err(|e| {
        Diagnostic::error(file, format!("the chart could not be drawn: {e}"))
            .at(source, first_line, 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expands `body` of a 2016 file whose text starts `offset` lines into
    /// `source`, with no statistics; returns the text and the diagnostics.
    fn expand_in_2016(body: &str, source: &str, offset: usize) -> (String, Diagnostics) {
        let stats = Stats {
            years: Vec::new(),
            trends: Vec::new(),
        };
        let place = Place {
            stats: &stats,
            year: Some(2016),
            lang: crate::i18n::Lang::Ru,
            default_id: String::new(),
        };
        let origin = Origin {
            file: Path::new("a.md"),
            source,
            offset,
        };
        let mut diags = Diagnostics::default();
        let out = expand(body, origin, place, "/", &mut Vec::new(), &mut diags);
        (out, diags)
    }

    #[test]
    fn text_without_charts_is_unchanged() {
        let body = "Текст\n\n```rust\nfn main() {}\n```\n";
        let (out, diags) = expand_in_2016(body, body, 0);
        assert_eq!(out, body);
        assert!(!diags.has_errors());
    }

    #[test]
    fn a_bad_block_is_an_error_at_its_line() {
        let body = "Текст\n\n```chart\ntype: bar\ndata: events-by-month\ncolour: red\n```\n";
        let source = format!("---\ntitle: x\n---\n{body}");
        let (_, diags) = expand_in_2016(body, &source, 3);
        let d = diags.into_sorted().remove(0);
        assert_eq!(d.line, Some(9), "{d}");
        assert!(d.message.contains("unknown field `colour`"), "{d}");
    }
}
