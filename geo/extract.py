"""Propose candidate incidents from an article's text, for a person to review.

The flow, one way, for English and Arabic alike:

1. split the body into sentences; find the incident words in each (:mod:`geo.eventwords`);
2. place the incident: the places tied to the event by "in", "near", "east of", قرب, في,
   بريف…, never the dateline, a nationality or a place inside an actor's name; the most
   specific of a chain ("a village in Sinjar district" → the village), and one candidate per
   place where places are coordinated ("the towns of A and B");
3. date it: the date expression nearest the event word, resolved against publication; a
   sentence without one gets the week before publication, precision ``unknown``;
4. claims: who is said to be responsible and who says so (:mod:`geo.claims`);
5. merge what several sentences say of one incident (same place or one inside the other,
   overlapping dates, compatible types); a sentence that only denies or claims adds its
   claims to the incident it speaks of.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from geopy.distance import great_circle
from shapely.geometry import Point

from .actors import ActorMention, actor_mentions, names_a_member, same_party
from .boundaries import geometry_of
from .claims import Speaker, affiliations, find_claims, find_speaker
from .dates import DateRange
from .datetext import FROM_PREVIOUS, DateMention, find_dates
from .disambiguate import CORE_COUNTRIES
from .eventwords import PRIORITY, Trigger, asides, find_triggers, in_background, main_type, mostly_arabic
from .gazetteer import Place
from .geoparse import Geoparser, Mention

__all__ = ["Candidate", "extract", "split_sentences"]

UNDATED_DAYS = 7  # an undated report speaks of the week before it was published

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
_SENTENCE_END = re.compile(
    r"(?<=[.!?؟])[\"”’)»]?\s+(?=[\"“‘(«]?[A-Z0-9\u0600-\u06FF])|\n\s*\n|\n(?=[\"“«]?[A-Z\u0600-\u06FF])"
)
_ABBREVIATION = re.compile(
    r"(?:^|[\s(\"“«])(?:Col|Gen|Lt|Maj|Capt|Sgt|Brig|Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|"
    r"U\.S|U\.N|U\.K|[A-Z]|[\u0600-\u06FF]{1,2})\.$"
)

# how specific a place is (lower: more); kinds from the second group on place an event only to a region
_SPECIFIC = {
    "town": 1, "city": 2, "city district": 0, "district": 3, "zone": 3, "desert": 3, "river": 3, "region": 3,
    "mountain": 3, "valley": 3, "lake": 3, "governorate": 4, "country": 5,
}  # fmt: skip
_REGION = frozenset(k for k, v in _SPECIFIC.items() if v >= 3)
_HOME = frozenset({"IQ", "SY"})  # the region bordermap maps: a namesake abroad is a last resort
_LOCATIVE_EN = re.compile(
    r"\b(?:in|near|at|on|outside|inside|into|around|across|over|towards?|off|of|east|west|north|south|"
    r"northeast|northwest|southeast|southwest|outskirts|vicinity|hit|struck|targeted|targeting|attacked|"
    r"bombed|shelled|stormed|captured|seized|retook|retake|liberated|control of|entered)\b"
    r"(?:\s+(?:the|a|an|[\w’'-]+(?:’s|'s)|eastern|western|northern|southern|central|town|city|village|"
    r"province|governorate|district|area|region|countryside|outskirts|of|base|border|crossing|camp|"
    r"[\w-]+-held|military|air|airbase|key|strategic|nearby|neighbou?ring|Iraqi|Syrian))*\s*[\"“]?$",
    re.IGNORECASE,
)
_LOCATIVE_AR = re.compile(
    r"(?<!\w)[وف]?(?:في|ب|قرب|بالقرب من|قرابة|بريف|ريف|أطراف|محيط|شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي|على|"
    r"باتجاه|نحو|تجاه|داخل|استهدف\w*|هاجم\w*|مدينة|بمدينة|بلدة|ببلدة|بلدتي|قرية|بقرية|قاعدة|منطقة|بمنطقة|"
    r"ناحية|محافظة|بمحافظة|مطار|حقل|معبر)(?:\s+[\w“”\"]+){0,2}?\s*[\"“”]?$"
)
_COORDINATED = re.compile(
    r"^\s*[\"“”]?\s*(?:,|،|and|&|or|و)?\s*[\"“”]?\s*(?:the\s+)?$|"
    # "a training facility in Abu Kamal and a safe house in Mayadin"
    r"^\s*(?:,\s*)?(?:and|or)\s+(?:an?|the|another)\s+(?:[\w-]+\s+){1,3}(?:in|near|at|outside)\s+(?:the\s+)?$|"
    r"^\s*[،,]?\s*و(?:\S+\s+){1,3}(?:في|قرب|ب)\s*$|"
    # "in the capital Damascus and in the city of Homs": a place again after "and" with its own preposition
    r"^\s*(?:,\s*)?(?:and|or)\s+(?:also\s+)?(?:in|near|at|outside|on)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|area|province|countryside|outskirts)\s+of\s+(?:the\s+)?)?$|"
    # "seven strikes, three near Mosul, two in Sinjar and one in Tal Afar": a count shared out among places
    r"^\s*(?:,\s*)?(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more\s+|others?\s+)?"
    r"(?:in|near|at|on|around|outside)(?:\s+or\s+(?:near|around))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SIMILAR = re.compile(r"\b(?:similar|another)\b[^,;]*$", re.IGNORECASE)
_SAME_TIME = re.compile(
    r"\b(?:at the same time|simultaneously)\b|"
    r"(?<!\w)(?:في|وفي)\s+(?:ال)?(?:توقيت|وقت)\s+(?:ذاته|نفسه)|(?<!\w)(?:في|وفي)\s+(?:نفس|ذات)\s+(?:ال)?(?:توقيت|وقت)|"
    r"(?<!\w)بالتزامن(?!\w)",
    re.IGNORECASE,
)
_SIMILAR_BEFORE_AR = re.compile(
    r"(?<!\w)[وف]?(?:ال)?(?:ضرب|هجوم|هجم|غار|عملي|استهداف|قصف|تفجير)\w*\s+(?:ال)?(?:مماثل\w*|آخر|أخرى)(?!\w)[^،.]*$"
)
_SIMILAR_AFTER_AR = re.compile(r"\s*(?:\S+\s+)?(?:مماثل\w*|آخر|أخرى)(?!\w)")  # "هجوماً آخر": the word follows


def _similar(sentence: str, trigger: Trigger, arabic: bool) -> bool:
    """Whether the sentence tells its incident as one more of a kind told before ("a similar strike")."""
    if arabic:  # the adjective follows its noun: "هجوم مماثل", "ضربة مماثلة قد استهدفت" ("قيادية أخرى" is no such)
        before = sentence[max(0, trigger.start - 40) : trigger.start]
        return bool(_SIMILAR_AFTER_AR.match(sentence, trigger.end) or _SIMILAR_BEFORE_AR.search(before))
    return bool(_SIMILAR.search(sentence[max(0, trigger.start - 40) : trigger.start]))


# "These attacks come in the wake of…": incidents told before, whatever date the sentence gives
_THESE = re.compile(r"\b(?:these|those|both|the two|the three|such)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ANAPHORIC = re.compile(
    r"\b(?:the|this|that|these|those|both|the two|the three|such)\s+(?:(?:two|three|four|latest|recent|same|"
    r"alleged|reported|suspected|previous|earlier|first|second|deadly|twin|double|rocket|drone|air|missile|"
    r"mortar|artillery|ground)\s+)?\S+$",
    re.IGNORECASE,
)
# "الهجوم", "بالقصف": an incident word with the article, the incident told before; not an agent so named
# ("الطيران الحربي", "الدفاعات الجوية")
_DEFINITE_AR = re.compile(r"^[وف]?(?:ال|لل|بال)(?!طيران|دفاع|مقاتلات)")
_ANAPHOR = re.compile(
    r"\b(?:the same|this|that|the)\s+(?P<kind>border crossing|crossing|city|town|province|governorate|base|airbase)\b|"
    r"(?<!\w)(?P<ar>القاعدة|المدينة|البلدة|المعبر|المطار)(?!\w)",
    re.IGNORECASE,
)
_ANAPHOR_KINDS = {
    "border crossing": ("border crossing",),
    "crossing": ("border crossing",),
    "المعبر": ("border crossing",),
    "city": ("city", "town"),
    "town": ("town", "city"),
    "المدينة": ("city", "town"),
    "البلدة": ("town", "city", "village"),
    "province": ("governorate",),
    "governorate": ("governorate",),
    "base": ("military base", "air base"),
    "airbase": ("air base", "military base"),
    "القاعدة": ("military base", "air base"),
    "المطار": ("airport", "air base"),
}


@dataclass(frozen=True)
class Candidate:
    """A proposed incident: where, when, what, who is said to be responsible, and the sentences saying so."""

    article: str | None
    start: int  # the first sentence's span in the text
    end: int
    sentence: str
    event_type: str
    trigger: str
    places: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    actors: tuple[str, ...]
    fatalities: tuple[dict[str, object], ...] = field(default=())
    place_mention: Mention | None = None
    date: DateRange = field(default_factory=lambda: DateRange(precision="unknown"))
    claims: tuple[dict[str, str], ...] = ()
    quotes: tuple[tuple[int, int], ...] = ()  # every sentence merged into it, as spans of the text
    another: bool = field(default=False, compare=False)  # "a similar strike": not the incident told before
    stated: bool = field(default=False, compare=False)  # dated only by the statement that tells it
    headline: bool = field(default=False, compare=False)  # told in the text's first sentence, which sums it up

    @property
    def place(self) -> Place | None:
        """The gazetteer place the incident is put at."""
        return self.place_mention.place if self.place_mention else None

    @property
    def place_precision(self) -> str:
        """``place``, or ``region`` when the text places it only in an area."""
        place = self.place
        return "region" if place is not None and place.kind in _REGION else "place"

    def to_dict(self) -> dict[str, object]:
        """A plain mapping for YAML or JSON review files."""
        place = self.place
        return {
            "article": self.article,
            "span": [self.start, self.end],
            "sentence": self.sentence,
            "event_type": self.event_type,
            "trigger": self.trigger,
            "place": (
                {
                    "text": self.place_mention.text,
                    "id": place.id,
                    "name": place.name,
                    "kind": place.kind,
                    "precision": self.place_precision,
                }
                if self.place_mention and place
                else None
            ),
            "date": _date_dict(self.date),
            "claims": [dict(c) for c in self.claims],
            "places": [
                {"text": m.text, "id": m.place.id, "name": m.place.name, "kind": m.place.kind}
                for m in self.places
                if m.place
            ],
            "dates": [{"text": d.text, **_date_dict(d.range)} for d in self.dates],
            "actors": list(self.actors),
            "fatalities": list(self.fatalities),
            "quotes": [list(q) for q in self.quotes],
        }


def _date_dict(d: DateRange) -> dict[str, object]:
    return {
        "start": d.start.isoformat() if d.start else None,
        "end": d.end.isoformat() if d.end else None,
        "precision": d.precision,
        "text": d.text,
        "relative_to": d.relative_to,
    }


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding white space (English and Arabic)."""
    end = len(text) if end is None else end
    spans = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[m.start() - 1] == "." and _ABBREVIATION.search(text, max(0, m.start() - 8), m.start()):
            continue
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


