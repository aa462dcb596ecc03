"""Actors the reporting names, with their spellings in English and Arabic.

Used to find who is said to be responsible in a sentence, to name whoever says so, and to
compare claims across sources ("U.S." = "United States" = "الولايات المتحدة").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .eventwords import HARAKAT, with_harakat

__all__ = [
    "ACTORS",
    "ACTORS_AR",
    "MEMBERS",
    "ActorMention",
    "actor_key",
    "actor_mentions",
    "find_actors",
    "names_a_member",
    "same_party",
    "state_government",
]

# a capital that stands for its government ("Damascus denied it"), but not where it stands as a place
# ("a strike in Damascus", "south of Baghdad")
_NOT_A_PLACE = "".join(
    rf"(?<!{p} )"
    for p in (
        *("in", "In", "near", "at", "around", "outside", "of", "from", "to", "into", "over", "across"),
        *("capital", "city", "Syrian capital", "Iraqi capital"),  # "in the capital Damascus": the city
    )
)


# …unless the place is where the government sits: "the government in Baghdad", "officials in Damascus"
_SEAT = "|".join(rf"(?<={w} in )" for w in ("government", "authorities", "officials", "leadership", "regime"))


def _capital(name: str) -> str:
    return rf"(?:{_SEAT}|{_NOT_A_PLACE}){name}"


# canonical name → English spellings (regular expressions, matched case-sensitively at word bounds);
# longer spellings of one actor come first, and a longer match wins over a shorter one inside it
ACTORS: dict[str, tuple[str, ...]] = {
    "US-led coalition": (
        r"(?:US|U\.S\.)-led (?:Global |International |global |international )?[Cc]oalition",
        r"(?:Global|International|international|global) [Cc]oalition",
        r"[Cc]oalition (?:forces|troops|jets|aircraft|warplanes|spokes(?:man|person)|officials?|commander|"
        r"(?:air ?|drone )?strikes?|air raids?|bombing|drones?)",
        r"(?:the|The) [Cc]oalition",
        r"CJTF-OIR",
        r"Operation Inherent Resolve",
    ),
    "United States": (
        r"U\.S\.",
        r"US",
        r"United States",
        r"America(?:n)?",
        _capital(r"Washington"),
        r"Pentagon",
        r"CENTCOM",
        r"Trump",
        r"Biden",
    ),
    "Islamic State": (
        r"Islamic [Ss]tate(?: of Iraq and (?:the Levant|Syria))?",
        r"Daesh",
        r"ISIS",
        r"ISIL",
        r"IS",
        r"jihadists?",
        r"Amaq(?: News)?(?: Agency)?",  # its news agency speaks for it
    ),
    "Islamic Resistance in Iraq": (r"Islamic Resistance in Iraq",),
    "Popular Mobilization Units": (
        r"PMU",
        r"PMF",
        r"Popular Mobili[sz]ation (?:Units|Forces)",
        r"Hashd al-Shaabi",
        r"Hashed al-Shaabi",
        r"Hashd",
        r"Hashed",
    ),
    "Iranian-backed militias": (
        r"(?:Iranian|Iran)-backed (?:militias?|groups?|factions?|fighters)",
        r"pro-Iran(?:ian)? (?:militias?|groups?|factions?|fighters)",
        r"Iran-aligned (?:militias?|groups?|factions?)",
    ),
    "Iran": (r"Iran(?:ian)?", r"IRGC", r"Islamic Revolutionary Guards? Corps", r"Quds Force", _capital(r"Tehran")),
    "Syrian government": (
        r"Syrian (?:Arab )?(?:government|army|Army|regime|military)(?: forces| troops)?",
        r"Syrian (?:government |regime )?(?:troops|soldiers|forces)",
        r"(?:government|regime) troops",
        r"(?:regime|pro-government|government) forces",
        _capital(r"Damascus"),
        r"SAA",
        r"Assad",
        r"Tiger Forces",
        r"(?:4th|Fourth) (?:Armou?red )?Division",
        r"Republican Guard",
    ),
    "Iraqi government": (
        r"Iraqi (?:anti-terrorism |counter-terrorism |security |military |army |armed )?"
        r"(?:government|army|Army|forces|security forces|military|air force|troops|officials|warplanes|jets|"
        r"aircraft|helicopters)",
        r"Iraq[’']s (?:air force|army|military|security forces|armed forces|forces)",
        # "an Iraqi strike", "Iraqi airstrikes": the adjective before a strike is the state's, not a civilian's
        r"Iraqi(?= (?:air ?strikes?|strikes?|drone strikes?|air raids?|shelling|artillery|bombardment)\b)",
        r"Iraqi Army",
        r"Security Media Cell",
        r"(?:Iraqi )?Counter[- ]Terrorism Service",
        r"(?:Iraqi )?Federal Police",
        r"Joint Operations Command",
        _capital(r"Baghdad"),
    ),
    "Kurdistan Regional Government": (
        r"Kurdistan Regional Government",
        r"KRG",
        r"Kurdistan Region(?:'s)? (?:counter-terrorism|security|government)",
        r"(?:Iraqi )?Kurdish (?:officials|authorities|security)",
        r"Peshmerga",
    ),
    "Russia": (r"Russia(?:n)?", _capital(r"Moscow")),
    "Israel": (r"Israel(?:i)?", r"IDF"),
    "Syrian Democratic Forces": (
        r"SDF",
        r"Syrian Democratic Forces",
        r"QSD",
        r"Kurdish-led (?:forces|fighters|militia|alliance)",
        r"(?:Deir ez-Zor|Deir Ezzor|Manbij|Raqqa|Tabqa) Military Council",
    ),
    "Kurdistan Workers' Party": (r"PKK", r"Kurdistan Workers[’']? Party", r"HPG"),
    "People's Protection Units": (r"YPG", r"YPJ", r"People[’']?s Protection Units", r"Women[’']?s Protection Units"),
    "Asayish": (r"Asayish", r"Asayesh", r"Asaish", r"Asayîş"),
    "Sinjar Resistance Units": (r"YBS", r"Sinjar Resistance Units"),
    "Kataib Hezbollah": (r"Kata[’']?ib Hezbollah", r"Kata[’']?ib Hizbollah", r"Kata[’']?ib Hizballah"),
    "Kataib Sayyid al-Shuhada": (r"Kata[’']?ib Sayyid al-Shuhada",),
    "Harakat al-Nujaba": (r"Harakat (?:Hezbollah )?al-Nujaba", r"al-Nujaba"),
    "Asaib Ahl al-Haq": (r"Asa[’']?ib Ahl al-Haq",),
    "Hezbollah": (r"Hezbollah", r"Hizbollah", r"Hizballah"),
    "Turkey": (r"Turkey", r"Turkish", r"Türkiye", _capital(r"Ankara")),
    "Turkish-backed factions": (
        r"Syrian National Army",
        r"SNA",
        r"(?:Turkish|Turkey|Ankara)-backed (?:factions?|groups?|fighters|militias?|forces|rebels)",
        r"pro-Turkish (?:factions?|groups?|fighters|militias?|forces)",
    ),
    "Syrian opposition": (r"opposition factions", r"rebels?", r"Free Syrian Army", r"FSA"),
    "Hayat Tahrir al-Sham": (r"Hay[’']?at Tahrir al-Sham", r"Hayat Tahrir al Sham", r"Tahrir al-Sham", r"HTS"),
    "Nusra Front": (r"(?:al-)?Nusra Front", r"Jabhat (?:al-|al )?Nusra", r"(?:al-)?Nusra"),
    "Ahrar al-Sham": (r"Ahrar al-Sham",),
    "Jaish al-Islam": (r"Jaish al-Islam", r"Jaysh al-Islam"),
    "al-Qaeda": (r"(?:al-|Al-|al |Al )?Qa[e]?ida", r"(?:al-|Al-|al |Al )?Qaeda"),
    "Hurras al-Din": (r"Hurras al-D(?:i|ee)n", r"Huras al-Din"),
    "Wagner Group": (r"Wagner(?: Group| mercenaries| fighters)?",),
    "Jordan": (r"Jordanian", r"Jordan(?=[’']s\s)", _capital(r"Amman")),  # not the country where it is a place
    "National Defence Forces": (r"National Defen[cs]e Forces", r"NDF"),
    "Liwa Fatemiyoun": (r"(?:Liwa )?Fatemiyoun", r"Fatemiyun", r"Fatimiyoun"),
    "Badr Organization": (r"Badr Organi[sz]ation", r"Badr Corps"),
    "Syrian Observatory for Human Rights": (r"Syrian Observatory(?: for Human Rights?)?", r"SOHR"),
    "Arab tribal fighters": (
        r"(?:Arab )?tribal (?:fighters|gunmen|forces|militias?|militants)",
        r"(?:Arab )?tribesmen",
        r"Arab tribes",
    ),
}

# canonical name → Arabic spellings, without proclitics (و ف ب ل ك are allowed before them)
ACTORS_AR: dict[str, tuple[str, ...]] = {
    "US-led coalition": ("التحالف الدولي", "التحالف الدولي بقيادة الولايات المتحدة", "التحالف"),
    "United States": (
        "الولايات المتحدة",
        "أمريكا",
        "أميركا",
        "الأمريكية",
        "الأميركية",
        "الأمريكي",
        "الأميركي",
        "أمريكية",
        "أميركية",
        "أمريكي",
        "أميركي",
        "واشنطن",
    ),
    "Islamic State": ("داعش", "تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية", "وكالة أعماق", "أعماق"),
    "Islamic Resistance in Iraq": ("المقاومة الإسلامية في العراق", "المقاومة الإسلامية"),
    "Popular Mobilization Units": ("الحشد الشعبي", "الحشد"),
    "Iranian-backed militias": (
        "مجموعات موالية لإيران",
        "فصائل موالية لإيران",
        "ميليشيات موالية لإيران",
        "ميليشيات إيرانية",
        "الميليشيات الإيرانية",
        "فصائل مدعومة من إيران",
        "جماعات موالية لإيران",
    ),
    "Iran": ("إيران", "الإيراني", "الإيرانية", "إيرانية", "إيراني", "الحرس الثوري", "طهران"),
    "Syrian government": (
        "الجيش السوري",
        "قوات النظام",
        "النظام السوري",
        "الحكومة السورية",
        "قوات الحكومة السورية",
        "الفرقة الرابعة",
        "الحرس الجمهوري",
        "قوات النمر",
    ),
    "National Defence Forces": ("قوات الدفاع الوطني", "الدفاع الوطني"),
    "Liwa Fatemiyoun": ("لواء فاطميون", "فاطميون"),
    "Badr Organization": ("منظمة بدر",),
    "Hayat Tahrir al-Sham": ("هيئة تحرير الشام", "تحرير الشام"),
    "Nusra Front": ("جبهة النصرة", "النصرة"),
    "Ahrar al-Sham": ("حركة أحرار الشام", "أحرار الشام"),
    "Jaish al-Islam": ("جيش الإسلام",),
    "al-Qaeda": ("تنظيم القاعدة",),
    "Hurras al-Din": ("حراس الدين", "تنظيم حراس الدين"),
    "Wagner Group": ("فاغنر", "مجموعة فاغنر"),
    "Jordan": ("الأردني", "الأردنية", "أردني", "أردنية", "الجيش الأردني"),
    "People's Protection Units": ("وحدات حماية الشعب", "وحدات حماية المرأة"),
    "Asayish": ("الأسايش", "الآسايش", "قوات الأسايش", "قوى الأمن الداخلي"),
    "Iraqi government": (
        "وزارة الدفاع العراقية",
        "الجيش العراقي",
        "القوات العراقية",
        "القوات الأمنية العراقية",
        "القوات الأمنية",
        "خلية الإعلام الأمني",
        "قيادة العمليات المشتركة",
        "الحكومة العراقية",
        "طائرات حربية عراقية",
        "طائرات عراقية",
        "مقاتلات عراقية",
        "الطيران العراقي",
        "القوة الجوية العراقية",
    ),
    "Kurdistan Regional Government": ("حكومة إقليم كردستان", "البيشمركة"),
    "Russia": ("روسيا", "الروسي", "الروسية", "روسية", "روسي", "موسكو"),
    "Israel": (
        "إسرائيل",
        "الإسرائيلي",
        "الإسرائيلية",
        "إسرائيلية",
        "إسرائيلي",
        "الاحتلال الإسرائيلي",
        "جيش الاحتلال",
        "الجيش الإسرائيلي",
        "العدو الإسرائيلي",
        "العدو الصهيوني",
        "الكيان الصهيوني",
        "قوات الاحتلال الإسرائيلي",
    ),
    "Syrian Democratic Forces": (
        "قوات سوريا الديمقراطية",
        "قوات سورية الديمقراطية",
        "قوات سوريا الديموقراطية",
        "قوات سورية الديموقراطية",
        "قسد",
    ),
    "Kurdistan Workers' Party": ("حزب العمال الكردستاني",),
    "Kataib Hezbollah": ("كتائب حزب الله",),
    "Kataib Sayyid al-Shuhada": ("كتائب سيد الشهداء",),
    "Harakat al-Nujaba": ("حركة النجباء", "النجباء"),
    "Asaib Ahl al-Haq": ("عصائب أهل الحق",),
    "Hezbollah": ("حزب الله", "المقاومة الإسلامية في لبنان"),
    "Turkey": ("تركيا", "التركي", "التركية", "تركية", "تركي", "أنقرة"),
    "Turkish-backed factions": (
        "الجيش الوطني السوري",
        "الجيش الوطني",
        "الفصائل الموالية لتركيا",
        "فصائل موالية لتركيا",
        "الفصائل المدعومة من تركيا",
    ),
    "Syrian opposition": ("فصائل المعارضة", "المعارضة السورية", "الجيش السوري الحر"),
    "Syrian Observatory for Human Rights": ("المرصد السوري لحقوق الإنسان", "المرصد السوري"),
    "Arab tribal fighters": (
        "مسلحين من العشائر العربية",
        "مسلحي العشائر",
        "مسلحو العشائر",
        "مقاتلي العشائر",
        "مقاتلو العشائر",
        "قوات العشائر",
        "العشائر العربية",
        "العشائر",
    ),
}

_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "washington": "united states",
    "the united states": "united states",
    "daesh": "islamic state",
    "isis": "islamic state",
    "isil": "islamic state",
    "is": "islamic state",
    "pmu": "popular mobilization units",
    "pmf": "popular mobilization units",
    "hashd al-shaabi": "popular mobilization units",
    "sdf": "syrian democratic forces",
    "sohr": "syrian observatory for human rights",
}


def _arabic(spelling: str) -> str:
    """A spelling with the proclitics Arabic writes onto it (و ف, then ب ك ل; ل + ال is written لل), harakat or not."""
    words = spelling.split()
    first = words[0]
    if first.startswith("ال"):
        first = rf"(?:[وف]?(?:[بك]?ال|لل)){with_harakat(first[2:])}"
    else:
        first = rf"(?:[وف]?[بكل]?){with_harakat(first)}"
    pattern = r"\s+".join([first, *map(with_harakat, words[1:])])
    # an adjective of nationality also takes the accusative and the plural: "هجوما إسرائيليا", "التركيين"
    return pattern + rf"(?:(?:ا|ين|ون){HARAKAT})?" if spelling.endswith("ي") else pattern


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rf"(?<![\w-])(?:{'|'.join(spellings)})(?![\w-])")) for name, spellings in ACTORS.items()
] + [
    (name, re.compile(rf"(?<!\w)(?:{'|'.join(_arabic(s) for s in sorted(spellings, key=len, reverse=True))})(?!\w)"))
    for name, spellings in ACTORS_AR.items()
]


# every spelling starts a word: the guard lets the scan skip the other positions without trying each spelling
_ANY = re.compile("(?<!\\w)(?=\\w)(?:" + "|".join(f"(?:{pattern.pattern})" for _, pattern in _PATTERNS) + ")")


@dataclass(frozen=True, slots=True)
class ActorMention:
    """Where a text names an actor, and the actor's canonical name."""

    start: int
    end: int
    text: str
    name: str


