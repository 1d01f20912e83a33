//! Hostile content (issue 14): a site's files come through git from many
//! hands, so none of them may make the build destroy sources, publish
//! active content, or run for minutes. Each test here reproduces one
//! finding of the red-team pass.
//!
//! Unix only: the findings are reproduced with real symlinks and the time
//! and memory budgets measured with `wait4`; under Wine neither exists.

#![cfg(unix)]

use std::os::unix::fs::symlink;

use crate::common::{letopis, Site};

/// A site with two events, one of them a draft nobody has committed yet.
fn chronicle() -> Site {
    let site = Site::new();
    site.event(
        "content/2016/events/knigofestival.md",
        "title: \"Книгофестиваль «Единство»\"\ndate: 2016-06-08\nlibrary: \"Библиотека «Единство»\"",
        "В библиотеке «Единство» прошёл двухдневный книгофестиваль.",
    );
    site.event(
        "content/2016/events/doktor-kniga.md",
        "title: \"Акция «Доктор Книга»\"\ndate: 2016-04-04\nlibrary: \"ЦДБ\"",
        "Восемь встреч, более 300 посетителей.",
    );
    site
}

/// Asserts the command was refused as a usage error (exit 2, no panic)
/// and returns its message.
fn refused(run: &crate::common::Run) -> String {
    assert_eq!(run.code, 2, "expected exit 2:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.stderr.clone()
}

fn sources(site: &Site) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    crate::common::tree(&site.root().join("content"))
}

#[test]
fn a_committed_output_link_into_content_deletes_nothing() {
    let site = chronicle();
    let before = sources(&site);
    symlink("content", site.output()).unwrap();
    site.file("content/.letopis-output", "");
    for _ in 0..2 {
        let err = refused(&site.build(&[]));
        assert!(err.contains("символическая ссылка"), "{err}");
    }
    let mut after = sources(&site);
    after.remove(std::path::Path::new(".letopis-output"));
    let mut expected = before;
    expected.remove(std::path::Path::new(".letopis-output"));
    assert_eq!(after, expected, "the sources changed");
}

#[test]
fn an_output_link_to_the_site_root_deletes_nothing() {
    let site = chronicle();
    site.file(".github/workflows/site.yml", "on: push\n");
    site.file(".letopis-output", "");
    symlink(".", site.output()).unwrap();
    for _ in 0..2 {
        refused(&site.build(&[]));
    }
    assert!(site.root().join(".github/workflows/site.yml").is_file());
    assert_eq!(sources(&site).len(), 2);
}

#[test]
fn a_linked_reuse_folder_is_never_claimed() {
    let site = chronicle();
    site.build(&[]).ok();
    site.file("content/.letopis-output", "");
    let kept = site.root().join(".output.letopis-reuse");
    std::fs::remove_dir_all(&kept).ok();
    symlink("content", &kept).unwrap();
    for _ in 0..2 {
        site.build(&[]).ok();
    }
    assert!(site
        .root()
        .join("content/2016/events/knigofestival.md")
        .is_file());
    assert!(site
        .root()
        .join("content/2016/events/doktor-kniga.md")
        .is_file());
}

#[test]
fn dot_dot_outputs_are_resolved_before_the_guard() {
    let site = chronicle();
    let before = sources(&site);
    let root = site.root().to_str().unwrap();
    for output in ["x/../content", "y/../../"] {
        let out = format!("{root}/{output}");
        let err = refused(&site.build(&["--output", &out]));
        assert!(
            err.contains("заменила бы собственные файлы сайта"),
            "{output}: {err}"
        );
    }
    assert_eq!(sources(&site), before);
    assert!(!site.root().join(".content.letopis-reuse").exists());
}

