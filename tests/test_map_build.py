"""The map file itself: offline, deterministic, escaped, atomic; build_map.py's options."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo import mapbuild
from geo.check import load_dataset
from geo.eventrecords import event_records
from geo.mapbuild import render_map, render_split_map, write_map
from geo.mapdata import build_payload, packed_json, safe_url, script_json, unpack_texts
from geo.taxonomy import EVENT_TYPES

from .conftest import ROOT


def _build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "build_map.py", *args], capture_output=True, text=True, cwd=ROOT, check=False
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("map") / "index.html"
    proc = _build("--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8")


def test_the_page_loads_nothing_from_the_network(page: str) -> None:
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=", page)
    for host in ("cdn.", "jsdelivr", "unpkg.com", "cdnjs", "googleapis", "bootstrapcdn", "code.jquery"):
        assert host not in page
    assert "L.map(" in page or "L.map (" in page  # Leaflet inlined and used
    assert "bordermapInit(" in page


def test_the_build_is_byte_identical(tmp_path: Path, page: str) -> None:
    out = tmp_path / "again.html"
    assert _build("--out", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8") == page


def test_the_committed_map_is_up_to_date(page: str) -> None:
    assert (ROOT / "maps" / "index.html").read_text(encoding="utf-8") == page, "run: python build_map.py"


def _inline_texts(page: str) -> dict:
    """The texts a one-file page carries, which must be inlined as base64 only."""
    packed = re.search(r'<script type="application/gzip;base64" id="bm-texts">([A-Za-z0-9+/=]*)</script>', page)
    assert packed, "the texts are inlined as base64 only"
    return unpack_texts(packed.group(1))


def test_events_are_embedded_once_as_data(page: str) -> None:
    data = re.search(r'<script type="application/json" id="bm-data">(.*?)</script>', page, re.S)
    assert data
    payload = json.loads(data.group(1))
    assert len(payload["events"]["type"]) == len(load_dataset().events)
    assert page.count('id="bm-data"') == 1 and page.count('id="bm-texts"') == 1
    texts = _inline_texts(page)
    assert len(texts["rows"]) == len(texts["ids"]) == len(payload["events"]["type"])


def test_article_text_cannot_break_out_of_the_data() -> None:
    records = event_records(load_dataset())[:1]
    evil = "</script><script>window.__xss=1</script><!-- \u2028 & <img src=x onerror=alert(1)>"
    records[0] = {**records[0], "summary": evil}
    records[0]["sources"] = [{**records[0]["sources"][0], "outlet": evil, "title": evil}]
    core, texts = build_payload(records)
    text = script_json(core)
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text)["dict"]["outlet"][0] == evil
    packed = packed_json(texts)
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", packed)
    assert unpack_texts(packed)["rows"][0][0] == evil
    html = render_map(records, title="<b>title</b>")
    assert "</script><script>window.__xss" not in html and "<b>title</b>" not in html


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org/", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ('https://x.org/"onmouseover="alert(1)', False),
        (" https://x.org", False),
        (None, False),
    ],
)
def test_only_http_links_are_emitted(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) is kept


def test_a_failed_build_leaves_the_previous_map(tmp_path: Path) -> None:
    out = tmp_path / "index.html"
    out.write_text("previous map", encoding="utf-8")
    bad = tmp_path / "events.yaml"
    bad.write_text("- id: ev-x\n  summary: [broken\n", encoding="utf-8")
    proc = _build("--events", str(bad), "--out", str(out))
    assert proc.returncode == 1
    assert (
        proc.stderr.count("\n") == 1 and "events.yaml:3: broken YAML" in proc.stderr and "Traceback" not in proc.stderr
    )
    assert out.read_text(encoding="utf-8") == "previous map"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml", "index.html"]


def test_build_from_an_exported_geojson(tmp_path: Path) -> None:
    geojson = tmp_path / "events.geojson"
    export = subprocess.run([sys.executable, "-m", "geo", "export", "--out", str(geojson)], cwd=ROOT, check=False)
    assert export.returncode == 0
    out = tmp_path / "from-geojson.html"
    proc = _build("--events", str(geojson), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert f"({len(load_dataset().events)} events" in proc.stdout


def test_help_documents_the_options() -> None:
    proc = _build("--help")
    assert proc.returncode == 0
    for option in ("--events", "--out", "--title", "--data", "--split-texts"):
        assert option in proc.stdout


_TEXTS_CALL = re.compile(r'^/\* bordermap texts [^\n]*\*/\nbordermapTexts\("([A-Za-z0-9+/=]+)"\);\n\Z')


def test_a_split_build_keeps_the_texts_beside_the_page(tmp_path: Path, page: str) -> None:
    out = tmp_path / "index.html"
    proc = _build("--split-texts", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) == 2 and files[0] == "index.html" and re.fullmatch(r"index\.texts\.[0-9a-f]{12}\.js", files[1])
    split = out.read_text(encoding="utf-8")
    texts_js = (tmp_path / files[1]).read_text(encoding="ascii")
    assert f'bordermapStartTexts("bm-texts", "{files[1]}")' in split
    match = _TEXTS_CALL.match(texts_js)
    assert match, "the texts file is one call with base64 only"
    assert unpack_texts(match.group(1)) == _inline_texts(page), "the same texts as the one-file page carries"
    quotes = [q for e in load_dataset().events for q in (s.quote for s in e.sources)]
    assert quotes and not [q for q in quotes if q in split] and not [q for q in quotes if q in page]
    assert len(split) < len(page) - len(texts_js) + 200
    again = tmp_path / "again"
    assert _build("--split-texts", "--out", str(again / "index.html")).returncode == 0
    assert (again / "index.html").read_text(encoding="utf-8") == split
    assert (again / files[1]).read_text(encoding="ascii") == texts_js


def test_a_rebuild_replaces_the_texts_files_of_earlier_builds(tmp_path: Path) -> None:
    records = event_records(load_dataset())
    out = tmp_path / "map.html"
    first = render_split_map(records, out.name, online_tiles=False)
    write_map(first, out)
    (tmp_path / "other.texts.0123456789ab.js").write_text(first.texts, encoding="ascii")  # another page's
    (tmp_path / "map.texts.mine.js").write_text("// not ours\n", encoding="ascii")
    second = render_split_map(records[1:], out.name, online_tiles=False)
    assert second.texts_name != first.texts_name, "new texts, new name: an open page never reads another's texts"
    write_map(second, out)
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {"map.html", second.texts_name, "other.texts.0123456789ab.js", "map.texts.mine.js"}
    write_map(render_map(records, online_tiles=False), out)
    assert {p.name for p in tmp_path.iterdir()} == {"map.html", "other.texts.0123456789ab.js", "map.texts.mine.js"}


def test_a_failed_split_build_leaves_the_previous_map(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = event_records(load_dataset())
    out = tmp_path / "index.html"
    previous = render_split_map(records, out.name, online_tiles=False)
    write_map(previous, out)
    real_write = mapbuild.write_text

    def disk_full_at_the_page(path: Path, text: str) -> None:
        if path == out:
            raise OSError(28, "No space left on device")
        real_write(path, text)

    monkeypatch.setattr(mapbuild, "write_text", disk_full_at_the_page)
    with pytest.raises(OSError):
        write_map(render_split_map(records[1:], out.name, online_tiles=False), out)
    assert out.read_text(encoding="utf-8") == previous.page
    assert (tmp_path / previous.texts_name).read_text(encoding="ascii") == previous.texts, "its texts are untouched"


def test_every_event_type_has_a_label_and_colour_on_the_page() -> None:
    js = (ROOT / "geo" / "assets" / "bordermap.js").read_text(encoding="utf-8")
    block = js[js.index("var TYPES = {") : js.index("};", js.index("var TYPES = {"))]
    labelled = set(re.findall(r"^\s+(\w+): \[\"[^\"]+\", \"#[0-9a-f]{6}\"\]", block, re.M))
    assert labelled == set(EVENT_TYPES)
