//! The search index (`search/` in the output): its files decoded as
//! `search.js` reads them.

use crate::common::Site;
use serde_json::Value;

fn site() -> Site {
    let site = Site::new();
    site.event(
        "content/2016/events/fest.md",
        "title: \"Книгофестиваль «Книги & мир»\"\ndate: 2016-04-04\nlibrary: \"ЦДБ\"\ntags: [Андерсен]",
        "Итоги года.\n\nДевятый раз прошёл праздник.",
    )
    .event(
        "content/2016/events/meet.md",
        "title: \"Встреча с читателями\"\ndate: 2016-05-10\nlibrary: \"Библиотека № 2\"\nsummary: \"Разговор о книгах\"",
        "Читатели принесли любимые книги.",
    )
    .event(
        "content/2017/events/plan.md",
        "title: \"Ёлка\"\ndate: 2017-12-28\nlibrary: \"ЦДБ\"\nsummary: \"Утренник\"",
        "Праздник для детей.",
    );
    site.build(&[]).ok();
    site
}

fn json(site: &Site, rel: &str) -> Value {
    let text = std::fs::read_to_string(site.output().join("search").join(rel))
        .unwrap_or_else(|e| panic!("search/{rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("search/{rel}: {e}"))
}

/// The shard file of a term: its first three characters in hex.
fn shard(site: &Site, term: &str) -> Value {
    let key: String = term.chars().take(3).collect();
    let hex: String = key.bytes().map(|b| format!("{b:02x}")).collect();
    json(site, &format!("t/{hex}.json"))
}

/// (event id, weight) of a term's postings.
fn postings(site: &Site, term: &str) -> Vec<(u64, u64)> {
    let shard = shard(site, term);
    let list = shard[term]
        .as_array()
        .unwrap_or_else(|| panic!("no term {term} in {shard}"));
    let mut id = -1i64;
    list.iter()
        .map(|p| {
            let p = p.as_u64().expect("a number");
            id += (p / 4) as i64;
            (id as u64, p % 4)
        })
        .collect()
}

#[test]
fn events_are_listed_newest_first_with_their_excerpts() {
    let site = site();
    let index = json(&site, "index.json");
    assert_eq!(index["docs"], 3);
    assert_eq!(index["chunk"], 32);
    assert_eq!(index["version"].as_str().map(str::len), Some(16), "{index}");
    let keys = index["shards"].as_array().expect("shard keys");
    assert!(keys.contains(&Value::from("кни")) && keys.contains(&Value::from("елк")));
    assert!(
        keys.windows(2).all(|k| k[0].as_str() < k[1].as_str()),
        "sorted: {keys:?}"
    );
    let docs = json(&site, "d/0.json");
    let titles: Vec<&str> = docs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[1].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Ёлка",
            "Встреча с читателями",
            "Книгофестиваль «Книги & мир»"
        ]
    );
    assert_eq!(
        docs[1],
        serde_json::json!([
            "/2016/meet/",
            "Встреча с читателями",
            "10\u{a0}мая 2016",
            "Библиотека № 2",
            "Разговор о книгах"
        ])
    );
}

#[test]
fn terms_are_stems_weighted_by_where_they_stand() {
    let site = site();
    // In a title (3), a summary or a tag (2), the text (1).
    assert_eq!(postings(&site, "книгофестивал"), [(2, 3)]);
    assert_eq!(postings(&site, "андерс"), [(2, 2)]);
    assert_eq!(postings(&site, "девят"), [(2, 1)]);
    // «Читатели», «читателями»: one stem, the better place counts.
    assert_eq!(postings(&site, "читател"), [(1, 3)]);
    // «книг» (summary) and «книги» (text, title): one stem, id order.
    assert_eq!(postings(&site, "книг"), [(1, 2), (2, 3)]);
    assert_eq!(postings(&site, "праздник"), [(0, 1), (2, 1)]);
    // «Ёлка» is indexed as «елк».
    assert_eq!(postings(&site, "елк"), [(0, 3)]);
}

#[test]
fn the_index_changes_only_with_the_events() {
    let site = site();
    let first = json(&site, "index.json");
    site.build(&[]).ok();
    assert_eq!(json(&site, "index.json"), first);
    site.event(
        "content/2017/events/plan.md",
        "title: \"Ёлка\"\ndate: 2017-12-28\nlibrary: \"ЦДБ\"\nsummary: \"Утренник\"",
        "Праздник для малышей.",
    );
    site.build(&[]).ok();
    assert_ne!(json(&site, "index.json")["version"], first["version"]);
    assert_eq!(postings(&site, "малыш"), [(0, 1)]);
}

#[test]
fn the_search_page_loads_the_client_and_works_as_a_form_without_it() {
    let site = site();
    let page = site.page("search/index.html");
    assert_eq!(page.attrs("#search-results", "id"), ["search-results"]);
    assert_eq!(
        page.attrs("form[role=search]", "action"),
        ["/search/", "/search/"]
    );
    assert_eq!(
        page.attrs("script[src$='search.js']", "src"),
        ["/search.js"]
    );
    assert!(site.output().join("search.js").is_file());
}
