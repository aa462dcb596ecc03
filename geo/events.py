"""Events: dated incidents as sources report them, with who is said to be responsible and who says so."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .actors import actor_key
from .dates import DateRange
from .errors import DataError
from .gazetteer import default_data_dir
from .taxonomy import ACLED, EventType, Stance
from .yamlio import Record, read_records, validate_unique

__all__ = ["STATUSES", "Claim", "Event", "EventSet", "claims_status", "derive_status", "load_events"]

Status = Literal["single source", "corroborated", "contested", "unknown"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PlaceRef(_Strict):
    """A gazetteer place, or explicit coordinates with the reason for them, and how precise."""

    id: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    reason: str | None = None
    precision: Literal["place", "near", "region"]

    @model_validator(mode="after")
    def _id_or_coordinates(self) -> PlaceRef:
        coords = (self.lat, self.lon)
        if self.id is None and (None in coords or not self.reason):
            raise ValueError("give a gazetteer id, or lat, lon and a reason")
        if self.id is not None and coords != (None, None):
            raise ValueError("give a gazetteer id or coordinates, not both")
        return self


class Fatalities(_Strict):
    """Deaths as one source reports them: its words and the bounds they allow."""

    source: str
    text: str = Field(min_length=1)
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    who: str | None = None

    @model_validator(mode="after")
    def _bounds(self) -> Fatalities:
        if self.min is not None and self.max is not None and self.max < self.min:
            raise ValueError(f"max {self.max} is below min {self.min}")
        return self


class Source(_Strict):
    """An article that reports the event, and the sentence(s) it says it in."""

    article: str
    quote: str = Field(min_length=1)


class Claim(_Strict):
    """Who is said to be responsible (``actor``), how (``stance``), and who says so."""

    actor: str = Field(min_length=1)
    stance: Stance
    claimed_by: str = Field(min_length=1)
    source: str
    quote: str | None = None


class AcledCode(_Strict):
    """An explicit ACLED event type, where the default mapping does not fit."""

    event_type: str
    sub_event_type: str | None = None


class Event(_Strict):
    """One incident, as documented in ``data/events/README.md``."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    summary: str = Field(min_length=1)
    event_type: EventType
    date: DateRange
    place: PlaceRef
    fatalities: tuple[Fatalities, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)
    attribution: tuple[Claim, ...] = ()
    targets: tuple[str, ...] = ()
    acled: AcledCode | None = None
    notes: str | None = None

    @property
    def acled_type(self) -> tuple[str, str | None]:
        """ACLED's (event_type, sub_event_type) for this event."""
        if self.acled is not None:
            return self.acled.event_type, self.acled.sub_event_type
        return ACLED[self.event_type]


def derive_status(event: Event, outlet_of: Mapping[str, str]) -> Status:
    """Airwars-style grading of an event's attribution claims (see :func:`claims_status`)."""
    return claims_status(((c.actor, c.stance, c.claimed_by, c.source) for c in event.attribution), outlet_of)


def claims_status(claims: Iterable[tuple[str, str, str, str]], outlet_of: Mapping[str, str]) -> Status:
    """The status of (actor, stance, claimed_by, source article) claims.

    ``unknown`` with no claim; ``contested`` when a party denies or two claimants name
    different actors; ``corroborated`` when two or more outlets name a common actor;
    otherwise ``single source``.  Several actors named by one claimant act together.
    """
    claims = list(claims)
    if not claims:
        return "unknown"
    if any(stance == "denies" for _, stance, _, _ in claims):
        return "contested"
    named: dict[tuple[str, str], set[str]] = {}
    for actor, _, claimed_by, source in claims:
        named.setdefault((source, actor_key(claimed_by)), set()).add(actor_key(actor))
    groups = list(named.values())
    if any(a.isdisjoint(b) for i, a in enumerate(groups) for b in groups[i + 1 :]):
        return "contested"
    common = set.intersection(*groups)
    outlets = {outlet_of.get(source, source) for actor, _, _, source in claims if actor_key(actor) in common}
    return "corroborated" if len(outlets) >= 2 else "single source"


@dataclass(frozen=True)
class EventSet:
    """Events by id, with the file and line each came from."""

    events: dict[str, Event]
    records: dict[str, Record]

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events.values())

    def __len__(self) -> int:
        return len(self.events)


def load_events(folder: Path | None = None) -> EventSet:
    """Read and validate the events in a YAML file, or every ``*.yaml`` in a folder (default: the bundled).

    Field checks only; :mod:`geo.check` checks events against places and articles.
    """
    folder = folder or default_data_dir() / "events"
    if folder.is_file():
        paths = [folder]
    elif folder.is_dir():
        paths = sorted(folder.glob("*.yaml"))
    else:
        raise DataError("no such events file or folder", path=str(folder))
    events, records = validate_unique(Event, (r for path in paths for r in read_records(path)))
    return EventSet(events, records)
