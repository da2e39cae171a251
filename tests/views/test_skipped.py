"""The report of skipped files speaks the interface's language: reasons come from
reader/reasons.py, translated in reader_ar.ts, with names and numbers kept as they are."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from reader import reasons
from reader.errors import ArticleFileError
from reader.importers import read_articles
from reader.reasons import Reason
from reader.store.library import ImportResult
from reader.textdir import LRM, RLM, isolate
from reader.views.skipped import SHOWN, SkippedReport, report_line, translated

TEMPLATES = {
    name: value
    for name, value in vars(reasons).items()
    if name.isupper() and isinstance(value, str) and name != "CONTEXT"
}


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_there_are_reasons_to_check() -> None:
    assert len(TEMPLATES) > 40


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_reason_has_an_arabic_translation_with_the_same_fields(app, name: str) -> None:  # type: ignore[no-untyped-def]
    template = TEMPLATES[name]
    arabic = QCoreApplication.translate(reasons.CONTEXT, template)
    assert arabic != template, f"{name} is not translated"
    assert re.search("[\u0600-\u06ff]", arabic)
    assert _fields(arabic) == _fields(template)


def test_a_skipped_file_reads_in_arabic_with_its_kind_translated(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    with pytest.raises(ArticleFileError) as caught:
        read_articles(image)
    assert caught.value.reason == "not a text file (it is a PNG image)"  # the command line's
    assert translated(caught.value.why) == f"ليس ملفًا نصيًا (إنه {isolate('صورة PNG')})"


def test_names_and_numbers_stay_as_they_are_each_isolated(app) -> None:  # type: ignore[no-untyped-def]
    why = reasons.reason(reasons.MIXED_ENCODINGS, byte="0xff", offset=7)
    shown = translated(why)
    assert shown.startswith("ليس نصًا بترميز UTF-8")
    assert f"{isolate('0xff')} عند الموضع {isolate('7')}" in shown


def test_the_english_interface_shows_the_english_reason(english) -> None:  # type: ignore[no-untyped-def]
    why = reasons.reason(reasons.NOT_TEXT, kind=reasons.PDF)
    assert translated(why) == "not a text file (it is a PDF document)" == str(why)


def test_a_reason_without_a_translation_is_shown_as_it_came(app) -> None:  # type: ignore[no-untyped-def]
    assert translated(Reason("database is locked")) == "database is locked"
    assert translated(None) == ""


class _SlipTranslator(QTranslator):
    """A translation of NOT_TEXT with a slip in it, as a .ts could have."""

    def __init__(self, slip: str) -> None:
        super().__init__()
        self.slip = slip

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return self.slip if source == reasons.NOT_TEXT else ""


@pytest.mark.parametrize(
    "slip", ["ليس ملفًا نصيًا ({sort})", "ليس ملفًا نصيًا", "ليس ملفًا نصيًا ({kind"]
)
def test_a_translation_that_lost_its_field_falls_back_to_english(app, slip: str) -> None:  # type: ignore[no-untyped-def]
    translator = _SlipTranslator(slip)
    QCoreApplication.installTranslator(translator)
    try:
        why = reasons.reason(reasons.NOT_TEXT, kind=reasons.GIF)
        assert translated(why) == "not a text file (it is a GIF image)"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_an_article_file_error_survives_pickling_with_its_reason() -> None:
    # Worker processes (reader/importers/workers.py) send errors back pickled.
    error = ArticleFileError("/tmp/a.png", reasons.NOT_TEXT, kind=reasons.PNG)
    again = pickle.loads(pickle.dumps(error))
    assert (again.path, again.why, str(again)) == (error.path, error.why, str(error))


def test_the_report_lists_each_file_in_arabic_and_the_rest_under_details(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    skipped = [
        ImportResult(f"/home/قارئ/ملف {n}.txt", "skipped", why=Reason(reasons.EMPTY))
        for n in range(SHOWN + 3)
    ]
    report = SkippedReport(skipped)
    qtbot.addWidget(report)
    lines = report.text().splitlines()
    assert lines[0] == f"{RLM}{isolate('/home/قارئ/ملف 0.txt')}: الملف فارغ"
    assert len(lines) == SHOWN + 1
    assert lines[-1] == "و3 ملفات أخرى (انظر التفاصيل)"
    assert len(report.detailedText().splitlines()) == SHOWN + 3
    assert report.windowTitle() == "لم تُستورد بعض الملفات"


def test_each_line_opens_in_the_interface_s_direction(english) -> None:  # type: ignore[no-untyped-def]
    result = ImportResult("/tmp/a.txt", "skipped", why=Reason(reasons.EMPTY))
    assert report_line(result) == f"{LRM}{isolate('/tmp/a.txt')}: the file is empty"


def test_every_reason_given_in_reader_comes_from_the_catalogue() -> None:
    """A reason written in place would reach the window in English: each ArticleFileError,
    `reason(...)` and `Reason(...)` in reader/ is given a template of reader.reasons (or the
    `why` of another error)."""
    import ast

    root = Path(reasons.__file__).parent
    template_argument = {"ArticleFileError": 1, "reason": 0, "Reason": 0}
    written_in_place = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "reasons.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            called = getattr(node.func, "id", called)
            if called not in template_argument:
                continue
            position = template_argument[called]
            given = node.args[position] if len(node.args) > position else None
            from_catalogue = isinstance(given, ast.Attribute) and (
                getattr(given.value, "id", "") == "reasons" or given.attr == "why"
            )
            if not from_catalogue:
                written_in_place.append(f"{path.relative_to(root)}:{node.lineno}")
    assert written_in_place == []
