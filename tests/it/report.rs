//! `letopis report` and `report: true`: the annual report as a PDF of the
//! demo year and of the Karaganda statistics, read back with poppler
//! (`pdftotext`, `pdfinfo`, `pdffonts`). Without poppler the checks of
//! the PDF skip with a loud message, and fail under `CI=true` (`.ci/run`
//! installs poppler-utils).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{letopis, repo_root, Page};

/// Whether poppler is here; on a developer's machine a loud skip, under
/// CI a failure.
fn poppler(test: &str) -> bool {
    let here = Command::new("pdfinfo").arg("-v").output().is_ok();
    if !here {
        let ci = std::env::var("CI").as_deref() == Ok("true");
        assert!(
            !ci,
            "{test} cannot run under CI: pdfinfo is missing (apt-get install poppler-utils)"
        );
        eprintln!(
            "\n=== SKIPPED: {test}: poppler-utils is missing (apt-get install poppler-utils) ===\n"
        );
    }
    here
}

/// The output of a poppler tool.
#[cfg(feature = "pdf")]
fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF as `pdftotext` reads it.
fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-q")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF, made comparable.
fn pdf_text(pdf: &Path) -> String {
    squeeze(&pdftotext(pdf))
}

/// Text without spaces and hyphens: line breaks and hyphenation differ
/// between a page and its source.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '‐'))
        .collect()
}

/// The site at `root` built into a temporary folder: what the report
/// must hold is read from its pages.
fn built(root: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    letopis(&[
        "build",
        "--root",
        root.to_str().expect("utf-8"),
        "--output",
        out.to_str().expect("utf-8"),
    ])
    .ok();
    (dir, out)
}

fn page(out: &Path, rel: &str) -> Page {
    let text = std::fs::read_to_string(out.join(rel)).expect("page");
    Page(scraper::Html::parse_document(&text))
}

/// The PDF: only in a `letopis` with the default `pdf` feature.
#[cfg(feature = "pdf")]
mod pdf {
    use super::*;
    use crate::common::Site;

    /// `letopis report YEAR` of the site at `root`, into a temporary folder.
    fn report(root: &Path, year: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join(format!("report-{year}.pdf"));
        let run = letopis(&[
            "report",
            year,
            "--root",
            root.to_str().expect("utf-8"),
            "--output",
            file.to_str().expect("utf-8"),
        ]);
        run.ok();
        assert!(
            run.stderr
                .contains(&format!("Отчёт за {year} год записан (")),
            "{}",
            run.stderr
        );
        (dir, file)
    }

    /// Every event title of the year page and every cell of the statistics
    /// page's tables is in the PDF's text.
    fn holds_the_site(pdf: &Path, out: &Path, year: &str) {
        let text = pdf_text(pdf);
        let year_page = page(out, &format!("{year}/index.html"));
        let titles = year_page.texts(".card-title");
        assert!(!titles.is_empty(), "the year page lists events");
        for t in &titles {
            assert!(text.contains(&squeeze(t)), "event «{t}» is not in the PDF");
        }
        let stats = page(out, &format!("{year}/stats/index.html"));
        let cells = stats.texts(".stats-table td, .stats-table th");
        assert!(cells.len() > 20, "the statistics page has tables");
        // A cell wrapped in a narrow column comes out of pdftotext with
        // its neighbours' lines between its own («выпол-», «к про-»,
        // «нение»…): the cells are read whole from the tagged structure,
        // as a screen reader reads them.
        let tagged = tagged_text(pdf);
        for c in cells.iter().filter(|c| !c.is_empty()) {
            assert!(
                tagged.contains(&squeeze(c)),
                "table cell «{c}» is not in the PDF"
            );
        }
    }

    /// The texts of the PDF's structure elements in order
    /// (`pdfinfo -struct-text` quotes each), made comparable.
    fn tagged_text(pdf: &Path) -> String {
        let tree = tool("pdfinfo", &["-struct-text"], pdf);
        let texts: String = tree
            .lines()
            .map(str::trim)
            .filter_map(|l| l.strip_prefix('"').and_then(|l| l.strip_suffix('"')))
            .collect();
        squeeze(&texts)
    }

