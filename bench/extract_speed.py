"""Extraction time against input size: does each stage grow linearly with the text?

Builds synthetic article text of 1,000 words and of 1, 2, 4 (and, with --sizes, 8 …) MB from
varied sentences written for this benchmark (English and Arabic script, with datelines,
organisation names, English-word place names and misspellings that reach the fuzzy matcher),
in paragraphs of a few sentences, every third paragraph under a headline.  For each size it
times, on one core, with the gazetteer loaded once beforehand:

- ``Geoparser.parse`` (place mentions),
- ``geo.datetext.find_dates`` (date expressions),
- ``geo.extract.split_sentences``,
- ``geo.extract.extract`` (the whole proposal pipeline, which parses again),

and prints seconds and MB/s (MB of UTF-8 input per second).  Linear growth shows as a flat
MB/s column.  ``--one-line`` joins everything into a single line (text pasted without line
breaks), which is what makes a per-span look at "the current line" quadratic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.datetext import find_dates  # noqa: E402
from geo.extract import extract, split_sentences  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.geoparse import Geoparser  # noqa: E402

PUBLISHED = dt.date(2021, 6, 30)

SENTENCES = [
    "Rockets hit Ain al-Asad air base in Anbar on Monday.",
    "استهدف هجوم صاروخي قاعدة عين الأسد في محافظة الأنبار يوم الاثنين.",
    "A drone strike targeted a convoy near Al Bukamal, killing two fighters, the monitor said.",
    "Iraqi forces deployed reinforcements to the Al Qaim - Al Bukamal border crossing on March 3, 2021.",
    "Hit hard by the sanctions, traders in Hit and Rawah said prices had doubled since early April.",
    "Clashes broke out in Deir ez-Zor province between tribal fighters and the SDF last week.",
    "قصفت طائرات مسيرة مواقع قرب البوكمال على الحدود السورية العراقية أمس.",
    "The Pentagon said U.S. troops at the Al-Tanf garrison intercepted two drones on Tuesday.",
    "Residents of Qamishli and Hasakah protested against water cuts in late December 2019.",
    "A researcher at the University of Baghdad told Kurdistan 24 that Mosul had recovered slowly.",
    "Turkish warplanes bombed villages near Sinjar in Nineveh province, according to local officials.",
    "أعلنت قوات سوريا الديمقراطية السيطرة على حقل العمر النفطي في ريف دير الزور الشرقي.",
    "Militias moved fighters from Dayr al-Zawr to Abu Kamal over the following days.",
    "Shelling was reported near the Al-Omar oil field, and several mortars landed near the Ain al Assad base.",
    "The governor of Anbar said the road from Rutba to the Trebil crossing reopened on 12 May 2020.",
    "Airstrikes struck weapons depots near Albu Kamal, the Syrian Observatory for Human Rights said.",
    "اندلعت اشتباكات بين فصائل مسلحة في مدينة القائم غربي العراق صباح اليوم.",
    "Protesters gathered in Erbil and Baghdad a few days later, demanding the release of detainees.",
    "Baghdad's green zone was locked down after a rocket attack late on Friday.",
    "An explosion hit a fuel tanker on the highway between Haditha and Anah in mid-June 2014.",
]
DATELINES = [
    "QAMISHLI, Syria (North Press) – ",
    "BAGHDAD, Iraq – ",
    "DEIR EZ-ZOR, Syria (SANA) – ",
    "HIT, Iraq (AP) – ",  # "Hit" is an English word: the dateline, not the key scan, finds this place
    "",
]
HEADLINES = [
    "Rockets Hit Ain Al-Asad Air Base As Tensions Rise In Anbar",
    "Drone Strike Near Al Bukamal Kills Two Fighters",
    "Clashes In Deir Ez-Zor Province Enter Second Week",
]
SENTENCES_PER_PARAGRAPH = 4


def synthetic_text(*, words: int | None = None, megabytes: float | None = None, one_line: bool = False) -> str:
    """Paragraphs of the sentences above, rotated so paragraphs differ, until the size is reached."""
    paragraphs: list[str] = []
    size = count = i = 0
    while True:
        n = i // SENTENCES_PER_PARAGRAPH
        body = " ".join(SENTENCES[(i + k * 7 + n) % len(SENTENCES)] for k in range(SENTENCES_PER_PARAGRAPH))
        paragraph = DATELINES[n % len(DATELINES)] + body
        if n % 3 == 2:
            paragraph = HEADLINES[n // 3 % len(HEADLINES)] + (" " if one_line else "\n\n") + paragraph
        paragraphs.append(paragraph)
        i += SENTENCES_PER_PARAGRAPH
        size += len(paragraph.encode("utf-8")) + 2
        count += len(paragraph.split())
        if (words is not None and count >= words) or (megabytes is not None and size >= megabytes * 1e6):
            break
    text = (" " if one_line else "\n\n").join(paragraphs) + "\n"
    if words is not None:  # trim to the word count, at a sentence end
        cut = text.split(" ")
        text = " ".join(cut[:words])
        text = text[: text.rfind(".") + 1] + "\n"
    return text


def timed(func: Callable[[str], object], text: str) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = func(text)
    return time.perf_counter() - t0, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,2,4", help="comma-separated sizes in MB after the 1k-word text (1,2,4)")
    ap.add_argument("--one-line", action="store_true", help="no line breaks: the text as one long line")
    ap.add_argument("--stages", default="parse,dates,sentences,extract", help="stages to time")
    args = ap.parse_args()
    stages = args.stages.split(",")

    t0 = time.perf_counter()
    parser = Geoparser(load_gazetteer())
    print(f"gazetteer load and index: {time.perf_counter() - t0:.2f} s")
    parser.parse(synthetic_text(words=200))  # warm the caches a first call fills (lru, fuzzy)

    runs: list[tuple[str, str]] = [("1k words", synthetic_text(words=1000, one_line=args.one_line))]
    runs += [
        (f"{mb:g} MB", synthetic_text(megabytes=mb, one_line=args.one_line)) for mb in map(float, args.sizes.split(","))
    ]
    work: dict[str, Callable[[str], object]] = {
        "parse": parser.parse,
        "dates": lambda t: find_dates(t, PUBLISHED),
        "sentences": split_sentences,
        "extract": lambda t: extract(t, parser, published=PUBLISHED, article=None),
    }
    header = f"{'size':>9} {'MB':>6} " + " ".join(f"{s + ' s':>12} {'MB/s':>7}" for s in stages) + "   found"
    print(header)
    for label, text in runs:
        mb = len(text.encode("utf-8")) / 1e6
        cells, found = [], []
        for stage in stages:
            seconds, result = timed(work[stage], text)
            cells.append(f"{seconds:12.3f} {mb / seconds if seconds else float('inf'):7.2f}")
            found.append(f"{stage}={len(result)}")  # type: ignore[arg-type]
        print(f"{label:>9} {mb:6.2f} " + " ".join(cells) + "   " + " ".join(found), flush=True)


if __name__ == "__main__":
    main()
