"""Properties of reader/textnorm.py over any text and every choice of rules (hypothesis): folding
never fails, its map points into the text, and every piece of a text is found in it."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.textnorm import Folding, find, find_each, fold, fold_with_map, fold_words

#: Arabic letters, their marks, tatweel and digits, mixed into any text.
_ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱةىیکپ٠١٢۳ ًٌٍَُِّْٰـ"))
_TEXT = st.text(alphabet=_ARABIC | st.characters(), max_size=80)
_FOLDINGS = st.builds(Folding, *(st.booleans() for _ in range(7)))


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
