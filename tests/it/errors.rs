//! Bad input: every error names the file, line and column, says what is
//! wrong and how to fix it; exit code 1, never a panic.

use crate::common::{letopis, letopis_env, Site};

fn site_with(rel: &str, text: &str) -> Site {
    let site = Site::new();
    site.file(rel, text);
    site
}

/// Builds a site whose only event is `text` and returns stderr.
fn event_error(text: &str) -> String {
    site_with("content/2016/events/e.md", text)
        .build(&[])
        .failed()
        .to_string()
}

#[test]
fn missing_front_matter() {
    let err = event_error("Просто текст без полей.\n");
    assert!(
        err.contains("ошибка: content/2016/events/e.md:1:1: у файла нет шапки с полями"),
        "{err}"
    );
    assert!(
        err.contains("= как исправить: начните файл со строки `---`"),
        "{err}"
    );
}

#[test]
fn unclosed_front_matter() {
    let err = event_error("---\ntitle: x\ndate: 2016-01-01\n\nТекст\n");
    assert!(err.contains("e.md:1:1: шапка файла не закрыта"), "{err}");
}

#[test]
fn invalid_yaml() {
    let err = event_error("---\ntitle: \"незакрытая кавычка\ndate: 2016-01-01\n---\n");
    assert!(err.contains("ошибка: content/2016/events/e.md:"), "{err}");
    assert!(err.contains("не получается прочитать"), "{err}");
}

#[test]
fn missing_required_field() {
    let err = event_error("---\ntitle: Акция\nlibrary: L\n---\n");
    assert!(err.contains("e.md:2:1: не хватает поля `date`"), "{err}");
    assert!(err.contains("как исправить: добавьте это поле"), "{err}");
}

#[test]
fn unknown_field_suggests_the_right_one() {
    let err = event_error("---\ntitle: Акция\ndate: 2016-01-01\nlibrary: L\nattendence: 5\n---\n");
    assert!(
        err.contains("e.md:5:1: неизвестное поле `attendence`"),
        "{err}"
    );
    assert!(
        err.contains("может быть, вы имели в виду `attendance`?"),
        "{err}"
    );
    assert!(err.contains(" 5 | attendence: 5"), "snippet: {err}");
}

#[test]
fn every_problem_of_a_file_is_reported_together() {
    let err = event_error(
        "---\ntitle: Акция\ndate: вчера\nlibrary: L\natendance: 5\nформа: акция\n---\n",
    );
    assert!(err.contains("e.md:3:"), "the date: {err}");
    assert!(err.contains("вчера"), "{err}");
    assert!(
        err.contains("e.md:5:1: неизвестное поле `atendance`"),
        "{err}"
    );
    assert!(
        err.contains("e.md:6:1: поле `форма` пишется по-английски: `form`"),
        "{err}"
    );
    assert!(err.contains("`form: акция`"), "{err}");
    assert!(!err.contains("не хватает поля `date`"), "{err}");
    assert!(err.contains("найдены 3 ошибки"), "{err}");
}

#[test]
fn site_yaml_problems_are_reported_together() {
    let site = Site::with_config("title: x\nlanguage: kz\nbase_url: 5\nthem: x\n");
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("site.yaml:2:"), "{err}");
    assert!(
        err.contains("site.yaml:4:1: неизвестное поле `them`"),
        "{err}"
    );
}

#[test]
fn wrong_type_is_explained() {
    let err =
        event_error("---\ntitle: Акция\ndate: 2016-01-01\nlibrary: L\nattendance: сто\n---\n");
    assert!(err.contains("e.md:5:"), "{err}");
    assert!(err.contains("здесь нужно целое число"), "{err}");
    assert!(err.contains("напишите число цифрами"), "{err}");
}

#[test]
fn impossible_date() {
    let err = event_error("---\ntitle: Акция\ndate: 2016-02-30\nlibrary: L\n---\n");
    assert!(err.contains("e.md:3:"), "{err}");
    assert!(err.contains("2016-02-30"), "{err}");
    assert!(err.contains("в феврале 2016 года 29 дней"), "{err}");
    assert!(
        err.contains("дни этого месяца — с 2016-02-01 по 2016-02-29"),
        "{err}"
    );
    let err = event_error("---\ntitle: Акция\ndate: 2016-13-01\nlibrary: L\n---\n");
    assert!(err.contains("e.md:3:") && err.contains("13"), "{err}");
}

