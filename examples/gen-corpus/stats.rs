//! Year statistics for the corpus, shaped like a library system's annual
//! report: key indicators with last year, plan and actual; the figures of
//! each of the twelve libraries with their total; events and visitors by
//! quarter, planned and held. The events per library and per quarter are
//! counted from the generated events, so the tables agree with the
//! chronicle; the other figures come from the corpus's own PRNG, seeded
//! apart from the events' so that adding statistics changed no event.

use std::fmt::Write as _;

use crate::text::LIBRARIES;
use crate::{Event, Rng};

/// The key indicators: id, name, unit.
pub const INDICATORS: [(&str, &str, &str); 4] = [
    ("readers", "Пользователи", "чел."),
    ("loans", "Книговыдача", "экз."),
    ("visits", "Посещения", "чел."),
    ("events", "Массовые мероприятия", ""),
];

const QUARTERS: [&str; 4] = ["I квартал", "II квартал", "III квартал", "IV квартал"];

/// What one year's statistics are made from.
#[derive(Default, Clone)]
pub struct Counts {
    /// Events and visitors per library.
    pub library_events: [u64; LIBRARIES.len()],
    /// Events and visitors per quarter.
    pub quarter_events: [u64; 4],
    pub quarter_visitors: [u64; 4],
}

impl Counts {
    pub fn add(&mut self, e: &Event) {
        self.library_events[e.library] += 1;
        let q = (e.date.start.1 - 1) / 3;
        self.quarter_events[q] += 1;
        self.quarter_visitors[q] += e.attendance.unwrap_or(0) as u64;
    }
}

/// One year's figures, ready to be written for either tool.
pub struct Year {
    pub year: i32,
    /// Per library: readers, loans, visits, events.
    pub libraries: Vec<[u64; 4]>,
    /// Per key indicator: last year, plan, actual.
    pub key: [[u64; 3]; 4],
    /// Per quarter: events planned and held, visitors planned and came.
    pub quarters: [[u64; 4]; 4],
}

/// The years' figures, in order; `counts` holds one entry per year.
pub fn years(first: i32, counts: &[Counts]) -> Vec<Year> {
    let mut rng = Rng::new(0x0073_7461_7473);
    // Each library's readers in the year before the first.
    let mut readers: Vec<u64> = (0..LIBRARIES.len())
        .map(|_| 800 + rng.below(2200) as u64)
        .collect();
    let mut last: Option<[u64; 4]> = None;
    let mut out = Vec::new();
    for (i, c) in counts.iter().enumerate() {
        let libraries: Vec<[u64; 4]> = (0..LIBRARIES.len())
            .map(|l| {
                // −2 % to +4 % a year.
                let r = readers[l] * (980 + rng.below(60) as u64) / 1000;
                readers[l] = r;
                let loans = r * (18 + rng.below(8) as u64);
                let visits = r * (6 + rng.below(4) as u64);
                [r, loans, visits, c.library_events[l]]
            })
            .collect();
        let mut done = [0u64; 4];
        for lib in &libraries {
            for (d, v) in done.iter_mut().zip(lib) {
                *d += v;
            }
        }
        let before = last.unwrap_or(done.map(|d| d * 97 / 100));
        let key: [[u64; 3]; 4] = std::array::from_fn(|k| {
            let plan = done[k] * (970 + rng.below(60) as u64) / 1000;
            [before[k], plan, done[k]]
        });
        let planned = |n: u64, rng: &mut Rng| n * (900 + rng.below(200) as u64) / 1000;
        let quarters: [[u64; 4]; 4] = std::array::from_fn(|q| {
            let (events, visitors) = (c.quarter_events[q], c.quarter_visitors[q]);
            [
                planned(events, &mut rng),
                events,
                planned(visitors, &mut rng),
                visitors,
            ]
        });
        last = Some(done);
        out.push(Year {
            year: first + i as i32,
            libraries,
            key,
            quarters,
        });
    }
    out
}

/// A YAML flow list of numbers.
fn list(values: impl IntoIterator<Item = u64>) -> String {
    let v: Vec<String> = values.into_iter().map(|n| n.to_string()).collect();
    format!("[{}]", v.join(", "))
}

