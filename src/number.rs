//! The figures of a report as librarians write them: «9 110», «19,9%»,
//! «403 (общ. 844)», «730806,68», and empty cells.
//!
//! Numbers are kept exact (a whole count of hundredths, not a float), so a
//! total check never fails on rounding and the page shows what was typed.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use crate::i18n::{format_int, Lang};
use crate::messages::Message;

/// An exact decimal: `units × 10^-scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub units: i64,
    pub scale: u8,
}

impl Decimal {
    pub fn int(n: i64) -> Decimal {
        Decimal { units: n, scale: 0 }
    }

    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(i32::from(self.scale))
    }

    /// `self` rescaled to `scale` (never fewer decimals than it has).
    fn units_at(self, scale: u8) -> i64 {
        self.units
            .saturating_mul(10i64.saturating_pow(u32::from(scale.saturating_sub(self.scale))))
    }

    pub fn checked_add(self, other: Decimal) -> Decimal {
        let scale = self.scale.max(other.scale);
        Decimal {
            units: self.units_at(scale).saturating_add(other.units_at(scale)),
            scale,
        }
    }

    pub fn sub(self, other: Decimal) -> Decimal {
        self.checked_add(Decimal {
            units: -other.units,
            scale: other.scale,
        })
    }

    /// `x` rounded to `decimals` places as the page prints it (the same
    /// rounding as [`crate::i18n::format_decimal`]); `None` if not finite.
    pub fn rounded(x: f64, decimals: u8) -> Option<Decimal> {
        if !x.is_finite() {
            return None;
        }
        let (d, _) = parse_decimal(&format!("{x:.*}", usize::from(decimals)))?;
        Some(d)
    }

    /// Equal in value, whatever the number of decimals written.
    pub fn same(self, other: Decimal) -> bool {
        let scale = self.scale.max(other.scale);
        self.units_at(scale) == other.units_at(scale)
    }

    /// «9 110», «730 806,68» in the site language.
    pub fn format(self, lang: Lang) -> String {
        let pow = 10i64.pow(u32::from(self.scale));
        let whole = format_int(self.units / pow, lang);
        let sign = if self.units < 0 && self.units / pow == 0 {
            "-"
        } else {
            ""
        };
        if self.scale == 0 {
            return whole;
        }
        let frac = format!(
            "{:0width$}",
            (self.units % pow).unsigned_abs(),
            width = usize::from(self.scale)
        );
        format!("{sign}{whole}{}{frac}", decimal_sep(lang))
    }

    /// For CSV: digits with a dot, no grouping.
    pub fn plain(self) -> String {
        if self.scale == 0 {
            return self.units.to_string();
        }
        let pow = 10i64.pow(u32::from(self.scale));
        let sign = if self.units < 0 { "-" } else { "" };
        let a = self.units.unsigned_abs();
        let p = pow.unsigned_abs();
        format!(
            "{sign}{}.{:0width$}",
            a / p,
            a % p,
            width = usize::from(self.scale)
        )
    }
}

pub fn decimal_sep(lang: Lang) -> char {
    match lang {
        Lang::Ru | Lang::Kk => ',',
        Lang::En => '.',
    }
}

/// A second figure in brackets after the main one: «(общ. 844)», «(+46)»,
/// or «(-)» for a change reported as none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Second {
    /// What it is, as written: «общ.»; may be empty.
    pub label: String,
    /// `None` for a dash.
    pub number: Option<Decimal>,
    /// Written with an explicit `+`.
    pub plus: bool,
}

/// One filled cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub number: Decimal,
    pub percent: bool,
    pub second: Option<Second>,
    /// Written (or computed, for a change) with an explicit `+`: «+46».
    pub plus: bool,
}

impl Figure {
    /// A plain count or amount.
    pub fn of(number: Decimal) -> Figure {
        Figure {
            number,
            percent: false,
            second: None,
            plus: false,
        }
    }
}

