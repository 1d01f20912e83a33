//! Each page from its route: the part of the model it shows, put into
//! its template's context, rendered (or taken from the last build when
//! its inputs are unchanged) and written with the event's files.

use serde::Serialize;

use super::cards::{self, Listed};
use super::library::LibraryView;
use super::scratch::Scratch;
use super::views::{Card, DayView, EventView, TaxonomyView, TermView};
use super::{card_summary, templates, Html, Renderer, HOME_FEATURED, HOME_LATEST};
use crate::error::{Diagnostic, Error};
use crate::markdown::first_paragraph;
use crate::model::TaxonomyKind;
use crate::routes::paging;
use crate::routes::Route;
use crate::write::Sink;

impl<'a> Renderer<'a> {
    pub(super) fn job(
        &self,
        job: Route,
        out: &dyn Sink,
        s: &mut Scratch,
    ) -> Result<Vec<Diagnostic>, Error> {
        let site = self.site;
        let ctx = &mut s.page;
        let mut found = Vec::new();
        let template = match job {
            Route::Home => {
                ctx.insert("home", &self.home(&mut found));
                "index.html"
            }
            Route::NotFound => "404.html",
            Route::Search => "search.html",
            Route::Year(y) => {
                ctx.insert("year", &self.year(y, None, &mut found));
                ctx.insert("year_stats", &self.stats_pages.years[y]);
                "year.html"
            }
            Route::YearTerm(y, f) => {
                ctx.insert("year", &self.year(y, Some(f), &mut found));
                "year.html"
            }
            Route::Event(i) => {
                let ev = &site.events[i];
                let view = EventView::new(
                    site,
                    self.urls,
                    ev,
                    self.card(i),
                    &self.photos[i],
                    self.markdown_with_photos(
                        &ev.body,
                        &ev.file,
                        ev.body_line,
                        &self.photos[i],
                        &mut found,
                    ),
                );
                ctx.insert("event", &view);
                "event.html"
            }
            Route::Page(p) => {
                let page = &site.pages[p];
                let url = self.urls.url(&format!("{}/", page.slug));
                ctx.insert(
                    "page",
                    &PageView {
                        title: &page.title,
                        summary: page.summary.clone().or_else(|| first_paragraph(&page.body)),
                        content: self.markdown(&page.body, &page.file, page.body_line, &mut found),
                        permalink: self.urls.permalink(&url),
                        url,
                        extra: &page.extra,
                        updated: DayView::new(page.updated, self.lang),
                    },
                );
                "page.html"
            }
            Route::YearStats(y) => {
                ctx.insert("stats", &self.stats_pages.years[y]);
                "stats.html"
            }
            Route::StatsIndex => {
                ctx.insert("trends", &self.stats_pages.trends);
                "stats_index.html"
            }
            Route::TaxonomyIndex(kind) => {
                let terms: Vec<TermView> = site
                    .taxonomy(kind)
                    .terms
                    .iter()
                    .enumerate()
                    .map(|(t, term)| TermView::new(term, self.urls.term(kind, t)))
                    .collect();
                ctx.insert("taxonomy", &self.taxonomy_view(kind));
                ctx.insert("terms", &terms);
                "taxonomy.html"
            }
            Route::Term(kind, t, page) => {
                let term = &site.taxonomy(kind).terms[t];
                let per_page = site.config.paginate;
                let range = paging::range(term.events.len(), per_page, page);
                let pages = paging::pages(term.events.len(), per_page);
                let first = self.urls.term(kind, t);
                ctx.insert("taxonomy", &self.taxonomy_view(kind));
                let library = self
                    .library_of(kind, t)
                    .map(|l| LibraryView::new(l, self.urls));
                ctx.insert(
                    "term",
                    &TermView {
                        library,
                        ..TermView::new(term, first)
                    },
                );
                ctx.insert(
                    "events",
                    &self.cards_of(
                        term.events
                            .iter()
                            .rev()
                            .skip(range.start)
                            .take(range.len())
                            .copied(),
                    ),
                );
                ctx.insert(
                    "paginator",
                    &paging::Paginator::new(page, pages, |n| paging::path(first, n)),
                );
                "term.html"
            }
        };
        let path = self.urls.path(job);
        ctx.insert("meta", &self.meta(job));
        ctx.insert(
            "current_url",
            &self.urls.url(path.trim_end_matches("404.html")),
        );
        let file = if path.ends_with(".html") {
            path
        } else {
            format!("{path}index.html")
        };
        let context = self.record.as_ref().map(|_| self.context_hash(&s.page));
        if let Some(context) = context {
            if self.take_unchanged(&file, context, out)? {
                s.page.clear();
                self.copy_assets(job, out)?;
                return Ok(found);
            }
        }
        s.html.clear();
        let rendered = self.tera.render_to(template, &s.page.ctx, &mut s.html);
        s.page.clear();
        let (html, cards) = rendered
            .and_then(|()| {
                let Scratch {
                    page,
                    html,
                    spliced,
                } = s;
                self.card_html.splice(html, spliced, |id, level| {
                    cards::render_partial(&self.tera, page, self.card(id), level)
                })
            })
            .map_err(|e| Error::Site(vec![templates::template_error(&e, self.sources)]))?;
        out.write(&file, html)?;
        if let Some(context) = context {
            self.note_page(file, context, cards);
        }
        self.copy_assets(job, out)?;
        Ok(found)
    }

