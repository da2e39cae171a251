"""The command line.

    reader [FILE...] [--screenshot OUT.png] [--size WxH] [--lang ar|en] [--theme T]   the window
    reader parse FILE|URL [--json] [--entry N] how a file reads, touching no library
    reader import PATH|URL...                  files, folders and web addresses into the library
    reader list [--json]                       the library
    reader remove ID                           an article and its bookmarks
    reader bookmarks [--json]                  every bookmark, newest first
    reader bookmarks export|import FILE.json   back them up, bring them back
    reader bookmarks backups|restore [FILE]    the automatic copies; bring lost ones back
    reader bookmark add SOURCE --section N|HEADING [--note TEXT]
    reader bookmark remove ID
    reader export SOURCE [--section N|HEADING] [--format pdf|txt] [--out FILE]   as PDF or text
    reader search QUERY [--json]               titles, text and notes across the library
    reader reindex                             build the search index again
    reader install-desktop                     add Reader to the applications menu
    reader reset                               set a damaged database aside, start afresh

Every command takes `--data-dir DIR` (or $READER_DATA_DIR). Contract: results go to stdout;
a failure is one line on stderr and exit status 1; a usage error exits 2 (argparse's own).
Qt is imported only when the window is asked for, so the other commands need no display.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reader import paths
from reader.document import Article, Section
from reader.errors import ReaderError
from reader.importers import is_web_address, load_article, read_articles
from reader.store.database import DamagedDatabaseError
from reader.store.library import ImportResult, Library
from reader.textnorm import fold_words, is_valid_text


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, such as 1280x800, not {text!r}")
    return int(match[1]), int(match[2])


def _common(subcommand: bool = False) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        # A sub-command's own default must not overwrite a --data-dir given before it.
        default=argparse.SUPPRESS if subcommand else None,
        help="the folder of the library (default: $READER_DATA_DIR, else the platform's)",
    )
    common.add_argument(
        "--lang",
        choices=("ar", "en"),
        default=argparse.SUPPRESS if subcommand else None,
        help="interface language: ar (right to left) or en; default: the one chosen last, "
        "else the system's (Arabic on an Arabic system, else English)",
    )
    return common


def _parser(prog: str, description: str) -> argparse.ArgumentParser:
    return argparse.ArgumentParser(prog=prog, description=description, parents=[_common()])


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _open_library(args: argparse.Namespace) -> Library:
    try:
        library = Library.open(paths.data_dir(args.data_dir))
    except DamagedDatabaseError as exc:
        raise ReaderError(
            f"{exc}; `reader reset` sets it aside (nothing is deleted) and starts a new one"
        ) from exc
    library.import_bundled(paths.bundled_articles())
    _opened.append(library)
    return library


#: Libraries the command opened, closed when it ends.
_opened: list[Library] = []


def _is_address(argument: str) -> bool:
    """Whether an argument is a web address ("https://…", or "file:…" to refuse) rather than
    the name of a file that exists."""
    return is_web_address(argument) and not Path(argument).exists()


# -- parse -----------------------------------------------------------------------------------


def outline(article: Article) -> str:
    """A readable outline of a parsed article (`reader parse` without --json)."""
    lines = [article.title]
    if article.breadcrumb:
        lines.append("breadcrumb: " + " › ".join(article.breadcrumb))
    for label, value in (
        ("author", article.author),
        ("published", article.published),
        ("site", article.site),
    ):
        if value:
            lines.append(f"{label}: {value}")
    lines.append(f"language: {article.language} ({article.direction})")
    for number, section in enumerate(article.sections, start=1):
        heading = section.heading if section.heading is not None else "(lead)"
        count = len(section.paragraphs)
        lines.append(f"  {number}. {heading} [{count} paragraph{'s' if count != 1 else ''}]")
    if article.dropped:
        lines.append(f"dropped ({len(article.dropped)}):")
        lines.extend(f"  - {line}" for line in article.dropped)
    return "\n".join(lines)


def _cmd_parse(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader parse", "Print how Reader reads an article file or web address; no library."
    )
    parser.add_argument("file", metavar="FILE|URL")
    parser.add_argument(
        "--entry",
        type=int,
        default=1,
        metavar="N",
        help="which article of a feed (default: the first)",
    )
    _json_flag(parser)
    args = parser.parse_args(argv)
    if _is_address(args.file):
        from reader.importers.web import read_url

        articles = read_url(args.file)[1]
    else:
        articles = read_articles(args.file)
    if not 1 <= args.entry <= len(articles):
        raise ReaderError(f"{args.file}: no entry {args.entry} (it has {len(articles)})")
    if len(articles) > 1:
        print(f"entry {args.entry} of {len(articles)}", file=sys.stderr)
    article = articles[args.entry - 1].article
    if args.json:
        _print_json(article.to_json())
    else:
        print(outline(article))
    return 0


# -- the library -----------------------------------------------------------------------------


def _cmd_import(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader import",
        "Import article files, folders (recursively) and web addresses (http, https).",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH|URL")
    args = parser.parse_args(argv)
    library = _open_library(args)
    results = []

    def report(result: ImportResult) -> None:
        print(result.line(), flush=True)

    for item in args.paths:
        if _is_address(item):
            results.extend(library.import_url(item, progress=report))
        else:
            results.extend(library.import_paths([Path(item)], progress=report))
    done = sum(1 for r in results if r.status != "skipped")
    skipped = len(results) - done
    print(f"{done} imported, {skipped} skipped")
    if skipped and not done:
        raise ReaderError(f"nothing imported: {skipped} file{'s' if skipped != 1 else ''} skipped")
    return 0


def _cmd_list(argv: Sequence[str]) -> int:
    parser = _parser("reader list", "List the articles in the library, newest first.")
    _json_flag(parser)
    args = parser.parse_args(argv)
    entries = _open_library(args).entries()
    if args.json:
        _print_json(
            [
                {
                    "id": e.id,
                    "title": e.title,
                    "source": e.source,
                    "imported_at": e.imported_at,
                    "sections": e.sections,
                }
                for e in entries
            ]
        )
    else:
        for e in entries:
            source = (e.source or "").replace("\n", "\\n").replace("\t", "\\t")
            print(f"{e.id}\t{e.title}\t{e.sections} sections\t{source}")
    return 0


def _cmd_remove(argv: Sequence[str]) -> int:
    parser = _parser("reader remove", "Remove an article, and its bookmarks, from the library.")
    parser.add_argument("article_id", type=int, metavar="ID")
    args = parser.parse_args(argv)
    library = _open_library(args)
    if library.row_of(args.article_id) < 0:
        raise ReaderError(f"no article #{args.article_id} in the library")
    gone = library.remove(args.article_id)
    print(f"removed article #{args.article_id} and {gone} bookmark{'s' if gone != 1 else ''}")
    return 0


# -- bookmarks -------------------------------------------------------------------------------


def _cmd_bookmarks(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader bookmarks",
        "List every bookmark, newest first; export them to, or import them from, JSON; list "
        "the automatic backups, or restore the newest (or FILE).",
    )
    parser.add_argument("action", nargs="?", choices=("export", "import", "backups", "restore"))
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.json")
    _json_flag(parser)
    args = parser.parse_args(argv)
    if args.action in ("export", "import") and args.file is None:
        parser.error(f"bookmarks {args.action} needs FILE.json")
    library = _open_library(args)
    if args.action == "backups":
        for copy in library.backups():
            print(copy)
        return 0
    if args.action == "restore":
        # The newest automatic copy with bookmarks the library lost, unless a file is named;
        # bookmarks already there stay as they are, so restoring twice adds nothing.
        source = args.file or library.backup_to_restore()
        if source is None:
            what = "yet" if not library.backups() else "holding a bookmark the library lacks"
            raise ReaderError(f"{library.folder}: no bookmark backup {what}")
        added, skipped = library.import_bookmarks(source)
        for line in skipped:
            print(f"skipped {line}")
        print(f"{added} restored, {len(skipped)} skipped")
        return 0
    if args.action == "export":
        count = library.export_bookmarks(args.file)
        print(f"exported {count} bookmark{'s' if count != 1 else ''} to {args.file}")
        return 0
    if args.action == "import":
        added, skipped = library.import_bookmarks(args.file)
        for line in skipped:
            print(f"skipped {line}")
        print(f"{added} imported, {len(skipped)} skipped")
        return 0
    marks = library.bookmarks()
    if args.json:
        _print_json([b.to_json() for b in marks])
        return 0
    for b in marks:
        where = "orphaned" if b.section is None else f"section {b.section + 1}"
        heading = b.heading if b.heading is not None else "(lead)"
        note = f"\t{b.note}" if b.note else ""
        print(f"{b.id}\t{b.article_title} › {heading}\t{where}\t{b.created_at}{note}")
    return 0


def _is_number(text: str) -> bool:
    """ASCII digits only: "²" or "٣" are digits to str.isdigit but not to int()."""
    return text.isascii() and text.isdigit()


def _text_argument(text: str, what: str) -> str:
    """A command-line text that is valid Unicode (an undecodable byte arrives as a lone
    surrogate, which SQLite and JSON refuse)."""
    if not is_valid_text(text):
        raise ReaderError(f"the {what} is not valid text in the terminal's encoding")
    return text


def _section_index(sections: tuple[Section, ...], wanted: str) -> int:
    """The 0-based section from a 1-based number or a heading."""
    if _is_number(wanted):
        number = int(wanted)
        if not 1 <= number <= len(sections):
            raise ReaderError(f"no section {number}: the article has {len(sections)}")
        return number - 1
    key = fold_words(wanted.rstrip(":"))
    matches = [i for i, s in enumerate(sections) if s.heading and fold_words(s.heading) == key]
    if not matches:
        raise ReaderError(f"no section headed {wanted!r} in the article")
    return matches[0]


def _find(library: Library, reference: str) -> int | None:
    """The library id an article id or a file path names; None for a file not in the
    library; an error for a number that is neither an article nor a file."""
    found = library.find(reference)
    if found is None and _is_number(reference) and not Path(reference).exists():
        raise ReaderError(f"no article #{reference} in the library")
    return found


def _article_for(library: Library, reference: str) -> int:
    """An article id from an id or a file path; a file not yet in the library is imported."""
    found = _find(library, reference)
    if found is not None:
        return found
    if Path(reference).is_dir():
        raise ReaderError(f"{reference}: is a folder, not an article file")
    result = library.import_paths([Path(reference)])[0]
    if result.article_id is None:
        raise ReaderError(f"{result.path}: {result.reason}")
    return result.article_id


def _cmd_bookmark(argv: Sequence[str]) -> int:
    parser = _parser("reader bookmark", "Add or remove one bookmark.")
    actions = parser.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", parents=[_common(True)], help="bookmark a section")
    add.add_argument("source", metavar="SOURCE", help="an article id or a file path")
    add.add_argument(
        "--section",
        required=True,
        metavar="N|HEADING",
        help="1-based section number (as in reader parse --json) or its heading",
    )
    add.add_argument("--note", default="", metavar="TEXT")
    remove = actions.add_parser("remove", parents=[_common(True)], help="remove a bookmark")
    remove.add_argument("bookmark_id", type=int, metavar="ID")
    args = parser.parse_args(argv)
    library = _open_library(args)
    if args.action == "add":
        article_id = _article_for(library, args.source)
        section = _section_index(library.load(article_id).sections, args.section)
        existing = library.bookmark_at(article_id, section)
        if existing is not None:
            raise ReaderError(f"section {section + 1} is already bookmarked (#{existing.id})")
        made = library.add_bookmark(article_id, section, _text_argument(args.note, "note"))
        print(f"bookmark #{made.id}: {made.article_title} › section {section + 1}")
        return 0
    if not library.remove_bookmark(args.bookmark_id):
        raise ReaderError(f"no bookmark #{args.bookmark_id}")
    print(f"removed bookmark #{args.bookmark_id}")
    return 0


# -- search ----------------------------------------------------------------------------------


def _cmd_search(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader search",
        "Search titles, text and bookmark notes across the library; diacritics, alef forms, "
        "ة/ه, ى/ي, Persian letters, digits and case do not matter, and every word may be the "
        "start of a longer one.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY")
    parser.add_argument("--limit", type=int, default=20, metavar="N")
    _json_flag(parser)
    args = parser.parse_args(argv)
    query = _text_argument(" ".join(args.query), "query")
    hits = _open_library(args).search(query, limit=max(1, args.limit))
    if args.json:
        _print_json([hit.to_json() for hit in hits])
        return 0
    for hit in hits:
        where = "title" if hit.section is None else f"section {hit.section + 1}"
        print(f"{hit.article_id}\t{hit.title}\t{where}\t{hit.marked_snippet()}")
    if not hits:
        print("no matches")
    return 0


def _cmd_reindex(argv: Sequence[str]) -> int:
    parser = _parser("reader reindex", "Build the search index again (for recovery).")
    args = parser.parse_args(argv)
    count = _open_library(args).rebuild_search_index()
    print(f"indexed {count} article{'s' if count != 1 else ''}")
    return 0


def _cmd_reset(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader reset",
        "Set a damaged library database aside (renamed, never deleted) and start a new library, "
        "restoring the bookmarks of the newest backup onto the articles whose files remain.",
    )
    args = parser.parse_args(argv)
    data_dir = paths.data_dir(args.data_dir)
    try:
        Library.open(data_dir).close()
    except DamagedDatabaseError:
        pass
    else:
        raise ReaderError(f"{data_dir}: the library database is not damaged; nothing to do")
    from reader.store.recovery import start_afresh

    recovery = start_afresh(data_dir, paths.bundled_articles())
    for line in recovery.lost:
        print(f"not restored: {line}")
    print(recovery.summary())
    recovery.library.close()
    return 0


# -- export ----------------------------------------------------------------------------------


def _cmd_export(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader export",
        "Export a section, or the whole article, to PDF or plain text. SOURCE is a library "
        "article id or a file (a file not in the library is exported without importing it).",
    )
    parser.add_argument("source", metavar="SOURCE")
    parser.add_argument(
        "--section", metavar="N|HEADING", help="1-based section number or its heading"
    )
    parser.add_argument(
        "--format",
        choices=("pdf", "txt"),
        default="pdf",
        help="pdf (the default), or txt: plain text that `reader import` reads back",
    )
    parser.add_argument("--out", type=Path, metavar="FILE", help="where to write")
    parser.add_argument(
        "--no-note", action="store_true", help="leave out the section's bookmark note"
    )
    args = parser.parse_args(argv)
    library = _open_library(args)
    article_id = _find(library, args.source)
    article = load_article(args.source) if article_id is None else library.load(article_id)
    section = _section_index(article.sections, args.section) if args.section else None
    if args.format == "txt":
        print(_export_text(article, section, args.out))
        return 0
    note = ""
    if article_id is not None and section is not None and not args.no_note:
        mark = library.bookmark_at(article_id, section)
        note = mark.note if mark is not None else ""

    # Qt is imported only by the commands that draw.
    from reader.app import chosen_language, headless_application
    from reader.export.pdf import PdfRequest, export_pdf, proposed_file_name

    headless_application(chosen_language(library, args.lang))
    request = PdfRequest(article, section, note)
    out = args.out or Path(proposed_file_name(request))
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    print(export_pdf(request, out))
    return 0


def _export_text(article: Article, section: int | None, out: Path | None) -> Path:
    """Write the article, or its one section under its breadcrumb and title, as plain text."""
    from reader.atomic import write_text_atomically
    from reader.export.pdf import PdfRequest, proposed_file_name
    from reader.export.plaintext import article_text

    path = out or Path(proposed_file_name(PdfRequest(article, section))).with_suffix(".txt")
    if path.suffix.lower() != ".txt":
        path = path.with_name(path.name + ".txt")
    if section is not None:
        article = dataclasses.replace(article, sections=(article.sections[section],))
    return write_text_atomically(path, article_text(article))


# -- the window ------------------------------------------------------------------------------


def _cmd_window(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader",
        "An Arabic-first reader for articles. Commands: "
        + ", ".join(COMMANDS)
        + " (reader COMMAND --help for each).",
    )
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="articles to add to the library and open",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="save an image of the window once the article is shown, then exit",
    )
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size, such as 1280x800")
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark", "sepia"),
        help="colour theme for this run (default: the one chosen last, else the system's)",
    )
    args = parser.parse_args(argv)
    for path in args.files:
        load_article(path)  # refuse a bad file before anything opens or changes
    if args.screenshot is not None and not args.screenshot.parent.is_dir():
        raise ReaderError(f"{args.screenshot}: the folder does not exist")
    data_dir = paths.data_dir(args.data_dir)

    # Qt is imported only by the commands that draw.
    from PySide6.QtCore import QSize

    from reader.app import application, run_window
    from reader.instance import claim_folder, hand_over, hand_over_when_started

    application()  # before any socket: Qt has one application object per process
    if args.screenshot is None:
        # One Reader per data folder: a running one takes the files (if any) and comes to
        # the front; one that is starting (it holds the folder) does once it listens.
        items = [str(path.resolve()) for path in args.files]
        handed = hand_over(data_dir, items)
        if not handed and not claim_folder(data_dir):
            print(f"reader: waiting for the Reader starting on {data_dir}", file=sys.stderr)
            handed = hand_over_when_started(data_dir, items)
        if handed:
            print(f"opened in the running Reader: {len(items)} file(s)")
            return 0
    try:
        library = _open_library(args)
    except ReaderError as exc:
        damage = exc.__cause__
        if not isinstance(damage, DamagedDatabaseError) or args.screenshot is not None:
            raise
        from reader.app import configure_application, offer_fresh_start, system_language
        from reader.settings import Settings

        language = args.lang or Settings.in_folder(data_dir).language or system_language()
        configure_application(application(), language)
        recovery = offer_fresh_start(damage, data_dir)
        if recovery is None:
            raise
        print(recovery.summary())
        for line in recovery.lost:
            print(f"not restored: {line}")
        library = recovery.library
        _opened.append(library)
    first = None
    if args.files:
        results = library.import_paths(args.files)
        first = results[0].article_id
    size = QSize(*args.size) if args.size else None
    return run_window(
        library,
        first,
        screenshot=args.screenshot,
        size=size,
        language=args.lang,
        theme=args.theme,
    )


def _cmd_install_desktop(argv: Sequence[str]) -> int:
    parser = _parser(
        "reader install-desktop",
        "Add Reader to the desktop's applications menu and to file managers' Open With.",
    )
    parser.parse_args(argv)
    from reader.desktop import install_desktop_entry

    for path in install_desktop_entry():
        print(path)
    return 0


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "parse": _cmd_parse,
    "import": _cmd_import,
    "list": _cmd_list,
    "remove": _cmd_remove,
    "bookmarks": _cmd_bookmarks,
    "bookmark": _cmd_bookmark,
    "export": _cmd_export,
    "search": _cmd_search,
    "reindex": _cmd_reindex,
    "install-desktop": _cmd_install_desktop,
    "reset": _cmd_reset,
}


#: Options that may come before the command and take a value (which is not the command).
_VALUED_OPTIONS = frozenset({"--data-dir", "--lang", "--size", "--screenshot", "--theme"})


def _command_position(argv: Sequence[str]) -> int | None:
    """Where the command word is: the first argument that is neither an option nor an
    option's value."""
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return i
    return None


def main(argv: Sequence[str] | None = None, report_in_dialog: bool = False) -> int:
    """Run a command; the exit status. With `report_in_dialog` (started from the desktop),
    a failure of the window command is shown in a message box as well as on stderr."""
    argv = list(sys.argv[1:] if argv is None else argv)
    first = _command_position(argv)
    command = COMMANDS.get(argv[first]) if first is not None else None
    try:
        if command is not None and first is not None:
            gc.enable()  # off while Reader starts (reader.__main__); the window turns it on
            return command(argv[:first] + argv[first + 1 :])
        return _cmd_window(argv)
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        if report_in_dialog and command is None:
            from reader.app import show_error

            show_error(str(exc))
        return 1
    except sqlite3.DatabaseError as exc:
        # Damage found in the middle of a command (a large database is not fully checked
        # when it opens): still one line, never a traceback.
        detail = " ".join(str(exc).split())
        print(f"reader: the library database failed ({detail})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`reader list | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        # Closing keeps a copy of changed bookmarks (reader.store.backups).
        while _opened:
            library = _opened.pop()
            with contextlib.suppress(sqlite3.Error, ReaderError):
                library.close()
