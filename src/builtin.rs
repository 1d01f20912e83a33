//! The built-in theme's files, compiled into the binary: what the theme
//! stage serves when a site names no theme of its own, and the chart font
//! that `crate::charts` measures text with.

/// The default theme's files, compiled in: path below the theme folder and
/// bytes. The list is written by the build script (`build.rs`).
pub const BUILTIN: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/builtin_theme.rs"));

/// A file of the built-in theme by its path below the theme folder: the
/// chart font (the one the theme serves, compiled in once) and the event
/// archetype (`archetypes/event.md`).
pub fn builtin_file(path: &str) -> Option<&'static [u8]> {
    BUILTIN.iter().find(|(p, _)| *p == path).map(|(_, b)| *b)
}
