"""Tests for reader/importers/text.py: the many shapes scraped plain text comes in.

One group a case: how paragraphs are separated, the forms a heading takes, lines ending in ':'
that are not headings, site chrome in Arabic, English, Persian and Hebrew, breadcrumbs, and the
characters of right-to-left scripts (Arabic-Indic and Persian digits, ZWNJ, tatweel) and line
endings. The hand-outlined fixtures in tests/data/articles/ are checked whole by test_text.py;
here they are also read in other layouts, which must not change what they say.
"""

from __future__ import annotations

import json
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from reader.document import Article
from reader.importers.text import parse_text
from reader.importers.vocabulary import vocabulary
from reader.textnorm import fold_words
from tests.importers.strategies import AR, AR2, EN, EN2

DATA = Path(__file__).parent.parent / "data" / "articles"
FIXTURES = sorted(DATA.glob("*.txt"))

#: Lead paragraphs, one a language: full sentences, too long to pass for a title or heading
#: (the Arabic and English ones come from tests/importers/strategies.py).
FA = (
    "کارشناسان می\u200cگویند این تصمیم پس از سال\u200cها بحث میان گروه\u200cهای مختلف "
    "گرفته شده است."
)
FA2 = "به گفتهٔ مسئولان، جزئیات طرح تازه در هفته\u200cهای آینده اعلام خواهد شد."
HE = "לדברי המומחים, ההחלטה התקבלה לאחר שנים של ויכוח ארוך בין הצדדים השונים במדינה."
HE2 = "הדובר הוסיף כי הממשלה תפרסם את פרטי התוכנית החדשה בשבועות הקרובים."

TITLES = {
    "ar": "الحكومة تعلن خطة جديدة للنقل العام",
    "en": "Government unveils a new plan for public transport",
    "fa": "دولت طرح تازه\u200cای برای حمل\u200cونقل عمومی اعلام کرد",
    "he": "הממשלה מציגה תוכנית חדשה לתחבורה ציבורית",
}
LEADS = {"ar": (AR, AR2), "en": (EN, EN2), "fa": (FA, FA2), "he": (HE, HE2)}


def outline(article: Article) -> list[tuple[str | None, list[str]]]:
    return [(s.heading, list(s.paragraphs)) for s in article.sections]


def article_of(language: str, *lines: str) -> Article:
    """An article in `language`: its title, then `lines` one a line, blank lines between."""
    return parse_text("\n\n".join([TITLES[language], *lines]) + "\n")


def contract(article: Article, expected: dict[str, object]) -> dict[str, object]:
    """The article's JSON, on the keys the hand-written outline has."""
    data = article.to_json()
    return {key: data[key] for key in expected}


