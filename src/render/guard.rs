//! Keeps a theme from turning off escaping.
//!
//! Autoescaping is on for every template whatever its name (see
//! `templates::compile`), and HTML the build made is printed through
//! `| html`, which trusts a value by its type ([`super::html`]), not by
//! its name. Tera's `safe` filter trusts anything: `{{ event.title |
//! safe }}` or `{{ page.extra.map_html | safe }}` would put an editor's
//! text on the page as HTML, scripts included. So a template that uses
//! `safe` anywhere, as a filter or as `{% filter safe %}`, is refused,
//! with the fix: `| html`.
//!
//! Whether `safe` is used is decided from the template Tera parsed, so
//! no spelling gets past it (a `}}` inside a string, a filter on a
//! macro's argument). Where it is, for the message's line and column, is
//! read from the text, skipping `{% raw %}` blocks.

use tera::ast::{Expr, ExprVal, Node};
use tera::Tera;

use crate::error::Diagnostic;
use crate::messages::Message;
use crate::theme::TemplateFile;

/// One diagnostic per `safe` in `templates`, as compiled into `tera`.
pub fn check(tera: &Tera, templates: &[TemplateFile]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for t in templates {
        let Some(parsed) = tera.templates.get(&t.name) else {
            continue;
        };
        let mut uses = Vec::new();
        nodes(&parsed.ast, &mut uses);
        if uses.is_empty() {
            continue;
        }
        let places = places(&t.text);
        for (i, expr) in uses.iter().enumerate() {
            let refusal = |expr: &str| {
                Diagnostic::error(
                    &t.file,
                    Message::new("template-safe").arg("expression", expr),
                )
                .with_hint(Message::new("template-safe-hint"))
            };
            found.push(match places.get(i) {
                Some((line, column, text)) => refusal(text).at(&t.text, *line, *column),
                None => refusal(expr),
            });
        }
    }
    found
}

/// The expression of each `safe` among `nodes`, in their order.
fn nodes(nodes: &[Node], out: &mut Vec<String>) {
    for node in nodes {
        match node {
            Node::VariableBlock(_, e) => expr(e, out),
            Node::Set(_, set) => expr(&set.value, out),
            Node::FilterSection(_, section, _) => {
                if section.filter.name == "safe" {
                    out.push("filter safe".into());
                }
                section.filter.args.values().for_each(|e| expr(e, out));
                self::nodes(&section.body, out);
            }
            Node::Forloop(_, fl, _) => {
                expr(&fl.container, out);
                self::nodes(&fl.body, out);
                self::nodes(fl.empty_body.as_deref().unwrap_or_default(), out);
            }
            Node::If(i, _) => {
                for (_, cond, body) in &i.conditions {
                    expr(cond, out);
                    self::nodes(body, out);
                }
                if let Some((_, body)) = &i.otherwise {
                    self::nodes(body, out);
                }
            }
            Node::Block(_, b, _) => self::nodes(&b.body, out),
            Node::MacroDefinition(_, m, _) => {
                m.args.values().flatten().for_each(|e| expr(e, out));
                self::nodes(&m.body, out);
            }
            _ => {}
        }
    }
}

fn expr(e: &Expr, out: &mut Vec<String>) {
    if e.filters.iter().any(|f| f.name == "safe") {
        out.push(describe(&e.val));
    }
    for f in &e.filters {
        f.args.values().for_each(|a| expr(a, out));
    }
    value(&e.val, out);
}

fn value(v: &ExprVal, out: &mut Vec<String>) {
    match v {
        ExprVal::Math(m) => [&m.lhs, &m.rhs].into_iter().for_each(|e| expr(e, out)),
        ExprVal::Logic(l) => [&l.lhs, &l.rhs].into_iter().for_each(|e| expr(e, out)),
        ExprVal::In(i) => [&i.lhs, &i.rhs].into_iter().for_each(|e| expr(e, out)),
        ExprVal::Test(t) => t.args.iter().for_each(|e| expr(e, out)),
        ExprVal::MacroCall(m) => m.args.values().for_each(|e| expr(e, out)),
        ExprVal::FunctionCall(f) => f.args.values().for_each(|e| expr(e, out)),
        ExprVal::Array(items) => items.iter().for_each(|e| expr(e, out)),
        ExprVal::StringConcat(c) => c.values.iter().for_each(|v| value(v, out)),
        _ => {}
    }
}

