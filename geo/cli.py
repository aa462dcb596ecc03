"""``python -m geo``: the command line.  Library code raises; only this module prints and exits."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .check import load_dataset
from .errors import BordermapError
from .gazetteer import load_gazetteer
from .geoparse import Geoparser, Mention
from .resolve import Resolution, Resolver
from .textio import read_text

__all__ = ["main"]


def _parser_for(args: argparse.Namespace) -> Geoparser:
    folder = args.data / "gazetteer" if args.data else None
    return Geoparser(load_gazetteer(folder))


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _place_cells(place: object) -> list[str]:
    if place is None:
        return ["(unresolved)", "", "", ""]
    p = place  # a Place
    return [p.name, p.kind, p.country, f"{p.lat:.4f}, {p.lon:.4f}"]  # type: ignore[attr-defined]


def cmd_resolve(args: argparse.Namespace) -> int:
    """Resolve each NAME to a place."""
    resolver = Resolver(_parser_for(args))
    results: list[Resolution] = [resolver.resolve(name) for name in args.names]
    if args.json:
        for res in results:
            print(json.dumps(res.to_json(), ensure_ascii=False))
        return 0
    rows = []
    for res in results:
        place = res.best.place if res.best else None
        conf = f"{res.best.confidence:.2f}" if res.best else ""
        rows.append([res.query, *(_place_cells(place)), place.id if place else "", conf])
    print(_table(rows, ["query", "place", "kind", "country", "lat, lon", "id", "confidence"]))
    return 0 if all(r.best for r in results) else 1


def cmd_parse(args: argparse.Namespace) -> int:
    """Find the place mentions in FILE."""
    text = read_text(args.file)
    mentions: list[Mention] = _parser_for(args).parse(text)
    if args.json:
        print(json.dumps([m.to_json(details=args.details) for m in mentions], ensure_ascii=False, indent=1))
        return 0
    rows = [
        [f"{m.start}-{m.end}", m.text.replace("\n", " "), *(_place_cells(m.place)), f"{m.confidence:.2f}"]
        for m in mentions
    ]
    print(_table(rows, ["span", "text", "place", "kind", "country", "lat, lon", "confidence"]))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the bundled data: gazetteer, articles, events."""
    data = load_dataset(args.data)
    print(f"ok: {len(data.gazetteer)} places, {len(data.articles)} articles, {len(data.events)} events")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="python -m geo",
        description="bordermap: find and resolve places in reporting on the Iraq–Syria border region.",
    )
    parser.add_argument("--data", type=Path, help="data folder (default: the bundled data/)")
    subs = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        sub = subs.add_parser(name, help=help_, description=help_)
        sub.set_defaults(func=func)
        return sub

    sub = add("resolve", cmd_resolve, "resolve place names to gazetteer places")
    sub.add_argument("names", nargs="+", metavar="NAME", help="a place name as written in text")
    sub.add_argument("--json", action="store_true", help="one JSON object per name, one per line")

    sub = add("parse", cmd_parse, "find the place mentions in a text, with character offsets")
    sub.add_argument("file", metavar="FILE", help="UTF-8 text file, or - for standard input")
    sub.add_argument("--json", action="store_true", help="print a JSON array of mentions")
    sub.add_argument("--details", action="store_true", help="with --json: add confidence, role, alternatives")

    add("check", cmd_check, "validate the bundled data: gazetteer, articles, events")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BordermapError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
