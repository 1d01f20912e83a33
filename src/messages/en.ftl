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
## cli, scaffold: init and new

init-created-file = created { $file }
init-done = Created a new site in { $dir }. Next:
      cd { $dir }
      letopis serve --open    # see it in the browser
      letopis new event "Title" --date 2025-05-15
    Read { $guide } for the editors' guide; edit site.yaml for the title and address.
new-no-library = Add `library:` to the file unless the year's _index.md sets default_library.

## serve: the overlay over the page

serve-overlay = letopis: the site could not be rebuilt. Fix the file and save; this page reloads by itself.

serve-started = Serving { $root } at { $url } — edit and save, the browser reloads. Ctrl+C to stop.
serve-rebuilt = Built { $pages } pages in { $ms } ms
serve-rebuilt-after = Built { $pages } pages in { $ms } ms after a change in { $file }
serve-kept = The last good version stays in the browser; fix the file and save.
serve-stopped = Stopped.
serve-no-browser = Could not open a browser: open { $url } yourself.

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
