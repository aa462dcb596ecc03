"""The words that report an incident, in English and Arabic, and the ACLED-style type each implies.

A sentence reports an incident when it holds a trigger (airstrike, seized, غارة, استهدف…) that
is not hypothetical ("could strike", "إذا"), habitual ("routinely carries out strikes") or
background ("since the US assassinated…").  Where a sentence holds several triggers, the most
specific names its type: a drone strike over an attack, an attack over a movement of troops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Trigger",
    "asides",
    "find_triggers",
    "in_background",
    "mostly_arabic",
]

# the countries whose air forces the region's reporting names ("الطيران الروسي"), as the adjective after الطيران
_AIR_FORCES_AR = ("الروسي", "السوري", "التركي", "الإسرائيلي", "العراقي", "الأمريكي", "الأميركي", "الأردني", "الإيراني")

# (type, English pattern, Arabic stems); listed from the most to the least specific type
_LEXICON: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "drone_strike",
        r"drone (?:strikes?|attacks?|bomb\w*)|drones? (?:struck|hit|attacked|targeted|bombed|strikes?)|"
        r"(?:unmanned|armed) (?:aerial )?(?:vehicles?|aircraft)|UAVs?|drones?",
        (
            "طائرة مسيرة",
            "طائرات مسيرة",
            "طائرة مسيّرة",
            "طائرات مسيّرة",
            "بطائرتين مسيرتين",
            "مسيرة",
            "مسيّرة",
            "مسيرتين",
            "مسيرات",
            "طائرة بدون طيار",
            "طائرات بدون طيار",
            "درون",
        ),
    ),
    (
        "air_strike",
        r"air ?strikes?|air raids?|aerial (?:bombardment|attacks?)|warplanes|war ?planes|fighter jets|jets|"
        r"air defen[cs]es|"
        # "coalition aircraft fired two missiles": aircraft that attack, not a carrier or anti-aircraft fire
        r"(?<!anti-)(?<!anti )(?:aircraft|helicopters?|gunships?)(?=\s+(?:fired|struck|bombed|targeted|hit|launched|"
        r"attacked|shelled|carried out|conducted|dropped)\b)|"
        r"bombed|bombing|bombardments?|carpet bomb\w*|barrel[- ]bomb\w*|strikes?",  # a bare "strike": from the air
        (
            "براميل متفجرة",
            "برميل متفجر",
            "غارة",
            "غارات",
            "ضربة جوية",
            "ضربات جوية",
            "قصف جوي",
            "الطيران الحربي",
            # "يرتكبها الطيران الروسي": the air force named by its country, which is the agent
            *(f"{air} {country}" for air in ("الطيران", "طيران") for country in _AIR_FORCES_AR),
            "طيران التحالف",
            "طائرات حربية",
            "مقاتلات",
            "عدوان جوي",
            "عدوانا جويا",
            "الدفاعات الجوية",  # "تصدت الدفاعات الجوية لأهداف معادية": a strike from the air, met by air defences
            "الدفاع الجوي",
        ),
    ),
    (
        "rocket_attack",
        r"rocket (?:attacks?|fire)|rockets?|Katyushas?|missiles?|projectiles?",
        ("صاروخ", "صواريخ", "صاروخية", "صاروخي", "صاروخا", "صاروخاً", "كاتيوشا", "مقذوفات", "قذائف صاروخية"),
    ),
    (
        "remote_explosive",
        r"(?:roadside|car|truck|suicide) bomb(?:s|ings?|ers?)?|IEDs?|improvised explosive|explosive devices?|"
        r"landmines?|booby[- ]trap\w*|(?:car|vehicle) (?:explosions?|blasts?)|blown up|blew up|"
        r"(?<!sound )(?<!gas )(?<!smoke )(?<!stun )(?<!barrel )(?<!tear )(?<!cluster )(?<!drone )bombs?",
        ("عبوة ناسفة", "عبوات ناسفة", "سيارة مفخخة", "مفخخة", "لغم", "ألغام", "حزام ناسف", "انتحاري", "انفجار سيارة"),
    ),
    (
        "shelling",
        r"shell(?:ing|ed|s)|artillery|mortars?|bombardments?",
        ("قصف مدفعي", "قصفا مدفعيا", "قذائف", "قذيفة", "هاون", "المدفعية", "قصف", "قصفت"),
    ),
    ("assassination", r"assassinat\w*", ("اغتيال", "اغتال")),
    ("riot", r"riot(?:s|ed|ing)?|revolt(?:s|ed)?|mutin(?:y|ied)|rebellion", ("تمرد", "عصيان", "شغب")),
    (
        "territory_change",
        r"seiz(?:ed|es|ing|ure)|captur(?:ed|es|ing)|"
        r"(?:took|taken|wrested|seized|regained|lost|retook|established|imposed) control|"
        # "after taking the nearby city of al-Qaim", "took the town of Rawa": a takeover told by its object
        r"(?:took|taking|takes|take)\s+(?:over\s+)?(?:the\s+)?(?:nearby\s+|strategic\s+|border\s+)?"
        r"(?:city|town|village|district|crossing|airport|air\s?base|base|hill)\b|"
        r"liberat(?:ed|es?|ing|ion)|recaptur\w*|retook|retaken|retake|re-capture\w*|overran|fell to|drove out|expelled|"
        r"defeated|"
        r"raised (?:the|their|its) (?:[\w-]+ )?flags? (?:in|over|above|on)",  # "raised the Iraqi flag in central Rutba"
        (
            "السيطرة على",
            "سيطرته على",
            "سيطرتها على",
            "سيطرتهم على",
            "بسط السيطرة",
            "سيطر",
            "سيطرت",
            "استعاد",
            "استعادت",
            "استعادة",
            "تحرير",
            "حرر",
            "حررت",
            "انتزاع",
            "رفع العلم",
            "رفعت العلم",
        ),
    ),
    (
        "armed_clash",
        r"clash(?:es|ed)?|fighting|fought(?!\s+off)|battles?|gunfights?|firefights?|exchanged fire|"
        # "pushed IS units from its vicinity", "repelled an attack": ground fighting told by its outcome
        r"(?:pushed|drove|forced)(?=\s+(?:[\w-]+\s+){1,3}?(?:out of|from|back)\b)|pushed back|repelled|repulsed",
        ("اشتباك", "اشتباكات", "اشتبك", "اشتبكت", "اشتبكوا", "معارك", "معركة", "مواجهات", "تصدت", "تصدوا"),
    ),
    (
        "attack",
        r"attacks?|attacked|attacking|ambush(?:ed|es)?|assaults?|raids?|raided|opened fire|gunmen|targeted|targeting|"
        r"struck|hit|intercepted|explosions?|blasts?|exploded",
        (
            "هجوم",
            "هجوما",
            "هجوماً",
            "هجومين",
            "هجمات",
            "الهجوم",
            "استهداف",
            "استهدف",
            "استهدفت",
            "هاجم",
            "هاجمت",
            "كمين",
            "اعتداء",
            "عدوان",
            "انفجار",
            "إطلاق نار",
            "إطلاق النار",
            "النار على",
        ),
    ),
    (
        "protest",
        r"protests?|protesters|demonstrat(?:ed|ions?|ors)|rallied|sit-ins?",
        ("تظاهرة", "مظاهرة", "مظاهرات", "احتجاج", "احتجاجات", "متظاهرين", "المتظاهرين"),
    ),
    (
        "troop_movement",
        r"convoys?|reinforcements|deployed|withdr[ae]w|advanc(?:ed|ing)",
        ("رتل", "أرتال", "تعزيزات", "انسحاب", "انسحبت"),
    ),
]
PRIORITY = {name: i for i, (name, _, _) in enumerate(_LEXICON)}

_ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
_LETTERS = re.compile(r"[^\W\d_]")


def mostly_arabic(text: str) -> bool:
    """Whether ``text`` is mostly written in Arabic script."""
    letters = len(_LETTERS.findall(text))
    return letters > 0 and len(_ARABIC_LETTERS.findall(text)) * 2 > letters


# short vowels, shadda and tatweel, which some outlets write and most do not ("تصدّت", "هجوماً")
HARAKAT = "[\u064b-\u0652\u0670\u0640]*"


def with_harakat(word: str) -> str:
    """A pattern for an Arabic word (no regex syntax in it) that matches it with or without harakat."""
    return "".join(re.escape(ch) + HARAKAT for ch in word)


def _arabic_stem(stem: str) -> str:
    # proclitics و ف, then ب ل ك, then the article; suffixes (pronouns, dual, plural) may follow
    words = stem.split()
    head = words[0]
    head = rf"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل){with_harakat(head[2:] if head.startswith('ال') else head)}"
    return r"\s+".join([head, *map(with_harakat, words[1:])]) + r"(?:\w" + HARAKAT + r"){0,3}"


_EN = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in _LEXICON) + r")\b", re.IGNORECASE)
_AR = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        f"(?P<{name}>{'|'.join(_arabic_stem(s) for s in sorted(stems, key=len, reverse=True))})"
        for name, _, stems in _LEXICON
    )
    + r")(?!\w)"
)

# a modal, negation, condition or intention before the trigger, in its own clause
_HYPOTHETICAL_EN = re.compile(
    r"\b(?:could|would|will|can|cannot|should|might|may|must|if|wants? to|plans? to|aims? to|threat(?:en)?s? to|"
    r"not|never|no|without|aimed at|attempts? to|prevent\w*|ready to|capable of|vowed to)\b",
    re.IGNORECASE,
)
# the future: سـ on a verb ("سيستهدف", "ستقصف", "سيتم"), not the words that start so ("سيارة", "سيطرة", "ستة")
_FUTURE_AR = r"س[يتن](?:ستهدف|قصف|شن|نفذ|هاجم|ضرب|رد|قوم|واصل|تم|كون|عمل|لجأ|طلق|سقط)\w*"
_HYPOTHETICAL_AR = re.compile(
    rf"(?<!\w)(?:لن|إذا|لو|سوف|{_FUTURE_AR}|يهدد|تهدد|ينوي|تنوي|لمنع|بهدف|لم|تحسبا|تحسباً|خشية|خوفا|خوفاً)(?!\w)"
)
# "قد يستهدف" (may strike) is a possibility; "قد استهدفت", "قد تعرضت" (had struck, had come under) are told as done
_MAY_AR = re.compile(r"(?<!\w)قد\s+(?!تم(?!\w))(?:[ين]\S+|ت\S*[^ت\s،.])(?=\s|$|[،.])")
# what happens again and again, or what a claim is about in general, is no one incident
_HABITUAL = re.compile(
    r"\b(?:routinely|repeatedly|regularly|frequently|often|usually|rarely|seldom|increasingly|have increased|"
    r"has increased|"
    r"continues? to|campaign of|series of|dozens of|hundreds of|every|each time|since|ever since|"
    r"has (?:carried out|conducted|launched)|have (?:carried out|conducted|launched))\b",
    re.IGNORECASE,
)
_HABITUAL_AR = re.compile(r"(?<!\w)(?:بشكل متكرر|باستمرار|مرارا|مراراً|عادة|منذ)(?!\w)")
_DONE_EN = (
    r"(?:targeted|attacked|struck|hit|shelled|bombed|come under|came under|faced|carried out|launched|conducted|"
    r"fought|battled|clashed)"
)
# ", which has fought the SDF since 2015,", ", a network of militias,": what is said of a name in passing
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s[^,;]{1,120}(?=,)")  # the closing comma may open the next
_APPOSITIVE = re.compile(r",\s+(?:which|who|whose|a|an|the)\s[^,;]{1,120}(?=,)")


@lru_cache(maxsize=256)
def asides(sentence: str, *, appositions: bool = False) -> tuple[tuple[int, int], ...]:
    """Spans of the relative clauses (and with ``appositions``, the appositions) set off by commas."""
    if "," not in sentence:
        return ()
    return tuple(m.span() for m in (_APPOSITIVE if appositions else _RELATIVE).finditer(sentence))


# a sentence about a pattern of incidents, not one of them
_GENERIC_SENTENCE = re.compile(
    r"\b(?:routinely|repeatedly|regularly|frequently|usually|near-daily|near daily|almost daily|daily|nightly|"
    r"have increased|has increased|have escalated|"
    r"has escalated|have intensified|has intensified)\b|"
    r"\b(?:recorded|documented|counted|tallied|registered)\s+(?:[\w-]+\s+){0,4}?(?:at least\s+|more than\s+)?"
    r"\d[\d,]*\b|\b(?:death toll|tally|statistics)\b|"
    r"\bin\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:attacks|operations|strikes|airstrikes|raids|ambushes|bombings|incidents)\b|"
    r"(?<!\w)(?:بشكل متكرر|مرارا|مراراً|تصاعدت|تزايدت)(?!\w)|"
    r"(?<!\w)[وف]?(?:أحصى|أحصت|وثق|وثقت|رصد|رصدت)\s+(?:\S+\s+){0,3}\d|\d+\s+(?:مرة|مرات)(?!\w)|"
    r"(?<!\w)(?:كثيرا|كثيراً|غالبا|غالباً)\s+ما(?!\w)",
    re.IGNORECASE,
)
# in the incident word's own clause, a count of incidents or of times ("carried out 129 attacks", "struck the
# airport several times", "نفذ أكثر من 100 هجوم", "عدة مرات") or the present perfect over a period ("have
# targeted US forces since October", "have mainly targeted"): a pattern, not one incident
# "since Thursday night", "since dawn": one incident still going on, not a pattern over a period
_NOT_LATELY = r"(?!\s+(?:\w+day|yesterday|last night|this morning|dawn|early|late|the early hours)\b)"
_TALLY = re.compile(
    r"\b\d{2,}[\d,]*\s+(?:[\w-]+\s+)?(?:attacks|operations|strikes|airstrikes|raids|ambushes|bombings|incidents)\b|"
    r"\b(?:several|multiple|many|numerous|countless|\d+)\s+times\b|"
    r"(?<!\w)\d{2,}\s+(?:هجوم|هجوما|هجوماً|هجمة|عملية|غارة|ضربة|استهداف)(?!\w)|(?<!\w)(?:عدة مرات|مرات عدة)(?!\w)|"
    # the present perfect over a period: "have targeted US forces since October", "have mainly targeted"
    rf"\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?{_DONE_EN}\b[^.]{{0,100}}\bsince\b{_NOT_LATELY}|"
    rf"\bsince\b{_NOT_LATELY}[^.]{{0,100}}\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?{_DONE_EN}\b|"
    rf"\b(?:have|has)\s+(?:mainly|mostly|largely|primarily|chiefly)\s+{_DONE_EN}\b",
    re.IGNORECASE,
)
_NATURAL = re.compile(
    r"\b(?:earthquakes?|quakes?|floods?|storms?|sandstorms?|wildfires?)\b|(?<!\w)(?:زلزال|فيضان|عاصفة)", re.I
)
_CLAUSE_START = re.compile(
    r".*(?:[,;:—–(،؛]|\b(?:that|which|who|following|after|before|when|while|but|and)\b|(?<!\w)(?:التي|الذي|بعد|قبل|فيما|بينما)(?!\w))",
    re.IGNORECASE | re.DOTALL,
)


# the words that make incidents a kind ("similar attacks", "previous strikes"), not one incident
# "seven other air strikes on Friday": counted, they are incidents told, not a kind
_NOT_COUNTED = r"(?<!\d )" + "".join(f"(?<!{n} )" for n in "two three four five six seven eight nine ten".split())
_KIND_OF = rf"{_NOT_COUNTED}(?:similar|previous|past|earlier|other|repeated|frequent)"
_CLASS_OF = re.compile(rf"\b(?:{_KIND_OF}|such)\s+(?:[\w-]+\s+)?$", re.I)
_CONTROL_NOUN = re.compile(r"[وف]?(?:[لب]|ال|لل|بال)?سيطرة|[وف]?(?:[لب]|ال|لل|بال)?سيطرت(?:ه|ها|هم)")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that reports an incident: where it is in the sentence, and the type it implies."""

    start: int
    end: int
    text: str
    event_type: str
    asserted: bool  # not hypothetical, negated, habitual or background


