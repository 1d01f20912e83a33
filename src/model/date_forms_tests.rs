//! Tests of `date_forms.rs`: each report form means its canonical form,
//! every printed date reads back, and the dates inside a paragraph.
use super::*;
use crate::i18n::Lang;
use proptest::prelude::*;

fn canonical(s: &str) -> EventDate {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

fn written(s: &str, year: Option<i32>) -> Result<EventDate, DateError> {
    match parse_written(s)? {
        WrittenDate::Complete(d) => Ok(d),
        WrittenDate::NoYear(w) => w.resolve(year),
    }
}

/// Written as a report writes it | the canonical form it means.
const FORMS: &str = "\
10 февраля 2016 | 2016-02-10
10 февраля 2016 г. | 2016-02-10
10 февраля 2016 года | 2016-02-10
10.02.2016 | 2016-02-10
10.02.2016 г. | 2016-02-10
10.02.2016г. | 2016-02-10
18.05.16 | 2016-05-18
4–5 июня 2014 | 2014-06-04..2014-06-05
4-5 июня 2014 г. | 2014-06-04..2014-06-05
04-05.06.2014 | 2014-06-04..2014-06-05
30.05–02.06.2022 | 2022-05-30..2022-06-02
30 мая – 2 июня 2022 | 2022-05-30..2022-06-02
30 декабря 2022 – 2 января 2023 | 2022-12-30..2023-01-02
с 1 по 10 марта 2016 | 2016-03-01..2016-03-10
с 1 апреля по 1 июня 2016 | 2016-04-01..2016-06-01
с апреля по декабрь 2016 | 2016-04..2016-12
февраль 2022 | 2022-02
февраль 2022 г. | 2022-02
апрель–май 2022 | 2022-04..2022-05
ноябрь 2022 – январь 2023 | 2022-11..2023-01
I квартал 2022 | 2022-Q1
IV квартал 2022 года | 2022-Q4
1 кв. 2022 | 2022-Q1
в течение II квартала 2016 г. | 2016-Q2
2022 год | 2022
2022 г. | 2022
в течение 2022 года | 2022
2016 жылғы 10 ақпан | 2016-02-10
2022 жылғы 8–9 маусым | 2022-06-08..2022-06-09
2022 жылғы сәуір–мамыр | 2022-04..2022-05
2022 жылғы I тоқсан | 2022-Q1
2022 жыл бойы | 2022
2016-04-04 | 2016-04-04
2022-Q1 | 2022-Q1";

fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table.lines().map(|l| l.split('|').map(str::trim).collect())
}

#[test]
fn each_form_means_its_canonical_form() {
    for row in rows(FORMS) {
        assert_eq!(written(row[0], None), Ok(canonical(row[1])), "{}", row[0]);
    }
}

/// Without a year | in 2016.
const NO_YEAR: &str = "\
10 февраля | 2016-02-10
4–5 июня | 2016-06-04..2016-06-05
с 1 по 10 марта | 2016-03-01..2016-03-10
с сентября по декабрь | 2016-09..2016-12
апрель–май | 2016-04..2016-05
II квартал | 2016-Q2
в течение года | 2016";

#[test]
fn a_missing_year_comes_from_outside() {
    for row in rows(NO_YEAR) {
        let w = parse_written(row[0]).unwrap();
        assert!(matches!(w, WrittenDate::NoYear(_)), "{}", row[0]);
        assert_eq!(w.in_year(2016), Ok(canonical(row[1])), "{}", row[0]);
        assert_eq!(
            written(row[0], None).unwrap_err().message.to_string(),
            "the date has no year"
        );
    }
}

const MISTAKES: &str = "\
04-35.06.2014 | 2014-06-35 is not a date: June 2014 has 30 days
05-04.06.2014 | the range 2014-06-05..2014-06-04 ends before it starts
04-05.13.2014 | month 13 does not exist
30 февраля 2016 | 2016-02-30 is not a date: February 2016 has 29 days
апрель 2022 – февраль 2022 | the range 2022-04..2022-02 ends before it starts
10 февраля 201 | \"10 февраля 201\" is not a date
в прошлом году | \"в прошлом году\" is not a date";

