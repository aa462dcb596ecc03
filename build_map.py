"""Build the map from the bundled data.

Until the event layer and the map exist, this prints the places found in each bundled article.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from geo.errors import BordermapError
from geo.gazetteer import default_data_dir
from geo.geoparse import Geoparser
from geo.textio import read_text


def main(argv: list[str] | None = None) -> int:
    """Run the build; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=Path, default=default_data_dir() / "articles", help="folder of .txt articles"
    )
    args = parser.parse_args(argv)
    try:
        geoparser = Geoparser()
        for path in sorted(args.articles.glob("*.txt")):
            mentions = geoparser.parse(read_text(str(path)))
            places = {m.place.id: m.place for m in mentions if m.place}
            print(f"{path.name}: {len(mentions)} mentions, {len(places)} places")
            for place in sorted(places.values(), key=lambda p: (p.country, p.name)):
                print(f"  {place.country}  {place.name} ({place.kind})  {place.lat:.4f}, {place.lon:.4f}")
    except BordermapError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
