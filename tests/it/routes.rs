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
            "content/pages/search.md: the address /search/ is already used by the built-in search page"
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
        err.contains("content/pages/stats.md: the address /stats/ is already used by the built-in"),
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
        err.contains("the address /2016/vstrecha/plan.pdf is already used by"),
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
    assert!(
        said.contains("the address /search/ is already used by the built-in search page"),
        "{said}"
    );
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
            "content/2016/events/vstrecha/zal-480-00000000deadbeef.jpg: the address \
             /2016/vstrecha/zal-480-00000000deadbeef.jpg is already used by the built-in \
             resized copies of the photo content/2016/events/vstrecha/zal.jpg"
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
