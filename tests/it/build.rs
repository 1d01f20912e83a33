//! `letopis build` on fixture sites: pages, dates, order, links, taxonomies.

use crate::common::{Site, SITE_YAML};

fn chronicle() -> Site {
    let site = Site::new();
    site.file("content/_index.md", "---\ntitle: \"Летопись\"\n---\nДетские библиотеки города.\n")
        .file(
            "content/2016/_index.md",
            "---\ntitle: \"2016 год\"\ndefault_library: \"Центральная детская библиотека\"\n---\nГод кино.\n",
        )
        .event(
            "content/2016/events/knigofestival.md",
            "title: \"Книгофестиваль «Книги изменяют мир»\"\ndate: 2016-04-04\nform: книгофестиваль\naudience: [дошкольники, школьники]\nattendance: 120\ntags: [Андерсен, Киплинг]\nfeatured: true",
            "Девятый городской книгофестиваль.\n\nВторой абзац.",
        )
        .event(
            "content/2016/events/den-dareniya.md",
            "title: \"День дарения книг\"\ndate: 2016-02-10\nlibrary: \"Детская библиотека «Единство»\"\nform: акция\nattendance: 40",
            "Подарили более 40 книг.",
        )
        .event(
            "content/2016/events/doktor-kniga-1.md",
            "title: \"Доктор Книга в больнице\"\ndate: 2016-09-26\ncampaign: \"Доктор Книга\"\nform: акция\nattendance: 35",
            "Кот Учёный и Королева Книга.",
        )
        .event(
            "content/2016/events/doktor-kniga-2.md",
            "title: \"Доктор Книга: финал\"\ndate: 2016-12-27\ncampaign: \"Доктор Книга\"\nform: праздник\nattendance: 50",
            "Заключительное мероприятие акции.",
        )
        .event(
            "content/2016/events/batareyki.md",
            "title: \"Сдал батарейку – помог планете\"\ndate: 2016\nform: акция",
            "Экологическая акция весь год.",
        )
        .event(
            "content/2016/events/kvartal.md",
            "title: \"Цикл «Сказка на экране»\"\ndate: 2016-Q2\nform: цикл мероприятий",
            "Для дошкольников.",
        )
        .event(
            "content/2016/events/april-month.md",
            "title: \"Месячник чтения\"\ndate: 2016-04\nform: акция",
            "Весь апрель.",
        )
        .event(
            "content/2016/events/chernovik.md",
            "title: \"Черновик\"\ndate: 2016-05-01\ndraft: true",
            "Ещё не готово.",
        )
        .event(
            "content/2022/events/klub-metodistov/index.md",
            "title: \"Клуб методистов Кузбасса\"\ndate: 2022-06-08..2022-06-09\nlibrary: \"ЦГБ г. Междуреченска\"\nform: заседание клуба\nstatus: done",
            "Двухдневная встреча.",
        )
        .bytes("content/2022/events/klub-metodistov/foto.jpg", &crate::common::jpeg(640, 480))
        .bytes("content/2022/events/klub-metodistov/reshenie.pdf", b"%PDF fake")
        .event(
            "content/2022/events/plan.md",
            "title: \"Тотальный диктант\"\ndate: 2022-04..2022-05\nlibrary: \"ГБ Кузбасса для детей и молодежи\"\nstatus: planned",
            "План.",
        )
        .file("content/pages/about.md", "---\ntitle: \"О библиотеках\"\n---\nМы — детские библиотеки.\n");
    site
}

