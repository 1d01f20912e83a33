//! `letopis serve`: the site in the browser while it is being edited.
//!
//! Builds into a temporary folder (the site's own `output/` is never
//! touched), serves it on loopback, watches the site's sources, rebuilds
//! what a change affects ([`rebuild`]) and tells open pages to reload, or
//! to show the error over the page while the last good build stays served.

mod affected;
mod http;
mod patch;
mod rebuild;
mod shape;
mod state;

use std::collections::BTreeSet;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::error::{Error, Message};
use crate::messages::text;
use crate::model::Options;
use crate::terminal::Terminal;
use rebuild::{Builder, Rendered};
use state::{Shared, Status};

/// What `letopis serve` was asked to do.
#[derive(Debug)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub addr: SocketAddr,
    pub open: bool,
    pub drafts: bool,
    pub verbose: bool,
}

/// The folders and file whose changes trigger a rebuild.
const WATCHED: &[&str] = &["content", "templates", "static", "themes", "i18n"];

/// Saving a file often makes several events (write, rename, attributes):
/// a rebuild waits until none came for this long.
const DEBOUNCE: Duration = Duration::from_millis(50);

/// Set by Ctrl+C, so the temporary folder is removed on the way out.
static STOP: AtomicBool = AtomicBool::new(false);

/// Serves the site until Ctrl+C.
pub fn serve(opts: &ServeOptions, term: &Terminal) -> Result<(), Error> {
    let root = std::path::absolute(&opts.root).map_err(|e| Error::io("resolve", &opts.root, e))?;
    let listener = TcpListener::bind(opts.addr).map_err(|e| {
        Error::Usage(
            crate::messages::Message::new("serve-cannot-listen")
                .arg("address", opts.addr.to_string())
                .arg("reason", e.to_string())
                .arg("port", opts.addr.port().wrapping_add(1).to_string()),
        )
    })?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::io("listen on", Path::new("socket"), e))?;
    let tmp = tempfile::Builder::new()
        .prefix("letopis-serve-")
        .tempdir()
        .map_err(|e| Error::io("create", &std::env::temp_dir(), e))?;
    let out_dir = tmp.path().join("site");
    let url = format!("http://{addr}/");
    let mut builder = Builder::new(
        root.clone(),
        out_dir.clone(),
        url.clone(),
        Options {
            drafts: opts.drafts,
        },
    );
    let shared = Arc::new(Shared::new());
    rebuild(&mut builder, &BTreeSet::new(), &shared, term, opts.verbose);

    let (tx, rx) = mpsc::channel();
    let mut watcher = watcher(tx, term)?;
    watch(watcher.as_mut(), &root)?;

    {
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || http::run(listener, out_dir, shared));
    }
    crate::platform::on_interrupt(&STOP);
    let serving = Message::new("serve-started")
        .arg("root", root.display().to_string())
        .arg("url", url.as_str());
    term.info(&serving.render(term.lang));
    if opts.verbose {
        term.info(&format!("  output in {}", tmp.path().display()));
    }
    if opts.open {
        open_browser(&url, term);
    }

    while !STOP.load(Ordering::SeqCst) {
        let Ok(first) = rx.recv_timeout(Duration::from_millis(200)) else {
            continue;
        };
        let started = Instant::now();
        let mut changed = BTreeSet::new();
        let mut new_dirs = false;
        let mut note = |ev: notify::Result<notify::Event>| {
            if let Ok(ev) = ev {
                if !matches!(ev.kind, notify::EventKind::Access(_)) {
                    for p in ev.paths {
                        if let Some(rel) = relevant(&root, &p) {
                            new_dirs |= rel.components().count() == 1 && p.is_dir();
                            changed.insert(rel);
                        }
                    }
                }
            }
        };
        note(first);
        while let Ok(ev) = rx.recv_timeout(DEBOUNCE) {
            note(ev);
        }
        if changed.is_empty() {
            continue;
        }
        if new_dirs {
            // A templates/ or static/ folder made after serve started.
            watch(watcher.as_mut(), &root)?;
        }
        let debounced = started.elapsed();
        rebuild(&mut builder, &changed, &shared, term, opts.verbose);
        if opts.verbose {
            term.info(&format!(
                "  {:.0} ms from the first change, {:.0} ms of it waiting for more",
                started.elapsed().as_secs_f64() * 1000.0,
                debounced.as_secs_f64() * 1000.0
            ));
        }
        let finishing = Instant::now();
        match builder.finish() {
            Err(e) => term.info(&format!(
                "{}: {}",
                text(term.lang, "label-error"),
                e.shown(term.lang)
            )),
            Ok(true) if opts.verbose => term.info(&format!(
                "  feeds, sitemap and search index in {:.0} ms more",
                finishing.elapsed().as_secs_f64() * 1000.0
            )),
            Ok(_) => {}
        }
    }
    term.info(&text(term.lang, "serve-stopped"));
    drop(tmp);
    Ok(())
}

