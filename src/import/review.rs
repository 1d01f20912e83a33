//! One report through the importer's stages, and the review of it: what
//! was recognised for each event (each field sure or unsure), which
//! paragraphs were skipped and why, and the tables.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::document::{Block, Document, Table};
use super::fields::{Fields, Guess, Recogniser};
use super::find::{stories, Story};
use super::tables::{draft, Outcome as TableOutcome, TableDraft};
use super::write::{free_file, free_slug, stats_text, table_mark, Draft};
use super::Outcome;
use crate::error::{Diagnostic, Error, Message};
use crate::scaffold::create_new as create;

pub struct Context<'a> {
    pub root: &'a Path,
    pub year: i32,
    /// The report's file name.
    pub source: &'a str,
    pub rec: &'a Recogniser,
    /// Of events already in the site (and written by this run).
    pub fingerprints: &'a mut BTreeSet<String>,
}

fn mark<T>(g: &Guess<T>) -> &'static str {
    if g.sure {
        "sure  "
    } else {
        "unsure"
    }
}

fn line<T>(out: &mut String, field: &str, g: Option<&Guess<T>>, show: impl Fn(&T) -> String) {
    let _ = match g {
        Some(g) => writeln!(out, "    {field:<11} {} {}", mark(g), show(&g.value)),
        None => writeln!(out, "    {field:<11} —"),
    };
}

fn fingerprint(text: &str) -> String {
    format!(
        "{:016x}",
        crate::hash::fnv1a(super::document::squeeze(text).as_bytes())
    )
}

/// Finds, writes and reviews the events and tables of `doc`.
pub fn import_document(ctx: Context, doc: &Document, outcome: &mut Outcome) -> Result<(), Error> {
    let mut review = format!("letopis import {} --year {}\n\n", ctx.source, ctx.year);
    let found = stories(doc, ctx.year, ctx.rec);
    let mut taken = Vec::new();
    let mut new_files = Vec::new();
    let _ = writeln!(review, "Events ({}):", found.stories.len());
    for story in &found.stories {
        let fields = ctx.rec.fields(story);
        let print = fingerprint(&format!("{} {}", story.date, story.parts[0].1));
        if !ctx.fingerprints.insert(print.clone()) {
            let _ = writeln!(
                review,
                "  ¶{}: already imported ({}), nothing written",
                story.parts[0].0, fields.title.value
            );
            continue;
        }
        let event = Draft {
            story,
            fields: &fields,
            source: ctx.source,
            fingerprint: print,
        };
        let (rel, photos) = write_event(&ctx, doc, &event, &mut taken, &mut new_files)?;
        if let Some(l) = fields.library.as_ref().filter(|_| fields.unknown_library) {
            outcome.warnings.push(
                Diagnostic::warning(
                    &rel,
                    Message::new("import-unknown-library").arg("library", l.value.as_str()),
                )
                .with_hint(
                    Message::new("import-unknown-library-hint")
                        .arg("source", ctx.source.to_string())
                        .arg("paragraph", story.parts[0].0.to_string()),
                ),
            );
        }
        event_review(&mut review, story, &fields, &rel, &photos);
    }
    let _ = writeln!(review, "\nSkipped paragraphs ({}):", found.skipped.len());
    for (n, text, why) in &found.skipped {
        let _ = writeln!(review, "  ¶{n}: {}: «{}»", why.reason(), short(text));
    }
    tables_review(&ctx, doc, &mut review, &mut new_files)?;
    if new_files.is_empty() {
        let _ = writeln!(
            review,
            "\nNothing new: every event and table of this report is already imported."
        );
    } else {
        let stem = Path::new(ctx.source)
            .file_stem()
            .map_or_else(|| "report".into(), |s| s.to_string_lossy());
        let file = free_file(
            &ctx.root.join("import-review"),
            &format!("{stem}-{}", ctx.year),
            "txt",
        );
        let rel = relative(ctx.root, &file);
        let _ = writeln!(review, "\nThis review: {} (not published)", rel.display());
        create(&file, review.as_bytes())?;
        new_files.push(rel);
    }
    outcome.review.push_str(&review);
    outcome.written.extend(new_files);
    Ok(())
}

fn relative(root: &Path, file: &Path) -> PathBuf {
    file.strip_prefix(root)
        .map_or_else(|_| file.to_path_buf(), Path::to_path_buf)
}

/// Writes one draft (a bundle with its photos if it has any) under a free
/// name; returns its file and photos.
fn write_event(
    ctx: &Context,
    doc: &Document,
    event: &Draft,
    taken: &mut Vec<String>,
    new_files: &mut Vec<PathBuf>,
) -> Result<(PathBuf, Vec<String>), Error> {
    let rel_dir = PathBuf::from("content")
        .join(ctx.year.to_string())
        .join("events");
    let slug = free_slug(&ctx.root.join(&rel_dir), &event.fields.title.value, taken);
    taken.push(slug.clone());
    let photos: Vec<String> = event
        .story
        .images
        .iter()
        .filter(|i| doc.media.contains_key(*i))
        .cloned()
        .collect();
    let rel = if photos.is_empty() {
        rel_dir.join(format!("{slug}.md"))
    } else {
        rel_dir.join(&slug).join("index.md")
    };
    create(&ctx.root.join(&rel), event.text(&photos).as_bytes())?;
    for p in &photos {
        let rel_photo = rel_dir.join(&slug).join(p);
        create(&ctx.root.join(&rel_photo), &doc.media[p])?;
        new_files.push(rel_photo);
    }
    new_files.push(rel.clone());
    Ok((rel, photos))
}