#[test]
fn builds_every_page_type() {
    let site = chronicle();
    let stderr = site.build(&[]).ok().to_string();
    assert!(stderr.contains("Собрано страниц: "), "{stderr}");
    for page in [
        "index.html",
        "404.html",
        "2016/index.html",
        "2022/index.html",
        "2016/knigofestival/index.html",
        "2022/klub-metodistov/index.html",
        "about/index.html",
        "libraries/index.html",
        "libraries/tsentralnaya-detskaya-biblioteka/index.html",
        "forms/aktsiya/index.html",
        "audiences/doshkolniki/index.html",
        "campaigns/doktor-kniga/index.html",
        "tags/andersen/index.html",
        "style.css",
    ] {
        assert!(site.output().join(page).is_file(), "missing {page}");
    }
    assert!(
        !site.output().join("2016/chernovik").exists(),
        "drafts are left out"
    );
}

#[test]
fn event_page_shows_facts_as_links() {
    let site = chronicle();
    site.build(&[]).ok();
    let p = site.page("2016/knigofestival/index.html");
    assert_eq!(p.text("h1"), "Книгофестиваль «Книги изменяют мир»");
    assert_eq!(p.text("time"), "4 апреля 2016");
    assert_eq!(p.attrs("time", "datetime"), ["2016-04-04"]);
    assert_eq!(
        p.link("Центральная детская библиотека"),
        "/libraries/tsentralnaya-detskaya-biblioteka/"
    );
    assert_eq!(p.link("книгофестиваль"), "/forms/knigofestival/");
    assert_eq!(p.link("дошкольники"), "/audiences/doshkolniki/");
    assert_eq!(p.link("Киплинг"), "/tags/kipling/");
    assert!(p.text(".body").contains("Второй абзац"));
    assert_eq!(
        p.attrs("link[rel=canonical]", "href"),
        ["https://library.example/2016/knigofestival/"]
    );
}

#[test]
fn year_page_groups_by_month_then_quarter_then_year() {
    let site = chronicle();
    site.build(&[]).ok();
    let p = site.page("2016/index.html");
    assert_eq!(p.text("h1"), "2016 год");
    assert_eq!(
        p.texts(".chronicle h3[id]"),
        [
            "Февраль",
            "Апрель",
            "Сентябрь",
            "Декабрь",
            "II квартал",
            "В течение года"
        ]
    );
    // Within April: the whole month before the day in it.
    let april = p.texts("#m04 ~ article .card-title, section:has(> #m04) article .card-title");
    assert_eq!(
        april,
        ["Месячник чтения", "Книгофестиваль «Книги изменяют мир»"]
    );
    assert_eq!(
        p.texts("#highlights-h ~ article .card-title"),
        ["Книгофестиваль «Книги изменяют мир»"]
    );
    assert!(
        p.text(".figures").starts_with("7 мероприятий"),
        "{}",
        p.text(".figures")
    );
}

#[test]
fn fuzzy_dates_are_written_as_librarians_write_them() {
    let site = chronicle();
    site.build(&[]).ok();
    let p = site.page("2016/index.html");
    let dates = p.texts(".chronicle time");
    for want in [
        "10 февраля 2016",
        "апрель 2016",
        "II квартал 2016",
        "в течение 2016 года",
    ] {
        assert!(
            dates.iter().any(|d| d.replace('\u{a0}', " ") == want),
            "{want} not in {dates:?}"
        );
    }
    let p = site.page("2022/index.html");
    let dates: Vec<String> = p
        .texts(".chronicle time")
        .iter()
        .map(|d| d.replace('\u{a0}', " "))
        .collect();
    assert!(dates.contains(&"8–9 июня 2022".to_string()), "{dates:?}");
    assert!(dates.contains(&"апрель–май 2022".to_string()), "{dates:?}");
}

#[test]
fn taxonomy_pages_count_events_and_attendance() {
    let site = chronicle();
    site.build(&[]).ok();
    let p = site.page("campaigns/doktor-kniga/index.html");
    assert_eq!(p.text("h1"), "Доктор Книга");
    assert_eq!(
        p.text(".figures").replace('\u{a0}', " "),
        "2 мероприятия, 85 участников"
    );
    // Newest first on term pages.
    assert_eq!(
        p.texts(".card-title"),
        ["Доктор Книга: финал", "Доктор Книга в больнице"]
    );
    let index = site.page("libraries/index.html");
    let libs = index.texts(".terms a");
    assert_eq!(libs.len(), 4, "{libs:?}");
    let mut sorted = libs.clone();
    sorted.sort();
    assert_eq!(libs, sorted, "terms are listed alphabetically");
}

