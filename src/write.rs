//! Stage 4: writing the output, atomically.
//!
//! A build writes into a fresh staging directory beside the output and
//! swaps it in only when everything succeeded. A failed or killed build
//! leaves the previous output exactly as it was; the swap itself is one
//! `renameat2(RENAME_EXCHANGE)` on Linux, so there is no moment without a
//! complete output directory.
//!
//! The replaced output is not deleted but kept beside the new one
//! (`.<name>.letopis-reuse`) and becomes the next build's staging folder:
//! files whose bytes did not change are left alone, others overwritten in
//! place, and only the ones this build did not write are removed. Creating and deleting every file and folder on each
//! build is what a build spent most of its time on (the file system
//! allocating inodes, see BENCHMARKS.md); overwriting reuses them.

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use walkdir::WalkDir;

use crate::error::Error;

/// A file letopis leaves in every output it makes, so that it never
/// replaces a folder of somebody else's files.
pub const MARKER: &str = ".letopis-output";

/// An output directory being built.
#[derive(Debug)]
pub struct Output {
    target: PathBuf,
    staging: PathBuf,
    /// The previous output's folder beside the target, kept for reuse.
    reuse: PathBuf,
    /// Whether `staging` is a recycled output, whose files may already
    /// hold the bytes to write.
    recycled: bool,
    committed: bool,
    files: AtomicU64,
    /// Every path written, so that files of the recycled staging folder
    /// that this build did not write can be removed.
    written: Mutex<HashSet<PathBuf>>,
}

