//! The statistics pages as templates see them, made by the HTML output
//! from the typed statistics once per build: every figure formatted for
//! the site language, every chart drawn.

use serde::Serialize;

use super::Html;
use crate::charts::{Chart, Dataset};
use crate::error::Error;
use crate::i18n::{format_decimal, Lang};
use crate::model::Site;
use crate::number::Cell;
use crate::routes::{dataset_csv, Route, Routes};
use crate::stats::{HeaderCell, Statistics, Table, YearCharts, YearStats};

/// What the statistics pages show.
#[derive(Debug, Default, PartialEq)]
pub struct StatsPages {
    /// One per year of the site, in the order of [`Site::years`].
    pub years: Vec<YearPage>,
    pub trends: TrendsPage,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearPage {
    pub year: i32,
    pub url: String,
    /// Whether the year has a `stats.yaml`.
    pub has_file: bool,
    pub figures: Vec<FigureView>,
    pub tables: Vec<TableView>,
    /// Plan completion and change on last year of the plan/actual tables.
    pub derived: Vec<TableView>,
    pub charts: Vec<Html>,
    /// Figures counted from the events, as tables.
    pub events: Vec<TableView>,
    pub event_charts: Vec<Html>,
    pub online: i64,
    pub offline: i64,
    /// Each campaign of the year with its events and visitors counted.
    pub campaigns: Vec<CampaignView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CampaignView {
    pub name: String,
    pub events: i64,
    /// `None` when no event of the campaign gave its attendance.
    pub attendance: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureView {
    /// The indicator or ratio id: the figure's anchor.
    pub id: String,
    pub name: String,
    pub value: String,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowView {
    pub label: String,
    /// The unit of the row's indicator, when it has one.
    pub unit: Option<String>,
    pub depth: usize,
    pub total: bool,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableView {
    pub id: String,
    pub title: String,
    pub note: Option<String>,
    pub unit: Option<String>,
    pub row_heading: String,
    pub header: Vec<Vec<HeaderCell>>,
    pub rows: Vec<RowView>,
    pub csv: String,
    /// Below the table: what the marks in its cells mean («× — …»), and
    /// the totals kept that don't add up, with both figures.
    pub notes: Vec<String>,
    /// The year's workbook, for the tables of its file.
    pub xlsx: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TrendsPage {
    pub url: String,
    pub table: Option<TableView>,
    pub charts: Vec<Html>,
}

impl StatsPages {
    /// The statistics pages of `site`, linked at the addresses of
    /// `routes`; fails only if a chart cannot be drawn.
    pub fn build(
        site: &Site,
        statistics: &Statistics,
        routes: &Routes,
    ) -> Result<StatsPages, Error> {
        build(site, statistics, routes)
    }

    /// These pages, made for `old`, made for `new` instead (see
    /// [`redrawn`]): what `serve` does after an edit moves an event.
    pub fn redrawn(
        &self,
        site: &Site,
        old: &Statistics,
        new: &Statistics,
        routes: &Routes,
    ) -> Result<StatsPages, Error> {
        redrawn(self, site, old, new, routes)
    }
}

fn build(site: &Site, statistics: &Statistics, routes: &Routes) -> Result<StatsPages, Error> {
    let lang = site.config.language;
    let years = statistics.stats.years.iter().zip(&statistics.charts);
    Ok(StatsPages {
        years: years
            .enumerate()
            .map(|(i, (y, charts))| year_page(i, y, charts, routes, lang))
            .collect::<Result<_, _>>()?,
        trends: trends_page(site, statistics, routes, lang)?,
    })
}

/// `pages`, the pages of `old`, for `new`: the statistics of `site`
/// counted again after an edit of its events, the files as they were. A
/// year whose event figures and charts are as before keeps its page as
/// drawn; the others, and the trends if theirs changed, are made again.
fn redrawn(
    pages: &StatsPages,
    site: &Site,
    old: &Statistics,
    new: &Statistics,
    routes: &Routes,
) -> Result<StatsPages, Error> {
    let lang = site.config.language;
    let mut years = Vec::with_capacity(new.stats.years.len());
    for (i, (y, charts)) in new.stats.years.iter().zip(&new.charts).enumerate() {
        let kept = (
            old.stats.years.get(i),
            old.charts.get(i),
            pages.years.get(i),
        );
        years.push(match kept {
            (Some(o), Some(c), Some(page)) if o.same_as(y) && c == charts => page.clone(),
            _ => year_page(i, y, charts, routes, lang)?,
        });
    }
    let same_trends = old.stats.trends == new.stats.trends && old.trend_charts == new.trend_charts;
    let trends = match same_trends {
        true => pages.trends.clone(),
        false => trends_page(site, new, routes, lang)?,
    };
    Ok(StatsPages { years, trends })
}

/// Year `i`'s statistics page.
fn year_page(
    i: usize,
    y: &YearStats,
    charts: &YearCharts,
    routes: &Routes,
    lang: Lang,
) -> Result<YearPage, Error> {
    let csv = |id: &str| routes.url(&dataset_csv(y.year, id));
    let mut page = YearPage {
        year: y.year,
        url: routes.url_of(Route::YearStats(i)),
        has_file: y.file.is_some(),
        figures: Vec::new(),
        tables: Vec::new(),
        derived: Vec::new(),
        charts: draw(&charts.declared, routes)?,
        events: Vec::new(),
        event_charts: draw(&charts.events, routes)?,
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
        let xlsx = routes.url(&crate::routes::year_xlsx(y.year));
        for t in &f.tables {
            page.tables.push(table_view(t, csv(&t.id), &xlsx, lang));
        }
        for t in &y.derived {
            page.derived.push(table_view(t, csv(&t.id), &xlsx, lang));
        }
    }
    for d in &y.events {
        page.events.push(dataset_view(d, csv(&d.id), lang));
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
    Ok(page)
}

/// `charts` drawn, in order.
fn draw(charts: &[Chart], routes: &Routes) -> Result<Vec<Html>, Error> {
    // The drawing escapes every label (`crate::charts`).
    charts
        .iter()
        .map(|c| draw_one(c, routes).map(Html::made))
        .collect()
}

/// One chart's figure, linking its data's CSV; a drawing failure is a bug
/// of ours, not the editor's, but is reported rather than hidden.
pub fn draw_one(chart: &Chart, routes: &Routes) -> Result<String, Error> {
    chart
        .html(&routes.url(&dataset_csv(chart.year, &chart.data)))
        .map_err(|e| {
            Error::Usage(
                crate::messages::Message::new("chart-failed")
                    .arg("id", chart.id.as_str())
                    .arg("reason", e.to_string()),
            )
        })
}

fn trends_page(
    site: &Site,
    statistics: &Statistics,
    routes: &Routes,
    lang: Lang,
) -> Result<TrendsPage, Error> {
    let mut page = TrendsPage {
        url: routes.url_of(Route::StatsIndex),
        ..TrendsPage::default()
    };
    let Some(last) = site.years.last().map(|y| y.year) else {
        return Ok(page);
    };
    let Some(data) = statistics.stats.dataset(last, "trends") else {
        return Ok(page);
    };
    if data.series.is_empty() {
        return Ok(page);
    }
    let csv = routes.url(&dataset_csv(last, &data.id));
    let mut table = dataset_view(&crate::charts::transpose(data.clone()), csv, lang);
    table.title = match lang {
        Lang::Ru => "Все показатели по годам",
        Lang::Kk => "Барлық көрсеткіштер жылдар бойынша",
        Lang::En => "All figures by year",
    }
    .to_string();
    page.table = Some(table);
    page.charts = draw(&statistics.trend_charts, routes)?;
    Ok(page)
}

fn table_view(t: &Table, csv: String, xlsx: &str, lang: Lang) -> TableView {
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
        csv,
        notes: t.notes(lang),
        xlsx: xlsx.to_string(),
    }
}

fn dataset_view(d: &Dataset, csv: String, lang: Lang) -> TableView {
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
        csv,
        notes: Vec::new(),
        xlsx: String::new(),
    }
}
