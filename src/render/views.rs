//! What templates see: small serialisable views that borrow the model.
//!
//! Each page gets only what it shows. Lists hold [`Card`]s built once per
//! event, not whole events, and nothing copies the whole site into a page's
//! context (the cause of Zola's slow builds on big sites, Zola #2508).

use serde::Serialize;

use super::photos::PhotoView;
use super::Html;

use crate::i18n::Lang;
use crate::model::date::{Day, EventDate};
use crate::model::front::{Extra, Status};
use crate::model::{Event, Site, TaxonomyKind, Term};
use crate::routes::Routes;

/// A link to a page of the site.
#[derive(Debug, Serialize)]
pub struct Link<'a> {
    pub name: &'a str,
    pub url: &'a str,
}

/// A date for display and for machines.
#[derive(Debug, Serialize)]
pub struct DateView {
    /// «4 апреля 2016», «I квартал 2022».
    pub text: String,
    /// ISO 8601 start, for `<time datetime>` and JSON-LD.
    pub start: String,
    pub end: Option<String>,
    /// As written in the front matter: `2022-Q1`.
    pub source: String,
}

impl DateView {
    pub fn new(date: &EventDate, lang: Lang) -> Self {
        DateView {
            text: date.format(lang),
            start: date.iso_start(),
            end: date.iso_end(),
            source: date.to_string(),
        }
    }
}

/// The day a page last changed (`updated`), for `<time datetime>` and
/// for people: {`date`: `2024-03-12`, `text`: «12 марта 2024»}.
#[derive(Debug, Serialize)]
pub struct DayView {
    pub date: String,
    pub text: String,
}

impl DayView {
    pub fn new(day: Option<Day>, lang: Lang) -> Option<Self> {
        day.map(|day| DayView {
            date: day.to_string(),
            text: EventDate::Day(day).format(lang),
        })
    }
}

/// An event as lists show it.
#[derive(Debug, Serialize)]
pub struct Card<'a> {
    pub title: &'a str,
    pub url: &'a str,
    pub year: i32,
    pub date: DateView,
    pub summary: String,
    pub library: Link<'a>,
    pub form: Option<Link<'a>>,
    pub campaign: Option<Link<'a>>,
    pub attendance: Option<u32>,
    pub featured: bool,
    pub online: bool,
    pub status: Status,
    /// Only with `--drafts`: shown so a preview doesn't pass for the real thing.
    pub draft: bool,
    /// `library:ekos form:aktsiya ...`: what the year page's filters match.
    pub filter_keys: String,
    /// The first photo, for lists.
    pub cover: Option<&'a PhotoView>,
}

impl<'a> Card<'a> {
    pub fn new(
        site: &'a Site,
        urls: &'a Routes,
        i: usize,
        summary: String,
        cover: Option<&'a PhotoView>,
    ) -> Card<'a> {
        let ev = &site.events[i];
        let first = |kind: TaxonomyKind| {
            ev.terms[kind.index()]
                .first()
                .map(|&t| term_link(site, urls, kind, t))
        };
        Card {
            title: &ev.title,
            url: &urls.events[i],
            year: ev.year,
            date: DateView::new(&ev.date, site.config.language),
            summary,
            library: first(TaxonomyKind::Library).unwrap_or(Link {
                name: &ev.library,
                url: "",
            }),
            form: first(TaxonomyKind::Form),
            campaign: first(TaxonomyKind::Campaign),
            attendance: ev.attendance,
            featured: ev.featured,
            online: ev.online,
            status: ev.status,
            draft: ev.draft,
            filter_keys: [
                TaxonomyKind::Library,
                TaxonomyKind::Form,
                TaxonomyKind::Audience,
                TaxonomyKind::Campaign,
            ]
            .iter()
            .flat_map(|&k| {
                ev.terms[k.index()]
                    .iter()
                    .map(move |&t| format!("{}:{}", k.name(), site.taxonomy(k).terms[t].slug))
            })
            .collect::<Vec<_>>()
            .join(" "),
            cover,
        }
    }
}

pub fn term_link<'a>(site: &'a Site, urls: &'a Routes, kind: TaxonomyKind, t: usize) -> Link<'a> {
    Link {
        name: &site.taxonomy(kind).terms[t].name,
        url: urls.term(kind, t),
    }
}

/// A file of an event bundle that is not a photo.
#[derive(Debug, Serialize)]
pub struct Asset {
    pub name: String,
    pub url: String,
}

/// The event page's `event`: its card plus everything else.
#[derive(Debug, Serialize)]
pub struct EventView<'a> {
    #[serde(flatten)]
    pub card: &'a Card<'a>,
    pub permalink: String,
    pub audience: Vec<Link<'a>>,
    pub tags: Vec<Link<'a>>,
    /// The body as HTML.
    pub content: Html,
    /// The gallery: the photos the text does not show.
    pub photos: Vec<&'a PhotoView>,
    pub assets: Vec<Asset>,
    pub extra: &'a Extra,
    /// With `last_updated`: the day it last changed in git.
    pub updated: Option<DayView>,
}

impl<'a> EventView<'a> {
    pub fn new(
        site: &'a Site,
        urls: &'a Routes,
        ev: &'a Event,
        card: &'a Card<'a>,
        photos: &'a [PhotoView],
        content: Html,
    ) -> Self {
        let links = |kind: TaxonomyKind| {
            ev.terms[kind.index()]
                .iter()
                .map(|&t| term_link(site, urls, kind, t))
                .collect()
        };
        let assets = ev
            .assets
            .iter()
            .filter_map(|p| p.file_name())
            .map(|n| {
                let name = n.to_string_lossy().into_owned();
                Asset {
                    url: format!("{}{}", card.url, name),
                    name,
                }
            })
            .collect();
        EventView {
            card,
            permalink: urls.permalink(card.url),
            audience: links(TaxonomyKind::Audience),
            tags: links(TaxonomyKind::Tag),
            content,
            photos: photos.iter().filter(|p| !p.in_text).collect(),
            assets,
            extra: &ev.extra,
            updated: DayView::new(ev.updated, site.config.language),
        }
    }
}

/// A term with its figures, for index pages and term pages.
#[derive(Debug, Serialize)]
pub struct TermView<'a> {
    pub name: &'a str,
    pub url: &'a str,
    pub count: usize,
    pub attendance: u64,
    /// A library's address, hours and photo, from the registry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub library: Option<super::library::LibraryView<'a>>,
}

impl<'a> TermView<'a> {
    pub fn new(term: &'a Term, url: &'a str) -> Self {
        TermView {
            name: &term.name,
            url,
            count: term.events.len(),
            attendance: term.attendance,
            library: None,
        }
    }
}

/// A taxonomy kind, for headings and breadcrumbs.
#[derive(Debug, Serialize)]
pub struct TaxonomyView {
    pub kind: TaxonomyKind,
    pub url: String,
}

/// A year in navigation and on the home page.
#[derive(Debug, Serialize)]
pub struct YearLink<'a> {
    pub year: i32,
    pub title: Option<&'a str>,
    pub url: String,
    pub count: usize,
    pub attendance: u64,
}

/// A heading of the year chronicle with its events.
#[derive(Debug, Serialize)]
pub struct Group<'a> {
    pub heading: String,
    /// The fragment id: `m04`, `q1`, `year`.
    pub id: String,
    pub events: Vec<super::cards::Listed<'a>>,
}