# --- Paragraphs: blank lines, single newlines, line endings -----------------------------------


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_reads_the_same_without_blank_lines(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    text = path.read_text("utf-8")
    squeezed = "\n".join(line for line in text.splitlines() if line.strip())
    assert contract(parse_text(squeezed), expected) == expected


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_reads_the_same_with_a_blank_line_after_every_line(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    spread = "\n\n".join(path.read_text("utf-8").splitlines())
    assert contract(parse_text(spread), expected) == expected


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_fixture_reads_the_same_whatever_its_line_endings(path: Path, ending: str) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    text = ending.join(path.read_text("utf-8").splitlines())
    assert contract(parse_text(text), expected) == expected


def test_crlf_fixture_is_stored_with_crlf() -> None:
    assert b"\r\n" in (DATA / "ar_numbered_headings.txt").read_bytes()


@pytest.mark.parametrize("separator", ["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n"])
def test_paragraphs_on_single_lines_or_between_blank_lines(separator: str) -> None:
    text = separator.join([TITLES["ar"], AR, "الخلفية:", AR2, AR])
    article = parse_text(text)
    assert article.title == TITLES["ar"]
    assert outline(article) == [(None, [AR]), ("الخلفية", [AR2, AR])]


# --- Headings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "line", "heading"),
    [
        ("ar", "الخلفية:", "الخلفية"),
        ("ar", "خلفية الأزمة", "خلفية الأزمة"),
        ("ar", "1- الأسباب", "1- الأسباب"),
        ("ar", "١- الأسباب", "١- الأسباب"),
        ("ar", "2- الأسباب:", "2- الأسباب"),
        ("ar", "أولاً: الأسباب", "أولاً: الأسباب"),
        ("ar", "ثانياً: الحلول المقترحة", "ثانياً: الحلول المقترحة"),
        ("ar", "ثالثاً - التمويل", "ثالثاً - التمويل"),
        ("ar", "أولاً\u00a0: الأسباب", "أولاً\u00a0: الأسباب"),
        ("ar", "الخلفية:\u00a0", "الخلفية"),
        ("ar", "الخلفية\u00a0:", "الخلفية"),
        ("ar", "الخلفيـة:", "الخلفيـة"),
        ("en", "Background:", "Background"),
        ("en", "The Background", "The Background"),
        ("en", "1. The causes", "1. The causes"),
        ("en", "2) The costs", "2) The costs"),
        ("en", "Background\u00a0:", "Background"),
        ("en", "By the numbers", "By the numbers"),
        ("en", "2019", "2019"),
        ("fa", "پیشینه:", "پیشینه"),
        ("fa", "۱. دلایل تصمیم", "۱. دلایل تصمیم"),
        ("fa", "اول: دلایل تصمیم", "اول: دلایل تصمیم"),
        ("fa", "نقش\u200cآفرینان:\u00a0", "نقش\u200cآفرینان"),
        ("he", "רקע:", "רקע"),
        ("he", "1. הסיבות", "1. הסיבות"),
    ],
)
def test_heading_forms(language: str, line: str, heading: str) -> None:
    lead, body = LEADS[language]
    article = article_of(language, lead, f"{line}\n{body}")
    assert outline(article) == [(None, [lead]), (heading, [body])]


@pytest.mark.parametrize(
    ("lead", "line", "short"),
    [
        (AR, "ثانياً: الكلفة", "تبلغ الكلفة نحو مليون دولار."),
        (AR, "٢- الكلفة", "تبلغ الكلفة نحو مليون دولار."),
        (EN, "2. The cost", "It will cost a million dollars."),
    ],
    ids=["ar-ordinal", "ar-indic-digit", "en"],
)
def test_numbered_heading_above_a_short_paragraph(lead: str, line: str, short: str) -> None:
    article = parse_text(f"Title line here\n\n{lead}\n\n{line}\n{short}\n")
    assert outline(article) == [(None, [lead]), (line, [short])]


@pytest.mark.parametrize(
    "items",
    [
        ["1- شراء البذور", "2- حرث الأرض", "3- الري المنتظم"],
        ["١- شراء البذور", "٢- حرث الأرض", "٣- الري المنتظم"],
        ["۱. خرید بذر", "۲. شخم زمین", "۳. آبیاری منظم"],
        ["1. Buy the seeds", "2. Plough the field", "3. Water it every day"],
        ["(1) Buy the seeds", "(2) Plough the field"],
        ["أ- شراء البذور", "ب- حرث الأرض"],
    ],
    ids=["ar-western", "ar-indic", "fa", "en", "en-parenthesised", "ar-letters"],
)
def test_numbered_list_lines_are_not_headings(items: list[str]) -> None:
    lead = EN if items[0].isascii() else AR
    article = parse_text("\n".join(["Title line here", lead, *items, EN2 if lead == EN else AR2]))
    assert [s.heading for s in article.sections] == [None]
    assert article.sections[0].paragraphs[1:-1] == tuple(items)


@pytest.mark.parametrize(
    ("heading", "intro", "items"),
    [
        ("التنفيذ:", "وتشمل الخطة ثلاث مراحل متتالية:", ["١- الحصر.", "٢- الصرف.", "٣- التحرير."]),
        ("ثانياً: التنفيذ", "وتشمل الخطة ثلاث مراحل متتالية:", ["- الحصر", "- الصرف"]),
        ("The plan:", "The plan has three parts that follow each other:", ["• a", "• b"]),
        (
            "תחזית הבנק:",
            "מחלקת המחקר של הבנק צופה כי:",
            ["הצמיחה תעמוד על 2 אחוזים השנה.", "האינפלציה תחזור לתחום היעד."],
        ),
    ],
    ids=["ar-colon", "ar-numbered", "en", "he-unmarked-items"],
)
def test_heading_directly_above_a_list_introduction(
    heading: str, intro: str, items: list[str]
) -> None:
    article = parse_text("\n".join(["Title line here", EN, heading, intro, *items]))
    name = heading[:-1] if heading.endswith(":") else heading
    assert outline(article) == [(None, [EN]), (name, [intro, *items])]


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Key figures:", ["Length: 460 kilometres.", "Area: 1.2 million square kilometres."]),
        ("التشكيلة:", ["حراسة المرمى: بيكفورد.", "الدفاع: ووكر، ستونز."]),
        ("المكونات:", ["- كوب من الدقيق", "- ملعقة سكر"]),
    ],
)
def test_short_colon_heading_above_a_list(heading: str, items: list[str]) -> None:
    article = parse_text("\n".join(["Title line here", EN, heading, *items, EN2]))
    assert outline(article) == [(None, [EN]), (heading[:-1], [*items, EN2])]


