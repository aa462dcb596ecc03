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


@pytest.mark.parametrize(
    "text",
    [
        "shells fell at 2000 GMT on Friday",
        "the convoy left at 1930 local time",
        "by 2100 hours",
        "عند الساعة 2000 بتوقيت غرينتش",
    ],
)
def test_a_military_clock_time_is_not_a_year(text: str) -> None:
    assert [f.range.precision for f in find_dates(text, REF)] in ([], ["day"])


def test_relative_dates_need_a_reference() -> None:
    assert find_dates("Last week, he said", None) == []
    assert [f.text for f in find_dates("In March 2019, last week", None)] == ["March 2019"]


# --- English: the forms added with the Arabic work --------------------------------------------

Expected = list[tuple[str, str, str, str]]  # (the mention's words, start, end, precision), in text order


def _check(text: str, ref: dt.date | None, expected: Expected) -> None:
    found = find_dates(text, ref)
    got = [(m.text, m.range.start.isoformat(), m.range.end.isoformat(), m.range.precision) for m in found]
    assert got == expected, text
    at = 0
    for m, (words, *_rest) in zip(found, expected, strict=True):
        assert text[m.start : m.end] == m.text == m.range.text
        assert m.start == text.index(words, at), (text, words)
        at = m.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling began on Monday night and", [("on Monday night", "2021-06-28", "2021-06-28", "day")]),
        ("On Tuesday morning, a convoy", [("On Tuesday morning", "2021-06-29", "2021-06-29", "day")]),
        ("drones flew on Wednesday afternoon", [("on Wednesday afternoon", "2021-06-30", "2021-06-30", "day")]),
        ("a raid on Friday evening left", [("on Friday evening", "2021-07-02", "2021-07-02", "day")]),
        ("It was quiet on Saturday morning", [("on Saturday morning", "2021-07-03", "2021-07-03", "day")]),
        ("Last Saturday, the patrol", [("Last Saturday", "2021-06-26", "2021-06-26", "day")]),
        ("talks resume next Monday", [("next Monday", "2021-07-05", "2021-07-05", "day")]),
        ("Since Tuesday the road is shut", [("Since Tuesday", "2021-06-29", "2021-07-03", "week")]),
        (
            "A militia attacked on Sunday evening (November 8) near the dam",
            [("on Sunday evening (November 8)", "2020-11-08", "2020-11-08", "day")],
        ),
        (
            "On Monday, November 9, 2020, it rained",
            [("On Monday, November 9, 2020", "2020-11-09", "2020-11-09", "day")],
        ),
        ("Thursday 1 July brought", [("Thursday 1 July", "2021-07-01", "2021-07-01", "day")]),
        ("Late last month, engineers", [("Late last month", "2021-06-21", "2021-06-30", "month")]),
        ("in early this month, engineers", [("early this month", "2021-07-01", "2021-07-03", "month")]),
        ("at the end of last year a", [("the end of last year", "2020-09-01", "2020-12-31", "season")]),
        ("Early this year, the dam", [("Early this year", "2021-01-01", "2021-04-30", "season")]),
        ("Earlier this year, the dam", [("Earlier this year", "2021-01-01", "2021-07-03", "year")]),
        ("This year the river ran low", [("This year", "2021-01-01", "2021-07-03", "year")]),
        ("Fighting resumed last night.", [("last night", "2021-07-02", "2021-07-03", "day")]),
        ("Last weekend, two drones", [("Last weekend", "2021-06-25", "2021-06-27", "week")]),
        ("over the weekend a bridge", [("over the weekend", "2021-07-02", "2021-07-03", "week")]),
        ("he left the day before yesterday", [("the day before yesterday", "2021-07-01", "2021-07-01", "day")]),
        ("Militants took the town in May, and", [("May", "2021-05-01", "2021-05-31", "month")]),
        ("the dam fell this March to the army", [("March", "2021-03-01", "2021-03-31", "month")]),
        ("During August the raids stopped", [("August", "2020-08-01", "2020-08-31", "month")]),
        ("This may be the last convoy", []),
    ],
)
def test_english_weekdays_weekends_and_parts_of_last_month(text: str, expected: Expected) -> None:
    _check(text, REF, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bridge reopened on 3 January 2020. The previous day, engineers had checked it.",
            [
                ("3 January 2020", "2020-01-03", "2020-01-03", "day"),
                ("The previous day", "2020-01-02", "2020-01-02", "day"),
            ],
        ),
        (
            "The bridge reopened on 3 January 2020; a day earlier, engineers had checked it.",
            [
                ("3 January 2020", "2020-01-03", "2020-01-03", "day"),
                ("a day earlier", "2020-01-02", "2020-01-02", "day"),
            ],
        ),
        (
            "The bridge reopened on 3 January 2020. The day before, engineers had checked it.",
            [
                ("3 January 2020", "2020-01-03", "2020-01-03", "day"),
                ("The day before", "2020-01-02", "2020-01-02", "day"),
            ],
        ),
        (
            "The bridge reopened on 3 January 2020. Two days earlier, engineers had checked it.",
            [
                ("3 January 2020", "2020-01-03", "2020-01-03", "day"),
                ("Two days earlier", "2020-01-01", "2020-01-01", "day"),
            ],
        ),
        (
            "The bridge reopened on 3 January 2020. A few days earlier, engineers had checked it.",
            [
                ("3 January 2020", "2020-01-03", "2020-01-03", "day"),
                ("A few days earlier", "2019-12-27", "2020-01-01", "week"),
            ],
        ),
        (
            "The bridge reopened in late December 2019. The previous week, engineers had checked it.",
            [
                ("late December 2019", "2019-12-21", "2019-12-31", "month"),
                ("The previous week", "2019-12-14", "2019-12-24", "week"),
            ],
        ),
        (
            "The bridge reopened on 3 January 2020. A week later it shut.",
            [
                ("3 January 2020", "2020-01-03", "2020-01-03", "day"),
                ("A week later", "2020-01-10", "2020-01-10", "day"),
            ],
        ),
        # "the day before" something else is dated by that something, not by the date before it
        (
            "The bridge reopened on 3 January 2020, the day before the vote.",
            [("3 January 2020", "2020-01-03", "2020-01-03", "day")],
        ),
        ("The day before, engineers had checked it.", []),  # nothing before it to count from
        (
            "The bridge reopened on 10 June 2019. Later that month it shut. The same day, a drone fell.",
            [
                ("10 June 2019", "2019-06-10", "2019-06-10", "day"),
                ("Later that month", "2019-06-10", "2019-06-30", "month"),
                ("The same day", "2019-06-10", "2019-06-30", "month"),  # the same as the one before: no finer
            ],
        ),
        (
            "In May 2019, rockets hit the base. Earlier that month, a drone had struck it.",
            [
                ("May 2019", "2019-05-01", "2019-05-31", "month"),
                ("Earlier that month", "2019-05-01", "2019-05-31", "month"),  # of a whole month: any part of it
            ],
        ),
    ],
)
def test_english_relative_to_the_date_before_it(text: str, expected: Expected) -> None:
    _check(text, REF, expected)


