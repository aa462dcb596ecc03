"""Find place mentions in free text and resolve each to a gazetteer place.

The pipeline, one way: fold the text; scan it for every gazetteer key; keep the longest
non-overlapping spans; drop spans that are not place mentions (a name inside an outlet's or
institute's name, an English word such as "hit"); merge "A–B border crossing" into the
crossing; look up capitalised names the exact keys missed by their consonant skeleton; mark
datelines; then choose among namesakes by context (see :mod:`geo.disambiguate`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz

from .cache import cached, fingerprint
from .disambiguate import Scored, resolve_mentions
from .gazetteer import Gazetteer, Place, load_gazetteer
from .index import Candidate, NameIndex
from .lexicon import ORGANISATION_HEADS, PERSON_TITLES, english_words, organisation_names
from .normalize import ARTICLES, fold_name, fold_text, is_arabic, skeleton

__all__ = ["Geoparser", "Mention", "parse"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place mention: a span of the text and the place it resolves to (or ``None``)."""

    start: int  # code point offsets into the text, end exclusive
    end: int
    text: str
    place: Place | None
    confidence: float = 0.0
    role: str = "mention"  # "dateline", or "part" for a town named inside a crossing's name
    alternatives: tuple[tuple[Place, float], ...] = field(default=(), compare=False)
    why: tuple[str, ...] = field(default=(), compare=False)  # what made the place win over its namesakes

    def to_json(self, *, details: bool = False) -> dict[str, object]:
        """The stable JSON shape; ``details`` adds confidence, role and alternatives."""
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "place": self.place.summary() if self.place else None,
        }
        if details:
            out["confidence"] = round(self.confidence, 3)
            out["role"] = self.role
            out["alternatives"] = [{**p.summary(), "score": round(s, 3)} for p, s in self.alternatives]
            if self.why:
                out["why"] = list(self.why)
        return out


@dataclass(slots=True)
class Span:
    """A candidate span during parsing (offsets into the original text)."""

    start: int
    end: int
    candidates: tuple[Candidate, ...]
    quality: float = 1.0  # 1 for an exact key; the fuzzy score for a skeleton match
    role: str = "mention"
    country_hint: str | None = None


