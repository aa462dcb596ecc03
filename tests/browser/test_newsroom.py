"""Done means, for the newsroom workflow: add reporting, accept it, rebuild, see it on the map."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.conftest import ROOT
from tests.conftest import run_geo_text as geo

from .conftest import MapPage

EXISTING = "ev-2019-03-baghouz-isis-defeat"  # one source (North Press Agency) before the test

REPORT_1 = (
    "Fighters of the Syrian Democratic Forces captured the village of Baghouz in March 2019, "
    "ending the last pocket held by the Islamic State in eastern Syria, SDF commanders said.\n"
)
REPORT_2 = """<html><head><title>Baghouz falls | Second Wire</title>
<link rel="canonical" href="https://second-wire.example/2019/03/baghouz">
<meta property="article:published_time" content="2019-03-25"></head>
<body><nav>Home | World</nav><article><h1>Baghouz falls</h1>
<p>The SDF took control of Baghouz in March 2019 after weeks of fighting with the Islamic State,
a coalition spokesman said.</p></article><footer>© Second Wire</footer></body></html>
"""
REPORT_3 = """# Rockets near Rutba

Rockets struck a checkpoint near Rutba on 5 March 2024, killing two soldiers, Iraqi security sources said.
"""


def test_two_reports_corroborate_an_event_and_a_third_adds_one(
    data: Path, tmp_path: Path, open_map: Callable[[str], MapPage]
) -> None:
    (tmp_path / "first.txt").write_text(REPORT_1, encoding="utf-8")
    (tmp_path / "second.html").write_text(REPORT_2, encoding="utf-8")
    (tmp_path / "third.md").write_text(REPORT_3, encoding="utf-8")

    added = [
        geo(data, "add", str(tmp_path / "first.txt"), "--outlet", "First Wire", "--published", "2019-03-24"),
        geo(data, "add", str(tmp_path / "second.html"), "--outlet", "Second Wire"),
        geo(data, "add", str(tmp_path / "third.md"), "--outlet", "Third Wire", "--published", "2024-03-06"),
    ]
    for proc in added:
        assert proc.returncode == 0, proc.stderr
    assert "Baghouz" in added[0].stdout and EXISTING in added[0].stdout  # places found, match suggested
    assert "looks new" in added[2].stdout

    queue = json.loads(geo(data, "review", "--json").stdout)
    by_article = {}
    for c in queue:
        assert set(c) == {
            "id", "article", "sentence", "quotes", "event_type", "date_start", "date_end", "place", "claims", "matches",
        }  # fmt: skip
        by_article.setdefault(c["article"], []).append(c)
    first, second, third = sorted(by_article)
    baghouz = [by_article[first][0], by_article[second][0]]
    for c in baghouz:
        assert c["place"]["id"] == "sy-baghouz"
        assert c["matches"][0]["event"] == EXISTING and "same place (Baghouz)" in c["matches"][0]["reasons"]
    rutba = [c for c in by_article[third] if c["date_start"] == "2024-03-05"]
    assert len(rutba) == 1 and rutba[0]["matches"] == []

    for c in baghouz:
        proc = geo(data, "accept", c["id"], "--into", EXISTING)
        assert proc.returncode == 0, proc.stderr
    proc = geo(data, "accept", rutba[0]["id"], "--as-new", "--summary", "Third Wire reported rockets near Rutba.")
    assert proc.returncode == 0, proc.stderr
    new_event = proc.stdout.split("→ ")[1].split(":")[0]
    for c in by_article[third]:
        if c is not rutba[0]:
            assert geo(data, "reject", c["id"]).returncode == 0
    assert geo(data, "review", "--json").stdout.strip() == "[]"
    assert geo(data, "check").returncode == 0

    out = tmp_path / "map" / "index.html"
    build = subprocess.run(
        [sys.executable, "build_map.py", "--data", str(data), "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr

    mp = open_map(f"{out.as_uri()}#event={EXISTING}")
    card = mp.page.locator("[data-testid=event-card]")
    card.wait_for(state="visible")
    text = card.inner_text()
    assert "Sources (3)" in text
    assert "Corroborated" in text
    for outlet in ("North Press Agency", "First Wire", "Second Wire"):
        assert outlet in text
    row = mp.page.locator(f'[data-testid=event-list] [data-event-id="{EXISTING}"]')
    assert "3 sources" in row.inner_text()
    new_row = mp.page.locator(f'[data-testid=event-list] [data-event-id="{new_event}"]')
    assert new_row.count() == 1 and "rockets near Rutba" in new_row.inner_text()
    assert mp.page.evaluate("window.bordermap.total") == 29
    mp.assert_clean()
