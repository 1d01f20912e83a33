//! Nothing in `content/` is left out in silence: a Markdown file that no
//! page is made of, a bundle without its `index.md`, a Word or PDF file
//! outside a bundle are errors that say where the file should go, unless
//! `site.yaml` lists the path under `ignore:`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Message};

/// Documents an editor means to publish, which are published only beside
/// an event (in its bundle folder).
const DOCUMENTS: [&str; 12] = [
    "doc", "docx", "odt", "rtf", "pdf", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "djvu",
];

/// A Markdown file where none is read: `rel` is under the site root,
/// `in_content` under `content/`.
pub fn misplaced(rel: &Path, in_content: &Path) -> Diagnostic {
    let year = in_content
        .components()
        .next()
        .and_then(|c| c.as_os_str().to_str())
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let hint = match year {
        Some(year) => Message::new("load-misplaced-hint-year").arg("year", year),
        None => Message::new("load-misplaced-hint"),
    };
    Diagnostic::error(rel, Message::new("load-misplaced"))
        .with_hint(hint.arg("path", crate::error::shown(in_content)))
}

/// A document (Word, PDF, …) outside a bundle, which no page links to;
/// `None` for other files (and Word's `~$` lock files).
pub fn stray_document(rel: &Path, in_content: &Path) -> Option<Diagnostic> {
    let ext = rel.extension()?.to_str()?.to_ascii_lowercase();
    let name = rel.file_name()?.to_str()?;
    if !DOCUMENTS.contains(&ext.as_str()) || name.starts_with("~$") {
        return None;
    }
    let hint =
        Message::new("load-stray-document-hint").arg("path", crate::error::shown(in_content));
    Some(Diagnostic::error(rel, Message::new("load-stray-document")).with_hint(hint))
}

/// The bundle folders among `assets` (folder, file) that have no
/// `index.md` among `bundles`: one error each, on the Markdown file that
/// should be `index.md` when there is one, else on the folder.
pub fn bundles_without_index<'a>(
    assets: impl IntoIterator<Item = &'a (PathBuf, PathBuf)>,
    bundles: &BTreeSet<PathBuf>,
) -> Vec<Diagnostic> {
    let mut orphans: BTreeMap<&Path, Vec<&Path>> = BTreeMap::new();
    for (dir, file) in assets {
        if !bundles.contains(dir) {
            orphans.entry(dir).or_default().push(file);
        }
    }
    orphans
        .into_iter()
        .map(|(dir, files)| {
            let md = files
                .iter()
                .find(|f| f.extension().is_some_and(|e| e == "md"));
            match md {
                Some(md) => Diagnostic::error(*md, Message::new("load-not-index")).with_hint(
                    Message::new("load-not-index-hint").arg("folder", crate::error::shown(dir)),
                ),
                None => Diagnostic::error(dir, Message::new("load-no-index"))
                    .with_hint(Message::new("load-no-index-hint").arg("count", files.len())),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_renamed_index_is_named_with_the_fix() {
        let dir = PathBuf::from("content/2016/events/klub");
        let assets = vec![
            (dir.clone(), dir.join("klub.md")),
            (dir.clone(), dir.join("foto.jpg")),
        ];
        let found = bundles_without_index(&assets, &BTreeSet::new());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, dir.join("klub.md"));
        assert_eq!(found[0].code(), "load-not-index");
        let hint = found[0].hint_in(Lang::Ru).unwrap();
        assert!(hint.contains("переименуйте файл в index.md"), "{hint}");
        let with_index = BTreeSet::from([dir.clone()]);
        assert!(bundles_without_index(&assets, &with_index).is_empty());
    }

    #[test]
    fn documents_outside_bundles_are_errors_other_files_are_not() {
        let rel = Path::new("content/2016/otchet.docx");
        let d = stray_document(rel, Path::new("2016/otchet.docx")).unwrap();
        assert_eq!(d.code(), "load-stray-document");
        assert!(stray_document(Path::new("content/2016/~$otchet.docx"), rel).is_none());
        assert!(stray_document(Path::new("content/Thumbs.db"), rel).is_none());
    }

    #[test]
    fn a_markdown_file_in_a_year_folder_is_sent_to_events() {
        let d = misplaced(Path::new("content/2016/a.md"), Path::new("2016/a.md"));
        let hint = d.hint_in(Lang::Ru).unwrap();
        assert!(
            hint.contains("перенесите файл в папку content/2016/events/"),
            "{hint}"
        );
    }
}
