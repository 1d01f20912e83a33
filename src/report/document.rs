//! The annual report of one year as a document, whatever its format:
//! made once from the [`Built`] site, every figure already formatted for
//! the site language, every fixed word taken from the theme's strings.
//! The PDF template and the DOCX writer only lay it out.

use serde::Serialize;

use super::grid::{parts, Part};
use super::text::{blocks, Block};
use crate::built::Built;
use crate::charts::Chart;
use crate::error::ReportError;
use crate::model::{Event, TaxonomyKind};
use crate::render::StatsPages;
use crate::stats::HeaderCell;
use crate::theme::{Theme, Translation};

/// A table with more data columns than this goes on a landscape page.
pub const PORTRAIT_COLUMNS: usize = 6;

/// A landscape page of the PDF shows at most this many data columns; a
/// wider table goes on in more tables, the row labels repeated.
pub const PAGE_COLUMNS: usize = 12;

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Document {
    /// The language code: Typst's hyphenation and the PDF's `/Lang`.
    pub lang: &'static str,
    pub organisation: String,
    pub site_title: String,
    pub year: i32,
    /// The year's own title, from its `_index.md`.
    pub title: Option<String>,
    pub words: Words,
    pub intro: Vec<Block>,
    pub figures: Vec<KeyFigure>,
    pub highlights: Vec<Mention>,
    pub chronicle: Vec<Group>,
    pub campaigns: Vec<Campaign>,
    pub tables: Vec<TableDoc>,
    pub charts: Vec<ChartDoc>,
    /// Files the document shows (charts, photos), by the name it uses.
    #[serde(skip)]
    pub attachments: Vec<(String, Vec<u8>)>,
}

/// The fixed words, in the site's language.
#[derive(Debug, Serialize)]
pub struct Words {
    pub report: String,
    pub contents: String,
    pub intro: String,
    pub figures: String,
    pub highlights: String,
    pub chronicle: String,
    pub campaigns: String,
    pub tables: String,
    pub charts: String,
    pub date: String,
    pub library: String,
    pub form: String,
    pub attendance: String,
}

#[derive(Debug, Serialize)]
pub struct KeyFigure {
    pub name: String,
    pub value: String,
}

/// An event named in a list: highlights, campaigns.
#[derive(Debug, Serialize)]
pub struct Mention {
    pub title: String,
    pub date: String,
    pub library: String,
}

/// A month, quarter or the whole year of the chronicle.
#[derive(Debug, Serialize)]
pub struct Group {
    pub heading: String,
    pub events: Vec<EventDoc>,
}

#[derive(Debug, Serialize)]
pub struct EventDoc {
    pub title: String,
    pub date: String,
    pub library: String,
    pub form: Option<String>,
    pub attendance: Option<String>,
    pub text: Vec<Block>,
    pub photo: Option<PhotoDoc>,
}

#[derive(Debug, Serialize)]
pub struct PhotoDoc {
    /// The attachment's name.
    pub file: String,
    pub alt: String,
}

#[derive(Debug, Serialize)]
pub struct Campaign {
    pub name: String,
    pub events: Vec<Mention>,
}

/// A statistics table, whole.
#[derive(Debug, Serialize)]
pub struct TableDoc {
    pub title: String,
    pub note: Option<String>,
    pub row_heading: String,
    pub header: Vec<Vec<HeaderCell>>,
    /// Data columns (the row labels' column not counted).
    pub columns: usize,
    pub rows: Vec<RowDoc>,
    pub landscape: bool,
    /// The groups of columns the PDF shows one under another.
    pub parts: Vec<Part>,
}

#[derive(Debug, Serialize)]
pub struct RowDoc {
    pub label: String,
    pub depth: usize,
    pub total: bool,
    pub cells: Vec<String>,
}

/// A chart: its picture and its figures as a table.
#[derive(Debug, Serialize)]
pub struct ChartDoc {
    pub title: String,
    /// The attachment holding its SVG.
    pub file: String,
    pub alt: String,
    pub categories: Vec<String>,
    pub series: Vec<ChartSeries>,
}

#[derive(Debug, Serialize)]
pub struct ChartSeries {
    pub name: String,
    pub labels: Vec<String>,
}

/// `key` of the theme's strings, or the key itself if the theme has none.
fn word(theme: &Theme, key: &str) -> String {
    match theme.strings.get(key) {
        Some(Translation::Text(t)) => t.clone(),
        Some(Translation::Plural([one, _, _])) => one.clone(),
        None => key.to_string(),
    }
}

impl Words {
    fn new(theme: &Theme) -> Words {
        let w = |k: &str| word(theme, k);
        Words {
            report: w("report_title"),
            contents: w("contents"),
            intro: w("report_intro"),
            figures: w("stats_figures"),
            highlights: w("highlights"),
            chronicle: w("chronicle"),
            campaigns: w("tax_campaign"),
            tables: w("stats_tables"),
            charts: w("stats_charts"),
            date: w("date"),
            library: w("library"),
            form: w("form"),
            attendance: w("attendance"),
        }
    }
}

