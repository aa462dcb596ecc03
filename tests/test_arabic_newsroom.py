"""An Arabic article end to end: geo add (text or a saved page), geo review, geo accept."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from .conftest import run_geo_text as geo

# sentences written for this test
PAGE = """<html lang="ar" dir="rtl"><head><title>صواريخ على قاعدة | وكالة الاختبار</title>
<meta property="article:published_time" content="2024-03-06"></head>
<body><nav>الرئيسية اتصل بنا</nav><article><h1>صواريخ تستهدف قاعدة عين الأسد</h1>
<p>الأنبار - سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية في محافظة الأنبار مساء أمس،
بحسب خلية الإعلام الأمني.</p>
<p>وفي سياق منفصل، تبنى تنظيم داعش هجوما على حاجز قرب تدمر يوم الاثنين.</p>
<p>ونفت تركيا تنفيذ غارة على مخمور الأسبوع الماضي.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>
"""
TEXT = "قال المرصد السوري لحقوق الإنسان إن طائرة مسيرة تركية استهدفت سيارة قرب سنجار يوم الثلاثاء.\n"


def test_an_arabic_page_is_added_and_its_incidents_wait_for_review(data: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    proc = geo(data, "add", str(page), "--outlet", "وكالة الاختبار")
    assert proc.returncode == 0, proc.stderr
    assert "Ain al-Asad Air Base" in proc.stdout and "Palmyra" in proc.stdout

    listed = geo(data, "review", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    by_place = {r["place"]["id"]: r for r in rows}
    assert set(by_place) == {"iq-ain-al-asad-air-base", "sy-palmyra", "iq-mexmur"}
    rockets = by_place["iq-ain-al-asad-air-base"]
    assert rockets["event_type"] == "rocket_attack"
    assert (rockets["date_start"], rockets["date_end"]) == ("2024-03-05", "2024-03-06")  # "مساء أمس"
    assert "صواريخ كاتيوشا" in rockets["sentence"]  # the Arabic words themselves, for the reviewer
    queue = yaml.safe_load(next((data / "review").glob("*.yaml")).read_text(encoding="utf-8"))
    claims = {r["place"]["id"]: [(c["actor"], c["stance"], c["claimed_by"]) for c in r["attribution"]] for r in queue}
    assert claims["sy-palmyra"] == [("Islamic State", "claims_responsibility", "Islamic State")]
    assert claims["iq-mexmur"] == [("Turkey", "denies", "Turkey")]
    assert claims["iq-ain-al-asad-air-base"] == []  # nobody is said to have fired them

    human = geo(data, "review")
    assert "Palmyra" in human.stdout and "تبنى تنظيم داعش" in human.stdout
    assert "Islamic State" in human.stdout  # the proposed claims are shown, not only stored


def test_accepting_an_arabic_candidate_keeps_the_arabic_quote_and_checks(data: Path) -> None:
    proc = geo(data, "add", "-", "--outlet", "وكالة الاختبار", "--published", "2024-03-06", stdin=TEXT)
    assert proc.returncode == 0, proc.stderr
    (row,) = json.loads(geo(data, "review", "--json").stdout)
    assert row["place"]["id"] == "iq-sinjar" and row["date_start"] == "2024-03-05"
    accepted = geo(data, "accept", row["id"], "--as-new")
    assert accepted.returncode == 0, accepted.stderr
    events = yaml.safe_load((data / "events" / "accepted.yaml").read_text(encoding="utf-8"))
    (event,) = events
    assert event["sources"][0]["quote"] == TEXT.strip()
    assert [(c["actor"], c["stance"], c["claimed_by"]) for c in event["attribution"]] == [
        ("Turkey", "attributes", "Syrian Observatory for Human Rights")
    ]
    assert geo(data, "check").returncode == 0