impl Output {
    /// Prepares to replace `target`. Refuses a non-empty folder that
    /// letopis did not make.
    pub fn begin(target: &Path) -> Result<Output, Error> {
        if target.is_file() {
            return Err(Error::Usage(format!(
                "the output {} is a file; pass a folder with --output",
                target.display()
            )));
        }
        if target.is_dir() && !target.join(MARKER).exists() {
            let mut entries =
                std::fs::read_dir(target).map_err(|e| Error::io("read", target, e))?;
            if entries.next().is_some() {
                return Err(Error::Usage(format!(
                    "{} holds files that letopis did not make, and a build replaces the whole folder; \
                     pass another folder with --output, or empty this one yourself",
                    target.display()
                )));
            }
        }
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).map_err(|e| Error::io("create", &parent, e))?;
        let name = target
            .file_name()
            .map(OsString::from)
            .unwrap_or_else(|| "output".into());
        remove_stale_staging(&parent, &name);
        let staging = parent.join(staging_name(&name, std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|e| Error::io("clean", &staging, e))?;
        }
        let mut reuse_name = OsString::from(".");
        reuse_name.push(&name);
        reuse_name.push(".letopis-reuse");
        let reuse = parent.join(reuse_name);
        let recycled = recycle(&reuse, &staging);
        if !recycled {
            std::fs::create_dir(&staging).map_err(|e| Error::io("create", &staging, e))?;
        }
        let out = Output {
            target: target.to_path_buf(),
            staging,
            reuse,
            recycled,
            committed: false,
            files: AtomicU64::new(0),
            written: Mutex::new(HashSet::new()),
        };
        out.write(
            MARKER,
            b"This folder was made by letopis build; the next build replaces it whole.\n",
        )?;
        Ok(out)
    }

    /// Writes `bytes` to `rel` (a `/`-separated path) inside the output.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
        let path = self.path_of(rel)?;
        // Reading a page back is much cheaper than writing it: no dirty
        // pages to flush, no journal, and unchanged files keep their mtime.
        if self.recycled {
            if std::fs::read(&path).is_ok_and(|old| old == bytes) {
                self.wrote(path);
                return Ok(());
            }
            self.unshare(&path);
        }
        std::fs::write(&path, bytes)
            .or_else(|e| clear_folder(&path, e).and_then(|()| std::fs::write(&path, bytes)))
            .map_err(|e| Error::io("write", &path, e))?;
        self.wrote(path);
        Ok(())
    }

    /// Copies the file `from` to `rel` inside the output.
    pub fn copy(&self, rel: &str, from: &Path) -> Result<(), Error> {
        let path = self.path_of(rel)?;
        self.unshare(&path);
        std::fs::copy(from, &path)
            .or_else(|e| clear_folder(&path, e).and_then(|()| std::fs::copy(from, &path)))
            .map_err(|e| Error::io("copy", from, e))?;
        self.wrote(path);
        Ok(())
    }

    /// A recycled folder's file may be a hard link shared with the live
    /// output (see [`Output::reuse`]): writing through it would change the
    /// output before the swap. Unlinking it first keeps the output intact.
    fn unshare(&self, path: &Path) {
        if self.recycled {
            // Nothing there, or a folder, is fine: the write handles both.
            let _ = std::fs::remove_file(path);
        }
    }

    fn wrote(&self, path: PathBuf) {
        self.files.fetch_add(1, Ordering::Relaxed);
        // A poisoned lock means another thread panicked mid-insert; the set
        // itself is still whole, so keep using it.
        let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        written.insert(path);
    }

    /// Takes `rel` from the previous output if it is there (a file whose
    /// name says what it was made from, such as a resized photo), instead
    /// of making it again. A hard link where possible: no bytes copied.
    pub fn reuse(&self, rel: &str) -> Result<bool, Error> {
        let old = self.target.join(rel);
        if !old.is_file() {
            return Ok(false);
        }
        let new = self.path_of(rel)?;
        self.unshare(&new);
        if std::fs::hard_link(&old, &new).is_err() {
            std::fs::copy(&old, &new).map_err(|e| Error::io("copy", &old, e))?;
        }
        self.wrote(new);
        Ok(true)
    }

    /// Files written so far, the marker included.
    pub fn files_written(&self) -> u64 {
        self.files.load(Ordering::Relaxed)
    }

    /// The staging path for `rel`, its folders created. Only plain relative
    /// paths are accepted: nothing is written outside the output.
    fn path_of(&self, rel: &str) -> Result<PathBuf, Error> {
        let rel_path = Path::new(rel);
        if rel.is_empty()
            || !rel_path
                .components()
                .all(|c| matches!(c, Component::Normal(_)))
        {
            return Err(Error::Usage(format!(
                "refusing to write outside the output: {rel}"
            )));
        }
        // Names are checked where they are read, with the source file in
        // the message; this is the last line of defence.
        if let Some(why) = rel_path
            .iter()
            .find_map(|c| crate::paths::portable_name(c).err())
        {
            return Err(Error::Usage(format!("refusing to write {rel}: {why}")));
        }
        let path = self.staging.join(rel_path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .or_else(|e| {
                    // A recycled folder may hold a file where this build
                    // wants a folder: remove it and try again.
                    let file = dir.ancestors().find(|a| a.is_file()).ok_or(e)?;
                    std::fs::remove_file(file)?;
                    std::fs::create_dir_all(dir)
                })
                .map_err(|e| Error::io("create", dir, e))?;
        }
        Ok(path)
    }

    /// Swaps the finished output in place of the old one.
    pub fn commit(mut self) -> Result<(), Error> {
        self.remove_unwritten()?;
        if self.target.exists() {
            exchange(&self.staging, &self.target)?;
            // `staging` now holds the old output: keep it for the next build.
            if self.reuse.exists() {
                std::fs::remove_dir_all(&self.reuse)
                    .map_err(|e| Error::io("remove", &self.reuse, e))?;
            }
            std::fs::rename(&self.staging, &self.reuse)
                .map_err(|e| Error::io("move", &self.staging, e))?;
        } else {
            std::fs::rename(&self.staging, &self.target)
                .map_err(|e| Error::io("move", &self.target, e))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Output {
    /// Removes what a recycled staging folder held that this build did not
    /// write: pages of deleted events, and the folders left empty.
    fn remove_unwritten(&self) -> Result<(), Error> {
        let written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        for entry in WalkDir::new(&self.staging)
            .min_depth(1)
            .contents_first(true)
        {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(&self.staging).to_path_buf();
                Error::io("read", &path, e.into())
            })?;
            let path = entry.path();
            if entry.file_type().is_dir() {
                // Fails, as it should, unless the folder is now empty.
                let _ = std::fs::remove_dir(path);
            } else if !written.contains(path) {
                std::fs::remove_file(path).map_err(|e| Error::io("remove", path, e))?;
            }
        }
        Ok(())
    }
}

