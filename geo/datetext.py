"""Find date expressions in text and resolve them against a reference date (the article's).

Covers what news reporting writes, in English and in Arabic (see :mod:`geo.datetext_ar`):
full dates ("January 3rd, 2020", "3 January 2020", "Aug. 23", "5 أيار 2025", "الخامس من أيار"),
months ("November 2016", "late December 2019", "mid-June 2014", "early April", "أيار/مايو 2025",
"مطلع أيار"), parts of years ("mid-2012", "late 2016", "أواخر 2016"), years ("in 2017", "عام 2014"),
expressions relative to the article's date ("last week", "earlier this month", "late last month",
"last weekend", "on Monday night", "yesterday", "الإثنين الماضي", "أمس", "خلال 48 ساعة") and
expressions relative to the date mentioned just before ("a few days later", "the following day",
"the previous day", "اليوم التالي").  A weekday followed by an explicit date ("Sunday evening
(November 8)", "يوم الثلاثاء، السادس من أيار 2025") is one mention, resolved to the date.

Matching runs over a folded copy of the text (lower case, Arabic letter variants folded) whose
characters stand where the original's do, so offsets are the original's code-point offsets.
Each pattern is one regular-expression pass over the text; the Arabic ones only run on text
with Arabic letters in it, the English word ones only on text with Latin letters.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates import DateRange
from .datetext_ar import NOT_A_CLOCK, Reading, fold, has_arabic
from .datetext_ar import PATTERNS as ARABIC_PATTERNS

__all__ = ["FROM_PREVIOUS", "DateMention", "find_dates"]

FROM_PREVIOUS = "the date before it"  # how relative_to opens for a date counted from another ("the previous day")

_Reader = Callable[[re.Match[str]], Reading | None]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = r"(?P<year2>(?:19|20)\d\d)"  # the year in another branch of the same pattern
_PART = r"(?P<part>early|mid|middle of|late|end of|beginning of|the end of|the beginning of|the middle of)[\s-]*"
_PARTS = {"early": "early", "beginning of": "early", "mid": "mid", "middle of": "mid"}  # the rest: "late"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + ")"
_NUMBER_WORDS = {"a few": (2, 7), "several": (3, 10), "two": (2, 2), "three": (3, 3), "a couple of": (2, 3)}
_NOT_AFTER_BEFORE = r"(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|i|you|yesterday|last|\d)\b)"

_BACK = {
    "today": (0, 0, "day"),
    "earlier today": (0, 0, "day"),
    "this morning": (0, 0, "day"),
    "this afternoon": (0, 0, "day"),
    "this evening": (0, 0, "day"),
    "yesterday": (1, 1, "day"),
    "the day before yesterday": (2, 2, "day"),
    "last night": (1, 0, "day"),
    "last week": (13, 7, "week"),
    "this week": (6, 0, "week"),
    "earlier this week": (6, 0, "week"),
    "recently": (60, 0, "month"),
    "in recent days": (10, 0, "week"),
}
_OTHER_RELATIVE = {
    "this month": Reading("rel_month", offset=0),
    "earlier this month": Reading("rel_month", offset=0),
    "last month": Reading("rel_month", offset=-1),
    "this year": Reading("rel_year", offset=0),
    "earlier this year": Reading("rel_year", offset=0),
    "last year": Reading("rel_year", offset=-1),
    "last weekend": Reading("weekend", towards="past"),
    "over the weekend": Reading("weekend", towards="this"),
    "this weekend": Reading("weekend", towards="this"),
    "at the weekend": Reading("weekend", towards="this"),
}
_RELATIVE_WORDS = "|".join(sorted([*_BACK, *_OTHER_RELATIVE], key=len, reverse=True)).replace(" ", r"\s+")


def _part(word: str | None) -> str | None:
    if not word:
        return None
    word = word.replace("the ", "")
    return _PARTS.get(word, "late")


def _int(g: dict[str, str | None], *keys: str) -> int | None:
    """The first of ``keys`` that matched, as a number."""
    for key in keys:
        if g.get(key):
            return int(g[key])  # type: ignore[arg-type]
    return None


def _month_of(g: dict[str, str | None]) -> int:
    return _MONTHS[(g["month"] or "").rstrip(".")]


def _read_month_first(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    if g["day"]:
        return Reading("date", day=_int(g, "day"), month=_month_of(g), year=_int(g, "year"))
    return Reading("month", month=_month_of(g), year=_int(g, "year2"))


def _read_part_first(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    part = _part(g["part"])
    if g["month"]:
        return Reading("month", month=_month_of(g), year=_int(g, "year"), part=part)
    if g["unit"]:
        kind = "rel_month" if g["unit"] == "month" else "rel_year"
        return Reading(kind, offset=-1 if g["which"] == "last" else 0, part=part)
    return Reading("year", year=_int(g, "year2"), part=part)


def _read_date(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    return Reading("date", day=_int(g, "day"), month=_month_of(g), year=_int(g, "year"))


def _read_year(m: re.Match[str]) -> Reading | None:
    return Reading("year", year=int(m.group("year")))


def _read_relative(m: re.Match[str]) -> Reading | None:
    rel = re.sub(r"\s+", " ", m.group("rel"))
    if rel in _BACK:
        low, high, precision = _BACK[rel]
        return Reading("back", low=low, high=high, precision=precision)
    return _OTHER_RELATIVE[rel]


def _read_weekday(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    mod = (g["mod"] or "").strip()
    towards = {"last": "past", "this past": "past", "next": "next", "this coming": "next"}.get(mod)
    return Reading("weekday", weekday=_WEEKDAYS[g["weekday"]], towards=towards, since=bool(g["since"]))


def _read_after(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    if g["before"]:
        days = 1 if g["before"] == "day" else 7
        return Reading("after", low=-days, high=-days)
    if g["ounit"]:
        days = 1 if g["ounit"] == "day" else 7
        sign = -1 if g["odir"] == "earlier" else 1
        return Reading("after", low=sign * days, high=sign * days)
    if g["next"]:
        days = 1 if g["nunit"] == "day" else 7
        sign = -1 if g["next"] in ("previous", "prior") else 1
        return Reading("after", low=sign * days, high=sign * days)
    low, high = _NUMBER_WORDS[re.sub(r"\s+", " ", g["count"])]  # type: ignore[arg-type]
    if g["unit"] == "weeks":
        low, high = low * 7, high * 7
    return Reading("after", low=low, high=high) if g["dir"] == "later" else Reading("after", low=-high, high=-low)


_AGO_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a couple of": 2}


def _read_ago(m: re.Match[str]) -> Reading | None:
    """So long before the reference: "two days ago", "a few days ago", "three weeks ago"."""
    count, unit = re.sub(r"\s+", " ", m.group("agon")), m.group("agou")
    n = int(count) if count.isdigit() else _AGO_NUMBERS.get(count)
    if unit.startswith("day"):
        if n is None:  # "a few days ago", "several days ago"
            return Reading("back", low=7, high=2, precision="week")
        return Reading("back", low=n, high=n, precision="day")
    weeks = n or 3
    return Reading("back", low=7 * weeks + 3, high=max(7 * weeks - 3, 0), precision="week")


_NO_YEAR_AFTER = r"(?!\s*,?\s*(?:of\s+)?(?:19|20)\d\d)"
_BARE_MONTHS = [name.lower() for name in calendar.month_name if name and name != "May"] + ["may"]  # May last
_PATTERNS: list[tuple[re.Pattern[str], _Reader, bool]] = [
    # (pattern over the lower-cased text, its reader, whether it needs Latin letters in the text)
    # "January 3rd, 2020", "Aug. 23", "November 2016", "June of 2014"
    (
        re.compile(rf"\b{_MONTH}\s+(?:{_DAY}(?:,?\s+{_YEAR}\b|\b{_NO_YEAR_AFTER}(?![:\d]))|(?:of\s+)?{_YEAR2}\b)"),
        _read_month_first,
        True,
    ),
    # "3 January 2020", "23 Aug."
    (re.compile(rf"\b{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR}\b|\b{_NO_YEAR_AFTER})"), _read_date, True),
    # "late December 2019", "early April", "mid-2012", "late last month", "early this year"
    (
        re.compile(
            rf"\b{_PART}(?:{_MONTH}(?:\s+(?:of\s+)?{_YEAR}\b|\b{_NO_YEAR_AFTER})|{_YEAR2}\b"
            r"|(?P<which>last|this)\s+(?P<unit>month|year)\b)"
        ),
        _read_part_first,
        True,
    ),
    (re.compile(rf"(?<![\w-]){_YEAR}\b(?![-–]\d){NOT_A_CLOCK}"), _read_year, False),
    # "captured Ramadi in May", "lost Mosul this July": the latest such month by the reference ("this may be"
    # is no month, so May takes only "in" or "during")
    (
        re.compile(
            rf"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s))(?P<month>{'|'.join(_BARE_MONTHS)})\b"
            rf"{_NO_YEAR_AFTER}(?!\s*\d)|(?:(?<=\bthis\s)|(?<=\blast\s))(?P<month2>{'|'.join(_BARE_MONTHS[:-1])})\b"
            rf"{_NO_YEAR_AFTER}(?!\s*\d)"
        ),
        lambda m: Reading("month", month=_MONTHS[m.group("month") or m.group("month2")]),
        True,
    ),
    (re.compile(rf"\b(?P<rel>{_RELATIVE_WORDS})\b"), _read_relative, True),
    (
        re.compile(
            rf"\b(?P<since>since\s+)?(?P<mod>(?:on|last|next|this\s+past|this\s+coming)\s+)?{_WEEKDAY}"
            r"(?:\s+(?:night|morning|afternoon|evening))?\b"
        ),
        _read_weekday,
        True,
    ),
    (
        re.compile(
            r"\b(?P<count>a few|several|two|three|a couple of)\s+(?P<unit>days|weeks)\s+(?P<dir>later|earlier)\b"
            r"|\b(?:a|one)\s+(?P<ounit>day|week)\s+(?P<odir>later|earlier)\b"
            r"|\bthe\s+(?P<next>following|next|previous|prior)\s+(?P<nunit>day|week)\b"
            rf"|\bthe\s+(?P<before>day|week)\s+before\b{_NOT_AFTER_BEFORE}"
        ),
        _read_after,
        True,
    ),
    # "earlier that month", "later that week", "that same day", "the same month": within the date told before
    (
        re.compile(
            r"\b(?:(?P<dir>earlier|later)\s+that|that\s+same|the\s+same)\s+(?P<unit>day|night|week|month|year)\b"
        ),
        lambda m: Reading("that", part=m.group("dir") or "same", precision=m.group("unit").replace("night", "day")),
        True,
    ),
    (
        re.compile(
            r"\b(?P<agon>\d{1,2}|a|one|two|three|four|five|six|seven|a few|several|a couple of)\s+"
            r"(?P<agou>days?|weeks?)\s+ago\b"
        ),
        _read_ago,
        True,
    ),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: where it is, its words, and the range it resolves to."""

    start: int
    end: int
    text: str
    range: DateRange


