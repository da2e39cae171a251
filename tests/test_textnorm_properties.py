"""Properties of reader/textnorm.py over any text and every choice of rules (hypothesis): folding
never fails, is the folding of each character on its own (however `fold` computes it), its map
points into the text, and every piece of a text is found in it."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import textnorm
from reader.textnorm import (
    DEFAULT,
    Folding,
    find,
    find_each,
    fold,
    fold_each,
    fold_with_map,
    fold_words,
    fold_words_each,
)

#: Arabic letters, their marks, tatweel and digits, mixed into any text.
_ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱةىیکپ٠١٢۳ ًٌٍَُِّْٰـ"))
_TEXT = st.text(alphabet=_ARABIC | st.characters(), max_size=80)
_FOLDINGS = st.builds(Folding, *(st.booleans() for _ in range(7)))
#: Characters that fold in every way there is: presentation forms and ligatures that NFKC
#: spells out (ﻷ, ﷺ, ﬃ), combining marks on their own and in sequences, characters beyond
#: the Basic Multilingual Plane (𝐀 folds to "a"), capitals with special case folds (ß, İ, ẞ),
#: Cherokee (which folds to capitals), line breaks and separators, the underscore,
#: punctuation, symbols and control characters.
_AWKWARD = st.sampled_from(
    [
        *"ﻷﻻﷲﷺﺍﺑﭖﮎﯾﹰﹱﹶﺓ",
        *"ﬀﬃﬅǄǅǆ№™℡㎏①⑴¹½",
        *"e\u0301a\u0308\u064e\u0651\u0670\u06d6\u0300\u20dd\u200d\u200c",
        *"𝐀𝑎𝟘😀🇸🇦𐐀𐐨",
        *"ßẞİıΣσςǰŉᏸꭰᎠ",
        *"\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00\t \u00a0\u3000",
        *"_‿⁀.,،؛:؟!…«»\"'()-—©%$+<>|·•\u202e\u2066\ufeff",
    ]
)
_ANY_TEXT = st.text(alphabet=_ARABIC | _AWKWARD | st.characters(), max_size=120)


def _folded_one_by_one(text: str, folding: Folding) -> str:
    """What `fold` is defined as: each character folded on its own."""
    return "".join(textnorm._fold_char(char, folding) for char in text)


@settings(max_examples=500)
@given(_ANY_TEXT, _FOLDINGS)
def test_fold_is_each_character_folded_on_its_own(text: str, folding: Folding) -> None:
    assert fold(text, folding) == _folded_one_by_one(text, folding)


@settings(max_examples=300)
@given(st.lists(_ANY_TEXT, max_size=6), st.lists(_ANY_TEXT, max_size=6), _FOLDINGS)
def test_fold_each_folds_each(seen: list[str], texts: list[str], folding: Folding) -> None:
    fold_words_each(seen)  # which remembers their folding, for fold_each
    texts = [*texts, *seen[:3]]
    assert fold_each(texts, folding) == [_folded_one_by_one(t, folding) for t in texts]


def _words_by_tokens(text: str) -> str:
    """What `fold_words` is defined as: the words and symbols of the folded text, those that
    start with punctuation or a control character left out."""
    tokens = re.findall(r"\w+|[^\w\s]", fold(text))
    return " ".join(t for t in tokens if unicodedata.category(t[0])[0] not in "PC")


@settings(max_examples=500)
@given(_ANY_TEXT)
def test_fold_words_is_the_folded_tokens_without_punctuation(text: str) -> None:
    assert fold_words(text) == _words_by_tokens(text)


@settings(max_examples=300)
@given(st.lists(_ANY_TEXT, max_size=6))
def test_fold_words_each_is_fold_words_of_each(texts: list[str]) -> None:
    assert fold_words_each(texts) == [_words_by_tokens(t) for t in texts]


@pytest.mark.parametrize("folding", [DEFAULT, Folding(case=False), Folding(diacritics=False)])
def test_a_text_of_many_different_characters_folds_as_one_by_one(folding: Folding) -> None:
    # Past textnorm._MOST_REPLACED distinct characters fold takes one step a character.
    text = "".join(chr(c) for c in range(0x41, 0x5B)) + "\u064b\u064c\u064d\u064e\u064f"
    text += "".join(chr(c) for c in range(0xFE70, 0xFEFC)) + "أإآةى٠١٢٣۴۵"
    assert len(set(text)) > textnorm._MOST_REPLACED
    assert fold(text * 3, folding) == _folded_one_by_one(text * 3, folding)


def test_fold_falls_back_to_one_by_one_when_a_folding_would_fold_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No character folds to something that folds again (the next test), but if one did,
    `fold` would fold character by character rather than replace one after another."""
    folder = textnorm._Folder(DEFAULT)
    folder.unsettled.add("ة")
    monkeypatch.setattr(textnorm, "_folder", lambda folding: folder)
    assert fold("مدرسةُ") == "مدرسه" == _folded_one_by_one("مدرسةُ", DEFAULT)


