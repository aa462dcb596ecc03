"""Add an article to ``data/articles/``: plain text, Markdown, or a saved web page.

A web page's text and metadata (title, date, author, canonical URL) are extracted with
trafilatura; options given by the user win over what the page says.  The same text twice is
refused, whatever the file is called.  Nothing is written unless everything is valid.

Size limits: an article's text may be at most :data:`MAX_ARTICLE_BYTES` (1 MB of UTF-8, about
150,000 words: a hundred times a long news report, and a review queue a person can still
read); a saved web page at most :data:`MAX_PAGE_BYTES` (10 MB, for the markup, scripts and
inline images around its text).  Larger input is refused before it is read in full, with one
line naming the file and the limit; split a long document into its articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .articles import ArticleMeta, load_articles, normalise_space
from .errors import InputError
from .textio import decode_text, read_input, too_large, write_text
from .yamlio import dump_yaml, field_path

__all__ = ["MAX_ARTICLE_BYTES", "MAX_PAGE_BYTES", "NewArticle", "add_article", "read_source"]

MAX_ARTICLE_BYTES = 1_000_000  # the text of one article, UTF-8 (a plain or Markdown file as given)
MAX_PAGE_BYTES = 10_000_000  # a saved web page, markup and all, before its text is extracted
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class NewArticle:
    """What was read from the input: the text and whatever metadata the page carried."""

    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None


def _from_html(page: str, name: str) -> NewArticle:
    import trafilatura  # imported here: only web pages need it, and it is slow to import

    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        raise InputError("no article text found in the page", path=name)
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    first, _, rest = text.partition("\n")
    if meta.get("title") and first.strip() == meta["title"].strip():
        text = rest  # the headline is the title, not a sentence of the article
    return NewArticle(
        text=text,
        title=meta.get("title"),
        published=meta.get("date"),
        author=meta.get("author"),
        url=meta.get("url"),
    )


def _from_markdown(text: str) -> NewArticle:
    """Markdown to plain text: headings, emphasis and link syntax dropped, words kept."""
    title = None
    lines = []
    for line in text.splitlines():
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading and title is None:
            title = heading.group(1)
            continue  # the title is metadata, not a sentence of the article
        line = re.sub(r"^\s{0,3}#{1,6}\s+", "", line)
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", r"\2", line)
        line = re.sub(r"^\s*>\s?", "", line)
        lines.append(line)
    return NewArticle(text="\n".join(lines), title=title)


def read_source(path: str) -> NewArticle:
    """The article in ``path`` (``-`` for standard input), by its kind: HTML, Markdown or text.

    Raises :class:`InputError` for input over the size limits (see the module's docstring).
    """
    suffix = Path(path).suffix.lower()
    if path == "-":  # a web page or not by its content: the page's limit, then the text's below
        name, data = read_input(path, MAX_PAGE_BYTES, "standard input")
    elif suffix in _HTML_SUFFIXES:
        name, data = read_input(path, MAX_PAGE_BYTES, "a web page")
    else:
        name, data = read_input(path, MAX_ARTICLE_BYTES, "an article")
    text = decode_text(data, name)
    looks_html = suffix in _HTML_SUFFIXES or (path == "-" and re.match(r"\s*(<!doctype html|<html)", text, re.I))
    if looks_html:
        found = _from_html(text, name)
    elif suffix in (".md", ".markdown"):
        found = _from_markdown(text)
    else:
        found = NewArticle(text=text)
    body = "\n".join(line.rstrip() for line in found.text.strip().splitlines()) + "\n"
    if not body.strip():
        raise InputError("empty text", path=name)
    size = len(body.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        raise InputError(too_large(size, MAX_ARTICLE_BYTES, "an article's text"), path=name)
    return NewArticle(body, found.title, found.published, found.author, found.url)


def _parse_date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"unparseable publication date {value!r} (use YYYY-MM-DD)", path=name) from None


def content_key(text: str) -> str:
    """What two copies of one text share: its words, white space ignored."""
    return hashlib.sha256(normalise_space(text).encode("utf-8")).hexdigest()


def _next_id(taken: set[str]) -> str:
    numbers = [int(i) for i in taken if i.isdigit()]
    return f"{(max(numbers) + 1) if numbers else 1:03d}"


def add_article(
    path: str,
    *,
    outlet: str,
    published: str | None,
    folder: Path,
    title: str | None = None,
    url: str | None = None,
    author: str | None = None,
    licence: str | None = None,
) -> tuple[str, Path]:
    """Store the article in ``folder``; return its new id and the path of its text.

    Raises :class:`InputError` (nothing written) for unreadable, binary, non-UTF-8 or empty
    input, a missing or unparseable date, or a text that is already stored.
    """
    name = "<stdin>" if path == "-" else path
    found = read_source(path)
    date_text = published or found.published
    if not date_text:
        raise InputError("no publication date: give --published YYYY-MM-DD", path=name)
    day = _parse_date(date_text, name)
    existing = load_articles(folder)
    key = content_key(found.text)
    for article in existing.values():
        if content_key(article.text) == key or content_key(article.body) == key:
            raise InputError(
                f"this text is already stored as article {article.id!r} ({Path(article.path).name})", path=name
            )
    article_id = _next_id(set(existing))
    stem = f"{article_id}_{key[:16]}"
    record = {
        "id": article_id,
        "text": f"{stem}.txt",
        "outlet": outlet,
        "title": title or found.title,
        "author": author or found.author,
        "url": url or found.url,
        "published": {
            "start": day.isoformat(),
            "end": day.isoformat(),
            "precision": "day",
            "text": date_text,
            "evidence": "given on the command line" if published else "the web page's metadata",
        },
        "licence": licence or "unknown",
        "same_as": None,
    }
    try:
        ArticleMeta.model_validate(record)  # refuses a bad URL or field before anything is written
    except ValidationError as err:
        first = err.errors()[0]
        raise InputError(
            first["msg"].removeprefix("Value error, "), path=name, field=field_path(first["loc"])
        ) from None
    text_path = folder / f"{stem}.txt"
    write_text(text_path, found.text)
    try:
        write_text(folder / f"{stem}.yaml", dump_yaml(record))
    except BaseException:
        text_path.unlink(missing_ok=True)
        raise
    return article_id, text_path
