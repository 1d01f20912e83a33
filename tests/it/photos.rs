//! Photos of events: resized copies, srcset, sizes, alt text, reuse.

#[cfg(unix)]
use std::os::unix::fs::MetadataExt;

use crate::common::{jpeg, Site};

/// A real PNG of `w`×`h` pixels.
fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    let mut buf = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut buf), image::ImageFormat::Png)
        .unwrap();
    buf
}

fn site() -> Site {
    let site = Site::new();
    site.event(
        "content/2016/events/fest/index.md",
        "title: Фестиваль\ndate: 2016-04-04\nlibrary: ЦДБ\nimages:\n  - src: zal.jpg\n    alt: \"Зал, полный детей\"\n    caption: \"Открытие фестиваля\"",
        "Текст.",
    )
    .bytes("content/2016/events/fest/zal.jpg", &jpeg(2000, 1000))
    .bytes("content/2016/events/fest/small.png", &png(300, 200))
    .bytes("content/2016/events/fest/programma.pdf", b"%PDF-1.4 fake");
    site
}

#[test]
fn photos_get_resized_copies_with_srcset_and_sizes() {
    let site = site();
    let err = site.build(&[]).ok().to_string();
    let p = site.page("2016/fest/index.html");
    let srcsets = p.attrs(".gallery img", "srcset");
    assert_eq!(srcsets.len(), 2, "both photos are shown");
    let big: Vec<&str> = srcsets[0].split(", ").collect();
    assert_eq!(big.len(), 3, "{big:?}");
    assert!(
        big[0].ends_with(" 480w") && big[2].ends_with(" 1600w"),
        "{big:?}"
    );
    assert_eq!(p.attrs(".gallery img", "width")[0], "960");
    assert_eq!(p.attrs(".gallery img", "height")[0], "480");
    assert_eq!(p.attrs(".gallery img", "loading"), ["lazy", "lazy"]);
    assert_eq!(p.attrs(".gallery img", "alt")[0], "Зал, полный детей");
    assert_eq!(p.text(".gallery figcaption"), "Открытие фестиваля");
    // The copies exist with the sizes they claim.
    for entry in big {
        let url = entry.split(' ').next().unwrap();
        let file = site.output().join(url.trim_start_matches('/'));
        let (w, _) = image::image_dimensions(&file).unwrap();
        assert!(entry.ends_with(&format!(" {w}w")), "{entry}: {w}");
    }
    // A photo smaller than the smallest copy keeps its size.
    assert_eq!(p.attrs(".gallery img", "width")[1], "300");
    // The original stays, other files are downloads.
    assert!(site.output().join("2016/fest/zal.jpg").is_file());
    assert_eq!(p.link("programma.pdf"), "/2016/fest/programma.pdf");
    // small.png has no alt: a warning naming it.
    assert!(
        err.contains("предупреждение:")
            && err.contains("у фотографии `small.png` нет описания (alt)"),
        "{err}"
    );
    // The year list shows a cover.
    let year = site.page("2016/index.html");
    assert_eq!(year.attrs(".card .cover", "alt"), ["Зал, полный детей"]);
}

#[cfg(unix)] // inode numbers: std reads them only on Unix
#[test]
fn unchanged_photos_are_not_resized_again() {
    let site = site();
    site.build(&[]).ok();
    let copy = |site: &Site| {
        std::fs::read_dir(site.output().join("2016/fest"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().contains("zal-480-"))
            .unwrap()
    };
    let first = std::fs::metadata(copy(&site)).unwrap().ino();
    site.build(&[]).ok();
    let second = std::fs::metadata(copy(&site)).unwrap().ino();
    assert_eq!(
        first, second,
        "the copy was linked from the previous output, not made again"
    );
    // An edited photo gets new copies.
    site.bytes("content/2016/events/fest/zal.jpg", &jpeg(1800, 900));
    site.build(&[]).ok();
    let p = site.page("2016/fest/index.html");
    assert!(p.attrs(".gallery img", "srcset")[0].contains(" 1600w"));
    assert_eq!(p.attrs(".gallery img", "height")[0], "480");
}

#[test]
fn images_list_is_checked_against_the_bundle() {
    let site = Site::new();
    site.event(
        "content/2016/events/fest/index.md",
        "title: Фестиваль\ndate: 2016-04-04\nlibrary: ЦДБ\nimages:\n  - src: zall.jpg\n    alt: Зал",
        "",
    )
    .bytes("content/2016/events/fest/zal.jpg", &jpeg(100, 100));
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2016/events/fest/index.md:5:"),
        "{err}"
    );
    assert!(
        err.contains("фотографии `zall.jpg` нет в папке мероприятия"),
        "{err}"
    );
    assert!(
        err.contains("может быть, вы имели в виду `zal.jpg`?"),
        "{err}"
    );
}

#[test]
fn images_need_a_bundle() {
    let site = Site::new();
    site.event(
        "content/2016/events/fest.md",
        "title: Фестиваль\ndate: 2016-04-04\nlibrary: ЦДБ\nimages:\n  - src: zal.jpg\n    alt: Зал",
        "",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(err.contains("мероприятие должно быть папкой"), "{err}");
    assert!(err.contains("fest/index.md"), "{err}");
}

#[test]
fn broken_photo_is_a_clear_error() {
    let site = Site::new();
    site.event(
        "content/2016/events/fest/index.md",
        "title: Ф\ndate: 2016-04-04\nlibrary: ЦДБ",
        "",
    )
    .bytes(
        "content/2016/events/fest/zal.jpg",
        b"\xff\xd8\xff\xe0 not really a jpeg",
    );
    let err = site.build(&[]).failed().to_string();
    assert!(
        err.contains("content/2016/events/fest/zal.jpg: фотографию не удаётся прочитать"),
        "{err}"
    );
}
