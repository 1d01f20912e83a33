//! Nothing lost: a build killed at any moment (SIGKILL, so no cleanup
//! runs) leaves the previous output complete and byte-for-byte the same.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{tree, Site};

/// Events in the big site: enough that a debug build takes a while.
const EVENTS: usize = 2000;

fn big_site() -> Site {
    let site = Site::new();
    let body = "Ребята читали сказки и отвечали на вопросы викторины. ".repeat(20);
    for i in 0..EVENTS {
        site.event(
            &format!("content/2016/events/e{i}.md"),
            &format!(
                "title: \"Событие {i}\"\ndate: 2016-{:02}-{:02}\nlibrary: \"Библиотека {}\"\nform: акция\ntags: [тег{}, тег{}]\nattendance: {i}",
                i % 12 + 1,
                i % 28 + 1,
                i % 40,
                i % 100,
                i % 7
            ),
            &body,
        );
    }
    site
}

fn spawn_build(site: &Site) -> Child {
    Command::new(env!("CARGO_BIN_EXE_letopis"))
        .arg("build")
        .arg("--root")
        .arg(site.root())
        .arg("--quiet")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("run letopis")
}

/// Files written so far into the staging folder of build `pid`.
fn staged_files(root: &Path, pid: u32) -> usize {
    let staging = root.join(format!(".output.letopis-{pid}"));
    if !staging.is_dir() {
        return 0;
    }
    walk_count(&staging)
}

fn walk_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        walk_count(&p)
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

#[test]
fn sigkill_half_way_leaves_the_previous_output_whole() {
    let site = big_site();
    site.build_within(600, &["--quiet"]).ok();
    let before = tree(&site.output());
    assert!(before.len() > EVENTS, "{} files", before.len());

    // Change every page's menu, so a finished build would differ.
    site.file("content/pages/about.md", "---\ntitle: О нас\n---\nТекст.\n");
    let mut child = spawn_build(&site);
    let pid = child.id();
    let deadline = Instant::now() + Duration::from_secs(600);
    // Half-way: once the staging folder holds a third of the pages.
    while staged_files(site.root(), pid) < before.len() / 3 {
        assert!(
            child.try_wait().expect("wait").is_none(),
            "the build finished before it could be killed"
        );
        assert!(Instant::now() < deadline, "the build never got half-way");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix
    let status = child.wait().expect("wait");
    assert!(!status.success());

    let after = tree(&site.output());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "the set of files changed"
    );
    for (path, bytes) in &before {
        assert!(bytes == &after[path], "{} changed", path.display());
    }

    // The next build finishes, swaps in, and clears the dead build's
    // folder; the output it replaced is kept for the build after.
    site.build_within(600, &["--quiet"]).ok();
    assert!(site.page("about/index.html").text("h1").contains("О нас"));
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".letopis-"))
        .collect();
    assert_eq!(leftovers, [".output.letopis-reuse"]);
}
