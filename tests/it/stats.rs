//! Statistics and charts: the Karaganda 2023 example site and the demo
//! built by the real binary, their tables' exact figures, the SVG parsed as
//! XML and its geometry checked, and every kind of bad input.

use std::path::Path;

use crate::common::{letopis, repo_root, Page, Site};

const NNBSP: &str = "\u{202f}";

pub(crate) fn karaganda() -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("site");
    let root = repo_root().join("tests/sites/karaganda-2023");
    let run = letopis(&[
        "build",
        "--root",
        root.to_str().expect("utf-8 path"),
        "--output",
        target.to_str().expect("utf-8 path"),
    ]);
    let stderr = run.ok().to_string();
    (out, stderr)
}

pub(crate) fn read(dir: &tempfile::TempDir, rel: &str) -> String {
    let path = dir.path().join("site").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The SVG of the figure `#chart-<id>` in `html`, as text.
fn svg_of(html: &str, id: &str) -> String {
    let at = html
        .find(&format!("id=\"chart-{id}\""))
        .unwrap_or_else(|| panic!("no chart {id}"));
    let start = at + html[at..].find("<svg").expect("svg");
    let end = start + html[start..].find("</svg>").expect("end of svg") + "</svg>".len();
    html[start..end].to_string()
}

fn num(node: roxmltree::Node, attr: &str) -> f64 {
    node.attribute(attr)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no number {attr} on {node:?}"))
}

pub(crate) fn row_cells(page: &Page, table: &str, label: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(&format!("#table-{table} tbody tr")).expect("selector");
    let th = scraper::Selector::parse("th").expect("selector");
    let td = scraper::Selector::parse("td").expect("selector");
    let row = page
        .0
        .select(&sel)
        .find(|r| {
            r.select(&th)
                .any(|h| h.text().collect::<String>().trim() == label)
        })
        .unwrap_or_else(|| panic!("no row «{label}» in {table}"));
    row.select(&td)
        .map(|c| c.text().collect::<String>())
        .collect()
}

#[test]
fn karaganda_tables_keep_every_figure() {
    let (out, stderr) = karaganda();
    // The published report's two «Итого» that don't add up are warnings
    // with file:line:column.
    assert!(
        stderr.contains("предупреждение: content/2023/stats.yaml:121:22: «Итого:», столбец «1 квартал / охват»: итог 551, а строки рядом с ним дают в сумме 447 (82 + 365)"),
        "{stderr}"
    );
    assert!(stderr.contains("stats.yaml:147:89"), "{stderr}");
    let page = Page(scraper::Html::parse_document(&read(
        &out,
        "2023/stats/index.html",
    )));
    let n = |s: &str| s.replace(' ', NNBSP);
    assert_eq!(
        row_cells(&page, "key", "Количество читателей, чел."),
        ["9 105", "6 602", "9 000", "6 100", "9 110", "7 187"].map(n)
    );
    let offline = row_cells(&page, "key", "офлайн");
    assert_eq!(offline[0], "403 (общ.\u{a0}844)");
    assert_eq!(offline[4], "454 (общ.\u{a0}846)");
    let readability = row_cells(&page, "key", "читаемость");
    assert_eq!(readability[0], "19,9\u{a0}%");
    assert_eq!(readability[5], "16,32\u{a0}%");
    // Empty is not zero.
    assert_eq!(row_cells(&page, "key", "% обновления фонда"), vec![""; 6]);
    assert_eq!(
        row_cells(&page, "one-country-one-book", "Итого:")[..4],
        ["23", "551", "4", "253"]
    );
    // Plan completion and change on last year, computed.
    let derived = row_cells(&page, "key-derived", "Количество читателей");
    assert_eq!(derived[..3], ["101,2\u{a0}%", "+5", "+0,1\u{a0}%"]);
    // Declared ratios: (181 560 + 117 339) ÷ (9 110 + 7 187).
    let figures = page.texts(".key-figures div");
    assert!(
        figures
            .iter()
            .any(|f| f.contains("Читаемость") && f.ends_with("18,34")),
        "{figures:?}"
    );
    // Three levels of headings: spans as in the report.
    assert_eq!(
        page.attrs("#table-periodicals thead tr:first-child th", "colspan"),
        ["4", "4"]
    );
    assert_eq!(
        page.attrs(
            "#table-periodicals thead tr:nth-child(2) th[rowspan]",
            "rowspan"
        ),
        ["2", "2"]
    );
    assert_eq!(
        row_cells(&page, "periodicals", "2023")[2..4],
        [n_("730 806,68"), n_("638 450,72")]
    );
    // A CSV per dataset, exact.
    assert_eq!(
        read(&out, "2023/stats/funding.csv"),
        ",2021,2022,2023\r\nВсего,1703,2047,2092\r\nкниги,603,947,1339\r\nподписка,1100,1100,753\r\n"
    );
    let key_csv = read(&out, "2023/stats/key.csv");
    assert!(
        key_csv.contains("\r\nофлайн,403 (общ. 844),441,100,200,454 (общ. 846),392\r\n"),
        "{key_csv}"
    );
}

#[test]
fn bar_heights_follow_the_figures() {
    let (out, _) = karaganda();
    let html = read(&out, "2023/index.html");
    let svg = svg_of(&html, "1");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    let title = root
        .children()
        .find(|n| n.has_tag_name("title"))
        .expect("title");
    assert_eq!(
        title.text(),
        Some("Читатели детских библиотек: 2022, план и 2023")
    );
    let desc = root
        .children()
        .find(|n| n.has_tag_name("desc"))
        .expect("desc");
    assert!(desc
        .text()
        .unwrap_or_default()
        .contains(&format!("план на 2023 / детские библиотеки — 9{NNBSP}000")));
    let bars: Vec<f64> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect") && n.attribute("class") == Some("chart-fill-1"))
        .map(|n| num(n, "height"))
        .collect();
    // 2022: 9 105, plan: 9 000, 2023: 9 110.
    assert_eq!(bars.len(), 3, "{svg}");
    assert!(
        bars[2] > bars[1],
        "9 110 must stand taller than 9 000: {bars:?}"
    );
    // 9 105 and 9 110 may share a pixel; neither is shorter than 9 000.
    assert!(bars[0] > bars[1] && bars[2] >= bars[0], "{bars:?}");
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::trim))
        .collect();
    for expected in ["9 110", "9 000", "9 105"] {
        assert!(
            labels.contains(&n_(expected).as_str()),
            "{expected} in {labels:?}"
        );
    }
    assert!(
        labels.iter().any(|l| l.contains("план на 2023")),
        "{labels:?}"
    );
    // The chart is followed by its data as a table and a CSV link.
    let page = Page(scraper::Html::parse_document(&html));
    // (`texts` collapses the narrow no-break spaces to plain ones.)
    assert_eq!(
        page.texts("#chart-1 table.chart-data td"),
        ["9 105", "9 000", "9 110"]
    );
    assert_eq!(
        page.attrs("#chart-1 .chart-csv a", "href"),
        ["/2023/stats/key.csv"]
    );
}

