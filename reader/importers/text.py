"""Scraped plain-text articles: breadcrumb, title, lead, headed sections, and the chrome around.

A page saved as text keeps the site around the article: navigation crumbs on the first line
(often run together: "رئيسيشؤون دولية"), share and follow buttons, view counters and "time ago"
stamps, "related articles" blocks, "back to top" links. `parse_text` tells these from the
article by the shape of each line and the vocabulary in vocabulary.toml, and keeps every line
somewhere: in the article, or in `dropped`. Where it is unsure, a line stays in the text.

Rules, in order:
1. Each non-blank line is one unit (a paragraph, heading, title or crumb line); blank lines only
   separate, so files with and without blank lines between paragraphs read the same.
2. A line that is chrome by the vocabulary is dropped wherever it stands: a phrase ("شارك"),
   a short line starting with one ("Follow us on …"), a stamp ("منذ 3 ساعات", "1,234 views"),
   or several of these joined by "|" or "·"; arrows around it do not matter ("Read more ›").
3. A block opener ("مقالات ذات صلة", "Related articles") near the end drops itself and the
   headline-like lines after it up to the end: the related-article titles. In the middle of
   the article ("اقرأ أيضاً:" between paragraphs) it drops the headline-like lines right after
   it, its links; of two or more, the last stays if it reads as a heading of what follows.
4. The first remaining line is a breadcrumb when it has crumb separators, starts with a home
   word ("الرئيسية", "Home"), starts with a section name visibly run together with the next
   crumb ("أخباركرة القدم"), or is a very short label above a longer title (one that does
   not end like a sentence or a heading, and is no byline, date or list item).
5. The next line is the title, unless it reads as a paragraph (then the caller's fallback title
   is used and the line stays in the text). The title repeated below itself is dropped, as
   often as it is repeated.
6. A heading is a short line followed by what it heads (a paragraph, or a list):
   - ending in ':' (the colon is removed), unless it introduces a quotation, or is a sentence
     of more than three words introducing a list ("وتشمل الخطة ثلاث مراحل:");
   - numbered ("1- …", "١. …", "أولاً: …"; kept whole), unless a line next to it is numbered
     the same way: then they are the items of a list;
   - otherwise, one with no final punctuation, no colon inside ("label: value") and no table
     cells ("a | b") followed by a clearly longer sentence.
   Bylines ("كتب - فلان :", "By …"), labelled metadata ("نشر بتاريخ: …", "Photo: …") and dates
   are never headings, and neither are the items of a list introduced by a line ending in ':'.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from reader.document import Article, Section
from reader.importers.vocabulary import vocabulary
from reader.textdir import language_and_direction
from reader.textnorm import fold_words, fold_words_each

_T = TypeVar("_T")

_SENTENCE_END = ".!?؟…"
_CONTINUES = "،,;؛"
_CLOSERS = "\"'”’»)]}›"
_OPENING_QUOTES = "\"'“‘«‹„"
_COLONS = ":：﹕"
_SENTENCE_ENDINGS = tuple(_SENTENCE_END)
_COLON_ENDINGS = tuple(_COLONS)
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
_EDGE_SEPARATORS = re.compile(rf"^{_ANY_SEPARATOR}|{_ANY_SEPARATOR}$")
#: Endings that continue an Arabic word rather than start a crumb: "الرئيسيان" is "the two
#: presidents", not "الرئيسي" + "ان"; "أخبارنا" is "our news".
_ARABIC_SUFFIXES = frozenset(
    {"ا", "ان", "ين", "ون", "ة", "ه", "ات", "ي", "ية", "يون", "يين", "تان", "تين"}
    | {"ك", "كم", "كما", "كن", "نا", "ها", "هم", "هما", "هن", "وا"}
)
#: Arabic-script letters that do not join the letter after them: a crumb ending in one of
#: them and run together with the next ("أخبار" + "كرة القدم") still shows as two words.
_NON_JOINING = frozenset("اأإآٱدذرزوؤةءژ")

#: The characters a separator (`_ANY_SEPARATOR`) can start or end with, white space aside.
_SEPARATOR_CHARACTERS = frozenset("><›→←»«‹|/\\")
#: Several chrome pieces on one line: "منذ 3 ساعات | 1234 مشاهدة", "2 hours ago · 1,234 views".
_JOINERS = "|·•"
_CHROME_JOINER = re.compile(rf"\s+[{_JOINERS}]\s+")
#: Cells of a table row: "الفريق | النقاط".
_TABLE_ROW = re.compile(r"\s\|\s")
#: A bullet at the start of a line: symbols at once, dashes and "*" before a space.
_BULLET = re.compile(r"[•·▪◦●■►▸‣⁃]|[-–—*](?=\s)")
#: A number counting a line: "1- " "١- " "1-مقدمة" "2. " "3) " "(4) ". Not "10-year" nor "3.5%".
_NUMBER = re.compile(r"\(\d{1,3}\)|\d{1,3}\s*[-–—](?=\s|[^\x00-\x7f])|\d{1,3}[.)](?=\s)")
#: A letter counting a line: "أ- " "b) ".
_LETTER = re.compile(r"[^\W\d_]\s*[-–—)](?=\s)")
#: A word and a separator opening a line: an ordinal when the vocabulary says so ("أولاً: …").
_ORDINAL = re.compile(r"([^\s:：﹕\-–—.)]+)\s*(?:[:：﹕]|[-–—.)](?=\s))")
#: The words before a line's first colon, and the text after it ("المصدر: رويترز").
_LABEL = re.compile(r"([^:：﹕]*?)\s*[:：﹕](?!//)\s*(.*)")

_HEADING_MAX_WORDS = 10
_HEADING_MAX_CHARS = 90
_TITLE_MAX_WORDS = 30
_CRUMB_MAX_WORDS = 5
_RELATED_TITLE_MAX_WORDS = 25
#: A colon line of more words than this, above a list, is a sentence introducing the list.
_LIST_HEADING_MAX_WORDS = 3
#: The label of a "label: value" list line ("حراسة المرمى: بيكفورد.") is this short.
_LIST_LABEL_MAX_WORDS = 5
#: Unmarked list lines (bullets lost in the scrape) are this short.
_LIST_ITEM_MAX_WORDS = 12


class _Line:
    """One non-blank line. What is asked of a line is worked out once (here, and in
    `answers` by `_per_line`): a line is looked at again as the line above, at and below a
    heading."""

    __slots__ = ("_words", "answers", "ends_sentence", "ends_with_colon", "key", "number", "text")

    def __init__(self, number: int, text: str, key: str) -> None:
        self.number = number  # position among the input's non-blank lines
        self.text = text  # stripped of surrounding white space, otherwise as in the input
        self.key = key  # reader.textnorm.fold_words of the text
        self.ends_sentence = text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDINGS)
        self.ends_with_colon = text.endswith(_COLON_ENDINGS)
        self._words = -1
        self.answers: dict[str, object] = {}

    @property
    def words(self) -> int:
        if self._words < 0:
            self._words = len(self.text.split())
        return self._words

    @property
    def has_final_punctuation(self) -> bool:
        last = self.text[-1]
        return last in _SENTENCE_END or last in _CONTINUES or last in _CLOSERS or last in _COLONS

    @property
    def is_paragraph_like(self) -> bool:
        """Too long or too sentence-like to be a title."""
        return self.words > _TITLE_MAX_WORDS or (self.text.endswith(".") and self.words > 15)

    @property
    def is_headline_like(self) -> bool:
        """Shaped like a link to another article: short, and not ending a sentence or clause."""
        return (
            self.words <= _RELATED_TITLE_MAX_WORDS
            and not self.ends_sentence
            and not self.ends_with_colon
            and self.text[-1] not in _CONTINUES
        )


def parse_text(text: str, *, fallback_title: str = "", source: str = "") -> Article:
    """Parse a scraped plain-text article (see the module docstring for the rules)."""
    texts = [s for s in (raw.strip() for raw in text.splitlines()) if s]
    keys = fold_words_each(texts)
    lines = [_Line(n, *line) for n, line in enumerate(zip(texts, keys, strict=True))]
    chrome = {line.number for line in lines if _is_chrome(line)}
    dropped = set(chrome)
    related = _related_block_start(lines, chrome)
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
        # Every copy of it right below (a site may print it two or three times): a copy left
        # in the text would be taken for the title's repetition when the text is read again.
        while at < len(content) and content[at].key == content[at - 1].key:
            dropped.add(content[at].number)
            at += 1

    body = content[at:]
    if body:
        links = _widget_links(lines, body)
        dropped.update(links)
        body = [line for line in body if line.number not in links]
    sections = _sections(body)
    language, direction = language_and_direction("\n".join([title, *(s.text() for s in sections)]))
    return Article(
        title=title,
        breadcrumb=breadcrumb,
        sections=tuple(sections),
        dropped=tuple(line.text for line in lines if line.number in dropped),
        language=language,
        direction=direction,
        source=source,
    )


# --- Chrome -----------------------------------------------------------------------------------


def _is_chrome(line: _Line) -> bool:
    """Whether the line is site chrome by the vocabulary, alone or as pieces joined by '|',
    with or without arrows around it ("Read more ›", "Share >>")."""
    vocab = vocabulary()
    if vocab.is_chrome(line.key):
        return True
    text = line.text
    # A line (stripped of white space) has separators at an end only if it starts or ends
    # with one, and pieces joined only if it holds a joiner: most lines have neither.
    if text[0] in _SEPARATOR_CHARACTERS or text[-1] in _SEPARATOR_CHARACTERS:
        bare = _EDGE_SEPARATORS.sub("", text)
        if bare != text and vocab.is_chrome(fold_words(bare)):
            return True
    if not any(joiner in text for joiner in _JOINERS):
        return False
    pieces = _CHROME_JOINER.split(text)
    return len(pieces) > 1 and all(vocab.is_chrome(fold_words(piece)) for piece in pieces)


def _related_block_start(lines: list[_Line], chrome: set[int]) -> int | None:
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
        elif line.number in chrome:
            continue
        elif line.ends_sentence or line.words > _RELATED_TITLE_MAX_WORDS:
            return start
    return None


def _widget_links(lines: list[_Line], body: list[_Line]) -> set[int]:
    """The links listed under block openers inside the body ("اقرأ أيضاً:" and a headline):
    the headline-like lines right after each opener, except that of two or more the last
    stays when it reads as a heading of the line below it."""
    vocab = vocabulary()
    links: set[int] = set()
    for opener in lines:
        if opener.number < body[0].number or not vocab.opens_block(opener.key):
            continue
        first = next((i for i, line in enumerate(body) if line.number > opener.number), None)
        if first is None:
            continue
        end = first
        while end < len(body) and body[end].is_headline_like:
            end += 1
        if end - first > 1 and _heading_text(body, end - 1) is not None:
            end -= 1
        links.update(line.number for line in body[first:end])
    return links


# --- Breadcrumb -------------------------------------------------------------------------------


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
    # An unmarked label such as "Technology" above a clearly longer title: one that reads as
    # a title, not as the first sentence, heading, byline or list item of a short-titled text.
    label = _EDGE_SEPARATORS.sub("", first.text)
    has_letters = any(c.isalpha() for c in label)
    if label and label[-1] in _SENTENCE_END + _CONTINUES + _COLONS:
        return ()  # "أخبار ; >": punctuation, not a crumb, before the separator
    if has_letters and len(label.split()) <= 2 and second.words >= first.words + 3:
        return (label,) if _reads_as_title(second) else ()
    return ()


def _reads_as_title(line: _Line) -> bool:
    """Whether a line under a possible section label could be a title: not a sentence, a line
    ending in a colon, a byline or date, or a list item."""
    return not (
        line.ends_sentence
        or line.ends_with_colon
        or _is_metadata(line)
        or _numbering(line) is not None
        or _BULLET.match(line.text)
    )


def _split_on_separators(text: str) -> tuple[str, ...]:
    """Crumbs split on separators ("Home › World"), separators at either end left out; ()
    unless that gives two or more short crumbs that are not sentences."""
    if "«" in text and "»" in text:
        separator = _SEPARATOR_QUOTED
    elif _home_and_slash().match(text):
        separator = _SEPARATOR_SLASHED
    else:
        separator = _SEPARATOR
    parts = [
        _EDGE_SEPARATORS.sub("", p).strip() for p in separator.split(_EDGE_SEPARATORS.sub("", text))
    ]
    if len(parts) < 2 or not all(parts):
        return ()
    if any(len(p.split()) > _CRUMB_MAX_WORDS or p[-1] in _SENTENCE_END for p in parts):
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
    rest = _EDGE_SEPARATORS.sub("", rest)  # "أخبارالحكومة|": a separator left at the end
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


# --- Lines that are not headings: metadata and lists ------------------------------------------


def _per_line(question: Callable[[_Line], _T]) -> Callable[[_Line], _T]:
    """`question`, answered once for each line (in `_Line.answers`)."""
    name = question.__name__

    @functools.wraps(question)
    def answer(line: _Line) -> _T:
        answers = line.answers
        if name in answers:
            return cast(_T, answers[name])
        found = answers[name] = question(line)
        return found

    return answer


@_per_line
def _label(line: _Line) -> tuple[str, str] | None:
    """The words before a line's first colon and the text after it, if it has a colon."""
    text = line.text
    if ":" not in text and "：" not in text and "﹕" not in text:  # _COLONS
        return None
    match = _LABEL.fullmatch(text)
    return (match[1], match[2]) if match else None