@pytest.mark.parametrize("folding", [DEFAULT, Folding(*[False] * 7)])
def test_what_each_character_folds_to_folds_to_itself(folding: Folding) -> None:
    unsettled = []
    for code in range(sys.maxunicode + 1):
        piece = textnorm._fold_char(chr(code), folding)
        if piece != chr(code) and any(textnorm._fold_char(c, folding) != c for c in piece):
            unsettled.append(hex(code))
    assert unsettled == []


def test_the_underscore_is_the_one_word_character_that_is_punctuation() -> None:
    """What `fold_words` relies on to find words with `split`."""
    word = re.compile(r"\w")
    punctuation = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if word.match(chr(code)) and unicodedata.category(chr(code))[0] in "PC"
    ]
    assert punctuation == ["_"]


@settings(max_examples=300)
@given(_TEXT, _FOLDINGS)
def test_fold_and_its_map_agree(text: str, folding: Folding) -> None:
    folded, source = fold_with_map(text, folding)
    assert folded == fold(text, folding)
    assert len(source) == len(folded)
    assert source == sorted(source)
    assert all(0 <= index < len(text) for index in source)


@settings(max_examples=300)
@given(_TEXT, _FOLDINGS)
def test_folding_twice_changes_nothing(text: str, folding: Folding) -> None:
    once = fold(text, folding)
    assert fold(once, folding) == once


@settings(max_examples=300)
@given(_TEXT)
def test_fold_words_is_words_and_single_spaces(text: str) -> None:
    key = fold_words(text)
    assert key == " ".join(key.split())
    for word in key.split():
        assert unicodedata.category(word[0])[0] not in "PC", word  # punctuation is no word


@settings(max_examples=300)
@given(_TEXT, _TEXT, _FOLDINGS)
def test_find_gives_spans_of_the_text_that_match(needle: str, text: str, folding: Folding) -> None:
    key = fold(needle, folding)
    spans = find(needle, text, folding)
    assert spans == find_each([needle], text, folding)[0]
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert key in fold(text[start:end], folding)
    assert [s for s, _ in spans] == sorted(s for s, _ in spans)


@settings(max_examples=300)
@given(_TEXT.filter(bool), _FOLDINGS, st.data())
def test_every_piece_of_a_text_is_found_in_it(
    text: str, folding: Folding, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    piece = text[start:end]
    if fold(piece, folding):
        spans = find(piece, text, folding)
        assert spans
        # The first match is this piece (from its first character that folding keeps: a
        # diacritic before it is dropped), or one before it.
        kept = next(i for i in range(start, end) if fold(text[i], folding))
        assert spans[0][0] <= kept


def test_a_piece_starting_with_a_diacritic_is_found_from_its_letter() -> None:
    assert find("\u064eب", "\u064eب") == [(1, 2)]
