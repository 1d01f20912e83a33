//! The release: the workflow that builds the ready programs, and the CI
//! files `init` writes, which download them. Checked without network: both
//! are valid YAML and agree on the archive's name and address.

use crate::common::{letopis, repo_root};
use serde_yaml::Value;

const LINUX: &str = "x86_64-unknown-linux-musl";

fn yaml(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{} is not YAML: {e}", path.display()))
}

/// The release workflow's archive names for this version, from its matrix
/// and its archive step.
fn release_archives() -> Vec<String> {
    let wf = yaml(&repo_root().join(".github/workflows/release.yml"));
    let build = &wf["jobs"]["build"];
    let steps = build["steps"].as_sequence().expect("build steps");
    let script = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("archive="))
        .expect("a step names the archive");
    let pattern = script
        .lines()
        .find_map(|l| l.trim().strip_prefix("archive="))
        .expect("archive=… line")
        .trim_matches('"');
    let version = env!("CARGO_PKG_VERSION");
    build["strategy"]["matrix"]["include"]
        .as_sequence()
        .expect("matrix include")
        .iter()
        .map(|m| {
            pattern
                .replace("${VERSION}", version)
                .replace("${TARGET}", m["target"].as_str().expect("target"))
                .replace("${EXT}", m["ext"].as_str().expect("ext"))
        })
        .collect()
}

#[test]
fn the_release_builds_every_platform_with_sums() {
    let archives = release_archives();
    let v = env!("CARGO_PKG_VERSION");
    for target in [
        LINUX,
        "aarch64-unknown-linux-musl",
        "x86_64-pc-windows-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
    ] {
        assert!(
            archives
                .iter()
                .any(|a| a.starts_with(&format!("letopis-{v}-{target}."))),
            "no archive for {target}: {archives:?}"
        );
    }
    assert!(archives.contains(&format!("letopis-{v}-x86_64-pc-windows-gnu.zip")));
    let text = std::fs::read_to_string(repo_root().join(".github/workflows/release.yml")).unwrap();
    assert!(text.contains("sha256sum \"$archive\" > \"$archive.sha256\""));
    assert!(text.contains("tags: [\"v*\"]"));
}

#[test]
fn init_ci_files_download_this_versions_release_and_check_its_sum() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    letopis(&["init", root.to_str().unwrap()]).ok();
    let archives = release_archives();
    let linux = archives
        .iter()
        .find(|a| a.contains(LINUX))
        .expect("a Linux archive");
    let repo = env!("CARGO_PKG_REPOSITORY");
    for (file, vars) in [
        (".github/workflows/pages.yml", "env"),
        (".gitlab-ci.yml", "variables"),
    ] {
        let path = root.join(file);
        let ci = yaml(&path);
        assert_eq!(
            ci[vars]["LETOPIS_VERSION"].as_str(),
            Some(env!("CARGO_PKG_VERSION")),
            "{file}"
        );
        assert_eq!(
            ci[vars]["LETOPIS_REPOSITORY"].as_str(),
            Some(repo),
            "{file}"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&format!("archive=\"{linux}\"")),
            "{file} downloads {linux}"
        );
        assert!(
            text.contains("releases/download/v$LETOPIS_VERSION"),
            "{file}"
        );
        assert!(text.contains("sha256sum -c \"$archive.sha256\""), "{file}");
        assert!(
            text.contains("cargo install --locked --version \"$LETOPIS_VERSION\""),
            "{file}: the fallback"
        );
        assert!(!text.contains("OWNER"), "{file} has a placeholder");
    }
}

#[test]
fn version_line_names_the_repository() {
    let run = letopis(&["--version"]);
    let line = run.stdout.trim();
    let start = format!(
        "letopis {} ({}, build ",
        env!("CARGO_PKG_VERSION"),
        env!("CARGO_PKG_REPOSITORY")
    );
    let build = line.strip_prefix(&start).and_then(|b| b.strip_suffix(')'));
    assert!(
        build.is_some_and(|b| b.len() == 16 && b.chars().all(|c| c.is_ascii_hexdigit())),
        "{line}"
    );
}