/// Rebuilds, reports, and tells the pages.
fn rebuild(
    builder: &mut Builder,
    changed: &BTreeSet<PathBuf>,
    shared: &Shared,
    term: &Terminal,
    verbose: bool,
) {
    match builder.rebuild(changed) {
        Ok(report) => {
            term.diagnostics(&report.warnings);
            let file = changed.iter().next().map(|p| p.display().to_string());
            let mode = if verbose {
                format!(
                    " ({}; {:.0} ms reading the sources)",
                    match report.rendered {
                        Rendered::Everything => "everything",
                        Rendered::Affected => "only what the change affects",
                        Rendered::Patched => "only what the change affects, patched in",
                    },
                    report.loading.as_secs_f64() * 1000.0
                )
            } else {
                String::new()
            };
            let built = match file {
                Some(file) => Message::new("serve-rebuilt-after").arg("file", file),
                None => Message::new("serve-rebuilt"),
            };
            let built = built
                .arg("pages", report.pages)
                .arg("ms", format!("{:.0}", report.took.as_secs_f64() * 1000.0));
            term.info(&format!("{}{mode}", built.render(term.lang)));
            shared.publish(Status::Ok);
        }
        Err(e) => {
            let shown = match &e {
                Error::Site(diags) => {
                    term.diagnostics(diags);
                    diags
                        .iter()
                        .filter(|d| d.is_error())
                        .map(|d| d.shown(term.lang).to_string())
                        .collect::<Vec<_>>()
                        .join("\n\n")
                }
                other => {
                    let said = other.shown(term.lang);
                    term.info(&format!("{}: {said}", text(term.lang, "label-error")));
                    said
                }
            };
            term.info(&text(term.lang, "serve-kept"));
            let overlay = format!("{}\n\n{shown}", text(term.lang, "serve-overlay"));
            shared.publish(Status::Failed(overlay));
        }
    }
}

/// How often the files are looked at where change events are not trusted.
const POLL_INTERVAL: Duration = Duration::from_millis(400);

/// The system's change events where they can be trusted, else polling
/// (see [`crate::platform::NATIVE_EVENTS_TRUSTED`]). `LETOPIS_WATCH=poll`
/// or `=native` chooses: polling for a site on a network or shared disk,
/// whose events never arrive.
fn watcher(
    tx: mpsc::Sender<notify::Result<notify::Event>>,
    term: &Terminal,
) -> Result<Box<dyn Watcher>, Error> {
    let fail = cannot_watch;
    let poll = match std::env::var("LETOPIS_WATCH").as_deref() {
        Ok("poll") => true,
        Ok("native") => false,
        _ => !crate::platform::NATIVE_EVENTS_TRUSTED,
    };
    // The receiver lives as long as serve's loop.
    let send = move |ev| drop(tx.send(ev));
    if poll {
        let polling = crate::messages::Message::new("serve-polling")
            .arg("ms", POLL_INTERVAL.as_millis().to_string());
        term.info(&polling.render(term.lang));
        let config = notify::Config::default().with_poll_interval(POLL_INTERVAL);
        Ok(Box::new(
            notify::PollWatcher::new(send, config).map_err(fail)?,
        ))
    } else {
        Ok(Box::new(notify::recommended_watcher(send).map_err(fail)?))
    }
}

/// Watches site.yaml (through the root, which also sees new folders) and
/// every source folder that exists.
fn watch(watcher: &mut dyn Watcher, root: &Path) -> Result<(), Error> {
    let fail = cannot_watch;
    watcher
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(fail)?;
    for dir in WATCHED {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(fail)?;
        }
    }
    Ok(())
}

/// `path` relative to the root if a change to it matters: site.yaml or a
/// file in a watched folder, but not editors' swap and backup files.
fn relevant(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let name = rel.file_name()?.to_string_lossy();
    let hidden = rel.iter().any(|c| c.to_string_lossy().starts_with('.'));
    if hidden || name.ends_with('~') || name.ends_with(".swp") || name == "4913" {
        return None;
    }
    let first = rel.iter().next()?.to_string_lossy();
    (rel == Path::new(crate::config::CONFIG_FILE) || WATCHED.contains(&first.as_ref()))
        .then(|| rel.to_path_buf())
}

fn open_browser(url: &str, term: &Terminal) {
    let mut cmd = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    if cmd.arg(url).spawn().is_err() {
        let failed = Message::new("serve-no-browser").arg("url", url);
        term.info(&failed.render(term.lang));
    }
}

/// Why the site's files cannot be watched.
fn cannot_watch(e: notify::Error) -> Error {
    Error::Usage(crate::messages::Message::new("serve-cannot-watch").arg("reason", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_matter() {
        let root = Path::new("/site");
        let r = |p: &str| relevant(root, Path::new(p));
        assert_eq!(r("/site/site.yaml"), Some(PathBuf::from("site.yaml")));
        assert!(r("/site/content/2016/events/a.md").is_some());
        assert!(r("/site/templates/base.html").is_some());
        assert_eq!(r("/site/content/2016/events/.a.md.swp"), None);
        assert_eq!(r("/site/content/2016/events/a.md~"), None);
        assert_eq!(r("/site/output/index.html"), None);
        assert_eq!(r("/site/README.md"), None);
        assert_eq!(r("/elsewhere/site.yaml"), None);
    }
}
