"""Time to enrich 1k, 10k and 100k random points over Iraq and Syria with geo.spatial.

Points are uniform in a lat/lon box over Iraq and Syria (fixed seed), so all are distinct and
none is spared by the de-duplication.  Also times loading the layers, the geopy geodesic step on
its own, and 100k points drawn from the gazetteer's places (as geocoded events are, with many
repeats).  Prints numbers.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geopy.distance import geodesic  # noqa: E402

from geo.gazetteer import default_data_dir, load_gazetteer  # noqa: E402
from geo.spatial import _layers, enrich  # noqa: E402

BOX = ((32.0, 37.5), (35.5, 48.5))  # (lat range, lon range)


def random_points(n: int, seed: int = 7) -> list[tuple[float, float]]:
    """``n`` (lat, lon) points uniform in BOX."""
    rng = random.Random(seed)
    (lat0, lat1), (lon0, lon1) = BOX
    return [(rng.uniform(lat0, lat1), rng.uniform(lon0, lon1)) for _ in range(n)]


def timed(points: list[tuple[float, float]], repeat: int) -> float:
    """Median seconds of ``repeat`` calls of enrich(points)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        enrich(points)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per size, median printed (default 3)")
    args = ap.parse_args()

    t0 = time.perf_counter()
    _layers(default_data_dir() / "boundaries")
    print(f"load layers (first call): {time.perf_counter() - t0:.3f} s")

    for n in (1_000, 10_000, 100_000):
        seconds = timed(random_points(n), args.repeat)
        print(f"enrich {n:>7,} random points: {seconds:7.3f} s  ({seconds / n * 1e6:5.1f} µs/point)")

    pairs = random_points(100_000)
    measure = geodesic().measure
    t0 = time.perf_counter()
    for lat, lon in pairs:
        measure((lat, lon), (34.45, 41.0))
    seconds = time.perf_counter() - t0
    print(f"of which geopy geodesic alone, 100,000 pairs: {seconds:.3f} s ({seconds / 1e5 * 1e6:.1f} µs/pair)")

    places = [(p.lat, p.lon) for p in load_gazetteer()]
    rng = random.Random(7)
    events = [rng.choice(places) for _ in range(100_000)]
    seconds = timed(events, args.repeat)
    print(f"enrich 100,000 events at {len(set(events)):,} distinct gazetteer places: {seconds:.3f} s")


if __name__ == "__main__":
    main()
