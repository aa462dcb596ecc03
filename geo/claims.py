"""Who a sentence says is responsible for an incident, and who says so, in English and Arabic.

A claim is (actor, stance, claimed_by).  The claimant is whoever the sentence quotes ("…, the
Syrian Observatory said", "according to a monitor", "بحسب المرصد", "قال التحالف"); a pronoun
or "the statement" stands for the last claimant named; with nobody quoted, the outlet says
it in its own voice.  The actor is the one the sentence makes the agent of the incident: the
subject before the verb ("Iraqi forces retook"), the one after "by" or "belonging to", or the
nationality of the weapon ("a Turkish drone", "طائرة مسيرة تركية"); never the target after
it ("targeted a vehicle of the YBS").  Explicit cues set the stance: claimed responsibility,
accused, blamed on, denied, did not conduct; تبنى، أعلن مسؤوليته، اتهم، نفى.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .actors import ActorMention, actor_mentions, state_government
from .eventwords import Trigger, asides, find_triggers, mostly_arabic, with_harakat

__all__ = ["ClaimDraft", "Speaker", "affiliations", "find_claims", "find_speaker"]


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A proposed claim: who is said to be responsible, how, and who says so."""

    actor: str
    stance: str
    claimed_by: str

    def to_dict(self) -> dict[str, str]:
        """The claim as a plain mapping."""
        return {"actor": self.actor, "stance": self.stance, "claimed_by": self.claimed_by}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a sentence quotes: their words as written and where they stand in the sentence."""

    start: int
    end: int
    name: str


# "announced early Sunday morning that…", "said on Monday in a statement that…": when it was said
_WHEN_EN = (
    r"(?:\s+(?:early|late|on|last|this|in|a|statement|\w+day|morning|evening|night|afternoon|overnight|today)){0,5}"
)
_NP = r"(?:the |The |a |an |A |An )?(?:[\w.’'()-]+\s+){0,7}?[\w.’'()-]+"
# a noun phrase with no verb in it: who an inverted "…, said X." names
_NOT_IN_A_NAME = r"(?!(?:was|were|is|are|had|has|have|would|will|that|it|they)\b|[a-z]+ed\b)"
_NAME_NP = rf"(?:the |The |a |an |A |An )?(?:{_NOT_IN_A_NAME}[\w.’'()-]+\s+){{0,7}}?{_NOT_IN_A_NAME}[\w.’'()-]+"
_SAY = r"(?:said|says|told|reported|confirmed|announced|stated|tweeted|added|claimed|noted|wrote|alleged)"
_SAY_BARE = r"(?:said|says|told|reported|stated|added|noted|wrote|alleged)"  # "announced the rebellion" quotes nobody
_SPEAKER_EN = [
    # "according to the Syrian Observatory," / "according to pro-government sources"
    re.compile(rf"\b[Aa]ccording to (?P<who>{_NP})(?=\s*[,.;]|\s*$|\s+(?:in|on|at)\b)"),
    # "The Syrian Observatory, a Britain-based monitor, said…", "A US official, speaking on condition of
    # anonymity, said…": the name, less its apposition
    re.compile(
        rf"^(?P<who>{_NP}),\s+(?:an?|the|citing|quoting|speaking|requesting|asking)\s[^,]{{1,60}},"
        rf"\s+(?:has |had |also )?{_SAY_BARE}\b"
    ),
    # "…, the Syrian Observatory said" / "…, Iraqi military sources said Friday."
    re.compile(rf"(?:^|[,”\"]\s*)(?P<who>{_NP})\s+(?:has |had |have )?{_SAY}\b(?:\s+\w+){{0,3}}\s*[.;]?\s*$"),
    # "“…,” said Colonel X." / "…, said the ministry"; not "…, said the strikes were carried out by jets."
    re.compile(rf"[,”\"]\s*{_SAY_BARE}\s+(?P<who>{_NAME_NP})\s*(?:,|\.|$)"),
    # "The coalition said it did not…" / "SOHR said Monday's deaths…" / "On Monday, the ministry announced that…"
    re.compile(rf"^(?:[^,]{{0,40}},\s+){{0,2}}(?P<who>{_NP})\s+(?:has |had |have |also )?{_SAY_BARE}\b"),
    # "Activists confirmed the US strikes…", "Local media reported an explosion…"
    re.compile(rf"^(?P<who>{_NP})\s+(?:confirmed|reported)\s+(?:the|an?)\s"),
    # "US jets struck two sites, the Pentagon said, in retaliation for…"
    re.compile(rf",\s+(?P<who>{_NP})\s+(?:has |have )?(?:said|says|reported|confirmed|announced),"),
    # "Rami Abdel Rahman, who heads the Observatory, said…"
    re.compile(rf"^(?P<who>{_NP},\s+(?:who|which)\s[^,]{{1,60}}),\s+(?:has |had |also )?{_SAY_BARE}\b"),
    re.compile(
        rf"^(?:[^,]{{0,40}},\s+){{0,2}}(?P<who>{_NP})\s+(?:has |had |have |also )?{_SAY}{_WHEN_EN}"
        r"(?=\s+that\b|\s*[,:]|\s*$)"
    ),
    # "…, the Syrian Observatory, a war monitor, said."
    re.compile(rf",\s+(?P<who>{_NP}),\s+(?:an?|the)\s[^,]{{1,60}},\s+(?:has |have )?{_SAY_BARE}\s*\.?\s*$"),
    # "…, the coalition has confirmed." / "…, a press release by his bureau said."
    re.compile(rf",\s+(?P<who>{_NP})\s+(?:has |have )?(?:confirmed|said|says|reported)\s*\.?\s*$"),
]


def _verbs_ar(*words: str) -> str:
    """An alternation of Arabic verbs, each matched with or without harakat ("أكّد", "اتّهم")."""
    return "(?:" + "|".join(with_harakat(w) for w in words) + ")"


_AR_SAY = _verbs_ar(
    *"قال قالت أعلن أعلنت أفاد أفادت ذكر ذكرت أكد أكدت أوضح أوضحت أشار أشارت أضاف أضافت اتهم اتهمت".split(),
    *"نفى نفت أصدر أصدرت كشف كشفت تحدث تحدثت".split(),  # نقل/نقلت: "نقلت قسد تعزيزات" moves troops; relayed words below
)
# what follows the one who speaks: a date, "that", "in a statement", or the act announced
_AR_AFTER_WHO = (
    r"في\s+بيان|إن|أن|بأن|بيان\w*|يوم|اليوم|أمس|عن|ل|تنفيذ|استهداف|شن|مقتل|إصابة|سقوط|إحباط|"
    r"بمقتل|بإصابة|بسقوط|بوقوع|بانفجار|بارتفاع|بتعرض|بسماع|باندلاع"  # "أفاد المرصد بمقتل…"
)
_AR_NP = r"(?:[^\s،,.:\"“”«»]+\s+){0,6}?[^\s،,.:\"“”«»]+"
_SPEAKER_AR = [
    re.compile(
        r"(?<!\w)(?:بحسب|حسب|وفق(?:اً|ًا|ا)?\s*(?:لـ?)?\s*|نقلا عن|نقلاً عن)\s*[\"“«]?"
        r"(?:ما\s+(?:أفاد|أفادت|ذكر|ذكرت|ذكره|ذكرته|نقل|نقلت|نقله|أورد|أوردت|أورده|أعلن|أعلنت|أعلنه)\s*(?:به|بها)?\s+)?"
        r"(?P<who>(?:[^\s،,.:\"“”«»]+\s+){0,5}[^\s،,.:\"“”«»]+)"
    ),
    re.compile(
        rf"(?<!\w)[وف]?(?:كما\s+)?{_AR_SAY}\s+[\"“«]?(?P<who>{_AR_NP})[\"”»]?"
        rf"(?=\s*[،,:]|\s+(?:{_AR_AFTER_WHO})\b|\s*[.]?\s*$)"
    ),
    # "وكانت وكالة أعماق قد تحدثت…", "وكانت مصادر طبية ذكرت…": who had said so, before the verb
    re.compile(rf"^[وف]?(?:كانت|كان)\s+(?P<who>{_AR_NP})\s+(?:قد\s+)?{_AR_SAY}(?!\w)"),
]
# a source on a government's side that names no government: "pro-government sources", "state media"
_GOVERNMENT_SIDE = re.compile(
    r"\b(?:pro-government|pro-regime|state(?:-run)? (?:media|television|TV|news agency))\b", re.I
)
_OFFICE = re.compile(r"\b(?:Prime Minister|President|(?:Defen[cs]e|Interior) Minist(?:er|ry)|government spokes\w+)\b")
_PASSIVE_END = re.compile(r"\b(?:been|being|be|is|are|was|were)$", re.IGNORECASE)
# "according to initial information", "according to estimates": what is known so far, not who says it
_NO_SOURCE = re.compile(
    r"(?:the\s+)?(?:initial|preliminary|early|first|latest|available|unconfirmed)?\s*"
    r"(?:information|reports?|estimates?|figures|data|findings|results)",
    re.IGNORECASE,
)
_PRONOUN_EN = re.compile(
    r"^(?:he|she|it|they|the source|the sources|the statement|the spokesman|the spokesperson|"
    r"the official|the officials|the ministry|the monitor|a press release.*)$",
    re.IGNORECASE,
)
# "وأضاف أنه…": he added that; the one who spoke before, if anyone did
_THAT_FIRST_AR = re.compile(r"^(?:أن|أنه|أنها|أنّ|أنّه|إن|إنه|إنها|إنّ|بأن|بأنه)(?:\s|$)")
_PRONOUN_AR = re.compile(rf"^(?:البيان|المصدر|المصادر|المتحدث|المسؤول|الوزارة|المرصد)$|{_THAT_FIRST_AR.pattern}")

_RESPONSIBILITY_EN = re.compile(
    r"\b(?:claimed|claims|claim|claiming|took|takes|take|admitted) (?:the )?(?:responsibility|credit)\b|\bclaimed by\b|"
    # "IS claimed the attack", and a headline's "IS claims deadly Baghdad bombing"; not "the claims of an attack"
    r"(?<!the )(?<!these )(?<!its )(?<!his )(?<!their )\b(?:claimed|claims)\s+(?:(?:the|an?|[\w’']+’s|[\w’']+'s)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:attack|strike|bombing|killing|assault|"
    r"ambush|operation|raid|shelling)s?\b",
    re.IGNORECASE,
)
_NOT_CLAIMED = re.compile(
    r"\b(?:not|never|no one|nobody|no group|no party|none|yet to)\b[^,.;]{0,20}$|"
    r"(?<!\w)[وف]?(?:لم|لا|دون أن)(?!\w)[^،.]{0,40}$",
    re.IGNORECASE,
)
_OWN_ACT_EN = re.compile(
    rf"\b(?:said|says|announced|confirmed|stated){_WHEN_EN}\s+(?:that\s+)?"
    r"(?:it|they|we|its (?:forces|fighters|aircraft|jets|troops)|their fighters)\s+(?:had\s+|have\s+|has\s+)?"
    r"[\"“‘']?(?:\w+ly\s+)?[\"“‘']?"
    r"(?:carried out|conducted|launched|struck|hit|targeted|killed|bombed|attacked|shelled|seized|captured|"
    r"recaptured|retook|liberated|neutrali[sz]ed|destroyed|downed|shot down|eliminated)\b",
    re.IGNORECASE,
)
_OWN_ACT_AR = re.compile(
    r"(?<!\w)[وف]?(?:أعلن|أعلنت|أكد|أكدت)\s+(?:\S+\s+){0,8}?"
    r"(?:تنفيذ|عن\s+تنفيذ|شن|استهداف|قصف|تحييد|تدمير|قتل|السيطرة|سيطرتها|سيطرته)(?!\w)|"
    # "…إن قواتها نفذت غارة", "…أن طائراته قصفت": the speaker's own forces did it
    r"(?<!\w)(?:أن|أنّ|إن|إنّ|بأن)\s+(?:قواتها|قواته|قواتنا|مقاتليها|مقاتليه|طائراتها|طائراته|وحداتها|وحداته)\s+"
    r"(?:\S+\s+){0,2}?(?:نفذت|شنت|استهدفت|قصفت|دمرت|قتلت|سيطرت|أسقطت|حيدت|هاجمت)(?!\w)"
)
_DENIAL_EN = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected (?:the )?(?:claims?|accusations?)|did not (?:conduct|carry out|"
    r"launch|strike|target)|had no (?:role|involvement)|was not involved)\b",
    re.IGNORECASE,
)
# "Syria accused Israel of…": the state named by its country, just before the verb
_STATE_ACCUSES = re.compile(r"\b(Syria|Iraq)\s+(?:has\s+|had\s+|have\s+|also\s+)?$")
_ACCUSE_EN = re.compile(
    r"\b(?:accused|accuses|accusing|blamed|blames|blaming|attributed|attributes|held .{1,30} responsible)\b", re.I
)
_BLAMED_ON = re.compile(
    r"\b(?:(?:blamed|blames|pinned) (?:it |them |the (?:[\w-]+ ){1,2})?on|"
    r"(?:attributed|attributes) (?:it |them )?to)\b",
    re.I,
)
# "PKK-affiliated media blamed the attack on Turkey": who blames, in the clause before the verb
# "X was behind the attack", "X is believed to be behind it", "يقف تنظيم داعش وراء الهجوم": who did it, as said
_BEHIND_EN = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:(?:widely\s+)?(?:believed|thought|suspected|said|likely)\s+"
    r"(?:to\s+(?:be|have\s+been)\s+)?)?(?:behind|responsible\s+for)\b",
    re.I,
)
_BEHIND_AR = re.compile(  # the verb first, then who ("verb_first"); or who, then "هي المسؤولة عن"
    r"(?P<verb_first>(?<!\w)[وف]?(?:[يت]قف|وقف|وقفت|يقفون)\s+(?:\S+\s+){0,4}?(?:وراء|خلف)(?!\w)|"
    r"(?<!\w)[وف]?(?:نفذته|نفذها|شنته|شنها|نفذتها|شنتها)(?!\w))|"  # "…الهجوم نفذته فصائل موالية": who follows
    r"(?<!\w)(?:هي|هو|هم)?\s*(?:ال)?مسؤول(?:ة|ون|ين)?\s+عن(?!\w)"
)
# "the drone was launched by the PKK", "rockets fired by the Islamic Resistance": the agent after "by"
_DONE_BY_EN = re.compile(
    r"\b(?:was|were|been|being)?\s*(?:launched|fired|carried out|conducted|planted|detonated|flown|sent|staged)"
    r"\s+by\s+(?:the\s+)?",
    re.I,
)
_BLAMER = re.compile(
    r"(?:^|[,;]\s*|\b(?:but|and|while)\s+)(?P<who>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:has |have |had )?$"
)
_HEDGE = re.compile(
    r"\b(?:suspected|believed|reportedly|allegedly|apparently|likely|presumed|probably)\b|"
    r"(?<!\w)[وف]?(?:يعتقد|يُعتقد|يرجح|يرجّح|يُرجّح|مرجح|على الأرجح|يشتبه|يُشتبه|ربما|على الأغلب)(?!\w)",
    re.IGNORECASE,
)
# "غارات يعتقد أن الطائرات الإسرائيلية شنتها", "طيران يرجح أنه إسرائيلي": the agent a hedge names
_HEDGED_AGENT_AR = re.compile(r"(?<!\w)(?:يعتقد|يُعتقد|يرجح|يرجّح|يُرجّح|يشتبه|يُشتبه)\s+(?:أن|أنها|أنه|بأن)\s*")
# "…strikes by jets belonging to the coalition", "…carried out by the PKK": the agent after the event word
_AGENT_EN = re.compile(
    r"^\s*(?:(?:was|were|had been|has been)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:in|on|at|near|late|early|last)\s+(?:(?![\w-]*ed\b)[\w-]+\s+){0,2}?)?"  # "an attack in early November by…"
    r"(?:(?:carried out|conducted|launched|claimed|fired|operated)\s+)?"
    r"(?:by|belonging to)\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:belonging to|of|from)\s+)?(?:the\s+)?$",
    re.I,
)
# the one who intercepts, downs or foils an attack is not its agent
_DEFENCE = re.compile(
    r"\b(?:intercept\w*|downed|shot down|repel\w*|foil\w*|thwart\w*|neutrali[sz]\w*|defen[cs]es?|responded to|"
    r"fought off|fend\w* off|beat back|repuls\w*)\b|"
    r"(?<!\w)[وف]?(?:أحبط\w*|إحباط|تصد\w*|اعترض\w*|أسقط\w*|إسقاط)(?!\w)",
    re.I,
)
# "…a vehicle of its", "سيارة تابعة لها", "مقاتليها": the speaker's own people or things were hit
_ITS_OWN_HIT = re.compile(
    r"(?<!\w)(?:تابع|تابعة|تابعين)\s+(?:لها|له|لهم)(?!\w)|(?<!\w)\S+(?:تها|ته)\s+(?:في|قرب)|"
    r"(?<!\w)(?:لقواتها|لقواته|لعناصرها|لعناصره|مقاتليها|مقاتليه|عناصرها|عناصره|مواقعها|مواقعه|نقاطها|نقاطه)(?!\w)|"
    r"\b(?:its|their) (?:own )?(?:vehicles?|positions?|fighters|members|troops|forces|base|bases|convoy|patrol)\b",
    re.I,
)
# the incident word that names who defends, not who attacks
_DEFENDERS = re.compile(r"\bair defen[cs]es?\b|(?<!\w)[وف]?(?:ال)?(?:دفاعات|دفاع)(?!\w)", re.I)
# "ISIS vehicles were destroyed": an actor naming what was hit is no agent
_VICTIM_EN = re.compile(
    r"\s+(?:vehicles?|positions?|targets?|fighters|members|militants|commanders?|convoys?|bases?|headquarters|"
    r"sites?|facilities|depots?|personnel|troops|soldiers|officers?|cells?|hideouts?)\b",
    re.I,
)
# "the Israeli military declined to comment on the strike": the subject speaks of the incident, not does it
_REACT_EN = re.compile(
    r"\b(?:declined to comment|(?:would|did) not comment|comment(?:s|ed)? on|condemn\w*|denounc\w*|welcom\w*|"
    r"investigat\w*|mourn\w*|warned|vowed|responded|reported|said|says|confirmed|announced|"
    r"(?:information|details|evidence|reports?|inquiry|probe) (?:on|about|into|of))\b",
    re.I,
)
_ACTIVE_NEXT = re.compile(r"\s*(?:\w+ly\s+)?(?:(?:have|has|had|also)\s+)?", re.I)  # "ISIS fighters (also) attacked"
# "US forces faced rocket attacks", "the base came under fire": the subject suffers the incident
_SUFFER = re.compile(
    r"\b(?:faced?|facing|came under|come under|comes under|under|suffered|endured|was|were|been|sustained)\b", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;:—–(،؛]|\b(?:which|who|after|before|when|while|since|following)\b", re.I)
_TARGET_EN = re.compile(r"\b(?:against|on|targeting|targeted|at|hit|struck|attacked|of|into|from)\s+(?:the\s+)?$", re.I)

# "هجوم لداعش", "هجوم من مسلحي العشائر": the attack of, or from, its agent
_NOUN_OF_ATTACK = re.compile(r"هجوم|هجم|اعتداء")
# "استهداف للتحالف", "قصف لمواقع": the object of a verbal noun follows it with لـ
_OBJECT_NOUN = re.compile(r"^[وفبل]?(?:ال)?(?:استهداف|قصف|اغتيال|ضرب)")
# "إن مقاتلي الفصيل استهدفوا…": after "that", the noun opens the clause as its subject, not as a target
_THAT_AR = re.compile(r"(?<!\w)(?:إن|أن|بأن|إنّ|أنّ)\s+\S+\s*$")
_RESPONSIBILITY_AR = re.compile(r"(?<!\w)[وف]?(?:[يت]?تبن[ّ]?(?:ى|ت|ي|ا|َ)?(?!\w)|أعلن\w*\s+مسؤولي\w*|مسؤوليته\w*)")
_DENIAL_AR = re.compile(rf"(?<!\w)[وف]?{_verbs_ar('نفى', 'نفت', 'ينفي', 'تنفي', 'نفي')}(?!\w)")
_ACCUSE_AR = re.compile(rf"(?<!\w)[وف]?{_verbs_ar('اتهم', 'اتهمت', 'يتهم', 'تتهم', 'حمل', 'حملت')}(?!\w)")
_ATTRIBUTE_AR = re.compile(r"(?<!\w)[وف]?(?:نسب|نسبت|ينسب|تنسب|نُسب)(?!\w)(?P<what>.*?)(?<!\w)إلى(?!\w)")
# "لم تعلق إسرائيل على الغارة", "أدانت دمشق الغارة": the subject speaks of the incident, not does it
_REACT_AR = re.compile(r"(?<!\w)[وف]?(?:تعلق|يعلق|علق|علقت|أدان|أدانت|تدين|يدين|ندد|نددت|رحب|رحبت|حذر|حذرت)(?!\w)")
_TARGET_AR = re.compile(
    r"(?<!\w)(?:على|ضد|استهدف\w*|مواقع|نقاط|نقطة|مقر|منازل|صفوف|قاعدة|في|من|عنصر|عناصر|مقاتل\w*|جنود|أفراد|قتلى|مقتل|سيار\w*|منزل\w*)(?!\w)|(?<!\w)(?:نقاط|مواقع|مقرات|مراكز)\w*|"
    # what is hit: a checkpoint, a patrol, a convoy, a vehicle; or any object, marked by its accusative ending
    r"(?<!\w)[وب]?(?:ال)?(?:حاجز|دورية|دوريات|رتل|آلية|آليات|قافلة|مركبة|عربة|شاحنة|صهريج)\w*|\w+(?:اً|ًا)(?!\w)"
)


# "clashes with IS militants": the other side of a clash the sentence tells from one side
_CLASH_WITH = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?$", re.I)


# "clashes between tribal fighters and the SDF", "اشتباكات بين مسلحي العشائر وقسد": both sides are named
_BETWEEN = re.compile(r"\s*(?:\S+\s+){0,2}?(?:between|بين)\s+(?:the\s+)?", re.I)
_BOTH_SIDES = re.compile(r"[\s\"“”»«]*(?:\([^)]{1,20}\))?[\s\"“”»«]*(?:and\s+(?:the\s+)?|و)[\"“«]?", re.I)
# "the group said", "وقالت الجماعة": the armed group told of before speaks, not the last one quoted
_GROUP_ANAPHOR = re.compile(
    r"^(?:the )?(?:group|militia|organi[sz]ation|faction|movement)$|^(?:الجماعة|التنظيم|الفصيل|الحركة|المجموعة)$",
    re.I,
)
# "…did not give details, but the militias claimed responsibility": the subject is in the clause after "but"
_CONTRAST = re.compile(r"\b(?:but|however|yet)\b|(?<!\w)(?:لكن|ولكن|غير أن|إلا أن)(?!\w)", re.I)


_WHEN_AR = re.compile(r"\s+(?:يومها|حينها|آنذاك|اليوم|أمس|مساء|صباح|ليلة)$")
_TOLD_AR = re.compile(r"\s+ل(?:موقع|وكالة|قناة|صحيفة|تلفزيون|شبكة|ـ)(?:\s|$).*$")


# "our forces", "we", "قواتنا", "مقاتلونا": the speaker's own side
_FIRST_PERSON = re.compile(
    r"\b(?:[Oo]ur (?:forces|troops|fighters|units|soldiers|men|heroes)|[Ww]e)\b|"
    r"(?<!\w)[وف]?(?:قواتنا|مقاتلونا|مقاتلينا|وحداتنا|أبطالنا|نحن)(?!\w)"
)
# "Iraqi army Col. Walid al-Duleimi", "SDF spokesman Farhad Shami": a person named with their side
_TITLED = re.compile(
    r"\s*(?:army |military |forces |media office |security )?(?:spokes(?:man|person|woman)|commander|official|"
    r"officer|Col\.|Colonel|Gen\.|General|Maj\.|Major|Brig\.|Brigadier|Lt\.|Lieutenant|Capt\.|Captain)\s+"
    r"(?:Gen\.\s+|General\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
)


def affiliations(text: str, named: list[ActorMention] | None = None) -> dict[str, str]:
    """The side of each person ``text`` names with one ("Iraqi army Col. Walid al-Duleimi"), by their last name.

    ``named``: the text's :func:`actor_mentions`, when the caller has them.
    """
    out: dict[str, str] = {}
    for a in actor_mentions(text) if named is None else named:
        m = _TITLED.match(text, a.end)
        if m:
            out.setdefault(m.group("name").split()[-1], a.name)
    return out


def _clean(name: str) -> str:
    name = re.sub(r"^(?:the|The)\s+", "", name.strip(" ,.;:\"“”'«»"))
    return name


_RELAYED_EN = re.compile(
    rf"(?:^|[,;]\s*)(?P<via>{_NP})\s+(?:quoted|cited)\s+(?P<who>{_NP})\s+as\s+say(?:ing|s)\b|"
    rf"(?:^|[,;]\s*)(?P<who2>{_NP})\s+told\s+(?P<via2>(?:Reuters|AFP|AP|Agence France-Presse|The Associated Press|"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}))\b"
)
# whom an outlet relays ("نقلت سانا عن مصدر عسكري"), up to "قوله" or "أن" or a comma
_RELAY_AR = _verbs_ar("نقلت", "نقل")
_RELAYED_WHO_AR = r"(?:[^\s،,.:\"“”«»]+\s+){0,3}?[^\s،,.:\"“”«»]+?"
_RELAYED_END_AR = r"(?=\s+(?:قوله|قولها|قولهم|قولهما|أن|إن|بأن)\b|\s*[،,:])"
_RELAYED_AR = re.compile(
    rf"(?<!\w)[وف]?{_RELAY_AR}\s+(?P<via>{_AR_NP})\s+عن\s+(?P<who>{_RELAYED_WHO_AR}){_RELAYED_END_AR}|"
    # "وسائل إعلام عراقية نقلت عن خلية الإعلام الأمني أن…": the outlet first
    rf"(?:^|[،,]\s*)(?:لكن\s+|ولكن\s+)?(?P<via2>{_AR_NP})\s+{_RELAY_AR}\s+عن\s+(?P<who2>{_RELAYED_WHO_AR})"
    rf"{_RELAYED_END_AR}"
)


def _lead_noun(words: str) -> str | None:
    """The subject that opens a verb-first Arabic clause: "مصادر أمنية الهجوم…" → "مصادر أمنية"."""
    m = re.match(r"\s*((?:\S+\s+){0,2}?\S+?)\s+(?:ال)?(?:هجوم|هجمات|استهداف|قصف|غار\w*|تفجير|انفجار|عملية)", words)
    return m.group(1) if m else None


# "ERBIL (Kurdistan 24) – ", "DAMASCUS, Syria (AP) — ", "مركز الأخبار – ": where the story was filed
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'’-]{2,}(?:,[^–—\n(]{1,40}?)?|(?:[\u0600-\u06FF]+\s+){0,2}[\u0600-\u06FF]+)"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[–—-]{1,2}\s+"
)


_QUOTES_TO_SPACES = str.maketrans({q: " " for q in '«»“”"'})
_NOT_WHO_AR = frozenset({"في", "على", "عن", "من", "إلى", "الى", "أن", "إن", "بأن", "أنه", "إنه"})


def find_speaker(sentence: str) -> Speaker | None:
    """Who ``sentence`` quotes as its source, if anybody (a dateline before it is left out)."""
    dateline = _DATELINE.match(sentence)
    if dateline is not None:
        found = find_speaker(sentence[dateline.end() :])
        at = dateline.end()
        return Speaker(found.start + at, found.end + at, found.name) if found else None
    relayed = (_RELAYED_AR if mostly_arabic(sentence) else _RELAYED_EN).search(sentence)
    if relayed:  # "SANA quoted a military source as saying…", "نقلت وكالة الأنباء عن مصدر أمني…": the source speaks
        key = "who" if relayed.group("who") else "who2"
        who, via = _clean(relayed.group(key)), _clean(relayed.group("via") or relayed.group("via2"))
        who = re.sub(r"^(?:an?|An?)\s+", "", who)
        return Speaker(relayed.start(key), relayed.end(key), f"{who} ({via})")
    patterns = _SPEAKER_AR if mostly_arabic(sentence) else _SPEAKER_EN
    if patterns is _SPEAKER_AR:  # «قسد», "داعش": Arabic quotes a name it writes, not a speaker's words (same length)
        sentence = sentence.translate(_QUOTES_TO_SPACES)
    for pattern in patterns:
        m = pattern.search(sentence)
        if m and patterns is _SPEAKER_AR and m.group("who").split()[0] in _NOT_WHO_AR:
            m = None  # "وقالت في بيان": the preposition opens where it was said, not who said it
        if m:
            who = " ".join(_clean(m.group("who")).split())
            if patterns is _SPEAKER_AR:  # "مصدر مطلع لموقع تلفزيون سوريا" → the source; "جيش الاحتلال يومها" → the army
                who = _TOLD_AR.sub("", _WHEN_AR.sub("", who)) or who
            lead = actor_mentions(who) if patterns is _SPEAKER_AR else []
            if lead and lead[0].start == 0:  # "نفت تركيا تنفيذ غارة…": the speaker is the actor the verb names
                return Speaker(m.start("who"), m.start("who") + lead[0].end, who[: lead[0].end])
            if (
                who
                and not re.fullmatch(r"(?:it|they|that|this|which)", who, re.I)
                and not _NO_SOURCE.fullmatch(who)
                and not _PASSIVE_END.search(who)  # "clashes have also been reported": no one reports
            ):
                return Speaker(m.start("who"), m.end("who"), who)
    return None


def _is_pronoun(name: str) -> bool:
    return bool(_PRONOUN_EN.match(name) or _PRONOUN_AR.match(name))


def _speaker_name(speaker: Speaker | None, previous: str | None) -> str | None:
    if speaker is None:
        return None
    if _is_pronoun(speaker.name):
        return previous or (None if _THAT_FIRST_AR.match(speaker.name) else speaker.name)
    short = re.sub(r"^(?:the|The)\s+", "", speaker.name)
    if previous and len(short) > 3 and previous != short and previous.lower().endswith(" " + short.lower()):
        return previous  # "the paramilitary forces said", after "the Iraqi Hashd Shaabi paramilitary forces said"
    for words in (speaker.name, f"the {speaker.name}"):  # "(the) coalition said"
        named = actor_mentions(words)
        if len(named) == 1 and named[0].start == 0 and named[0].end == len(words):
            return named[0].name  # the speaker is a known actor: its one name, in whatever language
    return speaker.name


def _agent(sentence: str, actors: list[ActorMention], trigger: Trigger, arabic: bool) -> ActorMention | None:
    """The actor the sentence makes the agent of the incident."""
    # "الطيران الروسي", "Coalition jets", "طائرات حربية عراقية": the incident word and the actor's name overlap
    overlapping = next((a for a in actors if a.start < trigger.end and trigger.start < a.end), None)
    if overlapping is not None:
        return overlapping
    before = [a for a in actors if a.end <= trigger.start]
    after = [a for a in actors if a.start >= trigger.end]
    if arabic:
        hedged = _HEDGED_AGENT_AR.search(sentence, trigger.end)
        if hedged and hedged.start() - trigger.end < 30:
            named = next((a for a in after if a.start >= hedged.end() and a.start - hedged.end() < 40), None)
            if named is not None:
                return named
        # the agent follows the event word in Arabic: "هجوم لداعش", "طائرة مسيرة تركية", "استهدفت القوات التركية",
        # "من قبل خلية تتبع لداعش"; a place or target after "على" or "قاعدة" is not the agent
        for a in after:
            gap = sentence[trigger.end : a.start].replace("من قبل", "")  # "من قبل": by, not from
            gap = re.sub(r"^\s*من\s*$", "", gap) if _NOUN_OF_ATTACK.search(trigger.text) else gap  # "لهجوم من X"
            if _OBJECT_NOUN.search(trigger.text) and not gap.strip(' "“”«»') and re.match(r"[وف]?ل", a.text):
                continue  # "استهداف للتحالف": the targeting of the coalition, which is not its agent
            if len(gap.split()) <= 2 and not _TARGET_AR.search(gap) and not _DEFENCE.search(gap):
                return a
        for a in reversed(before):  # "خلية لداعش هاجمت…": the subject may come first too
            gap = sentence[a.end : trigger.start]
            if (
                len(gap.split()) <= 2
                and not _CLAUSE_BREAK.search(gap)
                and (_THAT_AR.search(sentence[: a.start][-20:]) or not _TARGET_AR.search(sentence[: a.start][-12:]))
                and not _REACT_AR.search(sentence[: a.start][-15:])
            ):
                return a
        return None
    for a in after:
        gap = sentence[trigger.end : a.start]
        if _AGENT_EN.match(gap) or (trigger.event_type == "armed_clash" and _CLASH_WITH.match(gap)):
            return a
    passing = asides(sentence, appositions=True)
    for a in reversed(before):
        between = sentence[a.end : trigger.start]
        for s, e in passing:  # "the SDF, a US-backed militia, launched shelling": the apposition is set aside
            if a.end <= s and e < trigger.start:
                between = between.replace(sentence[s : e + 1], " ")
        if any(p.search(between) for p in (_CLAUSE_BREAK, _DEFENCE, _SUFFER, _REACT_EN)):
            return None  # the agent is named in the event word's own clause, or not at all
        lead = sentence[max(0, a.start - 25) : a.start]
        # "ISIS vehicles were destroyed" names what was hit; "an ISIS cell ambushed" names who did it
        noun = _VICTIM_EN.match(sentence, a.end)
        subject = noun is not None and _ACTIVE_NEXT.fullmatch(sentence, noun.end(), trigger.start) is not None
        # "two cars of ISIS militants raided…": the fighters just before the verb are its subject whatever leads
        if subject or (not _TARGET_EN.search(lead) and noun is None):
            return _first_of_pair(sentence, before, a)
    return None


def _first_of_pair(sentence: str, before: list[ActorMention], a: ActorMention) -> ActorMention:
    """The first of two subjects joined by "and" ("the SAA and the NDF pushed…": the SAA), else ``a``."""
    i = before.index(a)
    if i > 0 and re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[before[i - 1].end : a.start]):
        return before[i - 1]
    return a


def _third_party_stance(sentence: str) -> str:
    """How a sentence puts an actor it names as the agent: hedged ("reportedly", يُعتقد) or not."""
    return "suspected" if _HEDGE.search(sentence) else "attributes"


def find_claims(
    sentence: str,
    trigger: Trigger | None,
    outlet: str,
    previous_speaker: str | None = None,
    *,
    speaker: Speaker | None = None,
    named: list[ActorMention] | None = None,
    also: Sequence[Trigger] = (),
    affiliations: Mapping[str, str] | None = None,
) -> tuple[list[ClaimDraft], str | None]:
    """The claims ``sentence`` makes about its incident, and the claimant it names (for the next sentence).

    ``speaker`` (from :func:`find_speaker`) and ``named`` (the sentence's :func:`actor_mentions`)
    may be given by a caller that has them already; otherwise they are found here.  ``also``: the
    sentence's other incident words, whose agent is the incident's when ``trigger`` names none.
    ``affiliations`` (from :func:`affiliations`) give the side of a person quoted by name.
    """
    arabic = mostly_arabic(sentence)
    if speaker is None and named is None:
        speaker = find_speaker(sentence)
    said_by = _speaker_name(speaker, previous_speaker)
    named = actor_mentions(sentence) if named is None else named
    actors = [a for a in named if speaker is None or not (speaker.start <= a.start < speaker.end)]
    speaker_actor = [a.name for a in actor_mentions(said_by)] if said_by else []
    claims: list[ClaimDraft] = []
    responsibility = (_RESPONSIBILITY_AR if arabic else _RESPONSIBILITY_EN).search(sentence)
    denial = (_DENIAL_AR if arabic else _DENIAL_EN).search(sentence)
    accuse = (_ACCUSE_AR if arabic else _ACCUSE_EN).search(sentence)
    if responsibility and _NOT_CLAIMED.search(sentence[max(0, responsibility.start() - 45) : responsibility.start()]):
        responsibility = None  # "Turkey has not claimed responsibility", "no group claimed responsibility"
    if responsibility:
        by = sentence[responsibility.start() : responsibility.end()].lower().endswith("by")
        pool = [a for a in actors if a.start >= responsibility.end()] if by else actors
        passing = [(s, e) for s, e in asides(sentence, appositions=True) if e <= responsibility.start()]
        turn = max((m.end() for m in _CONTRAST.finditer(sentence, 0, responsibility.start())), default=0)
        subjects = [a for a in actors if a.start >= turn and not any(s <= a.start < e for s, e in passing)]
        who = pool[0] if by and pool else next((a for a in reversed(subjects) if a.end <= responsibility.start()), None)
        who = who or (pool[0] if pool else None)
        if who:
            claims.append(ClaimDraft(who.name, "claims_responsibility", who.name))
    own = (_OWN_ACT_AR if arabic else _OWN_ACT_EN).search(sentence)
    if own and _ITS_OWN_HIT.search(sentence, own.end(), own.end() + 60):
        own = None  # "أعلنت قسد استهداف سيارة تابعة لها": what was hit was its own
    if not claims and speaker_actor and own:
        # "the Pentagon said its forces struck…", "أعلنت قسد تنفيذ عملية…": the speaker claims the act
        claims.append(ClaimDraft(speaker_actor[0], "claims_responsibility", said_by or speaker_actor[0]))
    if denial:
        who = next((a for a in reversed(actors) if a.end <= denial.start()), None)
        if who is None and arabic:  # "نفت تركيا…": the verb comes first
            who = next((a for a in actors if a.start >= denial.end()), None)
        name = who.name if who else (speaker_actor[0] if speaker_actor else None)
        if name:
            claims.append(ClaimDraft(name, "denies", said_by if said_by and not who else name))
    attributed = _ATTRIBUTE_AR.search(sentence) if arabic and not claims else None
    if attributed:  # "نسبت مصادر أمنية الهجوم إلى فصائل موالية لإيران": X attributes it to Y
        to = next((a for a in actors if a.start >= attributed.end()), None)
        if to is not None:
            claims.append(ClaimDraft(to.name, "attributes", said_by or _lead_noun(attributed.group("what")) or outlet))
    if accuse and not claims:
        if not arabic and (blamed := _BLAMED_ON.search(sentence)):
            target = next((a for a in actors if a.start >= blamed.end()), None)
            blamer = _BLAMER.search(sentence, 0, accuse.start())
            who = _speaker_name(Speaker(0, 0, _clean(blamer.group("who"))), previous_speaker) if blamer else None
            if target and (who is None or who.lower().split()[-1] in ("was", "were", "been", "is")):
                who = None  # "…was blamed on X": the passive names nobody
            if who is not None and find_triggers(who):
                who = None  # "a drone attack blamed on X": what is blamed, not who blames
            if target:
                claims.append(ClaimDraft(target.name, "attributes", who or said_by or outlet))
        else:
            following = [a for a in actors if a.start >= accuse.end()]
            accuser = next((a for a in reversed(actors) if a.end <= accuse.start()), None)
            accused = following[0] if following else None
            if arabic and len(following) > 1:  # "اتهم التحالف مجموعات…": the verb comes first, then who accuses
                accuser, accused = following[0], following[1]
            elif arabic and accused is not None and accuser is None:  # "اتهمت وزارة الخارجية السورية إسرائيل"
                named_first = sentence[accuse.end() : accused.start].strip(' "“”«»،')
                if 0 < len(named_first.split()) <= 5:
                    accuser = ActorMention(accuse.end(), accused.start, named_first, _clean(named_first))
            state = None if arabic or accuser else _STATE_ACCUSES.search(sentence, 0, accuse.start())
            if accused:  # "Syria accused Israel…": a country, not an actor's name, may accuse
                by = accuser.name if accuser else state_government(state.group(1)) if state else (said_by or outlet)
                claims.append(ClaimDraft(accused.name, "accuses", by))
    behind = None if claims else (_BEHIND_AR if arabic else _BEHIND_EN).search(sentence)
    done_by = None if claims or arabic else _DONE_BY_EN.search(sentence)
    if behind or done_by:  # "Kataib Hezbollah was behind the attack", "تقف فصائل موالية لإيران وراء الهجوم"
        if done_by:  # "…was launched by the PKK": who follows
            who = next((a for a in actors if a.start == done_by.end()), None)
        elif arabic and behind.group("verb_first"):
            who = next((a for a in actors if a.start >= behind.start()), None)  # "تقف X وراء…"
        else:
            who = next((a for a in reversed(actors) if a.end <= behind.start()), None)
        if who is not None:
            claims.append(ClaimDraft(who.name, _third_party_stance(sentence), said_by or outlet))
    if not claims and trigger is not None and trigger.event_type == "armed_clash":
        between = _BETWEEN.match(sentence, trigger.end)
        sides = [a for a in actors if between and a.start >= between.end()][:3]
        sides = [a for i, a in enumerate(sides) if a.name not in {b.name for b in sides[:i]}][:2]  # "قسد (SDF)": one
        if len(sides) == 2 and _BOTH_SIDES.fullmatch(sentence, sides[0].end, sides[1].start):
            claims += [ClaimDraft(a.name, _third_party_stance(sentence), said_by or outlet) for a in sides]
    if not claims and trigger is not None:
        # the agent of the incident word, or of another in the sentence ("استهدفوا قاعدة بطائرة مسيرة")
        verbs = [  # "استهدفوا … بطائرة": the verb of the instrument; not a convoy's owner ("رتل للتحالف بعبوة")
            t
            for t in also
            if t.end <= trigger.start and trigger.start - t.end < 30 and t.event_type in ("attack", "armed_clash")
        ]
        verbs = [t for t in verbs if not _CLAUSE_BREAK.search(sentence, t.end, trigger.start)]
        # "غارات نفذتها طائرات حربية عراقية": the words after it that say what did it, with their agent
        verbs += [
            t
            for t in also
            if t.start >= trigger.end and t.start - trigger.end < 20 and t.event_type == trigger.event_type
        ][:1]
        if _DEFENDERS.search(trigger.text):
            # "air defences confronted an Israeli aggression": the next incident word of the clause names the agent
            after = (t for t in also if t.start >= trigger.end and t.start - trigger.end < 30)
            verbs += [t for t in after if not _CLAUSE_BREAK.search(sentence, trigger.end, t.start)][:1]
        agents = (_agent(sentence, actors, t, arabic) for t in (trigger, *verbs))
        agent = next((a for a in agents if a is not None), None)
        if agent is not None:
            if speaker is not None and _GROUP_ANAPHOR.match(speaker.name):
                said_by = agent.name  # "the group said its fighters targeted…": the agent speaks
                speaker_actor = [agent.name]
            # "according to pro-government sources, the army pushed IS back": the government's side tells its own act
            own_side = (
                said_by is not None
                and agent.name.endswith("government")
                and (
                    _GOVERNMENT_SIDE.search(said_by) is not None
                    # "Prime Minister Haider al-Abadi says": an office of no other country named
                    or (_OFFICE.search(said_by) is not None and not actor_mentions(said_by))
                )
            )
            if agent.name in speaker_actor or own_side:
                claims.append(ClaimDraft(agent.name, "claims_responsibility", said_by or agent.name))
            else:
                claims.append(ClaimDraft(agent.name, _third_party_stance(sentence), said_by or outlet))
    if not claims and trigger is not None and said_by and (we := _FIRST_PERSON.search(sentence)):
        # "“Our forces retook the crossing,” said al-Duleimi": the speaker's side claims the act
        side = speaker_actor[0] if speaker_actor else (affiliations or {}).get(said_by.split()[-1])
        between = sentence[we.end() : trigger.start] if we.end() <= trigger.start else None
        # "our forces retook…": the first person acts before the incident word; after it ("…targeted three of
        # our fighters") it is what was hit
        if (
            side
            and between is not None
            and len(between) <= 60
            and not _DEFENCE.search(between)
            and not _DEFENCE.search(sentence[we.start() : we.end() + 25])
        ):
            claims.append(ClaimDraft(side, "claims_responsibility", said_by))
    return claims, said_by or previous_speaker
