//! The statistics pages as templates see them, built once per build: every
//! figure already formatted for the site language, every chart already
//! drawn, every CSV already written out as text.

use serde::Serialize;

use super::locate::{self, Locator, Seg};
use super::number::Cell;
use super::table::{HeaderCell, Table};
use super::{Dataset, Stats};
use crate::charts::{Across, Chart, ChartSpec, Grouping, Kind, Names, Place};
use crate::error::{Diagnostic, Diagnostics};
use crate::i18n::{format_decimal, Lang};
use crate::model::Site;

/// What the statistics pages show, and the CSV files they link to.
#[derive(Debug, Default)]
pub struct StatsPages {
    /// One per year of the site, in the order of [`Site::years`].
    pub years: Vec<YearPage>,
    pub trends: TrendsPage,
    /// Output path → CSV text.
    pub csv: Vec<(String, String)>,
}

#[derive(Debug, Serialize)]
pub struct YearPage {
    pub year: i32,
    pub url: String,
    /// Whether the year has a `stats.yaml`.
    pub has_file: bool,
    pub figures: Vec<FigureView>,
    pub tables: Vec<TableView>,
    /// Plan completion and change on last year of the plan/actual tables.
    pub derived: Vec<TableView>,
    pub charts: Vec<String>,
    /// Figures counted from the events, as tables.
    pub events: Vec<TableView>,
    pub event_charts: Vec<String>,
    pub online: i64,
    pub offline: i64,
    /// Each campaign of the year with its events and visitors counted.
    pub campaigns: Vec<CampaignView>,
}

