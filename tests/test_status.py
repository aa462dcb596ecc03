"""Derived attribution status: single source, corroborated, contested, unknown."""

from __future__ import annotations

from geo.events import Event, derive_status

OUTLETS = {"a1": "Mehr News Agency", "a2": "Mehr News Agency", "b1": "North Press Agency", "c1": "SouthFront"}


def _event(*claims: tuple[str, str, str, str]) -> Event:
    sources = sorted({c[3] for c in claims} or {"a1"})
    return Event.model_validate(
        {
            "id": "ev-test",
            "summary": "A strike was reported.",
            "event_type": "air_strike",
            "date": {"precision": "unknown"},
            "place": {"id": "sy-abu-kamal", "precision": "place"},
            "sources": [{"article": s, "quote": "x"} for s in sources],
            "attribution": [
                {"actor": actor, "stance": stance, "claimed_by": by, "source": src} for actor, stance, by, src in claims
            ],
        }
    )


def test_no_claim_is_unknown() -> None:
    assert derive_status(_event(), OUTLETS) == "unknown"


def test_one_outlet_is_a_single_source_even_in_two_articles() -> None:
    event = _event(("United States", "attributes", "Mehr News Agency", "a1"), ("U.S.", "attributes", "Mehr", "a2"))
    assert derive_status(event, OUTLETS) == "single source"


def test_two_outlets_naming_the_same_actor_corroborate() -> None:
    event = _event(
        ("United States", "attributes", "Mehr News Agency", "a1"),
        ("United States", "claims_responsibility", "The Pentagon", "b1"),
    )
    assert derive_status(event, OUTLETS) == "corroborated"


def test_a_denial_contests() -> None:
    event = _event(
        ("United States", "attributes", "local media", "b1"),
        ("United States", "denies", "US military", "b1"),
        ("United States", "attributes", "SouthFront", "c1"),
    )
    assert derive_status(event, OUTLETS) == "contested"


def test_claimants_naming_different_actors_contest() -> None:
    event = _event(
        ("Israel", "suspected", "war monitor", "b1"), ("United States", "accuses", "Syrian government", "c1")
    )
    assert derive_status(event, OUTLETS) == "contested"


def test_actors_named_together_by_one_claimant_are_joint_not_conflicting() -> None:
    event = _event(
        ("Syrian Democratic Forces", "attributes", "North Press Agency", "b1"),
        ("US-led coalition", "attributes", "North Press Agency", "b1"),
    )
    assert derive_status(event, OUTLETS) == "single source"
