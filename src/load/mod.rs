//! Stage 1: read the site's files.
//!
//! Walks `content/`, sorts each file into its role by its place in the tree
//! (the site layout is the contract, see the README), reads and splits them
//! in parallel, and collects every problem instead of stopping at the first.

pub mod frontmatter;
mod inert;
mod unpublished;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Ignore;
use crate::error::{Diagnostic, Diagnostics, Message};
use crate::model::front::{HomeMeta, PageMeta, YearMeta};
use crate::model::source::{Document, EventSource, Sources, YearSource};
use frontmatter::FrontMatter;

pub use crate::model::CONTENT_DIR;

/// A file's role, from its path under `content/`.
#[derive(Debug, PartialEq, Eq)]
enum Role {
    /// A Markdown file to read.
    Read(Kind),
    /// A file beside a bundle's `index.md`: the bundle's directory.
    Asset(PathBuf),
    /// A year's `stats.yaml` (read by `crate::stats`): the year exists
    /// even when it has no events.
    YearData(i32),
    /// Files we don't use.
    Ignored,
    /// A Markdown file where none belongs.
    Misplaced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Home,
    YearIntro(i32),
    Event(i32),
    Page,
}

fn classify(rel: &Path) -> Role {
    let parts: Vec<&str> = rel.iter().filter_map(|p| p.to_str()).collect();
    let is_md = rel.extension().is_some_and(|e| e == "md");
    let fallback = if is_md {
        Role::Misplaced
    } else {
        Role::Ignored
    };
    if let Some((first, rest)) = parts.split_first() {
        if let Some(year) = year_folder(first) {
            return match rest {
                ["_index.md"] => Role::Read(Kind::YearIntro(year)),
                ["stats.yaml"] => Role::YearData(year),
                ["events", _] if is_md => Role::Read(Kind::Event(year)),
                ["events", _, "index.md"] => Role::Read(Kind::Event(year)),
                ["events", dir, _, ..] => {
                    Role::Asset(Path::new(CONTENT_DIR).join(first).join("events").join(dir))
                }
                _ => fallback,
            };
        }
    }
    match parts.as_slice() {
        ["_index.md"] => Role::Read(Kind::Home),
        ["pages", _] if is_md => Role::Read(Kind::Page),
        _ => fallback,
    }
}

/// A year folder is four digits: `content/2016/`.
fn year_folder(name: &str) -> Option<i32> {
    (name.len() == 4 && name.bytes().all(|b| b.is_ascii_digit()))
        .then(|| name.parse().ok())
        .flatten()
}

/// Parsed files kept between reads, for `serve`: a file whose size and
/// modification time are unchanged is neither read nor parsed again, so
/// after an edit only the edited files are.
#[derive(Debug, Default)]
pub struct Cache(Mutex<HashMap<PathBuf, Cached>>);

/// A file's size and modification time, and what reading it gave.
type Cached = (Stamp, Result<Parsed, Vec<Diagnostic>>);

/// A file's size and modification time.
type Stamp = (u64, Option<std::time::SystemTime>);

impl Cache {
    /// Drops `files` (relative to the root) from the cache, for changes the
    /// file system's time stamps might not show.
    pub fn forget<'a>(&self, files: impl IntoIterator<Item = &'a PathBuf>) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        for f in files {
            map.remove(f);
        }
    }

    fn parse(&self, root: &Path, rel: PathBuf, kind: Kind) -> Result<Parsed, Vec<Diagnostic>> {
        let stamp = std::fs::metadata(root.join(&rel))
            .map(|m| (m.len(), m.modified().ok()))
            .ok();
        if let Some(stamp) = stamp {
            let map = self.0.lock().unwrap_or_else(|p| p.into_inner());
            if let Some((s, parsed)) = map.get(&rel) {
                if *s == stamp {
                    return parsed.clone();
                }
            }
        }
        let parsed = parse_file(root, rel.clone(), kind);
        if let Some(stamp) = stamp {
            let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
            map.insert(rel, (stamp, parsed.clone()));
        }
        parsed
    }
}

