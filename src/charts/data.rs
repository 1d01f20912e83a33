//! What a chart draws: categories along one axis, one or more series of
//! figures. The statistics stage makes these from its tables and the
//! events; charts know nothing else of where they come from.

use crate::number::Cell;

/// Data a chart can draw: categories along one axis, one or more series.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub id: String,
    pub title: String,
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// What a chart's `y:` names it by.
    pub key: String,
    /// What the legend and the table call it.
    pub name: String,
    /// One per category.
    pub values: Vec<Cell>,
}
