//! Drawing charts into SVG with plotters. plotters is used nowhere outside
//! `src/charts/` (here and `text.rs`): it pulls in ttf-parser, flagged
//! unmaintained in RUSTSEC-2026-0192, and keeping it in one place keeps a
//! swap cheap.
//!
//! Layout is done here, not by plotters' chart builder: plotters has no
//! grouped or stacked bars, and labels must be measured and wrapped so
//! long Cyrillic names never overlap. Colours are drawn as placeholder
//! values and turned into CSS classes afterwards, so the theme decides the
//! palette (and dark mode and print work).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

mod round;

use super::text::{self, SMALL};
use super::{Chart, Grouping, Kind};
use round::{line, pie, pie_height};

pub(super) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(super) type Res = Result<(), String>;

pub(super) const W: i32 = 720;
pub(super) const LINE: i32 = 18;
const BAR: i32 = 18;
const PALETTE: usize = 8;

const INK: RGBColor = RGBColor(1, 2, 1);
const GRID: RGBColor = RGBColor(1, 2, 2);

pub(super) fn series_color(i: usize) -> RGBColor {
    RGBColor(1, 2, 16 + (i % PALETTE) as u8)
}

/// The chart as SVG, without the accessibility wrapper (see [`super::html`]).
pub fn svg(chart: &Chart) -> Result<String, String> {
    let height = match chart.kind {
        Kind::Pie | Kind::Donut => pie_height(chart),
        Kind::Bar if chart.horizontal => hbar_height(chart),
        _ => vertical_height(chart),
    };
    let mut buf = String::new();
    {
        let area = SVGBackend::with_string(&mut buf, (W as u32, height as u32)).into_drawing_area();
        match chart.kind {
            Kind::Pie | Kind::Donut => pie(&area, chart, height)?,
            Kind::Bar if chart.horizontal => hbars(&area, chart)?,
            Kind::Bar => vbars(&area, chart, height)?,
            Kind::Line => line(&area, chart, height)?,
        }
        area.present().map_err(|e| e.to_string())?;
    }
    Ok(classes(&buf))
}

/// Placeholder colours → CSS classes of the theme.
fn classes(svg: &str) -> String {
    let mut out = svg
        .replace("fill=\"#010201\"", "class=\"chart-ink\"")
        .replace("stroke=\"#010202\"", "class=\"chart-grid\"");
    for i in 0..PALETTE {
        let hex = format!("#0102{:02X}", 16 + i);
        out = out
            .replace(
                &format!("fill=\"{hex}\""),
                &format!("class=\"chart-fill-{}\"", i + 1),
            )
            .replace(
                &format!("stroke=\"{hex}\""),
                &format!("class=\"chart-line-{}\"", i + 1),
            );
    }
    out
}

pub(super) fn style(size: f64, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle::from(text::font(size))
        .color(&INK)
        .pos(Pos::new(h, v))
}

pub(super) fn draw_text(area: &Area, s: &str, at: (i32, i32), st: &TextStyle) -> Res {
    area.draw(&Text::new(s.to_string(), at, st.clone()))
        .map_err(|e| e.to_string())
}

pub(super) fn rect(area: &Area, a: (i32, i32), b: (i32, i32), color: RGBColor) -> Res {
    area.draw(&Rectangle::new([a, b], color.filled()))
        .map_err(|e| e.to_string())
}

fn hline(area: &Area, y: i32, x0: i32, x1: i32) -> Res {
    area.draw(&PathElement::new(
        vec![(x0, y), (x1, y)],
        GRID.stroke_width(1),
    ))
    .map_err(|e| e.to_string())
}

/// Values per category after grouping: stacked100 turns them into shares.
pub(super) fn values(chart: &Chart) -> Vec<Vec<Option<f64>>> {
    let raw: Vec<Vec<Option<f64>>> = chart.series.iter().map(|s| s.values.clone()).collect();
    if chart.grouping != Grouping::Stacked100 {
        return raw;
    }
    (0..raw.len())
        .map(|s| {
            (0..chart.categories.len())
                .map(|c| {
                    let total: f64 = raw.iter().filter_map(|r| r[c]).sum();
                    raw[s][c].filter(|_| total > 0.0).map(|v| v / total * 100.0)
                })
                .collect()
        })
        .collect()
}

