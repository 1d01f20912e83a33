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
build-imported = Записано файлов: { $files }.
build-import-failed = Не удалось: { $reports } { $reports ->
        [one] отчёт не прочитан
        [few] отчёта не прочитаны
       *[many] отчётов не прочитаны
    }; остальные импортированы.
## cli, scaffold: init and new

init-created-file = создан { $file }
init-done = Новый сайт создан в папке { $dir }. Дальше:
      cd { $dir }
      letopis serve --open    # посмотреть сайт в браузере
      letopis new event "Название" --date 2025-05-15
    Руководство для редакторов — в файле { $guide }; название и адрес сайта — в site.yaml.
new-no-library = Допишите в файл `library:`, если в _index.md этого года нет default_library.
new-bad-date = --date { $date }: { $message }; { $hint }
new-no-letters = в названии «{ $title }» нет ни букв, ни цифр, из которых можно сделать веб-адрес; напишите название словами
new-too-long = название слишком длинное для имени файла и веб-адреса ({ $length } { $length ->
        [one] символ
        [few] символа
       *[many] символов
    } латиницей, можно не больше { $max }); дайте здесь короткое название (например, его первые слова), а полное потом напишите в `title:` файла
new-exists = { $file } уже есть, а letopis никогда не перезаписывает файлы; отредактируйте этот файл или дайте мероприятию другое название (например, с датой: "{ $title } { $date }")
new-bad-archetype = заготовку archetypes/event.md нельзя использовать; исправьте её или удалите, чтобы использовалась заготовка темы (шаблонизатор сообщает: { $detail })
build-report-done = Отчёт за { $year } год записан ({ $kib } КиБ) → { $file }

## serve: the overlay over the page

serve-overlay = Летопись: сайт не удалось пересобрать. Исправьте файл и сохраните его — страница обновится сама.

serve-started = Сайт { $root } открыт по адресу { $url } — правьте и сохраняйте файлы, браузер обновится сам. Остановить: Ctrl+C.
serve-rebuilt = Собрано страниц: { $pages } за { $ms } мс
serve-rebuilt-after = Собрано страниц: { $pages } за { $ms } мс после изменения в { $file }
serve-kept = В браузере остаётся последняя удачная версия; исправьте файл и сохраните его.
serve-stopped = Остановлено.
serve-no-browser = Браузер не открылся: откройте адрес { $url } сами.
serve-polling = Изменения проверяются каждые { $ms } мс.

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
chart-font-failed = не удалось подготовить встроенный шрифт диаграмм ({ $reason }); это ошибка Летописи, а не сайта: сообщите о ней разработчикам
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

## config: site.yaml's address and links

config-base-url-char = в адресе сайта `{ $url }` (base_url) есть `{ $char }` — такого символа не бывает в веб-адресах
config-base-url-host = в адресе сайта `{ $url }` (base_url) после http:// или https:// нет правильного имени сайта
config-base-url-scheme = адрес сайта `{ $url }` (base_url) должен начинаться с https://, http:// или /
config-base-url-path = в пути адреса сайта `{ $url }` (base_url) есть пустая часть, `.` или `..` (из-за `//` браузер откроет другой сайт)
config-base-url-hint = напишите адрес, по которому опубликован сайт, например `https://library.example/`, или `/`, чтобы смотреть сайт на своём компьютере
config-social-not-web = `{ $url }` — не веб-адрес
config-social-not-web-hint = ссылки на соцсети начинаются с https://, http://, mailto: или tel:

## git: the «last updated» dates

