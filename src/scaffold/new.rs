//! `letopis new event`: an event file in the right place, its front
//! matter filled from an archetype.
//!
//! The archetype is a Tera template: the site's `archetypes/event.md` if
//! there is one, else the theme's `themes/<theme>/archetypes/event.md`,
//! else the built-in theme's. It sees `title`, `date`, `library`, `form`
//! (already quoted for YAML, or empty) and `year`.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{Error, Message};
use crate::load::CONTENT_DIR;
use crate::model::date::EventDate;
use crate::slug::slugify;

/// The archetype's path in a site or a theme.
const ARCHETYPE: &str = "archetypes/event.md";

/// What `letopis new event` was asked for.
#[derive(Debug)]
pub struct NewEvent {
    pub root: PathBuf,
    pub title: String,
    pub date: String,
    pub library: Option<String>,
    pub form: Option<String>,
    /// A folder with `index.md`, for photos and files beside the text.
    pub bundle: bool,
}

/// Writes the event; returns its path relative to the root.
/// The longest slug `new event` makes a file of: the name must stay under
/// the 200 bytes the build accepts and Windows' path limit.
const MAX_SLUG: usize = 150;

pub fn new_event(req: &NewEvent) -> Result<PathBuf, Error> {
    let config = Config::load(&req.root)?;
    let refuse = Error::Usage;
    let date: EventDate = req
        .date
        .parse()
        .map_err(|e: crate::model::date::DateError| {
            refuse(
                Message::new("new-bad-date")
                    .arg("date", req.date.as_str())
                    .arg("message", e.message)
                    .arg("hint", e.hint),
            )
        })?;
    let slug = slugify(&req.title);
    if slug.is_empty() {
        return Err(refuse(
            Message::new("new-no-letters").arg("title", req.title.as_str()),
        ));
    }
    if slug.len() > MAX_SLUG {
        return Err(refuse(
            Message::new("new-too-long")
                .arg("length", slug.len())
                .arg("max", MAX_SLUG),
        ));
    }
    let events = Path::new(CONTENT_DIR)
        .join(date.year().to_string())
        .join("events");
    let file = events.join(format!("{slug}.md"));
    let bundle = events.join(&slug).join("index.md");
    for existing in [&file, &bundle] {
        if req.root.join(existing).exists() {
            return Err(refuse(
                Message::new("new-exists")
                    .arg("file", crate::error::shown(existing))
                    .arg("title", req.title.as_str())
                    .arg("date", date.to_string()),
            ));
        }
    }
    let rel = if req.bundle { bundle } else { file };
    let mut text = fill(&archetype(&req.root, &config.theme)?, req, date)
        .map_err(|detail| refuse(Message::new("new-bad-archetype").arg("detail", detail)))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    super::create_new(&req.root.join(&rel), text.as_bytes())?;
    Ok(rel)
}

/// The archetype's text: the site's, the theme's, or the built-in one.
fn archetype(root: &Path, theme: &str) -> Result<String, Error> {
    let candidates = [
        root.join(ARCHETYPE),
        root.join("themes").join(theme).join(ARCHETYPE),
    ];
    match candidates.iter().find(|p| p.is_file()) {
        Some(p) => std::fs::read_to_string(p).map_err(|e| Error::io("read", p, e)),
        None => Ok(builtin_archetype()),
    }
}

/// The built-in theme's archetype (compiled in with the theme).
fn builtin_archetype() -> String {
    crate::builtin::builtin_file(ARCHETYPE)
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default()
}

/// The archetype filled in, or the template engine's words on why not.
fn fill(archetype: &str, req: &NewEvent, date: EventDate) -> Result<String, String> {
    let mut ctx = tera::Context::new();
    ctx.insert("title", &yaml_string(&req.title));
    ctx.insert("date", &yaml_string(&date.to_string()));
    ctx.insert("library", &req.library.as_deref().map(yaml_string));
    ctx.insert("form", &req.form.as_deref().map(yaml_string));
    ctx.insert("year", &date.year());
    tera::Tera::one_off(archetype, &ctx, false).map_err(|e| {
        let mut msg = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            msg = format!("{msg}: {s}");
            source = s.source();
        }
        msg
    })
}

/// A double-quoted YAML string: JSON's escapes are valid YAML, and
/// serde_json leaves Cyrillic as it is.
fn yaml_string(s: &str) -> String {
    serde_json::Value::from(s.trim()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(root: &Path) -> NewEvent {
        NewEvent {
            root: root.to_path_buf(),
            title: "Акция «Доктор \"Книга\"»".into(),
            date: "2016-04-04".into(),
            library: Some("ЦДБ".into()),
            form: None,
            bundle: false,
        }
    }

    #[test]
    fn builtin_archetype_gives_front_matter_that_parses() {
        let dir = tempfile::tempdir().unwrap();
        let date: EventDate = "2016-04-04".parse().unwrap();
        let text = fill(&builtin_archetype(), &request(dir.path()), date).unwrap();
        let doc: crate::model::source::Document<crate::model::front::EventMeta> =
            crate::load::frontmatter::parse(
                Path::new("a.md"),
                text,
                crate::load::frontmatter::FrontMatter::Required,
            )
            .unwrap();
        assert_eq!(doc.meta.title, "Акция «Доктор \"Книга\"»");
        assert_eq!(doc.meta.library.as_deref(), Some("ЦДБ"));
        assert_eq!(doc.meta.date.in_year(2016), Ok(date));
        assert_eq!(doc.meta.form, None);
    }
}
