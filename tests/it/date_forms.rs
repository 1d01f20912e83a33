//! The date forms reports use (issue #15): each one, written in an event's
//! front matter, builds the very site its canonical form builds.

use crate::common::Site;

/// Written as a report writes it, and its canonical form (whose year is the folder).
const FORMS: &[(&str, &str)] = &[
    ("10 февраля 2016", "2016-02-10"),
    ("10.02.2016", "2016-02-10"),
    ("10.02.2016 г.", "2016-02-10"),
    ("4–5 июня 2014", "2014-06-04..2014-06-05"),
    ("04-05.06.2014", "2014-06-04..2014-06-05"),
    ("с 1 по 10 марта 2016", "2016-03-01..2016-03-10"),
    ("февраль 2022", "2022-02"),
    ("апрель–май 2022", "2022-04..2022-05"),
    ("I квартал 2022", "2022-Q1"),
    ("1 кв. 2022", "2022-Q1"),
    ("2022 год", "2022"),
    ("в течение 2022 года", "2022"),
    ("2016 жылғы 10 ақпан", "2016-02-10"),
    // The year from the folder the file is in.
    ("10 февраля", "2016-02-10"),
];

fn site(pick: fn(&(&'static str, &'static str)) -> &'static str) -> Site {
    let site = Site::new();
    for (n, form) in FORMS.iter().enumerate() {
        let canonical = form.1;
        let year = &canonical[..4];
        site.event(
            &format!("content/{year}/events/sobytie-{n:02}.md"),
            &format!(
                "title: \"Событие {n}\"\ndate: \"{}\"\nlibrary: \"Центральная детская библиотека\"",
                pick(form)
            ),
            "Текст события.",
        );
    }
    site
}

#[test]
fn every_report_form_builds_what_its_canonical_form_builds() {
    let (written, canonical) = (site(|f| f.0), site(|f| f.1));
    written.build(&[]).ok();
    canonical.build(&[]).ok();
    let pages = |s: &Site| {
        let mut t = crate::common::tree(&s.output());
        t.remove(std::path::Path::new(".letopis-output"));
        t
    };
    let (a, b) = (pages(&written), pages(&canonical));
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(bytes == &b[path], "{} differs", path.display());
    }
    let page = written.page("2014/sobytie-04/index.html");
    let main = page.text("main").replace('\u{a0}', " ");
    assert!(main.contains("Дата 4–5 июня 2014"), "{main}");
}

/// The build's message for an event of `year` dated `date`.
fn build_error(year: i32, date: &str) -> String {
    let site = Site::new();
    let front = format!("title: \"Событие\"\ndate: {date}\nlibrary: \"ЦДБ\"");
    site.event(&format!("content/{year}/events/a.md"), &front, "");
    site.build(&[]).failed().to_string()
}

#[test]
fn a_wrong_report_date_names_the_real_problem() {
    let err = build_error(2014, "04-35.06.2014");
    assert!(err.contains("content/2014/events/a.md:3:"), "{err}");
    assert!(
        err.contains("даты 2014-06-35 не бывает: в июне 2014 года 30 дней"),
        "{err}"
    );
    assert!(!err.contains("год 04"), "{err}");
    let err = build_error(2016, "30 февраля");
    assert!(err.contains("content/2016/events/a.md:3:"), "{err}");
    assert!(err.contains("в феврале 2016 года 29 дней"), "{err}");
}