@_per_line
def _is_metadata(line: _Line) -> bool:
    """A byline ("By …", "كتب - فلان :"), a labelled line ("نشر بتاريخ: …", "Photo: …") or a
    date: the article's own words, but never a heading."""
    vocab = vocabulary()
    if vocab.is_date(line.key):
        return True
    if _has_label(line):
        return True
    opening = vocab.byline_words(line.key)
    if not opening:
        return False
    # In a script with case a name follows: "By Jane Doe", not "By the numbers".
    words = re.findall(r"\w+", line.text)
    return len(words) <= opening or not words[opening][0].islower()


@_per_line
def _has_label(line: _Line) -> bool:
    """Whether the words before the line's first colon are a metadata label ("Photo: …")."""
    label = _label(line)
    return label is not None and vocabulary().is_label(fold_words(label[0]))


def _is_bare_label(line: _Line) -> bool:
    """A metadata label alone on its line, its value on the next: "نشر بتاريخ:", "Photo:"."""
    label = _label(line)
    return label is not None and not label[1] and _has_label(line)


@_per_line
def _numbering(line: _Line) -> str | None:
    """How the line is numbered: "number" ("1- ", "(2)"), "letter" ("أ- "), "ordinal"
    ("أولاً: "), or None."""
    if _NUMBER.match(line.text):
        return "number"
    if _LETTER.match(line.text):
        return "letter"
    ordinal = _ORDINAL.match(line.text)
    if ordinal and vocabulary().is_ordinal(fold_words(ordinal[1])):
        return "ordinal"
    return None


