"""An index of every spelling in the gazetteer: exact keys for scanning text, skeletons for fuzzy look-up.

Keys are folded spellings (see :mod:`geo.normalize`) padded with a space on each side, so an
Aho–Corasick scan of padded, folded text reports whole words only.  Besides each place's own
spellings the index holds the compounds reporters build from them: "<name> province" for a
governorate, "<name> border crossing" for a crossing that ``connects`` the named place.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

import ahocorasick

from .gazetteer import Gazetteer, Place
from .normalize import fold_name, is_arabic, name_keys, skeleton

__all__ = ["Candidate", "NameIndex"]

_GOVERNORATE_SUFFIXES = ("province", "governorate", "governate")
_GOVERNORATE_PREFIXES = ("محافظه",)  # "province of X" is X with a kind cue before it
_CROSSING_SUFFIXES = ("border crossing", "crossing", "border crossing point", "border post", "border gate")
_CROSSING_PREFIXES = ("منفذ", "معبر")
_ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "وك")

# How reporting shortens a feature's name, per kind family: the words it puts after or before the
# feature's own word ("Balad airbase", "Camp Speicher", "قاعدة بلد"), Latin and Arabic (folded forms).
_BASE = (("air base", "airbase", "base", "military base", "air field", "airfield", "garrison"), ("camp",))
_SHORT_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # kind: (Latin suffixes, Latin prefixes, Arabic prefixes, Arabic suffixes that may follow the word)
    "air base": (*_BASE, ("قاعده", "مطار"), ("الجويه", "العسكريه", "الجوي", "العسكري")),
    "military base": (*_BASE, ("قاعده",), ("العسكريه", "الجويه")),
    "airport": (("airport", "international airport", "air base", "airbase"), (), ("مطار",), ("الدولي", "العسكري")),
    "border crossing": (_CROSSING_SUFFIXES, (), _CROSSING_PREFIXES, ("الحدودي",)),
    "oil field": (("field", "oil field", "oilfield"), (), ("حقل",), ("النفطي",)),
    "gas field": (("field", "gas field", "gasfield", "gas plant"), (), ("حقل",), ("للغاز", "الغازي")),
    "camp": (("camp", "refugee camp", "displacement camp"), ("camp",), ("مخيم",), ()),
    "dam": (("dam",), (), ("سد",), ()),
    "lake": (("lake",), ("lake",), ("بحيره",), ()),
    "mountain": (("mountain", "mountains", "mount"), ("mount", "jabal", "jebel"), ("جبل", "جبال"), ()),
    "valley": (("valley", "wadi"), ("wadi",), ("وادي",), ()),
    "pumping station": (("station", "pumping station"), (), ("محطه",), ()),
}


class Candidate(NamedTuple):
    """One place a key can stand for, and how the key was reached (a tuple: tens of thousands are made)."""

    place: Place
    spelling: str  # the gazetteer spelling the key comes from
    exact: bool  # the key is that spelling folded, not a derived variant
    compound: str | None = None  # "governorate" / "crossing" when the key includes such a word


class NameIndex:
    """Keys → candidates, an Aho–Corasick automaton over them, and a skeleton table."""

    def __init__(self, gazetteer: Gazetteer, blockers: tuple[str, ...] = ()) -> None:
        """Index ``gazetteer``; ``blockers`` are names (of outlets, groups…) inside which no place is tagged."""
        self.gazetteer = gazetteer
        keys: dict[str, list[Candidate]] = defaultdict(list)
        self.skeletons: dict[str, list[tuple[Place, str]]] = defaultdict(list)
        for place in gazetteer:
            for spelling in place.spellings:
                folded = fold_name(spelling)
                for key in name_keys(spelling):
                    keys[key].append(Candidate(place, spelling, key == folded))
                skel = skeleton(spelling)
                if len(skel) >= 3:
                    self.skeletons[skel].append((place, spelling))
        for place in gazetteer:
            if place.kind in _SHORT_FORMS:
                self._add_short_forms(keys, place)
            if place.kind == "governorate":
                self._add_compounds(keys, place, place, _GOVERNORATE_PREFIXES, _GOVERNORATE_SUFFIXES, "governorate")
            if place.kind == "border crossing":
                for end in place.connects:
                    self._add_compounds(keys, place, gazetteer[end], _CROSSING_PREFIXES, _CROSSING_SUFFIXES, "crossing")
        self.blockers = frozenset(k for name in blockers for k in name_keys(name)) - keys.keys()
        for key in self.blockers:
            keys[key] = []
        self.keys: dict[str, tuple[Candidate, ...]] = {k: _dedupe(v) for k, v in keys.items()}
        self.automaton = self._build_automaton()

    @staticmethod
    def _add_compounds(
        keys: dict[str, list[Candidate]],
        place: Place,
        named: Place,
        prefixes: tuple[str, ...],
        suffixes: tuple[str, ...],
        compound: str,
    ) -> None:
        arabic_prefixes = [p for p in prefixes if is_arabic(p)]
        latin_prefixes = [p for p in prefixes if not is_arabic(p)]
        for spelling in named.spellings:
            for key in name_keys(spelling):
                if is_arabic(key):
                    words = [f"{p} {key}" for p in arabic_prefixes]
                else:
                    words = [f"{key} {s}" for s in suffixes]
                    words += [f"{p} {key}" for p in latin_prefixes]
                for word in words:
                    keys[word].append(Candidate(place, spelling, False, compound))

    @staticmethod
    def _add_short_forms(keys: dict[str, list[Candidate]], place: Place) -> None:
        """Every way of writing the feature's own word with a word of its kind ("Balad air base" → "Balad base")."""
        latin_after, latin_before, arabic_before, arabic_after = _SHORT_FORMS[place.kind]
        for spelling in place.spellings:
            folded = fold_name(spelling)
            if is_arabic(folded):
                core = _strip(folded, arabic_before, arabic_after)
                forms = [f"{p} {core}" for p in arabic_before]
                forms += [f"{p} {core} {s}" for p in arabic_before for s in arabic_after]
            else:
                core = _strip(folded, latin_before, latin_after)
                forms = [f"{core} {s}" for s in latin_after] + [f"{p} {core}" for p in latin_before]
            if core is None or core == folded:
                continue
            for form in forms:
                for key in name_keys(form):
                    keys[key].append(Candidate(place, spelling, False, place.kind))

    def _build_automaton(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key in self.keys:
            variants = [(f" {key} ", 0), (f" {key}'", 0)]
            if is_arabic(key):
                variants += [(f" {p}{key} ", len(p)) for p in _ARABIC_PROCLITICS]
                if key.startswith("ال"):
                    variants.append((f" لل{key[2:]} ", 2))
            for padded, prefix in variants:
                automaton.add_word(padded, (len(padded), prefix, key))
        automaton.make_automaton()
        return automaton

    def scan(self, folded: str) -> list[tuple[int, int, str]]:
        """Every key found in folded text as ``(start, end, key)``, the longest first, then by position.

        ``start``/``end`` index ``folded``: the padding the scan adds and any Arabic proclitic are
        left out of the span.
        """
        found = []
        for last, (length, prefix, key) in self.automaton.iter(" " + folded + " "):
            start = last - length + 1 + prefix  # padded index of the key's first letter - 1 + 1
            found.append((-len(key), start, key))
        found.sort()  # a key's length and start fix the key: the order is the same as by (-length, start)
        return [(start, start - neg, key) for neg, start, key in found]

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Candidates whose keys a name folds to (exact and derived spellings)."""
        found: list[Candidate] = []
        for key in {fold_name(name), *name_keys(name)}:
            found.extend(self.keys.get(key, ()))
        return _dedupe(found)


def _strip(folded: str, before: tuple[str, ...], after: tuple[str, ...]) -> str | None:
    """The feature's own word: the name less one kind word before it and those after it, if any is there."""
    core = folded
    for word in sorted(before, key=len, reverse=True):
        if core.startswith(word + " "):
            core = core[len(word) + 1 :]
            break
    changed = True
    while changed:
        changed = False
        for word in sorted(after, key=len, reverse=True):
            if core.endswith(" " + word):
                core, changed = core[: -len(word) - 1], True
                break
    return core if core != folded and len(core) >= 3 else None


def _dedupe(candidates: list[Candidate]) -> tuple[Candidate, ...]:
    """One candidate per place, preferring an exact spelling and plain keys over compounds."""
    best: dict[str, Candidate] = {}
    for cand in candidates:
        seen = best.get(cand.place.id)
        if seen is None or (cand.exact and not seen.exact):
            best[cand.place.id] = cand
    return tuple(best.values())
