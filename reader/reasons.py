"""Why a file or an address was not read: every reason Reader gives, in one place, marked for
translation.

The importers and the store give a reason as a `Reason`: an English template with `{name}`
fields, and the values of the fields. The command line prints it in English (`str()`); the
window shows it in its own language (`reader.views.skipped`), from the Arabic translation of
the template and of any value that is itself one of the phrases below (what kind of file it
is). File names, sizes, byte offsets and the operating system's own words stay as they are.

The templates are marked with `QT_TRANSLATE_NOOP`, the name `pyside6-lupdate` collects, which
here is a plain function: this module, like the importers and the store, imports no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

# The translation context of the reasons (in reader/resources/translations/reader_ar.ts).
CONTEXT = "Reason"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for translation in `context`."""
    return text


@dataclass(frozen=True)
class Reason:
    """A reason with its values: `template` names them as `{name}`; `str()` is the English."""

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return self.template.format_map(dict(self.values)) if self.values else self.template


def reason(template: str, **values: object) -> Reason:
    """The reason `template` with its fields' values."""
    return Reason(template, tuple((name, str(value)) for name, value in values.items()))


# -- files ---------------------------------------------------------------------------------

FOLDER = QT_TRANSLATE_NOOP("Reason", "is a folder, not an article file")
NOT_REGULAR = QT_TRANSLATE_NOOP("Reason", "not a regular file")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Reason", "no such file")
PERMISSION = QT_TRANSLATE_NOOP("Reason", "permission denied")
#: `{error}`: the operating system's words.
UNREADABLE = QT_TRANSLATE_NOOP("Reason", "cannot be read ({error})")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Reason", "too large for an article ({size}; Reader reads articles up to {limit})"
)
EMPTY = QT_TRANSLATE_NOOP("Reason", "the file is empty")
ONLY_CHROME = QT_TRANSLATE_NOOP("Reason", "no article text found (only site chrome)")
NOT_AN_ARTICLE_FILE = QT_TRANSLATE_NOOP("Reason", "not an article file ({ending})")
NO_ENDING = QT_TRANSLATE_NOOP("Reason", "no extension")
SAVED_PAGE_FILES = QT_TRANSLATE_NOOP(
    "Reason", "the files of a saved web page ({page}), not articles"
)
NAME_NOT_UTF8 = QT_TRANSLATE_NOOP("Reason", "the file name is not valid UTF-8")

# -- text and encodings --------------------------------------------------------------------

#: `{kind}`: one of the kinds below.
NOT_TEXT = QT_TRANSLATE_NOOP("Reason", "not a text file (it is {kind})")
BINARY = QT_TRANSLATE_NOOP("Reason", "not a text file (it contains binary data)")
#: `{codec}`: UTF-8, UTF-16-LE …; `{detail}`: Python's words for the bad bytes.
BAD_UNICODE = QT_TRANSLATE_NOOP("Reason", "not valid {codec} text ({detail})")
MIXED_ENCODINGS = QT_TRANSLATE_NOOP(
    "Reason", "not UTF-8 text: damaged or mixed encodings (byte {byte} at offset {offset})"
)
NO_ENCODING = QT_TRANSLATE_NOOP(
    "Reason", "not UTF-8 text (byte {byte} at offset {offset}) nor text in another encoding"
)

PNG = QT_TRANSLATE_NOOP("Reason", "a PNG image")
JPEG = QT_TRANSLATE_NOOP("Reason", "a JPEG image")
GIF = QT_TRANSLATE_NOOP("Reason", "a GIF image")
RIFF = QT_TRANSLATE_NOOP("Reason", "a RIFF file (WebP image, WAV or AVI)")
PDF = QT_TRANSLATE_NOOP("Reason", "a PDF document")
ZIP = QT_TRANSLATE_NOOP("Reason", "a ZIP archive (or a document packed as one: EPUB, DOCX, ODT)")
GZIP = QT_TRANSLATE_NOOP("Reason", "a gzip archive")
SEVEN_ZIP = QT_TRANSLATE_NOOP("Reason", "a 7-Zip archive")
ELF = QT_TRANSLATE_NOOP("Reason", "a program (ELF)")
SQLITE = QT_TRANSLATE_NOOP("Reason", "an SQLite database")
MP3 = QT_TRANSLATE_NOOP("Reason", "an MP3 file")
OGG = QT_TRANSLATE_NOOP("Reason", "an Ogg media file")

# -- web pages and feeds -------------------------------------------------------------------

NOT_A_PAGE = QT_TRANSLATE_NOOP("Reason", "not a web page that can be read")
NO_PAGE_TEXT = QT_TRANSLATE_NOOP("Reason", "no article text found in the page")
NOT_A_FEED = QT_TRANSLATE_NOOP("Reason", "not an RSS or Atom feed with entries")
#: `{detail}`: what the feed parser said.
NOT_A_FEED_BECAUSE = QT_TRANSLATE_NOOP("Reason", "not an RSS or Atom feed with entries ({detail})")
EMPTY_FEED = QT_TRANSLATE_NOOP("Reason", "the feed's entries have no text")

# -- the library ---------------------------------------------------------------------------

#: `{error}`: SQLite's or the store's words ("database is locked").
LIBRARY_UNAVAILABLE = QT_TRANSLATE_NOOP("Reason", "the library could not be opened ({error})")

# -- web addresses -------------------------------------------------------------------------

LARGER_THAN = QT_TRANSLATE_NOOP("Reason", "larger than {limit}")
CUT_SHORT = QT_TRANSLATE_NOOP(
    "Reason", "cannot be fetched (cut short: {received} of {length} bytes came)"
)
TOO_MANY_REDIRECTS = QT_TRANSLATE_NOOP("Reason", "more than {count} redirects")
#: `{status}`: the status code and the server's own words for it ("404 Not Found").
SERVER_ANSWERED = QT_TRANSLATE_NOOP("Reason", "the server answered {status}")
NO_ANSWER = QT_TRANSLATE_NOOP("Reason", "no answer within {seconds} seconds")
#: `{detail}`: the network library's words.
CANNOT_FETCH = QT_TRANSLATE_NOOP("Reason", "cannot be fetched ({detail})")
TOO_SLOW = QT_TRANSLATE_NOOP("Reason", "the transfer took too long")
NOT_ARTICLE_OR_FEED = QT_TRANSLATE_NOOP("Reason", "not an article or a feed (it is {kind})")
BAD_ADDRESS = QT_TRANSLATE_NOOP("Reason", "not a valid web address ({detail})")
NO_HOST = QT_TRANSLATE_NOOP("Reason", "not a valid web address (no host name)")
SPACE_IN_HOST = QT_TRANSLATE_NOOP(
    "Reason", "not a valid web address (a space or control character in the host name)"
)
NOT_HTTP = QT_TRANSLATE_NOOP("Reason", "only http and https addresses are fetched, not {scheme}")
NO_SCHEME = QT_TRANSLATE_NOOP("Reason", "an address without a scheme")
REDIRECTED_NOT_HTTP = QT_TRANSLATE_NOOP(
    "Reason", "redirected to {address}; only http and https addresses are fetched, not {scheme}"
)