#[test]
fn date_outside_its_year_folder_is_an_error() {
    let site = site_with(
        "content/2016/events/e.md",
        "---\ntitle: Акция\ndate: 2017-01-10\nlibrary: L\n---\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains(
            "ошибка: content/2016/events/e.md:3:7: дата 2017-01-10 не относится к 2016 году"
        ),
        "{err}"
    );
    assert!(
        err.contains("перенесите файл в папку content/2017/events/ или исправьте дату"),
        "{err}"
    );
    for (lang, says, fix) in [
        (
            "kk",
            "2017-01-10 күні файл жатқан 2016 жылғы бумаға сәйкес келмейді",
            "файлды content/2017/events/ бумасына көшіріңіз",
        ),
        (
            "en",
            "error: content/2016/events/e.md:3:7: the date 2017-01-10 is not in 2016",
            "move the file to the folder content/2017/events/",
        ),
    ] {
        let yaml = crate::common::SITE_YAML.replace("language: ru", &format!("language: {lang}"));
        site.file("site.yaml", &yaml);
        let err = site.build(&[]).failed().to_string();
        assert!(err.contains(says) && err.contains(fix), "{lang}: {err}");
    }
    // Listed under `ignore:`, it is left out on purpose.
    site.file(
        "content/2016/events/ok.md",
        "---\ntitle: Акция\ndate: 2016-01-10\nlibrary: L\n---\n",
    );
    site.file(
        "site.yaml",
        &format!(
            "{}ignore:\n  - 2016/events/e.md\n",
            crate::common::SITE_YAML
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn library_is_required_without_a_default() {
    let err = event_error("---\ntitle: Акция\ndate: 2016-01-10\n---\n");
    assert!(
        err.contains("не сказано, какая библиотека провела мероприятие"),
        "{err}"
    );
    assert!(err.contains("default_library"), "{err}");
}

#[test]
fn not_utf8_says_how_to_convert() {
    let site = Site::new();
    // «Акция» in Windows-1251, as old Word exports save it.
    site.bytes(
        "content/2016/events/e.md",
        b"---\ntitle: \xc0\xea\xf6\xe8\xff\ndate: 2016-01-01\n---\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("e.md:2:8: файл сохранён не в кодировке UTF-8"),
        "{err}"
    );
    assert!(err.contains("iconv -f cp1251 -t utf-8"), "{err}");
}

#[test]
fn duplicate_urls_name_both_files() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: A\ndate: 2016-01-01\nlibrary: L\nslug: same",
        "",
    )
    .event(
        "content/2016/events/b.md",
        "title: B\ndate: 2016-01-02\nlibrary: L\nslug: same",
        "",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2016/events/b.md: у адреса /2016/same/ два источника: страница `content/2016/events/b.md` и страница `content/2016/events/a.md`"),
        "{err}"
    );
}

#[test]
fn page_clashing_with_a_taxonomy_is_an_error() {
    let site = site_with(
        "content/pages/libraries.md",
        "---\ntitle: Библиотеки\n---\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("у адреса /libraries/ два источника"), "{err}");
}

#[test]
fn unknown_theme_suggests() {
    let site = Site::with_config("title: x\ntheme: letopsi\n");
    site.file("content/_index.md", "Главная\n");
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("site.yaml:2:1: темы `letopsi` нет"), "{err}");
    assert!(
        err.contains("может быть, вы имели в виду `theme: letopis`?"),
        "{err}"
    );
}

#[test]
fn template_syntax_error_names_template_and_line() {
    let site = Site::new();
    site.file("content/_index.md", "Главная\n");
    site.file("templates/page.html", "{% extends \"base.html\" %}\n{% block content %}\n{{ page.title \n{% endblock content %}\n");
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains(
            "ошибка: templates/page.html:4:1: в шаблоне ошибка, поэтому по нему нельзя сделать ни одной страницы"
        ),
        "{err}"
    );
    // The template engine's own words stay, in the hint.
    assert!(
        err.contains("(шаблонизатор сообщает: Failed to parse 'page.html': expected"),
        "{err}"
    );
}

