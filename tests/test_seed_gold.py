"""The acceptance set: the five bundled articles and their document-level gold."""

from __future__ import annotations

import pytest
import yaml

from geo.geoparse import Geoparser, Mention

from .conftest import ARTICLES, TEST_DATA
from .geo_assert import matches_gold

GOLD = yaml.safe_load((TEST_DATA / "seed_places.yaml").read_text(encoding="utf-8"))
PLACES = GOLD["places"]


def _article(name: str) -> tuple[str, dict]:
    spec = GOLD["articles"][name]
    spec = GOLD["articles"][spec["same_as"]] if "same_as" in spec else spec
    return (ARTICLES / name).read_text(encoding="utf-8"), spec


@pytest.fixture(scope="module")
def parsed(parser: Geoparser) -> dict[str, tuple[str, list[Mention]]]:
    out = {}
    for name in GOLD["articles"]:
        text, _ = _article(name)
        out[name] = (text, parser.parse(text))
    return out


@pytest.mark.parametrize("article", sorted(GOLD["articles"]))
def test_every_required_place_is_found(article: str, parsed: dict) -> None:
    _, spec = _article(article)
    _, mentions = parsed[article]
    missing = [key for key in spec["required"] if not any(matches_gold(m.place, PLACES[key]) for m in mentions)]
    assert not missing, f"{article}: not found: {missing}"


@pytest.mark.parametrize("article", sorted(GOLD["articles"]))
def test_nothing_is_tagged_inside_forbidden_spans(article: str, parsed: dict) -> None:
    _, spec = _article(article)
    text, mentions = parsed[article]
    occurrences = 0
    for forbidden in spec.get("forbidden", []):
        start = text.find(forbidden["text"])
        while start >= 0:
            occurrences += 1
            end = start + len(forbidden["text"])
            inside = [m for m in mentions if m.start < end and m.end > start]
            assert not inside, f"tagged inside {forbidden['text']!r}: {inside}"
            start = text.find(forbidden["text"], end)
    assert occurrences, f"none of the forbidden texts occurs in {article}"


@pytest.mark.parametrize("article", sorted(GOLD["articles"]))
def test_mentions_are_exact_spans_of_the_text(article: str, parsed: dict) -> None:
    text, mentions = parsed[article]
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()


@pytest.mark.parametrize("article", sorted(GOLD["articles"]))
def test_every_resolved_place_is_plausible_for_the_article(article: str, parsed: dict) -> None:
    """Precision at document level: each place found is in the gold, optional, or explained."""
    _, spec = _article(article)
    _, mentions = parsed[article]
    allowed = [PLACES[k] for k in spec["required"] + spec.get("optional", [])]
    stray = sorted(
        {
            f"{m.text!r}->{m.place.id}"
            for m in mentions
            if m.place and not any(matches_gold(m.place, g) for g in allowed)
        }
    )
    assert not stray, f"{article}: places not in the gold: {stray}"


def test_copy_without_title_gives_the_same_places(parsed: dict) -> None:
    full = {m.place.id for m in parsed["001_e2b32c0186a64207.txt"][1] if m.place}
    body = {m.place.id for m in parsed["000_fe4119f0101185b7.txt"][1] if m.place}
    assert body == full


_AREA_KINDS = ("country", "governorate", "desert", "region")


def _is_area(gold: dict) -> bool:
    return "Governorate" in gold["name"] or gold["name"].startswith("Syrian Desert") or gold.get("tol_km", 0) >= 300


@pytest.mark.parametrize("article", sorted(GOLD["articles"]))
def test_every_required_area_is_found_as_an_area(article: str, parsed: dict) -> None:
    """A governorate, country or desert the article names is found as that area, not as a town inside it."""
    _, spec = _article(article)
    _, mentions = parsed[article]
    areas = [key for key in spec["required"] if _is_area(PLACES[key])]
    missing = [
        key
        for key in areas
        if not any(matches_gold(m.place, PLACES[key]) and m.place.kind in _AREA_KINDS for m in mentions)
    ]
    assert not missing, f"{article}: not found as an area: {missing}"


# --- per mention -----------------------------------------------------------------------------

MENTIONS = yaml.safe_load((TEST_DATA / "seed_mentions.yaml").read_text(encoding="utf-8"))["articles"]
MIN_RECALL = 0.95
MIN_PRECISION = 0.95


def _ids(gold: dict) -> list[str]:
    place = gold["place"]
    return [] if place is None else [place] if isinstance(place, str) else place


def _counted(gold: dict) -> bool:
    """Whether recall counts the gold mention: it names a gazetteer place and is not read from context alone."""
    return bool(_ids(gold)) and not gold.get("optional")


def _score(mentions: list[Mention], gold: list[dict]) -> tuple[list[dict], list[Mention], list[Mention]]:
    """Gold mentions missed, tags that are wrong, and tags that are right.

    A tag is right when it overlaps a gold mention and resolves to one of its place ids (a governorate,
    country or desert is right only as that area: its id says so); each gold mention is matched once.
    Nested towns inside a crossing's name (role "part") are not scored.
    """
    tags = [m for m in mentions if m.place is not None and m.role != "part"]
    matched: set[int] = set()
    right, wrong = [], []
    for m in tags:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in matched
                and g["start"] < m.end
                and m.start < g["start"] + len(g["text"])
                and m.place.id in _ids(g)
            ),
            None,
        )
        if hit is None:
            wrong.append(m)
        else:
            matched.add(hit)
            right.append(m)
    missed = [g for i, g in enumerate(gold) if i not in matched and _counted(g)]
    return missed, wrong, right


def _recall(gold: list[dict], missed: list[dict]) -> float:
    return 1 - len(missed) / sum(map(_counted, gold))


def test_gold_mentions_are_spans_of_their_articles() -> None:
    assert sorted(MENTIONS) == sorted(GOLD["articles"])
    for article, gold in MENTIONS.items():
        text = (ARTICLES / article).read_text(encoding="utf-8")
        assert gold, article
        for g in gold:
            assert text[g["start"] : g["start"] + len(g["text"])] == g["text"], (article, g)


@pytest.mark.parametrize("article", sorted(GOLD["articles"]))
def test_mention_precision_and_recall(article: str, parsed: dict) -> None:
    """Every mention scored on its own: dropping a country's, a governorate's or a town's mentions fails."""
    _, mentions = parsed[article]
    gold = MENTIONS[article]
    missed, wrong, right = _score(mentions, gold)
    recall = _recall(gold, missed)
    precision = len(right) / (len(right) + len(wrong))
    assert recall >= MIN_RECALL, [(g["start"], g["text"], g["place"]) for g in missed]
    assert precision >= MIN_PRECISION, [(m.start, m.text, m.place.id) for m in wrong]


def test_dropping_the_areas_fails_the_mention_score(parsed: dict) -> None:
    """The per-mention score sees what the document-level gold could not: areas dropped everywhere."""
    for article in sorted(GOLD["articles"]):
        _, mentions = parsed[article]
        gold = MENTIONS[article]
        kept = [m for m in mentions if m.place is None or m.place.kind not in _AREA_KINDS]
        missed, _, _ = _score(kept, gold)
        assert _recall(gold, missed) < MIN_RECALL, article
