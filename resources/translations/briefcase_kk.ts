<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong that Briefcase did not expect. Your saved work is safe.</source>
        <translation>Күтпеген қате орын алды. Сақталған материалдар зардап шеккен жоқ.</translation>
    </message>
    <message>
        <source>The details are in the log file:</source>
        <translation>Толығырақ — жұмыс журналында:</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Қойманы ашу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <source>Set photo…</source>
        <translation>Фото таңдау…</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Қосымша</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Тіркелмеген</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Суреттер мен PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Файл тіркеу</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The store is damaged; nothing more will be written to it.

{reason}

{advice}</source>
        <translation>Қойма зақымдалған; оған бұдан әрі ештеңе жазылмайды.

{reason}

{advice}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Резервтік көшірме жасалмады: {reason}</translation>
    </message>
    <message>
        <source>The store was backed up to:
{path}</source>
        <translation>Қойманың резервтік көшірмесі мына жерге сақталды:
{path}</translation>
    </message>
    <message>
        <source>The backup did not finish.</source>
        <translation>Резервтік көшіру аяқталмады.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервтік көшіру…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>the store&apos;s sort key (store.SORT_KEYS) of each sortable header: a click sorts through the store. columns as wide as their day and time (never cut to &quot;2012-02-1…&quot;). columns the filter box searches but the list does not show.</extracomment>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Жағдай күні</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылған уақыты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>{what} of “{name}” failed.</source>
        <translation>{what}: «{name}» әрекеті орындалмады.</translation>
    </message>
    <message>
        <source>Create {kind}</source>
        <translation>Жасау: {kind}</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>«{title}» өзгерту</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>«{title}» жою</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>«{title}» қалпына келтіру</translation>
    </message>
    <message>
        <source>Copy “{title}”</source>
        <translation>«{title}» көшіру</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Ретін өзгерту</translation>
    </message>
    <message>
        <source>Add “{name}” to the conference</source>
        <translation>«{name}» конференцияға қосу</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>%n ішінен {shown} көрсетілген</numerusform>
            <numerusform>%n ішінен {shown} көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n материал табылды</numerusform>
            <numerusform>%n материал табылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar item(s)</source>
        <translation>
            <numerusform>%n ұқсас материал</numerusform>
            <numerusform>%n ұқсас материал</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n blocking finding(s):</source>
        <translation>
            <numerusform>Алдын ала тексеру %n маңызды ескерту анықтады:</numerusform>
            <numerusform>Алдын ала тексеру %n маңызды ескерту анықтады:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>импортталды: %n</numerusform>
            <numerusform>импортталды: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>қоймада бұрыннан бар: %n</numerusform>
            <numerusform>қоймада бұрыннан бар: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>қатемен: %n</numerusform>
            <numerusform>қатемен: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>өткізіп жіберілді: %n</numerusform>
            <numerusform>өткізіп жіберілді: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>біріктірілді: %n</numerusform>
            <numerusform>біріктірілді: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (kept as revisions)</source>
        <translation>
            <numerusform>%n сәйкессіздік (нұсқа ретінде сақталды)</numerusform>
            <numerusform>%n сәйкессіздік (нұсқа ретінде сақталды)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (briefcase-app import --json lists them all)</source>
        <translation>
            <numerusform>… және тағы %n (толық тізім: briefcase-app import --json)</numerusform>
            <numerusform>… және тағы %n (толық тізім: briefcase-app import --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ай</numerusform>
            <numerusform>%n ай</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index for %n item(s)…</source>
        <translation>
            <numerusform>Іздеу индексі жаңартылуда: %n материал…</numerusform>
            <numerusform>Іздеу индексі жаңартылуда: %n материал…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: {done} of %n item(s)…</source>
        <translation>
            <numerusform>Іздеу индексі жаңартылуда: {done} / %n…</numerusform>
            <numerusform>Іздеу индексі жаңартылуда: {done} / %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Find in text</source>
        <translation>Мәтіннен іздеу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Табылмады</translation>
    </message>
    <message>
        <source>link text</source>
        <extracomment>Ctrl+B, Ctrl+I, Ctrl+K while typing: formatting, ahead of the window&apos;s shortcuts</extracomment>
        <translation>сілтеме мәтіні</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжай</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Write here. Markdown: # heading, **bold**, *italic*, - list, &gt; quote.</source>
        <translation>Осында жазыңыз. Markdown: # тақырып, **жуан**, *көлбеу*, - тізім, &gt; дәйексөз.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Heading (## at the line&apos;s start)</source>
        <translation>Тақырып (жол басында ##)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жуан</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Жуан (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Көлбеу</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Көлбеу (Ctrl+I)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Сілтеме (Ctrl+K)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Тізім</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Таңбаланған тізім</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Тізім</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нөмірленген тізім</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <source>Quotation (&gt; at the line&apos;s start)</source>
        <translation>Дәйексөз (жол басында &gt;)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Кесте қою</translation>
    </message>
    <message>
        <source>Choose an item in the list, or create one with Ctrl+N.</source>
        <translation>Тізімнен материалды таңдаңыз немесе жаңасын жасаңыз (Ctrl+N).</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Бұл материал енді жоқ.</translation>
    </message>
    <message>
        <source>Added to People: {names}</source>
        <translation>«Тұлғалар» бөліміне қосылды: {names}</translation>
    </message>
    <message>
        <source>The store file {path} was moved or deleted while open.</source>
        <translation>{path} қойма файлы жұмыс кезінде жылжытылды немесе жойылды.</translation>
    </message>
    <message>
        <source>The store file {path} became read-only while open.</source>
        <translation>{path} қойма файлы жұмыс кезінде тек оқуға арналған болып қалды.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Saved, except: {reason}</source>
        <translation>Сақталды, мынадан басқасы: {reason}</translation>
    </message>
    <message>
        <source>The rest was saved; that field keeps its earlier value.</source>
        <translation>Қалғаны сақталды; бұл өрісте бұрынғы мәні қалды.</translation>
    </message>
    <message>
        <source>Your text is still in the editor, and a copy was written to:
{path}</source>
        <translation>Мәтін редакторда қалды, оның көшірмесі мына жерге жазылды:
{path}</translation>
    </message>
    <message>
        <source>Your changes could not be saved.</source>
        <translation>Өзгерістерді сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <source>The item was moved to the Trash. Edit &gt; Undo brings it back.</source>
        <translation>Материал себетке жылжытылды. Қайтару үшін: Түзету &gt; Болдырмау.</translation>
    </message>
    <message>
        <source>The preview shows the first 200,000 characters.</source>
        <extracomment>text/preview.py&apos;s style sheet is for a light page; on a dark palette these colours swap. sha256 -&gt; the attachment&apos;s bytes, or None (set by the editor panel with a store open)</extracomment>
        <translation>Алдын ала көріністе алғашқы 200 000 таңба ғана көрсетіледі.</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>beyond this many characters the word count is approximate (exact takes ~50 ms per MB).</extracomment>
        <translation>мин</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>{words} words · {time} at {rate} words a minute</source>
        <translation>{words} сөз · {time}, қарқыны {rate} сөз/мин</translation>
    </message>
    <message>
        <source> · target {minutes} min</source>
        <translation> · регламент {minutes} мин</translation>
    </message>
    <message>
        <source> ({time} over)</source>
        <translation> ({time} артық)</translation>
    </message>
    <message>
        <source> ({time} under)</source>
        <translation> ({time} кем)</translation>
    </message>
    <message>
        <source>Reading copy PDF…</source>
        <translation>Сөйлеу мәтіні (PDF)…</translation>
    </message>
    <message>
        <source>Export this speech as a large-print reading copy (Ctrl+Shift+E)</source>
        <translation>Баяндаманы мінбеден оқуға арналған ірі қаріппен экспорттау (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>“{field}”: “{text}” is not a date. Type it like {example}, or pick it from the calendar.</source>
        <translation>«{field}»: «{text}» — күн емес. Былай енгізіңіз: {example}, немесе күнтізбеден таңдаңыз.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>«{field}» өрісі тым ұзын.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>«{field}» өрісі бос болмауы керек.</translation>
    </message>
    <message>
        <source>“{field}” is before the start date.</source>
        <translation>«{field}» басталу күнінен ерте.</translation>
    </message>
    <message>
        <source>“{field}” is before the start.</source>
        <translation>«{field}» басталуынан ерте.</translation>
    </message>
    <message>
        <source>{field} must be a number of minutes.</source>
        <translation>«{field}» минут санымен көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be used: {reason}</source>
        <translation>Файлды пайдалану мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong that Briefcase did not expect. Your work so far is saved; the details are in the log file.</source>
        <translation>Күтпеген қате орын алды. Атқарылған жұмыс сақталды; толығырақ — жұмыс журналында.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export bundle</source>
        <translation>Пакетті экспорттау</translation>
    </message>
    <message>
        <source>Briefcase bundle (*.briefcase);;All files (*)</source>
        <translation>Briefcase пакеті (*.briefcase);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Қалтаға экспорттау</translation>
    </message>
    <message>
        <source>Exported {n} item(s) to the bundle {path}</source>
        <translation>Пакетке экспортталған материалдар: {n}; пакет: {path}</translation>
    </message>
    <message>
        <source>Exported {n} file(s) to {path}</source>
        <translation>Экспортталған файлдар: {n}; қалта: {path}</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>Экспорт аяқталмады.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} файлы экспортталды.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF ашу</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт орындалып жатыр.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Экспортталды: {path}</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>Экспорт аяқталмады.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт тоқтатылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>Open a pack first (a conference&apos;s Packs), or create one with Ctrl+N there.</source>
        <translation>Алдымен материалдар папкасын ашыңыз (конференцияның «Материалдар папкалары» бөлімі) немесе сонда жасаңыз (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open a speech first: its reading copy is exported from its editor.</source>
        <translation>Алдымен баяндаманы ашыңыз: сөйлеу мәтіні оның редакторынан экспортталады.</translation>
    </message>
    <message>
        <source>Export reading copy</source>
        <translation>Сөйлеу мәтінін экспорттау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting reading copy</source>
        <translation>Сөйлеу мәтіні экспортталуда</translation>
    </message>
    <message>
        <source>No program to open {kind} files was found on this computer. The file was saved here (select the path to copy it):</source>
        <translation>Бұл компьютерде {kind} файлдарын ашатын бағдарлама табылмады. Файл мына жерде сақталды (көшіру үшін жолды белгілеңіз):</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Tags</source>
        <extracomment>line | lines | date | datetime | minutes | priority | choice | tags | person | people</extracomment>
        <translation>Тегтер</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>en, ru, kk</source>
        <translation>en, ru, kk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Қысқаша атауы</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>names from People, comma separated</source>
        <translation>«Тұлғалар» бөліміндегі есімдер, үтір арқылы</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>a name from People</source>
        <translation>«Тұлғалар» бөліміндегі есім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>for defensive Q&amp;A: the question to expect</source>
        <translation>ықтимал сұрақтарға жауап үшін: күтілетін сұрақ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Дереккөз мекенжайы</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Жағдай күні</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>What we want</source>
        <translation>Біздің мақсатымыз</translation>
    </message>
    <message>
        <source>Main asks of us</source>
        <translation>Бізден күтілетін негізгі өтініштер</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Сезімтал мәселелер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі, лауазымы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>arrival, cars, hotel, seating, interpreters, media, dress</source>
        <translation>келу, көлік, қонақүй, отырғызу, аудармашылар, БАҚ, киім үлгісі</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>мысалы, {example}</translation>
    </message>
    <message>
        <source>Type a date, or pick one from the calendar. Empty is allowed.</source>
        <translation>Күнді енгізіңіз немесе күнтізбеден таңдаңыз. Өрісті бос қалдыруға болады.</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
    <message>
        <source>The time; then click the day</source>
        <translation>Уақыт; содан кейін күнді таңдаңыз</translation>
    </message>
    <message>
        <source>+ Add to People</source>
        <translation>+ «Тұлғалар» бөліміне қосу</translation>
    </message>
    <message>
        <source>Add to this conference&apos;s People: {names}</source>
        <translation>Осы конференцияның «Тұлғалар» бөліміне қосу: {names}</translation>
    </message>
    <message>
        <source>In People ›</source>
        <translation>«Тұлғалар» бөлімінде ›</translation>
    </message>
    <message>
        <source>Open in People: {names}</source>
        <translation>«Тұлғалар» бөлімінде ашу: {names}</translation>
    </message>
    <message>
        <source>Add “{name}” to People</source>
        <translation>«{name}» есімін «Тұлғалар» бөліміне қосу</translation>
    </message>
    <message>
        <source>1 – high</source>
        <translation>1 – жоғары</translation>
    </message>
    <message>
        <source>2 – medium</source>
        <translation>2 – орташа</translation>
    </message>
    <message>
        <source>3 – low</source>
        <translation>3 – төмен</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>none</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source>1 is high, 3 is low</source>
        <extracomment>fields a new item shows empty, with what it is saved as when left empty</extracomment>
        <translation>1 — жоғары, 3 — төмен</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source># Preparing a conference with Briefcase

1. **Create the conference** (File &gt; New conference, Ctrl+Shift+N): its title, dates, city and venue. Clicking it on the left shows its overview: what each section holds and whether its packs are ready.
2. **Fill the sections** under it: the *Steering brief* (purpose, what they want, what we ask, sensitivities), the *Programme* with times and places, *People* (own delegation and counterparts), *Speeches*, *Lines to take* (with defensive questions and answers) and *Background* facts with their source. Ctrl+N adds an item to the section you are in; File &gt; Import files (Ctrl+Shift+I) brings in Word, PDF, Markdown and text files.
3. **Reuse what was said before**: Search everything (Ctrl+K) finds earlier speeches and lines in any language; Similar material (Ctrl+Shift+M) lists what is close to the open item; Item &gt; Copy to puts a line into this conference or the Library.
4. **Write**: typing is saved within a second. The preview (Ctrl+Shift+P) shows the text as the pack will; a speech counts its speaking time. Item &gt; Revisions (Ctrl+Shift+H) brings back an earlier version.
5. **Make the pack**: in *Packs*, choose the sections and their order, the recipient and the marking. The pre-flight check lists what a careful officer would catch (a fact without a source, a TBC, a speech over time); double-click a finding to open the item. Export (Ctrl+E) writes the PDF; Ctrl+Shift+E makes a speech&apos;s reading copy.
6. **Keep it safe**: a backup is made when the store is opened and on File &gt; Back up now; File &gt; Restore backup brings one back. File &gt; Export bundle takes a conference to another laptop, where File &gt; Import files reads it.

Deleted items go to the Trash, where they can be restored; *Delete for good* there removes them from the store and its backups. Nothing ever leaves this computer: Briefcase opens no network connection.</source>
        <translation># Briefcase-те конференцияны дайындау

1. **Конференцияны құрыңыз** (Файл &gt; Жаңа конференция, Ctrl+Shift+N): атауы, күндері, қаласы мен өтетін орны. Оны сол жақтан таңдасаңыз, шолу ашылады: әр бөлімде қанша материал бар және материалдар папкалары дайын ба.
2. **Бөлімдерді толтырыңыз**: *Бағдарлаушы анықтама* (мақсат, серіктестер не қалайды, біз не сұраймыз, сезімтал тақырыптар), уақыты мен орны көрсетілген *Бағдарлама*, *Тұлғалар* (өз делегациясы мен келіссөз серіктестері), *Баяндамалар*, *Ұстаным тезистері* (ықтимал сұрақтарға жауаптармен) және *Анықтамалық материалдар* — дереккөздері бар деректер. Ctrl+N ашық бөлімге материал қосады; Файл &gt; Файлдарды импорттау (Ctrl+Shift+I) Word, PDF, Markdown және мәтін файлдарын жүктейді.
3. **Бұрын айтылғанды пайдаланыңыз**: барлық материалдар бойынша іздеу (Ctrl+K) бұрынғы баяндамалар мен тезистерді кез келген тілде табады; «Ұқсас материалдар» (Ctrl+Shift+M) ашық материалға жақындарын көрсетеді; Материал &gt; Көшіру… тезисті осы конференцияға немесе Кітапханаға ауыстырады.
4. **Жазыңыз**: мәтін бір секунд ішінде сақталады. Алдын ала қарау (Ctrl+Shift+P) мәтінді папкадағыдай көрсетеді; баяндаманың уақыты есептеледі. Материал &gt; Бұрынғы нұсқалар (Ctrl+Shift+H) ертерек нұсқаны қайтарады.
5. **Материалдар папкасын жинаңыз**: *Материалдар папкалары* бөлімінде бөлімдер мен олардың ретін, алушыны және құпиялылық белгісін таңдаңыз. Алдын ала тексеру мұқият қызметкер байқайтын нәрселерді тізеді (дереккөзсіз дерек, TBC, регламенттен асқан баяндама); екі рет шерту материалды ашады. Экспорт (Ctrl+E) PDF жасайды; Ctrl+Shift+E — сөйлеу мәтіні.
6. **Деректерді сақтаңыз**: резервтік көшірме қойма ашылғанда және Файл &gt; Резервтік көшірме жасау командасымен жасалады; Файл &gt; Резервтік көшірмеден қалпына келтіру оны қайтарады. Файл &gt; Пакетті экспорттау конференцияны басқа ноутбукке көшіреді, онда оны Файл &gt; Файлдарды импорттау оқиды.

Жойылған материалдар себетке түседі, оларды сол жерден қалпына келтіруге болады; *Біржола жою* оларды қоймадан да, резервтік көшірмелерден де алып тастайды. Бұл компьютерден ештеңе шықпайды: Briefcase желілік байланыс ашпайды.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Start here</source>
        <translation>&amp;Неден бастау керек</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Open &amp;backup folder</source>
        <translation>&amp;Резервтік көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Briefcase</source>
        <translation>Briefcase &amp;туралы</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>no store open</source>
        <translation>қойма ашылмаған</translation>
    </message>
    <message>
        <source>Conference briefings, speeches and lines to take, offline.</source>
        <translation>Конференцияларға арналған материалдар, баяндамалар және ұстаным тезистері — желіге қосылмай.</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Қойма: {store}</translation>
    </message>
    <message>
        <source>Backups: {folder}</source>
        <translation>Резервтік көшірмелер: {folder}</translation>
    </message>
    <message>
        <source>(no store open)</source>
        <translation>(қойма ашылмаған)</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Жұмыс журналы: {path}</translation>
    </message>
    <message>
        <source>Briefcase opens no network connection: nothing leaves this computer.</source>
        <translation>Briefcase желіге қосылмайды: ешбір дерек осы компьютерден шықпайды.</translation>
    </message>
    <message>
        <source>Built with Qt {version} (PySide6).</source>
        <translation>Qt {version} (PySide6) негізінде жасалған.</translation>
    </message>
    <message>
        <source>About Briefcase</source>
        <translation>Briefcase туралы</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Қойма ашылмаған.</translation>
    </message>
    <message>
        <source>Cannot open {folder}: {reason}</source>
        <translation>{folder} ашу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>This store has no Start here note (the demo store has it).</source>
        <translation>Бұл қоймада «Неден бастау керек» жазбасы жоқ (ол демонстрациялық қоймада бар).</translation>
    </message>
    <message>
        <source>The store was upgraded for Briefcase {version}; a backup of it as it was is in {path}</source>
        <translation>Қойма Briefcase {version} нұсқасы үшін жаңартылды; бұрынғы күйінің резервтік көшірмесі: {path}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>The import did not finish; what came in before stays.</source>
        <translation>Импорт аяқталмады; бұған дейін жүктелгені сақталды.</translation>
    </message>
    <message>
        <source>Cancelled: what came in before stays; import again to finish the rest.</source>
        <translation>Тоқтатылды: бұған дейін жүктелгені сақталды; қалғанын жүктеу үшін импортты қайталаңыз.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <extracomment>the kinds a file can become (services/readers/meta.py KIND_BY_NAME)</extracomment>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Already there: {title}</source>
        <translation>Бұрыннан бар: {title}</translation>
    </message>
    <message>
        <source>Updates the stored item</source>
        <translation>Сақталған материалды жаңартады</translation>
    </message>
    <message>
        <source>Bundle: its items keep their own conferences</source>
        <translation>Пакет: оның материалдары өз конференцияларында қалады</translation>
    </message>
    <message>
        <source>Cannot be read: {reason}</source>
        <translation>Оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Файлдар қосу…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Қалта қосу…</translation>
    </message>
    <message>
        <source>Where every row goes (each row can differ)</source>
        <translation>Барлық жолдар қайда барады (әр жолға бөлек таңдауға болады)</translation>
    </message>
    <message>
        <source>Each as proposed</source>
        <translation>Әрқайсысы ұсынылғандай</translation>
    </message>
    <message>
        <source>Put all in:</source>
        <translation>Барлығын мұнда қою:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>New or already there</source>
        <translation>Жаңа ма, бар ма</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Nothing is written yet. Check each row: change its kind or where it goes, or untick it to leave it out. Then press Import.</source>
        <translation>Әзірге ештеңе жазылған жоқ. Әр жолды тексеріңіз: түрін немесе баратын жерін өзгертіңіз, не файлды қалдыру үшін белгіні алып тастаңыз. Содан кейін «Импорттау» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Файлдар оқылуда…</translation>
    </message>
    <message>
        <source>The files could not be read.</source>
        <translation>Файлдарды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{total} ішінен {done}: {name}</translation>
    </message>
    <message>
        <source>Library (no conference)</source>
        <translation>Кітапхана (конференциясыз)</translation>
    </message>
    <message>
        <source>New conference: {title}</source>
        <translation>Жаңа конференция: {title}</translation>
    </message>
    <message>
        <source>Import {n} of {total}</source>
        <translation>{total} ішінен {n} импорттау</translation>
    </message>
    <message>
        <source>Files read: {n}. Ticked to come in: {chosen}.</source>
        <translation>Оқылған файлдар: {n}. Импортқа белгіленгені: {chosen}.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Файлдар қосу</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Қалта қосу</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Done. Double-click an item to open it.</source>
        <translation>Дайын. Материалды ашу үшін оны екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Filter this list</source>
        <translation>Тізімді сүзу</translation>
    </message>
    <message>
        <source> (filtering the first {loaded})</source>
        <translation> (алғашқы {loaded} ішінен сүзгі)</translation>
    </message>
    <message>
        <source>, sorted by {column} (click it again for your own order)</source>
        <translation>, сұрыптау: «{column}» (өз ретіңізге қайту үшін тағы басыңыз)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Conference</source>
        <extracomment>the domain&apos;s English labels of kinds, roles, statuses and sections (domain/models.py), marked here for translation; `label` shows them in the window&apos;s language</extracomment>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Бағдарлама тармағы</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Баяндама</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Дерек</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Материалдар папкасы</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>Делегация мүшесі</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Келіссөз серіктесі</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Келісілген</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Айтылды</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Негізгі тезис</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>Ұстаным тезисі</translation>
    </message>
    <message>
        <source>Defensive Q&amp;A</source>
        <translation>Ықтимал сұрақтарға жауаптар</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Баспасөзге арналған ұстаным</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Objectives and key messages</source>
        <translation>Мақсаттар мен негізгі тезистер</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Ұстаным тезистері</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Баяндамалар</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Анықтамалық материалдар</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Бағдарлаушы анықтама</translation>
    </message>
    <message>
        <source>Logistics and scenario</source>
        <translation>Ұйымдастыру мәселелері және сценарий</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Logistics item</source>
        <translation>Ұйымдастыру тармағы</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Маңызды</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>Назарға</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New store</source>
        <translation>Жаңа қойма</translation>
    </message>
    <message>
        <source>Briefcase store (*.db)</source>
        <translation>Briefcase қоймасы (*.db)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <source>Briefcase store (*.db);;All files (*)</source>
        <translation>Briefcase қоймасы (*.db);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Could not open {path}.</source>
        <translation>{path} ашу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Items in the Trash can be restored (Item &gt; Restore) or deleted for good.</source>
        <translation>Себеттегі материалдарды қалпына келтіруге (Материал &gt; Себеттен қалпына келтіру) немесе біржола жоюға болады.</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Бұл материал енді жоқ.</translation>
    </message>
    <message>
        <source>The open item could not be saved (a copy of its text was written to the recovery folder). Close anyway?</source>
        <translation>Ашық материалды сақтау мүмкін болмады (мәтіннің көшірмесі қалпына келтіру қалтасына жазылды). Бәрібір жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Жаңа материал</translation>
    </message>
    <message>
        <source>Create an item in the current section</source>
        <translation>Ағымдағы бөлімде материал жасау</translation>
    </message>
    <message>
        <source>New &amp;conference</source>
        <translation>Жаңа &amp;конференция</translation>
    </message>
    <message>
        <source>New store…</source>
        <translation>Жаңа қойма…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Қойманы &amp;ашу…</translation>
    </message>
    <message>
        <source>&amp;Export pack…</source>
        <translation>Материалдар папкасын &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export reading copy of speech…</source>
        <translation>Сөйлеу мәтінін экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервтік көшірме жасау</translation>
    </message>
    <message>
        <source>Copy the store to the backup folder</source>
        <translation>Қойманы резервтік көшірмелер қалтасына көшіру</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Файлдарды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>&amp;Қалтаны импорттау…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Резервтік көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Export &amp;folder…</source>
        <translation>&amp;Қалтаға экспорттау…</translation>
    </message>
    <message>
        <source>Markdown files with front matter, for another program; they import back</source>
        <translation>Басқа бағдарламаға арналған метадеректері бар Markdown файлдары; оларды қайта импорттауға болады</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>&amp;Пакетті экспорттау…</translation>
    </message>
    <message>
        <source>One file with the conference (or everything) for another laptop</source>
        <translation>Басқа ноутбукке арналған конференция (немесе бүкіл қойма) бар бір файл</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Болдырмау: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Қайталау: {what}</translation>
    </message>
    <message>
        <source>&amp;Find in text</source>
        <translation>Мәтіннен &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Барлық материалдан і&amp;здеу…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Тізімді сүзу</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Атауын ө&amp;згерту</translation>
    </message>
    <message>
        <source>Edit the title of the open item</source>
        <translation>Ашық материалдың атауын өзгерту</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Көшірмесін жасау</translation>
    </message>
    <message>
        <source>Copy &amp;to conference or Library…</source>
        <translation>Конференцияға немесе кітапханаға &amp;көшіру…</translation>
    </message>
    <message>
        <source>&amp;Delete (to Trash)</source>
        <translation>&amp;Жою (себетке)</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Себеттен &amp;қалпына келтіру</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Себетті тазарту…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Тө&amp;мен жылжыту</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>&amp;Рөлін өзгерту…</translation>
    </message>
    <message>
        <source>A person&apos;s role in this conference</source>
        <translation>Тұлғаның осы конференциядағы рөлі</translation>
    </message>
    <message>
        <source>Remove from con&amp;ference…</source>
        <translation>&amp;Конференциядан шығару…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Бұрынғы &amp;нұсқалар…</translation>
    </message>
    <message>
        <source>Similar material</source>
        <translation>Ұқсас материалдар</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>&amp;Алдын ала көрініс</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Біржола жою…</translation>
    </message>
    <message>
        <source>Could not read the revisions.</source>
        <translation>Бұрынғы нұсқаларды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not restore that version.</source>
        <translation>Бұл нұсқаны қалпына келтіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Earlier version restored (the one before it is kept as a revision).</source>
        <translation>Бұрынғы нұсқа қалпына келтірілді (алдыңғы күйі нұсқа ретінде сақталды).</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Steering brief</source>
        <extracomment>a conference&apos;s sections: label and the kind its list shows.</extracomment>
        <translation>Бағдарлаушы анықтама</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Ұйымдастыру мәселелері</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Баяндамалар</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Ұстаным тезистері</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Анықтамалық материалдар</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Материалдар папкалары</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>New conference</source>
        <translation>Жаңа конференция</translation>
    </message>
    <message>
        <source>Untitled speech</source>
        <translation>Атаусыз баяндама</translation>
    </message>
    <message>
        <source>New line to take</source>
        <translation>Жаңа ұстаным тезисі</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Жаңа дерек</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Бағдарламаның жаңа тармағы</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Бағдарлаушы анықтама</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Жаңа байланыс</translation>
    </message>
    <message>
        <source>New logistics item</source>
        <translation>Жаңа ұйымдастыру тармағы</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Материалдар папкасы</translation>
    </message>
    <message>
        <source>Could not create the {kind}.</source>
        <translation>Материал жасау мүмкін болмады ({kind}).</translation>
    </message>
    <message>
        <source>Could not create the conference.</source>
        <translation>Конференция жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Тұлға қосу</translation>
    </message>
    <message>
        <source>Type a name: people already in the store are offered</source>
        <extracomment>everyone in the store not yet in this conference</extracomment>
        <translation>Есімді енгізіңіз: қоймада бар адамдар ұсынылады</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Already in the store:</source>
        <translation>Қоймада бар:</translation>
    </message>
    <message>
        <source>Role in this conference:</source>
        <translation>Осы конференциядағы рөлі:</translation>
    </message>
    <message>
        <source>“{name}” is already in the store: they will be added to this conference.</source>
        <translation>«{name}» қоймада бар: бұл адам осы конференцияға қосылады.</translation>
    </message>
    <message>
        <source>A new person will be created.</source>
        <translation>Адам туралы жаңа жазба жасалады.</translation>
    </message>
    <message>
        <source>Could not add the person.</source>
        <translation>Тұлғаны қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Move the conference “{title}” and all its material to the Trash?</source>
        <translation>«{title}» конференциясын барлық материалдарымен себетке жылжыту керек пе?</translation>
    </message>
    <message>
        <source>Could not delete it.</source>
        <translation>Жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Moved “{title}” to the Trash (Ctrl+Z brings it back).</source>
        <translation>«{title}» себетке жіберілді (Ctrl+Z қайтарады).</translation>
    </message>
    <message>
        <source>Could not restore it.</source>
        <translation>Қалпына келтіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Restored “{title}” to {origin}.</source>
        <translation>«{title}» қалпына келтірілді: {origin}.</translation>
    </message>
    <message>
        <source>Delete “{title}” for good? This cannot be undone.

It is also taken out of this store&apos;s backups.</source>
        <translation>«{title}» біржола жою керек пе? Бұл әрекетті болдырмау мүмкін емес.

Материал осы қойманың резервтік көшірмелерінен де жойылады.</translation>
    </message>
    <message>
        <source>; taking it out of the backups…</source>
        <translation>; сақтық көшірмелерден де жойылуда…</translation>
    </message>
    <message>
        <source>Could not rewrite the backups.</source>
        <translation>Сақтық көшірмелерді қайта жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Delete everything in the Trash for good? This cannot be undone.

It is also taken out of this store&apos;s backups.</source>
        <translation>Себеттегінің бәрін біржола жою керек пе? Бұл әрекетті болдырмау мүмкін емес.

Материалдар осы қойманың резервтік көшірмелерінен де жойылады.</translation>
    </message>
    <message>
        <source>Could not empty the Trash.</source>
        <translation>Себетті тазарту мүмкін болмады.</translation>
    </message>
    <message>
        <source>Could not duplicate it.</source>
        <translation>Көшірмесін жасау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Қайда көшіру:</translation>
    </message>
    <message>
        <source>Could not copy it.</source>
        <translation>Көшіру мүмкін болмады.</translation>
    </message>
    <message>
        <source>Copied to {place}.</source>
        <translation>Көшірілді: {place}.</translation>
    </message>
    <message>
        <source>Sorted by a column: click its header until the arrow goes to move points in your own order.</source>
        <translation>Тізім баған бойынша сұрыпталған: тезистерді өз ретіңізбен орналастыру үшін бағдарша жоғалғанша тақырыпты басыңыз.</translation>
    </message>
    <message>
        <source>Could not reorder.</source>
        <translation>Ретін өзгерту мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>pre-flight could not run: {reason}</source>
        <translation>алдын ала тексеру орындалмады: {reason}</translation>
    </message>
    <message>
        <source>ready: the pre-flight check finds nothing</source>
        <translation>дайын: алдын ала тексеру ескерту анықтаған жоқ</translation>
    </message>
    <message>
        <source>ready: {advisory} advisory finding(s)</source>
        <translation>дайын: назарға — {advisory}</translation>
    </message>
    <message>
        <source>not ready: {blocking} blocking, {advisory} advisory</source>
        <translation>дайын емес: маңызды — {blocking}, назарға — {advisory}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Double-click a section to open it; the conference&apos;s own fields are on the right.</source>
        <translation>Бөлімді ашу үшін екі рет шертіңіз; конференцияның өз өрістері оң жақта.</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Материалдар папкалары</translation>
    </message>
    <message>
        <source>Dates: {when}</source>
        <translation>Күндері: {when}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Өтетін орны: {venue}</translation>
    </message>
    <message>
        <source>Organiser: {who}</source>
        <translation>Ұйымдастырушы: {who}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>тексерілуде…</translation>
    </message>
    <message>
        <source>No pack yet</source>
        <translation>Материалдар папкасы әлі жоқ</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>The language of the pack&apos;s headings, dates and page numbers</source>
        <extracomment>which stored items can fill each kind of section.</extracomment>
        <translation>Папкадағы тақырыптардың, күндердің және бет нөмірлерінің тілі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Құпиялылық белгісі</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation>Папка тілі</translation>
    </message>
    <message>
        <source>Every item of this kind, in its own order</source>
        <translation>Осы түрдің барлық материалы, өз ретімен</translation>
    </message>
    <message>
        <source>Sections (tick to include, drag to order)</source>
        <translation>Бөлімдер (қажеттісін белгілеңіз, ретін сүйреп өзгертіңіз)</translation>
    </message>
    <message>
        <source>Items of the chosen section</source>
        <translation>Таңдалған бөлімнің материалдары</translation>
    </message>
    <message>
        <source>Pack: {title}</source>
        <translation>Материалдар папкасы: {title}</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>A minister&apos;s pack should not go out with these. Export anyway, or review them?</source>
        <translation>Мұндай ескертулермен папканы министрге беруге болмайды. Бәрібір экспорттау керек пе, әлде ескертулерді қарау керек пе?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Бәрібір экспорттау</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау</translation>
    </message>
    <message>
        <source>{blocking} blocking, {advisory} advisory</source>
        <translation>Маңызды: {blocking}, назарға: {advisory}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Run the pre-flight checks without exporting</source>
        <translation>Экспорттамай алдын ала тексеру</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export this pack as PDF (Ctrl+E)</source>
        <translation>Папканы PDF-ке экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pre-flight: blocking first; open a line to see its items, double-click an item to open it</source>
        <translation>Алдын ала тексеру: алдымен маңыздылары; материалдарды көру үшін жолды ашыңыз, материалды ашу үшін екі рет басыңыз</translation>
    </message>
    <message>
        <source>Check runs the pre-flight; Export runs it first.</source>
        <translation>«Тексеру» алдын ала тексеруді іске қосады; экспорт та одан басталады.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексеру…</translation>
    </message>
    <message>
        <source>Could not check the pack.</source>
        <translation>Папканы тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Ескертулер жоқ.</translation>
    </message>
    <message>
        <source>{counts}: Export asks before going ahead.</source>
        <translation>{counts} — экспорт алдында сұрақ қойылады.</translation>
    </message>
    <message>
        <source>{counts}: nothing blocks the export.</source>
        <translation>{counts} — экспортқа ештеңе кедергі емес.</translation>
    </message>
    <message>
        <source>Not exported: the blocking findings are open below the pack.</source>
        <translation>Экспортталмады: маңызды ескертулер папканың астында ашылды.</translation>
    </message>
    <message>
        <source>Export pack</source>
        <translation>Материалдар папкасын экспорттау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting pack</source>
        <translation>Папка экспортталуда</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Role of “{name}”: {role}</source>
        <translation>«{name}» рөлі: {role}</translation>
    </message>
    <message>
        <source>Remove “{name}” from the conference</source>
        <translation>«{name}» конференциядан шығару</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Рөлін өзгерту</translation>
    </message>
    <message>
        <source>Role of {name} in this conference:</source>
        <translation>{name} осы конференциядағы рөлі:</translation>
    </message>
    <message>
        <source>Could not change the role.</source>
        <translation>Рөлін өзгерту мүмкін болмады.</translation>
    </message>
    <message>
        <source>Remove {name} from {conference}?

The person stays in the store for other conferences. Edit &gt; Undo adds them back with the same role, at the end of the list.</source>
        <translation>{name} «{conference}» конференциясынан шығарылсын ба?

Тұлға туралы мәлімет басқа конференциялар үшін қоймада қалады. Түзету &gt; Болдырмау оны сол рөлімен тізімнің соңына қайтарады.</translation>
    </message>
    <message>
        <source>Could not remove the person from the conference.</source>
        <translation>Тұлғаны конференциядан шығару мүмкін болмады.</translation>
    </message>
    <message>
        <source>Removed from the conference. Edit &gt; Undo adds them back.</source>
        <translation>Тұлға конференциядан шығарылды. Қайтару үшін: Түзету &gt; Болдырмау.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>automatic (DejaVu, Noto, Liberation or Arial)</source>
        <translation>автоматты түрде (DejaVu, Noto, Liberation немесе Arial)</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> сөз/мин</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>next to the store</source>
        <translation>қойманың жанында</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} пт</translation>
    </message>
    <message>
        <source>Show the preview beside the text</source>
        <translation>Алдын ала көріністі мәтіннің жанында көрсету</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Жүйе тілі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>PDF font file</source>
        <translation>PDF қаріп файлы</translation>
    </message>
    <message>
        <source>PDF body text</source>
        <translation>PDF негізгі мәтіні</translation>
    </message>
    <message>
        <source>Default marking</source>
        <translation>Әдепкі құпиялылық белгісі</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Сөйлеу қарқыны</translation>
    </message>
    <message>
        <source>A fact counts as old after</source>
        <translation>Дерек ескірген болып саналады</translation>
    </message>
    <message>
        <source>Backups go to</source>
        <translation>Резервтік көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>PDF font</source>
        <translation>PDF қарпі</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.otf)</source>
        <translation>TrueType қаріптері (*.ttf *.otf)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Briefcase. Your work is saved: close Briefcase and open it again to switch now.</source>
        <translation>Жаңа тіл Briefcase келесі іске қосылғанда қолданылады. Жұмысыңыз сақталды: тілді қазір ауыстыру үшін Briefcase-ті жауып, қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Items with characters no font has (the export will fail)</source>
        <extracomment>each pre-flight rule (services/preflight.py, by id) as a heading for the Russian and Kazakh window, which writes &quot;Facts without a source — 3&quot; (no plural to agree); English keeps the service&apos;s own &quot;3 facts without a source&quot;</extracomment>
        <translation>Ешбір қаріпте жоқ таңбалары бар материалдар (экспорт сәтсіз болады)</translation>
    </message>
    <message>
        <source>Items with a placeholder (TBC, XX, …)</source>
        <translation>Толтырылмаған орны бар материалдар (TBC, XX, …)</translation>
    </message>
    <message>
        <source>Facts without a source</source>
        <translation>Дереккөзі жоқ деректер</translation>
    </message>
    <message>
        <source>Empty sections</source>
        <translation>Бос бөлімдер</translation>
    </message>
    <message>
        <source>Items not cleared (draft)</source>
        <translation>Келісілмеген материалдар (жоба)</translation>
    </message>
    <message>
        <source>Items named by the pack but no longer there</source>
        <translation>Папкада аталған, бірақ жойылған материалдар</translation>
    </message>
    <message>
        <source>Speeches over their target time</source>
        <translation>Регламенттен асатын баяндамалар</translation>
    </message>
    <message>
        <source>Facts without an as-of date</source>
        <translation>Мәлімет күні жоқ деректер</translation>
    </message>
    <message>
        <source>Items with symbols printed by name</source>
        <translation>Таңбалары атауымен басылатын материалдар</translation>
    </message>
    <message>
        <source>Packs without a steering brief</source>
        <translation>Бағдарлаушы анықтамасы жоқ папкалар</translation>
    </message>
    <message>
        <source>Steering briefs over one page</source>
        <translation>Бір беттен асатын бағдарлаушы анықтамалар</translation>
    </message>
    <message>
        <source>Images missing or unreadable (printed as notes)</source>
        <translation>Жоқ немесе оқылмайтын суреттер (ескертпе ретінде басылады)</translation>
    </message>
    <message>
        <source>Annexes that cannot be appended</source>
        <translation>Қосу мүмкін емес қосымшалар</translation>
    </message>
    <message>
        <source>Facts older than {age}</source>
        <translation>Ескірген деректер (мерзімі — {age})</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Басқа ескертулер</translation>
    </message>
    <message>
        <source>{rule} — {count}</source>
        <translation>{rule} — {count}</translation>
    </message>
    <message>
        <source>Export asks before going ahead; double-click an item to open it.</source>
        <translation>Экспорт алдында сұрақ қойылады; материалды ашу үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Worth a look; does not stop the export.</source>
        <translation>Қарап шыққан жөн; экспортқа кедергі емес.</translation>
    </message>
</context>
<context>
    <name>Reindex</name>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Іздеу индексі</translation>
    </message>
    <message>
        <source>The search index could not be updated; it will be tried again next time.</source>
        <translation>Іздеу индексін жаңарту мүмкін болмады; келесі іске қосқанда қайта әрекет жасалады.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>when the store was opened</source>
        <translation>қойма ашылғанда</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>қолмен жасалған</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>қалпына келтіру алдында</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>жаңарту алдында</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Резервтік көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>The store is replaced by the backup you choose. The store as it is now is backed up first, so this can be undone by restoring that backup.
Backups are in: {folder}</source>
        <translation>Қойма таңдалған резервтік көшірмемен ауыстырылады. Алдымен қазіргі қойманың көшірмесі жасалады, сондықтан оны қалпына келтіру арқылы бұл әрекетті болдырмауға болады.
Резервтік көшірмелер: {folder}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <source>This store has no backups yet.</source>
        <translation>Бұл қойманың әлі резервтік көшірмелері жоқ.</translation>
    </message>
    <message>
        <source>Replace the store with the backup made {made} ({size})?

Everything changed since then is replaced; the store as it is now is backed up first.</source>
        <translation>Қойманы {made} жасалған резервтік көшірмемен ({size}) ауыстыру керек пе?

Одан кейінгі барлық өзгерістер ауыстырылады; алдымен қазіргі қойманың көшірмесі жасалады.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Резервтік көшірме қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>Restored the backup made {made}; the store as it was is in {previous}</source>
        <translation>{made} жасалған резервтік көшірме қалпына келтірілді; қойманың бұрынғы күйі мына жерде: {previous}</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Revisions of {title}</source>
        <translation>Бұрынғы нұсқалар: {title}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(ағымдағы)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Осы нұсқаны қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>offered in the Language box (any other code can be typed).</extracomment>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Сөйлеуші</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>{name}: “{text}” is not a date; type it as YYYY-MM-DD, e.g. 2012-02-16.</source>
        <translation>{name}: «{text}» — күн емес; ЖЖЖЖ-АА-КК түрінде енгізіңіз, мысалы 2012-02-16.</translation>
    </message>
    <message>
        <source>The range {start} to {end} ends before it starts.</source>
        <translation>{start} – {end} аралығы басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Барлық материалдан іздеу</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -not, prefix*  (filters below)</source>
        <translation>Сөздер, &quot;нақты тіркес&quot;, -алып тастау, басы*  (сүзгілер төменде)</translation>
    </message>
    <message>
        <source>Words match in any form: English, Russian and Kazakh are stemmed (декабрь finds декабря,
министр finds министрлері). &quot;Words in quotes&quot; match as typed, in that order.
prefix* finds words that start so; -word leaves items with it out; a OR b finds either;
three letters or more also match inside words (нарко finds наркотрафиком).</source>
        <translation>Сөздер кез келген тұлғада табылады: ағылшын, орыс және қазақ тілдерінде (декабрь декабря сөзін,
министр министрлері сөзін табады). &quot;Тырнақшадағы сөздер&quot; жазылғандай, сол ретпен ізделеді.
басы* осылай басталатын сөздерді табады; -сөз онымен келетін материалдарды шығарады; а OR б екеуінің бірін табады;
үш әріптен бастап сөздің ішінен де ізделеді (нарко наркотрафиком сөзін табады).</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Барлық материал</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Ең сәйкесі</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Сұрыптау</translation>
    </message>
    <message>
        <source>All conferences</source>
        <translation>Барлық конференция</translation>
    </message>
    <message>
        <source>Type a word to search speeches, points, facts, people and programmes.</source>
        <translation>Баяндамалардан, тезистерден, деректерден, тұлғалардан және бағдарламалардан іздеу үшін сөз енгізіңіз.</translation>
    </message>
    <message>
        <source>Waiting for a date that can be read.</source>
        <translation>Дұрыс күн күтілуде.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>The search could not run: {reason}</source>
        <translation>Іздеу орындалмады: {reason}</translation>
    </message>
</context>
<context>
    <name>Similar</name>
    <message>
        <source>Similar material</source>
        <translation>Ұқсас материалдар</translation>
    </message>
    <message>
        <source>Open a speech, line to take or fact to see similar material.</source>
        <translation>Ұқсас материалдарды көру үшін баяндаманы, ұстаным тезисін немесе деректі ашыңыз.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Іздеу…</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>a conference, with all its material</source>
        <extracomment>(column, descending), or None for the list&apos;s own order (talking points: the dragged one).</extracomment>
        <translation>барлық материалдарымен бірге конференция</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Put it back where it came from (Ctrl+Shift+R)</source>
        <translation>Бұрынғы орнына қайтару (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Біржола жою…</translation>
    </message>
    <message>
        <source>From: {origin}
Deleted: {when}
In the Trash it cannot be edited; restore it first.</source>
        <translation>Қайдан: {origin}
Жойылған уақыты: {when}
Себетте материалды өзгертуге болмайды; алдымен оны қалпына келтіріңіз.</translation>
    </message>
</context>
</TS>