#[test]
fn mistakes_in_report_forms_name_the_real_problem() {
    for row in rows(MISTAKES) {
        assert_eq!(
            written(row[0], Some(2016)).unwrap_err().message.to_string(),
            row[1],
            "{}",
            row[0]
        );
    }
    // Canonical-looking mistakes keep their own messages.
    assert_eq!(
        written("2022-13", None).unwrap_err().message.to_string(),
        "month 13 does not exist"
    );
}

#[test]
fn dates_inside_a_paragraph() {
    let text = "10 февраля библиотека «Единство» провела акцию к дню, который отмечают 14 февраля; в 16.00 у школы № 6 и 73, с 11 сентября 1913 года.";
    let found: Vec<(String, &str)> = find_all(text)
        .into_iter()
        .map(|f| {
            (
                format!("{:?}", f.written.resolve(Some(2016))),
                &text[f.range],
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "Ok(Day(Day { year: 2016, month: 2, day: 10 }))".to_string(),
                "10 февраля"
            ),
            (
                "Ok(Day(Day { year: 2016, month: 2, day: 14 }))".to_string(),
                "14 февраля"
            ),
            (
                "Ok(Day(Day { year: 1913, month: 9, day: 11 }))".to_string(),
                "11 сентября 1913 года"
            ),
        ]
    );
}

fn any_date() -> impl Strategy<Value = EventDate> {
    (1000..=9999i32, 1..=12u8, 1..=28u8, 0..60u16, 0..6u8).prop_filter_map(
        "a valid date",
        |(y, m, d, len, kind)| {
            let day = Day::new(y, m, d).ok()?;
            let later = |n: u16| {
                let mut e = day;
                for _ in 0..n {
                    e = next_day(e);
                }
                e
            };
            let s = match kind {
                0 => day.to_string(),
                1 => format!("{day}..{}", later(len)),
                2 => format!("{y:04}-{m:02}"),
                3 => {
                    let to = later(len * 10);
                    format!("{y:04}-{m:02}..{}", &to.to_string()[..7])
                }
                4 => format!("{y:04}-Q{}", m.div_ceil(3)),
                _ => format!("{y:04}"),
            };
            s.parse().ok()
        },
    )
}

fn next_day(d: Day) -> Day {
    let s = d.to_string();
    let (y, m, dd): (i32, u8, u8) = (
        s[..4].parse().unwrap(),
        s[5..7].parse().unwrap(),
        s[8..].parse().unwrap(),
    );
    Day::new(y, m, dd + 1)
        .or_else(|_| Day::new(y, m + 1, 1))
        .or_else(|_| Day::new(y + 1, 1, 1))
        .unwrap_or(d)
}

proptest! {
    #[test]
    fn every_printed_date_reads_back(date in any_date()) {
        for lang in [Lang::Ru, Lang::Kk] {
            let shown = date.format(lang);
            prop_assert_eq!(written(&shown, None), Ok(date), "{}", shown);
        }
    }
}

proptest! {
    /// Any text: parsing and finding dates never panic.
    #[test]
    fn any_text_is_parsed_without_panic(text in "[0-9а-яА-Яa-zA-Z .,\\-–—]{0,40}") {
        let _ = parse_written(&text).map(|w| w.in_year(2016));
        for f in find_all(&text) {
            prop_assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end));
            let _ = f.written.resolve(Some(2016));
        }
    }
}

/// The report forms' own messages in ru, kk and en.
#[test]
fn report_form_messages_speak_each_language() {
    let e = written("в прошлом году", Some(2016)).unwrap_err();
    assert_eq!(
        e.message.render(Lang::Ru),
        "«в прошлом году» не читается как дата"
    );
    assert!(e
        .hint
        .render(Lang::Ru)
        .starts_with("напишите дату так: 10 февраля 2016, 10.02.2016"));
    assert!(e
        .hint
        .render(Lang::Kk)
        .starts_with("күнді былай жазыңыз: 2016 жылғы 10 ақпан"));
    assert!(e
        .hint
        .render(Lang::En)
        .starts_with("use one of: 2016-04-04, 10 февраля 2016"));
    let e = written("10 февраля", None).unwrap_err();
    assert_eq!(e.message.render(Lang::Ru), "в дате нет года");
    assert_eq!(
        e.hint.render(Lang::Ru),
        "допишите год, например «10 февраля 2016», или положите файл в папку этого года"
    );
    assert_eq!(e.message.render(Lang::Kk), "күнінде жыл жоқ");
    assert_eq!(e.message.render(Lang::En), "the date has no year");
}