# --- Lines ending in ':' (or holding one) that are not headings --------------------------------


@pytest.mark.parametrize(
    ("language", "byline"),
    [
        ("ar", "كتب - محمود السيد :"),
        ("ar", "كتبت: سارة أحمد"),
        ("ar", "بقلم د. سامر الخطيب"),
        ("en", "By Sarah Collins:"),
        ("en", "By Sarah Collins"),
        ("en", "Written by Sarah Collins, science reporter"),
        ("fa", "نویسنده: مریم احمدی"),
        ("fa", "به قلم مریم احمدی"),
        ("he", "מאת דנה לוי:"),
    ],
)
def test_byline_stays_text(language: str, byline: str) -> None:
    lead, body = LEADS[language]
    article = article_of(language, byline, lead, body)
    assert outline(article) == [(None, [byline, lead, body])]
    assert article.dropped == ()


@pytest.mark.parametrize(
    ("language", "dates"),
    [
        ("ar", ["نشر بتاريخ: ١٦ يونيو ٢٠٢٤"]),
        ("ar", ["نشر بتاريخ:", "الأحد 16 يونيو 2024"]),
        ("ar", ["آخر تحديث: 16/06/2024 - 10:30"]),
        ("ar", ["الجمعة 16 مايو 2025"]),
        ("en", ["14/03/2025 10:32"]),
        ("en", ["Friday 14 March 2025"]),
        ("en", ["Published: 14 March 2025"]),
        ("en", ["Updated:", "14 March 2025, 10:32"]),
        ("fa", ["تاریخ انتشار: ۲۵ دی ۱۴۰۲"]),
        ("he", ["פורסם: 12.05.2025"]),
    ],
)
def test_dateline_stays_text(language: str, dates: list[str]) -> None:
    lead, body = LEADS[language]
    article = article_of(language, "\n".join(dates), lead, body)
    assert outline(article) == [(None, [*dates, lead, body])]


@pytest.mark.parametrize(
    ("intro", "items"),
    [
        ("ومن أبرز بنود الاتفاق:", ["- وقف إطلاق النار", "- تبادل الأسرى"]),
        ("ومن أبرز بنود الاتفاق:", ["• وقف إطلاق النار", "• تبادل الأسرى"]),
        ("وجاءت التشكيلة على النحو التالي:", ["حراسة المرمى: بيكفورد.", "الدفاع: ووكر، ستونز."]),
        ("وتشمل الخطة ثلاث مراحل متتالية:", ["١- الحصر", "٢- الصرف", "٣- التحرير"]),
        ("وتضم القائمة الأسماء الآتية:", ["محمد صلاح", "عمر مرموش", "مصطفى محمد"]),
        ("The plan has three parts:", ["- new trains", "- new stations", "- lower fares"]),
        ("The researchers used three sources:", ["radar surveys;", "satellite data;"]),
        ("ترکیب تیم به این شرح اعلام شد:", ["دروازه\u200cبان: بیرانوند.", "مدافع: محمدی."]),
    ],
)
def test_list_introduction_stays_text(intro: str, items: list[str]) -> None:
    article = parse_text("\n".join(["Title line here", AR, intro, *items, AR2]))
    assert outline(article) == [(None, [AR, intro, *items, AR2])]


@pytest.mark.parametrize(
    "line",
    [
        "حراسة المرمى: بيكفورد.",
        "المدرب: غاريث ساوثغيت",
        "المصدر: وكالة الأنباء الرسمية",
        "Venue: Wembley Stadium",
        "Kick-off: 8pm local time",
        "ورزشگاه: آزادی",
        "מקום: אצטדיון טדי",
    ],
)
def test_label_and_value_line_is_not_a_heading(line: str) -> None:
    article = parse_text("\n".join(["Title line here", AR, line, AR2]))
    assert outline(article) == [(None, [AR, line, AR2])]


