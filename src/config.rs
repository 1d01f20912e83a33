//! `site.yaml` into a typed [`Config`].

pub mod cms;
pub mod import;
pub mod libraries;

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Message};
use crate::i18n::Lang;
use crate::yaml::{self, line_of_key, Fragment};

/// The name of the configuration file at the site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// The whole site's settings, as written in `site.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub title: String,
    #[serde(default)]
    pub description: String,
    /// Where the site is published; links are made absolute with its path,
    /// so a site can live in a subfolder (GitHub Pages' `/<repo>/`).
    #[serde(default = "default_base_url")]
    pub base_url: String,
    #[serde(default)]
    pub language: Lang,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default)]
    pub organisation: Organisation,
    /// The registry of the site's libraries (see `config::libraries`).
    #[serde(default)]
    pub libraries: libraries::Libraries,
    #[serde(default)]
    pub markdown: MarkdownConfig,
    #[serde(default)]
    pub photos: PhotosConfig,
    /// Show each event's and page's «last updated» date, taken from the
    /// site's git history (the day of the newest commit that changed its
    /// file). Off by default: it needs git and the site's whole history.
    #[serde(default)]
    pub last_updated: bool,
    /// Publish each year's annual report as documents,
    /// `/<year>/report.pdf` and `/<year>/report.docx`, linked from the
    /// year page (see `crate::report`). Off by default: a report is made
    /// for a year that is done.
    #[serde(default)]
    pub report: bool,
    /// How many events a library's, form's or tag's page lists before it
    /// continues on `page/2/`; 0 lists them all on one page. A term of a
    /// big network can have thousands of events: one page of them all is
    /// megabytes on a phone.
    #[serde(default = "default_paginate")]
    pub paginate: usize,
    /// What `letopis import` should know: the site's own forms of events
    /// and how reports write its libraries' names.
    #[serde(default)]
    pub import: import::ImportConfig,
    /// Editing in the browser: publishes `/admin/` (see `crate::cms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cms: Option<cms::CmsConfig>,
    /// Anything a site's own templates need.
    #[serde(default)]
    pub extra: BTreeMap<String, serde_yaml::Value>,
    /// Paths under `content/` left out of the site on purpose (a folder
    /// leaves out everything in it): without an entry here a file that
    /// would not be published is an error.
    #[serde(default)]
    pub ignore: Ignore,
    /// The environment variables templates may read with `get_env`; none
    /// by default, so no CI secret reaches a page (see `render::env`).
    #[serde(default)]
    pub template_env: Vec<String>,
}

/// The library or library system the site belongs to.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub social: Vec<SocialLink>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SocialLink {
    pub name: String,
    pub url: String,
}

/// How photos are published.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PhotosConfig {
    /// Publish what the camera wrote into each photo (EXIF with the GPS
    /// position, XMP, IPTC). Off by default: the photos are of people,
    /// children among them, and the metadata says where and with what.
    #[serde(default)]
    pub keep_metadata: bool,
}

