//! The crates whose internals the code relies on, where they give no
//! public API for it, at the versions it was checked against. Cargo.toml
//! pins them exactly (`=x.y.z`); these tests fail loudly when one is
//! upgraded, naming what to check before the pin moves.

/// The version `Cargo.lock` holds of `name`.
fn locked(name: &str) -> Option<String> {
    let lock = include_str!("../Cargo.lock");
    let at = lock.find(&format!("name = \"{name}\"\nversion = \""))?;
    let rest = &lock[at..].split_once("version = \"")?.1;
    rest.split('"').next().map(str::to_string)
}

/// Fails, saying `what` to check, unless `name` is locked at `version`.
fn assert_pinned(name: &str, version: &str, what: &str) {
    let locked = locked(name);
    assert_eq!(
        locked.as_deref(),
        Some(version),
        "{name} was upgraded: {what}; check it (and the tests that cover it), then move this pin"
    );
}

#[test]
fn tera_is_the_version_folding_and_error_reading_were_checked_against() {
    assert_pinned(
        "tera",
        "1.20.1",
        "src/render/fold.rs walks its parsed templates (Template::ast, \
         blocks_definitions; tested by comparing folded and plain rendering) and \
         src/render/templates.rs reads its error messages",
    );
}

#[test]
fn serde_yaml_ng_is_the_version_error_reading_was_checked_against() {
    assert_pinned(
        "serde_yaml_ng",
        "0.10.0",
        "src/yaml/mod.rs reads its error messages (\"unknown field\", \" at line \"; \
         tested in tests/it/errors.rs)",
    );
}
