//! The route table: every address the build writes has one owner; two
//! owners are an error naming both, built-in pages included.

use crate::common::Site;

fn event_site() -> Site {
    let site = Site::new();
    site.event(
        "content/2016/events/kniga.md",
        "title: Книгофестиваль\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Праздник книги.",
    );
    site
}

#[test]
fn a_page_named_like_the_search_page_is_an_error_naming_both() {
    let site = event_site();
    site.file(
        "content/pages/search.md",
        "---\ntitle: Поиск по каталогу\n---\nТекст.\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains(
            "content/pages/search.md: у адреса /search/ два источника: \
             страница `content/pages/search.md` и встроенная страница поиска"
        ),
        "{err}"
    );
    assert!(!site.output().exists(), "nothing is written");
}

#[test]
fn a_slug_that_takes_a_built_in_address_is_an_error() {
    let site = event_site();
    site.file(
        "content/pages/stats.md",
        "---\ntitle: Статистика\nslug: stats\n---\nТекст.\n",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/pages/stats.md: у адреса /stats/ два источника: страница `content/pages/stats.md` и встроенная страница статистики за все годы"),
        "{err}"
    );
}

#[test]
fn two_files_of_a_bundle_with_one_name_are_an_error() {
    let site = Site::new();
    site.event(
        "content/2016/events/vstrecha/index.md",
        "title: Встреча\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Текст.",
    );
    site.file("content/2016/events/vstrecha/plan.pdf", "%PDF-1.4\n");
    site.file("content/2016/events/vstrecha/old/plan.pdf", "%PDF-1.4\n");
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("у адреса /2016/vstrecha/plan.pdf два источника: файл мероприятия"),
        "{err}"
    );
}

#[test]
fn check_reports_an_address_taken_twice() {
    let site = event_site();
    site.file(
        "content/pages/search.md",
        "---\ntitle: Поиск\n---\nТекст.\n",
    );
    let run = crate::common::letopis(&["check", "--root", &site.root().to_string_lossy()]);
    let said = format!("{}{}", run.stdout, run.stderr);
    assert_eq!(run.code, 1, "{said}");
    assert!(said.contains("у адреса /search/ два источника"), "{said}");
}

#[test]
fn a_file_named_like_a_photos_resized_copy_is_an_error() {
    let site = Site::new();
    site.event(
        "content/2016/events/vstrecha/index.md",
        "title: Встреча\ndate: 2016-04-04\nlibrary: ЦДБ",
        "Текст.",
    );
    site.bytes(
        "content/2016/events/vstrecha/zal.jpg",
        &crate::common::jpeg(800, 600),
    );
    site.bytes(
        "content/2016/events/vstrecha/zal-480-00000000deadbeef.jpg",
        &crate::common::jpeg(480, 360),
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains(
            "content/2016/events/vstrecha/zal-480-00000000deadbeef.jpg: у адреса \
             /2016/vstrecha/zal-480-00000000deadbeef.jpg два источника: файл мероприятия \
             `content/2016/events/vstrecha/zal-480-00000000deadbeef.jpg` и встроенные \
             уменьшенные копии фотографии content/2016/events/vstrecha/zal.jpg"
        ),
        "{err}"
    );
    // A name that only looks alike (no hash) is the editor's own file.
    let copy = "content/2016/events/vstrecha/zal-480-00000000deadbeef.jpg";
    std::fs::remove_file(site.root().join(copy)).unwrap();
    site.bytes(
        "content/2016/events/vstrecha/zal-480.jpg",
        &crate::common::jpeg(480, 360),
    );
    site.build(&[]).ok();
}
