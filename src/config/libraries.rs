//! `libraries:` in `site.yaml`: the registry of the site's libraries,
//! each with its address, hours, phone, place on the map, photo and
//! website. A library's page shows them, an event's JSON-LD takes its
//! `Place` from them, and the other ways reports write a name
//! (`aliases`) lead to the registered one.

use std::collections::HashMap;
use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::Message;
use crate::slug::slugify;

/// The registry, looked up by a name's slug: «Экос» and «ЭКОС» are one
/// library, as on the library pages.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(try_from = "Vec<Library>", into = "Vec<Library>")]
pub struct Libraries {
    list: Vec<Library>,
    /// The slug of each name and alias → its library in `list`.
    by_slug: HashMap<String, usize>,
}

/// One library of the registry.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// As events write it in `library:`.
    pub name: String,
    /// Other ways events and reports write it: «ЦДБ».
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The street and house: «ул. Кирова, 71».
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub town: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub postcode: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub country: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// As the library writes them: «пн–пт 10:00–19:00, сб 10:00–18:00».
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hours: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    /// A picture in the site's `static/` folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<StaticFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<WebAddress>,
}

impl Libraries {
    /// The library `name` stands for: its own name or one of its aliases.
    pub fn find(&self, name: &str) -> Option<&Library> {
        self.by_slug.get(&slugify(name)).map(|&i| &self.list[i])
    }

    /// The registered name of the library `name` stands for. With no
    /// registry every name stands for itself; else one not in it is
    /// the warning `library-unknown`, with the nearest registered name.
    pub fn registered(&self, name: &str) -> Result<String, (Message, Message)> {
        if self.is_empty() {
            return Ok(name.to_string());
        }
        if let Some(l) = self.find(name) {
            return Ok(l.name.clone());
        }
        let message = Message::new("library-unknown").arg("name", name);
        // Names of one kind share most of their letters («Детская
        // библиотека «Экос»», «… «Истоки»»): only a slip of a letter or
        // two in eight is taken for a misspelling.
        let slug = slugify(name);
        let limit = (slug.chars().count() / 8).max(1);
        let near = self
            .by_slug
            .iter()
            .map(|(s, &i)| (strsim::damerau_levenshtein(&slug, s), i))
            .filter(|&(d, _)| d <= limit)
            .min();
        let hint = match near {
            Some((_, i)) => Message::new("library-unknown-hint-suggest")
                .arg("suggestion", self.list[i].name.as_str()),
            None => Message::new("library-unknown-hint"),
        };
        Err((message, hint))
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Library> {
        self.list.iter()
    }
}

impl TryFrom<Vec<Library>> for Libraries {
    type Error = String;

    /// Refuses two entries for one library, and a name or alias that is
    /// nothing but punctuation (it could not be looked up).
    fn try_from(list: Vec<Library>) -> Result<Self, String> {
        let mut by_slug: HashMap<String, usize> = HashMap::new();
        for (i, library) in list.iter().enumerate() {
            for name in std::iter::once(&library.name).chain(&library.aliases) {
                let slug = slugify(name);
                if slug.is_empty() {
                    return Err(Message::new("library-no-name").carried()
                        + &Message::new("library-no-name-hint").carried());
                }
                if let Some(&first) = by_slug.get(&slug) {
                    return Err(Message::new("library-twice")
                        .arg("name", name.as_str())
                        .arg("first", list[first].name.as_str())
                        .carried()
                        + &Message::new("library-twice-hint").carried());
                }
                by_slug.insert(slug, i);
            }
        }
        Ok(Libraries { list, by_slug })
    }
}

impl From<Libraries> for Vec<Library> {
    fn from(libraries: Libraries) -> Self {
        libraries.list
    }
}

/// A place on the map, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    pub latitude: f64,
    pub longitude: f64,
}

impl Coordinates {
    fn new(latitude: f64, longitude: f64, written: &str) -> Result<Self, String> {
        if (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude) {
            Ok(Coordinates {
                latitude,
                longitude,
            })
        } else {
            Err(bad_coordinates(written))
        }
    }
}

/// The message for coordinates that are not two numbers of degrees.
fn bad_coordinates(written: &str) -> String {
    Message::new("library-coordinates")
        .arg("input", written)
        .carried()
        + &Message::new("library-coordinates-hint").carried()
}

impl std::str::FromStr for Coordinates {
    type Err = String;

    /// «53.757117, 87.136104», as map services copy a point.
    fn from_str(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split(',').map(str::trim).collect();
        let [lat, lon] = parts.as_slice() else {
            return Err(bad_coordinates(s));
        };
        match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(lat), Ok(lon)) => Coordinates::new(lat, lon, s),
            _ => Err(bad_coordinates(s)),
        }
    }
}

impl<'de> Deserialize<'de> for Coordinates {
    /// `"53.757117, 87.136104"` or `[53.757117, 87.136104]`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CoordinatesVisitor)
    }
}

struct CoordinatesVisitor;