def _within(items: list, starts: list[int], s: int, e: int) -> list:
    """The items (sorted by start) that lie inside [s, e): found by bisection, not a scan."""
    lo = bisect.bisect_left(starts, s)
    hi = bisect.bisect_left(starts, e)
    return [x for x in items[lo:hi] if x.end <= e]


def _specificity(m: Mention) -> int:
    return _SPECIFIC.get(m.place.kind, 0) if m.place else 9


def _locative(sentence: str, m: Mention, s: int, arabic: bool) -> bool:
    """Whether the sentence ties the place to an event ("in X", "قرب X"), or makes it what was hit ("X was shelled")."""
    before = sentence[max(0, m.start - s - 60) : m.start - s]
    if (_LOCATIVE_AR if arabic else _LOCATIVE_EN).search(before):
        return True
    return not arabic and bool(_PASSIVE_SUBJECT.match(sentence, m.end - s))


# "that Albu Kamal was retaken", "Rawa has been shelled": the place is what the incident befell
_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:was|were|has been|had been|is being|was being)\s+(?:\w+ly\s+)?(?:taken|captured|retaken|seized|"
    r"liberated|recaptured|shelled|bombed|struck|hit|attacked|targeted|stormed|overrun|raided)\b",
    re.IGNORECASE,
)