_START = attrgetter("start")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*),[ \t]*"
    r"(?P<country>[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)?[ \t]*(?:\([^)\n]{1,60}\))?[ \t]*[-–—]",
    re.MULTILINE,
)
_CAPITALISED_RUN = re.compile(  # the capital first, then what is before it: the scan skips other letters fast
    r"[A-Z](?<![\w'’][A-Z])[^\W\d_]+(?:['’`‘][^\W\d_]+)?"
    r"(?:[ \-](?:(?:a[lrsdtzn]|ash|el|e[zsdrt])[ \-])?[A-Z][^\W\d_]+(?:['’`‘][^\W\d_]+)?)*"
)
_SEPARATOR = re.compile(r"^\s*(?:[-–—/]|and|to)\s*$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”]|\n\s*\n)\s*$")
_NOT_NAME_WORDS = frozenset(("province", "governorate", "governate", "border", "crossing", "of"))
_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w\-]*(?: [A-Z][\w\-]*)?)['’]s\s+$")
_DEMONYM_ENDINGS = ("i", "is", "ian", "ians", "n", "ns", "ese", "ite", "ites")
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_AR_NAME = r"[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?"
_SINGULAR = {
    "crossings": "crossing",
    "border crossings": "border crossing",
    "bases": "base",
    "air bases": "air base",
    "airbases": "airbase",
    "fields": "field",
    "oil fields": "oil field",
    "oilfields": "oilfield",
    "camps": "camp",
    "dams": "dam",
    "معبري": "معبر",
    "منفذي": "منفذ",
    "حقلي": "حقل",
    "قاعدتي": "قاعدة",
    "مخيمي": "مخيم",
    "سدي": "سد",
}
# the plural (or Arabic dual) kind words two names may share, looked for with str.find (fast) before the pattern
_SHARED_WORDS = tuple(dict.fromkeys(kind.split()[-1] for kind in _SINGULAR))
_KINDS_LATIN = "|".join(sorted((k for k in _SINGULAR if k.isascii()), key=len, reverse=True))
_KINDS_ARABIC = "|".join(k for k in _SINGULAR if not k.isascii())
# the end of _SHARED_KIND's Latin half, up to its plural's last word: anchored at that word, so fast
_AND_NAME_BEFORE = re.compile(rf"and\s+(?:the\s+)?{_NAME}\s+(?:(?:border|air|oil)\s+)?\Z")


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_SHARED_KIND = re.compile(
    rf"(?:(?<![\w'’])(?P<a>{_NAME})\s*,\s*)?(?P<b>{_NAME})\s+and\s+(?:the\s+)?(?P<c>{_NAME})\s+"
    rf"(?P<kind>{_KINDS_LATIN})\b|"
    rf"(?<!\w)[وف]?(?P<kind_ar>{_KINDS_ARABIC})\s+"
    rf"(?P<a_ar>{_AR_NAME}?)\s+و(?P<b_ar>{_AR_NAME}?)(?!\w)"
)
# "the international airport in the Syrian capital of", "the dam near": a kind word (as folded text writes
# it), words before it that are part of it, then where
_FEATURE_WORDS = (
    "airport", "air base", "airbase", "airfield", "dam", "oil field", "oilfield", "gas field", "crossing", "camp",
    "prison",
)  # fmt: skip
_FEATURE_LEAD = re.compile(r"\b(?:international|military|border)\s+$", re.IGNORECASE)
_FEATURE_TAIL = re.compile(
    r"\s+(?:in|of|near|outside|at)\s+(?:the\s+)?"
    r"(?:(?:(?:Syrian|Iraqi|Kurdish|northern|southern|eastern|western|north|south|east|west)\s+)?"
    r"(?:capital|city|town|province)(?:\s*,\s*|\s+of\s+))?",
    re.IGNORECASE,
)
# "the Syrian side of the", "الجانب العراقي من": which of a crossing's two posts the text means
_SIDES = {
    **dict.fromkeys(("syrian", "السوري"), "SY"),
    **dict.fromkeys(("iraqi", "العراقي"), "IQ"),
    **dict.fromkeys(("turkish", "التركي"), "TR"),
    **dict.fromkeys(("jordanian", "الأردني"), "JO"),
    **dict.fromkeys(("lebanese", "اللبناني"), "LB"),
}
_SIDE_OF = re.compile(
    r"\b(?P<side>Syrian|Iraqi|Turkish|Jordanian|Lebanese)\s+side\s+of\s+(?:the\s+)?$|"
    r"(?<!\w)(?:ال)?جانب\s+(?P<side_ar>السوري|العراقي|التركي|الأردني|اللبناني)\s+(?:من\s+)?(?:ال)?$",
    re.IGNORECASE,
)
_FEATURES = frozenset(
    {"border crossing", "air base", "military base", "airport", "camp", "oil field", "gas field", "dam"}
)
# Arabic common nouns that some place is also called: alone they are the word (folded forms)
_ARABIC_COMMON_NOUNS = frozenset(
    fold_name(w)
    for w in (
        "المدينة",
        "المحافظة",
        "القضاء",
        "القرية",
        "المعبر",
        "الناحية",
        "البلدة",
        "المنطقة",
        "الريف",
        "الحدود",
        "القاعدة",
        "المطار",
        "المخيم",
        "الحي",
        "البادية الشرقية",
        "الجزيرة",
        "السجن",
        "الحقل",
        "السد",
        "المحطة",
        "الجبل",
        "الوادي",
        "النهر",
        "العاصمة",
        "الضفة",
        "الشرقية",
        "الغربية",
        "الشمالية",
        "الجنوبية",
        "الوسطى",
        "جديدة",  # "new": Jdeidet Yabous and the Judaydahs are named with a second word
        "الجديدة",
        "جديد",
    )
)
# Arabic particles, alone or with a proclitic and a pronoun ("بأنه" that it, "عنه" about it, "وأن" and that):
# some fold to a place's name (Baneh, Anah, Van) and are never one (folded forms)
_ARABIC_PARTICLES = frozenset(
    fold_name(proclitic + word + pronoun)
    for proclitic in ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول")
    for word in ("أن", "إن", "لأن", "كأن", "لكن", "عن", "من", "في", "على", "إلى", "مع", "بين", "عند", "لدى", "حول")
    for pronoun in ("", "ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم", "ي")
)
# "قيادة عمليات الأنبار", "مجلس محافظة نينوى", "جامعة الموصل": the place names an institution, one or two
# words after the institution's head noun (the Arabic word order of "Anbar Operations Command")
_ARABIC_ORGANISATION_BEFORE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:قيادة|مجلس|جامعة|وكالة|شبكة|قناة|إذاعة|صحيفة|تلفزيون|مديرية|شركة|مؤسسة|معهد|خلية)"
    r"(?:\s+(?!محافظة|مدينة|قضاء|ناحية)\S+)?\s+(?:محافظة\s+)?$"
)
# common Arabic and Kurdish given names: one right before a place name makes it a surname
_GIVEN_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])(?:Mohammed|Muhammad|Mohamed|Mohammad|Ahmed|Ahmad|Ali|Hassan|Hasan|Hussein|Husayn|Hussain|Omar|"
    r"Umar|Khaled|Khalid|Mahmoud|Mahmud|Mustafa|Ibrahim|Ismail|Yusuf|Youssef|Yousef|Abdullah|Abdallah|Saleh|Salih|"
    r"Hamza|Hamid|Hamed|Karim|Kareem|Jamal|Adnan|Tariq|Tarek|Nabil|Samir|Bashar|Hafez|Rami|Fadi|Ziad|Ziyad|Majid|"
    r"Maher|Firas|Anas|Bilal|Osama|Usama|Qasim|Qassem|Jasim|Jassim|Haidar|Haider|Abbas|Jafar|Kadhim|Kazem|Mazloum|"
    r"Farhad|Saad|Faisal|Nawaf|Fawaz|Riad|Riyad|Suleiman|Sulaiman|Yasin|Yassin|Zaid|Zeid|Aziz|Nouri|Nuri|Qais|Laith|"
    r"Muhannad|Mohanad|Ayman|Imad|Emad|Issam|Hisham|Hesham|Ghassan|Raed|Sami|Adel|Adil|Masoud|Masrour|Nechirvan|"
    r"Bafel|Qubad|Ilham|Rojhat|Siamand|Shirwan|Hevi|Jihan|Bakr)\s+(?:(?:[Aa]l|[Ee]l|[Aa][nrstdz])[-\s])?$"
)
# the words Arabic place names open with ("Bab Tuma", "Tal Abyad", "Ras al-Ain", "Deir Hafer"): alone,
# right before another capitalised word, they are part of that longer name, whatever place they name alone
_CUT_IN_TWO = re.compile(
    r"(?:[Aa]l-|[Ee]l-)?(?:Bab|Tal|Tall|Tell|Ras|Jabal|Jebel|Jabel|Deir|Dayr|Ain|Ayn|Abu|Umm|Bir|Kafr|Kfar|Khan|"
    r"Qasr|Wadi|Jisr|Hawsh|Housh|Beit|Bayt|Mazraat|Sheikh|Shaykh|Hay|Hayy|Souq|Suq|Qalat|Qalaat|Marj|Nahr|Tel)"
)
_DASHES = ("-", "‐", "‑", "–")
_ALLEGIANCE_AFTER = re.compile(
    r"[-‐‑–](?:backed|led|aligned|allied|sponsored|supported|funded|financed|armed|trained|linked|affiliated|"
    r"leaning|friendly|loyal)\b"
)
_NEXT_NAME_WORD = re.compile(r"[ \-](?:(?:a[lrsdtzn]|ash|el|e[zsdrt])[ \-])?[A-Z]")
FUZZY_MIN_SCORE = 86.0
_UNSEEN = object()  # not yet looked up (None is a name looked up and not found)
# what a span's own letters say (_surface_kind's flags)
_NOT_A_NAME, _ARABIC, _LOWER_CASE, _ENGLISH_WORD, _FIRST_WORD = 1, 2, 4, 8, 16