#[test]
fn check_reports_a_linked_output_and_stray_markers() {
    let site = chronicle();
    symlink("content", site.output()).unwrap();
    symlink("content", site.root().join(".output.letopis-reuse")).unwrap();
    site.file("content/.letopis-output", "");
    let run = letopis(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    for file in ["output", ".output.letopis-reuse", "content/.letopis-output"] {
        assert!(all.contains(file), "{file} not named:\n{all}");
    }
}

#[test]
fn active_files_in_a_bundle_are_refused_with_the_fix() {
    let site = chronicle();
    site.event(
        "content/2016/events/metodisty/index.md",
        "title: \"Клуб методистов\"\ndate: 2016-06-08\nlibrary: \"ЦДБ\"",
        "![Логотип клуба](logo.svg)\n\n[Программа](programma.html)\n",
    );
    let dir = "content/2016/events/metodisty";
    site.file(
        &format!("{dir}/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
    );
    site.file(
        &format!("{dir}/programma.html"),
        "<script>alert(2)</script>",
    );
    site.file(&format!("{dir}/index.html"), "<p>replaces the page</p>");
    site.file(
        &format!("{dir}/sub/deeper.htm"),
        "<script>alert(3)</script>",
    );
    site.bytes(&format!("{dir}/foto.jpg"), &crate::common::jpeg(8, 8));
    site.bytes(&format!("{dir}/sub/plan.pdf"), b"%PDF-1.4\n");
    let err = site.build(&["--lang", "en"]).failed().to_string();
    for (file, fix) in [
        ("logo.svg", "convert it to PNG"),
        ("programma.html", "print it to PDF"),
        ("index.html", "print it to PDF"),
        ("sub/deeper.htm", "print it to PDF"),
    ] {
        let line = err
            .lines()
            .position(|l| l.contains(&format!("{dir}/{file}: this file of type")))
            .unwrap_or_else(|| panic!("{file} not refused:\n{err}"));
        assert!(
            err.lines().nth(line + 1).unwrap().contains(fix),
            "{file}:\n{err}"
        );
    }
    assert_eq!(err.matches("cannot be published").count(), 4, "{err}");
    assert!(!site.output().exists(), "nothing published");
    let check = letopis(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(check.code, 1);
    assert!(format!("{}{}", check.stdout, check.stderr).contains("logo.svg"));
}

/// What one run of the binary cost: wall-clock seconds and peak resident
/// memory, measured on the child itself (`wait4`), killed past 5 s.
struct Cost {
    run: crate::common::Run,
    secs: f64,
    mib: u64,
}

/// The budget for any file of up to 1 MB: built or refused within it.
const BUDGET_SECS: f64 = 5.0;
const BUDGET_MIB: u64 = 512;

// The child is reaped by `wait4` (for its rusage), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn bounded(args: &[&str]) -> Cost {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let started = std::time::Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run letopis");
    let mut stderr = child.stderr.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        String::from_utf8_lossy(&s).into_owned()
    });
    let pid = i32::try_from(child.id()).expect("pid");
    let (status, usage) = loop {
        let mut status = 0;
        // SAFETY: wait4 only writes into the two values we pass.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let done = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if done == pid {
            break (status, usage);
        }
        if started.elapsed().as_secs_f64() > BUDGET_SECS * 2.0 {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "letopis {args:?} ran past {} s and was killed",
                BUDGET_SECS * 2.0
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    };
    let code = if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        -1
    };
    Cost {
        run: crate::common::Run {
            code,
            stdout: String::new(),
            stderr: reader.join().expect("stderr"),
        },
        secs: started.elapsed().as_secs_f64(),
        mib: u64::try_from(usage.ru_maxrss).unwrap_or(0) / 1024,
    }
}

/// Builds and checks a site whose one event has `body` (at most 1 MB),
/// asserting both stay in the budget; returns the build's stderr and exit
/// code.
fn within_budget(body: &str, config: &str) -> (i32, String) {
    assert!(body.len() <= 1 << 20, "the input is over 1 MB");
    let site = Site::with_config(&format!("{}{config}", crate::common::SITE_YAML));
    site.event(
        "content/2016/events/e.md",
        "title: \"Большой файл\"\ndate: 2016-06-08\nlibrary: \"ЦДБ\"",
        body,
    );
    let root = site.root().to_str().unwrap();
    let mut result = None;
    for command in ["build", "check"] {
        let cost = bounded(&[command, "--root", root]);
        assert!(!cost.run.stderr.contains("panicked"), "{}", cost.run.stderr);
        assert!(cost.secs < BUDGET_SECS, "{command}: {:.1} s", cost.secs);
        assert!(cost.mib < BUDGET_MIB, "{command}: {} MiB", cost.mib);
        assert!(
            cost.run.stderr.len() < 64 << 10,
            "{command}: a report of {} bytes",
            cost.run.stderr.len()
        );
        result.get_or_insert((cost.run.code, cost.run.stderr));
    }
    result.expect("ran")
}

