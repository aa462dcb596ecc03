"""The stable CLI contract: python -m geo resolve / parse, their JSON and their tables."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from .conftest import ARTICLES, ROOT

PLACE_KEYS = {"id", "name", "kind", "country", "lat", "lon"}


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, check=False
    )


def test_help_lists_the_subcommands() -> None:
    proc = _run("--help")
    assert proc.returncode == 0
    for command in ("resolve", "parse", "extract", "check"):
        assert command in proc.stdout


def test_resolve_json_prints_one_object_per_name_in_order() -> None:
    names = ["Al Bukamal", "Dayr al-Zawr", "Nowhere-on-earth-xyz", "البوكمال"]
    proc = _run("resolve", *names, "--json")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(names)
    objs = [json.loads(line) for line in lines]
    assert [o["query"] for o in objs] == names
    for o in objs:
        assert {"query", "place", "alternatives"} <= set(o)
        assert isinstance(o["alternatives"], list)
    assert set(objs[0]["place"]) == PLACE_KEYS and objs[0]["place"]["country"] == "SY"
    assert objs[2]["place"] is None
    assert objs[3]["place"]["id"] == objs[0]["place"]["id"]


def test_parse_json_from_a_file_and_from_stdin_agree() -> None:
    path = ARTICLES / "003_56a50a943bd684b9.txt"
    text = path.read_text(encoding="utf-8")
    from_file = _run("parse", str(path), "--json")
    from_stdin = _run("parse", "-", "--json", stdin=text)
    assert from_file.returncode == 0 and from_stdin.returncode == 0
    mentions = json.loads(from_file.stdout)
    assert mentions == json.loads(from_stdin.stdout)
    assert mentions
    for m in mentions:
        assert set(m) == {"start", "end", "text", "place"}
        assert text[m["start"] : m["end"]] == m["text"]
        assert m["place"] is None or set(m["place"]) == PLACE_KEYS


def test_parse_details_adds_confidence_and_role() -> None:
    proc = _run("parse", "-", "--json", "--details", stdin="BAGHDAD, Iraq – Rockets hit near Mosul.")
    mentions = json.loads(proc.stdout)
    assert mentions[0]["role"] == "dateline"
    assert all(0 < m["confidence"] <= 1 for m in mentions)


def test_readable_tables_without_json() -> None:
    proc = _run("resolve", "Deir Ezzor")
    assert proc.returncode == 0
    assert "Deir ez-Zor" in proc.stdout and "confidence" in proc.stdout.splitlines()[0]
    proc = _run("parse", "-", stdin="Shelling hit Raqqa and Idlib.")
    assert proc.returncode == 0 and "Raqqa" in proc.stdout and "Idlib" in proc.stdout


def test_check_validates_the_bundled_gazetteer() -> None:
    proc = _run("check")
    assert proc.returncode == 0 and proc.stdout.startswith("ok:")


def test_every_command_and_gazetteer_field_is_documented() -> None:
    from geo.cli import build_parser
    from geo.gazetteer import KINDS, Place

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    subcommands = build_parser()._subparsers._group_actions[0].choices
    for name in subcommands:
        assert f"python -m geo {name}" in readme, f"README does not show `python -m geo {name}`"
    schema = (ROOT / "data" / "gazetteer" / "README.md").read_text(encoding="utf-8")
    for field in Place.model_fields:
        assert re.search(rf"^(- |  ){field}:", schema, re.MULTILINE), f"gazetteer field {field!r} is not documented"
    for kind in KINDS:
        assert kind in schema, f"kind {kind!r} is not documented"
