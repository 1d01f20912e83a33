//! Keeps a theme from turning off escaping by accident.
//!
//! Autoescaping is on for every template whatever its name (see
//! `templates::compile`), so the only way around it is Tera's `safe`
//! filter. Markdown bodies need it, and they are sanitised; a `| safe`
//! added to a title or a summary would put an editor's text on the page as
//! HTML, script and all. So `safe` is refused on anything but a value the
//! build itself made into HTML: a name ending in `content`, `html` or
//! `svg` (`event.content`, `chart.svg`), `json_ld` (structured data for a
//! `<script type="application/ld+json">`, whose `<` the build writes as
//! `\u003c`), or a UI string from `t(...)`, which the theme wrote itself.

use crate::error::Diagnostic;
use crate::theme::TemplateFile;

/// One diagnostic per unsafe `safe` in `templates`.
pub fn check(templates: &[TemplateFile]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for t in templates {
        for (line, column, expr) in unsafe_uses(&t.text) {
            found.push(
                Diagnostic::error(
                    &t.file,
                    format!("`| safe` on `{expr}` would publish its text as HTML, scripts included"),
                )
                .at(&t.text, line, column)
                .with_hint(
                    "remove `| safe`: values are escaped for you. Only HTML the build makes \
                     (`event.content`, `page.content`, names ending in `html`, `svg` or `json_ld`) may be marked safe",
                ),
            );
        }
    }
    found
}

/// `(line, column, expression)` of each `{{ expr | ... safe ... }}` and
/// `{% filter safe %}` whose expression is not known to be HTML.
fn unsafe_uses(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find('{') {
        let tail = &rest[start..];
        let close = if tail.starts_with("{{") {
            "}}"
        } else if tail.starts_with("{%") {
            "%}"
        } else {
            offset += start + 1;
            rest = &rest[start + 1..];
            continue;
        };
        let end = tail.find(close).map_or(tail.len(), |e| e + close.len());
        let tag = &tail[..end];
        // `{{`/`{%` are ASCII, so slicing past them is on a char boundary;
        // an unclosed tag (inside `{% raw %}`) is read to the end.
        let inner = tag[2..]
            .strip_suffix(close)
            .unwrap_or(&tag[2..])
            .trim_matches(['-', ' ', '\n', '\t']);
        let bad = if close == "}}" {
            filters_safe(inner)
                .then(|| expression(inner))
                .filter(|e| !is_html(e))
        } else {
            let words: Vec<&str> = inner.split_whitespace().collect();
            (words.first() == Some(&"filter") && words.iter().skip(1).any(|w| *w == "safe"))
                .then(|| inner.to_string())
        };
        if let Some(expr) = bad {
            let at = offset + start;
            let line = text[..at].matches('\n').count() + 1;
            let column = text[..at]
                .rsplit('\n')
                .next()
                .map_or(0, |l| l.chars().count())
                + 1;
            out.push((line, column, expr));
        }
        offset += start + end;
        rest = &tail[end..];
    }
    out
}

/// Whether a `{{ }}` expression applies the `safe` filter.
fn filters_safe(inner: &str) -> bool {
    inner
        .split('|')
        .skip(1)
        .any(|f| f.trim().split(['(', ' ']).next() == Some("safe"))
}

/// The value a filter chain starts from: `event.title` in `event.title | upper | safe`.
fn expression(inner: &str) -> String {
    inner
        .split('|')
        .next()
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn is_html(expr: &str) -> bool {
    let last = expr.rsplit(['.', '[']).next().unwrap_or(expr);
    let last = last.trim_end_matches([']', '"', '\'']);
    expr.starts_with("t(")
        || last.ends_with("content")
        || last.ends_with("html")
        || last.ends_with("svg")
        || last.ends_with("json_ld")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(text: &str) -> Vec<String> {
        unsafe_uses(text).into_iter().map(|(_, _, e)| e).collect()
    }

    #[test]
    fn safe_on_markdown_html_and_ui_strings_is_fine() {
        let t = "{{ event.content | safe }}{{page.content|safe}}{{ chart.svg | safe }}{{ meta.json_ld | safe }}\
                 {{ t(key=\"x\") | safe }}{{ event.title }}{{ a | safe_word }}";
        assert!(uses(t).is_empty(), "{:?}", uses(t));
    }

    #[test]
    fn safe_on_front_matter_is_found_with_its_place() {
        let t = "<h1>\n  {{- event.title | upper | safe -}}</h1>\n{% filter safe %}{{ e.summary }}{% endfilter %}";
        let found = unsafe_uses(t);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0], (2, 3, "event.title".to_string()));
        assert_eq!(found[1].0, 3);
    }
}
