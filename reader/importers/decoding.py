"""From a file's bytes to its text: Unicode with or without a byte-order mark, and the legacy
Arabic code pages (Windows-1256, ISO-8859-6) that older Arabic sites and editors still produce.

Order of trust:
1. A byte-order mark names the encoding.
2. Known binary formats (images, PDF, archives) are refused by their signature.
3. NUL bytes mean UTF-16 without a mark, or binary data.
4. Bytes that are valid UTF-8 are UTF-8 (no legacy code page produces long valid UTF-8 by
   accident). Bytes that are UTF-8 in places (a run of multi-byte characters, or more valid
   sequences than bad bytes) but not throughout are refused as damaged or mixed: reading them
   in a legacy code page would turn their UTF-8 part into mojibake. Bytes with many control
   characters in any single-byte reading are binary data.
5. An encoding the document declares (an HTML `charset`), if its bytes decode under it.
6. The Arabic code pages, when one of them gives Arabic text. The two map the same bytes to
   different Arabic letters (ISO-8859-6's "ل" is Windows-1256's "ن"), so each reading is scored
   by how often its letters occur in Arabic and whether they stand where Arabic puts them
   (no vowel mark at the start of a word, "ة" and "ى" only at its end); the wrong code page
   turns common letters into rare ones and Latin accents. Statistical detectors are unreliable
   on a short Arabic line, which is why this comes before them.
7. charset-normalizer for the rest (Hebrew, Cyrillic, Greek, Central European...). It tells
   the language far better than the code page: it reads French as Windows-1250 ("très" as
   "trčs"), even in a long text, and a short one as anything at all. So when it finds a
   language written in Windows-1252, or none, and the Windows-1252 reading is Latin text with a
   few accented letters, that reading wins.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from pathlib import Path

from reader import reasons
from reader.errors import ArticleFileError

__all__ = ["binary_kind", "decode_text"]

#: Byte-order marks and the codecs they announce, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: File signatures of formats people mistake for text files, and what to call them. Those that
#: are letters a text could start with ("ID3 tags", "RIFF") take the binary bytes after them
#: too.
_SIGNATURES = tuple(
    (re.compile(signature, re.DOTALL), kind)
    for signature, kind in (
        (rb"\x89PNG\r\n\x1a\n", reasons.PNG),
        (rb"\xff\xd8\xff", reasons.JPEG),
        (rb"GIF8[79]a", reasons.GIF),
        (rb"RIFF....(?:WEBP|WAVE|AVI )", reasons.RIFF),
        (rb"%PDF-\d", reasons.PDF),
        (rb"PK\x03\x04", reasons.ZIP),
        (rb"\x1f\x8b", reasons.GZIP),
        (rb"7z\xbc\xaf\x27\x1c", reasons.SEVEN_ZIP),
        (rb"\x7fELF", reasons.ELF),
        (rb"SQLite format 3\x00", reasons.SQLITE),
        (rb"ID3[\x02-\x04]\x00", reasons.MP3),
        (rb"OggS\x00", reasons.OGG),
    )
)

_ARABIC_CODEPAGES = ("cp1256", "iso8859_6")
#: Characters neither for nor against an Arabic reading: both code pages have them, and so do
#: Latin ones.
_NEUTRAL = frozenset("\u00a0«»÷")
#: Rough shares (per cent) of the Arabic letters in running text; the letters of Persian and
#: Urdu that Windows-1256 also has count as rare. What the scoring needs is only that common
#: letters score above rare ones: the wrong code page turns "ل", "م", "ن" and "ي" into other
#: letters, Latin accents or vowel marks.
_LETTER_SHARES = """
    ا:12 ل:11 ي:7 م:6 و:5.5 ن:5.5 ر:4.5 ب:4 ت:4 ع:3.5 ة:3 ه:3 د:3 س:2.5 ف:2.5 ك:2.5 ق:2.3
    أ:2 ح:2 ج:1.5 ى:1.2 ط:1.2 ش:1.1 إ:1 ص:1 خ:0.8 ذ:0.8 ض:0.7 ز:0.5 ث:0.5 ء:0.5 ئ:0.5 غ:0.4
    ظ:0.3 ؤ:0.2 آ:0.1 پ:0.1 چ:0.1 ژ:0.1 گ:0.1 ک:0.1 ھ:0.1 ے:0.1 ہ:0.1 ں:0.1 ٹ:0.1 ڈ:0.1
    ڑ:0.1 ۀ:0.1
