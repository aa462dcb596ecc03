"""Suggesting incidents from text: behaviour on sentences, and the score against the curated events."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
import yaml

from geo.check import load_dataset
from geo.evaluate import score_extraction
from geo.extract import extract, split_sentences
from geo.geoparse import Geoparser

from .conftest import ROOT, TEST_DATA

PUBLISHED = dt.date(2024, 3, 4)  # a Monday


def _one(parser: Geoparser, sentence: str):
    found = extract(sentence, parser, published=PUBLISHED)
    assert len(found) == 1, [c.sentence for c in found]
    return found[0]


def test_a_dated_placed_strike_with_fatalities(parser: Geoparser) -> None:
    c = _one(parser, "A U.S. airstrike near Abu Kamal in late December 2019 killed more than 50 PMU members.")
    assert c.event_type == "air_strike" and c.trigger == "airstrike"
    assert [m.place.id for m in c.places] == ["sy-abu-kamal"]
    assert [(d.range.start, d.range.end) for d in c.dates] == [(dt.date(2019, 12, 21), dt.date(2019, 12, 31))]
    assert c.fatalities == ({"text": "more than 50 PMU members", "min": 51, "max": None},)
    assert c.actors == ("United States", "Popular Mobilization Units")


def test_relative_dates_resolve_against_publication(parser: Geoparser) -> None:
    c = _one(parser, "Rockets struck a base near Deir ez-Zor on Sunday.")
    assert c.event_type == "rocket_attack"
    assert c.dates[0].range.start == dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Daesh was not an army that you could erase with airstrikes in Raqqa.",
        "Will the militias attack al-Tanf again?",
        "The PMU threatens to attack U.S. bases in Anbar.",
        "What America did was carpet bomb cities like Mosul and Raqqah.",
        "Mosul is the second city of Iraq.",
    ],
)
def test_no_incident_is_proposed(parser: Geoparser, sentence: str) -> None:
    assert extract(sentence, parser, published=PUBLISHED) == []


def test_the_same_border_crossing_refers_back(parser: Geoparser) -> None:
    text = (
        "Airstrikes hit the al-Qaim border crossing in 2019. A U.S. airstrike at the same border crossing killed four."
    )
    found = extract(text, parser, published=PUBLISHED)
    assert len(found) == 2
    assert found[1].places[0].place.kind == "border crossing"
    assert found[1].fatalities == ({"text": "four", "min": 4, "max": 4},)


def test_sentences_split_with_offsets() -> None:
    text = "QAMISHLI, Syria – A convoy moved. The U.S. denied it.\nNew paragraph here."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "QAMISHLI, Syria – A convoy moved.",
        "The U.S. denied it.",
        "New paragraph here.",
    ]


def test_extraction_scores_against_the_curated_events(parser: Geoparser) -> None:
    score = score_extraction(load_dataset(), parser)
    assert score.curated >= 25
    assert score.recall >= 0.85, score.missed
    assert score.precision >= 0.8, score.noise


def test_unseen_report_gives_incidents_only(parser: Geoparser) -> None:
    text = (TEST_DATA / "unseen_wire_report.txt").read_text(encoding="utf-8")
    found = extract(text, parser, published=PUBLISHED)
    assert 4 <= len(found) <= 7
    assert not [c for c in found if "Kurdistan 24" in c.sentence or "quiet" in c.sentence]


def test_cli_extract_by_article_id_prints_reviewable_yaml() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "extract", "003", "--no-queue"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    candidates = yaml.safe_load(proc.stdout)
    assert candidates and all(c["article"] == "003" for c in candidates)
    baghouz = [c for c in candidates if any(p["id"] == "sy-baghouz" for p in c["places"])]
    assert baghouz and baghouz[0]["event_type"] == "territory_change"
    assert {"sentence", "event_type", "trigger", "places", "dates", "actors", "fatalities", "span"} <= set(
        candidates[0]
    )
