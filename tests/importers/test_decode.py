"""Tests for reading article files: decoding in reader/importers/decoding.py (Unicode, the
legacy Arabic code pages, Latin-1) and its failures.

Every failure is an `ArticleFileError` whose message is one line that starts with the file's path,
so the command line and the window can show it as it is.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reader.errors import ArticleFileError
from reader.importers import load_article
from reader.importers.decoding import binary_kind, decode_text
from reader.importers.text import parse_text

TEXT = (
    "الرئيسية » اقتصاد\n\n"
    "ارتفاع أسعار النفط في الأسواق العالمية\n\n"
    "ارتفعت أسعار النفط للأسبوع الثالث على التوالي، مدفوعة بتوقعات زيادة الطلب في الصين "
    "وتراجع المخزونات الأميركية، بحسب بيانات نشرت يوم الجمعة.\n\n"
    "الأسواق الآسيوية:\n"
    "سجلت بورصة طوكيو مكاسب محدودة، بينما تراجعت الأسهم في هونغ كونغ للجلسة الثانية مع "
    "استمرار المخاوف من تباطؤ النمو.\n"
)
TITLE = "ارتفاع أسعار النفط في الأسواق العالمية"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16"),  # what Windows Notepad calls "Unicode": BOM then native order
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
    ],
    ids=[
        "utf-8",
        "utf-8-bom",
        "utf-16-le-bom",
        "utf-16-be-bom",
        "utf-16",
        "utf-32-le",
        "utf-32-be",
    ],
)
def test_encodings_read_the_same(tmp_path: Path, data: bytes) -> None:
    assert decode_text(data, "article.txt") == TEXT
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.title == TITLE
    assert article.breadcrumb == ("الرئيسية", "اقتصاد")
    assert article.to_json() == parse_text(TEXT).to_json()
    assert article.source == str(path)


def test_byte_order_mark_is_not_part_of_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Home > World\n\nThe story title\n\nA first paragraph.\n")
    article = load_article(path)
    assert article.breadcrumb == ("Home", "World")


def test_load_accepts_a_string_path(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert load_article(str(path)).title == TITLE


def test_untitled_text_takes_its_title_from_the_file_name(tmp_path: Path) -> None:
    paragraph = (
        "This file has no title line at all, only one long paragraph that goes on and on for "
        "well over thirty words, so that no careful reader would ever take it for the title "
        "of the article it begins."
    )
    path = tmp_path / "notes from the trip.txt"
    path.write_text(paragraph + "\n", encoding="utf-8")
    article = load_article(path)
    assert article.title == "notes from the trip"
    assert [list(s.paragraphs) for s in article.sections] == [[paragraph]]


# --- Legacy encodings ---------------------------------------------------------------------------

#: TEXT as ISO-8859-6 can hold it: that code page has no guillemets.
TEXT_ISO = TEXT.replace("»", ">")


@pytest.mark.parametrize(
    ("text", "codec"),
    [(TEXT, "cp1256"), (TEXT_ISO, "iso8859_6")],
    ids=["windows-1256", "iso-8859-6"],
)
def test_arabic_code_pages_read_as_the_text(tmp_path: Path, text: str, codec: str) -> None:
    data = text.encode(codec)
    assert decode_text(data, "article.txt") == text
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    article = load_article(path)
    assert article.title == TITLE
    assert article.breadcrumb == ("الرئيسية", "اقتصاد")
    assert article.to_json() == parse_text(text).to_json()


#: Lines as short as a heading or a menu entry, where a statistical detector has too little to
#: go on. (A line of two-letter words that read as Arabic in both code pages, like "من نحن",
#: can go either way: the Windows-1256 reading wins a near tie, being far more common.)
SHORT_LINES = [
    "ارتفاع أسعار النفط",
    "الأسواق الآسيوية",
    "أخبار العالم",
    "كلفة الزحام",
    "ثقافة وفنون",
    "مقالات ذات صلة",
    "الطقس اليوم",
    "كرة القدم",
    "الاقتصاد",
    "الرئيسية",
    "مقدمة",
    "خلفية",
    "سياسة",
    "ملخص",
    "آراء",
    "رأي",
]


@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6"])
@pytest.mark.parametrize("line", SHORT_LINES)
def test_a_short_arabic_line_reads_in_either_code_page(line: str, codec: str) -> None:
    assert decode_text(line.encode(codec), "heading.txt") == line
    assert decode_text((line + "\n").encode(codec), "heading.txt") == line + "\n"


def test_a_single_heading_file_in_windows_1256(tmp_path: Path) -> None:
    path = tmp_path / "heading.txt"
    path.write_bytes("الأسواق الآسيوية\n".encode("cp1256"))
    article = load_article(path)
    assert (article.title, article.language, article.direction) == (
        "الأسواق الآسيوية",
        "ar",
        "rtl",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Café au lait\n\nUn très bon café, servi à la française.\n",
        "Straße über Größe\n",
        "¿Dónde está el niño? Mañana.\n",
        "café",
    ],
)
def test_latin_1_reads_as_latin_text(text: str) -> None:
    assert decode_text(text.encode("latin-1"), "french.txt") == text


def test_latin_1_french_article(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("Café au lait\n\nUn très bon café, servi à la française.\n".encode("latin-1"))
    article = load_article(path)
    assert article.title == "Café au lait"
    assert article.sections[0].paragraphs == ("Un très bon café, servi à la française.",)


def test_an_english_text_with_one_stray_byte_is_not_read_as_arabic() -> None:
    assert decode_text(b"Good text, then \xff.\n", "x.txt") == "Good text, then \u00ff.\n"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Москва — столица России, крупнейший по численности населения город.\n", "cp1251"),
        ("Καλημέρα σας, αυτό είναι ένα σύντομο άρθρο για την οικονομία.\n", "cp1253"),
        ("שלום עולם, זהו מאמר קצר על כלכלת ישראל והשווקים העולמיים.\n", "cp1255"),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy.\n", "cp1250"),
    ],
    ids=["cyrillic", "greek", "hebrew", "central-european"],
)
def test_other_legacy_code_pages_are_left_to_the_detector(text: str, codec: str) -> None:
    assert decode_text(text.encode(codec), "x.txt") == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [TEXT, "The story title\n\nA first paragraph of it.\n"])
def test_utf_16_without_a_byte_order_mark(tmp_path: Path, text: str, codec: str) -> None:
    data = text.encode(codec)
    assert decode_text(data, "article.txt") == text
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert load_article(path).to_json() == parse_text(text).to_json()


def test_a_declared_charset_is_used_when_the_bytes_fit_it() -> None:
    # As ISO-8859-6 these bytes are other Arabic letters; the page says what they are.
    data = "من نحن".encode("iso8859_6")
    assert decode_text(data, "page.html", "ISO-8859-6") == "من نحن"
    assert decode_text(TEXT.encode("cp1256"), "page.html", "windows-1256") == TEXT


@pytest.mark.parametrize("declared", ["x-no-such-charset", "iso8859_6", "utf-8"])
def test_a_wrong_or_unknown_declared_charset_is_ignored(declared: str) -> None:
    # Windows-1256 bytes of "ف" and "ك" are not ISO-8859-6, nor is any of it UTF-8.
    assert decode_text(TEXT.encode("cp1256"), "page.html", declared) == TEXT


@given(st.binary(max_size=300))
def test_any_bytes_are_text_or_one_line_error(data: bytes) -> None:
    try:
        text = decode_text(data, "any.txt")
    except ArticleFileError as exc:
        assert str(exc).startswith("any.txt: ")
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00\ufeff")))
def test_utf_8_text_always_reads_as_itself(text: str) -> None:
    data = text.encode("utf-8")
    assume(not binary_kind(data))
    assert decode_text(data, "any.txt") == text


@pytest.mark.parametrize(
    "text",
    [
        "ID3 tags: what your music player knows about a song",
        "RIFF and WAVE explained in a few words",
        "OggS is how an Ogg page starts",
        "%PDF- is how a PDF starts, then its version",
    ],
)
def test_text_starting_like_a_signature_is_text(text: str) -> None:
    assert decode_text(text.encode(), "notes.txt") == text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"RIFF\x24\x08\x00\x00WAVEfmt ", "a RIFF file"),
        (b"RIFF\x24\x08\x00\x00WEBPVP8 ", "a RIFF file"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x23", "an MP3 file"),
        (b"OggS\x00\x02\x00\x00", "an Ogg media file"),
        (b"GIF89a\x10\x00\x10\x00", "a GIF image"),
        (b"%PDF-1.4\n", "a PDF document"),
    ],
)
def test_binary_signatures_name_the_kind(data: bytes, kind: str) -> None:
    assert binary_kind(data).startswith(kind)
    with pytest.raises(ArticleFileError, match=f"not a text file \\(it is {kind}"):
        decode_text(data + bytes(range(256)), "x.txt")


# --- Failures ---------------------------------------------------------------------------------


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / "article.txt"
        path.write_bytes(data)
        return path

    return make


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere" / "article.txt"


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "articles"
    path.mkdir()
    return path


def _random_bytes(size: int) -> bytes:
    return random.Random(1256).randbytes(size)


UTF8 = TEXT.encode("utf-8")
#: Where the second paragraph starts in UTF8, for the damaged and mixed files.
HALF = UTF8.index("ارتفعت".encode())

FAILURES = [
    ("truncated-utf-8", _write(UTF8[:-2] + b"\xd8"), "damaged or mixed encodings"),
    ("utf-8-one-bad-byte", _write(UTF8[:HALF] + b"\xff" + UTF8[HALF:]), "damaged"),
    ("utf-8-cut-in-a-letter", _write(UTF8[:HALF] + UTF8[HALF + 1 :]), "damaged"),
    (
        "utf-8-then-windows-1256",
        _write(UTF8[:HALF] + TEXT[TEXT.index("ارتفعت") :].encode("cp1256")),
        "damaged or mixed encodings",
    ),
    (
        "windows-1256-then-utf-8",
        _write(TEXT.encode("cp1256") + "\nخاتمة المقال بالعربية\n".encode()),
        "damaged or mixed encodings",
    ),
    (
        "windows-1256-with-a-utf-8-title",
        _write(TITLE.encode() + b"\n\n" + (TEXT * 3).encode("cp1256")),
        "damaged or mixed encodings",
    ),
    ("png", _write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not a text file (it is a PNG image)"),
    ("jpeg", _write(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64)), "it is a JPEG image"),
    ("pdf", _write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"), "it is a PDF"),
    ("zip", _write(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40)), "it is a ZIP archive"),
    ("random-bytes", _write(_random_bytes(4096)), "not a text file (it contains binary data)"),
    (
        "random-bytes-without-nul",
        _write(_random_bytes(4096).replace(b"\x00", b"")),
        "not a text file (it contains binary data)",
    ),
    ("nul-bytes", _write(b"Title\n\nSome text\x00\x00\x00 and more.\n"), "binary data"),
    ("nul-in-arabic", _write(UTF8[:HALF] + b"\x00" + UTF8[HALF:]), "binary data"),
    ("broken-utf-16", _write(codecs.BOM_UTF16_LE + b"A\x00\x00\xd8B\x00"), "UTF-16"),
    ("empty", _write(b""), "empty"),
    ("whitespace", _write(b" \n\t\r\n  \n"), "empty"),
    ("bom-only", _write(codecs.BOM_UTF8 + b"\n"), "empty"),
    ("missing", _missing, "no such file"),
    ("folder", _folder, "folder"),
    (
        "only-chrome",
        _write("Share\nمقالات ذات صلة\n\nزر الذهاب إلى الأعلى\nBack to top\n".encode()),
        "chrome",
    ),
]


@pytest.mark.parametrize(
    ("make", "reason"),
    [(make, reason) for _, make, reason in FAILURES],
    ids=[name for name, _, _ in FAILURES],
)
def test_failure_is_one_line_naming_the_file(
    tmp_path: Path, make: Callable[[Path], Path], reason: str
) -> None:
    path = make(tmp_path)
    with pytest.raises(ArticleFileError) as caught:
        load_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert reason in message
    assert caught.value.path == str(path)
    assert reason in caught.value.reason


def test_damaged_utf8_says_where(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(UTF8[:HALF] + b"\xff" + UTF8[HALF:])
    with pytest.raises(ArticleFileError, match=rf"damaged.*0xff at offset {HALF}\)$"):
        load_article(path)


def test_damaged_utf8_is_not_read_as_windows_1256_mojibake() -> None:
    """The bytes of UTF-8 Arabic are Arabic letters in Windows-1256 too ("ال" is "ط§ظ„"): a
    file that is UTF-8 with one bad byte must be refused, not read as a page of them."""
    with pytest.raises(ArticleFileError) as caught:
        decode_text("عقد ".encode() + b"\xff\xfe" + " اجتماع طارئ".encode(), "a.txt")
    assert (
        caught.value.reason == "not UTF-8 text: damaged or mixed encodings (byte 0xff at offset 7)"
    )


def test_decode_text_names_the_path_it_is_given() -> None:
    with pytest.raises(ArticleFileError) as caught:
        decode_text(UTF8[:HALF] + b"\xff" + UTF8[HALF:], "notes/caf.txt")
    assert str(caught.value).startswith("notes/caf.txt: not UTF-8 text: damaged")
    assert "\n" not in str(caught.value)
    with pytest.raises(ArticleFileError) as caught:
        decode_text(b"\x89PNG\r\n\x1a\n", Path("notes") / "image.txt")
    assert (
        str(caught.value) == f"{Path('notes') / 'image.txt'}: not a text file (it is a PNG image)"
    )