@pytest.mark.parametrize(
    ("intro", "quote"),
    [
        ("وقال الوزير في مؤتمر صحفي:", "«نحن مستعدون للحوار مع جميع الأطراف من دون شروط مسبقة»."),
        ("The minister told reporters:", '"We are ready to talk to everyone without conditions."'),
        ("He said:", "“We are ready to talk to everyone without conditions.”"),
    ],
)
def test_line_introducing_a_quotation_is_not_a_heading(intro: str, quote: str) -> None:
    article = parse_text("\n".join(["Title line here", EN, intro, quote]))
    assert outline(article) == [(None, [EN, intro, quote])]


@pytest.mark.parametrize(
    ("language", "label", "link"),
    [
        ("ar", "إقرأ أيضاً:", "موعد مباراة إنجلترا وصربيا والقنوات الناقلة"),
        ("ar", "فيديو قد يعجبك:", "أهداف مباراة الذهاب بين الفريقين"),
        ("ar", "اقرأ أيضا", "كيف تفرق بين نزلة البرد والإنفلونزا"),
        ("en", "Related stories:", "Sea Ice Around Antarctica Hits a Record Low"),
        ("en", "Read more:", "Why night trains are coming back"),
        ("fa", "بیشتر بخوانید:", "برنامهٔ کامل بازی\u200cهای جام ملت\u200cهای آسیا اعلام شد"),
        ("he", "קראו עוד:", "הדולר ממשיך להיחלש מול השקל"),
    ],
)
def test_widget_label_mid_article_is_dropped_with_its_link(
    language: str, label: str, link: str
) -> None:
    lead, body = LEADS[language]
    article = article_of(language, lead, f"{label}\n{link}", body)
    assert outline(article) == [(None, [lead, body])]
    assert article.dropped == (label, link)


def test_widget_with_several_links_keeps_a_heading_right_after_it() -> None:
    links = ["Sea Ice Around Antarctica Hits a Record Low", "Penguins Move South"]
    text = "\n".join(["Title line here", EN, "Related stories:", *links, "Why it matters", EN2])
    article = parse_text(text)
    assert outline(article) == [(None, [EN]), ("Why it matters", [EN2])]
    assert article.dropped == ("Related stories:", *links)


def test_widget_label_above_a_colon_heading_keeps_the_heading() -> None:
    text = "\n".join(["عنوان المقال هنا", AR, "اقرأ أيضاً:", "الخلفية:", AR2])
    article = parse_text(text)
    assert outline(article) == [(None, [AR]), ("الخلفية", [AR2])]
    assert article.dropped == ("اقرأ أيضاً:",)


def test_one_line_read_also_with_its_link_is_dropped() -> None:
    line = "اقرأ أيضاً: هل تنجح السيارات الكهربائية في مدننا؟"
    article = parse_text("\n".join(["عنوان المقال هنا", AR, line, AR2]))
    assert outline(article) == [(None, [AR, AR2])]
    assert article.dropped == (line,)


# --- Site chrome ------------------------------------------------------------------------------

TOP_CHROME = [
    ("ar", "منذ 3 ساعات"),
    ("ar", "منذ ٥ دقائق"),
    ("ar", "منذ ساعتين"),
    ("ar", "منذ يوم"),
    ("ar", "عدد المشاهدات: 1234"),
    ("ar", "عدد المشاهدات: ١٬٢٣٤"),
    ("ar", "1234 مشاهدة"),
    ("ar", "إعلان"),
    ("ar", "شارك"),
    ("ar", "تابعنا على فيسبوك"),
    ("ar", "منذ 3 ساعات | 1234 مشاهدة"),
    ("en", "2 hours ago"),
    ("en", "an hour ago"),
    ("en", "1,234 views"),
    ("en", "1.2K views"),
    ("en", "Advertisement"),
    ("en", "Share"),
    ("en", "Follow us on Instagram"),
    ("en", "2 hours ago · 1,234 views"),
    ("en", "5 min read"),
    ("fa", "۳ ساعت پیش"),
    ("fa", "۲ روز پیش"),
    ("fa", "تعداد بازدید: ۱۲۳۴"),
    ("fa", "کد خبر: ۱۲۳۴۵۶"),
    ("fa", "تبلیغات"),
    ("fa", "اشتراک\u200cگذاری"),
    ("fa", "ما را در اینستاگرام دنبال کنید"),
    ("he", "לפני 3 שעות"),
    ("he", "לפני שעתיים"),
    ("he", "1,234 צפיות"),
    ("he", "פרסומת"),
    ("he", "שתפו"),
    ("he", "עקבו אחרינו בפייסבוק"),
]