def _clause_before(sentence: str, at: int) -> str:
    before = sentence[max(0, at - 60) : at]
    clause = _CLAUSE_START.match(before)
    return before[clause.end() :] if clause else before


# "Iraqi forces found four more rockets", "ضبط عبوة ناسفة": weapons found or defused, not an attack
_FOUND = re.compile(
    r"\b(?:found|discovered|uncovered|seized|confiscated|defused|dismantled|disarmed|cleared)\b(?:\s+[\w-]+){0,4}\s*$|"
    r"(?<!\w)[وف]?(?:ضبط\w*|عثر\w*|العثور|تفكيك|فكك\w*|إبطال|أبطل\w*|مصادرة)(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)


def _asserted(sentence: str, at: int, arabic: bool) -> bool:
    clause = _clause_before(sentence, at)
    if _FOUND.search(clause) or in_background(sentence, at):
        return False
    if about := _ABOUT_THE_CLAIM.search(clause):
        clause = clause[about.end() :]
    if arabic:
        may = _MAY_AR.search(clause + sentence[at : at + 20])
        return not (_HYPOTHETICAL_AR.search(clause) or _HABITUAL_AR.search(clause) or may)
    word = _WORD_AT.match(sentence, at)
    purpose = _PURPOSE.search(sentence, max(0, at - 50), word.end() if word else at)  # "…to liberate the town"
    if purpose and _ONE_ACT_ACCUSED.search(sentence, purpose.start(), at):
        purpose = None  # "accused Kataib Hezbollah of carrying out a strike on Friday": one act, told as done
    return not (_HYPOTHETICAL_EN.search(clause) or _HABITUAL.search(clause) or purpose)


_WORD_AT = re.compile(r"[\w-]+")


# "no group has claimed responsibility for the attack", "ولم تعلق إسرائيل على الغارة": the "no" is the claim's
# or the comment's; the incident they are about happened
_ABOUT_THE_CLAIM = re.compile(
    r"^.*\b(?:claim\w*|took|taken|responsibility|credit|comment\w*)\b(?:\s+(?:responsibility|credit))?"
    r"\s+(?:for|on|about)\s+(?:the\s+|an?\s+|this\s+|that\s+)?|"
    r"^.*(?<!\w)(?:[وف]?(?:تعلق|يعلق|تبن\w*)|مسؤولي\w*)\s+(?:على|عن)\s+",
    re.IGNORECASE | re.DOTALL,
)


# what the sentence tells as background to its incident, to the end of that clause: the cause it answered
# ("in retaliation for drone attacks on…", "رداً على…"), what it happened despite ("Despite the defeat of ISIS
# in 2019", "رغم…"), and the kind it is one of ("after a string of similar attacks on bases in Iraq")
_BACKGROUND = re.compile(
    r"\b(?:(?:in )?retaliation for|in response to|a response to|retaliating for|to retaliate for|(?:in )?revenge for|"
    r"to avenge|despite|although|even though)\b[^,;]*|"
    rf"\b(?:{_KIND_OF})\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|airstrikes|raids|bombings|incidents|conflicts?|clashes|fighting|battles|rounds?)\b[^,;]*|"
    r"(?<!\w)(?:رداً|ردا|رد)\s+على[^،,؛]*|(?<!\w)انتقاما\s+ل[^،,؛]*|(?<!\w)(?:رغم|على الرغم من|بالرغم من)(?!\w)[^،,؛]*",
    re.IGNORECASE,
)


def in_background(sentence: str, at: int) -> bool:
    """Whether position ``at`` of the sentence lies in a clause told as background (a cause, a concession, a kind)."""
    return any(a <= at < b for a, b in _background_spans(sentence))


@lru_cache(maxsize=256)
def _background_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _BACKGROUND.finditer(sentence))


