//! A library of the registry (`config::libraries`) as its page shows it
//! and as JSON-LD describes it: a schema.org `Library` with its
//! `PostalAddress`, its place on the map and its hours.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Renderer;
use crate::config::libraries::{Libraries, Library};
use crate::config::{Organisation, CONFIG_FILE};
use crate::error::{Diagnostic, Error, Message};
use crate::model::TaxonomyKind;
use crate::routes::Routes;
use crate::slug::slugify;
use crate::theme::FileSource;

impl Renderer<'_> {
    /// The registry's entry for term `t` of `kind`, if it is a library
    /// in the registry.
    pub(super) fn library_of(&self, kind: TaxonomyKind, t: usize) -> Option<&Library> {
        let term = &self.site.taxonomy(kind).terms[t];
        (kind == TaxonomyKind::Library)
            .then(|| self.site.config.libraries.find(&term.name))
            .flatten()
    }
}

/// `term.library` in `term.html`, for a library of the registry.
#[derive(Debug, Serialize)]
pub struct LibraryView<'a> {
    pub name: &'a str,
    /// The address in one line: «ул. Кирова, 71, Новокузнецк, 654000».
    pub address: String,
    pub phone: &'a str,
    pub email: &'a str,
    pub hours: &'a str,
    pub website: Option<&'a str>,
    /// The photo's address on the site.
    pub photo: Option<String>,
    /// The place on OpenStreetMap (a link: the page itself asks nothing
    /// of another site).
    pub map: Option<String>,
}

impl<'a> LibraryView<'a> {
    pub fn new(library: &'a Library, urls: &Routes) -> Self {
        LibraryView {
            name: &library.name,
            address: one_line(library),
            phone: &library.phone,
            email: &library.email,
            hours: &library.hours,
            website: library.website.as_ref().map(|w| w.as_str()),
            photo: library.photo.as_ref().map(|p| urls.url(p.as_str())),
            map: library.coordinates.map(|c| {
                format!(
                    "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}",
                    lat = c.latitude,
                    lon = c.longitude
                )
            }),
        }
    }
}

fn one_line(l: &Library) -> String {
    [&l.address, &l.town, &l.region, &l.postcode]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every registry photo is one of the site's static files: else the
/// library page would show a broken picture.
pub fn check_photos(
    libraries: &Libraries,
    static_files: &BTreeMap<String, FileSource>,
) -> Result<(), Error> {
    let missing: Vec<Diagnostic> = libraries
        .iter()
        .filter_map(|l| Some((l, l.photo.as_ref()?)))
        .filter(|(_, photo)| !static_files.contains_key(photo.as_str()))
        .map(|(l, photo)| {
            Diagnostic::error(
                CONFIG_FILE,
                Message::new("library-photo-missing")
                    .arg("file", photo.as_str())
                    .arg("name", l.name.as_str()),
            )
            .with_hint(Message::new("library-photo-missing-hint"))
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::Site(missing))
    }
}

/// Where an event takes place, in JSON-LD: the registry's `Library`, or
/// a `Place` with only its name. The organisation's address is given
/// only for the organisation itself, never for another library.
pub fn place_ld<'a>(
    name: &'a str,
    libraries: &'a Libraries,
    organisation: &'a Organisation,
    urls: &Routes,
) -> PlaceLd<'a> {
    if let Some(l) = libraries.find(name) {
        return PlaceLd::of(l, urls);
    }
    let own = !organisation.address.is_empty() && slugify(name) == slugify(&organisation.name);
    PlaceLd {
        kind: "Place",
        name,
        address: own.then(|| AddressLd {
            kind: "PostalAddress",
            street: Some(organisation.address.as_str()),
            ..AddressLd::default()
        }),
        geo: None,
        telephone: None,
        email: None,
        url: None,
        image: None,
        hours: None,
    }
}

#[derive(Debug, Serialize)]
pub struct PlaceLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<AddressLd<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<GeoLd>,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    /// As the library writes them: schema.org's `openingHours` wants
    /// `Mo-Fr 10:00-19:00`, so they go in as a description of the hours.
    #[serde(
        rename = "openingHoursSpecification",
        skip_serializing_if = "Option::is_none"
    )]
    hours: Option<HoursLd<'a>>,
}

impl<'a> PlaceLd<'a> {
    /// The registry's library, with everything it gives.
    pub fn of(l: &'a Library, urls: &Routes) -> Self {
        let text = |s: &'a String| (!s.trim().is_empty()).then_some(s.as_str());
        let address = AddressLd {
            kind: "PostalAddress",
            street: text(&l.address),
            locality: text(&l.town),
            region: text(&l.region),
            postcode: text(&l.postcode),
            country: text(&l.country),
        };
        let has_address = [
            address.street,
            address.locality,
            address.region,
            address.postcode,
        ]
        .iter()
        .any(Option::is_some);
        PlaceLd {
            kind: "Library",
            name: &l.name,
            address: has_address.then_some(address),
            geo: l.coordinates.map(|c| GeoLd {
                kind: "GeoCoordinates",
                latitude: c.latitude,
                longitude: c.longitude,
            }),
            telephone: text(&l.phone),
            email: text(&l.email),
            url: l.website.as_ref().map(|w| w.as_str()),
            image: l
                .photo
                .as_ref()
                .map(|p| urls.permalink(&urls.url(p.as_str()))),
            hours: text(&l.hours).map(|h| HoursLd {
                kind: "OpeningHoursSpecification",
                description: h,
            }),
        }
    }
}

#[derive(Debug, Default, Serialize)]
struct AddressLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "streetAddress", skip_serializing_if = "Option::is_none")]
    street: Option<&'a str>,
    #[serde(rename = "addressLocality", skip_serializing_if = "Option::is_none")]
    locality: Option<&'a str>,
    #[serde(rename = "addressRegion", skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
    #[serde(rename = "postalCode", skip_serializing_if = "Option::is_none")]
    postcode: Option<&'a str>,
    #[serde(rename = "addressCountry", skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct GeoLd {
    #[serde(rename = "@type")]
    kind: &'static str,
    latitude: f64,
    longitude: f64,
}

#[derive(Debug, Serialize)]
struct HoursLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    description: &'a str,
}
