//! Editing in the browser: `/admin/` (Sveltia CMS) is published only with
//! `cms:` in site.yaml, its collections and fields follow the site, an
//! event saved the way the CMS saves it builds, and the admin loads in
//! Chromium from the vendored npm copy.

use crate::common::{repo_root, Site};
use serde_yaml::Value;

/// Where Sveltia itself goes: its script and version check, its fonts,
/// GitHub's status. README, «Editing in the browser», names them.
const CMS_HOSTS: &[&str] = &[
    "https://unpkg.com/@sveltia/cms",
    "https://cdn.jsdelivr.net/fontsource/",
    "https://www.githubstatus.com/",
];

const CMS: &str = "cms:\n  backend: github\n  repo: \"cbs-karaganda/letopis\"\n";

fn site(language: &str) -> Site {
    let site = Site::with_config(&format!(
        "title: \"Летопись ЦБС г. Караганды\"\nbase_url: \"https://library.example/\"\nlanguage: {language}\n{CMS}"
    ));
    site.event(
        "content/2023/events/den-knigi.md",
        "title: \"День книги\"\ndate: 2023-04-23\nlibrary: \"Центральная библиотека им. Н. Гоголя\"\nform: акция",
        "Текст.",
    );
    site.event(
        "content/2022/events/klub.md",
        "title: \"Клуб\"\ndate: 2022-06-08\nlibrary: \"Библиотека-филиал № 5\"\nform: клуб",
        "Текст.",
    );
    site
}

fn admin_config(site: &Site) -> Value {
    let text = std::fs::read_to_string(site.output().join("admin/config.yml")).expect("config.yml");
    serde_yaml::from_str(&text).expect("config.yml is YAML")
}

fn field<'a>(collection: &'a Value, name: &str) -> &'a Value {
    collection["fields"]
        .as_sequence()
        .expect("fields")
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name}"))
}

#[test]
fn admin_is_published_only_with_cms() {
    let plain = Site::new();
    plain.event(
        "content/2022/events/a.md",
        "title: a\ndate: 2022-01-01\nlibrary: b",
        "",
    );
    plain.build(&[]).ok();
    assert!(!plain.output().join("admin").exists());

    let site = site("ru");
    site.build(&[]).ok();
    let html = std::fs::read_to_string(site.output().join("admin/index.html")).unwrap();
    let package: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo_root().join("tests/browser/package.json")).unwrap(),
    )
    .unwrap();
    let vendored = package["dependencies"]["@sveltia/cms"]
        .as_str()
        .expect("vendored Sveltia");
    assert!(
        html.contains(&format!(
            "https://unpkg.com/@sveltia/cms@{vendored}/dist/sveltia-cms.js"
        )),
        "the admin loads the vendored version: {html}"
    );
    assert!(html.contains("rel=\"cms-config-url\""));
    let config = admin_config(&site);
    assert_eq!(config["backend"]["name"], "github");
    assert_eq!(config["backend"]["repo"], "cbs-karaganda/letopis");
    assert_eq!(config["backend"]["branch"], "main");
    assert_eq!(
        config["slug"]["encoding"], "unicode",
        "Cyrillic file names stay"
    );
}

#[test]
fn collections_and_fields_follow_the_site() {
    let site = site("ru");
    site.build(&[]).ok();
    let config = admin_config(&site);
    let collections = config["collections"].as_sequence().unwrap();
    let names: Vec<&str> = collections
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["events-2023", "events-2022", "pages", "years"]);
    let events = &collections[0];
    assert_eq!(events["label"], "События 2023 года");
    assert_eq!(events["folder"], "content/2023/events");
    assert_eq!(events["path"], "{{slug}}/index", "bundles, photos beside");
    assert_eq!(events["media_folder"], "");
    let library = field(events, "library");
    assert_eq!(library["widget"], "select");
    let options: Vec<&str> = library["options"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    assert_eq!(
        options,
        [
            "Библиотека-филиал № 5",
            "Центральная библиотека им. Н. Гоголя"
        ],
        "every year's names"
    );
    assert_eq!(
        field(events, "form")["options"]
            .as_sequence()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(field(events, "attendance")["widget"], "number");
    assert_eq!(field(events, "attendance")["value_type"], "int");
    let date = field(events, "date");
    assert_eq!(date["widget"], "string");
    assert!(date["hint"].as_str().unwrap().contains("2022-Q1"));
    let years = &collections[3];
    let files: Vec<&str> = years["files"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["content/2023/_index.md", "content/2022/_index.md"]);
}

#[test]
fn a_kazakh_site_gets_kazakh_labels() {
    let site = site("kk");
    site.build(&[]).ok();
    let config = admin_config(&site);
    let events = &config["collections"][0];
    assert_eq!(events["label"], "2023 жылғы іс-шаралар");
    assert_eq!(field(events, "library")["label"], "Кітапхана");
}

#[test]
fn a_page_cannot_take_the_admin_address() {
    let site = site("ru");
    site.file("content/pages/admin.md", "---\ntitle: Админ\n---\n");
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/pages/admin.md: у адреса /admin/ два источника"),
        "{err}"
    );
}