_ORIGIN = re.compile(r"\b(?:from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|(?<!\w)من\s+(?:\S+\s+){0,1}$", re.I)


def _origin(sentence: str, m: Mention, s: int) -> bool:
    """A place the event came from ("rockets fired from northern Iraq"), not where it struck."""
    return bool(_ORIGIN.search(sentence[max(0, m.start - s - 30) : m.start - s]))


def _km(a: Place, b: Place) -> float:
    return great_circle((a.lat, a.lon), (b.lat, b.lon)).km


def _capital_area(a: Place, b: Place) -> bool:
    """Whether one is the city that names the other's province ("Baghdad" in a headline, Tarmiyah in the text)."""
    return _names_province_of(a, b) or _names_province_of(b, a)


_AS_CITY = re.compile(r"(?:\b(?:city|town) of\s+(?:the\s+)?|(?<!\w)[وفب]?مدينة\s+)$", re.IGNORECASE)


_SITE_KM = 15.0  # how far from a city's centre a site named with it ("its military airport") is taken to be in it


def _site_of(city: Place, site: Place) -> bool:
    """Whether ``site`` is a site of ``city`` (an airport, base or district near it), not another town."""
    return (
        city.kind in ("city", "town")
        and site.kind in ("airport", "air base", "military base", "city district", "landmark")  # prisons are landmarks
        and _km(city, site) <= _SITE_KM
    )


def _told_as_city(c: Candidate) -> bool:
    """Whether its place is called a city where it is named ("the city of Deir ez-Zor", "مدينة دير الزور")."""
    m = c.place_mention
    return m is not None and _AS_CITY.search(c.sentence[: m.start - c.start]) is not None


def _names_province_of(city: Place, other: Place) -> bool:
    """Whether ``city`` names the province ``other`` lies in, and ``other`` is no region."""
    return (
        city.kind == "city"
        and city.admin1 is not None
        and city.admin1.endswith("-" + city.id.split("-", 1)[1])
        and other.admin1 == city.admin1
        and other.kind not in _REGION
    )


def _contains(outer: Place, inner: Place) -> bool:
    """Whether ``inner`` lies in the area ``outer`` names (a country, a governorate, a district…), or is it."""
    if outer.id == inner.id or inner.part_of == outer.id:
        return True
    if outer.kind not in _REGION:
        return False
    if outer.kind == "country":
        return inner.country == outer.country
    shape = geometry_of(outer)
    if shape is not None:
        point = Point(inner.lon, inner.lat)
        # "in Rif Dimashq" and "around Damascus", a city its province surrounds: just over the line is in it too
        return bool(shape.contains(point)) or (inner.country == outer.country and shape.distance(point) <= _EDGE_DEG)
    return _km(outer, inner) <= (outer.radius_km or 60.0)


_EDGE_DEG = 0.1  # about 10 km: how far outside an area's outline a place it names may lie


_IN_GAP = re.compile(
    r"^[\s\"“”'’]*(?:(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:in|near|outside|of|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,1}?|,\s*|،\s*|"
    r"(?:\S+\s+){0,1}?(?:في|ب|قرب|بريف|شرق|غرب|شمال|جنوب)\s*(?:\S+\s+){0,1}?)[\"“”]?$",
    re.IGNORECASE,
)


def _reach(sentence: str, s: int, m: Mention, trigger: Trigger) -> int:
    """How far a place is from the event word, in characters; across a comma or "then" counts as far."""
    a, b = (m.end - s, trigger.start) if m.end - s <= trigger.start else (trigger.end, m.start - s)
    between = sentence[a:b] if a < b else ""
    return abs(b - a) + (200 if _CLAUSE_GAP.search(between) else 0)


_CLAUSE_GAP = re.compile(r"[,،;؛]|\b(?:then|and then|before|after)\b|(?<!\w)(?:ثم|قبل|بعد)(?!\w)", re.IGNORECASE)


def _groups(sentence: str, s: int, places: list[Mention]) -> list[list[Mention]]:
    """Mentions joined by "in", "near", "," or في into chains ("Bare village in Sinjar", "البغدادي في الأنبار")."""
    groups: list[list[Mention]] = []
    for m in places:
        gap = sentence[groups[-1][-1].end - s : m.start - s] if groups else ""
        comma_only = gap.strip(' "“”') in (",", "،")
        # "Husaybah, Anbar" is a chain; "Hajin, Baghouz and Susah" a list
        if groups and _IN_GAP.match(gap) and (not comma_only or _specificity(m) > _specificity(groups[-1][-1])):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


def _head(group: list[Mention]) -> Mention:
    """The most specific place of a chain; the first of equals ("A in B": A)."""
    return min(group, key=lambda m: (m.place.country not in _HOME if m.place else True, _specificity(m)))


def _outside_asides(sentence: str, s: int, places: list[Mention], trigger: Trigger) -> list[Mention]:
    """The places not in an aside after the event word (", located between Nineveh and Erbil").

    An aside that tells the event itself (", which took place near al-Mayadeen", "، الذي وقع قرب…") keeps
    its places: that is where it happened.
    """
    kept = []
    for m in places:
        aside = None if m.start < s + trigger.start else _ASIDE.search(sentence, trigger.end, m.start - s)
        if aside is None or _TELLS_THE_EVENT.match(sentence, aside.start()):
            kept.append(m)
    return kept