@_per_line
def _item_kind(line: _Line) -> str | None:
    """What marks the line as a list item: a bullet, its numbering, or a short label before a
    colon ("حراسة المرمى: بيكفورد."); None for an unmarked line."""
    if _BULLET.match(line.text):
        return "bullet"
    numbering = _numbering(line)
    if numbering is not None:
        return numbering
    label = _label(line)
    if label is not None and label[1]:
        words = len(label[0].split())
        if 0 < words <= _LIST_LABEL_MAX_WORDS and any(c.isalpha() for c in label[0]):
            return "label"
    return None


def _is_unmarked_item(line: _Line) -> bool:
    return (
        line.words <= _LIST_ITEM_MAX_WORDS and not line.ends_with_colon and _item_kind(line) is None
    )


def _starts_list(body: list[_Line], at: int) -> bool:
    """Whether a list starts at body[at]: a marked item, or two short unmarked lines."""
    if at >= len(body):
        return False
    if _item_kind(body[at]) is not None:
        return True
    return at + 1 < len(body) and _is_unmarked_item(body[at]) and _is_unmarked_item(body[at + 1])


def _introduces_list(body: list[_Line], at: int) -> bool:
    """Whether body[at] is a sentence ending in ':' above a list ("وتشمل الخطة ثلاث مراحل:")."""
    line = body[at]
    return (
        line.ends_with_colon
        # Words before the colon: "الخطة :" is one word, as "الخطة:" is.
        and len(line.text[:-1].split()) > _LIST_HEADING_MAX_WORDS
        and not _is_metadata(line)
        and _starts_list(body, at + 1)
    )


