//! `letopis import`: the fixtures' events and tables written as drafts the
//! build reads, the review, a second import that adds nothing, files never
//! replaced, photos into bundles, and the reports it cannot read.

use std::path::Path;

use crate::common::Site;
use crate::import_site::{events, files, fixture, import, KARAGANDA, NOVOKUZNETSK};

const NOVOKUZNETSK_ARGS: &[&str] = &["--year", "2016", "--library", "МБУ «МИБС» г. Новокузнецка"];

/// A site with the 2016 Novokuznetsk `.docx` imported, and the import's run.
fn novokuznetsk_docx() -> (Site, crate::common::Run) {
    let site = Site::with_config(NOVOKUZNETSK);
    let run = import(
        &site,
        &[&fixture("novokuznetsk-2016.docx")],
        NOVOKUZNETSK_ARGS,
    );
    run.ok();
    (site, run)
}

#[test]
fn a_word_report_becomes_draft_events() {
    let (site, _) = novokuznetsk_docx();
    let written = events(&site, 2016);
    assert!(
        written.iter().all(|(_, e)| e.draft),
        "every import is a draft"
    );
    let (rel, round) = written
        .iter()
        .find(|(_, e)| e.title == "Круглый стол «Молодёжь и выборы»")
        .expect("the round table");
    assert_eq!(
        rel,
        Path::new("content/2016/events/kruglyy-stol-molodezh-i-vybory.md")
    );
    assert_eq!(round.date, "2016-09-12");
    assert_eq!(
        round.library.as_deref(),
        Some("Центральная детская библиотека")
    );
    assert_eq!(round.form.as_deref(), Some("круглый стол"));
    // The story and the paragraph after it, which only continues it.
    assert!(
        round.body.contains("«Демосфен»") && round.body.contains("голосование пройдёт 18 сентября"),
        "{}",
        round.body
    );
    assert_eq!(round.source_paragraph, Some(10));
    // One paragraph, two events.
    let titles: Vec<&str> = written.iter().map(|(_, e)| e.title.as_str()).collect();
    assert!(
        titles.contains(&"Акция «Библиодесант - 2016»")
            && titles.contains(&"Акция «Кровь во имя жизни»"),
        "{titles:?}"
    );
    // The photo inside the paragraph: in its event's bundle, alt for the editor.
    let (rel, edinstvo) = written
        .iter()
        .find(|(_, e)| e.date == "2016-02-10")
        .expect("10 February");
    assert!(rel.ends_with("index.md"), "{}", rel.display());
    assert_eq!(edinstvo.images, [("photo-1.png".to_string(), None)]);
    let photo = site
        .root()
        .join(rel.parent().expect("bundle"))
        .join("photo-1.png");
    assert!(std::fs::read(photo).expect("photo").starts_with(b"\x89PNG"));
}

