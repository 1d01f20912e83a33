// Run on Unix only: the Wine prefix CI runs the Windows tests in has no
// Git for Windows, and these tests fail, never skip, without git.
#![cfg(unix)]
//! `last_updated: true`: each page's «last updated» day from the site's git
//! history — on the page, in the sitemap and in JSON-LD; nothing of it when
//! the switch is off; a warning, never an error, when git cannot tell.
//!
//! These tests need `git` (CI has it): without it they fail, never skip.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Page, Run, Site, SITE_YAML};

/// The first commit: 01:30 in UTC+5 is still the 11th in UTC, so a page
/// dated the 12th is dated in the committer's own zone.
const FIRST: &str = "2024-03-12T01:30:00+05:00";
const SECOND: &str = "2024-04-01T10:00:00+03:00";

/// A git repository in a temporary folder with a chronicle in its
/// `chronicle/` subfolder (so paths are mapped from the repository's to
/// the site's), built into the folder's `output/`.
struct Repo {
    dir: Site,
}

impl Repo {
    fn new(config: &str) -> Repo {
        let repo = Repo {
            dir: Site {
                dir: tempfile::tempdir().expect("temp dir"),
            },
        };
        repo.file("site.yaml", config);
        repo
    }

    fn root(&self) -> PathBuf {
        self.dir.root().join("chronicle")
    }

    fn file(&self, rel: &str, text: &str) -> &Repo {
        self.dir.file(&format!("chronicle/{rel}"), text);
        self
    }

    /// Git and letopis see no configuration but the test's, and no
    /// repository above the temporary folder.
    fn env(&self) -> Vec<(&'static str, String)> {
        let above = self.dir.root().parent().expect("temp dir has a parent");
        vec![
            ("GIT_CONFIG_NOSYSTEM", "1".to_string()),
            ("GIT_CONFIG_GLOBAL", "/dev/null".to_string()),
            ("GIT_CEILING_DIRECTORIES", above.display().to_string()),
        ]
    }

