//! `content/<year>/stats.yaml` as written: the serde side of the schema.
//! Everything here is checked again in [`super::table`] and
//! [`super::year`], where the checks need more than one value.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::charts::ChartSpec;
use crate::messages::Message;
use crate::number::Cell;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsFile {
    /// Indicator id → what it is. The ids are stable across years: the
    /// same id in two years makes a trend.
    #[serde(default)]
    pub indicators: Ordered<IndicatorSpec>,
    /// Derived ratios: id → numerator ÷ denominator of two indicators.
    #[serde(default)]
    pub ratios: Ordered<RatioSpec>,
    /// The year's key figures by indicator id (for indicators that no
    /// table holds, or to state the year's total).
    #[serde(default)]
    pub figures: Ordered<Cell>,
    #[serde(default)]
    pub tables: Vec<TableSpec>,
    #[serde(default)]
    pub charts: Vec<ChartSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSpec {
    pub name: String,
    /// «чел.», «экз.», «тыс. тенге», «%».
    #[serde(default)]
    pub unit: Option<String>,
    /// The largest percentage that makes sense (default 100).
    #[serde(default)]
    pub max: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatioSpec {
    pub name: String,
    pub numerator: String,
    pub denominator: String,
}

/// What a total that doesn't add up is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TotalCheck {
    /// Stops the build (the default: a typo in «Итого» is the commonest
    /// error in real reports).
    #[default]
    Error,
    /// Keeps the reported figure and lists the mismatch: for a report
    /// already published with it.
    Warn,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSpec {
    /// Stable id: charts name the table by it, its CSV is `<id>.csv`.
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub note: Option<String>,
    /// The unit of every figure unless a row's indicator says otherwise.
    #[serde(default)]
    pub unit: Option<String>,
    /// The heading over the row labels.
    #[serde(default)]
    pub row_heading: Option<String>,
    pub columns: Vec<ColumnSpec>,
    pub rows: Vec<RowSpec>,
    #[serde(default)]
    pub totals: TotalCheck,
    /// Columns that must balance in every row: start + in − out = end.
    #[serde(default)]
    pub balance: Option<BalanceSpec>,
}

/// The columns of a balance, by `id:` or headings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalanceSpec {
    pub start: String,
    #[serde(rename = "in")]
    pub received: String,
    pub out: String,
    pub end: String,
}

/// The part of a row of figures that a year's plan and results are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    LastYear,
    Plan,
    Actual,
}

/// A column, or a group of columns under a shared heading. Written as a
/// plain label (`офлайн`) or a mapping.
/// What a column holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Figures, the marks of none and not applicable, pairs.
    #[default]
    Figures,
    /// Words: a club's name, a period, a technology.
    Text,
}

/// A value of a table row as written, before its column says what it is.
#[derive(Debug, Clone)]
pub enum Raw {
    /// `~` or nothing.
    Null,
    /// A number or a string, as text (`19.9` as YAML read it).
    Text(String),
    /// `true`/`false` (YAML reads `yes`, `no`, `on`, `off` so).
    Bool(bool),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a figure such as 9110, \"19,9%\" or \"403 (общ. 844)\", a text, or ~ for empty")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_none<E: de::Error>(self) -> Result<Raw, E> {
                Ok(Raw::Null)
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(b))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Raw, E> {
                Ok(Raw::Text(n.to_string()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Raw, E> {
                Ok(Raw::Text(n.to_string()))
            }
            fn visit_f64<E: de::Error>(self, x: f64) -> Result<Raw, E> {
                // `19.9` in YAML: its shortest decimal form is what was typed.
                Ok(Raw::Text(x.to_string()))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Raw, E> {
                Ok(Raw::Text(s.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug)]
pub struct ColumnSpec {
    pub label: Option<String>,
    pub group: Option<String>,
    pub id: Option<String>,
    pub role: Option<Role>,
    pub total: bool,
    pub sum: Vec<String>,
    pub columns: Vec<ColumnSpec>,
    pub kind: Kind,
    /// What each figure of a «19/29» cell is.
    pub pair: Option<[String; 2]>,
    /// A % column: each row's share of this column's total.
    pub share_of: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ColumnMap {
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    group: Option<String>,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    role: Option<Role>,
    #[serde(default)]
    total: bool,
    #[serde(default)]
    sum: Vec<String>,
    #[serde(default)]
    columns: Vec<ColumnSpec>,
    #[serde(default)]
    kind: Kind,
    #[serde(default)]
    pair: Option<[String; 2]>,
    #[serde(default)]
    share_of: Option<String>,
}

impl<'de> Deserialize<'de> for ColumnSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ColumnSpec, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ColumnSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a column label, or a mapping with `label:` or `group:` and `columns:`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<ColumnSpec, E> {
                Ok(ColumnSpec {
                    label: Some(s.to_string()),
                    group: None,
                    id: None,
                    role: None,
                    total: false,
                    sum: Vec::new(),
                    columns: Vec::new(),
                    kind: Kind::Figures,
                    pair: None,
                    share_of: None,
                })
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<ColumnSpec, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<ColumnSpec, E> {
                self.visit_str(&n.to_string())
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ColumnSpec, A::Error> {
                let m = ColumnMap::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(ColumnSpec {
                    label: m.label,
                    group: m.group,
                    id: m.id,
                    role: m.role,
                    total: m.total,
                    sum: m.sum,
                    columns: m.columns,
                    kind: m.kind,
                    pair: m.pair,
                    share_of: m.share_of,
                })
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowSpec {
    #[serde(default)]
    pub label: Option<String>,
    /// The indicator the row's figures are: its name is the default label,
    /// its unit the row's unit, and the row feeds the multi-year trend.
    #[serde(default)]
    pub indicator: Option<String>,
    /// One per column; `~` for an empty cell. A row without values is a
    /// heading over its `rows:`. Read as written: what a value is depends
    /// on its column (a figure, or a text under `kind: text`).
    #[serde(default)]
    pub values: Option<Vec<Raw>>,
    /// «в т.ч.», «из них»: rows that detail this one.
    #[serde(default)]
    pub rows: Vec<RowSpec>,
    /// A total: checked against its `rows:`, or, without them, against the
    /// other rows at its level.
    #[serde(default)]
    pub total: bool,
}

/// A mapping that keeps the order it was written in.
#[derive(Debug)]
pub struct Ordered<V>(pub Vec<(String, V)>);

impl<V> Default for Ordered<V> {
    fn default() -> Self {
        Ordered(Vec::new())
    }
}

impl<V> Ordered<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Ordered<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ordered<V>, D::Error> {
        struct OV<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for OV<V> {
            type Value = Ordered<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a mapping of `id: value` lines")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered<V>, A::Error> {
                let mut out: Vec<(String, V)> = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, V>()? {
                    if out.iter().any(|(seen, _)| *seen == k) {
                        let said = Message::new("yaml-listed-twice").arg("id", k);
                        let hint = Message::new("yaml-listed-twice-hint");
                        return Err(de::Error::custom(said.carried_with(&hint)));
                    }
                    out.push((k, v));
                }
                Ok(Ordered(out))
            }
        }
        d.deserialize_map(OV(PhantomData))
    }
}
