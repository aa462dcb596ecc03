"""The bundled gazetteer is consistent with the real boundaries and carries what the issue asks."""

from __future__ import annotations

from collections import Counter

import pytest
from shapely.geometry import Point

from geo.boundaries import check_geometry_refs, geometry_of, load_layer
from geo.gazetteer import Gazetteer
from geo.normalize import is_arabic

from .geo_assert import km


def test_every_geometry_reference_resolves(gazetteer: Gazetteer) -> None:
    check_geometry_refs(gazetteer)


def test_all_governorates_of_iraq_and_syria(gazetteer: Gazetteer) -> None:
    counts = Counter(p.country for p in gazetteer if p.kind == "governorate")
    assert counts == {"IQ": 18, "SY": 14}


def test_region_countries_are_there(gazetteer: Gazetteer) -> None:
    countries = {p.country for p in gazetteer if p.kind == "country"}
    assert {"IQ", "SY", "IR", "TR", "JO", "LB", "IL", "SA", "KW"} <= countries


def test_points_lie_in_the_polygon_they_refer_to(gazetteer: Gazetteer) -> None:
    for place in gazetteer:
        geom = geometry_of(place)
        if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
            assert geom.contains(Point(place.lon, place.lat)), place.id


def test_places_lie_in_their_governorate(gazetteer: Gazetteer) -> None:
    """GeoNames' admin1 codes and hand-placed points agree with Natural Earth within 30 km."""
    governorates = load_layer("governorates")
    far = []
    for place in gazetteer:
        if place.admin1 and place.kind not in ("river", "desert", "zone", "region"):
            polygon = governorates[gazetteer[place.admin1].geometry.ref]
            distance_deg = polygon.distance(Point(place.lon, place.lat))
            if distance_deg * 111 > 30:
                far.append(place.id)
    assert not far


def test_iraqi_and_syrian_places_lie_in_their_country(gazetteer: Gazetteer) -> None:
    countries = load_layer("countries")
    wrong = [
        p.id
        for p in gazetteer
        if p.country in ("IQ", "SY") and countries[p.country].distance(Point(p.lon, p.lat)) * 111 > 10
    ]
    assert not wrong


def test_hand_placed_and_administrative_places_have_arabic_names(gazetteer: Gazetteer) -> None:
    missing = [
        p.id
        for p in gazetteer
        if (p.source == "hand-curated" or p.kind in ("governorate", "country"))
        and p.country in ("IQ", "SY")
        and not any(is_arabic(n) for n in p.names)
    ]
    assert not missing


def test_most_iraqi_and_syrian_towns_have_arabic_names(gazetteer: Gazetteer) -> None:
    towns = [p for p in gazetteer if p.country in ("IQ", "SY") and p.kind in ("city", "town")]
    with_arabic = [p for p in towns if any(is_arabic(n) for n in p.names)]
    assert len(with_arabic) >= 0.9 * len(towns)


@pytest.mark.parametrize(
    ("place_id", "kind"),
    [
        ("iq-al-qaim-abu-kamal-crossing", "border crossing"),
        ("sy-al-tanf-garrison", "military base"),
        ("iq-ain-al-asad-air-base", "air base"),
        ("iq-baghdad-international-airport", "airport"),
        ("sy-baghouz", None),
        ("sy-humaymah", None),
        ("sy-zaza-crossroads", "road junction"),
        ("iq-al-qayrawan", None),
        ("sy-syrian-desert", "desert"),
        ("sy-euphrates", "river"),
    ],
)
def test_curated_border_region_places(gazetteer: Gazetteer, place_id: str, kind: str | None) -> None:
    place = gazetteer[place_id]
    assert kind is None or place.kind == kind
    assert place.note


def test_the_crossing_lies_between_the_towns_it_connects(gazetteer: Gazetteer) -> None:
    crossing = gazetteer["iq-al-qaim-abu-kamal-crossing"]
    a, b = (gazetteer[i] for i in crossing.connects)
    assert km(crossing, a.lat, a.lon) < 15 and km(crossing, b.lat, b.lon) < 15


def test_a_district_lies_near_the_city_it_is_part_of(gazetteer: Gazetteer) -> None:
    """A city district, landmark or camp placed by hand is within 15 km of its city's point."""
    far = [
        (p.id, round(km(city, p.lat, p.lon)))
        for p in gazetteer
        if p.part_of and (city := gazetteer[p.part_of]).kind in ("city", "town")
        if km(city, p.lat, p.lon) > 15
    ]
    assert not far
