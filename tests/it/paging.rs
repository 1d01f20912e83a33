//! Term pages in pages (`paginate` in site.yaml).

use crate::common::{Site, SITE_YAML};

/// Five events of one library, `paginate` as given.
fn site(paginate: usize) -> Site {
    let site = Site::with_config(&format!("{SITE_YAML}paginate: {paginate}\n"));
    for day in 1..=5 {
        site.event(
            &format!("content/2016/events/e{day}.md"),
            &format!("title: \"Событие {day}\"\ndate: 2016-03-0{day}\nlibrary: ЦДБ"),
            "Текст.",
        );
    }
    site.build(&[]).ok();
    site
}

#[test]
fn a_term_lists_its_events_newest_first_two_to_a_page() {
    let site = site(2);
    let first = site.page("libraries/index.html").link("ЦДБ");
    assert_eq!(first, "/libraries/tsdb/");
    let page = |n: usize| match n {
        1 => site.page("libraries/tsdb/index.html"),
        n => site.page(&format!("libraries/tsdb/page/{n}/index.html")),
    };
    let titles = |n: usize| page(n).texts(".card-title");
    assert_eq!(titles(1), ["Событие 5", "Событие 4"]);
    assert_eq!(titles(2), ["Событие 3", "Событие 2"]);
    assert_eq!(titles(3), ["Событие 1"]);
    assert!(!site.output().join("libraries/tsdb/page/4").exists());
    assert!(!site.output().join("libraries/tsdb/page/1").exists());

    assert_eq!(
        page(1).attrs("a[rel=next]", "href"),
        ["/libraries/tsdb/page/2/"]
    );
    assert!(page(1).attrs("a[rel=prev]", "href").is_empty());
    assert_eq!(page(2).attrs("a[rel=prev]", "href"), ["/libraries/tsdb/"]);
    assert_eq!(
        page(2).attrs("a[rel=next]", "href"),
        ["/libraries/tsdb/page/3/"]
    );
    assert!(page(3).attrs("a[rel=next]", "href").is_empty());
    assert_eq!(page(2).text("nav.pagination span"), "Страница 2 / 3");
    // Each page is its own page for search engines.
    assert!(page(2).text("title").starts_with("ЦДБ — Страница 2"));
    assert_eq!(
        page(2).attrs("link[rel=canonical]", "href"),
        ["https://library.example/libraries/tsdb/page/2/"]
    );
    let sitemap = std::fs::read_to_string(site.output().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://library.example/libraries/tsdb/page/3/</loc>"));
    // The figures count every event, not the page's.
    assert!(page(2).text(".figures").starts_with("5"));
}

#[test]
fn zero_puts_every_event_on_one_page() {
    let site = site(0);
    let page = site.page("libraries/tsdb/index.html");
    assert_eq!(page.texts(".card-title").len(), 5);
    assert!(page.texts("nav.pagination").is_empty());
    assert!(!site.output().join("libraries/tsdb/page").exists());
}
