"""Tests for reader/importers/vocabulary.py: the questions asked of a folded line answer as
their definitions say, phrase by phrase, whatever follows the phrase."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.importers.vocabulary import vocabulary

_VOCABULARY = vocabulary()
_PHRASES = sorted({*_VOCABULARY.prefixes, *_VOCABULARY.bylines, *_VOCABULARY.chrome})
#: A vocabulary phrase, cut short or not, and what may follow it on a line.
_LINES = st.builds(
    lambda phrase, cut, rest: phrase[: len(phrase) - cut] + rest,
    st.sampled_from(_PHRASES),
    st.integers(0, 2),
    st.sampled_from(["", " ", "  ", "x", " x", " a b c d e f g h i j k", ":", "\n"]) | st.text(),
)


def _starts_with(folded: str, phrase: str) -> bool:
    return folded == phrase or folded.startswith(phrase + " ")


@settings(max_examples=500)
@given(_LINES)
def test_a_line_starts_with_a_phrase_as_defined(folded: str) -> None:
    prefixed = len(folded.split()) <= 10 and any(
        _starts_with(folded, p) for p in _VOCABULARY.prefixes
    )
    chrome = folded in _VOCABULARY.chrome or _VOCABULARY.stamps.fullmatch(folded) is not None
    assert _VOCABULARY.is_chrome(folded) == (chrome or prefixed)
    byline = max(
        (len(b.split()) for b in _VOCABULARY.bylines if _starts_with(folded, b)), default=0
    )
    assert _VOCABULARY.byline_words(folded) == byline
