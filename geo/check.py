"""Check all bundled data together: the gazetteer, the articles and the events that cite both."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .articles import Article, load_articles
from .boundaries import check_geometry_refs
from .errors import DataError
from .events import Event, EventSet, load_events
from .gazetteer import Gazetteer, default_data_dir, load_gazetteer
from .yamlio import Record

__all__ = ["DataSet", "check_events", "load_dataset"]


@dataclass(frozen=True)
class DataSet:
    """Everything in a data folder, checked."""

    gazetteer: Gazetteer
    articles: dict[str, Article]
    events: EventSet


def _fail(record: Record, field: str, message: str) -> None:
    raise DataError(message, path=record.path, line=record.line_of(field), field=field)


def _check_event(event: Event, record: Record, gazetteer: Gazetteer, articles: dict[str, Article]) -> None:
    if event.place.id is not None and event.place.id not in gazetteer:
        _fail(record, "place.id", f"unknown place id {event.place.id!r}")
    cited: set[str] = set()
    for i, source in enumerate(event.sources):
        field = f"sources.{i}.article"
        article = articles.get(source.article)
        if article is None:
            _fail(record, field, f"unknown article id {source.article!r}")
            continue
        if article.meta.same_as:
            _fail(record, field, f"article {source.article!r} is a copy: cite {article.meta.same_as!r}")
        if article.quote_span(source.quote) is None:
            _fail(record, f"sources.{i}.quote", f"quote not found verbatim in the body of article {source.article!r}")
        cited.add(source.article)
        latest = article.meta.published.end
        if event.date.start and latest and event.date.start > latest:
            _fail(record, "date.start", f"{event.date.start} is after article {source.article!r} was published")
    for kind, items in (("attribution", event.attribution), ("fatalities", event.fatalities)):
        for i, item in enumerate(items):
            if item.source not in cited:
                _fail(record, f"{kind}.{i}.source", f"article {item.source!r} is not among the event's sources")


def check_events(events: EventSet, gazetteer: Gazetteer, articles: dict[str, Article]) -> None:
    """Raise :class:`DataError` (file:line, field) for the first event that does not hold together."""
    for event in events:
        _check_event(event, events.records[event.id], gazetteer, articles)


def load_dataset(data: Path | None = None, *, events_path: Path | None = None) -> DataSet:
    """Load and check a whole data folder (default: the bundled ``data/``).

    ``events_path`` reads the events from another YAML file or folder, checked against the
    folder's gazetteer and articles.
    """
    data = data or default_data_dir()
    gazetteer = load_gazetteer(data / "gazetteer")
    check_geometry_refs(gazetteer, data / "boundaries")
    articles = load_articles(data / "articles")
    events = load_events(events_path or data / "events")
    check_events(events, gazetteer, articles)
    return DataSet(gazetteer, articles, events)
