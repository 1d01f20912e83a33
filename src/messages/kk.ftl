# Летопис хабарлары қазақ тілінде. Әр модульге бір топ (## атауы); әр
# хабар en.ftl мен ru.ftl файлдарында да бар, айнымалылары бірдей.
# Хабардың идентификаторы — `check --format json` ішіндегі ақаудың тұрақты коды.
#
# Terms follow established Kazakh localisations (KDE, MediaWiki, jQuery
# Validation): қате "error", ескерту "warning", өріс "field", тізім "list",
# бума "folder", файл "file". Strings marked "# unsure:" need a native
# speaker's review.

## error: how a diagnostic is shown

label-error = қате
label-warning = ескерту
# unsure: "how to fix"
label-help = қалай түзету керек

## check and build: summaries

# unsure: "жинау" for "build"
check-clean = Ақаулар табылмады: сайтты жинауға болады.
check-summary = { $errors } қате және { $warnings } ескерту, { $files } файлда.
# unsure: "жинау" for "build"
build-failed = Сайт жиналмады: сайтта { $errors } қате табылды; ешбір файл өзгертілмеді.
build-done = { $pages } бет жиналды ({ $events } іс-шара, { $files } файл), { $seconds } с → { $output }
build-imported = { $files } файл жазылды.
# unsure: the whole sentence
build-import-failed = Сәтсіз: { $reports } есеп оқылмады; қалғандары импортталды.
## cli, scaffold: init and new

init-created-file = жасалды: { $file }
# unsure: the whole paragraph
init-done = Жаңа сайт { $dir } бумасында жасалды. Әрі қарай:
      cd { $dir }
      letopis serve --open    # сайтты браузерде көру
      letopis new event "Атауы" --date 2025-05-15
    Редакторларға арналған нұсқаулық — { $guide } файлында; сайттың атауы мен мекенжайы — site.yaml файлында.
new-no-library = Егер осы жылдың _index.md файлында default_library жоқ болса, файлға `library:` өрісін қосыңыз.
new-bad-date = --date { $date }: { $message }; { $hint }
new-no-letters = «{ $title }» атауында веб-мекенжай жасайтын әріп те, цифр да жоқ; атауды сөзбен жазыңыз
# unsure: the whole sentence
new-too-long = атау файл аты мен веб-мекенжай үшін тым ұзын (латын әріптерімен { $length } таңба, ең көбі { $max }); мұнда қысқа атау беріңіз (мысалы, алғашқы сөздерін), ал толық атауын кейін файлдың `title:` өрісіне жазыңыз
new-exists = { $file } бұрыннан бар, ал letopis файлдарды ешқашан қайта жазбайды; сол файлды өңдеңіз немесе іс-шараға басқа атау беріңіз (мысалы, күнімен: "{ $title } { $date }")
# unsure: "дайындама" for "archetype"
new-bad-archetype = archetypes/event.md дайындамасын қолдану мүмкін емес; оны түзетіңіз немесе тақырыптың дайындамасы қолданылуы үшін жойыңыз (үлгі өңдеуші былай дейді: { $detail })
build-report-done = { $year } жылғы есеп жазылды ({ $kib } КиБ) → { $file }

## serve: the overlay over the page

# unsure: "қайта жинау" for "rebuild"
serve-overlay = Летопис: сайтты қайта жинау мүмкін болмады. Файлды түзетіп, сақтаңыз — бет өздігінен жаңарады.

# unsure: "ашық" for "served"
serve-started = { $root } сайты { $url } мекенжайында ашық — файлдарды түзетіп, сақтаңыз, браузер өздігінен жаңарады. Тоқтату: Ctrl+C.
serve-rebuilt = { $pages } бет { $ms } мс ішінде жиналды
serve-rebuilt-after = { $file } файлы өзгергеннен кейін { $pages } бет { $ms } мс ішінде жиналды
serve-kept = Браузерде соңғы сәтті нұсқа қалады; файлды түзетіп, сақтаңыз.
serve-stopped = Тоқтатылды.
serve-no-browser = Браузер ашылмады: { $url } мекенжайын өзіңіз ашыңыз.
# unsure: the whole sentence
serve-polling = Өзгерістер әр { $ms } мс сайын тексеріледі.

## config

config-missing = бұл бумада site.yaml жоқ
config-missing-hint = letopis бағдарламасын сайттың бумасында іске қосыңыз немесе оны --root арқылы көрсетіңіз; { $dir } ішінде site.yaml жоқ

## load: finding and reading the content

load-no-content = сайтта content бумасы жоқ
load-no-content-hint = content/<жыл>/events/ бумасын жасап, әр іс-шараға бір Markdown файлын салыңыз
load-folder-link = бумаға сілтеме ашылмайды
load-folder-link-hint = сілтеменің орнына буманың өзін осында көшіріңіз
load-misplaced = бұл `.md` мәтін файлы Летопис оқитын бумалардан тыс жатыр, сондықтан сайтқа шықпайды
load-misplaced-hint = файлды content/pages/ (бет) немесе content/<жыл>/events/ (іс-шара) бумасына көшіріңіз не site.yaml файлындағы `ignore:` тізіміне `{ $path }` жолын жазыңыз
load-misplaced-hint-year = файлды content/{ $year }/events/ бумасына көшіріңіз не site.yaml файлындағы `ignore:` тізіміне `{ $path }` жолын жазыңыз
load-stray-document = бұл құжат іс-шараның бумасынан тыс жатыр, сондықтан сайтқа шықпайды
load-stray-document-hint = оны іс-шараның жанына салыңыз: іс-шараны index.md файлы бар бума етіп жасаңыз (letopis new event … --bundle) және файлды сонда көшіріңіз; не site.yaml файлындағы `ignore:` тізіміне `{ $path }` жолын жазыңыз
load-not-index = іс-шара бумасында index.md жоқ, сондықтан іс-шара сайтқа шықпайды
load-not-index-hint = файлдың атын index.md деп өзгертіңіз: { $folder } бумасының іс-шарасы — оның index.md файлы
load-no-index = events/ ішіндегі бұл бумада index.md жоқ, сондықтан оның файлдары сайтқа шықпайды
load-no-index-hint = іс-шараның тақырып бөлігі бар index.md қосыңыз немесе { $count } файлды іс-шараның бумасына көшіріңіз
load-unreadable = файлды оқу мүмкін емес: { $reason }
load-too-big = файлдың өлшемі { $size } МиБ; мәтіндік файлдар тек { $limit } МиБ дейін оқылады
load-not-utf8 = файл UTF-8 кодтауында сақталмаған
# unsure: "тақырып бөлігі" for front matter
load-too-big-hint = мәтінді бірнеше іс-шараға немесе бетке бөліңіз; суреттер мен құжаттарды мәтінге емес, іс-шараның бумасына салыңыз
load-not-utf8-hint = файлды UTF-8 кодтауында сақтаңыз («Басқаша сақтау…» → UTF-8 кодтауы)
load-not-utf8-hint-cp1251 = файл Windows-1251 кодтауында сияқты (ескі Word осылай сақтайды). Оны UTF-8 кодтауында сақтаңыз немесе түрлендіріңіз: iconv -f cp1251 -t utf-8 '{ $file }' > tmp.md && mv tmp.md '{ $file }'
front-not-closed = файлдың тақырып бөлігі жабылмаған
front-not-closed-hint = соңғы өрістен кейін, мәтіннің алдында тек `---` жолын қосыңыз
front-missing = файлда өрістері бар тақырып бөлігі жоқ

