"""Properties of reader/textdir.py over any text (hypothesis): direction and language are
always one of their few values, counted quickly or one character at a time alike, and text
made safe to show keeps everything but the bidi controls."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.textdir import (
    declared_language,
    detect_language,
    display_safe,
    first_strong_direction,
    isolate,
    language_and_direction,
    language_direction,
    primary_subtag,
    text_direction,
)

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Any text, with Arabic, Persian, Urdu and Hebrew letters, digits and bidi controls mixed in.
_TEXT = st.text(
    alphabet=st.characters()
    | st.sampled_from([*"العربيةپچژگکیٹڈڑںھےעברית٣۳ 5.", *sorted(_BIDI_CONTROLS)]),
    max_size=80,
)


@settings(max_examples=300)
@given(_TEXT)
def test_display_safe_keeps_all_but_the_bidi_controls(text: str) -> None:
    safe = display_safe(text)
    assert safe == "".join(c for c in text if c not in _BIDI_CONTROLS)
    assert display_safe(safe) == safe


@settings(max_examples=300)
@given(_TEXT)
def test_language_and_direction_are_one_of_theirs(text: str) -> None:
    assert detect_language(text) in {"ar", "fa", "ur", "he", "en", "und"}
    direction = text_direction(text)
    assert direction in {"rtl", "ltr"}
    assert text_direction(text + text) == direction  # a majority, whatever the length
    assert first_strong_direction(text) in {"rtl", "ltr", None}
    assert first_strong_direction(isolate(text)) == first_strong_direction(text)


#: Letters of many scripts and blocks, and what is not a letter: Latin-1 oddities that are
#: letters of no script (ª µ º), general punctuation with the bidi marks (U+200E, U+200F),
#: presentation forms, characters beyond the Basic Multilingual Plane and lone surrogates.
_SCRIPTS = st.sampled_from(
    [
        *"abcXYZéßªµº",
        *"ابتثيةءًٌپچکیٹڈے٣۳",
        *"אבגדה",
        *"αβγабв",
        *"ﻷﺍﭖ",
        *"\u200e\u200f\u2019…—",
        *"𝐀𝑎😀𐐀",
        *"\ud800\udfff",
        *" 5.,\n",
    ]
)
_MIXED = st.text(alphabet=_SCRIPTS | st.characters(), max_size=120)


@settings(max_examples=500)
@given(_MIXED)
def test_language_and_direction_counts_as_one_by_one(text: str) -> None:
    assert language_and_direction(text) == (detect_language(text), text_direction(text))


def test_a_text_of_many_blocks_is_counted_as_one_by_one() -> None:
    # Past textdir._MOST_BLOCKS blocks of 256 characters the characters are counted instead.
    text = "".join(chr(block * 256 + 0x41) for block in range(0x00, 0x30)) + "سلام عليكم"
    assert language_and_direction(text) == (detect_language(text), text_direction(text))
    assert language_and_direction(text * 50) == (detect_language(text * 50), "ltr")


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["ab", "سش", "אב", "αβ", "ªº", " ", "\u200f"]), max_size=12))
def test_of_two_scripts_as_frequent_the_first_in_the_text_decides(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert language_and_direction(text) == (detect_language(text), text_direction(text))


@settings(max_examples=300)
@given(_TEXT)
def test_text_without_strong_letters_reads_left_to_right(text: str) -> None:
    neutral = "".join(c for c in text if first_strong_direction(c) is None)
    assert text_direction(neutral) == "ltr"
    assert first_strong_direction(neutral) is None


@settings(max_examples=300)
@given(st.one_of(st.none(), _TEXT, st.sampled_from(["ar", "ar-EG", "fa_IR", "en", "EN-gb"])), _TEXT)
def test_a_declared_language_is_a_tag_or_the_text_decides(declared: str | None, text: str) -> None:
    language = declared_language(declared, text)
    assert language in {primary_subtag(declared), detect_language(text)}
    assert language_direction(language) in {"rtl", "ltr"}
    tag = primary_subtag(declared)
    assert tag == "" or (tag.isascii() and tag.isalpha() and tag == tag.lower())
