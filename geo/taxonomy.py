"""Event types, attribution stances and how event types map onto ACLED's codebook."""

from __future__ import annotations

from typing import Literal

__all__ = ["ACLED", "EVENT_TYPES", "STANCES", "EventType", "Stance"]

EventType = Literal[
    "air_strike",
    "drone_strike",
    "shelling",
    "rocket_attack",
    "remote_explosive",
    "armed_clash",
    "assassination",
    "territory_change",
    "siege",
    "troop_movement",
    "base_established",
    "protest",
    "riot",
    "political_decision",
    "agreement",
    "attack",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

Stance = Literal["claims_responsibility", "accuses", "attributes", "denies", "suspected"]
STANCES: tuple[str, ...] = Stance.__args__  # type: ignore[attr-defined]

_REMOTE = "Explosions/Remote violence"
_STRATEGIC = "Strategic developments"

# event_type → (ACLED event_type, ACLED sub_event_type); an event may override it.
ACLED: dict[str, tuple[str, str | None]] = {
    "air_strike": (_REMOTE, "Air/drone strike"),
    "drone_strike": (_REMOTE, "Air/drone strike"),
    "shelling": (_REMOTE, "Shelling/artillery/missile attack"),
    "rocket_attack": (_REMOTE, "Shelling/artillery/missile attack"),
    "remote_explosive": (_REMOTE, "Remote explosive/landmine/IED"),
    "armed_clash": ("Battles", "Armed clash"),
    "assassination": ("Violence against civilians", "Attack"),
    "territory_change": ("Battles", "Non-state actor overtakes territory"),
    "siege": (_STRATEGIC, "Other"),
    "troop_movement": (_STRATEGIC, "Other"),
    "base_established": (_STRATEGIC, "Headquarters or base established"),
    "protest": ("Protests", "Peaceful protest"),
    "riot": ("Riots", "Violent demonstration"),
    "political_decision": (_STRATEGIC, "Other"),
    "agreement": (_STRATEGIC, "Agreement"),
    "attack": (_REMOTE, None),
}
