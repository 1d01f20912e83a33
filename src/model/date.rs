//! An event's date together with its precision.
//!
//! Library plans and reports are fuzzy: an event happened on a day, ran over
//! two days, is known only as "April" or "the first quarter", or lasted the
//! whole year. [`EventDate`] keeps that precision instead of inventing a day,
//! so pages print what the librarian wrote and sorting still works. Source
//! forms (front matter key `date:`): a day `2016-04-04`; days
//! `2022-06-08..2022-06-09` (may cross months and years); a month `2022-04`;
//! months `2022-04..2022-05`; a quarter `2022-Q1` (or `2022-q1`); a year `2022`.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{month_name, quarter_name, Lang, MonthForm};
use crate::messages::Message;

/// Four-digit years only: the canonical form prints `{:04}`, so wider years
/// would not read back, and anything else is a typo in a chronicle.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

/// Why a date was rejected: `message` says what is wrong, `hint` how to
/// fix it, both catalogue messages (`date-…`), put into words where shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DateError {
    pub message: Message,
    pub hint: Message,
}

pub(crate) fn error(message: Message, hint: Message) -> DateError {
    DateError { message, hint }
}

impl DateError {
    /// The message and the hint as serde's error text, which the YAML
    /// reader turns back into them ([`Message::uncarried`]).
    pub fn carried(&self) -> String {
        self.message.carried() + &self.hint.carried()
    }
}

fn unrecognised(input: &str) -> DateError {
    error(
        Message::new("date-not-a-date").arg("input", input),
        Message::new("date-forms-hint"),
    )
}

fn range_hint() -> Message {
    Message::new("date-range-hint")
}

/// A calendar day (proleptic Gregorian), always valid, with a year in
/// 1000..=9999: [`Day::new`] is the only way to make one from outside.
/// The field order makes the derived `Ord` chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    year: i32,
    month: u8,
    day: u8,
}

impl Day {
    /// Checks that the day exists, with a message naming the problem.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Day, DateError> {
        check_year(year)?;
        check_month(month)?;
        let last = days_in_month(year, month);
        if (1..=last).contains(&day) {
            return Ok(Day { year, month, day });
        }
        let ym = format!("{year:04}-{month:02}");
        Err(error(
            Message::new("date-no-such-day")
                .arg("date", format!("{ym}-{day:02}"))
                .arg("monthnum", i64::from(month))
                .arg("year", year.to_string())
                .arg("last", i64::from(last)),
            Message::new("date-no-such-day-hint")
                .arg("first", format!("{ym}-01"))
                .arg("lastday", format!("{ym}-{last}")),
        ))
    }

    /// The valid day nearest to the given numbers: for [`EventDate`]s
    /// built directly (not parsed) with out-of-range fields, so that
    /// `start()`/`end()` stay total instead of panicking, and for dates
    /// computed from the system clock.
    pub(crate) fn clamped(year: i32, month: u8, day: u8) -> Day {
        let year = year.clamp(*YEARS.start(), *YEARS.end());
        let month = month.clamp(1, 12);
        let day = day.clamp(1, days_in_month(year, month));
        Day { year, month, day }
    }
}

impl Day {
    pub fn year(&self) -> i32 {
        self.year
    }
}

impl fmt::Display for Day {
    /// ISO 8601: `2016-04-04`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn check_year(year: i32) -> Result<(), DateError> {
    YEARS
        .contains(&year)
        .then_some(())
        .ok_or_else(|| year_error(&year.to_string()))
}

fn year_error(written: &str) -> DateError {
    error(
        Message::new("date-year").arg("year", written),
        Message::new("date-year-hint"),
    )
}

fn check_month(month: u8) -> Result<(), DateError> {
    (1..=12).contains(&month).then_some(()).ok_or_else(|| {
        error(
            Message::new("date-no-month").arg("month", i64::from(month)),
            Message::new("date-no-month-hint"),
        )
    })
}

/// Days in `month` (1..=12; anything else counts as 31).
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// When an event happened, as precisely as it is known.
///
/// Parsing never yields a one-day `Days` or a one-month `Months`
/// (`2022-06-08..2022-06-08` becomes a `Day`), so every span has one
/// canonical form and `parse(display(d)) == d`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    Day(Day),
    Days(Day, Day),
    Month { year: i32, month: u8 },
    Months { from: (i32, u8), to: (i32, u8) },
    Quarter { year: i32, quarter: u8 },
    Year(i32),
}

