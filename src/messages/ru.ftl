# Сообщения Летописи по-русски. По группе на модуль (## имя); каждое
# сообщение есть и в en.ftl, и в kk.ftl, с теми же переменными.
# Идентификатор сообщения — постоянный код проблемы в `check --format json`.

## error: how a diagnostic is shown

label-error = ошибка
label-warning = предупреждение
label-help = как исправить

## check and build: summaries

check-clean = Проблем не найдено: сайт готов к сборке.
check-summary = { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
       *[many] { $errors } ошибок
    } и { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
       *[many] { $warnings } предупреждений
    } в { $files ->
        [one] { $files } файле
       *[many] { $files } файлах
    }.
build-failed = Сайт не собран: { $errors ->
        [one] найдена { $errors } ошибка
        [few] найдены { $errors } ошибки
       *[many] найдено { $errors } ошибок
    }; ни один файл не изменён.
build-done = Собрано страниц: { $pages } (мероприятий: { $events }, файлов: { $files }) за { $seconds } с → { $output }
## cli, scaffold: init and new

init-created-file = создан { $file }
init-done = Новый сайт создан в папке { $dir }. Дальше:
      cd { $dir }
      letopis serve --open    # посмотреть сайт в браузере
      letopis new event "Название" --date 2025-05-15
    Руководство для редакторов — в файле { $guide }; название и адрес сайта — в site.yaml.
new-no-library = Допишите в файл `library:`, если в _index.md этого года нет default_library.

## serve: the overlay over the page

serve-overlay = Летопись: сайт не удалось пересобрать. Исправьте файл и сохраните его — страница обновится сама.

serve-started = Сайт { $root } открыт по адресу { $url } — правьте и сохраняйте файлы, браузер обновится сам. Остановить: Ctrl+C.
serve-rebuilt = Собрано страниц: { $pages } за { $ms } мс
serve-rebuilt-after = Собрано страниц: { $pages } за { $ms } мс после изменения в { $file }
serve-kept = В браузере остаётся последняя удачная версия; исправьте файл и сохраните его.
serve-stopped = Остановлено.
serve-no-browser = Браузер не открылся: откройте адрес { $url } сами.

## config

config-missing = в этой папке нет site.yaml
config-missing-hint = запустите letopis в папке сайта или укажите её через --root; в { $dir } нет site.yaml

## load: finding and reading the content

load-no-content = у сайта нет папки content
load-no-content-hint = создайте папку content/<год>/events/ и положите в неё по одному файлу Markdown на каждое мероприятие
load-folder-link = ссылка на папку не открывается
load-folder-link-hint = перенесите саму папку сюда вместо ссылки на неё
load-misplaced = этот файл Markdown лежит вне папок, которые читает Летопись, и не попадёт на сайт
load-misplaced-hint = перенесите файл в content/pages/ (страница) или в content/<год>/events/ (мероприятие) либо впишите `{ $path }` в список `ignore:` в site.yaml
load-misplaced-hint-year = перенесите файл в папку content/{ $year }/events/ либо впишите `{ $path }` в список `ignore:` в site.yaml
load-stray-document = этот документ лежит вне папки мероприятия и не попадёт на сайт
load-stray-document-hint = положите его рядом с мероприятием: сделайте мероприятие папкой с index.md (letopis new event … --bundle) и перенесите файл туда; либо впишите `{ $path }` в список `ignore:` в site.yaml
load-not-index = в папке мероприятия нет index.md, и мероприятие не попадёт на сайт
load-not-index-hint = переименуйте файл в index.md: мероприятие папки { $folder } — это её index.md
load-no-index = в этой папке в events/ нет index.md, и её файлы не попадут на сайт
load-no-index-hint = добавьте index.md с шапкой мероприятия или перенесите { $count ->
        [one] { $count } файл
        [few] { $count } файла
       *[many] { $count } файлов
    } в папку мероприятия
