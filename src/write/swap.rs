//! The swap where the system cannot exchange two folders in one step
//! (Windows, and FAT or network disks elsewhere): three renames, made
//! recoverable.
//!
//! The output is moved aside under a fixed name, the new one is moved in,
//! and the old one becomes the staging folder to recycle. A build killed
//! between the first two renames leaves no output folder for a moment, but
//! the previous output is whole under the aside name, and the next build
//! (or any `Output::begin`) puts it back before doing anything else.
//!
//! Windows refuses to rename a folder while another program has a file in
//! it open (an antivirus scanning the new pages, Explorer's preview, a
//! server reading a page), for a moment: such refusals are retried.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{recycle, MARKER};
use crate::error::Error;

/// Where the previous output waits while the new one is moved in.
fn aside(target: &Path) -> PathBuf {
    let mut name = OsString::from(".");
    name.push(target.file_name().unwrap_or_else(|| "output".as_ref()));
    name.push(".letopis-previous");
    target.with_file_name(name)
}

/// Swaps `staging` in for `target`; `staging` then holds the old output.
pub fn by_renames(staging: &Path, target: &Path) -> Result<(), Error> {
    let aside = aside(target);
    rename(target, &aside)?;
    if let Err(e) = rename(staging, target) {
        // Put the previous output back; if even that fails, the next build
        // does it (`recover`).
        let _ = rename(&aside, target);
        return Err(e);
    }
    rename(&aside, staging)
}

/// Undoes what a build killed in [`by_renames`] left: the previous output
/// aside and no output, or (killed after the second rename) the replaced
/// output still aside.
pub fn recover(target: &Path) -> Result<(), Error> {
    let aside = aside(target);
    if !aside.join(MARKER).is_file() {
        return Ok(());
    }
    if target.exists() {
        let parent = target.parent().unwrap_or(Path::new("."));
        let name = target.file_name().map(OsString::from).unwrap_or_default();
        recycle::keep(&aside, parent, &name)
    } else {
        rename(&aside, target)
    }
}

/// `std::fs::rename`, retried for up to about three seconds while Windows
/// says a file in the folder is in use.
fn rename(from: &Path, to: &Path) -> Result<(), Error> {
    let mut wait = Duration::from_millis(10);
    loop {
        match std::fs::rename(from, to) {
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied && wait.as_secs() < 2 => {
                std::thread::sleep(wait);
                wait *= 2;
            }
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                return Err(Error::Usage(
                    crate::messages::Message::new("output-busy")
                        .arg("from", from.display().to_string())
                        .arg("to", to.display().to_string())
                        .arg("reason", e.to_string()),
                ))
            }
            result => return result.map_err(|e| Error::io("move", from, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir_with(path: &Path, file: &str, text: &str) {
        std::fs::create_dir_all(path).unwrap();
        std::fs::write(path.join(MARKER), "").unwrap();
        std::fs::write(path.join(file), text).unwrap();
    }

    #[test]
    fn swaps_and_leaves_the_old_output_in_staging() {
        let dir = tempfile::tempdir().unwrap();
        let (staging, target) = (dir.path().join(".output.new"), dir.path().join("output"));
        dir_with(&staging, "new.html", "new");
        dir_with(&target, "old.html", "old");
        by_renames(&staging, &target).unwrap();
        assert!(target.join("new.html").is_file());
        assert!(staging.join("old.html").is_file());
        assert!(!aside(&target).exists());
    }

    #[test]
    fn a_build_killed_between_the_renames_gets_its_output_back() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        // Killed after the first rename: no output, the previous one aside.
        dir_with(&aside(&target), "index.html", "previous");
        recover(&target).unwrap();
        assert_eq!(
            std::fs::read_to_string(target.join("index.html")).unwrap(),
            "previous"
        );
        assert!(!aside(&target).exists());
        // Killed after the second: the new output in place, the old aside.
        dir_with(&aside(&target), "index.html", "older");
        recover(&target).unwrap();
        assert_eq!(
            std::fs::read_to_string(target.join("index.html")).unwrap(),
            "previous"
        );
        assert!(!aside(&target).exists());
        assert!(dir
            .path()
            .join(".output.letopis-reuse/index.html")
            .is_file());
    }

    #[test]
    fn a_folder_without_the_marker_is_not_taken_for_an_output() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        std::fs::create_dir(aside(&target)).unwrap();
        std::fs::write(aside(&target).join("notes.txt"), "mine").unwrap();
        recover(&target).unwrap();
        assert!(!target.exists());
        assert!(aside(&target).join("notes.txt").is_file());
    }
}
