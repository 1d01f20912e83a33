//! Finding the theme and merging the site's overrides into it.
//!
//! A theme is `themes/<name>/` with `templates/`, `static/`, `i18n/`,
//! `archetypes/` (read by `letopis new`) and a
//! `theme.yaml`. The default theme, `letopis`, is also built into the
//! binary, so a site needs no copy of it. Files in the site's own
//! `templates/`, `static/` and `i18n/` override the theme's files of the
//! same name.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use walkdir::WalkDir;

use crate::builtin::BUILTIN;
use crate::error::{suggest, Diagnostic, Message};
use crate::i18n::Lang;
use crate::load::{read_text, relative};
use crate::yaml::{self, Fragment};

/// The name of the theme compiled into the binary.
pub const DEFAULT_THEME: &str = "letopis";

/// `theme.yaml`: what the theme is; templates see it as `theme`.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeMeta {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub licence: String,
}

/// Where a file's bytes come from.
#[derive(Debug, Clone)]
pub enum FileSource {
    Disk(PathBuf),
    Builtin(&'static [u8]),
}

/// A template's text and the file to name in its errors.
#[derive(Debug)]
pub struct TemplateFile {
    /// Tera's name for it: the path below `templates/`, e.g. `partials/event_card.html`.
    pub name: String,
    pub text: String,
    pub file: PathBuf,
}

/// One UI string: plain, or the three plural forms (one, few, many).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Translation {
    Text(String),
    Plural([String; 3]),
}

/// A theme with the site's overrides applied.
#[derive(Debug)]
pub struct Theme {
    pub meta: ThemeMeta,
    pub templates: Vec<TemplateFile>,
    /// Output path (relative) → file.
    pub static_files: BTreeMap<String, FileSource>,
    /// UI strings in the site's language.
    pub strings: HashMap<String, Translation>,
}

/// One layer of files: the theme's, then the site's on top.
struct Layer {
    files: BTreeMap<String, FileSource>,
    /// How to name the layer's files in messages.
    label: PathBuf,
}

impl Theme {
    /// Finds theme `name` for the site at `root` and merges the site's
    /// overrides.
    pub fn load(root: &Path, name: &str, lang: Lang) -> Result<Theme, Vec<Diagnostic>> {
        let dir = inside_themes(root, name).map_err(|d| vec![d])?;
        let theme = if dir.is_dir() {
            disk_layer(root, &dir)?
        } else if name == DEFAULT_THEME {
            Layer {
                files: BUILTIN
                    .iter()
                    .map(|(p, b)| (p.to_string(), FileSource::Builtin(b)))
                    .collect(),
                label: PathBuf::from(format!("(built-in theme {DEFAULT_THEME})")),
            }
        } else {
            return Err(vec![unknown_theme(root, name)]);
        };
        let mut site = disk_layer(root, root)?;
        site.files.retain(|p, _| {
            ["templates/", "static/", "i18n/"]
                .iter()
                .any(|d| p.starts_with(d))
        });
        merge(theme, site, lang)
    }
}

/// `themes/<name>` of the site, if `name` is a plain folder name and the
/// folder, if it is a link, leads to a place inside the site: a theme's
/// files are published, so `theme: /home/user` or a committed link to
/// `/etc` would publish files from outside the site.
fn inside_themes(root: &Path, name: &str) -> Result<PathBuf, Diagnostic> {
    let plain = !name.is_empty()
        && name != "."
        && name != ".."
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
    if !plain {
        return Err(Diagnostic::error(
            crate::config::CONFIG_FILE,
            Message::new("theme-not-folder-name").arg("name", name),
        )
        .with_hint(Message::new("theme-not-folder-name-hint")));
    }
    let dir = root.join("themes").join(name);
    let is_link = std::fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink());
    if is_link {
        let site = crate::paths::resolved_root(root);
        let target = std::fs::canonicalize(&dir).unwrap_or_default();
        if !target.starts_with(&site) || target.as_os_str().is_empty() {
            return Err(Diagnostic::error(
                Path::new("themes").join(name),
                Message::new("theme-link-outside").arg("target", target.display().to_string()),
            )
            .with_hint(Message::new("theme-link-outside-hint")));
        }
    }
    Ok(dir)
}

fn unknown_theme(root: &Path, name: &str) -> Diagnostic {
    let mut known: Vec<String> = std::fs::read_dir(root.join("themes"))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    known.push(DEFAULT_THEME.to_string());
    let themes = known.join(", ");
    let hint = match suggest(name, known.iter().map(String::as_str)) {
        Some(s) => Message::new("theme-unknown-hint-near")
            .arg("near", s)
            .arg("themes", themes),
        None => Message::new("theme-unknown-hint")
            .arg("name", name)
            .arg("themes", themes),
    };
    let source = std::fs::read_to_string(root.join(crate::config::CONFIG_FILE)).unwrap_or_default();
    let line = crate::yaml::line_of_key(&source, "theme").unwrap_or(1);
    Diagnostic::error(
        crate::config::CONFIG_FILE,
        Message::new("theme-unknown").arg("name", name),
    )
    .at(&source, line, 1)
    .with_hint(hint)
}