/// What a message calls the value given to `safe`.
fn describe(v: &ExprVal) -> String {
    match v {
        ExprVal::Ident(name) => name.clone(),
        ExprVal::FunctionCall(f) => format!("{}(…)", f.name),
        ExprVal::MacroCall(m) => format!("{}::{}(…)", m.namespace, m.name),
        ExprVal::String(s) => format!("\"{s}\""),
        _ => "…".into(),
    }
}

/// `(line, column, expression)` of each `{{ … | safe … }}` and
/// `{% filter safe %}` in a template's text, outside `{% raw %}` and
/// comments.
fn places(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = text[at..].find('{').map(|s| at + s) {
        let tail = &text[start..];
        let close = if tail.starts_with("{{") {
            "}}"
        } else if tail.starts_with("{%") {
            "%}"
        } else if tail.starts_with("{#") {
            at = tail.find("#}").map_or(text.len(), |e| start + e + 2);
            continue;
        } else {
            at = start + 1;
            continue;
        };
        let end = tail.find(close).map_or(tail.len(), |e| e + close.len());
        // `{{`/`{%` are ASCII, so slicing past them is on a char boundary;
        // an unclosed tag is read to the end.
        let inner = tail[2..end]
            .strip_suffix(close)
            .unwrap_or(&tail[2..end])
            .trim_matches(['-', ' ', '\n', '\t', '\r']);
        let words: Vec<&str> = inner.split_whitespace().collect();
        let found = if close == "}}" {
            filters_safe(inner).then(|| inner.split('|').next().unwrap_or_default().trim())
        } else if words.first() == Some(&"filter") && words.get(1) == Some(&"safe") {
            Some("filter safe")
        } else {
            None
        };
        if let Some(expr) = found {
            let line = text[..start].matches('\n').count() + 1;
            let column = text[..start]
                .rsplit('\n')
                .next()
                .map_or(0, |l| l.chars().count())
                + 1;
            out.push((line, column, expr.to_string()));
        }
        at = start + end;
        if words.first() == Some(&"raw") {
            at = text[at..].find("endraw").map_or(text.len(), |e| at + e);
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn refusals(text: &str) -> Vec<Diagnostic> {
        let file = TemplateFile {
            name: "t.html".into(),
            text: text.into(),
            file: PathBuf::from("templates/t.html"),
        };
        let mut tera = Tera::default();
        tera.add_raw_template("t.html", text).unwrap();
        check(&tera, &[file])
    }

    fn places_of(text: &str) -> Vec<(Option<u32>, Option<u32>)> {
        refusals(text).iter().map(|d| (d.line, d.column)).collect()
    }

    #[test]
    fn safe_is_refused_whatever_it_is_given() {
        let t = "{{ event.content | safe }}{{ page.extra.map_html | safe }}\
                 {{ t(key=\"x\") | safe }}{% filter safe %}{{ e.summary }}{% endfilter %}";
        assert_eq!(refusals(t).len(), 4);
    }

    #[test]
    fn html_and_words_like_safe_are_fine() {
        let t = "{{ event.content | html }}{{ a | safe_word }}{{ \"| safe\" }}\
                 {% raw %}{{ x | safe }}{% endraw %}{# {{ y | safe }} #}";
        assert!(refusals(t).is_empty(), "{:?}", refusals(t));
    }

    #[test]
    fn safe_is_found_with_its_place() {
        let t = "<h1>\n  {{- event.title | upper | safe -}}</h1>\n{% filter safe %}{{ e.summary }}{% endfilter %}";
        assert_eq!(places_of(t), [(Some(2), Some(3)), (Some(3), Some(1))]);
        let d = &refusals(t)[0];
        assert!(d.to_string().contains("event.title"), "{d}");
    }

    #[test]
    fn safe_hidden_from_a_text_search_is_still_refused() {
        // The `}}` inside the string ends a naive scan before `| safe`.
        let t = "{{ \"}}\" ~ page.extra.x | safe }}{{ f(a=page.title | safe) }}\
                 {% set b = page.title | safe %}";
        assert_eq!(refusals(t).len(), 3, "{:?}", refusals(t));
    }
}
