//! The same corpus as a Hugo site, with templates that make the pages
//! Letopis makes: a page per event with its taxonomy links, a chronicle per
//! year grouped by month, an index per taxonomy and a page per term, the
//! home page with years, featured and latest events; a statistics page per
//! year (`/<year>/stats/`, the tables of `data/stats/<year>.yaml` with plan
//! completion and the events by month) and the indicators over the years
//! (`/stats/`); plus Hugo's RSS feed (home only) and sitemap. Hugo draws
//! no charts: Letopis's SVG charts have no counterpart here.

use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use crate::text::{AUDIENCES, CAMPAIGNS, FORMS, LIBRARIES, TAGS};
use crate::{yaml_list, Event, ABOUT, HOME_INTRO, SITE_TITLE};

const CONFIG: &str = r##"baseURL: "https://letopis.example/"
languageCode: ru
defaultContentLanguage: ru
title: "TITLE"
rssLimit: 20
disableKinds: []
taxonomies:
  library: libraries
  form: forms
  audience: audiences
  campaign: campaigns
  tag: tags
outputFormats:
  stats:
    mediaType: text/html
    baseName: index
    path: stats
    isHTML: true
    permalinkable: false
outputs:
  home: [HTML, RSS]
  section: [HTML, stats]
  taxonomy: [HTML]
  term: [HTML]
  page: [HTML]
params:
  organisation: "МБУ «Библиотеки города»"
  email: "info@letopis.example"
"##;

