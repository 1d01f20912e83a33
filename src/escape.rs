//! The one escaper for HTML and XML: every template value, every chart
//! label, every feed and sitemap entry goes through it.

/// Escapes text for HTML and XML, content and attribute values alike.
/// (Tera's own escaper also turns `/` into `&#x2F;`, which bloats every
/// URL for no safety gain.) Characters XML 1.0 forbids (control
/// characters, U+FFFE and U+FFFF) are dropped: one in a title made the
/// Atom feeds invalid XML.
///
/// It runs for every value of every page, so runs of safe bytes are
/// copied whole rather than char by char (it was the hottest function of
/// a big build, see BENCHMARKS.md).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            b'\t' | b'\n' | b'\r' => continue,
            0..=0x1f => "",
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
            0xEF if matches!(s.as_bytes().get(i + 1..i + 3), Some([0xBF, 0xBE | 0xBF])) => {
                out.push_str(&s[start..i]);
                // The two bytes after are continuation bytes, skipped by
                // the `continue` below.
                start = i + 3;
                continue;
            }
            _ => continue,
        };
        // `i` is at an ASCII byte, so both slices end on char boundaries.
        out.push_str(&s[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_text_and_drops_control_characters() {
        assert_eq!(
            escape("«Книга» <b>&\"'</b> / ё\u{7}\tконец"),
            "«Книга» &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; / ё\tконец"
        );
        assert_eq!(escape(""), "");
        assert_eq!(escape("&"), "&amp;");
        assert_eq!(escape("а\u{FFFF}б\u{FFFE}в\u{FFFD}"), "абв\u{FFFD}");
    }
}
