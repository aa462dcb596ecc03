"""Shared fixtures: the bundled gazetteer and one parser built from it, for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.geoparse import Geoparser
from geo.resolve import Resolver

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def parser(gazetteer: Gazetteer) -> Geoparser:
    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def resolver(parser: Geoparser) -> Resolver:
    return Resolver(parser)
