use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Each message of a catalogue with the variables it uses.
fn catalogue(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let first = out.insert(m.id.name.to_string(), vars);
            assert!(first.is_none(), "`{}` is written twice", m.id.name);
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn catalogues_agree() {
    let en = catalogue(EN);
    for (name, source) in [("ru.ftl", RU), ("kk.ftl", KK)] {
        let other = catalogue(source);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{name} lacks {missing:?}");
        assert!(extra.is_empty(), "{name} has {extra:?}, which en.ftl lacks");
        for (id, vars) in &en {
            assert_eq!(&other[id], vars, "{name}: `{id}` has other variables");
        }
    }
}

/// Every id the code names (`Message::new("…")`, `text(…, "…")`) is in
/// the catalogue: the Rust sources are read as text.
#[test]
fn the_code_names_only_catalogue_messages() {
    let en = catalogue(EN);
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut unknown = Vec::new();
    for entry in walkdir::WalkDir::new(src).into_iter().flatten() {
        if entry.path().extension().is_none_or(|e| e != "rs")
            || entry.path().ends_with("messages/tests.rs")
        {
            continue;
        }
        let code = std::fs::read_to_string(entry.path()).unwrap();
        for marker in [
            "Message::new(\"",
            "text(lang, \"",
            "text(self.lang, \"",
            "text(term.lang, \"",
        ] {
            for (at, _) in code.match_indices(marker) {
                let id = code[at + marker.len()..].split('"').next().unwrap();
                if !en.contains_key(id) && id != "no-such-message" {
                    unknown.push(format!("{}: {id}", entry.path().display()));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "not in the catalogue: {unknown:?}");
}

#[test]
fn plural_forms_follow_each_language() {
    let summary = |lang, errors: usize, warnings: usize, files: usize| {
        Message::new("check-summary")
            .arg("errors", errors)
            .arg("warnings", warnings)
            .arg("files", files)
            .render(lang)
    };
    let cases = [
        (Lang::Ru, 1, 2, 1, "1 ошибка и 2 предупреждения в 1 файле."),
        (
            Lang::Ru,
            5,
            21,
            11,
            "5 ошибок и 21 предупреждение в 11 файлах.",
        ),
        (
            Lang::Ru,
            12,
            104,
            22,
            "12 ошибок и 104 предупреждения в 22 файлах.",
        ),
        (Lang::Kk, 5, 1, 2, "5 қате және 1 ескерту, 2 файлда."),
        (Lang::En, 1, 2, 2, "1 error and 2 warnings in 2 files."),
        (Lang::En, 2, 1, 1, "2 errors and 1 warning in 1 file."),
    ];
    for (lang, errors, warnings, files, want) in cases {
        assert_eq!(summary(lang, errors, warnings, files), want);
    }
}

#[test]
fn variables_are_filled_without_isolation_marks() {
    let m = Message::new("yaml-unknown-field").arg("field", "дата");
    assert_eq!(m.render(Lang::Ru), "неизвестное поле `дата`");
    assert_eq!(m.render(Lang::Kk), "белгісіз өріс `дата`");
    assert_eq!(m.render(Lang::En), "unknown field `дата`");
    assert_eq!(m.id(), "yaml-unknown-field");
}

#[test]
fn unknown_ids_show_themselves() {
    assert_eq!(
        Message::new("no-such-message").render(Lang::Kk),
        "no-such-message"
    );
}

#[test]
fn locales_name_their_language() {
    assert_eq!(Lang::from_locale("ru_RU.UTF-8"), Some(Lang::Ru));
    assert_eq!(Lang::from_locale("kk_KZ"), Some(Lang::Kk));
    assert_eq!(Lang::from_locale("en"), Some(Lang::En));
    assert_eq!(Lang::from_locale("C.UTF-8"), None);
    assert_eq!(Lang::from_locale("de_DE"), None);
}

/// Messages that are not problems (labels, summaries, progress) and so
/// have no code to document.
const NOT_PROBLEMS: [&str; 9] = [
    "label-",
    "check-",
    "build-",
    "init-",
    "new-",
    "serve-",
    "owner-",
    "words-",
    "cms-added",
];

#[test]
fn every_problem_code_is_documented() {
    let readme = include_str!("../../README.md");
    let undocumented: Vec<String> = catalogue(EN)
        .into_keys()
        .filter(|id| !id.contains("-hint") && !NOT_PROBLEMS.iter().any(|p| id.starts_with(p)))
        .filter(|id| !readme.contains(&format!("| `{id}` |")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "not in README «Message codes»: {undocumented:?}"
    );
}

/// A message carried through serde's error text reads back as itself,
/// after whatever serde put before it.
#[test]
fn carried_messages_read_back() {
    let said = Message::new("date-no-such-day")
        .arg("date", "2016-02-30")
        .arg("monthnum", 2i64)
        .arg("year", "2016")
        .arg("last", 29i64);
    let hint = Message::new("date-no-such-day-hint")
        .arg("first", "2016-02-01")
        .arg("lastday", "2016-02-29");
    let text = format!("date: {}{}", said.carried(), hint.carried());
    let back = Message::uncarried(&text);
    assert_eq!(back, [said.clone(), hint]);
    assert_eq!(back[0].render(Lang::Ru), said.render(Lang::Ru));
    assert!(Message::uncarried("no message here").is_empty());
    assert!(Message::uncarried("\u{1e}no-such-message").is_empty());
}
