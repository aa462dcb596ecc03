"""The annotated reports that extraction is measured on, and their split into two halves.

The reports are real published news excerpts annotated by hand (see the header of the shared
``reports_dev.yaml``).  Their text belongs to the publishers, so the file is read by path and
never copied into the repository.  Rules are written from the ``dev`` half only; the ``test``
half measures how they do on text no rule was written from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from .errors import InputError

__all__ = ["DEFAULT_REPORTS", "GoldIncident", "Half", "Report", "load_reports", "split_halves"]

Half = Literal["dev", "test"]
# the shared folder sits beside the repository; BORDERMAP_REPORTS points elsewhere
DEFAULT_REPORTS = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "reports_dev.yaml"


@dataclass(frozen=True)
class GoldIncident:
    """One hand-annotated incident: its date range, place, type and claims."""

    date_start: dt.date
    date_end: dt.date
    place: str
    lat: float
    lon: float
    kind: str
    event_type: str
    claims: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Report:
    """One annotated news excerpt."""

    id: str
    outlet: str
    published: dt.date
    language: str
    text: str
    incidents: tuple[GoldIncident, ...]
    places: tuple[dict[str, Any], ...] = field(default=())
    plausible: tuple[str, ...] = field(default=())  # strings a geoparser may tag or not
    ignore: tuple[str, ...] = field(default=())  # organisation names with a place name inside


def _date(value: object, where: str) -> dt.date:
    try:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    except ValueError as err:
        raise InputError(f"{where}: not an ISO date: {value!r}") from err


def _report(raw: dict[str, Any], path: Path) -> Report:
    rid = raw.get("id", "?")
    where = f"{path}: report {rid}"
    coords: dict[str, tuple[float, float, str]] = {}
    for place in raw.get("places") or []:
        coords.setdefault(place["name"], (place["lat"], place["lon"], place.get("kind", "")))
    for name, point in (raw.get("extra_places") or {}).items():
        coords.setdefault(name, (point["lat"], point["lon"], point.get("kind", "")))
    incidents = []
    for n, inc in enumerate(raw.get("incidents") or [], start=1):
        if inc["place"] not in coords:
            raise InputError(f"{where}: incident {n}: place {inc['place']!r} is in neither places nor extra_places")
        lat, lon, kind = coords[inc["place"]]
        incidents.append(
            GoldIncident(
                date_start=_date(inc["date_start"], where),
                date_end=_date(inc["date_end"], where),
                place=inc["place"],
                lat=lat,
                lon=lon,
                kind=kind,
                event_type=inc["event_type"],
                claims=tuple(inc.get("claims") or ()),
            )
        )
    return Report(
        id=rid,
        outlet=raw["outlet"],
        published=_date(raw["published"], where),
        language=raw["language"],
        text=raw["text"],
        incidents=tuple(incidents),
        places=tuple(raw.get("places") or ()),
        plausible=tuple(str(x) for x in raw.get("plausible") or ()),
        ignore=tuple(str(x) for x in raw.get("ignore") or ()),
    )


def load_reports(path: Path | None = None) -> list[Report]:
    """The annotated reports at ``path`` (default: ``$BORDERMAP_REPORTS`` or the shared file)."""
    path = path or Path(os.environ.get("BORDERMAP_REPORTS") or DEFAULT_REPORTS)
    if not path.exists():
        raise InputError(
            f"{path}: the annotated reports are not there; they are not part of the repository "
            "(their text belongs to the publishers): put the shared folder beside the repository "
            "or set BORDERMAP_REPORTS to the file"
        )
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not valid YAML: {err}") from err
    try:
        return [_report(r, path) for r in raw]
    except (KeyError, TypeError) as err:
        raise InputError(f"{path}: a report lacks a field: {err}") from err


def _rank(report_id: str) -> str:
    return hashlib.sha256(report_id.encode("utf-8")).hexdigest()


def split_halves(reports: list[Report]) -> dict[str, Half]:
    """Each report's half: within each language, reports ranked by a hash of their id, the first half dev.

    The hash makes the split independent of the order of the file and of anyone's choice; the
    per-language ranking keeps Arabic in both halves.  Odd counts give dev the extra report.
    """
    halves: dict[str, Half] = {}
    for language in sorted({r.language for r in reports}):
        ranked = sorted((r.id for r in reports if r.language == language), key=_rank)
        cut = (len(ranked) + 1) // 2
        halves |= {rid: ("dev" if i < cut else "test") for i, rid in enumerate(ranked)}
    return halves
