"""``python -m geo``: the command line.  Library code raises; only this module prints and exits."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .articles import load_articles
from .check import load_dataset
from .errors import BordermapError
from .eventrecords import event_records
from .events import derive_status
from .export import FORMATS, write_export
from .extract import extract
from .gazetteer import default_data_dir, load_gazetteer
from .geoparse import Geoparser, Mention
from .intake import MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, add_article
from .resolve import Resolution, Resolver
from .review import accept, pending, queue_article, queue_path, reject
from .textio import megabytes, read_text
from .yamlio import dump_yaml

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


def cmd_extract(args: argparse.Namespace) -> int:
    """Propose candidate incidents from an article, as YAML for review."""
    data = args.data or default_data_dir()
    articles = load_articles(data / "articles")
    parser = Geoparser(load_gazetteer(data / "gazetteer"))
    if args.article in articles:
        article = articles[args.article]
        published = args.published or article.meta.published.end
        found = extract(
            article.text,
            parser,
            published=published,
            article=article.id,
            start=article.body_start,
            end=article.body_end,
            outlet=article.meta.outlet,
        )
    else:
        text = read_text(args.article)
        found = extract(text, parser, published=args.published, article=None)
    print(dump_yaml([c.to_dict() for c in found]), end="")
    if args.article in articles and not args.no_queue:
        queued = queue_article(args.article, data, parser)
        print(f"{len(queued)} candidates waiting in {queue_path(data, args.article)}", file=sys.stderr)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Store an article, then show the places it names and the incidents it suggests."""
    data = args.data or default_data_dir()
    article_id, text_path = add_article(
        args.path, outlet=args.outlet, published=args.published, folder=data / "articles",
        title=args.title, url=args.url, author=args.author, licence=args.licence,
    )  # fmt: skip
    print(f"added article {article_id}: {text_path}")
    parser = Geoparser(load_gazetteer(data / "gazetteer"))
    places = {m.place.id: m.place for m in parser.parse(text_path.read_text(encoding="utf-8")) if m.place}
    print("places: " + (", ".join(f"{p.name} ({p.kind}, {p.country})" for p in places.values()) or "none found"))
    queued = queue_article(article_id, data, parser)
    _print_candidates(queued)
    return 0


def _print_candidates(records: list[dict[str, object]]) -> None:
    if not records:
        print("no incidents suggested")
        return
    for r in records:
        place = r["place"]["name"] if r.get("place") else "no place"  # type: ignore[index]
        date = r["date"]  # type: ignore[index]
        when = f"{date['start']}..{date['end']}" if date.get("start") else "undated"  # type: ignore[union-attr]
        matches = r.get("matches") or []
        looks = (
            "probably " + ", ".join(f"{m['event']} ({'; '.join(m['reasons'])})" for m in matches)  # type: ignore[index]
            if matches
            else "looks new"
        )
        print(f"{r['id']}  {r['event_type']}  {place}  {when}  — {looks}")
        for claim in r.get("attribution") or []:  # type: ignore[union-attr]
            print(f"    {_claim_words(claim)}")
        quotes = r.get("quotes") or [r["sentence"]]
        for quote in quotes:  # type: ignore[union-attr]
            print(f"    “{quote}”")


_STANCE_WORDS = {
    "claims_responsibility": "{actor} claims it",
    "accuses": "{actor} accused",
    "attributes": "attributed to {actor}",
    "suspected": "{actor} suspected",
    "denies": "{actor} denies it",
}


def _claim_words(claim: dict[str, str]) -> str:
    """A proposed claim as a reviewer reads it: "attributed to Turkey — according to the Syrian Observatory"."""
    words = _STANCE_WORDS.get(claim["stance"], "{actor}: {stance}").format(**claim)
    return words if claim["claimed_by"] == claim["actor"] else f"{words} — according to {claim['claimed_by']}"


