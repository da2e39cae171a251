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
        <location filename="../../app.py" line="315" />
        <source>Reader cannot open your library: %1.

Reader can set the damaged file aside (it is renamed, nothing is deleted) and start a new library, bringing back your bookmarks from the newest backup. Or quit, and the file stays as it is.</source>
        <extracomment>The longest request a running Reader reads, and the most items it takes from one.</extracomment>
        <translation>لا يستطيع ريدر فتح مكتبتك: %1.

يمكن لريدر أن ينحّي الملف التالف جانبًا (يُغيَّر اسمه ولا يُحذف منه شيء) ويبدأ مكتبة جديدة، ويستعيد علاماتك من أحدث نسخة احتياطية. أو أغلق البرنامج ويبقى الملف كما هو.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="339" />
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
        <location filename="../../views/detail_pane.py" line="60" />
        <source>Article text</source>
        <extracomment>Share of the viewport height, from its top, in which a section heading counts as being read.</extracomment>
        <translation>نص المقالة</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="62" />
        <source>The text of the current article; the section navigator follows it.</source>
        <translation>نص المقال الحالي؛ ويتبعه متصفح الأقسام.</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="328" />
        <source>Open Link</source>
        <translation>فتح الرابط</translation>
    </message>
    <message>
        <location filename="../../views/detail_pane.py" line="329" />
        <source>Open this address in your web browser?</source>
        <translation>أتفتح هذا العنوان في متصفح الويب؟</translation>
    </message>
    <message>
        <location filename="../../rendering.py" line="120" />
        <source>Bookmarked section</source>
        <extracomment>A web address in running text: no spaces, quotes, angle brackets, guillemets or bidi controls inside (a control could make it read as another address), and not ending on the punctuation that follows an address in a sentence (see _web_addresses for brackets). The bookmark marker's image, added to each document (never loaded from anywhere).</extracomment>
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
        <location filename="../../views/main_window.py" line="136" />
        <source>Search the library (Ctrl+K)</source>
        <extracomment>The reader chose another interface language ("ar", "en") in the View menu. Whether closing saves the window and the place (not for a screenshot run).</extracomment>
        <translation>ابحث في المكتبة (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="137" />
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="139" />
        <source>Words to find in the titles, text and notes of every article.</source>
        <translation>كلمات يُبحث عنها في عناوين كل المقالات ونصوصها وملاحظاتها.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="149" />
        <source>Bookmarks and search results</source>
        <translation>العلامات ونتائج البحث</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="164" />
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="167" />
        <source>Cancel Import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="175" />
        <source>Reading progress</source>
        <translation>تقدم القراءة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="220" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="222" />
        <source>&amp;Import Files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="225" />
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="228" />
        <source>Import from &amp;Web Address…</source>
        <translation>استيراد من &amp;عنوان ويب…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="230" />
        <source>&amp;Remove Article…</source>
        <translation>إ&amp;زالة المقالة…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="235" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="237" />
        <source>&amp;Export Section as PDF…</source>
        <translation>&amp;تصدير القسم إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="240" />
        <source>Export &amp;Article as PDF…</source>
        <translation>تصدير ال&amp;مقالة إلى PDF…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="242" />
        <source>Include Bookmark Notes in PDF</source>
        <translation>إدراج ملاحظات العلامات في PDF</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="257" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="259" />
        <source>&amp;Find in Article…</source>
        <translation>ال&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="262" />
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="265" />
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="270" />
        <source>&amp;Search the Library</source>
        <translation>ال&amp;بحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="273" />
        <source>Search &amp;Options</source>
        <translation>&amp;خيارات البحث</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="276" />
        <source>Ignore Diacritics and Tatweel</source>
        <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="277" />
        <source>أ إ آ ٱ Match ا</source>
        <translation>أ إ آ ٱ تطابق ا</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="278" />
        <source>ة Matches ه</source>
        <translation>ة تطابق ه</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="279" />
        <source>ى Matches ي</source>
        <translation>ى تطابق ي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="280" />
        <source>Persian ک ی Match ك ي</source>
        <translation>ک ی الفارسيتان تطابقان ك ي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="281" />
        <source>Arabic-Indic Digits Match 0-9</source>
        <translation>الأرقام الهندية تطابق 0-9</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="282" />
        <source>Ignore Latin Case</source>
        <translation>تجاهل حالة الحروف اللاتينية</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="291" />
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="293" />
        <source>Next Article</source>
        <translation>المقالة التالية</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="296" />
        <source>Previous Article</source>
        <translation>المقالة السابقة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="299" />
        <source>Next Section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="302" />
        <source>Previous Section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="308" />
        <source>Next Pane</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="310" />
        <source>Previous Pane</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="314" />
        <source>&amp;Bookmarks</source>
        <translation>ال&amp;علامات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="316" />
        <source>&amp;Bookmark Section</source>
        <translation>وضع &amp;علامة على القسم</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="325" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="326" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="328" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="330" />
        <source>&amp;About Reader</source>
        <translation>&amp;عن ريدر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="333" />
        <source>Main</source>
        <translation>الشريط الرئيسي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="341" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="353" />
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="356" />
        <source>Follow the &amp;System</source>
        <translation>حسب إعدادات ال&amp;نظام</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="357" />
        <source>&amp;Light</source>
        <translation>&amp;فاتحة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="358" />
        <source>&amp;Dark</source>
        <translation>&amp;داكنة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="359" />
        <source>&amp;Sepia</source>
        <translation>&amp;بنية دافئة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="370" />
        <source>&amp;Larger Text</source>
        <translation>تكبير ال&amp;نص</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="377" />
        <source>&amp;Smaller Text</source>
        <translation>ت&amp;صغير النص</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="380" />
        <source>&amp;Default Text Size</source>
        <translation>حجم النص ال&amp;افتراضي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="385" />
        <source>Line &amp;Spacing</source>
        <translation>تباعد الأ&amp;سطر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="390" />
        <source>Tight</source>
        <translation>متقارب</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="391" />
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="392" />
        <source>Relaxed</source>
        <translation>مريح</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="393" />
        <source>Loose</source>
        <translation>واسع</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="394" />
        <source>Very Loose</source>
        <translation>واسع جدًا</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="403" />
        <source>Reading &amp;Font</source>
        <translation>&amp;خط القراءة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="406" />
        <source>Default (Noto Naskh Arabic for Arabic Script)</source>
        <translation>الافتراضي (Noto Naskh Arabic للحرف العربي)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="417" />
        <source>&amp;Distraction-Free Reading</source>
        <translation>قراءة &amp;بلا مشتتات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="421" />
        <source>Leave Distraction-Free Reading</source>
        <translation>الخروج من القراءة بلا مشتتات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="511" />
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
        <location filename="../../views/main_window.py" line="530" />
        <source>Move to the pane on that side (in the lists)</source>
        <translation>الانتقال إلى اللوحة في تلك الجهة (في القوائم)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="531" />
        <source>Next / previous match (in the find bar)</source>
        <translation>المطابقة التالية / السابقة (في شريط البحث)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="532" />
        <source>Close the find bar, leave distraction-free reading</source>
        <translation>إغلاق شريط البحث، والخروج من القراءة بلا مشتتات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="533" />
        <source>Edit the bookmark's note (in the bookmarks pane)</source>
        <translation>تحرير ملاحظة العلامة (في لوحة العلامات)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="534" />
        <source>Remove the article or the bookmark (in its list)</source>
        <translation>حذف المقال أو العلامة (في قائمته)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="555" />
        <source>About Reader</source>
        <translation>عن ريدر</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="557" />
        <source>Reader %1: an Arabic-first reader for articles in right-to-left languages.</source>
        <translation>ريدر %1: قارئ مقالات صُمّم للعربية أولًا وللغات التي تُكتب من اليمين إلى اليسار.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="634" />
        <source>That article is no longer in the library.</source>
        <translation>لم يعد هذا المقال في المكتبة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="639" />
        <source>The bookmarked section is no longer in this article.</source>
        <translation>القسم الذي عليه العلامة لم يعد موجودًا في هذه المقالة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="698" />
        <source>The article changed meanwhile; look again and bookmark.</source>
        <translation>تغيّر المقال في أثناء ذلك؛ راجعه ثم ضع العلامة.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="709" />
        <source>Bookmark</source>
        <translation>العلامة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="740" />
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
        <location filename="../../views/main_window.py" line="779" />
        <source>Export as PDF</source>
        <translation>التصدير إلى PDF</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="781" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="789" />
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="791" />
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="799" />
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="802" />
        <source>Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml);;All files (*)</source>
        <translation>المقالات (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="810" />
        <source>Import a Folder of Articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="817" />
        <source>Import from Web Address</source>
        <translation>استيراد من عنوان ويب</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="818" />
        <source>Address of an article or a feed (http or https):</source>
        <translation>عنوان مقال أو موجز أخبار (http أو https):</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="832" />
        <source>Queued: they will be imported after the import running now.</source>
        <translation>في الانتظار: ستُستورد بعد انتهاء الاستيراد الجاري.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="848" />
        <source>Cancelling the import…</source>
        <translation>جارٍ إلغاء الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="853" />
        <source>Importing %v of %m</source>
        <translation>استيراد %v من %m</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="868" />
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
        <location filename="../../views/main_window.py" line="870" />
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
        <location filename="../../views/main_window.py" line="872" />
        <source>import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="888" />
        <source>Some files were not imported</source>
        <extracomment>How many skipped files the warning lists in its text; the rest are under "Details".</extracomment>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="895" />
        <source>and %n more (see Details)</source>
        <translation>
            <numerusform>ولا شيء غيرها</numerusform><numerusform>وملف آخر (انظر التفاصيل)</numerusform><numerusform>وملفان آخران (انظر التفاصيل)</numerusform><numerusform>و%n ملفات أخرى (انظر التفاصيل)</numerusform><numerusform>و%n ملفًا آخر (انظر التفاصيل)</numerusform><numerusform>و%n ملف آخر (انظر التفاصيل)</numerusform></translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="909" />
        <source>Remove “%1” from the library?</source>
        <translation>أتريد إزالة «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/main_window.py" line="911" />
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
        <location filename="../../views/main_window.py" line="914" />
        <source>Remove Article</source>
        <translation>إزالة المقالة</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="975" />
        <source>Reader</source>
        <translation>ريدر</translation>
    </message>
    <message>
        <location filename="../../app.py" line="153" />
        <source>The language can change once the import has finished.</source>
        <extracomment>The theme in use: one given for this run (--theme), else the remembered one.</extracomment>
        <translation>يمكن تغيير اللغة بعد انتهاء الاستيراد.</translation>
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
</TS>