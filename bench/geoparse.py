"""Geoparser throughput on a corpus of at least 50 MB, and gazetteer load time.

The corpus is the bundled articles, paragraphs shuffled with a fixed seed and joined into
documents of about the articles' size, repeated until it reaches --mb megabytes.  Each
document is parsed on its own, on one core, with the whole gazetteer loaded.  Prints numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.gazetteer import default_data_dir, load_gazetteer  # noqa: E402
from geo.geoparse import Geoparser  # noqa: E402

_COLD_LOAD = """
import time
t0 = time.perf_counter()
from geo.gazetteer import load_gazetteer
from geo.geoparse import Geoparser
t1 = time.perf_counter()
Geoparser(load_gazetteer())
t2 = time.perf_counter()
print(t2 - t0, t2 - t1)
"""


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Documents made of shuffled paragraphs of the bundled articles, ``megabytes`` in all."""
    paragraphs = [
        p.strip()
        for path in sorted((default_data_dir() / "articles").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    rng = random.Random(seed)
    docs, size, target = [], 0, int(megabytes * 1e6)
    while size < target:
        rng.shuffle(paragraphs)
        doc = "\n\n".join(paragraphs[:40])
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    args = ap.parse_args()

    parser = Geoparser(load_gazetteer())
    print(f"gazetteer: {len(parser.gazetteer)} places, {len(parser.index.keys)} keys")
    with tempfile.TemporaryDirectory() as folder:
        # the first process builds and fills a fresh on-disk cache (geo/cache.py); the others read it
        for label, cache in (("no cache", "off"), ("cache", folder)):
            loads, totals = [], []
            for _ in range(6 if cache != "off" else 5):  # each in a fresh process
                env = {**os.environ, "BORDERMAP_CACHE_DIR": cache}
                run = [sys.executable, "-c", _COLD_LOAD]
                out = subprocess.run(run, capture_output=True, text=True, check=True, cwd=ROOT, env=env)
                total, load = map(float, out.stdout.split())
                totals.append(total)
                loads.append(load)
            if cache != "off":
                print(f"load, fresh process, filling the cache: {loads[0]:.3f} s")
                loads, totals = loads[1:], totals[1:]
            print(
                f"load (YAML + validation + index), fresh process, {label}, median of 5: "
                f"{statistics.median(loads):.3f} s"
            )
            print(f"import + load, fresh process, {label}, median of 5: {statistics.median(totals):.3f} s")

    docs = corpus(args.mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    t0 = time.perf_counter()
    mentions = sum(len(parser.parse(doc)) for doc in docs)
    elapsed = time.perf_counter() - t0
    print(f"corpus: {nbytes / 1e6:.1f} MB in {len(docs)} documents")
    print(
        f"parse: {elapsed:.2f} s, {nbytes / 1e6 / elapsed:.2f} MB/s, {mentions / elapsed:,.0f} mentions/s "
        f"({mentions:,} mentions)"
    )

    try:
        from geotext import GeoText  # bench-only: pip install -e ".[bench]"
    except ImportError:
        print("geotext: not installed (pip install -e '.[bench]'), no comparison")
    else:
        t0 = time.perf_counter()
        found = sum(len(g.cities) + len(g.countries) for g in map(GeoText, docs))
        other = time.perf_counter() - t0
        print(
            f"geotext on the same documents: {other:.2f} s, {nbytes / 1e6 / other:.2f} MB/s ({found:,} names); "
            f"bordermap / geotext speed: {other / elapsed:.2f}"
        )

    cold = Geoparser(parser.gazetteer)
    one = "\n\n".join(docs[:3])
    t0 = time.perf_counter()
    cold.parse(one)
    print(f"first document, cold caches: {(time.perf_counter() - t0) * 1000:.1f} ms for {len(one) / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