/// Reads every content file under `root`, taking unchanged files from
/// `cache` if given.
pub fn read(
    root: &Path,
    ignore: &Ignore,
    diags: &mut Diagnostics,
    cache: Option<&Cache>,
) -> Sources {
    let content = root.join(CONTENT_DIR);
    if !content.is_dir() {
        diags.push(
            Diagnostic::error(CONTENT_DIR, Message::new("load-no-content"))
                .with_hint(Message::new("load-no-content-hint")),
        );
        return Sources::default();
    }
    let mut files: Vec<(PathBuf, Kind)> = Vec::new();
    let mut data_years: Vec<i32> = Vec::new();
    let mut assets: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut bundles = std::collections::BTreeSet::new();
    let mut markdown_beside: Vec<(PathBuf, PathBuf)> = Vec::new();
    let resolved = crate::paths::resolved_root(root);
    let walker = WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(&content).to_path_buf();
                let cannot = Message::new("load-unreadable").arg("reason", e.to_string());
                diags.push(Diagnostic::error(relative(root, &path), cannot));
                continue;
            }
        };
        let rel = relative(root, entry.path());
        if entry.path_is_symlink() {
            match crate::paths::check_link(&resolved, entry.path(), &rel) {
                Ok(true) => {}
                Ok(false) => {
                    diags.push(
                        Diagnostic::warning(&rel, Message::new("load-folder-link"))
                            .with_hint(Message::new("load-folder-link-hint")),
                    );
                    continue;
                }
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            }
        } else if !entry.file_type().is_file() {
            continue;
        }
        let rel_content = entry.path().strip_prefix(&content).unwrap_or(entry.path());
        if ignore.covers(rel_content) {
            continue;
        }
        match classify(rel_content) {
            Role::Ignored => diags.extend(unpublished::stray_document(&rel, rel_content)),
            Role::YearData(year) => data_years.push(year),
            Role::Asset(dir) => match crate::paths::portable_name(entry.file_name()) {
                Ok(_) if rel.extension().is_some_and(|e| e == "md") => {
                    markdown_beside.push((dir, rel));
                }
                Ok(_) => match inert::check(&rel) {
                    Ok(()) => assets.push((dir, rel)),
                    Err(d) => diags.push(d),
                },
                Err(why) => diags.push(crate::paths::bad_name(&rel, why)),
            },
            Role::Misplaced => diags.push(unpublished::misplaced(&rel, rel_content)),
            Role::Read(kind) => {
                if rel.ends_with("index.md") {
                    bundles.extend(rel.parent().map(Path::to_path_buf));
                }
                files.push((rel, kind));
            }
        }
    }

    let parsed: Vec<Result<Parsed, Vec<Diagnostic>>> = files
        .into_par_iter()
        .map(|(rel, kind)| match cache {
            Some(c) => c.parse(root, rel, kind),
            None => parse_file(root, rel, kind),
        })
        .collect();

    let mut sources = Sources::default();
    let mut years: std::collections::BTreeMap<i32, Option<Document<YearMeta>>> = Default::default();
    for year in data_years {
        years.insert(year, None);
    }
    for p in parsed {
        match p {
            Err(found) => diags.extend(found),
            Ok(Parsed::Home(d)) => sources.home = Some(d),
            Ok(Parsed::Year(y, d)) => {
                years.insert(y, Some(d));
            }
            Ok(Parsed::Event(ev)) => {
                years.entry(ev.folder_year).or_insert(None);
                sources.events.push(ev);
            }
            Ok(Parsed::Page(d)) => sources.pages.push(d),
        }
    }
    diags.extend(crate::paths::twins(assets.iter().map(|(_, f)| f.as_path())));
    let (beside_index, orphans): (Vec<_>, Vec<_>) = markdown_beside
        .into_iter()
        .partition(|(dir, _)| bundles.contains(dir));
    diags.extend(
        beside_index
            .iter()
            .filter_map(|(_, f)| inert::check(f).err()),
    );
    diags.extend(unpublished::bundles_without_index(
        assets.iter().chain(&orphans),
        &bundles,
    ));
    attach_assets(&mut sources.events, assets);
    sources.years = years
        .into_iter()
        .map(|(year, intro)| YearSource { year, intro })
        .collect();
    sources
}

#[derive(Debug, Clone)]
enum Parsed {
    Home(Document<HomeMeta>),
    Year(i32, Document<YearMeta>),
    Event(EventSource),
    Page(Document<PageMeta>),
}

fn parse_file(root: &Path, rel: PathBuf, kind: Kind) -> Result<Parsed, Vec<Diagnostic>> {
    let text = || read_text(&root.join(&rel), &rel).map_err(|d| vec![d]);
    Ok(match kind {
        Kind::Home => Parsed::Home(frontmatter::parse(&rel, text()?, FrontMatter::Optional)?),
        Kind::YearIntro(y) => {
            Parsed::Year(y, frontmatter::parse(&rel, text()?, FrontMatter::Optional)?)
        }
        Kind::Event(year) => Parsed::Event(read_event(root, &rel, year, Vec::new())?),
        Kind::Page => Parsed::Page(frontmatter::parse(&rel, text()?, FrontMatter::Required)?),
    })
}

/// Reads one event's file again, for `serve`'s patched rebuilds (see
/// `serve::patch`): `folder_year` and `assets` are what the last full read
/// found for it.
pub fn read_event(
    root: &Path,
    rel: &Path,
    folder_year: i32,
    assets: Vec<PathBuf>,
) -> Result<EventSource, Vec<Diagnostic>> {
    let text = read_text(&root.join(rel), rel).map_err(|d| vec![d])?;
    Ok(EventSource {
        folder_year,
        doc: frontmatter::parse(rel, text, FrontMatter::Required)?,
        assets,
    })
}