/// Which Markdown engine renders bodies, and how.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MarkdownConfig {
    #[serde(default)]
    pub engine: MarkdownEngine,
    /// Straight quotes and dashes into typographic ones.
    #[serde(default = "yes")]
    pub smart_punctuation: bool,
    /// Let raw HTML in Markdown through unsanitised: scripts, iframes and
    /// all. Only for sites whose every editor is trusted.
    #[serde(default)]
    pub unsafe_html: bool,
}

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig {
            engine: MarkdownEngine::default(),
            smart_punctuation: true,
            unsafe_html: false,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MarkdownEngine {
    /// CommonMark with tables, footnotes, strikethrough.
    #[default]
    PulldownCmark,
    /// GitHub Flavoured Markdown: autolinks, alerts, task lists.
    Comrak,
}

fn default_base_url() -> String {
    "/".to_string()
}

fn default_paginate() -> usize {
    100
}

fn default_theme() -> String {
    "letopis".to_string()
}

fn yes() -> bool {
    true
}

/// `ignore:` in `site.yaml`: paths under `content/`, written with `/` or
/// `\\`, each a file or a folder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Ignore(Vec<Vec<String>>);

impl From<Vec<String>> for Ignore {
    fn from(paths: Vec<String>) -> Self {
        let parts = |p: &str| -> Vec<String> {
            p.split(['/', '\\'])
                .map(str::trim)
                .filter(|c| !c.is_empty() && *c != ".")
                .map(str::to_string)
                .collect()
        };
        let paths = paths.iter().map(|p| {
            let p = p.trim();
            parts(p.strip_prefix("content/").unwrap_or(p))
        });
        Ignore(paths.filter(|p| !p.is_empty()).collect())
    }
}

impl From<Ignore> for Vec<String> {
    fn from(ignore: Ignore) -> Self {
        ignore.0.iter().map(|p| p.join("/")).collect()
    }
}

impl Ignore {
    /// Whether `in_content` (a path under `content/`) is listed, or is in
    /// a listed folder.
    pub fn covers(&self, in_content: &Path) -> bool {
        let parts: Vec<&str> = in_content.iter().filter_map(|c| c.to_str()).collect();
        self.0
            .iter()
            .any(|p| p.len() <= parts.len() && p.iter().zip(&parts).all(|(a, b)| a == b))
    }
}

impl Config {
    /// Reads `site.yaml` from `root`.
    pub fn load(root: &Path) -> Result<Config, Error> {
        let path = root.join(CONFIG_FILE);
        let source = std::fs::read_to_string(&path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                Error::Site(vec![Diagnostic::error(
                    CONFIG_FILE,
                    Message::new("config-missing"),
                )
                .with_hint(
                    Message::new("config-missing-hint").arg("dir", root.display().to_string()),
                )])
            } else {
                Error::io("read", &path, e)
            }
        })?;
        let source = source.strip_prefix('\u{feff}').unwrap_or(&source);
        Config::parse(source)
    }

    /// The language the messages about the site at `root` are written
    /// in, read even from a `site.yaml` that has other mistakes: its
    /// `language:` line, else the default. `None` without a `site.yaml`.
    pub fn language_of(root: &Path) -> Option<Lang> {
        let source = std::fs::read_to_string(root.join(CONFIG_FILE)).ok()?;
        let written = source.lines().find_map(|l| {
            let value = l.trim_start_matches('\u{feff}').strip_prefix("language")?;
            let value = value.trim_start().strip_prefix(':')?;
            let value = value.split('#').next().unwrap_or_default();
            Lang::from_code(value.trim().trim_matches(['"', '\'']))
        });
        Some(written.unwrap_or_default())
    }

    /// Parses the text of `site.yaml`.
    pub fn parse(source: &str) -> Result<Config, Error> {
        let fragment = Fragment {
            source,
            yaml: source,
            first_line: 1,
        };
        let file = Path::new(CONFIG_FILE);
        let mut config: Config = yaml::parse_all(file, fragment).map_err(Error::Site)?;
        config.base_url = normalise_base_url(&config.base_url).map_err(|msg| {
            let line = line_of_key(source, "base_url").unwrap_or(1);
            Error::Site(vec![Diagnostic::error(file, msg)
                .at(source, line, 1)
                .with_hint(Message::new("config-base-url-hint"))])
        })?;
        let bad: Vec<Diagnostic> = config
            .organisation
            .social
            .iter()
            .filter(|link| !is_web_link(&link.url))
            .map(|link| {
                let line = source
                    .lines()
                    .position(|l| l.contains(link.url.as_str()))
                    .map_or(1, |i| i + 1);
                Diagnostic::error(
                    file,
                    Message::new("config-social-not-web").arg("url", link.url.as_str()),
                )
                .at(source, line, 1)
                .with_hint(Message::new("config-social-not-web-hint"))
            })
            .collect();
        if !bad.is_empty() {
            return Err(Error::Site(bad));
        }
        Ok(config)
    }

    /// Replaces `base_url` (for `--base-url` previews).
    pub fn set_base_url(&mut self, url: &str) -> Result<(), Error> {
        self.base_url = normalise_base_url(url)
            .map_err(|m| Error::Usage(Message::new("config-base-url-option").arg("message", m)))?;
        Ok(())
    }

    /// The path part of `base_url`, always starting and ending with `/`:
    /// every internal link starts with it.
    pub fn base_path(&self) -> &str {
        match self.base_url.split_once("://") {
            Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
            None => &self.base_url,
        }
    }
}

/// `url` as the site's address, ending with `/`, if it is one: `http(s)://`,
/// a host name (with a port if any), then a path; or a path alone. It is
/// written into every page, in attributes and scripts, so anything that
/// could leave an attribute (quotes, `<`, `>`, spaces) or make a path into
/// another host (`//evil.example/`) is refused here.
fn normalise_base_url(url: &str) -> Result<String, Message> {
    let url = url.trim();
    if let Some(c) = url
        .chars()
        .find(|c| c.is_control() || c.is_whitespace() || "\"'<>`\\?#{}|^".contains(*c))
    {
        return Err(Message::new("config-base-url-char")
            .arg("url", url.escape_debug().to_string())
            .arg("char", c.escape_debug().to_string()));
    }
    let path = match url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    {
        Some(rest) => {
            let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            if !is_host(host) {
                return Err(Message::new("config-base-url-host").arg("url", url));
            }
            path
        }
        None if url.starts_with('/') => url,
        None => return Err(Message::new("config-base-url-scheme").arg("url", url)),
    };
    let inner = path.strip_prefix('/').unwrap_or(path);
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    if !inner.is_empty()
        && inner
            .split('/')
            .any(|seg| seg.is_empty() || seg == "." || seg == "..")
    {
        return Err(Message::new("config-base-url-path").arg("url", url));
    }
    let mut url = url.to_string();
    if !url.ends_with('/') {
        url.push('/');
    }
    Ok(url)
}

