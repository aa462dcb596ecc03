"""The gazetteer: places read from ``data/gazetteer/*.yaml``, validated, looked up by id."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .cache import cached, fingerprint
from .errors import DataError
from .yamlio import Record, read_records, validate_unique

__all__ = ["KINDS", "Gazetteer", "Geometry", "Place", "default_data_dir", "load_gazetteer"]

Kind = Literal[
    "country",
    "region",
    "governorate",
    "district",
    "city",
    "town",
    "village",
    "city district",
    "zone",
    "border crossing",
    "military base",
    "air base",
    "airport",
    "camp",
    "oil field",
    "gas field",
    "desert",
    "river",
    "lake",
    "dam",
    "mountain",
    "valley",
    "pumping station",
    "archaeological site",
    "landmark",
    "road junction",
]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
HAND_CURATED = "hand-curated"


class Geometry(BaseModel):
    """A reference to a feature in ``data/boundaries/<layer>.geojson``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    layer: str = Field(pattern=r"^[a-z0-9_]+$")
    ref: str = Field(min_length=1)


class Place(BaseModel):
    """One gazetteer entry, as documented in ``data/gazetteer/README.md``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    names: tuple[str, ...] = ()
    kind: Kind
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str | None = None
    admin1_code: str | None = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    population: int | None = Field(default=None, ge=0)
    geonames_id: int | None = Field(default=None, gt=0)
    geometry: Geometry | None = None
    radius_km: float | None = Field(default=None, gt=0)
    connects: tuple[str, ...] = ()
    part_of: str | None = None
    source: str = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _hand_placed_points_say_why(self) -> Place:
        if self.source == HAND_CURATED and not (self.note and self.note.strip()):
            raise ValueError("hand-curated places need a note saying where the coordinate comes from")
        return self

    @property
    def spellings(self) -> tuple[str, ...]:
        """The preferred name followed by every other spelling."""
        return (self.name, *self.names)

    def summary(self) -> dict[str, object]:
        """The stable JSON shape of a place: id, name, kind, country, lat, lon."""
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }


def default_data_dir() -> Path:
    """``$BORDERMAP_DATA`` if set, else the ``data/`` folder of this checkout."""
    env = os.environ.get("BORDERMAP_DATA")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "data"


def _raise(record: Record, key: str | None, field: str | None, message: str) -> Place:
    raise DataError(message, path=record.path, line=record.line_of(key), field=field)


@dataclass(frozen=True)
class Gazetteer:
    """Places by id, with the file and line each came from."""

    places: dict[str, Place]
    origins: dict[str, tuple[str, int]]
    fingerprint: str | None = None  # of the files read, when read from files: what a cache may key on

    def __getitem__(self, place_id: str) -> Place:
        return self.places[place_id]

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.places

    def __iter__(self) -> Iterator[Place]:
        return iter(self.places.values())

    def __len__(self) -> int:
        return len(self.places)

    def get(self, place_id: str | None) -> Place | None:
        """The place with this id, or ``None``."""
        return self.places.get(place_id) if place_id else None


def _check_references(places: dict[str, Place], records: dict[str, Record]) -> None:
    for place in places.values():
        refs = [("admin1", place.admin1), ("part_of", place.part_of)]
        refs += [("connects", ref) for ref in place.connects]
        for field, ref in refs:
            if ref is not None and ref not in places:
                record = records[place.id]
                raise DataError(f"unknown place id {ref!r}", path=record.path, line=record.line_of(field), field=field)


def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """Read and validate every ``*.yaml`` file in ``folder`` (default: the bundled gazetteer).

    Raises :class:`DataError` naming file, line and field for broken YAML, a missing or
    malformed field, coordinates out of range, a duplicate id or an unknown referenced id.
    """
    folder = folder or default_data_dir() / "gazetteer"
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise DataError("no gazetteer files (*.yaml) found", path=str(folder))
    key = fingerprint(files, ("gazetteer", "yamlio", "errors"), packages=("pydantic", "PyYAML"), extra=str(folder))
    return cached("gazetteer", key, lambda: _read(files, key))


def _read(files: list[Path], key: str) -> Gazetteer:
    places, records = validate_unique(Place, (r for path in files for r in read_records(path)))
    _check_references(places, records)
    return Gazetteer(places=places, origins={pid: (r.path, r.line) for pid, r in records.items()}, fingerprint=key)
