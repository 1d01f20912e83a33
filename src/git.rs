//! The «last updated» day of each page, from the site's git history.
//!
//! Only when `site.yaml` sets `last_updated: true`. One `git log` reads the
//! history of the whole `content/` folder, newest commit first — never a
//! git process per file — and a file's day is that of the newest commit
//! that changed it: the committer date's calendar day in the committer's
//! own time zone, so the same history gives the same dates on any machine.
//! When git cannot tell (not installed, not a repository) the build warns
//! and the pages have no date: a missing date never stops a build.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::config::CONFIG_FILE;
use crate::error::{Diagnostic, Message};
use crate::load::CONTENT_DIR;
use crate::model::date::{Day, EventDate};
use crate::model::Site;
use crate::yaml::line_of_key;

/// Starts each commit's header in the log. Paths follow the header, so a
/// path would have to begin with this control character to be mistaken
/// for one.
const MARKER: char = '\u{1}';

/// The header of each commit: the marker, the committer date (strict ISO
/// 8601, in the committer's offset), a space and the parent hashes.
const FORMAT: &str = "--format=%x01%cI %P";

/// When each file of the site last changed, by path relative to the site.
#[derive(Debug, Default)]
pub struct History {
    /// The day of the newest commit that changed the file; None when that
    /// commit cannot date it (the oldest commit of a shallow clone lists
    /// every file, changed then or not).
    changed: HashMap<PathBuf, Option<Day>>,
}

/// Why git could not tell the dates.
#[derive(Debug, thiserror::Error)]
enum GitError {
    #[error("git is not installed, so pages get no «last updated» date")]
    Missing,
    #[error("the site is not in a git repository, so pages get no «last updated» date")]
    NotRepository,
    #[error("`git {command}` failed, so pages get no «last updated» date: {message}")]
    Failed { command: String, message: String },
}

impl GitError {
    fn into_warning(self) -> Diagnostic {
        let (message, hint) = match self {
            GitError::Missing => (
                Message::new("git-missing"),
                Message::new("git-missing-hint"),
            ),
            GitError::NotRepository => (
                Message::new("git-not-repository"),
                Message::new("git-not-repository-hint"),
            ),
            GitError::Failed { command, message } => (
                Message::new("git-failed").arg("command", command),
                Message::new("git-failed-hint").arg("detail", message),
            ),
        };
        Diagnostic::warning(CONFIG_FILE, message).with_hint(hint)
    }
}

impl History {
    /// Reads the history of `root`'s `content/`: `git rev-parse` (is this
    /// a repository, a shallow clone?), then one `git log`. When git cannot
    /// tell, an empty history and a warning saying what to do; a shallow
    /// clone gives what it can and a warning too.
    pub fn read(root: &Path) -> (History, Option<Diagnostic>) {
        match Self::try_read(root) {
            Ok((history, shallow)) => {
                let warning = shallow.then(|| {
                    Diagnostic::warning(CONFIG_FILE, Message::new("git-shallow"))
                        .with_hint(Message::new("git-shallow-hint"))
                });
                (history, warning.map(|w| at_the_switch(root, w)))
            }
            Err(e) => (
                History::default(),
                Some(at_the_switch(root, e.into_warning())),
            ),
        }
    }

    fn try_read(root: &Path) -> Result<(History, bool), GitError> {
        let shallow = git(root, "rev-parse", &["--is-shallow-repository"])?;
        let shallow = String::from_utf8_lossy(&shallow).trim() == "true";
        let log = git(
            root,
            "log",
            &[
                FORMAT,
                "--name-only",
                "-z",
                // Paths relative to the site, and only those inside it.
                "--relative",
                "--no-renames",
                "--no-show-signature",
                "--",
                CONTENT_DIR,
            ],
        )?;
        Ok((
            History {
                changed: parse_log(&log, shallow),
            },
            shallow,
        ))
    }

