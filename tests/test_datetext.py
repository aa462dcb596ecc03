"""Date expressions as reporting writes them, resolved against the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.datetext import find_dates

REF = dt.date(2021, 7, 3)  # a Saturday


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("on January 3rd, 2020, at the", "2020-01-03", "2020-01-03", "day"),
        ("on 3 January 2020 the", "2020-01-03", "2020-01-03", "day"),
        ("July 3, 2021 - 18:29", "2021-07-03", "2021-07-03", "day"),
        ("In November 2016, parliament", "2016-11-01", "2016-11-30", "month"),
        ("in late December 2019 on", "2019-12-21", "2019-12-31", "month"),
        ("In mid-June 2014, ISIS", "2014-06-11", "2014-06-20", "month"),
        ("in early April this year", "2021-04-01", "2021-04-10", "month"),
        ("in mid-2012 after", "2012-05-01", "2012-08-31", "season"),
        ("in late 2016 along", "2016-09-01", "2016-12-31", "season"),
        ("In 2017, Iran entered", "2017-01-01", "2017-12-31", "year"),
        ("On Aug. 23, Iran's envoy", "2020-08-23", "2020-08-23", "day"),  # no year: the last Aug 23 before
        ("On June 21, the general", "2021-06-21", "2021-06-21", "day"),
        ("Last week, he announced", "2021-06-20", "2021-06-26", "week"),
        ("Earlier this month, forces", "2021-07-01", "2021-07-03", "month"),
        ("on Monday, rockets", "2021-06-28", "2021-06-28", "day"),
        ("yesterday", "2021-07-02", "2021-07-02", "day"),
        ("last year", "2020-01-01", "2020-12-31", "year"),
    ],
)
def test_expressions_resolve(text: str, start: str, end: str, precision: str) -> None:
    found = find_dates(text, REF)
    assert found, text
    d = found[0].range
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == (start, end, precision)
    assert text[found[0].start : found[0].end] == found[0].text


def test_relative_to_the_date_before_it() -> None:
    text = "A strike in late December 2019 killed 25. A few days later, mourners marched."
    _first, later = find_dates(text, REF)
    assert later.text == "A few days later"
    assert (later.range.start, later.range.end) == (dt.date(2019, 12, 23), dt.date(2020, 1, 7))
    assert "late December 2019" in later.range.relative_to


def test_longest_expression_wins_and_numbers_are_not_dates() -> None:
    text = "the ten-year war, 2,500 troops, at 18:29, in late December 2019"
    found = find_dates(text, REF)
    assert [f.text for f in found] == ["late December 2019"]


def test_relative_dates_need_a_reference() -> None:
    assert find_dates("Last week, he said", None) == []
    assert [f.text for f in find_dates("In March 2019, last week", None)] == ["March 2019"]
