//! Photos safe to publish: turned the way the camera held them, and
//! without the camera's metadata (GPS position, owner, keywords) in any
//! published file, the linked original included, unless the site keeps
//! it. The fixture photos in `tests/fixtures/photos/` carry all of it.

use std::path::Path;

use image::ImageDecoder;

use crate::common::{repo_root, Site, SITE_YAML};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo_root().join("tests/fixtures/photos").join(name)).expect("fixture photo")
}

/// A bundle with a phone photo held upright (stored sideways with
/// `Orientation=6`) and three photos stored upright, each with metadata.
fn site(config: &str) -> Site {
    let site = Site::with_config(config);
    site.event(
        "content/2023/events/fest/index.md",
        "title: Фестиваль\ndate: 2023-04-04\nlibrary: ЦДБ\nimages:\n  - src: sideways.jpg\n    alt: Дети у стенда\n  - src: upright.jpg\n    alt: Зал\n  - src: upright.png\n    alt: Афиша\n  - src: upright.webp\n    alt: Книги",
        "Текст.",
    );
    for name in ["sideways.jpg", "upright.jpg", "upright.png", "upright.webp"] {
        site.bytes(&format!("content/2023/events/fest/{name}"), &fixture(name));
    }
    site
}

/// The fixture's left half is red, its right half blue: turned a quarter
/// clockwise, red is on top.
fn assert_upright(file: &Path) {
    let img = image::open(file).unwrap().to_rgb8();
    assert!(img.height() > img.width(), "{}: portrait", file.display());
    let top = img.get_pixel(img.width() / 2, 2);
    let bottom = img.get_pixel(img.width() / 2, img.height() - 3);
    assert!(
        top[0] > 150 && top[2] < 80,
        "{}: top {top:?}",
        file.display()
    );
    assert!(
        bottom[2] > 150 && bottom[0] < 80,
        "{}: bottom {bottom:?}",
        file.display()
    );
}

fn published(site: &Site) -> Vec<std::path::PathBuf> {
    let dir = site.output().join("2023/fest");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "html"))
        .collect();
    files.sort();
    files
}

fn metadata(file: &Path) -> [bool; 3] {
    let mut d = image::ImageReader::open(file)
        .unwrap()
        .with_guessed_format()
        .unwrap()
        .into_decoder()
        .unwrap();
    [
        d.exif_metadata().unwrap().is_some(),
        d.xmp_metadata().unwrap().is_some(),
        d.iptc_metadata().unwrap().is_some(),
    ]
}

#[test]
fn copies_are_upright_and_no_published_file_keeps_metadata() {
    let site = site(SITE_YAML);
    site.build(&[]).ok();
    let files = published(&site);
    assert!(files.len() >= 6, "{files:?}");
    for file in &files {
        assert_eq!(metadata(file), [false; 3], "{}", file.display());
        let bytes = std::fs::read(file).unwrap();
        for secret in [
            "Samsung",
            "SM-A525F",
            "children",
            "Библиотекарь",
            "secret",
            "camera comment",
        ] {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "{} still says {secret}", file.display());
        }
        let name = file.file_name().unwrap().to_string_lossy();
        if name.starts_with("sideways") {
            assert_upright(file);
        }
    }
    // The sideways original is not published as it was stored: its full
    // view is an upright copy of its full size.
    assert!(!site.output().join("2023/fest/sideways.jpg").exists());
    let p = site.page("2023/fest/index.html");
    let full = &p.attrs(".gallery a", "href")[0];
    assert!(full.contains("sideways-600-"), "{full}");
    assert_upright(&site.output().join(full.trim_start_matches('/')));
    assert_eq!(p.attrs(".gallery img", "width")[0], "600");
    assert_eq!(p.attrs(".gallery img", "height")[0], "1200");
    // Originals stored upright keep their name and their pixels.
    let upright = site.output().join("2023/fest/upright.png");
    assert_eq!(
        image::open(&upright).unwrap().to_rgb8(),
        image::load_from_memory(&fixture("upright.png"))
            .unwrap()
            .to_rgb8()
    );
}

#[test]
fn keep_metadata_publishes_originals_as_they_are_and_copies_upright() {
    let site = site(&format!("{SITE_YAML}photos:\n  keep_metadata: true\n"));
    site.build(&[]).ok();
    let out = site.output().join("2023/fest");
    assert_eq!(
        std::fs::read(out.join("sideways.jpg")).unwrap(),
        fixture("sideways.jpg")
    );
    assert_eq!(
        std::fs::read(out.join("upright.webp")).unwrap(),
        fixture("upright.webp")
    );
    let copies: Vec<_> = published(&site)
        .into_iter()
        .filter(|f| f.to_string_lossy().contains("sideways-"))
        .collect();
    assert!(!copies.is_empty());
    for copy in copies {
        assert_upright(&copy);
        // The EXIF stays, saying the copy is upright already.
        assert!(metadata(&copy)[0], "{}", copy.display());
        let mut d = image::ImageReader::open(&copy)
            .unwrap()
            .into_decoder()
            .unwrap();
        assert_eq!(
            d.orientation().unwrap(),
            image::metadata::Orientation::NoTransforms
        );
    }
}

/// A photo placed in the text is the gallery's photo there: resized,
/// lazy, with its size; the gallery does not show it again, and the
/// alt written in the text counts.
#[test]
fn a_photo_in_the_text_is_resized_there_and_not_repeated() {
    for engine in ["pulldown-cmark", "comrak"] {
        let site = Site::with_config(&format!("{SITE_YAML}markdown:\n  engine: {engine}\n"));
        site.event(
            "content/2023/events/fest/index.md",
            "title: Фестиваль\ndate: 2023-04-04\nlibrary: ЦДБ\nimages:\n  - src: upright.jpg\n    alt: Зал",
            "Открытие.\n\n![Дети у *стенда*](sideways.jpg)\n\nИтоги.",
        );
        for name in ["sideways.jpg", "upright.jpg"] {
            site.bytes(&format!("content/2023/events/fest/{name}"), &fixture(name));
        }
        let err = site.build(&[]).ok().to_string();
        assert!(
            !err.contains("sideways.jpg"),
            "{engine}: alt counted: {err}"
        );
        let p = site.page("2023/fest/index.html");
        let src = p.attrs(".body img", "src");
        assert_eq!(src.len(), 1, "{engine}");
        assert!(src[0].contains("sideways-600-"), "{engine}: {src:?}");
        assert!(
            p.attrs(".body img", "srcset")[0].contains(" 480w"),
            "{engine}"
        );
        assert_eq!(p.attrs(".body img", "width"), ["600"], "{engine}");
        assert_eq!(p.attrs(".body img", "height"), ["1200"], "{engine}");
        assert_eq!(p.attrs(".body img", "loading"), ["lazy"], "{engine}");
        assert_eq!(p.attrs(".body img", "alt"), ["Дети у стенда"], "{engine}");
        assert_eq!(
            p.attrs(".gallery img", "alt"),
            ["Зал"],
            "{engine}: not repeated"
        );
    }
}