fn n_(s: &str) -> String {
    s.replace(' ', NNBSP)
}

#[test]
fn line_points_run_in_order_and_donut_has_a_slice_per_figure() {
    let (out, _) = karaganda();
    let html = read(&out, "2023/stats/index.html");
    let svg = svg_of(&html, "funding");
    let doc = roxmltree::Document::parse(&svg).expect("XML");
    let books: Vec<(f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle") && n.attribute("class") == Some("chart-fill-1"))
        .map(|n| (num(n, "cx"), num(n, "cy")))
        .collect();
    // книги: 603, 947, 1 339 over 2021–2023: left to right, rising.
    assert_eq!(books.len(), 3);
    assert!(
        books[0].0 < books[1].0 && books[1].0 < books[2].0,
        "{books:?}"
    );
    assert!(
        books[0].1 > books[1].1 && books[1].1 > books[2].1,
        "{books:?}"
    );
    assert!(doc.descendants().any(|n| n.has_tag_name("polyline")));

    let donut = svg_of(&html, "kinds");
    let doc = roxmltree::Document::parse(&donut).expect("XML");
    // Книги, Газеты, Журналы; the empty CD cell is no slice.
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("polygon"))
            .count(),
        3
    );
    let text: String = doc
        .descendants()
        .filter_map(|n| n.text().map(str::trim))
        .collect();
    assert!(text.contains("Журналы — 631 (50,8\u{a0}%)"), "{text}");

    let stacked = svg_of(&html, "one-book-offline");
    let doc = roxmltree::Document::parse(&stacked).expect("XML");
    let totals: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::trim))
        .collect();
    // Stacked totals are the sums of the rows (82 + 365), not the report's «Итого».
    assert!(
        totals.contains(&"447") && totals.contains(&"730"),
        "{totals:?}"
    );
}

