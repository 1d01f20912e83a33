# Letopis messages in English. One group per module (## name); every
# message here is in ru.ftl and kk.ftl too, with the same variables.
# The message id is the problem's stable code in `check --format json`.

## error: how a diagnostic is shown

label-error = error
label-warning = warning
label-help = help

## check and build: summaries

check-clean = No problems found: the site is ready to build.
check-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } in { $files ->
        [one] 1 file
       *[other] { $files } files
    }.
build-failed = Failed: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } found in the site; no file was changed.
build-done = Built { $pages } pages ({ $events } events, { $files } files) in { $seconds } s → { $output }
build-imported = { $files ->
        [one] 1 file
       *[other] { $files } files
    } written.
build-import-failed = Failed: { $reports ->
        [one] 1 of the reports
       *[other] { $reports } of the reports
    } could not be read; the others were imported.
## cli, scaffold: init and new

init-created-file = created { $file }
init-done = Created a new site in { $dir }. Next:
      cd { $dir }
      letopis serve --open    # see it in the browser
      letopis new event "Title" --date 2025-05-15
    Read { $guide } for the editors' guide; edit site.yaml for the title and address.
new-no-library = Add `library:` to the file unless the year's _index.md sets default_library.
new-bad-date = --date { $date }: { $message }; { $hint }
new-no-letters = the title «{ $title }» has no letters or digits to make a web address from; write a title with words
new-too-long = the title is too long for a file name and a web address ({ $length } characters once written in Latin letters, at most { $max }); give a short title here (e.g. its first words) and write the full one into the file's `title:` afterwards
new-exists = { $file } already exists, and letopis never overwrites a file; edit that file, or give this event another title (e.g. with the date: "{ $title } { $date }")
new-bad-archetype = the archetype archetypes/event.md cannot be used; fix it, or remove it to use the theme's (the template engine says: { $detail })
build-report-done = Wrote the report of { $year } ({ $kib } KiB) → { $file }

## serve: the overlay over the page

serve-overlay = letopis: the site could not be rebuilt. Fix the file and save; this page reloads by itself.

serve-started = Serving { $root } at { $url } — edit and save, the browser reloads. Ctrl+C to stop.
serve-rebuilt = Built { $pages } pages in { $ms } ms
serve-rebuilt-after = Built { $pages } pages in { $ms } ms after a change in { $file }
serve-kept = The last good version stays in the browser; fix the file and save.
serve-stopped = Stopped.
serve-no-browser = Could not open a browser: open { $url } yourself.
serve-polling = Looking for changes every { $ms } ms.

## config

config-missing = no site.yaml here
config-missing-hint = run letopis in the site's folder or pass --root; { $dir } has no site.yaml

## load: finding and reading the content

load-no-content = the site has no content folder
load-no-content-hint = create content/<year>/events/ and put one Markdown file per event there
load-folder-link = a link to a folder is not followed
load-folder-link-hint = move the folder here instead of linking to it
load-misplaced = this Markdown file is in no folder letopis reads, so it would not be published
load-misplaced-hint = move the file to content/pages/ (a page) or content/<year>/events/ (an event), or list `{ $path }` under `ignore:` in site.yaml
load-misplaced-hint-year = move the file to the folder content/{ $year }/events/, or list `{ $path }` under `ignore:` in site.yaml
load-stray-document = this document is outside an event's folder, so it would not be published
load-stray-document-hint = put it beside an event: make the event a folder with index.md (letopis new event … --bundle) and move the file there; or list `{ $path }` under `ignore:` in site.yaml
load-not-index = this event folder has no index.md, so the event would not be published
load-not-index-hint = rename the file to index.md: the event of the folder { $folder } is its index.md
load-no-index = this folder in events/ has no index.md, so its files would not be published
load-no-index-hint = add index.md with the event's front matter, or move the { $count ->
        [one] file
       *[other] { $count } files
    } into an event's folder
