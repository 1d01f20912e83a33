//! The previous output, recycled as the next build's staging folder.
//!
//! A rebuild of 10 000 events used to create 20 000 files and folders in a
//! fresh staging folder and delete as many with the output it replaced —
//! most of a rebuild's system time, and ext4 slows down allocating inodes
//! next to recently freed ones. Instead, the replaced output is kept as
//! `.<output>.letopis-reuse` beside the output, and the next build writes
//! into it: folders are already there, a page whose bytes did not change
//! is only read and compared, a changed one is rewritten in place, and
//! files this build did not write are removed before the swap. The swap
//! stays atomic, and a failed build still leaves the live output alone.
//!
//! Photos reused from the live output are hard links into it, so a
//! recycled folder may share files with the live output: those are
//! unlinked, never written through.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::place::is_marked_dir;
use crate::error::Error;

/// The name of the kept output beside `target_name`.
pub(super) fn kept_name(target_name: &OsString) -> OsString {
    let mut s = OsString::from(".");
    s.push(target_name);
    s.push(".letopis-reuse");
    s
}

/// Moves the kept output of `target_name` to `staging`, if there is one
/// that letopis made (a real folder with the marker, not a link to one:
/// the build removes what it did not write); true if it did.
pub fn claim(parent: &Path, target_name: &OsString, staging: &Path) -> bool {
    let kept = parent.join(kept_name(target_name));
    is_marked_dir(&kept) && std::fs::rename(&kept, staging).is_ok()
}

/// Keeps the replaced output `old` for the next build.
pub fn keep(old: &Path, parent: &Path, target_name: &OsString) -> Result<(), Error> {
    let kept = parent.join(kept_name(target_name));
    let remove = |dir: &Path| std::fs::remove_dir_all(dir).map_err(|e| Error::io("remove", dir, e));
    if std::fs::symlink_metadata(&kept).is_ok() {
        if !is_marked_dir(&kept) {
            // Not ours, whatever it is: left alone, and nothing kept.
            return remove(old);
        }
        // Another build's leftover.
        remove(&kept)?;
    }
    std::fs::rename(old, &kept).map_err(|e| Error::io("move", old, e))
}

/// The files a build wrote into a recycled folder, and the folders they
/// are in.
#[derive(Debug, Default)]
pub struct Written(Mutex<(HashSet<PathBuf>, HashSet<PathBuf>)>);

impl Written {
    pub fn add(&self, rel: &Path) {
        let mut sets = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let (files, folders) = &mut *sets;
        files.insert(rel.to_path_buf());
        for dir in rel.ancestors().skip(1) {
            if dir.as_os_str().is_empty() || !folders.insert(dir.to_path_buf()) {
                break;
            }
        }
    }

    /// Removes from `staging` every file not written, then the folders
    /// left empty (only those: trying to remove the other 100 000 costs
    /// seconds). The top-level folders are walked in parallel: listing
    /// 100 000 folders is most of a rebuild's last second.
    pub fn prune(self, staging: &Path) -> Result<(), Error> {
        use rayon::prelude::*;
        let (written, folders) = self.0.into_inner().unwrap_or_else(|p| p.into_inner());
        let top: Vec<PathBuf> = std::fs::read_dir(staging)
            .map_err(|e| Error::io("read", staging, e))?
            .map(|e| {
                e.map(|e| e.path())
                    .map_err(|e| Error::io("read", staging, e))
            })
            .collect::<Result<_, _>>()?;
        top.par_iter().try_for_each(|start| {
            let walk = walkdir::WalkDir::new(start).contents_first(true);
            for entry in walk {
                let entry = entry.map_err(|e| {
                    let path = e.path().unwrap_or(start).to_path_buf();
                    Error::io("read", &path, e.into())
                })?;
                let path = entry.path();
                let rel = path.strip_prefix(staging).unwrap_or(path);
                if entry.file_type().is_dir() {
                    if !folders.contains(rel) {
                        // Fails when something is left inside: then it stays.
                        let _ = std::fs::remove_dir(path);
                    }
                } else if !written.contains(rel) {
                    std::fs::remove_file(path).map_err(|e| Error::io("remove", path, e))?;
                }
            }
            Ok(())
        })
    }
}

/// Whether `path` already holds exactly `bytes`, in a file of its own.
pub fn unchanged(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() && !shared(&meta) && meta.len() == bytes.len() as u64 => {
            std::fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

/// Clears the way for a new file at `path`: a folder there, or a file
/// shared with the live output, is removed; an own file is left to be
/// overwritten in place.
pub fn make_room(path: &Path) -> Result<(), Error> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    if meta.is_dir() {
        std::fs::remove_dir_all(path).map_err(|e| Error::io("remove", path, e))
    } else if shared(&meta) || !meta.is_file() {
        std::fs::remove_file(path).map_err(|e| Error::io("remove", path, e))
    } else {
        Ok(())
    }
}

/// Whether `path` is the file `meta` describes (a hard link to it).
#[cfg(unix)]
pub fn same_file(meta: &Metadata, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
}

#[cfg(not(unix))]
pub fn same_file(_: &Metadata, _: &Path) -> bool {
    false
}

/// Whether the file has other names (a hard link into the live output).
#[cfg(unix)]
fn shared(meta: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() > 1
}

#[cfg(not(unix))]
fn shared(_: &Metadata) -> bool {
    // Without link counts, treat every file as shared: always replaced.
    true
}