/// After a failed write to `path`: if a recycled folder holds a folder
/// where this build wants a file, removes it so the write can be retried.
fn clear_folder(path: &Path, err: std::io::Error) -> std::io::Result<()> {
    if path.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        Err(err)
    }
}

/// Turns the previous output kept at `reuse` into the staging folder. Only
/// a folder letopis made, holding no symbolic links (writes would follow
/// them out of the output), is reused; anything else is removed.
fn recycle(reuse: &Path, staging: &Path) -> bool {
    if !reuse.is_dir() {
        return false;
    }
    let ours = reuse.join(MARKER).is_file()
        && WalkDir::new(reuse)
            .into_iter()
            .all(|e| e.is_ok_and(|e| !e.path_is_symlink()));
    if ours && std::fs::rename(reuse, staging).is_ok() {
        return true;
    }
    let _ = std::fs::remove_dir_all(reuse);
    false
}

impl Drop for Output {
    /// A build that did not commit leaves no half-written folder behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

fn staging_name(target_name: &OsString, pid: u32) -> OsString {
    let mut s = OsString::from(".");
    s.push(target_name);
    s.push(format!(".letopis-{pid}"));
    s
}

/// Removes staging folders of builds that were killed (their process is
/// gone), so interrupted builds don't pile up.
fn remove_stale_staging(parent: &Path, target_name: &OsString) {
    let prefix = staging_name(target_name, 0);
    let prefix = prefix.to_string_lossy();
    let prefix = prefix.trim_end_matches('0');
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(prefix)
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn process_alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        // Without /proc we cannot tell; keep the folder rather than risk
        // removing a running build's files.
        true
    }
}

/// Atomically exchanges two directories.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<(), Error> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())
        .map_err(|_| Error::Usage(format!("bad path {}", a.display())))?;
    let cb = CString::new(b.as_os_str().as_bytes())
        .map_err(|_| Error::Usage(format!("bad path {}", b.display())))?;
    // SAFETY: both pointers are valid NUL-terminated strings that outlive
    // the call; renameat2 only reads them.
    let rc = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        return Ok(());
    }
    let err = std::io::Error::last_os_error();
    // Old kernels or file systems without RENAME_EXCHANGE: two renames.
    if matches!(err.raw_os_error(), Some(libc::ENOSYS) | Some(libc::EINVAL)) {
        return exchange_by_renames(a, b);
    }
    Err(Error::io("swap in", b, err))
}

#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> Result<(), Error> {
    exchange_by_renames(a, b)
}

