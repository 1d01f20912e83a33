//! How well `letopis import` finds the dated events of the fixtures, field
//! by field, against the hand labelling in tests/import/labels.yaml. The
//! figures are printed (`cargo test --test it import_accuracy -- --nocapture`)
//! and recorded in BENCHMARKS.md; the test fails below the issue's
//! targets: 90 % of the events found, 95 % of those with the right date.

use std::collections::BTreeMap;

use crate::common::Site;
use crate::import_site::{events, fixture, import, KARAGANDA, NOVOKUZNETSK};
use letopis::testing::EventFields;

#[derive(Debug, serde::Deserialize)]
struct Label {
    find: String,
    date: serde_yaml::Value,
    library: String,
    name: Option<String>,
    form: Option<String>,
    attendance: Option<u32>,
    campaign: Option<String>,
}

/// Per field: (labelled, found right, written by the importer).
#[derive(Default)]
struct Score(BTreeMap<&'static str, (usize, usize, usize)>);

impl Score {
    /// `label`, `got`: the field's value in the labelling and in the
    /// written event; a field counts where the labelling or the import
    /// sets it.
    fn add(&mut self, field: &'static str, label: Option<&str>, got: Option<&str>) {
        let e = self.0.entry(field).or_default();
        e.0 += usize::from(label.is_some());
        e.2 += usize::from(got.is_some());
        e.1 += usize::from(label.is_some() && label == got);
    }
}

/// The «name» in a title: «Круглый стол «Молодёжь и выборы»» → «Молодёжь и выборы».
fn name_in(title: &str) -> Option<String> {
    let start = title.find('«')?;
    let end = title.rfind('»')?;
    (end > start).then(|| title[start + '«'.len_utf8()..end].to_string())
}

fn yaml_text(v: &serde_yaml::Value) -> String {
    match v {
        serde_yaml::Value::String(s) => s.clone(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

fn score(
    file: &std::path::Path,
    config: &str,
    year: i32,
    args: &[&str],
    labels: &[Label],
    s: &mut Score,
) {
    let site = Site::with_config(config);
    import(&site, &[file], args).ok();
    let shown = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let written: Vec<EventFields> = events(&site, year).into_iter().map(|(_, f)| f).collect();
    let mut used = vec![false; written.len()];
    for label in labels {
        let hit = written
            .iter()
            .enumerate()
            .find(|(i, w)| !used[*i] && w.body.contains(&label.find));
        let got = hit.map(|(i, w)| {
            used[i] = true;
            w
        });
        if got.is_none() {
            eprintln!("{shown}: not found: {}", label.find);
        }
        let date = yaml_text(&label.date);
        s.add(
            "event found",
            Some(&label.find),
            got.map(|_| label.find.as_str()),
        );
        s.add("date", Some(&date), got.map(|g| g.date.as_str()));
        s.add(
            "library",
            Some(&label.library),
            got.and_then(|g| g.library.as_deref()),
        );
        let name = got.and_then(|g| name_in(&g.title));
        s.add("name", label.name.as_deref(), name.as_deref());
        s.add(
            "form",
            label.form.as_deref(),
            got.and_then(|g| g.form.as_deref()),
        );
        let att = got.and_then(|g| g.attendance).map(|a| a.to_string());
        s.add(
            "attendance",
            label.attendance.map(|a| a.to_string()).as_deref(),
            att.as_deref(),
        );
        s.add(
            "campaign",
            label.campaign.as_deref(),
            got.and_then(|g| g.campaign.as_deref()),
        );
    }
    // Events written that no label has: each lowers every field's precision.
    for w in written
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(w, _)| w)
    {
        eprintln!("{shown}: written but not labelled: {}", w.title);
        s.add("event found", None, Some(&w.title));
        s.add("date", None, Some(&w.date));
        s.add("library", None, w.library.as_deref());
        s.add("name", None, name_in(&w.title).as_deref());
        s.add("form", None, w.form.as_deref());
        s.add(
            "attendance",
            None,
            w.attendance.map(|a| a.to_string()).as_deref(),
        );
        s.add("campaign", None, w.campaign.as_deref());
    }
}

fn labels(name: &str) -> BTreeMap<String, Vec<Label>> {
    let text = std::fs::read_to_string(fixture(name)).expect("labels");
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Prints the score's table under `heading`, and adds it to `all`.
fn print(heading: &str, s: &Score, all: &mut Score) {
    println!("\n{heading}: field | labelled | right | written | recall | precision");
    for (field, (l, r, w)) in &s.0 {
        println!(
            "{field} | {l} | {r} | {w} | {:.1} % | {:.1} %",
            100.0 * *r as f64 / (*l).max(1) as f64,
            100.0 * *r as f64 / (*w).max(1) as f64
        );
        let e = all.0.entry(field).or_default();
        *e = (e.0 + l, e.1 + r, e.2 + w);
    }
}

/// The targets: 90 % of the events found, 95 % of those dated right.
fn assert_targets(all: &Score) {
    let (labelled, found, _) = all.0["event found"];
    let (_, right_date, _) = all.0["date"];
    assert!(
        found * 100 >= labelled * 90,
        "found {found} of {labelled} events"
    );
    assert!(
        right_date * 100 >= found * 95,
        "right date for {right_date} of {found} found events"
    );
}

const NOVOKUZNETSK_ARGS: &[&str] = &["--year", "2016", "--library", "МБУ «МИБС» г. Новокузнецка"];

#[test]
fn import_finds_the_labelled_events() {
    let labels = labels("labels.yaml");
    let mut all = Score::default();
    for ext in ["docx", "odt"] {
        let mut s = Score::default();
        let file = fixture(&format!("novokuznetsk-2016.{ext}"));
        score(
            &file,
            NOVOKUZNETSK,
            2016,
            NOVOKUZNETSK_ARGS,
            &labels["novokuznetsk-2016"],
            &mut s,
        );
        let file = fixture(&format!("karaganda-2023.{ext}"));
        score(
            &file,
            KARAGANDA,
            2023,
            &["--year", "2023"],
            &labels["karaganda-2023"],
            &mut s,
        );
        print(&format!(".{ext}"), &s, &mut all);
    }
    assert_targets(&all);
}

/// The real report text of the seeds, which the importer was not written
/// against; the seeds are outside the repository, hence `--ignored`.
#[test]
#[ignore = "needs ../shared/seeds: cargo test --test import_accuracy -- --ignored --nocapture"]
fn import_finds_the_labelled_events_of_the_real_report() {
    let labels = labels("labels-seeds.yaml");
    let name = "report-2016-novokuznetsk-children-part1";
    let file = crate::common::repo_root().join(format!("../../shared/seeds/{name}.txt"));
    let file = if file.exists() {
        file
    } else {
        crate::common::repo_root().join(format!("../shared/seeds/{name}.txt"))
    };
    assert!(file.exists(), "{} is missing", file.display());
    let mut s = Score::default();
    score(
        &file,
        NOVOKUZNETSK,
        2016,
        NOVOKUZNETSK_ARGS,
        &labels[name],
        &mut s,
    );
    let mut all = Score::default();
    print("seed .txt", &s, &mut all);
    assert_targets(&all);
}
