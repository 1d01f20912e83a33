// Unix only for now: the tests stop serve with Ctrl+C, which cannot be sent
// to a child in Wine's console-less test run (GenerateConsoleCtrlEvent
// reaches nothing). tests/windows.rs checks, there too, that a saved edit
// is rebuilt.
#![cfg(unix)]
//! `letopis serve`: started on a free port, driven with plain HTTP over a
//! TcpStream, edited, broken, fixed and stopped. Every wait is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::common::Site;

const EVENT: &str = "content/2016/events/a.md";
const WAIT: Duration = Duration::from_secs(20);

/// A running `letopis serve`, stopped with Ctrl+C when dropped.
struct Server {
    child: Child,
    port: u16,
    /// What it prints after starting.
    lines: mpsc::Receiver<String>,
}

impl Server {
    fn start(site: &Site) -> Server {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_letopis"));
        cmd.args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .stderr(Stdio::piped());
        #[cfg(windows)]
        {
            // A process group of its own, so Ctrl+Break reaches it alone.
            use std::os::windows::process::CommandExt;
            cmd.creation_flags(windows_sys::Win32::System::Threading::CREATE_NEW_PROCESS_GROUP);
        }
        let mut child = cmd.spawn().expect("start letopis serve");
        let stderr = child.stderr.take().expect("stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            // Keeps reading after the address is found: a closed pipe
            // would make the server's next message fail.
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + WAIT;
        let port = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).expect("serve printed its address");
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                break rest
                    .split('/')
                    .next()
                    .and_then(|p| p.parse().ok())
                    .expect("port");
            }
        };
        Server {
            child,
            port,
            lines: rx,
        }
    }

    /// GET `path`: the status and the body.
    fn get(&self, path: &str) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        s.set_read_timeout(Some(WAIT)).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).expect("response");
        let status = text[9..12].parse().expect("status");
        let body = text.split_once("\r\n\r\n").map(|x| x.1).unwrap_or("");
        (status, body.to_string())
    }

    /// The next line it prints that contains `needle`.
    fn line_with(&self, needle: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self.lines.recv_timeout(left).expect("serve printed it");
            if line.contains(needle) {
                return line;
            }
        }
    }

    /// The titles of the cards on the page at `path`.
    fn card_titles(&self, path: &str) -> Vec<String> {
        let page = scraper::Html::parse_document(&self.get(path).1);
        let sel = scraper::Selector::parse(".card-title").unwrap();
        page.select(&sel).map(|e| e.text().collect()).collect()
    }

    /// Opens the live-reload event stream.
    fn events(&self) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        s.set_read_timeout(Some(WAIT)).unwrap();
        write!(
            s,
            "GET /__letopis/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        Events(BufReader::new(s))
    }

    /// Ctrl+C, then waits (bounded) for a clean exit.
    fn stop(mut self) -> i32 {
        interrupt(&self.child);
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < deadline, "serve did not stop");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(windows)]
fn interrupt(child: &Child) {
    // What a console sends on Ctrl+Break (Ctrl+C cannot be sent to another
    // process group); serve handles both alike.
    // SAFETY: plain values; the child leads its own process group.
    unsafe {
        windows_sys::Win32::System::Console::GenerateConsoleCtrlEvent(
            windows_sys::Win32::System::Console::CTRL_BREAK_EVENT,
            child.id(),
        );
    }
}

#[cfg(unix)]
fn interrupt(child: &Child) {
    let pid = i32::try_from(child.id()).unwrap();
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(pid, libc::SIGINT);
    }
}

struct Events(BufReader<TcpStream>);

impl Events {
    /// Reads until an event named `name` arrives; returns its data.
    fn next(&mut self, name: &str) -> String {
        loop {
            let (event, data) = self.any();
            if event == name {
                return data;
            }
        }
    }

