"""Score proposed incidents against hand-annotated reports: found, noise, type, dates, claims.

An incident is found when one candidate (each used once) lies within 25 km of it and their
date ranges overlap.  A candidate placed only to a region (a governorate, district, country)
finds an incident inside that region instead.  Among found incidents the type is right when
both map to the same ACLED sub-event type, the date is exact when the ranges are equal, and
the claims are right when every annotated claim is proposed (same actor, stance and claimant)
and nothing more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields

from geopy.distance import great_circle
from shapely.geometry import Point

from .actors import same_party
from .boundaries import geometry_of
from .evalset import GoldIncident, Report
from .extract import Candidate
from .taxonomy import ACLED

__all__ = ["MATCH_KM", "GroupScore", "add_counts", "claim_matches", "incident_found", "score_reports"]

MATCH_KM = 25.0

# the annotation's event types on ACLED's sub-event types (ACLED codes drone and air strikes alike)
GOLD_TYPES: dict[str, str | tuple[str, ...]] = {
    "airstrike": "Air/drone strike",
    "drone strike": "Air/drone strike",
    "drone attack": "Air/drone strike",
    "rocket attack": "Shelling/artillery/missile attack",
    "shelling": "Shelling/artillery/missile attack",
    "missile attack": "Shelling/artillery/missile attack",
    "ied": "Remote explosive/landmine/IED",
    "bombing": "Remote explosive/landmine/IED",
    "suicide bombing": "Suicide bomb",
    "explosion": "Remote explosive/landmine/IED",
    "seizure": "territory change",
    "territory change": "territory change",
    "clash": "Armed clash",
    "armed attack": ("Attack", "Armed clash"),  # on civilians an Attack, on an armed party a clash
    "armed assault": ("Attack", "Armed clash"),
    "attack": "Attack",
    "prison riot": "Violent demonstration",
    "protest": "Peaceful protest",
    "arrest": "Arrests",
    "abduction": "Abduction/forced disappearance",
}
# claim stances that say the same thing of the actor: a third party's attribution
_STANCE_GROUP = {"accuses": "attributes"}


def _acled(event_type: str) -> str | None:
    sub = ACLED.get(event_type, (None, None))[1]
    if event_type == "territory_change":
        return "territory change"  # ACLED splits it by who gains; the annotation does not
    if event_type == "attack":
        return "Attack"
    return sub


def claim_matches(proposed: dict[str, str], gold: dict[str, str]) -> bool:
    """Whether a proposed claim says what an annotated one says: actor, stance and claimant."""
    stance = _STANCE_GROUP.get(proposed["stance"], proposed["stance"])
    gold_stance = _STANCE_GROUP.get(gold["stance"], gold["stance"])
    return (
        stance == gold_stance
        and same_party(proposed["actor"], gold["actor"])
        and same_party(proposed["claimed_by"], gold["claimed_by"])
    )


def _pair_claims(
    proposed: Iterable[dict[str, str]], gold: Iterable[dict[str, str]]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The proposed claims and the annotated ones left once each annotated claim took a proposed one saying it."""
    left, wanted = list(proposed), list(gold)
    for g in list(wanted):
        hit = next((p for p in left if claim_matches(p, g)), None)
        if hit is not None:
            left.remove(hit)
            wanted.remove(g)
    return left, wanted


def _claims_verdict(left: list[dict[str, str]], wanted: list[dict[str, str]]) -> tuple[bool, str | None]:
    """Whether the claims are right, from what :func:`_pair_claims` left unpaired, and if not, why."""
    if not wanted and not left:
        return True, None
    if wanted and left:
        g, p = wanted[0], left[0]
        if not same_party(p["actor"], g["actor"]):
            return False, "claim: wrong actor"
        if not same_party(p["claimed_by"], g["claimed_by"]):
            return False, "claim: wrong claimant"
        return False, "claim: wrong stance"
    return False, ("claim: missing" if wanted else "claim: one too many")


def _dates_overlap(c: Candidate, g: GoldIncident) -> bool:
    start, end = c.date.start, c.date.end
    return not ((end is not None and end < g.date_start) or (start is not None and start > g.date_end))


def _near(c: Candidate, g: GoldIncident) -> bool:
    place = c.place
    if place is None:
        return False
    if c.place_precision == "region":  # the extractor's own word on what is an area
        shape = geometry_of(place)
        if shape is not None:
            return bool(shape.contains(Point(g.lon, g.lat)))
        if place.radius_km:
            return great_circle((place.lat, place.lon), (g.lat, g.lon)).km <= place.radius_km
    return great_circle((place.lat, place.lon), (g.lat, g.lon)).km <= MATCH_KM