BOTTOM_CHROME = [
    ("ar", "جميع الحقوق محفوظة © 2025"),
    ("ar", "© جميع الحقوق محفوظة لموقع المدينة 2025"),
    ("ar", "زر الذهاب إلى الأعلى"),
    ("ar", "الوسوم: سياسة، اقتصاد، نقل"),
    ("ar", "التعليقات"),
    ("ar", "التعليقات (3)"),
    ("ar", "أضف تعليقاً"),
    ("ar", "شارك عبر واتساب"),
    ("ar", "إعلان"),
    ("en", "© 2025 Example News. All rights reserved."),
    ("en", "Back to top"),
    ("en", "Tags: Europe, Rail, Travel"),
    ("en", "Comments"),
    ("en", "12 comments"),
    ("en", "Leave a comment"),
    ("en", "Share on Facebook"),
    ("en", "Advertisement"),
    ("fa", "کلیهٔ حقوق مادی و معنوی این سایت محفوظ است."),
    ("fa", "بازگشت به بالا"),
    ("fa", "برچسب\u200cها: فوتبال، لیگ برتر"),
    ("fa", "نظرات"),
    ("fa", "۵ نظر"),
    ("he", "© כל הזכויות שמורות"),
    ("he", "חזרה למעלה"),
    ("he", "תגיות: כלכלה, ריבית"),
    ("he", "תגובות"),
    ("he", "שתפו בוואטסאפ"),
]


@pytest.mark.parametrize(("language", "chrome"), TOP_CHROME)
def test_chrome_above_the_title_is_dropped(language: str, chrome: str) -> None:
    lead, body = LEADS[language]
    article = parse_text("\n\n".join([chrome, TITLES[language], lead, body]))
    assert article.title == TITLES[language]
    assert article.breadcrumb == ()
    assert outline(article) == [(None, [lead, body])]
    assert article.dropped == (chrome,)


@pytest.mark.parametrize(("language", "chrome"), TOP_CHROME)
def test_chrome_between_title_and_lead_is_dropped(language: str, chrome: str) -> None:
    lead, body = LEADS[language]
    article = article_of(language, chrome, lead, body)
    assert article.title == TITLES[language]
    assert outline(article) == [(None, [lead, body])]
    assert article.dropped == (chrome,)


@pytest.mark.parametrize(("language", "chrome"), BOTTOM_CHROME)
def test_chrome_below_the_article_is_dropped(language: str, chrome: str) -> None:
    lead, body = LEADS[language]
    article = article_of(language, lead, body, chrome)
    assert outline(article) == [(None, [lead, body])]
    assert article.dropped == (chrome,)


@pytest.mark.parametrize(
    ("language", "opener", "links"),
    [
        ("ar", "مقالات ذات صلة", ["خمس عادات يومية تقوي المناعة", "متى يجب زيارة الطبيب"]),
        ("ar", "الأكثر قراءة", ["ارتفاع أسعار الذهب في الأسواق المحلية"]),
        ("en", "Related articles", ["Europe's Busiest Airports Report Record Summer"]),
        ("en", "You may also like", ["Ten Quiet Beaches", "How to Pack Light"]),
        ("fa", "مطالب مرتبط", ["نمایشگاه فرش دستباف تهران برگزار می\u200cشود"]),
        ("he", "כתבות נוספות", ["הדולר ממשיך להיחלש מול השקל", "מחירי הדירות עלו"]),
    ],
)
def test_related_block_at_the_bottom_is_dropped(
    language: str, opener: str, links: list[str]
) -> None:
    lead, body = LEADS[language]
    article = article_of(language, lead, body, "\n".join([opener, *links]))
    assert outline(article) == [(None, [lead, body])]
    assert article.dropped == (opener, *links)