#[test]
fn trends_page_and_identical_rebuilds() {
    let (a, _) = karaganda();
    let (b, _) = karaganda();
    for rel in [
        "2023/stats/index.html",
        "2023/index.html",
        "stats/index.html",
        "stats/trends.csv",
    ] {
        assert_eq!(read(&a, rel), read(&b, rel), "{rel} differs between builds");
    }
    let html = read(&a, "stats/index.html");
    let svg = svg_of(&html, "trend-readers");
    let doc = roxmltree::Document::parse(&svg).expect("XML");
    let desc = doc
        .descendants()
        .find(|n| n.has_tag_name("desc"))
        .and_then(|n| n.text());
    // 2022 from the «выполнено в 2022» columns: 9 105 + 6 602.
    assert_eq!(
        desc,
        Some(format!("2022 — 15{NNBSP}707; 2023 — 16{NNBSP}297.").as_str())
    );
    assert!(read(&a, "stats/trends.csv").contains("2021,,,,,,1703\r\n"));
    // The font that measured the labels is served with the theme, cut
    // to the letters the charts print.
    assert!(a
        .path()
        .join("site/fonts/DejaVuSans-charts.woff2")
        .is_file());
    assert!(read(&a, "style.css").contains("font-family: \"Letopis Charts\""));
}

#[test]
fn demo_2016_figures_and_event_charts() {
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("site");
    let root = repo_root();
    letopis(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        target.to_str().unwrap(),
    ])
    .ok();
    let text = std::fs::read_to_string(target.join("2016/stats/index.html")).expect("stats page");
    let page = Page(scraper::Html::parse_document(&text));
    let figures = page.texts(".key-figures dd");
    for f in ["1 779 экз.", "490", "41", "933 чел.", "27", "23"] {
        assert!(figures.iter().any(|x| x == f), "{f} in {figures:?}");
    }
    // Charts computed from the events: «Доктор Книга» is in the campaigns.
    let csv =
        std::fs::read_to_string(target.join("2016/stats/events-by-campaign.csv")).expect("csv");
    assert!(csv.lines().any(|l| l.starts_with("Доктор Книга,")), "{csv}");
    assert!(svg_of(&text, "months").contains("role=\"img\""));
    // The year page counts each campaign's events from the content itself.
    let written = std::fs::read_dir(root.join("content/2016/events"))
        .expect("events")
        .filter_map(|e| std::fs::read_to_string(e.expect("entry").path()).ok())
        .filter(|t| t.contains("campaign: \"Доктор Книга\""))
        .count();
    let year = std::fs::read_to_string(target.join("2016/index.html")).expect("year page");
    let year = Page(scraper::Html::parse_document(&year));
    let line = format!("Доктор Книга: {written} ");
    assert!(
        year.texts(".campaign-figures li")
            .iter()
            .any(|l| l.starts_with(&line)),
        "{line}"
    );
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