    /// A4 pages (some landscape), tagged, the page count; the theme's font
    /// embedded as a subset.
    fn well_formed(pdf: &Path) -> usize {
        let info = tool("pdfinfo", &[], pdf);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(info.contains("595.276 x 841.89 pts (A4)"), "{info}");
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("a page count");
        let sizes = tool("pdfinfo", &["-f", "1", "-l", &pages.to_string()], pdf);
        for line in sizes
            .lines()
            .filter(|l| l.starts_with("Page ") && l.contains(" size:"))
        {
            assert!(line.ends_with("(A4)"), "not A4: {line}");
        }
        let fonts = tool("pdffonts", &[], pdf);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        assert!(
            rows.iter().any(|r| r.contains("DejaVuSans-Bold")),
            "headings and table headers in bold: {fonts}"
        );
        for row in rows {
            assert!(row.contains("DejaVuSans"), "another font: {row}");
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object ID: emb and sub are yes.
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 3],
                ["yes", "yes"],
                "not embedded as a subset: {row}"
            );
        }
        pages
    }

    /// The structure a screen reader follows: the language, headings,
    /// tables, and figures with their text alternative.
    fn accessible(pdf: &Path) {
        let tree = tool("pdfinfo", &["-struct"], pdf);
        for tag in ["H1", "H2", "Table", "TH", "TD", "Figure"] {
            assert!(
                tree.lines().any(|l| l.trim_start().starts_with(tag)),
                "no {tag} in the structure:\n{tree}"
            );
        }
        let catalog = tool("pdfinfo", &["-meta"], pdf);
        assert!(catalog.contains("<dc:language>"), "{catalog}");
    }

    /// The charts are vector graphics: the only pictures in the PDF are
    /// the events' photos.
    fn charts_are_vector(pdf: &Path, photos: usize) {
        let list = tool("pdfimages", &["-list"], pdf);
        // page num type …: masks of transparent photos are not pictures.
        let images = list
            .lines()
            .skip(2)
            .filter(|l| l.split_whitespace().nth(2) == Some("image"))
            .count();
        assert_eq!(
            images, photos,
            "{images} pictures for {photos} photos:\n{list}"
        );
    }

    #[test]
    fn demo_year_as_pdf() {
        if !poppler("demo_year_as_pdf") {
            return;
        }
        let (_r, pdf) = report(repo_root(), "2016");
        let (_b, out) = built(repo_root());
        holds_the_site(&pdf, &out, "2016");
        let pages = well_formed(&pdf);
        assert!(
            pages >= 5,
            "title, contents, chronicle, tables: {pages} pages"
        );
        let text = pdftotext(&pdf);
        for fixed in [
            "Содержание",
            "Летопись",
            "Основные показатели",
            "Таблицы",
            "Диаграммы",
        ] {
            assert!(text.contains(fixed), "no «{fixed}» in the PDF");
        }
        let info = tool("pdfinfo", &[], &pdf);
        assert!(info.contains("Creator:         Letopis"), "{info}");
        accessible(&pdf);
        let photos = year_photos(&out, "2016");
        charts_are_vector(&pdf, photos);
    }

    /// The events' covers the year page shows, the photos the PDF has.
    fn year_photos(out: &Path, year: &str) -> usize {
        page(out, &format!("{year}/index.html"))
            .attrs("img.cover", "src")
            .len()
    }

    #[test]
    fn karaganda_statistics_whole_with_wide_tables_landscape_and_split() {
        if !poppler("karaganda_statistics_whole_with_wide_tables_landscape_and_split") {
            return;
        }
        let root = repo_root().join("tests/sites/karaganda-2023");
        let (_r, pdf) = report(&root, "2023");
        let (_b, out) = built(&root);
        holds_the_site(&pdf, &out, "2023");
        let pages = well_formed(&pdf);
        let sizes = tool("pdfinfo", &["-f", "1", "-l", &pages.to_string()], &pdf);
        assert!(
            sizes.contains("841.89 x 595.276 pts (A4)"),
            "wide tables go on landscape pages:\n{sizes}"
        );
        accessible(&pdf);
        // «Время читать!» has 16 columns of figures: two tables of 12 and 4
        // (its quarters), each with the row labels.
        let text = pdftotext(&pdf);
        // Its title is in the contents first, then over the table.
        let (from, _) = text
            .match_indices("Время читать!")
            .nth(1)
            .expect("the table's title");
        let to = from + text[from..].find("Финансирование").expect("the next table");
        assert_eq!(
            text[from..to].matches("10 м.").count(),
            2,
            "the row labels repeated:\n{}",
            &text[from..to]
        );
    }

    #[test]
    fn the_same_sources_give_the_same_bytes() {
        let (_a, first) = report(repo_root(), "2016");
        let (_b, second) = report(repo_root(), "2016");
        assert!(std::fs::read(&first).unwrap() == std::fs::read(&second).unwrap());
    }

    #[test]
    fn an_editors_file_is_never_replaced_but_an_old_report_is() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("отчёт.pdf");
        std::fs::write(&file, "my own document").unwrap();
        let root = repo_root().to_str().unwrap();
        let args = [
            "report",
            "2016",
            "--root",
            root,
            "--output",
            file.to_str().unwrap(),
        ];
        let run = letopis(&args);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(
            run.stderr.contains("is not a report Letopis made"),
            "{}",
            run.stderr
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "my own document");
        std::fs::remove_file(&file).unwrap();
        letopis(&args).ok();
        letopis(&args).ok();
        assert!(std::fs::read(&file).unwrap().starts_with(b"%PDF"));
    }

    #[test]
    fn a_year_the_site_has_not_is_named_with_those_it_has() {
        let run = letopis(&["report", "1999", "--root", repo_root().to_str().unwrap()]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr
                .contains("на сайте нет 1999 года; годы сайта: 2016, 2022"),
            "{}",
            run.stderr
        );
    }

    #[test]
    fn report_true_publishes_the_pdf_linked_from_the_year_page() {
        let site = Site::with_config(&format!("{}report: true\n", crate::common::SITE_YAML));
        site.event(
            "content/2023/events/vstrecha.md",
            "title: \"Встреча с писателем\"\ndate: 2023-03-01\nlibrary: \"Библиотека № 1\"\nattendance: 40",
            "Прошла \"встреча\" с **писателем**.\n\n#set text(red)\n\n#panic(\"x\")",
        );
        site.build(&[]).ok();
        let pdf = site.output().join("2023/report.pdf");
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
        let year = site.page("2023/index.html");
        assert_eq!(year.link("Отчёт за год (PDF)"), "/2023/report.pdf");
        assert_eq!(
            year.link("Отчёт за год для правки (DOCX)"),
            "/2023/report.docx"
        );
        assert!(docx_xml(&site.output().join("2023/report.docx")).contains("Встреча с писателем"));
        if poppler("report_true_publishes_the_pdf_linked_from_the_year_page") {
            let text = pdftotext(&pdf);
            assert!(text.contains("Встреча с писателем"), "{text}");
            // Content is data, never Typst markup: the text is printed as written.
            assert!(
                text.contains("#panic(\"x\")") || text.contains("#panic(«x»)"),
                "{text}"
            );
            assert!(text.contains("«встреча»"), "{text}");
        }
    }
}