/// The label of series `s` at category `c`.
pub(super) fn label(chart: &Chart, s: usize, c: usize, v: f64) -> String {
    if chart.grouping == Grouping::Stacked100 {
        format!("{}\u{a0}%", crate::i18n::format_decimal(v, 0, chart.lang))
    } else {
        chart.series[s].labels[c].clone()
    }
}

/// The range the value axis must show, as round ticks.
pub(super) fn value_ticks(chart: &Chart, vals: &[Vec<Option<f64>>]) -> Vec<f64> {
    let stacked = chart.grouping != Grouping::Grouped && chart.kind == Kind::Bar;
    let n = chart.categories.len();
    let highs: Vec<f64> = (0..n)
        .map(|c| {
            let col = vals.iter().filter_map(|s| s[c]);
            if stacked {
                col.filter(|v| *v > 0.0).sum()
            } else {
                col.fold(0.0, f64::max)
            }
        })
        .collect();
    let high = highs.iter().copied().fold(0.0, f64::max).max(1.0);
    let low_seen = vals
        .iter()
        .flatten()
        .flatten()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let low = if chart.kind == Kind::Line && low_seen.is_finite() && low_seen > high * 0.5 {
        let t = text::ticks(0.0, high);
        let step = t.get(1).copied().unwrap_or(1.0);
        (low_seen / step).floor() * step - step
    } else {
        0.0
    };
    if chart.grouping == Grouping::Stacked100 {
        return text::ticks(0.0, 100.0);
    }
    text::ticks(low.max(0.0).min(high), high)
}

fn tick_label(chart: &Chart, v: f64) -> String {
    let decimals = if v.fract().abs() > 1e-9 { 1 } else { 0 };
    crate::i18n::format_decimal(v, decimals, chart.lang)
}

/// A legend in one or more rows across the top; returns its height.
pub(super) fn legend(area: Option<&Area>, chart: &Chart, top: i32) -> Result<i32, String> {
    if chart.series.len() < 2 {
        return Ok(0);
    }
    let (mut x, mut y) = (10, top);
    for (i, s) in chart.series.iter().enumerate() {
        let w = 18 + text::width(&s.name, SMALL) + 18;
        if x + w > W - 10 && x > 10 {
            x = 10;
            y += LINE + 4;
        }
        if let Some(area) = area {
            rect(area, (x, y + 2), (x + 12, y + 14), series_color(i))?;
            draw_text(
                area,
                &s.name,
                (x + 18, y + 8),
                &style(SMALL, HPos::Left, VPos::Center),
            )?;
        }
        x += w;
    }
    Ok(y - top + LINE + 8)
}

pub(super) fn wrapped_categories(chart: &Chart, max: i32) -> Vec<Vec<String>> {
    chart
        .categories
        .iter()
        .map(|c| text::wrap(c, max, SMALL))
        .collect()
}

pub(super) fn slot_width(chart: &Chart, left: i32) -> i32 {
    (W - left - 10) / i32::try_from(chart.categories.len().max(1)).unwrap_or(1)
}

pub(super) fn axis_left(chart: &Chart, ticks: &[f64]) -> i32 {
    ticks
        .iter()
        .map(|t| text::width(&tick_label(chart, *t), SMALL))
        .max()
        .unwrap_or(0)
        + 14
}

fn vertical_height(chart: &Chart) -> i32 {
    let ticks = value_ticks(chart, &values(chart));
    let slot = slot_width(chart, axis_left(chart, &ticks));
    let lines = wrapped_categories(chart, slot - 4)
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(1);
    let legend = legend(None, chart, 0).unwrap_or(0);
    300 + legend + LINE * i32::try_from(lines).unwrap_or(1)
}

