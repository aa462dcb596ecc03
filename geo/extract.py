"""Propose candidate incidents from an article's text, for a person to review.

A sentence is proposed when it reports something that happened (a trigger word: airstrike,
seized, convoy…), where (a place that is not just a country, or a country and a date), and
not in a question, a negation or a hypothetical.  Each proposal carries its place mentions,
its dates resolved against the article's publication date, the actors it names and the
fatalities it reports.  Precision is preferred to recall: a reviewer should rarely see
sentences that are not incidents.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .actors import find_actors
from .datetext import DateMention, find_dates
from .geoparse import Geoparser, Mention

__all__ = ["Candidate", "extract", "split_sentences"]

_TRIGGERS: list[tuple[str, str]] = [
    ("assassination", r"assassinat\w*"),
    ("drone_strike", r"drone (?:strikes?|attacks?)|drones? (?:struck|hit|attacked|targeted)"),
    ("air_strike", r"air ?strikes?|air raids?|warplanes|bombed|bombing|carpet bomb\w*"),
    ("rocket_attack", r"rocket (?:attacks?|fire)|rockets|missiles? (?:attacks?|strikes?)"),
    ("shelling", r"shell(?:ing|ed)|artillery|mortars?"),
    ("siege", r"sieges?|besieged|encircled"),
    (
        "territory_change",
        r"seized|captur(?:ed|ing)|took control|taken control|lost control|liberat(?:ed|ing)|recaptured|retook|"
        r"overran|fell to|defeated",
    ),
    ("protest", r"protests?|protesters|demonstrated|demonstrations?|rallied|funeral procession|mourners"),
    ("political_decision", r"parliament(?:ary)? (?:passed|voted|approved)|passed (?:a|the) (?:bill|law|legislation)"),
    ("agreement", r"(?:signed|reached) (?:a|an|the) (?:\w+ )?(?:agreement|deal|ceasefire|truce)"),
    (
        "troop_movement",
        r"convoys?|deployed|deployment|reinforcements|entered|withdr[ae]w|advanc(?:ed|ing)|marched|movements",
    ),
    ("armed_clash", r"clash(?:es|ed)|fighting|fought|battles?|offensive|military operations?"),
    ("base_established", r"(?:maintained|established|set up) (?:a )?(?:presence|base)"),
    ("attack", r"attacks?|attacked|targeted|struck|intercepted|explosions?|blasts?"),
]
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _TRIGGERS) + r")\b", re.IGNORECASE
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|will|can|cannot|should|might|must|if|wants? to|plans? to|aims? to|threat(?:en)?s? to|"
    r"not|never|no|without|instead of)\b",
    re.IGNORECASE,
)
# "cities like Mosul": an example in an argument, not a report of one incident
_GENERIC = re.compile(r"\b(?:cities|towns|places|areas|countries) like\b|\ball roads lead\b", re.IGNORECASE)
_NUMBER = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a": 1, "an": 1,
}  # fmt: skip
_COUNT = (
    r"(?:more than|over|at least|about|around|some|nearly|up to)?\s*"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
)
_VICTIMS = r"(?:people|members|soldiers|fighters|civilians|troops|child|children)"
_FATALITIES = re.compile(
    rf"\b(?:killed|killing|kills|deaths? of)\s+(?P<a>{_COUNT})\b\s*"
    rf"(?P<who_a>[\w\- ]{{0,40}}?)(?=[,.;]|\s+(?:and|in|of|at|on)\b|$)|"
    rf"\b(?P<b>{_COUNT})\s+(?P<who_b>(?:[\w\-]+ ){{0,3}}?{_VICTIMS})"
    rf"\s+(?:were|was|have been|had been)?\s*killed",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")


@dataclass(frozen=True)
class Candidate:
    """A sentence that may report an incident, with what the parsers found in it."""

    article: str | None
    start: int
    end: int
    sentence: str
    event_type: str
    trigger: str
    places: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    actors: tuple[str, ...]
    fatalities: tuple[dict[str, object], ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        """A plain mapping for YAML or JSON review files."""
        return {
            "article": self.article,
            "span": [self.start, self.end],
            "sentence": self.sentence,
            "event_type": self.event_type,
            "trigger": self.trigger,
            "places": [
                {"text": m.text, "id": m.place.id, "name": m.place.name, "kind": m.place.kind}
                for m in self.places
                if m.place
            ],
            "dates": [
                {
                    "text": d.text,
                    "start": d.range.start.isoformat() if d.range.start else None,
                    "end": d.range.end.isoformat() if d.range.end else None,
                    "precision": d.range.precision,
                    "relative_to": d.range.relative_to,
                }
                for d in self.dates
            ],
            "actors": list(self.actors),
            "fatalities": list(self.fatalities),
        }


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _count(words: str) -> tuple[int | None, int | None]:
    words = words.strip().lower()
    m = re.match(r"(more than|over|at least|about|around|some|nearly|up to)?\s*([\d,]+|\w+)", words)
    if not m:
        return None, None
    qualifier, number = m.groups()
    n = int(number.replace(",", "")) if number[0].isdigit() else _NUMBER.get(number)
    if n is None:
        return None, None
    if qualifier in ("more than", "over"):
        return n + 1, None
    if qualifier == "at least":
        return n, None
    if qualifier in ("nearly", "up to"):
        return None, n
    if qualifier in ("about", "around", "some"):
        return None, None  # an estimate: the words stand, no bound
    return n, n


def _fatalities(sentence: str) -> tuple[dict[str, object], ...]:
    found = []
    for m in _FATALITIES.finditer(sentence):
        words = (m.group("a") or m.group("b") or "").strip()
        who = (m.group("who_a") or m.group("who_b") or "").strip() or None
        low, high = _count(words)
        found.append({"text": f"{words} {who}" if who else words, "min": low, "max": high})
    return tuple(found)


# Acts a text may date without placing them ("after America assassinated…", "the parliament passed")
_UNPLACED_TYPES = frozenset({"assassination", "political_decision", "agreement", "air_strike", "drone_strike"})
_CLAUSE_START = re.compile(r".*(?:[,;:—–(]|\b(?:that|which|who|following|after|before|when|while)\b)", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:the same|this|that|the)\s+(?P<kind>border crossing|crossing|city|town|province|governorate|base)\b",
    re.IGNORECASE,
)
_ANAPHOR_KINDS = {
    "border crossing": ("border crossing",),
    "crossing": ("border crossing",),
    "city": ("city", "town"),
    "town": ("town", "city"),
    "province": ("governorate",),
    "governorate": ("governorate",),
    "base": ("military base", "air base"),
}


def _is_hypothetical(sentence: str, trigger_at: int) -> bool:
    """A question, or a modal or negation in the trigger's own clause ("could not erase with airstrikes")."""
    if sentence.rstrip().endswith("?"):
        return True
    before = sentence[max(0, trigger_at - 40) : trigger_at]
    clause = _CLAUSE_START.match(before)
    if clause:
        before = before[clause.end() :]
    return _HYPOTHETICAL.search(before) is not None


