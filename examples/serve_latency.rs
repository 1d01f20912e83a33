//! Benchmark: how long after an edit of one event in a large site the
//! rebuilt page is written and the browser told to reload.
//!
//! Generates a site of N events (default 10 000) in a temporary folder,
//! starts `letopis serve` on it, listens on the live-reload stream like a
//! browser, then edits one event's text again and again and measures the
//! time from the file's rename to the `reload` event (the debounce
//! included), and the rebuild time the server reports.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example serve_latency -- [EVENTS] [ROUNDS]
//! ```
//!
//! The binary is `target/release/letopis`, or `$LETOPIS_BIN`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const LIBRARIES: usize = 30;
const FORMS: usize = 15;
const TAGS: usize = 300;
const YEARS: usize = 10;

fn main() {
    let mut args = std::env::args().skip(1);
    let events: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let bin = std::env::var_os("LETOPIS_BIN").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/letopis"),
        PathBuf::from,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let t = Instant::now();
    generate(dir.path(), events);
    println!(
        "generated {events} events in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // This reads the server's English lines: a binary that speaks the
    // site's language is asked for English (older ones know no `--lang`).
    let help = Command::new(&bin).arg("--help").output();
    let lang: &[&str] = match help {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains("--lang") => &["--lang", "en"],
        _ => &[],
    };
    let mut child = Command::new(&bin)
        .args(["serve", "--verbose", "--port", "0", "--root"])
        .arg(dir.path())
        .args(lang)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (build it with cargo build --release)",
                bin.display()
            )
        });
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let started = Instant::now();
    let mut port = 0;
    while port == 0 {
        let line = rx
            .recv_timeout(Duration::from_secs(300))
            .expect("serve started");
        if let Some(ms) = built_ms(&line) {
            println!(
                "first full build: {ms} ms (server), {:.0} ms to serving",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            port = rest
                .split('/')
                .next()
                .and_then(|p| p.parse().ok())
                .expect("port");
        }
    }
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(stream, "GET /__letopis/events HTTP/1.1\r\n\r\n").expect("request");
    let mut events_in = BufReader::new(stream);
    wait_for(&mut events_in, ": connected");

    let target = dir.path().join("content/2015/events/event-00500.md");
    let original = std::fs::read_to_string(&target).expect("event");
    // A paragraph added at the end shows on the event's page only (lists
    // show the first paragraph); a new title also on its year, the home
    // page, the taxonomy indexes and its terms' pages. A new date moves the
    // event in every list that shows it; a new tag adds it to a list.
    let date_line = original
        .lines()
        .find(|l| l.starts_with("date: "))
        .expect("date line")
        .to_string();
    let tags_line = original
        .lines()
        .find(|l| l.starts_with("tags: ["))
        .expect("tags line")
        .to_string();
    let edits: [(&str, &dyn Fn(usize) -> String); 4] = [
        ("text", &|round| {
            format!("{original}\nДобавлено при правке {round}.\n")
        }),
        ("title", &|round| {
            original.replace("title: \"Событие", &format!("title: \"Правка {round}"))
        }),
        ("date", &|round| {
            // Same year and month, another day each round.
            let day = format!("-{:02}\n", 1 + (round * 5) % 28);
            let moved = format!("{}{day}", &date_line[..date_line.len() - 3]);
            original.replace(&format!("{date_line}\n"), &moved)
        }),
        ("tag", &|round| {
            let added = format!("\"тема {}\"]", (round * 37) % TAGS);
            original.replace(&tags_line, &tags_line.replace(']', &format!(", {added}")))
        }),
    ];
    let mut results = Vec::new();
    for (name, edit) in edits {
        let (mut total, mut rebuild) = (Vec::new(), Vec::new());
        let mut last = String::new();
        let mut finish = Vec::new();
        for round in 0..rounds {
            let tmp = target.with_file_name(".edit.tmp");
            std::fs::write(&tmp, edit(round)).expect("write");
            let t0 = Instant::now();
            std::fs::rename(&tmp, &target).expect("rename");
            wait_for(&mut events_in, "event: reload");
            total.push(t0.elapsed().as_secs_f64() * 1000.0);
            loop {
                let line = rx
                    .recv_timeout(Duration::from_secs(60))
                    .expect("server report");
                if let Some(ms) = built_ms(&line) {
                    rebuild.push(ms);
                    last = line;
                    break;
                }
            }
            // The feeds and the search index follow the reload: the next
            // edit starts when they are written, as an editor's would.
            loop {
                let line = rx
                    .recv_timeout(Duration::from_secs(60))
                    .expect("server report");
                if let Some(ms) = finished_ms(&line) {
                    finish.push(ms);
                    break;
                }
            }
        }
        results.push((name, total, rebuild, finish, last));
    }
    // SAFETY: a signal to our own child.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let _ = child.wait();
    for (name, mut total, mut rebuild, mut finish, last) in results {
        println!("edit of one event's {name} in a {events}-event site, {rounds} rounds:");
        println!(
            "  change → reload event (50 ms debounce included): {}",
            stats(&mut total)
        );
        println!("  rebuild (server-reported): {}", stats(&mut rebuild));
        println!(
            "  then feeds, sitemap and search index: {}",
            stats(&mut finish)
        );
        println!("  the last round: {last}");
    }
}

