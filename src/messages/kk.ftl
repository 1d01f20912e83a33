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
## cli, scaffold: init and new

init-created-file = жасалды: { $file }
# unsure: the whole paragraph
init-done = Жаңа сайт { $dir } бумасында жасалды. Әрі қарай:
      cd { $dir }
      letopis serve --open    # сайтты браузерде көру
      letopis new event "Атауы" --date 2025-05-15
    Редакторларға арналған нұсқаулық — { $guide } файлында; сайттың атауы мен мекенжайы — site.yaml файлында.
new-no-library = Егер осы жылдың _index.md файлында default_library жоқ болса, файлға `library:` өрісін қосыңыз.

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

## config

config-missing = бұл бумада site.yaml жоқ
config-missing-hint = letopis бағдарламасын сайттың бумасында іске қосыңыз немесе оны --root арқылы көрсетіңіз; { $dir } ішінде site.yaml жоқ

## load: finding and reading the content

load-no-content = сайтта content бумасы жоқ
load-no-content-hint = content/<жыл>/events/ бумасын жасап, әр іс-шараға бір Markdown файлын салыңыз
load-folder-link = бумаға сілтеме ашылмайды
load-folder-link-hint = сілтеменің орнына буманың өзін осында көшіріңіз
load-misplaced = бұл Markdown файлы Летопис оқитын бумалардан тыс жатыр, сондықтан сайтқа шықпайды
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
