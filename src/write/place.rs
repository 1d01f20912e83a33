//! Where an output may go: always a real folder the build owns.
//!
//! A build replaces its output folder whole and removes from a recycled
//! folder every file it did not write, so the folder it is given must never
//! be one of the site's sources. Content comes through git from many hands,
//! and git keeps symbolic links: a committed `output -> content` link with
//! a marker inside `content/` once made a second build delete every
//! Markdown file. So the output path is resolved for real (parents created,
//! `..` and links in the parents resolved) before it is compared with the
//! site, and the output itself must not be a symbolic link.

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use super::MARKER;
use crate::error::{Diagnostic, Error, Message};

/// The site's own folders: an output there would replace sources.
const SOURCE_DIRS: [&str; 6] = ["content", "static", "templates", "i18n", "themes", ".git"];

/// The output's default name, inside the site.
const DEFAULT_OUTPUT: &str = "output";

/// The folder a build of the site at `root` may replace, given as `target`
/// on the command line (or the default): absolute, with `..` and links in
/// its parents resolved. Refuses a symbolic link, a file, the site itself,
/// a folder that holds the site, and any of the site's source folders.
pub fn output_place(root: &Path, target: &Path) -> Result<PathBuf, Error> {
    let root = std::fs::canonicalize(root).map_err(|e| Error::io("resolve", root, e))?;
    let target = resolve(target)?;
    refuse_link(&target)?;
    let inside_sources = SOURCE_DIRS
        .iter()
        .any(|dir| target.starts_with(root.join(dir)));
    if root.starts_with(&target) || inside_sources {
        return Err(Error::Usage(
            Message::new("output-in-content")
                .arg("output", target.display().to_string())
                .arg(
                    "suggestion",
                    root.join(DEFAULT_OUTPUT).display().to_string(),
                ),
        ));
    }
    Ok(target)
}

/// `path` made absolute and real: its parent folders are created, then
/// resolved by the system (so `x/../content` is `content`, and a link
/// among the parents is followed to where it leads); the last name is
/// kept as it is, so a link there can be seen and refused.
fn resolve(path: &Path) -> Result<PathBuf, Error> {
    let abs = std::path::absolute(path).map_err(|e| Error::io("resolve", path, e))?;
    match abs.components().next_back() {
        Some(Component::Normal(name)) => {
            let parent = abs.parent().unwrap_or(Path::new("/"));
            std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
            let parent =
                std::fs::canonicalize(parent).map_err(|e| Error::io("resolve", parent, e))?;
            Ok(parent.join(name))
        }
        // `x/..` or `/`: a folder above one made on the way.
        _ => {
            std::fs::create_dir_all(&abs).map_err(|e| Error::io("create", &abs, e))?;
            std::fs::canonicalize(&abs).map_err(|e| Error::io("resolve", &abs, e))
        }
    }
}

/// An error if `path` is a symbolic link (not followed).
fn refuse_link(path: &Path) -> Result<(), Error> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(Error::Usage(
            Message::new("output-is-link").arg("output", path.display().to_string()),
        )),
        _ => Ok(()),
    }
}

/// Whether `path` itself (not followed) is a real folder holding a real
/// marker file: the only kind of folder a build may replace or recycle.
pub fn is_marked_dir(path: &Path) -> bool {
    let real = |p: &Path, dir: bool| {
        std::fs::symlink_metadata(p).is_ok_and(|m| if dir { m.is_dir() } else { m.is_file() })
    };
    real(path, true) && real(&path.join(MARKER), false)
}

/// For `check`: an output or kept output in the site that is a symbolic
/// link, and a marker at the site's root or in its source folders (a
/// marker in `content/` would let a build replace `content/`).
pub fn site_problems(root: &Path) -> Vec<Diagnostic> {
    let kept = super::recycle::kept_name(&DEFAULT_OUTPUT.into());
    let outputs = [PathBuf::from(DEFAULT_OUTPUT), PathBuf::from(kept)];
    let mut found: Vec<Diagnostic> = outputs
        .iter()
        .filter(|rel| {
            std::fs::symlink_metadata(root.join(rel)).is_ok_and(|m| m.file_type().is_symlink())
        })
        .map(|rel| {
            Diagnostic::error(rel, Message::new("output-link"))
                .with_hint(Message::new("output-link-hint").arg("file", crate::error::shown(rel)))
        })
        .collect();
    let roots = SOURCE_DIRS
        .iter()
        .filter(|d| **d != ".git")
        .map(|d| root.join(d));
    let marked = roots
        .flat_map(|dir| WalkDir::new(dir).follow_links(false).into_iter())
        .filter_map(Result::ok)
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.file_name() == Some(MARKER.as_ref()))
        .chain(Some(root.join(MARKER)).filter(|p| std::fs::symlink_metadata(p).is_ok()));
    for path in marked {
        let rel = path.strip_prefix(root).unwrap_or(&path);
        found.push(
            Diagnostic::error(rel, Message::new("output-marker"))
                .with_hint(Message::new("output-marker-hint")),
        );
    }
    found
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/2016")).unwrap();
        dir
    }

    #[test]
    fn dot_dots_are_resolved_before_the_comparison() {
        let dir = site();
        let root = dir.path();
        for bad in ["x/../content", "x/../content/2016", "y/../../", "."] {
            let err = output_place(root, &root.join(bad)).unwrap_err();
            assert!(err.to_string().contains("site's own files"), "{bad}: {err}");
        }
        let ok = output_place(root, &root.join("x/../public")).unwrap();
        assert_eq!(ok, std::fs::canonicalize(root).unwrap().join("public"));
    }

    #[test]
    fn a_link_as_output_is_refused_and_a_link_above_it_followed() {
        let dir = site();
        let root = dir.path();
        symlink(root.join("content"), root.join("output")).unwrap();
        let err = output_place(root, &root.join("output")).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        symlink(root.join("content"), root.join("up")).unwrap();
        let err = output_place(root, &root.join("up/site")).unwrap_err();
        assert!(err.to_string().contains("site's own files"), "{err}");
    }

    #[test]
    fn only_a_real_folder_with_a_real_marker_counts() {
        let dir = site();
        let root = dir.path();
        let out = root.join("out");
        std::fs::create_dir(&out).unwrap();
        assert!(!is_marked_dir(&out));
        std::fs::write(out.join(MARKER), "").unwrap();
        assert!(is_marked_dir(&out));
        symlink(&out, root.join("link")).unwrap();
        assert!(!is_marked_dir(&root.join("link")));
    }

    #[test]
    fn check_finds_linked_outputs_and_stray_markers() {
        let dir = site();
        let root = dir.path();
        symlink(root.join("content"), root.join("output")).unwrap();
        symlink(root.join("content"), root.join(".output.letopis-reuse")).unwrap();
        std::fs::write(root.join("content").join(MARKER), "").unwrap();
        let found = site_problems(root);
        let files: Vec<String> = found.iter().map(|d| d.file.display().to_string()).collect();
        assert_eq!(
            files,
            ["output", ".output.letopis-reuse", "content/.letopis-output"]
        );
    }
}