/// `content/<year>/stats.yaml` for Letopis.
pub fn letopis(y: &Year) -> String {
    let year = y.year;
    let mut s = format!("# Статистика {year} года (синтетический корпус).\nindicators:\n");
    for (id, name, unit) in INDICATORS {
        let unit = if unit.is_empty() {
            String::new()
        } else {
            format!(", unit: \"{unit}\"")
        };
        writeln!(s, "  {id}: {{name: \"{name}\"{unit}}}").unwrap();
    }
    s.push_str(
        "ratios:\n  readability: {name: \"Читаемость\", numerator: loans, denominator: readers}\n  \
         attendance_rate: {name: \"Посещаемость\", numerator: visits, denominator: readers}\n",
    );
    s.push_str("tables:\n  - id: key\n    title: \"Основные показатели\"\n    columns:\n");
    let prev = year - 1;
    for (group, role, id) in [
        (format!("выполнено в {prev}"), "last_year", "ly"),
        (format!("план на {year}"), "plan", "plan"),
        (format!("выполнено в {year}"), "actual", "done"),
    ] {
        writeln!(
            s,
            "      - {{group: \"{group}\", role: {role}, columns: [{{id: {id}, label: \"всего\"}}]}}"
        )
        .unwrap();
    }
    s.push_str("    rows:\n");
    for ((id, _, _), values) in INDICATORS.iter().zip(&y.key) {
        writeln!(
            s,
            "      - indicator: {id}\n        values: {}",
            list(*values)
        )
        .unwrap();
    }
    s.push_str(
        "  - id: libraries\n    title: \"Показатели библиотек\"\n    row_heading: \"Библиотека\"\n    \
         columns:\n      - {id: readers, label: \"пользователи\"}\n      - {id: loans, label: \"книговыдача\"}\n      \
         - {id: visits, label: \"посещения\"}\n      - {id: events, label: \"мероприятия\"}\n    rows:\n",
    );
    let mut total = [0u64; 4];
    for (name, lib) in LIBRARIES.iter().zip(&y.libraries) {
        writeln!(s, "      - {{label: \"{name}\", values: {}}}", list(*lib)).unwrap();
        for (t, v) in total.iter_mut().zip(lib) {
            *t += v;
        }
    }
    writeln!(
        s,
        "      - {{label: \"Итого\", total: true, values: {}}}",
        list(total)
    )
    .unwrap();
    s.push_str("  - id: quarters\n    title: \"Мероприятия по кварталам\"\n    columns:\n");
    for (q, name) in QUARTERS.iter().enumerate() {
        let q = q + 1;
        writeln!(
            s,
            "      - group: \"{name}\"\n        columns: [{{id: q{q}_plan, label: \"план\"}}, {{id: q{q}_done, label: \"выполнено\"}}]"
        )
        .unwrap();
    }
    s.push_str(
        "      - {id: year_done, label: \"выполнено за год\", sum: [q1_done, q2_done, q3_done, q4_done]}\n    rows:\n",
    );
    for (label, plan, done) in [("мероприятия", 0, 1), ("участники", 2, 3)] {
        let mut values = Vec::new();
        for q in &y.quarters {
            values.extend([q[plan], q[done]]);
        }
        values.push(y.quarters.iter().map(|q| q[done]).sum());
        writeln!(s, "      - {{label: {label}, values: {}}}", list(values)).unwrap();
    }
    writeln!(
        s,
        "charts:\n  - {{id: libraries, type: bar, data: libraries, y: readers, title: \"Пользователи библиотек в {year} году\"}}\n  \
         - {{id: quarters, type: bar, data: quarters, x: columns, rows: [мероприятия], y: [q1_done, q2_done, q3_done, q4_done], title: \"Мероприятия по кварталам\"}}\n  \
         - {{id: months, type: bar, data: events-by-month, y: events, title: \"Мероприятия по месяцам (из летописи)\"}}\n  \
         - {{id: forms, type: donut, data: events-by-form, y: events, title: \"Формы мероприятий (из летописи)\"}}"
    )
    .unwrap();
    s
}

/// `data/stats/<year>.yaml` for the Hugo twin: the same tables, as rows
/// of cells its template prints.
pub fn hugo(y: &Year) -> String {
    let year = y.year;
    let mut s = String::from("key:\n");
    for ((_, name, _), [ly, plan, done]) in INDICATORS.iter().zip(&y.key) {
        writeln!(
            s,
            "  - {{name: \"{name}\", last_year: {ly}, plan: {plan}, done: {done}}}"
        )
        .unwrap();
    }
    writeln!(s, "last_year: {}\nlibraries:", year - 1).unwrap();
    for (name, lib) in LIBRARIES.iter().zip(&y.libraries) {
        writeln!(s, "  - {{name: \"{name}\", values: {}}}", list(*lib)).unwrap();
    }
    s.push_str("quarters:\n");
    for (name, q) in QUARTERS.iter().zip(&y.quarters) {
        writeln!(s, "  - {{name: \"{name}\", values: {}}}", list(*q)).unwrap();
    }
    s
}
