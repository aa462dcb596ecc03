"""bordermap's geo package: gazetteer, geoparser and (later) events and maps for the Iraq–Syria border."""

from .errors import BordermapError, DataError, InputError
from .gazetteer import Gazetteer, Place, load_gazetteer
from .geoparse import Geoparser, Mention, parse

__all__ = [
    "BordermapError",
    "DataError",
    "Gazetteer",
    "Geoparser",
    "InputError",
    "Mention",
    "Place",
    "load_gazetteer",
    "parse",
]
__version__ = "0.1.0"
