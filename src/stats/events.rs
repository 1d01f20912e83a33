//! Figures counted from the events themselves, every build: how many
//! events and visitors per month, library, form, audience, campaign, and
//! online against offline. Only events that took place count (not planned
//! or cancelled ones).

use std::collections::BTreeMap;

use super::{Dataset, Series};
use crate::i18n::{month_heading, quarter_name, whole_year_heading, Lang};
use crate::model::date::EventDate;
use crate::model::front::Status;
use crate::model::{Event, Site};
use crate::number::{Cell, Decimal, Figure};

/// The ids of the event datasets, as charts name them.
pub const IDS: [&str; 6] = [
    "events-by-month",
    "events-by-library",
    "events-by-form",
    "events-by-audience",
    "events-by-campaign",
    "events-online",
];

fn title(id: &str, lang: Lang) -> &'static str {
    let ru = match id {
        "events-by-month" => [
            "Мероприятия по месяцам",
            "Айлар бойынша іс-шаралар",
            "Events by month",
        ],
        "events-by-library" => [
            "Мероприятия по библиотекам",
            "Кітапханалар бойынша іс-шаралар",
            "Events by library",
        ],
        "events-by-form" => [
            "Мероприятия по формам",
            "Түрлері бойынша іс-шаралар",
            "Events by form",
        ],
        "events-by-audience" => [
            "Мероприятия по аудиториям",
            "Аудитория бойынша іс-шаралар",
            "Events by audience",
        ],
        "events-by-campaign" => [
            "Акции и программы",
            "Акциялар мен бағдарламалар",
            "Campaigns and programmes",
        ],
        _ => [
            "Офлайн и онлайн",
            "Офлайн және онлайн",
            "Offline and online",
        ],
    };
    ru[lang_index(lang)]
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ru => 0,
        Lang::Kk => 1,
        Lang::En => 2,
    }
}

/// «Мероприятия», «Участники»: the two series of every event dataset.
fn series_names(lang: Lang) -> [&'static str; 2] {
    [
        ["Мероприятия", "Іс-шаралар", "Events"][lang_index(lang)],
        ["Участники", "Қатысушылар", "Visitors"][lang_index(lang)],
    ]
}

#[derive(Default, Clone, Copy)]
struct Tally {
    events: i64,
    attendance: i64,
    /// Events that gave their attendance: with none, it is unknown, not 0.
    counted: i64,
}

impl Tally {
    fn add(&mut self, ev: &Event) {
        self.events += 1;
        if let Some(a) = ev.attendance {
            self.attendance += i64::from(a);
            self.counted += 1;
        }
    }
}

/// The event datasets of `year`.
pub fn datasets(site: &Site, year: i32) -> Vec<Dataset> {
    let lang = site.config.language;
    let held: Vec<&Event> = site
        .years
        .iter()
        .filter(|y| y.year == year)
        .flat_map(|y| y.events.iter().map(|&i| &site.events[i]))
        .filter(|e| e.status == Status::Done)
        .collect();
    // Twelve months, then the four quarters and the whole year for the
    // events dated so (shown only when some are).
    let mut periods = [Tally::default(); 17];
    for ev in &held {
        let row = match (ev.date.month_group(), &ev.date) {
            (Some(m), _) => usize::from(m.clamp(1, 12)) - 1,
            (None, EventDate::Quarter { quarter, .. }) => 11 + usize::from(*quarter).clamp(1, 4),
            (None, _) => 16,
        };
        periods[row].add(ev);
    }
    let by_month: Vec<(String, Tally)> = periods
        .iter()
        .enumerate()
        .filter(|(i, t)| *i < 12 || t.events > 0)
        .map(|(i, t)| {
            let heading = match i {
                0..12 => month_heading(i as u8 + 1, lang).to_string(),
                12..16 => quarter_name(i as u8 - 11, lang),
                _ => whole_year_heading(lang).to_string(),
            };
            (heading, *t)
        })
        .collect();
    let tally_by = |names: &dyn Fn(&Event) -> Vec<String>| {
        let mut map: BTreeMap<String, Tally> = BTreeMap::new();
        for ev in &held {
            for n in names(ev) {
                map.entry(n).or_default().add(ev);
            }
        }
        let mut list: Vec<(String, Tally)> = map.into_iter().collect();
        list.sort_by(|a, b| b.1.events.cmp(&a.1.events).then_with(|| a.0.cmp(&b.0)));
        list
    };
    let online = [
        ["офлайн", "офлайн", "offline"],
        ["онлайн", "онлайн", "online"],
    ];
    let groups = [
        by_month,
        tally_by(&|e| vec![e.library.clone()]),
        tally_by(&|e| e.form.clone().into_iter().collect()),
        tally_by(&|e| e.audience.clone()),
        tally_by(&|e| e.campaign.clone().into_iter().collect()),
        tally_by(&|e| vec![online[usize::from(e.online)][lang_index(lang)].to_string()]),
    ];
    let [events_name, visitors_name] = series_names(lang);
    IDS.iter()
        .zip(groups)
        .map(|(id, list)| {
            let column = |f: fn(&Tally) -> Option<i64>| -> Vec<Cell> {
                list.iter()
                    .map(|(_, t)| Cell::from(f(t).map(|n| Figure::of(Decimal::int(n)))))
                    .collect()
            };
            Dataset {
                id: (*id).to_string(),
                title: title(id, lang).to_string(),
                categories: list.iter().map(|(n, _)| n.clone()).collect(),
                series: vec![
                    Series {
                        key: "events".to_string(),
                        name: events_name.to_string(),
                        values: column(|t| Some(t.events)),
                    },
                    Series {
                        key: "attendance".to_string(),
                        name: visitors_name.to_string(),
                        values: column(|t| (t.counted > 0).then_some(t.attendance)),
                    },
                ],
                unit: None,
            }
        })
        .collect()
}