# ", which took place near…", ", which killed two near…", "، التي وقعت في…": a relative clause about the incident
# word is the incident
_TELLS_THE_EVENT = re.compile(
    r"[,،]\s*(?:which|that)\s+(?:took place|happened|occurred|was carried out|struck|hit|targeted|"
    r"killed|wounded|injured|destroyed|damaged)\b|"
    r"[,،]\s*(?:الذي|التي)\s+(?:وقع|وقعت|جرى|جرت|استهدف|استهدفت|نفذ|نفذت|أسفر|أسفرت|أدى|أدت|أودى|أودت|قتل|قتلت)(?!\w)",
    re.IGNORECASE,
)


def _incident_places(sentence: str, s: int, places: list[Mention], trigger: Trigger, arabic: bool) -> list[Mention]:
    """Where the incident happened: the chosen place, or several where they are coordinated."""
    at = s + trigger.start
    places = _outside_asides(sentence, s, places, trigger)
    places = [m for m in places if not in_background(sentence, m.start - s)]
    if not places:
        return []
    groups = _groups(sentence, s, places)
    heads = [_head(g) for g in groups]

    # places in Iraq and Syria before others, specific places before regions, places the event word
    # ties to ("in", "near", قرب) before others, then the place nearest the event word
    def rank(i: int) -> tuple[bool, bool, int, int]:
        g, m = groups[i], heads[i]
        return (
            m.place.country not in _HOME if m.place else True,
            _specificity(m) >= 3,
            _origin(sentence, g[0], s) * 2 + (not _locative(sentence, g[0], s, arabic)),
            min(_reach(sentence, s, x, trigger) for x in g),
        )

    best = min(range(len(groups)), key=rank)
    primary = heads[best]
    # "a village in Sinjar district": a more specific place the gazetteer puts inside it, anywhere in the sentence
    inside = [
        m
        for m in places
        if m.place and primary.place and (_contains(primary.place, m.place) or _site_of(primary.place, m.place))
    ]
    if inside:
        primary = min(inside, key=lambda m: (_specificity(m), abs(m.start - at)))
        best = next(i for i, g in enumerate(groups) if primary in g)
    chosen = [primary]
    for step in (1, -1):  # "the towns of A and B", "بلدتي A وB", "the X base in A and the Y base in B"
        i = best
        while 0 <= i + step < len(groups):
            left, right = (groups[i], groups[i + step]) if step == 1 else (groups[i + step], groups[i])
            gap = sentence[left[-1].end - s : right[0].start - s]
            other = heads[i + step]
            if not _COORDINATED.match(gap) or (_specificity(other) >= 3) != (_specificity(primary) >= 3):
                break
            chosen.append(other)
            i += step
    return sorted(chosen, key=lambda m: m.start)


_ASIDE = re.compile(
    r"[,،]\s*(?:which|who|where|whose|one of|located|situated|lying|about|some|roughly|home to|"
    r"الذي|التي|الواقعة|الواقع)\b|"
    r"\((?![^)]*\))",
    re.IGNORECASE,
)


def _per_trigger(
    sentence: str,
    s: int,
    places: list[Mention],
    triggers: list[Trigger],
    chosen: list[Mention],
    arabic: bool,
    dates: list[DateMention],
) -> list[tuple[Mention, Trigger | None]]:
    """The chosen places, or one incident per incident word where words of two kinds have places of their own.

    "Rockets hit Balad…, then drones struck the airport": two incidents, each with its type and date.
    """
    kinds = [t for t in triggers if t.asserted and _family(t.event_type) not in _GENERIC_KINDS]
    if len(chosen) != 1 or len(kinds) < 2:
        return [(m, None) for m in chosen]
    own: dict[tuple[int, int], tuple[Mention, Trigger]] = {}
    for t in kinds:
        found = _incident_places(sentence, s, places, t, arabic)
        if found and _specificity(found[0]) < 3:
            own.setdefault((found[0].start, found[0].end), (found[0], t))
    if len(own) < 2:
        return [(m, None) for m in chosen]
    # two kinds, or one kind on two dates: "retook Hit last month and in February declared Ramadi liberated"
    dated = {(d.range.start, d.range.end) for t in kinds if (d := _pick_date(sentence, s, dates, s + t.start))}
    if len({_family(t.event_type) for _, t in own.values()}) < 2 and len(dated) < 2:
        return [(m, None) for m in chosen]
    return [(m, t) for m, t in sorted(own.values(), key=lambda mt: mt[0].start)]


def _pick_date(sentence: str, s: int, dates: list[DateMention], at: int) -> DateMention | None:
    """The date of the event word: the nearest one, not one inside an aside after it (", which … in 2014")."""
    own = [d for d in dates if d.start < at or not _ASIDE.search(sentence, at - s, d.start - s)]
    own = [d for d in own if not in_background(sentence, d.start - s)]
    passing = [(a, b) for a, b in asides(sentence) if not a <= at - s < b]  # ", which has fought since 2015,"
    own = [d for d in own if not any(a <= d.start - s < b for a, b in passing)]
    return min(own, key=lambda d: abs(d.start - at)) if own else None


def _undated(published: dt.date | None) -> DateRange:
    """The dates of an incident the text does not date: the week before it was told (``published``)."""
    if published is None:
        return DateRange(precision="unknown", text=None, relative_to="no date in the text, none for the article")
    return DateRange(
        start=published - dt.timedelta(days=UNDATED_DAYS),
        end=published,
        precision="unknown",
        relative_to=f"publication: no date for the incident, so the {UNDATED_DAYS} days before it",
    )


def _stated(statement: DateMention) -> DateRange:
    """The date of an incident known only from the date of the statement telling it ("the SDF said on Tuesday")."""
    told = statement.range
    return told.model_copy(update={"relative_to": f"the statement's date ({statement.text}): none for the incident"})


# what may stand between the one quoted and the date of what they said: "said on", "said in a statement on", "،"
_SPOKEN_ON = re.compile(
    r"\s*[,،]?\s*(?:(?:has |had |also )?(?:said|says|told [\w ]{1,30}?|announced|stated|reported|confirmed|added)"
    r"(?:\s+in\s+a\s+statement)?\s*)?(?:on\s+|late\s+|early\s+)?",
    re.IGNORECASE,
)