/// `Built 12 pages in 85 ms ...` → 85.
fn built_ms(line: &str) -> Option<f64> {
    let rest = line.strip_prefix("Built ")?;
    rest.split(" in ").nth(1)?.split(" ms").next()?.parse().ok()
}

/// `  feeds, sitemap and search index in 150 ms more` → 150.
fn finished_ms(line: &str) -> Option<f64> {
    let rest = line
        .trim()
        .strip_prefix("feeds, sitemap and search index in ")?;
    rest.split(" ms").next()?.parse().ok()
}

fn wait_for(stream: &mut BufReader<TcpStream>, prefix: &str) {
    loop {
        let mut line = String::new();
        assert!(
            stream.read_line(&mut line).expect("event stream") > 0,
            "stream closed"
        );
        if line.starts_with(prefix) {
            return;
        }
    }
}

fn stats(v: &mut [f64]) -> String {
    v.sort_by(f64::total_cmp);
    format!(
        "median {:.0} ms, min {:.0} ms, max {:.0} ms",
        v[v.len() / 2],
        v[0],
        v[v.len() - 1]
    )
}

/// A site with `n` events over ten years, thirty libraries, fifteen forms
/// and three hundred tags, each event with a few paragraphs of text.
fn generate(root: &Path, n: usize) {
    std::fs::write(
        root.join("site.yaml"),
        "title: \"Большая летопись\"\nbase_url: \"https://example.org/\"\n",
    )
    .expect("site.yaml");
    let body = "Текст события: библиотекари провели встречу, читатели обсуждали книги. ".repeat(12);
    for i in 0..n {
        let year = 2010 + i % YEARS;
        let dir = root.join(format!("content/{year}/events"));
        if i < YEARS {
            std::fs::create_dir_all(&dir).expect("mkdir");
        }
        let month = 1 + (i / YEARS) % 12;
        let day = 1 + (i / (YEARS * 12)) % 28;
        let text = format!(
            "---\ntitle: \"Событие {i}\"\ndate: {year}-{month:02}-{day:02}\nlibrary: \"Библиотека {}\"\nform: \"форма {}\"\naudience: [школьники]\nattendance: {}\ntags: [\"тема {}\", \"тема {}\"]\n---\n{body}\n\n{body}\n",
            i % LIBRARIES,
            i % FORMS,
            10 + i % 90,
            i % TAGS,
            (i * 7) % TAGS
        );
        std::fs::write(dir.join(format!("event-{:05}.md", i / YEARS)), text).expect("event");
    }
}
