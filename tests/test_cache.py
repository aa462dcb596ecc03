"""The on-disk cache of the gazetteer and its index: the same result, never stale, never in the way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from geo.gazetteer import load_gazetteer
from geo.geoparse import Geoparser

from .conftest import ROOT

TEXT = "Rockets hit Ain al-Asad air base; clashes near Deir ez-Zor and in the Karrada district of Baghdad."


def _mentions(parser: Geoparser) -> list[tuple[int, int, str | None]]:
    return [(m.start, m.end, m.place and m.place.id) for m in parser.parse(TEXT)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BORDERMAP_CACHE_DIR", str(folder))
    return folder


def test_a_cached_load_gives_what_a_fresh_build_gives(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Geoparser(load_gazetteer())  # builds, then stores
    assert sorted(p.name.split("-")[0] for p in cache.glob("*.pickle")) == ["gazetteer", "index"]
    again = Geoparser(load_gazetteer())  # from the cache
    monkeypatch.setenv("BORDERMAP_CACHE_DIR", "off")
    fresh = Geoparser(load_gazetteer())
    assert _mentions(again) == _mentions(first) == _mentions(fresh)
    assert again.gazetteer.places == fresh.gazetteer.places
    # the index's places are the gazetteer's own objects, not copies
    hit = again.index.lookup("Karrada")[0]
    assert hit.place is again.gazetteer[hit.place.id]


def test_a_changed_file_is_read_again(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "gazetteer"
    shutil.copytree(ROOT / "data" / "gazetteer", folder)
    assert "iq-made-up-town" not in load_gazetteer(folder)
    extra = folder / "extra.yaml"
    extra.write_text(
        "- id: iq-made-up-town\n  name: Madeupville\n  kind: town\n  country: IQ\n  lat: 33.0\n  lon: 44.0\n"
        "  source: test\n",
        encoding="utf-8",
    )
    assert "iq-made-up-town" in load_gazetteer(folder)
    assert [m.place.id for m in Geoparser(load_gazetteer(folder)).parse("Clashes in Madeupville.")] == [
        "iq-made-up-town"
    ]


def test_a_broken_cache_entry_is_rebuilt(cache: Path) -> None:
    load_gazetteer()
    (entry,) = cache.glob("gazetteer-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert "sy-abu-kamal" in load_gazetteer()
    assert entry.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_folder_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BORDERMAP_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    assert "sy-abu-kamal" in load_gazetteer()