"""
_ARABIC_LETTERS = {item[0]: float(item[2:]) for item in _LETTER_SHARES.split()}
_ARABIC_PUNCTUATION = frozenset("،؛؟")
_VOWEL_MARKS = frozenset(chr(code) for code in range(0x064B, 0x0653))
#: Letters that end an Arabic word and never stand inside one.
_WORD_FINAL = frozenset("ةى")
_RARE = 0.001  # per cent: what any other character scores in an Arabic reading
#: What a word starting with the article "ال" adds to a reading's score: the commonest start of
#: an Arabic word, which each code page read as the other turns into "ان" or "اف".
_ARTICLE_BONUS = 1.5
#: What the Windows-1256 reading starts with: it is far more common than ISO-8859-6, so a near
#: tie (a word or two that read as Arabic either way) goes to it.
_CP1256_PRIOR = 0.7
_LETTER_RUN = re.compile(r"[^\W\d_]+")
#: A valid UTF-8 multi-byte character.
_UTF8_CHAR = (
    rb"(?:[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2})"
)
#: Three UTF-8 multi-byte characters in a row: a UTF-8 word. A single-byte code page almost
#: never makes one by accident, its letters being lead bytes with no continuation after them.
_UTF8_WORD = re.compile(_UTF8_CHAR + rb"{3}")
#: Languages charset-normalizer names that are written in Windows-1252 ("Unknown": too little
#: text to tell).
_WESTERN_LANGUAGES = frozenset(
    {
        "English",
        "French",
        "German",
        "Spanish",
        "Portuguese",
        "Italian",
        "Dutch",
        "Danish",
        "Norwegian",
        "Swedish",
        "Finnish",
        "Indonesian",
        "Unknown",
    }
)
#: Non-letters a Windows-1252 text may have: typographic quotes and dashes, symbols.
_WESTERN_SYMBOLS = frozenset("\u00a0‘’‚“”„–—…•€£¥©®°±«»·¿¡§¶ªº×÷½¼¾²³¹µ™†‡‰‹›¢")
#: The largest share of accented letters among a Latin text's letters.
_MAX_ACCENTED_SHARE = 0.3
#: The largest share of C0 control characters (other than tab, line and page breaks) that text
#: may have; binary data has far more.
_MAX_CONTROL_SHARE = 0.01
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1a")  # \x1a: DOS end-of-file, found in old files


def decode_text(data: bytes, path: Path | str, declared: str | None = None) -> str:
    """The text of a file's bytes, or `ArticleFileError` naming `path` when it is not text.

    `declared` is an encoding the file names itself (an HTML page's charset), if any.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise ArticleFileError(
                    path, reasons.BAD_UNICODE, codec=codec.upper(), detail=exc.reason
                ) from exc
    kind = binary_kind(data)
    if kind:
        raise ArticleFileError(path, reasons.NOT_TEXT, kind=kind)
    if b"\x00" in data:
        text = _utf16_without_mark(data)
        if text is None:
            raise ArticleFileError(path, reasons.BINARY)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = {"byte": f"0x{data[exc.start]:02x}", "offset": exc.start}
    if not _looks_like_text(data.decode("latin-1")):
        # Control bytes, read in any single-byte code page: binary data without a NUL byte.
        raise ArticleFileError(path, reasons.BINARY)
    if _UTF8_WORD.search(data) or _mostly_utf8(data):
        # UTF-8 with a bad byte: a damaged file, or one that mixes encodings. Reading it in a
        # legacy code page would turn all of its Arabic into mojibake.
        raise ArticleFileError(path, reasons.MIXED_ENCODINGS, **where)
    text = _legacy(data, declared)
    if text is None or not _looks_like_text(text):
        raise ArticleFileError(path, reasons.NO_ENCODING, **where)
    return text


