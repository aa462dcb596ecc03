"""Helpers shared by tests: distances and the seed gold's notion of "found"."""

from __future__ import annotations

from geopy.distance import geodesic

from geo.gazetteer import Place


def km(place: Place, lat: float, lon: float) -> float:
    """Geodesic distance in km from a place's point to (lat, lon)."""
    return geodesic((place.lat, place.lon), (lat, lon)).km


def matches_gold(place: Place | None, gold: dict) -> bool:
    """Whether ``place`` is the gold place: within tol_km of its point, of its kind and country."""
    if place is None:
        return False
    if "kind" in gold and gold["kind"] not in place.kind:
        return False
    if "country" in gold and gold["country"] != place.country:
        return False
    if "lat" in gold:
        return km(place, gold["lat"], gold["lon"]) <= gold["tol_km"]
    return True
