<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong that Briefcase did not expect. Your saved work is safe.</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые материалы не пострадали.</translation>
    </message>
    <message>
        <source>The details are in the log file:</source>
        <translation>Подробности — в журнале работы:</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Не удалось открыть хранилище.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Вложить файл…</translation>
    </message>
    <message>
        <source>Set photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не вложено</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Изображения и PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Вложить файл</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The store is damaged; nothing more will be written to it.

{reason}

{advice}</source>
        <translation>Хранилище повреждено; запись в него прекращена.

{reason}

{advice}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <source>The store was backed up to:
{path}</source>
        <translation>Резервная копия хранилища сохранена в:
{path}</translation>
    </message>
    <message>
        <source>The backup did not finish.</source>
        <translation>Резервное копирование не завершено.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Оратор</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>the store&apos;s sort key (store.SORT_KEYS) of each sortable header: a click sorts through the store. columns as wide as their day and time (never cut to &quot;2012-02-1…&quot;). columns the filter box searches but the list does not show.</extracomment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Redo</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{what} of “{name}” failed.</source>
        <translation>{what}: действие «{name}» не выполнено.</translation>
    </message>
    <message>
        <source>Create {kind}</source>
        <translation>Создание: {kind}</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Изменение «{title}»</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Удаление «{title}»</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>Восстановление «{title}»</translation>
    </message>
    <message>
        <source>Copy “{title}”</source>
        <translation>Копирование «{title}»</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Изменение порядка</translation>
    </message>
    <message>
        <source>Add “{name}” to the conference</source>
        <translation>Добавление «{name}» в конференцию</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n shown</source>
        <translation>
            <numerusform>Показано {shown} из %n</numerusform>
            <numerusform>Показано {shown} из %n</numerusform>
            <numerusform>Показано {shown} из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>Найден %n материал</numerusform>
            <numerusform>Найдено %n материала</numerusform>
            <numerusform>Найдено %n материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar item(s)</source>
        <translation>
            <numerusform>%n похожий материал</numerusform>
            <numerusform>%n похожих материала</numerusform>
            <numerusform>%n похожих материалов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-flight check found %n blocking finding(s):</source>
        <translation>
            <numerusform>Предварительная проверка выявила %n критическое замечание:</numerusform>
            <numerusform>Предварительная проверка выявила %n критических замечания:</numerusform>
            <numerusform>Предварительная проверка выявила %n критических замечаний:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>импортировано: %n</numerusform>
            <numerusform>импортировано: %n</numerusform>
            <numerusform>импортировано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>уже в хранилище: %n</numerusform>
            <numerusform>уже в хранилище: %n</numerusform>
            <numerusform>уже в хранилище: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>с ошибкой: %n</numerusform>
            <numerusform>с ошибкой: %n</numerusform>
            <numerusform>с ошибкой: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>пропущено: %n</numerusform>
            <numerusform>пропущено: %n</numerusform>
            <numerusform>пропущено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>объединено: %n</numerusform>
            <numerusform>объединено: %n</numerusform>
            <numerusform>объединено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) (kept as revisions)</source>
        <translation>
            <numerusform>%n расхождение (сохранено как версия)</numerusform>
            <numerusform>%n расхождения (сохранены как версии)</numerusform>
            <numerusform>%n расхождений (сохранены как версии)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (briefcase-app import --json lists them all)</source>
        <translation>
            <numerusform>… и ещё %n (полный список: briefcase-app import --json)</numerusform>
            <numerusform>… и ещё %n (полный список: briefcase-app import --json)</numerusform>
            <numerusform>… и ещё %n (полный список: briefcase-app import --json)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index for %n item(s)…</source>
        <translation>
            <numerusform>Обновление поискового индекса: %n материал…</numerusform>
            <numerusform>Обновление поискового индекса: %n материала…</numerusform>
            <numerusform>Обновление поискового индекса: %n материалов…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index: {done} of %n item(s)…</source>
        <translation>
            <numerusform>Обновление поискового индекса: {done} из %n…</numerusform>
            <numerusform>Обновление поискового индекса: {done} из %n…</numerusform>
            <numerusform>Обновление поискового индекса: {done} из %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Find in text</source>
        <translation>Найти в тексте</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>link text</source>
        <extracomment>Ctrl+B, Ctrl+I, Ctrl+K while typing: formatting, ahead of the window&apos;s shortcuts</extracomment>
        <translation>текст ссылки</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Write here. Markdown: # heading, **bold**, *italic*, - list, &gt; quote.</source>
        <translation>Пишите здесь. Markdown: # заголовок, **жирный**, *курсив*, - список, &gt; цитата.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Heading (## at the line&apos;s start)</source>
        <translation>Заголовок (## в начале строки)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Жирный (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Курсив (Ctrl+I)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Ссылка (Ctrl+K)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Список</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Список</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Нумерованный список</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quotation (&gt; at the line&apos;s start)</source>
        <translation>Цитата (&gt; в начале строки)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Insert a table</source>
        <translation>Вставить таблицу</translation>
    </message>
    <message>
        <source>Choose an item in the list, or create one with Ctrl+N.</source>
        <translation>Выберите материал в списке или создайте новый (Ctrl+N).</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Этого материала больше нет.</translation>
    </message>
    <message>
        <source>Added to People: {names}</source>
        <translation>Добавлено в «Персоналии»: {names}</translation>
    </message>
    <message>
        <source>The store file {path} was moved or deleted while open.</source>
        <translation>Файл хранилища {path} был перемещён или удалён во время работы.</translation>
    </message>
    <message>
        <source>The store file {path} became read-only while open.</source>
        <translation>Файл хранилища {path} во время работы стал доступен только для чтения.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Saved, except: {reason}</source>
        <translation>Сохранено, кроме: {reason}</translation>
    </message>
    <message>
        <source>The rest was saved; that field keeps its earlier value.</source>
        <translation>Остальное сохранено; в этом поле оставлено прежнее значение.</translation>
    </message>
    <message>
        <source>Your text is still in the editor, and a copy was written to:
{path}</source>
        <translation>Текст остаётся в редакторе, его копия записана в:
{path}</translation>
    </message>
    <message>
        <source>Your changes could not be saved.</source>
        <translation>Не удалось сохранить изменения.</translation>
    </message>
    <message>
        <source>The item was moved to the Trash. Edit &gt; Undo brings it back.</source>
        <translation>Материал перемещён в корзину. Вернуть его: Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>The preview shows the first 200,000 characters.</source>
        <extracomment>text/preview.py&apos;s style sheet is for a light page; on a dark palette these colours swap. sha256 -&gt; the attachment&apos;s bytes, or None (set by the editor panel with a store open)</extracomment>
        <translation>В предварительном просмотре — первые 200 000 знаков.</translation>
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
        <translation>{words} сл. · {time} при темпе {rate} сл./мин</translation>
    </message>
    <message>
        <source> · target {minutes} min</source>
        <translation> · регламент {minutes} мин</translation>
    </message>
    <message>
        <source> ({time} over)</source>
        <translation> (превышение на {time})</translation>
    </message>
    <message>
        <source> ({time} under)</source>
        <translation> (на {time} короче)</translation>
    </message>
    <message>
        <source>Reading copy PDF…</source>
        <translation>Текст для выступления (PDF)…</translation>
    </message>
    <message>
        <source>Export this speech as a large-print reading copy (Ctrl+Shift+E)</source>
        <translation>Экспортировать выступление крупным шрифтом для чтения с трибуны (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>“{field}”: “{text}” is not a date. Type it like {example}, or pick it from the calendar.</source>
        <translation>«{field}»: «{text}» — не дата. Введите её так: {example}, или выберите в календаре.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>Поле «{field}» слишком длинное.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <source>“{field}” is before the start date.</source>
        <translation>«{field}» — раньше даты начала.</translation>
    </message>
    <message>
        <source>“{field}” is before the start.</source>
        <translation>«{field}» — раньше начала.</translation>
    </message>
    <message>
        <source>{field} must be a number of minutes.</source>
        <translation>«{field}» — это число минут.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A file could not be used: {reason}</source>
        <translation>Не удалось использовать файл: {reason}</translation>
    </message>
    <message>
        <source>Something went wrong that Briefcase did not expect. Your work so far is saved; the details are in the log file.</source>
        <translation>Произошла непредвиденная ошибка. Выполненная работа сохранена; подробности — в журнале работы.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>Briefcase bundle (*.briefcase);;All files (*)</source>
        <translation>Пакет Briefcase (*.briefcase);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <source>Exported {n} item(s) to the bundle {path}</source>
        <translation>Материалов в пакете: {n}; пакет: {path}</translation>
    </message>
    <message>
        <source>Exported {n} file(s) to {path}</source>
        <translation>Файлов экспортировано: {n}; папка: {path}</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>Экспорт не завершён.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Exported {name}.</source>
        <translation>Экспортирован файл {name}.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Экспортировано: {path}</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>Экспорт не завершён.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Open a pack first (a conference&apos;s Packs), or create one with Ctrl+N there.</source>
        <translation>Сначала откройте папку материалов (раздел «Папки материалов» конференции) или создайте её там (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open a speech first: its reading copy is exported from its editor.</source>
        <translation>Сначала откройте выступление: текст для выступления экспортируется из его редактора.</translation>
    </message>
    <message>
        <source>Export reading copy</source>
        <translation>Экспорт текста для выступления</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting reading copy</source>
        <translation>Экспорт текста для выступления</translation>
    </message>
    <message>
        <source>No program to open {kind} files was found on this computer. The file was saved here (select the path to copy it):</source>
        <translation>На этом компьютере не найдена программа для открытия файлов {kind}. Файл сохранён здесь (выделите путь, чтобы скопировать его):</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Tags</source>
        <extracomment>line | lines | date | datetime | minutes | priority | choice | tags | person | people</extracomment>
        <translation>Метки</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>en, ru, kk</source>
        <translation>en, ru, kk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>names from People, comma separated</source>
        <translation>имена из «Персоналий», через запятую</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>a name from People</source>
        <translation>имя из «Персоналий»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>for defensive Q&amp;A: the question to expect</source>
        <translation>для ответов на возможные вопросы: ожидаемый вопрос</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Адрес источника</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>What we want</source>
        <translation>Чего мы добиваемся</translation>
    </message>
    <message>
        <source>Main asks of us</source>
        <translation>Основные просьбы к нам</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Чувствительные вопросы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль, должность</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>arrival, cars, hotel, seating, interpreters, media, dress</source>
        <translation>прибытие, автомобили, гостиница, рассадка, переводчики, СМИ, форма одежды</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>например, {example}</translation>
    </message>
    <message>
        <source>Type a date, or pick one from the calendar. Empty is allowed.</source>
        <translation>Введите дату или выберите её в календаре. Поле можно оставить пустым.</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>The time; then click the day</source>
        <translation>Время; затем выберите день</translation>
    </message>
    <message>
        <source>+ Add to People</source>
        <translation>+ Добавить в «Персоналии»</translation>
    </message>
    <message>
        <source>Add to this conference&apos;s People: {names}</source>
        <translation>Добавить в «Персоналии» этой конференции: {names}</translation>
    </message>
    <message>
        <source>In People ›</source>
        <translation>В «Персоналиях» ›</translation>
    </message>
    <message>
        <source>Open in People: {names}</source>
        <translation>Открыть в «Персоналиях»: {names}</translation>
    </message>
    <message>
        <source>Add “{name}” to People</source>
        <translation>Добавить «{name}» в «Персоналии»</translation>
    </message>
    <message>
        <source>1 – high</source>
        <translation>1 – высокий</translation>
    </message>
    <message>
        <source>2 – medium</source>
        <translation>2 – средний</translation>
    </message>
    <message>
        <source>3 – low</source>
        <translation>3 – низкий</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>1 is high, 3 is low</source>
        <extracomment>fields a new item shows empty, with what it is saved as when left empty</extracomment>
        <translation>1 — высокий, 3 — низкий</translation>
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
        <translation># Подготовка конференции в Briefcase

1. **Создайте конференцию** (Файл &gt; Новая конференция, Ctrl+Shift+N): название, даты, город и место проведения. Если выбрать её слева, откроется обзор: сколько материалов в каждом разделе и готовы ли папки материалов.
2. **Заполните разделы**: *Ориентирующая справка* (цель, чего хотят партнёры, о чём просим мы, чувствительные темы), *Программа* со временем и местом, *Персоналии* (своя делегация и партнёры по переговорам), *Выступления*, *Тезисы позиции* (с ответами на возможные вопросы) и *Справочные материалы* — факты с источниками. Ctrl+N добавляет материал в открытый раздел; Файл &gt; Импорт файлов (Ctrl+Shift+I) загружает файлы Word, PDF, Markdown и текстовые файлы.
3. **Используйте сказанное ранее**: поиск по всем материалам (Ctrl+K) находит прежние выступления и тезисы на любом языке; «Похожие материалы» (Ctrl+Shift+M) показывают близкие к открытому; Материал &gt; Копировать в… переносит тезис в эту конференцию или в Библиотеку.
4. **Пишите**: текст сохраняется в течение секунды. Предпросмотр (Ctrl+Shift+P) показывает текст так, как он будет в папке; у выступления считается время. Материал &gt; Прежние версии (Ctrl+Shift+H) возвращает более раннюю редакцию.
5. **Соберите папку материалов**: в разделе *Папки материалов* выберите разделы и их порядок, адресата и гриф. Предварительная проверка перечисляет то, что заметил бы внимательный сотрудник (факт без источника, TBC, выступление сверх регламента); двойной щелчок открывает материал. Экспорт (Ctrl+E) создаёт PDF; Ctrl+Shift+E — текст для выступления.
6. **Берегите данные**: резервная копия создаётся при открытии хранилища и по команде Файл &gt; Создать резервную копию; Файл &gt; Восстановить из резервной копии возвращает её. Файл &gt; Экспорт пакета переносит конференцию на другой ноутбук, где её читает Файл &gt; Импорт файлов.

Удалённые материалы попадают в корзину, откуда их можно восстановить; *Удалить окончательно* убирает их из хранилища и из резервных копий. Ничто не покидает этот компьютер: Briefcase не открывает сетевых соединений.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Start here</source>
        <translation>&amp;С чего начать</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Open &amp;backup folder</source>
        <translation>Открыть папку &amp;резервных копий</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Briefcase</source>
        <translation>&amp;О программе Briefcase</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>no store open</source>
        <translation>хранилище не открыто</translation>
    </message>
    <message>
        <source>Conference briefings, speeches and lines to take, offline.</source>
        <translation>Материалы к конференциям, выступления и тезисы позиции — без подключения к сети.</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>Хранилище: {store}</translation>
    </message>
    <message>
        <source>Backups: {folder}</source>
        <translation>Резервные копии: {folder}</translation>
    </message>
    <message>
        <source>(no store open)</source>
        <translation>(хранилище не открыто)</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Журнал работы: {path}</translation>
    </message>
    <message>
        <source>Briefcase opens no network connection: nothing leaves this computer.</source>
        <translation>Briefcase не подключается к сети: никакие данные не покидают этот компьютер.</translation>
    </message>
    <message>
        <source>Built with Qt {version} (PySide6).</source>
        <translation>Создано на Qt {version} (PySide6).</translation>
    </message>
    <message>
        <source>About Briefcase</source>
        <translation>О программе Briefcase</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <source>Cannot open {folder}: {reason}</source>
        <translation>Не удалось открыть {folder}: {reason}</translation>
    </message>
    <message>
        <source>This store has no Start here note (the demo store has it).</source>
        <translation>В этом хранилище нет заметки «С чего начать» (она есть в демонстрационном хранилище).</translation>
    </message>
    <message>
        <source>The store was upgraded for Briefcase {version}; a backup of it as it was is in {path}</source>
        <translation>Хранилище обновлено для Briefcase {version}; резервная копия прежнего состояния: {path}</translation>
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
        <translation>Импорт не завершён; уже загруженное сохранено.</translation>
    </message>
    <message>
        <source>Cancelled: what came in before stays; import again to finish the rest.</source>
        <translation>Отменено: уже загруженное сохранено; чтобы загрузить остальное, повторите импорт.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <extracomment>the kinds a file can become (services/readers/meta.py KIND_BY_NAME)</extracomment>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Already there: {title}</source>
        <translation>Уже есть: {title}</translation>
    </message>
    <message>
        <source>Updates the stored item</source>
        <translation>Обновит сохранённый материал</translation>
    </message>
    <message>
        <source>Bundle: its items keep their own conferences</source>
        <translation>Пакет: его материалы остаются в своих конференциях</translation>
    </message>
    <message>
        <source>Cannot be read: {reason}</source>
        <translation>Не читается: {reason}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Where every row goes (each row can differ)</source>
        <translation>Куда поместить все строки (у каждой строки можно выбрать своё)</translation>
    </message>
    <message>
        <source>Each as proposed</source>
        <translation>Каждую как предложено</translation>
    </message>
    <message>
        <source>Put all in:</source>
        <translation>Поместить все в:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>New or already there</source>
        <translation>Новый или уже есть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing is written yet. Check each row: change its kind or where it goes, or untick it to leave it out. Then press Import.</source>
        <translation>Пока ничего не записано. Проверьте каждую строку: измените вид или место назначения либо снимите флажок, чтобы не импортировать файл. Затем нажмите «Импорт».</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <source>The files could not be read.</source>
        <translation>Не удалось прочитать файлы.</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} из {total}: {name}</translation>
    </message>
    <message>
        <source>Library (no conference)</source>
        <translation>Библиотека (без конференции)</translation>
    </message>
    <message>
        <source>New conference: {title}</source>
        <translation>Новая конференция: {title}</translation>
    </message>
    <message>
        <source>Import {n} of {total}</source>
        <translation>Импортировать {n} из {total}</translation>
    </message>
    <message>
        <source>Files read: {n}. Ticked to come in: {chosen}.</source>
        <translation>Прочитано файлов: {n}. Отмечено для импорта: {chosen}.</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Добавить папку</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Done. Double-click an item to open it.</source>
        <translation>Готово. Дважды щёлкните материал, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Filter this list</source>
        <translation>Фильтр списка</translation>
    </message>
    <message>
        <source> (filtering the first {loaded})</source>
        <translation> (отбор среди первых {loaded})</translation>
    </message>
    <message>
        <source>, sorted by {column} (click it again for your own order)</source>
        <translation>, сортировка: «{column}» (щёлкните ещё раз, чтобы вернуть свой порядок)</translation>
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
        <translation>Персона</translation>
    </message>
    <message>
        <source>Programme item</source>
        <translation>Пункт программы</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Папка материалов</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>Член делегации</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Партнёр по переговорам</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Произнесено</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Key message</source>
        <translation>Ключевой тезис</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>Тезис позиции</translation>
    </message>
    <message>
        <source>Defensive Q&amp;A</source>
        <translation>Ответы на возможные вопросы</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Позиция для прессы</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Персоналии</translation>
    </message>
    <message>
        <source>Objectives and key messages</source>
        <translation>Задачи и ключевые тезисы</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Тезисы позиции</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Установочная справка</translation>
    </message>
    <message>
        <source>Logistics and scenario</source>
        <translation>Организационные вопросы и сценарий</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Logistics item</source>
        <translation>Организационный пункт</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>К сведению</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New store</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <source>Briefcase store (*.db)</source>
        <translation>Хранилище Briefcase (*.db)</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Briefcase store (*.db);;All files (*)</source>
        <translation>Хранилище Briefcase (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not open {path}.</source>
        <translation>Не удалось открыть {path}.</translation>
    </message>
    <message>
        <source>Items in the Trash can be restored (Item &gt; Restore) or deleted for good.</source>
        <translation>Материалы из корзины можно восстановить (Материал &gt; Восстановить из корзины) или удалить окончательно.</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Этого материала больше нет.</translation>
    </message>
    <message>
        <source>The open item could not be saved (a copy of its text was written to the recovery folder). Close anyway?</source>
        <translation>Не удалось сохранить открытый материал (копия текста записана в папку восстановления). Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Новый материал</translation>
    </message>
    <message>
        <source>Create an item in the current section</source>
        <translation>Создать материал в текущем разделе</translation>
    </message>
    <message>
        <source>New &amp;conference</source>
        <translation>Новая &amp;конференция</translation>
    </message>
    <message>
        <source>New store…</source>
        <translation>Новое хранилище…</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <source>&amp;Export pack…</source>
        <translation>&amp;Экспорт папки материалов…</translation>
    </message>
    <message>
        <source>Export reading copy of speech…</source>
        <translation>Экспорт текста для выступления…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать резервную копию</translation>
    </message>
    <message>
        <source>Copy the store to the backup folder</source>
        <translation>Скопировать хранилище в папку резервных копий</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Export &amp;folder…</source>
        <translation>Экспорт в &amp;папку…</translation>
    </message>
    <message>
        <source>Markdown files with front matter, for another program; they import back</source>
        <translation>Файлы Markdown с метаданными для другой программы; их можно импортировать обратно</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Экспорт &amp;пакета…</translation>
    </message>
    <message>
        <source>One file with the conference (or everything) for another laptop</source>
        <translation>Один файл с конференцией (или со всем хранилищем) для другого ноутбука</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить: {what}</translation>
    </message>
    <message>
        <source>&amp;Find in text</source>
        <translation>&amp;Найти в тексте</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Поиск по всем материалам…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Фильтр списка</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Пере&amp;именовать</translation>
    </message>
    <message>
        <source>Edit the title of the open item</source>
        <translation>Изменить название открытого материала</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>Copy &amp;to conference or Library…</source>
        <translation>&amp;Копировать в конференцию или библиотеку…</translation>
    </message>
    <message>
        <source>&amp;Delete (to Trash)</source>
        <translation>&amp;Удалить (в корзину)</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Переместить &amp;ниже</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Изменить &amp;роль…</translation>
    </message>
    <message>
        <source>A person&apos;s role in this conference</source>
        <translation>Роль участника в этой конференции</translation>
    </message>
    <message>
        <source>Remove from con&amp;ference…</source>
        <translation>Исключить из &amp;конференции…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>Прежние &amp;версии…</translation>
    </message>
    <message>
        <source>Similar material</source>
        <translation>Похожие материалы</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>&amp;Предварительный просмотр</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Материал</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Удалить окончательно…</translation>
    </message>
    <message>
        <source>Could not read the revisions.</source>
        <translation>Не удалось прочитать прежние версии.</translation>
    </message>
    <message>
        <source>Could not restore that version.</source>
        <translation>Не удалось восстановить эту версию.</translation>
    </message>
    <message>
        <source>Earlier version restored (the one before it is kept as a revision).</source>
        <translation>Прежняя версия восстановлена (предыдущее состояние сохранено как версия).</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Steering brief</source>
        <extracomment>a conference&apos;s sections: label and the kind its list shows.</extracomment>
        <translation>Установочная справка</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Организационные вопросы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Персоналии</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Speeches</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Тезисы позиции</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Справочные материалы</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Папки материалов</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>New conference</source>
        <translation>Новая конференция</translation>
    </message>
    <message>
        <source>Untitled speech</source>
        <translation>Выступление без названия</translation>
    </message>
    <message>
        <source>New line to take</source>
        <translation>Новый тезис позиции</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Новый факт</translation>
    </message>
    <message>
        <source>New programme item</source>
        <translation>Новый пункт программы</translation>
    </message>
    <message>
        <source>Steering brief</source>
        <translation>Установочная справка</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <source>New logistics item</source>
        <translation>Новый организационный пункт</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Папка материалов</translation>
    </message>
    <message>
        <source>Could not create the {kind}.</source>
        <translation>Не удалось создать материал ({kind}).</translation>
    </message>
    <message>
        <source>Could not create the conference.</source>
        <translation>Не удалось создать конференцию.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Type a name: people already in the store are offered</source>
        <extracomment>everyone in the store not yet in this conference</extracomment>
        <translation>Введите имя: будут предложены люди, уже имеющиеся в хранилище</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Already in the store:</source>
        <translation>Уже в хранилище:</translation>
    </message>
    <message>
        <source>Role in this conference:</source>
        <translation>Роль в этой конференции:</translation>
    </message>
    <message>
        <source>“{name}” is already in the store: they will be added to this conference.</source>
        <translation>«{name}» уже есть в хранилище: этот человек будет добавлен в конференцию.</translation>
    </message>
    <message>
        <source>A new person will be created.</source>
        <translation>Будет создана новая запись о человеке.</translation>
    </message>
    <message>
        <source>Could not add the person.</source>
        <translation>Не удалось добавить участника.</translation>
    </message>
    <message>
        <source>Move the conference “{title}” and all its material to the Trash?</source>
        <translation>Переместить конференцию «{title}» со всеми материалами в корзину?</translation>
    </message>
    <message>
        <source>Could not delete it.</source>
        <translation>Не удалось удалить.</translation>
    </message>
    <message>
        <source>Moved “{title}” to the Trash (Ctrl+Z brings it back).</source>
        <translation>«{title}» перемещено в корзину (Ctrl+Z вернёт).</translation>
    </message>
    <message>
        <source>Could not restore it.</source>
        <translation>Не удалось восстановить.</translation>
    </message>
    <message>
        <source>Restored “{title}” to {origin}.</source>
        <translation>«{title}» восстановлено: {origin}.</translation>
    </message>
    <message>
        <source>Delete “{title}” for good? This cannot be undone.

It is also taken out of this store&apos;s backups.</source>
        <translation>Удалить «{title}» окончательно? Отменить это будет невозможно.

Материал будет удалён и из резервных копий этого хранилища.</translation>
    </message>
    <message>
        <source>; taking it out of the backups…</source>
        <translation>; удаляется и из резервных копий…</translation>
    </message>
    <message>
        <source>Could not rewrite the backups.</source>
        <translation>Не удалось перезаписать резервные копии.</translation>
    </message>
    <message>
        <source>Delete everything in the Trash for good? This cannot be undone.

It is also taken out of this store&apos;s backups.</source>
        <translation>Окончательно удалить всё содержимое корзины? Отменить это будет невозможно.

Материалы будут удалены и из резервных копий этого хранилища.</translation>
    </message>
    <message>
        <source>Could not empty the Trash.</source>
        <translation>Не удалось очистить корзину.</translation>
    </message>
    <message>
        <source>Could not duplicate it.</source>
        <translation>Не удалось создать дубликат.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Куда копировать:</translation>
    </message>
    <message>
        <source>Could not copy it.</source>
        <translation>Не удалось скопировать.</translation>
    </message>
    <message>
        <source>Copied to {place}.</source>
        <translation>Скопировано: {place}.</translation>
    </message>
    <message>
        <source>Sorted by a column: click its header until the arrow goes to move points in your own order.</source>
        <translation>Список отсортирован по столбцу: чтобы расставить тезисы в своём порядке, щёлкайте по заголовку, пока не исчезнет стрелка.</translation>
    </message>
    <message>
        <source>Could not reorder.</source>
        <translation>Не удалось изменить порядок.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>pre-flight could not run: {reason}</source>
        <translation>предварительная проверка не выполнена: {reason}</translation>
    </message>
    <message>
        <source>ready: the pre-flight check finds nothing</source>
        <translation>готово: предварительная проверка замечаний не выявила</translation>
    </message>
    <message>
        <source>ready: {advisory} advisory finding(s)</source>
        <translation>готово: к сведению — {advisory}</translation>
    </message>
    <message>
        <source>not ready: {blocking} blocking, {advisory} advisory</source>
        <translation>не готово: критично — {blocking}, к сведению — {advisory}</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Double-click a section to open it; the conference&apos;s own fields are on the right.</source>
        <translation>Двойной щелчок открывает раздел; поля самой конференции — справа.</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Папки материалов</translation>
    </message>
    <message>
        <source>Dates: {when}</source>
        <translation>Даты: {when}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Venue: {venue}</source>
        <translation>Место проведения: {venue}</translation>
    </message>
    <message>
        <source>Organiser: {who}</source>
        <translation>Организатор: {who}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверяется…</translation>
    </message>
    <message>
        <source>No pack yet</source>
        <translation>Папок материалов пока нет</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>The language of the pack&apos;s headings, dates and page numbers</source>
        <extracomment>which stored items can fill each kind of section.</extracomment>
        <translation>Язык заголовков, дат и нумерации страниц папки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation>Язык папки</translation>
    </message>
    <message>
        <source>Every item of this kind, in its own order</source>
        <translation>Все материалы этого вида, в их порядке</translation>
    </message>
    <message>
        <source>Sections (tick to include, drag to order)</source>
        <translation>Разделы (отметьте нужные, порядок — перетаскиванием)</translation>
    </message>
    <message>
        <source>Items of the chosen section</source>
        <translation>Материалы выбранного раздела</translation>
    </message>
    <message>
        <source>Pack: {title}</source>
        <translation>Папка материалов: {title}</translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>A minister&apos;s pack should not go out with these. Export anyway, or review them?</source>
        <translation>С такими замечаниями папку министру передавать не следует. Всё равно экспортировать или просмотреть замечания?</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Всё равно экспортировать</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Просмотреть</translation>
    </message>
    <message>
        <source>{blocking} blocking, {advisory} advisory</source>
        <translation>Критичных: {blocking}, к сведению: {advisory}</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Run the pre-flight checks without exporting</source>
        <translation>Выполнить предварительную проверку без экспорта</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export this pack as PDF (Ctrl+E)</source>
        <translation>Экспортировать папку в PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Pre-flight: blocking first; open a line to see its items, double-click an item to open it</source>
        <translation>Предварительная проверка: сначала критичное; раскройте строку, чтобы увидеть материалы, двойной щелчок открывает материал</translation>
    </message>
    <message>
        <source>Check runs the pre-flight; Export runs it first.</source>
        <translation>«Проверить» запускает предварительную проверку; экспорт начинается с неё.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Could not check the pack.</source>
        <translation>Не удалось проверить папку.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>{counts}: Export asks before going ahead.</source>
        <translation>{counts} — перед экспортом будет задан вопрос.</translation>
    </message>
    <message>
        <source>{counts}: nothing blocks the export.</source>
        <translation>{counts} — экспорту ничто не препятствует.</translation>
    </message>
    <message>
        <source>Not exported: the blocking findings are open below the pack.</source>
        <translation>Экспорт не выполнен: критические замечания раскрыты под папкой.</translation>
    </message>
    <message>
        <source>Export pack</source>
        <translation>Экспорт папки материалов</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting pack</source>
        <translation>Экспорт папки</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Role of “{name}”: {role}</source>
        <translation>Роль участника «{name}»: {role}</translation>
    </message>
    <message>
        <source>Remove “{name}” from the conference</source>
        <translation>Исключение «{name}» из конференции</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>Role of {name} in this conference:</source>
        <translation>Роль участника {name} в этой конференции:</translation>
    </message>
    <message>
        <source>Could not change the role.</source>
        <translation>Не удалось изменить роль.</translation>
    </message>
    <message>
        <source>Remove {name} from {conference}?

The person stays in the store for other conferences. Edit &gt; Undo adds them back with the same role, at the end of the list.</source>
        <translation>Исключить участника {name} из конференции «{conference}»?

Данные о нём остаются в хранилище для других конференций. Правка &gt; Отменить вернёт участника с той же ролью в конец списка.</translation>
    </message>
    <message>
        <source>Could not remove the person from the conference.</source>
        <translation>Не удалось исключить участника из конференции.</translation>
    </message>
    <message>
        <source>Removed from the conference. Edit &gt; Undo adds them back.</source>
        <translation>Участник исключён из конференции. Вернуть: Правка &gt; Отменить.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>automatic (DejaVu, Noto, Liberation or Arial)</source>
        <translation>автоматически (DejaVu, Noto, Liberation или Arial)</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> сл./мин</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>next to the store</source>
        <translation>рядом с хранилищем</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} пт</translation>
    </message>
    <message>
        <source>Show the preview beside the text</source>
        <translation>Показывать предварительный просмотр рядом с текстом</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>PDF font file</source>
        <translation>Файл шрифта PDF</translation>
    </message>
    <message>
        <source>PDF body text</source>
        <translation>Основной текст PDF</translation>
    </message>
    <message>
        <source>Default marking</source>
        <translation>Гриф по умолчанию</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Темп речи</translation>
    </message>
    <message>
        <source>A fact counts as old after</source>
        <translation>Факт считается устаревшим через</translation>
    </message>
    <message>
        <source>Backups go to</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>PDF font</source>
        <translation>Шрифт PDF</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.otf)</source>
        <translation>Шрифты TrueType (*.ttf *.otf)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Briefcase. Your work is saved: close Briefcase and open it again to switch now.</source>
        <translation>Новый язык будет использоваться после перезапуска Briefcase. Ваша работа сохранена: чтобы переключить язык сейчас, закройте Briefcase и откройте снова.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Items with characters no font has (the export will fail)</source>
        <extracomment>each pre-flight rule (services/preflight.py, by id) as a heading for the Russian and Kazakh window, which writes &quot;Facts without a source — 3&quot; (no plural to agree); English keeps the service&apos;s own &quot;3 facts without a source&quot;</extracomment>
        <translation>Материалы со знаками, которых нет ни в одном шрифте (экспорт не удастся)</translation>
    </message>
    <message>
        <source>Items with a placeholder (TBC, XX, …)</source>
        <translation>Материалы с заглушками (TBC, XX, …)</translation>
    </message>
    <message>
        <source>Facts without a source</source>
        <translation>Факты без источника</translation>
    </message>
    <message>
        <source>Empty sections</source>
        <translation>Пустые разделы</translation>
    </message>
    <message>
        <source>Items not cleared (draft)</source>
        <translation>Несогласованные материалы (проект)</translation>
    </message>
    <message>
        <source>Items named by the pack but no longer there</source>
        <translation>Материалы, указанные в папке, но уже удалённые</translation>
    </message>
    <message>
        <source>Speeches over their target time</source>
        <translation>Выступления сверх регламента</translation>
    </message>
    <message>
        <source>Facts without an as-of date</source>
        <translation>Факты без даты актуальности</translation>
    </message>
    <message>
        <source>Items with symbols printed by name</source>
        <translation>Материалы со знаками, напечатанными названием</translation>
    </message>
    <message>
        <source>Packs without a steering brief</source>
        <translation>Папки без установочной справки</translation>
    </message>
    <message>
        <source>Steering briefs over one page</source>
        <translation>Установочные справки длиннее одной страницы</translation>
    </message>
    <message>
        <source>Images missing or unreadable (printed as notes)</source>
        <translation>Отсутствующие или нечитаемые изображения (печатаются как примечания)</translation>
    </message>
    <message>
        <source>Annexes that cannot be appended</source>
        <translation>Приложения, которые невозможно присоединить</translation>
    </message>
    <message>
        <source>Facts older than {age}</source>
        <translation>Устаревшие факты (срок — {age})</translation>
    </message>
    <message>
        <source>Other findings</source>
        <translation>Прочие замечания</translation>
    </message>
    <message>
        <source>{rule} — {count}</source>
        <translation>{rule} — {count}</translation>
    </message>
    <message>
        <source>Export asks before going ahead; double-click an item to open it.</source>
        <translation>Перед экспортом будет задан вопрос; двойной щелчок открывает материал.</translation>
    </message>
    <message>
        <source>Worth a look; does not stop the export.</source>
        <translation>Стоит проверить; экспорту не препятствует.</translation>
    </message>
</context>
<context>
    <name>Reindex</name>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Поисковый индекс</translation>
    </message>
    <message>
        <source>The search index could not be updated; it will be tried again next time.</source>
        <translation>Не удалось обновить поисковый индекс; попытка будет повторена при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>when the store was opened</source>
        <translation>при открытии хранилища</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The store is replaced by the backup you choose. The store as it is now is backed up first, so this can be undone by restoring that backup.
Backups are in: {folder}</source>
        <translation>Хранилище будет заменено выбранной резервной копией. Сначала создаётся копия текущего хранилища, поэтому восстановление можно отменить, восстановив её.
Резервные копии: {folder}</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>This store has no backups yet.</source>
        <translation>У этого хранилища пока нет резервных копий.</translation>
    </message>
    <message>
        <source>Replace the store with the backup made {made} ({size})?

Everything changed since then is replaced; the store as it is now is backed up first.</source>
        <translation>Заменить хранилище резервной копией от {made} ({size})?

Все изменения, внесённые после этого, будут заменены; сначала создаётся копия текущего хранилища.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Резервная копия не восстановлена.</translation>
    </message>
    <message>
        <source>Restored the backup made {made}; the store as it was is in {previous}</source>
        <translation>Восстановлена резервная копия от {made}; прежнее состояние хранилища сохранено в {previous}</translation>
    </message>
</context>
<context>
    <name>Revisions</name>
    <message>
        <source>Revisions of {title}</source>
        <translation>Прежние версии: {title}</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>(текущая)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>offered in the Language box (any other code can be typed).</extracomment>
        <translation>любой</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>{name}: “{text}” is not a date; type it as YYYY-MM-DD, e.g. 2012-02-16.</source>
        <translation>{name}: «{text}» — не дата; введите в виде ГГГГ-ММ-ДД, например 2012-02-16.</translation>
    </message>
    <message>
        <source>The range {start} to {end} ends before it starts.</source>
        <translation>Период с {start} по {end} заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Поиск по всем материалам</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -not, prefix*  (filters below)</source>
        <translation>Слова, &quot;точная фраза&quot;, -исключить, начало*  (фильтры ниже)</translation>
    </message>
    <message>
        <source>Words match in any form: English, Russian and Kazakh are stemmed (декабрь finds декабря,
министр finds министрлері). &quot;Words in quotes&quot; match as typed, in that order.
prefix* finds words that start so; -word leaves items with it out; a OR b finds either;
three letters or more also match inside words (нарко finds наркотрафиком).</source>
        <translation>Слова находятся в любой форме: английские, русские и казахские (декабрь находит декабря,
министр находит министрлері). &quot;Слова в кавычках&quot; ищутся как написаны, в том же порядке.
начало* находит слова, которые так начинаются; -слово исключает материалы с ним; а OR б находит любое из двух;
от трёх букв поиск идёт и внутри слов (нарко находит наркотрафиком).</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все материалы</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Наиболее точные</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>All conferences</source>
        <translation>Все конференции</translation>
    </message>
    <message>
        <source>Type a word to search speeches, points, facts, people and programmes.</source>
        <translation>Введите слово для поиска по выступлениям, тезисам, фактам, персоналиям и программам.</translation>
    </message>
    <message>
        <source>Waiting for a date that can be read.</source>
        <translation>Ожидается корректная дата.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>The search could not run: {reason}</source>
        <translation>Поиск не выполнен: {reason}</translation>
    </message>
</context>
<context>
    <name>Similar</name>
    <message>
        <source>Similar material</source>
        <translation>Похожие материалы</translation>
    </message>
    <message>
        <source>Open a speech, line to take or fact to see similar material.</source>
        <translation>Откройте выступление, тезис позиции или факт, чтобы увидеть похожие материалы.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>a conference, with all its material</source>
        <extracomment>(column, descending), or None for the list&apos;s own order (talking points: the dragged one).</extracomment>
        <translation>конференция со всеми материалами</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Put it back where it came from (Ctrl+Shift+R)</source>
        <translation>Вернуть на прежнее место (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Удалить окончательно…</translation>
    </message>
    <message>
        <source>From: {origin}
Deleted: {when}
In the Trash it cannot be edited; restore it first.</source>
        <translation>Откуда: {origin}
Удалено: {when}
В корзине материал нельзя изменить; сначала восстановите его.</translation>
    </message>
</context>
</TS>