front-missing-hint = файлды `---` жолынан бастаңыз, содан кейін `title: "..."` және `date: 2016-04-04` сияқты өрістерді жазып, `---` жолымен жабыңыз
front-missing-hint-empty = файл бос: тақырып бөлігін (`---`, `title: ...`, `date: ...`, `---`), одан кейін мәтінді жазыңыз
## dates: the `date:` of an event
# Терминдер: «күні» (date), «ай», «тоқсан» (quarter), «жыл» — Windows мен
# LibreOffice-тің қазақша аудармаларындағыдай; «аралық» (range) — сенімсіз.

date-empty = күні көрсетілмеген
date-not-a-date = «{ $input }» күн ретінде оқылмайды
date-forms-hint = күнді былай жазыңыз: 2016-04-04, 2022-06-08..2022-06-09, 2022-04, 2022-04..2022-05, 2022-Q1 немесе 2022
date-written-forms-hint = күнді былай жазыңыз: 2016 жылғы 10 ақпан, 10.02.2016, 2016-04-04, 2022-04, 2022-Q1 немесе 2022
# сенімсіз: жергілікті септік (ақпанда) — ай атауларының тұлғасы
date-no-such-day = { $date } деген күн жоқ: { $year } жылғы { $monthnum ->
        [1] қаңтарда
        [2] ақпанда
        [3] наурызда
        [4] сәуірде
        [5] мамырда
        [6] маусымда
        [7] шілдеде
        [8] тамызда
        [9] қыркүйекте
        [10] қазанда
        [11] қарашада
       *[12] желтоқсанда
    } { $last } күн бар
date-no-such-day-hint = күнді тексеріңіз: бұл айдың күндері: { $first } … { $lastday }
date-year = { $year } жылы жарамсыз: жыл төрт цифрмен, 1000 бен 9999 аралығында жазылады
date-year-hint = жылды төрт цифрмен жазыңыз, мысалы 2022
date-no-month = { $month } нөмірлі ай жоқ
date-no-month-hint = айлар 01-ден 12-ге дейін нөмірленеді
date-no-quarter = Q{ $quarter } тоқсаны жоқ: тоқсандар — Q1, Q2, Q3 және Q4
date-no-quarter-hint = 2022-Q1, 2022-Q2, 2022-Q3 немесе 2022-Q4 деп жазыңыз
# сенімсіз: «аралық» (range)
date-not-range = «{ $input }» күндер аралығы ретінде оқылмайды
date-range-mixed = «{ $input }» аралығының басы мен соңы әртүрлі жазылған
date-range-hint = аралық — екі нүкте арқылы жазылған екі күн немесе екі ай: 2022-06-08..2022-06-09, 2022-04..2022-05
date-range-backwards = { $input } аралығы басталмай тұрып аяқталады
date-range-backwards-hint = алдымен ертерек күнді жазыңыз: { $fixed }
date-dash-range = «{ $input }» сызықша арқылы жазылған аралыққа ұқсайды
date-dash-range-hint = бұл жазуда аралық екі нүкте арқылы жазылады: { $fixed }
date-no-year = күнінде жыл жоқ
date-no-year-hint = жылды қосыңыз, мысалы «2016 жылғы 10 ақпан», немесе файлды сол жылдың папкасына салыңыз

## routes: two sources for one address
# owner-… хабарлары route-taken ішінде мекенжайды кім жазатынын атайды.
# «Кіріктірілген» (built-in) — Windows-тың қазақша аудармасындағыдай;
# «мекенжай» (web address) — браузерлердің қазақша аудармаларындағыдай.

route-taken = /{ $address } мекенжайының екі көзі бар: { $second } және { $first }
route-taken-hint = олардың біріне шапкадағы `slug:` өрісімен басқа мекенжай беріңіз немесе файлдың атын өзгертіңіз
owner-page = `{ $file }` беті
owner-attached = іс-шараның `{ $file }` файлы
# сенімсіз: «безендіру тақырыбы» (theme)
owner-theme = безендіру тақырыбының `{ $file }` файлы
owner-search-index = кіріктірілген іздеу индексі
owner-home = кіріктірілген басты бет
owner-not-found = кіріктірілген «мекенжай табылмады» беті
owner-search = кіріктірілген іздеу беті
owner-year = кіріктірілген { $year } жыл беті
owner-year-term = «{ $name }» бойынша сүзілген кіріктірілген { $year } жыл беті
owner-year-stats = кіріктірілген { $year } жылғы статистика беті
owner-stats-index = барлық жылдардың кіріктірілген статистика беті
owner-taxonomy = кіріктірілген тізім: { $kind ->
        [libraries] кітапханалар
        [forms] іс-шара түрлері
        [audiences] оқырман топтары
        [campaigns] науқандар
       *[tags] тегтер
    }
owner-term = «{ $name }» кіріктірілген беті, тізім: { $kind ->
        [libraries] кітапханалар
        [forms] іс-шара түрлері
        [audiences] оқырман топтары
        [campaigns] науқандар
       *[tags] тегтер
    }
owner-built-page = кіріктірілген бет
# сенімсіз: «жаңалықтар арнасы» (feed)
owner-feed = кіріктірілген жаңалықтар арнасы
owner-year-feed = { $year } жылғы кіріктірілген жаңалықтар арнасы
owner-sitemap = кіріктірілген сайт картасы
owner-robots = кіріктірілген robots.txt файлы
owner-report = { $year } жылғы кіріктірілген есеп ({ $format })
owner-cms = кіріктірілген өңдеу беті (cms:)
owner-csv = { $year } жылғы `{ $id }` кіріктірілген CSV кестесі
owner-xlsx = { $year } жылғы статистиканың кіріктірілген Excel кітабы
owner-trends-csv = жылдар бойынша өзгерістің кіріктірілген CSV кестесі
# unsure: «қаріп» for "font"
owner-chart-font = диаграммалардың кіріктірілген қаріпі
# unsure: the whole message
chart-font-failed = диаграммалардың кіріктірілген қаріпін дайындау мүмкін болмады ({ $reason }); бұл сайттың емес, Летописьтің қатесі: бұл туралы әзірлеушілерге хабарлаңыз
owner-photo-copies = { $file } фотосуретінің кіріктірілген кішірейтілген көшірмелері

