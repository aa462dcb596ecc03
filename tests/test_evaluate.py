"""The scorer of proposed incidents, and extraction measured on the shared annotated reports."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.evalset import DEFAULT_REPORTS, GoldIncident, Report, load_reports, split_halves
from geo.evaluate import GroupScore, claim_matches, score_report
from geo.extract import extract
from geo.geoparse import Geoparser

from .conftest import ROOT

PUBLISHED = dt.date(2024, 3, 6)
TURKEY_SAYS_THE_WIRE = {"actor": "Turkish army", "stance": "attributes", "claimed_by": "Test Wire"}


def _gold(place: str, lat: float, lon: float, start: str, end: str, claims=()) -> GoldIncident:
    return GoldIncident(
        date_start=dt.date.fromisoformat(start),
        date_end=dt.date.fromisoformat(end),
        place=place,
        lat=lat,
        lon=lon,
        kind="town",
        event_type="drone strike",
        claims=tuple(claims),
    )


def _report(text: str, *incidents: GoldIncident, language: str = "en") -> Report:
    return Report("r1", "Test Wire", PUBLISHED, language, text, incidents)


def test_an_incident_is_found_by_one_candidate_near_it_with_overlapping_dates(parser: Geoparser) -> None:
    text = "A Turkish drone struck a car near Sinjar on Monday. Warplanes bombed Hajin on Tuesday."
    gold = [
        _gold("Sinjar", 36.32, 41.87, "2024-03-04", "2024-03-04", [TURKEY_SAYS_THE_WIRE]),
        _gold("Hajin", 34.69, 40.83, "2024-03-01", "2024-03-01"),  # the dates do not overlap
    ]
    s = score_report(_report(text, *gold), extract(text, parser, published=PUBLISHED, outlet="Test Wire"))
    assert (s.incidents, s.proposed, s.found, s.claims_right, s.type_right) == (2, 2, 1, 1, 1)
    assert s.causes == {"missed: place right, dates off": 1, "noise: near an incident, dates off": 1}


def test_a_region_candidate_finds_an_incident_inside_the_region(parser: Geoparser) -> None:
    text = "Artillery shelled a village in Anbar province on Monday."
    inside = _gold("a village", 33.4, 42.0, "2024-03-04", "2024-03-04")
    outside = _gold("a village", 36.3, 43.1, "2024-03-04", "2024-03-04")  # Nineveh
    cands = extract(text, parser, published=PUBLISHED)
    assert score_report(_report(text, inside), cands).found == 1
    assert score_report(_report(text, outside), cands).found == 0


def test_two_candidates_for_one_incident_count_once(parser: Geoparser) -> None:
    text = "A drone struck a car near Sinjar on Monday. A drone struck a truck near Sinjar on Monday."
    cands = extract(text, parser, published=PUBLISHED)
    cands = cands + cands  # the same proposal twice
    s = score_report(_report(text, _gold("Sinjar", 36.32, 41.87, "2024-03-04", "2024-03-04")), cands)
    assert (s.found, s.proposed, s.precision) == (1, len(cands), 1 / len(cands))
    assert s.causes["noise: a second candidate for one incident"] == len(cands) - 1


@pytest.mark.parametrize(
    ("proposed", "gold", "same"),
    [
        (("US-led coalition", "attributes", "SOHR"), ("coalition forces", "attributes", "Syrian Observatory"), True),
        (("Iraqi government", "accuses", "Kurdish officials"), ("Iraqi forces", "attributes", "KRG"), True),
        (("Turkey", "denies", "Turkey"), ("Turkey", "attributes", "Turkey"), False),
        (("Iran", "attributes", "Reuters"), ("Islamic State", "attributes", "Reuters"), False),
        (("داعش", "attributes", "قسد"), ("Islamic State", "attributes", "SDF"), True),
    ],
)
def test_claims_match_by_party_not_by_spelling(proposed, gold, same) -> None:
    keys = ("actor", "stance", "claimed_by")
    assert claim_matches(dict(zip(keys, proposed, strict=True)), dict(zip(keys, gold, strict=True))) is same


def test_the_halves_are_fixed_by_id_and_keep_each_language_in_both() -> None:
    reports = [Report(f"r{i}", "X", PUBLISHED, "ar" if i % 4 == 0 else "en", "", ()) for i in range(20)]
    halves = split_halves(reports)
    assert halves == split_halves(list(reversed(reports)))  # not the file's order
    for language in ("en", "ar"):
        mine = [halves[r.id] for r in reports if r.language == language]
        assert abs(mine.count("dev") - mine.count("test")) <= 1


def test_missing_reports_say_where_to_put_them(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="BORDERMAP_REPORTS"):
        load_reports(tmp_path / "nowhere.yaml")


# --- the shared annotated reports (read by path; their text is not in the repository) -----------

needs_reports = pytest.mark.skipif(
    not DEFAULT_REPORTS.exists() and "CI" not in __import__("os").environ,
    reason="the shared annotated reports are not beside the repository",
)


@needs_reports
def test_extraction_on_the_development_half_holds_its_level(parser: Geoparser) -> None:
    reports = load_reports()
    halves = split_halves(reports)
    total = GroupScore()
    for r in reports:
        if halves[r.id] == "dev":
            total.add(score_report(r, extract(r.text, parser, published=r.published, outlet=r.outlet)))
    assert total.incidents >= 20
    assert total.recall >= 0.6 and total.precision >= 0.7, total.causes


@needs_reports
def test_bench_prints_both_halves_and_languages() -> None:
    proc = subprocess.run(
        [sys.executable, "bench/extract_eval.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    for row in ("| dev | en |", "| dev | ar |", "| test | en |", "| test | ar |", "failure causes, test half"):
        assert row in proc.stdout


def test_bench_says_clearly_when_the_reports_are_missing(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "bench/extract_eval.py", "--reports", str(tmp_path / "none.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "not there" in proc.stderr and "Traceback" not in proc.stderr
