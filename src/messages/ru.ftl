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
load-misplaced = этот текстовый файл `.md` лежит вне папок, которые читает Летопись, и не попадёт на сайт
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
## dates: the `date:` of an event

date-empty = дата не указана
date-not-a-date = «{ $input }» не читается как дата
date-forms-hint = напишите дату так: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-04..2022-05, 2022-Q1 или 2022
date-written-forms-hint = напишите дату так: 10 февраля 2016, 10.02.2016, 4–5 июня 2014, февраль 2022, I квартал 2022, в течение 2022 года или 2016-04-04, 2022-04, 2022-Q1, 2022
date-no-such-day = даты { $date } не бывает: в { $monthnum ->
        [1] январе
        [2] феврале
        [3] марте
        [4] апреле
        [5] мае
        [6] июне
        [7] июле
        [8] августе
        [9] сентябре
        [10] октябре
        [11] ноябре
       *[12] декабре
    } { $year } года { $last ->
        [one] { $last } день
        [few] { $last } дня
       *[many] { $last } дней
    }
date-no-such-day-hint = проверьте число: дни этого месяца — с { $first } по { $lastday }
date-year = год { $year } не подходит: год пишется четырьмя цифрами, от 1000 до 9999
date-year-hint = напишите год четырьмя цифрами, например 2022
date-no-month = месяца с номером { $month } нет
date-no-month-hint = месяцы нумеруются от 01 до 12
date-no-quarter = квартала Q{ $quarter } нет: кварталы — Q1, Q2, Q3 и Q4
date-no-quarter-hint = напишите 2022-Q1, 2022-Q2, 2022-Q3 или 2022-Q4
date-not-range = «{ $input }» не читается как промежуток дат
date-range-mixed = в промежутке «{ $input }» начало и конец записаны по-разному
date-range-hint = промежуток — это два дня или два месяца через две точки: 2022-06-08..2022-06-09, 2022-04..2022-05
date-range-backwards = промежуток { $input } кончается раньше, чем начинается
date-range-backwards-hint = поставьте сначала более раннюю дату: { $fixed }
date-dash-range = «{ $input }» похоже на промежуток дат через тире
date-dash-range-hint = в этой записи промежуток пишется через две точки: { $fixed }
date-no-year = в дате нет года
date-no-year-hint = допишите год, например «10 февраля 2016», или положите файл в папку этого года

## routes: two sources for one address
# Сообщения owner-… называют того, кто пишет адрес, внутри route-taken.

route-taken = у адреса /{ $address } два источника: { $second } и { $first }
route-taken-hint = дайте одному из них другой адрес полем `slug:` в шапке или переименуйте файл
owner-page = страница `{ $file }`
owner-attached = файл мероприятия `{ $file }`
owner-theme = файл темы оформления `{ $file }`
owner-search-index = встроенный поисковый указатель
owner-home = встроенная главная страница
owner-not-found = встроенная страница «адрес не найден»
owner-search = встроенная страница поиска
owner-year = встроенная страница { $year } года
owner-year-term = встроенная страница { $year } года с отбором «{ $name }»
owner-year-stats = встроенная страница статистики { $year } года
owner-stats-index = встроенная страница статистики за все годы
owner-taxonomy = встроенный список { $kind ->
        [libraries] библиотек
        [forms] форм мероприятий
        [audiences] читательских групп
        [campaigns] кампаний
       *[tags] тегов
    }
owner-term = встроенная страница «{ $name }» в списке { $kind ->
        [libraries] библиотек
        [forms] форм мероприятий
        [audiences] читательских групп
        [campaigns] кампаний
       *[tags] тегов
    }
owner-built-page = встроенная страница
owner-feed = встроенная лента новостей
owner-year-feed = встроенная лента новостей { $year } года
owner-sitemap = встроенная карта сайта
owner-robots = встроенный файл robots.txt
owner-report = встроенный отчёт за { $year } год ({ $format })
owner-cms = встроенная страница редактирования (cms:)
owner-csv = встроенная таблица CSV `{ $id }` за { $year } год
owner-xlsx = встроенная книга Excel со статистикой { $year } года
owner-trends-csv = встроенная таблица CSV с динамикой по годам
owner-chart-font = встроенный шрифт диаграмм
owner-photo-copies = встроенные уменьшенные копии фотографии { $file }

## paths: file names every system accepts

path-twin = у этого файла то же имя, что у { $file }, для Windows и macOS: они не различают такие имена
path-twin-hint = переименуйте один из файлов: там имена, которые отличаются только заглавными буквами или способом набора буквы, считаются одним
path-not-unicode = этот файл нельзя опубликовать: в его имени есть знаки, которые не читаются как буквы
path-forbidden-char = этот файл нельзя опубликовать: в его имени есть знак `{ $char }`, который запрещён в Windows
path-trailing-dot = этот файл нельзя опубликовать: его имя кончается точкой или пробелом, а Windows их отбрасывает
path-device = этот файл нельзя опубликовать: имя `{ $name }` Windows оставляет за устройствами
path-too-long = этот файл нельзя опубликовать: его имя длиннее 200 байт
path-bad-name-hint = переименуйте файл: буквы, цифры, `-`, `_` и `.`, например `foto-1.jpg`
path-link-nowhere = эта символическая ссылка никуда не ведёт
path-link-outside = эта символическая ссылка ведёт за пределы сайта, в { $target }
path-link-hint = скопируйте сам файл в папку сайта вместо ссылки на него: при сборке читается только папка сайта

