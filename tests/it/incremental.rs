// Whether a page was taken from the previous output is read from its link
// count, which std gives only on Unix; the same code runs on Windows and
// is covered there by tests/windows.rs's rebuilds.
#![cfg(unix)]
//! A rebuild renders only the pages whose inputs changed, and takes the
//! others from the output it replaces (as hard links: a page taken shares
//! its file with the kept previous output). Whatever it skips, the output
//! is the same, byte for byte, as a build from nothing.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use crate::common::Site;

fn site() -> Site {
    let site = Site::new();
    site.file("content/_index.md", "---\ntitle: \"Летопись\"\n---\nДетские библиотеки.\n")
        .file(
            "content/2016/_index.md",
            "---\ndefault_library: \"Центральная детская библиотека\"\n---\nГод кино.\n",
        )
        .event(
            "content/2016/events/knigofestival.md",
            "title: \"Книгофестиваль\"\ndate: 2016-04-04\nform: книгофестиваль\ntags: [Андерсен]",
            "Девятый городской книгофестиваль.\n\nВторой абзац.",
        )
        .event(
            "content/2016/events/den-dareniya.md",
            "title: \"День дарения книг\"\ndate: 2016-02-10\nform: акция",
            "Подарили более 40 книг.\n\nИ ещё.",
        )
        .event(
            "content/2017/events/doktor-kniga.md",
            "title: \"Доктор Книга\"\ndate: 2017-09-26\nlibrary: \"Библиотека «Единство»\"\nform: акция\ntags: [Андерсен]",
            "Кот Учёный и Королева Книга.",
        );
    site
}

/// Whether the page was taken from the previous output (it shares its
/// file with the kept copy of that output) rather than rendered.
fn taken(site: &Site, page: &str) -> bool {
    let meta = std::fs::metadata(site.output().join(page)).expect(page);
    meta.nlink() > 1
}

/// The output equals what a build from nothing makes of the same sources.
fn same_as_a_fresh_build(site: &Site) {
    let fresh = site.root().join("fresh");
    let _ = std::fs::remove_dir_all(&fresh);
    site.build(&["--quiet", "--output", fresh.to_str().unwrap()])
        .ok();
    let (now, expected) = (
        crate::common::tree(&site.output()),
        crate::common::tree(&fresh),
    );
    assert_eq!(
        now.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected {
        assert!(
            bytes == &now[path],
            "{} differs from a fresh build",
            path.display()
        );
    }
}

/// Rewrites the «День дарения книг» event with `title` and, after its
/// first paragraph, `more`.
fn edit_gift(site: &Site, title: &str, more: &str) {
    site.event(
        "content/2016/events/den-dareniya.md",
        &format!("title: \"{title}\"\ndate: 2016-02-10\nform: акция"),
        &format!("Подарили более 40 книг.\n\n{more}"),
    );
}

const FEST: &str = "2016/knigofestival/index.html";
const GIFT: &str = "2016/den-dareniya/index.html";
const YEAR: &str = "2016/index.html";

#[test]
fn nothing_changed_takes_every_page() {
    let site = site();
    site.build(&["--quiet"]).ok();
    assert!(!taken(&site, FEST), "a first build renders");
    // The second build links from the first; the third recycles the
    // first's folder, whose pages are already those files.
    for _ in 0..2 {
        site.build(&["--quiet"]).ok();
        for page in [FEST, GIFT, YEAR, "index.html", "tags/andersen/index.html"] {
            assert!(taken(&site, page), "{page} was rendered again");
        }
        same_as_a_fresh_build(&site);
    }
    // An edit after that writes a file of its own, not into the shared one.
    edit_gift(&site, "День дарения книг", "И ещё двести.");
    site.build(&["--quiet"]).ok();
    assert!(site.page(GIFT).text(".body").contains("двести"));
    let kept = site.root().join(".output.letopis-reuse").join(GIFT);
    let kept = std::fs::read_to_string(kept).unwrap();
    assert!(
        !kept.contains("двести"),
        "the kept output was written through"
    );
    same_as_a_fresh_build(&site);
}

#[test]
fn an_edited_text_renders_its_page_alone() {
    let site = site();
    site.build(&["--quiet"]).ok();
    edit_gift(&site, "День дарения книг", "И ещё сто.");
    site.build(&["--quiet"]).ok();
    assert!(!taken(&site, GIFT));
    assert!(site.page(GIFT).text(".body").contains("сто"));
    // Its card (title, first paragraph) did not change: lists stay.
    for page in [FEST, YEAR, "index.html"] {
        assert!(taken(&site, page), "{page} was rendered again");
    }
    same_as_a_fresh_build(&site);
}

#[test]
fn a_new_title_renders_the_lists_that_show_it() {
    let site = site();
    site.build(&["--quiet"]).ok();
    edit_gift(&site, "Международный день дарения книг", "И ещё.");
    site.build(&["--quiet"]).ok();
    for page in [GIFT, YEAR, "index.html", "forms/aktsiya/index.html"] {
        assert!(!taken(&site, page), "{page} was taken unchanged");
    }
    assert!(site.page(YEAR).text("main").contains("Международный"));
    assert!(taken(&site, FEST), "another event's page");
    same_as_a_fresh_build(&site);
}

#[test]
fn a_changed_template_or_setting_renders_every_page() {
    let site = site();
    site.build(&["--quiet"]).ok();
    let theme = crate::common::repo_root().join("themes/letopis/templates/event.html");
    let event = std::fs::read_to_string(theme).unwrap();
    site.file(
        "templates/event.html",
        &event.replace(
            "<article class=\"event\">",
            "<article class=\"event changed\">",
        ),
    );
    site.build(&["--quiet"]).ok();
    assert!(!taken(&site, FEST) && !taken(&site, GIFT));
    assert!(site.page(FEST).texts("article.changed").len() == 1);
    same_as_a_fresh_build(&site);

    let config = std::fs::read_to_string(site.root().join("site.yaml")).unwrap();
    site.file(
        "site.yaml",
        &config.replace("Летопись ЦБС", "Летопись МИБС"),
    );
    site.build(&["--quiet"]).ok();
    assert!(!taken(&site, FEST) && !taken(&site, YEAR));
    same_as_a_fresh_build(&site);
}

#[test]
fn an_output_without_a_record_is_rendered_whole() {
    let site = site();
    site.build(&["--quiet"]).ok();
    let marker = site.output().join(".letopis-output");
    let text = std::fs::read_to_string(&marker).unwrap();
    assert!(text.contains("letopis-pages"), "{text}");
    // As an older version left it.
    std::fs::write(&marker, text.lines().next().unwrap()).unwrap();
    site.build(&["--quiet"]).ok();
    assert!(!taken(&site, FEST) && !taken(&site, YEAR));
    assert!(Path::new(&marker).is_file());
    same_as_a_fresh_build(&site);
}
