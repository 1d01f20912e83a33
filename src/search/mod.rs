//! The search index: static files the theme's `search.js` queries.
//!
//! Why our own index and not Pagefind (which it replaced): Pagefind kept
//! every page's fragment and the whole word index in memory and gzipped
//! its files at the highest level — 80 % of a 10 000-event build and a
//! 1.4 GB peak. This index is made in one parallel pass over the events'
//! text, holds only the postings (four bytes per word per event), and is
//! written as plain JSON, which static hosts compress themselves.
//!
//! A search still downloads little, however large the site: the terms are
//! split into shards by their first three characters, one small file per
//! query word, and the events' titles and excerpts into chunks of
//! [`CHUNK`], fetched only for the results shown. Under `search/`:
//!
//! - `index.json`: `{"version": …, "docs": N, "chunk": 32, "shards":
//!   [key, …]}`. The browser fetches it fresh and adds the version to the
//!   other files' addresses, so a cache never mixes two builds; the keys
//!   spare it requests for shards that do not exist.
//! - `t/<key>.json`, the key's characters in hex: `{"term": [posting, …]}`
//!   for the terms starting with the key (see [`words`]): its first three
//!   letters, and one more letter at a time for shards over 64 KB, whose
//!   own file then keeps only the term equal to the key. A posting is the
//!   event's id minus the previous posting's (the first counts from −1),
//!   times 4, plus the weight of the best place the term is in: 3 the
//!   title, 2 the summary or a taxonomy term, 1 the text.
//! - `d/<n>.json`: events `n × CHUNK …` as `[url, title, date, library,
//!   excerpt]`.
//!
//! Event ids are positions in the records given, newest event first, so
//! equal scores list the newest first.

mod words;

use std::borrow::Cow;
use std::collections::BTreeMap;

use rayon::prelude::*;

use crate::error::Error;
use crate::hash::{fnv1a, fnv1a_more, WordMap};
use crate::markdown::{plain_text, shorten};
use crate::model::Event;
use crate::write::Sink;
use words::{shard_key, split, Stemmers};

/// The folder of the index in the output.
const INDEX_DIR: &str = "search";

/// The folders of its shards: which files there are depends on the words
/// of all events, so a file may no longer be made after an edit.
pub const SHARD_DIRS: [&str; 2] = ["search/t", "search/d"];

/// Events per file of titles and excerpts.
const CHUNK: usize = 32;

/// Excerpts are cut at a word boundary before this many characters.
const EXCERPT_CHARS: usize = 240;

/// A shard bigger than this is split by one more letter of its terms.
const SHARD_BYTES: usize = 64 * 1024;

/// Keys are at most this long: a shard of terms sharing six letters is
/// left whole, however big.
const MAX_KEY_CHARS: usize = 6;

/// Shards are built in this many groups in parallel (by a hash of the key).
const BUCKETS: usize = 64;

/// What is indexed about one event.
pub struct Record<'a> {
    pub event: &'a Event,
    /// Its page, under the base path.
    pub url: &'a str,
    pub date_text: &'a str,
    pub summary: &'a str,
}

impl Record<'_> {
    /// The texts searched, with their weights.
    fn fields(&self, body: &str, mut f: impl FnMut(&str, u32)) {
        let ev = self.event;
        f(&ev.title, 3);
        for text in [self.summary, ev.library.as_str()]
            .into_iter()
            .chain(ev.form.as_deref())
            .chain(ev.campaign.as_deref())
            .chain(ev.audience.iter().map(String::as_str))
            .chain(ev.tags.iter().map(String::as_str))
        {
            f(text, 2);
        }
        f(body, 1);
    }
}