impl EventDate {
    /// First day covered: Q1 and a whole year start on Jan 1.
    pub fn start(&self) -> Day {
        match *self {
            EventDate::Day(d) | EventDate::Days(d, _) => d,
            EventDate::Month { year, month } => Day::clamped(year, month, 1),
            EventDate::Months { from, .. } => Day::clamped(from.0, from.1, 1),
            EventDate::Quarter { year, quarter } => {
                Day::clamped(year, quarter.clamp(1, 4) * 3 - 2, 1)
            }
            EventDate::Year(year) => Day::clamped(year, 1, 1),
        }
    }

    /// Last day covered: Q1 ends on Mar 31, a year on Dec 31.
    pub fn end(&self) -> Day {
        // Day::clamped turns day 31 into the month's last day.
        match *self {
            EventDate::Day(d) | EventDate::Days(_, d) => d,
            EventDate::Month { year, month } => Day::clamped(year, month, 31),
            EventDate::Months { to, .. } => Day::clamped(to.0, to.1, 31),
            EventDate::Quarter { year, quarter } => Day::clamped(year, quarter.clamp(1, 4) * 3, 31),
            EventDate::Year(year) => Day::clamped(year, 12, 31),
        }
    }

    /// The year an event is filed under: the year it starts in.
    pub fn year(&self) -> i32 {
        self.start().year
    }

    /// The month heading an event goes under in the year chronicle: Some(start
    /// month) for Day/Days/Month/Months, None for Quarter/Year (they are
    /// listed after the months).
    pub fn month_group(&self) -> Option<u8> {
        match self {
            EventDate::Quarter { .. } | EventDate::Year(_) => None,
            _ => Some(self.start().month),
        }
    }

    /// Written the way a librarian writes it, in the site language:
    /// «4 апреля 2016», «2022 жылғы 8–9 маусым», «April–May 2022», «Q1 2022».
    ///
    /// A no-break space (U+00A0) joins a day number to its month name. Ranges
    /// use an en dash: unspaced between two day numbers or two month names of
    /// one year («8–9 июня», «апрель–май»), spaced between longer phrases
    /// («30 мая – 2 июня 2022», «ноябрь 2022 – январь 2023»).
    pub fn format(&self, lang: Lang) -> String {
        let (start, end) = (self.start(), self.end());
        let day_month = |d: Day| {
            let month = month_name(d.month, lang, MonthForm::AfterDay);
            format!("{}\u{a0}{month}", d.day)
        };
        let month = |d: Day| month_name(d.month, lang, MonthForm::Standalone);
        let year = |d: Day, text: &str| match lang {
            Lang::Ru | Lang::En => format!("{text} {}", d.year),
            Lang::Kk => format!("{} жылғы {text}", d.year),
        };
        let across_years =
            |from: &str, to: &str| format!("{} – {}", year(start, from), year(end, to));
        match self {
            EventDate::Days(..) if start.year != end.year => {
                across_years(&day_month(start), &day_month(end))
            }
            EventDate::Days(..) if start.month != end.month => {
                year(start, &format!("{} – {}", day_month(start), day_month(end)))
            }
            EventDate::Days(..) if start.day != end.day => {
                year(start, &format!("{}–{}", start.day, day_month(end)))
            }
            EventDate::Day(_) | EventDate::Days(..) => year(start, &day_month(start)),
            EventDate::Month { .. } => year(start, month(start)),
            EventDate::Months { .. } if start.year != end.year => {
                across_years(month(start), month(end))
            }
            EventDate::Months { .. } if start.month == end.month => year(start, month(start)),
            EventDate::Months { .. } => year(start, &format!("{}–{}", month(start), month(end))),
            EventDate::Quarter { .. } => year(start, &quarter_name(start.month.div_ceil(3), lang)),
            EventDate::Year(_) => match lang {
                Lang::Ru => format!("в течение {} года", start.year),
                Lang::Kk => format!("{} жыл бойы", start.year),
                Lang::En => format!("throughout {}", start.year),
            },
        }
    }

