//! What raw HTML in Markdown may put on a page.
//!
//! Editors paste text from Word and from the web, so a body can carry a
//! `<script>`, an `onerror=` or a `javascript:` link without anybody
//! meaning it. Every body goes through one allow-list (ammonia, a
//! well-kept html5ever-based sanitiser) after either engine has rendered
//! it: what Markdown itself produces passes unchanged (tables with their
//! alignment, footnotes, headings with ids, code with its language class,
//! images, task lists, alerts); scripts, event handlers, iframes, forms,
//! `style` (but a table cell's `text-align`) and URLs other than
//! http(s), mailto, tel and relative ones are removed. Sites that need raw
//! HTML switch this off with `markdown.unsafe_html: true`.

use std::borrow::Cow;
use std::collections::HashSet;

use super::words;
use crate::i18n::Lang;

/// URL schemes a link or an image may use; relative URLs always pass.
/// `data:` and `javascript:` are left out on purpose, and so is `file:`
/// (links into an editor's own disk, pasted from Word).
const SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// Whether `url` passes as it is: relative, or of an allowed scheme, with
/// no spaces or control characters (browsers skip those inside a scheme:
/// `java\tscript:`).
pub fn allowed_url(url: &str) -> bool {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    match url.find([':', '/', '?', '#']) {
        Some(i) if url.as_bytes()[i] == b':' => {
            SCHEMES.iter().any(|s| url[..i].eq_ignore_ascii_case(s))
        }
        _ => true,
    }
}

/// Tags Markdown produces beyond ammonia's default list (which already has
/// the usual text, list, table and heading tags): comrak's footnotes sit in
/// a `<section>`, its task lists are disabled checkboxes.
const EXTRA_TAGS: [&str; 2] = ["section", "input"];

/// Attributes any tag may keep: heading and footnote anchors, classes for
/// code languages, alerts and footnotes, and accessible labels.
const GENERIC_ATTRIBUTES: [&str; 5] = ["id", "class", "lang", "title", "aria-label"];

/// comrak's footnote markers (boolean attributes and the back-link index).
const FOOTNOTE_ATTRIBUTES: [&str; 4] = [
    "data-footnotes",
    "data-footnote-ref",
    "data-footnote-backref",
    "data-footnote-backref-idx",
];

/// What every id a text gives (`{#plan}`, `<h2 id="plan">`, footnotes)
/// starts with, and so every link within the page (`#plan`): the theme's
/// ids (`main`, `lv`, `search-q` …) stay the theme's, so a text can neither
/// duplicate them nor reach the theme's state (`:has(#lv:checked)`).
pub const ID_PREFIX: &str = "text-";