fn disk_layer(root: &Path, dir: &Path) -> Result<Layer, Vec<Diagnostic>> {
    let mut files = BTreeMap::new();
    let mut diags = Vec::new();
    let resolved = crate::paths::resolved_root(root);
    for sub in ["templates", "static", "i18n", "archetypes", "theme.yaml"] {
        let start = dir.join(sub);
        if !start.exists() {
            continue;
        }
        for entry in WalkDir::new(&start).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() || e.path_is_symlink() => {
                    let shown = relative(root, e.path());
                    if e.path_is_symlink() {
                        match crate::paths::check_link(&resolved, e.path(), &shown) {
                            Ok(true) => {}
                            Ok(false) => continue,
                            Err(d) => {
                                diags.push(d);
                                continue;
                            }
                        }
                    }
                    if let Err(why) = crate::paths::portable_name(e.file_name()) {
                        diags.push(crate::paths::bad_name(&shown, why));
                        continue;
                    }
                    let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                    let key = rel.to_string_lossy().replace('\\', "/");
                    files.insert(key, FileSource::Disk(e.path().to_path_buf()));
                }
                Ok(_) => {}
                Err(e) => diags.push(Diagnostic::error(
                    relative(root, &start),
                    Message::new("theme-unreadable").arg("reason", e.to_string()),
                )),
            }
        }
    }
    diags.extend(crate::paths::twins(files.values().filter_map(
        |f| match f {
            FileSource::Disk(path) => Some(path.strip_prefix(root).unwrap_or(path)),
            _ => None,
        },
    )));
    if diags.is_empty() {
        Ok(Layer {
            files,
            label: relative(root, dir),
        })
    } else {
        Err(diags)
    }
}

fn merge(theme: Layer, site: Layer, lang: Lang) -> Result<Theme, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let meta_file = theme.label.join("theme.yaml");
    let meta = match theme.files.get("theme.yaml") {
        Some(src) => {
            match text(src, &meta_file).and_then(|t| parse_yaml::<ThemeMeta>(&meta_file, &t)) {
                Ok(m) => Some(m),
                Err(d) => {
                    diags.push(d);
                    None
                }
            }
        }
        None => {
            diags.push(
                Diagnostic::error(&meta_file, Message::new("theme-no-meta"))
                    .with_hint(Message::new("theme-no-meta-hint")),
            );
            None
        }
    };
    let mut templates = Vec::new();
    let mut static_files = BTreeMap::new();
    let mut strings = HashMap::new();
    let i18n_file = format!("i18n/{}.yaml", lang.code());
    for layer in [&theme, &site] {
        for (path, src) in &layer.files {
            let shown = layer.label.join(path);
            if let Some(name) = path.strip_prefix("templates/") {
                match text(src, &shown) {
                    Ok(t) => {
                        templates.retain(|x: &TemplateFile| x.name != name);
                        templates.push(TemplateFile {
                            name: name.to_string(),
                            text: t,
                            file: shown,
                        });
                    }
                    Err(d) => diags.push(d),
                }
            } else if let Some(out) = path.strip_prefix("static/") {
                static_files.insert(out.to_string(), src.clone());
            } else if *path == i18n_file {
                match text(src, &shown)
                    .and_then(|t| parse_yaml::<HashMap<String, Translation>>(&shown, &t))
                {
                    Ok(map) => strings.extend(map),
                    Err(d) => diags.push(d),
                }
            }
        }
    }
    match meta {
        Some(meta) if diags.is_empty() => Ok(Theme {
            meta,
            templates,
            static_files,
            strings,
        }),
        _ => Err(diags),
    }
}

fn text(src: &FileSource, shown: &Path) -> Result<String, Diagnostic> {
    match src {
        FileSource::Disk(p) => read_text(p, shown),
        FileSource::Builtin(b) => String::from_utf8(b.to_vec()).map_err(|_| {
            Diagnostic::error(shown, Message::new("theme-builtin-not-utf8"))
                .with_hint(Message::new("theme-builtin-not-utf8-hint"))
        }),
    }
}

fn parse_yaml<T: serde::de::DeserializeOwned>(file: &Path, source: &str) -> Result<T, Diagnostic> {
    yaml::parse(
        file,
        Fragment {
            source,
            yaml: source,
            first_line: 1,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn themes_come_only_from_inside_the_site() {
        let site = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join("themes")).unwrap();
        for name in ["/etc", "../x", "a/b", ".."] {
            let d = inside_themes(site.path(), name).unwrap_err();
            assert!(d.code() == "theme-not-folder-name", "{name}: {d}");
        }
        std::os::unix::fs::symlink(outside.path(), site.path().join("themes/out")).unwrap();
        let d = inside_themes(site.path(), "out").unwrap_err();
        assert!(d.message.to_string().contains("out of the site"), "{d}");
        assert!(inside_themes(site.path(), "letopis").is_ok());
    }

    #[test]
    fn builtin_theme_is_the_theme_folder() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("themes")
            .join(DEFAULT_THEME);
        let on_disk = disk_layer(&dir, &dir).unwrap();
        let listed: Vec<&str> = BUILTIN.iter().map(|(p, _)| *p).collect();
        let found: Vec<&str> = on_disk.files.keys().map(String::as_str).collect();
        assert_eq!(listed, found);
    }

    #[test]
    fn builtin_theme_loads_in_every_language() {
        let empty = tempfile::tempdir().unwrap();
        for lang in Lang::ALL {
            let theme = Theme::load(empty.path(), DEFAULT_THEME, lang).unwrap();
            assert_eq!(theme.meta.name, DEFAULT_THEME);
            assert!(theme.templates.iter().any(|t| t.name == "event.html"));
            assert!(theme.strings.contains_key("events"), "{lang:?}");
        }
    }
}
