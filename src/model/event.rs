//! One event, checked and complete.

use std::path::PathBuf;

use super::date::{Day, EventDate};
use super::photo::Photo;
use crate::config::libraries::Libraries;
use crate::error::{Diagnostic, Message};
use crate::model::front::{EventMeta, Extra, Status};
use crate::model::source::EventSource;
use crate::slug::slugify;

/// Audience or tag values one event may have: each is a page of the site,
/// listing the event, so 10 000 of them made gigabytes of pages.
const MAX_TERMS: usize = 30;

/// An event as the rest of the build sees it: every required field is
/// there, the slug is URL-safe and the library resolved.
#[derive(Debug)]
pub struct Event {
    /// The Markdown file, relative to the site root.
    pub file: PathBuf,
    /// The year folder it lives in: its URL is `/<year>/<slug>/`.
    pub year: i32,
    pub slug: String,
    pub title: String,
    pub date: EventDate,
    pub library: String,
    pub form: Option<String>,
    pub audience: Vec<String>,
    pub attendance: Option<u32>,
    pub campaign: Option<String>,
    pub tags: Vec<String>,
    pub featured: bool,
    pub online: bool,
    pub status: Status,
    /// As written; when absent the first paragraph serves.
    pub summary: Option<String>,
    pub draft: bool,
    /// The Markdown text after the front matter.
    pub body: String,
    /// The line of the file the body starts on.
    pub body_line: usize,
    /// Photos of the bundle.
    pub photos: Vec<Photo>,
    /// Other files of the bundle (programmes, resolutions), relative to
    /// the site root.
    pub assets: Vec<PathBuf>,
    pub extra: Extra,
    /// For each taxonomy kind (by [`TaxonomyKind::index`]), the indexes of
    /// this event's terms.
    ///
    /// [`TaxonomyKind::index`]: super::TaxonomyKind::index
    pub terms: [Vec<usize>; 5],
    /// The newest day its file, photos or other files changed in git;
    /// set by [`crate::git::attach`] when `site.yaml` asks for it.
    pub updated: Option<Day>,
}

