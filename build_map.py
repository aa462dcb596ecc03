"""Build the interactive map: one HTML file that opens from disk with no network.

python build_map.py                          # bundled data → maps/index.html
python build_map.py --events other.yaml      # another set of events (YAML file or folder)
python build_map.py --events export.geojson  # or a GeoJSON made by `python -m geo export`
python build_map.py --events big.geojson --split-texts  # texts in a script file beside the page
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from geo.check import DataSet, load_dataset
from geo.errors import BordermapError, InputError
from geo.eventrecords import event_records
from geo.gazetteer import default_data_dir
from geo.geoparse import Geoparser
from geo.mapbuild import DEFAULT_TITLE, render_map, render_split_map, write_map

ROOT = Path(__file__).resolve().parent
REQUIRED_PROPERTIES = ("id", "summary", "event_type", "date_start", "date_end", "date_precision", "status", "sources")


def records_from_geojson(path: Path) -> list[dict[str, Any]]:
    """Event records from a FeatureCollection written by ``python -m geo export``."""
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read: {err}", path=str(path)) from err
    except json.JSONDecodeError as err:
        raise InputError(f"broken JSON: {err.msg}", path=str(path), line=err.lineno) from err
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise InputError("not a GeoJSON FeatureCollection", path=str(path))
    records = []
    for i, feature in enumerate(collection.get("features", [])):
        props = feature.get("properties") or {}
        missing = [k for k in REQUIRED_PROPERTIES if k not in props]
        geometry = feature.get("geometry") or {}
        if missing or geometry.get("type") != "Point":
            what = f"missing properties {missing}" if missing else "geometry is not a Point"
            raise InputError(f"feature {i}: {what}", path=str(path), field=f"features.{i}")
        lon, lat = geometry["coordinates"][:2]
        records.append({**props, "lat": lat, "lon": lon})
    return records


def article_mentions(data: DataSet) -> list[dict[str, Any]]:
    """The places each article's body names, one entry per place with the articles naming it."""
    parser = Geoparser(data.gazetteer)
    found: dict[str, dict[str, Any]] = {}
    for article in sorted(data.articles.values(), key=lambda a: a.id):
        if article.meta.same_as:
            continue
        for m in parser.parse(article.body):
            if m.place and m.place.kind not in ("country",):
                entry = found.setdefault(
                    m.place.id, {"lat": m.place.lat, "lon": m.place.lon, "name": m.place.name, "articles": set()}
                )
                entry["articles"].add(article.id)
    return [{**v, "articles": sorted(v["articles"])} for _, v in sorted(found.items())]


def main(argv: list[str] | None = None) -> int:
    """Build the map; return the exit status."""
    parser = argparse.ArgumentParser(
        description="Build the bordermap HTML map from the bundled data or another set of events.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=__doc__.split("\n\n", 1)[1],
    )
    parser.add_argument("--events", type=Path, help="events: a YAML file or folder, or an exported GeoJSON")
    parser.add_argument("--data", type=Path, default=None, help="data folder (default: the bundled data/)")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "maps" / "index.html", help="output HTML (default maps/index.html)"
    )
    parser.add_argument("--title", default=DEFAULT_TITLE, help="page title")
    parser.add_argument(
        "--no-article-places", action="store_true", help="leave out the layer of places the articles name"
    )
    parser.add_argument("--no-online-tiles", action="store_true", help="leave out the optional OpenStreetMap layer")
    parser.add_argument(
        "--split-texts",
        action="store_true",
        help="keep the event texts (summaries, quotes, article titles) in a script beside the page, "
        "OUT-STEM.texts.HASH.js, which the page loads from disk or from the same site; for maps of tens "
        "of thousands of events, whose page then opens with only what drawing and filtering need",
    )
    args = parser.parse_args(argv)
    try:
        geojson = args.events is not None and args.events.suffix.lower() in (".geojson", ".json")
        data = load_dataset(args.data, events_path=None if geojson else args.events)
        records = records_from_geojson(args.events) if geojson else event_records(data)
        mentions = None if args.no_article_places else article_mentions(data)
        options: dict[str, Any] = {
            "title": args.title,
            "gazetteer": data.gazetteer,
            "mentions": mentions,
            "boundaries": (args.data or default_data_dir()) / "boundaries",
            "online_tiles": not args.no_online_tiles,
        }
        page = (
            render_split_map(records, args.out.name, **options) if args.split_texts else render_map(records, **options)
        )
        write_map(page, args.out)
    except BordermapError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except OSError as err:
        print(f"error: {args.out}: cannot write: {err.strerror}", file=sys.stderr)
        return 1
    html = page if isinstance(page, str) else page.page
    print(f"wrote {args.out} ({len(records)} events, {len(html) / 1e6:.1f} MB)")
    if not isinstance(page, str):
        print(f"wrote {args.out.with_name(page.texts_name)} (the event texts, {len(page.texts) / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
