//! What a page tells machines: its title and description for tabs, search
//! engines and link previews (Open Graph, as VK and Telegram read it), its
//! canonical address, and JSON-LD (`schema.org` `Event`, `BreadcrumbList`
//! and, with `last_updated`, the `WebPage`'s `dateModified`).

use serde::Serialize;

use super::library::PlaceLd;
use super::{Html, Renderer, Route};
use crate::model::front::Status;
use crate::model::TaxonomyKind;
use crate::theme::Translation;

/// Search engines show about this many characters of a description.
const DESCRIPTION_CHARS: usize = 300;

/// The page's `meta` in templates.
#[derive(Debug, Serialize)]
pub struct MetaView {
    /// For `<title>` and `og:title`: «Книгофестиваль — Летопись».
    pub title: String,
    /// At most [`DESCRIPTION_CHARS`] characters, cut at a word.
    pub description: String,
    /// The canonical absolute URL; none for the 404 page.
    pub url: Option<String>,
    /// An absolute image URL for previews.
    pub image: Option<String>,
    /// `og:type`.
    pub kind: &'static str,
    /// `og:locale`.
    pub locale: &'static str,
    /// The JSON-LD graph, ready to go inside `<script type="application/ld+json">`.
    pub json_ld: Option<Html>,
}

impl Renderer<'_> {
    pub(super) fn meta(&self, job: Route) -> MetaView {
        let site = self.site;
        let config = &site.config;
        let mut crumbs = vec![(config.title.clone(), self.urls.url(""))];
        let mut graph = Vec::new();
        let (name, description, image, kind) = match job {
            Route::Home => (None, config.description.clone(), None, "website"),
            Route::Search => {
                let name = self.ui("search");
                crumbs.push((name.clone(), self.urls.url("search/")));
                (Some(name), config.description.clone(), None, "website")
            }
            Route::NotFound => (
                Some(self.ui("not_found_title")),
                String::new(),
                None,
                "website",
            ),
            Route::Year(y) => {
                let year = &site.years[y];
                let name = year.title.clone().unwrap_or_else(|| year.year.to_string());
                crumbs.push((name.clone(), self.urls.url(&format!("{}/", year.year))));
                (Some(name), config.description.clone(), None, "website")
            }
            Route::YearTerm(y, f) => {
                let year = &site.years[y];
                let (kind, t) = self.urls.year_terms[y].term(f);
                let term = &site.taxonomy(kind).terms[t];
                crumbs.push((
                    year.year.to_string(),
                    self.urls.url(&format!("{}/", year.year)),
                ));
                crumbs.push((
                    term.name.clone(),
                    self.urls.url(&self.urls.year_terms[y].path(site, f)),
                ));
                let name = format!("{} — {}", term.name, year.year);
                (Some(name), config.description.clone(), None, "website")
            }
            Route::Event(i) => {
                let ev = &site.events[i];
                let card = self.card(i);
                crumbs.push((ev.year.to_string(), self.urls.url(&format!("{}/", ev.year))));
                crumbs.push((ev.title.clone(), card.url.to_string()));
                let image = self.photos[i].first().map(|p| self.urls.permalink(&p.full));
                graph.push(self.event_ld(i, image.clone()));
                (
                    Some(ev.title.clone()),
                    card.summary.clone(),
                    image,
                    "article",
                )
            }
            Route::Page(p) => {
                let page = &site.pages[p];
                crumbs.push((
                    page.title.clone(),
                    self.urls.url(&format!("{}/", page.slug)),
                ));
                let description = page.summary.clone().unwrap_or_default();
                (Some(page.title.clone()), description, None, "article")
            }
            Route::YearStats(y) => {
                let year = site.years[y].year;
                crumbs.push((year.to_string(), self.urls.url(&format!("{year}/"))));
                let name = format!("{} {year}", self.ui("stats_title"));
                crumbs.push((name.clone(), self.urls.url(&format!("{year}/stats/"))));
                (Some(name), config.description.clone(), None, "website")
            }
            Route::StatsIndex => {
                let name = self.ui("stats_trends");
                crumbs.push((name.clone(), self.urls.url("stats/")));
                (Some(name), config.description.clone(), None, "website")
            }
            Route::TaxonomyIndex(kind) => {
                let name = self.taxonomy_name(kind);
                crumbs.push((name.clone(), self.urls.url(&format!("{}/", kind.segment()))));
                (Some(name), config.description.clone(), None, "website")
            }
            Route::Term(kind, t, page) => {
                let term = &site.taxonomy(kind).terms[t];
                crumbs.push((
                    self.taxonomy_name(kind),
                    self.urls.url(&format!("{}/", kind.segment())),
                ));
                let first = self.urls.term(kind, t);
                crumbs.push((term.name.clone(), first.to_string()));
                let library = self.library_of(kind, t);
                if let Some(l) = library {
                    graph.push(Ld::Library(Box::new(PlaceLd::of(l, self.urls))));
                }
                let image = library
                    .and_then(|l| l.photo.as_ref())
                    .map(|p| self.urls.permalink(&self.urls.url(p.as_str())));
                let name = match page {
                    0 => term.name.clone(),
                    p => {
                        let nth = format!("{} {}", self.ui("page"), p + 1);
                        crumbs.push((nth.clone(), crate::routes::paging::path(first, p)));
                        format!("{} — {nth}", term.name)
                    }
                };
                (Some(name), config.description.clone(), image, "website")
            }
        };
        let url = match job {
            Route::NotFound => None,
            _ => Some(self.urls.permalink(&crumbs[crumbs.len() - 1].1)),
        };
        if let (Some(url), Some(day)) = (&url, crate::routes::updated(self.site, job)) {
            // `dateModified` belongs to the page (a CreativeWork), not
            // to the schema.org `Event` it describes.
            graph.push(Ld::WebPage {
                id: url.clone(),
                kind: "WebPage",
                modified: day.to_string(),
                url: url.clone(),
            });
        }
        if crumbs.len() > 1 {
            graph.push(self.breadcrumbs(&crumbs));
        }
        let json_ld = (!graph.is_empty()).then(|| {
            let doc = LdDocument {
                context: "https://schema.org",
                graph,
            };
            // Strings, numbers and maps with string keys: serialising
            // cannot fail.
            let json = serde_json::to_string(&doc).unwrap_or_default();
            // `<` escaped so no text can close the script element early.
            Html::made(if json.contains('<') {
                json.replace('<', "\\u003c")
            } else {
                json
            })
        });
        MetaView {
            title: match name {
                Some(n) => format!("{n} — {}", config.title),
                None => config.title.clone(),
            },
            description: crate::markdown::shorten(&description, DESCRIPTION_CHARS).into_owned(),
            url,
            image: image.or_else(|| self.share_image.clone()),
            kind,
            locale: match config.language {
                crate::i18n::Lang::Ru => "ru_RU",
                crate::i18n::Lang::Kk => "kk_KZ",
                crate::i18n::Lang::En => "en_GB",
            },
            json_ld,
        }
    }

    fn event_ld<'s>(&'s self, i: usize, image: Option<String>) -> Ld<'s> {
        let ev = &self.site.events[i];
        let card = self.card(i);
        let org = &self.site.config.organisation;
        let url = self.urls.permalink(card.url);
        let location = if ev.online {
            Location::Virtual {
                kind: "VirtualLocation",
                url: url.clone(),
            }
        } else {
            Location::Place(Box::new(super::library::place_ld(
                &ev.library,
                &self.site.config.libraries,
                org,
                self.urls,
            )))
        };
        Ld::Event(Box::new(EventLd {
            kind: "Event",
            description: (!card.summary.is_empty()).then_some(card.summary.as_str()),
            // Full days for every form of date (a month, a quarter, a
            // year: its first and last day), as schema.org's Date wants.
            end: ev.date.end().to_string(),
            mode: if ev.online {
                "https://schema.org/OnlineEventAttendanceMode"
            } else {
                "https://schema.org/OfflineEventAttendanceMode"
            },
            status: match ev.status {
                Status::Cancelled => "https://schema.org/EventCancelled",
                Status::Done | Status::Planned => "https://schema.org/EventScheduled",
            },
            image,
            location,
            name: &ev.title,
            organizer: (!org.name.is_empty()).then(|| Organization {
                kind: "Organization",
                name: &org.name,
                url: &self.site.config.base_url,
            }),
            start: ev.date.start().to_string(),
            url,
        }))
    }

    fn breadcrumbs(&self, crumbs: &[(String, String)]) -> Ld<'static> {
        Ld::Breadcrumbs {
            kind: "BreadcrumbList",
            items: crumbs
                .iter()
                .enumerate()
                .map(|(n, (name, url))| Crumb {
                    kind: "ListItem",
                    item: self.urls.permalink(url),
                    name: name.clone(),
                    position: n + 1,
                })
                .collect(),
        }
    }

    /// A UI string of the theme (its plain form).
    pub(super) fn ui(&self, key: &str) -> String {
        match self.strings.get(key) {
            Some(Translation::Text(t)) => t.clone(),
            Some(Translation::Plural(forms)) => forms[2].clone(),
            None => key.to_string(),
        }
    }

    pub(super) fn taxonomy_name(&self, kind: TaxonomyKind) -> String {
        self.ui(&format!("tax_{}", kind.name()))
    }
}

// JSON-LD nodes, their fields in alphabetical order (as serde_json's maps
// wrote them before these types).

#[derive(Serialize)]
struct LdDocument<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Ld<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Ld<'a> {
    Event(Box<EventLd<'a>>),
    Library(Box<PlaceLd<'a>>),
    WebPage {
        #[serde(rename = "@id")]
        id: String,
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "dateModified")]
        modified: String,
        url: String,
    },
    Breadcrumbs {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "itemListElement")]
        items: Vec<Crumb>,
    },
}

#[derive(Serialize)]
struct EventLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(rename = "endDate")]
    end: String,
    #[serde(rename = "eventAttendanceMode")]
    mode: &'static str,
    #[serde(rename = "eventStatus")]
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    location: Location<'a>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    organizer: Option<Organization<'a>>,
    #[serde(rename = "startDate")]
    start: String,
    url: String,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Location<'a> {
    Place(Box<PlaceLd<'a>>),
    Virtual {
        #[serde(rename = "@type")]
        kind: &'static str,
        url: String,
    },
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
struct Crumb {
    #[serde(rename = "@type")]
    kind: &'static str,
    item: String,
    name: String,
    position: usize,
}
