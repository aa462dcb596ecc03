"""Spatial enrichment on the real boundary layers: countries, governorates, distance to the border."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
import shapely
from geopy.distance import geodesic

from geo.errors import DataError, InputError
from geo.gazetteer import Gazetteer, default_data_dir
from geo.spatial import SpatialInfo, enrich, enrich_one

BOUNDARIES = default_data_dir() / "boundaries"
ABU_KAMAL = (34.4523, 40.9185)
AL_QAIM = (34.3689, 41.0939)
BAGHDAD = (33.315, 44.366)
DAMASCUS = (33.5102, 36.2913)
TEHRAN = (35.6944, 51.4215)
SEA = (34.0, 34.0)  # the Mediterranean, 70 km off Lebanon
BOX = ((32.0, 37.5), (35.5, 48.5))  # (lat range, lon range) over Iraq and Syria


def _border_lat_lon() -> list[tuple[float, float]]:
    collection = json.loads((BOUNDARIES / "border_iq_sy.geojson").read_text(encoding="utf-8"))
    return [(lat, lon) for lon, lat in collection["features"][0]["geometry"]["coordinates"]]


def _country_shape(code: str) -> shapely.Geometry:
    collection = json.loads((BOUNDARIES / "countries.geojson").read_text(encoding="utf-8"))
    return next(shapely.geometry.shape(f["geometry"]) for f in collection["features"] if f["properties"]["id"] == code)


def _geodesic_km_to_border(lat: float, lon: float, step_deg: float | None = None) -> float:
    """Brute force: the least geopy distance to the border's vertices (densified if step_deg)."""
    vertices = _border_lat_lon()
    if step_deg:
        line = shapely.LineString([(v_lon, v_lat) for v_lat, v_lon in vertices])
        vertices = [(v_lat, v_lon) for v_lon, v_lat in shapely.get_coordinates(shapely.segmentize(line, step_deg))]
    # only the 300 vertices nearest on a flat approximation need the geodesic
    approx = sorted(vertices, key=lambda v: (v[0] - lat) ** 2 + ((v[1] - lon) * np.cos(np.radians(lat))) ** 2)
    return min(geodesic((lat, lon), v).km for v in approx[:300])


def _random_points(n: int, seed: int) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    (lat0, lat1), (lon0, lon1) = BOX
    return [(rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)) for _ in range(n)]


@pytest.fixture(scope="module")
def random_points() -> list[tuple[float, float]]:
    return _random_points(10_000, seed=20240611)


@pytest.fixture(scope="module")
def random_infos(random_points: list[tuple[float, float]]) -> list[SpatialInfo]:
    return enrich(random_points)


def test_abu_kamal_is_syrian_and_close_to_the_border() -> None:
    info = enrich_one(*ABU_KAMAL)
    assert (info.country, info.admin1, info.admin1_name, info.border_side) == (
        "SY",
        "sy-gov-deir-ez-zor",
        "Deir ez-Zor",
        "SY",
    )
    # Natural Earth's 10m border passes ≈41.0°E at Abu Kamal's latitude: 6.8 km away
    assert 4.0 <= info.border_distance_km <= 9.0
    assert info.border_distance_km == pytest.approx(_geodesic_km_to_border(*ABU_KAMAL, step_deg=0.001), abs=0.15)


def test_al_qaim_is_iraqi_and_a_few_km_from_the_border() -> None:
    info = enrich_one(*AL_QAIM)
    assert (info.country, info.admin1, info.admin1_name, info.border_side) == ("IQ", "iq-gov-anbar", "Anbar", "IQ")
    assert 5.0 <= info.border_distance_km <= 15.0
    assert info.border_distance_km == pytest.approx(_geodesic_km_to_border(*AL_QAIM, step_deg=0.001), abs=0.15)


def test_baghdad_is_hundreds_of_km_from_the_border() -> None:
    info = enrich_one(*BAGHDAD)
    assert (info.country, info.admin1, info.border_side) == ("IQ", "iq-gov-baghdad", "IQ")
    to_nearest_vertex = _geodesic_km_to_border(*BAGHDAD)
    assert 300 <= to_nearest_vertex <= 400  # its nearest border point is near Abu Kamal, not the Jordan tripoint
    assert info.border_distance_km <= to_nearest_vertex + 0.05
    assert info.border_distance_km == pytest.approx(to_nearest_vertex, rel=0.01)


