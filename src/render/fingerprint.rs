//! Pages rendered again only when what they are made from changed.
//!
//! A page is a pure function of the theme (templates, UI strings), the
//! base context, the page's own context and — for list pages — the cards
//! it shows. Each build records, for every page, a hash of its own
//! context and whether it showed cards; the next build hashes the context
//! it has made for the page (Markdown rendered, links checked: the
//! warnings stay the same) and, when it matches and nothing site-wide
//! changed, takes the page from the previous output instead of running
//! the templates and writing it. With nothing changed that skips four
//! fifths of a rebuild's rendering; an edit to one event's text renders
//! its page and the lists, not the other pages.
//!
//! The record is written into the output's marker file
//! (`.letopis-output`) before the output is swapped in, so it always
//! describes the pages beside it, and two builds of the same sources
//! still give byte-identical outputs. An output without a record (a first
//! build, an older version's) has every page rendered.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;
use tera::Context;

use super::scratch::PageContext;
use super::Renderer;
use crate::error::Error;
use crate::theme::Theme;
use crate::write::Sink;

/// What a page was made from: a hash of its own context, and whether its
/// HTML had cards (whose content comes from other events).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageMark {
    pub context: u64,
    pub cards: bool,
}

/// Every page of one output and the site-wide hashes they were made with.
#[derive(Debug, Default)]
pub struct Fingerprints {
    /// The theme, the base context, the addresses of all pages.
    pub site: u64,
    /// Every event's card.
    pub cards: u64,
    pub pages: HashMap<String, PageMark>,
}

/// The line that starts the record in the marker.
const RECORD: &str = "letopis-pages";

/// What identifies this binary: a hash of the source code, the embedded
/// theme and the locked dependencies, made by `build.rs`. Any change to
/// them changes it.
pub const BUILD_ID: &str = env!("LETOPIS_BUILD_ID");

impl Fingerprints {
    /// The record in the marker of the output at `output`, if any.
    pub fn load(output: &Path) -> Option<Fingerprints> {
        let text = std::fs::read_to_string(output.join(crate::write::MARKER)).ok()?;
        let mut lines = text.lines().skip_while(|l| !l.starts_with(RECORD));
        let mut header = lines.next()?.split(' ').skip(1);
        // Pages made by another binary are never taken: its code may
        // render them otherwise.
        if header.next()? != BUILD_ID {
            return None;
        }
        let site = u64::from_str_radix(header.next()?, 16).ok()?;
        let cards = u64::from_str_radix(header.next()?, 16).ok()?;
        let mut pages = HashMap::new();
        for line in lines {
            let mut parts = line.splitn(3, ' ');
            let context = u64::from_str_radix(parts.next()?, 16).ok()?;
            let cards = parts.next()? == "1";
            pages.insert(parts.next()?.to_string(), PageMark { context, cards });
        }
        Some(Fingerprints { site, cards, pages })
    }

    /// The marker's text with this record below it.
    pub fn marker(&self) -> String {
        use std::fmt::Write as _;
        let mut text = String::with_capacity(128 + self.pages.len() * 64);
        text.push_str(crate::write::MARKER_TEXT);
        let mut pages: Vec<_> = self.pages.iter().collect();
        pages.sort_unstable_by(|a, b| a.0.cmp(b.0));
        // Writing into a String cannot fail.
        let _ = writeln!(
            text,
            "{RECORD} {BUILD_ID} {:016x} {:016x}",
            self.site, self.cards
        );
        for (file, mark) in pages {
            let cards = u8::from(mark.cards);
            let _ = writeln!(text, "{:016x} {cards} {file}", mark.context);
        }
        text
    }

    /// Whether the page `file`, whose context now hashes to `context`, is
    /// unchanged since this record; `cards` is the hash of every card
    /// now, asked only for pages that had cards.
    pub fn unchanged(&self, file: &str, site: u64, context: u64, cards: impl Fn() -> u64) -> bool {
        self.site == site
            && self
                .pages
                .get(file)
                .is_some_and(|m| m.context == context && (!m.cards || self.cards == cards()))
    }
}