def _mostly_utf8(data: bytes) -> bool:
    """Whether most of the non-ASCII bytes form valid UTF-8 sequences. Text in a single-byte
    code page almost never does: its letters are all lead bytes, with no continuation bytes
    after them."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for char in decoded if char >= "\x80") - bad
    return good > bad


def binary_kind(data: bytes) -> str:
    """What binary format `data` is by its signature ("a PNG image"), or "" if none known."""
    for signature, kind in _SIGNATURES:
        if signature.match(data):
            return kind
    return ""


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, or None. In UTF-16 text the high byte of each
    unit takes few values (0x00 for Latin, 0x06 for Arabic, 0x20 for punctuation), so the
    half of the byte positions with few distinct values holds the high bytes; binary data has
    no such half."""
    sample = data[:8192]
    if len(data) % 2:
        return None
    even, odd = set(sample[0::2]), set(sample[1::2])
    codec = "utf-16-le" if len(odd) < len(even) else "utf-16-be"
    if min(len(even), len(odd)) > 8:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if "\x00" not in text and _looks_like_text(text) else None


def _legacy(data: bytes, declared: str | None) -> str | None:
    if declared:
        try:
            return data.decode(codecs.lookup(declared).name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: find the encoding as if there were none
    readings = []
    for codec in _ARABIC_CODEPAGES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text):
            prior = _CP1256_PRIOR if codec == "cp1256" else 0.0
            readings.append((prior + _arabic_score(text), text))
    if readings:
        return max(readings, key=lambda reading: reading[0])[1]
    from charset_normalizer import from_bytes  # only for text in an unusual encoding

    matches = from_bytes(data, cp_exclusion=["utf_16", "utf_16_le", "utf_16_be", "utf_32"])
    match = matches.best()
    western = _western(data)
    if western is not None and (
        match is None or not match.coherence or match.language in _WESTERN_LANGUAGES
    ):
        return western
    return None if match is None else str(match)


def _reads_as_arabic(text: str) -> bool:
    """Whether a reading is mostly Arabic: its other non-ASCII characters are few, its Arabic
    letters do not stand inside Latin words ("cafى": Latin-1 French read as Arabic), and some
    of them make a word (not one stray accent in an English text)."""
    arabic = foreign = 0
    for char in text:
        if char < "\x80" or char in _NEUTRAL:
            continue
        if "\u0600" <= char <= "\u06ff":
            arabic += 1
        else:
            foreign += 1
    if arabic == 0 or arabic < 4 * foreign:
        return False
    runs = [run for run in _LETTER_RUN.findall(text) if not run.isascii()]
    mixed = sum(1 for run in runs if any("a" <= char.lower() <= "z" for char in run))
    return mixed * 10 <= len(runs) and any(len(run) > 1 for run in runs)


def _arabic_score(text: str) -> float:
    """How well a reading fits Arabic: the log-likelihood of its non-ASCII characters, each
    by its share in Arabic text and whether it stands where Arabic puts it."""
    score = 0.0
    previous = " "
    for index, char in enumerate(text):
        if char < "\x80" or char in _NEUTRAL:
            share = 100.0 if char >= "\x80" else 0.0
        elif char in _ARABIC_LETTERS:
            share = _ARABIC_LETTERS[char]
            following = text[index + 1 : index + 2]
            if char in _WORD_FINAL and following in _ARABIC_LETTERS:
                share = _RARE
        elif char in _VOWEL_MARKS:
            share = 0.05 if previous in _ARABIC_LETTERS or previous in _VOWEL_MARKS else _RARE
        elif char in _ARABIC_PUNCTUATION or char == "\u0640":  # ـ: tatweel
            share = 0.5
        else:
            share = _RARE
        if share:
            score += math.log(share / 100)
        previous = char
    words = text.split()
    return score + _ARTICLE_BONUS * sum(
        1 for word in words if word.lstrip("«(\"'").startswith("ال")
    )


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading of `data` when it is Latin text: every non-ASCII character a
    Latin letter or a typographic sign, the accented letters a minority (text in another
    script read as Windows-1252 is all accents)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = accented = 0
    for char in text:
        if char.isascii():
            letters += char.isalpha()
        elif char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
            letters += 1
            accented += 1
        elif char not in _WESTERN_SYMBOLS:
            return None
    return text if accented <= _MAX_ACCENTED_SHARE * letters else None


def _looks_like_text(text: str) -> bool:
    controls = sum(1 for char in text if char < " " and char not in _TEXT_CONTROLS)
    return controls <= _MAX_CONTROL_SHARE * len(text)