def test_damascus_and_tehran() -> None:
    damascus, tehran = enrich([DAMASCUS, TEHRAN])
    assert (damascus.country, damascus.admin1, damascus.border_side) == ("SY", "sy-gov-damascus", "SY")
    assert 200 <= damascus.border_distance_km <= 260
    assert tehran == SpatialInfo("IR", None, None, None, tehran.border_distance_km)
    assert 700 <= tehran.border_distance_km <= 900


def test_a_point_at_sea_is_in_no_country() -> None:
    info = enrich_one(*SEA)
    assert (info.country, info.admin1, info.admin1_name, info.border_side) == (None, None, None, None)
    assert info.border_distance_km > 300


def test_a_point_just_off_the_coast_snaps_to_the_country_but_not_one_far_out() -> None:
    syria = _country_shape("SY")
    lat = 35.5  # Latakia
    west_lon = shapely.intersection(syria, shapely.LineString([(34.0, lat), (37.0, lat)])).bounds[0]
    near, far = (lat, west_lon - 0.005), (lat, west_lon - 0.2)  # ≈450 m and ≈18 km out to sea
    assert not syria.contains(shapely.Point(near[1], near[0]))
    assert [(info.country, info.border_side) for info in enrich([near, far])] == [("SY", "SY"), (None, None)]
    assert enrich_one(*near).admin1 == "sy-gov-latakia"


def test_points_on_the_border_are_at_distance_zero() -> None:
    vertices = _border_lat_lon()[1:-1]  # the two ends are tripoints with Turkey and Jordan
    infos = enrich(vertices)
    assert {info.border_distance_km for info in infos} == {0.0}
    assert {info.country for info in infos} <= {"IQ", "SY"}


def test_vectorised_call_agrees_with_one_by_one(
    random_points: list[tuple[float, float]], random_infos: list[SpatialInfo]
) -> None:
    assert len(random_infos) == len(random_points)
    sample = random.Random(5).sample(range(len(random_points)), 50)
    for i in sample:
        assert enrich_one(*random_points[i]) == random_infos[i], random_points[i]


def test_random_points_are_consistent(random_infos: list[SpatialInfo]) -> None:
    countries = {info.country for info in random_infos}
    assert {"IQ", "SY", "TR", "IR", "JO", "SA"} <= countries
    for info in random_infos:
        assert info.border_side == (info.country if info.country in ("IQ", "SY") else None)
        if info.admin1 is not None:
            assert info.country is not None
            assert info.admin1.startswith(f"{info.country.lower()}-gov-")
            assert info.admin1_name
        assert info.border_distance_km >= 0
        assert info.border_distance_km == round(info.border_distance_km, 1)
    in_iq_sy = [info for info in random_infos if info.border_side]
    assert sum(info.admin1 is not None for info in in_iq_sy) >= 0.999 * len(in_iq_sy)


def test_repeated_points_and_order_are_kept() -> None:
    points = [BAGHDAD, ABU_KAMAL, BAGHDAD, TEHRAN, ABU_KAMAL]
    infos = enrich(points)
    assert infos == [enrich_one(*p) for p in points]
    assert infos[0] == infos[2] and infos[1] == infos[4]


def test_gazetteer_cities_and_towns_get_their_governorate(gazetteer: Gazetteer) -> None:
    places = [p for p in gazetteer if p.kind in ("city", "town") and p.country in ("IQ", "SY") and p.admin1]
    assert len(places) >= 100
    infos = enrich([(p.lat, p.lon) for p in places])
    disagree = [(p.id, p.admin1, info.admin1) for p, info in zip(places, infos, strict=True) if info.admin1 != p.admin1]
    assert len(disagree) <= 0.05 * len(places), disagree


def test_empty_and_bad_input() -> None:
    assert enrich([]) == []
    with pytest.raises(InputError):
        enrich([(91.0, 40.0)])
    with pytest.raises(InputError):
        enrich([(34.0, float("nan"))])
    with pytest.raises(InputError):
        enrich([(34.0,)])  # type: ignore[list-item]


def test_missing_layers_are_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"countries\.geojson"):
        enrich([ABU_KAMAL], folder=tmp_path)
