"""The review queue: suggested incidents waiting for a person to accept or reject them.

``data/review/<article>.yaml`` holds the candidates :func:`geo.extract.extract` proposed for one
article, each with the existing events it probably describes (same or nearby place,
overlapping dates, compatible type) and why.  Accepting one either adds a new event or adds
its source, claims and figures to an existing event; the attribution status follows from the
claims, as always.  Every change to the events is checked before it is kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from geopy.distance import great_circle

from .articles import Article
from .check import DataSet, load_dataset
from .errors import InputError
from .events import Event
from .extract import Candidate, extract
from .geoparse import Geoparser
from .textio import write_text
from .yamlio import dump_yaml, read_records

__all__ = [
    "accept",
    "match_events",
    "pending",
    "queue_article",
    "reject",
]

NEARBY_KM = 30.0
_STRIKES = frozenset({"air_strike", "drone_strike", "rocket_attack", "shelling", "attack"})


def _overlap(a0: dt.date | None, a1: dt.date | None, b0: dt.date | None, b1: dt.date | None) -> bool | None:
    if None in (a0, a1, b0, b1):
        return None
    return not (a1 < b0 or b1 < a0)  # type: ignore[operator]


def match_events(candidate: dict[str, Any], data: DataSet) -> list[dict[str, Any]]:
    """Existing events the candidate probably describes, best first, each with its reasons."""
    place = candidate.get("place")
    date = candidate.get("date") or {}
    c0 = dt.date.fromisoformat(date["start"]) if date.get("start") else None
    c1 = dt.date.fromisoformat(date["end"]) if date.get("end") else None
    matches = []
    for event in data.events:
        reasons: list[str] = []
        score = 0.0
        point = _event_point(event, data)
        if place is None or point is None:
            continue
        if event.place.id == place["id"]:
            reasons.append(f"same place ({place['name']})")
            score += 2
        else:
            km = great_circle((place["lat"], place["lon"]), point).km
            if km > NEARBY_KM:
                continue
            reasons.append(f"{km:.0f} km from the event's place")
            score += 1
        overlap = _overlap(c0, c1, event.date.start, event.date.end)
        if overlap is False:
            continue
        if overlap:
            reasons.append("dates overlap")
            score += 2
        else:
            reasons.append("a date is unknown")
            score += 0.5
        if event.event_type == candidate["event_type"]:
            reasons.append("same type")
            score += 1
        elif {event.event_type, candidate["event_type"]} <= _STRIKES:
            reasons.append(f"compatible type ({event.event_type})")
            score += 0.5
        else:
            continue
        matches.append((-score, event.id, {"event": event.id, "reasons": reasons}))
    return [m for _, _, m in sorted(matches)]


def _event_point(event: Event, data: DataSet) -> tuple[float, float] | None:
    if event.place.id is not None:
        p = data.gazetteer[event.place.id]
        return p.lat, p.lon
    if event.place.lat is not None and event.place.lon is not None:
        return event.place.lat, event.place.lon
    return None


def _candidate_record(c: Candidate, n: int, article: Article, data: DataSet) -> dict[str, Any]:
    best = c.place
    date = c.date
    quotes = [article.text[s:e] for s, e in c.quotes] or [c.sentence]
    record: dict[str, Any] = {
        "id": f"c{article.id}-{n:02d}",
        "article": article.id,
        "status": "pending",
        "sentence": c.sentence,
        "quotes": quotes,
        "event_type": c.event_type,
        "trigger": c.trigger,
        "date": {
            "start": date.start.isoformat() if date.start else None,
            "end": date.end.isoformat() if date.end else None,
            "precision": date.precision,
            "text": date.text,
            "relative_to": date.relative_to,
        },
        "place": (
            {"id": best.id, "name": best.name, "lat": best.lat, "lon": best.lon, "precision": c.place_precision}
            if best
            else None
        ),
        "places": list(dict.fromkeys(m.place.id for m in c.places if m.place)),
        "attribution": [{**claim, "source": article.id} for claim in c.claims],
        "fatalities": [{"source": article.id, **f} for f in c.fatalities],
    }
    record["matches"] = match_events(record, data)
    return record


def queue_path(data_dir: Path, article_id: str) -> Path:
    """Where an article's candidates wait."""
    return data_dir / "review" / f"{article_id}.yaml"


