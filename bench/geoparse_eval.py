"""Score the geoparser on the hand-annotated place mentions of real reporting, next to geotext.

Reads ``../shared/eval/reports_dev.yaml`` by path (or ``--reports`` / ``$BORDERMAP_REPORTS``; its
text is not in this repository). Every word-bounded occurrence of a gold ``surface`` is a gold
mention (in Arabic one proclitic و ب ل ف ك may precede it; ``span`` narrows it). A gold mention is
found when a tag overlapping it resolves within 25 km (50 km for governorates, regions and districts;
countries by code). A tag is right when it is such a match; tags overlapping a ``plausible`` string
or inside an ``ignore`` name count neither way. acc@161: among tags overlapping a gold mention, the
share placed within 161 km of it. Reported per half of the set (``geo.evalset.split_halves``: rules
are written from the dev half only) and per language. Prints numbers.

    python bench/geoparse_eval.py [--reports PATH] [--details dev|test|all]
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from geopy.distance import great_circle

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.evalset import Report, load_reports, split_halves  # noqa: E402
from geo.evaluate import add_counts  # noqa: E402
from geo.geoparse import Geoparser  # noqa: E402
from geo.normalize import is_arabic  # noqa: E402

_AREA_KINDS = {"governorate", "region", "district", "border", "desert", "river"}
_PROCLITIC = "[وبلفك]?"


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    kind: str


@dataclass(frozen=True, slots=True)
class Tag:
    start: int
    end: int
    text: str
    lat: float
    lon: float
    country: str | None  # the tag's country code when it names a country


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    tags: int = 0
    right: int = 0
    overlapping: int = 0
    within_161: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        add_counts(self, other)

    def row(self, label: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a / b:.2f}" if b else "—"

        recall, precision = pct(self.found, self.gold), pct(self.right, self.tags)
        return (
            f"| {label} | {self.gold} | {self.tags} | **{recall}** | **{precision}** "
            f"| {pct(self.within_161, self.overlapping)} |"
        )


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    before = rf"(?<!\w){_PROCLITIC}" if is_arabic(surface) else r"(?<![\w-])"
    return [(m.start(1), m.end(1)) for m in re.finditer(rf"{before}({re.escape(surface)})(?![\w-])", text)]


def gold_mentions(report: Report) -> list[GoldMention]:
    """Every annotated place mention of the report, with its offsets."""
    out: list[GoldMention] = []
    for place in report.places:
        for start, end in _occurrences(report.text, place["surface"]):
            span = place.get("span")
            if span:
                offset = place["surface"].find(span)
                start, end = start + offset, start + offset + len(span)
            out.append(GoldMention(start, end, place["name"], place["lat"], place["lon"], place.get("kind", "")))
    return out


def _excluded(report: Report) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in [*report.plausible, *report.ignore]:
        spans += _occurrences(report.text, name)
    return spans


def _country_code(parser: Geoparser, name: str, lat: float, lon: float) -> str | None:
    for cand in parser.index.lookup(name):
        if cand.place.kind == "country":
            return cand.place.country
    near = min(
        (p for p in parser.gazetteer if p.kind == "country"),
        key=lambda p: great_circle((p.lat, p.lon), (lat, lon)).km,
    )
    return near.country


def score(report: Report, tags: list[Tag], parser: Geoparser) -> Score:
    """Recall, precision and acc@161 of ``tags`` against the report's annotated mentions."""
    gold = gold_mentions(report)
    excluded = _excluded(report)
    s = Score(gold=len(gold))

    def right_for(tag: Tag, g: GoldMention) -> bool:
        if g.kind == "country":
            return tag.country is not None and tag.country == _country_code(parser, g.name, g.lat, g.lon)
        limit = 50 if g.kind in _AREA_KINDS else 25
        return great_circle((tag.lat, tag.lon), (g.lat, g.lon)).km <= limit

    for g in gold:
        if any(t.start < g.end and g.start < t.end and right_for(t, g) for t in tags):
            s.found += 1
        else:
            s.misses.append(f"{report.text[g.start : g.end]} ({g.name})")
    for t in tags:
        overlap = [g for g in gold if t.start < g.end and g.start < t.end]
        if not overlap and any((a <= t.start and t.end <= b) or (t.start < b and a < t.end) for a, b in excluded):
            continue
        s.tags += 1
        if overlap:
            s.overlapping += 1
            g = overlap[0]
            s.within_161 += great_circle((t.lat, t.lon), (g.lat, g.lon)).km <= 161 or right_for(t, g)
        if any(right_for(t, g) for g in overlap):
            s.right += 1
        else:
            s.wrong.append(t.text)
    return s


