//! A small HTTP/1.1 server for `letopis serve`, on `std::net`.
//!
//! It serves GET and HEAD for files under one folder, and one event stream
//! (`/__letopis/events`, server-sent events) that tells open pages to
//! reload or to show the build error. A thread per connection is plenty
//! for one editor's browser tabs, and keeps the server free of an async
//! runtime. Nothing outside the folder is served: the path is decoded
//! first and any `..`, backslash or NUL refused. Every request is
//! bounded (8 KiB lines, 100 headers, 64 connections), a `Host` that is not
//! this machine is refused (DNS rebinding), and a redirect never leaves
//! the host.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use super::state::{Shared, Status};
use crate::links::percent_decode;

/// The event stream's path; the injected script connects to it.
pub const EVENTS_PATH: &str = "/__letopis/events";

/// Injected before `</body>` of every HTML page served (never written to
/// the output): reloads on `reload`, shows an overlay on `build-error`.
const SCRIPT: &str = include_str!("reload.js");

/// How often an idle event stream sends a comment, to notice closed tabs.
const KEEPALIVE: Duration = Duration::from_secs(15);

/// Connections served at once; more are answered 503 and closed. One
/// editor's tabs need a few (each holds an event stream).
const MAX_CONNECTIONS: usize = 64;

/// The longest request line or header line read (longer: 414 or 431).
const MAX_LINE: usize = 8 * 1024;

/// Header lines read per request.
const MAX_HEADERS: usize = 100;

/// Accepts connections until the process ends. A connection that cannot
/// get a thread (or one past [`MAX_CONNECTIONS`]) is answered 503; the
/// loop never stops on it.
pub fn run(listener: TcpListener, dir: PathBuf, shared: Arc<Shared>) {
    let bound = listener.local_addr().ok();
    let open = Arc::new(AtomicUsize::new(0));
    for mut stream in listener.incoming().flatten() {
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            let _ = respond(&mut stream, 503, "text/plain", b"busy\n", true);
            continue;
        }
        let dir = dir.clone();
        let shared = Arc::clone(&shared);
        let count = Arc::clone(&open);
        let spawned = std::thread::Builder::new().spawn(move || {
            // A client that hangs up mid-request is not our problem.
            let _ = handle(stream, &dir, &shared, bound);
            count.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            // The stream went with the closure and is closed.
            open.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// A line of at most [`MAX_LINE`] bytes, or None if it is longer.
fn read_line(reader: &mut impl BufRead) -> std::io::Result<Option<String>> {
    let mut line = Vec::new();
    reader
        .take(MAX_LINE as u64 + 1)
        .read_until(b'\n', &mut line)?;
    if line.len() > MAX_LINE {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&line).into_owned()))
}

/// The request line and the `Host` header, or the status that refuses
/// the request.
fn read_head(reader: &mut impl BufRead) -> std::io::Result<Result<(String, String), u16>> {
    let Some(request_line) = read_line(reader)? else {
        return Ok(Err(414));
    };
    let mut host = String::new();
    for _ in 0..MAX_HEADERS {
        let Some(line) = read_line(reader)? else {
            return Ok(Err(431));
        };
        if line.trim().is_empty() {
            return Ok(Ok((request_line, host)));
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("host") {
                host = value.trim().to_string();
            }
        }
    }
    Ok(Err(431))
}

/// Whether `host` (a `Host` header) names this server: `localhost`, the
/// address it is bound to, or any IP address (a phone on the same network
/// uses one). Any other name is what a DNS-rebinding page sends; no
/// `Host` at all is no browser's request (tools, HTTP/1.0) and passes.
fn host_allowed(host: &str, bound: Option<SocketAddr>) -> bool {
    if host.is_empty() {
        return true;
    }
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(n, _)| n),
    };
    name.eq_ignore_ascii_case("localhost")
        || name.parse::<IpAddr>().is_ok()
        || bound.is_some_and(|b| b.ip().to_string() == name)
}