#[test]
fn the_review_says_what_was_recognised_and_the_drafts_build() {
    let (site, run) = novokuznetsk_docx();
    // The review: printed and written, each field sure or unsure.
    assert!(
        run.stdout
            .contains("date        sure   2016-09-12  «12 сентября 2016 года»"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("library     unsure Библиотека «Гармония»  (not one of the site's libraries"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("attendance  unsure 20  «около 20»"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("a summary («Всего …»), not an event: «Всего в рамках акции"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("an event without a date of its own: «В библиотеке «Экос» для воспитанников детского сада № 31"), "{}", run.stdout);
    let review =
        std::fs::read_to_string(site.root().join("import-review/novokuznetsk-2016-2016.txt"))
            .expect("review file");
    assert_eq!(review, run.stdout);
    assert!(run.stderr.contains("предупреждение: content/2016/events/vystavka-detskikh-risunkov-posmotri-kak-on-khorosh-rayon-v.md"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("«Библиотека «Гармония»» — не одна из библиотек сайта"),
        "{}",
        run.stderr
    );
    // Attendance «около 20» keeps its word beside the number.
    let contest = std::fs::read_to_string(
        site.root()
            .join("content/2016/events/konkurs-buktreylerov-lyubimaya-kniga-na-ekrane.md"),
    )
    .expect("contest");
    assert!(
        contest.contains("attendance: 20  # «около 20» in the text"),
        "{contest}"
    );
    // The drafts build (with --drafts), the photo's missing alt a warning.
    let built = site.build(&["--drafts"]);
    let warnings = built.ok();
    assert!(warnings.contains("photo-1.png"), "{warnings}");
    let page = site.page("2016/kruglyy-stol-molodezh-i-vybory/index.html");
    assert!(page.text("h1").contains("Молодёжь и выборы"));
    // Without --drafts nothing imported is published.
    site.build(&[]).ok();
    assert!(!site
        .output()
        .join("2016/kruglyy-stol-molodezh-i-vybory")
        .exists());
}

#[test]
fn an_odt_report_gives_the_same_events() {
    let (docx, odt) = (
        Site::with_config(NOVOKUZNETSK),
        Site::with_config(NOVOKUZNETSK),
    );
    import(
        &docx,
        &[&fixture("novokuznetsk-2016.docx")],
        NOVOKUZNETSK_ARGS,
    )
    .ok();
    import(
        &odt,
        &[&fixture("novokuznetsk-2016.odt")],
        NOVOKUZNETSK_ARGS,
    )
    .ok();
    let fields = |s: &Site| -> Vec<(String, String, Option<String>, Option<String>)> {
        events(s, 2016)
            .into_iter()
            .map(|(_, e)| (e.title, e.date, e.library, e.form))
            .collect()
    };
    assert_eq!(fields(&docx), fields(&odt));
}

#[test]
fn importing_twice_writes_nothing_new_and_nothing_is_replaced() {
    let site = Site::with_config(NOVOKUZNETSK);
    // A file already where an event would go stays as it was.
    let mine = "---\ntitle: \"Моя заметка\"\ndate: 2016-09-12\nlibrary: \"ЦДБ\"\n---\nМой текст.\n";
    site.file(
        "content/2016/events/kruglyy-stol-molodezh-i-vybory.md",
        mine,
    );
    let report = fixture("novokuznetsk-2016.docx");
    import(&site, &[&report], NOVOKUZNETSK_ARGS).ok();
    let path = site
        .root()
        .join("content/2016/events/kruglyy-stol-molodezh-i-vybory.md");
    assert_eq!(std::fs::read_to_string(path).expect("mine"), mine);
    assert!(site
        .root()
        .join("content/2016/events/kruglyy-stol-molodezh-i-vybory-2.md")
        .exists());
    let after_first = files(&site);
    let again = import(&site, &[&report], NOVOKUZNETSK_ARGS);
    again.ok();
    assert_eq!(files(&site), after_first, "the second import changed files");
    assert!(
        again
            .stdout
            .contains("already imported (Круглый стол «Молодёжь и выборы»)"),
        "{}",
        again.stdout
    );
    assert!(again.stdout.contains("Nothing new"), "{}", again.stdout);
    // The .odt of the same report has other paragraphs' text nowhere: the
    // events are the same stories, so nothing new either.
    let odt = import(
        &site,
        &[&fixture("novokuznetsk-2016.odt")],
        NOVOKUZNETSK_ARGS,
    );
    assert!(
        !odt.stdout.contains("→ content/2016/events/"),
        "{}",
        odt.stdout
    );
}

#[test]
fn tables_become_a_stats_draft_the_statistics_schema_reads() {
    let site = Site::with_config(KARAGANDA);
    let run = import(
        &site,
        &[&fixture("karaganda-2023.docx")],
        &["--year", "2023"],
    );
    run.ok();
    let draft = std::fs::read_to_string(site.root().join("content/2023/stats.imported.yaml"))
        .expect("draft");
    assert!(
        draft.contains("- group: выполнено в 2022\n    columns:\n    - детские библиотеки"),
        "{draft}"
    );
    assert!(draft.contains("403 (общ. 844)"), "{draft}");
    assert!(
        run.stdout.contains("table 4: not imported: no header row"),
        "{}",
        run.stdout
    );
    // Numbered list items keep their numbers, as text.
    assert!(
        run.stdout.contains("«2. Безбарьерные зоны"),
        "{}",
        run.stdout
    );
    // Events: the numeric date and the Kazakh system's library numbers.
    let written = events(&site, 2023);
    let general = written
        .iter()
        .map(|(_, e)| e)
        .find(|e| e.title.contains("Наш генерал"))
        .expect("Наш генерал");
    assert_eq!(
        (
            general.date.as_str(),
            general.library.as_deref(),
            general.attendance
        ),
        ("2023-04-19", Some("Библиотека-филиал №16"), Some(25))
    );
    // As the year's stats.yaml, the draft builds: totals check, values parse.
    site.file("content/2023/stats.yaml", &draft);
    let built = site.build(&["--drafts"]);
    built.ok();
    let stats = site.page("2023/index.html");
    assert!(
        stats
            .text("main")
            .contains("Основные показатели детских библиотек"),
        "{}",
        stats.text("main")
    );
    // The draft itself was not replaced by anything, and still is a draft.
    assert!(site
        .root()
        .join("content/2023/stats.imported.yaml")
        .exists());
}

#[test]
fn text_and_markdown_reports_are_read_a_paragraph_a_line() {
    let site = Site::with_config(NOVOKUZNETSK);
    site.file("report.txt", "[bookmark: _Toc1]ЯРКИЕ СОБЫТИЯ В ДЕТСКИХ БИБЛИОТЕКАХ\n2016 жылғы 10 ақпан библиотека «Единство» провела акцию «Книга в подарок». Присутствовало – 32 чел.\n");
    let run = import(
        &site,
        &[&site.root().join("report.txt")],
        &["--year", "2016"],
    );
    run.ok();
    let written = events(&site, 2016);
    assert_eq!(written.len(), 1, "{}", run.stdout);
    let e = &written[0].1;
    assert_eq!(
        (e.date.as_str(), e.title.as_str(), e.attendance),
        ("2016-02-10", "Акция «Книга в подарок»", Some(32))
    );
}

#[test]
fn an_undated_event_after_one_that_says_the_same_day_takes_its_date() {
    let site = Site::with_config(NOVOKUZNETSK);
    let text = "20 сентября в детских библиотеках города прошла акция «День дошкольника».\nВ этот день в библиотеках проходили экскурсии.\nВ библиотеке «Экос» прошла экскурсия «Дом, в котором живут книги».\nВ библиотеке «Единство» прошла игра «Поле чудес «Я в этом городе живу…»».\n";
    site.file("report.txt", text);
    let run = import(
        &site,
        &[&site.root().join("report.txt")],
        &["--year", "2016"],
    );
    run.ok();
    let dates: Vec<(String, String)> = events(&site, 2016)
        .into_iter()
        .map(|(_, e)| (e.title, e.date))
        .collect();
    assert_eq!(dates.len(), 3, "{}", run.stdout);
    assert!(
        dates.contains(&(
            "Экскурсия «Дом, в котором живут книги»".into(),
            "2016-09-20".into()
        )),
        "{dates:?}"
    );
    assert!(
        dates.contains(&(
            "Игра «Поле чудес «Я в этом городе живу…»»".into(),
            "2016-09-20".into()
        )),
        "{dates:?}"
    );
    assert!(
        run.stdout.contains("date        unsure 2016-09-20"),
        "{}",
        run.stdout
    );
}

fn failure(site: &Site, name: &str, bytes: &[u8]) -> String {
    site.bytes(name, bytes);
    let run = import(site, &[&site.root().join(name)], &["--year", "2016"]);
    run.failed().to_string()
}

#[test]
fn reports_it_cannot_read_say_why_and_what_to_do() {
    let site = Site::with_config(NOVOKUZNETSK);
    let docx = std::fs::read(fixture("novokuznetsk-2016.docx")).expect("fixture");
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    let cases: &[(&str, Vec<u8>, &str, &str)] = &[
        (
            "old.doc",
            ole.to_vec(),
            "old.doc: это старый документ Word 97–2003 (.doc)",
            "«Документ Word (.docx)»",
        ),
        (
            "damaged.docx",
            docx[..docx.len() / 2].to_vec(),
            "damaged.docx: файл повреждён",
            "сохраните его заново как .docx",
        ),
        (
            "empty.docx",
            Vec::new(),
            "empty.docx: файл пустой",
            "проверьте, что отчёт сохранён",
        ),
        (
            "notes.docx",
            b"just some text".to_vec(),
            "notes.docx: файл повреждён",
            "сохраните его заново",
        ),
        (
            "blank.txt",
            b"\n \n".to_vec(),
            "blank.txt: в документе нет текста",
            "проверьте, тот ли это отчёт",
        ),
        (
            "encrypted.docx",
            std::fs::read(fixture("encrypted.docx")).expect("fixture"),
            "encrypted.docx: документ защищён паролем",
            "снимите пароль",
        ),
        (
            "encrypted.odt",
            std::fs::read(fixture("encrypted.odt")).expect("fixture"),
            "encrypted.odt: документ защищён паролем",
            "снимите пароль",
        ),
    ];
    for (name, bytes, message, hint) in cases {
        let err = failure(&site, name, bytes);
        assert!(err.contains(message), "{name}: {err}");
        assert!(err.contains(hint), "{name}: {err}");
    }
    assert!(!site.root().join("content").exists(), "nothing written");
    // One bad report among good ones: the good ones are imported.
    site.bytes("old.doc", &ole);
    let run = import(
        &site,
        &[&site.root().join("old.doc"), &fixture("karaganda-2023.odt")],
        &["--year", "2023"],
    );
    assert!(run.failed().contains("old.doc"));
    assert!(!events(&site, 2023).is_empty());
}
