//! Editing in the browser: the admin page of a git-based CMS.
//!
//! With `cms:` in `site.yaml`, the build writes `/admin/index.html`, which
//! loads [Sveltia CMS](https://github.com/sveltia/sveltia-cms) from its
//! CDN, and `/admin/config.yml` in the Decap-compatible format it reads.
//! The collections mirror the site's layout (each year's events as bundles
//! with their photos, the pages, each year's introduction) and the fields
//! its front matter: the date as text with the forms it accepts in the
//! hint, library and form as choices from the names the site already uses,
//! attendance a number. Sveltia keeps Cyrillic in file names (`encoding:
//! unicode`), which is what letopis makes addresses from; it is chosen over
//! Decap, whose slug table turns «л» into a Latin «n».
//!
//! Reader pages never load anything from outside the site; only this page
//! does, and only the CMS's own script.

mod enable;
mod fields;
mod labels;

use serde::Serialize;

pub use crate::config::cms::{Backend, CmsConfig, Repo};
use crate::error::Error;
use crate::model::{Site, TaxonomyKind};
use crate::write::Sink;
pub use enable::enable;
use fields::Field;
use labels::Labels;

/// The version of Sveltia CMS the admin page loads, the same one
/// `tests/browser/package.json` vendors for the browser test.
pub const SVELTIA_VERSION: &str = "0.221.1";

/// Sveltia's configuration file, as written to `/admin/config.yml`.
#[derive(Debug, Serialize)]
struct AdminConfig<'a> {
    backend: BackendConfig<'a>,
    locale: &'static str,
    media_folder: &'static str,
    public_folder: &'static str,
    slug: SlugConfig,
    output: OutputConfig,
    collections: Vec<Collection>,
}

/// Optional fields left empty are left out of the file, as an editor
/// writing by hand would.
#[derive(Debug, Serialize)]
struct OutputConfig {
    omit_empty_optional_fields: bool,
}

#[derive(Debug, Serialize)]
struct BackendConfig<'a> {
    name: Backend,
    repo: &'a Repo,
    branch: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    base_url: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct SlugConfig {
    encoding: &'static str,
    clean_accents: bool,
}

#[derive(Debug, Serialize)]
struct Collection {
    name: String,
    label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    folder: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    media_folder: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    public_folder: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    create: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    slug: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    files: Vec<FileEntry>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<Field>,
    format: &'static str,
}

#[derive(Debug, Serialize)]
struct FileEntry {
    name: String,
    label: String,
    file: String,
    fields: Vec<Field>,
}

/// The files of `/admin/`, claimed in the route table.
pub const ADMIN_FILES: [&str; 2] = ["admin/config.yml", "admin/index.html"];

/// Writes `/admin/` when the site has `cms:`; returns how many files.
pub fn write_admin(site: &Site, out: &dyn Sink) -> Result<usize, Error> {
    let Some(cms) = &site.config.cms else {
        return Ok(0);
    };
    let labels = Labels::of(site.config.language);
    let config = admin_config(site, cms, labels);
    // Plain structs of strings, numbers and lists always serialise.
    let yaml = serde_yaml::to_string(&config).unwrap_or_default();
    out.write(ADMIN_FILES[0], yaml.as_bytes())?;
    out.write(ADMIN_FILES[1], index_html(site, labels).as_bytes())?;
    Ok(2)
}

fn index_html(site: &Site, labels: &Labels) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"robots\" content=\"noindex\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n\
         <link href=\"config.yml\" type=\"application/yaml\" rel=\"cms-config-url\">\n\
         </head>\n<body>\n\
         <script src=\"https://unpkg.com/@sveltia/cms@{SVELTIA_VERSION}/dist/sveltia-cms.js\"></script>\n\
         </body>\n</html>\n",
        lang = site.config.language.code(),
        title = labels.admin_title,
    )
}

fn admin_config<'a>(site: &Site, cms: &'a CmsConfig, labels: &Labels) -> AdminConfig<'a> {
    let names = |kind: TaxonomyKind, extra: &[String]| {
        let mut names: Vec<String> = site.taxonomies[kind.index()]
            .terms
            .iter()
            .map(|t| t.name.clone())
            .chain(extra.iter().cloned())
            .collect();
        names.sort();
        names.dedup();
        names
    };
    let registered: Vec<String> = (site.config.libraries.iter().map(|l| l.name.clone()))
        .chain(cms.libraries.iter().cloned())
        .collect();
    let libraries = names(TaxonomyKind::Library, &registered);
    let forms = names(TaxonomyKind::Form, &cms.forms);
    let mut collections: Vec<Collection> = site
        .years
        .iter()
        .rev()
        .map(|y| Collection {
            name: format!("events-{}", y.year),
            label: labels.events_of(y.year),
            folder: Some(format!("content/{}/events", y.year)),
            path: Some("{{slug}}/index"),
            media_folder: Some(""),
            public_folder: Some(""),
            create: Some(true),
            slug: Some("{{title}}"),
            files: Vec::new(),
            fields: fields::event(labels, &libraries, &forms),
            format: "yaml-frontmatter",
        })
        .collect();
    collections.push(Collection {
        name: "pages".to_string(),
        label: labels.pages.to_string(),
        folder: Some("content/pages".to_string()),
        path: None,
        media_folder: None,
        public_folder: None,
        create: Some(true),
        slug: Some("{{title}}"),
        files: Vec::new(),
        fields: fields::page(labels),
        format: "yaml-frontmatter",
    });
    collections.push(Collection {
        name: "years".to_string(),
        label: labels.years.to_string(),
        folder: None,
        path: None,
        media_folder: None,
        public_folder: None,
        create: None,
        slug: None,
        files: site
            .years
            .iter()
            .rev()
            .map(|y| FileEntry {
                name: format!("year-{}", y.year),
                label: labels.intro_of(y.year),
                file: format!("content/{}/_index.md", y.year),
                fields: fields::year(labels, &libraries),
            })
            .collect(),
        fields: Vec::new(),
        format: "yaml-frontmatter",
    });
    AdminConfig {
        backend: BackendConfig {
            name: cms.backend,
            repo: &cms.repo,
            branch: &cms.branch,
            base_url: cms.base_url.as_deref(),
        },
        // Sveltia has no Kazakh interface: a Kazakh site's editors get the
        // Russian one, with the fields' labels and hints in Kazakh.
        locale: if site.config.language == crate::i18n::Lang::En {
            "en"
        } else {
            "ru"
        },
        media_folder: "static/images",
        public_folder: "/images",
        slug: SlugConfig {
            encoding: "unicode",
            clean_accents: false,
        },
        output: OutputConfig {
            omit_empty_optional_fields: true,
        },
        collections,
    }
}