load-unreadable = файл не читается: { $reason }
load-too-big = размер файла { $size } МиБ; текстовые файлы читаются только до { $limit } МиБ
load-not-utf8 = файл сохранён не в кодировке UTF-8
load-too-big-hint = разделите текст на несколько мероприятий или страниц; фотографии и документы кладите рядом с мероприятием в его папку, а не в текст
load-not-utf8-hint = сохраните файл в кодировке UTF-8 («Сохранить как…» → кодировка UTF-8)
load-not-utf8-hint-cp1251 = похоже, файл в кодировке Windows-1251 (так сохраняет старый Word). Сохраните его в UTF-8 или перекодируйте: iconv -f cp1251 -t utf-8 '{ $file }' > tmp.md && mv tmp.md '{ $file }'
front-not-closed = шапка файла не закрыта
front-not-closed-hint = после последнего поля, перед текстом, добавьте строку из трёх дефисов: `---`
front-missing = у файла нет шапки с полями

front-missing-hint = начните файл со строки `---`, затем напишите поля, например `title: "..."` и `date: 2016-04-04`, и закройте их строкой `---`
front-missing-hint-empty = файл пуст: напишите шапку (`---`, `title: ...`, `date: ...`, `---`), а под ней текст
## year folder: an event whose date is in another year
event-wrong-year = дата { $date } не относится к { $folder } году, а файл лежит в папке этого года
event-wrong-year-hint = перенесите файл в папку content/{ $year }/events/ или исправьте дату, если в ней ошибка в годе

## yaml: mistakes in front matter, site.yaml and stats.yaml

yaml-unknown-field = неизвестное поле `{ $field }`
yaml-unknown-field-in = неизвестное поле `{ $field }` в `{ $path }`
yaml-unknown-field-hint = Допустимые поля: `{ $allowed }`; свои поля сайта пишите внутри `extra:`
yaml-unknown-field-hint-suggest = может быть, вы имели в виду `{ $suggestion }`? Допустимые поля: `{ $allowed }`; свои поля сайта пишите внутри `extra:`
yaml-native-field = поле `{ $field }` пишется по-английски: `{ $english }`
yaml-native-field-hint = напишите строку так: `{ $fixed }`
yaml-unknown-value = недопустимое значение `{ $value }`
yaml-unknown-value-in = недопустимое значение `{ $value }` в `{ $path }`
yaml-unknown-value-hint = Допустимые значения: `{ $allowed }`
yaml-unknown-value-hint-suggest = может быть, вы имели в виду `{ $suggestion }`? Допустимые значения: `{ $allowed }`
yaml-not-number = здесь нужно целое число
yaml-not-number-hint = напишите число цифрами, например `attendance: 120`
yaml-not-list = здесь нужен список
yaml-not-list-hint = напишите список: `[первое, второе]` или по одному `- пункт` на строку
yaml-not-yes-no = здесь нужно `true` (да) или `false` (нет)
yaml-not-yes-no-hint = напишите `true` или `false`
yaml-colon = в значении есть двоеточие, и оно читается как начало нового поля
yaml-colon-hint = Поставьте значение в кавычки: `{ $fixed }`
yaml-tab = отступ сделан табуляцией
yaml-tab-hint = сделайте отступ пробелами: табуляция в шапке не допускается
yaml-missing-field = не хватает поля `{ $field }`
yaml-missing-field-hint = добавьте это поле в шапку, между строками `---`
yaml-too-big = шапка занимает { $size } КиБ; читается не больше { $limit } КиБ
yaml-too-big-hint = в шапке — несколько коротких полей; длинный текст пишите ниже закрывающей строки `---`
yaml-too-deep = скобки вложены глубже { $limit } уровней
yaml-too-deep-hint = закройте открытые скобки `[` и `{"{"}`; список пишется так: `[первое, второе]`
yaml-anchors = ссылки `*имя` разворачиваются в слишком длинный текст
yaml-anchors-hint = напишите значения полностью, не вкладывая метки `&имя` одну в другую
yaml-nested = значения вложены слишком глубоко
yaml-nested-hint = поля шапки — это слова, числа или короткие списки; проверьте отступы
yaml-not-fields = шапка должна состоять из полей, по одному `имя: значение` на строку
yaml-not-fields-hint = напишите каждое поле на своей строке, например `title: "Акция"`, без `-` в начале
yaml-syntax = эту строку не получается прочитать как `имя: значение`
yaml-syntax-hint = проверьте кавычки и отступы рядом с ней (сообщение программы чтения YAML: { $detail })
