<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>Application</name>
    <message>
      <location filename="../../app.py" line="29" />
      <source>Reader</source>
      <translation>ريدر</translation>
    </message>
  </context>
  <context>
    <name>ArticleDelegate</name>
    <message numerus="yes">
      <location filename="../../views/delegates.py" line="47" />
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
      <location filename="../../models/bookmark_model.py" line="120" />
      <source>Bookmark</source>
      <translation>العلامة</translation>
    </message>
    <message>
      <location filename="../../models/bookmark_model.py" line="121" />
      <source>Note</source>
      <translation>الملاحظة</translation>
    </message>
    <message>
      <location filename="../../models/bookmark_model.py" line="122" />
      <source>Created</source>
      <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
      <location filename="../../models/bookmark_model.py" line="158" />
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
      <location filename="../../views/detail_pane.py" line="63" />
      <source>Article text</source>
      <extracomment>The bookmark marker's image, added to each document (never loaded from anywhere). Share of the viewport height, from its top, in which a section heading counts as being read.</extracomment>
      <translation>نص المقالة</translation>
    </message>
    <message>
      <location filename="../../views/detail_pane.py" line="265" />
      <source>Bookmarked section</source>
      <translation>قسم عليه علامة</translation>
    </message>
  </context>
  <context>
    <name>DocumentModel</name>
    <message>
      <location filename="../../models/document_model.py" line="278" />
      <source>Introduction</source>
      <extracomment>Internal id of top-level (article) indexes; a section's internal id is its article row + 1.</extracomment>
      <translation>المقدمة</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../views/main_window.py" line="101" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="103" />
      <source>&amp;Import Files…</source>
      <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="106" />
      <source>Import &amp;Folder…</source>
      <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="108" />
      <source>&amp;Remove Article…</source>
      <translation>إ&amp;زالة المقالة…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="113" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="120" />
      <source>&amp;Go</source>
      <translation>ا&amp;نتقال</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="122" />
      <source>Next Article</source>
      <translation>المقالة التالية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="125" />
      <source>Previous Article</source>
      <translation>المقالة السابقة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="128" />
      <source>Next Section</source>
      <translation>القسم التالي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="131" />
      <source>Previous Section</source>
      <translation>القسم السابق</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="137" />
      <source>Next Pane</source>
      <translation>اللوحة التالية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="139" />
      <source>Previous Pane</source>
      <translation>اللوحة السابقة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="143" />
      <source>&amp;Bookmarks</source>
      <translation>ال&amp;علامات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="145" />
      <source>&amp;Bookmark Section</source>
      <translation>وضع &amp;علامة على القسم</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="153" />
      <source>Main</source>
      <translation>الشريط الرئيسي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="179" />
      <source>The bookmarked section is no longer in this article.</source>
      <translation>القسم الذي عليه العلامة لم يعد موجودًا في هذه المقالة.</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="239" />
      <source>Import Articles</source>
      <translation>استيراد مقالات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="239" />
      <source>Articles (*.txt *.text);;All files (*)</source>
      <translation>المقالات (*.txt *.text);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="245" />
      <source>Import a Folder of Articles</source>
      <translation>استيراد مجلد مقالات</translation>
    </message>
    <message numerus="yes">
      <location filename="../../views/main_window.py" line="260" />
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
      <location filename="../../views/main_window.py" line="261" />
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
      <location filename="../../views/main_window.py" line="267" />
      <source>Some files were not imported</source>
      <translation>لم تُستورد بعض الملفات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="280" />
      <source>Remove “%1” from the library?</source>
      <translation>أتريد إزالة «%1» من المكتبة؟</translation>
    </message>
    <message numerus="yes">
      <location filename="../../views/main_window.py" line="282" />
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
      <location filename="../../views/main_window.py" line="285" />
      <source>Remove Article</source>
      <translation>إزالة المقالة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="311" />
      <source>Reader</source>
      <translation>ريدر</translation>
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