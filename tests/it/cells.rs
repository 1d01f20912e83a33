//! Every kind of cell a report has: unknown, none («-»), not applicable
//! («×»), pairs («6065/1695») and text columns, built from the Karaganda
//! 2023 fund, clubs and media tables (`tests/sites/karaganda-2023-kinds`),
//! each kind checked in the page, the CSV, the workbook and the chart.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::common::{letopis, repo_root, Page, Site};
use crate::stats::{read, row_cells};

fn kinds() -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("site");
    let root = repo_root().join("tests/sites/karaganda-2023-kinds");
    let run = letopis(&[
        "build",
        "--root",
        root.to_str().expect("utf-8 path"),
        "--output",
        target.to_str().expect("utf-8 path"),
    ]);
    let stderr = run.ok().to_string();
    assert!(!stderr.contains("warning"), "{stderr}");
    out
}

fn page(out: &tempfile::TempDir) -> Page {
    Page(scraper::Html::parse_document(&read(
        out,
        "2023/stats/index.html",
    )))
}

#[test]
fn each_kind_of_cell_is_shown_apart_on_the_page() {
    let out = kinds();
    let page = page(&out);
    let n = |s: &str| s.replace(' ', "\u{202f}");
    // A pair, with what each figure is in the header.
    assert_eq!(
        row_cells(&page, "fund", "ОПЛ"),
        [n("6 065/1 695"), "+11".into(), "+9".into()]
    );
    assert!(page
        .texts("#table-fund thead th")
        .contains(&"фонд (всего / на каз. яз.)".to_string()));
    // None is «—», not applicable «×» with its legend, unknown is empty.
    assert_eq!(row_cells(&page, "fund", "ЕН")[1..], ["—", "—"]);
    assert_eq!(row_cells(&page, "fund", "Брошюры"), ["248", "", "×"]);
    assert_eq!(
        page.texts("#table-fund .note"),
        ["× — показатель не применяется"]
    );
    assert!(page.texts("#table-media .note").is_empty());
    // Text columns hold words; a «-» adds 0 to a checked total (46).
    assert_eq!(
        row_cells(&page, "clubs", "2"),
        ["«Султик»", "элементы инклюзивного образования", "30"]
    );
    assert_eq!(row_cells(&page, "clubs", "1"), ["«Өнерлі бала»", "", ""]);
    assert_eq!(
        row_cells(&page, "fund-changes", "поступило за вычетом выбывших")[..3],
        ["+46", "+11", "—"]
    );
}

#[test]
fn each_kind_of_cell_is_kept_in_csv_xlsx_and_chart() {
    let out = kinds();
    let csv = read(&out, "2023/stats/fund.csv");
    assert!(
        csv.starts_with("Отрасль,фонд (всего / на каз. яз.),"),
        "{csv}"
    );
    assert!(csv.contains("\r\nОПЛ,6065 / 1695,+11,+9\r\n"), "{csv}");
    assert!(csv.contains("\r\nЕН,2660 / 205,—,—\r\n"), "{csv}");
    assert!(csv.contains("\r\nБрошюры,248,,×\r\n"), "{csv}");
    let clubs = read(&out, "2023/stats/clubs.csv");
    assert!(clubs.contains("\r\n1,«Өнерлі бала»,,\r\n"), "{clubs}");

    let bytes = std::fs::read(out.path().join("site/2023/stats/statistics-2023.xlsx"))
        .expect("the workbook");
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let fund = book.worksheet_range("fund").expect("sheet fund");
    let line = |label: &str| -> Vec<Data> {
        fund.rows()
            .find(|r| r.first() == Some(&Data::String(label.into())))
            .unwrap_or_else(|| panic!("no line {label}"))
            .to_vec()
    };
    let s = |t: &str| Data::String(t.to_string());
    assert_eq!(line("ЕН")[1..], [s("2\u{202f}660/205"), s("—"), s("—")]);
    assert_eq!(
        line("Брошюры")[1..],
        [Data::Float(248.0), Data::Empty, s("×")]
    );
    assert!(fund
        .rows()
        .any(|r| r.first() == Some(&s("× — показатель не применяется"))));
    let clubs = book.worksheet_range("clubs").expect("sheet clubs");
    assert!(clubs.rows().any(|r| r[..4]
        == [
            s("2"),
            s("«Султик»"),
            s("элементы инклюзивного образования"),
            Data::Float(30.0)
        ]));

    // The chart's text says «—» for none and leaves unknown empty; the
    // text columns of `clubs` are no series.
    let html = read(&out, "2023/stats/index.html");
    let at = html.find("<desc").expect("a chart");
    let desc = &html[at..at + html[at..].find("</desc>").expect("desc end")];
    assert!(
        desc.contains("ЕН: поступило за вычетом выбывших — —"),
        "{desc}"
    );
    assert!(
        desc.contains("ОПЛ: поступило за вычетом выбывших — +11"),
        "{desc}"
    );
}

fn stats_site(table: &str) -> Site {
    let site = Site::new();
    site.event(
        "content/2023/events/a.md",
        "title: \"Встреча\"\ndate: 2023-03-01\nlibrary: \"ЦГБ\"",
        "Текст.",
    );
    site.file("content/2023/stats.yaml", table);
    site
}

#[test]
fn cells_that_cannot_be_read_are_placed_with_a_hint() {
    let head = "tables:\n  - id: clubs\n    title: \"Клубы\"\n";
    // A pair where the column does not say what its figures are.
    let site = stats_site(&format!(
        "{head}    columns: [\"клубы\"]\n    rows:\n      - label: \"ЦГБ\"\n        values: [\"2/9\"]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:7:"), "{err}");
    assert!(
        err.contains(
            "«ЦГБ», столбец «клубы»: `2/9` — это два числа, но у столбца не сказано, что означает каждое"
        ),
        "{err}"
    );
    assert!(err.contains("pair: ["), "{err}");
    // Words in a column of figures: the hint names `kind: text`.
    let site = stats_site(&format!(
        "{head}    columns: [\"клуб\"]\n    rows:\n      - label: \"1\"\n        values: [\"Султик\"]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("`Султик` — не число"), "{err}");
    assert!(err.contains("kind: text"), "{err}");
    // true/false, which YAML reads as no figure.
    let site = stats_site(&format!(
        "{head}    columns: [\"есть\"]\n    rows:\n      - label: \"1\"\n        values: [true]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("`true` — не число"), "{err}");
}