/// Gives each bundle its files. Bundles are `index.md` files, so the
/// bundle directory is the document's parent.
fn attach_assets(events: &mut [EventSource], assets: Vec<(PathBuf, PathBuf)>) {
    let mut by_dir: std::collections::HashMap<PathBuf, Vec<PathBuf>> = Default::default();
    for (dir, file) in assets {
        by_dir.entry(dir).or_default().push(file);
    }
    for ev in events {
        if ev.doc.file.file_name().is_some_and(|n| n == "index.md") {
            if let Some(dir) = ev.doc.file.parent() {
                ev.assets = by_dir.remove(dir).unwrap_or_default();
            }
        }
    }
}

/// The largest text file read: an event write-up is a few kilobytes, so a
/// bigger file is a mistake (a document or an image pasted as text) and is
/// refused before it fills memory.
pub const MAX_TEXT_BYTES: u64 = 8 * 1024 * 1024;

/// Reads a text file, explaining encodings other than UTF-8 and refusing
/// files over [`MAX_TEXT_BYTES`].
pub fn read_text(path: &Path, rel: &Path) -> Result<String, Diagnostic> {
    use std::io::Read;
    let cannot = |e: std::io::Error| {
        Diagnostic::error(
            rel,
            Message::new("load-unreadable").arg("reason", e.to_string()),
        )
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    // Sized to the file: grown by doubling, the buffers of 100 000 events
    // held a third more memory than their text.
    let size = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(MAX_TEXT_BYTES + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0) + 1);
    // Read one byte past the limit to tell "too big" without trusting the
    // file's reported size.
    file.take(MAX_TEXT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        let size = std::fs::metadata(path).map_or(0, |m| m.len());
        let too_big = Message::new("load-too-big")
            .arg("size", size.div_ceil(1024 * 1024))
            .arg("limit", MAX_TEXT_BYTES / 1024 / 1024);
        return Err(Diagnostic::error(rel, too_big).with_hint(Message::new("load-too-big-hint")));
    }
    String::from_utf8(bytes).map_err(|e| not_utf8(rel, e))
}

fn not_utf8(rel: &Path, err: std::string::FromUtf8Error) -> Diagnostic {
    let bytes = err.as_bytes();
    let at = err.utf8_error().valid_up_to();
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    // Windows-1251 (old Word exports) puts Cyrillic letters in 0xC0..=0xFF.
    let high = bytes.iter().filter(|&&b| b >= 0xC0).count();
    let cp1251 = high * 4 > bytes.iter().filter(|&&b| b >= 0x80).count() * 3;
    let hint = if cp1251 {
        Message::new("load-not-utf8-hint-cp1251").arg("file", rel.display().to_string())
    } else {
        Message::new("load-not-utf8-hint")
    };
    let mut d = Diagnostic::error(rel, Message::new("load-not-utf8")).with_hint(hint);
    d.line = u32::try_from(line).ok();
    d.column = u32::try_from(column).ok();
    d
}

/// `path` relative to `root`, for messages.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_follow_the_layout() {
        let c = |p: &str| classify(Path::new(p));
        assert_eq!(c("_index.md"), Role::Read(Kind::Home));
        assert_eq!(c("2016/_index.md"), Role::Read(Kind::YearIntro(2016)));
        assert_eq!(c("2016/events/a.md"), Role::Read(Kind::Event(2016)));
        assert_eq!(c("2016/events/a/index.md"), Role::Read(Kind::Event(2016)));
        assert_eq!(
            c("2016/events/a/photo.jpg"),
            Role::Asset(PathBuf::from("content/2016/events/a"))
        );
        assert_eq!(c("pages/about.md"), Role::Read(Kind::Page));
        assert_eq!(c("2016/stats.yaml"), Role::YearData(2016));
        assert_eq!(c("2016/a.md"), Role::Misplaced);
        assert_eq!(c("misc/a.md"), Role::Misplaced);
    }

    #[test]
    fn cache_rereads_only_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        let rel = PathBuf::from("content/2016/events/a.md");
        let path = dir.path().join(&rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let write = |title: &str| {
            std::fs::write(&path, format!("---\ntitle: {title}\ndate: 2016\n---\n")).unwrap();
            let f = std::fs::File::options().write(true).open(&path).unwrap();
            f.set_modified(std::time::UNIX_EPOCH).unwrap();
        };
        let title = |cache: &Cache| match cache.parse(dir.path(), rel.clone(), Kind::Event(2016)) {
            Ok(Parsed::Event(ev)) => ev.doc.meta.title,
            other => panic!("{other:?}"),
        };
        let cache = Cache::default();
        write("один");
        assert_eq!(title(&cache), "один");
        // Same size and time: taken from the cache.
        write("одна");
        assert_eq!(title(&cache), "один");
        cache.forget([&rel]);
        assert_eq!(title(&cache), "одна");
        write("другой");
        assert_eq!(title(&cache), "другой");
    }

    #[test]
    fn cp1251_is_recognised() {
        // «Акция» in Windows-1251.
        let bytes = b"---\ntitle: \xc0\xea\xf6\xe8\xff\n---\n".to_vec();
        let err = String::from_utf8(bytes).unwrap_err();
        let d = not_utf8(Path::new("a.md"), err);
        assert_eq!((d.line, d.column), (Some(2), Some(8)));
        assert!(d.hint.unwrap().to_string().contains("Windows-1251"));
    }
}
