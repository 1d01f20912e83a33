//! Tests of `date.rs`: every form, every mistake, formatting in each language.
use super::*;

fn date(s: &str) -> EventDate {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

fn day(y: i32, m: u8, d: u8) -> Day {
    Day::new(y, m, d).unwrap()
}

fn err(s: &str) -> DateError {
    s.parse::<EventDate>().unwrap_err()
}

/// Rows of a text table, cells split on `|` and trimmed (rustfmt leaves
/// string literals alone, so the tables stay one case a line).
fn rows(table: &str) -> impl Iterator<Item = Vec<&str>> {
    table
        .lines()
        .map(|line| line.split('|').map(str::trim).collect())
}

/// Source text | the value, as `Debug` prints it.
const FORMS: &str = "\
2016-04-04 | Day(Day { year: 2016, month: 4, day: 4 })
2022-06-08 .. 2022-06-09 | Days(Day { year: 2022, month: 6, day: 8 }, Day { year: 2022, month: 6, day: 9 })
2022-06-08..2022-06-08 | Day(Day { year: 2022, month: 6, day: 8 })
2022-4 | Month { year: 2022, month: 4 }
2022-04..2022-04 | Month { year: 2022, month: 4 }
2022-11..2023-01 | Months { from: (2022, 11), to: (2023, 1) }
2022-q1 | Quarter { year: 2022, quarter: 1 }
2022 | Year(2022)";

#[test]
fn parses_every_form() {
    // Also: one-day and one-month ranges collapse to the single form.
    for row in rows(FORMS) {
        assert_eq!(format!("{:?}", date(row[0])), row[1]);
    }
    assert_eq!(date(" 2016-04-04\n"), date("2016-04-04"));
}

const MISTAKES: &str = "\
2016-02-30 | 2016-02-30 is not a date: February 2016 has 29 days | the days of this month are 2016-02-01 to 2016-02-29
2015-02-29 | 2015-02-29 is not a date: February 2015 has 28 days | the days of this month are 2015-02-01 to 2015-02-28
2022-04-00 | 2022-04-00 is not a date: April 2022 has 30 days | the days of this month are 2022-04-01 to 2022-04-30
2022-13 | month 13 does not exist | months are numbered 01 to 12
2022-00-01 | month 0 does not exist | months are numbered 01 to 12
2022-06-09..2022-06-08 | the range 2022-06-09..2022-06-08 ends before it starts | put the earlier date first: 2022-06-08..2022-06-09
2022-Q5 | quarter Q5 does not exist: quarter must be Q1..Q4 | write 2022-Q1, 2022-Q2, 2022-Q3 or 2022-Q4
999 | year 999 is out of range: years must be between 1000 and 9999 | write the year with four digits, e.g. 2022
10000-01 | year 10000 is out of range: years must be between 1000 and 9999 | write the year with four digits, e.g. 2022
April | \"April\" is not a date | use one of: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-04..2022-05, 2022-Q1, 2022
2022..2023 | \"2022..2023\" is not a range this tool understands | a range joins two days or two months with two dots: 2022-06-08..2022-06-09, 2022-04..2022-05
2022-04..2022-05-01 | \"2022-04..2022-05-01\" is not a range this tool understands | a range joins two days or two months with two dots: 2022-06-08..2022-06-09, 2022-04..2022-05
2022-06-08...2022-06-09 | \"2022-06-08...2022-06-09\" is not a range | a range joins two days or two months with two dots: 2022-06-08..2022-06-09, 2022-04..2022-05
..2022-06-09 | \"..2022-06-09\" is not a range | a range joins two days or two months with two dots: 2022-06-08..2022-06-09, 2022-04..2022-05
2022-06-08 - 2022-06-09 | \"2022-06-08 - 2022-06-09\" looks like a range written with a dash | write ranges with two dots: 2022-06-08..2022-06-09
2022-06-08–2022-06-09 | \"2022-06-08–2022-06-09\" looks like a range written with a dash | write ranges with two dots: 2022-06-08..2022-06-09
2022-06-08-2022-06-09 | \"2022-06-08-2022-06-09\" looks like a range written with a dash | write ranges with two dots: 2022-06-08..2022-06-09
2022-04 — 2022-05 | \"2022-04 — 2022-05\" looks like a range written with a dash | write ranges with two dots: 2022-04..2022-05";

#[test]
fn explains_mistakes() {
    for row in rows(MISTAKES) {
        let e = err(row[0]);
        assert_eq!(
            (e.message.to_string(), e.hint.to_string()),
            (row[1].into(), row[2].into())
        );
    }
    assert_eq!(err(" ").message.to_string(), "the date is empty");
    assert_eq!(
        Day::new(2022, 13, 1).unwrap_err().message.to_string(),
        "month 13 does not exist"
    );
    assert!(Day::new(10_000, 1, 1).is_err() && Day::new(999, 12, 31).is_err());
}

#[test]
fn never_panics_on_odd_input() {
    let odd = ".. - Q 2022-Q 2022-Qx 2022-Q99 ２０２２ 2022-04-31 99999999999999999999 -2022 2022- \
                   2022-04-05-06 🙂 2022-0é 2016-04-04T10:00 2022-04..2022-05..2022-06 +2022 2022-1-1";
    let mut inputs: Vec<String> = odd.split(' ').map(str::to_owned).collect();
    // Deterministic fuzzing (xorshift) over the characters dates are made of.
    let alphabet: Vec<char> = "0123456789-.Qq –".chars().collect();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..50_000 {
        let len = state % 24;
        inputs.push(
            (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect(),
        );
    }
    for input in inputs {
        if let Ok(d) = input.parse::<EventDate>() {
            assert_eq!(date(&d.to_string()), d, "{input:?}");
        }
    }
}

/// Every day of 2015..=2017 with ranges from it, every month, quarter and
/// year of those years, and every month range within 2021..=2023.
fn samples() -> Vec<EventDate> {
    let (mut all, mut days) = (Vec::new(), Vec::new());
    for y in 2015..=2017 {
        for m in 1..=12 {
            days.extend((1..=31).filter_map(|d| Day::new(y, m, d).ok()));
            all.push(EventDate::Month { year: y, month: m });
        }
        all.extend((1..=4).map(|quarter| EventDate::Quarter { year: y, quarter }));
        all.push(EventDate::Year(y));
    }
    assert_eq!(days.len(), 365 + 366 + 365);
    for (i, &a) in days.iter().enumerate() {
        all.push(EventDate::Day(a));
        let ends = [1, 2, 29, 30, 31, 60, 400].map(|k| days.get(i + k));
        all.extend(ends.into_iter().flatten().map(|&b| EventDate::Days(a, b)));
    }
    let months: Vec<_> = (2021..=2023)
        .flat_map(|y| (1..=12).map(move |m| (y, m)))
        .collect();
    for (i, &from) in months.iter().enumerate() {
        all.extend(
            months[i + 1..]
                .iter()
                .map(|&to| EventDate::Months { from, to }),
        );
    }
    all
}

#[test]
fn display_parses_back() {
    for d in samples()
        .into_iter()
        .chain((1000..=9999).map(EventDate::Year))
    {
        let text = d.to_string();
        assert_eq!(date(&text), d, "{text}");
        assert_eq!(serde_json::to_string(&d).unwrap(), format!("\"{text}\""));
    }
}

#[test]
fn sorts_by_start_then_end() {
    let mut all = samples();
    all.sort();
    for pair in all.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(
            a < b && (a.start(), a.end()) <= (b.start(), b.end()),
            "{a} vs {b}"
        );
    }
    let mut listed: Vec<_> = "2022 2022-04-15 2022-Q2 2022-04 2022-04-01..2022-04-30"
        .split(' ')
        .map(date)
        .collect();
    listed.sort();
    let sorted: Vec<String> = listed.iter().map(ToString::to_string).collect();
    assert_eq!(
        sorted.join(" "),
        "2022 2022-04-01..2022-04-30 2022-04 2022-Q2 2022-04-15"
    );
}

#[test]
fn spans_and_groups() {
    let q1 = date("2022-Q1");
    assert_eq!((q1.start(), q1.end()), (day(2022, 1, 1), day(2022, 3, 31)));
    assert_eq!(date("2024-02").end(), day(2024, 2, 29));
    assert_eq!(date("2022").end(), day(2022, 12, 31));
    assert_eq!(date("2021-12-28..2022-01-03").year(), 2021);
    assert_eq!(date("2022-04-15").month_group(), Some(4));
    assert_eq!(date("2022-11..2023-01").month_group(), Some(11));
    assert_eq!((q1.month_group(), date("2022").month_group()), (None, None));
    // Values built directly with impossible fields are clamped, not a panic.
    let bad = EventDate::Quarter {
        year: 0,
        quarter: 9,
    };
    assert_eq!(
        (bad.start(), bad.end()),
        (day(1000, 10, 1), day(1000, 12, 31))
    );
    assert_eq!(
        EventDate::Month {
            year: 2022,
            month: 0
        }
        .format(Lang::En),
        "January 2022"
    );
}

/// input | ru | kk | en, with plain spaces where the output has U+00A0.
const FORMATS: &str = "\
2016-04-04 | 4 апреля 2016 | 2016 жылғы 4 сәуір | 4 April 2016
2022-06-08..2022-06-09 | 8–9 июня 2022 | 2022 жылғы 8–9 маусым | 8–9 June 2022
2022-05-30..2022-06-02 | 30 мая – 2 июня 2022 | 2022 жылғы 30 мамыр – 2 маусым | 30 May – 2 June 2022
2021-12-28..2022-01-03 | 28 декабря 2021 – 3 января 2022 | 2021 жылғы 28 желтоқсан – 2022 жылғы 3 қаңтар | 28 December 2021 – 3 January 2022
2022-04 | апрель 2022 | 2022 жылғы сәуір | April 2022
2022-04..2022-05 | апрель–май 2022 | 2022 жылғы сәуір–мамыр | April–May 2022
2022-11..2023-01 | ноябрь 2022 – январь 2023 | 2022 жылғы қараша – 2023 жылғы қаңтар | November 2022 – January 2023
2022-Q1 | I квартал 2022 | 2022 жылғы I тоқсан | Q1 2022
2022-Q4 | IV квартал 2022 | 2022 жылғы IV тоқсан | Q4 2022
2022 | в течение 2022 года | 2022 жыл бойы | throughout 2022";

#[test]
fn formats_like_a_librarian() {
    for row in rows(FORMATS) {
        for (lang, want) in Lang::ALL.into_iter().zip(&row[1..]) {
            let got = date(row[0]).format(lang);
            assert_eq!(got.replace('\u{a0}', " "), *want, "{} {lang:?}", row[0]);
        }
    }
    assert_eq!(date("2016-04-04").format(Lang::Ru), "4\u{a0}апреля 2016");
    assert_eq!(
        date("2022-06-08..2022-06-09").format(Lang::En),
        "8–9\u{a0}June 2022"
    );
}

/// input | iso_start | iso_end (empty for None).
const ISO: &str = "\
2016-04-04 | 2016-04-04 |
2022-06-08..2022-06-09 | 2022-06-08 | 2022-06-09
2022-04 | 2022-04 |
2022-04..2022-05 | 2022-04-01 | 2022-05-31
2022-Q1 | 2022-01-01 | 2022-03-31
2022 | 2022 |";

#[test]
fn iso_for_machines() {
    for row in rows(ISO) {
        let (d, end) = (date(row[0]), Some(row[2]).filter(|e| !e.is_empty()));
        assert_eq!(d.iso_start(), row[1], "{}", row[0]);
        assert_eq!(d.iso_end().as_deref(), end, "{}", row[0]);
    }
}

#[test]
fn reads_yaml_with_positions() {
    #[derive(Debug, Deserialize)]
    struct Front {
        date: EventDate,
    }
    let read = |yaml: &str| serde_yaml::from_str::<Front>(yaml).map(|f| f.date);
    for (yaml, want) in [
        ("date: 2022", "2022"),
        ("date: '2022'", "2022"),
        ("date: 2016-04-04", "2016-04-04"),
        ("date: 2022-06-08..2022-06-09", "2022-06-08..2022-06-09"),
        ("date: 2022-Q1", "2022-Q1"),
    ] {
        assert_eq!(read(yaml).unwrap(), date(want), "{yaml}");
    }
    let e = read("title: x\ndate: 2016-02-30\n")
        .unwrap_err()
        .to_string();
    // serde keeps only text: the message and the hint are carried in it.
    let carried = &e[..e.rfind(" at line 2").unwrap_or(e.len())];
    let said: Vec<String> = Message::uncarried(carried)
        .iter()
        .map(Message::to_string)
        .collect();
    assert_eq!(
        said,
        [
            "2016-02-30 is not a date: February 2016 has 29 days",
            "the days of this month are 2016-02-01 to 2016-02-29"
        ]
    );
    assert!(e.contains("line 2"), "{e}");
    assert!(["date: -5", "date: 2022.5", "date: [1]"]
        .iter()
        .all(|y| read(y).is_err()));
    let yaml = serde_yaml::to_string(&date("2022")).unwrap();
    assert_eq!(
        serde_yaml::from_str::<EventDate>(&yaml).unwrap(),
        date("2022")
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any valid day, 1000-01-01 to 9999-12-31.
    fn any_day() -> impl Strategy<Value = Day> {
        (1000..=9999i32, 1..=12u8, 1..=31u8).prop_map(|(y, m, d)| Day::clamped(y, m, d))
    }

    fn any_month() -> impl Strategy<Value = (i32, u8)> {
        (1000..=9999i32, 1..=12u8)
    }

    /// Every form of date, in its canonical (parsed) shape.
    fn any_date() -> impl Strategy<Value = EventDate> {
        prop_oneof![
            any_day().prop_map(EventDate::Day),
            (any_day(), any_day())
                .prop_filter("a span", |(a, b)| a != b)
                .prop_map(|(a, b)| EventDate::Days(a.min(b), a.max(b))),
            any_month().prop_map(|(year, month)| EventDate::Month { year, month }),
            (any_month(), any_month())
                .prop_filter("a span", |(a, b)| a != b)
                .prop_map(|(a, b)| EventDate::Months {
                    from: a.min(b),
                    to: a.max(b)
                }),
            (1000..=9999i32, 1..=4u8)
                .prop_map(|(year, quarter)| EventDate::Quarter { year, quarter }),
            (1000..=9999i32).prop_map(EventDate::Year),
        ]
    }

    proptest! {
        /// parse ∘ format = identity, for every form of date.
        #[test]
        fn format_then_parse_is_identity(d in any_date()) {
            prop_assert_eq!(d.to_string().parse::<EventDate>().ok(), Some(d));
        }

        /// Whatever parses prints back to a string that parses the same,
        /// and nothing panics.
        #[test]
        fn parse_then_format_is_stable(s in "\\PC{0,30}|[0-9Qq.\\- –]{0,24}") {
            if let Ok(d) = s.parse::<EventDate>() {
                prop_assert_eq!(d.to_string().parse::<EventDate>().ok(), Some(d));
            }
        }

        /// A day that does not exist is refused, with the month's length.
        #[test]
        fn impossible_days_are_errors(y in 1000..=9999i32, m in 1..=12u8, extra in 1..=5u8) {
            let last = days_in_month(y, m);
            let text = format!("{y:04}-{m:02}-{:02}", last + extra);
            let e = text.parse::<EventDate>().unwrap_err();
            prop_assert!(e.message.to_string().contains(&format!("has {last} days")), "{}", e.message);
        }
    }
}

/// Each date message in ru, kk and en, the corrected date included where
/// the hint has one.
#[test]
fn date_messages_speak_each_language() {
    use crate::i18n::Lang;
    // Input | language | message | hint.
    const SAID: &str = "\
2016-02-30 | ru | даты 2016-02-30 не бывает: в феврале 2016 года 29 дней | проверьте число: дни этого месяца — с 2016-02-01 по 2016-02-29
2016-02-30 | kk | 2016-02-30 деген күн жоқ: 2016 жылғы ақпанда 29 күн бар | күнді тексеріңіз: бұл айдың күндері: 2016-02-01 … 2016-02-29
2016-02-30 | en | 2016-02-30 is not a date: February 2016 has 29 days | the days of this month are 2016-02-01 to 2016-02-29
2022-04-31 | ru | даты 2022-04-31 не бывает: в апреле 2022 года 30 дней | проверьте число: дни этого месяца — с 2022-04-01 по 2022-04-30
2022-01-32 | ru | даты 2022-01-32 не бывает: в январе 2022 года 31 день | проверьте число: дни этого месяца — с 2022-01-01 по 2022-01-31
2022-06-09..2022-06-08 | ru | промежуток 2022-06-09..2022-06-08 кончается раньше, чем начинается | поставьте сначала более раннюю дату: 2022-06-08..2022-06-09
2022-06-09..2022-06-08 | kk | 2022-06-09..2022-06-08 аралығы басталмай тұрып аяқталады | алдымен ертерек күнді жазыңыз: 2022-06-08..2022-06-09
2022-06-08 - 2022-06-09 | ru | «2022-06-08 - 2022-06-09» похоже на промежуток дат через тире | в этой записи промежуток пишется через две точки: 2022-06-08..2022-06-09
2022-06-08 - 2022-06-09 | kk | «2022-06-08 - 2022-06-09» сызықша арқылы жазылған аралыққа ұқсайды | бұл жазуда аралық екі нүкте арқылы жазылады: 2022-06-08..2022-06-09
2022-13 | ru | месяца с номером 13 нет | месяцы нумеруются от 01 до 12
2022-13 | kk | 13 нөмірлі ай жоқ | айлар 01-ден 12-ге дейін нөмірленеді
2022-Q5 | ru | квартала Q5 нет: кварталы — Q1, Q2, Q3 и Q4 | напишите 2022-Q1, 2022-Q2, 2022-Q3 или 2022-Q4
999 | ru | год 999 не подходит: год пишется четырьмя цифрами, от 1000 до 9999 | напишите год четырьмя цифрами, например 2022
999 | kk | 999 жылы жарамсыз: жыл төрт цифрмен, 1000 бен 9999 аралығында жазылады | жылды төрт цифрмен жазыңыз, мысалы 2022
2022..2023 | ru | в промежутке «2022..2023» начало и конец записаны по-разному | промежуток — это два дня или два месяца через две точки: 2022-06-08..2022-06-09, 2022-04..2022-05
..2022-06-09 | ru | «..2022-06-09» не читается как промежуток дат | промежуток — это два дня или два месяца через две точки: 2022-06-08..2022-06-09, 2022-04..2022-05
April | ru | «April» не читается как дата | напишите дату так: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-04..2022-05, 2022-Q1 или 2022
April | kk | «April» күн ретінде оқылмайды | күнді былай жазыңыз: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-04..2022-05, 2022-Q1 немесе 2022";
    for row in rows(SAID) {
        let lang = Lang::from_locale(row[1]).unwrap();
        let e = err(row[0]);
        assert_eq!(e.message.render(lang), row[2], "{}", row[0]);
        assert_eq!(e.hint.render(lang), row[3], "{}", row[0]);
    }
    assert_eq!(err(" ").message.render(Lang::Ru), "дата не указана");
    assert_eq!(err(" ").message.render(Lang::Kk), "күні көрсетілмеген");
}