def queue_article(article_id: str, data_dir: Path, parser: Geoparser | None = None) -> list[dict[str, Any]]:
    """Extract candidates from an article into its review file; decisions already taken are kept."""
    data = load_dataset(data_dir)
    if article_id not in data.articles:
        raise InputError(f"no article with id {article_id!r}")
    article = data.articles[article_id]
    parser = parser or Geoparser(data.gazetteer)
    found = extract(
        article.text, parser, published=article.meta.published.end, article=article.id,
        start=article.body_start, end=article.body_end, outlet=article.meta.outlet,
    )  # fmt: skip
    path = queue_path(data_dir, article_id)
    decided = {r["sentence"]: r for r in _read(path) if r.get("status") != "pending"}
    records = []
    for n, cand in enumerate(found, start=1):
        record = decided.get(cand.sentence) or _candidate_record(cand, n, article, data)
        records.append(record)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = f"# Suggested incidents from article {article_id}, for review: python -m geo review\n"
    write_text(path, header + dump_yaml(records))
    return [r for r in records if r["status"] == "pending"]


def _read(path: Path) -> list[dict[str, Any]]:
    return [r.data for r in read_records(path)] if path.exists() else []


def pending(data_dir: Path) -> list[dict[str, Any]]:
    """Every candidate waiting for review, ordered by article then id."""
    out = []
    for path in sorted((data_dir / "review").glob("*.yaml")):
        out += [r for r in _read(path) if r.get("status") == "pending"]
    return out


def _find(data_dir: Path, candidate_id: str) -> tuple[Path, list[dict[str, Any]], dict[str, Any]]:
    for path in sorted((data_dir / "review").glob("*.yaml")):
        records = _read(path)
        for record in records:
            if record.get("id") == candidate_id:
                return path, records, record
    raise InputError(f"no candidate {candidate_id!r} in the review queue (python -m geo review lists them)")


def _set_status(path: Path, records: list[dict[str, Any]], record: dict[str, Any], status: str) -> None:
    record["status"] = status
    article = record["article"]
    header = f"# Suggested incidents from article {article}, for review: python -m geo review\n"
    write_text(path, header + dump_yaml(records))


def reject(candidate_id: str, data_dir: Path) -> None:
    """Drop a candidate: it stays in its file marked rejected, so extracting again skips it."""
    path, records, record = _find(data_dir, candidate_id)
    if record["status"] != "pending":
        raise InputError(f"candidate {candidate_id!r} is already {record['status']}")
    _set_status(path, records, record, "rejected")