load-unreadable = cannot read the file: { $reason }
load-too-big = the file is { $size } MiB; text files are read up to { $limit } MiB
load-not-utf8 = the file is not UTF-8 text
load-too-big-hint = split the text into several events or pages; photos and documents go beside the event in a bundle folder, not into the text
load-not-utf8-hint = save the file as UTF-8 in your editor ("Save as…" → encoding UTF-8)
load-not-utf8-hint-cp1251 = the file looks like Windows-1251 (an old Word export). Save it as UTF-8 in your editor, or convert it: iconv -f cp1251 -t utf-8 '{ $file }' > tmp.md && mv tmp.md '{ $file }'
front-not-closed = the front matter is not closed
front-not-closed-hint = add a line with just `---` after the last field, before the text
front-missing = the file has no front matter

front-missing-hint = start the file with a line `---`, then fields such as `title: "..."` and `date: 2016-04-04`, then a line `---`
front-missing-hint-empty = the file is empty: write the front matter (`---`, `title: ...`, `date: ...`, `---`) then the text
## dates: the `date:` of an event

date-empty = the date is empty
date-not-a-date = "{ $input }" is not a date
date-forms-hint = use one of: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-04..2022-05, 2022-Q1, 2022
date-written-forms-hint = use one of: 2016-04-04, 10 февраля 2016, 10.02.2016, 4–5 июня 2014, 2022-04, февраль 2022, 2022-Q1, I квартал 2022, 2022, в течение 2022 года
date-no-such-day = { $date } is not a date: { $monthnum ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $last } days
date-no-such-day-hint = the days of this month are { $first } to { $lastday }
date-year = year { $year } is out of range: years must be between 1000 and 9999
date-year-hint = write the year with four digits, e.g. 2022
date-no-month = month { $month } does not exist
date-no-month-hint = months are numbered 01 to 12
date-no-quarter = quarter Q{ $quarter } does not exist: quarter must be Q1..Q4
date-no-quarter-hint = write 2022-Q1, 2022-Q2, 2022-Q3 or 2022-Q4
date-not-range = "{ $input }" is not a range
date-range-mixed = "{ $input }" is not a range this tool understands
date-range-hint = a range joins two days or two months with two dots: 2022-06-08..2022-06-09, 2022-04..2022-05
date-range-backwards = the range { $input } ends before it starts
date-range-backwards-hint = put the earlier date first: { $fixed }
date-dash-range = "{ $input }" looks like a range written with a dash
date-dash-range-hint = write ranges with two dots: { $fixed }
date-no-year = the date has no year
date-no-year-hint = add the year, e.g. «10 февраля 2016», or put the file in the year's folder

## routes: two sources for one address
# The owner-… messages name what writes an address, inside route-taken.

route-taken = the address /{ $address } is already used by { $first }, so { $second } cannot have it
route-taken-hint = give one of them another `slug:` in its front matter, or rename the file
owner-page = { $file }
owner-attached = the event's file { $file }
owner-theme = the theme's file `{ $file }`
owner-search-index = the built-in search index
owner-home = the built-in home page
owner-not-found = the built-in page for addresses that lead nowhere
owner-search = the built-in search page
owner-year = the built-in page of { $year }
owner-year-term = the built-in page of { $year } filtered by «{ $name }»
owner-year-stats = the built-in statistics page of { $year }
owner-stats-index = the built-in statistics page of all years
owner-taxonomy = the built-in list of { $kind }
owner-term = the built-in page of «{ $name }» in the list of { $kind }
owner-built-page = the built-in page
owner-feed = the built-in feed
owner-year-feed = the built-in feed of { $year }
owner-sitemap = the built-in sitemap
owner-robots = the built-in robots.txt
owner-report = the built-in report of { $year } ({ $format })
owner-cms = the built-in editing page (cms:)
owner-csv = the built-in CSV of `{ $id }` of { $year }
owner-xlsx = the built-in spreadsheet of the statistics of { $year }
owner-trends-csv = the built-in CSV of the trends
owner-chart-font = the built-in font of the charts
chart-font-failed = the built-in chart font could not be prepared ({ $reason }); this is a fault of Letopis, not of the site: please report it
owner-photo-copies = the built-in resized copies of the photo { $file }

## paths: file names every system accepts

