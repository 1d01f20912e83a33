//! Paths: nothing is read from outside the site, nothing is written
//! outside the output, and every output name works on Windows and Linux.

use crate::common::Site;

#[cfg(unix)] // every test that uses it makes names Windows cannot create
fn site_with_event(rel: &str) -> Site {
    let site = Site::new();
    site.event(rel, "title: a\ndate: 2016-01-01\nlibrary: b", "Текст.");
    site
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_are_refused_and_named() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("passwords.txt"), "secret").unwrap();
    std::fs::write(
        outside.path().join("event.md"),
        "---\ntitle: a\ndate: 2016-01-01\nlibrary: b\n---\n",
    )
    .unwrap();
    let site = site_with_event("content/2016/events/bundle/index.md");
    let link = |from: &str, to: &std::path::Path| {
        let path = site.root().join(from);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(to, path).unwrap();
    };
    link(
        "content/2016/events/bundle/foto.jpg",
        &outside.path().join("passwords.txt"),
    );
    link(
        "content/2016/events/linked.md",
        &outside.path().join("event.md"),
    );
    let err = site.build(&[]).failed().to_string();
    for file in [
        "content/2016/events/bundle/foto.jpg",
        "content/2016/events/linked.md",
    ] {
        assert!(
            err.contains(&format!(
                "ошибка: {file}: эта символическая ссылка ведёт за пределы сайта"
            )),
            "{file} not named in:\n{err}"
        );
    }
    assert!(!site.output().exists());

    // Theme and static files are read once the content is fine.
    std::fs::remove_file(site.root().join("content/2016/events/bundle/foto.jpg")).unwrap();
    std::fs::remove_file(site.root().join("content/2016/events/linked.md")).unwrap();
    link("static/style.css", &outside.path().join("passwords.txt"));
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("ошибка: static/style.css: эта символическая ссылка ведёт за пределы сайта"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn links_inside_the_site_are_read() {
    let site = site_with_event("content/2016/events/bundle/index.md");
    site.bytes("content/shared/logo.png", b"\x89PNG");
    std::os::unix::fs::symlink(
        site.root().join("content/shared/logo.png"),
        site.root().join("content/2016/events/bundle/logo.png"),
    )
    .unwrap();
    site.build(&[]).ok();
    assert_eq!(
        std::fs::read(site.output().join("2016/bundle/logo.png")).unwrap(),
        b"\x89PNG"
    );
}

#[cfg(unix)] // Windows cannot create such names: they come from elsewhere, through git
#[test]
fn bundle_files_with_names_windows_refuses_are_named() {
    let site = site_with_event("content/2016/events/bundle/index.md");
    site.bytes("content/2016/events/bundle/CON.jpg", b"x")
        .bytes("content/2016/events/bundle/trailing.", b"x");
    #[cfg(unix)]
    site.bytes("content/2016/events/bundle/what?.jpg", b"x")
        .bytes("content/2016/events/bundle/a:b.jpg", b"x");
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2016/events/bundle/CON.jpg: этот файл нельзя опубликовать: имя `CON.jpg` Windows оставляет за устройствами"),
        "{err}"
    );
    assert!(
        err.contains("bundle/trailing.: этот файл нельзя опубликовать"),
        "{err}"
    );
    #[cfg(unix)]
    for name in ["what?.jpg", "a:b.jpg"] {
        assert!(
            err.contains(&format!("bundle/{name}: этот файл нельзя опубликовать")),
            "{err}"
        );
    }
    assert!(err.contains("переименуйте файл"), "{err}");
}

#[cfg(unix)] // Windows cannot create such names: they come from elsewhere, through git
#[test]
fn device_names_get_a_suffix_in_addresses() {
    let site = site_with_event("content/2016/events/con.md");
    site.event(
        "content/2016/events/nul.md",
        "title: «Нуль отходов»\ndate: 2016-01-02\nlibrary: b\ntags: [Нуль]",
        "",
    );
    site.build(&[]).ok();
    assert!(site.output().join("2016/con-1/index.html").is_file());
    assert!(site.output().join("2016/nul-1/index.html").is_file());
    assert!(site.output().join("tags/nul-1/index.html").is_file());
}

#[test]
fn a_slug_cannot_climb_out() {
    let site = Site::new();
    site.event(
        "content/2016/events/a.md",
        "title: a\ndate: 2016-01-01\nlibrary: b\nslug: \"../../etc\"",
        "",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("content/2016/events/a.md:5:"), "{err}");
    assert!(
        err.contains("нельзя использовать в ссылке на сайт"),
        "{err}"
    );
}

#[cfg(unix)] // Windows cannot create such names: they come from elsewhere, through git
#[test]
fn every_output_name_is_portable() {
    let site = site_with_event("content/2016/events/Доктор Книга: итоги?.md");
    site.event(
        "content/2016/events/b.md",
        "title: b\ndate: 2016-01-02\nlibrary: \"ЦДБ <№1>\"\ntags: [\"a|b\", \"C:\\\\x\"]\nform: \"кон\"",
        "",
    );
    site.build(&[]).ok();
    let mut stack = vec![site.output()];
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().into_string().expect("UTF-8 name");
            assert!(
                !name.contains(['<', '>', ':', '"', '\\', '|', '?', '*'])
                    && !name.ends_with(['.', ' ']),
                "{name}"
            );
            let stem = name.split('.').next().unwrap().to_lowercase();
            assert!(
                !["con", "prn", "aux", "nul"].contains(&stem.as_str()),
                "{name}"
            );
            seen += 1;
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
        }
    }
    assert!(seen > 10, "{seen}");
    assert!(site
        .output()
        .join("2016/doktor-kniga-itogi/index.html")
        .is_file());
}
