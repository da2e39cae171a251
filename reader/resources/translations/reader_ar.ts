<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>Application</name>
    <message>
      <location filename="../../app.py" line="32" />
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
      <location filename="../../views/panes.py" line="39" />
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../views/detail_pane.py" line="56" />
      <source>Article text</source>
      <translation>نص المقالة</translation>
    </message>
  </context>
  <context>
    <name>DocumentModel</name>
    <message>
      <location filename="../../models/document_model.py" line="198" />
      <source>Introduction</source>
      <translation>المقدمة</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../views/main_window.py" line="87" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="89" />
      <source>&amp;Open…</source>
      <translation>&amp;فتح…</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="94" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="97" />
      <source>&amp;Go</source>
      <translation>ا&amp;نتقال</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="99" />
      <source>Next Article</source>
      <translation>المقالة التالية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="102" />
      <source>Previous Article</source>
      <translation>المقالة السابقة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="105" />
      <source>Next Section</source>
      <translation>القسم التالي</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="108" />
      <source>Previous Section</source>
      <translation>القسم السابق</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="114" />
      <source>Next Pane</source>
      <translation>اللوحة التالية</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="116" />
      <source>Previous Pane</source>
      <translation>اللوحة السابقة</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="158" />
      <source>Open Articles</source>
      <translation>فتح مقالات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="158" />
      <source>Articles (*.txt);;All files (*)</source>
      <translation>المقالات (*.txt);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="171" />
      <source>Some files could not be opened</source>
      <translation>تعذّر فتح بعض الملفات</translation>
    </message>
    <message>
      <location filename="../../views/main_window.py" line="176" />
      <source>Reader</source>
      <translation>ريدر</translation>
    </message>
  </context>
  <context>
    <name>SectionNavigator</name>
    <message>
      <location filename="../../views/panes.py" line="53" />
      <source>Sections</source>
      <translation>الأقسام</translation>
    </message>
  </context>
</TS>