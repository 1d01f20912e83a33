//! The demo site in a real browser: headless Chromium (Debian's `chromium`)
//! driven by `tests/browser/check.mjs` (playwright-core, axe-core).
//!
//! Every page type must load with no console errors and no request leaving
//! the site, have zero axe-core violations, no horizontal scrolling at
//! 360 px, a print stylesheet that drops the navigation, a dark mode, and a
//! low-vision mode that is remembered. Screenshots of each page type at
//! phone and desktop width go to `target/screenshots/`.
//!
//! Every page is also checked by the Nu HTML Checker (`vnu.jar` from the
//! npm package `vnu-jar`, run with Java): zero errors.
//!
//! Without Chromium, Node, Java or `tests/browser/node_modules` these
//! tests are skipped with a loud message on a developer's machine, and fail
//! under `CI=true` (`.ci/run` installs them).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::repo_root;

/// One page of each type in the demo site.
const PAGES: &[&str] = &[
    "",
    "2016/",
    "2022/",
    "2016/knigofestival-knigi-izmenyayut-mir/",
    "2022/klub-metodistov-kuzbassa/",
    "libraries/",
    "libraries/detskaya-biblioteka-ekos/",
    "campaigns/doktor-kniga/",
    "audiences/shkolniki/page/2/",
    "about/",
    "search/",
    "2016/stats/",
    "stats/",
    "404.html",
];

pub fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