K = TypeVar("K")
V = TypeVar("V")


class _Memo(dict[K, V]):
    """Results worked out once per distinct input, emptied when full: a long-running parser meets endless names."""

    SIZE = 100_000

    def remember(self, key: K, value: V) -> V:
        """Store and return ``value``."""
        if len(self) >= self.SIZE:
            self.clear()
        self[key] = value
        return value


def _name_index(gazetteer: Gazetteer, blockers: tuple[str, ...]) -> NameIndex:
    """The gazetteer's index, from the on-disk cache when one was built from the same files and code."""
    if gazetteer.fingerprint is None:
        return NameIndex(gazetteer, blockers)
    key = fingerprint(
        (), ("index", "normalize"), packages=("pyahocorasick",), extra=gazetteer.fingerprint + "\n".join(blockers)
    )

    def refer(obj: object) -> str | None:  # the gazetteer and its places are the caller's: stored by name
        return "" if obj is gazetteer else obj.id if isinstance(obj, Place) else None

    return cached(
        "index",
        key,
        lambda: NameIndex(gazetteer, blockers),
        refer=refer,
        resolve=lambda name: gazetteer if name == "" else gazetteer[name],
    )


class Geoparser:
    """A gazetteer with its name index, ready to parse text."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()
        self.index = _name_index(self.gazetteer, organisation_names())
        self.english = english_words()
        self._not_name_starts = self.english | ARTICLES | {"the"}
        self._fuzzy_cache: _Memo[str, tuple[int, int, tuple[Candidate, ...], float] | None] = _Memo()
        self._surfaces: _Memo[tuple[str, str], int] = _Memo()
        self._parts_of: _Memo[tuple[str, frozenset[str]], tuple[tuple[int, int, tuple[Candidate, ...]], ...]] = _Memo()
        self._crossings = [p for p in self.gazetteer if p.kind == "border crossing"]

    def parse(self, text: str) -> list[Mention]:
        """Every place mention in ``text``, in order of position."""
        folded, offsets = fold_text(text)
        spans, blocked = self._exact_spans(text, folded, offsets)
        spans = self._merge_crossings(text, spans)
        spans = _not_cut_in_two(text, spans)
        spans = self._shared_kind_word(text, spans)
        spans = self._feature_of_place(text, folded, offsets, spans)
        spans += self._fuzzy_spans(text, [*spans, *blocked])
        spans += self._crossing_parts(text, spans)
        spans.sort(key=lambda s: (s.start, -s.end))
        self._mark_datelines(text, spans)
        return self._on_the_side(text, resolve_mentions(text, spans, self._to_mention))

    def _on_the_side(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The crossing post of the country the text names ("the Syrian side of the Rabia crossing")."""
        out = []
        for m in mentions:
            crossing = m.place is not None and m.place.kind == "border crossing"
            side = _SIDE_OF.search(text, max(0, m.start - 40), m.start) if crossing else None
            if side is not None and m.place is not None:
                country = _SIDES[(side.group("side") or side.group("side_ar")).lower()]
                other = next(
                    (
                        c
                        for c in self._crossings
                        if c.country == country
                        and c.country != m.place.country
                        and (m.place.id in c.connects or c.id in m.place.connects)
                    ),
                    None,
                )
                if other is not None:
                    why = (f"on the side the text names ({side.group(0).strip()})",)
                    m = replace(m, place=other, alternatives=((m.place, m.confidence), *m.alternatives), why=why)
            out.append(m)
        return out

    @staticmethod
    def _to_mention(text: str, span: Span, chosen: Scored | None, others: list[Scored]) -> Mention:
        return Mention(
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            place=chosen.place if chosen else None,
            confidence=chosen.confidence if chosen else 0.0,
            role=span.role,
            alternatives=tuple([(s.place, s.confidence) for s in others]) if others else (),
            why=chosen.why if chosen else (),
        )

    # --- exact keys -------------------------------------------------------------------------

    def _exact_spans(self, text: str, folded: str, offsets: np.ndarray | None) -> tuple[list[Span], list[Span]]:
        """Longest non-overlapping key matches that are mentions, and the spans no name may be found in."""
        found = self.index.scan(folded)
        taken = bytearray(len(folded) + 1)
        spans: list[Span] = []
        blocked: list[Span] = []
        lines = _Lines(text)
        keys, blockers = self.index.keys, self.index.blockers
        for fstart, fend, key in found:
            if taken.find(1, fstart, fend) >= 0:
                continue
            start, end = _original(offsets, fstart, fend)
            # "Syria Direct": an outlet, nothing inside it is a place; "Iran-backed": whose side, not where
            if key in blockers or (text.startswith(_DASHES, end) and _ALLEGIANCE_AFTER.match(text, end)):
                taken[fstart:fend] = b"\x01" * (fend - fstart)
                blocked.append(Span(start, end, ()))
                continue
            if not self._is_mention(text, start, end, key, lines):
                continue
            taken[fstart:fend] = b"\x01" * (fend - fstart)
            spans.append(Span(start, end, keys[key]))
        spans.sort(key=_START)
        return spans, blocked

    def _is_mention(self, text: str, start: int, end: int, key: str, lines: _Lines) -> bool:
        """Whether the span is a place name here, not a word or part of an organisation's name."""
        surface = text[start:end]
        kind = self._surfaces.get((surface, key))
        if kind is None:
            kind = self._surfaces.remember((surface, key), self._surface_kind(surface, key))
        if kind & _NOT_A_NAME:
            return False
        if kind & _ARABIC:
            return not _ARABIC_ORGANISATION_BEFORE.search(text, max(0, start - 30), start)
        if kind & _LOWER_CASE:
            return self._after_possessive_parent(text, start, key)  # "a drone hit a convoy" is not
        if kind & _ENGLISH_WORD and not _proper_noun_position(text, start, lines):
            # "Hit hard by…" at a sentence start, or a headline word; a country is capitalised as a name ("Turkey has")
            return any(c.place.kind == "country" for c in self.index.keys[key])
        # every given name is capitalised: lower-case words before the span cannot be one (a fast test first)
        lead = max(0, start - 16)
        if not text[lead:start].islower() and _GIVEN_NAME_BEFORE.search(text, lead, start):
            return False  # "Khaled Hama", "Commander Hassan Raqqa": a person's surname, not the city
        if kind & _FIRST_WORD and _NEXT_NAME_WORD.match(text, end):
            return False  # "Bab Tuma", "Tal Tamr": the first word of a longer name, not the town "al-Bab"
        return not _inside_organisation_name(text, start, end)

    def _surface_kind(self, surface: str, key: str) -> int:
        """What the span's own letters say, whatever stands around it: flags, asked once per spelling met."""
        if is_arabic(surface):
            # "المدينة" is "the city", whatever town shares the word
            return _NOT_A_NAME if key in _ARABIC_COMMON_NOUNS or key in _ARABIC_PARTICLES else _ARABIC
        words = [w for w in _WORD.findall(surface) if fold_name(w) not in ARTICLES]
        name_words = [w for w in words if w.lower() not in _NOT_NAME_WORDS]
        if not any(w[0].isupper() for w in name_words or words):
            return _LOWER_CASE
        flags = _ENGLISH_WORD if " " not in key and key in self.english else 0
        return flags | (_FIRST_WORD if _CUT_IN_TWO.fullmatch(surface) else 0)

    def _after_possessive_parent(self, text: str, start: int, key: str) -> bool:
        """A lower-case name right after its parent's possessive: "Baghdad's green zone"."""
        match = _POSSESSIVE_BEFORE.search(text, max(0, start - 60), start)
        if match is None:
            return False
        owner = self.index.lookup(match.group(1))
        owners = {c.place.id for c in owner}
        return any(c.place.part_of in owners for c in self.index.keys[key])

    # --- compounds ---------------------------------------------------------------------------

    @staticmethod
    def _shared_kind_matches(text: str) -> Iterator[re.Match[str]]:
        """Matches of the shared-kind pattern, tried only around a plural kind word (the pattern is slow)."""
        hints = sorted(
            (at, at + len(word), not word.isascii()) for word in _SHARED_WORDS for at in _find_all(text, word)
        )
        done = -1
        for start, end, arabic in hints:
            lo, hi = (start, end + 60) if arabic else (max(done, start - 100, 0), end)
            if not arabic and not _AND_NAME_BEFORE.search(text, lo, start):
                continue  # "the X and Y crossings": a fast test of what must come before the plural
            m = _SHARED_KIND.search(text, lo, min(hi, len(text)))
            while m is not None and not arabic and m.end() < end:
                m = _SHARED_KIND.search(text, m.end(), min(hi, len(text)))
            if m is not None and m.start() >= done:
                done = m.end()
                yield m

    def _shared_kind_word(self, text: str, spans: list[Span]) -> list[Span]:
        """Features that share one kind word: "the Al-Walid and Rabia crossings", "معبري الوليد وربيعة".

        Each name is looked up with the kind word in the singular; a name it reaches replaces the
        spans inside it (the town Rabia gives way to the Rabia crossing).
        """
        found: list[Span] = []
        for m in self._shared_kind_matches(text):
            singular = _SINGULAR[(m.group("kind") or m.group("kind_ar")).lower()]
            for group in ("a", "b", "c", "a_ar", "b_ar"):
                if m.group(group) is None:
                    continue
                name = m.group(group)
                words = f"{singular} {name}" if group.endswith("_ar") else f"{name} {singular}"
                candidates = tuple(c for c in self.index.lookup(words) if c.compound or c.place.kind in _FEATURES)
                if candidates:
                    found.append(Span(m.start(group), m.end(group), candidates))
        if not found:
            return spans
        kept = [s for s in spans if not any(f.start < s.end and s.start < f.end for f in found)]
        return sorted([*kept, *found], key=lambda s: s.start)

    def _feature_of_place(self, text: str, folded: str, offsets: np.ndarray | None, spans: list[Span]) -> list[Span]:
        """The feature a kind word names for a place: "the international airport in the capital of Damascus".

        A kind word, then "in", "of", "near" and the place: the place's feature of that kind (Damascus
        International Airport) if the gazetteer has one, in place of the city.
        """
        # where each "<kind> in/of/near …" phrase ends: a place starting there is the one it names
        phrases: dict[int, tuple[int, str]] = {}
        for fstart, fend in _words_at(folded, _FEATURE_WORDS):  # the kind word first: most text names no feature
            core_start, core_end = _original(offsets, fstart, fend)
            tail = _FEATURE_TAIL.match(text, core_end)
            if tail is not None:
                lead = _FEATURE_LEAD.search(text, max(0, core_start - 16), core_start)
                start = lead.start() if lead else core_start
                phrases[tail.end()] = (start, re.sub(r"\s+", " ", text[start:core_end].lower()))
        out: list[Span] = []
        for span in spans:
            if span.start in phrases:
                start, kind = phrases[span.start]
                name = text[span.start : span.end]
                found = tuple(c for c in self.index.lookup(f"{name} {kind}") if c.place.kind in _FEATURES)
                if found:
                    span = Span(start, span.end, found)
            out.append(span)
        return out

    @staticmethod
    def _merge_crossings(text: str, spans: list[Span]) -> list[Span]:
        """Merge "Al Bukamal - Al Qaim border crossing": a town, a separator, then the crossing."""
        merged: list[Span] = []
        for span in spans:
            prev = merged[-1] if merged else None
            if prev is not None and _SEPARATOR.match(text[prev.end : span.start]):
                crossings = [
                    c
                    for c in span.candidates
                    if c.compound == "crossing" and any(p.place.id in c.place.connects for p in prev.candidates)
                ]
                if crossings:
                    merged[-1] = Span(prev.start, span.end, tuple(crossings))
                    continue
            merged.append(span)
        return merged

    def _crossing_parts(self, text: str, spans: list[Span]) -> list[Span]:
        """The towns named inside a crossing's name, as nested mentions with role "part".

        "the Al Bukamal - Al Qaim border crossing" is the crossing, and it names Al Bukamal and
        Al Qaim: a reader filtering by town expects to find both.
        """
        parts = []
        ends_of: dict[int, frozenset[str]] = {}  # by candidates tuple: most spans share their key's
        for span in spans:
            ends = ends_of.get(id(span.candidates))
            if ends is None:
                ends = ends_of[id(span.candidates)] = frozenset(
                    pid for c in span.candidates if c.place.kind == "border crossing" for pid in c.place.connects
                )
            if not ends:
                continue
            surface = text[span.start : span.end]
            inside = self._parts_of.get((surface, ends))
            if inside is None:
                inside = self._parts_of.remember((surface, ends), self._towns_inside(surface, ends))
            parts += [Span(span.start + s, span.start + e, c, role="part") for s, e, c in inside]
        return parts

    def _towns_inside(self, name: str, ends: frozenset[str]) -> tuple[tuple[int, int, tuple[Candidate, ...]], ...]:
        """Where a crossing's name names the towns it connects: offsets into the name, and their candidates."""
        folded, offsets = fold_text(name)
        found = self.index.scan(folded)
        taken = bytearray(len(folded) + 1)
        inside = []
        for fstart, fend, key in found:
            candidates = tuple(c for c in self.index.keys[key] if c.place.id in ends and c.compound is None)
            if not candidates or 1 in taken[fstart:fend]:
                continue
            taken[fstart:fend] = b"\x01" * (fend - fstart)
            inside.append((*_original(offsets, fstart, fend), candidates))
        return tuple(inside)

    # --- fuzzy -------------------------------------------------------------------------------

    def _fuzzy_spans(self, text: str, spans: list[Span]) -> list[Span]:
        """Capitalised names no exact key reached, matched by skeleton and string similarity."""
        covered = bytearray(len(text) + 1)
        for span in spans:
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        found = []
        cache = self._fuzzy_cache
        for match in _CAPITALISED_RUN.finditer(text):
            start, end = match.span()
            if covered.find(1, start, end) >= 0:
                continue
            run = match.group()
            best = cache.get(run, _UNSEEN)
            if best is _UNSEEN:
                best = cache.remember(run, self._fuzzy_lookup(run))
            if best is None:
                continue
            offset, length, candidates, score = best
            s, e = start + offset, start + offset + length
            if _inside_organisation_name(text, s, e):
                continue
            found.append(Span(s, e, candidates, quality=score / 100.0))
        return found

    def _fuzzy_lookup(self, run: str) -> tuple[int, int, tuple[Candidate, ...], float] | None:
        start = -1
        for word in re.finditer(r"\S+", run):  # "The Ain al Assad": leading words that are not the name
            first = fold_name(word.group())
            if first not in self._not_name_starts:
                start = word.start()
                break
            if first.rstrip(".") in PERSON_TITLES:
                return None  # "General Soleimani" is a person
        if start < 0:
            return None
        name = run[start:]
        if " " not in name and fold_name(name) in self.english:
            return None
        folded = fold_name(name)
        matches = self.index.skeletons.get(skeleton(name))
        if not matches or len(folded) < 4:
            return None
        scored: dict[str, tuple[float, Candidate]] = {}
        plain = _plain_vowels(folded)
        for place, spelling in matches:
            spelled = fold_name(spelling)
            same = plain == _plain_vowels(spelled)  # "Hajeen" / Hajin, "Tal Tamr" / Tall Tamr: one spelling
            if place.kind == "village" and not same:
                continue  # too many small places share a skeleton with some other word
            if folded.startswith(spelled) and folded[len(spelled) :] in _DEMONYM_ENDINGS:
                continue  # "Israeli" is not "Israel"
            score = 96.0 if same else fuzz.ratio(folded, spelled)
            if score >= FUZZY_MIN_SCORE and score > scored.get(place.id, (0.0, None))[0]:
                scored[place.id] = (score, Candidate(place, spelling, False))
        if not scored:
            return None
        best = max(s for s, _ in scored.values())
        return start, len(name), tuple(c for _, c in scored.values()), best

    # --- datelines ---------------------------------------------------------------------------

    def _mark_datelines(self, text: str, spans: list[Span]) -> None:
        """Mark datelines ("QAMISHLI, Syria (North Press) –"): the place a report is filed from."""
        by_start: dict[int, Span] = {}
        for span in spans:
            by_start.setdefault(span.start, span)
        added = False
        for match in _DATELINE.finditer(text):
            span = by_start.get(match.start("place"))
            if span is None:
                candidates = self.index.lookup(match.group("place"))
                if not candidates:
                    continue
                span = Span(match.start("place"), match.end("place"), candidates)
                spans.append(span)
                added = True
            span.role = "dateline"
            country = match.group("country")
            if country:
                hits = [c.place.country for c in self.index.lookup(country) if c.place.kind == "country"]
                span.country_hint = hits[0] if hits else None
        if added:  # once, not per dateline: sorting inside the loop made many datelines quadratic
            spans.sort(key=lambda s: (s.start, -s.end))


