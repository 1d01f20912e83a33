//! Line charts and pies: the shapes that are not bars.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{
    category_labels, draw_text, label, rect, series_color, style, Area, Frame, Res, LINE, W,
};
use crate::charts::text::{self, SIZE, SMALL};
use crate::charts::Chart;

pub fn line(area: &Area, chart: &Chart, height: i32) -> Res {
    let frame = Frame::new(area, chart, height)?;
    let Frame {
        ref vals,
        left,
        slot,
        bottom,
        ..
    } = frame;
    let y = |v: f64| frame.y(v);
    let x = |c: usize| left + slot * c as i32 + slot / 2;
    for (s, series) in vals.iter().enumerate() {
        // An empty value breaks the line: unknown is not zero.
        let mut run: Vec<(i32, i32)> = Vec::new();
        for (c, v) in series.iter().enumerate() {
            match v {
                Some(v) => run.push((x(c), y(*v))),
                None => flush(area, &mut run, s)?,
            }
        }
        flush(area, &mut run, s)?;
        for (c, v) in series.iter().enumerate() {
            let Some(v) = v else { continue };
            area.draw(&Circle::new((x(c), y(*v)), 4, series_color(s).filled()))
                .map_err(|e| e.to_string())?;
            if chart.labels {
                draw_text(
                    area,
                    &label(chart, s, c, *v),
                    (x(c), y(*v) - 8),
                    &style(SMALL, HPos::Center, VPos::Bottom),
                )?;
            }
        }
    }
    category_labels(area, chart, left, slot, bottom)
}

fn flush(area: &Area, run: &mut Vec<(i32, i32)>, s: usize) -> Res {
    if run.len() > 1 {
        area.draw(&PathElement::new(
            std::mem::take(run),
            series_color(s).stroke_width(3),
        ))
        .map_err(|e| e.to_string())?;
    }
    run.clear();
    Ok(())
}

const PIE_R: i32 = 120;
const LEGEND_X: i32 = 2 * PIE_R + 50;

fn pie_entries(chart: &Chart) -> Vec<(usize, f64, Vec<String>)> {
    let values = &chart.series[0].values;
    let total: f64 = values.iter().flatten().filter(|v| **v > 0.0).sum();
    values
        .iter()
        .enumerate()
        .filter_map(|(c, v)| v.filter(|v| *v > 0.0).map(|v| (c, v)))
        .map(|(c, v)| {
            let share = crate::i18n::format_decimal(v / total * 100.0, 1, chart.lang);
            let text = format!(
                "{} — {} ({share}\u{a0}%)",
                chart.categories[c], chart.series[0].labels[c]
            );
            (c, v, text::wrap(&text, W - LEGEND_X - 30, SMALL))
        })
        .collect()
}

pub fn pie_height(chart: &Chart) -> i32 {
    let rows: i32 = pie_entries(chart)
        .iter()
        .map(|e| LINE * e.2.len() as i32 + 6)
        .sum();
    (2 * PIE_R + 20).max(rows + 20)
}

pub fn pie(area: &Area, chart: &Chart, height: i32) -> Res {
    let entries = pie_entries(chart);
    let total: f64 = entries.iter().map(|e| e.1).sum();
    let (cx, cy) = (PIE_R + 10, height / 2);
    let inner = f64::from(PIE_R) * chart.inner_radius;
    let point = |angle: f64, r: f64| {
        let a = (angle - 90.0).to_radians();
        (
            cx + (r * a.cos()).round() as i32,
            cy + (r * a.sin()).round() as i32,
        )
    };
    let mut start = 0.0;
    let mut ly = (height
        - entries
            .iter()
            .map(|e| LINE * e.2.len() as i32 + 6)
            .sum::<i32>())
        / 2;
    for (c, v, lines) in &entries {
        let sweep = v / total * 360.0;
        let steps = (sweep.ceil() as usize).max(2);
        let mut pts: Vec<(i32, i32)> = (0..=steps)
            .map(|k| point(start + sweep * k as f64 / steps as f64, f64::from(PIE_R)))
            .collect();
        if inner > 0.0 {
            pts.extend(
                (0..=steps)
                    .rev()
                    .map(|k| point(start + sweep * k as f64 / steps as f64, inner)),
            );
        } else {
            pts.push((cx, cy));
        }
        area.draw(&Polygon::new(pts, series_color(*c).filled()))
            .map_err(|e| e.to_string())?;
        start += sweep;
        rect(
            area,
            (LEGEND_X, ly + 3),
            (LEGEND_X + 12, ly + 15),
            series_color(*c),
        )?;
        for (l, line) in lines.iter().enumerate() {
            draw_text(
                area,
                line,
                (LEGEND_X + 20, ly + LINE * l as i32 + LINE / 2),
                &style(SMALL, HPos::Left, VPos::Center),
            )?;
        }
        ly += LINE * lines.len() as i32 + 6;
    }
    if inner > 0.0 && chart.labels {
        let sum = crate::i18n::format_decimal(total, 0, chart.lang);
        draw_text(
            area,
            &sum,
            (cx, cy),
            &style(SIZE, HPos::Center, VPos::Center),
        )?;
    }
    Ok(())
}