    /// ISO 8601 start for machines (JSON-LD `startDate`, `<time datetime>`):
    /// `2016-04-04` for a day, `2022-04` for a month, `2022` for a year, the
    /// first day for ranges and quarters.
    pub fn iso_start(&self) -> String {
        let start = self.start();
        match self {
            EventDate::Month { .. } => format!("{:04}-{:02}", start.year, start.month),
            EventDate::Year(_) => format!("{:04}", start.year),
            _ => start.to_string(),
        }
    }

    /// ISO 8601 last day of a range or quarter. None for a day, and for a
    /// month or a year, which [`EventDate::iso_start`] states whole.
    pub fn iso_end(&self) -> Option<String> {
        match self {
            EventDate::Day(_) | EventDate::Month { .. } | EventDate::Year(_) => None,
            _ => Some(self.end())
                .filter(|end| *end != self.start())
                .map(|end| end.to_string()),
        }
    }

    /// Puts the narrower variant first when spans are equal, and tells apart
    /// values whose (clamped) spans coincide, so `Ord` agrees with `Eq`.
    fn tie_key(&self) -> (u8, i32, u8, u8, i32, u8, u8) {
        match *self {
            EventDate::Day(d) => (0, d.year, d.month, d.day, 0, 0, 0),
            EventDate::Days(a, b) => (1, a.year, a.month, a.day, b.year, b.month, b.day),
            EventDate::Month { year, month } => (2, year, month, 0, 0, 0, 0),
            EventDate::Months { from, to } => (3, from.0, from.1, 0, to.0, to.1, 0),
            EventDate::Quarter { year, quarter } => (4, year, quarter, 0, 0, 0, 0),
            EventDate::Year(year) => (5, year, 0, 0, 0, 0, 0),
        }
    }
}

/// Sorts by (first day, last day), so `2022-04` (April 1..30) comes before
/// `2022-04-15`, `2022-Q2` sorts with April and `2022` with January; equal
/// spans put the narrower form first (a day range before the month it fills).
impl Ord for EventDate {
    fn cmp(&self, other: &Self) -> Ordering {
        let key = |d: &Self| (d.start(), d.end(), d.tie_key());
        key(self).cmp(&key(other))
    }
}

impl PartialOrd for EventDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for EventDate {
    /// The canonical source form, which `parse` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Day(d) => write!(f, "{d}"),
            EventDate::Days(a, b) => write!(f, "{a}..{b}"),
            EventDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            EventDate::Months { from, to } => {
                write!(f, "{:04}-{:02}..{:04}-{:02}", from.0, from.1, to.0, to.1)
            }
            EventDate::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            EventDate::Year(year) => write!(f, "{year:04}"),
        }
    }
}

impl FromStr for EventDate {
    type Err = DateError;

    /// Reads a source form (see the module docs), ignoring surrounding
    /// whitespace. Month and day may have one digit (`2022-4-5`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            return Err(error(
                Message::new("date-empty"),
                Message::new("date-forms-hint"),
            ));
        }
        match s.split_once("..") {
            Some((from, to)) => parse_range(s, from.trim(), to.trim()),
            None => parse_single(s).map_err(|e| dash_range_hint(s).unwrap_or(e)),
        }
    }
}

fn parse_range(whole: &str, from: &str, to: &str) -> Result<EventDate, DateError> {
    if from.is_empty() || to.is_empty() || to.starts_with('.') {
        return Err(error(
            Message::new("date-not-range").arg("input", whole),
            range_hint(),
        ));
    }
    let (from_date, to_date) = (parse_single(from)?, parse_single(to)?);
    join(whole, from_date, to_date)
}

/// The range from one date to another, both days or both months; one day
/// or one month alone when they are the same. `whole` is the text, for
/// messages.
pub(crate) fn join(
    whole: &str,
    from_date: EventDate,
    to_date: EventDate,
) -> Result<EventDate, DateError> {
    let days = matches!((from_date, to_date), (EventDate::Day(_), EventDate::Day(_)));
    let months = matches!(
        (from_date, to_date),
        (EventDate::Month { .. }, EventDate::Month { .. })
    );
    if !days && !months {
        return Err(error(
            Message::new("date-range-mixed").arg("input", whole),
            range_hint(),
        ));
    }
    let (start, end) = (from_date.start(), to_date.end());
    if end < start {
        return Err(error(
            Message::new("date-range-backwards").arg("input", whole),
            Message::new("date-range-backwards-hint")
                .arg("fixed", format!("{to_date}..{from_date}")),
        ));
    }
    Ok(if days && start == end {
        from_date
    } else if days {
        EventDate::Days(start, end)
    } else if (start.year, start.month) == (end.year, end.month) {
        from_date
    } else {
        EventDate::Months {
            from: (start.year, start.month),
            to: (end.year, end.month),
        }
    })
}