    /// An event's files beside its page.
    pub(super) fn copy_assets(&self, job: Route, out: &dyn Sink) -> Result<(), Error> {
        if let Route::Event(i) = job {
            let ev = &self.site.events[i];
            for asset in &ev.assets {
                if let Some(name) = asset.file_name() {
                    let dest = format!("{}{}", ev.path(), name.to_string_lossy());
                    out.copy(&dest, &self.site.root.join(asset))?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn cards_of(&self, ids: impl Iterator<Item = usize>) -> Vec<Listed<'_>> {
        ids.map(|i| self.listed(i)).collect()
    }

    pub(super) fn listed(&self, i: usize) -> Listed<'_> {
        Listed {
            id: i,
            title: &self.site.events[i].title,
            url: &self.urls.events[i],
        }
    }

    /// Event `i`'s card.
    pub(super) fn card(&self, i: usize) -> &Card<'a> {
        self.cards[i].get_or_init(|| {
            let site = self.site;
            Card::new(
                site,
                self.urls,
                i,
                card_summary(&site.events[i]),
                self.photos[i].first(),
            )
        })
    }

    fn taxonomy_view(&self, kind: TaxonomyKind) -> TaxonomyView {
        TaxonomyView {
            kind,
            url: self.urls.url(&format!("{}/", kind.segment())),
        }
    }

    fn home(&self, found: &mut Vec<Diagnostic>) -> HomeView<'_> {
        let site = self.site;
        let file = std::path::Path::new(crate::load::CONTENT_DIR).join("_index.md");
        let done = |&&i: &&usize| site.events[i].status != crate::model::front::Status::Planned;
        let all: Vec<usize> = (0..site.events.len()).rev().collect();
        HomeView {
            title: site.home.title.as_deref(),
            extra: &site.home.extra,
            content: self.markdown(&site.home.body, &file, site.home.body_line, found),
            latest: self.cards_of(all.iter().filter(done).take(HOME_LATEST).copied()),
            featured: self.cards_of(
                all.iter()
                    .filter(|&&i| site.events[i].featured)
                    .take(HOME_FEATURED)
                    .copied(),
            ),
        }
    }
}

#[derive(Serialize)]
struct HomeView<'a> {
    title: Option<&'a str>,
    extra: &'a crate::model::front::Extra,
    content: Html,
    latest: Vec<Listed<'a>>,
    featured: Vec<Listed<'a>>,
}

#[derive(Serialize)]
struct PageView<'a> {
    title: &'a str,
    summary: Option<String>,
    content: Html,
    url: String,
    permalink: String,
    extra: &'a crate::model::front::Extra,
    updated: Option<DayView>,
}
