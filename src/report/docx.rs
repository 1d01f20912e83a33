//! The report as a DOCX for editing in Word and LibreOffice, from the same
//! [`Document`] as the PDF: Word's own heading styles (so its navigation
//! pane and contents field work), real tables with merged header cells,
//! charts as PNG pictures drawn from the site's SVG with their figures in
//! a table below.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts,
    Style, StyleType, Table, TableCell, TableOfContents, TableRow, VMergeType,
};

use super::document::{ChartDoc, Document, EventDoc, Mention, TableDoc};
use super::grid::{header_grid, Slot};
use super::text::{Block, BlockKind};
use super::ReportError;

/// The DOCX's custom property naming its maker.
const MAKER: &str = "Generator";

/// Whether `bytes` are a DOCX Letopis made: a ZIP whose custom properties
/// name Letopis as its generator.
pub fn is_ours(bytes: &[u8]) -> bool {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return false;
    };
    let Ok(mut props) = zip.by_name("docProps/custom.xml") else {
        return false;
    };
    let mut text = String::new();
    std::io::Read::read_to_string(&mut props, &mut text).is_ok()
        && text.contains(&format!("name=\"{MAKER}\""))
        && text.contains(&format!(">{}<", super::CREATOR))
}

/// A4 in twentieths of a point, and 2 cm margins.
const A4: (u32, u32) = (11906, 16838);
const MARGIN: i32 = 1134;
/// The text width in EMU (914 400 an inch): 17 cm.
const TEXT_WIDTH_EMU: u32 = 6_120_000;

/// The DOCX of `doc`. Its dates are fixed, so the same document gives the
/// same bytes.
pub fn docx(doc: &Document) -> Result<Vec<u8>, ReportError> {
    let mut d = styled(Docx::new());
    d = title_page(d, doc);
    d = d.add_table_of_contents(
        TableOfContents::new()
            .heading_styles_range(1, 2)
            .alias(&doc.words.contents)
            .auto(),
    );
    if !doc.intro.is_empty() {
        d = section(d, &doc.words.intro);
        d = blocks(d, &doc.intro);
    }
    if !doc.figures.is_empty() {
        d = section(d, &doc.words.figures);
        let rows = doc
            .figures
            .iter()
            .map(|f| TableRow::new(vec![cell(&f.name, false), cell(&f.value, false)]))
            .collect();
        d = d.add_table(Table::new(rows));
    }
    if !doc.highlights.is_empty() {
        d = section(d, &doc.words.highlights);
        d = mentions(d, &doc.highlights);
    }
    if !doc.chronicle.is_empty() {
        d = section(d, &doc.words.chronicle);
        for g in &doc.chronicle {
            d = d.add_paragraph(heading(2, &g.heading));
            for e in &g.events {
                d = event(d, doc, e)?;
            }
        }
    }
    if !doc.campaigns.is_empty() {
        d = section(d, &doc.words.campaigns);
        for c in &doc.campaigns {
            d = d.add_paragraph(heading(2, &c.name));
            d = mentions(d, &c.events);
        }
    }
    if !doc.tables.is_empty() {
        d = section(d, &doc.words.tables);
        for t in &doc.tables {
            d = table(d, t);
        }
    }
    if !doc.charts.is_empty() {
        d = section(d, &doc.words.charts);
        for c in &doc.charts {
            d = chart(d, doc, c)?;
        }
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    d.build()
        .pack(&mut bytes)
        .map_err(|e| ReportError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// A4, the theme's font, page numbers, fixed dates, and the heading
/// styles under Word's own ids and names.
fn styled(d: Docx) -> Docx {
    let font = RunFonts::new()
        .ascii("DejaVu Sans")
        .hi_ansi("DejaVu Sans")
        .cs("DejaVu Sans");
    let mut d = d
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_fonts(font)
        .default_size(20)
        .custom_property(MAKER, super::CREATOR)
        .created_at("2000-01-01T00:00:00Z")
        .updated_at("2000-01-01T00:00:00Z")
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        );
    for (level, size) in [(1, 32), (2, 26), (3, 22)] {
        d = d.add_style(
            Style::new(format!("Heading{level}"), StyleType::Paragraph)
                .name(format!("heading {level}"))
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .outline_lvl(level - 1)
                .size(size)
                .bold(),
        );
    }
    d
}

fn title_page(d: Docx, doc: &Document) -> Docx {
    let centred = |text: &str, size: usize| {
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(text).size(size))
    };
    let title = Run::new().add_text(&doc.words.report).size(48).bold();
    let mut d = d
        .add_paragraph(centred(&doc.organisation, 26))
        .add_paragraph(Paragraph::new().align(AlignmentType::Center).add_run(title))
        .add_paragraph(centred(&doc.year.to_string(), 40));
    if let Some(t) = &doc.title {
        d = d.add_paragraph(centred(t, 30));
    }
    d.add_paragraph(centred(&doc.site_title, 22).add_run(Run::new().add_break(BreakType::Page)))
}

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .add_run(Run::new().add_text(text))
}

/// A top-level section: a heading starting a new page.
fn section(d: Docx, title: &str) -> Docx {
    d.add_paragraph(heading(1, title).page_break_before(true))
}

