"""How well `python -m geo extract` proposes the curated incidents: prints counts and rates."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.check import load_dataset
from geo.evaluate import score_extraction
from geo.geoparse import Geoparser


def main() -> None:
    data = load_dataset()
    score = score_extraction(data, Geoparser(data.gazetteer))
    print(f"curated incidents (event × citing article): {score.curated}")
    print(f"proposed: {score.proposed}")
    print(f"curated incidents proposed: {score.found} (recall {score.recall:.0%})")
    print(f"proposals that are curated incidents: {score.incidents} (precision {score.precision:.0%})")
    print("missed:", *score.missed, sep="\n  ")
    print("proposed but not curated:", *score.noise, sep="\n  ")


if __name__ == "__main__":
    main()