/// Swaps `a` and `b` with three renames. Not atomic: if interrupted, the
/// old output stays complete under `a`'s name.
fn exchange_by_renames(a: &Path, b: &Path) -> Result<(), Error> {
    static N: AtomicU64 = AtomicU64::new(0);
    let mut aside = a.as_os_str().to_owned();
    aside.push(format!(".swap{}", N.fetch_add(1, Ordering::Relaxed)));
    let aside = PathBuf::from(aside);
    std::fs::rename(b, &aside).map_err(|e| Error::io("move", b, e))?;
    std::fs::rename(a, b).map_err(|e| Error::io("move", a, e))?;
    std::fs::rename(&aside, a).map_err(|e| Error::io("move", &aside, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_keeps_old() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        let out = Output::begin(&target).unwrap();
        out.write("a/index.html", b"one").unwrap();
        out.commit().unwrap();
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");

        let out = Output::begin(&target).unwrap();
        out.write("a/index.html", b"two").unwrap();
        drop(out); // a failed build
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"one");

        let out = Output::begin(&target).unwrap();
        out.write("b.html", b"three").unwrap();
        out.commit().unwrap();
        assert!(!target.join("a").exists());
        assert!(target.join("b.html").exists());
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [".output.letopis-reuse", "output"],
            "no staging left"
        );
    }

    #[test]
    fn reused_output_keeps_only_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        for (page, text) in [("a", "one"), ("b", "two"), ("c", "three")] {
            let out = Output::begin(&target).unwrap();
            out.write("common/index.html", text.as_bytes()).unwrap();
            out.write(&format!("{page}/index.html"), b"x").unwrap();
            out.commit().unwrap();
        }
        // Files where folders were, and folders where files were.
        for (file, folder) in [("c", "common/index.html"), ("common", "c/index.html")] {
            let out = Output::begin(&target).unwrap();
            out.write(file, b"f").unwrap();
            out.write(&format!("{folder}/x.html"), b"x").unwrap();
            out.commit().unwrap();
        }
        for (page, text) in [("a", "one"), ("b", "two"), ("c", "three")] {
            let out = Output::begin(&target).unwrap();
            out.write("common/index.html", text.as_bytes()).unwrap();
            out.write(&format!("{page}/index.html"), b"x").unwrap();
            out.commit().unwrap();
        }
        // The third build reused the first one's folder: a/ must be gone.
        let mut found: Vec<String> = WalkDir::new(&target)
            .min_depth(1)
            .into_iter()
            .map(|e| {
                let e = e.unwrap();
                e.path()
                    .strip_prefix(&target)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        found.sort();
        assert_eq!(
            found,
            [MARKER, "c", "c/index.html", "common", "common/index.html"]
        );
        assert_eq!(
            std::fs::read(target.join("common/index.html")).unwrap(),
            b"three"
        );
    }

    #[test]
    fn reused_links_never_change_the_live_output() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        let out = Output::begin(&target).unwrap();
        out.write("photo.jpg", b"photo").unwrap();
        out.commit().unwrap();
        for _ in 0..3 {
            let out = Output::begin(&target).unwrap();
            assert!(out.reuse("photo.jpg").unwrap());
            out.commit().unwrap();
            assert_eq!(std::fs::read(target.join("photo.jpg")).unwrap(), b"photo");
        }
        // A page written where a linked file was leaves the output alone
        // until the swap.
        let out = Output::begin(&target).unwrap();
        out.write("photo.jpg", b"other").unwrap();
        assert_eq!(std::fs::read(target.join("photo.jpg")).unwrap(), b"photo");
        out.commit().unwrap();
        assert_eq!(std::fs::read(target.join("photo.jpg")).unwrap(), b"other");
    }

    #[cfg(unix)]
    #[test]
    fn reuse_folder_with_a_symlink_is_not_reused() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        for _ in 0..2 {
            let out = Output::begin(&target).unwrap();
            out.write("a/index.html", b"x").unwrap();
            out.commit().unwrap();
        }
        let outside = dir.path().join("outside");
        std::fs::create_dir(&outside).unwrap();
        let reuse = dir.path().join(".output.letopis-reuse");
        std::fs::remove_dir_all(reuse.join("a")).unwrap();
        std::os::unix::fs::symlink(&outside, reuse.join("a")).unwrap();
        let out = Output::begin(&target).unwrap();
        out.write("a/index.html", b"y").unwrap();
        out.commit().unwrap();
        assert!(!outside.join("index.html").exists());
        assert_eq!(std::fs::read(target.join("a/index.html")).unwrap(), b"y");
    }

    #[test]
    fn refuses_foreign_folder_and_escaping_paths() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("thesis.docx"), b"x").unwrap();
        assert!(matches!(Output::begin(dir.path()), Err(Error::Usage(_))));
        let out = Output::begin(&dir.path().join("out")).unwrap();
        assert!(out.write("../evil", b"x").is_err());
        assert!(out.write("/etc/x", b"x").is_err());
        assert!(out.write("2016/con/index.html", b"x").is_err());
        assert!(out.write("a:b.html", b"x").is_err());
    }

    #[test]
    fn stale_staging_of_dead_builds_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(staging_name(&"output".into(), 999_999_999));
        std::fs::create_dir(&stale).unwrap();
        let out = Output::begin(&dir.path().join("output")).unwrap();
        assert!(!stale.exists());
        drop(out);
    }
}
