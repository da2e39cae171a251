<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app.py" line="82"/>
        <source>Reader</source>
        <translation>ريدر</translation>
    </message>
    <message>
        <location filename="../../app.py" line="408"/>
        <source>Reader cannot open your library: %1.

Reader can set the damaged file aside (it is renamed, nothing is deleted) and start a new library, bringing back your bookmarks from the newest backup. Or quit, and the file stays as it is.</source>
        <translation>لا يستطيع ريدر فتح مكتبتك: %1.

يمكن لريدر أن ينحّي الملف التالف جانبًا (يُغيَّر اسمه ولا يُحذف منه شيء) ويبدأ مكتبة جديدة، ويستعيد علاماتك من أحدث نسخة احتياطية. أو أغلق البرنامج ويبقى الملف كما هو.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="438"/>
        <source>Start Afresh</source>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>ArticleDelegate</name>
    <message numerus="yes">
        <location filename="../../views/delegates.py" line="97"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>دقيقة قراءة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../views/panes.py" line="41"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../views/panes.py" line="43"/>
        <source>The articles in the library, newest first; choose one to read it.</source>
        <translation>مقالات المكتبة، الأحدث أولًا؛ اختر مقالًا لقراءته.</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <location filename="../../models/bookmark_model.py" line="130"/>
        <source>Bookmark</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <location filename="../../models/bookmark_model.py" line="131"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../models/bookmark_model.py" line="132"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../models/bookmark_model.py" line="169"/>
        <source>(section no longer in the article)</source>
        <translation>(لم يعد القسم موجودًا في المقالة)</translation>
    </message>
