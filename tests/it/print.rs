//! Print is the annual report: the Karaganda statistics page printed by
//! Chromium to an A4 PDF loses no cell of any table. Wide tables scroll
//! on screen; on paper whatever a scroll box hides is simply gone, which
//! is how 7 of its 23 tables once lost their right-hand columns.
//!
//! Needs Chromium and `pdftotext` (poppler-utils): skipped with a loud
//! message without them, a failure under `CI=true` (`.ci/run` installs
//! both).

use std::collections::HashMap;
use std::process::Command;

use scraper::{Html, Selector};

use crate::browser::{chromium, ready, serve};
use crate::common::{letopis, repo_root};

fn missing_tools() -> Option<String> {
    if !chromium().exists() {
        return Some(format!("no Chromium at {}", chromium().display()));
    }
    if Command::new("pdftotext").arg("-v").output().is_err() {
        return Some("no pdftotext (apt-get install poppler-utils)".to_string());
    }
    None
}

/// How often each run of digits occurs in `text`: a figure cut off the
/// page is missing here, however the PDF's text breaks its lines.
fn numbers(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for n in text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
    {
        *counts.entry(n.to_string()).or_insert(0) += 1;
    }
    counts
}

/// Only the letters and digits of `text`: `pdftotext` joins a word broken
/// at its hyphen at a line's end («культурно-|массовых») and may drop a
/// no-break space.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn the_printed_statistics_page_holds_every_cell() {
    if !ready("print test", missing_tools()) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let root = repo_root().join("tests/sites/karaganda-2023");
    let run = letopis(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        site.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = std::fs::read_to_string(site.join("2023/stats/index.html")).unwrap();
    let port = serve(site);
    let pdf = dir.path().join("stats.pdf");
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("http://127.0.0.1:{port}/2023/stats/"))
        .output()
        .expect("run chromium");
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("run pdftotext");
    let printed = String::from_utf8_lossy(&text.stdout).into_owned();
    let (printed_numbers, printed_letters) = (numbers(&printed), letters(&printed));

    let doc = Html::parse_document(&html);
    let tables = doc.select(&Selector::parse("main table").unwrap()).count();
    assert!(tables >= 20, "the page has its tables: {tables}");
    let cells: Vec<String> = doc
        .select(&Selector::parse("main table th, main table td").unwrap())
        .map(|c| c.text().collect())
        .collect();
    // A heading that wraps inside its column comes out of pdftotext with
    // the next columns' text between its lines: then each of its words
    // must be there.
    let printed_words: Vec<String> = printed.split_whitespace().map(letters).collect();
    let missing: Vec<&String> = cells
        .iter()
        .filter(|c| {
            !printed_letters.contains(&letters(c))
                && !c
                    .split_whitespace()
                    .all(|w| printed_words.contains(&letters(w)))
        })
        .collect();
    assert!(missing.is_empty(), "cells not in the PDF: {missing:?}");
    let mut short: Vec<String> = numbers(&cells.join(" "))
        .into_iter()
        .filter(|(n, k)| printed_numbers.get(n).copied().unwrap_or(0) < *k)
        .map(|(n, k)| format!("{n} ×{k}"))
        .collect();
    short.sort();
    assert!(
        short.is_empty(),
        "figures of the tables missing from the PDF: {short:?}"
    );
    // A4 portrait, with landscape pages for the wide tables.
    let info = Command::new("pdfinfo")
        .args(["-l", "100"])
        .arg(&pdf)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8_lossy(&info.stdout);
    let sizes: Vec<&str> = info
        .lines()
        .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
        .collect();
    assert!(
        !sizes.is_empty() && sizes.iter().all(|l| l.ends_with("(A4)")),
        "A4: {info}"
    );
    assert!(
        sizes.iter().any(|l| l.contains(" 594.96 x 841.92 ")),
        "portrait: {info}"
    );
    assert!(
        sizes.iter().any(|l| l.contains(" 841.92 x 594.96 ")),
        "landscape pages for the wide tables: {info}"
    );
}
