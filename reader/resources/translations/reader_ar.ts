<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>Application</name>
    <message>
      <location filename="../../app.py" line="30" />
      <source>Reader</source>
      <translation>ريدر</translation>
    </message>
  </context>
  <context>
    <name>ArticleDelegate</name>
    <message numerus="yes">
      <location filename="../../views/delegates.py" line="48" />
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
      <location filename="../../models/bookmark_model.py" line="168" />
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
      <location filename="../../views/detail_pane.py" line="52" />
      <source>Article text</source>
      <extracomment>Share of the viewport height, from its top, in which a section heading counts as being read.</extracomment>
      <translation>نص المقالة</translation>
    </message>
    <message>
      <location filename="../../rendering.py" line="106" />
      <source>Bookmarked section</source>
      <extracomment>The bookmark marker's image, added to each document (never loaded from anywhere).</extracomment>
      <translation>قسم عليه علامة</translation>
    </message>
  </context>
  <context>
    <name>DocumentModel</name>
    <message>
      <location filename="../../models/document_model.py" line="301" />
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
      <location filename="../../views/main_window.py" line="85" />
      <source>Search the library (Ctrl+K)</source>
      <translation>ابحث في المكتبة (Ctrl+K)</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="86" />
      <source>Search the library</source>
      <translation>البحث في المكتبة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="131" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="133" />
      <source>&amp;Import Files…</source>
      <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="136" />
      <source>Import &amp;Folder…</source>
      <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="138" />
      <source>&amp;Remove Article…</source>
      <translation>إ&amp;زالة المقالة…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="143" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="145" />
      <source>&amp;Export Section as PDF…</source>
      <translation>&amp;تصدير القسم إلى PDF…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="148" />
      <source>Export &amp;Article as PDF…</source>
      <translation>تصدير ال&amp;مقالة إلى PDF…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="150" />
      <source>Include Bookmark Notes in PDF</source>
      <translation>إدراج ملاحظات العلامات في PDF</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="163" />
      <source>&amp;Edit</source>
      <translation>ت&amp;حرير</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="165" />
      <source>&amp;Find in Article…</source>
      <translation>ال&amp;بحث في المقالة…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="168" />
      <source>Find &amp;Next</source>
      <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="171" />
      <source>Find &amp;Previous</source>
      <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="176" />
      <source>&amp;Search the Library</source>
      <translation>ال&amp;بحث في المكتبة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="179" />
      <source>Search &amp;Options</source>
      <translation>&amp;خيارات البحث</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="182" />
      <source>Ignore Diacritics and Tatweel</source>
      <translation>تجاهل التشكيل والتطويل</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="183" />
      <source>أ إ آ ٱ Match ا</source>
      <translation>أ إ آ ٱ تطابق ا</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="184" />
      <source>ة Matches ه</source>
      <translation>ة تطابق ه</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="185" />
      <source>ى Matches ي</source>
      <translation>ى تطابق ي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="186" />
      <source>Persian ک ی Match ك ي</source>
      <translation>ک ی الفارسيتان تطابقان ك ي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="187" />
      <source>Arabic-Indic Digits Match 0-9</source>
      <translation>الأرقام الهندية تطابق 0-9</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="188" />
      <source>Ignore Latin Case</source>
      <translation>تجاهل حالة الحروف اللاتينية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="197" />
      <source>&amp;Go</source>
      <translation>ا&amp;نتقال</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="199" />
      <source>Next Article</source>
      <translation>المقالة التالية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="202" />
      <source>Previous Article</source>
      <translation>المقالة السابقة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="205" />
      <source>Next Section</source>
      <translation>القسم التالي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="208" />
      <source>Previous Section</source>
      <translation>القسم السابق</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="214" />
      <source>Next Pane</source>
      <translation>اللوحة التالية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="216" />
      <source>Previous Pane</source>
      <translation>اللوحة السابقة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="220" />
      <source>&amp;Bookmarks</source>
      <translation>ال&amp;علامات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="222" />
      <source>&amp;Bookmark Section</source>
      <translation>وضع &amp;علامة على القسم</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="231" />
      <source>Main</source>
      <translation>الشريط الرئيسي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="259" />
      <source>The bookmarked section is no longer in this article.</source>
      <translation>القسم الذي عليه العلامة لم يعد موجودًا في هذه المقالة.</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="312" />
      <source>Bookmark</source>
      <translation>العلامة</translation>
    </message>
    <message numerus="yes">
      <location filename="../../views/main_window.py" line="343" />
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
      <location filename="../../views/main_window.py" line="380" />
      <source>Export as PDF</source>
      <translation>التصدير إلى PDF</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="382" />
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="390" />
      <source>Export failed</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="392" />
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="399" />
      <source>Import Articles</source>
      <translation>استيراد مقالات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="399" />
      <source>Articles (*.txt *.text);;All files (*)</source>
      <translation>المقالات (*.txt *.text);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="405" />
      <source>Import a Folder of Articles</source>
      <translation>استيراد مجلد مقالات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../views/main_window.py" line="419" />
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
      <location filename="../../views/main_window.py" line="420" />
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
      <location filename="../../views/main_window.py" line="426" />
      <source>Some files were not imported</source>
      <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="439" />
      <source>Remove “%1” from the library?</source>
      <translation>أتريد إزالة «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
      <location filename="../../views/main_window.py" line="441" />
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
      <location filename="../../views/main_window.py" line="444" />
      <source>Remove Article</source>
      <translation>إزالة المقالة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="483" />
      <source>Reader</source>
      <translation>ريدر</translation>
    </message>
  </context>
  <context>
    <name>PdfExport</name>
    <message>
      <location filename="../../export/pdf.py" line="152" />
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
      <location filename="../../views/panes.py" line="60" />
      <source>Sections</source>
      <translation>الأقسام</translation>
    </message>
  </context>
</TS>