git-missing = git не установлен, поэтому у страниц не будет даты «Обновлено»
git-missing-hint = установите git (https://git-scm.com) или напишите `last_updated: false` в site.yaml
git-not-repository = сайт не хранится в репозитории git, поэтому у страниц не будет даты «Обновлено»
git-not-repository-hint = сохраните сайт в git (`git init`, `git add .`, `git commit`) или напишите `last_updated: false` в site.yaml
git-failed = команда `git { $command }` не сработала, поэтому у страниц не будет даты «Обновлено»
git-failed-hint = выполните `git log` в папке сайта и посмотрите, что пишет git (он ответил: { $detail }), или напишите `last_updated: false` в site.yaml
git-shallow = история git неполная (скачаны только последние изменения): у страниц, изменённых раньше, не будет даты «Обновлено»
git-shallow-hint = скачайте всю историю: `fetch-depth: 0` в `actions/checkout` (GitHub), `GIT_DEPTH: 0` (GitLab), `git fetch --unshallow` вручную

## links: links between pages and photos in a text

links-nowhere = ссылка `{ $link }` никуда не ведёт: страницы { $target } нет
links-nowhere-hint = напишите путь от этого файла к другому файлу Markdown, например ../2016/events/knigofestival.md
links-nowhere-hint-near = может быть, вы имели в виду { $near }? Напишите путь от этого файла к другому файлу Markdown
links-photo-missing = фотографии `{ $photo }` нет
links-photo-missing-hint = положите фотографию в папку мероприятия рядом с index.md и напишите имя её файла
links-photo-missing-hint-near = может быть, вы имели в виду `{ $near }`? Имя должно совпадать точно, вместе с расширением
links-photo-no-alt = у фотографии `{ $photo }` нет описания
links-photo-no-alt-hint = напишите в квадратных скобках, что на ней, например ![Дети на выставке](photo.jpg): программы экранного доступа читают это вслух
links-not-shown = ещё { $count } { $count ->
        [one] ошибка
        [few] ошибки
       *[many] ошибок
    } в ссылках и фотографиях этого файла не { $count ->
        [one] показана
       *[many] показаны
    }
links-not-shown-hint = исправьте показанные выше и снова запустите `letopis check`

## markdown: texts too deeply nested to publish

body-deep-quote = здесь вложено больше { $limit } цитат (`>`), такой текст сайт не публикует
body-deep-quote-hint = цитате нужен один знак `>` в начале строки; уберите остальные
body-deep-html = в тексте больше { $limit } HTML-элементов вложены друг в друга, такой текст сайт не публикует
body-deep-html-hint = уберите вставленные HTML-теги (<div>, <span>, <blockquote> …) и оставьте текст: в Markdown они не нужны

## model: pages, lists of values and an event's photos

page-no-slug = у этой страницы не получается веб-адрес: в имени файла и в `slug:` нет латинских букв и цифр
page-no-slug-hint = переименуйте файл латинскими буквами или цифрами, например `about.md`, или укажите `slug:`
term-no-letters = в `{ $field }: { $name }` нет ни букв, ни цифр
term-no-letters-hint = напишите название или уберите это значение
term-spellings = одно значение `{ $field }` написано { $count } { $count ->
        [one] способом
       *[many] способами
    }: { $list }
term-spellings-hint = на сайте оно показано как «{ $shown }»; пишите его везде одинаково
photo-not-bundle = для фотографий в `images:` мероприятие должно быть папкой
photo-not-bundle-hint = сделайте для мероприятия папку: перенесите { $file } в …/{ $stem }/index.md и положите фотографии рядом
photo-not-photo = `{ $file }` — не фотография
photo-not-photo-hint = перечисляйте в `images:` файлы JPEG, PNG, WebP, GIF, AVIF или SVG; остальные файлы и так попадут в список для скачивания
photo-not-found = фотографии `{ $file }` нет в папке мероприятия
photo-not-found-hint-near = может быть, вы имели в виду `{ $near }`?
photo-not-found-hint = положите файл в папку { $folder } (фотографии, которые там сейчас: { $photos })
photo-not-found-hint-none = положите файл в папку { $folder } (сейчас там нет фотографий)
photo-no-alt = у фотографии `{ $file }` нет описания (alt)
photo-no-alt-hint = опишите её для тех, кто не видит: images: [{"{"}src: "{ $file }", alt: "Дети на книгофестивале"{"}"}]

## yaml, more: values the program itself refuses while reading

yaml-refused = это значение не удаётся прочитать
yaml-refused-hint = проверьте значение и то, как оно записано (программа чтения YAML сообщает: { $detail })
yaml-list-in-list = список внутри списка
yaml-list-in-list-hint = напишите значения одним списком: `[первое, второе]` или по одному `- значению` в строке
yaml-listed-twice = `{ $id }` указан дважды
yaml-listed-twice-hint = дайте каждому своё имя или оставьте один из них
cms-bad-repo = `{ $repo }` — не репозиторий
cms-bad-repo-hint = напишите владельца и название репозитория, например `cbs-novokuznetsk/letopis`

## render: templates, photos and charts while pages are made

template-error = в шаблоне ошибка, поэтому по нему нельзя сделать ни одной страницы
template-error-hint = исправьте шаблон или удалите копию шаблона сайта из templates/, чтобы использовался шаблон темы (шаблонизатор сообщает: { $detail })
template-missing = в теме нет шаблона { $name }
template-missing-hint = в каждой теме должны быть шаблоны index, year, event, taxonomy, term, page и 404
photo-unreadable = фотографию не удаётся прочитать
photo-unreadable-hint = откройте её в графическом редакторе и сохраните заново в JPEG или PNG (причина: { $detail })
chart-not-drawn = не удалось нарисовать диаграмму `{ $id }`
chart-not-drawn-hint = это ошибка letopis, а не файла: пожалуйста, сообщите о ней и приложите файл ({ $detail })

## theme: choosing and reading a theme

theme-not-folder-name = `theme: { $name }` — не имя папки: темы берутся только из папки themes/ сайта
theme-not-folder-name-hint = напишите имя папки из themes/, например `theme: letopis`
theme-link-outside = эта папка темы — символическая ссылка за пределы сайта, на { $target }
theme-link-outside-hint = скопируйте тему в themes/ вместо ссылки на неё: сайт публикует только свои собственные файлы
theme-unknown = темы `{ $name }` нет
theme-unknown-hint = положите тему в themes/{ $name }/ или выберите одну из этих: { $themes }
theme-unknown-hint-near = может быть, вы имели в виду `theme: { $near }`? Темы сайта: { $themes }
theme-unreadable = папку темы не удаётся прочитать: { $reason }
theme-no-meta = в теме нет файла theme.yaml
theme-no-meta-hint = добавьте файл themes/<имя>/theme.yaml, в нём должна быть хотя бы строка `name: <имя>`
theme-builtin-not-utf8 = встроенный файл — не текст в UTF-8
theme-builtin-not-utf8-hint = это ошибка letopis, а не сайта: пожалуйста, сообщите о ней

## write: the output folder

output-link = здесь символическая ссылка на месте, куда сборка записывает сайт: сборка заменила бы папку, на которую она ведёт
output-link-hint = удалите ссылку `{ $file }` (и уберите её из git); сборка создаст здесь настоящую папку
output-marker = этот файл отмечает папку как результат сборки, а такую папку сборка может заменить целиком
output-marker-hint = удалите этот файл: его записывает только letopis, в папки, которые сам создаёт

## number: figures of the statistics

figure-not-figure = `{ $text }` — не число
figure-pair-side = `{ $text }` — не число: по обе стороны от `/` должны быть числа, как в `19/29`
figure-bracket = `{ $text }` — не число: скобка не закрыта
figure-hint = напишите цифрами, например `9110`, `9 110`, `19,9%`, `403 (общ. 844)`, `19/29` для двух чисел; `-` или `нет`, если ничего не было, `×`, если показатель неприменим, `~`, если число неизвестно (пустая клетка); для слов укажите у столбца `kind: text`
figure-yes-no = `{ $value }` — не число
figure-yes-no-hint = напишите число, `-`, если ничего не было, или `~`, если число неизвестно; слова пишутся в кавычках, в столбце с `kind: text` (yes, no, on и off без кавычек читаются как true и false)
figure-too-large = число { $number } слишком большое
figure-too-large-hint = проверьте число: напишите его так, как в отчёте

## stats: the tables and figures of a year's stats.yaml

stats-too-many-cells = в статистике получается { $cells } { $cells ->
        [one] клетка
        [few] клетки
       *[many] клеток
    }, а за год может быть не больше { $limit }
stats-too-many-cells-hint = якоря (`&имя`) и ссылки на них (`*имя`) повторяют свою часть везде, где использованы; напишите каждую таблицу один раз, с её собственными столбцами и строками
stats-table-id-taken = идентификатор таблицы `{ $id }` уже занят
stats-table-id-taken-hint = дайте каждой таблице свой идентификатор (у цифр о мероприятиях идентификаторы начинаются с `events-`)
stats-indicator-unknown = показателя `{ $id }` нет
stats-indicator-unknown-hint = опишите его в `indicators:` в начале файла: `{ $id }: {"{"}name: "…", unit: "чел."{"}"}`
stats-indicator-unknown-hint-near = может быть, вы имели в виду `{ $near }`? Показатели описываются в `indicators:` в начале файла
stats-indicator-no-figure = у показателя `{ $id }` нет значения за этот год
stats-indicator-no-figure-hint = укажите его в `figures:` или свяжите с ним строку таблицы через `indicator:`
stats-column-shape = столбец — это либо `label: …`, либо `group: …` со списком `columns: [...]`
stats-column-shape-hint = напишите столбец его заголовком (`- офлайн`), а группу — как `- group: "1 квартал"` с `columns: [офлайн, охват]`
stats-column-twice = два столбца называются «{ $name }»
stats-column-twice-hint = дайте одному из них `id:`
stats-total-alone = рядом с этим итоговым столбцом нет столбцов, которые он мог бы суммировать
stats-total-alone-hint = перечислите столбцы, которые он суммирует: `sum: ["ОПЛ / всего", "ЕНЛ / всего"]`
stats-column-unknown = в `{ $field }` указан столбец «{ $name }», которого в таблице нет
stats-share-of-unknown = в `share_of:` столбца «{ $column }» указан столбец «{ $name }», которого в таблице нет
stats-column-unknown-hint = называйте столбцы по их `id:` или по заголовкам через ` / `, например «1 квартал / охват»
stats-column-unknown-hint-near = может быть, вы имели в виду «{ $near }»? Столбцы называются по их `id:` или по заголовкам через ` / `
stats-row-no-label = у этой строки нет названия
stats-row-no-label-hint = добавьте `label: "…"` или `indicator: <идентификатор>`
stats-row-width = в строке «{ $label }» { $count } { $count ->
        [one] значение
        [few] значения
       *[many] значений
    }, а в таблице { $width } { $width ->
        [one] столбец
        [few] столбца
       *[many] столбцов
    }
stats-row-width-hint = напишите по одному значению на столбец, в порядке столбцов; для пустой клетки пишите `~`
stats-pair-undeclared = «{ $label }», столбец «{ $column }»: `{ $text }` — это два числа, но у столбца не сказано, что означает каждое
stats-pair-undeclared-hint = укажите это у столбца: `{"{"}label: "клубы", pair: ["членов", "посещений"]{"}"}`
stats-total-mismatch = «{ $row }», столбец «{ $column }»: итог { $total }, а { $of ->
        [rows] его строки
        [beside] строки рядом с ним
       *[columns] его столбцы
    } дают в сумме { $sum } ({ $figures })
stats-total-mismatch-hint = исправьте итог или слагаемые; если такое расхождение есть в опубликованном отчёте, оставьте его цифры и напишите у таблицы `totals: warn`
stats-percent-impossible = «{ $row }»: { $value } — здесь невозможный процент (от 0 до { $max })
stats-percent-impossible-hint = проверьте число (запятая не на месте: `1992%` вместо `19,92%`?); если он правда может быть больше, дайте строке показатель с `max: 200`
stats-role-no-actual = у столбца «{ $column }» указано `role: { $role }`, но в таблице нет столбца `role: actual`, с которым его можно сравнить
stats-role-unmatched = у столбца «{ $column }» (`role: { $role }`) нет пары — столбца `role: actual` с заголовком «{ $series }»; заголовки фактических столбцов: { $actual }
stats-role-hint = дайте группам плана, прошлого года и факта одинаковые заголовки столбцов в одинаковом порядке
stats-share-wrong = «{ $row }», столбец «{ $column }»: доля { $share }, но { $part } из { $base } — это { $computed }%
stats-shares-sum = столбец «{ $column }»: доли строк в сумме дают { $sum }%, а не 100%
stats-share-hint = исправьте долю или числа; если такое расхождение есть в опубликованном отчёте, оставьте его цифры и напишите у таблицы `totals: warn`
stats-balance-wrong = «{ $row }», столбец «{ $column }»: остаток { $end }, но { $start } + { $received } − { $out } = { $expected }
stats-balance-hint = исправьте числа; если такое расхождение есть в опубликованном отчёте, оставьте его цифры и напишите у таблицы `totals: warn`

## charts: what a chart asks of its data

chart-no-year = эта страница не относится ни к одному году, поэтому в диаграмме нужно указать, чьи это данные
chart-no-year-hint = добавьте `year: 2023`
chart-no-data = данных `{ $data }` за { $year } год нет
chart-no-data-hint = данные за { $year } год: { $ids }
chart-no-data-hint-near = может быть, вы имели в виду `{ $near }`? Данные за { $year } год: { $ids }
chart-pie-series = круговая диаграмма показывает один ряд данных, а здесь их { $count }
chart-pie-series-hint = выберите один: `y: <столбец>`
chart-inner-radius = inner_radius { $value } — вне пределов от 0 до 0,9
chart-inner-radius-hint = напишите 0 для круговой диаграммы, 0.5 для кольцевой
chart-no-rows = в `{ $data }` нет строк, которые можно нарисовать
chart-no-rows-hint = проверьте `rows:` или заполните таблицу
chart-no-series = в данных нет ряда «{ $name }»
chart-no-row = в данных нет строки «{ $name }»
chart-unknown-hint = в данных есть: «{ $known }»
chart-unknown-hint-near = может быть, вы имели в виду «{ $near }»? В данных есть: «{ $known }»

## import: reading a report to import

import-unreadable = файл не удаётся прочитать: { $reason }
import-unreadable-hint = проверьте имя файла и что он не открыт в другой программе
import-too-big = файл больше 64 МиБ
import-too-big-hint = импортируйте текст отчёта: сохраните его без фотографий или разделите на части
import-empty = файл пустой
import-empty-hint = откройте его в Word или LibreOffice и проверьте, что отчёт сохранён
import-no-text = в документе нет текста
import-no-text-hint = проверьте, тот ли это отчёт: откройте его в Word или LibreOffice
import-not-inside = файл повреждён: внутри это не документ .{ $ext }
import-not-read = файлы .{ $ext } не читаются
import-not-read-hint = откройте его в Word или LibreOffice и сохраните как .docx (Word) или .odt
import-not-report = это не отчёт, который letopis может прочитать
import-not-report-hint = импортируйте файлы .docx, .odt, .txt или .md
import-old-doc = это старый документ Word 97–2003 (.doc), такие letopis не читает
import-old-doc-hint = откройте его в Word или LibreOffice, выберите «Сохранить как» → «Документ Word (.docx)» и импортируйте .docx
import-encrypted = документ защищён паролем
import-encrypted-hint = откройте его в Word или LibreOffice, снимите пароль («Файл» → «Сведения» → «Защитить документ» или «Сохранить как» без пароля) и импортируйте сохранённую копию
import-not-utf8 = файл — не текст в кодировке UTF-8
import-not-utf8-hint = сохраните его заново как текст в кодировке UTF-8 (Блокнот: «Сохранить как» → «Кодировка: UTF-8»)
import-damaged = файл повреждён
import-damaged-part = файл повреждён: его часть { $part } не читается
import-damaged-missing = файл повреждён: в нём нет части { $part }
import-damaged-big = файл повреждён: его часть { $part } после распаковки больше 64 МиБ
import-not-office = файл повреждён: это ZIP-архив, но не документ Word или LibreOffice
import-damaged-hint = откройте его в Word или LibreOffice; если он откроется, сохраните его заново как .docx или .odt и импортируйте копию
import-damaged-hint-detail = откройте его в Word или LibreOffice; если он откроется, сохраните его заново как .docx или .odt и импортируйте копию (причина: { $detail })
import-spreadsheet = это таблица или другой документ, а не текстовый отчёт
import-spreadsheet-hint = импортируйте сам отчёт (.docx или .odt); чтобы импортировать таблицу, скопируйте её в отчёт
import-unknown-library = «{ $library }» — не одна из библиотек сайта: оставлено так, как написано в отчёте
import-unknown-library-hint = исправьте `library:` в черновике или добавьте библиотеку в site.yaml в `import: libraries:` (так, как её пишут в отчётах) и импортируйте снова; из { $source } ¶{ $paragraph }

## commands: refusals of a command, not of a file of the site

config-base-url-option = --base-url: { $message }
report-file-taken = { $file } уже есть, и это не отчёт, сделанный letopis; выберите другое имя через --output или уберите этот файл
serve-cannot-listen = не удаётся открыть адрес { $address }: { $reason }; возможно, уже запущен другой `letopis serve`: попробуйте --port { $port }
serve-cannot-watch = не удаётся следить за файлами сайта: { $reason }
cms-exists = в { $file } уже есть раздел `cms:`; измените его там
cms-cannot-write = этот раздел cms не удаётся записать: { $reason }
cms-repo-option = --repo { $repo }: это не репозиторий; напишите владельца и название, например `cbs-novokuznetsk/letopis`
cms-added = В site.yaml добавлено:
    { $block }После следующей публикации редактор откроется по адресу сайта с /admin/ в конце.
output-in-content = папка результата { $output } заменила бы собственные файлы сайта; выберите папку вне content/, например { $suggestion }
output-is-link = папка результата { $output } — символическая ссылка; сборка заменяет результат целиком и через ссылку заменила бы папку, на которую она ведёт. Удалите ссылку (это не ваша папка) или укажите в --output настоящую папку
output-is-file = результат { $output } — файл; укажите в --output папку
output-not-ours = в { $output } есть файлы, которые сделал не letopis, а сборка заменяет всю папку; укажите другую папку в --output или очистите эту сами
output-busy = не удаётся перенести { $from } в { $to }: файл в ней открыт в другой программе (проводник, браузер, антивирус); закройте его и соберите сайт снова, прежний результат сохранён ({ $reason })
write-outside = запись за пределы папки результата запрещена: { $file }; это ошибка letopis, пожалуйста, сообщите о ней
write-bad-name = файл { $file } не записан: его имя нельзя опубликовать ({ $reason }); это ошибка letopis, пожалуйста, сообщите о ней
chart-failed = не удалось нарисовать диаграмму `{ $id }`: это ошибка letopis, пожалуйста, сообщите о ней ({ $reason })
xlsx-failed = не удалось сделать таблицу Excel за { $year } год: это ошибка letopis, пожалуйста, сообщите о ней ({ $reason })
init-is-file = { $dir } — это файл; укажите имя папки для нового сайта
init-not-empty = папка { $dir } не пуста, а новый сайт не должен смешиваться с другими файлами; укажите новое имя папки, например `letopis init letopis-site`
import-bad-year = --year { $year }: напишите год отчёта четырьмя цифрами, например --year 2016

## files and reports: what the system or the typesetter refused

io-failed = не удаётся { $action ->
        [read] прочитать
        [write] записать
        [create] создать
        [copy] скопировать
        [move] перенести
        [remove] удалить
        [clean] очистить
        [resolve] найти
        [create-a-file-in] создать файл в
        [listen-on] открыть адрес
        [swap-in] подставить
       *[other] использовать
    } { $path }: { $reason }
report-no-year = на сайте нет { $year } года; годы сайта: { $years }
report-chart = не удаётся нарисовать диаграмму за { $year } год: { $reason }
report-typeset = отчёт не удалось сверстать: это ошибка letopis, пожалуйста, сообщите о ней ({ $reason })
report-no-pdf = эта сборка letopis не умеет делать отчёты в PDF (нет возможности `pdf`); используйте --format docx
report-docx = не удалось записать DOCX: это ошибка letopis, пожалуйста, сообщите о ней ({ $reason })
