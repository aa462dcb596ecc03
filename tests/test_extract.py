"""Proposing incidents from text, in English and Arabic, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
import yaml

from geo.claims import find_speaker
from geo.extract import Candidate, extract, split_sentences
from geo.geoparse import Geoparser

from .conftest import ROOT, TEST_DATA

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday
OUTLET = "Test Wire"


def _all(parser: Geoparser, text: str) -> list[Candidate]:
    return extract(text, parser, published=PUBLISHED, outlet=OUTLET)


def _one(parser: Geoparser, text: str) -> Candidate:
    found = _all(parser, text)
    assert len(found) == 1, [(c.sentence, c.place and c.place.id) for c in found]
    return found[0]


def _claims(c: Candidate) -> list[tuple[str, str, str]]:
    return [(x["actor"], x["stance"], x["claimed_by"]) for x in c.claims]


# --- where: datelines, nationalities, ties, the most specific place -----------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ERBIL, Kurdistan Region — Two rockets hit Ain al-Asad air base on Tuesday.", "iq-ain-al-asad-air-base"),
        ("DAMASCUS (Reuters) - Gunmen attacked a checkpoint near Palmyra on Monday.", "sy-palmyra"),
        ("دير الزور - استهدفت طائرة مسيرة سيارة قرب البوكمال.", "sy-abu-kamal"),
    ],
)
def test_the_dateline_is_where_the_story_was_filed_not_the_incident(parser: Geoparser, text: str, place: str) -> None:
    assert _one(parser, text).place.id == place


@pytest.mark.parametrize(
    "text",
    [
        "MOSUL, March 6 (Test Wire) -- A roadside bomb hit a patrol near Tal Afar on Sunday, police said.",
        "بغداد، 6 آذار (تست) - انفجرت عبوة ناسفة بدورية قرب تلعفر يوم الأحد.",
    ],
)
def test_the_date_in_a_dateline_is_when_it_was_filed_not_the_incident(parser: Geoparser, text: str) -> None:
    c = _one(parser, text)
    assert (c.place.id, c.date.start.isoformat(), c.date.precision) == ("iq-tal-afar", "2024-03-03", "day")


@pytest.mark.parametrize(
    "text",
    ["Turkish drones struck a car near Sinjar yesterday.", "استهدفت طائرة مسيرة تركية سيارة في سنجار أمس."],
)
def test_a_nationality_is_an_actor_not_a_place(parser: Geoparser, text: str) -> None:
    c = _one(parser, text)
    assert c.place.id == "iq-sinjar"
    assert _claims(c) == [("Turkey", "attributes", OUTLET)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A drone struck a house in Baghouz in Deir ez-Zor province last week.", "sy-baghouz"),
        ("In Deir ez-Zor province, a drone struck a house in Baghouz last week.", "sy-baghouz"),
        ("قصفت طائرة مسيرة منزلا في بلدة الباغوز بريف دير الزور.", "sy-baghouz"),
    ],
)
def test_the_most_specific_place_of_a_chain(parser: Geoparser, text: str, place: str) -> None:
    c = _one(parser, text)
    assert (c.place.id, c.place_precision) == (place, "place")


def test_an_unknown_village_in_a_province_places_it_in_the_province(parser: Geoparser) -> None:
    c = _one(parser, "Artillery shelled a village in Anbar province on Monday.")
    assert (c.place.id, c.place_precision) == ("iq-gov-anbar", "region")


@pytest.mark.parametrize(
    "text", ["Gunmen attacked the towns of Hajin and Baghouz on Sunday.", "هاجم مسلحون بلدتي هجين والباغوز."]
)
def test_coordinated_places_are_one_incident_each(parser: Geoparser, text: str) -> None:
    assert [c.place.id for c in _all(parser, text)] == ["sy-hajin", "sy-baghouz"]


def test_one_kind_of_incident_on_two_dates_at_two_places_is_two_incidents(parser: Geoparser) -> None:
    text = "Troops retook Rawa last week and in January declared the town of Anah liberated."
    assert [(c.place.id, c.date.precision) for c in _all(parser, text)] == [("iq-rawah", "week"), ("iq-anah", "month")]


def test_the_air_force_striking_elsewhere_after_an_incident_is_another_incident(parser: Geoparser) -> None:
    text = (
        "قتل خمسة مدنيين بغارات على بلدة الميادين في ريف دير الزور أمس.\n\n"
        "فيما قصف الطيران الحربي حي الرشدية في مدينة دير الزور بالتزامن مع اشتباكات قرب المطار."
    )
    assert [(c.place.id, c.event_type) for c in _all(parser, text)] == [
        ("sy-al-mayadin", "air_strike"),
        ("sy-rashidiya-deir-ez-zor", "air_strike"),
    ]


def test_the_capital_named_as_a_place_and_a_second_place_with_its_own_preposition(parser: Geoparser) -> None:
    text = "Missiles hit military targets in the capital Damascus and in the city of Homs on Monday."
    assert [c.place.id for c in _all(parser, text)] == ["sy-damascus", "sy-homs"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Clashes between the SDF and tribes have also been reported near Shuhayl.", None),  # a passive
        ("Two fighters were killed, according to initial information.", None),  # what is known, not who
        ("A US official, speaking on condition of anonymity, said the strike hit a depot.", "A US official"),
        ("The strike hit a depot, said Colonel Ahmed Saleh.", "Colonel Ahmed Saleh"),
        ("وكانت وكالة أعماق قد تحدثت عن سقوط قتلى.", "وكالة أعماق"),
    ],
)
def test_who_a_sentence_quotes(sentence: str, speaker: str | None) -> None:
    said = find_speaker(sentence)
    assert (said.name if said else None) == speaker


def test_attacks_going_on_since_a_day_are_an_incident_since_a_month_a_pattern(parser: Geoparser) -> None:
    going_on = "Attacks that have been launched on a prison in Hasakah since Monday night killed nine."
    assert [(c.place.id, c.date.start.isoformat()) for c in _all(parser, going_on)] == [("sy-hasakah", "2024-03-04")]
    assert _all(parser, "Militias have targeted US forces near Hasakah since October.") == []


def test_leaflets_clashes_between_sides_and_a_citys_airport(parser: Geoparser) -> None:
    text = (
        "قصف الطيران الحربي حي الرشدية في مدينة دير الزور أمس، فيما ألقى الطيران الحربي مناشير فوق بلدة الشحيل.\n\n"
        "واستمرت الاشتباكات في دير الزور أمس على أسوار مطار دير الزور العسكري بين تنظيم الدولة وقوات النظام."
    )
    assert [(c.place.id, c.event_type) for c in _all(parser, text)] == [
        ("sy-rashidiya-deir-ez-zor", "air_strike"),  # not the leaflets over Shuhayl
        ("sy-deir-ez-zor-airport", "armed_clash"),  # fighting between two sides, at the city's airport
    ]


def test_the_attack_told_again_without_a_date_keeps_the_date_told_before(parser: Geoparser) -> None:
    text = (
        "Last month, Syria accused Israel of carrying out an air strike on its territory. "
        "According to Syrian media, the attack was carried out by jets that fired missiles at Homs."
    )
    (c,) = _all(parser, text)
    assert (c.place.id, c.date.start.isoformat(), c.date.precision) == ("sy-homs", "2024-02-01", "month")


def test_a_count_shared_out_among_places_is_one_incident_each(parser: Geoparser) -> None:
    text = "Jets carried out six other strikes on Monday, four near Mosul, one in Tal Afar and one in Baiji."
    assert [c.place.id for c in _all(parser, text)] == ["iq-mosul", "iq-tal-afar", "iq-bayji"]


def test_a_place_inside_an_actors_name_is_not_where_it_happened(parser: Geoparser) -> None:
    c = _one(parser, "A drone targeted a vehicle of the Sinjar Resistance Units near Mosul on Monday.")
    assert c.place.id == "iq-mosul"


@pytest.mark.parametrize(
    ("text", "place", "claims"),
    [  # a capital is a place after "in", "south of"; its government when it acts or sits there
        ("An Israeli strike hit a building in Damascus on Monday.", "sy-damascus", [("Israel", "attributes", OUTLET)]),
        ("A rocket hit a checkpoint south of Baghdad on Monday.", "iq-baghdad", []),
        (
            "Damascus accused Israel of bombing a depot near Homs on Monday.",
            "sy-homs",
            [("Israel", "accuses", "Syrian government")],
        ),
        (
            "The government in Baghdad condemned a Turkish strike near Duhok on Monday.",
            "iq-dihok",
            [("Turkey", "attributes", OUTLET)],
        ),
    ],
)
def test_a_capital_is_a_place_or_its_government(
    parser: Geoparser, text: str, place: str, claims: list[tuple[str, str, str]]
) -> None:
    c = _one(parser, text)
    assert (c.place.id, _claims(c)) == (place, claims)


# --- when ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Rockets hit a base near Deir ez-Zor on Monday.", "2024-03-04", "2024-03-04", "day"),
        ("Rockets hit a base near Deir ez-Zor on Wednesday.", "2024-03-06", "2024-03-06", "day"),
        ("Rockets hit a base near Deir ez-Zor yesterday.", "2024-03-05", "2024-03-05", "day"),
        ("Rockets hit a base near Deir ez-Zor last week.", "2024-02-22", "2024-02-28", "week"),
        ("Rockets hit a base near Deir ez-Zor last month.", "2024-02-01", "2024-02-29", "month"),
        ("Rockets hit a base near Deir ez-Zor earlier this year.", "2024-01-01", "2024-03-06", "year"),
        ("Rockets hit a base near Deir ez-Zor.", "2024-02-28", "2024-03-06", "unknown"),
    ],
)
def test_dates_resolve_against_publication(parser: Geoparser, text: str, start: str, end: str, precision: str) -> None:
    c = _one(parser, text)
    assert (c.date.start.isoformat(), c.date.end.isoformat(), c.date.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF said on Tuesday that it repelled an ISIS attack on a checkpoint near Hajin.",
        "On Tuesday, the SDF said an ISIS cell attacked a checkpoint near Hajin.",
        "أعلنت قوات سوريا الديمقراطية، يوم الثلاثاء، إحباط هجوم لداعش على حاجز قرب هجين.",
    ],
)
def test_the_date_of_a_statement_dates_the_incident_it_tells(parser: Geoparser, text: str) -> None:
    d = _one(parser, text).date
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == ("2024-03-05", "2024-03-05", "day")
    assert "statement" in d.relative_to


@pytest.mark.parametrize(
    "text",
    [
        "The SDF said on Tuesday that it foiled two attacks in the Deir ez-Zor countryside. "
        "On Monday, cells attacked a post in Dhiban.",
        "أعلنت قسد، يوم الثلاثاء، إحباط هجومين في ريف دير الزور. وهاجمت خلايا يوم الاثنين نقطة في ذيبان.",
    ],
)
def test_a_statement_tells_the_incident_dated_after_it(parser: Geoparser, text: str) -> None:
    c = _one(parser, text)
    assert (c.place.id, c.date.start.isoformat(), c.date.precision) == ("sy-dhiban", "2024-03-04", "day")


def test_the_day_before_an_incident_is_another_incident(parser: Geoparser) -> None:
    text = (
        "The monitor said on Tuesday that cells attacked two civilians near Hajin. "
        "The previous day, gunmen killed a shepherd near Hajin."
    )
    assert [c.date.start.isoformat() for c in _all(parser, text)] == ["2024-03-05", "2024-03-04"]


def test_a_date_owned_by_the_incident_after_said_is_its_date(parser: Geoparser) -> None:
    d = _one(parser, "The monitor said Monday's airstrike on Abu Kamal killed five people.").date
    assert (d.start.isoformat(), d.end.isoformat(), d.precision) == ("2024-03-04", "2024-03-04", "day")


def test_an_aside_does_not_date_the_event(parser: Geoparser) -> None:
    c = _one(parser, "A drone struck a car in Sinjar on Monday, a town which suffered greatly in 2014.")
    assert c.date.start == dt.date(2024, 3, 4)


def test_undated_text_without_a_publication_date_is_unknown_not_invented(parser: Geoparser) -> None:
    (c,) = extract("Rockets hit a base near Deir ez-Zor.", parser, published=None)
    assert (c.date.start, c.date.end, c.date.precision) == (None, None, "unknown")


# --- several incidents, one incident in several sentences ---------------------------------------


def test_an_article_tells_several_incidents_and_one_incident_in_several_sentences(parser: Geoparser) -> None:
    text = (
        "Rockets hit Ain al-Asad air base\n\n"
        "Three rockets hit Ain al-Asad air base in Anbar on Monday, officials said. "
        "The rockets landed inside the base. "
        "The base was also hit by a rocket on February 12. "
        "Separately, a roadside bomb struck a convoy near Fallujah on Tuesday."
    )
    found = _all(parser, text)
    assert [(c.place.id, c.date.start.isoformat()) for c in found] == [
        ("iq-ain-al-asad-air-base", "2024-03-04"),
        ("iq-ain-al-asad-air-base", "2024-02-12"),
        ("iq-fallujah", "2024-03-05"),
    ]
    assert len(found[0].quotes) == 3  # the title, the lead and the sentence about the rockets
    assert found[2].event_type == "remote_explosive"


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit a base near Qamishli on Monday, while a drone struck a car in Sinjar.",
        "سقطت صواريخ قرب القامشلي يوم الاثنين، بينما استهدفت طائرة مسيرة سيارة في سنجار.",
        "Rockets hit a base near Qamishli on Monday and then a drone struck a car in Sinjar.",
        "سقطت صواريخ على قاعدة قرب القامشلي، ثم استهدفت طائرة مسيرة سيارة في سنجار يوم الاثنين.",
    ],
)
def test_one_sentence_two_incidents(parser: Geoparser, text: str) -> None:
    found = _all(parser, text)
    assert [(c.place.id, c.event_type) for c in found] == [
        ("sy-qamishli", "rocket_attack"),
        ("iq-sinjar", "drone_strike"),
    ]


def test_an_undated_sentence_does_not_take_the_date_of_background_long_past(parser: Geoparser) -> None:
    text = (
        "Gunmen attacked a checkpoint near Tikrit, officials said. "
        "The army retook the district from the militants in October 2017."
    )
    found = _all(parser, text)
    assert [c.event_type for c in found] == ["attack", "territory_change"]
    assert found[0].date.precision == "unknown" and found[0].date.end == PUBLISHED


def test_the_cause_of_a_strike_is_not_the_strike(parser: Geoparser) -> None:
    text = (
        "US jets struck two sites near Boukamal on Friday, the Pentagon said, in retaliation for "
        "drone attacks on bases in Iraq last week."
    )
    (c,) = _all(parser, text)
    assert (c.place.id, c.event_type, c.date.start) == ("sy-abu-kamal", "air_strike", dt.date(2024, 3, 1))
    assert _claims(c) == [("United States", "claims_responsibility", "United States")]


def test_a_similar_strike_is_another_incident_of_the_same_kind(parser: Geoparser) -> None:
    text = "A drone strike hit a car in Sinjar on Tuesday. A similar strike on Monday hit a truck in Sinjar."
    found = _all(parser, text)
    assert [(c.event_type, c.date.start.isoformat()) for c in found] == [
        ("drone_strike", "2024-03-05"),
        ("drone_strike", "2024-03-04"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish drones struck a car in Sinjar on Tuesday, local officials said. "
        "A similar strike on Monday hit a truck near Tal Afar.",
        "قالت مصادر محلية إن طائرة مسيرة تركية استهدفت سيارة في سنجار يوم الثلاثاء. "
        "وكانت ضربة مماثلة قد استهدفت شاحنة قرب تلعفر يوم الاثنين.",
    ],
)
def test_a_similar_strike_that_names_no_hand_keeps_the_one_told_before(parser: Geoparser, text: str) -> None:
    first, second = _all(parser, text)
    assert (first.place.id, second.place.id) == ("iq-sinjar", "iq-tal-afar")
    assert _claims(second) == _claims(first) != []
    assert _claims(first)[0][:2] == ("Turkey", "attributes")


def test_another_attack_after_fima_is_its_own_incident(parser: Geoparser) -> None:
    text = (
        "هاجمت خلية لداعش حاجزاً في بلدة ذيبان يوم الاثنين، "
        "فيما نفذت خلية أخرى هجوماً آخر على نقطة عسكرية في الميادين، بحسب قوات سوريا الديمقراطية."
    )
    found = _all(parser, text)
    assert [c.place.id for c in found] == ["sy-dhiban", "sy-al-mayadin"]
    # the source quoted at the end speaks for both clauses
    assert [_claims(c) for c in found] == [[("Islamic State", "attributes", "Syrian Democratic Forces")]] * 2


@pytest.mark.parametrize(
    "text",
    [
        "A cell attacked a checkpoint near Hajin on Monday. At the same time, gunmen attacked a post near Mayadin.",
        "هاجمت خلية حاجزاً قرب هجين يوم الاثنين. وفي التوقيت ذاته، هاجم مسلحون نقطة قرب الميادين.",
    ],
)
def test_at_the_same_time_dates_an_incident_like_the_one_before(parser: Geoparser, text: str) -> None:
    first, second = _all(parser, text)
    assert second.date == first.date and first.date.start.isoformat() == "2024-03-04"


def test_each_site_of_a_list_is_placed(parser: Geoparser) -> None:
    text = "Warplanes bombed a training camp in Abu Kamal and a depot in Mayadin on Sunday."
    assert [c.place.id for c in _all(parser, text)] == ["sy-abu-kamal", "sy-al-mayadin"]


def test_a_person_quoted_by_name_speaks_for_the_side_named_with_them(parser: Geoparser) -> None:
    text = (
        "Iraqi army Col. Ahmed Saadi told reporters the town was calm. "
        '"Our forces retook the crossing near Rawa on Monday," said Saadi.'
    )
    # "said Saadi": the one named in full before
    assert _claims(_one(parser, text)) == [("Iraqi government", "claims_responsibility", "Iraqi army Col. Ahmed Saadi")]


def test_a_named_group_stands_for_its_kind(parser: Geoparser) -> None:
    text = (
        "Iranian-backed militias claimed a drone attack on al-Tanf on Monday. "
        "The Islamic Resistance in Iraq claimed responsibility for the drone attack on al-Tanf on Monday."
    )
    assert _claims(_one(parser, text)) == [
        ("Islamic Resistance in Iraq", "claims_responsibility", "Islamic Resistance in Iraq")
    ]


def test_a_partys_own_claim_stands_for_the_outlets_telling_of_it(parser: Geoparser) -> None:
    text = "Iraqi forces retook the town of Rawa on Monday. The Iraqi army said its troops retook Rawa on Monday."
    assert _claims(_one(parser, text)) == [("Iraqi government", "claims_responsibility", "Iraqi government")]


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit a base near Rutba on Monday. These attacks come after the events of October 7 in Gaza.",
        "Rockets hit a base near Rutba on Monday. Despite the defeat of ISIS in Mosul in 2017, cells persist.",
        "Rockets hit a base near Rutba on Monday, after a string of similar attacks on bases in Erbil last week.",
        "استهدفت صواريخ قاعدة قرب الرطبة يوم الاثنين، رغم الهجوم على أربيل في الأسبوع الماضي.",
    ],
)
def test_what_is_told_as_background_is_no_incident_of_its_own(parser: Geoparser, text: str) -> None:
    (c,) = _all(parser, text)
    assert c.place.id == "iq-ar-rutbah" and c.date.start.isoformat() == "2024-03-04"


def test_the_place_that_was_retaken_is_where_it_happened(parser: Geoparser) -> None:
    text = "The monitor said that Mayadin was retaken by troops after militants withdrew to areas in eastern Hasakah."
    assert _one(parser, text).place.id == "sy-al-mayadin"


def test_in_a_statement_on_a_day_dates_the_statement(parser: Geoparser) -> None:
    text = (
        "Rockets hit a base near Rutba on Saturday. "
        "In a statement Monday, the minister said police were tasked to find those behind the attack."
    )
    (c,) = _all(parser, text)
    assert c.date.start.isoformat() == "2024-03-02"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("تصدّت الدفاعات الجوية السورية، فجر اليوم، لأهدافٍ معادية فوق تدمر.", "air_strike"),
        ("نفّذ العدو الإسرائيليّ عدواناً جوياً على مواقع قرب تدمر أمس.", "air_strike"),
        ("هاجمت خليّةٌ حاجزاً قرب تدمر أمس.", "attack"),
    ],
)
def test_arabic_with_harakat_and_state_media_words(parser: Geoparser, text: str, event_type: str) -> None:
    c = _one(parser, text)
    assert (c.place.id, c.event_type) == ("sy-palmyra", event_type)


def test_a_bare_bombardment_in_a_headline_is_the_strike_told_below(parser: Geoparser) -> None:
    text = "قصف يستهدف قاعدة حرير\n\nهاجمت طائرة مسيرة، عصر اليوم الاثنين، قاعدة حرير قرب أربيل."
    (c,) = _all(parser, text)
    assert (c.event_type, c.date.start.isoformat()) == ("drone_strike", "2024-03-04")


def test_a_headlines_capital_is_the_province_the_text_tells_of(parser: Geoparser) -> None:
    text = "انفجار عبوة في بغداد\n\nانفجرت عبوة ناسفة بدورية في الطارمية أمس. وفي بغداد، هاجم مسلحون حاجزاً أمس."
    assert [c.place.id for c in _all(parser, text)] == ["iq-at-tarmiyah", "iq-baghdad"]


def test_retaken_is_a_change_of_hands(parser: Geoparser) -> None:
    assert _one(parser, "Sources said Mayadin was retaken by government troops on Monday.").event_type == (
        "territory_change"
    )


def test_a_retaliation_told_is_the_cause_not_a_second_incident(parser: Geoparser) -> None:
    text = "Rockets hit a base near Rutba on Monday. The attack was retaliation for an airstrike near Abu Kamal."
    assert [c.place.id for c in _all(parser, text)] == ["iq-ar-rutbah"]


def test_a_denial_in_a_later_sentence_joins_the_incident(parser: Geoparser) -> None:
    text = (
        "Warplanes bombed a market in Abu Kamal on Monday, killing nine people, a war monitor said. "
        "Russia said it did not conduct any strikes on Abu Kamal on Monday."
    )
    (c,) = _all(parser, text)
    assert _claims(c) == [("Russia", "denies", "Russia")]
    assert c.fatalities == ({"text": "nine people", "min": 9, "max": 9},)


# --- claims: who is said to be responsible, and who says so -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("HTS fighters shelled a village near Saraqib on Monday.", "Hayat Tahrir al-Sham"),
        ("وقصفت هيئة تحرير الشام قرية قرب سراقب يوم الاثنين.", "Hayat Tahrir al-Sham"),
        ("Jordanian jets struck a house near Daraa on Monday.", "Jordan"),
        ("YPG militants attacked an outpost near Tal Rifaat on Monday.", "People's Protection Units"),
        ("وهاجمت الأسايش منزلا في القامشلي يوم الاثنين.", "Asayish"),
        ("وهاجمت الفرقة الرابعة بلدة قرب درعا يوم الاثنين.", "Syrian government"),
    ],
)
def test_the_regions_armed_groups_are_named_in_both_languages(parser: Geoparser, text: str, actor: str) -> None:
    assert _claims(_one(parser, text)) == [(actor, "attributes", OUTLET)]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Islamic State claimed responsibility for a bombing near Tikrit on Saturday.",
            [("Islamic State", "claims_responsibility", "Islamic State")],
        ),
        (
            "The Syrian Observatory for Human Rights accused Russian warplanes of bombing Idlib on Monday.",
            [("Russia", "accuses", "Syrian Observatory for Human Rights")],
        ),
        (
            "A Turkish drone struck a car near Sinjar on Monday, according to local officials.",
            [("Turkey", "attributes", "local officials")],
        ),
        (
            "Turkish warplanes bombed a hill near Duhok on Monday, the Kurdish authorities said.",
            [("Turkey", "attributes", "Kurdistan Regional Government")],
        ),
        ("The explosion near Kirkuk on Monday was blamed on Islamic State.", [("Islamic State", "attributes", OUTLET)]),
        (
            "Iraqi forces recaptured the town of Rawa on Monday, the Iraqi army said.",
            [("Iraqi government", "claims_responsibility", "Iraqi government")],
        ),
        ("Rockets hit a base near Qamishli on Monday.", []),
        (
            "A bomb exploded near Tikrit on Monday. Islamic State claimed the attack in a statement.",
            [("Islamic State", "claims_responsibility", "Islamic State")],
        ),
        (
            "Turkey's defence ministry said its jets neutralised militants near Duhok on Monday.",
            [("Turkey", "claims_responsibility", "Turkey's defence ministry")],
        ),
        ("Rockets hit a base near Qamishli on Monday. Washington has blamed similar attacks on Iran.", []),
        (
            "The coalition said it had conducted an airstrike near Hajin on Monday.",
            [("US-led coalition", "claims_responsibility", "US-led coalition")],
        ),
        (
            "Rockets hit a base near Qamishli on Monday, but Iran has not claimed responsibility.",
            [],
        ),
        (
            "أعلنت قوات سوريا الديمقراطية تنفيذ هجوم على خلية لداعش في هجين أمس.",
            [("Syrian Democratic Forces", "claims_responsibility", "Syrian Democratic Forces")],
        ),
        ("Air defences intercepted a drone over Erbil on Monday, the US-led coalition said.", []),
        ("Gunmen reportedly attacked a checkpoint of the Syrian army near Palmyra on Monday.", []),
        (
            "تبنى تنظيم داعش هجوما على حاجز قرب تدمر أمس.",
            [("Islamic State", "claims_responsibility", "Islamic State")],
        ),
        (
            "اتهم الجيش العراقي تنظيم داعش بتنفيذ هجوم على قرية في محافظة ديالى أمس.",
            [("Islamic State", "accuses", "Iraqi government")],
        ),
        ("نفت تركيا تنفيذ غارة على مخمور أمس.", [("Turkey", "denies", "Turkey")]),
        (
            "قتل عشرة مسلحين في غارات يعتقد أن طائرات إسرائيلية شنتها على ريف مدينة البوكمال أمس.",
            [("Israel", "suspected", OUTLET)],
        ),
        (
            "استهدفت طائرة مسيرة تابعة للتحالف الدولي سيارة قرب البوكمال أمس.",
            [("US-led coalition", "attributes", OUTLET)],
        ),
        ("نفذ هجوم من قبل تنظيم داعش على حاجز قرب الميادين أمس.", [("Islamic State", "attributes", OUTLET)]),
        ("فتح مسلحون النار على سيارة تابعة لقوات سوريا الديمقراطية قرب الميادين أمس.", []),
        (
            "هاجمت خلية لداعش نقطة عسكرية قرب الميادين أمس، بحسب المرصد السوري لحقوق الإنسان.",
            [("Islamic State", "attributes", "Syrian Observatory for Human Rights")],
        ),
        (
            "قال مسؤول في التحالف الدولي إن طائرة مسيرة إيرانية استهدفت قاعدة عين الأسد أمس.",
            [("Iran", "attributes", "مسؤول في التحالف الدولي")],
        ),
        (
            "The blast at a checkpoint near Rutba on Monday was attributed to Islamic State.",
            [("Islamic State", "attributes", OUTLET)],
        ),
        ("The Israeli military declined to comment on the airstrike near Palmyra on Monday.", []),
        (
            "An ISIS cell ambushed an army patrol near Hajin on Monday, the Syrian Observatory, a war monitor, said.",
            [("Islamic State", "attributes", "Syrian Observatory for Human Rights")],
        ),
        (
            'The Turkish defence ministry said on Monday it had "neutralised" four militants in airstrikes near Duhok.',
            [("Turkey", "claims_responsibility", "Turkish defence ministry")],
        ),
        (
            "Iraqi troops fought off an attack on a checkpoint near Rutba on Monday.",
            [],
        ),
        (
            'The Syrian army says it has "fully liberated" the town of Mayadin.',
            [("Syrian government", "claims_responsibility", "Syrian government")],
        ),
        (
            "SANA, citing a military source, said Israeli jets struck a depot near Palmyra on Monday.",
            [("Israel", "attributes", "SANA")],
        ),
        (
            "Islamic State, which has fought the SDF since 2015, claimed responsibility for the ambush near Hajin.",
            [("Islamic State", "claims_responsibility", "Islamic State")],
        ),
        (
            "Five soldiers were killed in clashes with Islamic State fighters near Rutba on Monday.",
            [("Islamic State", "attributes", OUTLET)],
        ),
        (
            "Clashes broke out between tribal fighters and the SDF near Dhiban on Monday, the monitor said.",
            [("Arab tribal fighters", "attributes", "monitor"), ("Syrian Democratic Forces", "attributes", "monitor")],
        ),
        (
            'اندلعت اشتباكات بين مسلحي العشائر و"قوات سوريا الديمقراطية" (قسد) قرب ذيبان أمس.',
            [("Arab tribal fighters", "attributes", OUTLET), ("Syrian Democratic Forces", "attributes", OUTLET)],
        ),
        (
            "Officials gave no details, but the Islamic Resistance in Iraq claimed the drone attack on Harir base.",
            [("Islamic Resistance in Iraq", "claims_responsibility", "Islamic Resistance in Iraq")],
        ),
        (
            "وقالت الجماعة إن مقاتلي المقاومة الإسلامية في العراق استهدفوا قاعدة حرير بطائرة مسيرة أمس.",
            [("Islamic Resistance in Iraq", "claims_responsibility", "Islamic Resistance in Iraq")],
        ),
        (
            "The depot near Rutba came under a drone attack in early November by Iranian-backed militias.",
            [("Iranian-backed militias", "attributes", OUTLET)],
        ),
        ("Rockets hit an outpost near Rutba used by Iraqi forces on Monday.", []),
        (
            "Iranian-backed militias claim responsibility for a drone attack on al-Tanf on Monday.",
            [("Iranian-backed militias", "claims_responsibility", "Iranian-backed militias")],
        ),
        (
            "قصف جيش الاحتلال مواقع قرب درعا أمس، وقال جيش الاحتلال يومها إنه استهدف مواقع للمسلحين.",
            [("Israel", "claims_responsibility", "Israel")],
        ),
        (
            "On Monday the SDF, a US-backed militia, shelled positions near Mayadin.",
            [("Syrian Democratic Forces", "attributes", OUTLET)],
        ),
        (
            "وقال البيان: أحبطت قواتنا هجوما لداعش على نقطة قرب هجين أمس.",
            [("Islamic State", "attributes", "البيان")],
        ),
        ("نفّذ العدو الإسرائيلي عدواناً جوياً على مواقع قرب تدمر أمس.", [("Israel", "attributes", OUTLET)]),
        (
            "SANA quoted a military source as saying that Israeli jets struck a depot near Palmyra on Monday.",
            [("Israel", "attributes", "military source (SANA)")],
        ),
        (
            "ونقلت وكالة الأنباء عن مصدر عسكري أن طائرات إسرائيلية قصفت مواقع قرب تدمر أمس.",
            [("Israel", "attributes", "مصدر عسكري (وكالة الأنباء)")],
        ),
        ("إصابة مدنيين في الرطبة بثاني استهداف للتحالف الدولي أمس.", []),
        (
            "وتعرضت مواقع لقسد قرب ذيبان أمس لهجوم من مسلحي العشائر.",
            [("Arab tribal fighters", "attributes", OUTLET)],
        ),
        (
            "ونسبت مصادر أمنية الهجوم على حقل العمر يوم الاثنين إلى خلايا داعش.",
            [("Islamic State", "attributes", "مصادر أمنية")],
        ),
        (
            "وقال المرصد السوري إن خلية لتنظيم داعش هاجمت حاجزاً لقوات سوريا الديمقراطية قرب هجين أمس.",
            [("Islamic State", "attributes", "Syrian Observatory for Human Rights")],
        ),
        ("ولم تعلق إسرائيل على الغارة التي استهدفت مواقع قرب تدمر أمس.", []),
        ("وانفجرت عبوة ناسفة بدورية للجيش العراقي في الرطبة أمس.", []),
        (
            "Kataib Hezbollah was behind the rocket attack on a base near Baghdad on Monday, two officials said.",
            [("Kataib Hezbollah", "attributes", "two officials")],
        ),
        (
            "ويعتقد أن فصائل موالية لإيران تقف وراء الهجوم الصاروخي على قاعدة قرب الحسكة يوم الاثنين.",
            [("Iranian-backed militias", "suspected", OUTLET)],
        ),
        (
            "Officials said the drone that hit a car near Sinjar on Monday was launched by the PKK.",
            [("Kurdistan Workers' Party", "attributes", "Officials")],
        ),
        (
            "The SDF said ISIS cells were responsible for the attack near Hajin on Monday.",
            [("Islamic State", "attributes", "Syrian Democratic Forces")],
        ),
        (
            "وقالت قسد إن خلايا داعش هي المسؤولة عن الهجوم على حاجز قرب هجين يوم الاثنين.",
            [("Islamic State", "attributes", "Syrian Democratic Forces")],
        ),
        (
            "وأكدت القيادة المركزية الأمريكية أن قواتها نفذت غارة قرب البوكمال يوم الاثنين.",
            [("United States", "claims_responsibility", "القيادة المركزية الأمريكية")],
        ),
        (
            "واستهدفت طائرات حربية روسية قرية قرب إدلب يوم الاثنين، وفق ناشطين.",
            [("Russia", "attributes", "ناشطين")],
        ),
        (  # the verb first, then who accuses, then whom
            "واتهمت وزارة الخارجية السورية إسرائيل بشن غارات على مواقع قرب دمشق يوم الاثنين.",
            [("Israel", "accuses", "وزارة الخارجية السورية")],
        ),
        (  # a group named in quotes, its statement set off by commas
            'وأعلنت "المقاومة الإسلامية في العراق"، في بيان، استهداف قاعدة التنف بطائرة مسيرة يوم الاثنين.',
            [("Islamic Resistance in Iraq", "claims_responsibility", "Islamic Resistance in Iraq")],
        ),
        (
            "ونقلت وكالة رويترز عن مسؤولين أمريكيين قولهم إن الهجوم على قاعدة قرب الحسكة يوم الاثنين نفذته "
            "فصائل مدعومة من إيران.",
            [("Iranian-backed militias", "attributes", "مسؤولين أمريكيين (وكالة رويترز)")],
        ),
        (
            "وأفاد المرصد السوري لحقوق الإنسان بمقتل ثلاثة جنود بهجوم لخلايا تنظيم الدولة قرب الميادين يوم الاثنين.",
            [("Islamic State", "attributes", "Syrian Observatory for Human Rights")],
        ),
        (  # the speaker's own vehicle was hit: the drone's nationality names the agent
            "وأعلنت قوات «قسد» استهداف سيارة تابعة لها بطائرة مسيرة تركية قرب عين العرب يوم الاثنين.",
            [("Turkey", "attributes", "قوات قسد")],
        ),
        (  # the outlet first, then whom it relays
            "لكن وسائل إعلام عراقية نقلت عن خلية الإعلام الأمني أن طائرة مسيرة تركية قصفت قرية قرب سنجار يوم الاثنين.",
            [("Turkey", "attributes", "خلية الإعلام الأمني (وسائل إعلام عراقية)")],
        ),
        (  # the "no" is the claim's: the attack happened
            "No group has claimed responsibility for the rocket attack near Baghdad on Monday.",
            [],
        ),
        (  # what is blamed is not who blames
            "A drone attack blamed on Iran-backed militias hit Ain al-Asad on Monday.",
            [("Iranian-backed militias", "attributes", OUTLET)],
        ),
        (  # when it was said, between the verb of saying and what was said
            "The Turkish defence ministry announced late Monday night that it struck militants near Duhok.",
            [("Turkey", "claims_responsibility", "Turkish defence ministry")],
        ),
        (  # a nationality adjective in the accusative
            "وذكرت مصادر محلية أن هجوما صاروخيا إسرائيليا استهدف مواقع قرب تدمر أمس.",
            [("Israel", "attributes", "مصادر محلية")],
        ),
        (  # "information on attacks": the one who offers it did not attack
            "The US offered a reward for information on the attack near Tikrit on Monday.",
            [],
        ),
        (
            "وأعلنت وزارة الدفاع التركية، أمس، تحييد أربعة مسلحين بغارات جوية قرب دهوك.",
            [("Turkey", "claims_responsibility", "وزارة الدفاع التركية")],
        ),
        (  # who had said it, named before its verb; the agent named right after the bombardment
            "وكانت وكالة أعماق قد تحدثت عن سقوط قتلى جراء قصف أميركي على بلدة هجين أمس.",
            [("United States", "attributes", "Islamic State")],  # its agency speaks for it
        ),
        (  # the reporter who tells it; the agent named with the aircraft that carried out the raids
            "أفاد مراسل تست بارتفاع عدد قتلى غارات نفذتها طائرات حربية عراقية على بلدة هجين أمس.",
            [("Iraqi government", "attributes", "مراسل تست")],
        ),
        (  # the air force named by its country is the agent
            "قتل عشرة مدنيين بقصف يرتكبه الطيران الروسي على بلدة الميادين أمس.",
            [("Russia", "attributes", OUTLET)],
        ),
        (  # the first of two subjects; a source on the government's side tells its own act
            "According to pro-government sources, the Syrian army and the NDF pushed IS fighters back from "
            "the T2 pumping station on Monday.",
            [("Syrian government", "claims_responsibility", "pro-government sources")],
        ),
        (  # a government's office with no other country named speaks for that government
            "Iraqi forces retook the town of Rawa on Monday, Prime Minister Haider al-Abadi said.",
            [("Iraqi government", "claims_responsibility", "Prime Minister Haider al-Abadi")],
        ),
        (  # "the paramilitary forces said": the speaker named in full the sentence before
            "The Iraqi Hashd Shaabi paramilitary forces said on Monday that jets struck its base near Abu Kamal. "
            "Coalition aircraft fired two missiles at the headquarters on Sunday, the paramilitary forces said.",
            [("US-led coalition", "attributes", "Iraqi Hashd Shaabi paramilitary forces")],
        ),
        (  # the fighters just before the verb are its subject, whatever leads them
            "Two cars of ISIS militants raided a village near Tuz Khurmatu on Monday.",
            [("Islamic State", "attributes", OUTLET)],
        ),
        (  # a country that accuses is its government
            "Last week, Syria accused Israel of carrying out a strike on a radar site near Tartus.",
            [("Israel", "accuses", "Syrian government")],
        ),
        (  # the actor's name holds the incident word
            "Coalition jets struck an Islamic State depot near Hajin on Monday, the monitor said.",
            [("US-led coalition", "attributes", "monitor")],
        ),
        (  # accused of one act, dated: the act is told, and so is the accusation
            "Washington accused Kataib Hezbollah of carrying out the rocket attack on a base near Kirkuk on Monday.",
            [("Kataib Hezbollah", "accuses", "United States")],
        ),
        (  # the speaker is the one before the aside, not the clause after "said"
            "A Syrian official, speaking on condition of anonymity, said Israeli jets bombed a depot near Mayadin.",
            [("Israel", "attributes", "A Syrian official")],
        ),
    ],
)
def test_claims_name_the_actor_the_stance_and_who_says_so(
    parser: Geoparser, text: str, claims: list[tuple[str, str, str]]
) -> None:
    assert _claims(_one(parser, text)) == claims


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State claims deadly attack in Iraq\n\nA roadside bomb killed four soldiers near Tikrit on Monday.",
        "داعش يعلن مسؤوليته عن هجوم في العراق\n\nوقتل أربعة جنود بانفجار عبوة قرب تكريت يوم الاثنين.",
    ],
)
def test_a_claim_told_without_a_place_holds_for_the_incident_told_with_one(parser: Geoparser, text: str) -> None:
    (c,) = _all(parser, text)
    assert c.place.id == "iq-tikrit"
    assert _claims(c) == [("Islamic State", "claims_responsibility", "Islamic State")]


def test_air_defences_meet_the_attack_the_text_then_places_around_the_city(parser: Geoparser) -> None:
    # the headline names the province; the text the city it surrounds, just outside the province's outline
    text = (
        "الدفاعات الجوية تتصدى لعدوان إسرائيلي على ريف دمشق\n\n"
        "وقال مصدر عسكري إن طائرات إسرائيلية قصفت نقاطا في محيط دمشق فجر اليوم."
    )
    (c,) = _all(parser, text)
    assert c.event_type == "air_strike"
    assert _claims(c) == [("Israel", "attributes", "مصدر عسكري")]


def test_the_sentence_that_says_where_it_was_places_the_headlines_incident(parser: Geoparser) -> None:
    text = (
        "Islamic state claims attack in Syria's Deir Ezzor\n\n"
        "The attack, which took place near the town of al-Mayadeen in Deir Ezzor province, killed 20 soldiers, "
        "a monitor said on Monday."
    )
    (c,) = _all(parser, text)
    assert c.place.id == "sy-al-mayadin"
    assert _claims(c) == [("Islamic State", "claims_responsibility", "Islamic State")]


def test_where_the_rockets_came_from_is_not_a_second_incident(parser: Geoparser) -> None:
    text = (
        "Rockets hit a market in Afrin on Monday, killing three.\n\n"
        "The militants launched the rockets from the Tal Rifaat district, a monitor said."
    )
    (c,) = _all(parser, text)
    assert c.place.id == "sy-afrin"


def test_a_pronoun_or_the_statement_speaks_for_the_last_named_claimant(parser: Geoparser) -> None:
    text = "أصدرت قوات سوريا الديمقراطية بياناً أمس. وأوضح البيان أن خلية لداعش هاجمت نقطة عسكرية قرب ذيبان أمس."
    (c,) = _all(parser, text)
    assert _claims(c) == [("Islamic State", "attributes", "Syrian Democratic Forces")]


# --- what is not an incident --------------------------------------------------------------------


def test_an_aside_telling_what_the_incident_did_tells_where_it_was(parser: Geoparser) -> None:
    c = _one(parser, "Militants fired rockets on Monday, which killed two guards near the city of Tikrit.")
    assert (c.place.id, c.event_type) == ("iq-tikrit", "rocket_attack")


@pytest.mark.parametrize(
    "text",
    [
        "Police said one of the men killed near Tarmiyah on Monday was a suicide bomber.",  # who he was
        "Daesh was not an army that you could erase with airstrikes in Raqqa.",
        "Will the militias attack al-Tanf again?",
        "The PMU threatens to attack U.S. bases in Anbar.",
        "Mosul is the second city of Iraq.",
        "Turkey routinely carries out airstrikes in northern Iraq.",
        "Attacks on bases in Anbar have increased since 2020.",
        "The earthquake that struck Aleppo last year killed thousands.",
        "Since January the monitor has documented at least 40 attacks in Deir ez-Zor.",
        "Twelve fighters were killed in 9 separate attacks around Hajin this year.",
        "Fighters died in airstrikes on Hama, Homs, Raqqa, Aleppo and Idlib this year.",
        "Kirkuk was shared until 2014, when militants seized control of the city.",
        "وثق المرصد 30 هجوما في دير الزور منذ مطلع العام.",
        "قد تستهدف الفصائل قاعدة عين الأسد.",
        "وقال مسؤول إن الجيش قد يقصف مواقع التنظيم في الميادين.",
        "هل تهاجم الفصائل قاعدة التنف؟",
        "تقع مدينة البوكمال الخاضعة لسيطرة الفصائل قرب الحدود مع العراق.",
        "استهدفت الطائرات المنطقة 40 مرة منذ بدء الحرب في دير الزور.",
        "Since January the cells carried out 75 attacks around Hajin.",
        "Drones have struck the airport near Damascus several times this year.",
        "Militias have targeted the base at al-Tanf with rockets since October.",
        "The raids have mainly targeted depots near Abu Kamal.",
        "ونفذت الفصائل أكثر من 60 هجوما على القواعد في الحسكة ودير الزور.",
        "Two days later, troops found three more rockets ready to launch near the base at Rutba.",
        "وضبطت القوات الأمنية عبوة ناسفة قرب الرطبة أمس.",
        "Army units are preparing to liberate the towns of Rawa and Anah.",
        "وقال مسؤول إن الجيش سيستهدف مواقع التنظيم قرب الرطبة.",
        "وفرضت القوات حظرا للتجوال في كركوك تحسباً لوقوع هجمات جديدة.",
        "Last November, a bomb exploded in downtown Istanbul, killing six.",  # outside the mapped region
    ],
)
def test_no_incident_is_proposed(parser: Geoparser, text: str) -> None:
    assert _all(parser, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A drone strike hit a car near Sinjar on Monday.", "drone_strike"),
        ("Warplanes bombed Hajin on Monday.", "air_strike"),
        ("Katyusha rockets landed near Baghdad airport on Monday.", "rocket_attack"),
        ("Artillery shelled Tal Afar on Monday.", "shelling"),
        ("Iraqi forces took the town of Rawa on Monday.", "territory_change"),
        ("A bus was blown up near Palmyra on Monday.", "remote_explosive"),
        ("A bomb killed two soldiers near Tikrit on Monday.", "remote_explosive"),
        ("Helicopters dropped barrel bombs on Daraya on Monday.", "air_strike"),
        ("وألقت مروحيات براميل متفجرة على داريا يوم الاثنين.", "air_strike"),
        ("وقُتل سائق سيارة بقصف مدفعي على قرية قرب تل تمر يوم الاثنين.", "shelling"),  # سيارة is no future
        ("An IED exploded near a patrol in Tikrit on Monday.", "remote_explosive"),
        ("Clashes broke out in Hajin on Monday.", "armed_clash"),
        ("Troops drove IS fighters out of Hajin on Monday.", "armed_clash"),
        ("Coalition aircraft fired two guided missiles at a base near Abu Kamal on Monday.", "air_strike"),
        ("Troops, backed by coalition air strikes, raised the Iraqi flag over Rawa on Monday.", "territory_change"),
        ("سيطرت قوات سوريا الديمقراطية بدعم من طيران التحالف على بلدة الباغوز أمس.", "territory_change"),
        ("A strike involving a dozen rockets hit a base near Kirkuk on Monday.", "rocket_attack"),
        ("Iraqi forces recaptured Rawa on Monday.", "territory_change"),
        ("غارة جوية استهدفت هجين أمس.", "air_strike"),
        ("سقطت صواريخ كاتيوشا قرب مطار بغداد أمس.", "rocket_attack"),
        ("انفجرت عبوة ناسفة بدورية في تكريت أمس.", "remote_explosive"),
        ("اندلعت اشتباكات في هجين أمس.", "armed_clash"),
    ],
)
def test_event_types_follow_acled(parser: Geoparser, text: str, event_type: str) -> None:
    assert _one(parser, text).event_type == event_type


# --- sentences, the bundled data, the command line ----------------------------------------------


def test_sentences_split_with_offsets_in_both_languages() -> None:
    text = (
        "QAMISHLI, Syria – Col. Smith arrived. The U.S. denied it.\nجملة أولى. جملة ثانية؟ ثالثة "
        "استخدموا سلاح “آر. بي. جي” في الهجوم."
    )
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "QAMISHLI, Syria – Col. Smith arrived.",
        "The U.S. denied it.",
        "جملة أولى.",
        "جملة ثانية؟",
        "ثالثة استخدموا سلاح “آر. بي. جي” في الهجوم.",
    ]


def test_unseen_report_gives_incidents_only(parser: Geoparser) -> None:
    text = (TEST_DATA / "unseen_wire_report.txt").read_text(encoding="utf-8")
    found = _all(parser, text)
    assert 3 <= len(found) <= 8
    assert not [c for c in found if "Kurdistan 24" in c.sentence or "quiet" in c.sentence]
    assert all(c.place is not None and c.date.end is not None for c in found)


def test_cli_extract_by_article_id_prints_reviewable_yaml() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "geo", "extract", "003", "--no-queue"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    candidates = yaml.safe_load(proc.stdout)
    assert candidates and all(c["article"] == "003" for c in candidates)
    baghouz = [c for c in candidates if c["place"] and c["place"]["id"] == "sy-baghouz"]
    assert baghouz and baghouz[0]["event_type"] == "territory_change"
    assert {"sentence", "event_type", "place", "date", "claims", "quotes", "fatalities", "span"} <= set(candidates[0])


def test_any_jumble_of_news_words_gives_sound_candidates(parser: Geoparser) -> None:
    """Seeded jumbles of the words the rules key on: no error, every span inside the text."""
    import random

    single = (
        "Rockets hit Ain al-Asad on Monday , the US said drone struck Sinjar and while استهدفت طائرة مسيرة قرب "
        "البوكمال أمس ، بحسب المرصد . ? ؟ ( ) — - : “ ” similar killed 2019 claimed responsibility denied "
        "accused تبنى نفت اتهم in near Hajin Baghouz located which Turkish"
    )
    words = [*single.split(), "\n", "\n\n", "in retaliation for", "ERBIL, Kurdistan Region —", "January 5"]
    rng = random.Random(7)
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 50)))
        for c in extract(text, parser, published=rng.choice([None, PUBLISHED]), outlet=OUTLET):
            assert 0 <= c.start < c.end <= len(text)
            assert all(0 <= a < b <= len(text) for a, b in c.quotes)
            assert c.to_dict()["sentence"] == text[c.start : c.end]


def test_an_arabic_claimant_compares_with_its_english_name() -> None:
    from geo.actors import same_party

    assert same_party("مصدر عسكري سوري", "a Syrian military source")
    assert not same_party("مصدر عسكري سوري", "an Iraqi security source")
