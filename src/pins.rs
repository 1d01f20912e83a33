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

#[test]
fn tera_is_the_version_folding_and_error_reading_were_checked_against() {
    assert_eq!(
        locked("tera").as_deref(),
        Some("1.20.1"),
        "tera was upgraded: src/render/fold.rs walks its parsed templates \
         (Template::ast, blocks_definitions) and src/render/templates.rs reads \
         its error messages. Check both (their tests compare folded and plain \
         rendering and place template errors), then update this pin"
    );
}

#[test]
fn serde_yaml_ng_is_the_version_error_reading_was_checked_against() {
    assert_eq!(
        locked("serde_yaml_ng").as_deref(),
        Some("0.10.0"),
        "serde_yaml_ng was upgraded: src/yaml/mod.rs reads its error messages \
         (\"unknown field\", \" at line \"). Check the tests of tests/it/errors.rs, \
         then update this pin"
    );
}
