"""Read input text: a file or standard input, UTF-8, not empty, not binary."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import InputError

__all__ = ["decode_text", "megabytes", "read_input", "read_text", "too_large", "write_text"]


def megabytes(size: int) -> str:
    """A size for a message, in decimal megabytes as file managers show them: ``"52.4 MB"``, ``"1 MB"``."""
    return f"{round(size / 1e6, 1):g} MB"


def too_large(size: int | None, limit: int, what: str = "input") -> str:
    """The message for input over ``limit`` bytes (``size`` ``None`` when only "more than" is known)."""
    if size is not None and megabytes(size) == megabytes(limit):  # "1 MB, the limit is 1 MB" would puzzle
        return f"too large for {what}: {size:,} bytes, the limit is {limit:,} bytes ({megabytes(limit)})"
    told = megabytes(size) if size is not None else f"more than {megabytes(limit)}"
    return f"too large for {what}: {told}, the limit is {megabytes(limit)}"


def read_input(path: str, limit: int | None = None, what: str = "input") -> tuple[str, bytes]:
    """The bytes of ``path`` (``-`` for standard input) and the name to report it by.

    With ``limit``, input of more than ``limit`` bytes is refused with :class:`InputError`
    (naming ``what`` it is too large for) without reading it all: a file by its size, standard
    input or a pipe after ``limit + 1`` bytes.
    """
    name = "<stdin>" if path == "-" else path
    size = -1 if limit is None else limit + 1
    try:
        if path == "-":
            data = sys.stdin.buffer.read(size)
        else:
            with Path(path).open("rb") as fh:
                total = os.fstat(fh.fileno()).st_size  # 0 for a pipe or a device: read to find out
                if limit is not None and total > limit:
                    raise InputError(too_large(total, limit, what), path=name)
                data = fh.read(size)
    except IsADirectoryError as err:
        raise InputError("is a directory, not a text file", path=name) from err
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", path=name) from err
    if limit is not None and len(data) > limit:
        raise InputError(too_large(None, limit, what), path=name)
    return name, data


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