fn handle(
    mut stream: TcpStream,
    dir: &Path,
    shared: &Shared,
    bound: Option<SocketAddr>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let (request_line, host) = match read_head(&mut reader)? {
        Ok(head) => head,
        Err(status) => return respond(&mut stream, status, "text/plain", b"too long\n", true),
    };
    if !host_allowed(&host, bound) {
        return respond(&mut stream, 421, "text/plain", b"unknown host\n", true);
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, 405, "text/plain", b"only GET and HEAD\n", true);
    }
    let head_only = method == "HEAD";
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH {
        return events(stream, shared);
    }
    match resolve(dir, path) {
        Resolved::File(file) => {
            let bytes = std::fs::read(&file)?;
            let kind = content_type(&file);
            let body = if kind.starts_with("text/html") {
                inject(bytes)
            } else {
                bytes
            };
            respond(&mut stream, 200, kind, &body, !head_only)
        }
        Resolved::Redirect(to) => {
            let head = format!(
                "HTTP/1.1 301 Moved Permanently\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes())
        }
        Resolved::Forbidden => respond(&mut stream, 403, "text/plain", b"forbidden\n", !head_only),
        Resolved::NotFound => {
            let page = std::fs::read(dir.join("404.html"))
                .map(inject)
                .unwrap_or_else(|_| {
                    // No build yet (the first one failed): a blank page
                    // that still shows the error overlay.
                    inject(
                        b"<!DOCTYPE html><title>letopis</title><body><p>Not found.</p></body>"
                            .to_vec(),
                    )
                });
            respond(
                &mut stream,
                404,
                "text/html; charset=utf-8",
                &page,
                !head_only,
            )
        }
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    kind: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        _ => "Service Unavailable",
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// The event stream: the current state at once, then every change.
fn events(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n",
    )?;
    let (mut seen, status) = shared.current();
    if let Status::Failed(text) = &status {
        send(&mut stream, "build-error", text)?;
    } else {
        stream.write_all(b": connected\n\n")?;
    }
    stream.flush()?;
    loop {
        match shared.wait_change(seen, KEEPALIVE) {
            Some((generation, status)) => {
                seen = generation;
                match status {
                    Status::Ok => send(&mut stream, "reload", "")?,
                    Status::Failed(text) => send(&mut stream, "build-error", &text)?,
                }
            }
            None => stream.write_all(b": ping\n\n")?,
        }
        stream.flush()?;
    }
}

/// One server-sent event; every line of `data` gets its own `data:`.
fn send(stream: &mut TcpStream, event: &str, data: &str) -> std::io::Result<()> {
    let mut msg = format!("event: {event}\n");
    for line in data.split('\n') {
        msg.push_str("data: ");
        msg.push_str(line);
        msg.push('\n');
    }
    msg.push('\n');
    stream.write_all(msg.as_bytes())
}

/// What a request path names.
#[derive(Debug, PartialEq, Eq)]
enum Resolved {
    File(PathBuf),
    /// A folder asked for without its trailing slash.
    Redirect(String),
    Forbidden,
    NotFound,
}

/// Maps a URL path to a file under `dir`, refusing anything that could
/// leave it.
fn resolve(dir: &Path, url_path: &str) -> Resolved {
    let Some(decoded) = percent_decode(url_path) else {
        return Resolved::NotFound;
    };
    if decoded.contains(['\\', '\0']) {
        return Resolved::Forbidden;
    }
    let rel = Path::new(decoded.trim_start_matches('/'));
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return Resolved::Forbidden;
    }
    let path = dir.join(rel);
    if path.is_dir() {
        if !url_path.ends_with('/') {
            // One leading slash only: `//evil.example` would send the
            // browser to another host.
            return Resolved::Redirect(format!("/{}/", url_path.trim_start_matches('/')));
        }
        return match path.join("index.html") {
            p if p.is_file() => Resolved::File(p),
            _ => Resolved::NotFound,
        };
    }
    if path.is_file() {
        Resolved::File(path)
    } else {
        Resolved::NotFound
    }
}

/// Puts the live-reload script into an HTML page.
fn inject(html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script>{SCRIPT}</script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("2016")).unwrap();
        std::fs::write(dir.path().join("2016/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("a b.css"), "x").unwrap();
        let r = |p: &str| resolve(dir.path(), p);
        assert_eq!(
            r("/2016/"),
            Resolved::File(dir.path().join("2016/index.html"))
        );
        assert_eq!(r("/2016"), Resolved::Redirect("/2016/".into()));
        assert_eq!(r("/a%20b.css"), Resolved::File(dir.path().join("a b.css")));
        assert_eq!(r("/../etc/passwd"), Resolved::Forbidden);
        assert_eq!(r("/%2e%2e/etc/passwd"), Resolved::Forbidden);
        assert_eq!(r("/2016/%2E%2E/%2E%2E/x"), Resolved::Forbidden);
        assert_eq!(r("/..%5cx"), Resolved::Forbidden);
        assert_eq!(r("/nope.html"), Resolved::NotFound);
        std::fs::create_dir(dir.path().join("evil.example")).unwrap();
        assert_eq!(
            r("//evil.example"),
            Resolved::Redirect("/evil.example/".into())
        );
    }

    #[test]
    fn only_local_names_and_addresses_are_served() {
        let bound: SocketAddr = "127.0.0.1:1111".parse().unwrap();
        for ok in [
            "localhost:1111",
            "127.0.0.1:1111",
            "[::1]:1111",
            "192.168.1.5:1111",
            "LOCALHOST",
        ] {
            assert!(host_allowed(ok, Some(bound)), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
        ] {
            assert!(!host_allowed(bad, Some(bound)), "{bad}");
        }
    }

    #[test]
    fn long_lines_and_foreign_hosts_are_refused_and_the_server_lives_on() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<body>ok</body>").unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let root = dir.path().to_path_buf();
        std::thread::spawn(move || run(listener, root, Arc::new(Shared::new())));
        let ask = |request: &[u8]| {
            let mut s = TcpStream::connect(addr).unwrap();
            // The server may answer and close before all is sent.
            let _ = s.write_all(request);
            let mut answer = String::new();
            let _ = s.read_to_string(&mut answer);
            answer.lines().next().unwrap_or("").to_string()
        };
        let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_LINE * 4));
        assert!(ask(long.as_bytes()).contains("414"));
        let header = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "b".repeat(MAX_LINE * 2));
        assert!(ask(header.as_bytes()).contains("431"));
        assert!(ask(b"GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n").contains("421"));
        let local = format!("GET / HTTP/1.1\r\nHost: {addr}\r\n\r\n");
        assert!(ask(local.as_bytes()).contains("200"));
    }

    #[test]
    fn script_goes_before_the_last_body_end() {
        let out = String::from_utf8(inject(b"<body>a</BODY>".to_vec())).unwrap();
        assert!(out.starts_with("<body>a<script>"));
        assert!(out.ends_with("</script></BODY>"));
    }
}
