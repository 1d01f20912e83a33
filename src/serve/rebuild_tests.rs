//! Whatever a rebuild renders, the served folder must end up as a fresh
//! build of the same sources would make it: the partial paths (patched
//! model, affected jobs) are checked edit by edit against full builds.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::*;
use Rendered::{Affected, Everything, Patched};

const BASE: &str = "http://127.0.0.1:1111/";

/// Two years of events over a few libraries, forms and tags; term lists
/// in pages of two; with `chart`, a page with a chart of the events by
/// form.
fn site(chart: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let put = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    put(
        "site.yaml",
        "title: \"Летопись\"\nbase_url: \"https://library.example/\"\npaginate: 2\n",
    );
    let chart = if chart {
        "```chart\ndata: events-by-form\ntype: bar\nyear: 2016\n```\n"
    } else {
        ""
    };
    put(
        "content/pages/about.md",
        &format!("---\ntitle: \"О летописи\"\n---\nФормы мероприятий.\n\n{chart}"),
    );
    let events = [
        (
            "2015",
            "a",
            "2015-03-01",
            "ЦДБ",
            "викторина",
            "[чтение]",
            10,
        ),
        (
            "2015",
            "b",
            "2015-04-12",
            "ЦДБ",
            "выставка",
            "[чтение, история]",
            20,
        ),
        (
            "2016",
            "c",
            "2016-01-10",
            "ЦДБ",
            "викторина",
            "[история]",
            30,
        ),
        (
            "2016",
            "d",
            "2016-02-03",
            "Филиал 2",
            "викторина",
            "[чтение]",
            40,
        ),
        (
            "2016",
            "e",
            "2016-02-20",
            "Филиал 2",
            "квест",
            "[экология]",
            50,
        ),
        ("2016", "f", "2016-03-05", "ЦДБ", "выставка", "[чтение]", 60),
        (
            "2016",
            "g",
            "2016-05-15",
            "Филиал 2",
            "викторина",
            "[история, чтение]",
            70,
        ),
    ];
    for (year, name, date, library, form, tags, attendance) in events {
        put(
            &format!("content/{year}/events/{name}.md"),
            &event(name, date, library, form, tags, attendance),
        );
    }
    dir
}

fn event(name: &str, date: &str, library: &str, form: &str, tags: &str, n: u32) -> String {
    format!(
        "---\ntitle: \"Событие {name}\"\ndate: {date}\nlibrary: \"{library}\"\nform: \"{form}\"\naudience: [дети]\ntags: {tags}\nattendance: {n}\n---\nО событии {name}.\n\nПодробности.\n"
    )
}

/// Every file below `dir` and its bytes.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Asserts that `served` holds what a fresh build of `root` makes.
fn assert_fresh(root: &Path, served: &Path, what: &str) {
    let out = tempfile::tempdir().unwrap();
    let mut fresh = Builder::new(
        root.to_path_buf(),
        out.path().join("site"),
        BASE.to_string(),
        Options::default(),
    );
    fresh.rebuild(&BTreeSet::new()).unwrap();
    let (want, got) = (files(&out.path().join("site")), files(served));
    let names = |m: &BTreeMap<PathBuf, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "after {what}: the files differ");
    for (file, bytes) in &want {
        assert!(
            got[file] == *bytes,
            "after {what}: {} differs from a fresh build:\n{}",
            file.display(),
            String::from_utf8_lossy(&got[file])
        );
    }
}

/// An edit: what it is, the file, its new text (None: removed), and
/// how the rebuild should render it.
type Edit<'a> = (&'a str, &'a str, Option<String>, Rendered);

/// Applies each edit in turn to one served site, checking it after each.
fn check_edits(chart: bool, edits: &[Edit]) {
    let src = site(chart);
    let out = tempfile::tempdir().unwrap();
    let served = out.path().join("site");
    let mut b = Builder::new(
        src.path().to_path_buf(),
        served.clone(),
        BASE.to_string(),
        Options::default(),
    );
    b.rebuild(&BTreeSet::new()).unwrap();
    for (what, rel, text, rendered) in edits {
        let path = src.path().join(rel);
        match text {
            Some(text) => std::fs::write(&path, text).unwrap(),
            None => std::fs::remove_file(&path).unwrap(),
        }
        let report = b.rebuild(&BTreeSet::from([PathBuf::from(rel)])).unwrap();
        assert!(report.warnings.is_empty(), "{what}: {:?}", report.warnings);
        assert_eq!(report.rendered, *rendered, "{what}: how it was rendered");
        b.finish().unwrap();
        assert_fresh(src.path(), &served, what);
    }
}