#[test]
fn home_lists_years_featured_and_latest() {
    let site = chronicle();
    site.build(&[]).ok();
    let p = site.page("index.html");
    assert_eq!(p.text("h1"), "Летопись");
    let years: Vec<String> = p
        .texts(".years li")
        .iter()
        .map(|s| s.replace('\u{a0}', " "))
        .collect();
    assert!(years[0].starts_with("2022"), "{years:?}");
    assert!(years[1].contains("7 мероприятий"), "{years:?}");
    assert_eq!(
        p.texts("#featured-h ~ article .card-title"),
        ["Книгофестиваль «Книги изменяют мир»"]
    );
    let latest = p.texts("#latest-h ~ article .card-title");
    assert_eq!(
        latest[0], "Клуб методистов Кузбасса",
        "planned events are not «latest»"
    );
    assert!(!latest.contains(&"Тотальный диктант".to_string()));
}

#[test]
fn bundle_files_are_copied_beside_the_event() {
    let site = chronicle();
    site.build(&[]).ok();
    let p = site.page("2022/klub-metodistov/index.html");
    // A 640 px photo: copies 480 px and 640 px wide; the page shows the larger.
    let src = p.attrs(".gallery img", "src");
    assert!(
        src[0].starts_with("/2022/klub-metodistov/foto-640-"),
        "{src:?}"
    );
    assert_eq!(
        p.attrs(".gallery a", "href"),
        ["/2022/klub-metodistov/foto.jpg"]
    );
    assert_eq!(p.link("reshenie.pdf"), "/2022/klub-metodistov/reshenie.pdf");
    assert!(site
        .output()
        .join("2022/klub-metodistov/foto.jpg")
        .is_file());
}

#[test]
fn drafts_flag_includes_drafts() {
    let site = chronicle();
    site.build(&["--drafts"]).ok();
    assert!(site.output().join("2016/chernovik/index.html").is_file());
}

#[test]
fn base_url_with_subfolder_prefixes_links() {
    let site = chronicle();
    site.build(&["--base-url", "https://user.github.io/letopis"])
        .ok();
    let p = site.page("2016/knigofestival/index.html");
    assert_eq!(p.link("книгофестиваль"), "/letopis/forms/knigofestival/");
    assert_eq!(
        p.attrs("link[rel=stylesheet]", "href"),
        ["/letopis/style.css"]
    );
    assert_eq!(
        p.attrs("link[rel=canonical]", "href"),
        ["https://user.github.io/letopis/2016/knigofestival/"]
    );
}

#[test]
fn output_folder_can_be_chosen() {
    let site = chronicle();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("public");
    site.build(&["--output", out.to_str().unwrap()]).ok();
    assert!(out.join("index.html").is_file());
    assert!(!site.output().exists());
}

