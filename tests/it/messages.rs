//! Messages in the editor's language: a Russian site with one mistake of
//! each kind gets first lines without an English word, and the address
//! and date messages are asserted in ru, kk and en with their hints.

use crate::common::{letopis, Site};

/// Words of two or more ASCII Latin letters in the message of a first
/// line `ошибка: файл:строка:столбец: сообщение`, once what the editor
/// wrote is taken out: `code` spans, «quoted» and "quoted" values, and
/// file names (words with a `/` or a `.` inside).
fn english_words(first_line: &str) -> Vec<String> {
    let message = first_line.splitn(3, ": ").nth(2).unwrap_or(first_line);
    let mut kept = String::new();
    let mut closing = None;
    for c in message.chars() {
        match (closing, c) {
            (Some(end), _) if c == end => closing = None,
            (Some(_), _) => {}
            (None, '`') => closing = Some('`'),
            (None, '«') => closing = Some('»'),
            (None, '"') => closing = Some('"'),
            (None, _) => kept.push(c),
        }
    }
    kept.split_whitespace()
        .filter(|w| {
            !w.trim_end_matches([',', '.', ':', ';'])
                .contains(['/', '.'])
        })
        .flat_map(|w| w.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
        .collect()
}

#[test]
fn english_words_are_found_outside_what_the_editor_wrote() {
    let line = "ошибка: content/a.md:3:7: поле `date` и «April» в файле index.md is wrong";
    assert_eq!(english_words(line), ["is", "wrong"]);
}

/// The first lines of the diagnostics `letopis check` printed.
fn first_lines(site: &Site) -> Vec<String> {
    let run = letopis(&["check", "--root", &site.root().to_string_lossy()]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    format!("{}\n{}", run.stdout, run.stderr)
        .lines()
        .map(str::trim_start)
        .filter(|l| {
            ["ошибка: ", "предупреждение: ", "error: ", "warning: "]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .map(str::to_string)
        .collect()
}

fn assert_russian(lines: &[String], expected: usize) {
    assert!(lines.len() >= expected, "{lines:#?}");
    for line in lines {
        let english = english_words(line);
        assert!(
            english.is_empty() && !line.starts_with("error") && !line.starts_with("warning"),
            "English {english:?} in: {line}"
        );
    }
}

#[test]
fn a_russian_site_with_many_mistakes_is_told_them_in_russian() {
    let site = Site::new();
    let events = [
        (
            "2016/events/den.md",
            "title: День книги\ndate: 2016-02-30\nlibrary: ЦДБ",
        ),
        (
            "2014/events/festival.md",
            "title: Книжный фестиваль\ndate: 05-04.06.2014\nlibrary: ЦДБ",
        ),
        (
            "2016/events/vchera.md",
            "title: Встреча\ndate: в прошлом году\nlibrary: ЦДБ",
        ),
        (
            "2022/events/mesyac.md",
            "title: Месячник\ndate: 2022-13\nlibrary: ЦДБ",
        ),
        (
            "2022/events/tire.md",
            "title: Неделя\ndate: 2022-06-08 - 2022-06-09\nlibrary: ЦДБ",
        ),
        (
            "2022/events/kvartal.md",
            "title: Квартал\ndate: 2022-Q5\nlibrary: ЦДБ",
        ),
        (
            "2016/events/akciya.md",
            "title: Акция: читаем вместе\ndate: 2016-04-04\nlibrary: ЦДБ",
        ),
        (
            "2016/events/tab.md",
            "title: Табуляция\ndate: 2016-04-04\nlibrary: ЦДБ\ntags:\n\t- чтение",
        ),
        (
            "2016/events/pole.md",
            "title: Поле\ndate: 2016-04-04\nlibrary: ЦДБ\nattendence: 5",
        ),
        (
            "2016/events/russkoe.md",
            "title: Русское поле\nдата: 2016-04-04\nlibrary: ЦДБ",
        ),
        (
            "2016/events/chislo.md",
            "title: Число\ndate: 2016-04-04\nlibrary: ЦДБ\nattendance: сто",
        ),
        (
            "2016/events/pusto.md",
            "title: \"\"\ndate: 2016-04-04\nlibrary: ЦДБ",
        ),
        (
            "2016/events/bez.md",
            "title: Без библиотеки\ndate: 2016-04-04",
        ),
        (
            "2016/events/adres.md",
            "title: Адрес\ndate: 2016-04-04\nlibrary: ЦДБ\nslug: Доктор Книга",
        ),
    ];
    for (rel, front) in events {
        site.event(&format!("content/{rel}"), front, "Текст.");
    }
    site.file("content/zametki.md", "---\ntitle: Заметки\n---\nТекст.\n");
    site.file("content/2016/otchet.docx", "PK");
    site.file(
        "content/2016/events/vstrecha/tekst.md",
        "---\ntitle: Встреча\n---\n",
    );
    assert_russian(&first_lines(&site), events.len() + 3);
}

#[test]
fn two_sources_for_one_address_are_told_in_russian() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: Первая\ndate: 2016-01-01\nlibrary: ЦДБ\nslug: same",
        "",
    )
    .event(
        "content/2016/events/b.md",
        "title: Вторая\ndate: 2016-01-02\nlibrary: ЦДБ\nslug: same",
        "",
    );
    site.file(
        "content/pages/search.md",
        "---\ntitle: Поиск\n---\nТекст.\n",
    );
    site.file(
        "content/pages/stats.md",
        "---\ntitle: Статистика\nslug: stats\n---\nТекст.\n",
    );
    assert_russian(&first_lines(&site), 3);
}

/// Builds `site` with messages in each language of `said` (language,
/// message, hint) and finds the message at `place` and its hint.
fn told_in_each_language(site: &Site, place: &str, said: [(&str, &str, &str); 3]) {
    for (lang, message, hint) in said {
        let err = site.build(&["--lang", lang]).failed().to_string();
        assert!(
            err.contains(&format!("{place}: {message}")),
            "{lang}: {err}"
        );
        assert!(err.contains(hint), "{lang}: {err}");
    }
}

#[test]
fn two_sources_for_one_address_are_named_in_each_language() {
    let site = Site::new();
    site.event(
        "content/2016/events/kniga.md",
        "title: Книгофестиваль\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Праздник книги.",
    );
    site.file(
        "content/pages/search.md",
        "---\ntitle: Поиск\n---\nТекст.\n",
    );
    let said = [
        (
            "ru",
            "у адреса /search/ два источника: \
             страница `content/pages/search.md` и встроенная страница поиска",
            "как исправить: дайте одному из них другой адрес полем `slug:` в шапке \
             или переименуйте файл",
        ),
        (
            "kk",
            "/search/ мекенжайының екі көзі бар: \
             `content/pages/search.md` беті және кіріктірілген іздеу беті",
            "олардың біріне шапкадағы `slug:` өрісімен басқа мекенжай беріңіз \
             немесе файлдың атын өзгертіңіз",
        ),
        (
            "en",
            "the address /search/ is already used by \
             the built-in search page, so content/pages/search.md cannot have it",
            "help: give one of them another `slug:` in its front matter, or rename the file",
        ),
    ];
    told_in_each_language(&site, "content/pages/search.md", said);
}

#[test]
fn a_backwards_range_is_told_with_its_right_order_in_each_language() {
    let site = Site::new();
    site.event(
        "content/2014/events/festival.md",
        "title: Фестиваль\ndate: 05-04.06.2014\nlibrary: ЦДБ",
        "",
    );
    let said = [
        (
            "ru",
            "промежуток 2014-06-05..2014-06-04 кончается раньше, чем начинается",
            "поставьте сначала более раннюю дату: 2014-06-04..2014-06-05",
        ),
        (
            "kk",
            "2014-06-05..2014-06-04 аралығы басталмай тұрып аяқталады",
            "алдымен ертерек күнді жазыңыз: 2014-06-04..2014-06-05",
        ),
        (
            "en",
            "the range 2014-06-05..2014-06-04 ends before it starts",
            "put the earlier date first: 2014-06-04..2014-06-05",
        ),
    ];
    told_in_each_language(&site, "content/2014/events/festival.md:3:7", said);
}

#[test]
fn a_slug_that_cannot_be_an_address_is_told_with_the_corrected_line() {
    let site = Site::new();
    site.event(
        "content/2016/events/kniga.md",
        "title: Книга\ndate: 2016-04-04\nlibrary: ЦДБ\nslug: Доктор Книга",
        "",
    );
    let said = [
        (
            "ru",
            "адрес `Доктор Книга` из поля `slug:` нельзя использовать в ссылке на сайт",
            "напишите `slug: \"doktor-kniga\"` (только латинские буквы, цифры и дефисы)",
        ),
        (
            "kk",
            "`slug:` өрісіндегі `Доктор Книга` мекенжайын сайт сілтемесінде қолдануға болмайды",
            "`slug: \"doktor-kniga\"` деп жазыңыз (тек латын әріптері, цифрлар және дефистер)",
        ),
        (
            "en",
            "the slug `Доктор Книга` cannot be used in a web address",
            "write `slug: \"doktor-kniga\"` (Latin letters, digits and hyphens only)",
        ),
    ];
    told_in_each_language(&site, "content/2016/events/kniga.md:5:7", said);
}
