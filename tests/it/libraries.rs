//! The registry of libraries in `site.yaml`: each library's page shows
//! its address, hours, phone, map link, photo and website; an event's
//! JSON-LD takes its `Place` from it and never gives the organisation's
//! address for another library; names outside it are warned of.

use crate::common::{repo_root, Site};

const CONFIG: &str = r#"title: "Летопись МИБС"
base_url: "https://library.example/"
language: ru
organisation:
  name: "МБУ «МИБС»"
  address: "ул. Организации, 1"
libraries:
  - name: "Центральная детская библиотека"
    aliases: ["ЦДБ"]
    address: "ул. Кирова, 71"
    town: "Новокузнецк"
    postcode: "654000"
    phone: "+7 (3843) 00-00-00"
    hours: "пн–пт 10:00–19:00, сб 10:00–18:00"
    coordinates: "53.757117, 87.136104"
    photo: "libraries/cdb.jpg"
    website: "https://mibs.example/cdb/"
  - name: "Детская библиотека «Экос»"
    town: "Новокузнецк"
"#;

fn registry_site() -> Site {
    let site = Site::with_config(CONFIG);
    let photo = std::fs::read(repo_root().join("tests/fixtures/photos/upright.jpg")).unwrap();
    site.bytes("static/libraries/cdb.jpg", &photo)
        .event(
            "content/2016/events/a.md",
            "title: \"Неделя детской книги\"\ndate: 2016-03-25\nlibrary: \"цдб\"",
            "Текст.",
        )
        .event(
            "content/2016/events/b.md",
            "title: \"Книжкины именины\"\ndate: 2016-03-26\nlibrary: \"Детская библиотека «Истоки»\"",
            "Текст.",
        )
        .event(
            "content/2016/events/c.md",
            "title: \"Экскурсия\"\ndate: 2016-03-27\nlibrary: \"Детская библиотека «Экоc»\"",
            "Текст.",
        );
    site
}

fn json_ld(site: &Site, rel: &str) -> serde_json::Value {
    let text = site.page(rel).text("script[type='application/ld+json']");
    serde_json::from_str(&text).expect("valid JSON-LD")
}

fn node<'a>(ld: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    ld["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@type"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {ld}"))
}

#[test]
fn a_registered_library_has_its_page_and_its_place_in_every_event() {
    let site = registry_site();
    let run = site.build(&[]);
    let err = run.ok();
    // An alias leads to the registered name; a name outside the
    // registry is a warning at its line, with the nearest name if any.
    assert!(
        err.contains("content/2016/events/b.md:4")
            && err.contains("библиотеки «Детская библиотека «Истоки»» нет в списке `libraries:`"),
        "{err}"
    );
    assert!(
        err.contains("content/2016/events/c.md:4")
            && err.contains("может быть, это «Детская библиотека «Экос»»?"),
        "{err}"
    );
    assert!(!err.contains("a.md"), "an alias is no mistake: {err}");

    let page = site.page("libraries/tsentralnaya-detskaya-biblioteka/index.html");
    assert_eq!(
        page.texts(".library-card dt"),
        ["Адрес", "Часы работы", "Телефон", "Сайт"]
    );
    let dd = page.texts(".library-card dd");
    assert!(
        dd[0].starts_with("ул. Кирова, 71, Новокузнецк, 654000"),
        "{dd:?}"
    );
    assert_eq!(dd[1], "пн–пт 10:00–19:00, сб 10:00–18:00");
    let links = page.attrs(".library-card a", "href");
    assert_eq!(
        links,
        [
            "https://www.openstreetmap.org/?mlat=53.757117&mlon=87.136104#map=17/53.757117/87.136104",
            "tel:+7384300-00-00",
            "https://mibs.example/cdb/",
        ]
    );
    assert_eq!(
        page.attrs(".library-card img", "src"),
        ["/libraries/cdb.jpg"]
    );
    assert_eq!(
        page.attrs("meta[property='og:image']", "content"),
        ["https://library.example/libraries/cdb.jpg"]
    );
    let ld = json_ld(
        &site,
        "libraries/tsentralnaya-detskaya-biblioteka/index.html",
    );
    let library = node(&ld, "Library");
    assert_eq!(library["address"]["postalCode"], "654000");
    assert_eq!(library["geo"]["latitude"], 53.757117);
    assert_eq!(library["telephone"], "+7 (3843) 00-00-00");
    assert_eq!(
        library["openingHoursSpecification"]["description"],
        "пн–пт 10:00–19:00, сб 10:00–18:00"
    );

    let event = |rel: &str| node(&json_ld(&site, rel), "Event")["location"].clone();
    let a = event("2016/a/index.html");
    assert_eq!(a["@type"], "Library");
    assert_eq!(a["name"], "Центральная детская библиотека");
    assert_eq!(a["address"]["streetAddress"], "ул. Кирова, 71");
    assert_eq!(a["address"]["addressLocality"], "Новокузнецк");
    assert_eq!(a["geo"]["longitude"], 87.136104);
    let b = event("2016/b/index.html");
    assert_eq!(b["@type"], "Place");
    assert_eq!(b["name"], "Детская библиотека «Истоки»");
    assert!(
        b.get("address").is_none(),
        "never the organisation's address for another library: {b}"
    );
}