/// Runs `command` on `site` within the budget, asserts it failed (exit 1)
/// saying `says`, and returns its stderr.
fn refused_in_budget(command: &str, site: &Site, says: &str) -> String {
    let cost = bounded(&[command, "--root", site.root().to_str().unwrap()]);
    let (secs, mib) = (cost.secs, cost.mib);
    assert!(
        secs < BUDGET_SECS && mib < BUDGET_MIB,
        "{secs:.1} s, {mib} MiB"
    );
    assert_eq!(cost.run.code, 1, "{}", cost.run.stderr);
    assert!(cost.run.stderr.contains(says), "{}", cost.run.stderr);
    cost.run.stderr
}

const COMRAK: &str = "markdown:\n  engine: comrak\n";

/// [`within_budget`] with each Markdown engine: asserts the exit code and
/// that stderr says `says`; returns each engine's stderr.
fn each_engine(body: &str, code: i32, says: &str) -> Vec<String> {
    ["", COMRAK]
        .into_iter()
        .map(|config| {
            let (got, err) = within_budget(body, config);
            assert_eq!(got, code, "{err}");
            assert!(err.contains(says), "{err}");
            err
        })
        .collect()
}

#[test]
fn a_megabyte_of_nested_divs_is_refused_quickly() {
    let says = "content/2016/events/e.md: в тексте больше 256 HTML-элементов вложены";
    each_engine(&"<div>".repeat(200_000), 1, says);
}

#[test]
fn many_broken_links_cost_one_pass_and_twenty_warnings() {
    let body = "[a](b.md)\n".repeat(32_000);
    for err in each_engine(&body, 0, "ещё 31980 ошибок в ссылках и фотографиях")
    {
        let shown = err
            .lines()
            .filter(|l| l.starts_with("предупреждение:") && l.contains("никуда не ведёт"));
        assert_eq!(shown.count(), 20, "{err}");
    }
}

#[test]
fn a_long_line_of_images_keeps_short_excerpts() {
    each_engine(
        &"![a](b)".repeat(57_000),
        0,
        "e.md:6:29: фотографии `b` нет",
    );
}

#[test]
fn deeply_nested_quotes_are_refused_before_comrak() {
    each_engine(
        &">".repeat(100_000),
        1,
        "e.md:6:1: здесь вложено больше 256 цитат",
    );
}

#[test]
fn a_megabyte_of_table_rows_is_refused_quickly() {
    let head = "a|b\n-|-\n";
    // Rows of two cells, and rows of one figure (the table pads them).
    let piped = format!("{head}{}", "1|2\n".repeat(262_000));
    let bare = format!("{head}{}", "1\n".repeat(524_000));
    for err in each_engine(&piped, 1, "e.md:5007:1: в таблицах этого текста больше")
    {
        assert!(err.contains("stats.yaml"), "{err}");
    }
    each_engine(&bare, 1, "ячеек");
    // A table of as many cells as allowed builds, within the budget too.
    let widest = format!("{head}{}", "1|2\n".repeat(4_999));
    each_engine(&widest, 0, "");
}