impl<'de> Visitor<'de> for CoordinatesVisitor {
    type Value = Coordinates;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("latitude and longitude, e.g. \"53.757117, 87.136104\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Coordinates, E> {
        v.parse().map_err(E::custom)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Coordinates, A::Error> {
        let mut numbers = Vec::new();
        while let Some(n) = seq.next_element::<f64>()? {
            numbers.push(n);
        }
        let written = numbers
            .iter()
            .map(f64::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        match numbers.as_slice() {
            [lat, lon] => Coordinates::new(*lat, *lon, &written).map_err(de::Error::custom),
            _ => Err(de::Error::custom(bad_coordinates(&written))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Coordinates, E> {
        Err(E::custom(bad_coordinates(&v.to_string())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Coordinates, E> {
        Err(E::custom(bad_coordinates(&v.to_string())))
    }
}

impl Serialize for Coordinates {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.latitude, self.longitude].serialize(s)
    }
}

/// An `http://` or `https://` address with nothing in it that could
/// leave an attribute: content comes from many hands, and a
/// `javascript:` link on a library's page would run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub struct WebAddress(String);

impl WebAddress {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for WebAddress {
    type Error = String;

    fn try_from(s: String) -> Result<Self, String> {
        let url = s.trim();
        let lower = url.to_ascii_lowercase();
        let rest = lower
            .strip_prefix("https://")
            .or_else(|| lower.strip_prefix("http://"));
        let clean = !url
            .chars()
            .any(|c| c.is_whitespace() || "\"'<>`\\".contains(c));
        match rest {
            Some(host) if clean && !host.is_empty() && !host.starts_with('/') => {
                Ok(WebAddress(url.to_string()))
            }
            _ => Err(Message::new("library-website").arg("input", url).carried()
                + &Message::new("library-website-hint").carried()),
        }
    }
}

impl From<WebAddress> for String {
    fn from(a: WebAddress) -> Self {
        a.0
    }
}

/// A file's path inside the site's `static/` folder, with `/` between
/// its parts and none of them `..`: `libraries/ekos.jpg`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub struct StaticFile(String);

impl StaticFile {
    /// As the site's static files are keyed (`theme::Theme::static_files`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for StaticFile {
    type Error = String;

    fn try_from(s: String) -> Result<Self, String> {
        let path = s.trim().replace('\\', "/");
        let path = path.strip_prefix("static/").unwrap_or(&path);
        let parts: Vec<&str> = path.split('/').collect();
        if parts
            .iter()
            .any(|p| p.is_empty() || *p == "." || *p == ".." || p.contains(':'))
        {
            return Err(Message::new("library-photo-path")
                .arg("input", s.trim())
                .carried()
                + &Message::new("library-photo-path-hint").carried());
        }
        Ok(StaticFile(parts.join("/")))
    }
}

impl From<StaticFile> for String {
    fn from(f: StaticFile) -> Self {
        f.0
    }
}

/// Reads a text field into `T` while the YAML reader is still at the
/// value, so the message points at its line (serde's `try_from` is
/// applied after, and would point at the start of the library).
struct Text<T>(std::marker::PhantomData<T>);

impl<T: TryFrom<String, Error = String>> Visitor<'_> for Text<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        T::try_from(v.to_string()).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for WebAddress {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Text(std::marker::PhantomData))
    }
}

impl<'de> Deserialize<'de> for StaticFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Text(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(yaml: &str) -> Result<Libraries, String> {
        serde_yaml::from_str(yaml).map_err(|e| e.to_string())
    }

    #[test]
    fn names_and_aliases_find_one_library_in_any_case() {
        let l = parse("- name: Детская библиотека «Экос»\n  aliases: [ЦДБ-3]\n").unwrap();
        assert_eq!(
            l.find("детская библиотека «ЭКОС»").map(|l| &*l.name),
            Some("Детская библиотека «Экос»")
        );
        assert!(l.find("цдб-3").is_some());
        assert!(l.find("Истоки").is_none());
    }

    #[test]
    fn one_library_twice_is_refused() {
        let e = parse("- name: Экос\n- name: ЭКОС\n").unwrap_err();
        assert!(e.contains("library-twice"), "{e}");
    }

    #[test]
    fn coordinates_as_map_services_copy_them_or_as_a_list() {
        let c: Coordinates = serde_yaml::from_str("\"53.757117, 87.136104\"").unwrap();
        assert_eq!((c.latitude, c.longitude), (53.757117, 87.136104));
        let c: Coordinates = serde_yaml::from_str("[49.80, 73.10]").unwrap();
        assert_eq!((c.latitude, c.longitude), (49.80, 73.10));
        for bad in [
            "\"53,757117, 87,136104\"",
            "[187.1, 53.7]",
            "53.7",
            "[1, 2, 3]",
        ] {
            let e = serde_yaml::from_str::<Coordinates>(bad)
                .unwrap_err()
                .to_string();
            assert!(e.contains("library-coordinates"), "{bad}: {e}");
        }
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert!(WebAddress::try_from("https://libkem.su/".to_string()).is_ok());
        for bad in [
            "javascript:alert(1)",
            "https://",
            "//evil.example/",
            "http://a\" onclick=x",
        ] {
            assert!(WebAddress::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }

    #[test]
    fn photos_stay_inside_static() {
        let ok = StaticFile::try_from("static\\libraries\\ekos.jpg".to_string()).unwrap();
        assert_eq!(ok.as_str(), "libraries/ekos.jpg");
        for bad in ["../site.yaml", "/etc/passwd", "a//b.jpg", "C:/x.jpg", ""] {
            assert!(StaticFile::try_from(bad.to_string()).is_err(), "{bad}");
        }
    }
}
