"""Exports of the bundled events: GeoJSON (RFC 7946), ACLED-style CSV, GeoPackage."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from geo.check import load_dataset
from geo.eventrecords import event_records
from geo.export import to_csv, to_geojson

from .conftest import ROOT

REQUIRED = {
    "id", "summary", "event_type", "date_start", "date_end", "date_precision", "place_id", "place_name",
    "country", "admin1", "border_distance_km", "fatalities", "status", "sources", "attribution",
}  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return event_records(load_dataset())


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, cwd=ROOT, check=False)


def test_geojson_is_an_rfc7946_feature_collection(records: list[dict]) -> None:
    collection = json.loads(to_geojson(records))
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    assert len(collection["features"]) == len(load_dataset().events) >= 20
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point"
        assert 25 < lon < 60 and 25 < lat < 42  # the region, in (lon, lat) order
        props = feature["properties"]
        assert set(props) >= REQUIRED
        for source in props["sources"]:
            assert {"article", "outlet", "published", "url", "quote"} <= set(source)
        for claim in props["attribution"]:
            assert set(claim) >= {"actor", "stance", "claimed_by"}
        assert props["status"] in ("single source", "corroborated", "contested", "unknown")


def test_spatial_fields_come_from_the_boundaries(records: list[dict]) -> None:
    by_place = {r["place_id"]: r for r in records}
    baghouz = by_place["sy-baghouz"]
    assert (baghouz["country"], baghouz["admin1"], baghouz["border_side"]) == ("SY", "sy-gov-deir-ez-zor", "SY")
    assert 0 < baghouz["border_distance_km"] < 15
    airport = by_place["iq-baghdad-international-airport"]
    assert airport["country"] == "IQ" and airport["border_distance_km"] > 250


def test_claims_stay_claims(records: list[dict]) -> None:
    contested = [r for r in records if r["status"] == "contested"]
    assert contested, "the 2023 convoy reports and the US denial make one contested event"
    assert any(c["stance"] == "denies" for r in contested for c in r["attribution"])


def test_csv_uses_acled_column_names(records: list[dict]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(records))))
    assert len(rows) == len(records)
    for column in ("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                   "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
                   "notes", "fatalities"):  # fmt: skip
        assert column in rows[0]
    for row in rows:
        assert row["geo_precision"] in ("1", "2", "3")
        float(row["latitude"]), float(row["longitude"])
        assert row["event_type"] in ("Battles", "Explosions/Remote violence", "Violence against civilians",
                                     "Protests", "Riots", "Strategic developments")  # fmt: skip


def test_exports_are_deterministic() -> None:
    first, second = _cli("export"), _cli("export", "--format", "geojson")
    assert first.returncode == 0 and first.stdout == second.stdout
    assert _cli("export", "--format", "csv").stdout == _cli("export", "--format", "csv").stdout


def test_gpkg_round_trips(tmp_path: Path, records: list[dict]) -> None:
    out = tmp_path / "events.gpkg"
    proc = _cli("export", "--format", "gpkg", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    frame = gpd.read_file(out, layer="events")
    assert len(frame) == len(records) and frame.crs.to_epsg() == 4326
    assert set(frame["id"]) == {r["id"] for r in records}


def test_gpkg_needs_an_output_file() -> None:
    proc = _cli("export", "--format", "gpkg")
    assert proc.returncode != 0 and proc.stderr.count("\n") == 1 and "--out" in proc.stderr