def _antecedent(sentence: str, earlier: list[Mention]) -> Mention | None:
    """The place "the same border crossing" or "the city" refers back to: the last one of its kind."""
    m = _ANAPHOR.search(sentence)
    if m is None:
        return None
    kinds = _ANAPHOR_KINDS[m.group("kind").lower()]
    for mention in reversed(earlier):
        if mention.place and mention.place.kind in kinds:
            return mention
    return None


def extract(
    text: str,
    parser: Geoparser,
    *,
    published: dt.date | None = None,
    article: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> list[Candidate]:
    """Candidate incidents in ``text[start:end]`` (an article's body), in order."""
    end = len(text) if end is None else end
    body = text[start:end]
    every = [m for m in parser.parse(body) if m.place]
    mentions = [m for m in every if m.role != "part"]
    dates = find_dates(body, published)
    candidates = []
    for s, e in split_sentences(body):
        sentence = body[s:e]
        trigger = _TRIGGER.search(sentence)
        if trigger is None or _is_hypothetical(sentence, trigger.start()) or _GENERIC.search(sentence):
            continue
        places = tuple(m for m in mentions if s <= m.start and m.end <= e)
        sentence_dates = tuple(d for d in dates if s <= d.start and d.end <= e)
        located = any(m.place.kind != "country" for m in places if m.place)
        if not located:
            antecedent = _antecedent(sentence, [m for m in every if m.end <= s])
            if antecedent is not None:
                places = (antecedent, *places)
                located = True
        event_type = next(name for name, value in trigger.groupdict().items() if value)
        fatalities = _fatalities(sentence)
        dated_act = sentence_dates and event_type in _UNPLACED_TYPES
        if not (located or ((places or dated_act) and (sentence_dates or fatalities))):
            continue
        candidates.append(
            Candidate(
                article=article,
                start=start + s,
                end=start + e,
                sentence=sentence,
                event_type=event_type,
                trigger=trigger.group(0),
                places=tuple(_shift(m, start) for m in places),
                dates=tuple(_shift_date(d, start) for d in sentence_dates),
                actors=tuple(find_actors(sentence)),
                fatalities=fatalities,
            )
        )
    return candidates


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.text, m.place, m.confidence, m.role, m.alternatives)


def _shift_date(d: DateMention, by: int) -> DateMention:
    return DateMention(d.start + by, d.end + by, d.text, d.range)