#[test]
fn an_empty_slug_is_an_error_not_the_year_page() {
    let site = chronicle();
    site.event(
        "content/2016/events/pustoy.md",
        "title: \"Встреча\"\ndate: 2016-02-10\nlibrary: \"ЦДБ\"\nslug: \"\"",
        "Текст.",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2016/events/pustoy.md"), "{err}");
    assert!(err.contains("slug"), "{err}");
    assert!(!site.output().exists());
}

#[test]
fn a_base_url_that_could_run_script_or_load_another_host_is_refused() {
    for url in [
        "https://x.example/\\\"><svg/onload=alert(1)>/",
        "https://library.example//evil.example/",
    ] {
        let config = crate::common::SITE_YAML.replace("https://library.example/", url);
        let site = chronicle();
        site.file("site.yaml", &config);
        let err = site.build(&[]).failed().to_string();
        assert!(
            err.contains("site.yaml:2:1: ") && err.contains("(base_url)"),
            "{url}: {err}"
        );
        assert!(!site.output().exists());
        let site = chronicle();
        let run = site.build(&["--base-url", &url.replace("\\\"", "\"")]);
        assert!(refused(&run).contains("--base-url"), "{url}");
    }
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_defused() {
    let site = chronicle();
    site.event(
        "content/2016/events/formula.md",
        "title: \"Встреча\"\ndate: 2016-02-10\nlibrary: \"=HYPERLINK(\\\"https://evil.example\\\";\\\"ЦДБ\\\")\"\nform: \"@SUM(1+1)*cmd|' /C calc'!A0\"",
        "Текст.",
    );
    site.build(&[]).ok();
    let dir = site.output().join("2016/stats");
    let mut cells = Vec::new();
    for name in ["events-by-library.csv", "events-by-form.csv"] {
        let text =
            std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        for line in text.lines() {
            cells.extend(
                line.split(',')
                    .map(|c| c.trim_start_matches('"').to_string()),
            );
        }
    }
    assert!(
        cells.iter().any(|c| c.starts_with("'=HYPERLINK")),
        "{cells:?}"
    );
    assert!(cells.iter().any(|c| c.starts_with("'@SUM")), "{cells:?}");
    let live = cells.iter().find(|c| c.starts_with(['=', '+', '@']));
    assert_eq!(live, None, "{cells:?}");
}

/// The entry `name` of the workbook `bytes`, as text.
fn workbook_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    let mut text = String::new();
    let mut file = zip.by_name(name).expect(name);
    file.read_to_string(&mut text).expect(name);
    text
}

/// Whether the cell `at` (`A4`) of `sheet` has a style with Excel's quote
/// prefix («text, never a formula») in `styles`.
fn quote_prefixed(sheet: &str, styles: &str, at: &str) -> bool {
    let sheet = roxmltree::Document::parse(sheet).expect("sheet XML");
    let styles = roxmltree::Document::parse(styles).expect("styles XML");
    let cell = sheet
        .descendants()
        .find(|n| n.has_tag_name("c") && n.attribute("r") == Some(at))
        .unwrap_or_else(|| panic!("no cell {at}"));
    let style: usize = cell.attribute("s").unwrap_or("0").parse().expect("s");
    let xfs = styles
        .descendants()
        .find(|n| n.has_tag_name("cellXfs"))
        .expect("cellXfs");
    let xf = xfs
        .children()
        .filter(|n| n.has_tag_name("xf"))
        .nth(style)
        .expect("the cell's xf");
    xf.attribute("quotePrefix") == Some("1")
}

#[test]
fn xlsx_text_cells_that_a_spreadsheet_would_run_are_marked_as_text() {
    use calamine::{Data, Reader};
    let site = chronicle();
    site.file(
        "content/2016/stats.yaml",
        "tables:\n  - id: t\n    title: \"Массовые мероприятия\"\n    columns: [\"@SUM(1+1)\", \"всего\"]\n    rows:\n      - {label: \"=HYPERLINK(\\\"https://evil.example\\\")\", values: [12, 14]}\n      - {label: \"ЦДБ\", values: [9, -3]}\n",
    );
    site.build(&[]).ok();
    let bytes = std::fs::read(site.output().join("2016/stats/statistics-2016.xlsx")).expect("xlsx");
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).expect("a workbook");
    let sheet = book.worksheet_range("t").expect("sheet t");
    // The text stays as written: no `'` in the cell, nor a formula.
    let label = "=HYPERLINK(\"https://evil.example\")";
    assert_eq!(sheet.get((3, 0)), Some(&Data::String(label.into())));
    assert_eq!(sheet.get((2, 1)), Some(&Data::String("@SUM(1+1)".into())));
    assert_eq!(sheet.get((4, 2)), Some(&Data::Float(-3.0)));
    let xml = workbook_part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!xml.contains("<f>"), "{xml}");
    let styles = workbook_part(&bytes, "xl/styles.xml");
    assert!(quote_prefixed(&xml, &styles, "A4"), "{styles}");
    assert!(quote_prefixed(&xml, &styles, "B3"), "{styles}");
    assert!(!quote_prefixed(&xml, &styles, "A5"), "{styles}");
}

