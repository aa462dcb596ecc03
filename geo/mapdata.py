"""Event records → the compact, columnar payload the map page draws from.

Strings that repeat (event types, outlets, actors, places, articles) are stored once and
referenced by index; numbers are integers (coordinates in 1e-5 degrees, dates in days since
1970-01-01, -1 for unknown).  The payload is embedded once in the page as JSON, escaped so no
text from an article can end the script element or open a new one.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["build_payload", "packed_json", "safe_url", "script_json", "unpack_texts"]

_EPOCH = dt.date(1970, 1, 1)
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)


def safe_url(url: object) -> str | None:
    """``url`` if it is an http(s) URL with no characters that could break out of an attribute."""
    return url if isinstance(url, str) and _SAFE_URL.match(url) else None


class _Table:
    """Values in order of first appearance, each with its index."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        key = json.dumps(value, sort_keys=True) if isinstance(value, dict) else value
        if key not in self._index:
            self._index[key] = len(self.values)
            self.values.append(value)
        return self._index[key]


def _days(iso: str | None) -> int:
    return (dt.date.fromisoformat(iso) - _EPOCH).days if iso else -1


def _published(src: dict[str, Any]) -> str:
    """When a source was published, as a reader should see it: a day, or the range we know."""
    start, end = src.get("published") or "", src.get("published_end") or ""
    return start if not end or end == start else f"published between {start} and {end}"


def build_payload(
    records: Iterable[dict[str, Any]],
    *,
    mentions: list[dict[str, Any]] | None = None,
    licences: dict[str, str] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The page's data as (core, texts).

    ``core`` is what drawing and filtering need: dictionaries, article → outlet, and per event
    its coordinates, indices and dates.  ``texts`` is what the list and the cards show: event
    ids, summaries, quotes, article titles and links, date words, fatalities as reported.
    ``mentions`` are places the articles name (``{"lat", "lon", "name", "articles": [ids]}``);
    ``licences`` maps article ids to their licence, for the About panel.
    """
    tables = {name: _Table() for name in ("event_type", "status", "actor", "stance", "claimed_by", "place", "precision",
                                          "date_precision", "acled", "admin", "outlet")}  # fmt: skip
    articles = _Table()
    core: dict[str, list[Any]] = {
        k: [] for k in ("type", "status", "lat", "lon", "place", "pprec", "d0", "d1", "dprec", "fat", "src",
                        "claims", "acled", "admin")
    }  # fmt: skip
    text: dict[str, list[Any]] = {k: [] for k in ("summary", "dtext", "fattext", "quotes", "border_km")}
    ids: list[str] = []
    for rec in records:
        ids.append(rec["id"])
        core["type"].append(tables["event_type"](rec["event_type"]))
        core["status"].append(tables["status"](rec["status"]))
        core["lat"].append(round(rec["lat"] * 1e5))
        core["lon"].append(round(rec["lon"] * 1e5))
        core["place"].append(tables["place"](rec.get("place_name") or rec.get("place_reason") or ""))
        core["pprec"].append(tables["precision"](rec["place_precision"]))
        core["d0"].append(_days(rec["date_start"]))
        core["d1"].append(_days(rec["date_end"]))
        core["dprec"].append(tables["date_precision"](rec["date_precision"]))
        core["fat"].append(-1 if rec.get("fatalities") is None else rec["fatalities"])
        acled = f"{rec.get('acled_event_type', '')} / {rec.get('acled_sub_event_type') or '—'}"
        core["acled"].append(tables["acled"](acled))
        core["admin"].append(
            tables["admin"](", ".join(x for x in (rec.get("admin1_name"), rec.get("country_name")) if x))
        )
        core["claims"].append(
            [
                [tables["actor"](c["actor"]), tables["stance"](c["stance"]), tables["claimed_by"](c["claimed_by"])]
                for c in rec.get("attribution", [])
            ]
        )
        sources, quotes = [], []
        for src in rec["sources"]:
            article = {
                "id": src["article"],
                "outlet": tables["outlet"](src["outlet"]),
                "title": src.get("title") or "",
                "published": _published(src),
                "url": safe_url(src.get("url")),
                "licence": (licences or {}).get(src["article"], src.get("licence") or ""),
            }
            sources.append(articles(article))
            quotes.append(src["quote"])
        core["src"].append(sources)
        text["quotes"].append(quotes)
        text["summary"].append(rec["summary"])
        text["dtext"].append(rec.get("date_text") or "")
        text["fattext"].append([[f["text"], f["source"]] for f in rec.get("fatalities_reported", [])])
        text["border_km"].append(rec.get("border_distance_km"))
    table = articles.values
    core_payload: dict[str, Any] = {
        "version": 2,
        "dict": {name: t.values for name, t in tables.items()},
        "article_outlet": [a["outlet"] for a in table],
        "events": core,
    }
    if mentions:
        core_payload["mentions"] = [
            [round(m["lat"], 5), round(m["lon"], 5), m["name"], sorted(m["articles"])] for m in mentions
        ]
    texts = {
        "ids": ids,
        "articles": {k: [a[k] for a in table] for k in ("id", "title", "published", "url", "licence")},
        "rows": [
            [text["summary"][i], text["dtext"][i], text["fattext"][i], text["quotes"][i], text["border_km"][i]]
            for i in range(len(ids))
        ],
    }
    return core_payload, texts


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def packed_json(texts: dict[str, Any]) -> str:
    """The texts as JSON lines, gzip-compressed deterministically and base64-encoded.

    Line 1 holds the event ids, line 2 the articles, then one line per event: [summary, date
    words, fatalities as reported, quotes, border km].  One line per event lets the page parse
    only the events it shows.
    """
    lines = [_line(texts["ids"]), _line(texts["articles"]), *(_line(row) for row in texts["rows"])]
    raw = "\n".join(lines).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")


def unpack_texts(packed: str) -> dict[str, Any]:
    """The inverse of :func:`packed_json` (for tests and tools)."""
    lines = gzip.decompress(base64.b64decode(packed)).decode("utf-8").split("\n")
    return {"ids": json.loads(lines[0]), "articles": json.loads(lines[1]), "rows": [json.loads(x) for x in lines[2:]]}


def script_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&`` or line separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text