## inert: files of an event folder a browser would run

inert-active = файл типа .{ $type } нельзя опубликовать: файлы рядом с index.md выкладываются по адресу сайта, а браузер откроет такой файл как страницу или программу
inert-no-extension = файл без расширения нельзя опубликовать: файлы рядом с index.md выкладываются по адресу сайта, а браузер может открыть такой файл как страницу или программу
inert-hint = выкладывайте фотографии в JPEG, PNG или WebP, а документы — в PDF, форматах офисных программ или архивом ZIP; сайт публикует только { $types }
inert-hint-svg = сохраните рисунок в PNG (например, экспортом из программы, в которой он сделан)
inert-hint-svgz = сохраните рисунок в PNG
inert-hint-html = распечатайте страницу в PDF или вставьте её текст в index.md
inert-hint-print = распечатайте файл в PDF
inert-hint-xml = распечатайте файл в PDF или упакуйте в архив ZIP
inert-hint-js = удалите файл: программы из папки content не публикуются

## events: an event's title, library, lists and address

event-no-library = не сказано, какая библиотека провела мероприятие
event-no-library-hint = добавьте `library: "Центральная детская библиотека"` (название вашей библиотеки) или впишите `default_library:` в content/{ $year }/_index.md
event-no-title = у мероприятия нет названия
event-no-title-hint = напишите название мероприятия, например `title: "Акция «Доктор Книга»"`
event-too-many = в поле `{ $field }` { $count ->
        [one] { $count } значение
        [few] { $count } значения
       *[many] { $count } значений
    }, а у мероприятия их может быть не больше { $max }
event-too-many-hint = оставьте те, по которым читатели ищут: каждое значение становится страницей сайта
event-bad-slug = адрес `{ $slug }` из поля `slug:` нельзя использовать в ссылке на сайт
event-bad-slug-hint = напишите `{ $fixed }` (только латинские буквы, цифры и дефисы)
event-bad-slug-hint-empty = пишите латинскими буквами, цифрами и дефисами, например `slug: "doktor-kniga"`
event-no-slug = из имени файла `{ $name }` не получается адрес страницы
event-no-slug-hint = переименуйте файл буквами или цифрами, например `doktor-kniga.md`, или задайте поле `slug:`

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
body-table-cells = в таблицах этого текста больше { $limit } ячеек, столько одна страница не покажет
body-table-cells-hint = перенесите цифры в `stats.yaml` этого года (такая таблица публикуется как диаграмма, файл CSV и электронная таблица) или разделите таблицу между несколькими мероприятиями

## templates: a theme's templates

template-safe = `{ $expression } | safe` показал бы этот текст как HTML, со скриптами: фильтр `safe` в шаблонах запрещён
template-safe-hint = замените `| safe` на `| html`: он покажет как есть только HTML, который сделала сама программа (текст мероприятия, диаграмму, JSON-LD), а всё остальное экранирует

## words: what the Markdown engines write into a page themselves

words-alert-note = Примечание
words-alert-tip = Совет
words-alert-important = Важно
words-alert-warning = Внимание
words-alert-caution = Осторожно
words-back-link = Вернуться к сноске { $number }

## libraries: the registry `libraries:` of site.yaml

library-no-name = у библиотеки в списке `libraries:` нет названия
library-no-name-hint = Напишите название библиотеки словами, как в событиях: `- name: "Детская библиотека «Экос»"`
library-twice = библиотека «{ $name }» записана в `libraries:` дважды (как и «{ $first }»)
library-twice-hint = Оставьте одну запись; другое написание названия добавьте в её `aliases:`
library-coordinates = «{ $input }» — не координаты: нужны широта и долгота в градусах
library-coordinates-hint = Скопируйте точку с карты, дробная часть через точку: `coordinates: "53.757117, 87.136104"`
library-website = «{ $input }» — не адрес сайта
library-website-hint = Адрес сайта начинается с https:// или http://, например `website: "https://libkem.su/"`
library-photo-path = «{ $input }» — не путь к файлу в папке static
library-photo-path-hint = Положите фотографию в папку `static/` сайта и напишите путь внутри неё: `photo: "libraries/ekos.jpg"`
library-photo-missing = фотографии `static/{ $file }` библиотеки «{ $name }» нет
library-photo-missing-hint = Положите файл в папку `static/` сайта или исправьте `photo:` в списке `libraries:`
library-unknown = библиотеки «{ $name }» нет в списке `libraries:` файла site.yaml
library-unknown-hint = Допишите её в `libraries:` (с адресом), чтобы у неё была своя страница с адресом и часами работы
library-unknown-hint-suggest = может быть, это «{ $suggestion }»? Напишите название как в списке или допишите библиотеку в `libraries:`