/// Why the browser test cannot run here, if it cannot.
fn missing_tools() -> Option<String> {
    if !chromium().exists() {
        return Some(format!(
            "no Chromium at {} (apt-get install chromium)",
            chromium().display()
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return Some("no node on PATH".to_string());
    }
    if Command::new("java").arg("-version").output().is_err() {
        return Some("no java on PATH (the Nu HTML Checker needs Java)".to_string());
    }
    if !repo_root()
        .join("tests/browser/node_modules/playwright-core")
        .is_dir()
    {
        return Some(
            "tests/browser/node_modules is missing (npm ci --prefix tests/browser)".to_string(),
        );
    }
    None
}

/// Whether the tools are here; on a developer's machine a loud skip, under
/// CI a failure.
fn tools_ready(test: &str) -> bool {
    ready(test, missing_tools())
}

/// `test` may run unless a tool is `missing`: then a loud skip on a
/// developer's machine, a failure under CI.
pub fn ready(test: &str, missing: Option<String>) -> bool {
    match missing {
        None => true,
        Some(why) => {
            let ci = std::env::var("CI").as_deref() == Ok("true");
            assert!(!ci, "{test} cannot run under CI: {why}");
            eprintln!("\n=== SKIPPED: {test}: {why} ===\n");
            false
        }
    }
}

/// The demo site built into a temporary folder.
fn build_demo() -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let run = crate::common::letopis(&[
        "build",
        "--root",
        repo_root().to_str().unwrap(),
        "--output",
        site.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    (out, site)
}

#[test]
fn demo_html_is_valid() {
    if !tools_ready("HTML validation") {
        return;
    }
    let (_keep, site) = build_demo();
    let jar = repo_root().join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar");
    let output = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--skip-non-html", "--format", "json"])
        .arg(&site)
        .output()
        .expect("run java");
    let report: serde_json::Value = serde_json::from_slice(&output.stderr).unwrap_or_else(|e| {
        panic!(
            "vnu printed no JSON ({e}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let messages = report["messages"].as_array().expect("a list of messages");
    let errors: Vec<String> = messages
        .iter()
        .map(|m| format!("{}:{}: {}", m["url"], m["lastLine"], m["message"]))
        .collect();
    assert!(errors.is_empty(), "Nu HTML Checker:\n{}", errors.join("\n"));
}

#[test]
fn demo_site_in_chromium() {
    if !tools_ready("browser test") {
        return;
    }
    let (_keep, site) = build_demo();
    let port = serve(site);
    let shots = repo_root().join("target/screenshots");
    let mut cmd = Command::new("node");
    cmd.arg(repo_root().join("tests/browser/check.mjs"))
        .arg(format!("http://127.0.0.1:{port}/"))
        .arg(&shots)
        .args(PAGES);
    let output = cmd.output().expect("run node");
    assert!(
        output.status.success(),
        "check.mjs failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    let mut problems = Vec::new();
    for page in report["pages"].as_array().unwrap() {
        let path = page["path"].as_str().unwrap();
        if page["status"] != 200 {
            problems.push(format!("/{path}: HTTP {}", page["status"]));
        }
        for key in ["consoleErrors", "externalRequests", "failedRequests"] {
            if !page[key].as_array().unwrap().is_empty() {
                problems.push(format!("/{path}: {key}: {}", page[key]));
            }
        }
        for v in page["axe"].as_array().unwrap() {
            problems.push(format!(
                "/{path}: axe {}: {} at {}",
                v["id"], v["help"], v["nodes"]
            ));
        }
        if page["overflow360"].as_i64() != Some(0) {
            problems.push(format!(
                "/{path}: {} px of horizontal scrolling at 360 px",
                page["overflow360"]
            ));
        }
        problems.extend(font_problems(path, page));
        if page["printHidesNav"] != true {
            problems.push(format!(
                "/{path}: the print stylesheet does not hide the navigation"
            ));
        }
        if page["darkChangesColours"] != true {
            problems.push(format!("/{path}: dark mode does not change the colours"));
        }
        let lv = &page["lowVision"];
        if lv["after"].as_f64() <= lv["before"].as_f64() {
            problems.push(format!(
                "/{path}: low-vision mode does not enlarge the text: {lv}"
            ));
        }
        if lv["scheme"] != "rgb(0, 0, 0)" {
            problems.push(format!("/{path}: white-on-black scheme not applied: {lv}"));
        }
        if lv["remembered"] != true {
            problems.push(format!("/{path}: low-vision mode is not remembered: {lv}"));
        }
    }
    problems.extend(search_problems(&report["searches"]));
    problems.extend(filter_problems(&report["filter"]));
    assert!(
        problems.is_empty(),
        "browser checks failed:\n{}",
        problems.join("\n")
    );
    assert!(shots.join("2016-phone.png").is_file());
}

/// What is wrong with the fonts a page loaded: a page with a chart loads
/// the cut chart font (under 80 KiB, and the browser accepts it), never
/// the whole 742 KiB TTF.
fn font_problems(path: &str, page: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    let fonts = page["fonts"].as_array().unwrap();
    for f in fonts {
        if f["url"].as_str().is_some_and(|u| u.ends_with(".ttf"))
            || f["bytes"].as_u64() > Some(80 * 1024)
        {
            problems.push(format!("/{path}: loads the font {f}"));
        }
    }
    if page["hasChart"] == true {
        if fonts.is_empty() {
            problems.push(format!("/{path}: a chart, and no chart font loaded"));
        }
        if page["chartFont"] != serde_json::json!(["loaded"]) {
            problems.push(format!("/{path}: the chart font is {}", page["chartFont"]));
        }
    }
    problems
}

/// What is wrong with the year filters `check.mjs` clicked on the demo's
/// 2016 page: cards filtered in place, the contents' counts, the address
/// and the reset button.
fn filter_problems(filter: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    let (all, filtered) = (filter["all"].as_u64(), filter["filtered"].as_u64());
    if !(filtered < all && filter["again"] == filter["all"] && filter["reset"] == filter["all"]) {
        problems.push(format!("year filters in place do not filter: {filter}"));
    }
    if filter["counted"] != filter["filtered"] || filter["countedReset"] != filter["all"] {
        problems.push(format!(
            "the contents do not count the shown events: {filter}"
        ));
    }
    let year_page = filter["urlAgain"].as_str().unwrap_or_default();
    if filter["url"] != filter["href"]
        || !year_page.ends_with("/2016/")
        || filter["urlReset"] != filter["urlAgain"]
    {
        problems.push(format!("the address does not follow the filter: {filter}"));
    }
    if filter["resetHidden"] != true {
        problems.push(format!("the reset button stays after a reset: {filter}"));
    }
    problems
}

/// What is wrong with the searches `check.mjs` ran on the demo site.
fn search_problems(searches: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    for (q, s) in searches.as_object().expect("searches by query") {
        if !s["errors"].as_array().is_some_and(Vec::is_empty) {
            problems.push(format!("search «{q}»: errors {}", s["errors"]));
        }
    }
    let titles = |q: &str| -> Vec<String> {
        searches[q]["titles"]
            .as_array()
            .map(|t| {
                t.iter()
                    .filter_map(|t| t.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let fest = &searches["книгофестивалем"];
    if !titles("книгофестивалем")
        .iter()
        .any(|t| t.contains("Книгофестиваль"))
        || fest["marks"].as_array().is_none_or(|m| m.is_empty())
    {
        problems.push(format!(
            "search «книгофестивалем» finds no marked festival: {fest}"
        ));
    }
    let many = &searches["библиотеки"];
    if titles("библиотеки").len() != 20
        || many["more"] != true
        || many["afterMore"].as_u64() <= Some(20)
        || many["focused"] != true
    {
        problems.push(format!("search «библиотеки» does not page by 20: {many}"));
    }
    let none = &searches["зюзюзюка"];
    if !titles("зюзюзюка").is_empty()
        || none["status"]
            .as_str()
            .is_none_or(|s| !s.starts_with("Ничего"))
    {
        problems.push(format!("search «зюзюзюка» finds something: {none}"));
    }
    problems
}

/// Serves `dir` on a free loopback port for the rest of the test process.
pub fn serve(dir: PathBuf) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            std::thread::spawn(move || respond(stream, &dir));
        }
    });
    port
}

fn respond(mut stream: TcpStream, dir: &Path) {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain the headers.
    let mut header = String::new();
    while reader
        .read_line(&mut header)
        .map(|n| n > 2)
        .unwrap_or(false)
    {
        header.clear();
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path);
    let mut file = dir.join(decoded.trim_start_matches('/'));
    if decoded.ends_with('/') {
        file = file.join("index.html");
    }
    let safe = !decoded.contains("..");
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if safe => ("200 OK", body, content_type(&file)),
        _ => (
            "404 Not Found",
            std::fs::read(dir.join("404.html")).unwrap_or_default(),
            "text/html; charset=utf-8",
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("xml") => "application/xml",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
