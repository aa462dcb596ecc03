"""python -m geo check: every data problem is one line naming file:line and field, exit ≠ 0."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

ARTICLE_TEXT = """\
Rockets hit a base near Abu Kamal on Monday, killing two soldiers.
The Pentagon said it was assessing the damage.

Reader comments
Great article!
"""

ARTICLE_META = """\
id: "t01"
text: t01.txt
outlet: Test Wire
title: Rockets hit base
url: https://example.org/t01
published:
  start: 2021-06-30
  end: 2021-06-30
  precision: day
  text: June 30, 2021
licence: CC BY 4.0
body:
  ends_before: "Reader comments"
"""

EVENTS = """\
- id: ev-2021-06-test-rockets
  summary: Rockets were reported to have hit a base near Abu Kamal.
  event_type: rocket_attack
  date:
    start: 2021-06-28
    end: 2021-06-28
    precision: day
    text: on Monday
    relative_to: article t01 published
  place:
    id: sy-abu-kamal
    precision: near
  fatalities:
    - {source: "t01", text: two soldiers, min: 2, max: 2}
  sources:
    - article: "t01"
      quote: Rockets hit a base near Abu Kamal on Monday, killing two soldiers.
  attribution: []
"""


SOURCES_BLOCK = EVENTS[EVENTS.index("  sources:") : EVENTS.index("  attribution:")]


def _data(tmp_path: Path, events: str = EVENTS, meta: str = ARTICLE_META) -> Path:
    data = tmp_path / "data"
    for sub in ("gazetteer", "boundaries", "lexicon"):
        shutil.copytree(ROOT / "data" / sub, data / sub)
    (data / "articles").mkdir()
    (data / "articles" / "t01.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (data / "articles" / "t01.yaml").write_text(meta, encoding="utf-8")
    (data / "events").mkdir()
    (data / "events" / "test.yaml").write_text(events, encoding="utf-8")
    return data


def _check(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", "--data", str(data), "check"], capture_output=True, text=True, check=False
    )


def test_good_data_passes(tmp_path: Path) -> None:
    proc = _check(_data(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert "1 articles, 1 events" in proc.stdout


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        ("id: sy-abu-kamal", "id: sy-nowhere", "test.yaml:11: place.id:", "unknown place id 'sy-nowhere'"),
        (
            "killing two soldiers.\n",
            "killing three soldiers.\n",
            "test.yaml:17: sources.0.quote:",
            "not found verbatim",
        ),
        ("start: 2021-06-28", "start: 2021-02-30", "test.yaml:5: date.start:", "valid date"),
        ("end: 2021-06-28", "end: 2021-06-01", "test.yaml:4: date:", "end 2021-06-01 is before start 2021-06-28"),
        (
            "start: 2021-06-28\n    end: 2021-06-28",
            "start: 2021-07-28\n    end: 2021-07-28",
            "test.yaml:5: date.start:",
            "after article 't01' was published",
        ),
        (
            SOURCES_BLOCK,
            "",
            "test.yaml:1: sources:",
            "required field is missing",
        ),
        (
            '  sources:\n    - article: "t01"',
            '  sources:\n    - article: "t99"',
            "test.yaml:16: sources.0.article:",
            "unknown article id 't99'",
        ),
        ("event_type: rocket_attack", "event_type: bombardment", "test.yaml:3: event_type:", "Input should be"),
        (
            '    - {source: "t01", text: two soldiers, min: 2, max: 2}',
            '    - {source: "t01", text: two soldiers, min: 3, max: 2}',
            "test.yaml:14: fatalities.0:",
            "below min",
        ),
    ],
)
def test_event_problems_are_reported_in_one_line(tmp_path: Path, old: str, new: str, where: str, message: str) -> None:
    assert old in EVENTS
    proc = _check(_data(tmp_path, events=EVENTS.replace(old, new)))
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert where in proc.stderr and message in proc.stderr, proc.stderr


def test_duplicate_event_ids(tmp_path: Path) -> None:
    proc = _check(_data(tmp_path, events=EVENTS + EVENTS))
    assert proc.returncode != 0 and "test.yaml:19: id: duplicate id" in proc.stderr


def test_a_quote_from_the_reader_comments_is_refused(tmp_path: Path) -> None:
    events = EVENTS.replace(
        "quote: Rockets hit a base near Abu Kamal on Monday, killing two soldiers.", "quote: Great article!"
    )
    proc = _check(_data(tmp_path, events=events))
    assert proc.returncode != 0 and "not found verbatim in the body" in proc.stderr


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('ends_before: "Reader comments"', 'ends_before: "Nothing like this"', "t01.yaml:13: body.ends_before:"),
        ("url: https://example.org/t01", "url: javascript:alert(1)", "t01.yaml:5: url: only http(s)"),
        ("precision: day", "precision: fortnight", "t01.yaml:9: published.precision:"),
        ("text: t01.txt", "text: t02.txt", "t01.yaml:2: text: no text file"),
    ],
)
def test_article_problems_are_reported_in_one_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    proc = _check(_data(tmp_path, meta=ARTICLE_META.replace(old, new)))
    assert proc.returncode != 0 and proc.stderr.count("\n") == 1
    assert message in proc.stderr, proc.stderr


def test_a_copy_must_be_a_copy(tmp_path: Path) -> None:
    data = _data(tmp_path)
    (data / "articles" / "t02.txt").write_text("Something else entirely.\n", encoding="utf-8")
    meta = ARTICLE_META.replace('id: "t01"', 'id: "t02"').replace("text: t01.txt", "text: t02.txt")
    meta = meta.replace('  ends_before: "Reader comments"\n', "") + 'same_as: "t01"\n'
    (data / "articles" / "t02.yaml").write_text(meta, encoding="utf-8")
    proc = _check(data)
    assert proc.returncode != 0 and "t02.yaml: same_as: the text is not a copy of article 't01'" in proc.stderr