const BASEOF: &str = r##"<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Site.Title }}{{ end }}</title>
<meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 200 }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#main">К содержанию</a>
<header class="site-header">
  <p class="site-title"><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></p>
  <p class="site-org">{{ .Site.Params.organisation }}</p>
  <nav aria-label="Главное меню"><ul>
    <li><a href="{{ "/" | relURL }}">Главная</a></li>
    {{ range .Site.Sections.ByTitle.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Section }}</a></li>{{ end }}
    {{ range .Site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>{{ end }}
  </ul></nav>
</header>
<main id="main" tabindex="-1">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer">
  <p>{{ .Site.Params.organisation }}</p>
  <p><a href="mailto:{{ .Site.Params.email }}">{{ .Site.Params.email }}</a></p>
  <nav aria-label="Летопись"><ul>
    {{ range $k, $v := .Site.Taxonomies }}<li><a href="{{ printf "/%s/" $k | relURL }}">{{ $k }}</a></li>{{ end }}
  </ul></nav>
</footer>
</body>
</html>
"##;

const CARD: &str = r##"<article class="card{{ if .Params.featured }} card-featured{{ end }}">
  <h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
  <p class="meta">
    <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time>
    {{ range .GetTerms "libraries" }}· <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
    {{ range .GetTerms "forms" }}· <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
    {{ with .Params.attendance }}· {{ lang.FormatNumber 0 . }} посетителей{{ end }}
  </p>
  <p>{{ .Summary | plainify }}</p>
</article>
"##;

const SINGLE: &str = r##"{{ define "title" }}{{ .Title }} — {{ .Site.Title }}{{ end }}
{{ define "main" }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Главная</a> › <a href="{{ .CurrentSection.RelPermalink }}">{{ .Section }}</a></nav>
<article class="event">
  <h1>{{ .Title }}</h1>
  <dl class="facts">
    <dt>Дата</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_long" }}</time></dd>
    {{ range .GetTerms "libraries" }}<dt>Библиотека</dt><dd><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></dd>{{ end }}
    {{ range .GetTerms "forms" }}<dt>Форма</dt><dd><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></dd>{{ end }}
    {{ with .GetTerms "audiences" }}<dt>Аудитория</dt><dd>{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd>{{ end }}
    {{ with .Params.attendance }}<dt>Посетители</dt><dd>{{ lang.FormatNumber 0 . }}</dd>{{ end }}
    {{ range .GetTerms "campaigns" }}<dt>Программа</dt><dd><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></dd>{{ end }}
    {{ with .GetTerms "tags" }}<dt>Теги</dt><dd>{{ range $i, $t := . }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd>{{ end }}
  </dl>
  <div class="body">{{ .Content }}</div>
</article>
{{ end }}
"##;

const SECTION: &str = r##"{{ define "title" }}{{ .Title }} — {{ .Site.Title }}{{ end }}
{{ define "main" }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Главная</a> › {{ .Section }}</nav>
<h1>{{ .Title }}</h1>
{{ $att := 0 }}{{ range .Pages }}{{ $att = add $att (.Params.attendance | default 0) }}{{ end }}
<p class="figures">{{ len .Pages }} мероприятий, {{ lang.FormatNumber 0 $att }} посетителей</p>
{{ .Content }}
{{ $groups := .Pages.ByDate.GroupByDate "2006-01" "asc" }}
<nav class="contents"><h2>Содержание</h2><ul>{{ range $groups }}<li><a href="#m{{ .Key }}">{{ .Key }}</a> ({{ len .Pages }})</li>{{ end }}</ul></nav>
<section><h2>Яркие события</h2>{{ range where .Pages "Params.featured" true }}{{ partial "card.html" . }}{{ end }}</section>
<section class="chronicle"><h2>Все события</h2>
{{ range $groups }}<section class="month"><h3 id="m{{ .Key }}">{{ .Key }}</h3>{{ range .Pages.ByDate }}{{ partial "card.html" . }}{{ end }}</section>{{ end }}
</section>
{{ end }}
"##;

const TAXONOMY: &str = r##"{{ define "title" }}{{ .Title }} — {{ .Site.Title }}{{ end }}
{{ define "main" }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Главная</a></nav>
<h1>{{ .Title }}</h1>
<ul class="terms">
{{ range .Data.Terms.Alphabetical }}{{ $att := 0 }}{{ range .Pages }}{{ $att = add $att (.Params.attendance | default 0) }}{{ end }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> — {{ .Count }} мероприятий, {{ lang.FormatNumber 0 $att }} посетителей</li>
{{ end }}
</ul>
{{ end }}
"##;

const TERM: &str = r##"{{ define "title" }}{{ .Title }} — {{ .Site.Title }}{{ end }}
{{ define "main" }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Главная</a> › <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></nav>
<h1>{{ .Title }}</h1>
{{ $att := 0 }}{{ range .Pages }}{{ $att = add $att (.Params.attendance | default 0) }}{{ end }}
<p class="figures">{{ len .Pages }} мероприятий, {{ lang.FormatNumber 0 $att }} посетителей</p>
{{ range .Pages.ByDate.Reverse }}{{ partial "card.html" . }}{{ end }}
{{ end }}
"##;

const INDEX: &str = r##"{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
{{ .Content }}
<section><h2>Годы</h2><ul class="years">
{{ range .Site.Sections.ByTitle.Reverse }}{{ $att := 0 }}{{ range .Pages }}{{ $att = add $att (.Params.attendance | default 0) }}{{ end }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> — {{ len .Pages }} мероприятий, {{ lang.FormatNumber 0 $att }} посетителей</li>
{{ end }}</ul></section>
<section><h2>Яркие события</h2>{{ range first 6 (where .Site.RegularPages.ByDate.Reverse "Params.featured" true) }}{{ partial "card.html" . }}{{ end }}</section>
<section><h2>Последние события</h2>{{ range first 10 (where .Site.RegularPages.ByDate.Reverse "Section" "!=" "") }}{{ partial "card.html" . }}{{ end }}</section>
{{ end }}
"##;

const PAGE: &str = r##"{{ define "title" }}{{ .Title }} — {{ .Site.Title }}{{ end }}
{{ define "main" }}<article class="page"><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
"##;

/// A year's statistics, from `data/stats/<year>.yaml`: what Letopis's
/// `/<year>/stats/` shows but the charts.
const STATS: &str = r##"{{ define "title" }}Статистика {{ .Section }} — {{ .Site.Title }}{{ end }}
{{ define "main" }}
{{ $s := index .Site.Data.stats .Section }}
<nav class="breadcrumbs"><a href="{{ "/" | relURL }}">Главная</a> › <a href="{{ .RelPermalink }}">{{ .Section }}</a></nav>
<h1>Статистика {{ .Section }} года</h1>
<table><caption>Основные показатели</caption>
<thead><tr><th>Показатель</th><th>выполнено в {{ $s.last_year }}</th><th>план</th><th>выполнено</th><th>% плана</th><th>к прошлому году</th></tr></thead>
<tbody>{{ range $s.key }}<tr><th>{{ .name }}</th><td>{{ lang.FormatNumber 0 .last_year }}</td><td>{{ lang.FormatNumber 0 .plan }}</td><td>{{ lang.FormatNumber 0 .done }}</td><td>{{ lang.FormatNumber 1 (div (mul .done 100.0) .plan) }} %</td><td>{{ lang.FormatNumber 0 (sub .done .last_year) }}</td></tr>
{{ end }}</tbody></table>
<table><caption>Показатели библиотек</caption>
<thead><tr><th>Библиотека</th><th>пользователи</th><th>книговыдача</th><th>посещения</th><th>мероприятия</th></tr></thead>
<tbody>{{ $t := slice 0 0 0 0 }}{{ range $s.libraries }}<tr><th>{{ .name }}</th>{{ range .values }}<td>{{ lang.FormatNumber 0 . }}</td>{{ end }}</tr>
{{ $t = slice (add (index $t 0) (index .values 0)) (add (index $t 1) (index .values 1)) (add (index $t 2) (index .values 2)) (add (index $t 3) (index .values 3)) }}{{ end }}<tr><th>Итого</th>{{ range $t }}<td>{{ lang.FormatNumber 0 . }}</td>{{ end }}</tr></tbody></table>
<table><caption>Мероприятия по кварталам</caption>
<thead><tr><th>Квартал</th><th>мероприятия, план</th><th>мероприятия</th><th>участники, план</th><th>участники</th></tr></thead>
<tbody>{{ range $s.quarters }}<tr><th>{{ .name }}</th>{{ range .values }}<td>{{ lang.FormatNumber 0 . }}</td>{{ end }}</tr>
{{ end }}</tbody></table>
<table><caption>Мероприятия по месяцам (из летописи)</caption>
<tbody>{{ range .Pages.ByDate.GroupByDate "2006-01" "asc" }}{{ $att := 0 }}{{ range .Pages }}{{ $att = add $att (.Params.attendance | default 0) }}{{ end }}<tr><th>{{ .Key }}</th><td>{{ len .Pages }}</td><td>{{ lang.FormatNumber 0 $att }}</td></tr>
{{ end }}</tbody></table>
{{ end }}
"##;

/// The key indicators over the years, as Letopis's `/stats/` has them.
const TRENDS: &str = r##"{{ define "title" }}Статистика по годам — {{ .Site.Title }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
<table><thead><tr><th>Показатель</th>{{ range $y, $_ := .Site.Data.stats }}<th>{{ $y }}</th>{{ end }}</tr></thead>
<tbody>{{ range $i, $k := (index .Site.Data.stats "FIRST").key }}<tr><th>{{ $k.name }}</th>{{ range $y, $s := $.Site.Data.stats }}<td>{{ lang.FormatNumber 0 (index $s.key $i).done }}</td>{{ end }}</tr>
{{ end }}</tbody></table>
{{ end }}
"##;

const NOT_FOUND: &str = r##"{{ define "main" }}<h1>Страница не найдена</h1><p><a href="{{ "/" | relURL }}">На главную</a></p>{{ end }}
"##;

/// Config, templates, home, the about page and the years' `_index.md`.
pub fn write_scaffold(dir: &Path, years: Range<i32>) -> std::io::Result<()> {
    let layouts = dir.join("layouts");
    std::fs::create_dir_all(layouts.join("_default"))?;
    std::fs::create_dir_all(layouts.join("partials"))?;
    std::fs::create_dir_all(dir.join("static"))?;
    std::fs::write(dir.join("config.yaml"), CONFIG.replace("TITLE", SITE_TITLE))?;
    let files = [
        ("_default/baseof.html", BASEOF),
        ("partials/card.html", CARD),
        ("_default/single.html", SINGLE),
        ("_default/list.html", SECTION),
        ("_default/taxonomy.html", TAXONOMY),
        ("_default/term.html", TERM),
        ("index.html", INDEX),
        ("page/single.html", PAGE),
        ("404.html", NOT_FOUND),
        ("_default/list.stats.html", STATS),
    ];
    for (name, text) in files {
        let path = layouts.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
    }
    let first = years.start.to_string();
    std::fs::create_dir_all(layouts.join("trends"))?;
    std::fs::write(
        layouts.join("trends/single.html"),
        TRENDS.replace("FIRST", &first),
    )?;
    std::fs::create_dir_all(dir.join("data/stats"))?;
    std::fs::write(
        dir.join("static/style.css"),
        "body { font-family: sans-serif; }\n",
    )?;
    let content = dir.join("content");
    std::fs::create_dir_all(&content)?;
    std::fs::write(
        content.join("_index.md"),
        format!("---\ntitle: \"{SITE_TITLE}\"\n---\n{HOME_INTRO}"),
    )?;
    std::fs::write(
        content.join("about.md"),
        format!("---\ntitle: \"О летописи\"\ntype: page\nmenu: main\n---\n{ABOUT}"),
    )?;
    std::fs::write(
        content.join("stats.md"),
        "---\ntitle: \"Статистика по годам\"\ntype: trends\nurl: /stats/\n---\n",
    )?;
    for year in years {
        let y = content.join(year.to_string());
        std::fs::create_dir_all(&y)?;
        std::fs::write(
            y.join("_index.md"),
            format!(
                "---\ntitle: \"{}\"\n---\n{}",
                crate::year_title(year),
                crate::year_intro(year)
            ),
        )?;
    }
    Ok(())
}

/// A year's statistics, `text` from [`crate::stats::hugo`].
pub fn write_stats(dir: &Path, year: i32, text: &str) -> std::io::Result<()> {
    std::fs::write(dir.join(format!("data/stats/{year}.yaml")), text)
}

/// One event as a Hugo page: the first day of a fuzzy date as its date,
/// every taxonomy as a list.
pub fn write_event(dir: &Path, e: &Event) -> std::io::Result<()> {
    let mut s = String::with_capacity(e.body.len() + 512);
    let (y, m, d) = e.date.start;
    s.push_str("---\n");
    writeln!(s, "title: \"{}\"", e.title).unwrap();
    writeln!(s, "date: {y}-{m:02}-{d:02}").unwrap();
    writeln!(s, "libraries: {}", yaml_list(&LIBRARIES, &[e.library])).unwrap();
    writeln!(s, "forms: {}", yaml_list(&FORMS, &[e.form])).unwrap();
    writeln!(s, "audiences: {}", yaml_list(&AUDIENCES, &e.audience)).unwrap();
    if let Some(a) = e.attendance {
        writeln!(s, "attendance: {a}").unwrap();
    }
    if let Some(c) = e.campaign {
        writeln!(s, "campaigns: {}", yaml_list(&CAMPAIGNS, &[c])).unwrap();
    }
    writeln!(s, "tags: {}", yaml_list(&TAGS, &e.tags)).unwrap();
    if e.featured {
        s.push_str("featured: true\n");
    }
    s.push_str("---\n");
    s.push_str(&e.body);
    let file = dir
        .join("content")
        .join(e.year.to_string())
        .join(format!("{}.md", e.slug));
    std::fs::write(file, s)
}