#[test]
fn templates_read_no_environment_variable_unless_site_yaml_lists_it() {
    let site = chronicle();
    site.file(
        "templates/event.html",
        "<p>{{ get_env(name=\"CI_JOB_TOKEN\") }}</p>",
    );
    let root = site.root().to_str().unwrap();
    let secret = [("CI_JOB_TOKEN", "glcbt-64-secret")];
    let run = crate::common::letopis_env(&["build", "--root", root], &secret);
    let err = run.failed();
    assert!(err.contains("templates/event.html"), "{err}");
    assert!(err.contains("template_env"), "{err}");
    assert!(!err.contains("glcbt-64-secret"), "{err}");
    assert!(!site.output().exists());
    site.file(
        "site.yaml",
        &format!("{}template_env: [CI_JOB_TOKEN]\n", crate::common::SITE_YAML),
    );
    crate::common::letopis_env(&["build", "--root", root], &secret).ok();
    let page = site.page("2016/knigofestival/index.html");
    assert_eq!(page.text("p"), "glcbt-64-secret");
    // A new value is a new page, not the one the last build made.
    let rotated = [("CI_JOB_TOKEN", "glcbt-64-rotated")];
    crate::common::letopis_env(&["build", "--root", root], &rotated).ok();
    let page = site.page("2016/knigofestival/index.html");
    assert_eq!(page.text("p"), "glcbt-64-rotated");
}

#[test]
fn safe_is_refused_and_html_trusts_only_what_the_build_made() {
    let event = |site: &crate::common::Site| {
        site.event(
            "content/2016/events/karta.md",
            "title: \"Карта\"\ndate: 2016-06-09\nlibrary: \"ЦДБ\"\nextra:\n  map_html: \"<img src=x onerror=alert(1)>\"\n  map: \"<img src=x onerror=alert(2)>\"",
            "Текст *с выделением*.",
        );
    };
    for (template, place) in [
        ("{{ event.extra.map_html | safe }}", "1:1"),
        (
            "{% set content = event.extra.map %}\n  {{ content | safe }}",
            "2:3",
        ),
        (
            "{% filter safe %}{{ event.extra.map }}{% endfilter %}",
            "1:1",
        ),
        // A `}}` in a string hides the filter from a search of the text.
        ("{{ \"}}\" ~ event.extra.map | safe }}", ""),
    ] {
        let site = chronicle();
        site.file("templates/event.html", template);
        event(&site);
        let err = site.build(&[]).failed().to_string();
        assert!(
            err.contains(&format!("templates/event.html:{place}")),
            "{template}: {err}"
        );
        assert!(err.contains("| html"), "{template}: {err}");
        assert!(!site.output().exists());
    }
    let site = chronicle();
    site.file(
        "templates/event.html",
        // The other events of the chronicle have no `extra`.
        "{{ event.extra.map_html | default(value='') | html }}\
         {% set content = event.extra.map | default(value='') %}{{ content | html }}\
         <div>{{ event.content | html }}</div>",
    );
    event(&site);
    site.build(&[]).ok();
    let page = site.page("2016/karta/index.html");
    assert!(page.attrs("img", "src").is_empty(), "{}", page.0.html());
    assert_eq!(page.text("div em"), "с выделением");
}