/// Writes the index of `records` (newest first) into `out`; returns the
/// number of files.
pub fn index(records: &[Record<'_>], out: &dyn Sink) -> Result<usize, Error> {
    let shards: Vec<(String, String, u64)> = shards(records)
        .into_par_iter()
        .map(|bucket| write_shards(&bucket, out))
        .collect::<Result<Vec<_>, Error>>()?
        .into_iter()
        .flatten()
        .collect();
    let mut keys: Vec<&str> = shards.iter().map(|(key, _, _)| key.as_str()).collect();
    keys.sort_unstable();
    let mut files: Vec<(String, u64)> = shards
        .iter()
        .map(|(_, name, hash)| (name.clone(), *hash))
        .collect();
    files.extend(
        records
            .par_chunks(CHUNK)
            .enumerate()
            .map(|(n, chunk)| write_docs(n, chunk, out))
            .collect::<Result<Vec<_>, Error>>()?,
    );
    files.sort();
    let version = files.iter().fold(fnv1a(b""), |h, (name, hash)| {
        fnv1a_more(fnv1a_more(h, name.as_bytes()), &hash.to_le_bytes())
    });
    let manifest = serde_json::json!({
        "version": format!("{version:016x}"),
        "docs": records.len(),
        "chunk": CHUNK,
        "shards": keys,
    });
    out.write(
        &format!("{INDEX_DIR}/index.json"),
        manifest.to_string().as_bytes(),
    )?;
    Ok(files.len() + 1)
}

/// Terms and their postings (id × 4 + weight, ids ascending), for the
/// terms of one group of shards.
type Postings = Vec<(String, Vec<u32>)>;

/// The postings of every term, in [`BUCKETS`] groups, each holding whole
/// shards, each in parts by slices of the records in id order.
fn shards(records: &[Record<'_>]) -> Vec<Vec<Postings>> {
    // Few large slices: each keeps its own copy of the terms it meets.
    let per_slice = records
        .len()
        .div_ceil(4 * rayon::current_num_threads())
        .max(256);
    let slices: Vec<Vec<Postings>> = records
        .par_chunks(per_slice)
        .enumerate()
        .map(|(s, slice)| postings(s * per_slice, slice))
        .collect();
    // Transposed: per bucket, its part of each slice.
    let mut buckets: Vec<Vec<Postings>> = (0..BUCKETS).map(|_| Vec::new()).collect();
    for slice in slices {
        for (b, part) in slice.into_iter().enumerate() {
            buckets[b].push(part);
        }
    }
    buckets
}

/// The postings of `slice`, whose first record has id `first`, by bucket.
fn postings(first: usize, slice: &[Record<'_>]) -> Vec<Postings> {
    let stemmers = Stemmers::default();
    // Terms by number here; word → term number, since most words recur
    // and stemming is the costly part.
    let mut terms: Vec<(String, Vec<u32>)> = Vec::new();
    let mut numbers: WordMap<String, u32> = WordMap::default();
    let mut words: WordMap<String, u32> = WordMap::default();
    // (term number, weight) of one event.
    let mut doc: Vec<(u32, u32)> = Vec::new();
    for (k, record) in slice.iter().enumerate() {
        let id = u32::try_from(first + k).unwrap_or(u32::MAX >> 2);
        let body = plain_text(&record.event.body);
        record.fields(&body, |text, weight| {
            split(text, |word| {
                let number = match words.get(word) {
                    Some(&n) => n,
                    None => {
                        let term = stemmers.term(word);
                        let n = match numbers.get(term) {
                            Some(&n) => n,
                            None => {
                                let n = u32::try_from(terms.len()).unwrap_or(u32::MAX);
                                terms.push((term.to_string(), Vec::new()));
                                numbers.insert(term.to_string(), n);
                                n
                            }
                        };
                        words.insert(word.to_string(), n);
                        n
                    }
                };
                doc.push((number, weight));
            });
        });
        // Each term once, with its best weight.
        doc.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        doc.dedup_by_key(|(n, _)| *n);
        for (n, weight) in doc.drain(..) {
            terms[n as usize].1.push(id << 2 | weight);
        }
    }
    let mut buckets: Vec<Postings> = (0..BUCKETS).map(|_| Postings::new()).collect();
    for (term, ids) in terms {
        buckets[bucket(shard_key(&term))].push((term, ids));
    }
    buckets
}

fn bucket(key: &str) -> usize {
    // The remainder is below BUCKETS, so it fits.
    (fnv1a(key.as_bytes()) % BUCKETS as u64) as usize
}

/// Merges one bucket's parts and writes its shards; returns (key, file,
/// hash) of each.
fn write_shards(parts: &[Postings], out: &dyn Sink) -> Result<Vec<(String, String, u64)>, Error> {
    let mut terms: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for part in parts {
        for (term, ids) in part {
            terms.entry(term.as_str()).or_default().extend(ids);
        }
    }
    let mut groups: BTreeMap<&str, Vec<(&str, &[u32])>> = BTreeMap::new();
    for (term, postings) in &terms {
        groups
            .entry(shard_key(term))
            .or_default()
            .push((term, postings.as_slice()));
    }
    let mut shards = Vec::new();
    for (key, group) in groups {
        split_shard(key, &group, &mut shards);
    }
    shards
        .into_iter()
        .map(|(key, json)| {
            let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
            let name = format!("{}/{hex}.json", SHARD_DIRS[0]);
            out.write(&name, json.as_bytes())?;
            Ok((key, name, fnv1a(json.as_bytes())))
        })
        .collect()
}

/// The shard of `key` holding `terms` (which all start with it), or, if it
/// would be over [`SHARD_BYTES`], the key's own term alone and the rest in
/// shards of one more letter: «под» becomes «подг», «подд», «подо»…, so a
/// query word loads only the shards on its path (see `search.js`).
fn split_shard(key: &str, terms: &[(&str, &[u32])], shards: &mut Vec<(String, String)>) {
    let chars = key.chars().count();
    if encoded_len(terms) <= SHARD_BYTES || chars >= MAX_KEY_CHARS {
        shards.push((key.to_string(), encode(terms)));
        return;
    }
    let (own, longer): (Vec<_>, Vec<_>) = terms.iter().partition(|(t, _)| *t == key);
    if !own.is_empty() {
        shards.push((key.to_string(), encode(&own)));
    }
    let mut groups: BTreeMap<&str, Vec<(&str, &[u32])>> = BTreeMap::new();
    for (term, postings) in longer {
        let sub = match term.char_indices().nth(chars + 1) {
            Some((end, _)) => &term[..end],
            None => term,
        };
        groups.entry(sub).or_default().push((term, postings));
    }
    for (sub, group) in groups {
        split_shard(sub, &group, shards);
    }
}

/// The postings of one term as written: each id as the difference from
/// the previous one (the first from −1), times 4, plus the weight.
fn deltas(postings: &[u32]) -> impl Iterator<Item = u64> + '_ {
    let mut previous: i64 = -1;
    postings.iter().map(move |&posting| {
        let id = i64::from(posting >> 2);
        // Ids ascend, so the difference is at least 1.
        let delta = (id - previous).unsigned_abs() << 2 | u64::from(posting & 3);
        previous = id;
        delta
    })
}

/// The length of [`encode`]'s result, without making it: shards too big
/// are split before they are written.
fn encoded_len(terms: &[(&str, &[u32])]) -> usize {
    let digits = |n: u64| n.checked_ilog10().unwrap_or(0) as usize + 1;
    // `{`, `}` and, per term, `"term":[` `]` and the commas.
    2 + terms
        .iter()
        .map(|(term, postings)| {
            term.len()
                + 5
                + postings.len().saturating_sub(1)
                + deltas(postings).map(digits).sum::<usize>()
        })
        .sum::<usize>()
        + terms.len().saturating_sub(1)
}

/// `{"term":[posting,…],…}` (see the module's documentation).
fn encode(terms: &[(&str, &[u32])]) -> String {
    use std::fmt::Write;
    let mut json = String::with_capacity(encoded_len(terms));
    json.push('{');
    for (n, (term, postings)) in terms.iter().enumerate() {
        if n > 0 {
            json.push(',');
        }
        // Terms are letters and digits only (see `words::split`): nothing
        // in them needs escaping in a JSON string.
        json.push('"');
        json.push_str(term);
        json.push_str("\":[");
        for (i, delta) in deltas(postings).enumerate() {
            if i > 0 {
                json.push(',');
            }
            // Writing into a String cannot fail.
            let _ = write!(json, "{delta}");
        }
        json.push(']');
    }
    json.push('}');
    json
}

/// Writes the titles and excerpts of chunk `n`.
fn write_docs(n: usize, chunk: &[Record<'_>], out: &dyn Sink) -> Result<(String, u64), Error> {
    let docs: Vec<(&str, &str, &str, &str, Cow<str>)> = chunk
        .iter()
        .map(|r| {
            (
                r.url,
                r.event.title.as_str(),
                r.date_text,
                r.event.library.as_str(),
                shorten(r.summary, EXCERPT_CHARS),
            )
        })
        .collect();
    // Strings and arrays only: serialising cannot fail.
    let json = serde_json::to_vec(&docs).unwrap_or_default();
    let name = format!("{}/{n}.json", SHARD_DIRS[1]);
    out.write(&name, &json)?;
    Ok((name, fnv1a(&json)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_shards_split_by_one_more_letter_and_keep_every_term() {
        let long: Vec<u32> = (0..20_000).map(|id| id << 2 | 1).collect();
        let terms: Vec<(&str, &[u32])> = [
            "под",
            "подарок",
            "подготовк",
            "подготовлен",
            "подход",
            "подвиг",
        ]
        .iter()
        .map(|t| (*t, long.as_slice()))
        .collect();
        let mut shards = Vec::new();
        split_shard("под", &terms, &mut shards);
        let keys: Vec<&str> = shards.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["под", "пода", "подв", "подгот", "подх"]);
        let mut seen: Vec<String> = Vec::new();
        for (key, json) in &shards {
            let map: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(json).unwrap();
            for term in map.keys() {
                assert!(term.starts_with(key.as_str()), "{term} in {key}");
                seen.push(term.clone());
            }
        }
        seen.sort();
        let mut all: Vec<&str> = terms.iter().map(|(t, _)| *t).collect();
        all.sort();
        assert_eq!(seen, all);
        // Small shards stay whole.
        let mut small = Vec::new();
        split_shard(
            "под",
            &terms[..2]
                .iter()
                .map(|(t, _)| (*t, &long[..3]))
                .collect::<Vec<_>>(),
            &mut small,
        );
        assert_eq!(small.len(), 1);
    }

    #[test]
    fn postings_are_written_as_differences_and_measured_exactly() {
        // (id << 2 | weight) for ids 0, 1, 10 and 1 000 000.
        let a = [3, 1 << 2 | 1, 10 << 2 | 2, 1_000_000 << 2 | 1];
        let b = [7 << 2 | 1];
        let terms: Vec<(&str, &[u32])> = vec![("книг", &a), ("кни", &b)];
        let json = encode(&terms);
        assert_eq!(json, r#"{"книг":[7,5,38,3999961],"кни":[33]}"#);
        assert_eq!(encoded_len(&terms), json.len());
        for terms in [vec![], vec![("a", &[][..])], vec![("ab", &b[..])]] {
            assert_eq!(encoded_len(&terms), encode(&terms).len(), "{terms:?}");
        }
    }
}
