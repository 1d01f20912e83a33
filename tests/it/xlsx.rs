//! The statistics as an Excel workbook: the Karaganda 2023 site built by
//! the real binary, its `.xlsx` read back with calamine, sheet by sheet,
//! numbers as numbers and headers merged as on the page.

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};

use crate::common::Page;
use crate::stats::{karaganda, read};

const WORKBOOK: &str = "2023/stats/statistics-2023.xlsx";

fn bytes(dir: &tempfile::TempDir, rel: &str) -> Vec<u8> {
    let path = dir.path().join("site").join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a workbook calamine reads")
}

/// The line of `sheet` whose first cell is `label`.
fn line<'a>(sheet: &'a calamine::Range<Data>, label: &str) -> &'a [Data] {
    sheet
        .rows()
        .find(|r| r.first() == Some(&Data::String(label.to_string())))
        .unwrap_or_else(|| panic!("no line «{label}»"))
}

fn float(cell: &Data) -> f64 {
    match cell {
        Data::Float(x) => *x,
        Data::Int(n) => *n as f64,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn every_table_is_a_sheet_of_numbers() {
    let (out, _) = karaganda();
    let mut book = open(&bytes(&out, WORKBOOK));
    let names = book.sheet_names();
    // Each table in the file's order, its derived table right after it.
    assert_eq!(names[..3], ["libraries", "key", "key-derived"]);
    assert!(names.contains(&"periodicals".to_string()), "{names:?}");

    let key = book.worksheet_range("key").expect("sheet key");
    assert_eq!(
        key.get((0, 0)),
        Some(&Data::String("Основные показатели".into()))
    );
    let readers = line(&key, "Количество читателей, чел.");
    let figures: Vec<f64> = readers[1..].iter().map(float).collect();
    assert_eq!(figures, [9105.0, 6602.0, 9000.0, 6100.0, 9110.0, 7187.0]);
    // «403 (общ. 844)»: the main figure is the number.
    assert_eq!(float(&line(&key, "офлайн")[1]), 403.0);
    // «19,9%» is Excel's 19.9 %.
    let readability = line(&key, "читаемость");
    assert!((float(&readability[1]) - 0.199).abs() < 1e-9);
    // Empty is not zero.
    assert!(line(&key, "% обновления фонда")[1..]
        .iter()
        .all(|c| *c == Data::Empty));

    // The header merged as on the page: the role groups over two columns.
    let merged = book.merge_cells_by_sheet_name("key").expect("merged cells");
    let spans: Vec<((u32, u32), (u32, u32))> = merged.iter().map(|d| (d.start, d.end)).collect();
    assert!(spans.contains(&((2, 1), (2, 2))), "{spans:?}");
    assert!(spans.contains(&((2, 5), (2, 6))), "{spans:?}");
    assert_eq!(
        key.get((2, 1)),
        Some(&Data::String("выполнено в 2022".into()))
    );

    // Plan completion and change, as numbers: 9 110 ÷ 9 000, 9 110 − 9 105.
    let derived = book.worksheet_range("key-derived").expect("derived sheet");
    let readers = line(&derived, "Количество читателей");
    assert!((float(&readers[1]) - 1.012).abs() < 1e-9);
    assert_eq!(float(&readers[2]), 5.0);
    assert!((float(&readers[3]) - 0.001).abs() < 1e-9);
}

#[test]
fn the_workbook_keeps_notes_links_and_its_bytes() {
    let (out, _) = karaganda();
    let first = bytes(&out, WORKBOOK);
    // The bracketed second figure is the cell's note.
    let mut zip = zip::ZipArchive::new(Cursor::new(first.clone())).expect("a ZIP");
    let mut notes = String::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).expect("entry");
        if file.name().expect("entry name").starts_with("xl/comments") {
            file.read_to_string(&mut notes).expect("notes");
        }
    }
    assert!(notes.contains("403 (общ.\u{a0}844)"), "{notes}");
    // Built again, the same bytes: the creation date is fixed.
    let (again, _) = karaganda();
    assert!(first == bytes(&again, WORKBOOK), "the workbook differs");
    // Linked beside each table's CSV.
    let page = Page(scraper::Html::parse_document(&read(
        &out,
        "2023/stats/index.html",
    )));
    let links = page.attrs("#table-key .chart-csv a", "href");
    assert_eq!(
        links,
        ["/2023/stats/key.csv", "/2023/stats/statistics-2023.xlsx"]
    );
    // The derived table has its CSV now, with the figures as computed.
    assert_eq!(
        page.attrs("#table-key-derived .chart-csv a", "href")[0],
        "/2023/stats/key-derived.csv"
    );
    let csv = read(&out, "2023/stats/key-derived.csv");
    assert!(
        csv.contains("\r\nКоличество читателей,101.2%,+5,+0.1%,"),
        "{csv}"
    );
}