#[test]
fn characters_xml_forbids_never_reach_the_feeds() {
    let site = Site::new();
    site.event(
        "content/2016/events/noch.md",
        "title: \"Ночь\\uFFFF в библиотеке\\uFFFE\"\ndate: 2016-04-22\nlibrary: \"ЦДБ\"\ntags: [\"акция\\uFFFF\"]",
        "Текст\u{FFFF} с символом.",
    );
    site.build(&[]).ok();
    for feed in ["atom.xml", "2016/atom.xml", "sitemap.xml"] {
        let text = std::fs::read_to_string(site.output().join(feed)).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{feed}: {e}"));
        assert!(!text.contains(['\u{FFFF}', '\u{FFFE}']), "{feed}");
        if feed.ends_with("atom.xml") {
            let titles: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("title"))
                .filter_map(|n| n.text())
                .collect();
            assert!(titles.contains(&"Ночь в библиотеке"), "{feed}: {titles:?}");
        }
    }
}

#[test]
fn yaml_aliases_cannot_blow_up_the_statistics() {
    let mut yaml = String::from("tables:\n  - id: t1\n    title: x\n    columns: &a1 [");
    yaml += &["x"; 10].join(", ");
    yaml += "]\n    rows: []\n";
    for i in 2..=5 {
        let group = format!("{{group: g, columns: *a{}}}", i - 1);
        yaml += &format!(
            "  - id: t{i}\n    title: x\n    columns: &a{i} [{}]\n    rows: []\n",
            [group.as_str(); 10].join(", ")
        );
    }
    let site = chronicle();
    site.file("content/2016/stats.yaml", &yaml);
    for command in ["build", "check"] {
        let says = "content/2016/stats.yaml: в статистике получается 123450 клеток";
        let err = refused_in_budget(command, &site, says);
        assert_eq!(
            err.matches("ошибка:").count(),
            1,
            "one error, not thousands"
        );
    }
}

#[test]
fn an_event_with_thousands_of_audiences_is_refused() {
    let site = chronicle();
    let values: Vec<String> = (0..10_000).map(|i| format!("\"группа {i}\"")).collect();
    site.event(
        "content/2016/events/vse.md",
        &format!(
            "title: \"Все\"\ndate: 2016-05-01\nlibrary: \"ЦДБ\"\naudience: [{}]",
            values.join(", ")
        ),
        "Текст.",
    );
    let says =
        "vse.md:5:11: в поле `audience` 10000 значений, а у мероприятия их может быть не больше 30";
    refused_in_budget("build", &site, says);
}

#[test]
fn year_filter_pages_only_for_kinds_with_few_terms() {
    let site = Site::new();
    for i in 0..120 {
        site.event(
            &format!("content/2016/events/e{i}.md"),
            &format!(
                "title: \"Встреча {i}\"\ndate: 2016-03-01\nlibrary: \"Филиал {i}\"\nform: \"{}\"",
                ["Выставка", "Акция"][i % 2]
            ),
            "Текст.",
        );
    }
    site.build(&[]).ok();
    let year = site.output().join("2016");
    assert!(year.join("forms").is_dir(), "two forms: filtered");
    assert!(
        !year.join("libraries").exists(),
        "120 libraries: no filter pages"
    );
    let links = site
        .page("2016/forms/vystavka/index.html")
        .attrs("a", "href");
    assert!(links.len() < 400, "{} links", links.len());
}

#[test]
fn names_windows_or_macos_would_merge_or_refuse_are_errors() {
    let site = chronicle();
    let dir = "content/2016/events/klub";
    site.event(
        &format!("{dir}/index.md"),
        "title: \"Клуб\"\ndate: 2016-06-09\nlibrary: \"ЦДБ\"",
        "Текст.",
    );
    for name in [
        "Otchet.pdf",
        "otchet.pdf",
        "\u{439}.pdf",
        "\u{438}\u{306}.pdf",
        "COM\u{b9}.pdf",
        "CONIN$.pdf",
    ] {
        site.bytes(&format!("{dir}/{name}"), b"%PDF-1.4\n");
    }
    let err = site.build(&["--lang", "en"]).failed().to_string();
    assert!(
        err.contains(
            "otchet.pdf: this file has the same name as content/2016/events/klub/Otchet.pdf"
        ),
        "{err}"
    );
    assert!(
        err.contains("same name as content/2016/events/klub/\u{439}.pdf")
            || err.contains("same name as content/2016/events/klub/\u{438}\u{306}.pdf"),
        "{err}"
    );
    assert!(
        err.contains("`COM\u{b9}.pdf` is a device name on Windows"),
        "{err}"
    );
    assert!(
        err.contains("`CONIN$.pdf` is a device name on Windows"),
        "{err}"
    );
}