impl Event {
    /// Checks one event's source; `default_library` comes from the year's
    /// `_index.md`, and a library is named as `registry` names it. Errors
    /// and warnings go to `diags`.
    pub fn from_source(
        src: EventSource,
        default_library: Option<&str>,
        registry: &Libraries,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Event> {
        let EventSource {
            folder_year,
            mut doc,
            assets,
        } = src;
        let slug = match event_slug(&doc.file, doc.meta.slug.as_deref()) {
            Ok(s) => s,
            Err((message, hint)) => {
                diags.push(doc.error_at_key("slug", message).with_hint(hint));
                return None;
            }
        };
        let library = match doc.meta.library.as_deref().map(str::trim) {
            Some(l) if !l.is_empty() => match registry.registered(l) {
                Ok(name) => name,
                Err((message, hint)) => {
                    diags.push(doc.warning_at_key("library", message).with_hint(hint));
                    l.to_string()
                }
            },
            _ => match default_library {
                // Warned of once, at the year's `_index.md`.
                Some(l) => registry.registered(l).unwrap_or_else(|_| l.to_string()),
                None => {
                    diags.push(
                        doc.error_at_key("library", Message::new("event-no-library"))
                            .with_hint(
                                Message::new("event-no-library-hint")
                                    .arg("year", folder_year.to_string()),
                            ),
                    );
                    return None;
                }
            },
        };
        if doc.meta.title.trim().is_empty() {
            diags.push(
                doc.error_at_key("title", Message::new("event-no-title"))
                    .with_hint(Message::new("event-no-title-hint")),
            );
            return None;
        }
        for (key, values) in [("audience", &doc.meta.audience), ("tags", &doc.meta.tags)] {
            if values.len() > MAX_TERMS {
                diags.push(
                    doc.error_at_key(
                        key,
                        Message::new("event-too-many")
                            .arg("field", key)
                            .arg("count", values.len())
                            .arg("max", MAX_TERMS),
                    )
                    .with_hint(Message::new("event-too-many-hint")),
                );
                return None;
            }
        }
        let date = match doc.meta.date.in_year(folder_year) {
            Ok(date) => date,
            Err(e) => {
                diags.push(doc.error_at_key("date", e.message).with_hint(e.hint));
                return None;
            }
        };
        if date.year() != folder_year {
            // An error, not a warning: published under the other year, the
            // event would leave its old address broken.
            let message = Message::new("event-wrong-year")
                .arg("date", date.to_string())
                .arg("folder", folder_year.to_string());
            let hint = Message::new("event-wrong-year-hint").arg("year", date.year().to_string());
            diags.push(doc.error_at_key("date", message).with_hint(hint));
        }
        let body = doc.body().to_string();
        let body_line = doc.body_line();
        let images = std::mem::take(&mut doc.meta.images);
        let (photos, assets) = super::photo::collect(&doc, images, assets, diags);
        let EventMeta {
            title,
            form,
            audience,
            attendance,
            campaign,
            tags,
            featured,
            online,
            status,
            summary,
            draft,
            extra,
            ..
        } = doc.meta;
        let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Some(Event {
            file: doc.file,
            year: folder_year,
            slug,
            title: title.trim().to_string(),
            date,
            library,
            form: clean(form),
            audience,
            attendance,
            campaign: clean(campaign),
            tags,
            featured,
            online,
            status,
            summary: clean(summary),
            draft,
            body,
            body_line,
            photos,
            assets,
            extra,
            terms: Default::default(),
            updated: None,
        })
    }

    /// What events are sorted by, everywhere: date, then title, then file.
    pub fn order(&self) -> (EventDate, &str, &std::path::Path) {
        (self.date, &self.title, &self.file)
    }

    /// The path of the event's page below the base URL: `2016/knigofestival/`.
    pub fn path(&self) -> String {
        format!("{}/{}/", self.year, self.slug)
    }
}

/// The slug from front matter, else from the file name (or the bundle's
/// folder name). A hand-written slug must already be URL-safe.
fn event_slug(file: &std::path::Path, given: Option<&str>) -> Result<String, (Message, Message)> {
    if let Some(given) = given {
        let clean = slugify(given);
        // `slug: ""` would put the event at the year's own address.
        if clean == given && !clean.is_empty() {
            return Ok(clean);
        }
        let hint = if clean.is_empty() {
            Message::new("event-bad-slug-hint-empty")
        } else {
            Message::new("event-bad-slug-hint").arg("fixed", format!("slug: \"{clean}\""))
        };
        return Err((Message::new("event-bad-slug").arg("slug", given), hint));
    }
    let stem = if file.file_name().is_some_and(|n| n == "index.md") {
        file.parent().and_then(|p| p.file_name())
    } else {
        file.file_stem()
    };
    let stem = stem.map(|s| s.to_string_lossy()).unwrap_or_default();
    let slug = slugify(&stem);
    if slug.is_empty() {
        return Err((
            Message::new("event-no-slug").arg("name", stem.as_ref()),
            Message::new("event-no-slug-hint"),
        ));
    }
    Ok(slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn slug_from_file_bundle_or_front_matter() {
        let f = Path::new("content/2016/events/Доктор Книга.md");
        assert_eq!(event_slug(f, None).unwrap(), "doktor-kniga");
        let b = Path::new("content/2016/events/kino/index.md");
        assert_eq!(event_slug(b, None).unwrap(), "kino");
        assert_eq!(event_slug(f, Some("dk-2016")).unwrap(), "dk-2016");
        let (msg, hint) = event_slug(f, Some("Доктор Книга")).unwrap_err();
        assert!(msg.to_string().contains("cannot be used"));
        assert!(hint.to_string().contains("doktor-kniga"));
    }
}
