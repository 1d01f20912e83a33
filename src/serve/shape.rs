//! What every page may show about the whole site. While it is unchanged,
//! an edit only affects the pages that read the edited files.

use std::path::PathBuf;

use crate::model::{Site, TaxonomyKind};
use crate::routes::YearTerms;

#[derive(Debug, PartialEq, Eq)]
pub struct Shape {
    /// (file, address) of every event and page, by file.
    addresses: Vec<(PathBuf, String)>,
    lists: Lists,
}

/// The shape but the addresses.
#[derive(Debug, PartialEq, Eq)]
struct Lists {
    /// site.yaml: compared whole, as every page shows parts of it.
    config: String,
    /// Year, title, events, visitors: the navigation every page has.
    years: Vec<(i32, Option<String>, usize, u64)>,
    menu: Vec<(String, Option<i32>)>,
    /// (slug, name) of every term of every taxonomy: their indexes stay
    /// valid between the old site and the new one.
    terms: Vec<Vec<(String, String)>>,
    /// The year filter pages (`/2016/libraries/ekos/`), per year.
    year_filters: Vec<Vec<(TaxonomyKind, usize)>>,
}

impl Shape {
    pub fn of(site: &Site) -> Shape {
        let mut addresses: Vec<(PathBuf, String)> = site
            .events
            .iter()
            .map(|e| (e.file.clone(), e.path()))
            .collect();
        addresses.extend(site.pages.iter().map(|p| (p.file.clone(), p.slug.clone())));
        // Files are unique: byte order is enough, and much quicker than
        // comparing paths component by component.
        addresses.sort_unstable_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
        Shape {
            addresses,
            lists: Lists::of(site),
        }
    }

    /// Whether `site`, which has the addresses this shape was taken from,
    /// still has this shape (after [`Site::replace_event`]).
    pub fn holds_for_same_addresses(&self, site: &Site) -> bool {
        self.lists == Lists::of(site)
    }
}

impl Lists {
    fn of(site: &Site) -> Lists {
        Lists {
            config: format!("{:?}", site.config),
            years: site
                .years
                .iter()
                .map(|y| (y.year, y.title.clone(), y.events.len(), y.attendance))
                .collect(),
            menu: site
                .pages
                .iter()
                .map(|p| (p.title.clone(), p.weight))
                .collect(),
            terms: site
                .taxonomies
                .iter()
                .map(|t| {
                    t.terms
                        .iter()
                        .map(|term| (term.slug.clone(), term.name.clone()))
                        .collect()
                })
                .collect(),
            year_filters: (0..site.years.len())
                .map(|y| {
                    let terms = YearTerms::new(site, y);
                    (0..terms.len()).map(|f| terms.term(f)).collect()
                })
                .collect(),
        }
    }
}
