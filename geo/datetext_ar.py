"""Arabic date expressions, as Iraqi, Syrian, Gulf and Egyptian news outlets write them.

The patterns run over *folded* text (see :func:`fold`): the alef forms أ إ آ ٱ are written ا,
ى is written ي and ة is written ه, so every pattern below is spelt that way ("ايار" matches
أيار and ايار, "السنه" matches السنة).  Folding keeps every character in place, so offsets
into the folded text are offsets into the original.

A mention starts at the beginning of its first word: a proclitic joined to that word
(و ب ل ف, and لل for ل + ال) is inside the mention ("والخميس", "بالأمس", "لعام 2014"); a
separate preposition such as في is not ("في 15 آب" gives "15 آب"), except where it is part of
the idiom ("خلال الأيام الماضية", "في الأيام الأخيرة", "خلال 48 ساعة", "منذ الاثنين",
"في الآونة الأخيرة").

Each pattern comes with a reader that turns its match into a :class:`Reading`, the
language-neutral account of what the words say; :mod:`geo.datetext` resolves readings
against the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["NOT_A_CLOCK", "PATTERNS", "Reading", "fold", "has_arabic"]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a date expression says, before it is resolved against a date (both languages).

    ``kind`` is one of:

    * ``date``: ``day`` of ``month``, in ``year``; or in the reference's year moved by ``offset``
      ("من العام الماضي" = -1); or, with ``towards`` "this" / "past" / "next", the month as the
      current one, the last one before the reference, or the next one after it; with none of
      these, the latest such day on or before the reference.
    * ``day_of_month``: ``day`` of the reference's month moved by ``offset`` ("الشهر الماضي").
    * ``month``: ``month`` (or the ``part`` of it: "early", "mid", "late"), with the year told
      as for ``date``.
    * ``year``: ``year``, or the ``part`` of it.
    * ``rel_month`` / ``rel_year``: the reference's month / year moved by ``offset``, or its ``part``.
    * ``back``: from ``low`` to ``high`` days before the reference, to ``precision``.
    * ``weekend``: the last weekend before the reference (``towards`` "past") or the latest one
      begun by it ("this").
    * ``weekday``: the latest ``weekday`` on or before the reference, or strictly before it
      (``towards`` "past"), or the next one after it ("next"); with ``weekday2``, the nights or
      days from ``weekday`` to ``weekday2``.
    * ``after``: ``low`` to ``high`` days after the date mentioned just before (negative: before).
    * ``that``: within the ``precision`` unit ("month", "week", "day", "year") of the date mentioned just
      before, all of it (``part`` "same") or the part before or after that date ("earlier", "later").

    ``since`` stretches the range to the reference ("منذ الاثنين", "since Monday").
    """

    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    offset: int | None = None
    towards: str | None = None
    part: str | None = None
    weekday: int | None = None
    weekday2: int | None = None
    since: bool = False
    low: int = 0
    high: int = 0
    precision: str = "day"


