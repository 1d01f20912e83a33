//! Rewriting part of an output in place, for `serve`: what a partial
//! rebuild wrote is remembered, so the files it no longer makes can go.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;

use super::{checked_rel, InPlace, Sink};
use crate::error::Error;

/// An [`InPlace`] output that keeps the paths written through it.
#[derive(Debug)]
pub struct Rewrite {
    out: InPlace,
    written: Mutex<HashSet<String>>,
}

impl Rewrite {
    pub fn new(dir: &Path) -> Rewrite {
        Rewrite {
            out: InPlace(dir.to_path_buf()),
            written: Mutex::new(HashSet::new()),
        }
    }

    fn note(&self, rel: &str) {
        let mut written = self.written.lock().unwrap_or_else(|p| p.into_inner());
        written.insert(rel.to_string());
    }

    /// Removes every file below the folder `sub` that was not written
    /// through this output: `sub` was rewritten whole.
    pub fn remove_unwritten(&self, sub: &str) -> Result<(), Error> {
        let dir = self.out.0.join(checked_rel(sub)?);
        let written = self.written.lock().unwrap_or_else(|p| p.into_inner());
        for entry in walkdir::WalkDir::new(&dir).into_iter().flatten() {
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&self.out.0) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !written.contains(&rel) {
                std::fs::remove_file(entry.path())
                    .map_err(|e| Error::io("remove", entry.path(), e))?;
            }
        }
        Ok(())
    }
}

impl Sink for Rewrite {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), Error> {
        self.out.write(rel, bytes)?;
        self.note(rel);
        Ok(())
    }

    fn copy(&self, rel: &str, from: &Path) -> Result<(), Error> {
        self.out.copy(rel, from)?;
        self.note(rel);
        Ok(())
    }

    fn reuse(&self, rel: &str) -> Result<bool, Error> {
        let kept = self.out.reuse(rel)?;
        if kept {
            self.note(rel);
        }
        Ok(kept)
    }
}

impl InPlace {
    /// Removes the page at `path` (a folder's address, `tags/les/page/3/`)
    /// that a rebuild no longer makes, and its folder when that is empty.
    pub fn remove_page(&self, path: &str) -> Result<(), Error> {
        let dir = self.0.join(checked_rel(path.trim_end_matches('/'))?);
        let file = dir.join("index.html");
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io("remove", &file, e)),
        }
        // Still holding other files (a page below it), they stay; an
        // emptied `page/` goes too.
        if std::fs::remove_dir(&dir).is_ok() {
            if let Some(parent) = dir.parent() {
                let _ = std::fs::remove_dir(parent);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_was_written_stays() {
        let dir = tempfile::tempdir().unwrap();
        let old = Rewrite::new(dir.path());
        old.write("search/t/a.json", b"a").unwrap();
        old.write("search/t/b.json", b"b").unwrap();
        old.write("search/index.html", b"page").unwrap();
        let new = Rewrite::new(dir.path());
        new.write("search/t/a.json", b"a2").unwrap();
        new.remove_unwritten("search/t").unwrap();
        assert!(dir.path().join("search/t/a.json").is_file());
        assert!(!dir.path().join("search/t/b.json").exists());
        assert!(dir.path().join("search/index.html").is_file());
    }

    #[test]
    fn a_removed_page_takes_its_empty_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = InPlace(dir.path().to_path_buf());
        out.write("tags/les/page/2/index.html", b"2").unwrap();
        out.write("tags/les/index.html", b"1").unwrap();
        out.remove_page("tags/les/page/2/").unwrap();
        assert!(!dir.path().join("tags/les/page").exists());
        assert!(dir.path().join("tags/les/index.html").is_file());
        out.remove_page("tags/les/page/2/").unwrap();
        assert!(out.remove_page("../x/").is_err());
    }
}
