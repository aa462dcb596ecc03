"""Actors the reporting names, with their spellings: for finding them in text and comparing claims."""

from __future__ import annotations

import re

__all__ = ["ACTORS", "actor_key", "find_actors"]

# canonical name → spellings (regular expressions, matched case-sensitively at word bounds)
ACTORS: dict[str, tuple[str, ...]] = {
    "United States": (
        r"U\.S\.(?:-led)?",
        r"US(?:-led)?",
        r"United States",
        r"America(?:n)?",
        r"Washington",
        r"Pentagon",
        r"CENTCOM",
        r"Trump",
        r"Biden",
    ),
    "US-led coalition": (r"(?:US|U\.S\.)-led (?:Global )?[Cc]oalition", r"[Cc]oalition forces", r"the [Cc]oalition"),
    "Islamic State": (r"Daesh", r"ISIS", r"ISIL", r"Islamic State", r"IS"),
    "Popular Mobilization Units": (r"PMU", r"PMF", r"Popular Mobili[sz]ation (?:Units|Forces)", r"Hashd al-Shaabi"),
    "Iran": (r"Iran(?:ian)?", r"IRGC", r"Islamic Revolutionary Guards? Corps", r"Tehran"),
    "Iranian-backed militias": (r"Iranian-backed militias?", r"Iran-backed militias?"),
    "Syrian government": (r"Syrian (?:government|army|Army|regime)(?: forces)?", r"Damascus", r"SAA", r"Assad"),
    "Iraqi government": (r"Iraqi (?:government|army|forces|security forces)", r"Baghdad"),
    "Russia": (r"Russia(?:n)?", r"Moscow"),
    "Israel": (r"Israel(?:i)?",),
    "Syrian Democratic Forces": (r"SDF", r"Syrian Democratic Forces"),
    "Hezbollah": (r"Hezbollah", r"Hizbollah", r"Kataib Hezbollah", r"Kata'ib Hezbollah"),
    "Turkey": (r"Turkey", r"Turkish", r"Ankara"),
    "Syrian opposition": (r"opposition factions", r"rebels?", r"Free Syrian Army", r"FSA"),
}

_PATTERNS = [
    (name, re.compile(r"(?<![\w-])(?:" + "|".join(spellings) + r")(?![\w-])")) for name, spellings in ACTORS.items()
]
_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "washington": "united states",
    "the united states": "united states",
    "daesh": "islamic state",
    "isis": "islamic state",
    "isil": "islamic state",
    "is": "islamic state",
    "pmu": "popular mobilization units",
    "pmf": "popular mobilization units",
    "hashd al-shaabi": "popular mobilization units",
}


def actor_key(name: str) -> str:
    """Fold an actor's name so that spellings of one actor compare equal ("U.S." = "United States")."""
    key = " ".join(name.lower().replace(".", "").split())
    return _ALIASES.get(key, key)


def find_actors(text: str) -> list[str]:
    """Canonical names of the actors ``text`` names, in order of first mention."""
    hits: list[tuple[int, str]] = []
    for name, pattern in _PATTERNS:
        m = pattern.search(text)
        if m:
            hits.append((m.start(), name))
    return [name for _, name in sorted(hits)]