# "accuses the PKK of using the camp to launch attacks": what someone means to do
_PURPOSE = re.compile(
    r"\b(?:to|of)\s+(?:launch|launching|carry out|carrying out|conduct|conducting|stage|staging|mount|mounting|"
    r"attack|strike|target|hit|bomb|shell|seize|capture|retake|recapture|re-capture|liberate|storm|destroy|use|using|train|"
    r"training|plan|planning|prepare|preparing|prevent|stop|avoid|repel)\b",
    re.IGNORECASE,
)


# "of carrying out the attack", "of staging a strike": the one act someone is accused of, not what they mean to do
_ONE_ACT_ACCUSED = re.compile(
    r"\bof\s+(?:carrying out|conducting|staging|launching|mounting|perpetrating|being behind)\s+"
    r"(?:the|a|an|this|that|last\s+\w+'s|\w+day's|yesterday's)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


_LEAFLETS = re.compile(r"\b(?:leaflets|flyers|pamphlets)\b|(?<!\w)(?:مناشير|منشورات|المناشير|المنشورات)(?!\w)", re.I)
_WHO_ONE_WAS = re.compile(r"\b(?:was|were|is|are|been|being|as)\s+(?:an?\s+)?(?:would-be\s+|former\s+)?$", re.I)


# "backed by coalition air strikes", "بإسناد من طيران التحالف": what helped the act told, not an incident of its own
_SUPPORTED_BY = re.compile(
    r"\b(?:backed|supported|aided|assisted|covered|helped)\s+by\b[^,;.]*|\bwith\s+(?:the\s+)?(?:support|backing|help|"
    r"cover)\s+of\b[^,;.]*|(?<!\w)(?:بدعم|بإسناد|بمساندة|بغطاء|وبدعم|وبإسناد|وبمساندة|وبغطاء)(?!\w)[^،,؛.]*",
    re.IGNORECASE,
)


# what went with the incident told before it ("…, alongside heavy shelling", "بالتزامن مع قصف مدفعي")
_ALONGSIDE = re.compile(
    r"\b(?:alongside|accompanied by|coinciding with|in tandem with|amid)\b[^,;.]*|"
    r"(?<!\w)(?:بالتزامن|تزامنا|تزامناً|ترافق\w*|مترافق\w*)\s+مع(?!\w)[^،,؛.]*",
    re.IGNORECASE,
)


_CLAUSE_END = re.compile(
    r"[;:—–(،؛]|,\s+(?!and\b)|\b(?:which|who|while|but|after|before|when)\b|(?<!\w)(?:بينما|فيما|التي|الذي)(?!\w)"
)


def _clause_of(sentence: str, t: Trigger) -> str:
    """The words of the trigger's own clause: back to the last break before it, on to the next after it."""
    before = _clause_before(sentence, t.start)
    after = _CLAUSE_END.search(sentence, t.end)
    return before + sentence[t.start : after.start() if after else len(sentence)]


def _unasserted(t: Trigger) -> Trigger:
    return Trigger(t.start, t.end, t.text, t.event_type, False)


def find_triggers(sentence: str) -> list[Trigger]:
    """Every incident word in ``sentence``, in order, each marked asserted or not."""
    if sentence.rstrip().endswith(("?", "؟")):
        return []
    arabic = mostly_arabic(sentence)
    pattern = _AR if arabic else _EN
    found = []
    for m in pattern.finditer(sentence):
        kind = next(name for name, value in m.groupdict().items() if value)
        if not arabic and _CLASS_OF.search(sentence, max(0, m.start() - 25), m.start()) and m.group(0).endswith("s"):
            found.append(Trigger(m.start(), m.end(), m.group(0), kind, False))
            continue  # "similar attacks", "previous strikes": a class of incidents, not one
        if kind == "territory_change" and _CONTROL_NOUN.fullmatch(m.group(0)):
            continue  # "الخاضعة لسيطرة…": under someone's control, no takeover told
        found.append(Trigger(m.start(), m.end(), m.group(0), kind, _asserted(sentence, m.start(), arabic)))
    if _GENERIC_SENTENCE.search(sentence):
        found = [_unasserted(t) for t in found]
    found = [t if not t.asserted or not _TALLY.search(_clause_of(sentence, t)) else _unasserted(t) for t in found]
    # words told in an aside, as what backed the act ("troops, backed by coalition air strikes, retook…") or, after
    # an incident told, as what went with it ("clashes went on … alongside heavy shelling")
    spans = [(a + 1, b) for a, b in asides(sentence)] + [m.span() for m in _SUPPORTED_BY.finditer(sentence)]
    spans += [m.span() for m in _ALONGSIDE.finditer(sentence) if any(t.asserted and t.start < m.start() for t in found)]

    def set_aside(t: Trigger) -> bool:
        return (
            any(a <= t.start < b for a, b in spans)
            # "one of the dead was a suicide bomber": who someone was, not an incident
            or (t.text.endswith(("er", "ers")) and _WHO_ONE_WAS.search(sentence, 0, t.start) is not None)
            # "warplanes dropped leaflets over Shuhayl": no attack
            or (t.event_type == "air_strike" and _LEAFLETS.search(_clause_of(sentence, t)) is not None)
        )

    found = [_unasserted(t) if set_aside(t) else t for t in found]
    if _NATURAL.search(sentence):  # "the earthquake that struck Turkey"
        found = [t for t in found if t.text.lower() not in ("struck", "hit", "strikes", "strike")]
    return found


def main_type(triggers: list[Trigger]) -> Trigger | None:
    """The trigger that names the incident's type: the most specific asserted one."""
    asserted = [t for t in triggers if t.asserted]
    if not asserted:
        return None
    chosen = min(asserted, key=lambda t: (PRIORITY[t.event_type], t.start))
    if chosen.text.lower() in _BARE_STRIKE:  # "a strike involving 30 rockets": the weapon named is the type
        return next((t for t in asserted if t.event_type in _WEAPON_NAMED), chosen)
    return chosen


_BARE_STRIKE = ("strike", "strikes")  # the English word that says nothing of how it was struck
_WEAPON_NAMED = ("rocket_attack", "shelling")
