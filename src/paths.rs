//! Paths that stay where they belong.
//!
//! A site's files may only be read from inside the site, and what the build
//! writes must be a file name every system accepts: the site is often
//! edited on Windows and built on Linux, or the other way round. Slugs are
//! safe by construction ([`crate::slug`]); bundle files and static files
//! keep their own names, so those are checked here, and a symbolic link
//! that leads out of the site is refused rather than followed.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::error::{shown, Diagnostic, Message};

/// Device names Windows reserves in every folder, with any extension
/// (Microsoft's list, superscript digits and console names included).
const WINDOWS_RESERVED: [&str; 32] = [
    "con", "prn", "aux", "nul", "conin$", "conout$", "com0", "com1", "com2", "com3", "com4",
    "com5", "com6", "com7", "com8", "com9", "com¹", "com²", "com³", "lpt0", "lpt1", "lpt2", "lpt3",
    "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt¹", "lpt²", "lpt³",
];

/// Characters Windows forbids in file names (besides control characters).
const WINDOWS_FORBIDDEN: [char; 9] = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

/// Whether Windows reserves `name` (`con`, `NUL.txt`, `com1.jpg`).
pub fn windows_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end();
    WINDOWS_RESERVED
        .iter()
        .any(|r| r.eq_ignore_ascii_case(stem))
}

/// Files that Windows and macOS would take for one: names equal but for
/// letter case (`A.pdf`, `a.pdf`) or Unicode normal form (`й` as one
/// character or as `и` and a combining breve). On those systems one
/// overwrites the other when the site is copied or published; an error
/// names both.
pub fn twins<'a>(files: impl IntoIterator<Item = &'a Path>) -> Vec<Diagnostic> {
    use unicode_normalization::UnicodeNormalization;
    let mut seen: std::collections::HashMap<String, &Path> = Default::default();
    let mut found = Vec::new();
    for file in files {
        let key: String = file
            .to_string_lossy()
            .nfc()
            .collect::<String>()
            .to_lowercase();
        match seen.get(&key) {
            Some(first) if *first != file => found.push(
                Diagnostic::error(file, Message::new("path-twin").arg("file", shown(first)))
                    .with_hint(Message::new("path-twin-hint")),
            ),
            Some(_) => {}
            None => {
                seen.insert(key, file);
            }
        }
    }
    found
}

/// The name as UTF-8 if Windows, macOS and Linux all accept it as a file
/// name and a URL segment; else why not (a `path-…` message).
pub fn portable_name(name: &OsStr) -> Result<&str, Message> {
    let Some(name) = name.to_str() else {
        return Err(Message::new("path-not-unicode"));
    };
    if let Some(c) = name
        .chars()
        .find(|c| WINDOWS_FORBIDDEN.contains(c) || c.is_control())
    {
        let shown = if c.is_control() {
            format!("U+{:04X}", c as u32)
        } else {
            c.to_string()
        };
        return Err(Message::new("path-forbidden-char").arg("char", shown));
    }
    if name.ends_with(['.', ' ']) {
        return Err(Message::new("path-trailing-dot"));
    }
    if windows_reserved(name) {
        return Err(Message::new("path-device").arg("name", name));
    }
    if name.len() > 200 {
        return Err(Message::new("path-too-long"));
    }
    Ok(name)
}

/// A diagnostic for a file whose name cannot be published, `why` from
/// [`portable_name`].
pub fn bad_name(rel: &Path, why: Message) -> Diagnostic {
    Diagnostic::error(rel, why).with_hint(Message::new("path-bad-name-hint"))
}

/// The site root as the system resolves it, for [`check_link`].
pub fn resolved_root(root: &Path) -> PathBuf {
    std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf())
}

