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
        err.contains("у столбца «план на 2023 / детские библиотеки» (`role: plan`) нет пары — столбца `role: actual` с заголовком «детские библиотеки»; заголовки фактических столбцов: «детские б-ки»"),
        "{err}"
    );
    // A plan with no actual column at all.
    let site = stats_site(
        "tables:\n  - id: key\n    title: \"План\"\n    columns:\n      - {label: \"план\", role: plan}\n    rows:\n      - label: \"Читатели\"\n        values: [9000]\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("указано `role: plan`, но в таблице нет столбца `role: actual`"),
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
        err.contains("«Сюжеты на телевидении», столбец «всего»: итог 25, а его столбцы дают в сумме 24 (17 + 7)"),
        "{err}"
    );
}

const SHARES: &str = "tables:\n  - id: shares\n    title: \"Поступления 2023 года по отраслям\"\n    columns:\n      - {id: copies, label: \"экз.\"}\n      - {label: \"доля\", share_of: copies}\n    rows:\n      - {label: \"ОПЛ\", values: [296, \"23,9%\"]}\n      - {label: \"ЕНЛ\", values: [47, \"10%\"]}\n      - {label: \"Техн., с/х\", values: [24, \"1,9%\"]}\n      - {label: \"Искусство, спорт\", values: [47, \"3,8%\"]}\n      - {label: \"Худ. лит.\", values: [827, \"66,6%\"]}\n      - {label: \"Всего\", total: true, values: [1241, \"100%\"]}\n";

#[test]
fn shares_are_checked_against_their_figures() {
    // Right shares pass (the Karaganda example site builds without a
    // warning, see cells::); «10%» for 47 of 1 241 does not.
    let site = stats_site(SHARES);
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:9:"), "{err}");
    assert!(
        err.contains("«ЕНЛ», столбец «доля»: доля 10%, но 47 из 1241 — это 3.8%"),
        "{err}"
    );
    assert!(
        err.contains("столбец «доля»: доли строк в сумме дают 106.2%, а не 100%"),
        "{err}"
    );
    // Kept with `totals: warn`, both figures are noted on the page.
    let site = stats_site(&SHARES.replace("    columns:\n", "    totals: warn\n    columns:\n"));
    site.build(&[]).ok();
    let notes = site
        .page("2023/stats/index.html")
        .texts("#table-shares .note");
    assert!(
        notes.contains(&"«ЕНЛ», «доля»: в отчёте 10 %; по цифрам таблицы 3,8 %".to_string()),
        "{notes:?}"
    );
    // A column that isn't there.
    let site = stats_site(&SHARES.replace("share_of: copies", "share_of: copie"));
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("указан столбец «copie», которого в таблице нет"),
        "{err}"
    );
    assert!(
        err.contains("может быть, вы имели в виду «copies»?"),
        "{err}"
    );
}

#[test]
fn balances_are_checked() {
    // The ООИФ fund of 2023: 22 681 + 46 − 0 = 22 727 builds (cells::);
    // a fund that doesn't balance is an error at its end figure.
    let table = "tables:\n  - id: fund\n    title: \"Движение фонда\"\n    balance: {start: \"на 01.01.2023\", in: \"поступило\", out: \"выбыло\", end: \"на 01.01.2024\"}\n    columns: [\"на 01.01.2023\", \"поступило\", \"выбыло\", \"на 01.01.2024\"]\n    rows:\n      - {label: \"Книжный фонд ООИФ\", values: [22681, 46, \"-\", 22737]}\n";
    let err = stats_site(table).build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:7:"), "{err}");
    assert!(
        err.contains("«Книжный фонд ООИФ», столбец «на 01.01.2024»: остаток 22737, но 22681 + 46 − 0 = 22727"),
        "{err}"
    );
    let site = stats_site(&table.replace("    balance:", "    totals: warn\n    balance:"));
    site.build(&[]).ok();
    assert_eq!(
        site.page("2023/stats/index.html").texts("#table-fund .note"),
        ["«Книжный фонд ООИФ», «на 01.01.2024»: в отчёте 22 737; начало + поступило − выбыло = 22 727"]
    );
    let err = stats_site(&table.replace("out: \"выбыло\"", "out: \"выбыл\""))
        .build(&[])
        .failed()
        .to_string();
    assert!(
        err.contains("в `balance:` указан столбец «выбыл», которого в таблице нет"),
        "{err}"
    );
}
