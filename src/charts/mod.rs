//! Charts: a small spec (in the spirit of Vega-Lite and Evidence) naming a
//! dataset by id, resolved against the statistics and drawn at build time
//! into SVG that needs no JavaScript, prints, and reads aloud: `role="img"`,
//! a `<title>`, a `<desc>` with the figures, the data as an HTML table
//! after it and a CSV of the dataset.

mod data;

pub use text::FONT_FILE;
mod draw;
mod text;

pub use data::{Dataset, Series};
pub use text::FAMILY as FONT_FAMILY;

/// The charts' font, the built-in theme's file: documents that draw a
/// chart (the annual report) embed it.
pub fn font_file() -> &'static [u8] {
    crate::builtin::builtin_file(text::FONT_FILE).unwrap_or_default()
}

use serde::Deserialize;

use crate::error::{suggest, Message};
use crate::escape::escape as esc;
use crate::i18n::Lang;

/// A chart as written in `stats.yaml` (`charts:`) or a ```` ```chart ````
/// block. Unknown keys are errors.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    /// Makes the chart's anchor `#chart-<id>`.
    #[serde(default)]
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Kind,
    /// A table id of the year's `stats.yaml`, an event dataset
    /// (`events-by-month`, …) or `trends`.
    pub data: String,
    /// What runs along the category axis: the table's `rows` (default) or
    /// its `columns` (then each row is a series). `y` and `rows` pick the
    /// same columns and rows either way.
    #[serde(default)]
    pub x: Across,
    /// The series to draw, by column id or heading path; all by default.
    #[serde(default)]
    pub y: Names,
    /// Only these rows (by label), in this order.
    #[serde(default)]
    pub rows: Names,
    #[serde(default)]
    pub group: Grouping,
    #[serde(default)]
    pub orientation: Option<Orientation>,
    /// 0 for a pie, up to 0.9 for a donut.
    #[serde(default)]
    pub inner_radius: Option<f64>,
    /// Value labels on bars and points.
    #[serde(default = "yes")]
    pub labels: bool,
    #[serde(default)]
    pub title: Option<String>,
    /// The accessible summary; by default the figures themselves.
    #[serde(default)]
    pub alt: Option<String>,
    /// Follow the chart with its data as a table.
    #[serde(default = "yes")]
    pub table: bool,
    /// The year whose data it is; by default the year of the file.
    #[serde(default)]
    pub year: Option<i32>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Bar,
    Line,
    Pie,
    /// A pie with a hole: `inner_radius` 0.5 unless given.
    Donut,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Across {
    #[default]
    Rows,
    Columns,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grouping {
    #[default]
    Grouped,
    Stacked,
    Stacked100,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Orientation {
    Vertical,
    Horizontal,
}

/// One name or a list of names.
#[derive(Debug, Default)]
pub struct Names(pub Vec<String>);

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Names, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Names;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a name, or a list of names: `[первый, второй]`")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Names, E> {
                Ok(Names(vec![s.to_string()]))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Names, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Names, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Names, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<NameItem>()? {
                    out.push(s.0);
                }
                Ok(Names(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// One name in a list; numbers (a year heading, `2021`) are names too.
struct NameItem(String);

impl<'de> Deserialize<'de> for NameItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<NameItem, D::Error> {
        Names::deserialize(d).and_then(|n| match <[String; 1]>::try_from(n.0) {
            Ok([one]) => Ok(NameItem(one)),
            Err(_) => Err(serde::de::Error::custom(crate::yaml::list_in_list())),
        })
    }
}

/// A series ready to draw.
#[derive(Debug, PartialEq)]
pub struct Plotted {
    pub name: String,
    pub values: Vec<Option<f64>>,
    /// The figures as the page prints them.
    pub labels: Vec<String>,
}

/// A chart resolved against its data.
#[derive(Debug, PartialEq)]
pub struct Chart {
    pub id: String,
    pub kind: Kind,
    pub title: String,
    pub alt: Option<String>,
    pub categories: Vec<String>,
    pub series: Vec<Plotted>,
    pub grouping: Grouping,
    pub horizontal: bool,
    pub inner_radius: f64,
    pub labels: bool,
    pub table: bool,
    pub lang: Lang,
    /// The year and id of the dataset drawn, whose CSV the figure links.
    pub year: i32,
    pub data: String,
}

impl Chart {
    /// Every text the chart can print: its title, categories, series
    /// names and figures (the chart font must have their letters).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let series = self.series.iter().flat_map(|s| {
            std::iter::once(s.name.as_str()).chain(s.labels.iter().map(String::as_str))
        });
        std::iter::once(self.title.as_str())
            .chain(self.categories.iter().map(String::as_str))
            .chain(series)
    }
}

