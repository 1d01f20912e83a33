//! Stage 4: writing the output, atomically.
//!
//! A build writes into a fresh staging directory beside the output and
//! swaps it in only when everything succeeded. A failed or killed build
//! leaves the previous output exactly as it was; the swap itself is one
//! `renameat2(RENAME_EXCHANGE)` on Linux (`renamex_np` on macOS), so there
//! is no moment without a complete output directory; on Windows it is
//! three renames that the next build undoes if they were cut short
//! ([`swap`]). The replaced output is kept and becomes the
//! next build's staging folder ([`recycle`]).

mod place;
mod recycle;
mod rewrite;
mod swap;

use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::error::{Error, Message};
pub use place::{output_place, site_problems};
pub use rewrite::Rewrite;

/// A file letopis leaves in every output it makes, so that it never
/// replaces a folder of somebody else's files.
pub const MARKER: &str = ".letopis-output";

/// What the marker says. A build adds the record of what each page was
/// made from (see `render::Fingerprints`) below it before the swap.
pub const MARKER_TEXT: &str =
    "This folder was made by letopis build; the next build replaces it whole.\n";

/// Where rendered pages go. The build writes into an [`Output`]; `check`
/// renders into [`Discard`] to find every problem without touching the
/// disk; `serve` rewrites single pages in place with [`InPlace`].
pub trait Sink: Sync {
    /// Writes `bytes` to `rel` (a `/`-separated path) inside the output.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error>;
    /// Copies the file `from` to `rel` inside the output.
    fn copy(&self, rel: &str, from: &Path) -> Result<(), Error>;
    /// Takes `rel` from the previous output if it is there (a file whose
    /// name says what it was made from, such as a resized photo), instead
    /// of making it again; false if it has to be made.
    fn reuse(&self, rel: &str) -> Result<bool, Error>;
}

/// Renders nothing to disk, but still fails where a write would: a file to
/// copy that cannot be read, a path that leaves the output.
#[derive(Debug, Default)]
pub struct Discard;

impl Sink for Discard {
    fn write(&self, rel: &str, _bytes: &[u8]) -> Result<(), Error> {
        checked_rel(rel).map(drop)
    }

    /// Nothing is kept, so decoding and resizing photos would be wasted:
    /// their headers have been read (and checked) before this is asked.
    fn reuse(&self, rel: &str) -> Result<bool, Error> {
        checked_rel(rel).map(|_| true)
    }

    fn copy(&self, rel: &str, from: &Path) -> Result<(), Error> {
        checked_rel(rel)?;
        std::fs::metadata(from)
            .map(drop)
            .map_err(|e| Error::io("read", from, e))
    }
}

/// Writes straight into an existing output folder, file by file: for the
/// few pages `serve` re-renders after an edit, where a whole staging swap
/// would cost more than the pages themselves.
#[derive(Debug)]
pub struct InPlace(pub PathBuf);

impl Sink for InPlace {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
        let path = place(&self.0, rel)?;
        std::fs::write(&path, bytes).map_err(|e| Error::io("write", &path, e))
    }

    /// The folder is the previous output: a file there is kept as it is.
    fn reuse(&self, rel: &str) -> Result<bool, Error> {
        Ok(self.0.join(checked_rel(rel)?).is_file())
    }

    fn copy(&self, rel: &str, from: &Path) -> Result<(), Error> {
        let path = place(&self.0, rel)?;
        std::fs::copy(from, &path)
            .map(drop)
            .map_err(|e| Error::io("copy", from, e))
    }
}

/// `rel` as a path, if it is a plain relative one: nothing is written
/// outside the output.
fn checked_rel(rel: &str) -> Result<&Path, Error> {
    let rel_path = Path::new(rel);
    if rel.is_empty()
        || !rel_path
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
    {
        return Err(Error::Usage(Message::new("write-outside").arg("file", rel)));
    }
    // Names are checked where they are read, with the source file in the
    // message; this is the last line of defence.
    if let Some(why) = rel_path
        .iter()
        .find_map(|c| crate::paths::portable_name(c).err())
    {
        return Err(Error::Usage(
            Message::new("write-bad-name")
                .arg("file", rel)
                .arg("reason", why.to_string()),
        ));
    }
    Ok(rel_path)
}