def _yaml_scalar(value: Any) -> str:
    """A YAML scalar for a string, number or null (JSON's forms are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _item_lines(item: dict[str, Any], indent: str) -> list[str]:
    lines = []
    for i, (key, value) in enumerate(item.items()):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        lines.append(f"{lead}{key}: {_yaml_scalar(value)}")
    return lines


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _insert_items(text: str, record_line: int, next_line: int, key: str, items: list[dict[str, Any]]) -> str:
    """Add list items under ``key`` of the event whose lines are [record_line, next_line).

    Edits the text rather than re-dumping the file, so hand-written formatting and comments
    elsewhere stay as they are.
    """
    lines = text.split("\n")
    start, stop = record_line - 1, min(next_line - 1, len(lines))
    field = _indent(lines[start]) + 2  # "- id: …" puts the event's fields two columns in
    key_re = re.compile(rf"^ {{{field}}}{re.escape(key)}:\s*(\[\s*\])?\s*(#.*)?$")
    new = _item_lines_all(items, " " * (field + 2))
    for i in range(start, stop):
        m = key_re.match(lines[i])
        if not m:
            continue
        if m.group(1):  # "key: []"
            lines[i : i + 1] = [f"{' ' * field}{key}:", *new]
            return "\n".join(lines)
        end = i + 1
        while end < stop and (not lines[end].strip() or _indent(lines[end]) > field):
            end += 1
        while end - 1 > i and not lines[end - 1].strip():
            end -= 1
        lines[end:end] = new
        return "\n".join(lines)
    end = stop  # the key is absent: add it at the end of the event
    while end - 1 > start and not lines[end - 1].strip():
        end -= 1
    lines[end:end] = [f"{' ' * field}{key}:", *new]
    return "\n".join(lines)


def _item_lines_all(items: list[dict[str, Any]], indent: str) -> list[str]:
    out: list[str] = []
    for item in items:
        out += _item_lines(item, indent)
    return out


def _new_event(record: dict[str, Any], summary: str | None, data: DataSet) -> dict[str, Any]:
    article = data.articles[record["article"]]
    place = record["place"]
    date = record["date"]
    when = (date.get("start") or "undated")[:7]
    slug = re.sub(r"[^a-z0-9]+", "-", place["name"].lower()).strip("-")
    base = f"ev-{when}-{slug}-{record['event_type'].replace('_', '-')}"
    event_id, n = base, 2
    while event_id in data.events.events:
        event_id, n = f"{base}-{n}", n + 1
    label = record["event_type"].replace("_", " ")
    where = f" near {place['name']}"
    return {
        "id": event_id,
        "summary": summary or f"{article.meta.outlet} reported a {label}{where}.",
        "event_type": record["event_type"],
        "date": {k: v for k, v in date.items() if v is not None} | {"precision": date.get("precision", "unknown")},
        "place": {"id": place["id"], "precision": place.get("precision", "place")},
        "fatalities": record.get("fatalities") or [],
        "sources": _sources(record),
        "attribution": record.get("attribution") or [],
    }


def _sources(record: dict[str, Any]) -> list[dict[str, str]]:
    """One source per sentence the candidate was told in (older queue files hold only ``sentence``)."""
    return [{"article": record["article"], "quote": q} for q in record.get("quotes") or [record["sentence"]]]


def accept(
    candidate_id: str,
    data_dir: Path,
    *,
    into: str | None = None,
    as_new: bool = False,
    summary: str | None = None,
) -> str:
    """Turn a candidate into a new event, or add it to an existing one; return the event id."""
    path, records, record = _find(data_dir, candidate_id)
    if record["status"] != "pending":
        raise InputError(f"candidate {candidate_id!r} is already {record['status']}")
    data = load_dataset(data_dir)
    if into is None and not as_new:
        if record.get("matches"):
            best = record["matches"][0]["event"]
            raise InputError(f"candidate {candidate_id!r} may describe {best}: say --into EVENT or --as-new")
        as_new = True
    if as_new:
        if record.get("place") is None:
            raise InputError(f"candidate {candidate_id!r} has no place: add one to its review entry first")
        event = _new_event(record, summary, data)
        target = data_dir / "events" / "accepted.yaml"
        old = target.read_text(encoding="utf-8") if target.exists() else "# Events accepted from the review queue.\n"
        new = old.rstrip("\n") + "\n" + dump_yaml([event])
        event_id = event["id"]
    else:
        if into not in data.events.events:
            raise InputError(f"no event with id {into!r}")
        event_id = into  # type: ignore[assignment]
        origin = data.events.records[event_id]
        target = Path(origin.path)
        old = target.read_text(encoding="utf-8")
        following = [r.line for r in data.events.records.values() if r.path == origin.path and r.line > origin.line]
        stop = min(following) if following else len(old.split("\n")) + 1
        new = old
        for key, items in (
            ("fatalities", record.get("fatalities") or []),
            ("attribution", record.get("attribution") or []),
            ("sources", _sources(record)),
        ):
            if items:
                before = len(new.split("\n"))
                new = _insert_items(new, origin.line, stop, key, items)
                stop += len(new.split("\n")) - before
    existed = target.exists()
    write_text(target, new)
    try:
        load_dataset(data_dir)  # the events must still hold together, quotes verbatim and all
    except Exception:
        if existed:
            write_text(target, old)
        else:
            target.unlink()
        raise
    _set_status(path, records, record, f"accepted into {event_id}")
    return event_id