#[test]
fn site_templates_and_static_override_the_theme() {
    let site = chronicle();
    site.file("templates/page.html", "{% extends \"base.html\" %}{% block content %}<p class=\"mine\">{{ page.title }}</p>{% endblock content %}")
        .file("static/style.css", "body { color: red }")
        .file("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    site.build(&[]).ok();
    assert_eq!(site.page("about/index.html").text(".mine"), "О библиотеках");
    assert_eq!(
        std::fs::read_to_string(site.output().join("style.css")).unwrap(),
        "body { color: red }"
    );
    assert!(site.output().join("logo.svg").is_file());
}

#[test]
fn kazakh_and_english_sites_speak_their_language() {
    for (lang, date, events) in [
        ("kk", "2016 жылғы 4 сәуір", "2 іс-шара"),
        ("en", "4 April 2016", "2 events"),
    ] {
        let site =
            Site::with_config(&SITE_YAML.replace("language: ru", &format!("language: {lang}")));
        site.event(
            "content/2016/events/a.md",
            "title: A\ndate: 2016-04-04\nlibrary: L",
            "Text.",
        )
        .event(
            "content/2016/events/b.md",
            "title: B\ndate: 2016-05\nlibrary: L",
            "Text.",
        );
        site.build(&[]).ok();
        let p = site.page("2016/a/index.html");
        assert_eq!(p.attrs("html", "lang"), [lang]);
        assert_eq!(p.text("time").replace('\u{a0}', " "), date);
        let y = site.page("2016/index.html");
        assert_eq!(y.text(".figures").replace('\u{a0}', " "), events);
    }
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let site = chronicle();
    site.build(&[]).ok();
    let before = std::fs::read(site.output().join("2016/knigofestival/index.html")).unwrap();
    site.file("content/2016/events/broken.md", "---\ntitle: [\n---\n");
    site.build(&[]).failed();
    let after = std::fs::read(site.output().join("2016/knigofestival/index.html")).unwrap();
    assert_eq!(before, after);
    let names: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("letopis-")),
        "staging left behind: {names:?}"
    );
}

#[test]
fn refuses_to_replace_a_folder_of_other_files() {
    let site = chronicle();
    site.file("output/my-thesis.docx", "precious");
    let run = site.build(&[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("есть файлы, которые сделал не letopis"),
        "{}",
        run.stderr
    );
    assert!(site.output().join("my-thesis.docx").is_file());
}

#[test]
fn same_sources_give_identical_output() {
    let site = chronicle();
    site.build(&[]).ok();
    let first = crate::common::tree(&site.output());
    assert!(first.len() > 20, "{} files", first.len());
    site.build(&[]).ok();
    let second = crate::common::tree(&site.output());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{} differs", path.display());
    }
}

#[test]
fn verbose_prints_stage_timings_and_quiet_prints_nothing() {
    let site = chronicle();
    let err = site.build(&["--verbose"]).ok().to_string();
    assert!(
        err.contains("content and model:") && err.contains(" ms"),
        "{err}"
    );
    let run = site.build(&["--quiet"]);
    assert_eq!(run.ok(), "");
}

#[test]
fn year_filters_are_pages_of_their_own() {
    let site = chronicle();
    site.build(&[]).ok();
    let year = site.page("2016/index.html");
    let filters = year.attrs(".filters a[data-filter]", "href");
    assert!(
        filters.contains(&"/2016/forms/aktsiya/".to_string()),
        "{filters:?}"
    );
    assert!(
        filters.contains(&"/2016/libraries/detskaya-biblioteka-edinstvo/".to_string()),
        "{filters:?}"
    );
    // One campaign this year: no campaign filter (it would filter nothing).
    assert!(
        !filters.iter().any(|f| f.contains("/campaigns/")),
        "{filters:?}"
    );
    let p = site.page("2016/forms/aktsiya/index.html");
    assert_eq!(p.text("h1"), "акция: 2016");
    assert_eq!(
        p.texts(".chronicle .card-title"),
        [
            "День дарения книг",
            "Месячник чтения",
            "Доктор Книга в больнице",
            "Сдал батарейку – помог планете"
        ]
    );
    assert_eq!(
        p.attrs(".filters a[aria-current]", "href"),
        ["/2016/forms/aktsiya/"]
    );
    assert_eq!(p.link("Все мероприятия года"), "/2016/");
    let keys = year.attrs(".chronicle .card", "data-filter-keys");
    assert!(
        keys.iter()
            .any(|k| k.contains("campaign:doktor-kniga") && k.contains("form:aktsiya")),
        "{keys:?}"
    );
}