#[test]
fn all_errors_are_reported_together() {
    let site = Site::new();
    site.file("content/2016/events/a.md", "---\ntitle: A\n---\n")
        .file("content/2016/events/b.md", "no front matter\n")
        .file(
            "content/2016/events/c.md",
            "---\ntitle: C\ndate: 2016-02-30\nlibrary: L\n---\n",
        );
    let err = site.build(&[]).failed().to_string();
    for file in ["a.md", "b.md", "c.md"] {
        assert!(
            err.contains(&format!("content/2016/events/{file}:")),
            "{file} missing in {err}"
        );
    }
    assert!(err.contains("найдены 3 ошибки"), "{err}");
}

#[test]
fn bad_config_is_placed() {
    let site = Site::with_config("title: x\nlanguage: kz\n");
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("site.yaml:2:11: недопустимое значение `kz` в `language`"),
        "{err}"
    );
    assert!(err.contains("может быть, вы имели в виду `kk`?"), "{err}");
}

#[test]
fn missing_content_folder() {
    let err = Site::new().build(&[]).failed().to_string();
    assert!(
        err.contains("ошибка: content: у сайта нет папки content"),
        "{err}"
    );
    assert!(err.contains("найдена 1 ошибка"), "{err}");
}

#[test]
fn missing_site_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    let run = letopis(&["build", "--root", root, "--lang", "en"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no site.yaml here"), "{}", run.stderr);
    // Outside a site the system's language speaks, else English.
    let run = letopis_env(&["build", "--root", root], &[("LC_ALL", "kk_KZ.UTF-8")]);
    assert!(
        run.stderr.contains("бұл бумада site.yaml жоқ"),
        "{}",
        run.stderr
    );
    let run = letopis_env(&["build", "--root", root], &[("LC_ALL", "C"), ("LANG", "")]);
    assert!(run.stderr.contains("no site.yaml here"), "{}", run.stderr);
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(letopis(&["build", "--no-such-flag"]).code, 2);
    assert_eq!(letopis(&["frobnicate"]).code, 2);
    let site = Site::new();
    let run = site.build(&["--base-url", "ftp://x"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn empty_event_file() {
    let err = event_error("");
    assert!(err.contains("у файла нет шапки с полями"), "{err}");
    assert!(err.contains("файл пуст"), "{err}");
}

#[test]
fn tabs_in_yaml_are_explained() {
    let err = event_error("---\ntitle: A\ndate: 2016-01-01\nlibrary: L\ntags:\n\t- x\n---\n");
    assert!(err.contains("e.md:6:1: отступ сделан табуляцией"), "{err}");
    assert!(err.contains("сделайте отступ пробелами"), "{err}");
}

#[test]
fn nothing_is_left_out_in_silence() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: А\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Текст.",
    );
    site.file(
        "content/2016/events/klub/klub.md",
        "---\ntitle: Клуб\ndate: 2016-05-05\nlibrary: ЦДБ\n---\n",
    );
    site.bytes(
        "content/2016/events/klub/foto.jpg",
        &crate::common::jpeg(4, 4),
    );
    site.bytes("content/2016/otchet.docx", b"PK");
    site.file("content/2016/zametka.md", "Заметка.\n");
    let root = site.root().to_str().unwrap();
    let run = letopis(&["check", "--root", root]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let err = &run.stderr;
    assert!(
        err.contains("ошибка: content/2016/events/klub/klub.md: в папке мероприятия нет index.md"),
        "{err}"
    );
    assert!(err.contains("переименуйте файл в index.md"), "{err}");
    assert!(
        err.contains("ошибка: content/2016/otchet.docx: этот документ лежит вне папки мероприятия"),
        "{err}"
    );
    assert!(
        err.contains("перенесите файл в папку content/2016/events/"),
        "{err}"
    );
    assert!(!err.contains("Проблем не найдено"), "{err}");

    // Listed under `ignore:`, they are left out on purpose.
    site.file(
        "site.yaml",
        &format!(
            "{}ignore:\n  - 2016/events/klub\n  - content/2016/otchet.docx\n  - 2016\\zametka.md\n",
            crate::common::SITE_YAML
        ),
    );
    let run = letopis(&["check", "--root", root]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("Проблем не найдено"), "{}", run.stderr);
}
