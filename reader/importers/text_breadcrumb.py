"""The breadcrumb line above a scraped plain-text article's title: crumbs parted by separators
("Home › World", "الرئيسية / أخبار"), run together by the scrape ("الرئيسيةأخباركرة القدم"), or
a bare section label above a longer title ("Technology"). Also the separators themselves, which
the chrome check looks past ("Read more ›")."""

from __future__ import annotations

import functools
import re
import unicodedata

from reader.importers.text_lines import COLONS, CONTINUES, SENTENCE_END, Line
from reader.importers.text_lists import BULLET, numbering
from reader.importers.text_metadata import is_metadata
from reader.importers.vocabulary import vocabulary

__all__ = ["EDGE_SEPARATORS", "SEPARATOR_CHARACTERS", "crumbs_above_title", "split_on_separators"]

# Breadcrumb separators. Arrows separate with or without spaces ("Home>World"); "|", "/" and
# "\\" only with spaces around them, so "24/7" or "AC/DC" in a title are not split, except on a
# line that starts with a home word and a slash ("Home/News"); guillemets only with spaces when
# the line has both kinds, which makes them quotation marks («حماس»).
_ARROWS = r">>|>|<|›|→|←"
_SPACED = r"\||/|\\"
_GUILLEMETS = r"»|«|‹"


def _separator_run(tight: str, spaced: str | None = None) -> str:
    """One or more separators in a row ("Home >> / World"), with the spaces around them;
    `spaced` ones count only with white space on both sides."""
    one = rf"(?:{tight}|(?<=\s)(?:{spaced})(?=\s))" if spaced else rf"(?:{tight})"
    return rf"\s*{one}(?:\s*{one})*\s*"


_SEPARATOR = re.compile(_separator_run(f"{_ARROWS}|{_GUILLEMETS}", _SPACED))
_SEPARATOR_QUOTED = re.compile(_separator_run(_ARROWS, f"{_SPACED}|{_GUILLEMETS}"))
_SEPARATOR_SLASHED = re.compile(_separator_run(f"{_ARROWS}|{_GUILLEMETS}|{_SPACED}"))
_ANY_SEPARATOR = rf"(?:\s*(?:{_ARROWS}|{_GUILLEMETS}|{_SPACED}))+\s*"
#: Separators at the start or the end of a line.
EDGE_SEPARATORS = re.compile(rf"^{_ANY_SEPARATOR}|{_ANY_SEPARATOR}$")
#: The characters a separator (`_ANY_SEPARATOR`) can start or end with, white space aside.
SEPARATOR_CHARACTERS = frozenset("><›→←»«‹|/\\")

#: Endings that continue an Arabic word rather than start a crumb: "الرئيسيان" is "the two
#: presidents", not "الرئيسي" + "ان"; "أخبارنا" is "our news".
_ARABIC_SUFFIXES = frozenset(
    {"ا", "ان", "ين", "ون", "ة", "ه", "ات", "ي", "ية", "يون", "يين", "تان", "تين"}
    | {"ك", "كم", "كما", "كن", "نا", "ها", "هم", "هما", "هن", "وا"}
)
#: Arabic-script letters that do not join the letter after them: a crumb ending in one of
#: them and run together with the next ("أخبار" + "كرة القدم") still shows as two words.
_NON_JOINING = frozenset("اأإآٱدذرزوؤةءژ")

_CRUMB_MAX_WORDS = 5


def crumbs_above_title(first: Line, second: Line) -> tuple[str, ...]:
    """The crumbs of `first` if it is a breadcrumb line above the title `second`, else ()."""
    if second.is_paragraph_like:
        return ()
    crumbs = split_on_separators(first.text)
    if crumbs or first.has_final_punctuation:
        return crumbs
    run_together = _split_run_together(first.text)
    if run_together:
        return run_together
    # An unmarked label such as "Technology" above a clearly longer title: one that reads as
    # a title, not as the first sentence, heading, byline or list item of a short-titled text.
    label = EDGE_SEPARATORS.sub("", first.text)
    has_letters = any(c.isalpha() for c in label)
    if label and label[-1] in SENTENCE_END + CONTINUES + COLONS:
        return ()  # "أخبار ; >": punctuation, not a crumb, before the separator
    if has_letters and len(label.split()) <= 2 and second.words >= first.words + 3:
        return (label,) if _reads_as_title(second) else ()
    return ()