# --- Arabic -------------------------------------------------------------------------------------

REF_AR = dt.date(2025, 5, 14)  # a Wednesday

LEVANTINE = "كانون الثاني،شباط،آذار،نيسان،أيار،حزيران،تموز،آب،أيلول،تشرين الأول،تشرين الثاني،كانون الأول".split("،")
EGYPTIAN = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
VARIANTS = [
    ("ايار", 5), ("اذار", 3), ("أب", 8), ("ايلول", 9), ("تشرين الاول", 10), ("كانون ثاني", 1), ("تشرين ثاني", 11),
    ("إبريل", 4), ("ابريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8), ("اكتوبر", 10),
]  # fmt: skip
ORDINALS = [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
    "الحادي عشر", "الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر",
    "الثامن عشر", "التاسع عشر", "العشرين", "الحادي والعشرين", "الثاني والعشرين", "الثالث والعشرين",
    "الرابع والعشرين", "الخامس والعشرين", "السادس والعشرين", "السابع والعشرين", "الثامن والعشرين",
    "التاسع والعشرين", "الثلاثين", "الحادي والثلاثين",
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "month"),
    [(name, i) for i, name in enumerate(LEVANTINE, 1)] + [(name, i) for i, name in enumerate(EGYPTIAN, 1)] + VARIANTS,
)
def test_arabic_month_names_and_spellings(name: str, month: int) -> None:
    text = f"عادت الأسر إلى القرية في 3 {name} 2023 بعد النزوح"
    _check(text, REF_AR, [(f"3 {name} 2023", f"2023-{month:02d}-03", f"2023-{month:02d}-03", "day")])