_STATEMENT_OPENS = re.compile(r"\s*(?:On\s+|In a statement (?:on\s+)?|In remarks (?:on\s+)?)?", re.IGNORECASE)


def _dates_statement(sentence: str, s: int, said: Speaker, d: DateMention) -> bool:
    """Whether ``d`` dates the statement quoted, not the incident ("SOHR said on Monday").

    Arabic too: "أعلنت قسد، يوم الثلاثاء،".
    """
    at = d.start - s
    if re.match(r"[’']s\b", sentence[d.end - s :]):  # "said Monday's deaths…": the date of what was told
        return False
    if at >= said.end:
        return _SPOKEN_ON.fullmatch(sentence, said.end, at) is not None
    return (
        d.end - s <= said.start
        and _STATEMENT_OPENS.fullmatch(sentence[:at]) is not None
        and bool(re.fullmatch(r"\s*[,،]?\s*(?:the\s+)?", sentence[d.end - s : said.start], re.I))
    )


def _antecedent(sentence: str, s: int, every: list[Mention], by_kind: dict[str, list[int]]) -> Mention | None:
    """The place "the same border crossing", "the base" or "القاعدة" refers back to: the last one of its kind.

    ``by_kind`` lists, per place kind, the indices in ``every`` of its mentions; the last one
    ending by ``s`` (the sentence's start) is found by bisection, not by a scan back over the text.
    """
    m = _ANAPHOR.search(sentence)
    if m is None:
        return None
    best = -1
    for kind in _ANAPHOR_KINDS[(m.group("kind") or m.group("ar")).lower()]:
        indices = by_kind.get(kind, [])
        j = bisect.bisect_left(indices, s, key=lambda i: every[i].start) - 1
        while j >= 0 and every[indices[j]].end > s:  # starts before the sentence but runs into it
            j -= 1
        if j >= 0:
            best = max(best, indices[j])
    return every[best] if best >= 0 else None


_OVERVIEW = 5  # a sentence naming this many towns and sites, on no one day, sums up rather than reports
_GENERIC_KINDS = frozenset({"attack", "armed_clash", "troop_movement"})


def _family(event_type: str) -> str:
    return {"drone_strike": "strike", "air_strike": "strike", "rocket_attack": "fire", "shelling": "fire"}.get(
        event_type, event_type
    )


# "قصف يستهدف قاعدة حرير": a bare bombardment may be told later as a drone, air or rocket strike
_BARE_BOMBARDMENT = re.compile(r"^[وفب]?(?:ال)?(?:قصف|قصفت)$")


def _kind_for_merging(c: Candidate) -> str:
    if c.event_type == "armed_clash" and _BETWEEN_SIDES.search(c.sentence):
        return "ground_clash"  # "clashes between IS and regime forces": fighting on the ground, not a strike retold
    return "attack" if _BARE_BOMBARDMENT.match(c.trigger) else _family(c.event_type)


_BETWEEN_SIDES = re.compile(r"(?:between|pitting)\s+\S+|(?<!\w)بين\s+\S+", re.IGNORECASE)