_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ة", "ه"), ("ک", "ك"))
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def fold(text: str) -> str:
    """``text`` with the Arabic letter variants the patterns do not tell apart folded together.

    One character stands for one character, so offsets are kept: أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك.
    """
    for variant, letter in _FOLDS:
        if variant in text:
            text = text.replace(variant, letter)
    return text


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds any Arabic letter (so the Arabic patterns are worth running)."""
    return _ARABIC.search(text) is not None


# --- vocabulary (folded spelling) -------------------------------------------------------------

_MONTHS = {
    "كانون ثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "اذار": 3, "مارس": 3, "نيسان": 4, "ابريل": 4,
    "ايار": 5, "مايو": 5, "حزيران": 6, "يونيو": 6, "يونيه": 6, "تموز": 7, "يوليو": 7, "يوليه": 7,
    "اب": 8, "اغسطس": 8, "ايلول": 9, "سبتمبر": 9, "تشرين اول": 10, "اكتوبر": 10,
    "تشرين ثاني": 11, "نوفمبر": 11, "كانون اول": 12, "ديسمبر": 12,
}  # fmt: skip
_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "ثلثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
_UNITS = {"حادي": 1, "واحد": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9}
_ORDINALS = {
    "اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9,
    "عاشر": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30,
}  # fmt: skip
_PARTS = {
    "مطلع": "early", "اوائل": "early", "بدايه": "early", "بدايات": "early", "مستهل": "early",
    "منتصف": "mid", "اواسط": "mid", "وسط": "mid",
    "اواخر": "late", "نهايه": "late", "نهايات": "late", "اخر": "late", "ختام": "late",
}  # fmt: skip
_TOWARDS = {
    "الماضي": "past", "الفائت": "past", "المنصرم": "past",
    "الجاري": "this", "الحالي": "this",
    "المقبل": "next", "القادم": "next",
}  # fmt: skip
_OFFSET = {"past": -1, "this": 0, "next": 1}
_DAY_PARTS = ("صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "ظهيره", "عصر", "نهار", "ضحي")
_NIGHT = ("مساء", "ليل", "ليله")
# words after اليوم that make it some other day ("اليوم التالي", "اليوم الأول" of a battle...)
_NOT_TODAY = (
    "التالي", "السابق", "الموالي", "نفسه", "ذاته", "الذي", "الوطني", "العالمي", "الدولي", "الاخير",
    "الموعود", *(f"ال{word}" for word in _ORDINALS),
)  # fmt: skip


# spacing, with the direction marks Arabic web text carries; possessive, as nothing after it starts with a space
_S = r"[\s\u200e\u200f\u061c]++"
_S0 = r"[\s\u200e\u200f\u061c]*+"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (longest first), with a space standing for any spacing."""
    return "|".join(w.replace(" ", _S) for w in sorted(words, key=len, reverse=True))


_B = r"(?<!\w)(?=\w)"  # a word starts here
_BN = r"(?<![\w/.:\-\u066b\u066c])(?=\w)"  # ... and is no part of a number like 6/5 or 2.5
_PRO = r"(?:[وف]?[بل]?)"  # proclitics on a word without the article
_DEF = r"(?:[وف]?(?:ب?ال|لل))"  # the article, with its proclitics
_MONTH_WORDS = "|".join(
    w.replace(" ", _S + "(?:ال)?") for w in sorted(_MONTHS, key=len, reverse=True)
)  # "كانون الثاني", "كانون ثاني"
_MONTH = rf"(?P<mon>{_MONTH_WORDS})(?!\w)(?:{_S0}/{_S0}(?:{_MONTH_WORDS})(?!\w)|{_S0}\({_S0}(?:{_MONTH_WORDS}){_S0}\))?"
_TOWARD = rf"(?:{_alt(_TOWARDS)})ه?(?!\w)"
_YEAR_DIGITS = r"(?:19|20|١٩|٢٠|۱۹|۲۰)\d\d"  # in Western or Arabic-Indic digits
_YEAR = rf"(?P<yr>{_YEAR_DIGITS})(?!\d)(?:{_S0}م(?!\w))?(?!\w)"  # 2014م: the Gregorian mark
_YEAR_TAIL = rf"(?:{_S0}[،,])?{_S}(?:(?:من{_S})?(?:ال)?(?:عام|سنه){_S0})?{_YEAR}"
_YEAR_REL = rf"{_S}(?:من{_S})?(?:(?:ال)?(?:عام|سنه){_S}(?P<yrel>{_TOWARD})|(?P<ythis>هذا{_S}العام|هذه{_S}السنه)(?!\w))"
_MONTH_TAIL = rf"(?:{_YEAR_TAIL}|{_YEAR_REL}|{_S}(?P<mrel>{_TOWARD}))?"
_ORDINAL = (
    rf"{_DEF}(?:(?P<ou>{_alt(_UNITS)}){_S}(?:(?P<teen>عشر)|و{_S0}ال(?P<tens>عشر|ثلاث)(?:ين|ون))"
    rf"|(?P<os>{_alt(_ORDINALS)}))(?!\w)|{_PRO}(?P<first>اول)(?!\w)"
)
_DAY_NUMBER = rf"{_PRO}\u0640*(?:ال\u0640*{_S0})?(?P<dn>\d{{1,2}})(?!\d)"
_WEEKDAY = rf"(?:{_alt(_WEEKDAYS)})"
_DAY_PART = rf"(?:{_alt(_DAY_PARTS)}|منتصف{_S}ليله?)"
_PAST_ADJ = r"(?:الماضيه|الاخيره|المنصرمه|الفائته)"


def _towards(word: str | None) -> str | None:
    if not word:
        return None
    word = re.sub(_S, " ", word).strip()
    return _TOWARDS.get(word[:-1] if word.endswith("ه") else word)