fn blocks(mut d: Docx, blocks: &[Block]) -> Docx {
    for b in blocks {
        let mut p = Paragraph::new();
        if b.kind == BlockKind::Item {
            p = p.add_run(Run::new().add_text("• "));
        }
        for r in &b.runs {
            let mut run = Run::new().add_text(&r.text);
            if r.strong || b.kind == BlockKind::Heading {
                run = run.bold();
            }
            if r.emph || b.kind == BlockKind::Quote {
                run = run.italic();
            }
            p = p.add_run(run);
        }
        d = d.add_paragraph(p);
    }
    d
}

fn mentions(mut d: Docx, list: &[Mention]) -> Docx {
    for m in list {
        let text = format!("• {} — {}, {}", m.title, m.date, m.library);
        d = d.add_paragraph(Paragraph::new().add_run(Run::new().add_text(text)));
    }
    d
}

fn event(d: Docx, doc: &Document, e: &EventDoc) -> Result<Docx, ReportError> {
    let mut facts = vec![e.date.clone(), e.library.clone()];
    facts.extend(e.form.clone());
    facts.extend(
        e.attendance
            .as_ref()
            .map(|a| format!("{}: {a}", doc.words.attendance)),
    );
    let mut d = d
        .add_paragraph(heading(3, &e.title))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(facts.join(" · ")).size(18)));
    let photo = e
        .photo
        .as_ref()
        .map(|p| attachment(doc, &p.file))
        .transpose()?;
    if let Some((png, w, h)) = photo.and_then(super::png::photo) {
        d = d.add_paragraph(picture(png, w, h, TEXT_WIDTH_EMU / 2));
    }
    Ok(blocks(d, &e.text))
}

/// A picture of `w`×`h` pixels, `width` EMU wide.
fn picture(png: Vec<u8>, w: u32, h: u32, width: u32) -> Paragraph {
    let height = u64::from(width) * u64::from(h) / u64::from(w.max(1));
    let height = u32::try_from(height).unwrap_or(u32::MAX);
    let pic = Pic::new_with_dimensions(png, w, h).size(width, height);
    Paragraph::new().add_run(Run::new().add_image(pic))
}

fn attachment<'a>(doc: &'a Document, name: &str) -> Result<&'a [u8], ReportError> {
    doc.attachments
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| b.as_slice())
        .ok_or_else(|| ReportError::Docx(format!("no file {name}")))
}

fn cell(text: &str, bold: bool) -> TableCell {
    let run = Run::new().add_text(text);
    TableCell::new().add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
}

fn table(d: Docx, t: &TableDoc) -> Docx {
    let size = if t.landscape { 14 } else { 18 };
    let small = |text: &str, bold: bool| {
        let run = Run::new().add_text(text).size(size);
        TableCell::new().add_paragraph(Paragraph::new().add_run(if bold {
            run.bold()
        } else {
            run
        }))
    };
    let mut rows: Vec<TableRow> = header_grid(t)
        .into_iter()
        .map(|slots| {
            let cells = slots
                .into_iter()
                .filter_map(|s| match s {
                    Slot::Start(text, span, down) => {
                        let c = small(&text, true).grid_span(span);
                        Some(if down {
                            c.vertical_merge(VMergeType::Restart)
                        } else {
                            c
                        })
                    }
                    Slot::Below(span) => Some(
                        small("", false)
                            .grid_span(span)
                            .vertical_merge(VMergeType::Continue),
                    ),
                    Slot::Empty => Some(small("", false)),
                    Slot::Covered => None,
                })
                .collect();
            TableRow::new(cells)
        })
        .collect();
    for r in &t.rows {
        let indent = "  ".repeat(r.depth);
        let mut cells = vec![small(&format!("{indent}{}", r.label), r.total)];
        cells.extend(r.cells.iter().map(|c| small(c, r.total)));
        rows.push(TableRow::new(cells));
    }
    let mut d = d.add_paragraph(heading(2, &t.title));
    if let Some(note) = &t.note {
        d = d.add_paragraph(Paragraph::new().add_run(Run::new().add_text(note).italic()));
    }
    d.add_table(Table::new(rows))
}

fn chart(d: Docx, doc: &Document, c: &ChartDoc) -> Result<Docx, ReportError> {
    let svg = std::str::from_utf8(attachment(doc, &c.file)?)
        .map_err(|e| ReportError::Docx(e.to_string()))?;
    let (png, w, h) = super::png::from_svg(svg).map_err(ReportError::Docx)?;
    let mut d = d
        .add_paragraph(heading(2, &c.title))
        .add_paragraph(picture(png, w, h, TEXT_WIDTH_EMU))
        .add_paragraph(Paragraph::new().add_run(Run::new().add_text(&c.alt).italic().size(16)));
    let mut head = vec![cell("", true)];
    head.extend(c.series.iter().map(|s| cell(&s.name, true)));
    let mut rows = vec![TableRow::new(head)];
    for (i, cat) in c.categories.iter().enumerate() {
        let mut cells = vec![cell(cat, false)];
        cells.extend(
            c.series
                .iter()
                .map(|s| cell(s.labels.get(i).map_or("", String::as_str), false)),
        );
        rows.push(TableRow::new(cells));
    }
    d = d.add_table(Table::new(rows));
    Ok(d)
}