/// Parses a date without "..": `2016-04-04`, `2022-04`, `2022-Q1` or `2022`.
fn parse_single(s: &str) -> Result<EventDate, DateError> {
    let parts: Vec<&str> = s.split('-').collect();
    match parts.as_slice() {
        [year] => Ok(EventDate::Year(parse_year(year, s)?)),
        [year, quarter] if quarter.starts_with(['Q', 'q']) => {
            let year = parse_year(year, s)?;
            let n = quarter
                .get(1..)
                .and_then(|q| number(q, 2))
                .ok_or_else(|| unrecognised(s))?;
            if !(1..=4).contains(&n) {
                return Err(error(
                    Message::new("date-no-quarter").arg("quarter", i64::from(n)),
                    Message::new("date-no-quarter-hint"),
                ));
            }
            Ok(EventDate::Quarter { year, quarter: n })
        }
        [year, month] => {
            let year = parse_year(year, s)?;
            let month = number(month, 2).ok_or_else(|| unrecognised(s))?;
            check_month(month).map(|()| EventDate::Month { year, month })
        }
        [year, month, day] => {
            let year = parse_year(year, s)?;
            match (number(month, 2), number(day, 2)) {
                (Some(month), Some(day)) => Day::new(year, month, day).map(EventDate::Day),
                _ => Err(unrecognised(s)),
            }
        }
        _ => Err(unrecognised(s)),
    }
}

/// A year is four digits in 1000..=9999; other digit strings get the range
/// message, anything else the generic one.
fn parse_year(part: &str, whole: &str) -> Result<i32, DateError> {
    if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(unrecognised(whole));
    }
    // Digit strings too long for an i32 fail to parse: out of range as well.
    match part.parse::<i32>() {
        Ok(year) if part.len() == 4 && YEARS.contains(&year) => Ok(year),
        _ => Err(year_error(part)),
    }
}

/// `s` as a number if it is 1..=`max_len` ASCII digits (`max_len` ≤ 2, so it fits a u8).
fn number(s: &str, max_len: usize) -> Option<u8> {
    let digits = !s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit());
    if digits {
        s.parse().ok()
    } else {
        None
    }
}

/// "2022-06-08 - 2022-06-09" or "2022-06-08–2022-06-09" is a range written
/// with a dash: say so instead of "not a date", with the fixed spelling.
fn dash_range_hint(s: &str) -> Option<DateError> {
    ['–', '—', '−', '-'].into_iter().find_map(|dash| {
        s.match_indices(dash).find_map(|(i, _)| {
            // `i` and `i + dash.len_utf8()` are char boundaries: `i` starts a `dash`.
            let (from, to) = (s[..i].trim(), s[i + dash.len_utf8()..].trim());
            let range = parse_range(s, from, to)
                .ok()
                .filter(|r| matches!(r, EventDate::Days(..) | EventDate::Months { .. }))?;
            Some(error(
                Message::new("date-dash-range").arg("input", s),
                Message::new("date-dash-range-hint").arg("fixed", range.to_string()),
            ))
        })
    })
}

impl Serialize for EventDate {
    /// As the canonical source string, so a date reads back from YAML or JSON.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventDate {
    /// YAML reads `date: 2022` as an integer and `date: 2016-04-04` as a
    /// string, so both are accepted. Errors go through `de::Error::custom` so
    /// the YAML parser adds the line and column; they carry the messages
    /// ([`DateError::carried`]), because the `DateError` itself does not
    /// survive serde.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EventDateVisitor)
    }
}

struct EventDateVisitor;

impl Visitor<'_> for EventDateVisitor {
    type Value = EventDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date such as 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-Q1 or 2022")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<EventDate, E> {
        v.parse().map_err(|e: DateError| E::custom(e.carried()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<EventDate, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<EventDate, E> {
        self.visit_str(&v.to_string())
    }
}

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