/// A lean `letopis` says it makes no PDF, and which format it makes.
#[cfg(not(feature = "pdf"))]
#[test]
fn a_lean_letopis_says_it_makes_no_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("r.pdf");
    let root = repo_root().to_str().unwrap();
    let run = letopis(&[
        "report",
        "2016",
        "--root",
        root,
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--format docx"), "{}", run.stderr);
    assert!(!file.exists());
}

/// `word/document.xml` of a DOCX.
fn docx_xml(file: &Path) -> String {
    let bytes = std::fs::read(file).expect("docx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("word/document.xml").expect("document.xml"),
        &mut xml,
    )
    .expect("UTF-8");
    xml
}

/// `letopis report YEAR --format docx`, into a temporary folder.
fn report_docx(root: &Path, year: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join(format!("report-{year}.docx"));
    let root = root.to_str().expect("utf-8");
    letopis(&[
        "report",
        year,
        "--format",
        "docx",
        "--root",
        root,
        "--output",
        file.to_str().expect("utf-8"),
    ])
    .ok();
    (dir, file)
}

/// The paragraphs' texts of a DOCX with their style, and the tables'
/// cells' texts, read back with an XML parser.
struct ReadBack {
    headings: Vec<(String, String)>,
    tables: usize,
    merged: usize,
    text: String,
    pictures: usize,
}

fn read_back(file: &Path) -> ReadBack {
    let xml = docx_xml(file);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let text_of = |n: roxmltree::Node| -> String {
        n.descendants()
            .filter(|t| t.has_tag_name((w, "t")))
            .filter_map(|t| t.text())
            .collect()
    };
    let headings = doc
        .descendants()
        .filter(|n| n.has_tag_name((w, "p")))
        .filter_map(|p| {
            let style = p
                .descendants()
                .find(|s| s.has_tag_name((w, "pStyle")))?
                .attribute((w, "val"))?
                .to_string();
            style.starts_with("Heading").then(|| (style, text_of(p)))
        })
        .collect();
    let count = |name: &str| {
        doc.descendants()
            .filter(|n| n.has_tag_name((w, name)))
            .count()
    };
    ReadBack {
        headings,
        tables: count("tbl"),
        merged: count("gridSpan") + count("vMerge"),
        text: squeeze(&text_of(doc.root())),
        pictures: doc
            .descendants()
            .filter(|n| n.tag_name().name() == "blip")
            .count(),
    }
}

#[test]
fn demo_year_as_docx_reads_back_with_headings_and_tables() {
    let (_r, file) = report_docx(repo_root(), "2016");
    let back = read_back(&file);
    for (style, text) in [
        ("Heading1", "Летопись"),
        ("Heading1", "Таблицы"),
        ("Heading2", "Апрель"),
    ] {
        assert!(
            back.headings.iter().any(|(s, t)| s == style && t == text),
            "no {style} «{text}»: {:?}",
            back.headings
        );
    }
    assert!(back.tables >= 3, "{} tables", back.tables);
    assert!(back.pictures >= 1, "the charts are pictures");
    let (_b, out) = built(repo_root());
    let year_page = page(&out, "2016/index.html");
    for t in year_page.texts(".card-title") {
        assert!(
            back.text.contains(&squeeze(&t)),
            "event «{t}» is not in the DOCX"
        );
    }
    let (_c, again) = report_docx(repo_root(), "2016");
    assert!(
        std::fs::read(&file).unwrap() == std::fs::read(&again).unwrap(),
        "the same bytes"
    );
}

#[test]
fn karaganda_docx_has_every_cell_and_merged_header_cells() {
    let root = repo_root().join("tests/sites/karaganda-2023");
    let (_r, file) = report_docx(&root, "2023");
    let back = read_back(&file);
    assert!(back.merged > 0, "header cells are merged");
    let (_b, out) = built(&root);
    let stats = page(&out, "2023/stats/index.html");
    for c in stats
        .texts(".stats-table td, .stats-table th")
        .iter()
        .filter(|c| !c.is_empty())
    {
        assert!(
            back.text.contains(&squeeze(c)),
            "table cell «{c}» is not in the DOCX"
        );
    }
}

#[test]
fn libreoffice_converts_the_docx_to_pdf() {
    let here = Command::new("soffice").arg("--version").output().is_ok();
    if !here {
        let ci = std::env::var("CI").as_deref() == Ok("true");
        assert!(
            !ci,
            "LibreOffice is missing under CI (apt-get install libreoffice-writer-nogui)"
        );
        eprintln!("\n=== SKIPPED: libreoffice_converts_the_docx_to_pdf: soffice is missing (apt-get install libreoffice-writer-nogui) ===\n");
        return;
    }
    let root = repo_root().join("tests/sites/karaganda-2023");
    let (dir, file) = report_docx(&root, "2023");
    let profile = dir.path().join("lo-profile");
    let out = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&file)
        .output()
        .expect("run soffice");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("Error"),
        "{stderr}"
    );
    let pdf = dir.path().join("report-2023.pdf");
    assert!(std::fs::read(&pdf)
        .expect("the PDF LibreOffice wrote")
        .starts_with(b"%PDF"));
    if poppler("libreoffice_converts_the_docx_to_pdf") {
        let text = pdf_text(&pdf);
        assert!(
            text.contains(&squeeze("Таблицы")),
            "LibreOffice's PDF has the report's text"
        );
    }
}