/// The path for `rel` under `base`, its folders created.
fn place(base: &Path, rel: &str) -> Result<PathBuf, Error> {
    let path = base.join(checked_rel(rel)?);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io("create", dir, e))?;
    }
    Ok(path)
}

/// An output directory being built.
#[derive(Debug)]
pub struct Output {
    target: PathBuf,
    staging: PathBuf,
    committed: bool,
    files: AtomicU64,
    /// When the staging folder is a recycled old output: what this build
    /// wrote, so the rest is removed before the swap.
    recycled: Option<recycle::Written>,
}

impl Output {
    /// Prepares to replace `target`. Refuses a non-empty folder that
    /// letopis did not make.
    pub fn begin(target: &Path) -> Result<Output, Error> {
        swap::recover(target)?;
        if target.is_file() {
            return Err(Error::Usage(
                Message::new("output-is-file").arg("output", target.display().to_string()),
            ));
        }
        if target.is_dir() && !place::is_marked_dir(target) {
            let mut entries =
                std::fs::read_dir(target).map_err(|e| Error::io("read", target, e))?;
            if entries.next().is_some() {
                return Err(Error::Usage(
                    Message::new("output-not-ours").arg("output", target.display().to_string()),
                ));
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
        let recycled = recycle::claim(&parent, &name, &staging);
        if !recycled {
            std::fs::create_dir(&staging).map_err(|e| Error::io("create", &staging, e))?;
        }
        let out = Output {
            target: target.to_path_buf(),
            staging,
            committed: false,
            files: AtomicU64::new(0),
            recycled: recycled.then(recycle::Written::default),
        };
        Sink::write(&out, MARKER, MARKER_TEXT.as_bytes())?;
        Ok(out)
    }

    /// Rewrites the marker with `text` (which starts with
    /// [`MARKER_TEXT`]); not counted as another file.
    pub fn set_marker(&self, text: &str) -> Result<(), Error> {
        let path = self.staging.join(MARKER);
        std::fs::write(&path, text).map_err(|e| Error::io("write", &path, e))
    }

    /// Files written so far, the marker included.
    pub fn files_written(&self) -> u64 {
        self.files.load(Ordering::Relaxed)
    }

    /// Swaps the finished output in place of the old one.
    pub fn commit(mut self) -> Result<(), Error> {
        if let Some(written) = self.recycled.take() {
            written.prune(&self.staging)?;
        }
        if self.target.exists() {
            exchange(&self.staging, &self.target)?;
            // `staging` now holds the old output: kept for the next build.
            let parent = self.target.parent().unwrap_or(Path::new("."));
            let name = self
                .target
                .file_name()
                .map(OsString::from)
                .unwrap_or_default();
            recycle::keep(&self.staging, parent, &name)?;
        } else {
            std::fs::rename(&self.staging, &self.target)
                .map_err(|e| Error::io("move", &self.target, e))?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Output {
    /// The path for `rel` in the staging folder, ready to be written: in a
    /// recycled folder, noted as written, and `None` if it already holds
    /// `bytes`.
    fn prepare(&self, rel: &str, bytes: Option<&[u8]>) -> Result<Option<PathBuf>, Error> {
        let path = place(&self.staging, rel)?;
        self.files.fetch_add(1, Ordering::Relaxed);
        if let Some(written) = &self.recycled {
            written.add(checked_rel(rel)?);
            if bytes.is_some_and(|b| recycle::unchanged(&path, b)) {
                return Ok(None);
            }
            recycle::make_room(&path)?;
        }
        Ok(Some(path))
    }
}

impl Sink for Output {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
        match self.prepare(rel, Some(bytes))? {
            Some(path) => std::fs::write(&path, bytes).map_err(|e| Error::io("write", &path, e)),
            None => Ok(()),
        }
    }

    fn copy(&self, rel: &str, from: &Path) -> Result<(), Error> {
        if let Some(path) = self.prepare(rel, None)? {
            std::fs::copy(from, &path).map_err(|e| Error::io("copy", from, e))?;
        }
        Ok(())
    }

    /// A hard link from the previous output where possible: no bytes
    /// copied.
    fn reuse(&self, rel: &str) -> Result<bool, Error> {
        let rel_path = checked_rel(rel)?;
        let old = self.target.join(rel_path);
        let Ok(meta) = std::fs::metadata(&old) else {
            return Ok(false);
        };
        if !meta.is_file() {
            return Ok(false);
        }
        if let Some(written) = &self.recycled {
            // The recycled folder is the output of two builds ago: a file
            // taken then and again since is already this very file.
            if recycle::same_file(&meta, &self.staging.join(rel_path)) {
                written.add(rel_path);
                self.files.fetch_add(1, Ordering::Relaxed);
                return Ok(true);
            }
        }
        if let Some(new) = self.prepare(rel, None)? {
            // A recycled folder may hold an older copy: the link replaces it.
            let _ = std::fs::remove_file(&new);
            if std::fs::hard_link(&old, &new).is_err() {
                std::fs::copy(&old, &new).map_err(|e| Error::io("copy", &old, e))?;
            }
        }
        Ok(true)
    }
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
        if pid != std::process::id() && !crate::platform::process_alive(pid) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// Exchanges two directories: atomically where the system can, else by
/// renames the next build can recover from ([`swap`]).
fn exchange(a: &Path, b: &Path) -> Result<(), Error> {
    match crate::platform::exchange(a, b) {
        Ok(crate::platform::Exchanged::Atomically) => Ok(()),
        Ok(crate::platform::Exchanged::Unsupported) => swap::by_renames(a, b),
        Err(e) => Err(Error::io("swap in", b, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discard_checks_without_writing() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Discard.write("a/index.html", b"x").is_ok());
        assert!(Discard.write("../a", b"x").is_err());
        assert!(Discard
            .copy("a.jpg", &dir.path().join("missing.jpg"))
            .is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

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
        let mut left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".output.letopis-reuse", "output"],
            "no staging folders left"
        );
    }

    #[cfg(unix)] // inode numbers: std reads them only on Unix
    #[test]
    fn the_replaced_output_is_recycled_by_the_next_build() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        let photo = dir.path().join("photo.jpg");
        std::fs::write(&photo, b"jpeg").unwrap();
        let build = |pages: &[(&str, &str)]| {
            let out = Output::begin(&target).unwrap();
            for (rel, text) in pages {
                out.write(rel, text.as_bytes()).unwrap();
            }
            if !out.reuse("p/photo.jpg").unwrap() {
                out.copy("p/photo.jpg", &photo).unwrap();
            }
            out.commit().unwrap();
        };
        build(&[("a/index.html", "one"), ("b/index.html", "old")]);
        build(&[("a/index.html", "one"), ("b/index.html", "old")]);
        let kept = dir.path().join(".output.letopis-reuse");
        let inode = |p: &Path| std::fs::metadata(p).unwrap().ino();
        let before = inode(&kept.join("a/index.html"));
        // The third build writes into the first one's folder: an unchanged
        // page keeps its file, a changed one is rewritten, a gone one goes.
        build(&[("a/index.html", "one"), ("c/index.html", "new")]);
        assert_eq!(inode(&target.join("a/index.html")), before);
        assert!(!target.join("b").exists());
        assert_eq!(std::fs::read(target.join("c/index.html")).unwrap(), b"new");
        // The photo was linked from the live output into the recycled
        // folder; the live copy is never written through.
        assert_eq!(std::fs::read(target.join("p/photo.jpg")).unwrap(), b"jpeg");
        assert_eq!(std::fs::read(kept.join("b/index.html")).unwrap(), b"old");
        build(&[("p/photo.jpg", "replaced")]);
        assert_eq!(std::fs::read(kept.join("p/photo.jpg")).unwrap(), b"jpeg");
        assert_eq!(std::fs::read(target.join("p/photo.jpg")).unwrap(), b"jpeg");
    }

    #[test]
    fn a_folder_letopis_did_not_make_is_never_recycled_or_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("output");
        let foreign = dir.path().join(".output.letopis-reuse");
        std::fs::create_dir(&foreign).unwrap();
        std::fs::write(foreign.join("notes.txt"), b"mine").unwrap();
        for text in [b"one", b"two"] {
            let out = Output::begin(&target).unwrap();
            out.write("a.html", text).unwrap();
            out.commit().unwrap();
        }
        assert_eq!(std::fs::read(foreign.join("notes.txt")).unwrap(), b"mine");
        assert_eq!(std::fs::read(target.join("a.html")).unwrap(), b"two");
        assert!(!target.join("notes.txt").exists());
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
