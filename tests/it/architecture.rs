//! The shape of the code: the modules of `src/` depend on each other one
//! way (cli → build → outputs → render and charts → model ← load), with no
//! cycle, read from the `crate::` paths of each module's code (comments
//! and unit tests left out).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

/// The top-level module of a file below `src/`: `render` for
/// `src/render/pages.rs`, `cli` for `src/cli.rs`.
fn module_of(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    first
        .unwrap_or_default()
        .trim_end_matches(".rs")
        .to_string()
}

/// The modules a text names as `crate::name` or `crate::{a, b::c}`.
fn named(code: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = &group[..group.find('}').unwrap_or(group.len())];
            names.extend(inner.split(',').map(|p| ident(p.trim())));
        } else {
            names.insert(ident(rest));
        }
    }
    names.retain(|n| !n.is_empty() && n != "self");
    names
}

/// A file's code without comments and without its unit tests.
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or(text);
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph = Graph::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.expect("src/ is readable");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("lib.rs") {
            continue;
        }
        let rel = path.strip_prefix(&src).expect("below src/");
        let module = module_of(rel);
        let text = std::fs::read_to_string(path).expect("a source file");
        let deps = graph.entry(module.clone()).or_default();
        for name in named(&code_of(&text)) {
            if name != module {
                let file = rel.to_string_lossy().into_owned();
                deps.entry(name).or_default().insert(file);
            }
        }
    }
    graph
}

/// A path of dependencies from `from` back to itself, if there is one.
fn cycle_through(graph: &Graph, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![from.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flat_map(|d| d.keys()) {
            if next == from {
                let mut whole = path.clone();
                whole.push(next.clone());
                return Some(whole);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn modules_depend_on_each_other_one_way() {
    let graph = graph();
    assert!(
        graph.len() > 20,
        "the modules of src/ were not found: {graph:?}"
    );
    for module in graph.keys() {
        if let Some(cycle) = cycle_through(&graph, module) {
            let steps: Vec<String> = cycle
                .windows(2)
                .map(|w| format!("{} → {} (in {:?})", w[0], w[1], graph[&w[0]][&w[1]]))
                .collect();
            panic!(
                "the modules depend on each other in a circle:\n{}",
                steps.join("\n")
            );
        }
    }
}

#[test]
fn the_pipeline_runs_downwards() {
    let graph = graph();
    let uses = |a: &str, b: &str| graph.get(a).is_some_and(|d| d.contains_key(b));
    for (upper, lower) in [
        ("cli", "build"),
        ("build", "outputs"),
        ("outputs", "render"),
        ("render", "charts"),
        ("render", "model"),
        ("load", "model"),
        ("stats", "model"),
        ("routes", "stats"),
    ] {
        assert!(uses(upper, lower), "{upper} is expected to use {lower}");
    }
    // A chart is drawn from a dataset alone: its module knows nothing of
    // the site, its statistics, its pages or their addresses.
    for stage in [
        "model", "stats", "render", "routes", "outputs", "theme", "load",
    ] {
        assert!(
            !uses("charts", stage),
            "charts uses {stage}: {:?}",
            graph["charts"]
        );
    }
}

#[test]
fn named_modules_are_read_from_paths_and_groups() {
    let code =
        "use crate::model::Site;\nuse crate::{error::Error, stats};\nlet x = crate::routes::url();";
    let names: Vec<String> = named(code).into_iter().collect();
    assert_eq!(names, ["error", "model", "routes", "stats"]);
    assert_eq!(
        code_of("use a;\n// crate::x\n#[cfg(test)]\nuse crate::y;"),
        "use a;"
    );
    assert_eq!(module_of(Path::new("render/pages.rs")), "render");
}
