"""Choose the place each mention refers to, from the candidates its spelling allows.

Each candidate is scored on what the place is (its kind and size), where it is (Iraq and
Syria first: that is what this tool maps), what the text says around the mention ("the city
of…", "… province", "… base") and what else the text names (the countries of the places it
names without ambiguity, and how near those places are).  The highest score wins; its
confidence is its share of the softmax over all candidates, times the match quality.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import numpy as np

from .gazetteer import Place
from .lexicon import KIND_CUES_AFTER, KIND_CUES_BEFORE

if TYPE_CHECKING:
    from .geoparse import Span

__all__ = ["Scored", "resolve_mentions"]

T = TypeVar("T")
CORE_COUNTRIES = frozenset({"IQ", "SY"})
KIND_PRIOR = {
    "country": 3.0,
    "city": 2.5,
    "river": 2.5,
    "governorate": 2.2,
    "region": 2.0,
    "desert": 2.0,
    "border crossing": 2.0,
    "military base": 2.0,
    "air base": 2.0,
    "airport": 2.0,
    "town": 1.8,
    "camp": 1.8,
    "oil field": 1.8,
    "gas field": 1.8,
    "village": 1.0,
    "city district": 0.8,  # a district wins where the text names its city or calls it a district
    "archaeological site": 1.2,
}
DEFAULT_PRIOR = 1.5
AREA_KINDS = frozenset({"country", "region", "governorate", "desert", "river", "zone"})
EARTH_RADIUS_KM = 6371.0088
_WORDS = re.compile(r"[^\W\d_]+")


class Scored(NamedTuple):
    """A candidate place with its score and confidence (a tuple: one is made per candidate of every mention)."""

    place: Place
    score: float
    confidence: float
    why: tuple[str, ...] = ()  # what made it win over the next best, for --details


# the rest of a list of names, then the plural that says their kind ("…, Kirkuk, and Nineveh provinces")
_LISTED_BEFORE_PLURAL = re.compile(
    r"(?:\s*,?\s*(?:and\s+|or\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})+\s+"
    r"(?P<plural>provinces|governorates|regions|cities|towns|villages)\b"
)


def _cues_by_last_word() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The cues before a name, by their last word; the Arabic ones under "" (a proclitic may join their first)."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for phrase, kinds in KIND_CUES_BEFORE.items():
        table.setdefault(phrase.split()[-1] if phrase.isascii() else "", []).append((phrase, kinds))
    return table


_CUES_BEFORE = _cues_by_last_word()


def _kind_cues(text: str, span: Span) -> tuple[str, ...]:
    """Kinds the words around the span ask for ("city of X", "X province")."""
    listed = _LISTED_BEFORE_PLURAL.match(text, span.end, span.end + 120)
    if listed:  # "Diyala, Kirkuk and Nineveh provinces": the plural after the list names each one's kind
        return KIND_CUES_AFTER[listed.group("plural").lower()]
    after = _WORDS.findall(text[span.end : span.end + 30].lower())[:2]
    words = _WORDS.findall(text[max(0, span.start - 30) : span.start].lower())[-2:]
    cues: list[str] = []
    if after:
        cues += KIND_CUES_AFTER.get(after[0], ())
        if after[0] in ("air", "military", "oil", "border") and len(after) > 1:
            cues += KIND_CUES_AFTER.get(after[1], ())
    if words:
        before = " ".join(words)
        for phrase, kinds in _CUES_BEFORE.get(words[-1] if words[-1].isascii() else "", ()):
            if before.endswith(phrase) and (len(before) == len(phrase) or before[-len(phrase) - 1] in " بلوف"):
                cues += kinds  # the cue is a word of its own, or carries one Arabic proclitic ("بريف")
    return tuple(cues)


class _Context:
    """What the whole text says: the countries and points of its unambiguous mentions."""

    def __init__(self, spans: list[Span]) -> None:
        anchors = [s.candidates[0].place for s in spans if len(s.candidates) == 1]
        self.countries = Counter(p.country for p in anchors)
        self.total = sum(self.countries.values()) or 1
        self.admin1 = {p.id for p in anchors if p.kind == "governorate"} | {p.admin1 for p in anchors if p.admin1}
        # places the text may name: "Baghdad" is the city or its province, either way the districts' city
        self.named = {c.place.id for s in spans if len(s.candidates) <= 3 for c in s.candidates}
        points = {(p.lat, p.lon) for p in anchors if p.kind not in AREA_KINDS}
        self.points = np.array(sorted(points)) if points else None
        self._spans = spans
        self._near: dict[str, float] | None = None

    def stray_village(self, place: Place) -> bool:
        """A village more than _STRAY_KM from every other point the text names: a namesake the gazetteer lacks.

        Villages share their names with hundreds of others and the gazetteer holds few of them, so the one
        it has is likely the wrong one when everything else the text names is far away.
        """
        if place.kind != "village" or self.points is None:
            return False
        others = self.points[(self.points[:, 0] != place.lat) | (self.points[:, 1] != place.lon)]
        return len(others) > 0 and float(_nearest_km([place], others)[0]) > _STRAY_KM

    def nearness(self, place: Place) -> float:
        """1 at an anchor, falling off over ~150 km; 0 without anchors."""
        if self.points is None or place.kind in AREA_KINDS:
            return 0.0
        if self._near is None:  # every namesake's at once: one array operation per text, not one per place
            places = {c.place.id: c.place for s in self._spans if len(s.candidates) > 1 for c in s.candidates}
            near = np.exp(-_nearest_km(list(places.values()), self.points) / 150.0).tolist()
            self._near = dict(zip(places, near, strict=True))
        if place.id not in self._near:
            self._near[place.id] = math.exp(-_nearest_km([place], self.points)[0] / 150.0)
        return self._near[place.id]


def _nearest_km(places: list[Place], points: np.ndarray) -> np.ndarray:
    """Each place's great-circle distance to the nearest of ``points`` (haversine, all pairs in one array)."""
    here = np.radians(np.array([[p.lat, p.lon] for p in places]))
    there = np.radians(points)
    lat1, lon1 = here[:, :1], here[:, 1:]
    lat2, lon2 = there[:, 0], there[:, 1]
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return (2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))).min(axis=1)