def _month(word: str) -> int:
    return _MONTHS[re.sub(rf"{_S}(?:ال)?", " ", word)]


def _year_told(g: dict[str, str | None]) -> dict[str, object]:
    """The year part of a date or month: explicit, moved from the reference's, or by the month's adjective."""
    if g.get("yr"):
        return {"year": int(g["yr"])}  # type: ignore[arg-type]
    if g.get("ythis") is not None:
        return {"offset": 0}
    if g.get("yrel"):
        towards = _towards(g["yrel"])
        return {"offset": _OFFSET[towards]} if towards else {}
    if g.get("mrel"):
        return {"towards": _towards(g["mrel"])}
    return {}


def _day(g: dict[str, str | None]) -> int | None:
    if g.get("dn"):
        day = int(g["dn"])  # type: ignore[arg-type]
    elif g.get("ou"):
        day = _UNITS[g["ou"]] + (10 if g.get("teen") else 20 if g.get("tens") == "عشر" else 30)  # type: ignore[index]
    elif g.get("os"):
        day = _ORDINALS[g["os"]]  # type: ignore[index]
    else:
        day = 1  # أول أيار
    return day if 1 <= day <= 31 else None


# --- patterns and their readers ---------------------------------------------------------------

_DATE = re.compile(
    rf"{_BN}(?:{_DAY_NUMBER}|{_ORDINAL})(?:{_S}من)?{_S}"
    rf"(?:(?:ال)?شهر{_S}(?P<drel>{_TOWARD})|(?P<dthis>هذا{_S}الشهر)(?!\w)"
    rf"|(?:[بل]?شهر{_S})?{_MONTH}{_MONTH_TAIL})"
)