    /// The newest day any of `files` changed; None when none has a date.
    pub fn newest<P: AsRef<Path>>(&self, files: impl IntoIterator<Item = P>) -> Option<Day> {
        files
            .into_iter()
            .filter_map(|f| self.changed.get(f.as_ref()).copied().flatten())
            .max()
    }
}

/// Places a warning at the `last_updated:` line of `site.yaml`. The file
/// is read again only for this: warnings are rare, and the model keeps no
/// copy of it.
fn at_the_switch(root: &Path, warning: Diagnostic) -> Diagnostic {
    let source = std::fs::read_to_string(root.join(CONFIG_FILE)).unwrap_or_default();
    match line_of_key(&source, "last_updated") {
        Some(line) => warning.at(&source, line, 1),
        None => warning,
    }
}

/// Runs `git -C root command args…` and returns its standard output.
fn git(root: &Path, command: &str, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg(command)
        .args(args)
        // English messages, to tell "not a repository" from other failures.
        .env("LC_ALL", "C")
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => GitError::Missing,
            _ => GitError::Failed {
                command: command.to_string(),
                message: e.to_string(),
            },
        })?;
    if out.status.success() {
        return Ok(out.stdout);
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("not a git repository") {
        return Err(GitError::NotRepository);
    }
    let message: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Err(GitError::Failed {
        command: command.to_string(),
        message: if message.is_empty() {
            out.status.to_string()
        } else {
            message.join(" ")
        },
    })
}

/// Reads the output of `git log` with [`FORMAT`], `--name-only` and `-z`:
/// each commit is a header (marker, date, parents) ended by NUL, then its
/// paths, each ended by NUL, the first after a newline. Commits come
/// newest first, so a path's first commit is its newest.
///
/// In a `shallow` clone, a commit without parents is the cut-off point,
/// whose list holds every file: the files first seen there get no day.
fn parse_log(log: &[u8], shallow: bool) -> HashMap<PathBuf, Option<Day>> {
    let mut changed = HashMap::new();
    let mut day = None;
    let mut after_header = false;
    for token in log.split(|&b| b == 0) {
        let token = String::from_utf8_lossy(token);
        if let Some(header) = token.strip_prefix(MARKER) {
            let (date, parents) = header.split_once(' ').unwrap_or((header, ""));
            let cut_off = shallow && parents.trim().is_empty();
            day = if cut_off { None } else { commit_day(date) };
            after_header = true;
            continue;
        }
        let path = match token.strip_prefix('\n') {
            Some(path) if after_header => path,
            _ => &token,
        };
        after_header = false;
        if !path.is_empty() {
            changed.entry(PathBuf::from(path)).or_insert(day);
        }
    }
    changed
}

/// The calendar day of a strict ISO 8601 date and time,
/// `2024-03-12T23:30:00+05:00`, in its own offset.
fn commit_day(iso: &str) -> Option<Day> {
    let date = iso.split_once('T').map_or(iso, |(date, _)| date);
    match date.parse::<EventDate>() {
        Ok(EventDate::Day(day)) => Some(day),
        _ => None,
    }
}