path-twin = this file has the same name as { $file } on Windows and macOS, which do not tell them apart
path-twin-hint = rename one of them; names that differ only in capital letters or in how a letter is typed are one name there
path-not-unicode = this file cannot be published: its name is not valid Unicode
path-forbidden-char = this file cannot be published: its name has `{ $char }`, which Windows does not allow
path-trailing-dot = this file cannot be published: its name ends with a dot or a space, which Windows drops
path-device = this file cannot be published: `{ $name }` is a device name on Windows
path-too-long = this file cannot be published: its name is longer than 200 bytes
path-bad-name-hint = rename it with letters, digits, `-`, `_` and `.`, e.g. `foto-1.jpg`
path-link-nowhere = this symbolic link leads nowhere
path-link-outside = this symbolic link leads out of the site, to { $target }
path-link-hint = copy the file into the site instead of linking to it: the build reads only the site's own folder

## inert: files of an event folder a browser would run

inert-active = this file of type .{ $type } cannot be published: files beside index.md are published on the site's own address, and a browser would run this one as a page or script there
inert-no-extension = this file without an extension cannot be published: files beside index.md are published on the site's own address, and a browser would run this one as a page or script there
inert-hint = publish photos as JPEG, PNG or WebP and documents as PDF, office files or a ZIP archive; this site publishes only { $types }
inert-hint-svg = convert it to PNG (e.g. export it from the editor that made it)
inert-hint-svgz = convert it to PNG
inert-hint-html = print it to PDF, or paste its text into index.md
inert-hint-print = print it to PDF
inert-hint-xml = print it to PDF, or pack it into a ZIP archive
inert-hint-js = remove it: scripts are not published from content

## events: an event's title, library, lists and address