    /// The next event: its name and data.
    fn any(&mut self) -> (String, String) {
        let mut current = String::new();
        let mut data = Vec::new();
        loop {
            let mut line = String::new();
            let n = self.0.read_line(&mut line).expect("event stream");
            assert!(n > 0, "event stream closed");
            let line = line.trim_end_matches(['\r', '\n']);
            if let Some(ev) = line.strip_prefix("event: ") {
                current = ev.to_string();
                data.clear();
            } else if let Some(d) = line.strip_prefix("data: ") {
                data.push(d.to_string());
            } else if line.is_empty() && !current.is_empty() {
                return (current, data.join("\n"));
            }
        }
    }

    /// Reads the response head and the first comment: the stream is live.
    fn wait_connected(&mut self) {
        loop {
            let mut line = String::new();
            assert!(self.0.read_line(&mut line).expect("stream") > 0);
            if line.starts_with(": connected") {
                return;
            }
        }
    }
}

fn write_event(site: &Site, front: &str, body: &str) {
    write_event_to(site, EVENT, front, body);
}

/// Writes the event file `rel` as editors save: to a temporary name, then
/// renamed (`sed -i` uses a name like this one, not hidden).
fn write_event_to(site: &Site, rel: &str, front: &str, body: &str) {
    let tmp = site.root().join("content/2016/events/sedX1b2c3");
    std::fs::write(&tmp, format!("---\n{front}\n---\n{body}\n")).unwrap();
    std::fs::rename(tmp, site.root().join(rel)).unwrap();
}

#[test]
fn serve_reloads_on_edit_shows_errors_and_stops() {
    let site = Site::new();
    site.event(
        EVENT,
        "title: Викторина\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Первая версия.",
    );
    site.event(
        "content/2016/events/b.md",
        "title: Выставка\ndate: 2016-05-05\nlibrary: ЦДБ",
        "Другое.",
    );
    let server = Server::start(&site);

    let (status, page) = server.get("/2016/a/");
    assert_eq!(status, 200);
    assert!(page.contains("Первая версия."), "{page}");
    assert!(page.contains("/__letopis/events"), "no live-reload script");
    assert!(
        !site.output().exists(),
        "serve must not touch the site's output/"
    );
    assert_eq!(server.get("/../site.yaml").0, 403);
    assert_eq!(server.get("/%2e%2e/site.yaml").0, 403);
    assert_eq!(server.get("/2016/nope/").0, 404);

    let mut events = server.events();
    events.wait_connected();
    write_event(
        &site,
        "title: Викторина\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Вторая версия.",
    );
    events.next("reload");
    let (_, page) = server.get("/2016/a/");
    assert!(page.contains("Вторая версия."), "{page}");
    // The year's list shows the event's new card as well.
    write_event(
        &site,
        "title: Викторина знатоков\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Вторая версия.",
    );
    events.next("reload");
    assert!(server.get("/2016/").1.contains("Викторина знатоков"));

    // A mistake: the overlay gets the message and the file; the last good
    // page stays served.
    write_event(
        &site,
        "title: Викторина\ndate: 2016-02-30\nlibrary: ЦДБ",
        "Третья версия.",
    );
    let overlay = events.next("build-error");
    assert!(
        overlay.starts_with("Летопись: сайт не удалось пересобрать."),
        "{overlay}"
    );
    assert!(overlay.contains(EVENT), "{overlay}");
    assert!(overlay.contains("в феврале 2016 года 29 дней"), "{overlay}");
    assert!(server.get("/2016/a/").1.contains("Вторая версия."));
    // A page opened now gets the error at once.
    let mut late = server.events();
    assert!(late.next("build-error").contains(EVENT));

    write_event(
        &site,
        "title: Викторина\ndate: 2016-02-28\nlibrary: ЦДБ",
        "Исправлено.",
    );
    events.next("reload");
    assert!(server.get("/2016/a/").1.contains("Исправлено."));

    assert_eq!(server.stop(), 0);
}