/// Vertical axis with grid; returns the value → y mapping's ends.
pub(super) fn value_axis(
    area: &Area,
    chart: &Chart,
    ticks: &[f64],
    left: i32,
    top: i32,
    bottom: i32,
) -> Res {
    let (lo, hi) = (ticks[0], ticks[ticks.len() - 1]);
    for t in ticks {
        let y = bottom - ((t - lo) / (hi - lo) * f64::from(bottom - top)) as i32;
        hline(area, y, left, W - 10)?;
        draw_text(
            area,
            &tick_label(chart, *t),
            (left - 6, y),
            &style(SMALL, HPos::Right, VPos::Center),
        )?;
    }
    Ok(())
}

pub(super) fn category_labels(
    area: &Area,
    chart: &Chart,
    left: i32,
    slot: i32,
    bottom: i32,
) -> Res {
    for (c, lines) in wrapped_categories(chart, slot - 4).iter().enumerate() {
        let x = left + slot * c as i32 + slot / 2;
        for (l, line) in lines.iter().enumerate() {
            draw_text(
                area,
                line,
                (x, bottom + 6 + LINE * l as i32),
                &style(SMALL, HPos::Center, VPos::Top),
            )?;
        }
    }
    Ok(())
}

/// The layout of charts with categories along the bottom and values up
/// the left (vertical bars, lines), with the legend and axis drawn.
pub(super) struct Frame {
    pub vals: Vec<Vec<Option<f64>>>,
    pub left: i32,
    /// The width of one category.
    pub slot: i32,
    pub top: i32,
    pub bottom: i32,
    pub lo: f64,
    pub hi: f64,
}

impl Frame {
    pub fn new(area: &Area, chart: &Chart, height: i32) -> Result<Frame, String> {
        let vals = values(chart);
        let ticks = value_ticks(chart, &vals);
        let left = axis_left(chart, &ticks);
        let slot = slot_width(chart, left);
        let lines = wrapped_categories(chart, slot - 4)
            .iter()
            .map(Vec::len)
            .max()
            .unwrap_or(1);
        let top = legend(Some(area), chart, 6)? + 24;
        let bottom = height - 12 - LINE * lines as i32;
        value_axis(area, chart, &ticks, left, top, bottom)?;
        let (lo, hi) = (ticks[0], ticks[ticks.len() - 1]);
        Ok(Frame {
            vals,
            left,
            slot,
            top,
            bottom,
            lo,
            hi,
        })
    }

    /// The vertical position of value `v`.
    pub fn y(&self, v: f64) -> i32 {
        self.bottom
            - ((v - self.lo) / (self.hi - self.lo) * f64::from(self.bottom - self.top)) as i32
    }
}

fn vbars(area: &Area, chart: &Chart, height: i32) -> Res {
    let frame = Frame::new(area, chart, height)?;
    let Frame {
        ref vals,
        left,
        slot,
        bottom,
        lo,
        ..
    } = frame;
    let y = |v: f64| frame.y(v);
    let n_series = chart.series.len() as i32;
    let group = slot * 7 / 10;
    for c in 0..chart.categories.len() {
        let x0 = left + slot * c as i32 + (slot - group) / 2;
        let mut base = 0.0;
        for (s, series) in vals.iter().enumerate() {
            let Some(v) = series[c] else { continue };
            if chart.grouping == Grouping::Grouped {
                let bw = group / n_series;
                let x = x0 + bw * s as i32;
                rect(
                    area,
                    (x, y(v.max(lo))),
                    (x + bw - 2, y(lo)),
                    series_color(s),
                )?;
                let text = label(chart, s, c, v);
                if chart.labels && text::width(&text, SMALL) <= bw + slot / 5 {
                    draw_text(
                        area,
                        &text,
                        (x + bw / 2, y(v) - 4),
                        &style(SMALL, HPos::Center, VPos::Bottom),
                    )?;
                }
            } else {
                rect(
                    area,
                    (x0, y(base + v)),
                    (x0 + group, y(base)),
                    series_color(s),
                )?;
                base += v;
            }
        }
        if chart.grouping == Grouping::Stacked && chart.labels && base > 0.0 {
            let total = crate::i18n::format_decimal(base, 0, chart.lang);
            draw_text(
                area,
                &total,
                (x0 + group / 2, y(base) - 4),
                &style(SMALL, HPos::Center, VPos::Bottom),
            )?;
        }
    }
    category_labels(area, chart, left, slot, bottom)
}

