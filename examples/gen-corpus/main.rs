//! Writes a synthetic Letopis site for benchmarks, and optionally the same
//! corpus as a Hugo site with equivalent templates.
//!
//! ```sh
//! cargo run --release --example gen-corpus -- 10000 /tmp/letopis-10k [--hugo /tmp/hugo-10k]
//! ```
//!
//! N events spread over ten years (2015–2024), 1–3 KB of Russian text each
//! with headings, lists and links; 12 libraries, 14 forms, 6 audiences, 8
//! campaigns, 30 tags; attendance, featured events and fuzzy dates (day
//! ranges, months, quarters, whole years); a `stats.yaml` per year (key
//! indicators with last year, plan and actual, the twelve libraries with
//! their total, events by quarter, four charts; see `stats.rs`). The output
//! depends only on N: a small seeded PRNG of our own keeps it the same on
//! every machine.

mod hugo;
mod stats;
mod text;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use text::{AUDIENCES, CAMPAIGNS, FORMS, LIBRARIES, TAGS, THEMES};

/// The first of the ten years.
const FIRST_YEAR: i32 = 2015;
const YEARS: i32 = 10;

/// SplitMix64: tiny, fast, and the same everywhere — all a corpus needs.
pub struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6c65_746f_7069_7321)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `k` distinct indexes into a list of `n`.
    pub fn distinct(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::with_capacity(k);
        while out.len() < k {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

/// A date as Letopis reads it and the first day, for Hugo.
pub struct Date {
    pub letopis: String,
    pub start: (i32, usize, usize),
}

/// One synthetic event.
pub struct Event {
    pub year: i32,
    pub slug: String,
    pub title: String,
    pub date: Date,
    pub library: usize,
    pub form: usize,
    pub audience: Vec<usize>,
    pub attendance: Option<usize>,
    pub campaign: Option<usize>,
    pub tags: Vec<usize>,
    pub featured: bool,
    pub body: String,
}

fn date(rng: &mut Rng, year: i32) -> Date {
    let m = 1 + rng.below(12);
    let d = 1 + rng.below(27);
    let (letopis, start) = match rng.below(100) {
        0..=79 => (format!("{year}-{m:02}-{d:02}"), (year, m, d)),
        80..=84 => {
            let e = (d + 1 + rng.below(2)).min(28);
            (
                format!("{year}-{m:02}-{d:02}..{year}-{m:02}-{e:02}"),
                (year, m, d),
            )
        }
        85..=91 => (format!("{year}-{m:02}"), (year, m, 1)),
        92..=93 => {
            let m = m.min(11);
            (format!("{year}-{m:02}..{year}-{:02}", m + 1), (year, m, 1))
        }
        94..=96 => {
            let q = 1 + (m - 1) / 3;
            (format!("{year}-Q{q}"), (year, 3 * q - 2, 1))
        }
        _ => (year.to_string(), (year, 1, 1)),
    };
    Date { letopis, start }
}

fn event(rng: &mut Rng, i: usize, n: usize) -> Event {
    let year = FIRST_YEAR + (i * YEARS as usize / n) as i32;
    let form = rng.below(FORMS.len());
    let (theme, stem) = *rng.pick(&THEMES);
    let library = rng.below(LIBRARIES.len());
    let mut title = String::new();
    let mut chars = FORMS[form].chars();
    if let Some(c) = chars.next() {
        title.extend(c.to_uppercase());
        title.push_str(chars.as_str());
    }
    write!(title, " «{theme}»").unwrap();
    let k = 1 + rng.below(2);
    let audience = rng.distinct(AUDIENCES.len(), k);
    let k = 1 + rng.below(3);
    let tags = rng.distinct(TAGS.len(), k);
    let attendance = (rng.below(100) < 85).then(|| 5 + rng.below(300));
    let campaign = (rng.below(4) == 0).then(|| rng.below(CAMPAIGNS.len()));
    let featured = rng.below(20) == 0;
    let date = date(rng, year);
    let target = 1000 + rng.below(2000);
    Event {
        year,
        slug: format!("{stem}-{}", i + 1),
        title,
        date,
        library,
        form,
        audience,
        attendance,
        campaign,
        tags,
        featured,
        body: text::body(rng, LIBRARIES[library], target),
    }
}

/// A YAML flow list of double-quoted strings.
pub fn yaml_list(names: &[&str], items: &[usize]) -> String {
    let quoted: Vec<String> = items.iter().map(|&i| format!("\"{}\"", names[i])).collect();
    format!("[{}]", quoted.join(", "))
}

fn letopis_event(e: &Event) -> String {
    let mut s = String::with_capacity(e.body.len() + 512);
    s.push_str("---\n");
    writeln!(s, "title: \"{}\"", e.title).unwrap();
    writeln!(s, "date: \"{}\"", e.date.letopis).unwrap();
    writeln!(s, "library: \"{}\"", LIBRARIES[e.library]).unwrap();
    writeln!(s, "form: \"{}\"", FORMS[e.form]).unwrap();
    writeln!(s, "audience: {}", yaml_list(&AUDIENCES, &e.audience)).unwrap();
    if let Some(a) = e.attendance {
        writeln!(s, "attendance: {a}").unwrap();
    }
    if let Some(c) = e.campaign {
        writeln!(s, "campaign: \"{}\"", CAMPAIGNS[c]).unwrap();
    }
    writeln!(s, "tags: {}", yaml_list(&TAGS, &e.tags)).unwrap();
    if e.featured {
        s.push_str("featured: true\n");
    }
    s.push_str("---\n");
    s.push_str(&e.body);
    s
}

pub const SITE_TITLE: &str = "Летопись библиотек (синтетический корпус)";
pub const HOME_INTRO: &str = "Синтетическая **летопись** библиотечных событий за десять лет: \
праздники и акции, конкурсы и кружки, встречи и выставки. Корпус создан для замеров скорости.\n";

pub fn year_title(year: i32) -> String {
    format!("{year} год: летопись библиотек")
}

pub fn year_intro(year: i32) -> String {
    format!(
        "В {year} году библиотеки провели **сотни мероприятий** для детей, подростков и семей: \
от громких чтений до городских акций.\n"
    )
}

pub const ABOUT: &str = "Эта страница рассказывает о летописи и о том, кто её ведёт.\n";

fn write_letopis_scaffold(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let site = format!(
        "title: \"{SITE_TITLE}\"\n\
         description: \"Хроника событий двенадцати библиотек за десять лет.\"\n\
         base_url: \"https://letopis.example/\"\n\
         language: ru\n\
         organisation:\n  name: \"МБУ «Библиотеки города»\"\n  email: \"info@letopis.example\"\n"
    );
    std::fs::write(dir.join("site.yaml"), site)?;
    let content = dir.join("content");
    std::fs::create_dir_all(content.join("pages"))?;
    std::fs::write(
        content.join("_index.md"),
        format!("---\ntitle: \"{SITE_TITLE}\"\n---\n{HOME_INTRO}"),
    )?;
    std::fs::write(
        content.join("pages/about.md"),
        format!("---\ntitle: \"О летописи\"\n---\n{ABOUT}"),
    )?;
    for year in FIRST_YEAR..FIRST_YEAR + YEARS {
        let y = content.join(year.to_string());
        std::fs::create_dir_all(y.join("events"))?;
        std::fs::write(
            y.join("_index.md"),
            format!(
                "---\ntitle: \"{}\"\n---\n{}",
                year_title(year),
                year_intro(year)
            ),
        )?;
    }
    Ok(())
}

fn run(n: usize, dir: &Path, hugo_dir: Option<&Path>) -> std::io::Result<()> {
    write_letopis_scaffold(dir)?;
    if let Some(h) = hugo_dir {
        hugo::write_scaffold(h, FIRST_YEAR..FIRST_YEAR + YEARS)?;
    }
    let mut rng = Rng::new(n as u64);
    let mut counts = vec![stats::Counts::default(); YEARS as usize];
    for i in 0..n {
        let e = event(&mut rng, i, n);
        counts[(e.year - FIRST_YEAR) as usize].add(&e);
        let file = dir
            .join("content")
            .join(e.year.to_string())
            .join("events")
            .join(format!("{}.md", e.slug));
        std::fs::write(file, letopis_event(&e))?;
        if let Some(h) = hugo_dir {
            hugo::write_event(h, &e)?;
        }
    }
    for y in stats::years(FIRST_YEAR, &counts) {
        let file = dir.join(format!("content/{}/stats.yaml", y.year));
        std::fs::write(file, stats::letopis(&y))?;
        if let Some(h) = hugo_dir {
            hugo::write_stats(h, y.year, &stats::hugo(&y))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen-corpus N DIR [--hugo DIR2]";
    let (n, dir, hugo_dir) = match args.as_slice() {
        [n, dir] => (n, PathBuf::from(dir), None),
        [n, dir, flag, h] if flag == "--hugo" => (n, PathBuf::from(dir), Some(PathBuf::from(h))),
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let Ok(n) = n.replace('_', "").parse::<usize>() else {
        eprintln!("N must be a whole number of events\n{usage}");
        return ExitCode::from(2);
    };
    for d in std::iter::once(&dir).chain(hugo_dir.as_ref()) {
        if d.exists() {
            eprintln!("{} already exists; give a new folder", d.display());
            return ExitCode::from(2);
        }
    }
    match run(n.max(1), &dir, hugo_dir.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-corpus: {e}");
            ExitCode::FAILURE
        }
    }
}
