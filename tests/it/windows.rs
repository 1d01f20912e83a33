//! What differs on Windows, tested on every system (CI runs this file
//! under Wine too, see `.ci/run`): the output swap survives a build
//! killed at any moment, names that differ only in case are refused,
//! messages name files with `/`, and files with Windows line ends read as
//! well as any.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{tree, Site};

const EVENTS: usize = 300;

fn site() -> Site {
    let site = Site::new();
    let body = "Для учащихся 5–7 классов прошёл час истории «Дети войны». ".repeat(10);
    for i in 0..EVENTS {
        site.event(
            &format!("content/2022/events/e{i}.md"),
            &format!(
                "title: \"Встреча {i}\"\ndate: 2022-{:02}-{:02}\nlibrary: \"Библиотека {}\"\nform: час истории\nattendance: {}",
                i % 12 + 1,
                i % 28 + 1,
                i % 9,
                i % 40 + 5
            ),
            &body,
        );
    }
    site
}

/// The previous output: the output folder, or, if a build was killed in
/// the middle of the swap, the folder it waits in until the next build.
fn previous_output(root: &Path) -> PathBuf {
    let output = root.join("output");
    if output.exists() {
        output
    } else {
        root.join(".output.letopis-previous")
    }
}

/// A small pseudo-random sequence (xorshift), seeded from the clock and
/// printed, so a failing run can be repeated with `LETOPIS_KILL_SEED`.
struct Moments(u64);

impl Moments {
    fn next_below(&mut self, limit: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % limit.max(1)
    }
}

#[test]
fn builds_killed_at_random_moments_leave_a_whole_output() {
    let site = site();
    let started = Instant::now();
    site.build_within(600, &["--quiet"]).ok();
    let full = started.elapsed();
    let seed = std::env::var("LETOPIS_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| u64::from(std::process::id()) * 2_654_435_761 + 1);
    eprintln!("kill moments seeded with LETOPIS_KILL_SEED={seed}; a full build takes {full:?}");
    let mut moments = Moments(seed);
    let mut before = tree(&site.output());
    for round in 0..8 {
        // Every page's menu changes, so a finished build differs.
        site.file(
            "content/pages/about.md",
            &format!("---\ntitle: О библиотеке {round}\n---\nТекст.\n"),
        );
        let wait = Duration::from_micros(moments.next_below(full.as_micros() as u64 * 5 / 4));
        let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
            .args(["build", "--quiet", "--root"])
            .arg(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run letopis");
        std::thread::sleep(wait);
        let _ = child.kill(); // SIGKILL on Unix, TerminateProcess on Windows
        let finished = child.wait().expect("wait").success();
        let after = tree(&previous_output(site.root()));
        if after != before {
            // Only a build that finished may have changed the output, and
            // then into what a full build of the same sources makes.
            site.build_within(600, &["--quiet"]).ok();
            let rebuilt = tree(&site.output());
            assert!(
                after == rebuilt,
                "round {round}, killed after {wait:?} (finished: {finished}): the output is neither the previous one nor the new one"
            );
        }
        // The next build puts a swapped-aside output back and finishes.
        site.build_within(600, &["--quiet"]).ok();
        before = tree(&site.output());
        assert!(!site.root().join(".output.letopis-previous").exists());
    }
}

#[test]
fn names_differing_only_in_case_are_an_error() {
    let site = Site::new();
    site.event(
        "content/2022/events/klub/index.md",
        "title: Клуб\ndate: 2022-06-08\nlibrary: КОДБ",
        "Текст.",
    );
    site.bytes(
        "content/2022/events/klub/Foto.jpg",
        &crate::common::jpeg(8, 8),
    );
    site.bytes(
        "content/2022/events/klub/foto.jpg",
        &crate::common::jpeg(8, 8),
    );
    let dir = site.root().join("content/2022/events/klub");
    if std::fs::read_dir(&dir).unwrap().count() < 3 {
        // A case-insensitive disk (Windows, macOS) cannot hold both: such
        // a pair only comes from elsewhere, through git.
        eprintln!("case-insensitive disk: the pair cannot be made here; checked on Linux");
        return;
    }
    let err = site.build(&["--lang", "en"]).failed().to_string();
    assert!(
        err.contains("content/2022/events/klub/foto.jpg: this file has the same name as content/2022/events/klub/Foto.jpg"),
        "{err}"
    );
    let site = Site::new();
    site.event(
        "content/2022/events/a.md",
        "title: a\ndate: 2022-01-01\nlibrary: b",
        "",
    );
    site.file("static/Logo.svg", "<svg/>");
    site.file("static/logo.svg", "<svg/>");
    let err = site.build(&["--lang", "en"]).failed().to_string();
    assert!(
        err.contains("static/logo.svg: this file has the same name as static/Logo.svg"),
        "{err}"
    );
}

#[test]
fn messages_name_files_with_forward_slashes() {
    let site = Site::new();
    site.event(
        "content/2016/events/knigofestival.md",
        "title: Книгофестиваль\ndate: 2016-04-04\nlibrary: ЦДБ\nattendence: 120",
        "",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2016/events/knigofestival.md:5:1:"),
        "{err}"
    );
    let run = crate::common::letopis(&[
        "check",
        "--format",
        "json",
        "--root",
        site.root().to_str().unwrap(),
    ]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        report["diagnostics"][0]["file"],
        "content/2016/events/knigofestival.md"
    );
}

#[test]
fn windows_line_ends_read_like_unix_ones() {
    let event = "---\ntitle: \"Час истории «Дети войны»\"\ndate: 2022-05-06\nlibrary: \"Библиотека № 3\"\nform: час истории\nattendance: 25\ntags: [Победа, история]\n---\nДля учащихся прошёл час истории.\n\nВторой абзац.\n";
    let build = |crlf: bool| {
        let site = Site::new();
        let text = |s: &str| {
            if crlf {
                s.replace('\n', "\r\n")
            } else {
                s.to_string()
            }
        };
        site.file("content/2022/events/chas.md", &text(event));
        site.file(
            "content/pages/about.md",
            &text("---\ntitle: О нас\n---\nТекст.\n"),
        );
        site.build(&[]).ok();
        let out = tree(&site.output());
        out.into_iter()
            .filter(|(p, _)| !p.starts_with(".letopis-output"))
            .collect::<Vec<_>>()
    };
    assert!(
        build(false) == build(true),
        "CRLF files build into another site"
    );
}

/// `serve` sees a saved edit and rebuilds, by polling where change events
/// are not trusted (Windows) and by inotify on Linux.
#[test]
fn serve_rebuilds_after_a_saved_edit() {
    let site = Site::new();
    let event = |text: &str| {
        site.event(
            "content/2022/events/chas.md",
            "title: \"Час истории\"\ndate: 2022-05-06\nlibrary: \"Библиотека № 3\"",
            &format!("Первый абзац.\n\n{text}"),
        );
    };
    event("Было.");
    let mut child = Command::new(env!("CARGO_BIN_EXE_letopis"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start letopis serve");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let wait_for = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(_) => return String::new(),
            }
        }
    };
    let serving = wait_for("открыт по адресу");
    // Mtimes are compared by polling: the edit must be in a later second
    // on coarse file systems.
    std::thread::sleep(Duration::from_millis(1100));
    event("Стало.");
    let rebuilt = wait_for("после изменения в content");
    let _ = child.kill();
    let _ = child.wait();
    assert!(!serving.is_empty(), "serve did not start");
    assert!(
        rebuilt.contains("chas.md"),
        "no rebuild after the edit: {rebuilt:?}"
    );
}