fn event_review(out: &mut String, story: &Story, f: &Fields, rel: &Path, photos: &[String]) {
    let numbers: Vec<String> = story.parts.iter().map(|(n, _)| format!("¶{n}")).collect();
    let _ = writeln!(out, "  {} → {}", numbers.join(" "), rel.display());
    let date = Guess {
        value: story.date,
        sure: story.date_sure,
    };
    line(out, "date", Some(&date), |d| {
        format!("{d}  «{}»", story.date_text)
    });
    line(out, "title", Some(&f.title), String::clone);
    if let Some(name) = &f.name {
        let _ = writeln!(out, "    {:<11} {} «{name}»", "name", mark(&f.title));
    }
    line(out, "library", f.library.as_ref(), |l| {
        if f.unknown_library {
            format!("{l}  (not one of the site's libraries: kept as written; add it to site.yaml, import: libraries:)")
        } else {
            l.clone()
        }
    });
    line(out, "form", f.form.as_ref(), String::clone);
    line(out, "attendance", f.attendance.as_ref(), |a| {
        format!("{}  «{}»", a.count, a.written)
    });
    line(out, "campaign", f.campaign.as_ref(), String::clone);
    if !photos.is_empty() {
        let _ = writeln!(
            out,
            "    {:<11} {}  (write each one's alt: what it shows)",
            "photos",
            photos.join(", ")
        );
    }
}

/// The first 80 characters of a paragraph.
fn short(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// Fingerprints of the tables earlier imports wrote into the year's drafts.
fn imported_tables(dir: &Path) -> BTreeSet<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeSet::new();
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("stats.imported")
        })
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .flat_map(|text| {
            text.lines()
                .filter(|l| l.starts_with("# letopis import:"))
                .filter_map(|l| l.rsplit(' ').next().map(str::to_string))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The title a table's caption gives: «Таблица 1. Акции и циклы года» → «Акции и циклы года».
fn table_title(caption: &str) -> &str {
    caption
        .trim_start_matches(|ch: char| !ch.is_alphabetic())
        .trim_start_matches("Таблица")
        .trim_start_matches(|ch: char| !ch.is_alphabetic())
}

/// One table's draft (with its mark) unless it is skipped or was
/// imported before; its lines of the review go to `lines`.
fn table_draft(
    ctx: &Context,
    table: &Table,
    caption: Option<&str>,
    before: &BTreeSet<String>,
    lines: &mut String,
) -> Option<(String, TableDraft)> {
    let cells: Vec<&str> = table
        .rows
        .iter()
        .flatten()
        .map(|c| c.text.as_str())
        .collect();
    let print = fingerprint(&cells.join("|"));
    match draft(table, caption.map(table_title)) {
        TableOutcome::Skipped(why) => {
            let _ = writeln!(lines, "  table {}: not imported: {why}", table.number);
            None
        }
        TableOutcome::Draft { .. } if before.contains(&print) => {
            let _ = writeln!(lines, "  table {}: already imported", table.number);
            None
        }
        TableOutcome::Draft {
            table: t,
            not_figures,
        } => {
            let _ = writeln!(
                lines,
                "  table {}: «{}», {} rows → id `{}`",
                table.number,
                t.title,
                t.rows.len(),
                t.id
            );
            for (row, col, text) in not_figures {
                let _ = writeln!(
                    lines,
                    "    row «{row}», column {col}: «{text}» is not a figure, left empty (~)"
                );
            }
            Some((table_mark(ctx.source, table.number, &print), t))
        }
    }
}

fn tables_review(
    ctx: &Context,
    doc: &Document,
    out: &mut String,
    new_files: &mut Vec<PathBuf>,
) -> Result<(), Error> {
    let year_dir = ctx.root.join("content").join(ctx.year.to_string());
    let before = imported_tables(&year_dir);
    let mut drafts = Vec::new();
    let mut lines = String::new();
    let mut caption: Option<&str> = None;
    let mut count = 0;
    for block in &doc.blocks {
        match block {
            Block::Para(p) => caption = Some(p.text.as_str()),
            Block::Table(t) => {
                count += 1;
                drafts.extend(table_draft(ctx, t, caption.take(), &before, &mut lines));
            }
        }
    }
    let _ = writeln!(out, "\nTables ({count}):");
    out.push_str(&lines);
    if drafts.is_empty() {
        return Ok(());
    }
    let file = free_file(&year_dir, "stats.imported", "yaml");
    create(&file, stats_text(&drafts).as_bytes())?;
    let rel = relative(ctx.root, &file);
    let _ = writeln!(
        out,
        "  → {} (beside stats.yaml, not over it; not published)",
        rel.display()
    );
    new_files.push(rel);
    Ok(())
}