@pytest.mark.parametrize("day", range(1, 32))
def test_arabic_ordinal_day_words(day: int) -> None:
    words = ORDINALS[day - 1]
    text = f"وصلت الشحنة في {words} من آب 2022 إلى المعبر"
    _check(text, REF_AR, [(f"{words} من آب 2022", f"2022-08-{day:02d}", f"2022-08-{day:02d}", "day")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصفت المدفعية التلال في 5 أيار 2025 صباحا", [("5 أيار 2025", "2025-05-05", "2025-05-05", "day")]),
        ("وقع الانفجار في 5 أيار/مايو 2025 قرب السوق", [("5 أيار/مايو 2025", "2025-05-05", "2025-05-05", "day")]),
        ("أغلق المعبر في 9 حزيران (يونيو) 2024", [("9 حزيران (يونيو) 2024", "2024-06-09", "2024-06-09", "day")]),
        ("نشرت الصحيفة تقريرا في 2 مايو/أيار 2023", [("2 مايو/أيار 2023", "2023-05-02", "2023-05-02", "day")]),
        ("عاد الهدوء إلى البلدة في ١٢ تموز ٢٠٢٤ بعد أيام", [("١٢ تموز ٢٠٢٤", "2024-07-12", "2024-07-12", "day")]),
        ("تسلم المحافظ مهامه في 4 آذار من عام 2022", [("4 آذار من عام 2022", "2022-03-04", "2022-03-04", "day")]),
        ("افتتح الجسر في 20 شباط، 2021", [("20 شباط، 2021", "2021-02-20", "2021-02-20", "day")]),
        ("سقطت قذائف على الحي في 15 آب من دون إصابات", [("15 آب", "2024-08-15", "2024-08-15", "day")]),
        (
            "في 10 أيار عاد التيار الكهربائي",
            [("10 أيار", "2025-05-10", "2025-05-10", "day")],
        ),  # this year's, it is past
        ("انتهت المهلة في الـ15 من نيسان", [("الـ15 من نيسان", "2025-04-15", "2025-04-15", "day")]),
        ("انسحبت القوات في الخامس من أيار 2025", [("الخامس من أيار 2025", "2025-05-05", "2025-05-05", "day")]),
        ("أعلن الاتفاق في الحادى عشر من ايار 2024", [("الحادى عشر من ايار 2024", "2024-05-11", "2024-05-11", "day")]),
        ("جرى الاتفاق في السادس من أيار الجاري", [("السادس من أيار الجاري", "2025-05-06", "2025-05-06", "day")]),
        ("وقعت المواجهة في الثالث من الشهر الجاري", [("الثالث من الشهر الجاري", "2025-05-03", "2025-05-03", "day")]),
        ("في العاشر من الشهر الماضي أعلنت اللجنة", [("العاشر من الشهر الماضي", "2025-04-10", "2025-04-10", "day")]),
        ("انتهى الإضراب في 20 آذار الماضي", [("20 آذار الماضي", "2025-03-20", "2025-03-20", "day")]),
        ("تبدأ الامتحانات في 2 حزيران المقبل", [("2 حزيران المقبل", "2025-06-02", "2025-06-02", "day")]),
        ("وصل الوفد في أول أيار", [("أول أيار", "2025-05-01", "2025-05-01", "day")]),
        ("عقد الاجتماع في 7 أيار من العام الماضي", [("7 أيار من العام الماضي", "2024-05-07", "2024-05-07", "day")]),
        ("شهدت المدينة في أيار 2025 موجة حر", [("أيار 2025", "2025-05-01", "2025-05-31", "month")]),
        ("هطلت الأمطار في نيسان/أبريل 2019 بغزارة", [("نيسان/أبريل 2019", "2019-04-01", "2019-04-30", "month")]),
        ("اكتمل البناء في تشرين الأول عام 2020", [("تشرين الأول عام 2020", "2020-10-01", "2020-10-31", "month")]),
        ("بدأ الحصار في آذار الماضي", [("آذار الماضي", "2025-03-01", "2025-03-31", "month")]),
        (
            "وفي أيار الماضي تراجعت الأسعار",
            [("أيار الماضي", "2024-05-01", "2024-05-31", "month")],
        ),  # May is not past yet
        ("تتواصل الحملة منذ شهر أيار", [("شهر أيار", "2025-05-01", "2025-05-14", "month")]),
        ("تأخرت الرواتب في فبراير", [("فبراير", "2025-02-01", "2025-02-28", "month")]),
        ("في كانون الثاني من هذا العام", [("كانون الثاني من هذا العام", "2025-01-01", "2025-01-31", "month")]),
        ("عاد النازحون مطلع شهر أيار", [("مطلع شهر أيار", "2025-05-01", "2025-05-10", "month")]),
        ("في أوائل نيسان بدأت العملية", [("أوائل نيسان", "2025-04-01", "2025-04-10", "month")]),
        ("منذ بداية آذار 2023 لم تصل المساعدات", [("بداية آذار 2023", "2023-03-01", "2023-03-10", "month")]),
        ("في منتصف آذار الماضي", [("منتصف آذار الماضي", "2025-03-11", "2025-03-20", "month")]),
        ("وفي أواسط كانون الأول 2018", [("أواسط كانون الأول 2018", "2018-12-11", "2018-12-20", "month")]),
        ("تراجع المنسوب أواخر أيار 2024", [("أواخر أيار 2024", "2024-05-21", "2024-05-31", "month")]),
        ("وبنهاية حزيران كانت المياه قد انحسرت", [("وبنهاية حزيران", "2024-06-21", "2024-06-30", "month")]),
        ("أواخر الشهر الماضي وصلت التعزيزات", [("أواخر الشهر الماضي", "2025-04-21", "2025-04-30", "month")]),
        ("في مطلع الشهر الجاري", [("مطلع الشهر الجاري", "2025-05-01", "2025-05-10", "month")]),
        ("منتصف هذا الشهر", [("منتصف هذا الشهر", "2025-05-11", "2025-05-14", "month")]),
        ("بدأت الحرب عام 2014 واستمرت", [("عام 2014", "2014-01-01", "2014-12-31", "year")]),
        ("في 2014 سيطر المسلحون على البلدة", [("2014", "2014-01-01", "2014-12-31", "year")]),
        ("كانت سنة 2016 قاسية على المزارعين", [("سنة 2016", "2016-01-01", "2016-12-31", "year")]),
        ("صدر القانون لعام 2019 بعد جدل", [("لعام 2019", "2019-01-01", "2019-12-31", "year")]),
        ("أُنشئ السد عام 1986م على النهر", [("عام 1986م", "1986-01-01", "1986-12-31", "year")]),
        ("في العام ٢٠١٧ عادت الأسواق", [("العام ٢٠١٧", "2017-01-01", "2017-12-31", "year")]),
        ("في منتصف 2012 تغير كل شيء", [("منتصف 2012", "2012-05-01", "2012-08-31", "season")]),
        ("أواخر عام 2016 عادت العائلات", [("أواخر عام 2016", "2016-09-01", "2016-12-31", "season")]),
        ("مطلع العام الجاري ارتفعت الأسعار", [("مطلع العام الجاري", "2025-01-01", "2025-04-30", "season")]),
        ("أواخر العام الماضي انخفضت الأسعار", [("أواخر العام الماضي", "2024-09-01", "2024-12-31", "season")]),
    ],
)
def test_arabic_dates_months_and_years(text: str, expected: Expected) -> None:
    _check(text, REF_AR, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت الوزارة اليوم إن الطريق مفتوح", [("اليوم", "2025-05-14", "2025-05-14", "day")]),
        ("انفجرت عبوة أمس قرب الجسر", [("أمس", "2025-05-13", "2025-05-13", "day")]),
        ("وأمس وصلت الشاحنات", [("وأمس", "2025-05-13", "2025-05-13", "day")]),
        ("هاجم مسلحون البارحة نقطة تفتيش", [("البارحة", "2025-05-13", "2025-05-13", "day")]),
        ("وقال المتحدث يوم أمس إن", [("يوم أمس", "2025-05-13", "2025-05-13", "day")]),
        ("بالأمس أغلقت المدارس", [("بالأمس", "2025-05-13", "2025-05-13", "day")]),
        ("قال أمس الثلاثاء إن", [("أمس الثلاثاء", "2025-05-13", "2025-05-13", "day")]),
        ("وصل الوفد أول من أمس", [("أول من أمس", "2025-05-12", "2025-05-12", "day")]),
        ("وصل الوفد أمس الأول", [("أمس الأول", "2025-05-12", "2025-05-12", "day")]),
        ("سمع دوي انفجار الليلة الماضية", [("الليلة الماضية", "2025-05-13", "2025-05-14", "day")]),
        ("اندلع حريق ليل أمس في المخزن", [("ليل أمس", "2025-05-13", "2025-05-14", "day")]),
        ("ومساء أمس اندلعت اشتباكات", [("ومساء أمس", "2025-05-13", "2025-05-14", "day")]),
        ("صباح أمس أغلقت الطرق", [("صباح أمس", "2025-05-13", "2025-05-13", "day")]),
        ("فجر اليوم سقطت قذيفة", [("فجر اليوم", "2025-05-14", "2025-05-14", "day")]),
        ("قالت الوزارة اليوم الأربعاء إن", [("اليوم الأربعاء", "2025-05-14", "2025-05-14", "day")]),
        ("أعلن اليوم الاثنين أن", [("اليوم الاثنين", "2025-05-12", "2025-05-12", "day")]),  # not Monday: last Monday
        ("وقال يوم الاثنين إن", [("يوم الاثنين", "2025-05-12", "2025-05-12", "day")]),
        ("عقد الاجتماع الإثنين الماضي", [("الإثنين الماضي", "2025-05-12", "2025-05-12", "day")]),
        ("عقد الاجتماع الأربعاء الماضي", [("الأربعاء الماضي", "2025-05-07", "2025-05-07", "day")]),
        ("أجلت الجلسة إلى الخميس الفائت", [("الخميس الفائت", "2025-05-08", "2025-05-08", "day")]),
        ("وقال الأحد إن", [("الأحد", "2025-05-11", "2025-05-11", "day")]),
        ("وصرح الاثنين بأن", [("الاثنين", "2025-05-12", "2025-05-12", "day")]),
        ("أكد الثلاثاء أن", [("الثلاثاء", "2025-05-13", "2025-05-13", "day")]),
        ("نفى الاربعاء وجود", [("الاربعاء", "2025-05-14", "2025-05-14", "day")]),
        ("والخميس قصفت الطائرات", [("والخميس", "2025-05-08", "2025-05-08", "day")]),
        ("صلى المصلون الجمعة في الساحة", [("الجمعة", "2025-05-09", "2025-05-09", "day")]),
        ("السبت أعيد فتح المعبر", [("السبت", "2025-05-10", "2025-05-10", "day")]),
        ("تظاهر الطلاب مساء السبت", [("مساء السبت", "2025-05-10", "2025-05-10", "day")]),
        ("وصلت القافلة صباح يوم الأحد", [("صباح يوم الأحد", "2025-05-11", "2025-05-11", "day")]),
        ("سمعت انفجارات ليل الجمعة", [("ليل الجمعة", "2025-05-09", "2025-05-09", "day")]),
        ("اشتباكات ليل الاثنين الثلاثاء", [("ليل الاثنين الثلاثاء", "2025-05-12", "2025-05-13", "day")]),
        ("تتواصل الاحتجاجات منذ الاثنين", [("منذ الاثنين", "2025-05-12", "2025-05-14", "week")]),
        ("مغلق منذ يوم السبت الماضي", [("منذ يوم السبت الماضي", "2025-05-10", "2025-05-14", "week")]),
        ("زار الوزير المعبر الأسبوع الماضي", [("الأسبوع الماضي", "2025-05-01", "2025-05-07", "week")]),
        ("جرت الانتخابات الشهر الماضي", [("الشهر الماضي", "2025-04-01", "2025-04-30", "month")]),
        ("عاد التقرير للأسبوع الماضي", [("للأسبوع الماضي", "2025-05-01", "2025-05-07", "week")]),  # ل + ال
        ("ارتفعت الأسعار العام الماضي", [("العام الماضي", "2024-01-01", "2024-12-31", "year")]),
        ("تراجعت الأمطار السنة الماضية", [("السنة الماضية", "2024-01-01", "2024-12-31", "year")]),
        ("تراجعت الأمطار في السنه الماضيه", [("السنه الماضيه", "2024-01-01", "2024-12-31", "year")]),
        ("يزور الوفد بغداد هذا الأسبوع", [("هذا الأسبوع", "2025-05-08", "2025-05-14", "week")]),
        ("ارتفعت الأسعار هذا الشهر", [("هذا الشهر", "2025-05-01", "2025-05-14", "month")]),
        ("ارتفعت الأسعار خلال الشهر الجاري", [("الشهر الجاري", "2025-05-01", "2025-05-14", "month")]),
        ("تضاعفت الصادرات هذا العام", [("هذا العام", "2025-01-01", "2025-05-14", "year")]),
        ("تضاعفت الصادرات في العام الجاري", [("العام الجاري", "2025-01-01", "2025-05-14", "year")]),
        ("أطلق سراحه مؤخرا", [("مؤخرا", "2025-03-15", "2025-05-14", "month")]),
        ("أطلق سراحه مؤخراً", [("مؤخراً", "2025-03-15", "2025-05-14", "month")]),
        ("تصاعدت الهجمات في الآونة الأخيرة", [("في الآونة الأخيرة", "2025-03-15", "2025-05-14", "month")]),
        ("نزحت عشرات الأسر خلال الأيام الماضية", [("خلال الأيام الماضية", "2025-05-04", "2025-05-14", "week")]),
        ("في الأيام القليلة الماضية", [("في الأيام القليلة الماضية", "2025-05-04", "2025-05-14", "week")]),
        ("اعتقل عشرة خلال الـ72 ساعة الماضية", [("خلال الـ72 ساعة الماضية", "2025-05-11", "2025-05-14", "week")]),
        ("اعتقل عشرة خلال 48 ساعة", [("خلال 48 ساعة", "2025-05-12", "2025-05-14", "week")]),
        ("اعتقل عشرة خلال الساعات الـ24 الماضية", [("خلال الساعات الـ24 الماضية", "2025-05-13", "2025-05-14", "day")]),
        ("اعتقل عشرة خلال ١٢ ساعة", [("خلال ١٢ ساعة", "2025-05-13", "2025-05-14", "day")]),
        ("اعتقل عشرة خلال الساعات الماضية", [("خلال الساعات الماضية", "2025-05-13", "2025-05-14", "day")]),
        ("نهاية الأسبوع الماضي", [("نهاية الأسبوع الماضي", "2025-05-09", "2025-05-11", "week")]),
    ],
)
def test_arabic_relative_to_the_article(text: str, expected: Expected) -> None:
    _check(text, REF_AR, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "يوم الثلاثاء، السادس من أيار 2025 انطلقت الحملة",
            [("يوم الثلاثاء، السادس من أيار 2025", "2025-05-06", "2025-05-06", "day")],
        ),
        ("الاثنين 5 أيار أغلق الطريق", [("الاثنين 5 أيار", "2025-05-05", "2025-05-05", "day")]),
        ("وفي الخميس (8 أيار) عاد", [("الخميس (8 أيار)", "2025-05-08", "2025-05-08", "day")]),
        ("يوم الأحد الموافق 4 مايو 2025", [("يوم الأحد الموافق 4 مايو 2025", "2025-05-04", "2025-05-04", "day")]),
        # the date wins over a weekday that does not fit it
        ("الجمعة، 5 أيار 2025", [("الجمعة، 5 أيار 2025", "2025-05-05", "2025-05-05", "day")]),
        (
            "سقطت البلدة في 3 آذار 2025. وفي اليوم التالي انسحب المسلحون",
            [("3 آذار 2025", "2025-03-03", "2025-03-03", "day"), ("اليوم التالي", "2025-03-04", "2025-03-04", "day")],
        ),
        (
            "سقطت البلدة في 3 آذار 2025، وكان الجسر قد دمر في اليوم السابق",
            [("3 آذار 2025", "2025-03-03", "2025-03-03", "day"), ("اليوم السابق", "2025-03-02", "2025-03-02", "day")],
        ),
        (
            "سقطت البلدة في 3 آذار 2025، وبعد ذلك بيومين انسحب المسلحون",
            [
                ("3 آذار 2025", "2025-03-03", "2025-03-03", "day"),
                ("وبعد ذلك بيومين", "2025-03-05", "2025-03-05", "day"),
            ],
        ),
        (  # the same day, the same month as the date told before
            "قصفت طائرات قرية يوم 3 أيار 2025. وفي اليوم ذاته استهدفت مسيرة سيارة. وفي نفس الشهر اندلعت اشتباكات.",
            [
                ("3 أيار 2025", "2025-05-03", "2025-05-03", "day"),
                ("وفي اليوم ذاته", "2025-05-03", "2025-05-03", "day"),
                ("وفي نفس الشهر", "2025-05-01", "2025-05-31", "month"),
            ],
        ),
    ],
)
def test_arabic_weekday_with_its_date_and_the_day_after(text: str, expected: Expected) -> None:
    _check(text, REF_AR, expected)


