//! Chart blocks in Markdown are drawn while the text is rendered: the
//! model's texts are never rewritten, so nothing made from them (cards,
//! descriptions, feeds, the search index) sees anything but the editor's
//! words.

use std::path::Path;

use crate::common::Site;

/// A one-event site whose event text starts with a chart.
fn chart_first() -> Site {
    let site = Site::new();
    site.event(
        "content/2016/events/itogi.md",
        "title: Итоги года\ndate: 2016-12-20\nlibrary: ЦДБ\nform: встреча",
        "```chart\ntype: bar\ndata: events-by-month\ny: events\n```\n\nБиблиотекари подвели итоги года.\n",
    );
    site
}

/// Every file of `dir`, as text where it is text.
fn texts(dir: &Path) -> Vec<(String, String)> {
    crate::common::tree(dir)
        .into_iter()
        .filter_map(|(path, bytes)| {
            String::from_utf8(bytes)
                .ok()
                .map(|t| (path.display().to_string(), t))
        })
        .collect()
}

#[test]
fn no_placeholder_reaches_any_published_file() {
    let site = chart_first();
    site.build(&[]).ok();
    let leaks: Vec<String> = texts(&site.output())
        .into_iter()
        .filter(|(_, text)| text.contains("LETOPISCHARTBLOCK"))
        .map(|(path, _)| path)
        .collect();
    assert!(leaks.is_empty(), "placeholders in {leaks:?}");
}

#[test]
fn the_summary_is_the_text_after_the_chart() {
    let site = chart_first();
    site.build(&[]).ok();
    let event = site.page("2016/itogi/index.html");
    let description = event.attrs("meta[name=description]", "content");
    assert_eq!(description, ["Библиотекари подвели итоги года."]);
    let og = event.attrs("meta[property='og:description']", "content");
    assert_eq!(og, ["Библиотекари подвели итоги года."]);
    let year = site.page("2016/index.html");
    assert!(
        year.text(".card")
            .contains("Библиотекари подвели итоги года."),
        "{}",
        year.text(".card")
    );
    let feed = std::fs::read_to_string(site.output().join("atom.xml")).expect("feed");
    let doc = roxmltree::Document::parse(&feed).expect("the feed is XML");
    let summary = doc
        .descendants()
        .find(|n| n.has_tag_name("summary"))
        .and_then(|n| n.text())
        .unwrap_or_default();
    assert!(
        summary.ends_with("Библиотекари подвели итоги года."),
        "{summary}"
    );
}

#[test]
fn the_chart_is_drawn_in_its_place() {
    let site = chart_first();
    site.build(&[]).ok();
    let event = site.page("2016/itogi/index.html");
    assert_eq!(event.attrs("figure.chart svg", "role"), ["img"]);
}

#[test]
fn the_search_index_has_the_words_of_the_text_not_of_the_chart() {
    let site = chart_first();
    site.build(&[]).ok();
    let index: Vec<(String, String)> = texts(&site.output().join("search"));
    let all: String = index.into_iter().map(|(_, t)| t).collect();
    assert!(
        all.contains("Библиотекари подвели итоги года."),
        "the excerpt"
    );
    assert!(
        !all.contains("events-by-month"),
        "the chart's YAML is not text"
    );
}