    /// Runs git in the repository; `date` is the author's and committer's.
    fn git(&self, args: &[&str], date: &str) {
        let out = Command::new("git")
            .current_dir(self.dir.root())
            .envs(self.env())
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .args([
                "-c",
                "user.name=Летописец",
                "-c",
                "user.email=editor@library.example",
            ])
            .args([
                "-c",
                "init.defaultBranch=main",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .output()
            .expect("these tests need git: install it (CI has it)");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn commit(&self, message: &str, date: &str) {
        self.git(&["add", "-A"], date);
        self.git(&["commit", "-q", "-m", message], date);
    }

    /// Builds the chronicle at `root` into `output`.
    fn build_at(&self, root: &Path, output: &Path) -> Run {
        let env = self.env();
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (root, output) = (root.display().to_string(), output.display().to_string());
        crate::common::letopis_env(&["build", "--root", &root, "--output", &output], &env)
    }

    fn build(&self) -> Run {
        self.build_at(&self.root(), &self.dir.output())
    }

    fn page(&self, rel: &str) -> Page {
        self.dir.page(rel)
    }
}

const FEST: &str = "content/2016/events/fest.md";

/// Two commits: everything on the 12th of March, then the festival again
/// on the 1st of April (with a file outside the chronicle).
fn history(config: &str) -> Repo {
    let repo = Repo::new(config);
    repo.git(&["init", "-q"], FIRST);
    repo.file("content/2016/_index.md", "---\ntitle: \"2016 год\"\n---\nГод.\n")
        .file(
            FEST,
            "---\ntitle: \"Книгофестиваль\"\ndate: 2016-04-04\nlibrary: \"ЦДБ\"\n---\nПервый текст.\n",
        )
        .file(
            "content/2016/events/Доктор Книга.md",
            "---\ntitle: \"Акция «Доктор Книга»\"\ndate: 2016-05-10\nlibrary: \"ЦДБ\"\n---\nКниги лечили.\n",
        )
        .file(
            "content/pages/about.md",
            "---\ntitle: \"О библиотеке\"\n---\nАдрес.\n",
        );
    repo.commit("Начало летописи", FIRST);
    repo.file(
        FEST,
        "---\ntitle: \"Книгофестиваль\"\ndate: 2016-04-04\nlibrary: \"ЦДБ\"\n---\nИсправленный текст.\n",
    );
    repo.dir.file("README.md", "Не часть сайта.\n");
    repo.commit("Исправлен книгофестиваль", SECOND);
    repo
}

/// The page's «updated» line: (`<time datetime>`, the line's text).
fn updated(page: &Page) -> Option<(String, String)> {
    let date = page.attrs(".updated time", "datetime").pop()?;
    Some((date, page.text(".updated")))
}

fn dated(date: &str, text: &str) -> Option<(String, String)> {
    Some((date.to_string(), text.to_string()))
}

/// `<loc>` → `<lastmod>` of every URL of the sitemap.
fn sitemap(repo: &Repo) -> BTreeMap<String, Option<String>> {
    let text = std::fs::read_to_string(repo.dir.output().join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.has_tag_name("url"))
        .map(|url| {
            let child = |name: &str| {
                url.children()
                    .find(|c| c.has_tag_name(name))
                    .and_then(|c| c.text())
                    .map(str::to_string)
            };
            (child("loc").expect("a loc"), child("lastmod"))
        })
        .collect()
}

/// The `dateModified` of the page's JSON-LD graph, if any.
fn date_modified(page: &Page) -> Option<String> {
    let ld = page.texts("script[type='application/ld+json']");
    let doc: serde_json::Value = serde_json::from_str(ld.first()?).expect("JSON-LD parses");
    doc["@graph"]
        .as_array()?
        .iter()
        .find_map(|node| node["dateModified"].as_str().map(str::to_string))
}

#[test]
fn pages_show_the_day_of_their_newest_commit() {
    let repo = history(&format!("{SITE_YAML}last_updated: true\n"));
    let stderr = repo.build().ok().to_string();
    assert!(!stderr.contains("warning"), "{stderr}");

    let fest = repo.page("2016/fest/index.html");
    assert_eq!(
        updated(&fest),
        dated("2024-04-01", "Обновлено 1 апреля 2024"),
        "the later of its two commits"
    );
    assert_eq!(
        updated(&repo.page("2016/doktor-kniga/index.html")),
        dated("2024-03-12", "Обновлено 12 марта 2024"),
        "a Cyrillic file name, dated in the committer's zone"
    );
    assert_eq!(
        updated(&repo.page("about/index.html")),
        dated("2024-03-12", "Обновлено 12 марта 2024")
    );
    assert_eq!(
        updated(&repo.page("2016/index.html")),
        dated("2024-04-01", "Обновлено 1 апреля 2024"),
        "a year changes with its events"
    );
    assert_eq!(updated(&repo.page("index.html")), None);
    assert_eq!(updated(&repo.page("libraries/index.html")), None);

    let lastmod = sitemap(&repo);
    let at = |path: &str| lastmod[&format!("https://library.example/{path}")].clone();
    assert_eq!(at("2016/fest/").as_deref(), Some("2024-04-01"));
    assert_eq!(at("2016/doktor-kniga/").as_deref(), Some("2024-03-12"));
    assert_eq!(at("about/").as_deref(), Some("2024-03-12"));
    assert_eq!(at("2016/").as_deref(), Some("2024-04-01"));
    assert_eq!(at(""), None, "the home page has no date of its own");

    assert_eq!(date_modified(&fest).as_deref(), Some("2024-04-01"));
    assert_eq!(date_modified(&repo.page("index.html")), None);

    // The same sources and history give the same bytes.
    let again = repo.dir.root().join("again");
    repo.build_at(&repo.root(), &again).ok();
    assert!(
        crate::common::tree(&repo.dir.output()) == crate::common::tree(&again),
        "two builds differ"
    );
}

#[test]
fn nothing_of_it_when_the_switch_is_off() {
    let repo = history(SITE_YAML);
    repo.build().ok();
    for page in [
        "2016/fest/index.html",
        "2016/doktor-kniga/index.html",
        "about/index.html",
        "2016/index.html",
    ] {
        let page = repo.page(page);
        assert_eq!(updated(&page), None);
        assert_eq!(date_modified(&page), None);
    }
    assert!(sitemap(&repo).values().all(Option::is_none));
}

#[test]
fn a_site_outside_git_builds_with_a_warning() {
    let repo = Repo::new(&format!("{SITE_YAML}last_updated: true\n"));
    repo.file(
        FEST,
        "---\ntitle: \"Книгофестиваль\"\ndate: 2016-04-04\nlibrary: \"ЦДБ\"\n---\nТекст.\n",
    );
    let stderr = repo.build().ok().to_string();
    assert!(
        stderr.contains("предупреждение: site.yaml:6:1: сайт не хранится в репозитории git"),
        "{stderr}"
    );
    assert!(
        stderr.contains("git init"),
        "the hint says what to do: {stderr}"
    );
    assert_eq!(updated(&repo.page("2016/fest/index.html")), None);
    assert!(sitemap(&repo).values().all(Option::is_none));

    // Without git at all: the same, with its own warning.
    let env = repo.env();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("PATH", "/nonexistent"));
    let root = repo.root().display().to_string();
    let run = crate::common::letopis_env(&["check", "--root", &root], &env);
    let stderr = run.ok();
    assert!(stderr.contains("git не установлен"), "{stderr}");
}

#[test]
fn a_shallow_clone_dates_only_what_it_has() {
    let repo = history(&format!("{SITE_YAML}last_updated: true\n"));
    repo.file(
        "content/pages/about.md",
        "---\ntitle: \"О библиотеке\"\n---\nНовый адрес.\n",
    );
    repo.commit("Новый адрес", "2024-05-20T12:00:00+05:00");
    // The last two commits: the older one is the cut-off, listing every
    // file whether it changed then or not.
    let clone = repo.dir.root().join("clone");
    let url = format!("file://{}", repo.dir.root().display());
    let to = clone.display().to_string();
    repo.git(&["clone", "-q", "--depth", "2", &url, &to], SECOND);
    let output = repo.dir.output();
    let stderr = repo
        .build_at(&clone.join("chronicle"), &output)
        .ok()
        .to_string();
    assert!(stderr.contains("история git неполная"), "{stderr}");
    assert!(stderr.contains("fetch-depth: 0"), "{stderr}");
    assert_eq!(
        updated(&repo.page("about/index.html")),
        dated("2024-05-20", "Обновлено 20 мая 2024"),
        "changed in a commit fetched whole"
    );
    for page in ["2016/fest/index.html", "2016/doktor-kniga/index.html"] {
        assert_eq!(
            updated(&repo.page(page)),
            None,
            "{page}: unknown, not the cut-off commit's day"
        );
    }
}
