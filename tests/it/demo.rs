//! The repository's demo site builds with both Markdown engines.

use crate::common::{repo_root, Site};

/// A copy of the demo site with `site.yaml` changed by `edit`.
fn demo_copy(edit: impl Fn(&str) -> String) -> Site {
    let root = repo_root();
    let config = std::fs::read_to_string(root.join("site.yaml")).unwrap();
    let site = Site::with_config(&edit(&config));
    for entry in walkdir::WalkDir::new(root.join("content")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(root).unwrap();
            site.bytes(rel.to_str().unwrap(), &std::fs::read(entry.path()).unwrap());
        }
    }
    site
}

fn check_demo(site: &Site) {
    let year = site.page("2016/index.html");
    let cards = year.texts(".chronicle .card-title");
    assert!(
        cards.len() >= 30,
        "the 2016 chronicle has {} events",
        cards.len()
    );
    let doctor = site.page("campaigns/doktor-kniga/index.html");
    assert!(doctor.texts(".card-title").len() >= 4);
    let plan = site.page("2022/index.html");
    let headings = plan.texts(".chronicle h3[id]");
    assert!(
        headings.iter().any(|h| h == "В течение года"),
        "{headings:?}"
    );
    assert!(headings.iter().any(|h| h == "Июнь"), "{headings:?}");
    let meeting = plan.texts(".chronicle time");
    assert!(
        meeting
            .iter()
            .any(|t| t.replace('\u{a0}', " ") == "8–9 июня 2022"),
        "{meeting:?}"
    );
    // Bodies are rendered: the meeting's resolutions are a numbered list.
    let club = site.page("2022/klub-metodistov-kuzbassa/index.html");
    assert!(club.texts(".body ol li").len() >= 5);
}

#[test]
fn demo_builds_with_pulldown_cmark() {
    let site = demo_copy(|c| c.to_string());
    site.build(&[]).ok();
    check_demo(&site);
}

#[test]
fn demo_builds_with_comrak() {
    let site = demo_copy(|c| {
        let edited = c.replace("engine: pulldown-cmark", "engine: comrak");
        assert_ne!(edited, c, "site.yaml names the engine");
        edited
    });
    site.build(&[]).ok();
    check_demo(&site);
}