_NEAR = "near the other places the text names"


def _parts(span: Span, place: Place, exact: bool, cues: tuple[str, ...], ctx: _Context) -> dict[str, float]:
    """The score of one candidate, part by part (each part named as --details explains a choice)."""
    return {
        "its kind": KIND_PRIOR.get(place.kind, DEFAULT_PRIOR),
        "its size": min(math.log10((place.population or 0) + 1), 7.0) / 7.0,
        "in Iraq or Syria": 1.0 if place.country in CORE_COUNTRIES else 0.0,
        "the country the text is about": 1.5 * ctx.countries.get(place.country, 0) / ctx.total,
        _NEAR: 1.5 * ctx.nearness(place),
        "in a province the text names": 0.5 if place.admin1 in ctx.admin1 or place.id in ctx.admin1 else 0.0,
        "in the city the text names": 2.0 if place.part_of and place.part_of in ctx.named else 0.0,
        "the kind word beside it": 2.5 if any(cue in place.kind for cue in cues) else 0.0,
        "its spelling exactly": 0.3 if exact else 0.0,
        "the dateline's country": 3.0 if span.country_hint and place.country == span.country_hint else 0.0,
    }


def _why(best: dict[str, float], second: dict[str, float]) -> tuple[str, ...]:
    """The parts in which the winner beats the runner-up, largest first."""
    gains = sorted(((best[k] - second.get(k, 0.0), k) for k in best), reverse=True)
    return tuple(k for gain, k in gains if gain > 0.1)


