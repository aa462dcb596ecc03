"""Shared fixtures: the bundled gazetteer and one parser built from it, a scratch copy of the data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# every test builds what it loads, and writes nothing to the home folder; tests/test_cache.py turns it on
os.environ.setdefault("BORDERMAP_CACHE_DIR", "off")

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


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A scratch copy of the bundled data folder, with an empty review queue."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=shutil.ignore_patterns("review"))
    return target


def run_geo(data: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m geo --data DATA ARGS…`` as a user runs it, output as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "geo", "--data", str(data), *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        check=False,
    )


def run_geo_text(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """:func:`run_geo` with text in and out (UTF-8)."""
    proc = run_geo(data, *args, stdin=stdin.encode("utf-8") if stdin is not None else None)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())
