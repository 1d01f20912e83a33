//! Benchmark: what event photos cost a build.
//!
//! Writes a site whose events are bundles with photos as libraries take
//! them — phone JPEGs of 4032×3024, camera JPEGs of 1600×1200 and PNG
//! posters or screenshots of 1280×720 (flat colours), in turn — then builds it three times with
//! `letopis build --verbose` and prints the "photos" stage of each:
//!
//! - **cold**: into a new folder, every photo decoded and resized to 480,
//!   960 and 1600 pixels wide;
//! - **rebuild**: over that output, nothing changed: copies are taken by
//!   the hash of their original, nothing is decoded;
//! - **one photo replaced**: only that photo is resized again.
//!
//! It also prints how many bytes the originals and the copies take, and
//! the build's whole time, for scale.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example bench_photos -- [PHOTOS] [PER_EVENT] [keep]
//! ```
//!
//! Defaults: 60 photos, 4 per event, metadata removed from the originals
//! (`keep`: the site keeps it, so the originals are copied as they are). The binary is
//! `target/release/letopis`, or `$LETOPIS_BIN`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use image::{ImageBuffer, Rgb, RgbImage};

/// The kinds of photo, in turn: width, height, format.
const KINDS: [(u32, u32, &str); 3] = [(4032, 3024, "jpg"), (1600, 1200, "jpg"), (1280, 720, "png")];

fn main() {
    let mut args = std::env::args().skip(1);
    let photos: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let per_event: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(4).max(1);
    // `keep`: the site sets `photos.keep_metadata: true`, so originals are
    // copied as they are instead of losing their metadata.
    let keep = args.next().as_deref() == Some("keep");
    let bin = std::env::var_os("LETOPIS_BIN").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/letopis"),
        PathBuf::from,
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("site");
    let t = Instant::now();
    let originals = generate(&root, photos, per_event, keep);
    println!(
        "generated {photos} photos ({}) in {} events, {:.1} MB, in {:.1} s",
        KINDS
            .iter()
            .map(|(w, h, f)| format!("{w}×{h} {f}"))
            .collect::<Vec<_>>()
            .join(", "),
        photos.div_ceil(per_event),
        originals as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let out = dir.path().join("out");
    let cold = build(&bin, &root, &out);
    let copies = copies_bytes(&out);
    println!(
        "cold build: photos stage {:.0} ms ({:.1} ms a photo), whole build {:.0} ms; copies {:.1} MB",
        cold.photos,
        cold.photos / photos as f64,
        cold.total,
        copies as f64 / 1e6
    );
    let again = build(&bin, &root, &out);
    println!(
        "rebuild, nothing changed: photos stage {:.0} ms ({:.2} ms a photo), whole build {:.0} ms",
        again.photos,
        again.photos / photos as f64,
        again.total
    );
    // A new version of the first photo: another shade, the same size.
    let first = root.join("content/2024/events/photo-event-0000/photo-00.jpg");
    photo(KINDS[0].0, KINDS[0].1, 1, true)
        .save(&first)
        .expect("write photo");
    let one = build(&bin, &root, &out);
    println!(
        "rebuild, one {}×{} photo replaced: photos stage {:.0} ms, whole build {:.0} ms",
        KINDS[0].0, KINDS[0].1, one.photos, one.total
    );
}

/// What a build reported: its photos stage and its whole time, in ms.
struct Timing {
    photos: f64,
    total: f64,
}

fn build(bin: &Path, root: &Path, out: &Path) -> Timing {
    let t = Instant::now();
    let output = Command::new(bin)
        .args(["build", "--verbose", "--root"])
        .arg(root)
        .arg("--output")
        .arg(out)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (build it with cargo build --release)",
                bin.display()
            )
        });
    let total = t.elapsed().as_secs_f64() * 1000.0;
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the build failed:\n{text}");
    // `  photos: 123.4 ms (peak memory so far 96 MiB)`
    let photos = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("photos: "))
        .and_then(|rest| rest.split(" ms").next())
        .and_then(|ms| ms.parse().ok())
        .unwrap_or_else(|| panic!("no photos stage in:\n{text}"));
    Timing { photos, total }
}

/// Bytes of the resized copies in the output (their names end in the
/// original's hash: `photo-00-480-<hash>.jpg`).
fn copies_bytes(out: &Path) -> u64 {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            e.file_type().is_file() && name.starts_with("photo-") && name.matches('-').count() == 3
        })
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum()
}

/// A site with `photos` photos, `per_event` to an event; returns the
/// originals' bytes.
fn generate(root: &Path, photos: usize, per_event: usize, keep: bool) -> u64 {
    let events = root.join("content/2024/events");
    std::fs::create_dir_all(&events).expect("mkdir");
    let keep = if keep {
        "photos:\n  keep_metadata: true\n"
    } else {
        ""
    };
    std::fs::write(
        root.join("site.yaml"),
        format!("title: \"Летопись с фотографиями\"\nbase_url: \"https://example.org/\"\n{keep}"),
    )
    .expect("site.yaml");
    let mut bytes = 0;
    for e in 0..photos.div_ceil(per_event) {
        let bundle = events.join(format!("photo-event-{e:04}"));
        std::fs::create_dir_all(&bundle).expect("mkdir");
        let mut images = String::new();
        for k in 0..per_event.min(photos - e * per_event) {
            let n = e * per_event + k;
            let (w, h, ext) = KINDS[n % KINDS.len()];
            let name = format!("photo-{k:02}.{ext}");
            let path = bundle.join(&name);
            photo(w, h, n as u32, ext == "jpg")
                .save(&path)
                .expect("write photo");
            bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
            images.push_str(&format!(
                "  - src: {name}\n    alt: \"Участники встречи {e}, снимок {k}\"\n"
            ));
        }
        std::fs::write(
            bundle.join("index.md"),
            format!(
                "---\ntitle: \"Фотовстреча {e}\"\ndate: 2024-{:02}-{:02}\nlibrary: \"Центральная детская библиотека\"\nform: встреча\nimages:\n{images}---\nВстреча с фотографиями.\n",
                1 + e % 12,
                1 + e % 28
            ),
        )
        .expect("index.md");
    }
    bytes
}

/// A picture with the detail of a photo (smooth light, edges, and with
/// `grain` a fine texture; without, the flat colours of a poster),
/// different for each `seed`, so that decoding, resizing and encoding do
/// the work a real photo asks for.
fn photo(w: u32, h: u32, seed: u32, grain: bool) -> RgbImage {
    let s = seed as f32;
    ImageBuffer::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let light = 0.5 + 0.5 * (fx * 3.0 + s).sin() * (fy * 2.0 + s * 0.7).cos();
        let edges = if (x / 97 + y / 61 + seed).is_multiple_of(5) {
            0.25
        } else {
            0.0
        };
        // A cheap hash of the pixel: the texture of fabric, paper, leaves.
        let texture = if grain {
            ((x.wrapping_mul(73_856_093) ^ y.wrapping_mul(19_349_663) ^ seed) % 32) as f32 / 255.0
        } else {
            0.0
        };
        let light = if grain {
            light
        } else {
            (light * 4.0).round() / 4.0
        };
        let v = |k: f32| ((light * k + edges + texture).clamp(0.0, 1.0) * 255.0) as u8;
        Rgb([v(0.9), v(0.75), v(0.6)])
    })
}
