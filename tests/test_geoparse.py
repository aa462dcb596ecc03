"""Geoparser behaviour on text it was not tuned on: compounds, organisations, verbs, datelines,
namesakes, Arabic script, offsets."""

from __future__ import annotations

import pytest

from geo.geoparse import Geoparser, Mention

from .geo_assert import km


def _found(parser: Geoparser, text: str) -> list[Mention]:
    mentions = parser.parse(text)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return mentions


def _one(parser: Geoparser, text: str, surface: str) -> Mention:
    hits = [m for m in _found(parser, text) if m.text == surface]
    assert len(hits) == 1, f"{surface!r} in {[m.text for m in parser.parse(text)]}"
    return hits[0]


# --- compound references -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes hit the al Bukamal-al Qaim border crossing on Sunday.",
        "The Al Bukamal - Al Qaim border crossing reopened.",
        "The al-Qaim-Abu Kamal border crossing, which links Syria and Iraq, is key.",
        "Trucks queued at the Abu Kamal crossing for days.",
        "Trucks queued at the Al-Qaim border crossing for days.",
    ],
)
def test_border_crossing_compounds_resolve_to_the_crossing(parser: Geoparser, text: str) -> None:
    mentions = _found(parser, text)
    crossing = [m for m in mentions if m.place and m.place.kind == "border crossing"]
    assert len(crossing) == 1, mentions
    m = crossing[0]
    assert m.text.endswith("crossing") and m.role == "mention"
    assert km(m.place, 34.42, 40.98) < 12
    # the towns the compound names are nested mentions of the towns, marked as parts
    inside = [o for o in mentions if o.start >= m.start and o.end <= m.end and o != m]
    assert inside and all(o.role == "part" and o.place.kind in ("city", "town") for o in inside)
    assert {o.place.country for o in inside} <= {"SY", "IQ"}
    assert [o for o in mentions if o.start < m.end and o.end > m.start and o != m] == inside


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("In Syria's eastern province of Dayr-Zawr, fighting continued.", "Dayr-Zawr", "governorate"),
        ("Clashes in Dayr-Zawr province left ten dead.", "Dayr-Zawr province", "governorate"),
        ("Iran entered Deir ez-Zor Governorate, eastern Syria.", "Deir ez-Zor Governorate", "governorate"),
        ("They controlled the area from the city of Deir ez-Zor to the border.", "Deir ez-Zor", "city"),
        ("West of Tal-Afar in Northern Nineveh province.", "Nineveh province", "governorate"),
        ("the Ain al Assad base in Iraq's Western Anbar province", "Anbar province", "governorate"),
        ("Cells attacked a checkpoint in the eastern Deir ez-Zor countryside.", "Deir ez-Zor", "governorate"),
        ("Shells fell on farms in the northern countryside of Raqqa overnight.", "Raqqa", "governorate"),
        # a village of the province named beside it is as near to the province as to its city: the cue decides
        ("سقطت قذائف على بلدة الشحيل في ريف ديرالزور الشرقي.", "ديرالزور", "governorate"),
        ("Drones hit a farm near Busayrah, in the countryside of Deir ez-Zor.", "Deir ez-Zor", "governorate"),
        ("Drones hit a farm near Busayrah, outside the city of Deir ez-Zor.", "Deir ez-Zor", "city"),
        ("هاجمت خلية نقطة عسكرية بريف دير الزور الشرقي.", "دير الزور", "governorate"),
        ("سقطت قذيفة في ريف حلب الشمالي.", "حلب", "governorate"),
        ("انفجرت عبوة في مدينة دير الزور.", "دير الزور", "city"),
        ("هاجم مسلحون دورية في قرية تابعة لمقاطعة الرقة.", "الرقة", "governorate"),
        ("Cells are active in the Diyala, Kirkuk and Nineveh provinces.", "Kirkuk", "governorate"),
        ("Jets struck targets in the Daraa and Quneitra regions on Monday.", "Daraa", "governorate"),
    ],
)
def test_kind_words_pick_city_or_governorate(parser: Geoparser, text: str, surface: str, kind: str) -> None:
    m = _one(parser, text, surface)
    assert m.place is not None and m.place.kind == kind


