//! How deeply the HTML of a body nests, measured before it is sanitised.
//!
//! The sanitiser's HTML parser takes time that grows with the square of
//! the nesting: a megabyte of `<div>` took two minutes. Nothing an editor
//! writes nests deeper than a few dozen elements, so a body past
//! [`MAX_DEPTH`] is refused (the file named) instead of parsed.

/// Elements open at once that a body may have.
pub const MAX_DEPTH: usize = 256;

/// Elements without content: they never nest.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag may be left out: the next one of the kind
/// closes them, so `<p><p>` is two paragraphs side by side, not nested.
const SELF_CLOSING_KIN: [&str; 10] = [
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead",
];

/// Whether more than `limit` elements of `html` are open at once; stops
/// at the first tag past it. A quick count of start and end tags, not a parse: it may count
/// a little more than a browser would, never much less.
pub fn deeper_than(html: &str, limit: usize) -> bool {
    let bytes = html.as_bytes();
    let mut depth: usize = 0;
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        if rest.first() == Some(&b'/') {
            depth = depth.saturating_sub(1);
            continue;
        }
        let name_len = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !rest[0].is_ascii_alphabetic() {
            continue;
        }
        let name = String::from_utf8_lossy(&rest[..name_len]).to_ascii_lowercase();
        if VOID.contains(&name.as_str()) || SELF_CLOSING_KIN.contains(&name.as_str()) {
            continue;
        }
        let self_closed = memchr::memchr(b'>', rest).is_some_and(|end| rest[..end].ends_with(b"/"));
        if !self_closed {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
    }
    false
}

/// The byte offset of the first line whose quote markers (`>`, spaces
/// between them) nest more than `limit` deep: comrak's time grows with
/// the square of that depth (100 KB of `>` took a minute).
pub fn deep_quote(text: &str, limit: usize) -> Option<usize> {
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let mut depth = 0;
        for b in line.bytes() {
            match b {
                b'>' => depth += 1,
                b' ' | b'\t' => {}
                _ => break,
            }
            if depth > limit {
                return Some(start);
            }
        }
        start += line.len();
    }
    None
}

/// Table cells a body may have. Each costs a few hundred bytes of HTML
/// and as many nodes in the sanitiser, while the Markdown may be two
/// bytes (`1\n` is a row of a table above it): a megabyte of such rows
/// took 5–10 s. A thousand rows of ten columns is more than any event's
/// write-up holds; bigger tables belong in `stats.yaml`.
pub const MAX_TABLE_CELLS: usize = 10_000;

/// The byte offset of the table cell past `limit` in `text`, its tables
/// read as GitHub tables (both engines read them alike). Text without a
/// `|` has no table and is not parsed.
pub fn table_cells_past(text: &str, limit: usize) -> Option<usize> {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    memchr::memchr(b'|', text.as_bytes())?;
    let cells = Parser::new_ext(text, Options::ENABLE_TABLES)
        .into_offset_iter()
        .filter(|(e, _)| matches!(e, Event::Start(Tag::TableCell)));
    cells.map(|(_, range)| range.start).nth(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_cell_past_the_limit() {
        let table = "a|b\n-|-\n1|2\n3\n";
        // a, b, 1, 2, then the row `3`.
        assert_eq!(table_cells_past(table, 4), Some(table.len() - 2));
        assert_eq!(table_cells_past(table, 6), None);
        assert_eq!(table_cells_past(&"1|2\n".repeat(100), 1_000), None);
    }

    #[test]
    fn counts_open_elements() {
        assert!(!deeper_than("<div><p>a<br>b</p></div>", 1));
        assert!(deeper_than(
            "<div><blockquote><em>a</em></blockquote></div>",
            2
        ));
        assert!(!deeper_than("<div></div><div></div><div></div>", 1));
        assert!(!deeper_than(&"<p>a".repeat(10_000), 1));
        assert!(!deeper_than(&"<li>a<br/><img src=x>".repeat(10_000), 1));
        assert!(deeper_than(&"<div>".repeat(MAX_DEPTH + 1), MAX_DEPTH));
        assert!(!deeper_than(&"<div>".repeat(MAX_DEPTH), MAX_DEPTH));
        assert!(!deeper_than("a < b, 3<4 <!-- c --> </x>", 0));
    }

    #[test]
    fn finds_the_line_that_nests_quotes_too_deep() {
        assert_eq!(deep_quote("> a\n> > b\n", 2), None);
        assert_eq!(deep_quote("a\n> > > b\n", 2), Some(2));
        assert_eq!(deep_quote(&">".repeat(100_000), MAX_DEPTH), Some(0));
        assert_eq!(deep_quote("a >>> b\n", 1), None);
    }
}
