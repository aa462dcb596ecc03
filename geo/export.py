"""Export events as GeoJSON (RFC 7946), CSV with ACLED's column names, or GeoPackage."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
from shapely.geometry import Point

from .errors import InputError
from .eventrecords import GEO_PRECISION
from .textio import write_text

__all__ = ["FORMATS", "to_csv", "to_geojson", "write_export", "write_gpkg"]

FORMATS = ("geojson", "csv", "gpkg")
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}


def to_geojson(records: list[dict[str, Any]]) -> str:
    """A FeatureCollection, one Point feature per event, coordinates [lon, lat]."""
    features = []
    for rec in records:
        props = {k: v for k, v in rec.items() if k not in ("lat", "lon")}
        features.append(
            {
                "type": "Feature",
                "id": rec["id"],
                "geometry": {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]},
                "properties": props,
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


def _midpoint(rec: dict[str, Any]) -> str:
    """ACLED's event_date: the day, or the middle of a week or month range."""
    if not rec["date_start"]:
        return ""
    start, end = date.fromisoformat(rec["date_start"]), date.fromisoformat(rec["date_end"])
    return (start + (end - start) / 2).isoformat()


def _acled_row(rec: dict[str, Any]) -> dict[str, Any]:
    claims = rec["attribution"]
    responsible = [c["actor"] for c in claims if c["stance"] != "denies"]
    outlets = sorted({s["outlet"] for s in rec["sources"]})
    return {
        "event_id_cnty": rec["id"],
        "event_date": _midpoint(rec),
        "year": rec["date_start"][:4] if rec["date_start"] else "",
        "time_precision": _TIME_PRECISION.get(rec["date_precision"], ""),
        "event_type": rec["acled_event_type"],
        "sub_event_type": rec["acled_sub_event_type"] or "",
        "actor1": responsible[0] if responsible else "",
        "assoc_actor_1": "; ".join(dict.fromkeys(responsible[1:])),
        "actor2": rec["targets"][0] if rec["targets"] else "",
        "assoc_actor_2": "; ".join(rec["targets"][1:]),
        "country": rec["country_name"] or "",
        "admin1": rec["admin1_name"] or "",
        "location": rec["place_name"] or "",
        "latitude": rec["lat"],
        "longitude": rec["lon"],
        "geo_precision": GEO_PRECISION[rec["place_precision"]],
        "source": "; ".join(outlets),
        "notes": rec["summary"],
        "fatalities": rec["fatalities"] if rec["fatalities"] is not None else 0,
        "tags": rec["status"],
        # bordermap's own columns, after ACLED's
        "date_start": rec["date_start"] or "",
        "date_end": rec["date_end"] or "",
        "date_precision": rec["date_precision"],
        "date_text": rec["date_text"] or "",
        "place_id": rec["place_id"] or "",
        "border_side": rec["border_side"] or "",
        "border_distance_km": rec["border_distance_km"],
        "status": rec["status"],
        "attribution": "; ".join(f"{c['actor']} ({c['stance']}, according to {c['claimed_by']})" for c in claims),
        "fatalities_reported": "; ".join(f"{f['text']} ({f['source']})" for f in rec["fatalities_reported"]),
        "source_articles": "; ".join(s["article"] for s in rec["sources"]),
        "source_urls": "; ".join(s["url"] for s in rec["sources"] if s["url"]),
        "quotes": " | ".join(s["quote"] for s in rec["sources"]),
    }


def to_csv(records: list[dict[str, Any]]) -> str:
    """One row per event; ACLED's column names where ACLED has the column, lists joined with "; "."""
    rows = [_acled_row(r) for r in records]
    out = io.StringIO()
    fields = list(rows[0]) if rows else list(_acled_row(_EMPTY))
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


_EMPTY: dict[str, Any] = {
    "id": "", "summary": "", "event_type": "", "acled_event_type": "", "acled_sub_event_type": "", "date_start": None,
    "date_end": None, "date_precision": "unknown", "date_text": None, "place_id": None, "place_name": None,
    "place_precision": "place", "lat": 0, "lon": 0, "country_name": None, "admin1_name": None, "border_side": None,
    "border_distance_km": 0, "fatalities": None, "fatalities_reported": [], "status": "unknown", "sources": [],
    "attribution": [], "targets": [],
}  # fmt: skip


def write_gpkg(records: list[dict[str, Any]], path: Path) -> None:
    """A GeoPackage layer ``events`` (EPSG:4326); list fields stored as JSON text."""
    if path.suffix.lower() != ".gpkg":
        raise InputError("a GeoPackage needs a .gpkg file name", path=str(path))
    flat = [
        {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in r.items()}
        for r in records
    ]
    frame = gpd.GeoDataFrame(flat, geometry=[Point(r["lon"], r["lat"]) for r in records], crs="EPSG:4326")
    tmp = path.with_name(f".{path.name}.tmp.gpkg")
    try:
        frame.to_file(tmp, layer="events", driver="GPKG")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def write_export(records: list[dict[str, Any]], fmt: str, out: Path | None) -> str | None:
    """Write ``records`` in ``fmt`` to ``out``; return the text instead when ``out`` is None."""
    if fmt == "gpkg":
        if out is None:
            raise InputError("--format gpkg needs --out FILE.gpkg")
        write_gpkg(records, out)
        return None
    text = to_geojson(records) if fmt == "geojson" else to_csv(records)
    if out is None:
        return text
    write_text(out, text)
    return None