fn hbar_layout(chart: &Chart) -> (i32, Vec<Vec<String>>, i32) {
    let label_w = chart
        .categories
        .iter()
        .map(|c| text::width(c, SMALL))
        .max()
        .unwrap_or(0)
        .min(W * 38 / 100);
    let lines = wrapped_categories(chart, label_w);
    let bars = if chart.grouping == Grouping::Grouped {
        chart.series.len() as i32
    } else {
        1
    };
    (label_w, lines, bars)
}

fn row_height(lines: usize, bars: i32) -> i32 {
    (LINE * lines as i32).max(BAR * bars) + 12
}

fn hbar_height(chart: &Chart) -> i32 {
    let (_, lines, bars) = hbar_layout(chart);
    let rows: i32 = lines.iter().map(|l| row_height(l.len(), bars)).sum();
    legend(None, chart, 0).unwrap_or(0) + rows + 44
}

fn hbars(area: &Area, chart: &Chart) -> Res {
    let vals = values(chart);
    let ticks = value_ticks(chart, &vals);
    let (label_w, lines, bars) = hbar_layout(chart);
    let left = label_w + 16;
    let widest = chart
        .series
        .iter()
        .flat_map(|s| s.labels.iter())
        .map(|l| text::width(l, SMALL))
        .max()
        .unwrap_or(0);
    let right = W - 10 - if chart.labels { widest + 8 } else { 0 };
    let top = legend(Some(area), chart, 6)? + 8;
    let (lo, hi) = (ticks[0], ticks[ticks.len() - 1]);
    let x = |v: f64| left + ((v - lo) / (hi - lo) * f64::from(right - left)) as i32;
    let mut y0 = top;
    for (c, name) in lines.iter().enumerate() {
        let h = row_height(name.len(), bars);
        let block = y0 + (h - BAR * bars) / 2;
        let text_top = y0 + (h - LINE * name.len() as i32) / 2;
        for (l, line) in name.iter().enumerate() {
            draw_text(
                area,
                line,
                (left - 8, text_top + LINE * l as i32 + LINE / 2),
                &style(SMALL, HPos::Right, VPos::Center),
            )?;
        }
        let mut base = 0.0;
        for (s, series) in vals.iter().enumerate() {
            let Some(v) = series[c] else { continue };
            if chart.grouping == Grouping::Grouped {
                let by = block + BAR * s as i32;
                rect(
                    area,
                    (x(lo), by),
                    (x(v.max(lo)), by + BAR - 2),
                    series_color(s),
                )?;
                if chart.labels {
                    draw_text(
                        area,
                        &label(chart, s, c, v),
                        (x(v) + 4, by + BAR / 2),
                        &style(SMALL, HPos::Left, VPos::Center),
                    )?;
                }
            } else {
                rect(
                    area,
                    (x(base), block),
                    (x(base + v), block + BAR - 2),
                    series_color(s),
                )?;
                base += v;
            }
        }
        if chart.grouping == Grouping::Stacked && chart.labels && base > 0.0 {
            let total = crate::i18n::format_decimal(base, 0, chart.lang);
            draw_text(
                area,
                &total,
                (x(base) + 4, block + BAR / 2),
                &style(SMALL, HPos::Left, VPos::Center),
            )?;
        }
        y0 += h;
    }
    for t in &ticks {
        let tx = x(*t);
        area.draw(&PathElement::new(
            vec![(tx, top), (tx, y0)],
            GRID.stroke_width(1),
        ))
        .map_err(|e| e.to_string())?;
        draw_text(
            area,
            &tick_label(chart, *t),
            (tx, y0 + 6),
            &style(SMALL, HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}