const TABLE: &str = "indicators:\n  readers: {name: \"Читатели\", unit: \"чел.\"}\ntables:\n  - id: key\n    title: \"Показатели\"\n    columns: [план, факт]\n    rows:\n";

#[test]
fn wrong_type_is_placed_with_a_hint() {
    let site = stats_site(&format!(
        "{TABLE}      - label: a\n        values: [12, много]\n"
    ));
    site.file(
        "content/2023/_index.md",
        "---\ntitle: \"2023\"\n---\n```chart\ntype: bar\ndata: key\n```\n",
    );
    let err = site.build(&[]).failed().to_string();
    // One error, not a second one for the chart whose data it broke.
    assert!(!err.contains("за 2023 год нет"), "{err}");
    assert!(err.contains("content/2023/stats.yaml:9:"), "{err}");
    assert!(err.contains("`много` — не число"), "{err}");
    assert!(
        err.contains("= как исправить: напишите цифрами, например `9110`"),
        "{err}"
    );
}

#[test]
fn row_with_wrong_number_of_values() {
    let site = stats_site(&format!(
        "{TABLE}      - label: a\n        values: [1, 2, 3]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2023/stats.yaml:9:1: в строке «a» 3 значения, а в таблице 2 столбца"),
        "{err}"
    );
    assert!(err.contains("для пустой клетки пишите `~`"), "{err}");
}

#[test]
fn total_that_does_not_add_up() {
    let site = stats_site(&format!(
        "{TABLE}      - label: a\n        values: [1, 2]\n      - label: b\n        values: [3, 4]\n      - label: Итого\n        total: true\n        values: [4, 7]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("ошибка: content/2023/stats.yaml:14:21: «Итого», столбец «факт»: итог 7, а строки рядом с ним дают в сумме 6 (2 + 4)"), "{err}");
    assert!(err.contains("totals: warn"), "{err}");
    assert!(!err.contains("column «план»"), "{err}");
}

#[test]
fn impossible_percentage() {
    let site = stats_site(&format!(
        "{TABLE}      - label: читаемость\n        values: [\"20%\", \"1992%\"]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:9:"), "{err}");
    assert!(
        err.contains("1992% — здесь невозможный процент (от 0 до 100)"),
        "{err}"
    );
    assert!(err.contains("`max: 200`"), "{err}");
}

#[test]
fn chart_naming_missing_data_or_series() {
    let site = stats_site(&format!(
        "{TABLE}      - indicator: readers\n        values: [9000, 9110]\ncharts:\n  - type: bar\n    data: kye\n  - type: bar\n    data: key\n    y: [фкат]\n"
    ));
    site.file(
        "content/2023/_index.md",
        "---\ntitle: \"2023\"\n---\nТекст.\n\n```chart\ntype: bar\ndata: key\ncolour: red\n```\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2023/stats.yaml:12:1: данных `kye` за 2023 год нет"),
        "{err}"
    );
    assert!(err.contains("может быть, вы имели в виду `key`?"), "{err}");
    assert!(
        err.contains("content/2023/stats.yaml:15:1: в данных нет ряда «фкат»"),
        "{err}"
    );
    assert!(err.contains("может быть, вы имели в виду «факт»?"), "{err}");
    assert!(
        err.contains("content/2023/_index.md:9:1: неизвестное поле `colour`"),
        "{err}"
    );
}

#[test]
fn unknown_indicator_and_unknown_key() {
    let site = stats_site(&format!(
        "{TABLE}      - indicator: reders\n        values: [1, 2]\n    colour: red\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:10:"), "{err}");
    assert!(
        err.contains("неизвестное поле `colour` в `tables 1`"),
        "{err}"
    );
    let site = stats_site(&format!(
        "{TABLE}      - indicator: reders\n        values: [1, 2]\n"
    ));
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2023/stats.yaml:8:"), "{err}");
    assert!(err.contains("показателя `reders` нет"), "{err}");
    assert!(
        err.contains("может быть, вы имели в виду `readers`?"),
        "{err}"
    );
    assert!(!Path::new(&site.output()).join("2023").exists());
}

#[test]
fn a_year_with_only_statistics_has_its_pages() {
    let site = Site::new();
    site.file(
        "content/2024/stats.yaml",
        "indicators:\n  readers: {name: \"Читатели\", unit: \"чел.\"}\nfigures:\n  readers: 16297\n",
    );
    site.build(&[]).ok();
    let page = site.page("2024/stats/index.html");
    assert_eq!(page.texts(".key-figures dd"), ["16 297 чел."]);
    assert!(site.output().join("2024/index.html").is_file());
}

#[test]
fn kazakh_site_labels_and_figures() {
    let site = Site::with_config(
        "title: \"Шежіре\"\nbase_url: \"https://kitap.example/\"\nlanguage: kk\n",
    );
    site.file(
        "content/2023/stats.yaml",
        "tables:\n  - id: qory\n    title: \"Кітап қоры\"\n    columns: [Қазақ тілінде, Орыс тілінде]\n    rows:\n      - label: \"Әдебиет\"\n        values: [1425, \"481,5\"]\ncharts:\n  - {id: til, type: bar, data: qory, x: columns}\n",
    );
    site.build(&[]).ok();
    let html = std::fs::read_to_string(site.output().join("2023/stats/index.html")).expect("page");
    let svg = svg_of(&html, "til");
    let doc = roxmltree::Document::parse(&svg).expect("XML");
    let labels: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::trim))
        .collect();
    assert!(labels.contains(&"Қазақ тілінде"), "{labels:?}");
    assert!(labels.contains(&"481,5"), "{labels:?}");
    assert!(labels.contains(&n_("1 425").as_str()), "{labels:?}");
    assert!(
        html.contains(">Деректер (CSV)</a>"),
        "the CSV link speaks Kazakh"
    );
}