/// A host name, IPv4 address or `localhost`, with an optional `:port`.
fn is_host(host: &str) -> bool {
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let name_ok = !name.is_empty()
        && !name.starts_with(['.', '-'])
        && !name.contains("..")
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.');
    let port_ok = !host.contains(':')
        || (!port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
    name_ok && port_ok
}

/// Whether a link from `site.yaml` may go into an `href`: web, mail and
/// phone addresses only, so no `javascript:` reaches a page from there.
fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// A document format of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Docx,
}

impl ReportFormat {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Docx => "docx",
        }
    }

    /// Every format the build publishes with `report: true`.
    pub const ALL: [ReportFormat; 2] = [ReportFormat::Pdf, ReportFormat::Docx];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_config_gets_defaults() {
        let c = Config::parse("title: Летопись\n").unwrap();
        assert_eq!(c.base_url, "/");
        assert_eq!(c.theme, "letopis");
        assert_eq!(c.language, Lang::Ru);
        assert_eq!(c.markdown.engine, MarkdownEngine::PulldownCmark);
        assert!(!c.last_updated, "git dates are off unless asked for");
        assert!(
            Config::parse("title: x\nlast_updated: true\n")
                .unwrap()
                .last_updated
        );
    }

    #[test]
    fn misspelt_last_updated_suggests() {
        let Err(Error::Site(d)) = Config::parse("title: x\nlast_update: true\n") else {
            panic!("expected an error")
        };
        assert_eq!(d[0].line, Some(2));
        assert!(d[0]
            .hint
            .as_ref()
            .unwrap()
            .to_string()
            .contains("`last_updated`"));
    }

    #[test]
    fn base_path_of_subfolder_site() {
        let c = Config::parse("title: x\nbase_url: https://a.example/letopis").unwrap();
        assert_eq!(c.base_url, "https://a.example/letopis/");
        assert_eq!(c.base_path(), "/letopis/");
        let c = Config::parse("title: x\nbase_url: https://a.example").unwrap();
        assert_eq!(c.base_path(), "/");
    }

    #[test]
    fn base_urls_that_could_leave_an_attribute_or_the_host_are_refused() {
        for ok in [
            "https://library.example/",
            "https://библиотека.рф/letopis",
            "http://localhost:1111/",
            "/",
            "/letopis/2016/",
        ] {
            assert!(normalise_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "https://x.example/\"><svg/onload=alert(1)>/",
            "https://library.example//evil.example/",
            "//evil.example/",
            "https:///path",
            "https://x.example/a/../b",
            "https://x.example/'onmouseover='alert(1)",
            "https://x.example:port/",
            "https://x.example/a b",
            "javascript:alert(1)",
            "/a//b/",
        ] {
            assert!(normalise_base_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bad_base_url_is_placed() {
        let Err(Error::Site(d)) = Config::parse("title: x\nbase_url: ftp://x\n") else {
            panic!("expected an error")
        };
        assert_eq!(d[0].line, Some(2));
    }

    #[test]
    fn social_links_must_be_web_addresses() {
        let yaml = "title: x\norganisation:\n  social:\n    - name: VK\n      url: https://vk.com/lib\n    - name: x\n      url: \" JavaScript:alert(1)\"\n";
        let Err(Error::Site(d)) = Config::parse(yaml) else {
            panic!("expected an error")
        };
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].line, Some(7));
        assert!(Config::parse(
            "title: x\norganisation:\n  social:\n    - name: m\n      url: mailto:a@b.c\n"
        )
        .is_ok());
    }

    #[test]
    fn unknown_language_suggests() {
        let Err(Error::Site(d)) = Config::parse("title: x\nlanguage: kz\n") else {
            panic!("expected an error")
        };
        assert!(
            d[0].message.to_string().contains("unknown value `kz`"),
            "{}",
            d[0].message
        );
        assert!(d[0].hint.as_ref().unwrap().to_string().contains("`kk`"));
    }
}
