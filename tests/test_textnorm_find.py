"""Folding options and finding matches back in the original text (diacritics and all)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.textnorm import DEFAULT, Folding, find, fold, fold_with_map

SENTENCE = "عقد زيلينسكي مؤتمرًا في إسطنبول مع الدولية والأخبار عام 2022 ثم ٢٠٢٣."


@pytest.mark.parametrize(
    ("query", "matched"),
    [
        ("مؤتمرا", "مؤتمرًا"),
        ("اسطنبول", "إسطنبول"),
        ("الدوليه", "الدولية"),
        ("الاخبار", "الأخبار"),
        ("٢٠٢٢", "2022"),
        ("2023", "٢٠٢٣"),
    ],
)
def test_real_queries_find_the_original_word_with_its_marks(query: str, matched: str) -> None:
    [(start, end)] = find(query, SENTENCE)
    assert SENTENCE[start:end] == matched


def test_the_span_covers_the_harakat_of_the_last_letter() -> None:
    text = "قال: إنّ الاتفاقَ مؤقّتٌ."
    [(start, end)] = find("مؤقت", text)
    assert text[start:end] == "مؤقّتٌ"
    [(start, end)] = find("الاتفاق", text)
    assert text[start:end] == "الاتفاقَ"


def test_every_match_is_found_without_overlap() -> None:
    text = "الحرب ثم الحرب، ثم الحربُ"
    spans = find("الحرب", text)
    assert [text[s:e] for s, e in spans] == ["الحرب", "الحرب", "الحربُ"]


@pytest.mark.parametrize(
    ("folding", "query", "text", "found"),
    [
        (Folding(diacritics=False), "مؤتمرا", "مؤتمرًا", False),
        (Folding(alef=False), "اسطنبول", "إسطنبول", False),
        (Folding(teh_marbuta=False), "الدوليه", "الدولية", False),
        (Folding(alef_maksura=False), "علي", "على", False),
        (Folding(persian=False), "كتاب", "کتاب", False),
        (Folding(digits=False), "2022", "٢٠٢٢", False),
        (Folding(case=False), "qt", "Qt", False),
        (DEFAULT, "علي", "على", True),
        (DEFAULT, "كتاب", "کتاب", True),
        (DEFAULT, "qt", "Qt", True),
    ],
)
def test_each_rule_can_be_switched_off(
    folding: Folding, query: str, text: str, found: bool
) -> None:
    assert bool(find(query, text, folding)) is found


def test_strict_matching_still_finds_the_exact_spelling() -> None:
    strict = Folding(False, False, False, False, False, False, False)
    assert find("مؤتمرًا", SENTENCE, strict) == find("مؤتمرا", SENTENCE)
    assert fold("Qt ٢", strict) == "Qt ٢"


_ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىیک٠١٢3 ًٌٍَُِّْـ"))


@settings(max_examples=200)
@given(st.text(alphabet=_ARABIC | st.characters(), max_size=60))
def test_the_map_matches_fold_and_points_into_the_text(text: str) -> None:
    folded, source = fold_with_map(text)
    assert folded == fold(text)
    assert len(source) == len(folded)
    assert source == sorted(source)
    assert all(0 <= i < len(text) for i in source)


@settings(max_examples=200)
@given(st.text(alphabet=_ARABIC, min_size=1, max_size=40), st.data())
def test_every_span_found_folds_to_the_query(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    query = text[start:end]
    if not fold(query):
        return
    spans = find(query, text)
    assert spans, "a piece of the text is found in it"
    for s, e in spans:
        assert fold(text[s:e]) == fold(query)