def bordermap_tags(parser: Geoparser, text: str) -> list[Tag]:
    """The geoparser's resolved mentions (the towns inside a crossing's name are parts, not tags)."""
    return [
        Tag(m.start, m.end, m.text, m.place.lat, m.place.lon, m.place.country if m.place.kind == "country" else None)
        for m in parser.parse(text)
        if m.place and m.role != "part"
    ]


class GeoTextTagger:
    """geotext's cities and countries, located in the text and placed by its own GeoNames table."""

    def __init__(self, parser: Geoparser) -> None:
        from geotext import GeoText  # a bench-only dependency: pip install geotext

        self.GeoText = GeoText
        data = Path(__import__("geotext").__file__).parent / "data"
        self.cities: dict[str, tuple[int, float, float]] = {}
        for line in (data / "cities15000.txt").read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            population = int(cols[14] or 0)
            key = cols[1].lower()
            if key not in self.cities or population > self.cities[key][0]:
                self.cities[key] = (population, float(cols[4]), float(cols[5]))
        self.countries = {p.name.lower(): p for p in parser.gazetteer if p.kind == "country"}
        self.parser = parser

    def tags(self, text: str) -> list[Tag]:
        found = self.GeoText(text)
        out: list[Tag] = []
        for name in dict.fromkeys(found.cities):
            hit = self.cities.get(name.lower())
            if hit:
                out += [Tag(s, e, name, hit[1], hit[2], None) for s, e in _occurrences(text, name)]
        for name in dict.fromkeys(found.countries):
            place = self.countries.get(name.lower()) or next(
                (c.place for c in self.parser.index.lookup(name) if c.place.kind == "country"), None
            )
            if place:
                out += [Tag(s, e, name, place.lat, place.lon, place.country) for s, e in _occurrences(text, name)]
        return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=Path, default=None, help="annotated reports (default: ../shared/eval)")
    ap.add_argument("--details", choices=["dev", "test", "all"], default=None, help="list misses and wrong tags")
    args = ap.parse_args()
    try:
        reports = load_reports(args.reports)
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    parser = Geoparser()
    halves = split_halves(reports)
    try:
        geotext = GeoTextTagger(parser)
    except ImportError:
        geotext = None
        print("(geotext is not installed: pip install geotext, to compare)", file=sys.stderr)
    taggers = {"bordermap": lambda text: bordermap_tags(parser, text)}
    if geotext is not None:
        taggers["geotext"] = geotext.tags
    print("| tagger · half · language | gold mentions | tags | recall | precision | acc@161 |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, tag in taggers.items():
        groups: dict[tuple[str, str], Score] = {}
        for r in reports:
            s = score(r, tag(r.text), parser)
            for key in ((halves[r.id], r.language), (halves[r.id], "all")):
                groups.setdefault(key, Score()).add(s)
            if name == "bordermap" and args.details in (halves[r.id], "all") and (s.misses or s.wrong):
                print(f"<!-- {r.id} ({halves[r.id]}): missed {s.misses}; wrong {s.wrong} -->")
        for half in ("test", "dev"):
            for language in ("en", "ar", "all"):
                if (half, language) in groups:
                    print(groups[(half, language)].row(f"{name} · {half} · {language}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