#[test]
fn a_text_edit_renders_one_page_but_never_hides_an_error() {
    let site = Site::new();
    let front = "title: Викторина\ndate: 2016-04-04\nlibrary: ЦДБ\nsummary: Итоги";
    site.event(EVENT, front, "Первый абзац.\n\nВторой абзац.");
    site.event(
        "content/2016/events/b.md",
        "title: Выставка\ndate: 2016-05-05\nlibrary: ЦДБ",
        "Другое.",
    );
    let server = Server::start(&site);
    let mut events = server.events();
    events.wait_connected();

    // Only the text changed: its own page, nothing else.
    write_event(&site, front, "Первый абзац.\n\nВторой абзац, исправленный.");
    events.next("reload");
    assert!(server.line_with("Собрано страниц: 1 ").contains(EVENT));
    assert!(server.get("/2016/a/").1.contains("исправленный"));

    // With another file broken, the same kind of edit must not clear the
    // error: it goes the whole way and reports it again.
    std::fs::write(
        site.root().join("content/2016/events/b.md"),
        "---\ntitle: Выставка\ndate: 2016-02-30\nlibrary: ЦДБ\n---\nДругое.\n",
    )
    .unwrap();
    assert!(events.next("build-error").contains("b.md"));
    write_event(&site, front, "Первый абзац.\n\nТретья версия.");
    let (event, data) = events.any();
    assert_eq!(event, "build-error", "{data}");
    assert!(data.contains("b.md"), "{data}");
    assert_eq!(server.stop(), 0);
}

#[test]
fn edits_reach_the_right_page_of_a_paged_term() {
    let site = Site::with_config(&format!("{}paginate: 2\n", crate::common::SITE_YAML));
    let write = |n: u32, title: &str, day: u32| {
        let front = format!("title: \"{title}\"\ndate: 2016-03-0{day}\nlibrary: ЦДБ");
        write_event_to(
            &site,
            &format!("content/2016/events/e{n}.md"),
            &front,
            "Текст.",
        );
    };
    for n in 1..=5 {
        site.event(
            &format!("content/2016/events/e{n}.md"),
            &format!("title: \"Событие {n}\"\ndate: 2016-03-0{n}\nlibrary: ЦДБ"),
            "Текст.",
        );
    }
    let server = Server::start(&site);
    let mut events = server.events();
    events.wait_connected();
    let titles = |path: &str| server.card_titles(path);
    // A new title in the same place: the page that lists it.
    write(4, "Событие четыре", 4);
    events.next("reload");
    assert_eq!(titles("/libraries/tsdb/"), ["Событие 5", "Событие четыре"]);
    // A new date moves it: every page of the list changes.
    write(1, "Событие 1", 9);
    events.next("reload");
    assert_eq!(titles("/libraries/tsdb/"), ["Событие 1", "Событие 5"]);
    assert_eq!(
        titles("/libraries/tsdb/page/2/"),
        ["Событие четыре", "Событие 3"]
    );
    assert_eq!(titles("/libraries/tsdb/page/3/"), ["Событие 2"]);
    assert_eq!(server.stop(), 0);
}

#[test]
fn a_title_that_changes_the_order_reorders_the_lists() {
    let site = Site::with_config(&format!("{}paginate: 1\n", crate::common::SITE_YAML));
    let front = |title: &str| format!("title: \"{title}\"\ndate: 2016-03-01\nlibrary: ЦДБ");
    site.event("content/2016/events/a.md", &front("Альфа"), "Текст.");
    site.event("content/2016/events/b.md", &front("Бета"), "Текст.");
    let server = Server::start(&site);
    let mut events = server.events();
    events.wait_connected();
    let title = |path: &str| server.card_titles(path).join(", ");
    assert_eq!(title("/libraries/tsdb/"), "Бета");
    // Same date: the title decides the order, and «Яблоко» now sorts last.
    write_event(&site, &front("Яблоко"), "Текст.");
    events.next("reload");
    assert_eq!(title("/libraries/tsdb/"), "Яблоко");
    assert_eq!(title("/libraries/tsdb/page/2/"), "Бета");
    // A new title in the same place: the page that shows it.
    write_event(&site, &front("Яблоня"), "Текст.");
    events.next("reload");
    assert_eq!(title("/libraries/tsdb/"), "Яблоня");
    assert!(server.get("/2016/").1.contains("Яблоня"));
    assert_eq!(server.stop(), 0);
}
