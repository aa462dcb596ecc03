"""Resolve a place name on its own (no surrounding text) to gazetteer places, with a confidence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz, process

from .disambiguate import Scored, resolve_mentions
from .geoparse import Geoparser, Span
from .index import Candidate
from .normalize import fold_name, skeleton

__all__ = ["Resolution", "Resolver"]

VARIANT_QUALITY = 0.97  # a derived spelling (article, apostrophe, ending) rather than a listed one
FUZZY_MIN = 80.0


@dataclass(frozen=True, slots=True)
class Resolution:
    """The best place for a name, how sure, and the runners-up."""

    query: str
    best: Scored | None
    alternatives: tuple[Scored, ...]

    def to_json(self) -> dict[str, object]:
        """The stable JSON shape: query, place, confidence, alternatives."""
        return {
            "query": self.query,
            "place": self.best.place.summary() if self.best else None,
            "confidence": round(self.best.confidence, 3) if self.best else 0.0,
            "alternatives": [{**s.place.summary(), "confidence": round(s.confidence, 3)} for s in self.alternatives],
        }


class Resolver:
    """Name → place, through exact and derived spellings, then skeleton and fuzzy matching."""

    def __init__(self, parser: Geoparser) -> None:
        self.parser = parser

    @cached_property
    def _choices(self) -> tuple[list[str], list[Candidate]]:
        """Every spelling folded, for the last-resort fuzzy search."""
        folded, cands = [], []
        for place in self.parser.gazetteer:
            for spelling in place.spellings:
                folded.append(fold_name(spelling))
                cands.append(Candidate(place, spelling, False))
        return folded, cands

    def _candidates(self, name: str) -> tuple[tuple[Candidate, ...], float]:
        exact = self.parser.index.lookup(name)
        if exact:
            quality = 1.0 if any(c.exact for c in exact) else VARIANT_QUALITY
            return exact, quality
        folded = fold_name(name)
        by_skeleton = [
            (fuzz.ratio(folded, fold_name(s)), Candidate(p, s, False))
            for p, s in self.parser.index.skeletons.get(skeleton(name), [])
        ]
        by_skeleton = [(score, c) for score, c in by_skeleton if score >= FUZZY_MIN]
        if not by_skeleton:
            choices, cands = self._choices
            hits = process.extract(folded, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN, limit=10)
            by_skeleton = [(score, cands[i]) for _, score, i in hits]
        if not by_skeleton:
            return (), 0.0
        best: dict[str, tuple[float, Candidate]] = {}
        for score, cand in sorted(by_skeleton, key=lambda x: -x[0]):
            best.setdefault(cand.place.id, (score, cand))
        top = max(score for score, _ in best.values())
        return tuple(c for _, c in best.values()), top / 100.0 * 0.95

    def resolve(self, name: str) -> Resolution:
        """The place ``name`` most likely refers to, with alternatives."""
        candidates, quality = self._candidates(name)
        if not candidates:
            return Resolution(name, None, ())
        span = Span(0, len(name), candidates, quality=quality)
        best, others = resolve_mentions(name, [span], lambda _t, _s, chosen, rest: (chosen, rest))[0]
        return Resolution(name, best, tuple(others))