impl Figure {
    /// The figure for the page: «403 (общ. 844)», «19,9 %».
    pub fn format(&self, lang: Lang) -> String {
        let mut out = if self.plus {
            "+".to_string()
        } else {
            String::new()
        };
        out.push_str(&self.number.format(lang));
        if self.percent {
            out.push_str("\u{a0}%");
        }
        if let Some(s) = &self.second {
            out.push_str(" (");
            if !s.label.is_empty() {
                out.push_str(&s.label);
                out.push('\u{a0}');
            }
            if s.plus {
                out.push('+');
            }
            out.push_str(&s.number.map_or_else(|| "—".to_string(), |n| n.format(lang)));
            out.push(')');
        }
        out
    }

    /// The figure for CSV, unambiguous and without grouping.
    pub fn plain(&self) -> String {
        let mut out = if self.plus {
            "+".to_string()
        } else {
            String::new()
        };
        out.push_str(&self.number.plain());
        if self.percent {
            out.push('%');
        }
        if let Some(s) = &self.second {
            let sign = if s.plus { "+" } else { "" };
            let label = if s.label.is_empty() {
                String::new()
            } else {
                format!("{} ", s.label)
            };
            let number = s.number.map_or_else(|| "-".to_string(), Decimal::plain);
            out.push_str(&format!(" ({label}{sign}{number})"));
        }
        out
    }
}

/// A cell of a table: every kind a report has, kept apart, so an unknown
/// is never shown as none, nor none as zero.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Cell {
    /// Empty, `~`: the figure is not known (not zero).
    #[default]
    Unknown,
    /// `-`, «нет», «жоқ»: there were none; shown «—», added as 0.
    None,
    /// «×»: the figure makes no sense here; shown «×» with a legend.
    NotApplicable,
    Figure(Figure),
    /// «19/29»: two figures whose meanings the column declares (`pair:`).
    Pair(Figure, Figure),
    /// A cell of a `kind: text` column: a name, a period, a technology.
    Text(String),
}

impl From<Option<Figure>> for Cell {
    /// A figure, or unknown.
    fn from(f: Option<Figure>) -> Cell {
        f.map_or(Cell::Unknown, Cell::Figure)
    }
}

/// The mark of a cell with no figure because there were none.
pub const NONE_MARK: &str = "—";
/// The mark of a cell that does not apply.
pub const NOT_APPLICABLE_MARK: &str = "×";

impl Cell {
    pub fn format(&self, lang: Lang) -> String {
        match self {
            Cell::Unknown => String::new(),
            Cell::None => NONE_MARK.to_string(),
            Cell::NotApplicable => NOT_APPLICABLE_MARK.to_string(),
            Cell::Figure(f) => f.format(lang),
            Cell::Pair(a, b) => format!("{}/{}", a.format(lang), b.format(lang)),
            Cell::Text(t) => t.clone(),
        }
    }

    /// For CSV: figures without grouping, the marks as on the page, a
    /// pair spaced so no spreadsheet takes it for a date.
    pub fn plain(&self) -> String {
        match self {
            Cell::Figure(f) => f.plain(),
            Cell::Pair(a, b) => format!("{} / {}", a.plain(), b.plain()),
            Cell::Unknown | Cell::None | Cell::NotApplicable | Cell::Text(_) => {
                self.format(Lang::En)
            }
        }
    }

    /// The figure, when the cell is one.
    pub fn figure(&self) -> Option<&Figure> {
        match self {
            Cell::Figure(f) => Some(f),
            _ => None,
        }
    }

    /// The main figure when it is a count that can be added up; none
    /// adds 0.
    pub fn addable(&self) -> Option<Decimal> {
        match self {
            Cell::Figure(f) if !f.percent => Some(f.number),
            Cell::None => Some(Decimal::int(0)),
            _ => None,
        }
    }

    /// Whether the cell says anything (is not unknown).
    pub fn is_known(&self) -> bool {
        !matches!(self, Cell::Unknown)
    }
}

/// Why a text is not a figure; the hint says how to write it.
#[derive(Debug, PartialEq, Eq)]
pub struct BadFigure {
    pub message: Message,
    pub hint: Message,
}

impl BadFigure {
    /// `text` refused, with the message `id` and the hint on how figures
    /// are written.
    fn new(id: &'static str, text: &str) -> Self {
        BadFigure {
            message: Message::new(id).arg("text", text),
            hint: Message::new("figure-hint"),
        }
    }