def actor_mentions(text: str) -> list[ActorMention]:
    """Every actor named in ``text``, in order; where spellings overlap the longest wins.

    One pass finds where the next name starts (any spelling); only there is each actor's
    pattern tried, to keep the longest.
    """
    found: list[ActorMention] = []
    pos = 0
    while (hit := _ANY.search(text, pos)) is not None:
        at = hit.start()
        best: tuple[int, str] | None = None
        for name, pattern in _PATTERNS:
            m = pattern.match(text, at)
            if m is not None and (best is None or m.end() > best[0]):
                best = (m.end(), name)
        if best is None:  # cannot happen: the hit is one of the patterns
            pos = at + 1
            continue
        found.append(ActorMention(at, best[0], text[at : best[0]], best[1]))
        pos = max(best[0], at + 1)
    return found


# the named groups a reporter may also call by their kind ("Iran-backed militias" for Kataib Hezbollah)
MEMBERS: dict[str, frozenset[str]] = {
    "Iranian-backed militias": frozenset(
        {
            "Islamic Resistance in Iraq",
            "Kataib Hezbollah",
            "Kataib Sayyid al-Shuhada",
            "Harakat al-Nujaba",
            "Asaib Ahl al-Haq",
        }
    ),
}


def names_a_member(general: str, specific: str) -> bool:
    """Whether ``specific`` is one of the groups the kind ``general`` takes in (both canonical names)."""
    return specific in MEMBERS.get(general, ())