/// Whether rendering records what pages are made from.
pub enum Incremental {
    /// Every page rendered, nothing recorded: `check`, and `serve`, which
    /// knows what an edit touched.
    RenderAll,
    /// Pages recorded, and those unchanged since the previous record (of
    /// the output being replaced) taken from that output.
    Record(Option<Fingerprints>),
}

/// The previous output's record and this build's, while pages render.
pub struct Record {
    previous: Option<Fingerprints>,
    pages: Mutex<HashMap<String, PageMark>>,
    /// The hash of every card, made when first needed.
    cards: OnceLock<u64>,
}

/// The hash of what every page is made from besides its own context: the
/// theme's templates and strings, the base context, and which page each
/// source file is (links between pages are resolved with it), and the
/// values of the variables templates may read.
pub fn site_hash(
    theme: &Theme,
    base: &Context,
    files: &[(PathBuf, String)],
    env: &super::env::Allowed,
) -> u64 {
    let mut h = hasher();
    for t in &theme.templates {
        t.name.hash(&mut h);
        t.text.hash(&mut h);
    }
    let mut strings: Vec<String> = theme
        .strings
        .iter()
        .map(|(k, v)| format!("{k}={v:?}"))
        .collect();
    strings.sort_unstable();
    strings.hash(&mut h);
    // A Context of plain values: serialising cannot fail.
    let _ = serde_json::to_writer(HashWriter(&mut h), &base.clone().into_json());
    files.hash(&mut h);
    // A template may print a `template_env:` variable: a new value is a
    // new page.
    env.hash_into(&mut h);
    h.finish()
}

impl Renderer<'_> {
    /// Records what each page is made from, and takes pages unchanged
    /// since `previous` from the output it describes.
    pub fn record_pages(&mut self, previous: Option<Fingerprints>) {
        self.record = Some(Record {
            previous,
            pages: Mutex::default(),
            cards: OnceLock::new(),
        });
    }

    /// This build's record, if pages were recorded.
    pub fn into_record(self) -> Option<Fingerprints> {
        self.record.as_ref()?;
        let cards = self.cards_hash();
        let record = self.record?;
        Some(Fingerprints {
            site: self.site_hash,
            cards,
            pages: record.pages.into_inner().unwrap_or_else(|e| e.into_inner()),
        })
    }

    /// The hash of a page's own context.
    pub(super) fn context_hash(&self, page: &PageContext) -> u64 {
        let mut h = hasher();
        page.hash_into(&mut h);
        h.finish()
    }

    /// Takes `file` from the previous output if it was made from the same
    /// inputs; true if it did (and noted it in this build's record).
    pub(super) fn take_unchanged(
        &self,
        file: &str,
        context: u64,
        out: &dyn Sink,
    ) -> Result<bool, Error> {
        let Some(record) = &self.record else {
            return Ok(false);
        };
        let Some(previous) = &record.previous else {
            return Ok(false);
        };
        if !previous.unchanged(file, self.site_hash, context, || self.cards_hash())
            || !out.reuse(file)?
        {
            return Ok(false);
        }
        let cards = previous.pages.get(file).is_some_and(|m| m.cards);
        self.note_page(file.to_string(), context, cards);
        Ok(true)
    }

    /// Notes in this build's record what `file` was made from.
    pub(super) fn note_page(&self, file: String, context: u64, cards: bool) {
        if let Some(record) = &self.record {
            let mut pages = record.pages.lock().unwrap_or_else(|e| e.into_inner());
            pages.insert(file, PageMark { context, cards });
        }
    }

    /// The hash of every event's card, in event order.
    fn cards_hash(&self) -> u64 {
        let Some(record) = &self.record else {
            return 0;
        };
        *record.cards.get_or_init(|| {
            let each: Vec<u64> = (0..self.site.events.len())
                .into_par_iter()
                .map(|i| {
                    let mut h = hasher();
                    // A card is strings and numbers: serialising cannot fail.
                    let _ = serde_json::to_writer(HashWriter(&mut h), self.card(i));
                    h.finish()
                })
                .collect();
            let mut h = hasher();
            each.hash(&mut h);
            h.finish()
        })
    }
}