impl Document {
    /// The report of `year`.
    pub fn new(built: &Built, theme: &Theme, year: i32) -> Result<Document, ReportError> {
        let site = &built.site;
        let lang = site.config.language;
        let y = site
            .years
            .iter()
            .position(|y| y.year == year)
            .ok_or_else(|| ReportError::NoYear {
                year,
                years: site
                    .years
                    .iter()
                    .map(|y| y.year.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
        let the_year = &site.years[y];
        let pages = StatsPages::build(site, &built.stats, &built.routes).map_err(|e| {
            ReportError::Chart {
                year,
                message: e.to_string(),
            }
        })?;
        let page = &pages.years[y];
        let mut doc = Document {
            lang: lang.code(),
            organisation: site.config.organisation.name.clone(),
            site_title: site.config.title.clone(),
            year,
            title: the_year.title.clone(),
            words: Words::new(theme),
            intro: blocks(&the_year.intro, lang),
            figures: page
                .figures
                .iter()
                .map(|f| KeyFigure {
                    name: f.name.clone(),
                    value: match &f.unit {
                        Some(u) => format!("{} {u}", f.value),
                        None => f.value.clone(),
                    },
                })
                .collect(),
            highlights: the_year
                .events
                .iter()
                .map(|&i| &site.events[i])
                .filter(|e| e.featured)
                .map(|e| mention(e, lang))
                .collect(),
            chronicle: Vec::new(),
            campaigns: campaigns(built, y),
            tables: page
                .tables
                .iter()
                .chain(&page.derived)
                .chain(&page.events)
                .map(table)
                .collect(),
            charts: Vec::new(),
            attachments: Vec::new(),
        };
        doc.chronicle = chronicle(built, y, &mut doc.attachments);
        let charts = &built.stats.charts[y];
        for chart in charts.declared.iter().chain(&charts.events) {
            doc.add_chart(chart)
                .map_err(|message| ReportError::Chart { year, message })?;
        }
        Ok(doc)
    }

    fn add_chart(&mut self, chart: &Chart) -> Result<(), String> {
        let file = format!("chart-{}.svg", self.charts.len() + 1);
        self.attachments
            .push((file.clone(), chart.svg()?.into_bytes()));
        self.charts.push(ChartDoc {
            title: chart.title.clone(),
            file,
            alt: chart.description(),
            categories: chart.categories.clone(),
            series: chart
                .series
                .iter()
                .map(|s| ChartSeries {
                    name: s.name.clone(),
                    labels: s.labels.clone(),
                })
                .collect(),
        });
        Ok(())
    }
}

fn mention(e: &Event, lang: crate::i18n::Lang) -> Mention {
    Mention {
        title: e.title.clone(),
        date: e.date.format(lang),
        library: e.library.clone(),
    }
}

/// The year's events under month headings, then quarters, then the
/// whole year, as the year page lists them.
fn chronicle(built: &Built, y: usize, attachments: &mut Vec<(String, Vec<u8>)>) -> Vec<Group> {
    let site = &built.site;
    let lang = site.config.language;
    crate::render::chronicle_groups(site, &site.years[y].events, lang)
        .into_iter()
        .map(|(_, heading, events)| Group {
            heading,
            events: events
                .into_iter()
                .map(|i| event(&site.events[i], site, lang, attachments))
                .collect(),
        })
        .collect()
}

fn event(
    e: &Event,
    site: &crate::model::Site,
    lang: crate::i18n::Lang,
    attachments: &mut Vec<(String, Vec<u8>)>,
) -> EventDoc {
    EventDoc {
        title: e.title.clone(),
        date: e.date.format(lang),
        library: e.library.clone(),
        form: e.form.clone(),
        attendance: e
            .attendance
            .map(|a| crate::i18n::format_int(i64::from(a), lang)),
        text: blocks(&e.body, lang),
        photo: cover(e, site, attachments),
    }
}

/// The event's first photo, when it is a kind documents show and can be
/// read (the build has reported one that cannot).
fn cover(
    e: &Event,
    site: &crate::model::Site,
    attachments: &mut Vec<(String, Vec<u8>)>,
) -> Option<PhotoDoc> {
    let photo = e.photos.first()?;
    let ext = photo.file.extension()?.to_str()?.to_lowercase();
    if !["jpg", "jpeg", "png"].contains(&ext.as_str()) {
        return None;
    }
    let bytes = std::fs::read(site.root.join(&photo.file)).ok()?;
    let file = format!("photo-{}.{ext}", attachments.len() + 1);
    attachments.push((file.clone(), bytes));
    Some(PhotoDoc {
        file,
        alt: photo.alt.clone().unwrap_or_else(|| e.title.clone()),
    })
}

/// Each campaign with events this year, with those events.
fn campaigns(built: &Built, y: usize) -> Vec<Campaign> {
    let site = &built.site;
    let year = site.years[y].year;
    let lang = site.config.language;
    site.taxonomy(TaxonomyKind::Campaign)
        .terms
        .iter()
        .map(|t| Campaign {
            name: t.name.clone(),
            events: t
                .events
                .iter()
                .map(|&i| &site.events[i])
                .filter(|e| e.year == year)
                .map(|e| mention(e, lang))
                .collect(),
        })
        .filter(|c| !c.events.is_empty())
        .collect()
}

fn table(t: &crate::render::TableView) -> TableDoc {
    let columns = t.rows.first().map_or(0, |r| r.cells.len());
    let mut doc = TableDoc {
        title: match &t.unit {
            Some(u) => format!("{}, {u}", t.title),
            None => t.title.clone(),
        },
        note: t.note.clone(),
        row_heading: t.row_heading.clone(),
        header: t.header.clone(),
        columns,
        rows: t
            .rows
            .iter()
            .map(|r| RowDoc {
                label: match &r.unit {
                    Some(u) => format!("{}, {u}", r.label),
                    None => r.label.clone(),
                },
                depth: r.depth,
                total: r.total,
                cells: r.cells.clone(),
            })
            .collect(),
        landscape: columns > PORTRAIT_COLUMNS,
        parts: Vec::new(),
    };
    doc.parts = parts(&doc, PAGE_COLUMNS);
    doc
}
