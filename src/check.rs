//! `letopis check`: every problem the build would report, without writing
//! anything.
//!
//! It runs the same stages as the build — config, content, model,
//! statistics, theme, routes and every output — but writes into [`Discard`], so the pages are made (and their
//! templates, links and photos checked) and thrown away. The output folder
//! is never touched.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::build::{load_site, route};
use crate::config::Config;
use crate::error::{Diagnostic, Error, Message, Severity};
use crate::i18n::Lang;
use crate::model::Options;
use crate::progress::Silent;
use crate::render::Incremental;
use crate::theme::Theme;
use crate::write::Discard;

/// Version of the JSON report; it changes only when a field changes
/// meaning or disappears (new fields may be added).
pub const JSON_VERSION: u32 = 1;

/// Every error and warning of the site at `root`, sorted by file and place.
/// `Err` only for problems that are not the site's (an unreadable folder).
pub fn check(root: &Path, options: Options) -> Result<Vec<Diagnostic>, Error> {
    let site_errors = |e: Error| match e {
        Error::Site(diags) => Ok(diags),
        other => Err(other),
    };
    let config = match Config::load(root) {
        Ok(c) => c,
        Err(e) => return site_errors(e),
    };
    let output_problems = crate::write::site_problems(root);
    let (site, stats, mut found) = match load_site(root, config, options) {
        Ok(loaded) => loaded,
        Err(e) => return site_errors(e).map(|d| [output_problems, d].concat()),
    };
    found.extend(output_problems);
    let theme = match Theme::load(root, &site.config.theme, site.config.language) {
        Ok(t) => t,
        Err(diags) => {
            found.extend(diags);
            return Ok(found);
        }
    };
    let built = match route(site, stats, &theme) {
        Ok(built) => built,
        Err(e) => {
            found.extend(site_errors(e)?);
            return Ok(found);
        }
    };
    let mut outputs = crate::outputs::all(Incremental::RenderAll);
    match crate::outputs::write_all(&mut outputs, &built, &theme, &Discard, &Silent) {
        Ok(written) => found.extend(written.warnings),
        Err(e) => found.extend(site_errors(e)?),
    }
    Ok(found)
}

/// The report for people in `lang`: diagnostics grouped under their
/// file, then a count.
pub fn human(diags: &[Diagnostic], lang: Lang, colour: bool, quiet: bool) -> String {
    let mut by_file: BTreeMap<&Path, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diags.iter().filter(|d| !quiet || d.is_error()) {
        by_file.entry(d.file.as_path()).or_default().push(d);
    }
    let mut out = String::new();
    for list in by_file.values() {
        let name = list[0].shown_file();
        if colour {
            out.push_str(&format!("\x1b[1m{name}\x1b[0m\n"));
        } else {
            out.push_str(&format!("{name}\n"));
        }
        for d in list {
            for line in d.to_text(lang, colour).lines() {
                out.push_str(&format!("  {line}\n"));
            }
            out.push('\n');
        }
    }
    let (errors, warnings) = counts(diags);
    if errors + warnings == 0 {
        out.push_str(&crate::messages::text(lang, "check-clean"));
        out.push('\n');
    } else if !quiet || errors > 0 {
        let summary = Message::new("check-summary")
            .arg("errors", errors)
            .arg("warnings", warnings)
            .arg("files", by_file.len());
        out.push_str(&summary.render(lang));
        out.push('\n');
    }
    out
}

fn counts(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    (errors, diags.len() - errors)
}

/// The JSON report, documented in the README ("letopis check").
#[derive(Debug, Serialize)]
struct Report {
    version: u32,
    ok: bool,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Debug, Serialize)]
struct JsonDiagnostic {
    severity: Severity,
    /// `/`-separated, relative to the site root.
    file: String,
    line: Option<u32>,
    column: Option<u32>,
    /// The stable code (README, "Message codes").
    code: &'static str,
    message: String,
    hint: Option<String>,
}

/// The report for machines (CI, editor plugins), messages in `lang`; one
/// JSON object.
pub fn json(diags: &[Diagnostic], lang: Lang) -> String {
    let (errors, warnings) = counts(diags);
    let report = Report {
        version: JSON_VERSION,
        ok: errors == 0,
        errors,
        warnings,
        diagnostics: diags
            .iter()
            .map(|d| JsonDiagnostic {
                severity: d.severity,
                file: d.shown_file(),
                line: d.line,
                column: d.column,
                code: d.code(),
                message: d.message_in(lang),
                hint: d.hint_in(lang),
            })
            .collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Diagnostic> {
        vec![
            Diagnostic::error("content/a.md", Message::new("event-no-title")).at("x: 1\n", 1, 1),
            Diagnostic::warning("content/a.md", Message::new("load-not-utf8"))
                .with_hint(Message::new("load-not-utf8-hint")),
            Diagnostic::warning("site.yaml", Message::new("git-missing")),
        ]
    }

    #[test]
    fn human_groups_by_file() {
        let text = human(&sample(), Lang::En, false, false);
        assert!(text.starts_with("content/a.md\n  error: content/a.md:1:1: the title is empty"));
        assert_eq!(text.matches("content/a.md\n").count(), 1);
        assert!(text.ends_with("1 error and 2 warnings in 2 files.\n"));
        let quiet = human(&sample(), Lang::En, false, true);
        assert!(!quiet.contains("UTF-8"));
        let ru = human(&sample(), Lang::Ru, false, false);
        assert!(
            ru.starts_with("content/a.md\n  ошибка: content/a.md:1:1: у мероприятия нет названия"),
            "{ru}"
        );
        assert!(
            ru.contains("= как исправить: сохраните файл в кодировке UTF-8"),
            "{ru}"
        );
        assert!(
            ru.ends_with("1 ошибка и 2 предупреждения в 2 файлах.\n"),
            "{ru}"
        );
    }

    #[test]
    fn json_is_stable() {
        let v: serde_json::Value = serde_json::from_str(&json(&sample(), Lang::En)).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["ok"], false);
        assert_eq!(v["errors"], 1);
        assert_eq!(v["warnings"], 2);
        assert_eq!(v["diagnostics"][0]["line"], 1);
        assert_eq!(v["diagnostics"][1]["line"], serde_json::Value::Null);
        assert_eq!(
            v["diagnostics"][1]["hint"],
            "save the file as UTF-8 in your editor (\"Save as…\" → encoding UTF-8)"
        );
        assert_eq!(v["diagnostics"][2]["severity"], "warning");
        assert_eq!(v["diagnostics"][0]["code"], "event-no-title");
    }

    #[test]
    fn json_carries_the_code_beside_the_translated_message() {
        let d = Diagnostic::error(
            "content/a.md",
            Message::new("yaml-unknown-field").arg("field", "дата"),
        );
        let v: serde_json::Value = serde_json::from_str(&json(&[d], Lang::Ru)).unwrap();
        assert_eq!(v["diagnostics"][0]["code"], "yaml-unknown-field");
        assert_eq!(v["diagnostics"][0]["message"], "неизвестное поле `дата`");
    }
}
