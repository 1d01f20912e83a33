//! What the site tells machines: feeds, sitemap, robots.txt, Open Graph
//! and JSON-LD, all parsed with real parsers.

use crate::common::Site;

fn site() -> Site {
    let site = Site::new();
    site.file("content/2016/_index.md", "---\ntitle: \"2016 год\"\n---\n")
        .event(
            "content/2016/events/fest/index.md",
            "title: \"Книгофестиваль «Книги & мир»\"\ndate: 2016-04-04\nlibrary: \"ЦДБ\"\nform: книгофестиваль\ntags: [Андерсен]\nsummary: \"Итоги </script><b> года\"",
            "Девятый книгофестиваль.",
        )
        .bytes("content/2016/events/fest/photo.jpg", &crate::common::jpeg(64, 48))
        .event(
            "content/2016/events/meet.md",
            "title: \"Встреча онлайн\"\ndate: 2016-05-10..2016-05-11\nlibrary: \"ЦДБ\"\nonline: true\nstatus: cancelled",
            "Отменена.",
        )
        .event(
            "content/2016/events/plan.md",
            "title: \"План\"\ndate: 2016-Q4\nlibrary: \"ЦДБ\"\nstatus: planned",
            "Будет.",
        );
    site.build(&[]).ok();
    site
}

fn xml(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.output().join(rel)).unwrap()
}