def _list_continues(first: _Line) -> Callable[[_Line], bool]:
    """Whether a line goes on the list that `first` starts: the same marks, or none."""
    kind = _item_kind(first)
    if kind is None:
        return _is_unmarked_item
    return lambda line: _item_kind(line) == kind


# --- Sections and headings --------------------------------------------------------------------


def _sections(body: list[_Line]) -> list[Section]:
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    in_list: Callable[[_Line], bool] | None = None
    for i, line in enumerate(body):
        if in_list is not None and in_list(line):
            paragraphs.append(line.text)
            continue
        in_list = None
        if line.ends_with_colon and _starts_list(body, i + 1):
            in_list = _list_continues(body[i + 1])
        title = _heading_text(body, i)
        if title is None:
            paragraphs.append(line.text)
            continue
        if heading is not None or paragraphs:
            sections.append(Section(heading, tuple(paragraphs)))
        heading, paragraphs = title, []
    if heading is not None or paragraphs:
        sections.append(Section(heading, tuple(paragraphs)))
    return sections


def _heading_text(body: list[_Line], at: int) -> str | None:
    """The heading body[at] stands for (without its final colon), or None if it is not one."""
    line = body[at]
    following = body[at + 1] if at + 1 < len(body) else None
    previous = body[at - 1] if at > 0 else None
    if following is None or len(line.text) > _HEADING_MAX_CHARS:
        return None
    if _is_metadata(line) or (previous is not None and _is_bare_label(previous)):
        return None  # metadata, or the value under a label standing alone ("Updated:")
    text = line.text[:-1].rstrip() if line.ends_with_colon else line.text
    if not text or text.endswith(tuple(_COLONS)) or len(text.split()) > _HEADING_MAX_WORDS:
        return None
    if line.ends_with_colon and following.text[0] in _OPENING_QUOTES:
        return None  # "He said:" above a quotation

    numbering = _numbering(line)
    if numbering is not None:
        neighbours = [following] if previous is None else [previous, following]
        if any(_numbering(n) == numbering for n in neighbours):
            return None  # an item of a numbered list
        if line.ends_sentence:
            return None
        if following.ends_sentence or _introduces_list(body, at + 1) or _item_kind(following):
            return text
        return None

    if line.ends_with_colon:
        if following.ends_with_colon:
            return text if _introduces_list(body, at + 1) else None
        if _starts_list(body, at + 1) and len(text.split()) > _LIST_HEADING_MAX_WORDS:
            return None  # a sentence introducing a list
        return text

    if line.has_final_punctuation or _item_kind(line) is not None or _label(line) is not None:
        return None
    if _TABLE_ROW.search(line.text):
        return None  # a table's row, its cells joined by " | " (as every importer writes them)
    # Without a colon or a number only a clear contrast makes a heading: a full sentence after.
    if following.ends_sentence and following.words >= 2 * line.words + 4:
        return text
    return None


