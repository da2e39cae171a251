"""PDF export: the text layer gives the section back letter for letter, in logical order,
harakat and lam-alef included, and the page looks right (right to left for Arabic, not
blank). Read back with poppler's pdftotext and pdftoppm, as the export issue asks.

Known limit, not tested as exact: a left-to-right paragraph with right-to-left words at the
end of a line ("… then: ثم يعود"), which pdftotext reads as a right-to-left line.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from reader.document import Article, Section
from reader.errors import ReaderError
from reader.export.pdf import MARGINS_MM, PdfRequest, export_pdf, proposed_file_name
from reader.importers import load_article
from reader.importers.text import parse_text
from reader.models.document_model import heading_label
from tests.conftest import ARTICLES, SAMPLE

#: What the comparison leaves out: white space and bidirectional controls (and nothing else:
#: harakat, tatweel and punctuation must all come back).
_IGNORED = re.compile(r"[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_A4_POINTS = (595.276, 841.89)
_MM = 72 / 25.4


def normalised(text: str) -> str:
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text))


def pdf_text(pdf: Path) -> str:
    """The PDF's text layer above the footer, as pdftotext reads it (-raw: content order)."""
    bottom = (MARGINS_MM.bottom() + 7.5) * _MM
    height = int(_A4_POINTS[1] - bottom)
    result = subprocess.run(
        [
            "pdftotext",
            "-enc",
            "UTF-8",
            "-x",
            "0",
            "-y",
            "0",
            "-W",
            "600",
            "-H",
            str(height),
            str(pdf),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def pdf_info(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdfinfo", *options, str(pdf)], capture_output=True, text=True, check=True
    ).stdout


def expected_text(request: PdfRequest) -> str:
    """Everything the export should print above the footers, in reading order."""
    article = request.article
    parts = ["/".join(article.breadcrumb), article.title]
    chosen = range(len(article.sections)) if request.section is None else [request.section]
    if request.section is not None:
        parts.append(heading_label(article.sections[request.section].heading))
        parts.append(request.note)
    for number in chosen:
        section = article.sections[number]
        if section.heading is not None and number != request.section:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    return "".join(parts)


def assert_round_trips(request: PdfRequest, pdf: Path) -> None:
    """The text layer equals the expected text, normalised, letter for letter in order."""
    got, want = normalised(pdf_text(pdf)), normalised(expected_text(request))
    if got != want:
        at = (
            next(i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b)
            if (got[: len(want)] != want[: len(got)])
            else min(len(got), len(want))
        )
        pytest.fail(
            f"text layer differs at {at} of {len(want)}:\n"
            f"want …{want[max(0, at - 30) : at + 30]}…\ngot  …{got[max(0, at - 30) : at + 30]}…"
        )


@pytest.fixture
def gui(app):  # type: ignore[no-untyped-def]
    return app


@pytest.mark.parametrize("section", range(5))
def test_each_sample_section_round_trips(gui, tmp_path: Path, section: int) -> None:  # type: ignore[no-untyped-def]
    note = "ملاحظة (مهمة): راجع «موقف» كييف." if section == 1 else ""
    request = PdfRequest(load_article(SAMPLE), section, note=note)
    assert_round_trips(request, export_pdf(request, tmp_path / "out.pdf"))


@pytest.mark.parametrize(
    "path",
    [*sorted(ARTICLES.glob("*.txt")), *sorted(SAMPLE.parent.glob("guide-*.txt"))],
    ids=lambda p: p.stem,
)
def test_whole_articles_in_arabic_persian_and_english_round_trip(
    gui, tmp_path: Path, path: Path
) -> None:  # type: ignore[no-untyped-def]
    request = PdfRequest(load_article(path))
    assert_round_trips(request, export_pdf(request, tmp_path / "article.pdf"))


HARD = (
    "لا يزال الأمر مطروحًا، لأن الإجابة لإيران ولآخرين مهمة؛ وقال: «لا، لن نقبل».\n\n"
    "شدّد الوزير على أنّ الاتفاقَ مؤقتٌ، وأنّ 3.5% من الميزانية (أي 120 مليون دولار) تذهب إلى "
    "شركة OpenAI وApple في عام 2024، بحسب تقرير Reuters الصادر في ٢٠٢٣.\n\n"
    "يبدأ السطر أحيانًا بكلمات مثل Qt 6.8 وiPhone 15 ثم يعود النص إلى العربية بلا انقطاع، "
    "ويطبع الأمر reader parse FILE --json المقالة كاملة.\n"
)


def test_lam_alef_forms_harakat_brackets_latin_and_digits_round_trip(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = parse_text(f"عنوان الاختبار الصعب\n\n{HARD}", source="hard.txt")
    request = PdfRequest(article, 0)
    assert_round_trips(request, export_pdf(request, tmp_path / "hard.pdf"))


NUMBERS = (
    "הממשלה אישרה תוספת ל-4 משרדים חדשים, ירידה של 3% ב-2024 לעומת השנה הקודמת.",
    "نما الاقتصاد بنسبة 3-4% بين 2020-2022، وسعر الدولار 3.75 ريال و-2 نقطة.",
    "زار ٢٥ شخصًا المعرض عام ٢٠٢٣، و-٣ منهم أطفال، في الساعة 10:30 (من أصل 40).",
)


@pytest.mark.parametrize("paragraph", NUMBERS, ids=["hebrew", "arabic", "arabic-indic"])
def test_numbers_with_hyphens_keep_their_order_in_right_to_left_text(
    gui, tmp_path: Path, paragraph: str
) -> None:  # type: ignore[no-untyped-def]
    """pdftotext used to read "ל-4" as "ל4-" and "3-4%" as "4-3%"."""
    hebrew = paragraph[0] == "ה"
    article = Article(
        title="בדיקה" if hebrew else "اختبار",
        sections=(Section(None, (paragraph,)),),
        language="he" if hebrew else "ar",
        direction="rtl",
    )
    request = PdfRequest(article, 0)
    assert_round_trips(request, export_pdf(request, tmp_path / "numbers.pdf"))


def _long_section() -> Article:
    """A section of well over 30 pages, from varied paragraphs."""
    sample = load_article(SAMPLE)
    paragraphs = [p for s in sample.sections for p in s.paragraphs] + HARD.split("\n\n")
    body = tuple(f"{i + 1}. {paragraphs[i % len(paragraphs)].strip()}" for i in range(420))
    return Article(
        title="مقالة طويلة جدًا",
        sections=(Section("قسم طويل", body),),
        language="ar",
        direction="rtl",
        source="long.txt",
    )


def test_a_section_of_more_than_30_pages_round_trips_across_page_breaks(
    gui, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    request = PdfRequest(_long_section(), 0)
    pdf = export_pdf(request, tmp_path / "long.pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", pdf_info(pdf))[1])  # type: ignore[index]
    assert pages >= 30
    assert_round_trips(request, pdf)


def test_english_article_exports_whole_and_left_to_right(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request = PdfRequest(load_article(ARTICLES / "en_news.txt"))
    pdf = export_pdf(request, tmp_path / "en.pdf")
    assert_round_trips(request, pdf)
    _left, right = _first_line_ink(pdf)
    assert right < 0.6, "the breadcrumb starts at the left margin"


def _first_line_ink(pdf: Path) -> tuple[float, float]:
    """Where the first line of text is inked on page 1, as shares of the page width."""
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    image = QImage(f"{prefix}-1.png")
    assert not image.isNull()
    rows = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 2))
    ]
    assert rows, "page 1 is blank"
    line = [y for y in rows if y < rows[0] + 6]
    xs = [x for y in line for x in range(image.width()) if image.pixelColor(x, y).lightness() < 200]
    return min(xs) / image.width(), max(xs) / image.width()


def test_arabic_page_is_inked_right_to_left(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = export_pdf(PdfRequest(load_article(SAMPLE), 2), tmp_path / "ar.pdf")
    left, right = _first_line_ink(pdf)
    assert left > 0.5, "the short breadcrumb line sits at the right margin"
    assert right > 0.8


def test_metadata_title_language_and_creator(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = load_article(SAMPLE)
    pdf = export_pdf(PdfRequest(article, 1), tmp_path / "m.pdf")
    info = pdf_info(pdf)
    assert f"Title:           {article.title} — الردود الدولية" in info
    assert "Creator:         Reader" in info
    meta = pdf_info(pdf, "-meta")
    assert "<dc:language><rdf:Bag><rdf:li>ar</rdf:li>" in meta


def test_failure_leaves_no_file_and_says_one_line(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    request = PdfRequest(load_article(SAMPLE), 0)
    with pytest.raises(ReaderError, match=r"the folder does not exist$"):
        export_pdf(request, tmp_path / "missing" / "x.pdf")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.pdf").mkdir()  # a folder where the file should go: the rename must fail
    with pytest.raises(ReaderError):
        export_pdf(request, locked / "x.pdf")
    assert [p.name for p in locked.iterdir()] == ["x.pdf"], "no temporary file left behind"
    with pytest.raises(ReaderError, match="no section 9"):
        export_pdf(PdfRequest(load_article(SAMPLE), 8), tmp_path / "y.pdf")
    assert not (tmp_path / "y.pdf").exists()


def test_proposed_file_name_keeps_arabic_and_drops_what_could_mislead() -> None:
    article = Article(
        title="تقرير\u202e/سري: الجزء 1", sections=(Section("خلفية", ("نص.",)),), language="ar"
    )
    assert proposed_file_name(PdfRequest(article, 0)) == "تقرير سري الجزء 1 — خلفية.pdf"
    assert proposed_file_name(PdfRequest(Article(title="...", sections=()))) == "article.pdf"


def test_window_exports_the_current_section_with_its_note(
    qtbot, app, library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from reader.app import create_window
    from reader.models.document_model import Roles

    sample_id = library.find(str(SAMPLE))
    library.add_bookmark(sample_id, 1, "ملاحظة القارئ")
    window = create_window(library, sample_id)
    qtbot.addWidget(window)
    window.open_article_id(sample_id, 1)
    proposed: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        proposed.append(suggested)
        return str(tmp_path / "section.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    written = window.export_section()
    assert written == tmp_path / "section.pdf"
    assert Path(proposed[0]).name.endswith("— الردود الدولية.pdf")
    article = window.articles.currentIndex().data(Roles.ARTICLE)
    request = PdfRequest(article, 1, "ملاحظة القارئ")
    assert_round_trips(request, written)

    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "gone" / "x.pdf"), "")
    )
    assert window.export_article() is None
    assert errors == [f"{tmp_path / 'gone' / 'x.pdf'}: the folder does not exist"]


def test_command_line_export_prints_the_path_it_wrote(
    gui, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from reader.cli import main

    out = tmp_path / "خلفية.pdf"
    assert main(["export", str(SAMPLE), "--section", "خلفية", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert_round_trips(PdfRequest(load_article(SAMPLE), 4), out)
    assert main(["export", str(SAMPLE), "--section", "9"]) == 1
    assert capsys.readouterr().err == "reader: no section 9: the article has 5\n"


def test_an_emoji_is_drawn_once_and_the_text_around_it_copies_out(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = parse_text("عنوان مع رمز\n\nفقرة فيها رمز 😀 ونص عربي بعده.\n", source="e.txt")
    request = PdfRequest(article, 0)
    got = normalised(pdf_text(export_pdf(request, tmp_path / "emoji.pdf")))
    # Characters beyond the Basic Multilingual Plane are left out of the text layer.
    assert got == normalised(expected_text(request)).replace("😀", "")