/// For a symbolic link at `path` (shown as `rel`): `Ok(true)` if it
/// leads to a file inside `root` (resolved), `Ok(false)` for a folder inside
/// it (not followed, so nothing is read twice), and an error naming the
/// file if it leads outside the site or nowhere.
pub fn check_link(root: &Path, path: &Path, rel: &Path) -> Result<bool, Diagnostic> {
    let hint = || Message::new("path-link-hint");
    let target = std::fs::canonicalize(path)
        .map_err(|_| Diagnostic::error(rel, Message::new("path-link-nowhere")).with_hint(hint()))?;
    if !target.starts_with(root) {
        let to = target.display().to_string();
        return Err(
            Diagnostic::error(rel, Message::new("path-link-outside").arg("target", to))
                .with_hint(hint()),
        );
    }
    Ok(target.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_differing_only_in_case_clash() {
        let paths = [
            Path::new("content/2016/events/klub/Фото.JPG"),
            Path::new("content/2016/events/klub/фото.jpg"),
            Path::new("content/2016/events/other/фото.jpg"),
        ];
        let clashes = twins(paths);
        assert_eq!(clashes.len(), 1, "{clashes:?}");
        assert_eq!(clashes[0].file, paths[1]);
        assert!(clashes[0].message.to_string().contains("Фото.JPG"));
    }

    #[test]
    fn reserved_names_in_any_case_and_with_extensions() {
        for n in [
            "con",
            "CON",
            "Nul.jpg",
            "com1.tar.gz",
            "lpt9",
            "aux ",
            "COM¹.jpg",
            "conin$",
            "CONOUT$.txt",
            "lpt0",
        ] {
            assert!(windows_reserved(n), "{n}");
        }
        for n in ["console", "con-1", "nul1", "com10", "icon.png", ""] {
            assert!(!windows_reserved(n), "{n}");
        }
    }

    #[test]
    fn portable_names() {
        for ok in [
            "foto 1.jpg",
            "Фото_2016.JPG",
            "отчёт (итог).pdf",
            ".nojekyll",
        ] {
            assert_eq!(portable_name(OsStr::new(ok)), Ok(ok));
        }
        for bad in [
            "a:b.jpg",
            "what?.png",
            "star*.gif",
            "pipe|.txt",
            "tab\t.txt",
            "dot.",
            "CON.jpg",
        ] {
            assert!(portable_name(OsStr::new(bad)).is_err(), "{bad}");
        }
    }

    /// Why a name cannot be published, in ru, kk and en, with the fix.
    #[test]
    fn bad_names_are_told_in_each_language() {
        use crate::i18n::Lang;
        let said = [
            ("a:b.jpg", Lang::Ru, "этот файл нельзя опубликовать: в его имени есть знак `:`, который запрещён в Windows"),
            ("a:b.jpg", Lang::Kk, "бұл файлды жариялау мүмкін емес: атында Windows-та тыйым салынған `:` таңбасы бар"),
            ("a:b.jpg", Lang::En, "this file cannot be published: its name has `:`, which Windows does not allow"),
            ("CON.jpg", Lang::Ru, "этот файл нельзя опубликовать: имя `CON.jpg` Windows оставляет за устройствами"),
            ("dot.", Lang::Ru, "этот файл нельзя опубликовать: его имя кончается точкой или пробелом, а Windows их отбрасывает"),
        ];
        for (name, lang, want) in said {
            let why = portable_name(OsStr::new(name)).unwrap_err();
            assert_eq!(why.render(lang), want);
        }
        let d = bad_name(Path::new("e/a:b.jpg"), Message::new("path-too-long"));
        assert_eq!(
            d.hint_in(Lang::Ru).unwrap(),
            "переименуйте файл: буквы, цифры, `-`, `_` и `.`, например `foto-1.jpg`"
        );
        assert_eq!(
            d.hint_in(Lang::Kk).unwrap(),
            "файлдың атын өзгертіңіз: әріптер, цифрлар, `-`, `_` және `.`, мысалы `foto-1.jpg`"
        );
        let twin = &twins([Path::new("e/A.pdf"), Path::new("e/a.pdf")])[0];
        assert_eq!(
            twin.message_in(Lang::Ru),
            "у этого файла то же имя, что у e/A.pdf, для Windows и macOS: они не различают такие имена"
        );
    }

    #[test]
    fn case_and_normal_form_twins_are_found() {
        let files = [
            Path::new("e/A.pdf"),
            Path::new("e/a.pdf"),
            Path::new("e/\u{439}.jpg"),
            Path::new("e/\u{438}\u{306}.jpg"),
            Path::new("e/b.pdf"),
        ];
        let found = twins(files);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].file, Path::new("e/a.pdf"));
        assert!(found[0].message.to_string().contains("e/A.pdf"));
    }

    #[cfg(unix)]
    #[test]
    fn links_out_of_the_site_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        let site = tempfile::tempdir().unwrap();
        let root = resolved_root(site.path());
        std::fs::write(outside.path().join("secret.txt"), "x").unwrap();
        std::fs::write(site.path().join("photo.jpg"), "x").unwrap();
        let out = site.path().join("out.jpg");
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), &out).unwrap();
        let d = check_link(&root, &out, Path::new("out.jpg")).unwrap_err();
        assert!(
            d.message.to_string().contains("out of the site"),
            "{}",
            d.message
        );
        let inside = site.path().join("in.jpg");
        std::os::unix::fs::symlink(site.path().join("photo.jpg"), &inside).unwrap();
        assert_eq!(check_link(&root, &inside, Path::new("in.jpg")), Ok(true));
        let dangling = site.path().join("gone.jpg");
        std::os::unix::fs::symlink(site.path().join("nothing"), &dangling).unwrap();
        assert!(check_link(&root, &dangling, Path::new("gone.jpg")).is_err());
    }
}