#[test]
fn site_feed_is_atom_with_done_events_newest_first() {
    let site = site();
    let text = xml(&site, "atom.xml");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let feed = doc.root_element();
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let titles: Vec<&str> = feed
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            e.children()
                .find(|c| c.has_tag_name("title"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    assert_eq!(titles, ["Книгофестиваль «Книги & мир»"], "only done events");
    let updated = feed
        .children()
        .find(|c| c.has_tag_name("updated"))
        .unwrap()
        .text()
        .unwrap();
    assert_eq!(
        updated, "2016-04-04T00:00:00Z",
        "dated from the events, not the clock"
    );
}

#[test]
fn year_feed_has_every_event_of_the_year() {
    let site = site();
    let text = xml(&site, "2016/atom.xml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let n = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .count();
    assert_eq!(n, 3);
    let year = site.page("2016/index.html");
    assert_eq!(
        year.attrs("link[rel=alternate][type='application/atom+xml']", "href"),
        ["/atom.xml", "/2016/atom.xml"]
    );
}

#[test]
fn sitemap_lists_every_page_but_404() {
    let site = site();
    let text = xml(&site, "sitemap.xml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .map(|n| n.text().unwrap())
        .collect();
    assert!(locs.contains(&"https://library.example/"));
    assert!(locs.contains(&"https://library.example/2016/fest/"));
    assert!(locs.contains(&"https://library.example/tags/andersen/"));
    assert!(!locs.iter().any(|l| l.contains("404")));
    let pages = walkdir::WalkDir::new(site.output())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .count();
    assert_eq!(locs.len(), pages);
    let robots = xml(&site, "robots.txt");
    assert!(robots.contains("Sitemap: https://library.example/sitemap.xml"));
}

#[test]
fn event_page_has_open_graph_and_json_ld() {
    let site = site();
    let p = site.page("2016/fest/index.html");
    assert_eq!(
        p.attrs("meta[property='og:title']", "content"),
        ["Книгофестиваль «Книги & мир» — Летопись ЦБС"]
    );
    assert_eq!(
        p.attrs("meta[property='og:image']", "content"),
        ["https://library.example/2016/fest/photo.jpg"]
    );
    assert_eq!(p.attrs("meta[property='og:locale']", "content"), ["ru_RU"]);
    let ld = p.texts("script[type='application/ld+json']");
    assert_eq!(ld.len(), 1);
    let raw = std::fs::read_to_string(site.output().join("2016/fest/index.html")).unwrap();
    assert!(
        !raw.contains("</script><b>"),
        "a summary cannot close the JSON-LD script"
    );
    let json: serde_json::Value = serde_json::from_str(&ld[0]).expect("valid JSON");
    let graph = json["@graph"].as_array().unwrap();
    let event = graph.iter().find(|n| n["@type"] == "Event").unwrap();
    assert_eq!(event["startDate"], "2016-04-04");
    assert_eq!(event["location"]["name"], "ЦДБ");
    assert_eq!(
        event["eventAttendanceMode"],
        "https://schema.org/OfflineEventAttendanceMode"
    );
    assert_eq!(
        event["image"],
        "https://library.example/2016/fest/photo.jpg"
    );
    assert_eq!(event["description"], "Итоги </script><b> года");
    let crumbs = graph
        .iter()
        .find(|n| n["@type"] == "BreadcrumbList")
        .unwrap();
    let names: Vec<&str> = crumbs["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Летопись ЦБС", "2016", "Книгофестиваль «Книги & мир»"]
    );
}

#[test]
fn online_cancelled_event_says_so_in_json_ld() {
    let site = site();
    let p = site.page("2016/meet/index.html");
    let json: serde_json::Value =
        serde_json::from_str(&p.texts("script[type='application/ld+json']")[0]).unwrap();
    let event = &json["@graph"][0];
    assert_eq!(event["eventStatus"], "https://schema.org/EventCancelled");
    assert_eq!(
        event["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    assert_eq!(event["location"]["@type"], "VirtualLocation");
    assert_eq!(event["endDate"], "2016-05-11");
}

#[test]
fn every_page_has_canonical_favicon_and_feed_links() {
    let site = site();
    for page in [
        "index.html",
        "2016/index.html",
        "libraries/index.html",
        "tags/andersen/index.html",
    ] {
        let p = site.page(page);
        assert_eq!(p.attrs("link[rel=canonical]", "href").len(), 1, "{page}");
        assert_eq!(
            p.attrs("link[rel=icon]", "href"),
            ["/favicon.svg"],
            "{page}"
        );
    }
    assert!(site.output().join("favicon.svg").is_file());
    assert!(site
        .page("404.html")
        .attrs("link[rel=canonical]", "href")
        .is_empty());
}

/// Every page has a link preview: an event its first photo, any other
/// page the site's `share.png` (the theme's, unless the site has its own).
#[test]
fn every_page_has_an_og_image() {
    let site = site();
    site.build(&[]).ok();
    let pages: Vec<_> = walkdir::WalkDir::new(site.output())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "index.html")
        .map(|e| e.into_path())
        .collect();
    assert!(pages.len() > 5);
    for page in &pages {
        // With `/` on every system: the page's address, not its path.
        let rel = page
            .strip_prefix(site.output())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let images = site
            .page(&rel)
            .attrs("meta[property='og:image']", "content");
        assert_eq!(images.len(), 1, "{rel}");
        if rel != "2016/fest/index.html" {
            assert_eq!(images[0], "https://library.example/share.png", "{rel}");
        }
    }
    let png = image::open(site.output().join("share.png")).unwrap();
    assert_eq!(
        (png.width(), png.height()),
        (1200, 630),
        "the size previews want"
    );
    // A site's own preview replaces the theme's.
    site.bytes("static/share.png", &crate::common::jpeg(1200, 630));
    site.build(&[]).ok();
    assert_eq!(
        std::fs::read(site.output().join("share.png")).unwrap(),
        crate::common::jpeg(1200, 630)
    );
}

/// Atom entries say when the event began (`published`, the feed's order,
/// newest first) and when it ended (`updated`), whatever its date's form.
#[test]
fn atom_entries_are_published_and_updated_in_date_order() {
    let site = Site::new();
    for (slug, date) in [
        ("q", "1 квартал 2016"),
        ("d", "2016-02-10"),
        ("m", "март 2016"),
    ] {
        site.event(
            &format!("content/2016/events/{slug}.md"),
            &format!("title: {slug}\ndate: \"{date}\"\nlibrary: ЦДБ"),
            "Текст.",
        );
    }
    site.build(&[]).ok();
    let text = xml(&site, "2016/atom.xml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let field = |e: roxmltree::Node, name: &str| {
        e.children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap_or_else(|| panic!("no {name}"))
            .to_string()
    };
    let entries: Vec<(String, String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            (
                field(e, "title"),
                field(e, "published"),
                field(e, "updated"),
            )
        })
        .collect();
    assert_eq!(
        entries,
        [
            (
                "m".into(),
                "2016-03-01T00:00:00Z".into(),
                "2016-03-31T00:00:00Z".into()
            ),
            (
                "d".into(),
                "2016-02-10T00:00:00Z".into(),
                "2016-02-10T00:00:00Z".into()
            ),
            (
                "q".into(),
                "2016-01-01T00:00:00Z".into(),
                "2016-03-31T00:00:00Z".into()
            ),
        ]
    );
}

/// JSON-LD dates are full days for every form of date, the same way: a
/// month, a quarter and a year from their first to their last day.
#[test]
fn json_ld_dates_are_full_days_for_every_form() {
    let site = Site::new();
    let forms = [
        ("m", "март 2016", "2016-03-01", "2016-03-31"),
        ("q", "2 квартал 2016", "2016-04-01", "2016-06-30"),
        ("y", "2016", "2016-01-01", "2016-12-31"),
    ];
    for (slug, date, _, _) in forms {
        site.event(
            &format!("content/2016/events/{slug}.md"),
            &format!("title: {slug}\ndate: \"{date}\"\nlibrary: ЦДБ"),
            "Текст.",
        );
    }
    site.build(&[]).ok();
    for (slug, _, start, end) in forms {
        let p = site.page(&format!("2016/{slug}/index.html"));
        let ld: serde_json::Value =
            serde_json::from_str(&p.text("script[type='application/ld+json']")).unwrap();
        let event = ld["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["@type"] == "Event")
            .unwrap();
        assert_eq!(
            (event["startDate"].as_str(), event["endDate"].as_str()),
            (Some(start), Some(end)),
            "{slug}"
        );
    }
}