# what ties a place to the next one named: "…, 40 km south-east of X", "east of X", "near X", "in X province",
# "قرب X", "شرق X", "في محافظة X"
_RELATION = re.compile(
    r"^[\s,]*(?:(?:a\s+|the\s+)?(?:town|village|city|area)\s+)?(?:(?:about|some|around|nearly)\s+)?"
    r"(?:(?P<km>\d+(?:\.\d+)?)\s*(?:km|kilometers|kilometres|kilometer|kilometre)\s+)?"
    r"(?P<rel>(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of|near|outside|in|inside|"
    r"in\s+the\s+(?:(?:north|south|east|west)\w*\s+)?countryside\s+of)\s+(?:the\s+)?$|"
    r"^[\s،,]*(?:(?:على\s+)?بعد\s+(?P<km_ar>\d+)\s*(?:كم|كيلومتر\w*)\s+)?"
    r"(?P<rel_ar>قرب|شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي|في|بريف|ريف|محافظة|في\s+محافظة)\s*$"
)


def _stated_relations(text: str, spans: list[Span]) -> dict[int, tuple[Span, float | None, bool]]:
    """Per span index: the place named right after it that the text ties it to.

    With it: how near it is said to be (km, or None), and whether the tie is "in" (lying inside it)
    rather than a distance ("40 km east of").
    """
    out: dict[int, tuple[Span, float | None, bool]] = {}
    for i in range(len(spans) - 1):
        gap = text[spans[i].end : spans[i + 1].start]
        if len(gap) > 45:
            continue
        m = _RELATION.match(gap)
        if m is None:
            continue
        km = m.group("km") or m.group("km_ar")
        rel = m.group("rel") or m.group("rel_ar") or ""
        inside = rel in ("in", "inside", "في", "محافظة", "في محافظة", "بريف", "ريف") or rel.endswith("countryside of")
        out[i] = (spans[i + 1], float(km) if km else None, inside)
    return out


def _fits(place: Place, anchor: Place, km: float | None, inside: bool) -> bool:
    """Whether ``place`` stands where the text says: inside ``anchor``'s area, or near it (within ~2x the km said)."""
    if place.kind in _RUNS_THROUGH:
        return True
    if inside and anchor.kind in AREA_KINDS:
        return place.admin1 == anchor.id or (place.country == anchor.country and anchor.kind == "country")
    reach = max(2.5 * km, 25.0) if km else 75.0
    near = float(_nearest_km([place], np.array([[anchor.lat, anchor.lon]]))[0])
    return near <= reach


def _anchors(span: Span) -> list[Place]:
    """The places a relation may tie a mention to: the anchor's namesakes in Iraq and Syria, else all of them."""
    return [c.place for c in span.candidates if c.place.country in CORE_COUNTRIES] or [c.place for c in span.candidates]


# "the Euphrates River in Deir ez-Zor Governorate": a river runs through the places it is said to be in or
# near, and its one point in the gazetteer says nothing of where that is
_RUNS_THROUGH = frozenset({"river"})
_MAX_ANCHORS = 3  # an anchor of more namesakes than this ties nothing down


def _fits_relation(relation: tuple[Span, float | None, bool], place: Place) -> bool:
    """Whether ``place`` fits what the text says of it, where the place it is tied to is clear."""
    anchor_span, km, inside = relation
    anchors = _anchors(anchor_span)
    if len(anchors) > _MAX_ANCHORS or place.kind in _RUNS_THROUGH:
        return True
    if not inside and km is None:  # "west of Mosul" may reach 200 km, not the far side of the country
        return float(_nearest_km([place], np.array([[a.lat, a.lon] for a in anchors]))[0]) <= _LOOSE_KM
    return any(_fits(place, a, km, inside) for a in anchors)


_LOOSE_KM = 300.0  # how far "east of X", said without a distance, may reach
_STRAY_KM = 250.0  # how far from everything else a text names a village may lie and still be that village