def _reads_as_title(line: Line) -> bool:
    """Whether a line under a possible section label could be a title: not a sentence, a line
    ending in a colon, a byline or date, or a list item."""
    return not (
        line.ends_sentence
        or line.ends_with_colon
        or is_metadata(line)
        or numbering(line) is not None
        or BULLET.match(line.text)
    )


def split_on_separators(text: str) -> tuple[str, ...]:
    """Crumbs split on separators ("Home › World"), separators at either end left out; ()
    unless that gives two or more short crumbs that are not sentences."""
    if "«" in text and "»" in text:
        separator = _SEPARATOR_QUOTED
    elif _home_and_slash().match(text):
        separator = _SEPARATOR_SLASHED
    else:
        separator = _SEPARATOR
    parts = [
        EDGE_SEPARATORS.sub("", p).strip() for p in separator.split(EDGE_SEPARATORS.sub("", text))
    ]
    if len(parts) < 2 or not all(parts):
        return ()
    if any(len(p.split()) > _CRUMB_MAX_WORDS or p[-1] in SENTENCE_END for p in parts):
        return ()
    return tuple(parts)


@functools.cache
def _home_and_slash() -> re.Pattern[str]:
    """A line that starts with a home word and a slash ("Home/News", "الرئيسية / أخبار")."""
    homes = "|".join(re.escape(home) for home in vocabulary().home)
    return re.compile(rf"(?:{homes})\s*[/\\]" if homes else "(?!)")


def _split_run_together(text: str) -> tuple[str, ...]:
    """Split crumbs a site printed without separators: "الرئيسيةأخباركرة القدم", or without
    a home word where the run is plain to see: "أخباركرة القدم"."""
    vocab = vocabulary()
    first = next((h for h in vocab.home if text.startswith(h)), None)
    if first is None:
        first = next(
            (c for c in vocab.crumbs if text.startswith(c) and _runs_on_visibly(c, text[len(c) :])),
            None,
        )
        if first is None:
            return ()
    crumbs = [first]
    rest = text[len(first) :]
    if not rest:
        return tuple(crumbs)
    if not _starts_new_crumb(rest):
        return ()  # "Home prices rise", "Homeless": the home word is part of a title
    if rest[0].isupper() and not any(rest.startswith(c) for c in vocab.crumbs):
        return ()  # "HomePod": in a script with case, only known crumbs run together
    while True:
        crumb = next(
            (c for c in vocab.crumbs if rest.startswith(c) and _starts_new_crumb(rest[len(c) :])),
            None,
        )
        if crumb is None:
            break
        crumbs.append(crumb)
        rest = rest[len(crumb) :]
    if len(rest.split()) > _CRUMB_MAX_WORDS:
        return ()
    rest = EDGE_SEPARATORS.sub("", rest)  # "أخبارالحكومة|": a separator left at the end
    if rest:
        crumbs.append(rest)
    return tuple(crumbs)


def _starts_new_crumb(rest: str) -> bool:
    """Whether text run on after a known crumb begins another crumb rather than the word's end:
    it must start at once (no space), in scripts with case with a capital, and not be an
    Arabic word ending."""
    if not rest or rest[0].isspace() or rest[0].islower() or rest[0] in "-_":
        return False
    if unicodedata.category(rest[0]).startswith("M"):
        return False  # a mark (shadda, a vowel) belongs to the letter before it
    return rest.split(maxsplit=1)[0] not in _ARABIC_SUFFIXES


def _runs_on_visibly(crumb: str, rest: str) -> bool:
    """Whether a section name with `rest` run on after it reads as two crumbs without a home
    word before them: the next is a known crumb too, or the name ends in an Arabic letter that
    does not join the next one ("أخباركرة" shows as "أخبار كرة"; "فنادق" is one word)."""
    if not _starts_new_crumb(rest):
        return False
    return crumb[-1] in _NON_JOINING or any(rest.startswith(c) for c in vocabulary().crumbs)
