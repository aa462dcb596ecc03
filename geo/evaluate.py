"""Measure proposed incidents against the curated events: how many are found, how many are noise."""

from __future__ import annotations

from dataclasses import dataclass

from .check import DataSet
from .extract import Candidate, extract
from .geoparse import Geoparser

__all__ = ["ExtractScore", "score_extraction"]


@dataclass(frozen=True)
class ExtractScore:
    """Counts of an extraction run against curated events, per article and in total."""

    curated: int  # curated (event, article) pairs: an event cited by two articles counts twice
    proposed: int  # candidates proposed
    found: int  # curated pairs some candidate's sentence overlaps
    incidents: int  # candidates whose sentence overlaps some curated quote
    missed: tuple[str, ...]  # "event-id@article" not found
    noise: tuple[str, ...]  # sentences proposed that are no curated incident

    @property
    def recall(self) -> float:
        """Share of curated incidents proposed."""
        return self.found / self.curated if self.curated else 0.0

    @property
    def precision(self) -> float:
        """Share of proposals that are curated incidents."""
        return self.incidents / self.proposed if self.proposed else 0.0


def score_extraction(data: DataSet, parser: Geoparser) -> ExtractScore:
    """Run :func:`extract` on every original article and compare with the curated events' quotes."""
    quotes: dict[str, list[tuple[str, int, int]]] = {}
    for event in data.events:
        for source in event.sources:
            span = data.articles[source.article].quote_span(source.quote)
            if span:
                quotes.setdefault(source.article, []).append((event.id, *span))
    candidates: list[Candidate] = []
    for article in data.articles.values():
        if article.meta.same_as:
            continue
        candidates += extract(
            article.text, parser, published=article.meta.published.end, article=article.id,
            start=article.body_start, end=article.body_end,
        )  # fmt: skip
    pairs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for article_id, spans in quotes.items():
        for event_id, s, e in spans:
            pairs.setdefault((event_id, article_id), []).append((s, e))
    found, missed = 0, []
    for (event_id, article_id), spans in sorted(pairs.items()):
        if any(c.article == article_id and c.start < e and s < c.end for c in candidates for s, e in spans):
            found += 1
        else:
            missed.append(f"{event_id}@{article_id}")
    incidents, noise = 0, []
    for c in candidates:
        if any(c.start < e and s < c.end for _, s, e in quotes.get(c.article or "", [])):
            incidents += 1
        else:
            noise.append(f"{c.article}: {c.sentence[:100]}")
    curated = len(pairs)
    return ExtractScore(curated, len(candidates), found, incidents, tuple(missed), tuple(noise))