#[test]
fn the_organisation_s_address_is_given_for_the_organisation_only() {
    let site = Site::with_config(
        "title: Т\nbase_url: \"https://library.example/\"\norganisation:\n  name: \"МБУ «МИБС»\"\n  address: \"ул. Организации, 1\"\n",
    );
    site.event(
        "content/2016/events/a.md",
        "title: А\ndate: 2016-03-25\nlibrary: \"МБУ «МИБС»\"",
        "Текст.",
    )
    .event(
        "content/2016/events/b.md",
        "title: Б\ndate: 2016-03-26\nlibrary: ЦДБ",
        "Текст.",
    );
    let err = site.build(&[]).ok().to_string();
    assert!(
        !err.contains("libraries:"),
        "no registry, no warning: {err}"
    );
    let location = |rel: &str| node(&json_ld(&site, rel), "Event")["location"].clone();
    assert_eq!(
        location("2016/a/index.html")["address"]["streetAddress"],
        "ул. Организации, 1"
    );
    assert!(location("2016/b/index.html").get("address").is_none());
}

#[test]
fn the_photo_of_a_library_and_every_static_picture_lose_their_metadata() {
    let site = registry_site();
    site.build(&[]).ok();
    let published = std::fs::read(site.output().join("libraries/cdb.jpg")).unwrap();
    let original = std::fs::read(site.root().join("static/libraries/cdb.jpg")).unwrap();
    assert!(published.len() < original.len());
    for secret in ["Samsung", "secret"] {
        assert!(
            !String::from_utf8_lossy(&published).contains(secret),
            "{secret}"
        );
    }
    assert!(
        image::load_from_memory(&published).is_ok(),
        "the picture stays whole"
    );
    // `keep_metadata` keeps them, as for event photos.
    site.file(
        "site.yaml",
        &CONFIG.replace(
            "language: ru\n",
            "language: ru\nphotos:\n  keep_metadata: true\n",
        ),
    );
    site.build(&[]).ok();
    assert_eq!(
        std::fs::read(site.output().join("libraries/cdb.jpg")).unwrap(),
        original
    );
}

#[test]
fn registry_mistakes_are_explained_at_their_line() {
    for (wrong, right, said) in [
        (
            "coordinates: \"53.757117, 87.136104\"",
            "coordinates: \"53,757117, 87,136104\"",
            "«53,757117, 87,136104» — не координаты",
        ),
        (
            "website: \"https://mibs.example/cdb/\"",
            "website: \"javascript:alert(1)\"",
            "«javascript:alert(1)» — не адрес сайта",
        ),
        (
            "photo: \"libraries/cdb.jpg\"",
            "photo: \"../site.yaml\"",
            "«../site.yaml» — не путь к файлу в папке static",
        ),
    ] {
        let site = registry_site();
        site.file("site.yaml", &CONFIG.replace(wrong, right));
        let line = CONFIG.lines().position(|l| l.contains(wrong)).unwrap() + 1;
        let err = site.build(&[]).failed().to_string();
        assert!(err.contains(said), "{err}");
        assert!(err.contains(&format!("site.yaml:{line}")), "{line}: {err}");
        assert!(!site.output().exists(), "nothing is written");
    }
    let site = registry_site();
    std::fs::remove_file(site.root().join("static/libraries/cdb.jpg")).unwrap();
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains(
            "фотографии `static/libraries/cdb.jpg` библиотеки «Центральная детская библиотека» нет"
        ),
        "{err}"
    );
    let site = registry_site();
    site.file(
        "site.yaml",
        &format!("{CONFIG}  - name: \"ЦЕНТРАЛЬНАЯ детская библиотека\"\n"),
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("библиотека «ЦЕНТРАЛЬНАЯ детская библиотека» записана в `libraries:` дважды"),
        "{err}"
    );
}