## paths: file names every system accepts
# «Файл», «папка», «кеңейтім» (extension) — Windows-тың
# қазақша аудармасындағыдай.

path-twin = бұл файлдың аты Windows пен macOS үшін { $file } атымен бірдей: олар мұндай аттарды ажыратпайды
path-twin-hint = файлдардың біреуінің атын өзгертіңіз: онда тек бас әріппен немесе әріптің терілу тәсілімен ерекшеленетін аттар бір ат болып саналады
path-not-unicode = бұл файлды жариялау мүмкін емес: атында әріп ретінде оқылмайтын таңбалар бар
path-forbidden-char = бұл файлды жариялау мүмкін емес: атында Windows-та тыйым салынған `{ $char }` таңбасы бар
path-trailing-dot = бұл файлды жариялау мүмкін емес: аты нүктемен немесе бос орынмен аяқталады, ал Windows оларды алып тастайды
path-device = бұл файлды жариялау мүмкін емес: `{ $name }` атын Windows құрылғыларға қалдырады
path-too-long = бұл файлды жариялау мүмкін емес: аты 200 байттан ұзын
path-bad-name-hint = файлдың атын өзгертіңіз: әріптер, цифрлар, `-`, `_` және `.`, мысалы `foto-1.jpg`
# сенімсіз: «символдық сілтеме» (symbolic link)
path-link-nowhere = бұл символдық сілтеме ешқайда апармайды
path-link-outside = бұл символдық сілтеме сайттан тыс жерге, { $target } апарады
path-link-hint = сілтеменің орнына файлдың өзін сайт папкасына көшіріңіз: жинау кезінде тек сайт папкасы оқылады

## inert: files of an event folder a browser would run

inert-active = .{ $type } түріндегі файлды жариялау мүмкін емес: index.md қасындағы файлдар сайт мекенжайында жарияланады, ал браузер мұндай файлды бет немесе бағдарлама ретінде ашады
inert-no-extension = кеңейтімі жоқ файлды жариялау мүмкін емес: index.md қасындағы файлдар сайт мекенжайында жарияланады, ал браузер мұндай файлды бет немесе бағдарлама ретінде ашуы мүмкін
inert-hint = фотосуреттерді JPEG, PNG немесе WebP, ал құжаттарды PDF, кеңсе бағдарламаларының пішімдерінде немесе ZIP мұрағатымен жариялаңыз; сайт тек { $types } жариялайды
inert-hint-svg = суретті PNG пішімінде сақтаңыз (мысалы, оны жасаған бағдарламадан экспорттаңыз)
inert-hint-svgz = суретті PNG пішімінде сақтаңыз
inert-hint-html = бетті PDF-ке басып шығарыңыз немесе мәтінін index.md ішіне қойыңыз
inert-hint-print = файлды PDF-ке басып шығарыңыз
inert-hint-xml = файлды PDF-ке басып шығарыңыз немесе ZIP мұрағатына салыңыз
inert-hint-js = файлды жойыңыз: content папкасындағы бағдарламалар жарияланбайды

## events: an event's title, library, lists and address

event-no-library = іс-шараны қай кітапхана өткізгені айтылмаған
event-no-library-hint = `library: "Орталық балалар кітапханасы"` (кітапханаңыздың атауы) қосыңыз немесе content/{ $year }/_index.md ішіне `default_library:` жазыңыз
event-no-title = іс-шараның атауы жоқ
event-no-title-hint = іс-шараның атауын жазыңыз, мысалы `title: "«Доктор Кітап» акциясы"`
event-too-many = `{ $field }` өрісінде { $count } мән бар, ал іс-шарада { $max } мәннен артық болмауы керек
event-too-many-hint = оқырмандар іздейтіндерін қалдырыңыз: әр мән сайттың жеке беті болады
event-bad-slug = `slug:` өрісіндегі `{ $slug }` мекенжайын сайт сілтемесінде қолдануға болмайды
event-bad-slug-hint = `{ $fixed }` деп жазыңыз (тек латын әріптері, цифрлар және дефистер)
event-bad-slug-hint-empty = латын әріптерімен, цифрлармен және дефистермен жазыңыз, мысалы `slug: "doktor-kniga"`
event-no-slug = `{ $name }` файл атынан бет мекенжайы шықпайды
event-no-slug-hint = файлдың атын әріптермен немесе цифрлармен өзгертіңіз, мысалы `doktor-kniga.md`, немесе `slug:` өрісін жазыңыз

## year folder: an event whose date is in another year
# unsure: event-wrong-year, event-wrong-year-hint
event-wrong-year = { $date } күні файл жатқан { $folder } жылғы бумаға сәйкес келмейді
event-wrong-year-hint = файлды content/{ $year }/events/ бумасына көшіріңіз не жылы қате болса, күнді түзетіңіз

## yaml: mistakes in front matter, site.yaml and stats.yaml