#[derive(Debug, Serialize)]
pub struct CampaignView {
    pub name: String,
    pub events: i64,
    /// `None` when no event of the campaign gave its attendance.
    pub attendance: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct FigureView {
    /// The indicator or ratio id: the figure's anchor.
    pub id: String,
    pub name: String,
    pub value: String,
    pub unit: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    pub label: String,
    /// The unit of the row's indicator, when it has one.
    pub unit: Option<String>,
    pub depth: usize,
    pub total: bool,
    pub cells: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TableView {
    pub id: String,
    pub title: String,
    pub note: Option<String>,
    pub unit: Option<String>,
    pub row_heading: String,
    pub header: Vec<Vec<HeaderCell>>,
    pub rows: Vec<RowView>,
    pub csv: String,
}

#[derive(Debug, Default, Serialize)]
pub struct TrendsPage {
    pub url: String,
    pub table: Option<TableView>,
    pub charts: Vec<String>,
}

pub fn build(site: &Site, stats: &Stats, diags: &mut Diagnostics) -> StatsPages {
    let lang = site.config.language;
    let base = site.config.base_path().to_string();
    let mut pages = StatsPages::default();
    for y in &stats.years {
        let dir = format!("{}/stats/", y.year);
        let mut page = YearPage {
            year: y.year,
            url: format!("{base}{dir}"),
            has_file: y.file.is_some(),
            figures: Vec::new(),
            tables: Vec::new(),
            derived: Vec::new(),
            charts: Vec::new(),
            events: Vec::new(),
            event_charts: Vec::new(),
            online: 0,
            offline: 0,
            campaigns: Vec::new(),
        };
        if let Some(f) = &y.file {
            page.figures = f
                .figures
                .iter()
                .map(|k| FigureView {
                    id: k.id.clone(),
                    name: k.name.clone(),
                    value: match k.ratio {
                        Some(r) => format_decimal(r, 2, lang),
                        None => k.cell.format(lang),
                    },
                    unit: k.unit.clone(),
                })
                .collect();
            for t in &f.tables {
                pages.csv.push((format!("{dir}{}.csv", t.id), table_csv(t)));
                page.tables.push(table_view(t, &base, &dir, lang));
                page.derived.extend(derived_view(t, lang));
            }
            for (n, c) in f.charts.iter().enumerate() {
                let place = Place {
                    stats,
                    year: Some(y.year),
                    lang,
                    default_id: format!("stats-{}", n + 1),
                };
                let drawn = Chart::resolve(&c.spec, &place)
                    .and_then(|chart| chart.html(&base).map_err(|e| ("type", e, String::new())));
                match drawn {
                    Ok(html) => page.charts.push(html),
                    Err((key, message, hint)) => {
                        let line = Locator::new(&f.source).line(&[
                            locate::key("charts"),
                            Seg::Index(n),
                            locate::key(key),
                        ]);
                        diags.push(
                            Diagnostic::error(&f.file, message)
                                .at(&f.source, line.max(c.line), 1)
                                .with_hint(hint),
                        );
                    }
                }
            }
        }
        for d in &y.events {
            pages
                .csv
                .push((format!("{dir}{}.csv", d.id), dataset_csv(d)));
            page.events.push(dataset_view(d, &base, &dir, lang));
        }
        if let Some(c) = y.events.iter().find(|d| d.id == "events-by-campaign") {
            let figure = |s: usize, i: usize| c.series[s].values[i].addable().map(|d| d.units);
            page.campaigns = c
                .categories
                .iter()
                .enumerate()
                .map(|(i, name)| CampaignView {
                    name: name.clone(),
                    events: figure(0, i).unwrap_or(0),
                    attendance: figure(1, i),
                })
                .collect();
        }
        if let Some(on) = y.events.iter().find(|d| d.id == "events-online") {
            let count = |i: usize| {
                on.series[0]
                    .values
                    .get(i)
                    .and_then(Cell::addable)
                    .map_or(0, |d| d.units)
            };
            let names = &on.categories;
            let at = |name: &str| names.iter().position(|n| n == name);
            page.offline = at("офлайн").or(at("offline")).map_or(0, count);
            page.online = at("онлайн").or(at("online")).map_or(0, count);
        }
        let events_held = y.events.first().is_some_and(|d| {
            d.series[0]
                .values
                .iter()
                .any(|c| c.addable().is_some_and(|v| v.units > 0))
        });
        if events_held {
            for (data, kind, id) in [
                ("events-by-month", Kind::Bar, "events-month"),
                ("events-by-form", Kind::Donut, "events-form"),
            ] {
                let spec = auto_spec(id, kind, data, y.year, "events");
                let place = Place {
                    stats,
                    year: Some(y.year),
                    lang,
                    default_id: id.to_string(),
                };
                if let Ok(html) = Chart::resolve(&spec, &place)
                    .map_err(|e| e.1)
                    .and_then(|c| c.html(&base))
                {
                    page.event_charts.push(html);
                }
            }
        }
        pages.years.push(page);
    }
    pages.trends = trends_page(site, stats, &base, lang, &mut pages.csv);
    pages
}

/// A chart the build adds by itself (event figures, trends).
fn auto_spec(id: &str, kind: Kind, data: &str, year: i32, y: &str) -> ChartSpec {
    ChartSpec {
        id: Some(id.to_string()),
        kind,
        data: data.to_string(),
        x: Across::Rows,
        y: Names(vec![y.to_string()]),
        rows: Names::default(),
        group: Grouping::Grouped,
        orientation: None,
        inner_radius: None,
        labels: true,
        title: None,
        alt: None,
        table: true,
        year: Some(year),
    }
}

fn trends_page(
    site: &Site,
    stats: &Stats,
    base: &str,
    lang: Lang,
    csv: &mut Vec<(String, String)>,
) -> TrendsPage {
    let mut page = TrendsPage {
        url: format!("{base}stats/"),
        ..TrendsPage::default()
    };
    let Some(last) = site.years.last().map(|y| y.year) else {
        return page;
    };
    let Some(data) = stats.dataset(last, "trends") else {
        return page;
    };
    if data.series.is_empty() {
        return page;
    }
    csv.push(("stats/trends.csv".to_string(), dataset_csv(&data)));
    let mut table = dataset_view(
        &crate::charts::transpose(data.clone()),
        base,
        "stats/",
        lang,
    );
    table.csv = format!("{base}stats/trends.csv");
    table.title = match lang {
        Lang::Ru => "Все показатели по годам",
        Lang::Kk => "Барлық көрсеткіштер жылдар бойынша",
        Lang::En => "All figures by year",
    }
    .to_string();
    page.table = Some(table);
    for t in stats.trends.iter().filter(|t| t.points.len() > 1) {
        let mut spec = auto_spec(
            &format!("trend-{}", t.id),
            Kind::Line,
            "trends",
            last,
            &t.id,
        );
        spec.title = Some(match &t.unit {
            Some(u) => format!("{}, {u}", t.name),
            None => t.name.clone(),
        });
        let place = Place {
            stats,
            year: Some(last),
            lang,
            default_id: t.id.clone(),
        };
        if let Ok(html) = Chart::resolve(&spec, &place)
            .map_err(|e| e.1)
            .and_then(|c| c.html(base))
        {
            page.charts.push(html);
        }
    }
    page
}

fn table_view(t: &Table, base: &str, dir: &str, lang: Lang) -> TableView {
    let rows = t
        .rows
        .iter()
        .map(|r| RowView {
            label: r.label.clone(),
            unit: r.unit.clone(),
            depth: r.depth,
            total: r.total,
            cells: r.cells.iter().map(|c| c.format(lang)).collect(),
        })
        .collect();
    TableView {
        id: t.id.clone(),
        title: t.title.clone(),
        note: t.note.clone(),
        unit: t.unit.clone(),
        row_heading: t.row_heading.clone().unwrap_or_default(),
        header: t.header.clone(),
        rows,
        csv: format!("{base}{dir}{}.csv", t.id),
    }
}

/// Plan completion and change on last year, for a plan/actual table.
fn derived_view(t: &Table, lang: Lang) -> Option<TableView> {
    let derived = t.derived();
    (!derived.is_empty()).then(|| {
        let series: Vec<String> = derived[0].1.iter().map(|d| d.series.clone()).collect();
        let [completion, change, change_pct] = derived_labels(lang);
        let header = vec![
            series
                .iter()
                .map(|s| HeaderCell {
                    text: s.clone(),
                    colspan: 3,
                    rowspan: 1,
                })
                .collect(),
            series
                .iter()
                .flat_map(|_| [completion, change, change_pct])
                .map(|h| HeaderCell {
                    text: h.to_string(),
                    colspan: 1,
                    rowspan: 1,
                })
                .collect(),
        ];
        let pct = |x: Option<f64>| {
            x.map(|x| format!("{}\u{a0}%", format_decimal(x, 1, lang)))
                .unwrap_or_default()
        };
        let rows = derived
            .iter()
            .map(|(r, items)| RowView {
                label: t.rows[*r].label.clone(),
                unit: None,
                depth: t.rows[*r].depth,
                total: false,
                cells: items
                    .iter()
                    .flat_map(|d| {
                        let change = d.change.map(|c| {
                            let s = c.format(lang);
                            if c.units > 0 {
                                format!("+{s}")
                            } else {
                                s
                            }
                        });
                        let change_pct = match d.change_pct {
                            Some(x) if x > 0.0 => format!("+{}", pct(Some(x))),
                            x => pct(x),
                        };
                        [pct(d.completion), change.unwrap_or_default(), change_pct]
                    })
                    .collect(),
            })
            .collect();
        TableView {
            id: format!("{}-derived", t.id),
            title: format!("{}: {}", t.title, derived_labels(lang)[0]),
            note: None,
            unit: None,
            row_heading: t.row_heading.clone().unwrap_or_default(),
            header,
            rows,
            csv: String::new(),
        }
    })
}

fn derived_labels(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Ru => ["выполнение плана", "к прошлому году", "изменение"],
        Lang::Kk => ["жоспардың орындалуы", "өткен жылға", "өзгеріс"],
        Lang::En => ["of plan", "on last year", "change"],
    }
}

fn dataset_view(d: &Dataset, base: &str, dir: &str, lang: Lang) -> TableView {
    TableView {
        id: d.id.clone(),
        title: d.title.clone(),
        note: None,
        unit: d.unit.clone(),
        row_heading: String::new(),
        header: vec![d
            .series
            .iter()
            .map(|s| HeaderCell {
                text: s.name.clone(),
                colspan: 1,
                rowspan: 1,
            })
            .collect()],
        rows: d
            .categories
            .iter()
            .enumerate()
            .map(|(c, label)| RowView {
                label: label.clone(),
                unit: None,
                depth: 0,
                total: false,
                cells: d.series.iter().map(|s| s.values[c].format(lang)).collect(),
            })
            .collect(),
        csv: format!("{base}{dir}{}.csv", d.id),
    }
}

/// RFC 4180: quote fields with commas, quotes or line breaks; a text
/// that a spreadsheet would run as a formula is defused first.
fn csv_field(s: &str) -> String {
    let s = super::formula::defused(s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv_line(fields: impl IntoIterator<Item = String>) -> String {
    let mut line = fields
        .into_iter()
        .map(|f| csv_field(&f))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

fn table_csv(t: &Table) -> String {
    let mut out = csv_line(
        std::iter::once(t.row_heading.clone().unwrap_or_default())
            .chain(t.columns.iter().map(|c| c.key.clone())),
    );
    for r in &t.rows {
        out += &csv_line(std::iter::once(r.label.clone()).chain(r.cells.iter().map(Cell::plain)));
    }
    out
}

fn dataset_csv(d: &Dataset) -> String {
    let mut out =
        csv_line(std::iter::once(String::new()).chain(d.series.iter().map(|s| s.name.clone())));
    for (c, cat) in d.categories.iter().enumerate() {
        out += &csv_line(
            std::iter::once(cat.clone()).chain(d.series.iter().map(|s| s.values[c].plain())),
        );
    }
    out
}