    /// `true` or `false` where a figure is needed (YAML reads `yes`, `no`,
    /// `on` and `off` so).
    pub fn yes_no(value: bool) -> Self {
        BadFigure {
            message: Message::new("figure-yes-no").arg("value", value.to_string()),
            hint: Message::new("figure-yes-no-hint"),
        }
    }

    /// The message and hint through serde's error text.
    fn carried(&self) -> String {
        self.message.carried_with(&self.hint)
    }
}

impl std::str::FromStr for Cell {
    type Err = BadFigure;

    fn from_str(text: &str) -> Result<Cell, BadFigure> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(Cell::Unknown);
        }
        if matches!(t, "-" | "—" | "–" | "−")
            || ["нет", "жоқ", "none"].contains(&t.to_lowercase().as_str())
        {
            return Ok(Cell::None);
        }
        if matches!(t, "×" | "x" | "X" | "х" | "Х") {
            return Ok(Cell::NotApplicable);
        }
        if let Some((a, b)) = t.split_once('/') {
            let side =
                |s: &str| figure(s.trim()).map_err(|_| BadFigure::new("figure-pair-side", t));
            return Ok(Cell::Pair(side(a)?, side(b)?));
        }
        figure(t).map(Cell::Figure)
    }
}

/// One figure: «9 110», «19,9%», «403 (общ. 844)».
fn figure(t: &str) -> Result<Figure, BadFigure> {
    let bad = |id| BadFigure::new(id, t);
    let (main, second) = match t.split_once('(') {
        Some((main, rest)) => {
            let inner = rest
                .strip_suffix(')')
                .ok_or_else(|| bad("figure-bracket"))?;
            let second = parse_second(inner).ok_or_else(|| bad("figure-not-figure"))?;
            (main, Some(second))
        }
        None => (t, None),
    };
    let main = main.trim();
    let (digits, percent) = match main.strip_suffix('%') {
        Some(d) => (d.trim_end(), true),
        None => (main, false),
    };
    let (number, plus) = parse_decimal(digits).ok_or_else(|| bad("figure-not-figure"))?;
    Ok(Figure {
        number,
        percent,
        second,
        plus,
    })
}

/// «общ. 844», «общ.14807», «+46», «-».
fn parse_second(inner: &str) -> Option<Second> {
    let inner = inner.trim();
    if matches!(inner, "-" | "—" | "–") {
        return Some(Second {
            label: String::new(),
            number: None,
            plus: false,
        });
    }
    let start = inner.find(|c: char| c.is_ascii_digit() || c == '+' || c == '-' || c == '−')?;
    let label = inner[..start].trim().to_string();
    let (number, plus) = parse_decimal(&inner[start..])?;
    Some(Second {
        label,
        number: Some(number),
        plus,
    })
}

/// Digits with optional sign, group spaces and one decimal comma or dot.
/// Returns the number and whether it was written with `+`.
fn parse_decimal(text: &str) -> Option<(Decimal, bool)> {
    let mut t = text.trim();
    let mut negative = false;
    let mut plus = false;
    if let Some(rest) = t.strip_prefix('+') {
        plus = true;
        t = rest;
    } else if let Some(rest) = t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        negative = true;
        t = rest;
    }
    let mut units: i64 = 0;
    let mut scale: Option<u8> = None;
    let mut digits = 0;
    for c in t.chars() {
        match c {
            '0'..='9' => {
                units = units
                    .checked_mul(10)?
                    .checked_add(i64::from(c as u8 - b'0'))?;
                digits += 1;
                if let Some(s) = scale.as_mut() {
                    *s = s.checked_add(1).filter(|&s| s <= 6)?;
                }
            }
            ',' | '.' if scale.is_none() && digits > 0 => scale = Some(0),
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' if scale.is_none() => {}
            _ => return None,
        }
    }
    if digits == 0 || scale == Some(0) {
        return None;
    }
    let units = if negative { -units } else { units };
    Some((
        Decimal {
            units,
            scale: scale.unwrap_or(0),
        },
        plus,
    ))
}

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Cell, D::Error> {
        d.deserialize_any(CellVisitor)
    }
}