def test_governor_of_names_the_governorate(parser: Geoparser) -> None:
    m = _one(parser, "The governor of Nineveh met officials in Mosul.", "Nineveh")
    assert m.place.kind == "governorate"


def test_bare_deir_ez_zor_is_the_city(parser: Geoparser) -> None:
    m = _one(parser, "Fighting resumed in Deir ez-Zor on Monday.", "Deir ez-Zor")
    assert m.place.kind == "city" and km(m.place, 35.336, 40.141) < 15


# --- what is not a place -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Myles Caggins, in an interview with Kurdistan 24, dismissed the rumors.", "Kurdistan 24"),
        (
            "Irina Tsukerman, analyst at the Arabian Peninsula Institute based in New York.",
            "Arabian Peninsula Institute",
        ),
        ("All Content by Mehr News Agency is licensed under a Creative Commons licence.", "Mehr News Agency"),
        ("Iran has offered olive branches, most recently the Hormuz Peace Initiative.", "Hormuz Peace Initiative"),
        ("The Tehran Times reported the strike.", "Tehran Times"),
        ("A professor at the University of Baghdad said so.", "University of Baghdad"),
        ("Al Mayadeen TV broadcast the footage.", "Al Mayadeen TV"),
        ("The Syrian Observatory for Human Rights counted 12 dead.", "Syrian Observatory"),
        ("Syria Direct, based in Amman, interviewed residents.", "Syria Direct"),
        ("Fighters of the Islamic State of Iraq and Syria withdrew.", "Islamic State of Iraq and Syria"),
        ("The Deir ez-Zor Military Council said it was on alert.", "Deir ez-Zor Military Council"),
        ("Footage aired by Halab Today showed the blast.", "Halab Today"),
        ("A reporter for Kurdistan24 filmed the convoy.", "Kurdistan24"),
        ("Hayat Tahrir al-Sham fighters shelled the town.", "Hayat Tahrir al-Sham"),
        ("The commander of the Quds Force visited the front.", "Quds Force"),
        ("Al Jazeera aired the statement.", "Al Jazeera"),
        ("وبثت قناة حلب اليوم صور الانفجار.", "حلب اليوم"),
        ("وقالت هيئة تحرير الشام إنها صدت الهجوم.", "هيئة تحرير الشام"),
    ],
)
def test_no_place_is_tagged_inside_an_organisation_name(parser: Geoparser, text: str, name: str) -> None:
    start = text.index(name)
    end = start + len(name)
    assert not [m for m in _found(parser, text) if m.start < end and m.end > start]


def test_a_place_outside_the_outlet_name_is_still_found(parser: Geoparser) -> None:
    text = "Kurdistan 24 reported that a convoy left Mosul."
    assert [m.text for m in _found(parser, text)] == ["Mosul"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a convoy near the border.",
        "Hit by a drone, the convoy stopped.",
        "The militia will tell the press nothing.",
    ],
)
def test_english_words_are_not_places(parser: Geoparser, text: str) -> None:
    assert [m.text for m in _found(parser, text) if m.text.lower() in {"hit", "tell"}] == []


def test_the_town_of_hit_is_a_place_mid_sentence(parser: Geoparser) -> None:
    m = _one(parser, "Iraqi forces retook Hit and Ramadi from ISIS.", "Hit")
    assert m.place.country == "IQ" and km(m.place, 33.64, 42.83) < 10


def test_demonyms_are_not_places(parser: Geoparser) -> None:
    text = "The Israeli regime and Iraqi forces met Syrian officials; Lebanese and Jordanians watched."
    assert [m.text for m in _found(parser, text)] == []