# --- Questions a writer of plain text asks (reader.export.plaintext) --------------------------


def crumbs_of(line: str) -> tuple[str, ...]:
    """The crumbs a first line splits into at its separators; () when it does not, or when it
    is site chrome ("© › News" is a copyright line)."""
    text = line.strip()
    if not text or _is_chrome(_Line(0, text, fold_words(text))):
        return ()
    return _split_on_separators(text)


def list_items(lines: Sequence[str]) -> int:
    """How many of `lines`, under a line ending in ':', read as the items of a list it opens
    (0 when they open none): each is then text, even one shaped like a heading."""
    texts = [text.strip() for text in lines if text.strip()]
    body = [_Line(n, text, fold_words(text)) for n, text in enumerate(texts)]
    if not _starts_list(body, 0):
        return 0
    continues = _list_continues(body[0])
    return next((n for n, line in enumerate(body) if not continues(line)), len(body))


def heading_of(line: str, below: Sequence[str] = (), above: str = "") -> str | None:
    """The heading `line` reads as in an article's body, under the line `above` ("": the
    first line of the body) and above the lines `below`; None when it reads as a paragraph
    (or as site chrome)."""
    texts = [text.strip() for text in (above, line, *below[:3])]
    body = [_Line(n, text, fold_words(text)) for n, text in enumerate(texts) if text]
    at = 1 if texts[0] else 0
    if not texts[1] or _is_chrome(body[at]):
        return None
    if at and body[0].ends_with_colon and _starts_list(body, at):
        return None  # an item of the list the line above introduces
    return _heading_text(body, at)
