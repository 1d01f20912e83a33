//! Cargo build script: compiles the default theme (`themes/letopis/`) into
//! the binary, so a site needs no copy of it. Writes the list of its files
//! with `include_bytes!` to `$OUT_DIR/builtin_theme.rs`; `src/theme.rs`
//! includes it. Listing the folder here, instead of by hand, means a new
//! theme file can't be forgotten.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let theme = Path::new("themes/letopis");
    println!("cargo:rerun-if-changed=themes/letopis");
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