const D: &str = "content/2016/events/d.md";

#[cfg(unix)]
#[test]
fn an_event_replaced_by_a_link_out_of_the_site_is_refused_as_in_a_build() {
    let src = site(false);
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(
        &secret,
        event("d", "2016-02-03", "Филиал 2", "викторина", "[чтение]", 40),
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut b = Builder::new(
        src.path().to_path_buf(),
        out.path().join("site"),
        BASE.to_string(),
        Options::default(),
    );
    b.rebuild(&BTreeSet::new()).unwrap();
    std::fs::remove_file(src.path().join(D)).unwrap();
    std::os::unix::fs::symlink(&secret, src.path().join(D)).unwrap();
    let Err(Error::Site(diags)) = b.rebuild(&BTreeSet::from([PathBuf::from(D)])) else {
        panic!("the link was followed");
    };
    assert!(
        diags
            .iter()
            .any(|d| d.message.to_string().contains("out of the site")),
        "{diags:?}"
    );
}

#[test]
fn edits_of_text_and_title_match_a_fresh_build() {
    let d = event("d", "2016-02-03", "Филиал 2", "викторина", "[чтение]", 40);
    check_edits(
        true,
        &[
            ("a text edit", D, Some(d.clone() + "Ещё.\n"), Patched),
            (
                "a new title",
                D,
                Some(d.replace("Событие d", "Встреча d")),
                Patched,
            ),
        ],
    );
}

/// Edits of event d's date and terms, in turn; `chart`: with a chart of
/// the events by form in a page.
fn move_event_d(chart: bool) {
    let d = |date: &str, library: &str, form: &str, tags: &str, n: u32| {
        Some(event("d", date, library, form, tags, n))
    };
    // With charts in Markdown, an edit that changes the statistics (the
    // events by month, form or library) needs the sources read again.
    let moved = |chart_changes: bool| {
        if chart && chart_changes {
            Affected
        } else {
            Patched
        }
    };
    check_edits(
        chart,
        &[
            (
                "a date in the same month",
                D,
                d("2016-02-25", "Филиал 2", "викторина", "[чтение]", 40),
                moved(false),
            ),
            (
                "a date in another month",
                D,
                d("2016-05-20", "Филиал 2", "викторина", "[чтение]", 40),
                moved(true),
            ),
            (
                "another form",
                D,
                d("2016-05-20", "Филиал 2", "квест", "[чтение]", 40),
                moved(true),
            ),
            (
                "another library",
                D,
                d("2016-05-20", "ЦДБ", "квест", "[чтение]", 40),
                moved(true),
            ),
            (
                "a tag added",
                D,
                d("2016-05-20", "ЦДБ", "квест", "[чтение, экология]", 40),
                moved(false),
            ),
            (
                "a tag removed",
                D,
                d("2016-05-20", "ЦДБ", "квест", "[экология]", 40),
                moved(false),
            ),
            (
                // The years' visitors show in every page's navigation.
                "another attendance",
                D,
                d("2016-05-20", "ЦДБ", "квест", "[экология]", 45),
                Everything,
            ),
            (
                "back to the start",
                D,
                d("2016-02-03", "Филиал 2", "викторина", "[чтение]", 40),
                Everything,
            ),
        ],
    );
}

#[test]
fn edits_that_move_an_event_match_a_fresh_build() {
    move_event_d(false);
}

#[test]
fn edits_that_move_an_event_counted_by_a_chart_match_a_fresh_build() {
    move_event_d(true);
}

#[test]
fn a_move_that_empties_a_term_matches_a_fresh_build() {
    // Event e is the only «квест» and the only «экология»: moving it to
    // another form and tag removes both terms, a change of the site's
    // shape that the patched model must notice.
    check_edits(
        false,
        &[(
            "the last event of a form moved to another",
            "content/2016/events/e.md",
            Some(event(
                "e",
                "2016-02-20",
                "Филиал 2",
                "викторина",
                "[чтение]",
                50,
            )),
            Everything,
        )],
    );
}

#[test]
fn new_and_removed_events_match_a_fresh_build() {
    check_edits(
        true,
        &[
            (
                "a new event",
                "content/2016/events/h.md",
                Some(event("h", "2016-02-04", "ЦДБ", "викторина", "[чтение]", 5)),
                Everything,
            ),
            (
                "an event removed",
                "content/2015/events/a.md",
                None,
                Everything,
            ),
        ],
    );
}