#[test]
fn a_bad_repository_is_an_error_with_the_place() {
    let site = Site::with_config("title: x\ncms:\n  backend: github\n  repo: letopis\n");
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("site.yaml:3:3: `letopis` — не репозиторий"),
        "{err}"
    );
    assert!(err.contains("напишите владельца и название"), "{err}");
}

/// An event as Sveltia saves it: keys in the fields' order, strings
/// unquoted, the date as text, block lists, photos beside it in a bundle
/// whose folder keeps its Cyrillic name.
#[test]
fn an_event_saved_by_the_cms_builds() {
    let site = site("ru");
    site.file(
        "content/2023/events/день-читателя/index.md",
        "---\ntitle: День читателя в библиотеке-филиале № 5\ndate: 2023-05-27\nlibrary: Библиотека-филиал № 5\nform: акция\naudience:\n  - школьники\n  - взрослые\nattendance: 48\ntags:\n  - чтение\nfeatured: true\nonline: false\nstatus: done\nimages:\n  - src: zal.jpg\n    alt: Читатели в зале библиотеки\n    caption: Открытие\ndraft: false\n---\n\nВ библиотеке-филиале № 5 прошёл День читателя.\n",
    );
    site.bytes(
        "content/2023/events/день-читателя/zal.jpg",
        &crate::common::jpeg(64, 48),
    );
    site.build(&[]).ok();
    let page = site.page("2023/den-chitatelya/index.html");
    assert_eq!(page.text("h1"), "День читателя в библиотеке-филиале № 5");
    assert!(page.text("main").contains("27 мая 2023"));
    assert!(page.text("main").contains("48"));
    assert!(page
        .attrs("img", "alt")
        .iter()
        .any(|a| a == "Читатели в зале библиотеки"));
    let library = site.page("libraries/biblioteka-filial-5/index.html");
    assert!(library.text("main").contains("День читателя"));
}

fn browser_missing() -> Option<String> {
    if std::process::Command::new("chromium")
        .arg("--version")
        .output()
        .is_err()
    {
        return Some("chromium is not installed (apt-get install chromium)".into());
    }
    if !repo_root()
        .join("tests/browser/node_modules/@sveltia/cms")
        .is_dir()
    {
        return Some(
            "tests/browser/node_modules is missing (npm ci --prefix tests/browser)".into(),
        );
    }
    None
}

#[test]
fn the_admin_loads_in_chromium_with_its_collections() {
    if let Some(why) = browser_missing() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{why}");
        eprintln!("\n=== SKIPPED: CMS admin in Chromium: {why} ===\n");
        return;
    }
    let site = site("ru");
    site.build(&[]).ok();
    let config = admin_config(&site);
    let pattern = field(&config["collections"][0], "date")["pattern"][0]
        .as_str()
        .expect("the date's pattern")
        .to_string();
    let out = std::process::Command::new("node")
        .arg(repo_root().join("tests/browser/cms.mjs"))
        .arg(site.output())
        .arg(&pattern)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "cms.mjs failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    // The admin page may talk to the CMS's own hosts (refused here: no
    // network), which the README lists; nothing else.
    for url in report["external"].as_array().unwrap() {
        let url = url.as_str().unwrap();
        assert!(
            CMS_HOSTS.iter().any(|h| url.starts_with(h)),
            "the admin asked {url}"
        );
    }
    assert_eq!(report["errors"], serde_json::json!([]), "console errors");
    let seen: Vec<&str> = report["collections"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    for label in ["События 2023 года", "События 2022 года", "Страницы", "Годы"]
    {
        assert!(
            seen.iter().any(|s| s.contains(label)),
            "{label} not shown: {seen:?}"
        );
    }
    assert_eq!(
        report["date_pattern"]["ok"].as_array().unwrap().len(),
        6,
        "{}",
        report["date_pattern"]
    );
    assert_eq!(
        report["date_pattern"]["bad"],
        serde_json::json!([]),
        "{}",
        report["date_pattern"]
    );
}

/// `letopis cms` writes the `cms:` section into site.yaml, says so in the
/// site's language, and never writes it twice.
#[test]
fn the_cms_command_adds_its_section_once_and_says_so_in_russian() {
    let site = Site::new();
    let root = site.root().to_str().unwrap();
    let args = [
        "cms",
        "--backend",
        "github",
        "--repo",
        "cbs-karaganda/letopis",
        "--root",
        root,
    ];
    let said = crate::common::letopis(&args).ok().to_string();
    assert!(said.starts_with("В site.yaml добавлено:\n"), "{said}");
    assert!(said.contains("repo: \"cbs-karaganda/letopis\""), "{said}");
    assert!(
        said.contains("редактор откроется по адресу сайта с /admin/ в конце"),
        "{said}"
    );
    let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    assert!(config.contains("cms:\n  backend: github\n"), "{config}");
    let again = crate::common::letopis(&args);
    assert_ne!(again.code, 0);
    assert_eq!(
        std::fs::read_to_string(site.root().join("site.yaml")).unwrap(),
        config
    );
}