#[test]
fn printed_year_page_carries_the_statistics() {
    let (out, _) = karaganda();
    let page = Page(scraper::Html::parse_document(&read(
        &out,
        "2023/index.html",
    )));
    let tables = page.attrs(".print-only .stats-table", "id");
    assert!(!tables.is_empty(), "the year page has the tables for print");
    assert!(page
        .attrs(".print-only svg", "role")
        .iter()
        .all(|r| r == "img"));
}

#[test]
fn events_dated_by_quarter_or_year_have_their_own_rows_and_no_table_is_shown_twice() {
    let site = Site::new();
    for (name, date, people) in [
        ("a", "2022-03-01", 20),
        ("b", "2022-Q2", 35),
        ("c", "2022-Q2", 15),
        ("d", "2022", 90),
    ] {
        site.event(
            &format!("content/2022/events/{name}.md"),
            &format!(
                "title: \"Событие {name}\"\ndate: {date}\nlibrary: \"ЦГБ\"\nattendance: {people}"
            ),
            "Текст.",
        );
    }
    site.build(&[]).ok();
    let page = site.page("2022/stats/index.html");
    // The figures' data is the page's tables, once, with the visitors.
    assert!(page.texts("table.chart-data").is_empty());
    let rows = page.texts("#table-events-by-month tbody tr");
    assert_eq!(rows.len(), 14, "{rows:?}");
    assert_eq!(rows[2], "Март 1 20");
    assert_eq!(rows[12], "II квартал 2 50");
    assert_eq!(rows[13], "В течение года 1 90");
    let csv =
        std::fs::read_to_string(site.output().join("2022/stats/events-by-month.csv")).expect("csv");
    assert!(csv.contains("II квартал,2,50"), "{csv}");
}