def test_lower_case_district_after_its_city_possessive(parser: Geoparser) -> None:
    m = _one(parser, "A funeral procession went through Baghdad's green zone.", "green zone")
    assert m.place.part_of == "iq-baghdad"
    assert [x.text for x in _found(parser, "Farmers planted a green zone around the village.")] == []


def test_a_person_is_not_a_place(parser: Geoparser) -> None:
    text = "Washington assassinated General Soleimani at the airport."
    assert [m.text for m in _found(parser, text) if "Soleimani" in m.text] == []


# --- datelines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "point"),
    [
        ("QAMISHLI, Syria (North Press) – Reports said the US is taking steps.", "QAMISHLI", (37.05, 41.23)),
        ("DEIR EZ-ZOR, Syria (AP) — A convoy was hit on Tuesday.", "DEIR EZ-ZOR", (35.336, 40.141)),
        ("BAGHDAD, Iraq – Parliament voted on Sunday.", "BAGHDAD", (33.315, 44.366)),
    ],
)
def test_datelines_are_found(parser: Geoparser, text: str, surface: str, point: tuple[float, float]) -> None:
    m = _found(parser, text)[0]
    assert (m.text, m.role, m.start) == (surface, "dateline", 0)
    assert km(m.place, *point) < 15


# --- namesakes ---------------------------------------------------------------------------


def test_syrian_palmyra_and_humaymah_in_syrian_context(parser: Geoparser) -> None:
    text = (
        "US-backed forces advanced in southern Syria and seized Humaymah southeast of the "
        "ancient city of Palmyra but failed to reach al-Bukamal."
    )
    humaymah = _one(parser, text, "Humaymah")
    palmyra = _one(parser, text, "Palmyra")
    assert humaymah.place.country == "SY" and palmyra.place.country == "SY"
    assert km(palmyra.place, 34.551, 38.269) < 15


def test_jordanian_humayma_in_jordanian_context(parser: Geoparser) -> None:
    text = "Archaeologists in Jordan dug at Humayma, south of Amman near the Aqaba road."
    m = _one(parser, text, "Humayma")
    assert m.place.country == "JO"


def test_sinjar_in_idlib_versus_sinjar_in_nineveh(parser: Geoparser) -> None:
    iraq = _one(parser, "Yazidis returned to Sinjar, west of Mosul and Tal Afar.", "Sinjar")
    syria = _one(parser, "Rebels in Idlib lost Sinjar, south of Abu al-Duhur, to the army.", "Sinjar")
    assert iraq.place.country == "IQ"
    assert syria.place.country == "SY"


# --- spellings the gazetteer does not list -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "point"),
    [
        ("Shelling was reported in Dair al-Zour overnight.", "Dair al-Zour", (35.336, 40.141)),
        ("Fighters moved from Albukamal toward the river.", "Albukamal", (34.45, 40.92)),
        ("Rockets struck the Ain al Assad base again.", "Ain al Assad", (33.786, 42.441)),
        ("Convoys crossed at Abou Kamal on Friday.", "Abou Kamal", (34.45, 40.92)),
        ("Residents fled Raqqah and Tabqa.", "Raqqah", (35.953, 39.008)),
    ],
)
def test_unlisted_spellings_resolve(parser: Geoparser, text: str, surface: str, point: tuple[float, float]) -> None:
    m = _one(parser, text, surface)
    assert m.place is not None and km(m.place, *point) < 20, m


def test_possessive_is_outside_the_span(parser: Geoparser) -> None:
    m = _one(parser, "Iraq's parliament passed a bill.", "Iraq")
    assert m.place.kind == "country" and m.place.country == "IQ"


# --- Arabic script -------------------------------------------------------------------------