</context>
<context>
    <name>BookmarksPane</name>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="24"/>
        <location filename="../../views/bookmarks_pane.py" line="29"/>
        <source>Bookmarks</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="49"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="51"/>
        <source>Edit Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="53"/>
        <source>Remove Bookmark</source>
        <translation>إزالة العلامة</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../views/commands.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="38"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="39"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="40"/>
        <source>&amp;Bookmarks</source>
        <translation>ال&amp;علامات</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="41"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="42"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="43"/>
        <source>Main</source>
        <translation>الشريط الرئيسي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="68"/>
        <source>&amp;Import Files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="71"/>
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="74"/>
        <source>Import from &amp;Web Address…</source>
        <translation>استيراد من &amp;عنوان ويب…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="77"/>
        <source>&amp;Remove Article…</source>
        <translation>إ&amp;زالة المقالة…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="82"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="84"/>
        <source>&amp;Export Section as PDF…</source>
        <translation>&amp;تصدير القسم إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="87"/>
        <source>Export &amp;Article as PDF…</source>
        <translation>تصدير ال&amp;مقالة إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="89"/>
        <source>Include Bookmark Notes in PDF</source>
        <translation>إدراج ملاحظات العلامات في PDF</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="112"/>
        <source>&amp;Find in Article…</source>
        <translation>ال&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="115"/>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="118"/>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="123"/>
        <source>&amp;Search the Library</source>
        <translation>ال&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="126"/>
        <source>Search &amp;Options</source>
        <translation>&amp;خيارات البحث</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="129"/>
        <source>Ignore Diacritics and Tatweel</source>
        <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="130"/>
        <source>أ إ آ ٱ Match ا</source>
        <translation>أ إ آ ٱ تطابق ا</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="131"/>
        <source>ة Matches ه</source>
        <translation>ة تطابق ه</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="132"/>
        <source>ى Matches ي</source>
        <translation>ى تطابق ي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="133"/>
        <source>Persian ک ی Match ك ي</source>
        <translation>ک ی الفارسيتان تطابقان ك ي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="134"/>
        <source>Arabic-Indic Digits Match 0-9</source>
        <translation>الأرقام الهندية تطابق 0-9</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="135"/>
        <source>Ignore Latin Case</source>
        <translation>تجاهل حالة الحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="147"/>
        <source>Next Article</source>
        <translation>المقالة التالية</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="150"/>
        <source>Previous Article</source>
        <translation>المقالة السابقة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="153"/>
        <source>Next Section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="156"/>
        <source>Previous Section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="163"/>
        <source>Next Pane</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="166"/>
        <source>Previous Pane</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="173"/>
        <source>&amp;Bookmark Section</source>
        <translation>وضع &amp;علامة على القسم</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="185"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="197"/>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="200"/>
        <source>Follow the &amp;System</source>
        <translation>حسب إعدادات ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="201"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="202"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="203"/>
        <source>&amp;Sepia</source>
        <translation>&amp;بنية دافئة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="214"/>
        <source>&amp;Larger Text</source>
        <translation>تكبير ال&amp;نص</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="221"/>
        <source>&amp;Smaller Text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="224"/>
        <source>&amp;Default Text Size</source>
        <translation>حجم النص ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="229"/>
        <source>Line &amp;Spacing</source>
        <translation>تباعد الأ&amp;سطر</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="234"/>
        <source>Tight</source>
        <translation>متقارب</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="235"/>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="236"/>
        <source>Relaxed</source>
        <translation>مريح</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="237"/>
        <source>Loose</source>
        <translation>واسع</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="238"/>
        <source>Very Loose</source>
        <translation>واسع جدًا</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="247"/>
        <source>Reading &amp;Font</source>
        <translation>&amp;خط القراءة</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="250"/>
        <source>Default (Noto Naskh Arabic for Arabic Script)</source>
        <translation>الافتراضي (Noto Naskh Arabic للحرف العربي)</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="261"/>
        <source>&amp;Distraction-Free Reading</source>
        <translation>قراءة &amp;بلا مشتتات</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="265"/>
        <source>Leave Distraction-Free Reading</source>
        <translation>الخروج من القراءة بلا مشتتات</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="276"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="278"/>
        <source>&amp;About Reader</source>
        <translation>&amp;عن ريدر</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="299"/>
        <source>Move to the pane on that side (in the lists)</source>
        <translation>الانتقال إلى اللوحة في تلك الجهة (في القوائم)</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="300"/>
        <source>Next / previous match (in the find bar)</source>
        <translation>المطابقة التالية / السابقة (في شريط البحث)</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="301"/>
        <source>Close the find bar, leave distraction-free reading</source>
        <translation>إغلاق شريط البحث، والخروج من القراءة بلا مشتتات</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="302"/>
        <source>Edit the bookmark&apos;s note (in the bookmarks pane)</source>
        <translation>تحرير ملاحظة العلامة (في لوحة العلامات)</translation>
    </message>
    <message>
        <location filename="../../views/commands.py" line="303"/>
        <source>Remove the article or the bookmark (in its list)</source>
        <translation>حذف المقال أو العلامة (في قائمته)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../views/detail_pane.py" line="62"/>
        <source>Article text</source>
        <extracomment>Share of the viewport height, from its top, in which a section heading counts as being read.</extracomment>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="64"/>
        <source>The text of the current article; the section navigator follows it.</source>
        <translation>نص المقال الحالي؛ ويتبعه متصفح الأقسام.</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="333"/>
        <source>Open Link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="334"/>
        <source>Open this address in your web browser?</source>
        <translation>أتفتح هذا العنوان في متصفح الويب؟</translation>
    </message>
    <message>
        <location filename="../../rendering.py" line="128"/>
        <source>Bookmarked section</source>
        <extracomment>A web address in running text: no spaces, quotes, angle brackets, guillemets or bidi controls inside (a control could make it read as another address), and not ending on the punctuation that follows an address in a sentence (see _web_addresses for brackets). The bookmark marker&apos;s image, added to each document (never loaded from anywhere).</extracomment>
        <translation>قسم عليه علامة</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../models/document_model.py" line="304"/>
        <source>Introduction</source>
        <extracomment>Internal id of top-level (article) indexes. A section&apos;s internal id is its article&apos;s library id (1 or more), so that a section index keeps pointing into its own article when articles before it are removed. Rows added to the article list at a time (`fetchMore`): a few screens. The view lays out every row it has at its first showing, so more would only delay it.</extracomment>
        <translation>المقدمة</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../views/find_bar.py" line="31"/>
        <location filename="../../views/find_bar.py" line="32"/>
        <source>Find in article</source>
        <translation>ابحث في المقالة</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="37"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="40"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="43"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="101"/>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="103"/>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../views/imports.py" line="47"/>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="50"/>
        <source>Cancel Import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="62"/>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="65"/>
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="76"/>
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="86"/>
        <source>Import from Web Address</source>
        <translation>استيراد من عنوان ويب</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="87"/>
        <source>Address of an article or a feed (http or https):</source>
        <translation>عنوان مقال أو موجز أخبار (http أو https):</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="102"/>
        <source>Queued: they will be imported after the import running now.</source>
        <translation>في الانتظار: ستُستورد بعد انتهاء الاستيراد الجاري.</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="120"/>
        <source>Cancelling the import…</source>
        <translation>جارٍ إلغاء الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../views/imports.py" line="133"/>
        <source>Importing %v of %m</source>
        <translation>استيراد %v من %m</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="167"/>
        <source>Search the library (Ctrl+K)</source>
        <extracomment>The reader chose another interface language (&quot;ar&quot;, &quot;en&quot;) in the View menu. Whether closing saves the window and the place (not for a screenshot run).</extracomment>
        <translation>ابحث في المكتبة (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="168"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="170"/>
        <source>Words to find in the titles, text and notes of every article.</source>
        <translation>كلمات يُبحث عنها في عناوين كل المقالات ونصوصها وملاحظاتها.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="180"/>
        <source>Bookmarks and search results</source>
        <translation>العلامات ونتائج البحث</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="197"/>
        <source>Reading progress</source>
        <translation>تقدم القراءة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="311"/>
        <source>%1 read · %n min</source>
        <translation>
            <numerusform>قرأت %1 · أقل من دقيقة</numerusform>
            <numerusform>قرأت %1 · دقيقة واحدة</numerusform>
            <numerusform>قرأت %1 · دقيقتان</numerusform>
            <numerusform>قرأت %1 · %n دقائق</numerusform>
            <numerusform>قرأت %1 · %n دقيقة</numerusform>
            <numerusform>قرأت %1 · %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="321"/>
        <source>About Reader</source>
        <translation>عن ريدر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="323"/>
        <source>Reader %1: an Arabic-first reader for articles in right-to-left languages.</source>
        <translation>ريدر %1: قارئ مقالات صُمّم للعربية أولًا وللغات التي تُكتب من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="400"/>
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="405"/>
        <source>The bookmarked section is no longer in this article.</source>
        <translation>القسم الذي عليه العلامة لم يعد موجودًا في هذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="464"/>
        <source>The article changed meanwhile; look again and bookmark.</source>
        <translation>تغيّر المقال في أثناء ذلك؛ راجعه ثم ضع العلامة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="477"/>
        <source>Bookmark</source>
        <translation>العلامة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="509"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="554"/>
        <source>Export as PDF</source>
        <translation>التصدير إلى PDF</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="556"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="564"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="566"/>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="594"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة</numerusform>
            <numerusform>استُوردت مقالة واحدة</numerusform>
            <numerusform>استُوردت مقالتان</numerusform>
            <numerusform>استُوردت %n مقالات</numerusform>
            <numerusform>استُوردت %n مقالة</numerusform>
            <numerusform>استُوردت %n مقالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="596"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ شيء</numerusform>
            <numerusform>تُخطّي ملف واحد</numerusform>
            <numerusform>تُخطّي ملفان</numerusform>
            <numerusform>تُخطّيت %n ملفات</numerusform>
            <numerusform>تُخطّي %n ملفًا</numerusform>
            <numerusform>تُخطّي %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="598"/>
        <source>import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="610"/>
        <source>Remove “%1” from the library?</source>
        <translation>أتريد إزالة «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="612"/>
        <source>Its %n bookmark(s) will be removed too.</source>
        <translation>
            <numerusform></numerusform>
            <numerusform>وستُزال علامتها أيضًا.</numerusform>
            <numerusform>وستُزال علامتاها أيضًا.</numerusform>
            <numerusform>وستُزال علاماتها الـ%n أيضًا.</numerusform>
            <numerusform>وستُزال علاماتها الـ%n أيضًا.</numerusform>
            <numerusform>وستُزال علاماتها الـ%n أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="617"/>
        <source>Remove Article</source>
        <translation>إزالة المقالة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="676"/>
        <source>Reader</source>
        <translation>ريدر</translation>
    </message>
    <message>
        <location filename="../../app.py" line="168"/>
        <source>The language can change once the import has finished.</source>
        <extracomment>The theme in use: one given for this run (--theme), else the remembered one.</extracomment>
        <translation>يمكن تغيير اللغة بعد انتهاء الاستيراد.</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../export/pdf.py" line="158"/>
        <source>Page %1 of %2</source>
        <extracomment>The fonts of a PDF: Reader&apos;s own, so every page looks the same anywhere, and so that the text layer (see textlayer.py) has a text-less copy of each. Points: the base size of the text (the reading font is larger, see fonts.reading_font).</extracomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../reasons.py" line="45"/>
        <source>is a folder, not an article file</source>
        <translation>مجلد، وليس ملف مقالة</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="46"/>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="47"/>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="48"/>
        <source>permission denied</source>
        <translation>لا إذن بقراءته</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="50"/>
        <source>cannot be read ({error})</source>
        <extracomment>`{error}`: the operating system&apos;s words.</extracomment>
        <translation>تتعذر قراءته ({error})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="51"/>
        <source>too large for an article ({size}; Reader reads articles up to {limit})</source>
        <translation>أكبر من أن يكون مقالة ({size}؛ يقرأ ريدر المقالات حتى {limit})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="54"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="55"/>
        <source>no article text found (only site chrome)</source>
        <translation>لم يُعثر على نص مقالة (فيه عناصر الموقع وحدها)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="56"/>
        <source>not an article file ({ending})</source>
        <translation>ليس ملف مقالة ({ending})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="57"/>
        <source>no extension</source>
        <translation>بلا امتداد</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="58"/>
        <source>the files of a saved web page ({page}), not articles</source>
        <translation>ملفات صفحة ويب محفوظة ({page})، وليست مقالات</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="61"/>
        <source>the file name is not valid UTF-8</source>
        <translation>اسم الملف ليس بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="66"/>
        <source>not a text file (it is {kind})</source>
        <extracomment>`{kind}`: one of the kinds below.</extracomment>
        <translation>ليس ملفًا نصيًا (إنه {kind})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="67"/>
        <source>not a text file (it contains binary data)</source>
        <translation>ليس ملفًا نصيًا (فيه بيانات ثنائية)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="69"/>
        <source>not valid {codec} text ({detail})</source>
        <extracomment>`{codec}`: UTF-8, UTF-16-LE …; `{detail}`: Python&apos;s words for the bad bytes.</extracomment>
        <translation>ليس نصًا صالحًا بترميز {codec} ({detail})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="70"/>
        <source>not UTF-8 text: damaged or mixed encodings (byte {byte} at offset {offset})</source>
        <translation>ليس نصًا بترميز UTF-8: الملف تالف أو يخلط بين ترميزات (البايت {byte} عند الموضع {offset})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="73"/>
        <source>not UTF-8 text (byte {byte} at offset {offset}) nor text in another encoding</source>
        <translation>ليس نصًا بترميز UTF-8 (البايت {byte} عند الموضع {offset}) ولا نصًا بترميز آخر</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="77"/>
        <source>a PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="78"/>
        <source>a JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="79"/>
        <source>a GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="80"/>
        <source>a RIFF file (WebP image, WAV or AVI)</source>
        <translation>ملف RIFF (صورة WebP أو صوت WAV أو فيديو AVI)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="81"/>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="82"/>
        <source>a ZIP archive (or a document packed as one: EPUB, DOCX, ODT)</source>
        <translation>أرشيف ZIP (أو مستند محزوم فيه: EPUB أو DOCX أو ODT)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="83"/>
        <source>a gzip archive</source>
        <translation>أرشيف gzip</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="84"/>
        <source>a 7-Zip archive</source>
        <translation>أرشيف 7-Zip</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="85"/>
        <source>a program (ELF)</source>
        <translation>برنامج (ELF)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="86"/>
        <source>an SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="87"/>
        <source>an MP3 file</source>
        <translation>ملف MP3</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="88"/>
        <source>an Ogg media file</source>
        <translation>ملف وسائط Ogg</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="92"/>
        <source>not a web page that can be read</source>
        <translation>ليس صفحة ويب يمكن قراءتها</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="93"/>
        <source>no article text found in the page</source>
        <translation>لم يُعثر على نص مقالة في الصفحة</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="94"/>
        <source>not an RSS or Atom feed with entries</source>
        <translation>ليس موجز RSS أو Atom فيه مواد</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="96"/>
        <source>not an RSS or Atom feed with entries ({detail})</source>
        <extracomment>`{detail}`: what the feed parser said.</extracomment>
        <translation>ليس موجز RSS أو Atom فيه مواد ({detail})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="97"/>
        <source>the feed&apos;s entries have no text</source>
        <translation>مواد الموجز بلا نص</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="102"/>
        <source>the library could not be opened ({error})</source>
        <extracomment>`{error}`: SQLite&apos;s or the store&apos;s words (&quot;database is locked&quot;).</extracomment>
        <translation>تعذّر فتح المكتبة ({error})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="106"/>
        <source>larger than {limit}</source>
        <translation>أكبر من {limit}</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="107"/>
        <source>cannot be fetched (cut short: {received} of {length} bytes came)</source>
        <translation>تعذّر جلبه (انقطع النقل: وصل {received} من {length} بايت)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="110"/>
        <source>more than {count} redirects</source>
        <translation>أكثر من {count} عمليات إعادة توجيه</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="112"/>
        <source>the server answered {status}</source>
        <extracomment>`{status}`: the status code and the server&apos;s own words for it (&quot;404 Not Found&quot;).</extracomment>
        <translation>أجاب الخادم {status}</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="113"/>
        <source>no answer within {seconds} seconds</source>
        <translation>لا جواب خلال {seconds} ثانية</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="115"/>
        <source>cannot be fetched ({detail})</source>
        <extracomment>`{detail}`: the network library&apos;s words.</extracomment>
        <translation>تعذّر جلبه ({detail})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="116"/>
        <source>the transfer took too long</source>
        <translation>استغرق النقل وقتًا أطول مما ينبغي</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="117"/>
        <source>not an article or a feed (it is {kind})</source>
        <translation>ليس مقالة ولا موجزًا (إنه {kind})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="118"/>
        <source>not a valid web address ({detail})</source>
        <translation>ليس عنوان ويب صالحًا ({detail})</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="119"/>
        <source>not a valid web address (no host name)</source>
        <translation>ليس عنوان ويب صالحًا (لا اسم مضيف فيه)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="120"/>
        <source>not a valid web address (a space or control character in the host name)</source>
        <translation>ليس عنوان ويب صالحًا (في اسم المضيف مسافة أو محرف تحكم)</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="123"/>
        <source>only http and https addresses are fetched, not {scheme}</source>
        <translation>لا تُجلب إلا عناوين http وhttps، لا {scheme}</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="124"/>
        <source>an address without a scheme</source>
        <translation>عنوان بلا بروتوكول</translation>
    </message>
    <message>
        <location filename="../../reasons.py" line="125"/>
        <source>redirected to {address}; only http and https addresses are fetched, not {scheme}</source>
        <translation>أُعيد توجيهه إلى {address}؛ لا تُجلب إلا عناوين http وhttps، لا {scheme}</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../views/search_pane.py" line="109"/>
        <source>Search Results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../views/search_pane.py" line="114"/>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../../views/panes.py" line="63"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../views/panes.py" line="65"/>
        <source>The outline of the current article; choose a section to go to it.</source>
        <translation>مخطط المقال الحالي؛ اختر قسمًا للانتقال إليه.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="25"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="28"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="29"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="29"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SkippedReport</name>
    <message>
        <location filename="../../views/skipped.py" line="69"/>
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/skipped.py" line="76"/>
        <source>and %n more (see Details)</source>
        <translation>
            <numerusform>ولا شيء غيرها</numerusform>
            <numerusform>وملف آخر (انظر التفاصيل)</numerusform>
            <numerusform>وملفان آخران (انظر التفاصيل)</numerusform>
            <numerusform>و%n ملفات أخرى (انظر التفاصيل)</numerusform>
            <numerusform>و%n ملفًا آخر (انظر التفاصيل)</numerusform>
            <numerusform>و%n ملف آخر (انظر التفاصيل)</numerusform>
        </translation>
    </message>
</context>
</TS>
