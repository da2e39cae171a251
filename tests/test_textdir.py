"""Tests for reader/textdir.py: direction and language taken from the text itself."""

from __future__ import annotations

import pytest

from reader.textdir import (
    detect_language,
    first_strong_direction,
    language_and_direction,
    text_direction,
)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("مرحبا بكم", "rtl"),
        ("שלום עולם", "rtl"),
        ("Hello world", "ltr"),
        ("2025 مؤتمر في إسطنبول", "rtl"),  # digits are weak: the Arabic decides
        ("٢٠٢٥ مؤتمر", "rtl"),
        ("«Reader» برنامج للقراءة", "ltr"),  # the first strong letter is Latin
        ("(مرحبا) Hello", "rtl"),
        ("2024 Olympics", "ltr"),
        ("123 456", None),
        ("٢٠٢٢", None),
        ("... - !", None),
        ("", None),
    ],
)
def test_first_strong_direction(text: str, direction: str | None) -> None:
    assert first_strong_direction(text) == direction


ARABIC = "عقد الوزراء اجتماعا طارئا في العاصمة لبحث الأزمة الاقتصادية وتداعياتها على الأسواق."
PERSIAN = "این کتاب درباره تاریخ پزشکی در ایران است و نویسنده آن را در ده سال نوشته است."
URDU = "یہ کتاب پاکستان کے بارے میں ہے اور میں نے اسے پڑھا ہے۔ ٹیم نے اچھا کھیلا۔"
HEBREW = "שלום לכולם, זהו מאמר בעברית על החדשות של היום."
ENGLISH = "The officials said on Monday that the new plan would take effect next year."


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ARABIC, "ar"),
        (ARABIC + " Apple وiPhone وOpenAI", "ar"),
        (PERSIAN, "fa"),
        (URDU, "ur"),
        (HEBREW, "he"),
        (ENGLISH, "en"),
        ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites.", "und"),
        ("Le projet est en retard, mais on espère une ouverture au printemps.", "und"),
        ("Привет, как дела?", "und"),
        ("2024 - 2025", "und"),
        ("", "und"),
    ],
    ids=[
        "arabic",
        "arabic-with-latin-names",
        "persian",
        "urdu",
        "hebrew",
        "english",
        "french",
        "french-with-on",
        "russian",
        "digits",
        "empty",
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert language_and_direction(text)[0] == language


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (ARABIC, "rtl"),
        (ENGLISH, "ltr"),
        ("Reader برنامج لقراءة المقالات على سطح المكتب", "rtl"),  # starts Latin, mostly Arabic
        ("مرحبا: the rest of this line is written in English", "ltr"),  # starts Arabic
        ("abc אבג", "ltr"),  # a tie reads left to right
        ("2024", "ltr"),
        ("", "ltr"),
    ],
)
def test_text_direction_follows_the_majority(text: str, direction: str) -> None:
    assert text_direction(text) == direction
    assert language_and_direction(text)[1] == direction


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ab سش", "und"),  # Latin first: of two as frequent, the first counts
        ("سش ab", "ar"),
        ("ªbc سش", "und"),  # ª is a letter of another "script"; Latin (bc) comes first
        ("αβ אב", "und"),
        ("אב αβ", "he"),
        ("𝐀 سش ab", "ar"),  # beyond the Basic Multilingual Plane: counted one by one
    ],
)
def test_of_two_scripts_as_frequent_the_first_decides(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert language_and_direction(text)[0] == language
