//! The sites the import tests import into, and reading back what was written.

use std::path::{Path, PathBuf};

use crate::common::{letopis, repo_root, Run, Site};
use letopis::testing::{event_file, EventFields};

/// The 2016 Novokuznetsk site: its libraries and how reports write them.
pub const NOVOKUZNETSK: &str = "title: \"Летопись детских библиотек\"\nlanguage: ru\norganisation:\n  name: \"МБУ «МИБС» г. Новокузнецка\"\nimport:\n  libraries:\n    \"Центральная детская библиотека\": [ЦДБ]\n    \"Детская библиотека «Экос»\": []\n    \"Детская библиотека «Единство»\": []\n    \"Центральная городская библиотека им. Н. В. Гоголя\": [\"ЦГБ им. Гоголя\"]\n";

/// The Karaganda system's site.
pub const KARAGANDA: &str = "title: \"Летопись ЦБС г. Караганды\"\nlanguage: ru\norganisation:\n  name: \"КГУ «ЦБС г.Караганды»\"\nimport:\n  forms: [story time]\n  libraries:\n    \"Центральная городская библиотека им. М. О. Ауэзова\": [ЦГБ]\n    \"Библиотека-филиал №16\": []\n";

pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/import").join(name)
}

/// `letopis import FILE… --root SITE ARGS…`.
pub fn import(site: &Site, files: &[&Path], args: &[&str]) -> Run {
    let root = site.root().to_string_lossy().into_owned();
    let files: Vec<String> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let mut all: Vec<&str> = vec!["import"];
    all.extend(files.iter().map(String::as_str));
    all.extend(["--root", root.as_str()]);
    all.extend(args);
    letopis(&all)
}

/// Every event file under `content/<year>/events/`, read by the project's
/// loader: (path relative to the root, fields).
pub fn events(site: &Site, year: i32) -> Vec<(PathBuf, EventFields)> {
    let dir = site.root().join(format!("content/{year}/events"));
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    for e in entries.flatten() {
        let path = e.path();
        let file = if path.is_dir() {
            path.join("index.md")
        } else {
            path
        };
        let rel = file
            .strip_prefix(site.root())
            .expect("inside")
            .to_path_buf();
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let fields =
            event_file(&rel, text, year).unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
        out.push((rel, fields));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Every file under the site's root but `site.yaml`, with its bytes.
pub fn files(site: &Site) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut t = crate::common::tree(site.root());
    t.remove(Path::new("site.yaml"));
    t
}