struct CellVisitor;

impl<'de> Visitor<'de> for CellVisitor {
    type Value = Cell;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a figure such as 9110, \"19,9%\" or \"403 (общ. 844)\", or ~ for empty")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Cell, E> {
        Ok(Cell::Unknown)
    }

    fn visit_none<E: de::Error>(self) -> Result<Cell, E> {
        Ok(Cell::Unknown)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Cell, E> {
        Ok(Cell::Figure(Figure::of(Decimal::int(n))))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Cell, E> {
        let n = i64::try_from(n).map_err(|_| {
            let said = Message::new("figure-too-large").arg("number", n.to_string());
            E::custom(said.carried_with(&Message::new("figure-too-large-hint")))
        })?;
        self.visit_i64(n)
    }

    fn visit_f64<E: de::Error>(self, x: f64) -> Result<Cell, E> {
        // `19.9` in YAML: its shortest decimal form is what was typed.
        self.visit_str(&x.to_string())
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Cell, E> {
        s.parse().map_err(|b: BadFigure| E::custom(b.carried()))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Cell, E> {
        Err(E::custom(BadFigure::yes_no(b).carried()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &str) -> Cell {
        s.parse().unwrap()
    }

    #[test]
    fn report_figures_parse_and_print_back() {
        assert_eq!(cell("9110").format(Lang::Ru), "9\u{202f}110");
        assert_eq!(cell("19,9%").format(Lang::Ru), "19,9\u{a0}%");
        assert_eq!(cell("19,92%").plain(), "19.92%");
        assert_eq!(cell("730806,68").format(Lang::En), "730,806.68");
        assert_eq!(
            cell("403(общ. 844)").format(Lang::Ru),
            "403 (общ.\u{a0}844)"
        );
        assert_eq!(cell("6309 (общ.14807)").plain(), "6309 (общ. 14807)");
        assert_eq!(cell("22727 (+46)").plain(), "22727 (+46)");
        assert_eq!(cell("2660 (-)").format(Lang::Ru), "2\u{202f}660 (—)");
        assert_eq!(cell("2660 (-)").plain(), "2660 (-)");
        assert_eq!(cell(""), Cell::Unknown);
        assert_eq!(cell("—"), Cell::None);
        assert_eq!(cell("9 110").addable(), Some(Decimal::int(9110)));
        assert_eq!(cell("20%").addable(), None);
    }

    #[test]
    fn every_kind_of_cell_is_kept_apart() {
        for none in ["-", "—", "нет", "Нет", "жоқ"] {
            assert_eq!(cell(none), Cell::None, "{none}");
        }
        for na in ["×", "x", "х"] {
            assert_eq!(cell(na), Cell::NotApplicable, "{na}");
        }
        assert_eq!(cell("-").addable(), Some(Decimal::int(0)));
        assert_eq!(cell("").addable(), None);
        assert_eq!(cell("×").addable(), None);
        assert_eq!(cell("-").format(Lang::Ru), "—");
        assert_eq!(cell("×").plain(), "×");
        let pair = cell("19/29");
        assert_eq!(pair.format(Lang::Ru), "19/29");
        assert_eq!(pair.plain(), "19 / 29");
        assert_eq!(pair.addable(), None);
        assert_eq!(cell("1500/2").format(Lang::Ru), "1\u{202f}500/2");
        assert_eq!(cell("+46").format(Lang::Ru), "+46");
        for bad in ["19/", "/29", "19/29/3", "a/b"] {
            assert!(bad.parse::<Cell>().is_err(), "{bad}");
        }
    }

    #[test]
    fn non_figures_are_refused() {
        for bad in ["много", "12,", "403 (общ. 844", "1,2,3", "5 человек"] {
            assert!(bad.parse::<Cell>().is_err(), "{bad}");
        }
    }

    #[test]
    fn sums_are_exact() {
        let a = cell("0,1").addable().unwrap();
        let b = cell("0,2").addable().unwrap();
        assert!(a.checked_add(b).same(cell("0,30").addable().unwrap()));
        assert_eq!(Decimal::int(5).sub(Decimal::int(7)).format(Lang::Ru), "-2");
    }
}
