"""Date ranges with a precision: when something happened, as exactly as the text says."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

__all__ = ["PRECISIONS", "DateRange", "Precision"]

Precision = Literal["day", "week", "month", "season", "year", "unknown"]
PRECISIONS: tuple[str, ...] = Precision.__args__  # type: ignore[attr-defined]


class DateRange(BaseModel):
    """From ``start`` to ``end`` (inclusive), known to ``precision``; ``text`` holds the words."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision
    text: str | None = None
    relative_to: str | None = None
    evidence: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> DateRange:
        if self.precision != "unknown" and (self.start is None or self.end is None):
            raise ValueError(f"precision {self.precision!r} needs both start and end")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self
