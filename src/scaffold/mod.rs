//! `letopis init` and `letopis new`: starting a site and adding events.
//!
//! Both only ever create files: they refuse a folder that is not empty and
//! a file that exists, so nothing an editor wrote is ever overwritten.

mod new;

use std::path::{Path, PathBuf};

pub use new::{new_event, NewEvent};

use crate::error::Error;
use crate::model::date::Day;

/// The files of a new site: path, then text with `{{YEAR}}` and `{{DATE}}`
/// standing for today's year and date, `{{VERSION}}`, `{{REPOSITORY}}` and
/// `{{LINUX_ARCHIVE}}` for this letopis's version, its repository and the
/// name of its Linux release archive (see [`release_archive`]).
const SITE: &[(&str, &str)] = &[
    ("site.yaml", include_str!("site/site.yaml")),
    (".gitignore", include_str!("site/gitignore")),
    ("РЕДАКТОРАМ.md", include_str!("site/editors.md")),
    ("content/_index.md", include_str!("site/home.md")),
    ("content/{{YEAR}}/_index.md", include_str!("site/year.md")),
    (
        "content/{{YEAR}}/stats.yaml",
        include_str!("site/stats.yaml"),
    ),
    (
        "content/{{YEAR}}/events/pervoe-sobytie.md",
        include_str!("site/event.md"),
    ),
    (
        ".github/workflows/pages.yml",
        include_str!("site/github-pages.yml"),
    ),
    (".gitlab-ci.yml", include_str!("site/gitlab-ci.yml")),
];

/// Creates a new site in `dir`, which must not exist or be empty. Returns
/// the files written, relative to `dir`.
pub fn init(dir: &Path, today: Day) -> Result<Vec<PathBuf>, Error> {
    if dir.is_file() {
        return Err(Error::Usage(
            crate::messages::Message::new("init-is-file").arg("dir", dir.display().to_string()),
        ));
    }
    if dir.is_dir() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io("read", dir, e))?;
        if entries.next().is_some() {
            return Err(Error::Usage(
                crate::messages::Message::new("init-not-empty")
                    .arg("dir", dir.display().to_string()),
            ));
        }
    }
    let fill = |s: &str| {
        s.replace("{{YEAR}}", &today.year().to_string())
            .replace("{{DATE}}", &today.to_string())
            .replace("{{VERSION}}", env!("CARGO_PKG_VERSION"))
            .replace("{{REPOSITORY}}", env!("CARGO_PKG_REPOSITORY"))
            .replace("{{LINUX_ARCHIVE}}", &release_archive(LINUX_TARGET))
    };
    let mut written = Vec::new();
    for (rel, text) in SITE {
        let rel = PathBuf::from(fill(rel));
        create_new(&dir.join(&rel), fill(text).as_bytes())?;
        written.push(rel);
    }
    Ok(written)
}

/// The target whose release archive the CI files `init` writes download:
/// static, so it runs on any Linux runner image.
pub const LINUX_TARGET: &str = "x86_64-unknown-linux-musl";

/// The name of this version's release archive for `target`, as
/// `.github/workflows/release.yml` names it: a zip for Windows, a gzipped
/// tar elsewhere, each with a `<name>.sha256` beside it.
pub fn release_archive(target: &str) -> String {
    let ext = if target.contains("windows") {
        "zip"
    } else {
        "tar.gz"
    };
    format!("letopis-{}-{target}.{ext}", env!("CARGO_PKG_VERSION"))
}

/// Writes a file that must not exist yet (folders created).
pub(crate) fn create_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    use std::io::Write;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|e| Error::io("create", path, e))
}

/// Today's date (UTC) from the system clock.
pub fn today() -> Day {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    day_from_unix_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The civil date of a day count since 1970-01-01 (H. Hinnant's
/// `civil_from_days`).
fn day_from_unix_days(days: i64) -> Day {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    // The arithmetic yields real dates; clamping only matters for a clock
    // set outside the years 1000..=9999.
    Day::clamped(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(day_from_unix_days(0).to_string(), "1970-01-01");
        assert_eq!(day_from_unix_days(19_783).to_string(), "2024-03-01");
        assert_eq!(day_from_unix_days(20_416).to_string(), "2025-11-24");
    }

    #[test]
    fn init_refuses_a_folder_with_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "x").unwrap();
        assert!(matches!(init(dir.path(), today()), Err(Error::Usage(_))));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
            "x"
        );
    }
}
