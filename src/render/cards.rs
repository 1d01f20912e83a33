//! Event cards in lists, each rendered once per build.
//!
//! 10 000 events appear as about 80 000 cards on list pages: on their
//! year, on each of their terms' pages, on the home page. Rendering the
//! card partial inside every list (and giving every list page the card's
//! whole data) was a third of a build's time. So a list page's context
//! holds only [`Listed`] entries, its template calls `card(id=e.id,
//! level=4)`, which leaves a marker, and after Tera the markers are
//! replaced by the card's HTML: `partials/event_card.html` rendered once
//! per event, the first time a page needs it, with its heading level left
//! open and filled in per use.
//!
//! The markers carry a number chosen at random per build, so text in an
//! event that happens to look like one is never replaced.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::OnceLock;

use memchr::memmem;
use serde::Serialize;
use tera::{Tera, Value};

use super::scratch::PageContext;
use super::views::Card;

/// What a list page knows of an event: enough for a list of links; the
/// card's markup comes from `card()`.
#[derive(Debug, Serialize)]
pub struct Listed<'a> {
    /// For `card(id=...)`.
    pub id: usize,
    pub title: &'a str,
    pub url: &'a str,
}

/// The card partial every list uses.
const PARTIAL: &str = "partials/event_card.html";

/// Rendered cards, and the markers that stand for them in pages.
pub struct Cards {
    /// Finds `LETOPISCARD<nonce>N`: a marker is this, the event's id,
    /// `L`, the heading level and `E` — letters and digits, untouched by
    /// escaping.
    finder: memmem::Finder<'static>,
    /// Stands for the heading level in a cached card.
    level: String,
    /// Per event, its card's HTML in pieces, the heading level between
    /// each two.
    html: Vec<OnceLock<Vec<String>>>,
}

impl Cards {
    pub fn new(events: usize) -> Cards {
        let nonce = RandomState::new().hash_one(events);
        Cards {
            finder: memmem::Finder::new(&format!("LETOPISCARD{nonce:016x}N")).into_owned(),
            level: format!("LETOPISLEVEL{nonce:016x}"),
            html: (0..events).map(|_| OnceLock::new()).collect(),
        }
    }

    /// Registers `card(id=…, level=…)`, which leaves a marker.
    pub fn register(&self, tera: &mut Tera) {
        let prefix = String::from_utf8_lossy(self.finder.needle()).into_owned();
        let events = self.html.len();
        tera.register_function("card", move |args: &HashMap<String, Value>| {
            let id = args
                .get("id")
                .and_then(Value::as_u64)
                .filter(|&id| (id as usize) < events)
                .ok_or_else(|| {
                    tera::Error::msg("card() needs id=<an event's id>, e.g. card(id=e.id)")
                })?;
            let level = match args.get("level") {
                None => 3,
                Some(v) => v.as_u64().filter(|l| (1..=6).contains(l)).ok_or_else(|| {
                    tera::Error::msg("card() needs level=1 to 6, the card title's heading level")
                })?,
            };
            Ok(Value::String(format!("{prefix}{id}L{level}E")))
        });
    }

    /// `html` with every marker replaced by its card, in `out` (or
    /// `html` itself when it has no cards), and whether it had any;
    /// `render` renders the partial for a card not rendered yet.
    pub fn splice<'h>(
        &self,
        html: &'h [u8],
        out: &'h mut Vec<u8>,
        mut render: impl FnMut(usize, &str) -> tera::Result<String>,
    ) -> tera::Result<(&'h [u8], bool)> {
        let Some(first) = self.finder.find(html) else {
            return Ok((html, false));
        };
        out.clear();
        out.reserve(html.len() * 2);
        let prefix = self.finder.needle().len();
        let mut rest = html;
        let mut at = Some(first);
        while let Some(i) = at {
            out.extend_from_slice(&rest[..i]);
            let after = &rest[i + prefix..];
            match parse_marker(after) {
                Some((id, level, tail)) => {
                    if let Some(slot) = self.html.get(id) {
                        let pieces = match slot.get() {
                            Some(pieces) => pieces,
                            None => {
                                let card = render(id, &self.level)?;
                                let pieces = card.split(&self.level).map(String::from).collect();
                                // Another thread may have rendered it
                                // meanwhile: the same bytes, so either
                                // copy will do.
                                let _ = slot.set(pieces);
                                slot.get().map_or(&[][..], Vec::as_slice)
                            }
                        };
                        for (n, piece) in pieces.iter().enumerate() {
                            if n > 0 {
                                out.push(level);
                            }
                            out.extend_from_slice(piece.as_bytes());
                        }
                    }
                    rest = tail;
                }
                None => {
                    // Not one of ours after all: keep the text.
                    out.extend_from_slice(&rest[i..i + prefix]);
                    rest = after;
                }
            }
            at = self.finder.find(rest);
        }
        out.extend_from_slice(rest);
        Ok((out, true))
    }
}

