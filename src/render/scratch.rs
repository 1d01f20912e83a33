//! What a rendering thread keeps from one page to the next.
//!
//! Every page's context starts from the same base (the site's settings
//! and navigation). Cloning that base for each of 10 000 pages, and
//! dropping it after, cost 4 % of a build; so each thread clones it once
//! and removes only what a page added. Pages are rendered into a buffer
//! kept the same way, which also skips Tera's check that its own output
//! is UTF-8.

use serde::Serialize;
use tera::Context;

/// The base context plus one page's keys, which [`PageContext::clear`]
/// takes away again.
pub struct PageContext {
    pub ctx: Context,
    added: Vec<&'static str>,
}

impl PageContext {
    /// Adds a page's own key. Page keys never shadow base keys (a debug
    /// build checks), so removing them restores the base.
    pub fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        debug_assert!(
            self.added.contains(&key) || !self.ctx.contains_key(key),
            "page key `{key}` shadows a base key"
        );
        self.ctx.insert(key, value);
        self.added.push(key);
    }

    /// Feeds the page's own keys and values to `h`.
    pub fn hash_into(&self, h: &mut std::hash::DefaultHasher) {
        use std::hash::Hash;
        for key in &self.added {
            key.hash(h);
            if let Some(value) = self.ctx.get(key) {
                super::fingerprint::hash_value(value, h);
            }
        }
    }

    /// Back to the base context.
    pub fn clear(&mut self) {
        for key in self.added.drain(..) {
            self.ctx.remove(key);
        }
    }
}

/// One thread's context and buffers.
pub struct Scratch {
    pub page: PageContext,
    /// The page as Tera rendered it.
    pub html: Vec<u8>,
    /// The page with its cards in, when it has any.
    pub spliced: Vec<u8>,
}

impl Scratch {
    pub fn new(base: &Context) -> Scratch {
        Scratch {
            page: PageContext {
                ctx: base.clone(),
                added: Vec::new(),
            },
            html: Vec::new(),
            spliced: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clear_restores_the_base() {
        let mut base = Context::new();
        base.insert("site", "Летопись");
        let mut s = Scratch::new(&base);
        s.page.insert("event", "Книжкина неделя");
        s.page.insert("event", "Неделя детской книги");
        assert!(s.page.ctx.contains_key("event"));
        s.page.clear();
        assert!(!s.page.ctx.contains_key("event"));
        assert_eq!(s.page.ctx.get("site"), base.get("site"));
    }
}