def cmd_review(args: argparse.Namespace) -> int:
    """List the candidates waiting for review."""
    data = args.data or default_data_dir()
    records = pending(data)
    if args.json:
        out = [
            {
                "id": r["id"], "article": r["article"], "sentence": r["sentence"], "event_type": r["event_type"],
                "date_start": r["date"].get("start"), "date_end": r["date"].get("end"),
                "place": r.get("place"), "claims": r.get("attribution") or [], "quotes": r.get("quotes") or [],
                "matches": r.get("matches") or [],
            }
            for r in records
        ]  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    _print_candidates(records)
    return 0


def cmd_accept(args: argparse.Namespace) -> int:
    """Accept a candidate as a new event or into an existing one."""
    data = args.data or default_data_dir()
    event_id = accept(args.candidate, data, into=args.into, as_new=args.as_new, summary=args.summary)
    dataset = load_dataset(data)
    event = dataset.events.events[event_id]
    outlets = {a.id: a.meta.outlet for a in dataset.articles.values()}
    print(f"{args.candidate} → {event_id}: {len(event.sources)} sources, status {derive_status(event, outlets)}")
    return 0


def cmd_reject(args: argparse.Namespace) -> int:
    """Reject a candidate."""
    reject(args.candidate, args.data or default_data_dir())
    print(f"{args.candidate} rejected")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export the events as GeoJSON, CSV or GeoPackage."""
    records = event_records(load_dataset(args.data))
    text = write_export(records, args.format, args.out)
    if text is not None:
        sys.stdout.write(text)
    else:
        print(f"wrote {len(records)} events to {args.out}", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Validate the bundled data: gazetteer, articles, events."""
    data = load_dataset(args.data)
    print(f"ok: {len(data.gazetteer)} places, {len(data.articles)} articles, {len(data.events)} events")
    return 0


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


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

    sub = add("extract", cmd_extract, "propose candidate incidents from an article, as YAML for review")
    sub.add_argument("article", metavar="ARTICLE", help="an article id from data/articles (e.g. 001), or a text file")
    sub.add_argument("--published", type=_iso_date, help="publication date (YYYY-MM-DD) for relative dates")
    sub.add_argument("--no-queue", action="store_true", help="only print; do not write data/review/")

    sub = add("add", cmd_add, "store a new article (text, Markdown or a saved web page) and suggest incidents")
    limits = f"text at most {megabytes(MAX_ARTICLE_BYTES)}, a page {megabytes(MAX_PAGE_BYTES)}"
    sub.add_argument("path", metavar="PATH", help=f"the article: .txt, .md, .html, or - for standard input ({limits})")
    sub.add_argument("--outlet", required=True, help="the outlet that published it")
    sub.add_argument("--published", help="publication date YYYY-MM-DD (a web page's own date is used otherwise)")
    sub.add_argument("--title", help="title (default: the page's)")
    sub.add_argument("--url", help="URL, http(s) only (default: the page's canonical URL)")
    sub.add_argument("--author", help="author (default: the page's)")
    sub.add_argument("--licence", help="licence, as the outlet states it (default: unknown)")

    sub = add("review", cmd_review, "list the suggested incidents waiting for review")
    sub.add_argument("--json", action="store_true", help="a JSON array of candidates")

    sub = add("accept", cmd_accept, "accept a suggested incident as a new event or into an existing one")
    sub.add_argument("candidate", metavar="CANDIDATE", help="candidate id, as `review` lists it")
    how = sub.add_mutually_exclusive_group()
    how.add_argument("--as-new", action="store_true", help="make it a new event")
    how.add_argument("--into", metavar="EVENT", help="add its source and claims to this event")
    sub.add_argument("--summary", help="summary of a new event (default: a neutral template)")

    sub = add("reject", cmd_reject, "drop a suggested incident")
    sub.add_argument("candidate", metavar="CANDIDATE", help="candidate id, as `review` lists it")

    sub = add("export", cmd_export, "export the events as GeoJSON (RFC 7946), ACLED-style CSV or GeoPackage")
    sub.add_argument("--format", choices=FORMATS, default="geojson", help="output format (default geojson)")
    sub.add_argument("--out", type=Path, help="output file (default: standard output; required for gpkg)")

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
