"""Bad gazetteer files and bad input text: one line naming file (and line), non-zero exit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geo.errors import DataError
from geo.gazetteer import load_gazetteer

from .conftest import ROOT

GOOD = """\
- id: sy-test-town
  name: Test Town
  kind: town
  country: SY
  lat: 34.5
  lon: 40.5
  source: hand-curated
  note: made up for a test
- id: sy-other-town
  name: Other Town
  kind: town
  country: SY
  lat: 34.6
  lon: 40.6
  source: hand-curated
  note: made up for a test
"""


def _gazetteer_dir(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    (folder / "places.yaml").write_text(text, encoding="utf-8")
    return folder


def _error(tmp_path: Path, text: str) -> DataError:
    with pytest.raises(DataError) as info:
        load_gazetteer(_gazetteer_dir(tmp_path, text))
    return info.value


def test_a_good_file_loads(tmp_path: Path) -> None:
    assert len(load_gazetteer(_gazetteer_dir(tmp_path, GOOD))) == 2


def test_duplicate_id_names_both_places(tmp_path: Path) -> None:
    err = _error(tmp_path, GOOD.replace("sy-other-town", "sy-test-town"))
    assert err.line == 9 and err.field == "id"
    assert "duplicate id 'sy-test-town'" in str(err) and "places.yaml:1" in str(err)


def test_missing_field_names_the_field_and_entry_line(tmp_path: Path) -> None:
    err = _error(tmp_path, GOOD.replace("  kind: town\n  country: SY\n  lat: 34.6", "  country: SY\n  lat: 34.6"))
    assert (err.line, err.field) == (9, "kind")
    assert str(err).endswith("places.yaml:9: kind: required field is missing")


def test_coordinates_out_of_range_name_the_line_of_the_field(tmp_path: Path) -> None:
    err = _error(tmp_path, GOOD.replace("lat: 34.6", "lat: 134.6"))
    assert (err.line, err.field) == (13, "lat")
    assert "134.6" in str(err)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    err = _error(tmp_path, GOOD.replace("  name: Other Town", "  name: [Other Town"))
    assert err.path and err.path.endswith("places.yaml")
    assert err.line is not None and 10 <= err.line <= 13
    assert "broken YAML" in str(err)


def test_hand_placed_point_without_note_is_refused(tmp_path: Path) -> None:
    err = _error(tmp_path, GOOD.replace("  note: made up for a test\n", "", 1))
    assert err.line == 1 and "note" in str(err)


def test_unknown_reference_is_refused(tmp_path: Path) -> None:
    err = _error(
        tmp_path,
        GOOD.replace(
            "  kind: town\n  country: SY\n  lat: 34.6",
            "  kind: town\n  part_of: sy-nowhere\n  country: SY\n  lat: 34.6",
        ),
    )
    assert err.field == "part_of" and err.line == 12


def test_unknown_kind_is_refused(tmp_path: Path) -> None:
    err = _error(tmp_path, GOOD.replace("kind: town", "kind: metropolis", 1))
    assert err.field == "kind" and err.line == 3


def _cli(*args: str, data: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "geo"]
    if data is not None:
        cmd += ["--data", str(data)]
    return subprocess.run(
        [*cmd, *args], input=stdin.decode("latin-1") if stdin else None, capture_output=True, text=True, cwd=ROOT
    )


def test_cli_reports_a_broken_gazetteer_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "lexicon", data / "lexicon")
    gaz = data / "gazetteer"
    gaz.mkdir()
    (gaz / "places.yaml").write_text(GOOD.replace("lat: 34.6", "lat: -95"), encoding="utf-8")
    proc = _cli("resolve", "Test Town", data=data)
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "places.yaml:13: lat:" in proc.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty text"),
        (b"  \n\t\n", "empty text"),
        (b"Abu Kamal \xff\xfe town", "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ],
)
def test_cli_refuses_unusable_text_in_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    proc = _cli("parse", str(path), "--json")
    assert proc.returncode != 0 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert str(path) in proc.stderr and message in proc.stderr


def test_cli_refuses_a_missing_file(tmp_path: Path) -> None:
    proc = _cli("parse", str(tmp_path / "nope.txt"))
    assert proc.returncode != 0 and "nope.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_refuses_a_directory(tmp_path: Path) -> None:
    proc = _cli("parse", str(tmp_path))
    assert proc.returncode != 0 and "directory" in proc.stderr and "Traceback" not in proc.stderr
