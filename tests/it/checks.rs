//! The checks a methodologist makes: a total kept with `totals: warn`
//! marked on the published page and in the workbook with both figures,
//! plan and actual headers that don't match refused, columns named by
//! their labels.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::common::{Page, Site};
use crate::stats::{karaganda, read};

#[test]
fn a_kept_mismatch_is_noted_with_both_figures() {
    let (out, _) = karaganda();
    let page = Page(scraper::Html::parse_document(&read(
        &out,
        "2023/stats/index.html",
    )));
    let notes = page.texts("#table-one-country-one-book .note");
    assert!(
        notes.contains(&"«Итого:», «1 квартал / охват»: в отчёте 551; сумма строк 447".to_string()),
        "{notes:?}"
    );
    assert!(
        page.texts("#table-time-to-read .note").contains(
            &"«Итого:», «4 квартал / охват»: в отчёте 2 387; сумма строк 2 689".to_string()
        ),
        "{:?}",
        page.texts("#table-time-to-read .note")
    );
    // Tables that add up carry no such note.
    assert!(page.texts("#table-key .note").is_empty());
    let bytes = std::fs::read(out.path().join("site/2023/stats/statistics-2023.xlsx"))
        .expect("the workbook");
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let sheet = book.worksheet_range("one-country-one-book").expect("sheet");
    let wanted =
        Data::String("«Итого:», «1 квартал / охват»: в отчёте 551; сумма строк 447".into());
    assert!(sheet.rows().any(|r| r.first() == Some(&wanted)));
}

fn stats_site(stats: &str) -> Site {
    let site = Site::new();
    site.event(
        "content/2023/events/a.md",
        "title: \"Встреча\"\ndate: 2023-03-01\nlibrary: \"ЦГБ\"",
        "Текст.",
    );
    site.file("content/2023/stats.yaml", stats);
    site
}

#[test]
fn plan_and_actual_headers_must_match() {
    // «план» over «детские библиотеки», «выполнено» over «детские б-ки»:
    // the derived table would be blank.
    let site = stats_site(
        "tables:\n  - id: key\n    title: \"Основные показатели\"\n    columns:\n      - group: \"план на 2023\"\n        role: plan\n        columns: [\"детские библиотеки\"]\n      - group: \"выполнено в 2023\"\n        role: actual\n        columns: [\"детские б-ки\"]\n    rows:\n      - label: \"Читатели\"\n        values: [9000, 9110]\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:4:"), "{err}");
    assert!(
        err.contains("the column «план на 2023 / детские библиотеки» (`role: plan`) has no `role: actual` column headed «детские библиотеки»; the actual columns are headed «детские б-ки»"),
        "{err}"
    );
    // A plan with no actual column at all.
    let site = stats_site(
        "tables:\n  - id: key\n    title: \"План\"\n    columns:\n      - {label: \"план\", role: plan}\n    rows:\n      - label: \"Читатели\"\n        values: [9000]\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("has `role: plan`, but the table has no `role: actual` column"),
        "{err}"
    );
}

#[test]
fn a_total_names_the_column_by_its_label() {
    let site = stats_site(
        "tables:\n  - id: media\n    title: \"Работа со СМИ\"\n    columns:\n      - {id: all, label: \"всего\", sum: [cgb, branches]}\n      - {id: cgb, label: \"ЦГБ\"}\n      - {id: branches, label: \"библиотеки-филиалы\"}\n    rows:\n      - label: \"Сюжеты на телевидении\"\n        values: [25, 17, 7]\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("«Сюжеты на телевидении», column «всего»: the total is 25, but the figures add up to 24 (17 + 7) of its columns"),
        "{err}"
    );
}