def _compatible(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates may be one incident told twice: types, places and dates agree."""
    fa, fb = _kind_for_merging(a), _kind_for_merging(b)
    if fa != fb and not ({fa, fb} & _GENERIC_KINDS and {fa, fb} <= _VIOLENT):
        return False  # an attack may be told as a strike or a clash, not as a takeover or a protest
    pa, pb = a.place, b.place
    # a headline's "Baghdad" may be the province the text then tells of ("in Tarmiyah")
    wide = (
        (a.headline or b.headline)
        and pa is not None
        and pb is not None
        and _capital_area(pa, pb)
        and not (_told_as_city(a) or _told_as_city(b))  # "في مدينة دير الزور": the city, not its province
    )
    if pa is not None and pb is not None and not (_contains(pa, pb) or _contains(pb, pa) or wide):
        return False
    # a statement's date bounds what it tells from after: "the SDF said on Tuesday it foiled attacks" may tell
    # Monday's, unless that one is dated from another ("the previous day": a day of its own)
    da = _window(a.date, a.stated and not _from_another(b.date))
    db = _window(b.date, b.stated and not _from_another(a.date))
    if None in (da.start, da.end, db.start, db.end):
        return True
    return not (da.end < db.start or db.end < da.start)  # type: ignore[operator]


_VIOLENT = frozenset({"attack", "armed_clash", "ground_clash", "strike", "fire", "remote_explosive", "assassination"})
UNDATED_REACH_DAYS = 30  # an undated sentence may tell an incident dated elsewhere up to a month before


def _history(d: DateRange, published: dt.date | None) -> bool:
    """A date known only to its year, a year or more before publication."""
    return published is not None and d.precision == "year" and d.end is not None and (published - d.end).days >= 365


def _window(d: DateRange, stated: bool = False) -> DateRange:
    """The dates a candidate may share with another.

    An undated one reaches a month before publication; one dated by its statement (``stated``), the week before it.
    """
    if d.start is None:
        return d
    if stated:
        return DateRange(start=d.start - dt.timedelta(days=UNDATED_DAYS), end=d.end, precision="unknown")
    if d.precision != "unknown":
        return d
    reach = dt.timedelta(days=UNDATED_REACH_DAYS - UNDATED_DAYS)
    return DateRange(start=d.start - reach, end=d.end, precision="unknown")


def _from_another(d: DateRange) -> bool:
    return (d.relative_to or "").startswith(FROM_PREVIOUS)


def _merged_date(a: Candidate, b: Candidate) -> DateRange:
    """The date of two candidates merged: one the text dates wins over one dated by its statement only."""
    if a.stated != b.stated:
        return b.date if a.stated else a.date
    return _more_precise(a.date, b.date)


def _more_precise(a: DateRange, b: DateRange) -> DateRange:
    if a.precision == "unknown":
        return b
    if b.precision == "unknown" or a.start is None or a.end is None or b.start is None or b.end is None:
        return a
    return a if (a.end - a.start) <= (b.end - b.start) else b


_ABOUT_ONE = frozenset({"denies", "claims_responsibility"})  # stances that may speak of an act not done
_STANCE_GROUP = {"accuses": "attributes", "suspected": "attributes"}


def _add_claim(claims: list[dict[str, str]], new: dict[str, str], outlet: str) -> list[dict[str, str]]:
    """Add a claim unless it repeats one: same actor and stance, said by the same party (or by the outlet)."""
    group = _STANCE_GROUP.get(new["stance"], new["stance"])
    for i, old in enumerate(claims):
        if _STANCE_GROUP.get(old["stance"], old["stance"]) == group:  # one says "Iran-backed militias", one the group
            if names_a_member(old["actor"], new["actor"]):
                return [*claims[:i], new, *claims[i + 1 :]]
            if names_a_member(new["actor"], old["actor"]):
                return claims
        if not same_party(old["actor"], new["actor"]):
            continue
        # the outlet telling what a party says it did: the party's own claim says it all
        if {old["stance"], new["stance"]} == {"attributes", "claims_responsibility"}:
            mine, told = (new, old) if new["stance"] == "claims_responsibility" else (old, new)
            if told["claimed_by"] == outlet:
                return [*claims[:i], mine, *claims[i + 1 :]] if mine is new else claims
        if _STANCE_GROUP.get(old["stance"], old["stance"]) != group:
            continue
        if old["claimed_by"] == outlet and new["claimed_by"] != outlet:
            return [*claims[:i], new, *claims[i + 1 :]]  # the one who is quoted says it, not the outlet
        if new["claimed_by"] == outlet or same_party(old["claimed_by"], new["claimed_by"]):
            return claims
    return [*claims, new]


def _dedupe_claims(claims: list[dict[str, str]], outlet: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for claim in claims:
        out = _add_claim(out, claim, outlet)
    return out


def _merge(into: Candidate, other: Candidate, outlet: str, seen: tuple[set, set] | None = None) -> Candidate:
    """``into`` with what ``other`` adds; ``seen`` (the spans of ``into``'s places, its quotes) is kept up to date."""
    spans, quotes = seen if seen is not None else ({(m.start, m.end) for m in into.places}, set(into.quotes))
    new_places = tuple(m for m in other.places if (m.start, m.end) not in spans)  # one parse: a span is one mention
    new_quotes = tuple(q for q in other.quotes if q not in quotes)
    spans.update((m.start, m.end) for m in new_places)
    quotes.update(new_quotes)
    pa, pb = into.place, other.place
    keep_other_place = pb is not None and (
        pa is None or _specificity(other.place_mention) < _specificity(into.place_mention)
    )  # type: ignore[arg-type]
    claims = list(into.claims)
    for claim in other.claims:
        claims = _add_claim(claims, claim, outlet)
    better_type = min((into, other), key=lambda c: PRIORITY.get(c.event_type, 99))
    return replace(
        into,
        event_type=better_type.event_type,
        trigger=better_type.trigger,
        place_mention=other.place_mention if keep_other_place else into.place_mention,
        date=_merged_date(into, other),
        stated=into.stated and other.stated,
        headline=into.headline and other.headline,
        claims=tuple(claims),
        places=into.places + new_places,
        dates=into.dates + other.dates,
        actors=tuple(dict.fromkeys(into.actors + other.actors)),
        fatalities=into.fatalities + other.fatalities,
        quotes=into.quotes + new_quotes,
    )


_FOLD_WINDOW = 50  # incidents looked back over when merging: more than an article tells, and linear time


def _fold(candidates: list[Candidate], claim_only: list[tuple[int, Candidate, bool]], outlet: str) -> list[Candidate]:
    """Merge candidates that tell one incident; add claim-only sentences to the incident they speak of."""
    out: list[Candidate] = []
    seen: list[tuple[set, set]] = []  # per incident: the spans of its places, its quotes
    for c in candidates:
        for i in range(len(out) - 1, max(-1, len(out) - 1 - _FOLD_WINDOW), -1):
            if c.another:
                continue  # "a similar strike" is not the one told before
            if _compatible(out[i], c) and not _distinct_siblings(out[i], c, seen[i][1]):
                out[i] = _merge(out[i], c, outlet, seen[i])
                break
        else:
            if c.another and not c.claims and out:  # nothing said of its own: the same hand, by the same account
                c = replace(c, claims=out[-1].claims)
            out.append(c)
            seen.append(({(m.start, m.end) for m in c.places}, set(c.quotes)))
    starts = [c.start for c in out]  # in order: an incident keeps the start of its first sentence
    for at, fragment, says_where in claim_only:
        before = bisect.bisect_right(starts, at) or len(out)
        for i in range(before - 1, max(-1, before - 1 - _FOLD_WINDOW), -1):
            # "The attack, which took place near al-Mayadeen…": where the incident just told happened, even
            # where the headline put it elsewhere ("Syria's Deir Ezzor", read as the city)
            where = says_where and i == before - 1 and _compatible(out[i], replace(fragment, place_mention=None))
            if where or _compatible(out[i], fragment):
                out[i] = _merge(out[i], replace(fragment, event_type=out[i].event_type), outlet, seen[i])
                here, there = out[i].place, fragment.place
                if where and here is not None and there is not None and _capital_area(here, there):
                    # "Syria's Deir Ezzor" read as the city, then "near al-Mayadeen in the province"
                    out[i] = replace(out[i], place_mention=fragment.place_mention)
                break
    return out


def _distinct_siblings(a: Candidate, b: Candidate, a_quotes: set) -> bool:
    """Two coordinated places of one sentence ("A and B") are two incidents, not one (``a_quotes``: a's quotes)."""
    return (
        a.place is not None and b.place is not None and a.place.id != b.place.id and not a_quotes.isdisjoint(b.quotes)
    )


def extract(
    text: str,
    parser: Geoparser,
    *,
    published: dt.date | None = None,
    article: str | None = None,
    start: int = 0,
    end: int | None = None,
    outlet: str = "the outlet",
) -> list[Candidate]:
    """Candidate incidents in ``text[start:end]`` (an article's body), in order of first mention."""
    end = len(text) if end is None else end
    body = text[start:end]
    every = [m for m in parser.parse(body) if m.place]
    actors_at = actor_mentions(body)
    sides = affiliations(body, actors_at)
    actor_starts = [a.start for a in actors_at]
    inside_actor = _inside_spans(every, actors_at)
    mentions = [m for m in every if m.role == "mention" and m not in inside_actor]
    starts = [m.start for m in mentions]
    every_starts = [m.start for m in every]
    by_kind: dict[str, list[int]] = {}
    for i, m in enumerate(every):
        by_kind.setdefault(m.place.kind, []).append(i)  # type: ignore[union-attr]
    dates = find_dates(body, published)
    date_starts = [d.start for d in dates]
    candidates: list[Candidate] = []
    claim_only: list[tuple[int, Candidate, bool]] = []  # sentences adding to an incident; True: where it was
    speaker: str | None = None
    recent: list[Mention] = []  # the specific place the sentence before named, for one without any
    lead: Candidate | None = None  # an opening sentence that names no place, waiting for one that does
    lead_until = 0
    kept: list[int] = []  # sentences read so far
    told_before: DateRange | None = None  # the date of the last incident sentence that gave one
    for s, e, rest in _clauses(body, split_sentences(body), mentions, starts):
        kept.append(s)
        sentence = body[s:e]
        arabic = mostly_arabic(sentence)
        triggers = find_triggers(sentence)
        main = main_type(triggers)
        said = find_speaker(sentence)
        if said is None and rest > e and (after := find_speaker(body[e:rest])) is not None:
            said = Speaker(len(sentence), len(sentence), after.name)  # quoted at the end of the sentence's next part
        named = [_shift_actor(a, -s) for a in _within(actors_at, actor_starts, s, e)]
        asserted = [t for t in triggers if t.asserted]
        claims, speaker = find_claims(
            sentence, main, outlet, speaker, speaker=said, named=named, also=asserted, affiliations=sides
        )
        filed = _dateline_end(sentence, s, _within(every, every_starts, s, e))
        places = [m for m in _within(mentions, starts, s, e) if m.start >= filed]
        # "authorities in the Kurdistan region said": the speaker's words place no incident
        places = [m for m in places if said is None or not (said.start <= m.start - s < said.end)]
        # a sentence naming no place ("the station", "its vicinity") keeps the place before it in view
        told = places
        if main is not None:  # not the places of an aside (", located between Nineveh and Erbil")
            told = _outside_asides(sentence, s, places, main)
        before, recent = recent, ([m for m in told if _specificity(m) < 3][-1:] if places else recent)
        if main is None and not claims:
            continue
        sentence_dates = [
            d for d in _within(dates, date_starts, s, e) if d.range.precision != "unknown" and d.start >= filed
        ]
        spoken = [d for d in sentence_dates if said is not None and _dates_statement(sentence, s, said, d)]
        told_on = [d for d in sentence_dates if d not in spoken]
        date = _pick_date(sentence, s, told_on, s + (main.start if main else 0))
        previous_date, told_before = told_before, (date.range if date else told_before)
        base = Candidate(
            article=article,
            start=start + s,
            end=start + e,
            sentence=sentence,
            event_type=main.event_type if main else "attack",
            trigger=main.text if main else "",
            places=tuple(_shift(m, start) for m in places),
            dates=tuple(_shift_date(d, start) for d in sentence_dates),
            actors=tuple(dict.fromkeys(a.name for a in named)),
            fatalities=_fatalities(sentence),
            date=date.range if date else _stated(spoken[0]) if spoken else _undated(published),
            stated=date is None and bool(spoken),
            headline=len(kept) == 1,
            claims=tuple(_dedupe_claims([c.to_dict() for c in claims], outlet)),
            quotes=((start + s, start + e),),
        )
        if main is None:  # a sentence that only claims or denies: it adds to the incident it speaks of
            if triggers:  # "accuses the PKK of using the camp to launch attacks": about no incident in particular
                base = replace(base, claims=tuple(c for c in base.claims if c["stance"] in _ABOUT_ONE))
                if not base.claims:
                    continue
            located = _incident_places(sentence, s, places, triggers[0], arabic) if triggers and places else []
            fragment = replace(base, place_mention=_shift(located[0], start) if located else None)
            claim_only.append((start + s, fragment, False))
            continue
        if candidates and _similar(sentence, main, arabic):
            # "a similar strike": the kind told before, and another incident than that one
            base = replace(base, event_type=candidates[-1].event_type, another=True)
        if candidates and date is None and _SAME_TIME.search(sentence):  # "at the same time", "في التوقيت ذاته"
            base = replace(base, date=candidates[-1].date)
        located = _incident_places(sentence, s, places, main, arabic)
        origins_only = located and all(_origin(sentence, m, s) for m in located)
        if candidates and origins_only and _compatible(candidates[-1], base):
            # "the terrorists launched the rockets from Tal Rifaat": where the incident told before came from
            claim_only.append((start + s, base, False))
            continue
        anaphoric = (
            _DEFINITE_AR.match(main.text) if arabic else _ANAPHORIC.search(sentence[max(0, main.start - 25) : main.end])
        )
        refers_back = _THESE.search(sentence[max(0, main.start - 25) : main.start])
        if candidates and (date is None or refers_back) and len(located) < 2 and anaphoric and not base.another:
            # "Both strikes were carried out in Sinjar district": where an incident told before happened
            where = replace(base, place_mention=_shift(located[0], start) if located else None)
            claim_only.append((start + s, where, bool(located)))
            continue
        if anaphoric and date is None and previous_date is not None and not base.another:
            # "Earlier that month, Syria accused Israel of a strike. The attack hit Damascus and Homs": its date
            base = replace(base, date=previous_date)
        chosen = located
        if not any(_specificity(m) < 5 for m in chosen):
            antecedent = _antecedent(sentence, s, every, by_kind)
            if antecedent is not None:
                chosen = [antecedent]
        if not chosen and anaphoric and candidates:
            # "the two attacks were foiled": more on an incident told before
            claim_only.append((start + s, base, False))
            continue
        if not chosen and before:
            chosen = [before[-1]]  # "clashes went on": where the sentence before it was
        if not chosen:
            if not candidates and lead is None:  # a lead that names no place: the sentences after it may
                lead, lead_until = base, len(kept) + 2
            if base.claims:  # "IS claimed the attack": what it says holds for the incident told with a place
                claim_only.append((start + s, base, False))
            continue
        named = {m.place.id for m in places if m.place and _specificity(m) < 3}
        if len(named) >= _OVERVIEW and (date is None or date.range.precision != "day"):
            continue  # "killed in airstrikes on Homs desert, Hama, Raqqa, Deir ez-Zor and Aleppo": an overview
        if date is not None and _history(date.range, published):
            continue  # "until 2014, when…": a year long past is background, not an incident reported
        if all(_specificity(m) == 5 for m in chosen) and (date is None or date.range.precision == "year"):
            if not candidates and lead is None and date is None:  # "…in eastern Syria, the Pentagon said": a lead
                lead, lead_until = base, len(kept) + 2
            if base.claims:
                claim_only.append((start + s, replace(base, place_mention=_shift(chosen[0], start)), False))
            continue  # "in Syria", undated or in some year: too vague to put on a map
        for m, kind in _per_trigger(sentence, s, places, triggers, chosen, arabic, told_on):
            new = replace(base, place_mention=_shift(m, start))
            if kind is not None:  # its own incident word: its own type and date
                near = _pick_date(sentence, s, told_on, s + kind.start)
                new = replace(new, event_type=kind.event_type, trigger=kind.text, date=near.range if near else new.date)
            if lead is not None and len(kept) <= lead_until and _compatible(lead, new):
                new = _merge(replace(lead, place_mention=new.place_mention), new, outlet)
            candidates.append(new)
        lead = None if chosen else lead
    countries = (parser.gazetteer.get(code.lower()) for code in sorted(CORE_COUNTRIES))  # the countries mapped
    region = [shape for country in countries if country and (shape := geometry_of(country))]
    return [c for c in _fold(candidates, claim_only, outlet) if c.place is None or _in_region(c.place, region)]


_NEAR_THE_BORDER_DEG = 0.25  # about 25 km: a Turkish or Jordanian border town shelled from Syria is still in view


def _in_region(place: Place, region: list) -> bool:
    """Whether a place lies in Iraq or Syria or just over their borders ("a bomb in downtown Istanbul" does not)."""
    if place.country in CORE_COUNTRIES or not region:
        return True
    point = Point(place.lon, place.lat)
    return any(shape.distance(point) <= _NEAR_THE_BORDER_DEG for shape in region)


# "…, while a drone struck X" / "…، بينما استهدف…": a second incident told in the same sentence
_WHILE = re.compile(
    r"[,;]?\s+(?:while|whereas|meanwhile)\s+|"
    r"[،,]?\s*(?<!\w)(?:بينما|في حين|فيما(?!\s+(?:يتعلق|يخص|بعد|يلي|بين|إذا)))\s+",
    re.IGNORECASE,
)


def _clauses(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], starts: list[int]
) -> list[tuple[int, int, int]]:
    """Sentences, with one that tells two incidents ("A was hit, while B was shelled") cut in two.

    Each clause comes with where its second part ends: the sentence's end for the first part of a cut
    sentence (whose source may be quoted at the end of the second, "…, according to the SDF"), else its own.
    """
    out: list[tuple[int, int, int]] = []
    for s, e in sentences:
        # not one that opens the sentence ("فيما قصف الطيران…": "meanwhile", joining it to the one before)
        cut = next((m for m in _WHILE.finditer(text, s, e) if text[s : m.start()].strip()), None)
        if cut is not None:
            (a, b), (c, d) = parts = [(s, cut.start()), (cut.end(), e)]
            # the second part may tell what is no incident ("while warplanes dropped leaflets over B"): its
            # places are still not the first part's
            if (
                all(_within(mentions, starts, x, y) for x, y in parts)
                and main_type(find_triggers(text[a:b])) is not None
                and find_triggers(text[c:d])
            ):
                out += [(s, cut.start(), e), (cut.end(), e, e)]
                continue
        out.append((s, e, e))
    return out


_DATELINE_END = re.compile(r"\s[—–-]{1,2}\s|\)\s*[—–-]|:\s")


_LEADING_DATELINE = re.compile(r"\s*(?:[,،]\s*[^,،\-–—(\n]{1,30}?)?\s*(?:\([^)\n]{1,40}\))?\s*(?:[-–—]{1,2}|:)")


def _dateline_end(sentence: str, s: int, every: list[Mention]) -> int:
    """Where a sentence's dateline ends ("ERBIL, Kurdistan Region —", "BAGHDAD, June 18 (Xinhua) --"); ``s`` if none.

    The places and the date in a dateline tell where and when the story was filed, not the incident.
    """
    dateline = next((m for m in every if m.role == "dateline"), None)
    # a place opening the sentence, then a parenthesis or a dash: where the story was filed from
    if dateline is None and every and every[0].start == s and _LEADING_DATELINE.match(sentence, every[0].end - s):
        dateline = every[0]
    if dateline is None:
        return s
    end = _DATELINE_END.search(sentence, dateline.end - s, dateline.end - s + 60)
    return s + end.end() if end else dateline.end


def _inside_spans(mentions: list[Mention], spans: list) -> set[Mention]:
    """The mentions that lie inside another name (an actor's: "Sinjar Resistance Units")."""
    starts = [a.start for a in spans]  # actor spans are sorted and do not overlap
    inside = set()
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1  # the one span that can hold m: the last to start by it
        if i >= 0 and m.end <= spans[i].end:
            inside.add(m)
    return inside


def _shift_actor(a: ActorMention, by: int) -> ActorMention:
    return ActorMention(a.start + by, a.end + by, a.text, a.name)


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.text, m.place, m.confidence, m.role, m.alternatives)


def _shift_date(d: DateMention, by: int) -> DateMention:
    return DateMention(d.start + by, d.end + by, d.text, d.range)
