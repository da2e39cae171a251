"""Tests for reader/store/anchors.py: finding a bookmarked section again in changed text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.document import Section
from reader.store.anchors import EXCERPT_CHARS, excerpt, locate
from reader.textnorm import fold_words

LEAD = Section(None, ("أعلنت الحكومة اليوم عن خطة جديدة لإصلاح التعليم في المدارس العامة.",))
BACKGROUND = Section(
    "الخلفية",
    (
        "بدأ النقاش حول إصلاح المناهج قبل عشر سنوات، حين نشرت وزارة التعليم تقريرها الأول.",
        "ومنذ ذلك الحين تعاقبت ثلاث حكومات على الملف دون نتائج تذكر.",
    ),
)
REACTIONS = Section(
    "ردود الفعل",
    ("رحبت نقابة المعلمين بالخطة، لكنها طالبت بزيادة الرواتب قبل بدء العام الدراسي.",),
)
NEXT = Section("الخطوات التالية", ("سيعرض المشروع على البرلمان في الشهر المقبل للتصويت عليه.",))
ARTICLE = (LEAD, BACKGROUND, REACTIONS, NEXT)


def _anchor(sections: tuple[Section, ...], index: int) -> tuple[str | None, int, str]:
    """What a bookmark on `sections[index]` remembers."""
    return sections[index].heading, index, excerpt(sections[index])


def test_excerpt_is_the_start_of_the_sections_own_text() -> None:
    assert excerpt(BACKGROUND) == " ".join(BACKGROUND.paragraphs)[:EXCERPT_CHARS]
    assert len(excerpt(Section("h", ("word " * 100,)))) == EXCERPT_CHARS
    assert excerpt(Section("h", ())) == ""


def test_every_section_of_an_unchanged_article_is_found_where_it_was() -> None:
    for index in range(len(ARTICLE)):
        assert locate(ARTICLE, *_anchor(ARTICLE, index)) == index


def test_a_section_is_found_by_its_heading_after_it_moved() -> None:
    moved = (LEAD, NEXT, REACTIONS, BACKGROUND)
    assert locate(moved, *_anchor(ARTICLE, 1)) == 3
    assert locate(moved, *_anchor(ARTICLE, 3)) == 1


def test_a_section_with_an_edited_paragraph_is_found_by_its_heading() -> None:
    edited = Section("الخلفية", ("نص جديد تماما لا يشبه النص القديم في شيء.",))
    assert locate((LEAD, edited, REACTIONS, NEXT), *_anchor(ARTICLE, 1)) == 1


def test_headings_match_whatever_their_diacritics_and_spelling() -> None:
    voweled = Section("الخَلْفِيّة", ("نص آخر مختلف عن الأصل.",))
    punctuated = Section("ردود الفعل:", ("نص آخر.",))
    spelled = Section("الخطوات التاليه", ("نص آخر.",))
    assert locate((LEAD, REACTIONS, voweled), *_anchor(ARTICLE, 1)) == 2
    assert locate((LEAD, punctuated), *_anchor(ARTICLE, 2)) == 1
    assert locate((spelled, LEAD), *_anchor(ARTICLE, 3)) == 0
    assert locate((Section("Background", ("x.",)),), "BACKGROUND", 4, "") == 0


def test_of_several_sections_with_the_heading_the_nearest_one_wins() -> None:
    repeated = tuple(Section("تحديث", (f"نص التحديث رقم {n}.",)) for n in range(5))
    assert locate(repeated, "تحديث", 3, "") == 3
    assert locate(repeated, "تحديث", 9, "") == 4
    assert locate(repeated[:2], "تحديث", 3, "") == 1


def test_the_lead_matches_the_lead() -> None:
    new_lead = Section(None, ("مقدمة أعيدت كتابتها بالكامل.",))
    assert locate((new_lead, BACKGROUND), None, 0, excerpt(LEAD)) == 0


def test_a_reworded_heading_over_the_same_text_is_found_by_the_text() -> None:
    reworded = Section("خلفية الخطة", BACKGROUND.paragraphs)
    assert locate((LEAD, REACTIONS, reworded), *_anchor(ARTICLE, 1)) == 2


def test_a_reworded_heading_with_lightly_edited_text_is_still_found() -> None:
    text = BACKGROUND.paragraphs[0].replace("عشر سنوات", "إحدى عشرة سنة")
    reworded = Section("خلفية الخطة", (text, *BACKGROUND.paragraphs[1:]))
    assert locate((LEAD, reworded, NEXT), *_anchor(ARTICLE, 1)) == 1


def test_a_section_that_is_gone_is_not_found() -> None:
    assert locate((LEAD, REACTIONS, NEXT), *_anchor(ARTICLE, 1)) is None
    assert locate((BACKGROUND, REACTIONS), *_anchor(ARTICLE, 0)) is None
    assert locate((), *_anchor(ARTICLE, 2)) is None


def test_without_a_heading_match_or_text_nothing_is_guessed() -> None:
    assert locate(ARTICLE, "عنوان لم يعد موجودا", 1, "") is None
    assert locate(ARTICLE, "عنوان لم يعد موجودا", 1, "!!! ...") is None


_headings = st.lists(
    st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=20).filter(
        lambda h: fold_words(h) != ""
    ),
    min_size=1,
    max_size=8,
    unique_by=fold_words,
)


@given(headings=_headings, data=st.data())
def test_sections_with_distinct_headings_are_found_after_any_reordering(
    headings: list[str], data: st.DataObject
) -> None:
    sections = tuple(Section(h, (f"paragraph {n}.",)) for n, h in enumerate(headings))
    order = data.draw(st.permutations(range(len(sections))))
    shuffled = tuple(sections[i] for i in order)
    for index in range(len(sections)):
        assert locate(shuffled, *_anchor(sections, index)) == order.index(index)
