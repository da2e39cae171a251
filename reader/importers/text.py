"""Scraped plain-text articles: breadcrumb, title, lead, headed sections, and the chrome around.

A page saved as text keeps the site around the article: navigation crumbs on the first line
(often run together: "رئيسيشؤون دولية"), share and follow buttons, "related articles" blocks,
"back to top" links. `parse_text` tells these from the article by the shape of each line and the
vocabulary in vocabulary.toml, and keeps every line somewhere: in the article, or in `dropped`.

Rules, in order:
1. Each non-blank line is one unit (a paragraph, heading, title or crumb line); blank lines only
   separate, so files with and without blank lines between paragraphs read the same.
2. A line that is chrome by the vocabulary is dropped wherever it stands.
3. A block opener ("مقالات ذات صلة", "Related articles") near the end drops itself and the
   headline-like lines after it up to the end: the related-article titles.
4. The first remaining line is a breadcrumb when it has crumb separators, starts with a home
   word ("الرئيسية", "Home"), or is a very short label above a longer title.
5. The next line is the title, unless it reads as a paragraph (then the caller's fallback title
   is used and the line stays in the text). The title repeated below itself is dropped.
6. A heading is a short line followed by a paragraph: ending in ':' (the colon is removed), or,
   without a colon, one with no final punctuation followed by a clearly longer sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reader.document import Article, Section
from reader.importers.vocabulary import vocabulary
from reader.textdir import detect_language, text_direction
from reader.textnorm import fold_words

_SENTENCE_END = ".!?؟…"
_CONTINUES = "،,;؛"
_CLOSERS = "\"'”’»)]}›"
_COLONS = ":：﹕"
# Breadcrumb separators. Arrows separate with or without spaces ("Home>World"); "|", "/" and
# "\\" only with spaces around them, so "24/7" or "AC/DC" in a title are not split; guillemets
# only with spaces when the line has both kinds, which makes them quotation marks («حماس»).
_ARROWS = r">>|>|<|›|→|←"
_SPACED = r"\||/|\\"
_GUILLEMETS = r"»|«|‹"


def _separator_run(tight: str, spaced: str) -> str:
    """One or more separators in a row ("Home >> / World"), with the spaces around them;
    `spaced` ones count only with white space on both sides."""
    one = rf"(?:{tight}|(?<=\s)(?:{spaced})(?=\s))"
    return rf"\s*{one}(?:\s*{one})*\s*"


_SEPARATOR = re.compile(_separator_run(f"{_ARROWS}|{_GUILLEMETS}", _SPACED))
_SEPARATOR_QUOTED = re.compile(_separator_run(_ARROWS, f"{_SPACED}|{_GUILLEMETS}"))
_ANY_SEPARATOR = rf"(?:\s*(?:{_ARROWS}|{_GUILLEMETS}|{_SPACED}))+\s*"
_EDGE_SEPARATORS = re.compile(rf"^{_ANY_SEPARATOR}|{_ANY_SEPARATOR}$")
#: Endings that continue an Arabic word rather than start a crumb: "الرئيسيان" is "the two
#: presidents", not "الرئيسي" + "ان".
_ARABIC_SUFFIXES = frozenset(
    {"ا", "ان", "ين", "ون", "ة", "ه", "ات", "ي", "ية", "يون", "يين", "تان", "تين"}
)

_HEADING_MAX_WORDS = 10
_HEADING_MAX_CHARS = 90
_TITLE_MAX_WORDS = 30
_CRUMB_MAX_WORDS = 5
_RELATED_TITLE_MAX_WORDS = 25


@dataclass(frozen=True)
class _Line:
    number: int  # position among the input's non-blank lines
    text: str  # stripped of surrounding white space, otherwise as in the input
    key: str  # reader.textnorm.fold_words of the text

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def ends_sentence(self) -> bool:
        return self.text.rstrip(_CLOSERS).endswith(tuple(_SENTENCE_END))

    @property
    def ends_with_colon(self) -> bool:
        return self.text.endswith(tuple(_COLONS))

    @property
    def has_final_punctuation(self) -> bool:
        last = self.text[-1]
        return last in _SENTENCE_END or last in _CONTINUES or last in _CLOSERS or last in _COLONS

    @property
    def is_paragraph_like(self) -> bool:
        """Too long or too sentence-like to be a title."""
        return self.words > _TITLE_MAX_WORDS or (self.text.endswith(".") and self.words > 15)


def parse_text(text: str, *, fallback_title: str = "", source: str = "") -> Article:
    """Parse a scraped plain-text article (see the module docstring for the rules)."""
    lines = [
        _Line(n, stripped, fold_words(stripped))
        for n, stripped in enumerate(s for s in (raw.strip() for raw in text.splitlines()) if s)
    ]
    vocab = vocabulary()
    dropped = {line.number for line in lines if vocab.is_chrome(line.key, line.words)}
    related = _related_block_start(lines)
    if related is not None:
        dropped.update(line.number for line in lines[related:])
    content = [line for line in lines if line.number not in dropped]

    at = 0
    breadcrumb: tuple[str, ...] = ()
    if len(content) >= 3:
        breadcrumb = _breadcrumb(content[0], content[1])
        at = 1 if breadcrumb else 0

    title = fallback_title
    if at < len(content) and not content[at].is_paragraph_like:
        title = content[at].text
        at += 1
        if at < len(content) and content[at].key == content[at - 1].key:
            dropped.add(content[at].number)
            at += 1

    body = content[at:]
    sections = _sections(body)
    article_text = "\n".join([title, *(s.text() for s in sections)])
    return Article(
        title=title,
        breadcrumb=breadcrumb,
        sections=tuple(sections),
        dropped=tuple(line.text for line in lines if line.number in dropped),
        language=detect_language(article_text),
        direction=text_direction(article_text),
        source=source,
    )


def _breadcrumb(first: _Line, second: _Line) -> tuple[str, ...]:
    """The crumbs of `first` if it is a breadcrumb line above the title `second`, else ()."""
    if second.is_paragraph_like:
        return ()
    crumbs = _split_on_separators(first.text)
    if crumbs or first.has_final_punctuation:
        return crumbs
    run_together = _split_run_together(first.text)
    if run_together:
        return run_together
    # An unmarked label such as "Technology" above a clearly longer title.
    label = _EDGE_SEPARATORS.sub("", first.text)
    has_letters = any(c.isalpha() for c in label)
    if has_letters and len(label.split()) <= 2 and second.words >= first.words + 3:
        return (label,)
    return ()


def _split_on_separators(text: str) -> tuple[str, ...]:
    """Crumbs split on separators ("Home › World"), separators at either end left out; ()
    unless that gives two or more short crumbs that are not sentences."""
    separator = _SEPARATOR_QUOTED if "«" in text and "»" in text else _SEPARATOR
    parts = [
        _EDGE_SEPARATORS.sub("", p).strip() for p in separator.split(_EDGE_SEPARATORS.sub("", text))
    ]
    if len(parts) < 2 or not all(parts):
        return ()
    if any(len(p.split()) > _CRUMB_MAX_WORDS or p[-1] in _SENTENCE_END for p in parts):
        return ()
    return tuple(parts)


def _split_run_together(text: str) -> tuple[str, ...]:
    """Split crumbs a site printed without separators: "الرئيسيةأخباركرة القدم"."""
    vocab = vocabulary()
    home = next((h for h in vocab.home if text.startswith(h)), None)
    if home is None:
        return ()
    crumbs = [home]
    rest = text[len(home) :]
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


def _related_block_start(lines: list[_Line]) -> int | None:
    """Where a trailing related-articles block begins in `lines`, if there is one.

    Walking back from the end over headline-like lines (no final sentence punctuation), the
    earliest line that opens a chrome block ("Related articles") starts the block; only a block
    after some sentence of the article counts, so a short text is never emptied.
    """
    vocab = vocabulary()
    start = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if vocab.opens_block(line.key):
            start = i
        elif vocab.is_chrome(line.key, line.words):
            continue
        elif line.ends_sentence or line.words > _RELATED_TITLE_MAX_WORDS:
            return start
    return None


def _sections(body: list[_Line]) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for i, line in enumerate(body):
        following = body[i + 1] if i + 1 < len(body) else None
        title = _heading_text(line, following)
        if title is None:
            paragraphs.append(line.text)
            continue
        if heading is not None or paragraphs:
            sections.append(Section(heading, tuple(paragraphs)))
        heading, paragraphs = title, []
    if heading is not None or paragraphs:
        sections.append(Section(heading, tuple(paragraphs)))
    return sections


def _heading_text(line: _Line, following: _Line | None) -> str | None:
    """The heading `line` stands for (without its final colon), or None if it is a paragraph."""
    if following is None or following.ends_with_colon:
        return None
    if line.ends_with_colon:
        text = line.text[:-1].rstrip()
        if not text or text.endswith(tuple(_COLONS)):
            return None
        if len(text.split()) > _HEADING_MAX_WORDS or len(text) > _HEADING_MAX_CHARS:
            return None
        if vocabulary().is_byline(line.key):
            return None
        return text
    if line.has_final_punctuation:
        return None
    if line.words > _HEADING_MAX_WORDS or len(line.text) > _HEADING_MAX_CHARS:
        return None
    # Without a colon only a clear contrast makes a heading: a full sentence after it.
    if following.ends_sentence and following.words >= 2 * line.words + 4:
        return line.text
    return None