@pytest.mark.parametrize(
    "paragraph",
    [
        "1,234 views were recorded on the first day, the company said.",
        "منذ ثلاث سنوات والمدينة تنتظر افتتاح خط المترو الجديد.",
        "Advertisement revenue fell by a third last year, the report found.",
        "Share prices fell sharply after the announcement on Monday.",
        "شارك آلاف المواطنين في المسيرة التي جابت شوارع العاصمة.",
        "לפני 3 שעות הודיע הבנק על ההחלטה, כך נמסר.",
        "تعليقات القراء على المقال كانت في معظمها إيجابية.",
        "Topics covered in the report include trade and energy.",
        "שתפו פעולה עם החוקרים, ביקשה המשטרה.",
    ],
)
def test_sentence_that_merely_starts_like_chrome_is_kept(paragraph: str) -> None:
    article = parse_text("\n\n".join(["Title line here", EN, paragraph, EN2]))
    assert article.dropped == ()
    assert outline(article) == [(None, [EN, paragraph, EN2])]


@pytest.mark.parametrize(
    ("title", "repeat"),
    [
        (TITLES["ar"], TITLES["ar"]),
        (
            "المدن العربية بين الزحام وغياب النقل العام",
            "المدن العربية بين الزحام وغيـاب النقل العام",
        ),
        ("الحكومةُ تعلن خطة جديدة", "الحكومة تعلن خطة جديدة"),
        (TITLES["en"], TITLES["en"]),
        (TITLES["fa"], TITLES["fa"]),
        (TITLES["he"], TITLES["he"]),
    ],
    ids=["ar", "ar-tatweel", "ar-diacritic", "en", "fa", "he"],
)
def test_title_repeated_below_itself_is_dropped(title: str, repeat: str) -> None:
    for head in ("", "Home > News\n"):
        article = parse_text(f"{head}{title}\n{repeat}\n\n{AR}\n\n{AR2}\n")
        assert article.title == title
        assert outline(article) == [(None, [AR, AR2])]
        assert article.dropped == (repeat,)


def test_title_repeated_further_down_is_kept() -> None:
    title = TITLES["ar"]
    article = parse_text(f"{title}\n\n{AR}\n\n{title}\n\n{AR2}\n")
    assert outline(article) == [(None, [AR, title, AR2])]


@pytest.mark.parametrize(
    "caption",
    [
        "صورة: لاعبو المنتخب خلال الحصة التدريبية الأخيرة",
        "الصورة: ازدحام مروري في أحد شوارع القاهرة (أرشيفية)",
        "Photo: Reuters",
        "(Photo: British Antarctic Survey)",
        "Photo by Jane Doe",
        "عکس: بازیکنان تیم ملی در تمرین",
        "צילום: רויטרס",
    ],
)
def test_photo_caption_is_kept_as_text(caption: str) -> None:
    article = parse_text("\n".join(["Title line here", EN, caption, EN2]))
    assert outline(article) == [(None, [EN, caption, EN2])]
    assert article.dropped == ()


def test_photo_label_alone_is_not_a_heading() -> None:
    article = parse_text("\n".join(["Title line here", EN, "Photo:", "Reuters", EN2]))
    assert outline(article) == [(None, [EN, "Photo:", "Reuters", EN2])]


# --- Breadcrumbs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("رئيسيشؤون دولية", ("رئيسي", "شؤون دولية")),
        ("أخباركرة القدم", ("أخبار", "كرة القدم")),
        ("الرئيسيةأخباركرة القدم", ("الرئيسية", "أخبار", "كرة القدم")),
        ("الرئيسيةمقالاترأي", ("الرئيسية", "مقالات", "رأي")),
        ("رياضةكرة السلة", ("رياضة", "كرة السلة")),
        ("ראשיחדשות", ("ראשי", "חדשות")),
        ("HomeNewsWorld", ("Home", "News", "World")),
    ],
)
def test_run_together_breadcrumb(line: str, crumbs: tuple[str, ...]) -> None:
    article = parse_text(f"{line}\n\n{TITLES['ar']}\n\n{AR}\n")
    assert article.breadcrumb == crumbs
    assert article.title == TITLES["ar"]
    assert outline(article) == [(None, [AR])]


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("الرئيسية >> أخبار >> رياضة", ("الرئيسية", "أخبار", "رياضة")),
        ("خانه › فرهنگ › صنایع دستی", ("خانه", "فرهنگ", "صنایع دستی")),
        ("الرئيسية / أخبار / رياضة", ("الرئيسية", "أخبار", "رياضة")),
        ("الرئيسية/أخبار/رياضة", ("الرئيسية", "أخبار", "رياضة")),
        ("Home/News/Science", ("Home", "News", "Science")),
        ("الرئيسية » اقتصاد", ("الرئيسية", "اقتصاد")),
        ("ראשי > חדשות > כלכלה", ("ראשי", "חדשות", "כלכלה")),
    ],
)
def test_breadcrumb_with_separators(line: str, crumbs: tuple[str, ...]) -> None:
    article = parse_text(f"{line}\n\n{TITLES['ar']}\n\n{AR}\n")
    assert article.breadcrumb == crumbs
    assert article.title == TITLES["ar"]