#[test]
fn a_theme_from_outside_the_site_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(outside.path().join("static")).unwrap();
    std::fs::write(outside.path().join("static/id_rsa"), "secret").unwrap();
    let site = chronicle();
    let abs = outside.path().to_str().unwrap();
    site.file(
        "site.yaml",
        &format!("{}theme: \"{abs}\"\n", crate::common::SITE_YAML),
    );
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("site.yaml: `theme: "), "{err}");
    std::fs::create_dir(site.root().join("themes")).unwrap();
    symlink(outside.path(), site.root().join("themes/chuzhaya")).unwrap();
    site.file(
        "site.yaml",
        &format!("{}theme: chuzhaya\n", crate::common::SITE_YAML),
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("themes/chuzhaya: эта папка темы — символическая ссылка за пределы сайта"),
        "{err}"
    );
    assert!(!site.output().exists());
}

#[test]
fn new_event_refuses_a_title_too_long_for_a_file_name() {
    let site = chronicle();
    let root = site.root().to_str().unwrap();
    for title in ["Методический клуб ".repeat(13), "я".repeat(10_000)] {
        let run = letopis(&[
            "new",
            "event",
            &title,
            "--date",
            "2016-06-08",
            "--root",
            root,
        ]);
        let err = refused(&run);
        assert!(
            err.contains("название слишком длинное для имени файла и веб-адреса"),
            "{err}"
        );
        assert!(!err.contains("os error"), "{err}");
    }
    assert_eq!(sources(&site).len(), 2, "no file written");
    let run = letopis(&[
        "new",
        "event",
        "Методический клуб",
        "--date",
        "2016-06-08",
        "--root",
        root,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site
        .root()
        .join("content/2016/events/metodicheskiy-klub.md")
        .is_file());
}

/// A fuzz target's entry point.
type Target = fn(&[u8]);

/// The fuzz targets' seeds and the quadratic inputs of issue 14, through
/// the fuzzers' entry points: each must return within the budget (the
/// fuzzers run with `-timeout=5` for the same reason).
#[test]
fn fuzz_entry_points_stay_within_the_budget() {
    let corpus = crate::common::repo_root().join("fuzz/corpus");
    let mut inputs: Vec<(String, Vec<u8>, Target)> = Vec::new();
    for (dir, target) in [
        ("stats", letopis::fuzzing::stats_file as Target),
        ("event_file", letopis::fuzzing::event_file),
    ] {
        for entry in std::fs::read_dir(corpus.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            inputs.push((
                path.display().to_string(),
                std::fs::read(&path).unwrap(),
                target,
            ));
        }
    }
    let front = "---\ntitle: x\ndate: 2016-01-01\nlibrary: x\n---\n";
    for (name, body) in [
        ("divs", "<div>".repeat(200_000)),
        ("quotes", ">".repeat(100_000)),
        ("links", "[a](b.md)\n".repeat(32_000)),
        ("images", "![a](b)".repeat(57_000)),
    ] {
        inputs.push((
            name.to_string(),
            format!("{front}{body}").into_bytes(),
            letopis::fuzzing::event_file,
        ));
    }
    assert!(inputs.len() > 6, "seeds found: {}", inputs.len());
    for (name, bytes, target) in inputs {
        let started = std::time::Instant::now();
        target(&bytes);
        let secs = started.elapsed().as_secs_f64();
        assert!(secs < BUDGET_SECS, "{name}: {secs:.1} s");
    }
}
