//! The Tera environment: the theme's templates, compiled once, plus the
//! functions and filters the theme API promises (`t`, `count`, `num`,
//! `html`).

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use tera::{Tera, Value};

use crate::error::{Diagnostic, Message};
use crate::i18n::{format_decimal, format_int, plural, Lang};
use crate::theme::{TemplateFile, Translation};

/// Templates every theme must have, one per page type.
pub const REQUIRED: [&str; 7] = [
    "index.html",
    "year.html",
    "event.html",
    "taxonomy.html",
    "term.html",
    "page.html",
    "404.html",
];

/// Compiles `templates`; errors name the template file and line.
pub fn compile(
    templates: &[TemplateFile],
    strings: HashMap<String, Translation>,
    lang: Lang,
) -> Result<Tera, Vec<Diagnostic>> {
    let mut tera = Tera::default();
    // Escape everything, whatever the file name: front matter is untrusted.
    tera.autoescape_on(vec![""]);
    tera.set_escape_fn(crate::escape::escape);
    let raw: Vec<(&str, &str)> = templates
        .iter()
        .map(|t| (t.name.as_str(), t.text.as_str()))
        .collect();
    if let Err(e) = tera.add_raw_templates(raw) {
        return Err(vec![template_error(&e, templates)]);
    }
    let unescaped = super::guard::check(&tera, templates);
    if !unescaped.is_empty() {
        return Err(unescaped);
    }
    let missing: Vec<Diagnostic> = REQUIRED
        .iter()
        .filter(|name| !templates.iter().any(|t| t.name == **name))
        .map(|name| {
            Diagnostic::error(
                format!("templates/{name}"),
                Message::new("template-missing").arg("name", *name),
            )
            .with_hint(Message::new("template-missing-hint"))
        })
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    register(&mut tera, Arc::new(strings), lang);
    Ok(tera)
}

fn register(tera: &mut Tera, strings: Arc<HashMap<String, Translation>>, lang: Lang) {
    // {{ event.content | html }} → the HTML the build made, as is.
    tera.register_filter("html", super::html::HtmlFilter);
    let s = Arc::clone(&strings);
    // t(key="...") → the UI string in the site language.
    tera.register_function("t", move |args: &HashMap<String, Value>| {
        let key = str_arg(args, "key")?;
        match s.get(key) {
            Some(Translation::Text(t)) => Ok(Value::String(t.clone())),
            Some(Translation::Plural(forms)) => Ok(Value::String(forms[2].clone())),
            None => Err(unknown_key(key)),
        }
    });
    // count(n=5, key="events") → «5 мероприятий», the number formatted and
    // the noun in its plural form.
    tera.register_function("count", move |args: &HashMap<String, Value>| {
        let key = str_arg(args, "key")?;
        let n = args
            .get("n")
            .and_then(Value::as_u64)
            .ok_or_else(|| tera::Error::msg("count() needs n=<whole number>"))?;
        let word = match strings.get(key) {
            Some(Translation::Plural([a, b, c])) => plural(n, lang, [a, b, c]),
            Some(Translation::Text(t)) => t.as_str(),
            None => return Err(unknown_key(key)),
        };
        let number = format_int(i64::try_from(n).unwrap_or(i64::MAX), lang);
        Ok(Value::String(format!("{number}\u{a0}{word}")))
    });
    // {{ 9110 | num }} → «9 110»; {{ 19.94 | num(decimals=1) }} → «19,9».
    tera.register_filter("num", move |v: &Value, args: &HashMap<String, Value>| {
        let decimals = args.get("decimals").and_then(Value::as_u64);
        let text = match (v.as_i64(), v.as_f64(), decimals) {
            (Some(n), _, None) => format_int(n, lang),
            (_, Some(x), d) => format_decimal(x, d.map_or(1, |d| d as usize), lang),
            _ => return Ok(v.clone()),
        };
        Ok(Value::String(text))
    });
}

fn str_arg<'a>(args: &'a HashMap<String, Value>, name: &str) -> tera::Result<&'a str> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| tera::Error::msg(format!("needs {name}=\"...\"")))
}

fn unknown_key(key: &str) -> tera::Error {
    tera::Error::msg(format!(
        "no UI string `{key}` in the theme's i18n files; add it to i18n/<language>.yaml"
    ))
}

/// A Tera error as a diagnostic on the template's file, with the line and
/// column Tera's parser reports (`--> 3:15`).
pub fn template_error(err: &tera::Error, templates: &[TemplateFile]) -> Diagnostic {
    let mut chain = vec![err.to_string()];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    let name = chain
        .iter()
        .find_map(|m| quoted_name(m))
        .unwrap_or_default();
    let template = templates.iter().find(|t| t.name == name);
    let file = template.map_or_else(|| Path::new("templates").join(&name), |t| t.file.clone());
    // Tera's parse errors are pest reports: a `--> line:col` header, the
    // source line, then `= expected ...`; keep the words, not the drawing.
    let message = chain
        .iter()
        .map(|m| {
            let first = m.lines().next().unwrap_or_default().trim();
            let expected = m.lines().find_map(|l| l.trim().strip_prefix("= "));
            match expected {
                Some(e) if first.starts_with("-->") => e.to_string(),
                Some(e) => format!("{first}: {e}"),
                None => first.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(": ");
    let mut d = Diagnostic::error(file, Message::new("template-error"));
    let position = chain.iter().find_map(|m| {
        let (_, rest) = m.split_once("--> ")?;
        let (l, c) = rest.split_whitespace().next()?.split_once(':')?;
        Some((l.parse::<usize>().ok()?, c.parse::<usize>().ok()?))
    });
    if let (Some((line, col)), Some(t)) = (position, template) {
        d = d.at(&t.text, line, col);
    }
    d.with_hint(Message::new("template-error-hint").arg("detail", message))
}

/// The template name Tera quotes in its messages: `Failed to parse 'event.html'`.
fn quoted_name(message: &str) -> Option<String> {
    let start = message.find('\'')? + 1;
    let len = message[start..].find('\'')?;
    let name = &message[start..start + len];
    name.ends_with(".html").then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn tpl(name: &str, text: &str) -> TemplateFile {
        TemplateFile {
            name: name.into(),
            text: text.into(),
            file: PathBuf::from("templates").join(name),
        }
    }

    #[test]
    fn syntax_error_names_file_and_line() {
        let ts = vec![tpl("event.html", "<p>\n{{ event.title \n</p>")];
        let d = compile(&ts, HashMap::new(), Lang::Ru)
            .unwrap_err()
            .remove(0);
        assert_eq!(d.file, PathBuf::from("templates/event.html"));
        assert!(d.line.is_some(), "{d}");
    }

    #[test]
    fn count_uses_plural_forms() {
        let mut ts: Vec<TemplateFile> = REQUIRED.iter().map(|n| tpl(n, "")).collect();
        ts[0].text = "{{ count(n=5, key=\"events\") }}|{{ count(n=21, key=\"events\") }}|{{ 9110 | num }}|{{ 19.94 | num(decimals=1) }}".into();
        let forms = ["мероприятие", "мероприятия", "мероприятий"].map(String::from);
        let strings = HashMap::from([("events".to_string(), Translation::Plural(forms))]);
        let tera = compile(&ts, strings, Lang::Ru).unwrap();
        let out = tera.render("index.html", &tera::Context::new()).unwrap();
        assert_eq!(
            out,
            "5\u{a0}мероприятий|21\u{a0}мероприятие|9\u{202f}110|19,9"
        );
    }
}
