//! Cargo build script:
//! - compiles the default theme (`themes/letopis/`) into the binary, so a
//!   site needs no copy of it. Writes the list of its files with
//!   `include_bytes!` to `$OUT_DIR/builtin_theme.rs`; `src/theme.rs`
//!   includes it. Listing the folder here, instead of by hand, means a new
//!   theme file can't be forgotten.
//! - sets `LETOPIS_BUILD_ID`, a hash of the source code, the theme, this
//!   script and `Cargo.lock`: a build of other code has another id, so its
//!   incremental record is never taken for this one's (the version number
//!   stays the same for many commits).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let theme = Path::new("themes/letopis");
    println!("cargo:rerun-if-changed=themes/letopis");
    for watched in ["src", "build.rs", "Cargo.lock"] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let mut files = Vec::new();
    collect(theme, theme, &mut files);
    files.sort();
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut code = String::from("&[\n");
    for rel in &files {
        let rel = rel.to_string_lossy().replace('\\', "/");
        let _ = writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            format!("{manifest}/themes/letopis/{rel}")
        );
    }
    code.push(']');
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("builtin_theme.rs"), code).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=LETOPIS_BUILD_ID={:016x}", build_id());
}

/// FNV-1a over the path and bytes of every file the binary is made from,
/// in sorted order: stable across machines and runs.
fn build_id() -> u64 {
    let mut files = Vec::new();
    for dir in ["src", "themes/letopis"] {
        collect(Path::new(""), Path::new(dir), &mut files);
    }
    files.extend(["build.rs", "Cargo.lock"].map(PathBuf::from));
    files.sort();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let name = file.to_string_lossy().replace('\\', "/");
        // Cargo.lock is absent from a packaged crate built as a dependency.
        let bytes = std::fs::read(&file).unwrap_or_default();
        for b in name.bytes().chain([0]).chain(bytes) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).expect("the default theme folder is readable");
    for entry in entries {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else if let Ok(rel) = path.strip_prefix(root) {
            files.push(rel.to_path_buf());
        }
    }
}