yaml-unknown-field = белгісіз өріс `{ $field }`
yaml-unknown-field-in = `{ $path }` ішінде белгісіз өріс `{ $field }`
yaml-unknown-field-hint = Рұқсат етілген өрістер: `{ $allowed }`; сайттың өз өрістерін `extra:` ішіне жазыңыз
yaml-unknown-field-hint-suggest = `{ $suggestion }` деп жазғыңыз келді ме? Рұқсат етілген өрістер: `{ $allowed }`; сайттың өз өрістерін `extra:` ішіне жазыңыз
yaml-native-field = `{ $field }` өрісі ағылшынша жазылады: `{ $english }`
yaml-native-field-hint = жолды былай жазыңыз: `{ $fixed }`
yaml-unknown-value = жарамсыз мән `{ $value }`
yaml-unknown-value-in = `{ $path }` ішінде жарамсыз мән `{ $value }`
yaml-unknown-value-hint = Рұқсат етілген мәндер: `{ $allowed }`
yaml-unknown-value-hint-suggest = `{ $suggestion }` деп жазғыңыз келді ме? Рұқсат етілген мәндер: `{ $allowed }`
yaml-not-number = мұнда бүтін сан керек
yaml-not-number-hint = санды цифрмен жазыңыз, мысалы `attendance: 120`
yaml-not-list = мұнда тізім керек
yaml-not-list-hint = тізім жазыңыз: `[біріншісі, екіншісі]` немесе әр жолға бір `- тармақ`
yaml-not-yes-no = мұнда `true` (иә) немесе `false` (жоқ) керек
yaml-not-yes-no-hint = `true` немесе `false` деп жазыңыз
# unsure: the explanation of the colon
yaml-colon = мәнде қос нүкте бар, сондықтан ол жаңа өрістің басы болып оқылады
yaml-colon-hint = Мәнді тырнақшаға алыңыз: `{ $fixed }`
yaml-tab = шегініс табуляциямен жасалған
yaml-tab-hint = шегіністі бос орындармен жасаңыз: табуляцияға рұқсат жоқ
yaml-missing-field = `{ $field }` өрісі жоқ
yaml-missing-field-hint = бұл өрісті `---` жолдарының арасына қосыңыз
yaml-too-big = тақырып бөлігі { $size } КиБ; { $limit } КиБ-тан артық оқылмайды
yaml-too-big-hint = тақырып бөлігінде бірнеше қысқа өріс болады; ұзын мәтінді жабатын `---` жолынан төмен жазыңыз
yaml-too-deep = жақшалар { $limit } деңгейден терең салынған
yaml-too-deep-hint = ашылған `[` және `{"{"}` жақшаларын жабыңыз; тізім былай жазылады: `[біріншісі, екіншісі]`
yaml-anchors = `*атау` сілтемелері тым ұзын мәтінге айналады
yaml-anchors-hint = `&атау` белгілерін бірінің ішіне бірін салмай, мәндерді толық жазыңыз
yaml-nested = мәндер тым терең салынған
yaml-nested-hint = тақырып бөлігінің өрістері — сөздер, сандар немесе қысқа тізімдер; шегіністерді тексеріңіз
yaml-not-fields = тақырып бөлігі өрістерден тұруы керек, әр жолға бір `атауы: мәні`
yaml-not-fields-hint = әр өрісті жеке жолға, алдына `-` қоймай жазыңыз, мысалы `title: "Акция"`
yaml-syntax = бұл жолды `атауы: мәні` ретінде оқу мүмкін емес
yaml-syntax-hint = оның жанындағы тырнақшалар мен шегіністерді тексеріңіз (YAML оқу бағдарламасының хабары: { $detail })
body-table-cells = бұл мәтіннің кестелерінде { $limit } ұяшықтан көп, бір бет мұнша ұяшықты көрсете алмайды
body-table-cells-hint = сандарды осы жылдың `stats.yaml` файлына көшіріңіз (ондағы кесте диаграмма, CSV файлы және электрондық кесте ретінде жарияланады) немесе кестені бірнеше іс-шараға бөліңіз

## templates: a theme's templates

# unsure: the wording of "escapes"
template-safe = `{ $expression } | safe` бұл мәтінді HTML ретінде, скрипттерімен бірге көрсетер еді: үлгілерде `safe` сүзгісіне тыйым салынған
# unsure: the wording of "escapes"
template-safe-hint = `| safe` орнына `| html` жазыңыз: ол бағдарламаның өзі жасаған HTML-ді ғана (іс-шара мәтінін, диаграмманы, JSON-LD) сол күйінде көрсетеді, қалғанын экрандайды

## words: what the Markdown engines write into a page themselves

words-alert-note = Ескертпе
words-alert-tip = Кеңес
words-alert-important = Маңызды
words-alert-warning = Назар аударыңыз
# unsure: «Абайлаңыз» as the title of a caution
words-alert-caution = Абайлаңыз
# unsure: «сілтемеге оралу» for a footnote's back-link
words-back-link = { $number } сілтемеге оралу

## libraries: the registry `libraries:` of site.yaml

# unsure: the whole group; «тізім» "list", «атауы» "name" as in kk.ftl's header
library-no-name = `libraries:` тізіміндегі кітапхананың атауы жоқ
library-no-name-hint = Кітапхананың атауын іс-шаралардағыдай сөзбен жазыңыз: `- name: "Орталық балалар кітапханасы"`
library-twice = «{ $name }» кітапханасы `libraries:` тізімінде екі рет жазылған («{ $first }» ретінде де)
library-twice-hint = Бір жазбасын қалдырыңыз; атауының басқа жазылуын оның `aliases:` өрісіне қосыңыз
# unsure: «ендік» "latitude", «бойлық» "longitude"
library-coordinates = «{ $input }» координаттар емес: градуспен ендік пен бойлық керек
library-coordinates-hint = Нүктені картадан көшіріңіз, бөлшек бөлігі нүкте арқылы: `coordinates: "49.806406, 73.085485"`
library-website = «{ $input }» сайт мекенжайы емес
library-website-hint = Сайт мекенжайы https:// немесе http:// деп басталады, мысалы `website: "https://libkem.su/"`
library-photo-path = «{ $input }» static бумасындағы файлдың жолы емес
library-photo-path-hint = Фотосуретті сайттың `static/` бумасына салып, оның ішіндегі жолын жазыңыз: `photo: "libraries/ekos.jpg"`
library-photo-missing = «{ $name }» кітапханасының `static/{ $file }` фотосуреті жоқ
library-photo-missing-hint = Файлды сайттың `static/` бумасына салыңыз немесе `libraries:` тізіміндегі `photo:` өрісін түзетіңіз
library-unknown = «{ $name }» кітапханасы site.yaml файлының `libraries:` тізімінде жоқ
library-unknown-hint = Оның мекенжайы мен жұмыс уақыты бар өз беті болуы үшін оны `libraries:` тізіміне қосыңыз
library-unknown-hint-suggest = мүмкін, бұл «{ $suggestion }» шығар? Атауын тізімдегідей жазыңыз немесе кітапхананы `libraries:` тізіміне қосыңыз

## config: site.yaml's address and links

config-base-url-char = `{ $url }` сайт мекенжайында (base_url) `{ $char }` таңбасы бар, веб-мекенжайда ондай таңба болмайды
# unsure: "сайт атауы" for "host name"
config-base-url-host = `{ $url }` сайт мекенжайында (base_url) http:// немесе https:// кейін дұрыс сайт атауы жоқ
config-base-url-scheme = `{ $url }` сайт мекенжайы (base_url) https://, http:// немесе / белгісінен басталуы керек
# unsure: the whole sentence
config-base-url-path = `{ $url }` сайт мекенжайының жолында бос бөлік, `.` немесе `..` бар (`//` браузерді басқа сайтқа апарады)
config-base-url-hint = сайт жарияланған мекенжайды жазыңыз, мысалы `https://library.example/`, немесе сайтты өз компьютеріңізде көру үшін `/`
config-social-not-web = `{ $url }` веб-мекенжай емес
config-social-not-web-hint = әлеуметтік желілерге сілтемелер https://, http://, mailto: немесе tel: белгісінен басталады

