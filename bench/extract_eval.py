"""How well extraction proposes the incidents of real reporting it was not written from.

    python bench/extract_eval.py [--reports PATH] [--details dev|test|all]

Reads the hand-annotated reports (by path: their text is not in the repository), splits them
in two halves by a hash of their id (geo.evalset.split_halves), runs geo.extract.extract on
each report's text with its publication date and outlet, and prints recall, precision, type
accuracy, date exactness and claims right, per half and language, then the failure causes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.dates import DateRange
from geo.errors import InputError
from geo.evalset import Report, load_reports, split_halves
from geo.evaluate import GroupScore, score_report
from geo.eventwords import find_triggers
from geo.extract import Candidate, extract, split_sentences
from geo.geoparse import Geoparser


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _row(label: str, s: GroupScore) -> str:
    return (
        f"| {label} | {s.reports} | {s.incidents} | {s.proposed} | {s.found} | **{_pct(s.recall)}** | "
        f"**{_pct(s.precision)}** | {_pct(s.rate(s.type_right, s.found))} | {_pct(s.rate(s.date_exact, s.found))} | "
        f"{_pct(s.rate(s.claims_right, s.found))} | {_pct(s.rate(s.claims_matched, s.claims_proposed))} | "
        f"{_pct(s.rate(s.claims_matched, s.claims_gold))} |"
    )


def _baseline(r: Report, parser: Geoparser) -> list[Candidate]:
    """The naive proposer the README compares with: incident word, last place, week before publication."""
    mentions = [m for m in parser.parse(r.text) if m.place]
    week = DateRange(start=r.published - dt.timedelta(days=7), end=r.published, precision="unknown")
    out = []
    for s, e in split_sentences(r.text):
        words = find_triggers(r.text[s:e])
        inside = [m for m in mentions if s <= m.start and m.end <= e]
        if words and inside:
            out.append(
                Candidate(None, s, e, r.text[s:e], words[0].event_type, words[0].text, (), (), (),
                          place_mention=inside[-1], date=week)
            )  # fmt: skip
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=Path, default=None, help="the annotated reports (default: the shared file)")
    ap.add_argument("--details", choices=["dev", "test", "all"], default=None, help="list each report's candidates")
    ap.add_argument(
        "--baseline",
        action="store_true",
        help="score the naive baseline instead: every sentence with an incident word, the last place in it, "
        "the week before publication, no claims",
    )
    args = ap.parse_args()
    try:
        reports = load_reports(args.reports)
    except InputError as err:
        print(f"extract_eval: {err}", file=sys.stderr)
        return 2
    halves = split_halves(reports)
    parser = Geoparser()

    def propose(r: Report) -> list[Candidate]:
        if args.baseline:
            return _baseline(r, parser)
        return extract(r.text, parser, published=r.published, outlet=r.outlet)

    t0 = time.perf_counter()
    scores = {}
    proposals = {}
    for r in reports:
        proposals[r.id] = propose(r)
        scores[r.id] = score_report(r, proposals[r.id])
    seconds = time.perf_counter() - t0

    groups: dict[tuple[str, str], GroupScore] = {}
    for r in reports:
        for key in ((halves[r.id], r.language), (halves[r.id], "all")):
            groups.setdefault(key, GroupScore()).add(scores[r.id])
    print("| half | language | reports | incidents | proposed | found | recall | precision | type right | "
          "date exact | claims right | claim precision | claim recall |")  # fmt: skip
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for half in ("dev", "test"):
        for lang in ("en", "ar", "all"):
            if (half, lang) in groups:
                print(_row(f"{half} | {lang}", groups[(half, lang)]).replace("| reports", ""))
    print(f"\n{len(reports)} reports extracted in {seconds:.2f} s (rates among found incidents for type, date, claims)")
    for half in ("dev", "test"):
        causes = groups[(half, "all")].causes
        print(f"\nfailure causes, {half} half:")
        for cause, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:3d}  {cause}")
    if args.details:
        for r in reports:
            if args.details != "all" and halves[r.id] != args.details:
                continue
            s = scores[r.id]
            print(f"\n== {r.id} ({halves[r.id]}, {r.language}): found {s.found}/{s.incidents}, proposed {s.proposed}")
            for g in r.incidents:
                print(f"   gold  {g.date_start}..{g.date_end} {g.event_type:14} {g.place}  {g.claims}")
            for c in proposals[r.id]:
                place = c.place.name if c.place else None
                print(f"   cand  {c.date.start}..{c.date.end} {c.event_type:14} {place}  {list(c.claims)}")
                print(f"         “{c.sentence[:110]}”")
            for cause in s.causes:
                print(f"   ! {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
