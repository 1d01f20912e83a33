//! Term pages in pages: `/libraries/ekos/`, then `page/2/`, `page/3/`.
//!
//! A library of a regional network can have thousands of events; one page
//! listing them all is megabytes on a phone (30 MB per audience in the
//! 100 000-event benchmark) and slow to render. `site.yaml`'s `paginate`
//! sets how many events a page lists.

use serde::Serialize;

/// How many pages `count` events take, `per_page` a page (0: one page).
pub fn pages(count: usize, per_page: usize) -> usize {
    if per_page == 0 {
        1
    } else {
        count.div_ceil(per_page).max(1)
    }
}

/// The path of page `page` (from 0) below the first page's `path`.
pub fn path(first: &str, page: usize) -> String {
    if page == 0 {
        first.to_string()
    } else {
        format!("{first}page/{}/", page + 1)
    }
}

/// Which of `count` items page `page` shows.
pub fn range(count: usize, per_page: usize, page: usize) -> std::ops::Range<usize> {
    if per_page == 0 {
        return 0..count;
    }
    let start = (page * per_page).min(count);
    start..(start + per_page).min(count)
}

/// The page (from 0) that shows item `at`.
pub fn page_of(at: usize, per_page: usize) -> usize {
    at.checked_div(per_page).unwrap_or(0)
}

/// `paginator` in `term.html`.
#[derive(Debug, Serialize)]
pub struct Paginator {
    /// From 1.
    pub page: usize,
    pub pages: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Every page's URL, first to last.
    pub urls: Vec<String>,
}

impl Paginator {
    /// Page `page` (from 0) of `pages`; `url(n)` is page n's address.
    pub fn new(page: usize, pages: usize, url: impl Fn(usize) -> String) -> Paginator {
        let urls: Vec<String> = (0..pages).map(url).collect();
        Paginator {
            page: page + 1,
            pages,
            previous: page.checked_sub(1).map(|p| urls[p].clone()),
            next: urls.get(page + 1).cloned(),
            urls,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_paths_and_ranges() {
        assert_eq!(pages(0, 10), 1);
        assert_eq!(pages(10, 10), 1);
        assert_eq!(pages(11, 10), 2);
        assert_eq!(pages(11, 0), 1);
        assert_eq!(path("libraries/ekos/", 0), "libraries/ekos/");
        assert_eq!(path("libraries/ekos/", 2), "libraries/ekos/page/3/");
        assert_eq!(range(25, 10, 2), 20..25);
        assert_eq!(range(25, 0, 0), 0..25);
        assert_eq!((page_of(19, 10), page_of(20, 10), page_of(7, 0)), (1, 2, 0));
        let p = Paginator::new(1, 3, |n| format!("/t/{n}/"));
        assert_eq!(
            (p.page, p.previous.as_deref(), p.next.as_deref()),
            (2, Some("/t/0/"), Some("/t/2/"))
        );
    }
}
