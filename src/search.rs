//! The client-side search index, made with Pagefind's Rust API.
//!
//! Why Pagefind: its index is split into small fragments, so a search on a
//! phone downloads tens of kilobytes, not the whole index, however many
//! events the site has; and it stems Russian words («библиотеки» finds
//! «библиотека»), which hand-made indexes and elasticlunr's Russian
//! support do poorly. It is well kept and used by many generators.
//!
//! One record per event (title, summary, body text, library, form,
//! audience, campaign, tags), fed as text rather than as rendered HTML:
//! there is nothing to re-parse. The files land under `pagefind/` in the
//! output; the theme's `search.html` and `letopis.js` query them.

use std::collections::BTreeMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::error::Error;
use crate::markdown::plain_text;
use crate::model::{Event, TaxonomyKind};

/// The folder of the index in the output.
pub const INDEX_DIR: &str = "pagefind";

/// What is indexed about one event.
pub struct Record<'a> {
    pub event: &'a Event,
    /// Its page, under the base path.
    pub url: &'a str,
    pub date_text: &'a str,
    pub summary: &'a str,
}

/// Builds the index; returns (path in the output, bytes) of every file.
pub fn index(records: &[Record<'_>], lang: &str) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .map_err(|e| {
            Error::io(
                "start the search indexer",
                std::path::Path::new(INDEX_DIR),
                e,
            )
        })?;
    runtime
        .block_on(build(records, lang))
        .map_err(|e| Error::Usage(format!("the search index could not be built: {e}")))
}

async fn build(records: &[Record<'_>], lang: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    let config = PagefindServiceConfig::builder()
        .force_language(lang.to_string())
        .build();
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| e.to_string())?;
    for r in records {
        let ev = r.event;
        let mut content = String::with_capacity(ev.body.len() + 256);
        for part in [ev.title.as_str(), r.summary, ev.library.as_str()]
            .into_iter()
            .chain(ev.form.as_deref())
            .chain(ev.campaign.as_deref())
            .chain(ev.audience.iter().map(String::as_str))
            .chain(ev.tags.iter().map(String::as_str))
        {
            content.push_str(part);
            content.push_str(".\n");
        }
        content.push_str(&plain_text(&ev.body));
        let meta = BTreeMap::from([
            ("title".to_string(), ev.title.clone()),
            ("date".to_string(), r.date_text.to_string()),
            ("library".to_string(), ev.library.clone()),
        ]);
        let mut filters = BTreeMap::from([
            ("year".to_string(), vec![ev.year.to_string()]),
            (
                TaxonomyKind::Library.name().to_string(),
                vec![ev.library.clone()],
            ),
        ]);
        if let Some(form) = &ev.form {
            filters.insert(TaxonomyKind::Form.name().to_string(), vec![form.clone()]);
        }
        let sort = BTreeMap::from([("date".to_string(), ev.date.iso_start())]);
        index
            .add_custom_record(
                r.url.to_string(),
                content,
                lang.to_string(),
                Some(meta),
                Some(filters),
                Some(sort),
            )
            .await
            .map_err(|e| format!("{}: {e}", ev.file.display()))?;
    }
    let files = index.get_files().await.map_err(|e| e.to_string())?;
    Ok(files
        .into_iter()
        .map(|f| {
            let name = f.filename.to_string_lossy().replace('\\', "/");
            (format!("{INDEX_DIR}/{name}"), f.contents)
        })
        .collect())
}