def resolve_mentions(
    text: str, spans: list[Span], build: Callable[[str, Span, Scored | None, list[Scored]], T]
) -> list[T]:
    """Score every span's candidates in the context of the whole text and build its result.

    A relation the text states ("Sinjar, 40 km south-east of Idlib", "Sinjar in Idlib province") makes
    the namesake that fits it win over a larger or better-known one.
    """
    ctx = _Context(spans)
    relations = _stated_relations(text, spans)
    chosen: dict[tuple[object, ...], tuple[Scored, list[Scored]]] = {}  # the same name, said the same way
    results = []
    for i, span in enumerate(spans):
        if not span.candidates:
            results.append(build(text, span, None, []))
            continue
        if len(span.candidates) == 1:
            only = span.candidates[0].place
            if (i in relations and not _fits_relation(relations[i], only)) or ctx.stray_village(only):
                # "the village of Al-Qayrawan, in the countryside of Tal Hamis": not the Iraqi Al-Qayrawan,
                # some village the gazetteer lacks; so too a village far from every other place the text names
                results.append(build(text, span, None, [Scored(only, 0.0, span.quality)]))
                continue
            results.append(build(text, span, Scored(only, 0.0, span.quality), []))
            continue
        cues = _kind_cues(text, span)
        if i not in relations:
            # within one text a name's score depends only on its candidates, the words beside it and the hint
            key = (id(span.candidates), cues, span.country_hint, span.quality)
            if key not in chosen:
                chosen[key] = _choose(span, _scores(span, cues, ctx))
            results.append(build(text, span, *chosen[key]))
            continue
        parts = _scores(span, cues, ctx)
        anchor_span, km, inside = relations[i]
        anchors = _anchors(anchor_span)
        if len(anchors) <= _MAX_ANCHORS:
            said = text[anchor_span.start : anchor_span.end]
            for c in span.candidates:
                fits = any(_fits(c.place, a, km, inside) for a in anchors)
                parts[c.place.id][f"the relation the text states to {said}"] = 4.0 if fits else 0.0
            if not any(_fits_relation(relations[i], c.place) for c in span.candidates):
                # "القيروان بريف الحسكة": neither Kairouan nor the Iraqi village; one the gazetteer lacks
                others = [Scored(c.place, 0.0, span.quality) for c in span.candidates]
                results.append(build(text, span, None, others))
                continue
        results.append(build(text, span, *_choose(span, parts)))
    return results


def _scores(span: Span, cues: tuple[str, ...], ctx: _Context) -> dict[str, dict[str, float]]:
    """Each candidate's score parts, by place id.

    Nearness cannot tell a city from the province that holds it ("ريف ديرالزور" beside a village of the
    province): the province is as near as its city, and the words around the name decide.
    """
    parts = {c.place.id: _parts(span, c.place, c.exact, cues, ctx) for c in span.candidates}
    for c in span.candidates:
        province = parts.get(c.place.admin1 or "")
        if province is not None:
            province[_NEAR] = max(province[_NEAR], parts[c.place.id][_NEAR])
    return parts


def _choose(span: Span, parts: dict[str, dict[str, float]]) -> tuple[Scored, list[Scored]]:
    """The winner, with why it won, and the others by score (a softmax over the summed parts, times the quality)."""
    raw = [(sum(parts[c.place.id].values()), c.place) for c in span.candidates]
    top = max(s for s, _ in raw)
    weights = [math.exp(s - top) for s, _ in raw]
    total = sum(weights)
    scored = sorted(
        (Scored(p, s, span.quality * w / total) for (s, p), w in zip(raw, weights, strict=True)),
        key=lambda x: (-x.score, x.place.id),
    )
    best = scored[0]
    if len(scored) > 1:
        best = Scored(best.place, best.score, best.confidence, _why(parts[best.place.id], parts[scored[1].place.id]))
    return best, scored[1:]
