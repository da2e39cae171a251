"""Tests for reader/textnorm.py: the spellings an Arabic reader treats as one word match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.textnorm import fold, fold_words


@pytest.mark.parametrize(
    ("written", "searched"),
    [
        ("مؤتمرًا", "مؤتمرا"),  # tanween
        ("عَقَدَ مُؤْتَمَرًا صَحَفِيًّا", "عقد مؤتمرا صحفيا"),  # full vowelling and shadda
        ("إسطنبول", "اسطنبول"),  # hamza below
        ("الأخبار", "الاخبار"),  # hamza above
        ("آفاق", "افاق"),  # madda
        ("ٱلرَّحْمَٰن", "الرحمن"),  # wasla and superscript alef
        ("الدولية", "الدوليه"),  # ta marbuta
        ("مستشفى", "مستشفي"),  # alef maksura
        ("٢٠٢٢", "2022"),  # Arabic-Indic digits
        ("۲۰۲۲", "2022"),  # Persian digits
        ("کتاب", "كتاب"),  # Persian kaf
        ("ایران", "ايران"),  # Persian yeh
        ("مـــؤتمـر", "مؤتمر"),  # tatweel
        ("Reader", "READER"),
        ("Straße", "STRASSE"),  # case folding, not just lower-casing
    ],
)
def test_same_word_folds_to_the_same_key(written: str, searched: str) -> None:
    assert fold(written) == fold(searched)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("مؤتمرًا", "مؤتمرا"),
        ("الدولية", "الدوليه"),
        ("٢٠٢٢ و۲۰۲۲", "2022 و2022"),
        ("Reader", "reader"),
    ],
)
def test_fold_key(text: str, key: str) -> None:
    assert fold(text) == key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("قال", "قل"),  # a long vowel is a letter, not a mark
        ("سلام", "سلم"),
        ("ذهب", "ذهبت"),
        ("عين", "غين"),  # a dot makes another letter
        ("2022", "2023"),
    ],
)
def test_different_words_stay_apart(one: str, other: str) -> None:
    assert fold(one) != fold(other)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("اقرأ أيضاً:", "اقرا ايضا"),
        ("مرحبًا، كيف الحال؟", "مرحبا كيف الحال"),
        ("«مقالات ذات صلة»", "مقالات ذات صله"),
        ("Back to top!", "back to top"),
        ("  Related   articles \t", "related articles"),
        ("Share (this) story...", "share this story"),
        ("© 2026 Example News. All rights reserved.", "© 2026 example news all rights reserved"),
        ("ﻣﺆﺗﻤﺮ ﺻﺤﻔﻲ", "مؤتمر صحفي"),  # presentation forms, as copied out of a PDF
        ("", ""),
        ("...!؟", ""),
    ],
)
def test_fold_words(text: str, key: str) -> None:
    assert fold_words(text) == key


@settings(max_examples=200)
@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@settings(max_examples=200)
@given(st.text())
def test_fold_words_is_a_clean_phrase(text: str) -> None:
    key = fold_words(text)
    assert key == key.strip()
    assert "  " not in key
    assert not any(c.isspace() and c != " " for c in key)
