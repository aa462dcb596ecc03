"""An on-disk cache of what is slow to build and depends only on files: the validated gazetteer, its name index.

An entry is keyed by a fingerprint of everything it is built from (the data files' bytes, the source of
the modules that build it, the versions of the libraries whose objects it holds), so it is never stale:
change a YAML file or the code and the key changes.  The cache lives in ``$BORDERMAP_CACHE_DIR``, else
``$XDG_CACHE_HOME/bordermap``, else ``~/.cache/bordermap``; ``BORDERMAP_CACHE_DIR=off`` (or empty) turns it
off.  A cache that cannot be read or written is ignored: the caller builds as if there were none.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

__all__ = ["cached", "fingerprint"]

T = TypeVar("T")
_KEEP = 8  # entries kept per kind: the newest, so tests' own gazetteers do not fill the disk
_PACKAGE = Path(__file__).resolve().parent


def _directory() -> Path | None:
    chosen = os.environ.get("BORDERMAP_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bordermap"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def fingerprint(files: Iterable[Path], modules: Iterable[str], *, packages: Iterable[str] = (), extra: str = "") -> str:
    """A key for what ``files`` and the source of ``modules`` (names in this package) build."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version_info[:2]}|{extra}".encode())
    for package in packages:
        digest.update(f"|{package}={_version(package)}".encode())
    for name in sorted(modules):
        digest.update(f"|module {name}|".encode())
        digest.update((_PACKAGE / f"{name}.py").read_bytes())
    for path in sorted(files):
        digest.update(f"|file {path.name}|".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def cached(
    kind: str,
    key: str,
    build: Callable[[], T],
    *,
    refer: Callable[[object], str | None] | None = None,
    resolve: Callable[[str], object] | None = None,
) -> T:
    """What ``build()`` returns, from the cache when an entry of ``kind`` with ``key`` is there.

    ``refer``/``resolve``: objects the value shares with the caller's (the gazetteer's places) are
    stored as the name ``refer`` gives and looked up with ``resolve`` on loading, not copied.
    """
    folder = _directory()
    if folder is None:
        return build()
    path = folder / f"{kind}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            reader = pickle.Unpickler(fh)
            if resolve is not None:
                reader.persistent_load = resolve  # type: ignore[method-assign]
            return reader.load()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, KeyError):
        pass
    value = build()
    _store(folder, path, kind, value, refer)
    return value


def _store(folder: Path, path: Path, kind: str, value: object, refer: Callable[[object], str | None] | None) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                writer = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
                if refer is not None:
                    writer.persistent_id = refer  # type: ignore[method-assign]
                writer.dump(value)
            os.replace(tmp, path)  # whole or not at all: a reader never sees half an entry
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        entries = sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[_KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return  # a read-only home, a full disk: work without the cache