def test_arabic_names_with_attached_conjunction_and_article(parser: Geoparser) -> None:
    text = "قصفت طائرات مسيرة مواقع في البوكمال ودير الزور والقائم."
    mentions = _found(parser, text)
    spans = {m.text: m.place for m in mentions}
    assert set(spans) >= {"البوكمال", "دير الزور", "القائم"}
    assert km(spans["البوكمال"], 34.452, 40.918) < 12
    assert km(spans["القائم"], 34.37, 41.09) < 15


def test_arabic_diacritics_keep_offsets_right(parser: Geoparser) -> None:
    text = "🙂 غارة على البُوكَمَال اليوم"
    m = _found(parser, text)[0]
    assert m.text == "البُوكَمَال"
    assert km(m.place, 34.452, 40.918) < 12


def test_offsets_survive_astral_characters_and_harakat(parser: Geoparser) -> None:
    text = "𝐍𝐞𝐰𝐬 🙂 from دَيْر الزور and Mosul."
    names = [m.text for m in _found(parser, text)]
    assert names == ["دَيْر الزور", "Mosul"]


# --- short forms of curated features, and one kind word shared by two names ---------------------


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Two rockets fell near Asad airbase at dawn.", "Asad airbase", "iq-ain-al-asad-air-base"),
        ("A drone was downed over the Asad base.", "Asad base", "iq-ain-al-asad-air-base"),
        ("Traffic resumed at the Tanf crossing on Monday.", "Tanf crossing", "sy-al-tanf-crossing"),
        ("Trucks queued at the Walid border post.", "Walid border post", "iq-al-walid-crossing"),
        ("Shells fell near the Omar field.", "Omar field", "sy-al-omar-oil-field"),
        ("Aid reached Camp Rukban by road.", "Camp Rukban", "sy-rukban-camp"),
        ("سقطت قذيفة قرب حقل كونيكو.", "حقل كونيكو", "sy-conoco-gas-field"),
        ("أغلق معبر التنف أمس.", "معبر التنف", "sy-al-tanf-crossing"),
        # a long vowel or a doubled letter written another way
        ("Clashes went on in Hajeen overnight.", "Hajeen", "sy-hajin"),
        ("Patrols left Tal Tamr at dawn.", "Tal Tamr", "sy-tall-tamr"),
        ("Shelling hit Mayadeen again.", "Mayadeen", "sy-al-mayadin"),
    ],
)
def test_short_forms_and_spelling_variants_reach_the_place(
    parser: Geoparser, text: str, surface: str, place_id: str
) -> None:
    assert _one(parser, text, surface).place.id == place_id


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Iraqi troops took the Al-Walid and Tanf crossings in one day.", ["Al-Walid", "Tanf"]),
        ("Drones hit the Conoco and Omar fields overnight.", ["Conoco", "Omar"]),
        ("أغلقت السلطات معبري الوليد والتنف.", ["الوليد", "التنف"]),
    ],
)
def test_two_features_share_one_kind_word(parser: Geoparser, text: str, names: list[str]) -> None:
    kinds = {m.text: m.place.kind for m in parser.parse(text) if m.place}
    assert all(kinds.get(n) in ("border crossing", "oil field", "gas field") for n in names), kinds


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Shells fell on Bab Tuma in the old city.", "Bab"),
        ("Fighters regrouped near Tal Hamis at night.", "Tal"),
    ],
)
def test_the_first_word_of_a_longer_name_is_not_a_town_of_its_own(parser: Geoparser, text: str, word: str) -> None:
    assert word not in [m.text for m in parser.parse(text)]


def test_a_town_named_by_such_a_word_alone_is_still_found(parser: Geoparser) -> None:
    assert [m.place.id for m in parser.parse("Turkish-backed forces entered al-Bab on Monday.")] == ["sy-al-bab"]