_LONG_VOWELS = (("ee", "i"), ("ie", "i"), ("oo", "u"), ("ou", "u"), ("aa", "a"))


def _plain_vowels(folded: str) -> str:
    """A folded name, a doubled letter written once and long vowels spelled one way ("hajeen" → "hajin")."""
    for long, short in _LONG_VOWELS:
        folded = folded.replace(long, short)
    return re.sub(r"(.)\1+", r"\1", folded)


def _not_cut_in_two(text: str, spans: list[Span]) -> list[Span]:
    """Spans less two that lie side by side with only a space between ("Khana Sor"): pieces of one unknown name.

    English never writes two places in a row without a comma or a word between them, so "Khana" (a
    name of Piranshahr in Iran) and "Sor" (Tyre) are not two places but one village the gazetteer lacks.
    """
    cut: set[int] = set()
    for i in range(1, len(spans)):
        a, b = spans[i - 1], spans[i]
        side_by_side = text[a.end : b.start] == " " and text[a.start].isupper() and text[b.start].isupper()
        if side_by_side and not is_arabic(text[a.start : b.end]):
            cut |= {i - 1, i}
    return [s for i, s in enumerate(spans) if i not in cut]


def _words_at(folded: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of ``words`` stands as a whole word in folded text (``str.find``: faster than a pattern)."""
    found = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or folded[at - 1] == " ") and (end == len(folded) or not folded[end].isalnum()):
                found.append((at, end))
            at = folded.find(word, end)
    return found


def _original(offsets: np.ndarray | None, fstart: int, fend: int) -> tuple[int, int]:
    """Map a span of folded text back to the original text."""
    if offsets is None:
        return fstart, fend
    return int(offsets[fstart]), int(offsets[fend - 1]) + 1


class _Lines:
    """The lines of one text, found once, and whether each reads as a headline (asked once per line).

    Looking for the line around every candidate with ``rfind``/``find`` and counting its words
    each time costs the line's length per candidate: quadratic for text without line breaks.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None  # offsets of "\n", found on first use
        self._headline: dict[int, bool] = {}  # line number → headline or not

    def is_headline(self, pos: int) -> bool:
        """Whether the line holding ``pos`` is mostly capitalised words (a headline, a title)."""
        text = self.text
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", text)]
        breaks = self._breaks
        number = bisect_left(breaks, pos)  # breaks[number - 1] < pos <= breaks[number]
        headline = self._headline.get(number)
        if headline is None:
            line_start = breaks[number - 1] + 1 if number else 0
            line_end = breaks[number] if number < len(breaks) else len(text)
            words = [w for w in _WORD.findall(text, line_start, line_end) if len(w) > 3]
            capitalised = sum(w[0].isupper() for w in words)
            headline = self._headline[number] = len(words) >= 3 and capitalised >= 0.8 * len(words)
        return headline


def _proper_noun_position(text: str, start: int, lines: _Lines) -> bool:
    """A capitalised word that is also an English word is a name only mid-sentence, outside headlines."""
    if not text[start].isupper():
        return False
    if _SENTENCE_END.search(text[max(0, start - 4) : start]) or start == 0:
        return False
    return not lines.is_headline(start)


_NEXT_WORD = re.compile(r"[ \t\-–]+([^\W_]+)")
_OF_BEFORE = re.compile(r"([A-Z]\w*)\s+(?:of|for)\s+(?:the\s+)?$")


def _inside_organisation_name(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is part of an outlet's, institute's or group's name.

    "Kurdistan 24", "Mehr News Agency", "Arabian Peninsula Institute", "Hormuz Peace
    Initiative", "University of Baghdad", "East India company".
    """
    pos = end
    for i in range(4):
        match = _NEXT_WORD.match(text, pos)
        if match is None:
            break
        word = match.group(1)
        if i == 0 and word.isdigit():
            return True
        if word.lower() in ORGANISATION_HEADS:
            return True
        if not word[0].isupper():
            break
        pos = match.end()
    if text.endswith(("of ", "for ", "the "), max(0, start - 4), start):
        m = _OF_BEFORE.search(text, max(0, start - 60), start)
        return bool(m and m.group(1).lower() in ORGANISATION_HEADS)
    return False


_DEFAULT: Geoparser | None = None


def parse(text: str, parser: Geoparser | None = None) -> list[Mention]:
    """Parse ``text`` with ``parser`` (default: one built once from the bundled gazetteer)."""
    global _DEFAULT
    if parser is None:
        if _DEFAULT is None:
            _DEFAULT = Geoparser()
        parser = _DEFAULT
    return parser.parse(text)
