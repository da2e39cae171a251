"""The parsed article: plain, immutable data that every importer produces and every view reads.

No Qt here. An `Article` is what `reader parse FILE --json` prints (see `Article.to_json`), what
the store keeps and what the document model serves to the panes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

#: Words a minute used for the reading-time estimate, by language; others use the default.
#: Arabic is read somewhat slower per word than English because its words pack more morphemes.
_WORDS_PER_MINUTE = {"ar": 180, "fa": 190, "he": 190, "en": 230}
_DEFAULT_WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Section:
    """A heading and the paragraphs under it; the lead has no heading (`heading is None`)."""

    heading: str | None
    paragraphs: tuple[str, ...]

    @property
    def is_lead(self) -> bool:
        return self.heading is None

    def text(self) -> str:
        """The section as plain text: heading (if any) and paragraphs, one per line."""
        lines = [] if self.heading is None else [self.heading]
        lines.extend(self.paragraphs)
        return "\n".join(lines)


@dataclass(frozen=True)
class Article:
    """One article: where it sits on its site (breadcrumb), its title and its sections.

    `dropped` holds the input lines the importer judged to be site chrome (related-article
    blocks, share buttons, back-to-top links): kept so that nothing of the input is lost and a
    user can see what was left out.
    """

    title: str
    sections: tuple[Section, ...]
    breadcrumb: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    language: str = "und"
    direction: str = "ltr"
    source: str = ""
    #: What the page said of itself, where the format carries it (web pages, feeds, Markdown
    #: front matter): "" when unknown. `published` is a date as the source gave it, ISO 8601
    #: where the importer could read it.
    author: str = ""
    published: str = ""
    site: str = ""

    @property
    def lead(self) -> Section | None:
        if self.sections and self.sections[0].is_lead:
            return self.sections[0]
        return None

    def word_count(self) -> int:
        words = len(self.title.split())
        for section in self.sections:
            words += len(section.text().split())
        return words

    def reading_minutes(self) -> int:
        """Estimated minutes to read the article, at least one."""
        rate = _WORDS_PER_MINUTE.get(self.language, _DEFAULT_WORDS_PER_MINUTE)
        return max(1, math.ceil(self.word_count() / rate))

    def summary(self) -> ArticleSummary:
        return ArticleSummary(
            title=self.title,
            breadcrumb=self.breadcrumb,
            source=self.source,
            language=self.language,
            direction=self.direction,
            reading_minutes=self.reading_minutes(),
            section_count=len(self.sections),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON contract of `reader parse FILE --json`."""
        return {
            "title": self.title,
            "breadcrumb": list(self.breadcrumb),
            "language": self.language,
            "direction": self.direction,
            "sections": [
                {"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in self.sections
            ],
            "dropped": list(self.dropped),
            "author": self.author,
            "published": self.published,
            "site": self.site,
        }


@dataclass(frozen=True)
class ArticleSummary:
    """What the article list needs to show a row, without the article's text."""

    title: str
    breadcrumb: tuple[str, ...]
    source: str
    language: str
    direction: str
    reading_minutes: int
    section_count: int