# a country named as the one that acted ("Iraq carried out air strikes") is its government
_STATES = {
    "iraq": "Iraqi government",
    "syria": "Syrian government",
    "العراق": "Iraqi government",
    "سوريا": "Syrian government",
}


def state_government(name: str) -> str | None:
    """The government a country named as the one that acted stands for ("Syria" → "Syrian government")."""
    return _STATES.get(actor_key(name))


def actor_key(name: str) -> str:
    """Fold an actor's name so that spellings of one actor compare equal ("U.S." = "United States")."""
    key = " ".join(name.lower().replace(".", "").split())
    return _ALIASES.get(key, key)


def find_actors(text: str) -> list[str]:
    """Canonical names of the actors ``text`` names, in order of first mention."""
    seen: dict[str, None] = {}
    for m in actor_mentions(text):
        seen.setdefault(m.name, None)
    return list(seen)


_GENERIC = frozenset(
    "the a an of in for and to its their said says sources source official officials spokesman spokesperson "
    "statement group groups forces force local media news agency report".split()
)


# the Arabic words of unnamed sources, in English, so that "مصدر عسكري سوري" and "a Syrian military source"
# compare as one party (the article ال and a proclitic و ب ل are dropped first)
_WORDS_AR = {
    "عسكري": "military", "عسكرية": "military", "أمني": "security", "أمنية": "security", "محلي": "local",
    "محلية": "local", "مطلع": "informed", "مطلعة": "informed", "سوري": "syrian", "سورية": "syrian",
    "عراقي": "iraqi", "عراقية": "iraqi", "كردي": "kurdish", "كردية": "kurdish", "حكومي": "government",
    "حكومية": "government", "طبي": "medical", "طبية": "medical", "ناشطون": "activists", "ناشطين": "activists",
    "شهود": "witnesses", "سكان": "residents", "مراسل": "correspondent", "وزارة": "ministry", "الدفاع": "defence",
    "دفاع": "defence", "الداخلية": "interior", "داخلية": "interior", "شرطة": "police", "الشرطة": "police",
    "الجيش": "army", "جيش": "army", "المرصد": "observatory", "مرصد": "observatory", "مصدر": "source",
    "مصادر": "sources", "مسؤول": "official", "مسؤولون": "officials", "مسؤولين": "officials",
}  # fmt: skip


def _english(word: str) -> str:
    if word in _WORDS_AR:
        return _WORDS_AR[word]
    bare = re.sub(r"^[وبل]?(?:ال)?", "", word)
    return _WORDS_AR.get(bare, word)


def _words(name: str) -> set[str]:
    words = (_english(w) for w in re.findall(r"\w+", name.lower()))
    return {w[:5] for w in words if len(w) > 2 and w not in _GENERIC}


@lru_cache(maxsize=4096)
def same_party(a: str, b: str) -> bool:
    """Whether two names stand for one party: the same known actor, or sharing a distinctive word."""
    a, b = state_government(a) or a, state_government(b) or b
    ka, kb = find_actors(a), find_actors(b)
    if ka and kb:
        return actor_key(ka[0]) == actor_key(kb[0])
    return bool(_words(a) & _words(b))
