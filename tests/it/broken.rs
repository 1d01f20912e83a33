//! Broken input: each file of `tests/broken/` in a fixture site. Every
//! build ends within its time limit, with exit code 0 (for input we
//! accept) or 1 and a message placed in the file — never a panic (101).

use crate::common::{peak_child_memory_mib, Run, Site};

/// Seconds a build of a tiny site may take, even a debug build on a busy
/// machine.
const LIMIT: u64 = 60;

fn corpus(name: &str) -> Vec<u8> {
    let path = crate::common::repo_root().join("tests/broken").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Builds a site whose one event is the corpus file `name`.
fn build_event(name: &str) -> Run {
    let site = Site::new();
    site.bytes(&format!("content/2016/events/{name}"), &corpus(name));
    site.build_within(LIMIT, &[])
}

/// Asserts a failed build whose report has every one of `needles`.
fn fails_with(run: &Run, needles: &[&str]) {
    let err = run.failed();
    for n in needles {
        assert!(err.contains(n), "no {n:?} in:\n{err}");
    }
}

const AT: &str = "content/2016/events/";

#[test]
fn cp1251_says_how_to_convert() {
    let run = build_event("cp1251.md");
    fails_with(
        &run,
        &[
            &format!("{AT}cp1251.md:2:"),
            "не в кодировке UTF-8",
            "Windows-1251",
            "iconv -f cp1251 -t utf-8",
        ],
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let site = Site::new();
    site.bytes("content/2016/events/bom-crlf.md", &corpus("bom-crlf.md"));
    site.build_within(LIMIT, &[]).ok();
    let page = site.page("2016/bom-crlf/index.html");
    assert_eq!(page.text("h1"), "Акция «Доктор Книга»");
    assert_eq!(
        page.texts(".body p"),
        vec!["Первый абзац.", "Второй абзац."]
    );
}

#[test]
fn empty_file_asks_for_front_matter() {
    fails_with(
        &build_event("empty.md"),
        &[
            &format!("{AT}empty.md:1:1"),
            "нет шапки с полями",
            "файл пуст",
        ],
    );
}

#[test]
fn front_matter_without_text_is_an_event() {
    let site = Site::new();
    let name = "front-matter-only.md";
    site.bytes(&format!("content/2016/events/{name}"), &corpus(name));
    site.build_within(LIMIT, &[]).ok();
    let page = site.page("2016/front-matter-only/index.html");
    assert_eq!(page.text("h1"), "Акция «Доктор Книга»");
}

#[test]
fn empty_front_matter_names_the_missing_field() {
    fails_with(
        &build_event("front-matter-empty.md"),
        &[
            &format!("{AT}front-matter-empty.md:"),
            "не хватает поля `title`",
        ],
    );
}

#[test]
fn tabs_in_yaml_are_explained() {
    fails_with(
        &build_event("tabs.md"),
        &[
            &format!("{AT}tabs.md:6:"),
            "отступ сделан табуляцией",
            "сделайте отступ пробелами",
        ],
    );
}

#[test]
fn deep_nesting_fails_fast() {
    fails_with(
        &build_event("deep-nesting.md"),
        &[&format!("{AT}deep-nesting.md:5:"), "скобки вложены глубже"],
    );
}

#[test]
fn alias_bomb_fails_fast_with_little_memory() {
    fails_with(
        &build_event("alias-bomb.md"),
        &[
            &format!("{AT}alias-bomb.md:"),
            "разворачиваются в слишком длинный текст",
        ],
    );
    let peak = peak_child_memory_mib();
    assert!(peak < 400, "a build used {peak} MiB");
}

#[test]
fn impossible_day_is_an_error() {
    fails_with(
        &build_event("date-feb-30.md"),
        &[&format!("{AT}date-feb-30.md:3:"), "2016-02-30"],
    );
}

#[test]
fn impossible_month_is_an_error() {
    fails_with(
        &build_event("date-month-13.md"),
        &[&format!("{AT}date-month-13.md:3:"), "2016-13-01"],
    );
}

#[test]
fn binary_file_is_not_text() {
    fails_with(
        &build_event("binary.md"),
        &[
            &format!("{AT}binary.md:1:"),
            "не в кодировке UTF-8",
            "сохраните файл в кодировке UTF-8",
        ],
    );
}

#[test]
fn front_matter_list_is_explained() {
    fails_with(
        &build_event("front-matter-is-a-list.md"),
        &[
            &format!("{AT}front-matter-is-a-list.md:2:"),
            "шапка должна состоять из полей",
        ],
    );
}

#[test]
fn unclosed_quote_is_placed() {
    fails_with(
        &build_event("unclosed-quote.md"),
        &[&format!("{AT}unclosed-quote.md:")],
    );
}

#[test]
fn template_syntax_error_names_template_and_line() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: a\ndate: 2016-01-01\nlibrary: b",
        "",
    )
    .bytes("templates/event.html", &corpus("broken-template.html"));
    fails_with(
        &site.build_within(LIMIT, &[]),
        &["templates/event.html:3:", "в шаблоне ошибка"],
    );
}

#[test]
fn hundred_megabyte_markdown_is_refused_without_reading_it_all() {
    use std::io::Write;
    let site = Site::new();
    let path = site.root().join("content/2016/events/huge.md");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(b"---\ntitle: huge\ndate: 2016-01-01\nlibrary: x\n---\n")
        .unwrap();
    let line = "Очень длинный отчёт о мероприятии, вставленный много раз подряд. ".repeat(16);
    let mut written = 0;
    while written < 100 * 1024 * 1024 {
        f.write_all(line.as_bytes()).unwrap();
        f.write_all(b"\n\n").unwrap();
        written += line.len() + 2;
    }
    f.flush().unwrap();
    drop(f);
    fails_with(
        &site.build_within(LIMIT, &[]),
        &[
            &format!("{AT}huge.md"),
            "размер файла 101 МиБ",
            "разделите текст",
        ],
    );
    let peak = peak_child_memory_mib();
    assert!(peak < 400, "a build used {peak} MiB");
}
