"""Large input: `geo add` refuses text over its limit in one line and writes nothing; parsing scales.

No timings here (see bench/extract_speed.py): what is checked is that input over the limit is
refused before it is read, and that megabytes of text are parsed to the mentions their
repetitions imply, with or without line breaks.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.geoparse import Geoparser, Mention
from geo.intake import MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, read_source

from .conftest import ROOT

SENTENCES = [
    "Rockets hit Ain al-Asad air base in Anbar on Monday.",
    "استهدف هجوم صاروخي قاعدة عين الأسد في محافظة الأنبار يوم الاثنين.",
    "A drone strike targeted a convoy near Al Bukamal, the monitor said.",
    "Hit hard by the sanctions, traders in Hit and Rawah said prices had doubled.",
    "A researcher at the University of Baghdad told Kurdistan 24 that Mosul had recovered slowly.",
    "Militias moved fighters from Dayr al-Zawr to Abu Kamal over the following days.",
    "Shelling was reported near the Ain al Assad base and the Al Qaim - Al Bukamal border crossing.",
]
DATELINES = ["", "QAMISHLI, Syria (North Press) – ", "HIT, Iraq (AP) – "]  # a block starts undated


def _block(target: int, separator: str = "\n\n") -> str:
    """About ``target`` bytes of paragraphs, each a dateline (or none) and the sentences rotated."""
    paragraphs, size, n = [], 0, 0
    while size < target:
        rotated = SENTENCES[n % len(SENTENCES) :] + SENTENCES[: n % len(SENTENCES)]
        paragraphs.append(DATELINES[n % len(DATELINES)] + " ".join(rotated))
        size += len(paragraphs[-1].encode("utf-8")) + len(separator)
        n += 1
    return separator.join(paragraphs) + separator


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden and temporary ones too) with a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()
    }


def _add(data: Path, path: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    command = ["add", path, "--outlet", "Wire", "--published", "2021-06-30"]
    proc = subprocess.run([sys.executable, "-m", "geo", "--data", str(data), *command], input=stdin,
                          capture_output=True, cwd=ROOT, check=False)  # fmt: skip
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def _assert_refused(result: tuple[int, str, str], name: str, message: str) -> None:
    code, out, err = result
    assert code != 0, out
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith(f"error: {name}: too large") and message in err, err
    assert out == ""


def test_a_text_file_over_the_limit_is_refused_and_nothing_is_written(data: Path, tmp_path: Path) -> None:
    text = _block(MAX_ARTICLE_BYTES * 3 // 2)
    big = tmp_path / "big.txt"
    big.write_text(text, encoding="utf-8")
    before = _snapshot(data)
    _assert_refused(_add(data, str(big)), str(big), "too large for an article: 1.5 MB, the limit is 1 MB")
    assert _snapshot(data) == before
    assert not (data / "review").exists()


def test_a_huge_file_is_refused_by_its_size_without_being_read(data: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: were it read, it would be refused as binary, not as too large
    before = _snapshot(data)
    _assert_refused(_add(data, str(huge)), str(huge), "50 MB, the limit is 1 MB")
    assert _snapshot(data) == before


def test_a_web_page_whose_text_is_over_the_limit_is_refused(data: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{p}</p>" for p in _block(MAX_ARTICLE_BYTES * 11 // 10).split("\n\n") if p)
    page.write_text(f"<html><body><article>{body}</article></body></html>", encoding="utf-8")
    assert page.stat().st_size < MAX_PAGE_BYTES  # the page is allowed; its text is not
    before = _snapshot(data)
    _assert_refused(_add(data, str(page)), str(page), "an article's text")
    assert _snapshot(data) == before


def test_standard_input_over_the_limit_is_refused(data: Path) -> None:
    before = _snapshot(data)
    text = _block(MAX_ARTICLE_BYTES + 1000).encode("utf-8")
    _assert_refused(_add(data, "-", stdin=text), "<stdin>", "an article's text")
    _assert_refused(_add(data, "-", stdin=b"x" * (MAX_PAGE_BYTES + 1)), "<stdin>", "more than 10 MB")
    assert _snapshot(data) == before


def test_the_limit_is_exact_in_bytes(tmp_path: Path) -> None:
    path = tmp_path / "edge.txt"
    text = _block(MAX_ARTICLE_BYTES)
    text = text.encode("utf-8")[: MAX_ARTICLE_BYTES - 2].decode("utf-8", errors="ignore").rstrip() + "."
    path.write_text(text + "\n" * (MAX_ARTICLE_BYTES - len(text.encode("utf-8"))), encoding="utf-8")
    assert path.stat().st_size == MAX_ARTICLE_BYTES
    assert read_source(str(path)).text == text + "\n"
    path.write_bytes(path.read_bytes() + b"\n")
    with pytest.raises(
        InputError, match=r"too large for an article: 1,000,001 bytes, the limit is 1,000,000 bytes \(1 MB\)"
    ):
        read_source(str(path))


def test_a_long_text_under_the_limit_is_added(data: Path, tmp_path: Path) -> None:
    text = _block(MAX_ARTICLE_BYTES // 8)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = _add(data, str(path))
    assert code == 0, err
    assert "added article 005" in out and "Ain al-Asad" in out


def _key(m: Mention, shift: int = 0) -> tuple[object, ...]:
    return (m.start - shift, m.end - shift, m.text, m.place.id if m.place else None, m.role)


@pytest.mark.parametrize("separator", ["\n\n", " "], ids=["paragraphs", "one-line"])
def test_megabytes_parse_to_the_mentions_their_repetitions_imply(parser: Geoparser, separator: str) -> None:
    block = _block(250_000, separator)
    once = parser.parse(block)
    roles = {"mention", "part"} | ({"dateline"} if "\n" in separator else set())  # datelines open lines
    assert len(once) > 5000 and {m.role for m in once} == roles
    times = 12 if separator == "\n\n" else 4  # 3 MB in paragraphs, 1 MB on one line
    many = parser.parse(block * times)
    assert len(many) == times * len(once)
    size = len(block)
    for i in range(times):
        chunk = many[i * len(once) : (i + 1) * len(once)]
        assert [_key(m, i * size) for m in chunk] == [_key(m) for m in once]
