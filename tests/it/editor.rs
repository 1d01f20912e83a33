//! The editor's workflow: `init`, `new event` and `check`, driven through
//! the real binary in temporary folders.

use crate::common::{letopis, Site};
use scraper::Html;

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn init_makes_a_site_that_checks_clean_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    let root_s = root.to_str().unwrap();
    letopis(&["init", root_s]).ok();

    for file in [
        "site.yaml",
        "РЕДАКТОРАМ.md",
        "content/_index.md",
        ".gitignore",
        ".github/workflows/pages.yml",
        ".gitlab-ci.yml",
    ] {
        assert!(root.join(file).is_file(), "{file} missing");
    }
    for ci in [".github/workflows/pages.yml", ".gitlab-ci.yml"] {
        let text = std::fs::read_to_string(root.join(ci)).unwrap();
        let yaml: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        assert!(yaml.is_mapping(), "{ci}");
        assert!(text.contains("cargo install --locked --version"), "{ci}");
        assert!(text.contains("letopis check"), "{ci}");
    }
    let ignore = std::fs::read_to_string(root.join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == "output/"));
    assert!(ignore.lines().any(|l| l == ".output.letopis-reuse/"));

    let check = letopis(&["check", "--root", root_s, "--format", "json"]);
    check.ok();
    let report = json(&check.stdout);
    assert_eq!(report["ok"], true);
    assert_eq!(report["warnings"], 0, "{}", check.stdout);

    letopis(&["build", "--root", root_s]).ok();
    let events: Vec<_> = std::fs::read_dir(root.join("content"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().len() == 4)
        .collect();
    let year = events[0].file_name().to_string_lossy().into_owned();
    let page =
        std::fs::read_to_string(root.join(format!("output/{year}/pervoe-sobytie/index.html")))
            .unwrap();
    // The example links the year's introduction by its Markdown file.
    let year_url = format!("/{year}/");
    let html = Html::parse_document(&page);
    let sel = scraper::Selector::parse(".body a").unwrap();
    let hrefs: Vec<&str> = html
        .select(&sel)
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(hrefs.contains(&year_url.as_str()), "{hrefs:?}");
    // The example statistics make the year's statistics page, with the
    // ratio computed, not typed.
    let stats = std::fs::read_to_string(root.join(format!("output/{year}/stats/index.html")))
        .expect("the example stats.yaml makes a stats page");
    let text: String = Html::parse_document(&stats).root_element().text().collect();
    assert!(text.contains("Читаемость"), "{text}");
}

