"""Find date expressions in text and resolve them against a reference date (the article's).

Covers what news reporting writes: full dates ("January 3rd, 2020", "3 January 2020",
"Aug. 23"), months ("November 2016", "late December 2019", "mid-June 2014", "early April"),
parts of years ("mid-2012", "late 2016"), years ("in 2017"), and expressions relative to the
article's date ("last week", "earlier this month", "this year", "on Monday", "yesterday") or
to the date mentioned just before ("a few days later", "the following day").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .dates import DateRange

__all__ = ["DateMention", "find_dates"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PART = r"(?P<part>early|mid|middle of|late|end of|beginning of|the end of|the beginning of)[\s-]*"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBER_WORDS = {"a few": (2, 7), "several": (3, 10), "two": (2, 2), "three": (3, 3), "a couple of": (2, 3)}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![:\d])", re.I)),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("part_month_year", re.compile(rf"\b{_PART}{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("part_month", re.compile(rf"\b{_PART}{_MONTH}\b(?!\s*,?\s*(?:of\s+)?(?:19|20)\d\d)", re.I)),
    ("part_year", re.compile(rf"\b{_PART}{_YEAR}\b", re.I)),
    ("year", re.compile(rf"(?<![\w-]){_YEAR}\b(?![-–]\d)")),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>yesterday|today|last night|this morning|last week|this week|last month|this month|"
            r"earlier this (?:week|month|year)|last year|this year|recently|in recent days|"
            r"(?:on |last )?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
            re.I,
        ),
    ),
    (
        "after",
        re.compile(
            r"\b(?P<count>a few|several|two|three|a couple of) (?P<unit>days|weeks) later\b|"
            r"\bthe (?P<next>following|next) (?P<nunit>day|week)\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: where it is, its words, and the range it resolves to."""

    start: int
    end: int
    text: str
    range: DateRange


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_of_month(part: str, year: int, month: int) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    part = part.lower().replace("the ", "")
    if part in ("early", "beginning of"):
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part in ("mid", "middle of"):
        return dt.date(year, month, 11), dt.date(year, month, 20)
    return dt.date(year, month, 21), dt.date(year, month, last)


def _part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    part = part.lower().replace("the ", "")
    if part in ("early", "beginning of"):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part in ("mid", "middle of"):
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def _year_for(month: int, day: int, ref: dt.date | None) -> int | None:
    """The year of a date written without one: the latest such date not after the reference."""
    if ref is None:
        return None
    year = ref.year
    try:
        if dt.date(year, month, day) > ref:
            year -= 1
    except ValueError:
        return None
    return year


def _resolve(kind: str, m: re.Match[str], ref: dt.date | None, previous: DateRange | None) -> DateRange | None:
    g = m.groupdict()
    month = _MONTHS.get((g.get("month") or "").lower().rstrip("."))
    year = int(g["year"]) if g.get("year") else None
    day = int(g["day"]) if g.get("day") else None
    text = m.group(0)
    try:
        if kind in ("month_day_year", "day_month_year"):
            d = dt.date(year, month, day)  # type: ignore[arg-type]
            return DateRange(start=d, end=d, precision="day", text=text)
        if kind in ("month_day", "day_month"):
            year = _year_for(month, day, ref)  # type: ignore[arg-type]
            if year is None:
                return None
            d = dt.date(year, month, day)  # type: ignore[arg-type]
            return DateRange(start=d, end=d, precision="day", text=text, relative_to="publication year")
        if kind == "part_month_year":
            start, end = _part_of_month(g["part"], year, month)  # type: ignore[arg-type]
            return DateRange(start=start, end=end, precision="month", text=text)
        if kind == "month_year":
            return DateRange(start=dt.date(year, month, 1), end=_month_end(year, month), precision="month", text=text)  # type: ignore[arg-type]
        if kind == "part_month":
            if ref is None:
                return None
            year = ref.year if month <= ref.month else ref.year - 1  # type: ignore[operator]
            start, end = _part_of_month(g["part"], year, month)  # type: ignore[arg-type]
            return DateRange(start=start, end=min(end, ref), precision="month", text=text, relative_to="publication")
        if kind == "part_year":
            start, end = _part_of_year(g["part"], year)  # type: ignore[arg-type]
            return DateRange(start=start, end=end, precision="season", text=text)
        if kind == "year":
            return DateRange(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), precision="year", text=text)  # type: ignore[arg-type]
        if kind == "relative":
            return _relative(g["rel"].lower(), g.get("weekday"), ref, text)
        if kind == "after":
            return _after(g, previous, text)
    except (ValueError, TypeError):
        return None
    return None


def _relative(rel: str, weekday: str | None, ref: dt.date | None, text: str) -> DateRange | None:
    if ref is None:
        return None
    pub = "publication"
    if weekday:
        back = (ref.weekday() - _WEEKDAYS[weekday.lower()]) % 7 or (7 if rel.startswith("last") else 0)
        d = ref - dt.timedelta(days=back)
        return DateRange(start=d, end=d, precision="day", text=text, relative_to=pub)
    spans = {
        "yesterday": (1, 1, "day"),
        "last night": (1, 0, "day"),
        "today": (0, 0, "day"),
        "this morning": (0, 0, "day"),
        "last week": (13, 7, "week"),
        "this week": (6, 0, "week"),
        "earlier this week": (6, 0, "week"),
        "recently": (60, 0, "month"),
        "in recent days": (10, 0, "week"),
    }
    if rel in spans:
        back_start, back_end, precision = spans[rel]
        return DateRange(
            start=ref - dt.timedelta(days=back_start),
            end=ref - dt.timedelta(days=back_end),
            precision=precision,  # type: ignore[arg-type]
            text=text,
            relative_to=pub,
        )
    if rel in ("this month", "earlier this month"):
        return DateRange(start=ref.replace(day=1), end=ref, precision="month", text=text, relative_to=pub)
    if rel == "last month":
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return DateRange(start=first.replace(day=1), end=first, precision="month", text=text, relative_to=pub)
    if rel in ("this year", "earlier this year"):
        return DateRange(start=dt.date(ref.year, 1, 1), end=ref, precision="year", text=text, relative_to=pub)
    if rel == "last year":
        y = ref.year - 1
        return DateRange(start=dt.date(y, 1, 1), end=dt.date(y, 12, 31), precision="year", text=text, relative_to=pub)
    return None


def _after(g: dict[str, str | None], previous: DateRange | None, text: str) -> DateRange | None:
    if previous is None or previous.start is None or previous.end is None:
        return None
    if g.get("next"):
        low, high = (1, 1) if (g.get("nunit") or "").lower() == "day" else (7, 7)
    else:
        low, high = _NUMBER_WORDS[(g.get("count") or "").lower()]
        if (g.get("unit") or "").lower() == "weeks":
            low, high = low * 7, high * 7
    precision = "day" if previous.precision == "day" and low == high else "week"
    return DateRange(
        start=previous.start + dt.timedelta(days=low),
        end=previous.end + dt.timedelta(days=high),
        precision=precision,  # type: ignore[arg-type]
        text=text,
        relative_to=f"the date before it: {previous.text}",
    )


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text`` in order, resolved against ``reference`` where relative.

    Longer expressions win over the shorter ones inside them ("late December 2019" over
    "2019").  Expressions that cannot be resolved (relative ones without a reference) are
    left out.
    """
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    mentions: list[DateMention] = []
    previous: DateRange | None = None
    for start, end, kind, m in kept:
        resolved = _resolve(kind, m, reference, previous)
        if resolved is None:
            continue
        mentions.append(DateMention(start, end, m.group(0), resolved))
        previous = resolved
    return mentions