/// Why a spec can't be drawn: the key at fault, the message, the hint.
pub type SpecError = (&'static str, Message, Message);

/// Where a resolved chart goes: what the statistics stage tells it
/// besides its data.
pub struct At {
    pub lang: Lang,
    /// The id used when the spec gives none: `<n>` for the n-th chart of
    /// a file.
    pub id: String,
    /// The year whose data the chart draws.
    pub year: i32,
}

impl Chart {
    /// `spec` drawn from `data`: its rows and series picked, turned round
    /// if asked, checked for what its type can show.
    pub fn resolve(spec: &ChartSpec, data: Dataset, at: At) -> Result<Chart, SpecError> {
        // `y` names columns and `rows` rows whichever way the chart runs.
        let dataset = data.id.clone();
        let data = select(data, &spec.y.0, &spec.rows.0)?;
        let mut data = if spec.x == Across::Columns {
            transpose(data)
        } else {
            data
        };
        let round = matches!(spec.kind, Kind::Pie | Kind::Donut);
        if round && data.series.len() != 1 {
            return Err((
                "y",
                Message::new("chart-pie-series").arg("count", data.series.len()),
                Message::new("chart-pie-series-hint"),
            ));
        }
        if round {
            data = fold_others(data, at.lang);
        }
        let default_hole = if spec.kind == Kind::Donut { 0.5 } else { 0.0 };
        let inner_radius = spec.inner_radius.unwrap_or(default_hole);
        if !(0.0..=0.9).contains(&inner_radius) {
            return Err((
                "inner_radius",
                Message::new("chart-inner-radius").arg("value", inner_radius.to_string()),
                Message::new("chart-inner-radius-hint"),
            ));
        }
        if data.categories.is_empty() {
            return Err((
                "data",
                Message::new("chart-no-rows").arg("data", spec.data.as_str()),
                Message::new("chart-no-rows-hint"),
            ));
        }
        let horizontal = match spec.orientation {
            Some(o) => o == Orientation::Horizontal,
            None => {
                spec.kind == Kind::Bar
                    && (data.categories.len() > 8
                        || data
                            .categories
                            .iter()
                            .any(|c| text::width(c, text::SMALL) > 180))
            }
        };
        let series = data
            .series
            .iter()
            .map(|s| Plotted {
                name: s.name.clone(),
                values: s
                    .values
                    .iter()
                    .map(|c| c.figure().map(|f| f.number.to_f64()))
                    .collect(),
                labels: s.values.iter().map(|c| c.format(at.lang)).collect(),
            })
            .collect();
        Ok(Chart {
            id: crate::slug::slugify(spec.id.as_deref().unwrap_or(&at.id)),
            kind: if round { Kind::Pie } else { spec.kind },
            title: spec.title.clone().unwrap_or_else(|| data.title.clone()),
            alt: spec.alt.clone(),
            categories: data.categories,
            series,
            grouping: spec.group,
            horizontal,
            inner_radius,
            labels: spec.labels,
            table: spec.table,
            lang: at.lang,
            year: at.year,
            data: dataset,
        })
    }

    /// The chart alone as SVG, its font named, for documents (the
    /// annual report) that draw it without a page around it.
    pub fn svg(&self) -> Result<String, String> {
        let svg = draw::svg(self)?;
        let open = format!("<svg font-family=\"{}\"", text::FAMILY);
        Ok(svg.replacen("<svg", &open, 1))
    }

    /// The summary read aloud: the figures in words.
    pub fn description(&self) -> String {
        if let Some(alt) = &self.alt {
            return alt.clone();
        }
        self.series
            .iter()
            .map(|s| {
                let items: Vec<String> = self
                    .categories
                    .iter()
                    .zip(&s.labels)
                    .filter(|(_, l)| !l.is_empty())
                    .map(|(c, l)| format!("{c} — {l}"))
                    .collect();
                if self.series.len() > 1 {
                    format!("{}: {}.", s.name, items.join("; "))
                } else {
                    format!("{}.", items.join("; "))
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The whole figure: SVG, data table, the link to its data's CSV at
    /// `csv` (a URL). One block of HTML with no blank line, so Markdown
    /// keeps it as it is.
    pub fn html(&self, csv: &str) -> Result<String, String> {
        let svg = draw::svg(self)?;
        let id = format!("chart-{}", self.id);
        let open = format!(
            "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart-svg\" font-family=\"{}\"",
            text::FAMILY
        );
        let svg = svg.replacen("<svg", &open, 1);
        let head_end = svg.find('>').map_or(0, |i| i + 1);
        let mut out = format!("<figure class=\"chart\" id=\"{id}\">\n");
        if !self.title.is_empty() {
            out += &format!("<figcaption>{}</figcaption>\n", esc(&self.title));
        }
        out += &svg[..head_end];
        out += &format!(
            "\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>",
            esc(&self.title),
            esc(&self.description())
        );
        out += svg[head_end..].trim_end();
        out.push('\n');
        if self.table {
            out += &self.data_table();
        }
        let [csv_label, _] = labels(self.lang);
        out += &format!(
            "<p class=\"chart-csv\"><a href=\"{}\" download>{csv_label}</a></p>\n</figure>",
            esc(csv)
        );
        Ok(out)
    }

    fn data_table(&self) -> String {
        let [_, corner] = labels(self.lang);
        let mut t =
            String::from("<div class=\"table-scroll\"><table class=\"chart-data\">\n<thead><tr>");
        t += &format!("<th scope=\"col\">{corner}</th>");
        for s in &self.series {
            t += &format!("<th scope=\"col\">{}</th>", esc(&s.name));
        }
        t += "</tr></thead>\n<tbody>\n";
        for (c, cat) in self.categories.iter().enumerate() {
            t += &format!("<tr><th scope=\"row\">{}</th>", esc(cat));
            for s in &self.series {
                t += &format!("<td>{}</td>", esc(&s.labels[c]));
            }
            t += "</tr>\n";
        }
        t + "</tbody>\n</table></div>\n"
    }
}

/// «Данные (CSV)» and the heading over the categories.
fn labels(lang: Lang) -> [&'static str; 2] {
    match lang {
        Lang::Ru => ["Данные (CSV)", "Показатель"],
        Lang::Kk => ["Деректер (CSV)", "Көрсеткіш"],
        Lang::En => ["Data (CSV)", "Item"],
    }
}

/// A pie of more slices than the palette has colours would repeat them:
/// the smallest go into one «Другие» slice.
fn fold_others(mut d: Dataset, lang: Lang) -> Dataset {
    const KEEP: usize = 7;
    if d.categories.len() <= KEEP + 1 {
        return d;
    }
    let values = &d.series[0].values;
    let mut order: Vec<usize> = (0..values.len()).collect();
    let size = |i: usize| values[i].addable().map_or(0.0, |v| v.to_f64());
    order.sort_by(|&a, &b| size(b).total_cmp(&size(a)).then(a.cmp(&b)));
    let (kept, rest) = order.split_at(KEEP);
    let mut kept = kept.to_vec();
    kept.sort_unstable();
    let other = rest
        .iter()
        .filter_map(|&i| values[i].addable())
        .fold(crate::number::Decimal::int(0), |a, b| a.checked_add(b));
    let mut categories: Vec<String> = kept.iter().map(|&i| d.categories[i].clone()).collect();
    categories.push(
        match lang {
            Lang::Ru => "другие",
            Lang::Kk => "басқалары",
            Lang::En => "others",
        }
        .to_string(),
    );
    let mut cells: Vec<crate::number::Cell> = kept.iter().map(|&i| values[i].clone()).collect();
    cells.push(crate::number::Cell::Figure(crate::number::Figure::of(
        other,
    )));
    d.categories = categories;
    d.series[0].values = cells;
    d
}

/// Rows become series and series categories.
pub fn transpose(d: Dataset) -> Dataset {
    let series = d
        .categories
        .iter()
        .enumerate()
        .map(|(c, name)| Series {
            key: name.clone(),
            name: name.clone(),
            values: d.series.iter().map(|s| s.values[c].clone()).collect(),
        })
        .collect();
    Dataset {
        categories: d.series.iter().map(|s| s.name.clone()).collect(),
        series,
        ..d
    }
}

fn select(mut d: Dataset, y: &[String], rows: &[String]) -> Result<Dataset, SpecError> {
    if !y.is_empty() {
        let mut chosen = Vec::new();
        for name in y {
            match d
                .series
                .iter()
                .position(|s| s.key == *name || s.name == *name)
            {
                Some(i) => chosen.push(d.series[i].clone()),
                None => {
                    return Err(unknown(
                        "y",
                        "chart-no-series",
                        name,
                        d.series.iter().map(|s| s.key.as_str()),
                    ))
                }
            }
        }
        d.series = chosen;
    }
    if !rows.is_empty() {
        let mut idx = Vec::new();
        for name in rows {
            match d.categories.iter().position(|c| c == name) {
                Some(i) => idx.push(i),
                None => {
                    return Err(unknown(
                        "rows",
                        "chart-no-row",
                        name,
                        d.categories.iter().map(String::as_str),
                    ))
                }
            }
        }
        d.categories = idx.iter().map(|&i| d.categories[i].clone()).collect();
        for s in &mut d.series {
            s.values = idx.iter().map(|&i| s.values[i].clone()).collect();
        }
    }
    Ok(d)
}

fn unknown<'a>(
    key: &'static str,
    id: &'static str,
    name: &str,
    known: impl Iterator<Item = &'a str> + Clone,
) -> SpecError {
    let list: Vec<&str> = known.clone().collect();
    let hint = match suggest(name, known) {
        Some(s) => Message::new("chart-unknown-hint-near").arg("near", s),
        None => Message::new("chart-unknown-hint"),
    };
    let hint = hint.arg("known", list.join("», «"));
    (key, Message::new(id).arg("name", name), hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> Result<ChartSpec, String> {
        serde_yaml::from_str(yaml).map_err(|e| e.to_string())
    }

    #[test]
    fn names_are_one_or_a_list_and_years_count_as_names() {
        let s = spec("type: line\ndata: funding\nx: columns\ny: 2021\n").unwrap();
        assert_eq!(s.y.0, ["2021"]);
        let s = spec("type: bar\ndata: key\ny: [2021, \"2022\", done]\n").unwrap();
        assert_eq!(s.y.0, ["2021", "2022", "done"]);
        let e = spec("type: bar\ndata: key\ny: {a: 1}\n").unwrap_err();
        assert!(e.contains("a name, or a list of names"), "{e}");
        let e = spec("type: doughnut\ndata: key\n").unwrap_err();
        assert!(e.contains("unknown variant `doughnut`"), "{e}");
        assert_eq!(spec("type: donut\ndata: key\n").unwrap().kind, Kind::Donut);
    }
}