@pytest.mark.parametrize("word", ["المدينة", "المحافظة", "القضاء", "القرية", "المعبر", "الناحية", "البلدة", "المخيم"])
def test_arabic_common_nouns_are_not_places(parser: Geoparser, word: str) -> None:
    assert parser.parse(f"وصلت القوات إلى {word} صباح اليوم.") == []


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Jets hit the international airport in the Syrian capital of Damascus.", "sy-damascus-international-airport"),
        ("Two drones were downed near the air base outside Balad.", "iq-balad-air-base"),
        ("Militants attacked a village near Balad.", "iq-balad"),  # no kind word: the town
    ],
)
def test_a_kind_word_then_a_place_is_the_feature_named_for_it(parser: Geoparser, text: str, place_id: str) -> None:
    assert [m.place.id for m in parser.parse(text) if m.place] == [place_id]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [  # a city's district where the text names the city or calls it one; the town of that name otherwise
        ("A car bomb hit Baghdad's Yarmouk district on Monday.", "iq-yarmouk-baghdad"),
        ("Shelling hit the Hamidiya neighbourhood of Deir ez-Zor.", "sy-hamidiya-deir-ez-zor"),
        ("Clashes erupted in Hamidiya on Monday.", "sy-al-hamidiyah"),
        ("Clashes in Khalidiya, Homs.", "sy-khalidiya-homs"),
        ("Clashes in Khalidiya, Anbar.", "iq-khalidiya"),
        ("انفجار في حي الكرادة ببغداد", "iq-karrada"),
    ],
)
def test_a_district_is_its_citys_where_the_text_says_so(parser: Geoparser, text: str, place_id: str) -> None:
    assert place_id in [m.place.id for m in parser.parse(text) if m.place]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [  # a part of the province where the name is also its city's; the city otherwise
        ("Shelling hit villages in western Daraa.", "sy-gov-daraa"),
        ("Cells attacked a checkpoint in eastern Deir ez-Zor.", "sy-gov-deir-ez-zor"),
        ("A strike hit a car in Daraa.", "sy-dara"),
        ("قصف الاحتلال منطقة وادي اليرموك في ريف درعا الغربي", "sy-yarmouk-valley"),
    ],
)
def test_a_direction_before_a_name_is_its_province(parser: Geoparser, text: str, place_id: str) -> None:
    assert next(m.place.id for m in parser.parse(text) if m.place) == place_id


@pytest.mark.parametrize(
    ("text", "found"),
    [  # an Arabic institution's name puts its head noun first: the place inside it is not tagged
        ("وقالت قيادة عمليات الأنبار إن الهجوم فشل", []),
        ("وقال مجلس محافظة نينوى إن الطريق أغلق", []),
        ("وقالت قيادة شرطة نينوى إن هجوما استهدف قرية قرب الموصل", ["iq-mosul"]),
        ("هجوم في محافظة الأنبار", ["iq-gov-anbar"]),
    ],
)
def test_arabic_institutions_named_for_a_place(parser: Geoparser, text: str, found: list[str]) -> None:
    assert [m.place.id for m in parser.parse(text) if m.place] == found


@pytest.mark.parametrize("word", ["بأنه", "عنه", "وأن", "وإنها"])
def test_arabic_particles_with_pronouns_are_not_places(parser: Geoparser, word: str) -> None:
    # they fold to Baneh, Anah's old spelling and Van
    assert parser.parse(f"وقال المسؤول {word} لن يعلق على الهجوم.") == []


def test_anah_is_the_new_town_in_both_scripts(parser: Geoparser) -> None:
    found = [m.place.id for m in parser.parse("Clashes near Anah. واشتباكات قرب عانة.") if m.place]
    assert found == ["iq-anah", "iq-anah"]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Commander Hassan Raqqa was detained.", "Raqqa"), ("Khaled Hama, a spokesman, denied it.", "Hama")],
)
def test_a_town_as_a_persons_surname_is_not_the_town(parser: Geoparser, text: str, word: str) -> None:
    assert word not in [m.text for m in parser.parse(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place joined to "-backed", "-led", "-aligned": whose side someone is on, not where anything is
        ("Iran-backed militias fired rockets at a base near Qaim.", ["iq-al-qaim"]),
        ("Tehran-aligned groups and US-led forces clashed in Syria.", ["sy"]),
        ("A Baghdad-based analyst said Turkey–backed factions shelled Tal Tamr.", ["iq-baghdad", "sy-tall-tamr"]),
    ],
)
def test_allegiance_compounds_are_not_places(parser: Geoparser, text: str, expected: list[str]) -> None:
    assert [m.place.id for m in parser.parse(text) if m.place] == expected