def _read_date(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    day = _day(g)
    if day is None:
        return None
    if g["mon"]:
        return Reading("date", day=day, month=_month(g["mon"]), **_year_told(g))  # type: ignore[arg-type]
    towards = "this" if g["dthis"] is not None else _towards(g["drel"])
    return Reading("day_of_month", day=day, offset=_OFFSET[towards]) if towards else None


_MONTH_ALONE = re.compile(rf"{_B}{_PRO}(?:(?P<shahr>شهر){_S})?{_MONTH}{_MONTH_TAIL}")
_BEFORE_BARE_MONTH = re.compile(rf"(?<!\w)[وف]?(?:في|خلال|منذ|حتي){_S}\Z")


def _read_month(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    told = _year_told(g)
    # a bare month name ("مارس" is also a verb, "اب" a father) only after في, خلال, منذ, حتى
    if not told and not g["shahr"] and not _BEFORE_BARE_MONTH.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    return Reading("month", month=_month(g["mon"]), **told)  # type: ignore[arg-type]


_PART = re.compile(
    rf"{_B}{_PRO}(?:(?P<holiday>عطله){_S})?(?P<part>{_alt(_PARTS)}){_S}"
    rf"(?:(?:ال)?شهر{_S}(?P<prel>{_TOWARD})|(?P<pthis>هذا{_S}الشهر)(?!\w)"
    rf"|(?:(?:ال)?شهر{_S})?{_MONTH}{_MONTH_TAIL}"
    rf"|(?:ال)?(?:عام|سنه){_S}(?P<pyrel>{_TOWARD})|(?P<pythis>هذا{_S}العام|هذه{_S}السنه)(?!\w)"
    rf"|(?P<aam>(?:ال)?(?:عام|سنه){_S0})?(?P<pyr>{_YEAR_DIGITS})(?!\d)(?:{_S0}م(?!\w))?(?!\w)"
    rf"|(?:ال)?اسبوع(?!\w)(?:{_S}(?P<pwrel>{_TOWARD}))?)"
)


def _read_part(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    word = g["part"]
    part = _PARTS[word]
    week = not (g["mon"] or g["pyr"] or g["prel"] or g["pyrel"]) and g["pthis"] is None and g["pythis"] is None
    if g["holiday"] and not week:
        return None  # عطلة is only "the weekend"
    if g["mon"]:
        return Reading("month", month=_month(g["mon"]), part=part, **_year_told(g))  # type: ignore[arg-type]
    if g["pyr"]:
        if word == "اخر" and not g["aam"]:
            return None  # "آخر 2000 مقاتل": the last 2000 fighters
        return Reading("year", year=int(g["pyr"]), part=part)
    if not week:
        this = g["pthis"] is not None or g["pythis"] is not None
        towards = "this" if this else _towards(g["prel"] or g["pyrel"])
        if towards not in ("this", "past"):
            return None
        kind = "rel_month" if g["pthis"] is not None or g["prel"] else "rel_year"
        return Reading(kind, offset=_OFFSET[towards], part=part)  # type: ignore[index]
    # the week: مطلع الأسبوع, منتصف الأسبوع الماضي, نهاية الأسبوع الماضي, عطلة نهاية الأسبوع
    towards = _towards(g["pwrel"]) or "this"
    if part == "late":
        if towards == "past" or g["holiday"]:
            return Reading("weekend", towards="past" if towards == "past" else "this")
        return None  # "نهاية الأسبوع": as likely the coming weekend
    if towards == "past":
        return Reading("back", low=13, high=7, precision="week")
    return Reading("back", low=6, high=0, precision="week") if towards == "this" else None


# what follows four digits that are a clock time, not a year ("2000 GMT", "1930 بتوقيت غرينتش"); text lower-cased
NOT_A_CLOCK = r"(?!\s*(?:gmt|utc|z\b|local\s+time|hours?\b|hrs\b|بتوقيت|ت\.?\s?غ\b))"
_YEAR_ALONE = re.compile(rf"(?<![\w\-–/])(?=\w){_PRO}(?:(?:ال)?(?:عام|سنه){_S0})?{_YEAR}(?![-–]\d){NOT_A_CLOCK}")


def _read_year(m: re.Match[str]) -> Reading | None:
    return Reading("year", year=int(m.group("yr")))


_WEEKDAY_EXPR = re.compile(
    rf"{_B}(?:(?P<since>[وف]?منذ){_S})?(?:{_PRO}(?P<dpart>{_DAY_PART}){_S})?(?:{_PRO}(?:ال)?يوم{_S})?"
    rf"[وف]?(?:ب?ال|لل)(?P<wd>{_WEEKDAY})(?!\w)(?!{_S}عشر)"
    rf"(?:(?:{_S0}[-–/]{_S0}|{_S}(?:علي|الي|حتي){_S}|{_S}و{_S0}|{_S})ال(?P<wd2>{_WEEKDAY})(?!\w))?"
    rf"(?:{_S}(?P<wrel>{_TOWARD}))?"
)


def _read_weekday(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    towards = _towards(g["wrel"])
    if towards == "this":
        return None  # "الأحد الجاري" is not a way to name a day
    second = _WEEKDAYS[g["wd2"]] if g["wd2"] else None
    return Reading("weekday", weekday=_WEEKDAYS[g["wd"]], weekday2=second, towards=towards, since=bool(g["since"]))


# The two patterns below share the proclitics and then branch on a literal, which the regex
# engine checks before it enters a branch: much faster than each branch having its own prefix.
_ART = r"(?:ال|(?<=ل)ل)"  # the article after the proclitics (ل + ال is written لل)
_RELATIVE = re.compile(
    rf"{_B}(?:(?P<since>[وف]?منذ){_S})?[وف]?[بل]?(?:"
    rf"{_ART}(?:يوم(?P<today>)(?!\w)(?!{_S}(?:{_alt(_NOT_TODAY)})(?!\w))"
    rf"|ليله(?P<lastnight>){_S}الماضيه(?!\w)"
    rf"|(?P<unit>اسبوع|شهر|عام|سنه){_S}(?P<urel>{_TOWARD})"
    rf"|اونه(?P<lately>){_S}الاخيره(?!\w))"
    rf"|(?:يوم{_S}(?:ال)?|{_ART})?(?P<yest>امس|(?<=ال)بارحه)(?!\w)(?:{_S}(?:(?P<yfirst>الاول)|ال{_WEEKDAY})(?!\w))?"
    rf"|اول(?P<byest>){_S}(?:من{_S})?امس(?!\w)"
    rf"|(?P<rpart>{_DAY_PART}){_S}(?:يوم{_S})?(?:(?:ال)?امس|البارحه|(?P<rt>اليوم))(?!\w)(?:{_S}ال{_WEEKDAY}(?!\w))?"
    rf"|هذا{_S}(?:ال)?(?P<this>اسبوع|شهر|عام)(?!\w)|هذه(?P<thisyear>){_S}السنه(?!\w)"
    rf"|مؤخر(?P<recent>)(?:ا\u064b?|\u064bا)(?!\w)"
    rf"|في{_S}ال(?:اونه)(?P<lately2>){_S}الاخيره(?!\w)"
    rf")"
)
_BACK = {
    "today": (0, 0, "day"),
    "yesterday": (1, 1, "day"),
    "before yesterday": (2, 2, "day"),
    "last night": (1, 0, "day"),
    "last week": (13, 7, "week"),
    "this week": (6, 0, "week"),
    "recently": (60, 0, "month"),
    "recent days": (10, 0, "week"),
    "two days": (2, 0, "week"),
}


def _back(key: str, since: bool = False) -> Reading:
    low, high, precision = _BACK[key]
    return Reading("back", low=low, high=high, precision=precision, since=since)


def _read_relative(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    since = bool(g["since"])
    if g["today"] is not None:
        return _back("today", since)
    if g["rpart"]:
        if g["rt"]:
            return _back("today", since)
        return _back("last night" if g["rpart"] in _NIGHT else "yesterday", since)
    if g["yest"]:
        return _back("before yesterday" if g["yfirst"] else "yesterday", since)
    if g["byest"] is not None:
        return _back("before yesterday", since)
    if g["lastnight"] is not None:
        return _back("last night", since)
    if g["unit"] or g["this"] or g["thisyear"] is not None:
        unit = g["unit"] or g["this"] or "سنه"
        towards = _towards(g["urel"]) if g["unit"] else "this"
        if towards not in ("past", "this"):
            return None
        if unit == "اسبوع":
            return _back("last week" if towards == "past" else "this week", since)
        kind = "rel_month" if unit == "شهر" else "rel_year"
        return Reading(kind, offset=_OFFSET[towards], since=since)
    return _back("recently")  # مؤخرا, (في) الآونة الأخيرة


_RECENT = re.compile(
    rf"{_B}[وف]?[بل]?(?:(?P<within>خلال|في{_S}غضون|في|طيله|علي{_S}مدي|علي{_S}مدار){_S})?(?:"
    rf"{_ART}(?:ايام(?P<days>){_S}(?:(?:ال)?قليله{_S})?{_PAST_ADJ}|يومين(?P<twodays>){_S}(?:الماضيين|الاخيرين))(?!\w)"
    rf"|(?:(?:ال\u0640*{_S0})?(?P<hn>\d{{1,3}}){_S0}ساع(?:ه|ات)|الساعات(?:{_S}(?:ال\u0640*{_S0})?(?P<hn2>\d{{1,3}}))?"
    rf"|(?P<hw>(?:ال)?(?:اربع|ثماني|ثمانيه|اثنتين|اثنين){_S}و{_S0}(?:ال)?(?:عشرين|اربعين|سبعين)){_S}ساعه)(?!\w)"
    rf"(?:{_S}(?:(?P<hpast>{_PAST_ADJ})|(?P<hnext>المقبله|القادمه))(?!\w))?"
    rf")"
)
_HOUR_WORDS = {"اربع عشرين": 24, "ثماني اربعين": 48, "ثمانيه اربعين": 48, "اثنتين سبعين": 72, "اثنين سبعين": 72}


def _read_recent(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    if g["days"] is not None:
        return _back("recent days")
    if g["twodays"] is not None:
        return _back("two days")
    # hours: خلال الـ72 ساعة الماضية, خلال 48 ساعة, الساعات الـ24 الماضية, خلال الساعات الماضية
    if g["hnext"] or not ((g["within"] and g["within"] != "في") or g["hpast"]):
        return None
    if g["hn"] or g["hn2"]:
        hours = int(g["hn"] or g["hn2"])  # type: ignore[arg-type]
    elif g["hw"]:
        words = " ".join(re.sub(r"^و?(?:ال)?", "", w) for w in re.findall(r"\w+", g["hw"]) if w != "و")
        hours = _HOUR_WORDS.get(words, 0)
    else:
        hours = 24  # "الساعات الماضية": the last hours
    if not 0 < hours <= 24 * 31:
        return None
    return Reading("back", low=-(-hours // 24), high=0, precision="day" if hours <= 24 else "week")


_AFTER = re.compile(
    rf"{_B}(?:{_PRO}{_DAY_PART}{_S})?(?:"
    rf"{_DEF}(?P<aunit>يوم|اسبوع|ليله)(?:{_S}(?P<adir>التالي|التاليه|الموالي|السابق|السابقه)|{_S}(?P<asame>نفسه|نفسها|ذاته|ذاتها))"
    rf"|{_PRO}نفس{_S}(?P<asame2>اليوم|الليله)"
    rf"|{_PRO}(?P<bdir>بعد|قبل)(?:ها|ه|{_S}ذلك)?{_S}ب(?P<bcount>يومين|يوم|ايام|اسبوعين|اسبوع)"
    rf")(?!\w)"
)
_COUNTS = {"يوم": (1, 1), "يومين": (2, 2), "ايام": (2, 7), "اسبوع": (7, 7), "اسبوعين": (14, 14)}


def _read_after(m: re.Match[str]) -> Reading | None:
    g = m.groupdict()
    if g["asame"] or g["asame2"]:
        return Reading("after", low=0, high=0)
    if g["adir"]:
        days = 7 if g["aunit"] == "اسبوع" else 1
        sign = -1 if g["adir"].startswith("السابق") else 1
        return Reading("after", low=sign * days, high=sign * days)
    low, high = _COUNTS[g["bcount"]]
    return Reading("after", low=low, high=high) if g["bdir"] == "بعد" else Reading("after", low=-high, high=-low)


# "قبل يومين", "قبل ثلاثة أيام", "قبل أسبوع", "قبل أيام": so long before the reference (folded text)
_AGO = re.compile(
    rf"{_B}{_PRO}قبل{_S}(?:(?P<gn>\d{{1,2}}|ثلاثه|اربعه|خمسه|سته|سبعه|ثلاث|اربع|خمس|ست|سبع){_S})?"
    rf"(?P<gu>يومين|يوم|ايام|اسبوعين|اسبوع|اسابيع)(?!\w)"
)
_AGO_NUMBERS = {
    "ثلاثه": 3,
    "ثلاث": 3,
    "اربعه": 4,
    "اربع": 4,
    "خمسه": 5,
    "خمس": 5,
    "سته": 6,
    "ست": 6,
    "سبعه": 7,
    "سبع": 7,
}


def _read_ago(m: re.Match[str]) -> Reading | None:
    n, unit = m.group("gn"), m.group("gu")
    count = int(n) if n and n.isdigit() else _AGO_NUMBERS.get(n or "")
    if unit in ("يوم", "يومين"):
        days = 1 if unit == "يوم" else 2
        return Reading("back", low=days, high=days, precision="day")
    if unit == "ايام":
        return Reading("back", low=count, high=count, precision="day") if count else _back_days(7, 2)
    weeks = 1 if unit == "اسبوع" else 2 if unit == "اسبوعين" else count or 3
    return _back_days(7 * weeks + 3, 7 * weeks - 3)


# "في اليوم ذاته", "في الشهر نفسه", "في نفس اليوم": within the date told before (text folded: ة → ه)
_SAME_UNITS = {"يوم": "day", "ليله": "day", "اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}
_SAME = re.compile(
    rf"(?<!\w){_PRO}(?:في{_S})?(?:ال(?P<unit>يوم|ليله|اسبوع|شهر|عام|سنه){_S}(?:ذاته|نفسه|ذاتها|نفسها)"
    rf"|نفس{_S}ال(?P<unit2>يوم|ليله|اسبوع|شهر|عام|سنه))(?!\w)"
)


def _read_same(m: re.Match[str]) -> Reading:
    return Reading("that", part="same", precision=_SAME_UNITS[m.group("unit") or m.group("unit2")])


def _back_days(low: int, high: int) -> Reading:
    return Reading("back", low=low, high=max(high, 0), precision="week")


PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Reading | None]], ...] = (
    (_DATE, _read_date),
    (_PART, _read_part),
    (_MONTH_ALONE, _read_month),
    (_YEAR_ALONE, _read_year),
    (_WEEKDAY_EXPR, _read_weekday),
    (_RELATIVE, _read_relative),
    (_RECENT, _read_recent),
    (_AFTER, _read_after),
    (_AGO, _read_ago),
    (_SAME, _read_same),
)
"""The Arabic patterns (over folded text) and their readers, in order of preference for equal spans."""