@pytest.mark.parametrize(
    "title",
    [
        "فنادق المدينة تمتلئ بالسياح في الصيف",
        "اقتصادات الخليج تنمو بوتيرة أسرع من المتوقع",
        "أخبارنا اليوم تبدأ من المدرسة",
        "NewsCorp shares fall after the report",
        "Sportswear makers face new rules",
        "Pharmacies open 24/7 across the capital",
    ],
)
def test_title_starting_with_a_crumb_word_is_not_split(title: str) -> None:
    # A short line below, not a paragraph, so that the first line could be a breadcrumb.
    article = parse_text(f"{title}\n\nالجمعة 16 مايو 2025\n\n{AR}\n")
    assert article.breadcrumb == ()
    assert article.title == title


# --- Scripts: digits, ZWNJ, tatweel -----------------------------------------------------------


def test_zwnj_is_kept_in_title_heading_and_text() -> None:
    heading = "نقش\u200cآفرینان"
    article = parse_text(f"{TITLES['fa']}\n\n{FA}\n\n{heading}:\n{FA2}\n")
    assert article.title == TITLES["fa"]
    assert outline(article) == [(None, [FA]), (heading, [FA2])]
    assert "\u200c" in article.title
    assert article.language == "fa"


def test_tatweel_is_kept_in_title_heading_and_text() -> None:
    title = "خطـة جديدة للنقل العـام"
    paragraph = AR.replace("الطويل", "الطويـــل")
    article = parse_text(f"{title}\n\n{paragraph}\n\nالخلفيـة:\n{AR2}\n")
    assert article.title == title
    assert outline(article) == [(None, [paragraph]), ("الخلفيـة", [AR2])]


@pytest.mark.parametrize(
    "digits",
    ["٢٠٢٤ و١٢٪ و٣٫٥ و١٬٢٣٤", "۱۴۰۲ و۱۲٪ و۳٫۵", "2024 و12% و3.5"],
    ids=["arabic-indic", "persian", "western"],
)
def test_digits_are_kept_as_written(digits: str) -> None:
    paragraph = f"سجلت الأرقام {digits} خلال العام الماضي بحسب التقرير الرسمي الصادر أمس."
    article = parse_text(f"{TITLES['ar']}\n\n{paragraph}\n\nتوقعات {digits[:4]}:\n{AR}\n")
    assert outline(article) == [(None, [paragraph]), (f"توقعات {digits[:4]}", [AR])]


# --- The vocabulary ---------------------------------------------------------------------------

TABLES = {"home", "crumbs", "chrome", "prefixes", "stamps", "units", "blocks", "bylines"}
TABLES |= {"labels", "ordinals", "dates"}


def test_vocabulary_has_every_table_in_every_language_and_no_other() -> None:
    text = resources.files("reader.importers").joinpath("vocabulary.toml").read_text("utf-8")
    languages = tomllib.loads(text)
    assert set(languages) == {"ar", "en", "fa", "he"}
    for language, tables in languages.items():
        assert set(tables) == TABLES, language
        assert all(tables[name] for name in TABLES), language


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("منذ 3 ساعات", True),
        ("منذ ٣ ساعات", True),
        ("۳ ساعت پیش", True),
        ("1,234 views", True),
        ("١٬٢٣٤ مشاهدة", True),
        ("1.2K views", True),
        ("3 hours", False),
        ("views", False),
        ("منذ سنوات طويلة", False),
    ],
)
def test_stamps_match_whole_lines_with_numbers_in_any_digits(line: str, stamp: bool) -> None:
    assert bool(vocabulary().stamps.fullmatch(fold_words(line))) is stamp
