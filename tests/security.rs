//! Hostile content (issue 14): a site's files come through git from many
//! hands, so none of them may make the build destroy sources, publish
//! active content, or run for minutes. Each test here reproduces one
//! finding of the red-team pass.

mod common;

use std::os::unix::fs::symlink;

use common::{letopis, Site};

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
fn refused(run: &common::Run) -> String {
    assert_eq!(run.code, 2, "expected exit 2:\n{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.stderr.clone()
}

fn sources(site: &Site) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    common::tree(&site.root().join("content"))
}

#[test]
fn a_committed_output_link_into_content_deletes_nothing() {
    let site = chronicle();
    let before = sources(&site);
    symlink("content", site.output()).unwrap();
    site.file("content/.letopis-output", "");
    for _ in 0..2 {
        let err = refused(&site.build(&[]));
        assert!(err.contains("symbolic link"), "{err}");
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
        assert!(err.contains("site's own files"), "{output}: {err}");
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
    site.bytes(&format!("{dir}/foto.jpg"), &common::jpeg(8, 8));
    site.bytes(&format!("{dir}/sub/plan.pdf"), b"%PDF-1.4\n");
    let err = site.build(&[]).failed().to_string();
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
