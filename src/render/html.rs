//! HTML the build made, as a type: the one kind of value a template may
//! print without escaping, through the `| html` filter.
//!
//! Everything a template prints is escaped (`templates::compile`), so a
//! Markdown body, a chart or the JSON-LD would show as tags. Tera's own
//! way round, `| safe`, trusts whatever it is given: added to a title, or
//! to `page.extra.map_html`, it publishes an editor's text as HTML,
//! scripts included. So themes may not use `safe` at all (`guard`), and
//! `| html` prints a value as is only if the build made it an [`Html`]:
//! the sanitiser's output, a chart's figure, the JSON-LD. Any other value
//! given to `| html` (a title, front matter, a string a template built) is
//! escaped like every other value.
//!
//! Tera passes values to filters as JSON, so the type cannot travel with
//! the text. Instead, making an [`Html`] records a keyed 128-bit hash of
//! its text for the life of the process, and `| html` looks the text up.
//! The keys are random per process, so a text cannot be written to
//! collide with one the build made; a text equal to one the build made is
//! that same harmless HTML. The record keeps 16 bytes per distinct text
//! (an unchanged page rebuilt by `serve` adds nothing).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::sync::{LazyLock, PoisonError, RwLock};

use serde::{Serialize, Serializer};
use tera::Value;

/// Text the build made into HTML that a page may show as is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Marks `text` as HTML to print as is. Only for what the build made
    /// safe itself: sanitised Markdown, the charts it drew, JSON-LD whose
    /// `<` it escaped.
    pub fn made(text: String) -> Self {
        SEALS.record(&text);
        Html(text)
    }
}

impl Serialize for Html {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// The hashes of every [`Html`] made in this process.
struct Seals {
    keys: [RandomState; 2],
    made: RwLock<HashSet<u128>>,
}

static SEALS: LazyLock<Seals> = LazyLock::new(|| Seals {
    keys: [RandomState::new(), RandomState::new()],
    made: RwLock::new(HashSet::new()),
});

impl Seals {
    fn hash(&self, text: &str) -> u128 {
        let [a, b] = &self.keys;
        (u128::from(a.hash_one(text)) << 64) | u128::from(b.hash_one(text))
    }

    // A poisoned lock still holds a whole set of numbers: a panic cannot
    // leave a `u128` half inserted.
    fn record(&self, text: &str) {
        let hash = self.hash(text);
        let mut made = self.made.write().unwrap_or_else(PoisonError::into_inner);
        made.insert(hash);
    }

    fn holds(&self, text: &str) -> bool {
        let hash = self.hash(text);
        let made = self.made.read().unwrap_or_else(PoisonError::into_inner);
        made.contains(&hash)
    }
}

/// Whether the build made `text` an [`Html`].
fn is_made(text: &str) -> bool {
    SEALS.holds(text)
}

/// The `| html` filter: an [`Html`]'s text as is, anything else escaped.
pub struct HtmlFilter;

impl tera::Filter for HtmlFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let text = match value {
            Value::String(s) if is_made(s) => s.clone(),
            Value::String(s) => crate::escape::escape(s),
            Value::Null => String::new(),
            other => crate::escape::escape(&other.to_string()),
        };
        Ok(Value::String(text))
    }

    /// Its result is never escaped again: it escaped what needed it.
    fn is_safe(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::{Context, Tera};

    fn render(template: &str, ctx: &Context) -> String {
        let mut tera = Tera::default();
        tera.autoescape_on(vec![""]);
        tera.set_escape_fn(crate::escape::escape);
        tera.register_filter("html", HtmlFilter);
        tera.add_raw_template("t", template).unwrap();
        tera.render("t", ctx).unwrap()
    }

    #[test]
    fn only_html_the_build_made_is_printed_as_is() {
        let mut ctx = Context::new();
        ctx.insert("body", &Html::made("<p>Сказки <em>Абая</em></p>".into()));
        ctx.insert("title", "<p>Сказки <em>Абая</em> и ещё</p>");
        ctx.insert("n", &5);
        let out = render(
            "{{ body | html }}|{{ title | html }}|{{ n | html }}|{{ missing | default(value='') | html }}",
            &ctx,
        );
        assert_eq!(
            out,
            "<p>Сказки <em>Абая</em></p>|&lt;p&gt;Сказки &lt;em&gt;Абая&lt;/em&gt; и ещё&lt;/p&gt;|5|"
        );
    }

    #[test]
    fn a_changed_text_is_no_longer_the_builds() {
        let mut ctx = Context::new();
        ctx.insert("body", &Html::made("<p>x</p>".into()));
        let out = render(
            "{{ body | upper | html }}|{{ body | html | upper }}|{% set b = body %}{{ b | html }}",
            &ctx,
        );
        assert_eq!(out, "&lt;P&gt;X&lt;/P&gt;|&lt;P&gt;X&lt;/P&gt;|<p>x</p>");
    }
}