def incident_found(c: Candidate, g: GoldIncident) -> bool:
    """Whether a candidate can stand for an annotated incident: near enough, dates overlapping."""
    return _near(c, g) and _dates_overlap(c, g)


def _match(cands: list[Candidate], gold: list[GoldIncident]) -> dict[int, int]:
    """A largest one-to-one matching of incidents to candidates (augmenting paths): incident → candidate."""
    options = {i: [j for j, c in enumerate(cands) if incident_found(c, g)] for i, g in enumerate(gold)}
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in options:
        augment(i, set())
    return {i: j for j, i in owner.items()}


def add_counts(into: object, other: object) -> None:
    """Add the whole-number fields of one score dataclass into another of its kind."""
    for f in fields(into):  # type: ignore[arg-type]
        value = getattr(into, f.name)
        if isinstance(value, int):
            setattr(into, f.name, value + getattr(other, f.name))


@dataclass
class GroupScore:
    """Counts for one group of reports (a half, a language, or both)."""

    reports: int = 0
    incidents: int = 0
    proposed: int = 0
    found: int = 0
    type_right: int = 0
    date_exact: int = 0
    claims_right: int = 0
    claims_proposed: int = 0  # claims on found incidents, one by one: proposed, annotated, and saying the same
    claims_gold: int = 0
    claims_matched: int = 0
    causes: Counter[str] = field(default_factory=Counter)

    def add(self, other: GroupScore) -> None:
        """Add another group's counts into this one."""
        add_counts(self, other)
        self.causes.update(other.causes)

    @staticmethod
    def rate(part: int, whole: int) -> float | None:
        """``part / whole``, or ``None`` when there is nothing to divide."""
        return part / whole if whole else None

    @property
    def recall(self) -> float | None:
        """Share of annotated incidents found."""
        return self.rate(self.found, self.incidents)

    @property
    def precision(self) -> float | None:
        """Share of proposals that stand for an annotated incident."""
        return self.rate(self.found, self.proposed)


def score_report(report: Report, cands: list[Candidate]) -> GroupScore:
    """Score one report's candidates against its annotated incidents."""
    gold = list(report.incidents)
    matched = _match(cands, gold)
    s = GroupScore(reports=1, incidents=len(gold), proposed=len(cands), found=len(matched))
    used = set(matched.values())
    for i, g in enumerate(gold):
        if i not in matched:
            near = [c for c in cands if _near(c, g)]
            if any(_dates_overlap(c, g) for c in near):
                s.causes["missed: its candidate stands for another incident"] += 1
            elif near:
                s.causes["missed: place right, dates off"] += 1
            elif any(_dates_overlap(c, g) for c in cands):
                s.causes["missed: dates right, place off"] += 1
            else:
                s.causes["missed: nothing proposed"] += 1
            continue
        c = cands[matched[i]]
        wanted = GOLD_TYPES.get(g.event_type, ())
        if _acled(c.event_type) in ((wanted,) if isinstance(wanted, str) else wanted):
            s.type_right += 1
        else:
            s.causes[f"type: {g.event_type} as {c.event_type}"] += 1
        if (c.date.start, c.date.end) == (g.date_start, g.date_end):
            s.date_exact += 1
        left, wanted = _pair_claims(c.claims, g.claims)
        right, why = _claims_verdict(left, wanted)
        s.claims_right += right
        s.claims_proposed += len(c.claims)
        s.claims_gold += len(g.claims)
        s.claims_matched += len(c.claims) - len(left)
        if why:
            s.causes[why] += 1
    for j, c in enumerate(cands):
        if j in used:
            continue
        if any(incident_found(c, g) for g in gold):
            s.causes["noise: a second candidate for one incident"] += 1
        elif any(_near(c, g) for g in gold):
            s.causes["noise: near an incident, dates off"] += 1
        else:
            s.causes["noise: no incident there"] += 1
    return s


def score_reports(reports: Iterable[Report], propose: Callable[[Report], list[Candidate]]) -> dict[str, GroupScore]:
    """Per-report scores, keyed by report id, of the candidates ``propose`` gives for each."""
    return {r.id: score_report(r, propose(r)) for r in reports}