@pytest.mark.parametrize(
    "text",
    [
        "روى الأحد عشر ناجيا ما جرى",  # eleven, not Sunday
        "مارس الضغط على المفاوضين",  # a verb, not March
        "في اليوم الأول من المعارك",  # the first day of the fighting, not today
        "اليوم التالي",  # no date before it
        "يبدأ البرنامج الأسبوع المقبل",  # the future is not reported
        "تنتهي المهلة خلال 48 ساعة المقبلة",
        "نهاية الأسبوع",  # which weekend?
        "قتل 15 أبا وأما",
    ],
)
def test_arabic_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text, REF_AR) == []


def test_arabic_relative_dates_need_a_reference() -> None:
    text = "قال أمس إن اتفاق 5 أيار 2025 لم يطبق منذ الاثنين"
    assert [m.text for m in find_dates(text, None)] == ["5 أيار 2025"]


def test_mixed_text_keeps_offsets() -> None:
    text = "Reuters, 14 May 2025 — قال مسؤول أمس إن الطريق أغلق في 3 آذار 2025، and on Monday it reopened."
    _check(
        text,
        REF_AR,
        [
            ("14 May 2025", "2025-05-14", "2025-05-14", "day"),
            ("أمس", "2025-05-13", "2025-05-13", "day"),
            ("3 آذار 2025", "2025-03-03", "2025-03-03", "day"),
            ("on Monday", "2025-05-12", "2025-05-12", "day"),
        ],
    )


