//! Keeps a theme from turning off escaping by accident.
//!
//! Autoescaping is on for every template whatever its name (see
//! `templates::compile`), so the only way around it is Tera's `safe`
//! filter. Markdown bodies need it, and they are sanitised; a `| safe`
//! added to a title or a summary would put an editor's text on the page as
//! HTML, script and all. So `safe` is refused on anything but a value the
//! build itself made into HTML: the view fields of that kind, by their
//! exact names ([`HTML_FIELDS`]: `event.content`, a chart's `chart_html`
//! or `svg`, `json_ld` for a `<script type="application/ld+json">`, whose
//! `<` the build writes as `\u003c`), never under `extra` (front matter),
//! or a UI string from `t(...)`, which the theme wrote itself. A template
//! may not give those names to other values (`{% set content = … %}`).

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
                     (`event.content`, `page.content`, `chart_html`, `svg`, `json_ld`, never `extra`) may be marked safe, and those names are not for `set`, loops or macro arguments",
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
            let safe_block =
                words.first() == Some(&"filter") && words.iter().skip(1).any(|w| *w == "safe");
            (safe_block || binds_html_name(inner)).then(|| inner.to_string())
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

/// The fields of the template views that hold HTML the build made:
/// sanitised Markdown (`content`), charts (`chart_html`, `svg`) and
/// structured data (`json_ld`). Exact names, not suffixes: a name an editor
/// chose (`page.extra.map_html`) is never HTML.
const HTML_FIELDS: [&str; 4] = ["content", "chart_html", "svg", "json_ld"];

/// The view fields that are lists of charts, whose items a loop may bind
/// to an HTML name (`{% for chart_html in stats.charts %}`).
const HTML_LISTS: [&str; 2] = ["charts", "event_charts"];

/// The names along a path: `page.extra["a"].b` is `page`, `extra`, `a`, `b`.
fn segments(expr: &str) -> Vec<&str> {
    expr.split(['.', '[', ']'])
        .map(|s| s.trim().trim_matches(['"', '\'']))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Whether `expr` is a view field of HTML the build made; anything under
/// `extra` (front matter and `site.yaml`'s free-form fields) never is.
fn is_html(expr: &str) -> bool {
    let segs = segments(expr);
    expr.starts_with("t(")
        || (!segs.contains(&"extra") && segs.last().is_some_and(|l| HTML_FIELDS.contains(l)))
}

/// Whether a `{% %}` tag gives an HTML field's name to something else: a
/// `set`, a macro argument, or a loop over anything but a list of charts.
/// `{% set content = page.extra.x %}{{ content | safe }}` would otherwise
/// pass.
fn binds_html_name(inner: &str) -> bool {
    let (head, rest) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
    let rest = rest.trim();
    let names: Vec<&str> = match head {
        "set" | "set_global" => rest.split('=').next().into_iter().collect(),
        "macro" => rest
            .split_once('(')
            .map(|(_, args)| {
                args.split([',', ')'])
                    .map(|a| a.split('=').next().unwrap_or(a))
                    .collect()
            })
            .unwrap_or_default(),
        "for" => {
            let (bound, iterable) = rest.split_once(" in ").unwrap_or((rest, ""));
            let over_charts = segments(iterable.trim())
                .last()
                .is_some_and(|l| HTML_LISTS.contains(l))
                && !iterable.contains("extra");
            if over_charts {
                return false;
            }
            bound.split(',').collect()
        }
        _ => return false,
    };
    names.iter().any(|n| HTML_FIELDS.contains(&n.trim()))
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
    fn names_that_merely_end_like_html_are_not_trusted() {
        let t = "{{ page.extra.map_html | safe }}{{ event.extra[\"content\"] | safe }}\
                 {{ site.extra.svg | safe }}{{ event.summary_content | safe }}";
        assert_eq!(uses(t).len(), 4, "{:?}", uses(t));
    }

    #[test]
    fn html_names_cannot_be_rebound_to_other_text() {
        let t = "{% set content = page.extra.x %}{% macro m(a, svg) %}{% endmacro %}\
                 {% for content in page.extra.list %}{% endfor %}\
                 {% for chart_html in stats.charts %}{{ chart_html | safe }}{% endfor %}";
        assert_eq!(uses(t).len(), 3, "{:?}", uses(t));
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