def test_a_town_after_a_preposition_is_still_the_town(parser: Geoparser) -> None:
    assert [m.place.id for m in parser.parse("Troops from Hama and Raqqa arrived.")] == ["sy-hama", "sy-raqqa"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey has bases in northern Iraq.", ["tr", "iq"]),
        ("Khana Sor village was hit.", []),  # two pieces of one unknown name, not Piranshahr and Tyre
        ("Abu Bakr al-Baghdadi was killed.", []),
        ("Troops entered the town of al-Baghdadi.", ["iq-khan-al-baghdadi"]),
    ],
)
def test_countries_pieces_and_surnames(parser: Geoparser, text: str, expected: list[str]) -> None:
    assert [m.place.id for m in parser.parse(text) if m.place] == expected


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Clashes erupted in Sinjar, 40 km south-east of Idlib.", "sy-sinjar"),
        ("Clashes erupted in Sinjar in Idlib province.", "sy-sinjar"),
        ("اشتباكات في سنجار بريف إدلب.", "sy-sinjar"),
        ("Sinjar, west of Mosul, was hit.", "iq-sinjar"),
        ("Boats crossed the Euphrates in Deir ez-Zor province at dawn.", "sy-euphrates"),  # a river runs through
        ("Militia boats crossed the Tigris, 20 km south of Mosul.", "iq-tigris"),
        ("عبرت زوارق نهر الفرات في محافظة دير الزور.", "sy-euphrates"),
    ],
)
def test_a_stated_relation_picks_the_namesake_that_fits(parser: Geoparser, text: str, place_id: str) -> None:
    assert parser.parse(text)[0].place.id == place_id


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the only namesake the gazetteer has, where the text says it lies elsewhere: a village it lacks
        (
            "A drone hit the village of Al-Qayrawan, in the countryside of Tal Hamis in Hasakah province.",
            [None, "sy-tall-hamis", "sy-gov-hasakah"],
        ),
        ("Clashes in Al-Qayrawan, west of Mosul.", ["iq-al-qayrawan", "iq-mosul"]),  # a direction is loose
        ("اشتباكات في القيروان بريف الحسكة", [None, "sy-gov-hasakah"]),
        ("قصف تركي استهدف قرية دبس غربي الرقة", [None, "sy-raqqa"]),  # not Dibis, 400 km off in Kirkuk
        ("Gunmen raided Safsaf village near Tuz Khurmatu.", [None, "iq-tuz-khurmatu"]),  # not the Syrian one
        # a village far from everything else the text names: a namesake the gazetteer lacks
        ("Gunmen from Jalawla and Khanaqin raided Safsaf village overnight.", ["iq-jalawla", "iq-khanaqin", None]),
        ("Shelling hit Homs and Safsafah on Monday.", ["sy-homs", "sy-as-safsafah"]),
    ],
)
def test_a_stated_relation_rules_out_the_only_namesake(parser: Geoparser, text: str, expected: list) -> None:
    assert [m.place and m.place.id for m in parser.parse(text)] == expected


def test_details_say_why_a_namesake_won(parser: Geoparser) -> None:
    (sinjar, _) = parser.parse("Clashes erupted in Sinjar, 40 km south-east of Idlib.")
    assert sinjar.to_json(details=True)["why"] == ["the relation the text states to Idlib"]
    (bare,) = parser.parse("Clashes erupted in Sinjar.")
    assert bare.place.id == "iq-sinjar" and bare.why and "why" in bare.to_json(details=True)