## git: the «last updated» dates

git-missing = git орнатылмаған, сондықтан беттерде «Соңғы өзгеріс» күні болмайды
git-missing-hint = git орнатыңыз (https://git-scm.com) немесе site.yaml ішінде `last_updated: false` деп жазыңыз
# unsure: "репозиторий" for "repository"
git-not-repository = сайт git репозиторийінде емес, сондықтан беттерде «Соңғы өзгеріс» күні болмайды
git-not-repository-hint = сайтты git-ке сақтаңыз (`git init`, `git add .`, `git commit`) немесе site.yaml ішінде `last_updated: false` деп жазыңыз
git-failed = `git { $command }` командасы орындалмады, сондықтан беттерде «Соңғы өзгеріс» күні болмайды
git-failed-hint = сайт бумасында `git log` іске қосып, git не дейтінін қараңыз (ол былай деді: { $detail }) немесе site.yaml ішінде `last_updated: false` деп жазыңыз
# unsure: the whole sentence
git-shallow = git тарихы толық емес (тек соңғы өзгерістер жүктелген): одан бұрын өзгерген беттерде «Соңғы өзгеріс» күні болмайды
git-shallow-hint = бүкіл тарихты жүктеңіз: `actions/checkout` ішінде `fetch-depth: 0` (GitHub), `GIT_DEPTH: 0` (GitLab), қолмен `git fetch --unshallow`

## links: links between pages and photos in a text

links-nowhere = `{ $link }` сілтемесі ешқайда апармайды: { $target } беті жоқ
links-nowhere-hint = осы файлдан басқа Markdown файлына дейінгі жолды жазыңыз, мысалы ../2016/events/knigofestival.md
links-nowhere-hint-near = { $near } деп жазғыңыз келді ме? Осы файлдан басқа Markdown файлына дейінгі жолды жазыңыз
links-photo-missing = `{ $photo }` фотосуреті жоқ
links-photo-missing-hint = фотосуретті іс-шара бумасына index.md жанына салып, файлының атын жазыңыз
links-photo-missing-hint-near = `{ $near }` деп жазғыңыз келді ме? Атауы кеңейтуімен бірге дәл сәйкес келуі керек
links-photo-no-alt = `{ $photo }` фотосуретінің сипаттамасы жоқ
# unsure: "экраннан оқу бағдарламалары" for "screen readers"
links-photo-no-alt-hint = жақшаның ішіне суретте не бар екенін жазыңыз, мысалы ![Көрмедегі балалар](photo.jpg): экраннан оқу бағдарламалары оны дауыстап оқиды
links-not-shown = осы файлдағы сілтемелер мен фотосуреттерге қатысты тағы { $count } ақау көрсетілмеді
links-not-shown-hint = жоғарыдағыларды түзетіп, `letopis check` қайта іске қосыңыз

## markdown: texts too deeply nested to publish

body-deep-quote = мұнда { $limit } дәйексөзден (`>`) көбі бір-біріне салынған, сайт мұндай мәтінді жарияламайды
body-deep-quote-hint = дәйексөзге жол басында бір `>` белгісі жеткілікті; қалғандарын алып тастаңыз
# unsure: "элемент" for "element"
body-deep-html = мәтінде { $limit } HTML элементінен көбі бір-біріне салынған, сайт мұндай мәтінді жарияламайды
body-deep-html-hint = қойылған HTML тегтерін (<div>, <span>, <blockquote> …) алып тастап, мәтінді қалдырыңыз: Markdown-қа олар керек емес

## model: pages, lists of values and an event's photos

page-no-slug = бұл беттен веб-мекенжай шықпайды: файл атауында да, `slug:` ішінде де латын әрпі не цифр жоқ
page-no-slug-hint = файлды латын әріптерімен не цифрлармен қайта атаңыз, мысалы `about.md`, немесе `slug:` көрсетіңіз
term-no-letters = `{ $field }: { $name }` ішінде әріп те, цифр да жоқ
term-no-letters-hint = атауын жазыңыз немесе бұл мәнді алып тастаңыз
# unsure: the whole sentence
term-spellings = бір `{ $field }` мәні { $count } түрлі жазылған: { $list }
term-spellings-hint = сайтта ол «{ $shown }» болып көрсетіледі; оны барлық жерде бірдей жазыңыз
photo-not-bundle = `images:` ішіндегі фотосуреттер үшін іс-шара бума болуы керек
photo-not-bundle-hint = іс-шараға бума жасаңыз: { $file } файлын …/{ $stem }/index.md орнына ауыстырып, фотосуреттерді оның жанына салыңыз
photo-not-photo = `{ $file }` фотосурет емес
photo-not-photo-hint = `images:` ішінде JPEG, PNG, WebP, GIF, AVIF немесе SVG файлдарын көрсетіңіз; басқа файлдар жүктеп алу тізіміне өздігінен түседі
photo-not-found = `{ $file }` фотосуреті іс-шара бумасында жоқ
photo-not-found-hint-near = `{ $near }` деп жазғыңыз келді ме?
photo-not-found-hint = файлды { $folder } бумасына салыңыз (қазір ондағы фотосуреттер: { $photos })
photo-not-found-hint-none = файлды { $folder } бумасына салыңыз (қазір онда фотосурет жоқ)
photo-no-alt = `{ $file }` фотосуретінің сипаттамасы (alt) жоқ
photo-no-alt-hint = оны көрмейтіндер үшін сипаттаңыз: images: [{"{"}src: "{ $file }", alt: "Кітап фестиваліндегі балалар"{"}"}]

## yaml, more: values the program itself refuses while reading

yaml-refused = бұл мәнді оқу мүмкін емес
# unsure: "YAML оқу бағдарламасы" for "the YAML reader"
yaml-refused-hint = мәнді және оның жазылуын тексеріңіз (YAML оқу бағдарламасы былай дейді: { $detail })
yaml-list-in-list = тізімнің ішінде тізім
yaml-list-in-list-hint = мәндерді бір тізіммен жазыңыз: `[бірінші, екінші]` немесе әр жолға бір `- мән`
yaml-listed-twice = `{ $id }` екі рет көрсетілген
yaml-listed-twice-hint = әрқайсысына өз атауын беріңіз немесе біреуін ғана қалдырыңыз
# unsure: "репозиторий" for "repository"
cms-bad-repo = `{ $repo }` репозиторий емес
cms-bad-repo-hint = оның иесі мен атауын жазыңыз, мысалы `cbs-novokuznetsk/letopis`

## render: templates, photos and charts while pages are made

# unsure: "үлгі" for "template"
template-error = үлгіде қате бар, сондықтан ол бойынша бірде-бір бет жасалмайды
# unsure: "үлгі өңдеуші" for "template engine"
template-error-hint = үлгіні түзетіңіз немесе тақырыптың үлгісі қолданылуы үшін templates/ ішіндегі сайттың көшірмесін жойыңыз (үлгі өңдеуші былай дейді: { $detail })
template-missing = тақырыпта { $name } үлгісі жоқ
template-missing-hint = әр тақырыпта index, year, event, taxonomy, term, page және 404 үлгілері болуы керек
photo-unreadable = фотосуретті оқу мүмкін емес
photo-unreadable-hint = оны сурет өңдегіште ашып, JPEG немесе PNG түрінде қайта сақтаңыз (себебі: { $detail })
chart-not-drawn = `{ $id }` диаграммасы салынбады
chart-not-drawn-hint = бұл файлдың емес, letopis бағдарламасының қатесі: файлды қоса жіберіп, ол туралы хабарлаңыз ({ $detail })

## theme: choosing and reading a theme

# unsure: "тақырып" for "theme"
theme-not-folder-name = `theme: { $name }` бума атауы емес: тақырыптар тек сайттың themes/ бумасынан алынады
theme-not-folder-name-hint = themes/ ішіндегі буманың атауын жазыңыз, мысалы `theme: letopis`
theme-link-outside = бұл тақырып бумасы сайттан тыс жерге, { $target } бумасына апаратын символдық сілтеме
theme-link-outside-hint = тақырыпқа сілтеме жасаудың орнына оны themes/ ішіне көшіріңіз: сайт тек өз файлдарын жариялайды
theme-unknown = `{ $name }` тақырыбы жоқ
theme-unknown-hint = тақырыпты themes/{ $name }/ ішіне салыңыз немесе мыналардың бірін таңдаңыз: { $themes }
theme-unknown-hint-near = `theme: { $near }` деп жазғыңыз келді ме? Мұндағы тақырыптар: { $themes }
theme-unreadable = тақырып бумасын оқу мүмкін емес: { $reason }
theme-no-meta = тақырыпта theme.yaml файлы жоқ
theme-no-meta-hint = themes/<атауы>/theme.yaml файлын қосыңыз, онда кемінде `name: <атауы>` жолы болсын
theme-builtin-not-utf8 = кірістірілген файл UTF-8 мәтіні емес
theme-builtin-not-utf8-hint = бұл сайттың емес, letopis бағдарламасының қатесі: ол туралы хабарлаңыз

## write: the output folder

# unsure: the whole sentence
output-link = бұл жерде жинау сайтты жазатын орында символдық сілтеме тұр: жинау ол апаратын буманы ауыстырып жіберер еді
output-link-hint = `{ $file }` сілтемесін жойыңыз (және оны git-тен алып тастаңыз); жинау мұнда нағыз бума жасайды
# unsure: the whole sentence
output-marker = бұл файл буманы жинаудың нәтижесі деп белгілейді, ал мұндай буманы жинау толығымен ауыстыра алады
output-marker-hint = бұл файлды жойыңыз: оны тек letopis өзі жасайтын бумаларға жазады

## number: figures of the statistics

figure-not-figure = `{ $text }` сан емес
figure-pair-side = `{ $text }` сан емес: `/` белгісінің екі жағында да сан болуы керек, мысалы `19/29`
figure-bracket = `{ $text }` сан емес: жақша жабылмаған
# unsure: "ұяшық" for "cell", "көрсеткіш қолданылмайды" for "does not apply"
figure-hint = цифрмен жазыңыз, мысалы `9110`, `9 110`, `19,9%`, `403 (общ. 844)`, екі сан үшін `19/29`; ештеңе болмаса `-` немесе `жоқ`, көрсеткіш қолданылмаса `×`, сан белгісіз болса (бос ұяшық) `~`; сөздер үшін бағанға `kind: text` деп көрсетіңіз
figure-yes-no = `{ $value }` сан емес
# unsure: the whole sentence
figure-yes-no-hint = сан жазыңыз, ештеңе болмаса `-`, сан белгісіз болса `~`; сөздер тырнақшаға алынып, `kind: text` бағанында жазылады (тырнақшасыз yes, no, on және off true мен false болып оқылады)
figure-too-large = { $number } саны тым үлкен
figure-too-large-hint = санды тексеріңіз: оны есептегідей жазыңыз

## stats: the tables and figures of a year's stats.yaml

# unsure: "ұяшық" for "cell"
stats-too-many-cells = статистикада { $cells } ұяшық шығады, ал бір жылда { $limit } ұяшықтан көп болмауы керек
# unsure: "зәкір" for "anchor"
stats-too-many-cells-hint = зәкірлер (`&атауы`) мен оларға сілтемелер (`*атауы`) өз бөлігін қолданылған әр жерде қайталайды; әр кестені өз бағандары мен жолдарымен бір рет жазыңыз
stats-table-id-taken = `{ $id }` кесте идентификаторы бос емес
stats-table-id-taken-hint = әр кестеге өз идентификаторын беріңіз (іс-шара сандарының идентификаторлары `events-` деп басталады)
stats-indicator-unknown = `{ $id }` көрсеткіші жоқ
stats-indicator-unknown-hint = оны файлдың басындағы `indicators:` ішінде сипаттаңыз: `{ $id }: {"{"}name: "…", unit: "адам"{"}"}`
stats-indicator-unknown-hint-near = `{ $near }` деп жазғыңыз келді ме? Көрсеткіштер файлдың басындағы `indicators:` ішінде сипатталады
stats-indicator-no-figure = `{ $id }` көрсеткішінің осы жылғы мәні жоқ
stats-indicator-no-figure-hint = оны `figures:` ішінде көрсетіңіз немесе кесте жолын оған `indicator:` арқылы байланыстырыңыз
stats-column-shape = баған — не `label: …`, не `columns: [...]` тізімі бар `group: …`
stats-column-shape-hint = бағанды оның тақырыбымен жазыңыз (`- офлайн`), ал топты `columns: [офлайн, охват]` бар `- group: "1 тоқсан"` түрінде жазыңыз
stats-column-twice = екі баған «{ $name }» деп аталады
stats-column-twice-hint = біреуіне `id:` беріңіз
# unsure: the whole sentence
stats-total-alone = бұл қорытынды бағанның жанында ол қоса алатын бағандар жоқ
stats-total-alone-hint = ол қосатын бағандарды атаңыз: `sum: ["ОПЛ / всего", "ЕНЛ / всего"]`
stats-column-unknown = `{ $field }` ішінде кестеде жоқ «{ $name }» бағаны аталған
stats-share-of-unknown = «{ $column }» бағанының `share_of:` ішінде кестеде жоқ «{ $name }» бағаны аталған
stats-column-unknown-hint = бағандарды олардың `id:` бойынша немесе ` / ` арқылы біріктірілген тақырыптары бойынша атаңыз, мысалы «1 тоқсан / охват»
stats-column-unknown-hint-near = «{ $near }» деп жазғыңыз келді ме? Бағандар `id:` бойынша немесе ` / ` арқылы біріктірілген тақырыптары бойынша аталады
stats-row-no-label = бұл жолдың атауы жоқ
stats-row-no-label-hint = `label: "…"` немесе `indicator: <идентификатор>` қосыңыз
stats-row-width = «{ $label }» жолында { $count } мән бар, ал кестеде { $width } баған
stats-row-width-hint = әр бағанға бір мәннен, бағандар ретімен жазыңыз; бос ұяшық үшін `~` жазыңыз
stats-pair-undeclared = «{ $label }», «{ $column }» бағаны: `{ $text }` — екі сан, бірақ бағанда әрқайсысы нені білдіретіні айтылмаған
stats-pair-undeclared-hint = оны бағанда көрсетіңіз: `{"{"}label: "клубы", pair: ["членов", "посещений"]{"}"}`
# unsure: the whole sentence
stats-total-mismatch = «{ $row }», «{ $column }» бағаны: қорытынды { $total }, бірақ { $of ->
        [rows] оның жолдарының
        [beside] жанындағы жолдардың
       *[columns] оның бағандарының
    } қосындысы { $sum } ({ $figures })
stats-total-mismatch-hint = қорытындыны немесе қосылғыштарды түзетіңіз; егер бұл алшақтық жарияланған есепте болса, оның сандарын қалдырып, кестеге `totals: warn` деп жазыңыз
stats-percent-impossible = «{ $row }»: { $value } мұнда мүмкін емес пайыз (0-ден { $max }-ге дейін)
stats-percent-impossible-hint = санды тексеріңіз (үтір орнында емес пе: `19,92%` орнына `1992%`?); егер ол шынымен үлкен болуы мүмкін болса, жолға `max: 200` көрсеткішін беріңіз
stats-role-no-actual = «{ $column }» бағанында `role: { $role }` көрсетілген, бірақ кестеде оны салыстыратын `role: actual` бағаны жоқ
stats-role-unmatched = «{ $column }» бағанының (`role: { $role }`) «{ $series }» тақырыпты `role: actual` бағаны жоқ; нақты бағандардың тақырыптары: { $actual }
stats-role-hint = жоспар, өткен жыл және нақты топтарына бірдей баған тақырыптарын бірдей ретпен беріңіз
stats-share-wrong = «{ $row }», «{ $column }» бағаны: үлес { $share }, бірақ { $base } ішінен { $part } — бұл { $computed }%
stats-shares-sum = «{ $column }» бағаны: жолдардың үлестері қосындысы 100% емес, { $sum }%
stats-share-hint = үлесті немесе сандарды түзетіңіз; егер бұл алшақтық жарияланған есепте болса, оның сандарын қалдырып, кестеге `totals: warn` деп жазыңыз
# unsure: "қалдық" for "balance"
stats-balance-wrong = «{ $row }», «{ $column }» бағаны: қалдық { $end }, бірақ { $start } + { $received } − { $out } = { $expected }
stats-balance-hint = сандарды түзетіңіз; егер бұл алшақтық жарияланған есепте болса, оның сандарын қалдырып, кестеге `totals: warn` деп жазыңыз

## charts: what a chart asks of its data

chart-no-year = бұл бет ешбір жылға жатпайды, сондықтан диаграммада деректердің қай жылдікі екенін көрсету керек
chart-no-year-hint = `year: 2023` қосыңыз
chart-no-data = { $year } жылы `{ $data }` деректері жоқ
chart-no-data-hint = { $year } жылғы деректер: { $ids }
chart-no-data-hint-near = `{ $near }` деп жазғыңыз келді ме? { $year } жылғы деректер: { $ids }
# unsure: "деректер қатары" for "series"
chart-pie-series = дөңгелек диаграмма бір деректер қатарын көрсетеді, ал мұнда олар { $count }
chart-pie-series-hint = біреуін таңдаңыз: `y: <баған>`
chart-inner-radius = inner_radius { $value } 0 мен 0,9 аралығынан тыс
chart-inner-radius-hint = дөңгелек диаграмма үшін 0, сақина диаграмма үшін 0.5 жазыңыз
chart-no-rows = `{ $data }` ішінде салатын жол жоқ
chart-no-rows-hint = `rows:` тексеріңіз немесе кестені толтырыңыз
chart-no-series = деректерде «{ $name }» қатары жоқ
chart-no-row = деректерде «{ $name }» жолы жоқ
chart-unknown-hint = деректерде бар: «{ $known }»
chart-unknown-hint-near = «{ $near }» деп жазғыңыз келді ме? Деректерде бар: «{ $known }»

## import: reading a report to import

import-unreadable = файлды оқу мүмкін емес: { $reason }
import-unreadable-hint = файлдың атын және оның басқа бағдарламада ашық емес екенін тексеріңіз
import-too-big = файл 64 МиБ-тан үлкен
import-too-big-hint = есептің мәтінін импорттаңыз: оны фотосуреттерсіз сақтаңыз немесе бөліктерге бөліңіз
import-empty = файл бос
import-empty-hint = оны Word немесе LibreOffice бағдарламасында ашып, есептің сақталғанын тексеріңіз
import-no-text = құжатта мәтін жоқ
import-no-text-hint = бұл есеп екенін тексеріңіз: оны Word немесе LibreOffice бағдарламасында ашыңыз
import-not-inside = файл бүлінген: ішінде .{ $ext } құжаты емес
import-not-read = .{ $ext } файлдары оқылмайды
import-not-read-hint = оны Word немесе LibreOffice бағдарламасында ашып, .docx (Word) немесе .odt түрінде сақтаңыз
import-not-report = бұл letopis оқи алатын есеп емес
import-not-report-hint = .docx, .odt, .txt немесе .md файлдарын импорттаңыз
import-old-doc = бұл ескі Word 97–2003 құжаты (.doc), letopis мұндай құжаттарды оқымайды
import-old-doc-hint = оны Word немесе LibreOffice бағдарламасында ашып, «Басқаша сақтау» → «Word құжаты (.docx)» таңдаңыз, содан кейін .docx файлын импорттаңыз
import-encrypted = құжат құпиясөзбен қорғалған
# unsure: the menu names
import-encrypted-hint = оны Word немесе LibreOffice бағдарламасында ашып, құпиясөзді алып тастаңыз («Файл» → «Мәліметтер» → «Құжатты қорғау» немесе құпиясөзсіз «Басқаша сақтау») және сақталған көшірмені импорттаңыз
import-not-utf8 = файл UTF-8 мәтіні емес
import-not-utf8-hint = оны UTF-8 кодтауындағы мәтін ретінде қайта сақтаңыз (Блокнот: «Басқаша сақтау» → «Кодтау: UTF-8»)
import-damaged = файл бүлінген
import-damaged-part = файл бүлінген: оның { $part } бөлігі оқылмайды
import-damaged-missing = файл бүлінген: онда { $part } бөлігі жоқ
import-damaged-big = файл бүлінген: оның { $part } бөлігі ашылғанда 64 МиБ-тан үлкен
import-not-office = файл бүлінген: бұл ZIP мұрағаты, бірақ Word немесе LibreOffice құжаты емес
import-damaged-hint = оны Word немесе LibreOffice бағдарламасында ашыңыз; егер ашылса, .docx немесе .odt түрінде қайта сақтап, көшірмесін импорттаңыз
import-damaged-hint-detail = оны Word немесе LibreOffice бағдарламасында ашыңыз; егер ашылса, .docx немесе .odt түрінде қайта сақтап, көшірмесін импорттаңыз (себебі: { $detail })
import-spreadsheet = бұл мәтіндік есеп емес, кесте немесе басқа құжат
import-spreadsheet-hint = есептің өзін импорттаңыз (.docx немесе .odt); кестені импорттау үшін оны есепке көшіріңіз
# unsure: the whole sentence
import-unknown-library = «{ $library }» сайттың кітапханаларының бірі емес: есепте жазылғандай қалдырылды
import-unknown-library-hint = жобадағы `library:` өрісін түзетіңіз немесе кітапхананы site.yaml ішіндегі `import: libraries:` бөліміне (есептерде жазылатындай) қосып, қайта импорттаңыз; { $source } ¶{ $paragraph } ішінен

## commands: refusals of a command, not of a file of the site

config-base-url-option = --base-url: { $message }
report-file-taken = { $file } бұрыннан бар және ол letopis жасаған есеп емес; --output арқылы басқа атау таңдаңыз немесе ол файлды басқа жерге жылжытыңыз
# unsure: "мекенжайды тыңдау" for "listen on"
serve-cannot-listen = { $address } мекенжайын ашу мүмкін болмады: { $reason }; басқа `letopis serve` іске қосылған болуы мүмкін: --port { $port } қолданып көріңіз
serve-cannot-watch = сайт файлдарын бақылау мүмкін емес: { $reason }
cms-exists = { $file } ішінде `cms:` бөлімі бұрыннан бар; оны сонда өзгертіңіз
cms-cannot-write = бұл cms бөлімін жазу мүмкін емес: { $reason }
cms-repo-option = --repo { $repo }: бұл репозиторий емес; оның иесі мен атауын жазыңыз, мысалы `cbs-novokuznetsk/letopis`
# unsure: the whole message
cms-added = site.yaml файлына қосылды:
    { $block }Келесі жариялаудан кейін редактор сайт мекенжайының соңына /admin/ қосқанда ашылады.
# unsure: "нәтиже бумасы" for "the output"
output-in-content = { $output } нәтиже бумасы сайттың өз файлдарын ауыстырып жібереді; content/ сыртындағы буманы таңдаңыз, мысалы { $suggestion }
# unsure: the whole sentence
output-is-link = { $output } нәтиже бумасы символдық сілтеме; жинау нәтижені толығымен ауыстырады, сондықтан сілтеме арқылы ол апаратын буманы ауыстырып жібереді. Сілтемені жойыңыз (бұл сіздің бумаңыз емес) немесе --output ішінде нағыз буманы көрсетіңіз
output-is-file = { $output } нәтижесі файл; --output ішінде буманы көрсетіңіз
output-not-ours = { $output } ішінде letopis жасамаған файлдар бар, ал жинау бүкіл буманы ауыстырады; --output ішінде басқа буманы көрсетіңіз немесе бұл буманы өзіңіз босатыңыз
# unsure: the whole sentence
output-busy = { $from } бумасын { $to } орнына жылжыту мүмкін емес: ондағы файл басқа бағдарламада ашық (файл менеджері, браузер, антивирус); оны жауып, сайтты қайта жинаңыз, бұрынғы нәтиже сақталды ({ $reason })
write-outside = нәтиже бумасынан тыс жазуға болмайды: { $file }; бұл letopis бағдарламасының қатесі, ол туралы хабарлаңыз
write-bad-name = { $file } жазылмады: оның атын жариялауға болмайды ({ $reason }); бұл letopis бағдарламасының қатесі, ол туралы хабарлаңыз
chart-failed = `{ $id }` диаграммасы салынбады: бұл letopis бағдарламасының қатесі, ол туралы хабарлаңыз ({ $reason })
xlsx-failed = { $year } жылғы Excel кестесі жасалмады: бұл letopis бағдарламасының қатесі, ол туралы хабарлаңыз ({ $reason })
init-is-file = { $dir } — файл; жаңа сайт үшін буманың атын көрсетіңіз
init-not-empty = { $dir } бумасы бос емес, ал жаңа сайт басқа файлдармен араласпауы керек; жаңа буманың атын көрсетіңіз, мысалы `letopis init letopis-site`
import-bad-year = --year { $year }: есептің жылын төрт цифрмен жазыңыз, мысалы --year 2016

## files and reports: what the system or the typesetter refused

# unsure: the verbs
io-failed = { $path } { $action ->
        [read] оқу
        [write] жазу
        [create] жасау
        [copy] көшіру
        [move] жылжыту
        [remove] жою
        [clean] тазалау
        [resolve] табу
        [create-a-file-in] ішінде файл жасау
        [listen-on] мекенжайын ашу
        [swap-in] ауыстыру
       *[other] қолдану
    } мүмкін емес: { $reason }
report-no-year = сайтта { $year } жылы жоқ; сайттың жылдары: { $years }
report-chart = { $year } жылғы диаграмманы салу мүмкін емес: { $reason }
# unsure: "беттеу" for "typeset"
report-typeset = есепті беттеу мүмкін болмады: бұл letopis бағдарламасының қатесі, ол туралы хабарлаңыз ({ $reason })
report-no-pdf = letopis-тің бұл нұсқасы PDF есептерін жасамайды (`pdf` мүмкіндігі жоқ); --format docx қолданыңыз
report-docx = DOCX жазылмады: бұл letopis бағдарламасының қатесі, ол туралы хабарлаңыз ({ $reason })