_PUB = "publication"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _part_of_month(part: str | None, year: int, month: int) -> tuple[dt.date, dt.date]:
    if part == "early":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "mid":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part == "late":
        return dt.date(year, month, 21), _month_end(year, month)
    return dt.date(year, month, 1), _month_end(year, month)


def _part_of_year(part: str | None, year: int) -> tuple[dt.date, dt.date]:
    if part == "early":
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part == "mid":
        return dt.date(year, 5, 1), dt.date(year, 8, 31)
    if part == "late":
        return dt.date(year, 9, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _clip(start: dt.date, end: dt.date, ref: dt.date) -> tuple[dt.date, dt.date]:
    """A range that runs on past the reference stops at it (what is reported has happened)."""
    return (start, ref) if start <= ref < end else (start, end)


def _span_precision(days: int) -> str:
    return "day" if days <= 1 else "week" if days <= 13 else "month" if days <= 62 else "year"


def _year_for(month: int, day: int, ref: dt.date | None) -> int | None:
    """The year of a date written without one: the latest such date not after the reference."""
    if ref is None:
        return None
    year = ref.year
    if dt.date(year, month, day) > ref:
        year -= 1
    return year


def _named_year(r: Reading, ref: dt.date) -> int:
    """The year of a month named without one: moved from the reference's, or told by الجاري / الماضي / المقبل."""
    month = r.month or 1
    if r.offset is not None:
        return ref.year + r.offset
    if r.towards == "this":
        return ref.year
    if r.towards == "past":
        return ref.year if month < ref.month else ref.year - 1
    if r.towards == "next":
        return ref.year if month > ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _on(d: dt.date, text: str, relative_to: str | None = _PUB) -> DateRange:
    return DateRange(start=d, end=d, precision="day", text=text, relative_to=relative_to)


def _weekday(r: Reading, ref: dt.date, text: str) -> DateRange:
    last = r.weekday2 if r.weekday2 is not None else r.weekday
    assert last is not None and r.weekday is not None
    if r.towards == "next":
        end = ref + dt.timedelta(days=(last - ref.weekday()) % 7 or 7)
    else:
        back = (ref.weekday() - last) % 7
        end = ref - dt.timedelta(days=back or (7 if r.towards == "past" else 0))
    start = end - dt.timedelta(days=(last - r.weekday) % 7)
    days = (end - start).days
    return DateRange(start=start, end=end, precision=_span_precision(days), text=text, relative_to=_PUB)


def _weekend(r: Reading, ref: dt.date, text: str) -> DateRange:
    """Friday to Sunday: the region's weekend is Friday-Saturday, the English-speaking world's Saturday-Sunday."""
    if r.towards == "past":  # the last one over before the reference
        sunday = ref - dt.timedelta(days=(ref.weekday() - 6) % 7 or 7)
        start, end = sunday - dt.timedelta(days=2), sunday
    else:  # the latest one begun by the reference
        start = ref - dt.timedelta(days=(ref.weekday() - 4) % 7)
        start, end = _clip(start, start + dt.timedelta(days=2), ref)
    return DateRange(start=start, end=end, precision="week", text=text, relative_to=_PUB)


_FINENESS = ("day", "week", "month", "season", "year")


def _within_previous(r: Reading, previous: DateRange | None, text: str) -> DateRange | None:
    """A part of the unit of the date told before: "earlier that month", "later that week", "the same day"."""
    if previous is None or previous.start is None or previous.end is None:
        return None
    unit, first, last = r.precision, previous.start, previous.end
    if unit == "day":
        start, end, precision = first, last, previous.precision
    elif unit == "week":
        start, end, precision = first - dt.timedelta(days=6), last + dt.timedelta(days=6), "week"
    elif unit == "month":
        start, end, precision = first.replace(day=1), _month_end(last.year, last.month), "month"
    else:
        start, end, precision = dt.date(first.year, 1, 1), dt.date(last.year, 12, 31), "year"
    finer = (
        _FINENESS.index(previous.precision) < _FINENESS.index(precision) if previous.precision in _FINENESS else False
    )
    if r.part == "earlier" and finer:  # before the day told, in its month; of a whole month, any part of it
        end = max(start, first)
    elif r.part == "later" and finer:
        start = min(end, last)
    return DateRange(
        start=start, end=end, precision=precision, text=text, relative_to=f"{FROM_PREVIOUS}: {previous.text}"
    )


def _resolve(r: Reading, ref: dt.date | None, previous: DateRange | None, text: str) -> DateRange | None:
    kind = r.kind
    if kind == "year":
        assert r.year is not None
        start, end = _part_of_year(r.part, r.year)
        return DateRange(start=start, end=end, precision="season" if r.part else "year", text=text)
    if kind == "date" and r.year is not None:
        return _on(dt.date(r.year, r.month, r.day), text, None)  # type: ignore[arg-type]
    if kind == "month" and r.year is not None:
        start, end = _part_of_month(r.part, r.year, r.month)  # type: ignore[arg-type]
        return DateRange(start=start, end=end, precision="month", text=text)
    if kind == "that":
        return _within_previous(r, previous, text)
    if kind == "after":
        if previous is None or previous.start is None or previous.end is None:
            return None
        return DateRange(
            start=previous.start + dt.timedelta(days=r.low),
            end=previous.end + dt.timedelta(days=r.high),
            precision="day" if previous.precision == "day" and r.low == r.high else "week",
            text=text,
            relative_to=f"{FROM_PREVIOUS}: {previous.text}",
        )
    if ref is None:
        return None
    if kind == "date":
        assert r.month is not None and r.day is not None
        if r.offset is None and r.towards is None:
            year = _year_for(r.month, r.day, ref)
            return _on(dt.date(year, r.month, r.day), text, "publication year")  # type: ignore[arg-type]
        if r.towards == "past":
            year = ref.year if dt.date(ref.year, r.month, r.day) < ref else ref.year - 1
        elif r.towards == "next":
            year = ref.year if dt.date(ref.year, r.month, r.day) > ref else ref.year + 1
        else:
            year = _named_year(r, ref)
        return _on(dt.date(year, r.month, r.day), text)
    if kind == "day_of_month":
        year, month = _shift_month(ref.year, ref.month, r.offset or 0)
        return _on(dt.date(year, month, r.day), text)  # type: ignore[arg-type]
    if kind == "month":
        year = _named_year(r, ref)
        start, end = _part_of_month(r.part, year, r.month)  # type: ignore[arg-type]
        if r.offset is None and r.towards is None and start > ref:  # "late May" written on May 5th
            start, end = _part_of_month(r.part, year - 1, r.month)  # type: ignore[arg-type]
        start, end = _clip(start, end, ref)
        return DateRange(start=start, end=end, precision="month", text=text, relative_to=_PUB)
    if kind == "rel_month":
        year, month = _shift_month(ref.year, ref.month, r.offset or 0)
        start, end = _clip(*_part_of_month(r.part, year, month), ref)
        return DateRange(start=start, end=end, precision="month", text=text, relative_to=_PUB)
    if kind == "rel_year":
        start, end = _clip(*_part_of_year(r.part, ref.year + (r.offset or 0)), ref)
        precision = "season" if r.part else "year"
        return DateRange(start=start, end=end, precision=precision, text=text, relative_to=_PUB)
    if kind == "back":
        start, end = ref - dt.timedelta(days=r.low), ref - dt.timedelta(days=r.high)
        return DateRange(start=start, end=end, precision=r.precision, text=text, relative_to=_PUB)  # type: ignore[arg-type]
    if kind == "weekend":
        return _weekend(r, ref, text)
    if kind == "weekday":
        return _weekday(r, ref, text)
    return None


def _since(found: DateRange, ref: dt.date | None, text: str) -> DateRange | None:
    """From the start of ``found`` to the reference ("منذ الاثنين", "since Monday")."""
    if ref is None or found.start is None or found.start > ref:
        return None
    days = (ref - found.start).days
    return DateRange(start=found.start, end=ref, precision=_span_precision(days), text=text, relative_to=_PUB)


# what may stand between a weekday and the date that names it: "Sunday (November 8)", "الاثنين، 5 أيار",
# "يوم الثلاثاء الموافق 6 أيار"
_WEEKDAY_THEN_DATE = re.compile(
    r"[\s,،\u200e\u200f]*(?P<paren>\(\s*)?(?:(?:الموافق|المصادف)\s*(?:ل\u0640*\s*)?)?(?:the\s+)?"
)
_CLOSING = re.compile(r"\s*\)")
_LATIN = re.compile(r"[a-z]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _folded(text: str) -> tuple[str, bool]:
    """The text the patterns read: lower case, Arabic letter variants folded, every character in its place."""
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two ("İ"): keep the places
        low = text.translate(_ASCII_LOWER)
    arabic = has_arabic(low)
    return (fold(low) if arabic else low), arabic


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text`` in order, resolved against ``reference`` where relative.

    Longer expressions win over the shorter ones inside them ("late December 2019" over
    "2019"), and an expression starting earlier over one overlapping it later.  Expressions
    that cannot be resolved (relative ones without a reference) are left out.  Offsets are
    code-point offsets into ``text``; an Arabic mention includes a proclitic joined to its
    first word (see :mod:`geo.datetext_ar`).
    """
    low, arabic = _folded(text)
    latin = _LATIN.search(low) is not None
    patterns: list[tuple[re.Pattern[str], _Reader]] = [(p, read) for p, read, words in _PATTERNS if latin or not words]
    if arabic:
        patterns.extend(ARABIC_PATTERNS)
    found: list[tuple[int, int, int, Reading]] = []
    for order, (pattern, read) in enumerate(patterns):
        for m in pattern.finditer(low):
            reading = read(m)
            if reading is not None:
                found.append((m.start(), m.end(), order, reading))
    found.sort(key=lambda f: (f[0], f[0] - f[1], f[2]))
    kept: list[tuple[int, int, int, Reading]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)

    mentions: list[DateMention] = []
    previous: DateRange | None = None
    i = 0
    while i < len(kept):
        start, end, _order, reading = kept[i]
        i += 1
        resolved = None
        if reading.kind == "weekday" and not reading.since and reading.weekday2 is None and i < len(kept):
            merged = _weekday_with_date(text, low, start, end, kept[i], reference)
            if merged is not None:
                end, resolved = merged
                i += 1
        if resolved is None:
            try:
                resolved = _resolve(reading, reference, previous, text[start:end])
                if resolved is not None and reading.since:
                    resolved = _since(resolved, reference, text[start:end])
            except ValueError:  # no such day (February 30th), or a range that ends before it starts
                resolved = None
        if resolved is None:
            continue
        mentions.append(DateMention(start, end, text[start:end], resolved))
        previous = resolved
    return mentions


def _weekday_with_date(
    text: str, low: str, start: int, end: int, after: tuple[int, int, int, Reading], ref: dt.date | None
) -> tuple[int, DateRange] | None:
    """A weekday with the date that names it just after ("Monday, November 8"): the end and the date's range."""
    date_start, date_end, _order, reading = after
    if reading.kind != "date":
        return None
    gap = _WEEKDAY_THEN_DATE.fullmatch(low, end, date_start)
    if gap is None:
        return None
    if gap.group("paren"):
        closing = _CLOSING.match(low, date_end)
        if closing is None:
            return None
        date_end = closing.end()
    try:
        resolved = _resolve(reading, ref, None, text[start:date_end])
    except ValueError:
        return None
    return (date_end, resolved) if resolved is not None else None
