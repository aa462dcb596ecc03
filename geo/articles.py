"""Source articles: text and metadata from ``data/articles/``, and where the outlet's words are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .dates import DateRange
from .errors import DataError
from .gazetteer import default_data_dir
from .textio import read_text
from .yamlio import Record, read_mapping, validate_unique

__all__ = ["Article", "ArticleMeta", "load_articles", "normalise_space"]

_WS = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    """Runs of white space as one space, for comparing quotes with article text."""
    return _WS.sub(" ", text).strip()


class Body(BaseModel):
    """Where the outlet's own words start and end, by marker strings found once in the text."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    starts_after: str | None = None
    ends_before: str | None = None


class ArticleMeta(BaseModel):
    """An article's metadata, as documented in ``data/articles/README.md``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str = Field(pattern=r"^[0-9a-z][0-9a-z_-]*$")
    text: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    title: str | None = None
    author: str | None = None
    url: str | None = None
    published: DateRange
    licence: str = Field(min_length=1)
    body: Body | None = None
    same_as: str | None = None

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str | None) -> str | None:
        if url is not None and not re.match(r"^https?://[^\s<>\"']+$", url):
            raise ValueError("only http(s) URLs are allowed")
        return url


@dataclass(frozen=True)
class Article:
    """An article's metadata, its full text, and the span of the text that is the outlet's."""

    meta: ArticleMeta
    text: str
    body_start: int
    body_end: int
    path: str
    line: int

    @property
    def id(self) -> str:
        """The short id events cite."""
        return self.meta.id

    @property
    def body(self) -> str:
        """The outlet's own words (no widgets before, no reader comments after)."""
        return self.text[self.body_start : self.body_end]

    def quote_span(self, quote: str) -> tuple[int, int] | None:
        """Where ``quote`` stands in the body, white space compared loosely, or ``None``."""
        words = quote.split()
        if not words:
            return None
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.compile(pattern).search(self.text, self.body_start, self.body_end)
        return match.span() if match else None


def _body_bounds(meta: ArticleMeta, text: str, record: Record) -> tuple[int, int]:
    start, end = 0, len(text)
    body = meta.body or Body()
    for name, marker in (("starts_after", body.starts_after), ("ends_before", body.ends_before)):
        if marker is None:
            continue
        count = text.count(marker)
        if count != 1:
            field = f"body.{name}"
            found = "not found" if count == 0 else f"found {count} times"
            raise DataError(
                f"marker must occur exactly once in the text ({found})",
                path=record.path,
                line=record.line_of(field),
                field=field,
            )
        at = text.index(marker)
        if name == "starts_after":
            start = at + len(marker)
        else:
            end = at
    if end <= start:
        raise DataError("body ends before it starts", path=record.path, line=record.line_of("body"), field="body")
    return start, end


def load_articles(folder: Path | None = None) -> dict[str, Article]:
    """Every ``*.yaml`` in the articles folder with its text, validated, by id."""
    folder = folder or default_data_dir() / "articles"
    records = [read_mapping(path) for path in sorted(folder.glob("*.yaml"))]
    metas, origins = validate_unique(ArticleMeta, records)
    articles: dict[str, Article] = {}
    for article_id, meta in metas.items():
        record = origins[article_id]
        text_path = Path(record.path).parent / meta.text
        if not text_path.is_file():
            raise DataError(
                f"no text file {meta.text!r} beside it", path=record.path, line=record.line_of("text"), field="text"
            )
        text = read_text(str(text_path))
        start, end = _body_bounds(meta, text, record)
        articles[meta.id] = Article(meta, text, start, end, record.path, record.line)
    for article in articles.values():
        original = articles.get(article.meta.same_as or "")
        if article.meta.same_as is not None and original is None:
            raise DataError(f"unknown article id {article.meta.same_as!r}", path=article.path, field="same_as")
        if original is not None and normalise_space(article.body) not in normalise_space(original.text):
            raise DataError(f"the text is not a copy of article {original.id!r}", path=article.path, field="same_as")
    return articles
