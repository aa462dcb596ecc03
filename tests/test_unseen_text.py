"""Mention-level precision and recall on text written for this test, not tuned against."""

from __future__ import annotations

import yaml

from geo.geoparse import Geoparser

from .conftest import TEST_DATA
from .geo_assert import km


def test_wire_report_precision_and_recall(parser: Geoparser) -> None:
    text = (TEST_DATA / "unseen_wire_report.txt").read_text(encoding="utf-8")
    gold = yaml.safe_load((TEST_DATA / "unseen_wire_report.yaml").read_text(encoding="utf-8"))
    for g in gold:
        assert text[g["start"] : g["start"] + len(g["text"])] == g["text"]
    mentions = [m for m in parser.parse(text) if m.place]
    by_start = {g["start"]: g for g in gold}
    right = [
        m
        for m in mentions
        if m.start in by_start and km(m.place, by_start[m.start]["lat"], by_start[m.start]["lon"]) <= 10
    ]
    precision = len(right) / len(mentions)
    recall = len(right) / len(gold)
    assert precision >= 0.95, [m for m in mentions if m not in right]
    assert recall >= 0.9