/// `17L4E…` → (17, b'4', "…").
fn parse_marker(text: &[u8]) -> Option<(usize, u8, &[u8])> {
    let digits = text.iter().take_while(|b| b.is_ascii_digit()).count();
    let id = std::str::from_utf8(&text[..digits]).ok()?.parse().ok()?;
    match text[digits..] {
        [b'L', level @ b'0'..=b'9', b'E', ..] => Some((id, level, &text[digits + 3..])),
        _ => None,
    }
}

/// Renders the card partial for `card`, its heading level left as `level`,
/// in `page`'s base context.
pub fn render_partial(
    tera: &Tera,
    page: &mut PageContext,
    card: &Card,
    level: &str,
) -> tera::Result<String> {
    page.insert("e", card);
    page.insert("card_level", level);
    let html = tera.render(PARTIAL, &page.ctx);
    page.clear();
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use tera::Context;

    #[test]
    fn markers_become_cards_with_their_level() {
        let cards = Cards::new(3);
        let mut tera = Tera::default();
        tera.add_raw_template(
            "list",
            "{% for i in ids %}{{ card(id=i, level=4) }}{% endfor %}|{{ card(id=2) }}",
        )
        .unwrap();
        cards.register(&mut tera);
        let mut ctx = Context::new();
        ctx.insert("ids", &[0, 1, 0]);
        let page = tera.render("list", &ctx).unwrap();
        let mut rendered = 0;
        let mut buf = Vec::new();
        let (out, had) = cards
            .splice(page.as_bytes(), &mut buf, |id, level| {
                rendered += 1;
                Ok(format!("<h{level}>{id}</h{level}>"))
            })
            .unwrap();
        assert_eq!(out, b"<h4>0</h4><h4>1</h4><h4>0</h4>|<h3>2</h3>");
        assert!(had);
        assert_eq!(rendered, 3, "each card rendered once");
    }

    #[test]
    fn text_like_a_marker_stays_text() {
        let cards = Cards::new(1);
        let mut buf = Vec::new();
        let fake = b"LETOPISCARD0000000000000000N0L4E";
        let (out, had) = cards
            .splice(fake, &mut buf, |_, _| Ok("card".into()))
            .unwrap();
        assert_eq!(out, fake);
        assert!(!had);
        let mut broken = cards.finder.needle().to_vec();
        broken.extend_from_slice(b"0L44E and more");
        let (out, _) = cards
            .splice(&broken, &mut buf, |_, _| Ok("card".into()))
            .unwrap();
        assert_eq!(out, broken, "{}", String::from_utf8_lossy(out));
    }

    #[test]
    fn bad_arguments_are_template_errors() {
        let cards = Cards::new(1);
        let mut tera = Tera::default();
        tera.add_raw_template("a", "{{ card(id=5) }}").unwrap();
        tera.add_raw_template("b", "{{ card(id=0, level=9) }}")
            .unwrap();
        cards.register(&mut tera);
        for name in ["a", "b"] {
            let err = tera.render(name, &Context::new()).unwrap_err();
            let chain = format!("{err:?}");
            assert!(chain.contains("card() needs"), "{chain}");
        }
    }
}
