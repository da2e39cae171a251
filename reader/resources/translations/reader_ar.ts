<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app.py" line="67" />
        <source>Reader</source>
        <translation>ريدر</translation>
    </message>
    <message>
        <location filename="../../app.py" line="246" />
        <source>Reader cannot open your library: %1.

Reader can set the damaged file aside (it is renamed, nothing is deleted) and start a new library, bringing back your bookmarks from the newest backup. Or quit, and the file stays as it is.</source>
        <translation>لا يستطيع ريدر فتح مكتبتك: %1.

يمكن لريدر أن ينحّي الملف التالف جانبًا (يُغيَّر اسمه ولا يُحذف منه شيء) ويبدأ مكتبة جديدة، ويستعيد علاماتك من أحدث نسخة احتياطية. أو أغلق البرنامج ويبقى الملف كما هو.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="260" />
        <source>Start Afresh</source>
        <translation>ابدأ من جديد</translation>
    </message>
</context>
<context>
    <name>ArticleDelegate</name>
    <message numerus="yes">
        <location filename="../../views/delegates.py" line="59" />
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
        <location filename="../../views/panes.py" line="41" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location filename="../../views/panes.py" line="43" />
        <source>The articles in the library, newest first; choose one to read it.</source>
        <translation>مقالات المكتبة، الأحدث أولًا؛ اختر مقالًا لقراءته.</translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <location filename="../../models/bookmark_model.py" line="130" />
        <source>Bookmark</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <location filename="../../models/bookmark_model.py" line="131" />
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location filename="../../models/bookmark_model.py" line="132" />
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../models/bookmark_model.py" line="169" />
        <source>(section no longer in the article)</source>
        <translation>(لم يعد القسم موجودًا في المقالة)</translation>
    </message>
