"""python -m geo add: what is stored, what is refused (and then nothing is written)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, run_geo

TEXT = "Rockets hit a base near Abu Kamal on Monday, killing two soldiers, the Pentagon said.\n"


def geo(data: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return run_geo(data, *args, stdin=stdin)


def _files(data: Path) -> set[str]:
    return {p.name for p in (data / "articles").iterdir()} | {p.name for p in (data / "events").iterdir()}


def test_plain_text_from_stdin_is_stored_with_its_metadata(data: Path) -> None:
    options = ["--published", "2021-06-30", "--url", "https://t.example/a", "--title", "Rockets"]
    options += ["--author", "A. Reporter", "--licence", "CC BY 4.0"]
    proc = geo(data, "add", "-", "--outlet", "Test Wire", *options, stdin=TEXT.encode())
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode()
    assert "added article 005" in out and "Abu Kamal" in out
    meta = yaml.safe_load(next((data / "articles").glob("005_*.yaml")).read_text(encoding="utf-8"))
    assert (meta["outlet"], meta["title"], meta["url"], meta["author"], meta["licence"]) == (
        "Test Wire", "Rockets", "https://t.example/a", "A. Reporter", "CC BY 4.0",
    )  # fmt: skip
    assert meta["published"]["start"] == "2021-06-30" and meta["published"]["precision"] == "day"
    assert next((data / "articles").glob("005_*.txt")).read_text(encoding="utf-8") == TEXT
    assert geo(data, "check").returncode == 0


def test_a_web_page_gives_its_text_and_metadata_and_options_win(data: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Strike | Wire</title><link rel="canonical" href="https://wire.example/strike">'
        '<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2021-06-29">'
        "</head><body><nav>Menu Home About</nav><article><h1>Strike</h1><p>" + TEXT.strip() + "</p></article>"
        "<footer>Cookie policy</footer></body></html>",
        encoding="utf-8",
    )
    proc = geo(data, "add", str(page), "--outlet", "Wire", "--title", "My title")
    assert proc.returncode == 0, proc.stderr
    meta = yaml.safe_load(next((data / "articles").glob("005_*.yaml")).read_text(encoding="utf-8"))
    assert meta["title"] == "My title"  # the command line wins
    assert (meta["url"], meta["author"], meta["published"]["start"]) == (
        "https://wire.example/strike",
        "Jane Doe",
        "2021-06-29",
    )
    text = next((data / "articles").glob("005_*.txt")).read_text(encoding="utf-8")
    assert TEXT.strip() in text and "Cookie policy" not in text and "Menu Home" not in text


def test_the_same_text_twice_is_refused_naming_the_article(data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "renamed-copy.md"
    copy.write_text(
        (ROOT / "data" / "articles" / "003_56a50a943bd684b9.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    before = _files(data)
    proc = geo(data, "add", str(copy), "--outlet", "North Press Agency", "--published", "2023-09-01")
    assert proc.returncode != 0 and "already stored as article '003'" in proc.stderr.decode()
    assert _files(data) == before


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (TEXT.encode(), [], "no publication date"),
        (TEXT.encode(), ["--published", "last Tuesday"], "unparseable publication date"),
        (b"   \n\n", ["--published", "2021-06-30"], "empty text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", ["--published", "2021-06-30"], "binary"),
        ("Abu Kamal caf\xe9".encode("latin-1"), ["--published", "2021-06-30"], "not UTF-8"),
        (TEXT.encode(), ["--published", "2021-06-30", "--url", "javascript:alert(1)"], "http(s)"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(data: Path, content: bytes, args: list[str], message: str) -> None:
    before = _files(data)
    proc = geo(data, "add", "-", "--outlet", "Wire", *args, stdin=content)
    err = proc.stderr.decode()
    assert proc.returncode != 0 and err.count("\n") == 1 and "Traceback" not in err and message in err, err
    assert _files(data) == before
    assert not (data / "review").exists()


def test_reject_and_accept_refuse_unknown_or_decided_candidates(data: Path) -> None:
    assert geo(data, "add", "-", "--outlet", "Wire", "--published", "2021-06-30", stdin=TEXT.encode()).returncode == 0
    assert b"no candidate 'c999-01'" in geo(data, "reject", "c999-01").stderr
    assert geo(data, "reject", "c005-01").returncode == 0
    assert b"already rejected" in geo(data, "accept", "c005-01", "--as-new").stderr
