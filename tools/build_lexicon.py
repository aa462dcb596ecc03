"""Regenerate ``data/lexicon/english_words.txt``: English words that are written in lower case.

Source: SCOWL via Debian's ``wamerican`` package (``apt-get install wamerican``), whose list
keeps proper nouns capitalised, so "hit" and "tell" are here and "Baghdad" is not.  The
geoparser asks more of a place name that is also one of these words before tagging it.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.textio import write_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Write the word list; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/american-english"))
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "lexicon" / "english_words.txt")
    args = parser.parse_args(argv)
    words = sorted({w for w in args.words.read_text(encoding="utf-8").split() if re.fullmatch(r"[a-z]+", w)})
    write_text(args.out, "\n".join(words) + "\n")
    print(f"wrote {len(words)} words to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