def test_long_text_is_read_in_one_go() -> None:
    unit = (
        "قالت مصادر محلية إن طائرة مسيرة قصفت يوم الثلاثاء، السادس من أيار 2025 موقعا قرب المعبر، "
        "وإن الاشتباكات تجددت أمس بعد هدوء دام خلال الأيام الماضية. "
        "Officials said on Monday night that the crossing, shut in late December 2019, would reopen. "
    )
    copies = 2_000_000 // len(unit)
    found = find_dates(unit * copies, REF_AR)
    assert len(found) == 5 * copies
    assert found[-1].text == "late December 2019"
    assert found[-1].start == len(unit) * (copies - 1) + unit.index("late December 2019")


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("the town fell two days ago", REF, [("two days ago", "2021-07-01", "2021-07-01", "day")]),
        ("a raid a few days ago", REF, [("a few days ago", "2021-06-26", "2021-07-01", "week")]),
        ("a raid three weeks ago", REF, [("three weeks ago", "2021-06-09", "2021-06-15", "week")]),
        ("سقطت البلدة قبل يومين", REF_AR, [("قبل يومين", "2025-05-12", "2025-05-12", "day")]),
        ("هجوم وقع قبل ثلاثة أيام", REF_AR, [("قبل ثلاثة أيام", "2025-05-11", "2025-05-11", "day")]),
        ("هجوم وقع قبل أسبوع", REF_AR, [("قبل أسبوع", "2025-05-04", "2025-05-10", "week")]),
    ],
)
def test_so_long_ago_in_both_languages(text: str, ref: dt.date, expected: Expected) -> None:
    _check(text, ref, expected)
