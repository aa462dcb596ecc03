"""Word lists the geoparser consults: English words, organisation heads, cues of a kind of place."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .gazetteer import default_data_dir

__all__ = [
    "KIND_CUES_AFTER",
    "KIND_CUES_BEFORE",
    "ORGANISATION_HEADS",
    "PERSON_TITLES",
    "english_words",
    "organisation_names",
]

# A place name followed by one of these (directly or after more capitalised words) names an
# outlet, institute or group: "Kurdistan 24", "Mehr News Agency", "Hormuz Peace Initiative".
ORGANISATION_HEADS = frozenset(
    """
    agency airline airlines airways association bank brigade brigades broadcasting center centre
    channel chronicle club college command committee company corporation corp council daily
    foundation front gazette group herald inc initiative institute institution journal league ltd
    media movement network news newspaper observatory organisation organization party post press
    radio school society television times tribune tv university
    """.split()
)

# A capitalised name right after one of these is a person's ("General Soleimani").
PERSON_TITLES = frozenset(
    """
    admiral brig brigadier capt captain cmdr col colonel commander dr emir gen general gov governor
    imam king lieutenant lt maj major marshal minister mr mrs ms president prince prof sayyed
    sgt sheikh shaikh sheik spokesman spokesperson
    """.split()
)

# Words after a name that say what kind of place it is ("Deir ez-Zor province", "the al-Tanf
# garrison") and words before it ("the city of Deir ez-Zor").  Values are words that the
# place's kind must contain.
KIND_CUES_AFTER: dict[str, tuple[str, ...]] = {
    "province": ("governorate",),
    "governorate": ("governorate",),
    "governate": ("governorate",),
    "city": ("city", "town"),
    "town": ("town", "city", "village"),
    "village": ("village", "town"),
    "district": ("district", "city district", "town", "city"),
    "countryside": ("governorate",),  # "the Deir ez-Zor countryside": the province's rural land
    "crossing": ("border crossing",),
    "border": ("border crossing", "town", "city"),
    "base": ("base",),
    "airbase": ("base",),
    "garrison": ("base",),
    "airport": ("airport",),
    "camp": ("camp",),
    "field": ("field",),
    "oilfield": ("field",),
    "river": ("river",),
    "desert": ("desert",),
    "dam": ("dam",),
    "junction": ("junction",),
    "crossroad": ("junction",),
    "crossroads": ("junction",),
    # after a list, "the Deraa and Quneitra provinces": the plural that names the kind of each
    "provinces": ("governorate",),
    "governorates": ("governorate",),
    "regions": ("governorate", "region"),
    "cities": ("city", "town"),
    "towns": ("town", "city", "village"),
    "villages": ("village", "town"),
}
KIND_CUES_BEFORE: dict[str, tuple[str, ...]] = {
    "city of": ("city", "town"),
    "town of": ("town", "city", "village"),
    "village of": ("village", "town"),
    "province of": ("governorate",),
    "governor of": ("governorate",),
    "governorates of": ("governorate",),
    "governorate of": ("governorate",),
    "countryside of": ("governorate",),  # "the eastern countryside of Deir ez-Zor": the province's rural land
    "capital": ("city",),
    "river": ("river",),
    "ريف": ("governorate",),  # "ريف دير الزور": the province's rural land, not the city
    # "in western Daraa", "eastern Deir ez-Zor": a part of the province, where the name is also its city's
    "eastern": ("governorate", "region"),
    "western": ("governorate", "region"),
    "northern": ("governorate", "region"),
    "southern": ("governorate", "region"),
    "rural": ("governorate",),
    "أرياف": ("governorate",),
    "محافظة": ("governorate",),
    "مقاطعة": ("governorate", "region"),  # "مقاطعة دير الزور": the Autonomous Administration's canton, the province
    "مدينة": ("city", "town"),
    "بلدة": ("town", "city", "village"),
    "قرية": ("village", "town"),
}


@lru_cache(maxsize=4)
def organisation_names(path: Path | None = None) -> tuple[str, ...]:
    """Outlets, institutes and groups whose names hold a place name (``data/lexicon/organisations.txt``)."""
    path = path or default_data_dir() / "lexicon" / "organisations.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=4)
def english_words(path: Path | None = None) -> frozenset[str]:
    """English words written in lower case (SCOWL), from ``data/lexicon/english_words.txt``."""
    path = path or default_data_dir() / "lexicon" / "english_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split())
