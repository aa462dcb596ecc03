"""Events flattened into records: everything about an event a table, a map or a download needs.

One record per event: its own fields, its place resolved to a point, the country, governorate,
border side and distance to the Iraq–Syria border (from real boundaries), the derived
attribution status, and every source with its outlet, title, date, link and quote.
"""

from __future__ import annotations

from typing import Any

from .check import DataSet
from .errors import DataError
from .events import Event, derive_status
from .spatial import SpatialInfo, enrich

__all__ = ["event_records", "fatalities_low", "spatial_fields"]

# ACLED's geo_precision: 1 the named place itself, 2 near it, 3 only a region
GEO_PRECISION = {"place": 1, "near": 2, "region": 3}


def _point(event: Event, data: DataSet) -> tuple[float, float, str | None, str | None]:
    """(lat, lon, place id, place name) of an event."""
    if event.place.id is not None:
        place = data.gazetteer[event.place.id]
        return place.lat, place.lon, place.id, place.name
    lat, lon = event.place.lat, event.place.lon
    if lat is None or lon is None:  # the model refuses this; kept for type checkers
        raise DataError("event has neither a place id nor coordinates", field="place")
    return lat, lon, None, None


def spatial_fields(where: SpatialInfo, country_names: dict[str, str]) -> dict[str, Any]:
    """A record's country, governorate and border fields from :func:`geo.spatial.enrich`."""
    return {
        "country": where.country,
        "country_name": country_names.get(where.country or ""),
        "admin1": where.admin1,
        "admin1_name": where.admin1_name,
        "border_side": where.border_side,
        "border_distance_km": where.border_distance_km,
    }


def fatalities_low(event: Event) -> int | None:
    """The most conservative figure the sources give (ACLED's rule), or ``None`` if none does."""
    lows = [f.min for f in event.fatalities if f.min is not None]
    return min(lows) if lows else None


def event_records(data: DataSet) -> list[dict[str, Any]]:
    """One record per event, sorted by id, with spatial fields from the boundary layers."""
    events = sorted(data.events, key=lambda e: e.id)
    points = [_point(e, data) for e in events]
    spatial = enrich([(lat, lon) for lat, lon, _, _ in points])
    outlet_of = {a.id: a.meta.outlet for a in data.articles.values()}
    country_names = {p.country: p.name for p in data.gazetteer if p.kind == "country"}
    records = []
    for event, (lat, lon, place_id, place_name), where in zip(events, points, spatial, strict=True):
        acled_type, acled_sub = event.acled_type
        sources = []
        for source in event.sources:
            meta = data.articles[source.article].meta
            sources.append(
                {
                    "article": source.article,
                    "outlet": meta.outlet,
                    "title": meta.title,
                    "published": meta.published.start.isoformat() if meta.published.start else None,
                    "published_end": meta.published.end.isoformat() if meta.published.end else None,
                    "published_precision": meta.published.precision,
                    "url": meta.url,
                    "licence": meta.licence,
                    "quote": " ".join(source.quote.split()),
                }
            )
        records.append(
            {
                "id": event.id,
                "summary": " ".join(event.summary.split()),
                "event_type": event.event_type,
                "acled_event_type": acled_type,
                "acled_sub_event_type": acled_sub,
                "date_start": event.date.start.isoformat() if event.date.start else None,
                "date_end": event.date.end.isoformat() if event.date.end else None,
                "date_precision": event.date.precision,
                "date_text": event.date.text,
                "place_id": place_id,
                "place_name": place_name,
                "place_precision": event.place.precision,
                "place_reason": event.place.reason,
                "lat": round(lat, 6),
                "lon": round(lon, 6),
                **spatial_fields(where, country_names),
                "fatalities": fatalities_low(event),
                "fatalities_reported": [f.model_dump() for f in event.fatalities],
                "status": derive_status(event, outlet_of),
                "sources": sources,
                "attribution": [
                    {"actor": c.actor, "stance": c.stance, "claimed_by": c.claimed_by, "source": c.source}
                    for c in event.attribution
                ],
                "targets": list(event.targets),
            }
        )
    return records
