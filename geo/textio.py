"""Read input text: a file or standard input, UTF-8, not empty, not binary."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import InputError

__all__ = ["decode_text", "read_input", "read_text", "write_text"]


def read_input(path: str) -> tuple[str, bytes]:
    """The bytes of ``path`` (``-`` for standard input) and the name to report it by."""
    name = "<stdin>" if path == "-" else path
    try:
        return name, (sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes())
    except IsADirectoryError as err:
        raise InputError("is a directory, not a text file", path=name) from err
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=name) from err


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text without a byte order mark; :class:`InputError` for binary or other encodings."""
    if b"\x00" in data:
        raise InputError("binary file, not text", path=name)
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (invalid byte at offset {err.start})", path=name, line=line) from err


def read_text(path: str) -> str:
    """The text of ``path`` (``-`` for standard input).

    Raises :class:`InputError` naming the file when it cannot be read, is binary, is not
    UTF-8, or holds nothing but white space.  A UTF-8 byte order mark is dropped.
    """
    name, data = read_input(path)
    text = decode_text(data, name)
    if not text.strip():
        raise InputError("empty text", path=name)
    return text


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so a failure leaves the old file whole."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
