"""Boundary layers: the GeoJSON files in ``data/boundaries/`` and the features places refer to."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from .errors import DataError
from .gazetteer import Gazetteer, Place, default_data_dir

__all__ = ["check_geometry_refs", "geometry_of", "load_layer", "read_collection"]


def read_collection(layer: str, folder: Path | None = None) -> dict[str, Any]:
    """The FeatureCollection in ``<folder>/<layer>.geojson`` (default: the bundled boundaries)."""
    path = (folder or default_data_dir() / "boundaries") / f"{layer}.geojson"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DataError(f"cannot read boundary layer: {err.strerror}", path=str(path)) from err
    except json.JSONDecodeError as err:
        raise DataError(f"broken GeoJSON: {err.msg}", path=str(path), line=err.lineno) from err


@lru_cache(maxsize=16)
def load_layer(layer: str, folder: Path | None = None) -> dict[str, BaseGeometry]:
    """Features of ``<folder>/<layer>.geojson`` by their ``ref`` and ``id`` properties."""
    collection = read_collection(layer, folder)
    features: dict[str, BaseGeometry] = {}
    for feature in collection.get("features", []):
        geometry = shape(feature["geometry"])
        props = feature.get("properties") or {}
        for key in ("ref", "id"):
            if props.get(key):
                features[str(props[key])] = geometry
    return features


def geometry_of(place: Place, folder: Path | None = None) -> BaseGeometry | None:
    """The boundary feature a place refers to, or ``None`` when it refers to none."""
    if place.geometry is None:
        return None
    return load_layer(place.geometry.layer, folder).get(place.geometry.ref)


def check_geometry_refs(gazetteer: Gazetteer, folder: Path | None = None) -> None:
    """Raise :class:`DataError` for a place whose ``geometry`` names a missing layer or feature."""
    for place in gazetteer:
        if place.geometry is None:
            continue
        path, line = gazetteer.origins[place.id]
        try:
            features = load_layer(place.geometry.layer, folder)
        except DataError as err:
            raise DataError(f"layer {place.geometry.layer!r}: {err}", path=path, line=line, field="geometry") from err
        if place.geometry.ref not in features:
            raise DataError(
                f"no feature {place.geometry.ref!r} in layer {place.geometry.layer!r}",
                path=path,
                line=line,
                field="geometry",
            )