</context>
<context>
    <name>BookmarksPane</name>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="24" />
        <location filename="../../views/bookmarks_pane.py" line="29" />
        <source>Bookmarks</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="49" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="51" />
        <source>Edit Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location filename="../../views/bookmarks_pane.py" line="53" />
        <source>Remove Bookmark</source>
        <translation>إزالة العلامة</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../views/detail_pane.py" line="57" />
        <source>Article text</source>
        <extracomment>Share of the viewport height, from its top, in which a section heading counts as being read.</extracomment>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="59" />
        <source>The text of the current article; the section navigator follows it.</source>
        <translation>نص المقال الحالي؛ ويتبعه متصفح الأقسام.</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="286" />
        <source>Open Link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="287" />
        <source>Open this address in your web browser?</source>
        <translation>أتفتح هذا العنوان في متصفح الويب؟</translation>
    </message>
    <message>
        <location filename="../../rendering.py" line="113" />
        <source>Bookmarked section</source>
        <extracomment>A web address in running text, without the punctuation that usually follows one. The bookmark marker's image, added to each document (never loaded from anywhere).</extracomment>
        <translation>قسم عليه علامة</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../models/document_model.py" line="302" />
        <source>Introduction</source>
        <extracomment>Internal id of top-level (article) indexes. A section's internal id is its article's library id (1 or more), so that a section index keeps pointing into its own article when articles before it are removed.</extracomment>
        <translation>المقدمة</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../views/find_bar.py" line="31" />
        <location filename="../../views/find_bar.py" line="32" />
        <source>Find in article</source>
        <translation>ابحث في المقالة</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="37" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="40" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="43" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="101" />
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="103" />
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="132" />
        <source>Search the library (Ctrl+K)</source>
        <extracomment>The reader chose another interface language ("ar", "en") in the View menu.</extracomment>
        <translation>ابحث في المكتبة (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="133" />
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="135" />
        <source>Words to find in the titles, text and notes of every article.</source>
        <translation>كلمات يُبحث عنها في عناوين كل المقالات ونصوصها وملاحظاتها.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="145" />
        <source>Bookmarks and search results</source>
        <translation>العلامات ونتائج البحث</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="152" />
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="155" />
        <source>Cancel Import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="163" />
        <source>Reading progress</source>
        <translation>تقدم القراءة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="206" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="208" />
        <source>&amp;Import Files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="211" />
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="214" />
        <source>Import from &amp;Web Address…</source>
        <translation>استيراد من &amp;عنوان ويب…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="216" />
        <source>&amp;Remove Article…</source>
        <translation>إ&amp;زالة المقالة…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="221" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="223" />
        <source>&amp;Export Section as PDF…</source>
        <translation>&amp;تصدير القسم إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="226" />
        <source>Export &amp;Article as PDF…</source>
        <translation>تصدير ال&amp;مقالة إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="228" />
        <source>Include Bookmark Notes in PDF</source>
        <translation>إدراج ملاحظات العلامات في PDF</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="243" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="245" />
        <source>&amp;Find in Article…</source>
        <translation>ال&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="248" />
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="251" />
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="256" />
        <source>&amp;Search the Library</source>
        <translation>ال&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="259" />
        <source>Search &amp;Options</source>
        <translation>&amp;خيارات البحث</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="262" />
        <source>Ignore Diacritics and Tatweel</source>
        <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="263" />
        <source>أ إ آ ٱ Match ا</source>
        <translation>أ إ آ ٱ تطابق ا</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="264" />
        <source>ة Matches ه</source>
        <translation>ة تطابق ه</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="265" />
        <source>ى Matches ي</source>
        <translation>ى تطابق ي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="266" />
        <source>Persian ک ی Match ك ي</source>
        <translation>ک ی الفارسيتان تطابقان ك ي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="267" />
        <source>Arabic-Indic Digits Match 0-9</source>
        <translation>الأرقام الهندية تطابق 0-9</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="268" />
        <source>Ignore Latin Case</source>
        <translation>تجاهل حالة الحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="277" />
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="279" />
        <source>Next Article</source>
        <translation>المقالة التالية</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="282" />
        <source>Previous Article</source>
        <translation>المقالة السابقة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="285" />
        <source>Next Section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="288" />
        <source>Previous Section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="294" />
        <source>Next Pane</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="296" />
        <source>Previous Pane</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="300" />
        <source>&amp;Bookmarks</source>
        <translation>ال&amp;علامات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="302" />
        <source>&amp;Bookmark Section</source>
        <translation>وضع &amp;علامة على القسم</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="311" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="312" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="314" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="316" />
        <source>&amp;About Reader</source>
        <translation>&amp;عن ريدر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="319" />
        <source>Main</source>
        <translation>الشريط الرئيسي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="327" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="339" />
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="342" />
        <source>Follow the &amp;System</source>
        <translation>حسب إعدادات ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="343" />
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="344" />
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="345" />
        <source>&amp;Sepia</source>
        <translation>&amp;بنية دافئة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="356" />
        <source>&amp;Larger Text</source>
        <translation>تكبير ال&amp;نص</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="363" />
        <source>&amp;Smaller Text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="366" />
        <source>&amp;Default Text Size</source>
        <translation>حجم النص ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="371" />
        <source>Line &amp;Spacing</source>
        <translation>تباعد الأ&amp;سطر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="376" />
        <source>Tight</source>
        <translation>متقارب</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="377" />
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="378" />
        <source>Relaxed</source>
        <translation>مريح</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="379" />
        <source>Loose</source>
        <translation>واسع</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="380" />
        <source>Very Loose</source>
        <translation>واسع جدًا</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="389" />
        <source>Reading &amp;Font</source>
        <translation>&amp;خط القراءة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="392" />
        <source>Default (Noto Naskh Arabic for Arabic Script)</source>
        <translation>الافتراضي (Noto Naskh Arabic للحرف العربي)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="403" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>قراءة &amp;بلا مشتتات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="407" />
        <source>Leave Distraction-Free Reading</source>
        <translation>الخروج من القراءة بلا مشتتات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="487" />
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
        <location filename="../../views/main_window.py" line="512" />
        <source>About Reader</source>
        <translation>عن ريدر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="514" />
        <source>Reader %1: an Arabic-first reader for articles in right-to-left languages.</source>
        <translation>ريدر %1: قارئ مقالات صُمّم للعربية أولًا وللغات التي تُكتب من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="594" />
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="599" />
        <source>The bookmarked section is no longer in this article.</source>
        <translation>القسم الذي عليه العلامة لم يعد موجودًا في هذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="653" />
        <source>Bookmark</source>
        <translation>العلامة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="684" />
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
        <location filename="../../views/main_window.py" line="723" />
        <source>Export as PDF</source>
        <translation>التصدير إلى PDF</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="725" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="733" />
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="735" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="743" />
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="746" />
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="754" />
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="761" />
        <source>Import from Web Address</source>
        <translation>استيراد من عنوان ويب</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="762" />
        <source>Address of an article or a feed (http or https):</source>
        <translation>عنوان مقال أو موجز أخبار (http أو https):</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="773" />
        <source>An import is already running.</source>
        <translation>يجري استيراد آخر الآن.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="788" />
        <source>Cancelling the import…</source>
        <translation>جارٍ إلغاء الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="793" />
        <source>Importing %v of %m</source>
        <translation>استيراد %v من %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="805" />
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
        <location filename="../../views/main_window.py" line="807" />
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
        <location filename="../../views/main_window.py" line="809" />
        <source>import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="814" />
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="827" />
        <source>Remove “%1” from the library?</source>
        <translation>أتريد إزالة «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="829" />
        <source>Its %n bookmark(s) will be removed too.</source>
        <translation>
            <numerusform />
            <numerusform>وستُزال علامتها أيضًا.</numerusform>
            <numerusform>وستُزال علامتاها أيضًا.</numerusform>
            <numerusform>وستُزال علاماتها الـ%n أيضًا.</numerusform>
            <numerusform>وستُزال علاماتها الـ%n أيضًا.</numerusform>
            <numerusform>وستُزال علاماتها الـ%n أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="832" />
        <source>Remove Article</source>
        <translation>إزالة المقالة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="883" />
        <source>Reader</source>
        <translation>ريدر</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <location filename="../../export/pdf.py" line="158" />
        <source>Page %1 of %2</source>
        <extracomment>The fonts of a PDF: Reader's own, so every page looks the same anywhere, and so that the text layer (see textlayer.py) has a text-less copy of each. Points: the base size of the text (the reading font is larger, see fonts.reading_font).</extracomment>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../views/search_pane.py" line="116" />
        <source>Search Results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <location filename="../../views/search_pane.py" line="121" />
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <location filename="../../views/panes.py" line="63" />
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../views/panes.py" line="65" />
        <source>The outline of the current article; choose a section to go to it.</source>
        <translation>مخطط المقال الحالي؛ اختر قسمًا للانتقال إليه.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="25" />
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="28" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="29" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../views/shortcuts_dialog.py" line="29" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>old</name>
    <message>
        <location filename="../../app.py" line="148" />
        <source>The language can change once the import has finished.</source>
        <translation>يمكن تغيير اللغة بعد انتهاء الاستيراد.</translation>
    </message>
</context>
</TS>