/// A hasher fed by serialisers: `serde_json::to_writer(HashWriter(&mut h), v)`.
/// SipHash with fixed keys: a different Rust may hash differently, which
/// only means pages rendered again.
pub struct HashWriter<'h>(pub &'h mut DefaultHasher);

impl Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Feeds a template value to `h`: its shape and contents, without
/// printing it as JSON first (escaping every string was most of the
/// cost of recording a page).
pub fn hash_value(value: &tera::Value, h: &mut DefaultHasher) {
    use tera::Value;
    match value {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => (2u8, n).hash(h),
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(items) => {
            (4u8, items.len()).hash(h);
            for item in items {
                hash_value(item, h);
            }
        }
        Value::Object(map) => {
            (5u8, map.len()).hash(h);
            for (key, item) in map {
                key.hash(h);
                hash_value(item, h);
            }
        }
    }
}

/// A hasher seeded with this build of Letopis: another build renders
/// every page again.
pub fn hasher() -> DefaultHasher {
    let mut h = DefaultHasher::new();
    BUILD_ID.hash(&mut h);
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_read_back_from_the_marker() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path();
        assert!(Fingerprints::load(output).is_none(), "no marker");
        let marker = output.join(crate::write::MARKER);
        std::fs::write(&marker, crate::write::MARKER_TEXT).unwrap();
        assert!(
            Fingerprints::load(output).is_none(),
            "an older version's marker"
        );
        let mut fp = Fingerprints {
            site: 1,
            cards: 2,
            ..Default::default()
        };
        let mark = PageMark {
            context: 3,
            cards: true,
        };
        let page = "2024/kniga v gostyakh/index.html";
        fp.pages.insert(page.into(), mark);
        std::fs::write(&marker, fp.marker()).unwrap();
        let back = Fingerprints::load(output).expect("the record");
        assert_eq!(back.pages, fp.pages);
        assert!(back.unchanged(page, 1, 3, || 2));
        assert!(!back.unchanged(page, 1, 3, || 9), "cards changed");
        assert!(!back.unchanged(page, 5, 3, || 2), "site changed");
        assert!(!back.unchanged(page, 1, 4, || 2), "context changed");
        assert!(!back.unchanged("index.html", 1, 3, || 2), "not recorded");
        let other = fp.marker().replace(BUILD_ID, "0123456789abcdef");
        std::fs::write(&marker, other).unwrap();
        assert!(
            Fingerprints::load(output).is_none(),
            "another binary's record is not taken"
        );
    }

    #[test]
    fn values_hash_by_shape_and_content() {
        let hash = |v: serde_json::Value| {
            let mut h = hasher();
            hash_value(&v, &mut h);
            h.finish()
        };
        let values = [
            serde_json::json!(null),
            serde_json::json!(""),
            serde_json::json!("a"),
            serde_json::json!(["a"]),
            serde_json::json!([["a"]]),
            serde_json::json!(["a", ""]),
            serde_json::json!(["", "a"]),
            serde_json::json!({"a": ""}),
            serde_json::json!({"": "a"}),
            serde_json::json!(1),
            serde_json::json!(1.0),
            serde_json::json!("1"),
            serde_json::json!(true),
        ];
        let hashes: std::collections::HashSet<u64> = values.iter().cloned().map(hash).collect();
        assert_eq!(hashes.len(), values.len(), "every value hashes apart");
        assert_eq!(
            hash(serde_json::json!({"a": [1, "б"]})),
            hash(serde_json::json!({"a": [1, "б"]}))
        );
    }
}
