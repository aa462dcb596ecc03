"""The exceptions bordermap raises: one root, a few kinds, each naming where the problem is."""

from __future__ import annotations

__all__ = ["BordermapError", "DataError", "InputError"]


class BordermapError(Exception):
    """Root of every error bordermap raises on purpose.

    ``path`` and ``line`` say where the problem is when it is in a file; ``field`` names the
    offending field of a record.  ``str(error)`` is one line: ``path:line: field: message``.
    """

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, field: str | None = None
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class DataError(BordermapError):
    """A bundled data file (gazetteer, articles, events) is malformed or inconsistent."""


class InputError(BordermapError):
    """Input given by the user (a text file, a name, an option) cannot be used."""