/// The allow-list, built once per build and shared by the render threads.
pub struct Sanitiser(ammonia::Builder<'static>);

impl Sanitiser {
    /// The allow-list; the words it puts into the engines' labels are in
    /// `lang`.
    pub fn new(lang: Lang) -> Self {
        let mut b = ammonia::Builder::default();
        b.add_tags(EXTRA_TAGS)
            .add_generic_attributes(GENERIC_ATTRIBUTES)
            .url_schemes(HashSet::from(SCHEMES))
            // Markdown links carry no rel; `target` is not allowed, so
            // there is no opener to protect.
            .link_rel(None)
            // pulldown-cmark aligns table columns with `style`; nothing
            // else in a style survives, so no `url(...)` can.
            .add_tag_attributes("th", ["style"])
            .add_tag_attributes("td", ["style"])
            .filter_style_properties(HashSet::from(["text-align"]))
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .set_tag_attribute_value("input", "type", "checkbox")
            .set_tag_attribute_value("input", "disabled", "")
            .add_tag_attributes("section", FOOTNOTE_ATTRIBUTES)
            .add_tag_attributes("a", FOOTNOTE_ATTRIBUTES)
            // A bundle's photo placed in the text, resized (see
            // `markdown::pictures`).
            .add_tag_attributes(
                "img",
                [
                    "title", "srcset", "sizes", "width", "height", "loading", "decoding",
                ],
            )
            .id_prefix(Some(ID_PREFIX))
            .attribute_filter(
                move |element, attribute, value| match (element, attribute) {
                    // Task lists need no ids, and only inputs can be `:checked`.
                    ("input", "id") => None,
                    ("a", "href") => Some(within_page(value)),
                    ("a", "aria-label") => Some(words::back_link_label(value, lang)),
                    _ => Some(value.into()),
                },
            );
        Sanitiser(b)
    }

    /// `html` with everything outside the allow-list removed.
    pub fn clean(&self, html: &str) -> String {
        self.0.clean(html).to_string()
    }
}

/// `href` with a fragment of this page (`#plan`) pointing at the prefixed id.
fn within_page(href: &str) -> Cow<'_, str> {
    match href.strip_prefix('#') {
        Some(id) if !id.is_empty() && !id.starts_with(ID_PREFIX) => {
            format!("#{ID_PREFIX}{id}").into()
        }
        _ => href.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(html: &str) -> String {
        Sanitiser::new(Lang::Ru).clean(html)
    }

    #[test]
    fn urls_pass_when_relative_or_of_an_allowed_scheme() {
        for ok in [
            "/2016/",
            "a.md",
            "../b/c.jpg",
            "#fn1",
            "?q=1",
            "https://x.org/a:b",
            "MAILTO:a@b.ru",
            "tel:+7",
        ] {
            assert!(allowed_url(ok), "{ok}");
        }
        for bad in [
            "javascript:x",
            "data:x",
            "file:///c:/a",
            "java\tscript:x",
            "a b",
            "vbscript:x",
        ] {
            assert!(!allowed_url(bad), "{bad}");
        }
    }

    #[test]
    fn scripts_handlers_and_bad_urls_go() {
        let out = clean(concat!(
            "<p onclick=\"alert(1)\">a<script>alert(2)</script></p>",
            "<a href=\"javascript:alert(3)\">b</a><a href=\"JaVaScRiPt:alert(4)\">c</a>",
            "<img src=\"data:image/svg+xml,<svg onload=alert(5)>\">",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<span style=\"background:url(javascript:alert(6))\">d</span>",
            "<svg><script>alert(7)</script></svg><a href=\"file:///C:/Users/me/x.doc\">e</a>",
        ));
        for bad in [
            "alert",
            "onclick",
            "javascript",
            "data:",
            "iframe",
            "style",
            "svg",
            "file:",
        ] {
            assert!(!out.to_lowercase().contains(bad), "{bad} in {out}");
        }
        assert!(out.contains("<p>a</p>"), "{out}");
    }

    #[test]
    fn a_body_checkbox_cannot_take_the_themes_state_ids() {
        let out = clean("<input type=\"checkbox\" id=\"lv\" checked><input id=\"lv-size-2\"><h2 id=\"lv\">a</h2>");
        assert_eq!(out.matches("<input").count(), 2, "{out}");
        assert!(
            !out.contains("<input id") && !out.contains("id=\"lv-size-2\""),
            "{out}"
        );
        assert!(
            out.contains("<h2 id=\"text-lv\">"),
            "a heading keeps its id, prefixed: {out}"
        );
    }

    #[test]
    fn safe_links_and_table_alignment_stay() {
        let out = clean(concat!(
            "<a href=\"https://a.example/x?y=1\">a</a><a href=\"../2016/\">b</a>",
            "<a href=\"mailto:lib@example.org\">c</a>",
            "<table><tr><td style=\"text-align: center; color: red\">1</td></tr></table>",
        ));
        assert!(out.contains("href=\"https://a.example/x?y=1\""), "{out}");
        assert!(out.contains("href=\"../2016/\""), "{out}");
        assert!(out.contains("href=\"mailto:lib@example.org\""), "{out}");
        assert!(out.contains("text-align"), "{out}");
        assert!(!out.contains("color"), "{out}");
    }
}