event-no-library = the event does not say which library held it
event-no-library-hint = add `library: "Центральная детская библиотека"` (your library's name), or set `default_library:` in content/{ $year }/_index.md
event-no-title = the title is empty
event-no-title-hint = write the event's name, e.g. `title: "Акция «Доктор Книга»"`
event-too-many = the event has { $count } { $field } values; an event may have at most { $max }
event-too-many-hint = keep the few that readers look for; every value becomes a page of the site
event-bad-slug = the slug `{ $slug }` cannot be used in a web address
event-bad-slug-hint = write `{ $fixed }` (Latin letters, digits and hyphens only)
event-bad-slug-hint-empty = use Latin letters, digits and hyphens, e.g. `slug: "doktor-kniga"`
event-no-slug = the file name `{ $name }` gives no web address
event-no-slug-hint = rename the file with letters or digits, e.g. `doktor-kniga.md`, or set `slug:`

## year folder: an event whose date is in another year
event-wrong-year = the date { $date } is not in { $folder }, the year folder this file is in
event-wrong-year-hint = move the file to the folder content/{ $year }/events/, or correct the date if its year is wrong

## yaml: mistakes in front matter, site.yaml and stats.yaml

yaml-unknown-field = unknown field `{ $field }`
yaml-unknown-field-in = unknown field `{ $field }` in `{ $path }`
yaml-unknown-field-hint = Allowed fields: `{ $allowed }`; site-specific fields go under `extra:`
yaml-unknown-field-hint-suggest = did you mean `{ $suggestion }`? Allowed fields: `{ $allowed }`; site-specific fields go under `extra:`
yaml-native-field = the field `{ $field }` is written `{ $english }`: field names are English
yaml-native-field-hint = write the line as `{ $fixed }`
yaml-unknown-value = unknown value `{ $value }`
yaml-unknown-value-in = unknown value `{ $value }` in `{ $path }`
yaml-unknown-value-hint = Allowed values: `{ $allowed }`
yaml-unknown-value-hint-suggest = did you mean `{ $suggestion }`? Allowed values: `{ $allowed }`
yaml-not-number = a whole number is needed here
yaml-not-number-hint = write a whole number with digits, e.g. `attendance: 120`
yaml-not-list = a list is needed here
yaml-not-list-hint = write a list: `[first, second]` or one `- item` per line
yaml-not-yes-no = `true` or `false` is needed here
yaml-not-yes-no-hint = write `true` or `false`
yaml-colon = the value has a colon in it, so it reads as a new field
yaml-colon-hint = Put the value in quotes: `{ $fixed }`
yaml-tab = a tab is used for indentation
yaml-tab-hint = indent with spaces: YAML does not allow tabs
yaml-missing-field = the field `{ $field }` is missing
yaml-missing-field-hint = add the field to the front matter between the `---` lines
yaml-too-big = the YAML is { $size } KiB; at most { $limit } KiB is read
yaml-too-big-hint = front matter holds a few short fields; put long text in the body below the closing `---`
yaml-too-deep = brackets nest more than { $limit } levels deep
yaml-too-deep-hint = close the `[` and `{"{"}` brackets you opened; lists are written `[first, second]`
yaml-anchors = the `*name` references expand to too much text
yaml-anchors-hint = write the values out instead of repeating `&name` anchors inside each other
yaml-nested = the values nest too deeply
yaml-nested-hint = front matter fields are words, numbers or short lists; check the indentation
yaml-not-fields = the front matter must be fields, one `name: value` per line
yaml-not-fields-hint = write each field on its own line, e.g. `title: "Акция"`, without a `-` in front
yaml-syntax = this line cannot be read as `name: value`
yaml-syntax-hint = check the quotes and the indentation around it (the YAML reader says: { $detail })
body-table-cells = the tables of this text have more than { $limit } cells, more than one page can show
body-table-cells-hint = put the figures into the year's `stats.yaml` (a table there is published as a chart, a CSV file and a spreadsheet), or split the table between several events

## templates: a theme's templates

template-safe = `{ $expression } | safe` would publish this text as HTML, scripts included: templates may not use the `safe` filter
template-safe-hint = write `| html` instead of `| safe`: it prints as is only HTML the build made itself (an event's text, a chart, the JSON-LD) and escapes everything else

## words: what the Markdown engines write into a page themselves

words-alert-note = Note
words-alert-tip = Tip
words-alert-important = Important
words-alert-warning = Warning
words-alert-caution = Caution
words-back-link = Back to reference { $number }

## libraries: the registry `libraries:` of site.yaml

library-no-name = a library in the `libraries:` list has no name
library-no-name-hint = Write the library's name in words, as events write it: `- name: "Central Children's Library"`
library-twice = the library «{ $name }» is in `libraries:` twice (as «{ $first }»)
library-twice-hint = Keep one entry; put the other spelling of its name into its `aliases:`
library-coordinates = «{ $input }» are not coordinates: latitude and longitude in degrees are needed
library-coordinates-hint = Copy the point from a map, with a full stop in the fractions: `coordinates: "53.757117, 87.136104"`
library-website = «{ $input }» is not a website address
library-website-hint = A website address starts with https:// or http://, e.g. `website: "https://libkem.su/"`
library-photo-path = «{ $input }» is not a path to a file in the static folder
library-photo-path-hint = Put the photo into the site's `static/` folder and write its path inside it: `photo: "libraries/ekos.jpg"`
library-photo-missing = the photo `static/{ $file }` of the library «{ $name }» is not there
library-photo-missing-hint = Put the file into the site's `static/` folder or correct `photo:` in the `libraries:` list
library-unknown = the library «{ $name }» is not in the `libraries:` list of site.yaml
library-unknown-hint = Add it to `libraries:` (with its address) so that it gets its own page with its address and opening hours
library-unknown-hint-suggest = is it «{ $suggestion }»? Write the name as the list does, or add the library to `libraries:`

## config: site.yaml's address and links

config-base-url-char = the site's address `{ $url }` (base_url) has `{ $char }`, which a web address cannot have
config-base-url-host = the site's address `{ $url }` (base_url) has no valid site name after http:// or https://
config-base-url-scheme = the site's address `{ $url }` (base_url) must start with https://, http:// or /
config-base-url-path = the site's address `{ $url }` (base_url) has an empty, `.` or `..` part in its path (`//` would take browsers to another site)
config-base-url-hint = write the address the site is published at, e.g. `https://library.example/`, or `/` to look at it on your own computer
config-social-not-web = `{ $url }` is not a web address
config-social-not-web-hint = social links start with https://, http://, mailto: or tel:

## git: the «last updated» dates

git-missing = git is not installed, so pages get no «last updated» date
git-missing-hint = install git (https://git-scm.com), or set `last_updated: false` in site.yaml
git-not-repository = the site is not in a git repository, so pages get no «last updated» date
git-not-repository-hint = commit the site to git (`git init`, `git add .`, `git commit`), or set `last_updated: false` in site.yaml
git-failed = `git { $command }` did not work, so pages get no «last updated» date
git-failed-hint = run `git log` in the site's folder to see what git says (it said: { $detail }), or set `last_updated: false` in site.yaml
git-shallow = the git history is incomplete (only the latest commits were fetched): pages last changed before them get no «last updated» date
git-shallow-hint = fetch the whole history: `fetch-depth: 0` under `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab), `git fetch --unshallow` by hand

## links: links between pages and photos in a text

links-nowhere = the link `{ $link }` points nowhere: there is no page { $target }
links-nowhere-hint = write the path from this file to the other Markdown file, e.g. ../2016/events/knigofestival.md
links-nowhere-hint-near = did you mean { $near }? Write the path from this file to the other Markdown file
links-photo-missing = the photo `{ $photo }` is missing
links-photo-missing-hint = put the photo in the event's folder beside index.md (an event bundle) and write its file name
links-photo-missing-hint-near = did you mean `{ $near }`? Names must match exactly, with the extension
links-photo-no-alt = the photo `{ $photo }` has no description
links-photo-no-alt-hint = say what it shows between the brackets, e.g. ![Дети на выставке](photo.jpg): screen readers read it aloud
links-not-shown = { $count ->
        [one] 1 more problem
       *[other] { $count } more problems
    } with links and photos in this file { $count ->
        [one] is
       *[other] are
    } not shown
links-not-shown-hint = fix the ones above and run `letopis check` again

## markdown: texts too deeply nested to publish

body-deep-quote = more than { $limit } quotes (`>`) are nested here, which this site does not publish
body-deep-quote-hint = a quote needs one `>` at the start of its lines; remove the others
body-deep-html = the text nests more than { $limit } HTML elements inside each other, which this site does not publish
body-deep-html-hint = remove the pasted HTML tags (<div>, <span>, <blockquote> …) and keep the text: Markdown needs none of them

## model: pages, lists of values and an event's photos

page-no-slug = this page gives no web address: its file name and `slug:` have no Latin letters or digits
page-no-slug-hint = rename the file with Latin letters or digits, e.g. `about.md`, or set `slug:`
term-no-letters = `{ $field }: { $name }` has no letters or digits
term-no-letters-hint = write a name, or remove the value
term-spellings = one `{ $field }` value is spelt in { $count } ways: { $list }
term-spellings-hint = they are shown as «{ $shown }»; write it the same way everywhere
photo-not-bundle = photos under `images:` need the event to be a folder
photo-not-bundle-hint = make a folder for the event: move { $file } to …/{ $stem }/index.md and put the photos beside it
photo-not-photo = `{ $file }` is not a photo
photo-not-photo-hint = list JPEG, PNG, WebP, GIF, AVIF or SVG files under `images:`; other files are listed as downloads by themselves
photo-not-found = the photo `{ $file }` is not in the event's folder
photo-not-found-hint-near = did you mean `{ $near }`?
photo-not-found-hint = put the file in { $folder } (photos there now: { $photos })
photo-not-found-hint-none = put the file in { $folder } (there are no photos there now)
photo-no-alt = the photo `{ $file }` has no description (alt)
photo-no-alt-hint = describe it for people who cannot see it: images: [{"{"}src: "{ $file }", alt: "Дети на книгофестивале"{"}"}]

## yaml, more: values the program itself refuses while reading

yaml-refused = this value cannot be read
yaml-refused-hint = check the value and how it is written (the YAML reader says: { $detail })
yaml-list-in-list = a list inside a list
yaml-list-in-list-hint = write the values in one list: `[first, second]` or one `- item` per line
yaml-listed-twice = `{ $id }` is listed twice
yaml-listed-twice-hint = give each one its own name, or keep one of them
cms-bad-repo = `{ $repo }` is not a repository
cms-bad-repo-hint = write its owner and name, e.g. `cbs-novokuznetsk/letopis`

## render: templates, photos and charts while pages are made

template-error = the template has a mistake, so no page can be made with it
template-error-hint = fix the template, or remove the site's copy in templates/ to use the theme's (the template engine says: { $detail })
template-missing = the theme has no template { $name }
template-missing-hint = every theme needs index, year, event, taxonomy, term, page and 404 templates
photo-unreadable = the photo cannot be read
photo-unreadable-hint = open it in an image editor and save it again as JPEG or PNG (the reason: { $detail })
chart-not-drawn = the chart `{ $id }` could not be drawn
chart-not-drawn-hint = this is a mistake of letopis, not of the file: please report it with the file ({ $detail })

## theme: choosing and reading a theme

theme-not-folder-name = `theme: { $name }` is not a folder name: themes are read only from the site's themes/ folder
theme-not-folder-name-hint = write the name of a folder in themes/, e.g. `theme: letopis`
theme-link-outside = this theme folder is a symbolic link out of the site, to { $target }
theme-link-outside-hint = copy the theme into themes/ instead of linking to it: the build publishes only the site's own files
theme-unknown = there is no theme `{ $name }`
theme-unknown-hint = put the theme in themes/{ $name }/ or use one of: { $themes }
theme-unknown-hint-near = did you mean `theme: { $near }`? Themes here: { $themes }
theme-unreadable = the theme's folder cannot be read: { $reason }
theme-no-meta = the theme has no theme.yaml
theme-no-meta-hint = add themes/<name>/theme.yaml with at least `name: <name>`
theme-builtin-not-utf8 = the built-in file is not UTF-8 text
theme-builtin-not-utf8-hint = this is a mistake of letopis, not of the site: please report it

## write: the output folder

output-link = this is a symbolic link where the build writes its output: a build would replace the folder it leads to
output-link-hint = delete the link `{ $file }` (and remove it from git); the build makes a real folder there
output-marker = this file marks its folder as a build output, which a build may replace whole
output-marker-hint = delete this file: only letopis writes it, into the output folders it makes

## number: figures of the statistics

figure-not-figure = `{ $text }` is not a figure
figure-pair-side = `{ $text }` is not a figure: each side of `/` must be a figure, as in `19/29`
figure-bracket = `{ $text }` is not a figure: the bracket is not closed
figure-hint = write digits, e.g. `9110`, `9 110`, `19,9%`, `403 (общ. 844)`, `19/29` for two figures; `-` or `нет` for none, `×` where it does not apply, `~` for an unknown (empty) cell; for words give the column `kind: text`
figure-yes-no = `{ $value }` is not a figure
figure-yes-no-hint = write a figure, `-` for none or `~` for unknown; words go in quotes, in a column with `kind: text` (yes, no, on and off without quotes are read as true and false)
figure-too-large = the number { $number } is too large
figure-too-large-hint = check the figure: write it as the report has it

## stats: the tables and figures of a year's stats.yaml

stats-too-many-cells = the statistics expand to { $cells } cells, more than the { $limit } a year may have
stats-too-many-cells-hint = anchors (`&name`) and aliases (`*name`) repeat what they name wherever they are used; write each table out once, with its own columns and rows
stats-table-id-taken = the table id `{ $id }` is already used
stats-table-id-taken-hint = give each table its own id (event figures use ids starting with `events-`)
stats-indicator-unknown = there is no indicator `{ $id }`
stats-indicator-unknown-hint = declare it under `indicators:` at the top of the file: `{ $id }: {"{"}name: "…", unit: "чел."{"}"}`
stats-indicator-unknown-hint-near = did you mean `{ $near }`? Indicators are declared under `indicators:` at the top of the file
stats-indicator-no-figure = the indicator `{ $id }` has no figure this year
stats-indicator-no-figure-hint = give it one under `figures:`, or bind a table row to it with `indicator:`
stats-column-shape = a column is either `label: …` or `group: …` with `columns: [...]`
stats-column-shape-hint = write a column as its label (`- офлайн`), or a group as `- group: "1 квартал"` with `columns: [офлайн, охват]`
stats-column-twice = two columns are called «{ $name }»
stats-column-twice-hint = give one of them an `id:`
stats-total-alone = this total column has no columns beside it to add up
stats-total-alone-hint = name the columns it adds up: `sum: ["ОПЛ / всего", "ЕНЛ / всего"]`
stats-column-unknown = `{ $field }` names a column «{ $name }» that the table does not have
stats-share-of-unknown = `share_of:` of the column «{ $column }» names a column «{ $name }» that the table does not have
stats-column-unknown-hint = name columns by their `id:` or by their headings joined with ` / `, e.g. «1 квартал / охват»
stats-column-unknown-hint-near = did you mean «{ $near }»? Columns are named by their `id:` or by their headings joined with ` / `
stats-row-no-label = this row has no label
stats-row-no-label-hint = add `label: "…"` or `indicator: <id>`
stats-row-width = «{ $label }» has { $count ->
        [one] 1 value
       *[other] { $count } values
    }, but the table has { $width ->
        [one] 1 column
       *[other] { $width } columns
    }
stats-row-width-hint = give one value per column, in the columns' order; write `~` for an empty cell
stats-pair-undeclared = «{ $label }», column «{ $column }»: `{ $text }` is two figures, but the column does not say what each is
stats-pair-undeclared-hint = declare them on the column: `{"{"}label: "клубы", pair: ["членов", "посещений"]{"}"}`
stats-total-mismatch = «{ $row }», column «{ $column }»: the total is { $total }, but { $of ->
        [rows] its rows
        [beside] the rows beside it
       *[columns] its columns
    } add up to { $sum } ({ $figures })
stats-total-mismatch-hint = correct the total or the figures it adds up; if the published report has this mismatch, keep its figures and set `totals: warn` on the table
stats-percent-impossible = «{ $row }»: { $value } is not a possible percentage here (0 to { $max })
stats-percent-impossible-hint = check the figure (a misplaced comma: `1992%` for `19,92%`?); if it really can be higher, give the row an indicator with `max: 200`
stats-role-no-actual = the column «{ $column }» has `role: { $role }`, but the table has no `role: actual` column to compare it with
stats-role-unmatched = the column «{ $column }» (`role: { $role }`) has no `role: actual` column headed «{ $series }»; the actual columns are headed { $actual }
stats-role-hint = give the plan, last-year and actual groups the same column labels, in the same order
stats-share-wrong = «{ $row }», column «{ $column }»: the share is { $share }, but { $part } of { $base } is { $computed }%
stats-shares-sum = column «{ $column }»: the shares of the rows add up to { $sum }%, not 100%
stats-share-hint = correct the share or the figures; if the published report has this mismatch, keep its figures and set `totals: warn` on the table
stats-balance-wrong = «{ $row }», column «{ $column }»: the balance is { $end }, but { $start } + { $received } − { $out } = { $expected }
stats-balance-hint = correct the figures; if the published report has this mismatch, keep its figures and set `totals: warn` on the table

## charts: what a chart asks of its data

chart-no-year = this page belongs to no year, so the chart must say whose data it is
chart-no-year-hint = add `year: 2023`
chart-no-data = there is no data `{ $data }` in { $year }
chart-no-data-hint = data of { $year }: { $ids }
chart-no-data-hint-near = did you mean `{ $near }`? Data of { $year }: { $ids }
chart-pie-series = a pie shows one series, and this one has { $count }
chart-pie-series-hint = name one with `y: <column>`
chart-inner-radius = inner_radius { $value } is outside 0…0.9
chart-inner-radius-hint = use 0 for a pie, 0.5 for a donut
chart-no-rows = `{ $data }` has no rows to draw
chart-no-rows-hint = check `rows:`, or fill the table
chart-no-series = the data has no series «{ $name }»
chart-no-row = the data has no row «{ $name }»
chart-unknown-hint = the data has: «{ $known }»
chart-unknown-hint-near = did you mean «{ $near }»? The data has: «{ $known }»

## import: reading a report to import

import-unreadable = the file cannot be read: { $reason }
import-unreadable-hint = check the file's name and that it is not open in another program
import-too-big = the file is larger than 64 MiB
import-too-big-hint = import the report's text: save it without the photos, or split it
import-empty = the file is empty
import-empty-hint = open it in Word or LibreOffice and check that the report was saved
import-no-text = the document has no text
import-no-text-hint = check that this is the report: open it in Word or LibreOffice
import-not-inside = the file is damaged: it is not a .{ $ext } document inside
import-not-read = .{ $ext } files are not read
import-not-read-hint = open it in Word or LibreOffice and save it as .docx (Word) or .odt
import-not-report = this is not a report letopis can read
import-not-report-hint = import .docx, .odt, .txt or .md files
import-old-doc = this is an old Word 97–2003 document (.doc), which letopis does not read
import-old-doc-hint = open it in Word or LibreOffice and choose «Сохранить как» → «Документ Word (.docx)», then import the .docx
import-encrypted = the document is protected with a password
import-encrypted-hint = open it in Word or LibreOffice, remove the password («Файл» → «Сведения» → «Защитить документ», or «Сохранить как» without a password) and import the saved copy
import-not-utf8 = the file is not UTF-8 text
import-not-utf8-hint = save it again as text in the UTF-8 encoding (Notepad: «Сохранить как» → «Кодировка: UTF-8»)
import-damaged = the file is damaged
import-damaged-part = the file is damaged: its part { $part } cannot be read
import-damaged-missing = the file is damaged: its part { $part } is missing
import-damaged-big = the file is damaged: its part { $part } unpacks to more than 64 MiB
import-not-office = the file is damaged: it is a ZIP archive but not a Word or LibreOffice document
import-damaged-hint = open it in Word or LibreOffice; if it opens, save it again as .docx or .odt and import the copy
import-damaged-hint-detail = open it in Word or LibreOffice; if it opens, save it again as .docx or .odt and import the copy (the reason: { $detail })
import-spreadsheet = this is a spreadsheet or another kind of document, not a text report
import-spreadsheet-hint = import the report itself (.docx or .odt); copy a table into the report to import it
import-unknown-library = «{ $library }» is not one of the site's libraries: kept as the report writes it
import-unknown-library-hint = correct `library:` in the draft, or add the library to site.yaml under `import: libraries:` (as reports write it) and import again; from { $source } ¶{ $paragraph }

## commands: refusals of a command, not of a file of the site

config-base-url-option = --base-url: { $message }
report-file-taken = { $file } already exists and is not a report letopis made; choose another name with --output, or move that file away
serve-cannot-listen = cannot listen on { $address }: { $reason }; another `letopis serve` may be running: try --port { $port }
serve-cannot-watch = cannot watch the site's files: { $reason }
cms-exists = { $file } already has a `cms:` section; change it there
cms-cannot-write = this cms section cannot be written: { $reason }
cms-repo-option = --repo { $repo }: this is not a repository; write its owner and name, e.g. `cbs-novokuznetsk/letopis`
cms-added = Added to site.yaml:
    { $block }After the next publication the editor is at the site's address followed by /admin/.
output-in-content = the output { $output } would replace the site's own files; choose a folder outside content/, e.g. { $suggestion }
output-is-link = the output { $output } is a symbolic link; a build replaces its output whole, so through a link it would replace the folder the link leads to. Remove the link (it is not a folder of yours) or pass --output a real folder
output-is-file = the output { $output } is a file; pass a folder with --output
output-not-ours = { $output } holds files that letopis did not make, and a build replaces the whole folder; pass another folder with --output, or empty this one yourself
output-busy = cannot move { $from } to { $to }: another program has a file in it open (a file manager, a browser, an antivirus); close it and build again, the previous output is kept ({ $reason })
write-outside = refusing to write outside the output: { $file }; this is a mistake of letopis, please report it
write-bad-name = refusing to write { $file }: its name cannot be published ({ $reason }); this is a mistake of letopis, please report it
chart-failed = the chart `{ $id }` could not be drawn: this is a mistake of letopis, please report it ({ $reason })
xlsx-failed = the spreadsheet of { $year } could not be made: this is a mistake of letopis, please report it ({ $reason })
init-is-file = { $dir } is a file; give a folder name for the new site
init-not-empty = { $dir } is not empty, and a new site must not mix with other files; give a new folder name, e.g. `letopis init letopis-site`
import-bad-year = --year { $year }: write the report's year with four digits, e.g. --year 2016

## files and reports: what the system or the typesetter refused

io-failed = cannot { $action ->
        [read] read
        [write] write
        [create] create
        [copy] copy
        [move] move
        [remove] remove
        [clean] clean
        [resolve] find
        [create-a-file-in] create a file in
        [listen-on] listen on
        [swap-in] swap in
       *[other] use
    } { $path }: { $reason }
report-no-year = the site has no year { $year }; its years are: { $years }
report-chart = a chart of { $year } cannot be drawn: { $reason }
report-typeset = the report could not be typeset: this is a mistake of letopis, please report it ({ $reason })
report-no-pdf = this letopis was built without PDF reports (the `pdf` feature); use --format docx
report-docx = the DOCX could not be written: this is a mistake of letopis, please report it ({ $reason })