/// Dates the events, pages and years of `site` from `history` when
/// `site.yaml` turns `last_updated` on; otherwise they keep no date. An
/// event changes with its file, photos and other files; a year page with
/// its `_index.md`, its `stats.yaml` and its events.
pub fn attach(site: &mut Site, history: &History) {
    if !site.config.last_updated {
        return;
    }
    for ev in &mut site.events {
        let photos = ev.photos.iter().map(|p| p.file.as_path());
        let assets = ev.assets.iter().map(PathBuf::as_path);
        ev.updated = history.newest(
            std::iter::once(ev.file.as_path())
                .chain(photos)
                .chain(assets),
        );
    }
    for page in &mut site.pages {
        page.updated = history.newest([&page.file]);
    }
    for year in &mut site.years {
        let dir = Path::new(CONTENT_DIR).join(year.year.to_string());
        let own = history.newest([dir.join("_index.md"), dir.join("stats.yaml")]);
        let events = year.events.iter().filter_map(|&i| site.events[i].updated);
        year.updated = own.into_iter().chain(events).max();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<Day> {
        commit_day(s)
    }

    /// A log as git writes it: header, NUL, newline, then NUL-ended paths.
    fn log(commits: &[(&str, &str, &[&str])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (date, parents, paths) in commits {
            out.extend(format!("{MARKER}{date} {parents}\0").bytes());
            for (n, p) in paths.iter().enumerate() {
                if n == 0 {
                    out.push(b'\n');
                }
                out.extend(p.bytes());
                out.push(0);
            }
        }
        out
    }

    #[test]
    fn the_newest_commit_of_each_path_wins() {
        let text = log(&[
            ("2024-04-01T10:00:00Z", "aaa", &["content/2016/events/a.md"]),
            // A merge lists no paths.
            ("2024-03-20T09:00:00+03:00", "bbb ccc", &[]),
            (
                "2024-03-12T23:30:00+05:00",
                "",
                &[
                    "content/2016/events/a.md",
                    "content/2016/events/Доктор Книга.md",
                ],
            ),
        ]);
        let changed = parse_log(&text, false);
        assert_eq!(changed.len(), 2);
        let history = History { changed };
        assert_eq!(
            history.newest(["content/2016/events/a.md"]),
            day("2024-04-01")
        );
        // The committer's own day, not UTC's (which is still the 12th).
        assert_eq!(
            history.newest(["content/2016/events/Доктор Книга.md"]),
            day("2024-03-12")
        );
        assert_eq!(history.newest(["content/2016/events/b.md"]), None);
        assert_eq!(
            history.newest([
                "content/2016/events/b.md",
                "content/2016/events/Доктор Книга.md",
                "content/2016/events/a.md",
            ]),
            day("2024-04-01")
        );
    }

    #[test]
    fn days_are_the_committers_own() {
        assert_eq!(
            commit_day("2024-03-12T23:30:00+05:00").map(|d| d.to_string()),
            Some("2024-03-12".to_string())
        );
        assert_eq!(
            commit_day("2024-12-31T23:59:59-11:00").map(|d| d.to_string()),
            Some("2024-12-31".to_string())
        );
        assert_eq!(commit_day("0999-01-01T00:00:00Z"), None);
        assert_eq!(commit_day("garbage"), None);
        assert_eq!(commit_day(""), None);
    }

    #[test]
    fn a_shallow_clones_cut_off_commit_dates_nothing() {
        let text = log(&[
            ("2024-04-01T10:00:00Z", "aaa", &["content/a.md"]),
            (
                "2024-03-12T10:00:00Z",
                "",
                &["content/a.md", "content/b.md"],
            ),
        ]);
        let history = History {
            changed: parse_log(&text, true),
        };
        assert_eq!(history.newest(["content/a.md"]), day("2024-04-01"));
        assert_eq!(history.newest(["content/b.md"]), None);
        // In a full clone the parentless commit is the first one: it dates.
        let history = History {
            changed: parse_log(&text, false),
        };
        assert_eq!(history.newest(["content/b.md"]), day("2024-03-12"));
    }

    #[test]
    fn odd_input_is_not_a_crash() {
        for text in [
            &b""[..],
            b"\0\0",
            b"\x01\0",
            b"\x01not a date\0\ncontent/a.md\0",
            b"content/a.md\0",
            b"\xff\xfe\0\x01\xff\0\n\xff\0",
        ] {
            let changed = parse_log(text, false);
            assert!(changed.values().all(Option::is_none), "{text:?}");
        }
    }

    #[test]
    fn a_commit_with_a_bad_date_still_claims_its_paths() {
        // An older commit must not date a file its newest commit changed.
        let text = log(&[
            ("not a date", "aaa", &["content/a.md"]),
            ("2024-03-12T10:00:00Z", "", &["content/a.md"]),
        ]);
        let history = History {
            changed: parse_log(&text, false),
        };
        assert_eq!(history.newest(["content/a.md"]), None);
    }
}