#[test]
fn init_refuses_a_folder_with_files() {
    let site = Site::new();
    let run = letopis(&["init", site.root().to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("not empty"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(site.root().join("site.yaml")).unwrap(),
        crate::common::SITE_YAML
    );
}

#[test]
fn new_event_goes_to_its_year_and_builds() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let run = letopis(&[
        "new",
        "event",
        "Акция «Доктор Книга»",
        "--date",
        "2016-04-04",
        "--library",
        "Центральная детская библиотека",
        "--form",
        "акция",
        "--root",
        root,
    ]);
    run.ok();
    let file = site
        .root()
        .join("content/2016/events/aktsiya-doktor-kniga.md");
    // Compared as paths: Windows prints `\`, the test joined with `/`.
    assert_eq!(std::path::Path::new(run.stdout.trim()), file);
    site.build(&[]).ok();
    let page = site.page("2016/aktsiya-doktor-kniga/index.html");
    assert_eq!(page.text("h1"), "Акция «Доктор Книга»");
    assert_eq!(page.link("акция"), "/forms/aktsiya/");

    // Never overwrites, and names the file that is in the way.
    std::fs::write(&file, "mine").unwrap();
    for extra in [&[][..], &["--bundle"][..]] {
        let mut args = vec![
            "new",
            "event",
            "Акция «Доктор Книга»",
            "--date",
            "2016-05",
            "--root",
            root,
        ];
        args.extend(extra);
        let again = letopis(&args);
        assert_eq!(again.code, 2, "{}", again.stderr);
        assert!(again.stderr.contains(
            "aktsiya-doktor-kniga.md уже есть, а letopis никогда не перезаписывает файлы"
        ));
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn new_event_bundle_archetype_override_and_bad_dates() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    site.file(
        "archetypes/event.md",
        "---\ntitle: {{ title }}\ndate: {{ date }}\nlibrary: \"Филиал №1\"\ntags: [клуб-{{ year }}]\n---\nНаш шаблон.\n",
    );
    letopis(&[
        "new", "event", "Клуб", "--date", "2022-Q1", "--bundle", "--root", root,
    ])
    .ok();
    let text =
        std::fs::read_to_string(site.root().join("content/2022/events/klub/index.md")).unwrap();
    assert!(text.contains("Наш шаблон."), "{text}");
    site.build(&[]).ok();
    assert_eq!(
        site.page("2022/klub/index.html").link("клуб-2022"),
        "/tags/klub-2022/"
    );

    let bad = letopis(&["new", "event", "X", "--date", "2016-02-30", "--root", root]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("--date 2016-02-30: даты 2016-02-30 не бывает: в феврале 2016 года 29 дней"),
        "{}",
        bad.stderr
    );
}

#[test]
fn check_reports_without_writing_and_fails_on_errors() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: А\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Текст.\n\nСм. [Б](b.md), [нет](nope.md) и ![](missing.jpg).",
    );
    site.event(
        "content/2016/events/b.md",
        "title: Б\ndate: 2016-05-05\nlibrary: ЦДБ",
        "Назад к [А](../events/a.md#top).",
    );
    let root = site.root().to_str().unwrap();
    let run = letopis(&["check", "--root", root, "--format", "json"]);
    run.ok();
    let report = json(&run.stdout);
    assert_eq!(report["version"], 1);
    assert_eq!(report["errors"], 0);
    let diags = report["diagnostics"].as_array().unwrap();
    let messages: Vec<(&str, u64, &str)> = diags
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap(),
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap(),
            )
        })
        .collect();
    // Front matter is 5 lines; the body's third line is line 8.
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages
        .iter()
        .all(|(f, l, _)| *f == "content/2016/events/a.md" && *l == 8));
    assert!(messages[0].2.contains("ссылка `nope.md` никуда не ведёт"));
    assert!(!site.output().exists(), "check wrote the output");

    // Human output groups by file, with the line quoted.
    let human = letopis(&["check", "--root", root]);
    human.ok();
    assert!(human.stderr.starts_with("content/2016/events/a.md\n"));
    assert!(
        human.stderr.contains("8 | См. [Б](b.md)"),
        "{}",
        human.stderr
    );

    // An error, and a duplicate address: exit 1, both reported.
    site.event(
        "content/2016/events/c.md",
        "title: В\ndate: 2016-06-06\nlibrary: ЦДБ\nslug: b\nattendence: 5",
        "",
    );
    let run = letopis(&["check", "--root", root, "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run.stdout);
    assert_eq!(report["ok"], false);
    let unknown = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "yaml-unknown-field")
        .expect("the unknown field");
    assert_eq!(unknown["message"], "неизвестное поле `attendence`");
    std::fs::write(
        site.root().join("content/2016/events/c.md"),
        "---\ntitle: В\ndate: 2016-06-06\nlibrary: ЦДБ\nslug: b\n---\n",
    )
    .unwrap();
    let run = letopis(&["check", "--root", root, "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("у адреса /2016/b/ два источника"));
    assert!(run.stdout.contains("route-taken"), "{}", run.stdout);
}

#[test]
fn links_between_pages_are_rewritten_by_both_engines() {
    for engine in ["pulldown-cmark", "comrak"] {
        let site = Site::with_config(&format!(
            "{}markdown:\n  engine: {engine}\n",
            crate::common::SITE_YAML
        ));
        site.event(
            "content/2016/events/a.md",
            "title: А\ndate: 2016-04-04\nlibrary: ЦДБ",
            "См. [клуб](../../2022/events/klub/index.md#foto).",
        );
        site.event(
            "content/2022/events/klub/index.md",
            "title: Клуб\ndate: 2022-04\nlibrary: ЦДБ",
            "Был [книгофестиваль](../../../2016/events/a.md).",
        );
        site.file(
            "content/pages/about.md",
            "---\ntitle: О нас\n---\n[Главная](../_index.md)\n",
        );
        site.build(&[]).ok();
        assert_eq!(
            site.page("2016/a/index.html").link("клуб"),
            "/2022/klub/#foto",
            "{engine}"
        );
        assert_eq!(
            site.page("2022/klub/index.html").link("книгофестиваль"),
            "/2016/a/",
            "{engine}"
        );
        assert_eq!(
            site.page("about/index.html").link("Главная"),
            "/",
            "{engine}"
        );
    }
}
