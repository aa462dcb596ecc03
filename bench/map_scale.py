"""How the map page scales: 1k, 10k and 100k synthetic events, ours against two folium baselines.

For each size it builds (a) our page, ``geo.mapbuild.render_map(records)``, one file; (a') our
page with its texts in a script file beside it, ``render_split_map`` (``build_map.py
--split-texts``); (b) plain folium, one ``folium.Marker`` with a popup per event; (c) folium's
``plugins.FastMarkerCluster`` (one plain ``L.marker`` with a popup per event, clustered).  The baselines load Leaflet,
markercluster and jQuery (folium's popups call ``$``) from local copies out of the PyPI packages
``xstatic-leaflet``, ``xstatic-leaflet-markercluster`` and ``xstatic-jquery`` written beside
them, with ``tiles=None``: nothing touches the network.  Each page is opened from ``file://`` in
a fresh headless Chromium (playwright, Debian ``/usr/bin/chromium``), three times (``--runs``),
and timed (the median is printed):

* ours, "ready": navigation start → the ``bordermap:ready`` event (``window.bordermap.ready``
  turns true: markers drawn and the texts read, so the list and cards can show them); the
  page's own ``timings.ready_ms`` is printed too;
* folium, "ready": navigation start → the first animation frame (plus one task) after the
  ``load`` event.  Folium adds every marker / the whole cluster group in the inline script at
  the end of ``<body>``, so by ``load`` the Leaflet map object exists and all layers are added;
  the harness then checks the map variable and counts ``.leaflet-marker-icon`` elements.

Events come from :func:`synthetic_records` (the shape of ``geo.eventrecords.event_records``);
their summaries and quotes are templates filled with places, actors, names, numbers and times,
and still compress better than real reporting does (a table at the end of the largest size
compares them with the bundled real events), so the gzip figures are on the low side.

For ours also a filter change: untick the most common outlet's checkbox, wait until
``timings.last_filter_ms`` is set again, tick it back; five times, median of the unticks.
Sizes are of the HTML file alone (the baselines' local Leaflet is not counted; a split page's
texts file is reported in its own column), gzip level 9 (Python ``gzip.compress(...,
compresslevel=9)``).  Prints numbers; not a test.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import gzip
import html
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.eventrecords import spatial_fields  # noqa: E402
from geo.events import claims_status  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.spatial import enrich  # noqa: E402
from geo.taxonomy import ACLED  # noqa: E402
from tools.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Synthetic events
# ---------------------------------------------------------------------------------------------

# (outlet, url prefix, licence, weight): a skewed mix, as real coverage is.
OUTLETS = [
    ("Mehr News Agency", "https://en.mehrnews.com/news", "CC BY 4.0", 14),
    ("North Press Agency", "https://npasyria.com/en", "unknown", 12),
    ("Rudaw", "https://www.rudaw.net/english/middleeast", "unknown", 10),
    ("Shafaq News", "https://shafaq.com/en/Security", "unknown", 10),
    ("Syrian Observatory for Human Rights", "https://www.syriahr.com/en", "unknown", 9),
    ("Reuters", "https://www.reuters.com/world/middle-east", "unknown", 8),
    ("Agence France-Presse", "https://www.france24.com/en/middle-east", "unknown", 7),
    ("Associated Press", "https://apnews.com/article", "unknown", 6),
    ("Kurdistan 24", "https://www.kurdistan24.net/en/story", "unknown", 6),
    ("Enab Baladi", "https://english.enabbaladi.net/archives", "CC BY-NC 4.0", 5),
    ("Al-Monitor", "https://www.al-monitor.com/originals", "unknown", 4),
    ("SouthFront", "https://southfront.press", "unknown", 3),
]

# (actor, weight, short form used in text)
ACTORS = [
    ("United States", 12, "US forces"),
    ("US-led coalition", 10, "the US-led coalition"),
    ("Islamic State", 14, "Islamic State militants"),
    ("Popular Mobilization Units", 9, "the Popular Mobilization Units"),
    ("Kataib Hezbollah", 5, "Kataib Hezbollah"),
    ("Iranian-backed militias", 8, "Iranian-backed militias"),
    ("Iran", 4, "Iranian forces"),
    ("Syrian government", 9, "Syrian government forces"),
    ("Iraqi government", 5, "the Iraqi government"),
    ("Iraqi security forces", 7, "Iraqi security forces"),
    ("Syrian Democratic Forces", 8, "the Syrian Democratic Forces"),
    ("Turkey", 5, "Turkish forces"),
    ("Russia", 4, "Russian forces"),
    ("Israel", 3, "Israeli aircraft"),
    ("Syrian opposition", 3, "Syrian opposition factions"),
]

TARGETS = [
    "Islamic State",
    "Popular Mobilization Units",
    "Kataib Hezbollah",
    "Iranian-backed militias",
    "United States forces",
    "Syrian government forces",
    "Syrian Democratic Forces",
    "Iraqi security forces",
    "civilians",
    "Kurdistan Workers' Party",
    "smugglers",
    "a fuel convoy",
]

STANCES = [("attributes", 70), ("accuses", 10), ("suspected", 7), ("claims_responsibility", 8), ("denies", 5)]
OTHER_CLAIMANTS = [
    "local sources",
    "a security source",
    "state media",
    "a military spokesman",
    "residents",
    "a provincial official",
    "activists",
    "the Syrian Observatory for Human Rights",
]

EVENT_TYPES = [
    ("air_strike", 18),
    ("drone_strike", 14),
    ("shelling", 8),
    ("rocket_attack", 9),
    ("armed_clash", 14),
    ("assassination", 4),
    ("territory_change", 5),
    ("siege", 2),
    ("troop_movement", 9),
    ("base_established", 3),
    ("protest", 4),
    ("political_decision", 3),
    ("agreement", 2),
    ("attack", 5),
]
# The types ACLED counts as political violence: only these get fatality figures.
_REMOTE_VIOLENCE = "Explosions/Remote violence"
VIOLENT = {t for t, (acled, _) in ACLED.items() if acled in ("Battles", _REMOTE_VIOLENCE, "Violence against civilians")}

# What happened, per event type: a verb phrase taking the target, and a noun for titles.
DEEDS = {
    "air_strike": (["carried out air strikes on positions of {target}", "bombed a convoy of {target}"], "air strike"),
    "drone_strike": (["struck a vehicle used by {target} with a drone", "hit {target} with drones"], "drone strike"),
    "shelling": (["shelled positions of {target}", "fired artillery at {target}"], "shelling"),
    "rocket_attack": (
        ["fired rockets at {target}", "launched several Katyusha rockets towards {target}"],
        "rocket attack",
    ),
    "armed_clash": (["clashed with {target}", "fought {target} for several hours"], "clashes"),
    "assassination": (["killed a commander of {target}", "assassinated a local leader of {target}"], "assassination"),
    "territory_change": (["took control of villages held by {target}", "drove {target} out of the area"], "advance"),
    "siege": (["besieged {target}", "cut the supply roads used by {target}"], "siege"),
    "troop_movement": (["moved reinforcements towards {target}", "sent a convoy of armoured vehicles"], "convoy"),
    "base_established": (["set up a new base", "expanded a military post"], "new base"),
    "protest": (["protested against {target}", "held a sit-in against {target}"], "protest"),
    "political_decision": (["ordered the border crossing closed", "approved new security measures"], "decision"),
    "agreement": (["agreed with {target} to reopen the crossing", "signed a security accord"], "agreement"),
    "attack": (["attacked {target}", "targeted {target} with explosives"], "attack"),
}
WHERE = ["near", "on the outskirts of", "east of", "west of", "in", "south of", "in the desert around", "north of"]
CASUALTIES = [
    "killing {n} people",
    "leaving {n} dead and several wounded",
    "killing at least {n} fighters",
    "with {n} members reported killed",
]
QUOTE_OPENERS = [
    "{Place} ({outlet}) – ",
    "A source told {outlet} that ",
    "According to local sources, ",
    "",
    "Witnesses said ",
    "In a statement, a spokesman said that ",
]
# The second sentence of a quote is put together from parts, with names, numbers and times, so
# the quotes are about as varied (and as hard to compress) as real reporting.
TAIL_SUBJECTS = [
    "Residents",
    "A local official",
    "A security source who asked not to be named",
    "Eyewitnesses",
    "The {outlet} correspondent in {place}",
    "A spokesman for {actor}",
    "Medical sources in {place}",
    "Activists on the ground",
    "Two residents reached by phone",
    "A commander of the {target}",
]
TAIL_VERBS = ["said", "told {outlet}", "reported", "confirmed", "added", "claimed", "wrote on Telegram"]
TAIL_CONTENT = [
    "that {n2} vehicles had been destroyed",
    "that the strike hit a house belonging to {person}",
    "that {person}, a local commander, was among the dead",
    "that {n2} explosions were heard at around {time}",
    "that the road to {place2} stayed closed until {time}",
    "that reinforcements had arrived from {place2} on {weekday}",
    "that {person} had been detained at a checkpoint near {place2}",
    "that the convoy of {n2} trucks entered from {place2} before dawn",
    "that drones had been circling over {place2} since {weekday}",
    "that families were fleeing towards {place2}",
]
TAIL_ENDS = [
    ", without giving further details",
    ", a claim that could not be independently verified",
    ", as ambulances headed to the site",
    " and that an investigation had been opened",
    ", the third such incident this month",
]
GIVEN_NAMES = ["Ahmed", "Hussein", "Ali", "Khalid", "Omar", "Mahmoud", "Abbas", "Yasser", "Saad", "Faisal",
               "Hamid", "Jasim", "Karim", "Mustafa", "Nawaf", "Qasim", "Riyad", "Salih", "Talal", "Walid"]  # fmt: skip
FAMILY_NAMES = ["al-Jubouri", "al-Shammari", "al-Dulaimi", "al-Obeidi", "al-Karbouli", "al-Ugaidi", "al-Bakkara",
                "al-Fahdawi", "al-Zobaie", "al-Mashhadani", "al-Hamdani", "al-Rawi", "al-Ani", "al-Kubaisi",
                "al-Tai", "al-Juhaishi", "al-Assaf", "al-Hassan", "al-Khalaf", "al-Mohammed"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLES = [
    "{Deed} near {place} as tensions rise on the Iraq–Syria border",
    "{n} killed in {deed} in {admin1}",
    "{Actor} blamed for {deed} near {place}",
    "Report: {deed} hits {target} in {place}",
    "{Deed} in {place}: what we know",
    "Security source: {deed} targets {target} near {place}",
]
SUMMARIES = [
    "{outlet} reported that {actor_text} {deed} {where} {place} {date_phrase}.",
    "{Actor_text} {deed} {where} {place}, {admin1}, {date_phrase}, according to {outlet}.",
    "{Date_phrase}, {actor_text} {deed} {where} {place}{casualties}.",
    "{outlet} said {actor_text} {deed} {where} {place} {date_phrase}{casualties}.",
]
MONTHS = list(calendar.month_name)[1:]
SEASONS = [("winter", 12), ("spring", 3), ("summer", 6), ("autumn", 9)]


def _weighted(rng: random.Random, items: list[tuple[Any, int]]) -> Any:
    return rng.choices([i[0] for i in items], weights=[i[1] for i in items])[0]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "place"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date(rng: random.Random) -> tuple[str | None, str | None, str, str | None, dt.date]:
    """(start, end, precision, text, a reference day) of a date in 2014–2024."""
    day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(2024, 12, 31) - dt.date(2014, 1, 1)).days))
    prec = _weighted(rng, [("day", 45), ("week", 15), ("month", 18), ("season", 5), ("year", 5), ("unknown", 12)])
    mon = MONTHS[day.month - 1]
    if prec == "day":
        text = rng.choice([f"on {day.day} {mon} {day.year}", f"on {mon} {day.day}", "on Tuesday", "overnight"])
        return day.isoformat(), day.isoformat(), prec, text, day
    if prec == "week":
        end = day + dt.timedelta(days=6)
        text = rng.choice(["last week", "earlier this week", f"in the first week of {mon} {day.year}"])
        return day.isoformat(), end.isoformat(), prec, text, end
    if prec == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        start, end = day.replace(day=1), day.replace(day=last)
        text = rng.choice([f"in {mon} {day.year}", f"mid-{mon} {day.year}", f"late {mon} {day.year}"])
        return start.isoformat(), end.isoformat(), prec, text, end
    if prec == "season":
        name, first = rng.choice(SEASONS)
        start = dt.date(day.year, first, 1)
        end_month = (first + 1) % 12 + 1
        end_year = day.year + (1 if first == 12 else 0)
        end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        text = rng.choice(
            [f"in the {name} of {day.year}", f"mid-{day.year}" if name == "summer" else f"{name} {day.year}"]
        )
        return start.isoformat(), end.isoformat(), prec, text, end
    if prec == "year":
        text = rng.choice([f"in {day.year}", f"since {day.year}", f"throughout {day.year}"])
        return f"{day.year}-01-01", f"{day.year}-12-31", prec, text, dt.date(day.year, 12, 31)
    return None, None, "unknown", rng.choice([None, None, "recently", "in recent months"]), day


def _tail(rng: random.Random, outlet: str, place: str, place2: str, actor: str, target: str) -> str:
    """A second sentence for a quote: who said what, with a name, a number or a time."""
    person = f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
    hour = rng.randrange(1, 13)
    slots = {
        "outlet": outlet,
        "place": place,
        "place2": place2,
        "actor": actor,
        "target": target,
        "person": person,
        "n2": rng.randrange(2, 40),
        "time": f"{hour}:{rng.randrange(60):02d} {rng.choice(['a.m.', 'p.m.'])}",
        "weekday": rng.choice(WEEKDAYS),
    }
    end = rng.choice(TAIL_ENDS) if rng.random() < 0.3 else ""
    parts = (rng.choice(TAIL_SUBJECTS), rng.choice(TAIL_VERBS), rng.choice(TAIL_CONTENT), end)
    text = " ".join(parts[:3]).format(**slots) + parts[3].format(**slots)
    return text if text.endswith(".") else text + "."


def _places() -> list[tuple[Any, float]]:
    """Iraqi and Syrian gazetteer places, each with a weight favouring the border region."""
    places = [p for p in load_gazetteer() if p.country in ("IQ", "SY") and p.kind != "country"]
    places.sort(key=lambda p: p.id)
    where = enrich([(p.lat, p.lon) for p in places])
    return [(p, 1 + 6 * math.exp(-(w.border_distance_km or 500) / 80)) for p, w in zip(places, where, strict=True)]


def synthetic_records(n: int, seed: int = 1) -> list[dict[str, Any]]:
    """``n`` synthetic event records shaped as ``geo.eventrecords.event_records`` makes them, sorted by id.

    Deterministic for a seed.  Places are gazetteer places of Iraq and Syria (more of them near
    the border) jittered by up to ~2 km; spatial fields come from ``geo.spatial.enrich``.
    """
    rng = random.Random(seed)
    weighted_places = _places()
    places = [p for p, _ in weighted_places]
    place_weights = [w for _, w in weighted_places]
    gaz = load_gazetteer()
    country_names = {p.country: p.name for p in gaz if p.kind == "country"}
    admin_names = {p.id: p.name for p in gaz if p.kind == "governorate"}

    outlet_names = [o[0] for o in OUTLETS]
    outlet_weights = [o[3] for o in OUTLETS]
    actor_names = [a[0] for a in ACTORS]
    actor_weights = [a[1] for a in ACTORS]
    actor_text = {a[0]: a[2] for a in ACTORS}
    outlet_info = {o[0]: o for o in OUTLETS}
    recent: dict[tuple[str, str], dict[str, Any]] = {}  # (outlet, month) → its latest article
    article_count = 0

    drafts = []
    for i in range(n):
        place = rng.choices(places, weights=place_weights)[0]
        region = place.kind in ("governorate", "region", "desert", "river", "zone")
        pprec = "region" if region else ("near" if rng.random() < 0.2 else "place")
        spread = 0.02 if pprec != "place" else 0.01
        lat = round(place.lat + rng.uniform(-spread, spread), 6)
        lon = round(place.lon + rng.uniform(-spread, spread), 6)
        etype = _weighted(rng, EVENT_TYPES)
        d0, d1, dprec, dtext, ref_day = _date(rng)
        actor = rng.choices(actor_names, weights=actor_weights)[0]
        target = rng.choice([t for t in TARGETS if t != actor])
        targets = [] if etype in ("troop_movement", "base_established", "political_decision") else [target]
        if targets and rng.random() < 0.1:
            targets.append(rng.choice(TARGETS))
        deed = rng.choice(DEEDS[etype][0]).format(target=target)
        deed_noun = DEEDS[etype][1]

        fat_n = None
        if etype in VIOLENT and rng.random() < 0.55:
            fat_n = int(rng.paretovariate(1.2)) + rng.randrange(3)

        n_sources = _weighted(rng, [(1, 60), (2, 28), (3, 12)])
        outlets: list[str] = []
        while len(outlets) < n_sources:
            o = rng.choices(outlet_names, weights=outlet_weights)[0]
            if o not in outlets:
                outlets.append(o)

        sources = []
        for outlet in outlets:
            prev = recent.get((outlet, ref_day.isoformat()[:7]))
            if prev is not None and rng.random() < 0.3:
                art = prev  # one article reports several events
            else:
                article_count += 1
                pub = ref_day + dt.timedelta(days=rng.randrange(4))
                num = rng.randrange(10_000, 999_999)
                title = rng.choice(TITLES).format(
                    Deed=_cap(deed_noun),
                    deed=deed_noun,
                    place=place.name,
                    n=fat_n or rng.randrange(2, 9),
                    admin1=admin_names.get(place.admin1 or "", place.name),
                    Actor=_cap(actor_text[actor]),
                    target=target,
                )
                art = {
                    "article": f"{article_count:06d}",
                    "outlet": outlet,
                    "title": title,
                    "published": pub.isoformat(),
                    "published_precision": "day" if rng.random() < 0.9 else "month",
                    "url": f"{outlet_info[outlet][1]}/{pub.year}/{pub.month:02d}/{_slug(title)[:60]}-{num}",
                    "licence": outlet_info[outlet][2],
                }
                recent[(outlet, ref_day.isoformat()[:7])] = art
            casualty = f", {rng.choice(CASUALTIES).format(n=fat_n)}" if fat_n else ""
            quote = (
                rng.choice(QUOTE_OPENERS).format(Place=place.name.upper(), outlet=outlet)
                + f"{actor_text[actor]} {deed} {rng.choice(WHERE)} {place.name}{casualty}. "
                + _tail(rng, outlet, place.name, rng.choice(places).name, actor_text[actor], target)
            )
            sources.append({**art, "quote": _cap(quote)})

        attribution = []
        n_claims = _weighted(rng, [(0, 12), (1, 50), (2, 28), (3, 10)])
        for k in range(n_claims):
            src = rng.choice(sources)
            stance = _weighted(rng, STANCES)
            who = actor if k == 0 or rng.random() < 0.7 else rng.choices(actor_names, weights=actor_weights)[0]
            if stance in ("claims_responsibility", "denies"):
                claimed_by = who
            elif rng.random() < 0.75:
                claimed_by = src["outlet"]
            else:
                claimed_by = rng.choice(OTHER_CLAIMANTS)
            attribution.append({"actor": who, "stance": stance, "claimed_by": claimed_by, "source": src["article"]})

        fatalities_reported = []
        if fat_n:
            for src in sources[: rng.choice([1, 1, 2])]:
                low = max(1, fat_n - rng.randrange(2))
                exact = rng.random() < 0.5
                fatalities_reported.append(
                    {
                        "source": src["article"],
                        "text": f"{'' if exact else 'at least '}{low} fighter{'s' if low > 1 else ''}",
                        "min": low,
                        "max": low if exact else None,
                        "who": "fighters",
                    }
                )

        acled_type, acled_sub = ACLED[etype]
        date_phrase = dtext or "on an unknown date"
        summary = rng.choice(SUMMARIES).format(
            outlet=outlets[0],
            actor_text=actor_text[actor],
            Actor_text=_cap(actor_text[actor]),
            deed=deed,
            where=rng.choice(WHERE),
            place=place.name,
            admin1=admin_names.get(place.admin1 or "", place.name),
            date_phrase=date_phrase,
            Date_phrase=_cap(date_phrase),
            casualties=f", {rng.choice(CASUALTIES).format(n=fat_n)}" if fat_n else "",
        )
        year_month = d0[:7] if d0 else "undated"
        drafts.append(
            {
                "id": f"ev-{year_month}-{_slug(place.name)[:24]}-{etype.replace('_', '-')}-{i:06d}",
                "summary": summary,
                "event_type": etype,
                "acled_event_type": acled_type,
                "acled_sub_event_type": acled_sub,
                "date_start": d0,
                "date_end": d1,
                "date_precision": dprec,
                "date_text": dtext,
                "place_id": place.id,
                "place_name": place.name,
                "place_precision": pprec,
                "place_reason": None,
                "lat": lat,
                "lon": lon,
                "fatalities": min((f["min"] for f in fatalities_reported), default=None),
                "fatalities_reported": fatalities_reported,
                "sources": sources,
                "attribution": attribution,
                "targets": targets,
            }
        )

    outlet_of = {s["article"]: s["outlet"] for d in drafts for s in d["sources"]}
    spatial = enrich([(d["lat"], d["lon"]) for d in drafts])
    records = []
    for d, where in zip(drafts, spatial, strict=True):
        skip = ("fatalities", "fatalities_reported", "sources", "attribution", "targets")
        rec = {k: v for k, v in d.items() if k not in skip}
        rec.update(
            {
                **spatial_fields(where, country_names),
                "fatalities": d["fatalities"],
                "fatalities_reported": d["fatalities_reported"],
                "status": claims_status(
                    ((c["actor"], c["stance"], c["claimed_by"], c["source"]) for c in d["attribution"]), outlet_of
                ),
                "sources": [dict(s) for s in d["sources"]],
                "attribution": d["attribution"],
                "targets": d["targets"],
            }
        )
        records.append(rec)
    records.sort(key=lambda r: r["id"])
    return records


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def _asset_dirs() -> dict[str, Path]:
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    return {
        "leaflet": Path(leaflet.BASE_DIR),
        "markercluster": Path(markercluster.BASE_DIR),
        "jquery": Path(jquery.BASE_DIR),
    }


def copy_assets(folder: Path) -> None:
    """Local copies of Leaflet, markercluster and jQuery under ``folder/lib``."""
    for name, src in _asset_dirs().items():
        dst = folder / "lib" / name
        if not dst.exists():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("*.map", "*esm*"))


def _popup_html(rec: dict[str, Any]) -> str:
    src = rec["sources"][0]
    when = rec["date_start"] or "undated"
    return f"<b>{html.escape(when)}</b> · {html.escape(src['outlet'])}<br>{html.escape(rec['summary'])}"


def _folium_map() -> Any:
    import folium

    m = folium.Map(location=[34.5, 41.0], zoom_start=6, tiles=None)
    m.default_js = [("leaflet", "lib/leaflet/leaflet.js"), ("jquery", "lib/jquery/jquery.min.js")]
    m.default_css = [("leaflet_css", "lib/leaflet/leaflet.css")]
    m.options["max_zoom"] = 18
    return m


def build_folium_markers(records: list[dict[str, Any]], path: Path) -> None:
    """Plain folium: one Marker with a Popup per event, the naive approach."""
    import folium

    m = _folium_map()
    for rec in records:
        folium.Marker([rec["lat"], rec["lon"]], popup=folium.Popup(_popup_html(rec), max_width=320)).add_to(m)
    m.save(str(path))


FAST_CALLBACK = """function (row) {
    var marker = L.marker(new L.LatLng(row[0], row[1]));
    marker.bindPopup(row[2], {maxWidth: 320});
    return marker;
}"""


def build_folium_fastcluster(records: list[dict[str, Any]], path: Path) -> None:
    """folium plugins.FastMarkerCluster over [lat, lon, popup html] rows, plain L.marker each."""
    from folium import plugins

    m = _folium_map()
    cluster = plugins.FastMarkerCluster([[r["lat"], r["lon"], _popup_html(r)] for r in records], callback=FAST_CALLBACK)
    cluster.default_js = [("markerclusterjs", "lib/markercluster/leaflet.markercluster.js")]
    cluster.default_css = [
        ("markerclustercss", "lib/markercluster/MarkerCluster.css"),
        ("markerclusterdefaultcss", "lib/markercluster/MarkerCluster.Default.css"),
    ]
    cluster.add_to(m)
    m.save(str(path))


def build_ours(records: list[dict[str, Any]], path: Path) -> None:
    """Our page, as build_map.py makes it: one file."""
    from geo import mapbuild

    mapbuild.write_map(mapbuild.render_map(records), path)


def build_ours_split(records: list[dict[str, Any]], path: Path) -> None:
    """Our page as ``build_map.py --split-texts`` makes it: the texts in a script file beside it."""
    from geo import mapbuild

    mapbuild.write_map(mapbuild.render_split_map(records, path.name), path)


def texts_file(path: Path) -> Path | None:
    """The texts file a split page loads, if it has one."""
    found = sorted(path.parent.glob(f"{path.stem}.texts.*.js"))
    return found[0] if found else None


def remote_refs(path: Path) -> list[str]:
    """URLs the page would load over the network: ``src`` attributes and ``<link href>`` (must be none)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    loads = r"""(?:\bsrc\s*=\s*|<link\b[^>]*\bhref\s*=\s*)["']((?:https?:)?//[^"']+)"""
    return sorted(set(re.findall(loads, text)))


def sizes(path: Path, n: int) -> dict[str, float]:
    """HTML bytes, gzip -9 bytes and gzip bytes per event; the same for a split page's texts file."""
    data = path.read_bytes()
    gz = len(gzip.compress(data, compresslevel=9))
    out = {"bytes": len(data), "gzip": gz, "gzip_per_event": gz / n}
    texts = texts_file(path)
    if texts is not None:
        data = texts.read_bytes()
        out.update({"texts_bytes": len(data), "texts_gzip_per_event": len(gzip.compress(data, 9)) / n})
    return out


# ---------------------------------------------------------------------------------------------
# Browser measurements
# ---------------------------------------------------------------------------------------------

INIT_JS = """
(() => {
  const b = (window.__bench = {errors: []});
  const mark = (name) => { b[name] = performance.now(); };
  const painted = (name) => requestAnimationFrame(() => setTimeout(() => mark(name), 0));
  window.addEventListener('bordermap:ready', () => { mark('ready_event'); painted('ready_painted'); });
  document.addEventListener('DOMContentLoaded', () => mark('dcl'));
  window.addEventListener('load', () => { mark('load'); painted('load_painted'); });
  window.addEventListener('error', (e) => b.errors.push(String(e.message)));
})();
"""

FOLIUM_STATE_JS = """
() => {
  const names = Object.keys(window).filter((k) => /^map_[0-9a-f]+$/.test(k));
  const map = names.length ? window[names[0]] : null;
  return {
    map: !!(map && map instanceof L.Map),
    icons: document.querySelectorAll('.leaflet-marker-icon').length,
    layers: map ? Object.keys(map._layers).length : 0,
  };
}
"""

FILTER_JS = """
async ([value, limitMs]) => {
  const sel = `input[data-filter=outlet][value="${CSS.escape(value)}"]`;
  const el = document.querySelector(sel);
  if (!el) return {error: 'no checkbox ' + sel};
  const bm = window.bordermap;
  bm.timings.last_filter_ms = null;
  const t0 = performance.now();
  el.click();
  while (typeof window.bordermap.timings.last_filter_ms !== 'number') {
    if (performance.now() - t0 > limitMs) return {error: 'last_filter_ms not set after ' + limitMs + ' ms'};
    await new Promise((r) => setTimeout(r, 2));
  }
  const set = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return {
    checked: el.checked,
    page_ms: window.bordermap.timings.last_filter_ms,
    set_ms: set,
    painted_ms: performance.now() - t0,
    visible: window.bordermap.visible,
    shown: document.querySelector('[data-testid=visible-count]')?.textContent,
  };
}
"""


def launch(pw: Any) -> Any:
    return pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)


def _open(browser: Any, path: Path, timeout_s: float) -> tuple[Any, Any, float]:
    # One throwaway page first, so the browser's own start-up (renderer, fonts) is not counted
    # against the page measured; the same for every variant.
    warm = browser.new_context()
    warm.new_page().set_content("<!doctype html><title>warm-up</title><p>warm-up</p>")
    warm.close()
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.set_default_timeout(timeout_s * 1000)
    page.add_init_script(INIT_JS)
    t0 = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
    return ctx, page, t0


def measure_folium(pw: Any, path: Path, timeout_s: float) -> dict[str, Any]:
    """Navigation start → first frame after ``load``; plus the map/marker state then."""
    browser = launch(pw)
    try:
        ctx, page, t0 = _open(browser, path, timeout_s)
        page.wait_for_function("() => window.__bench && window.__bench.load_painted !== undefined", polling=100)
        wall = time.perf_counter() - t0
        bench = page.evaluate("() => window.__bench")
        state = page.evaluate(FOLIUM_STATE_JS)
        ctx.close()
        return {"ready_s": bench["load_painted"] / 1000, "wall_s": wall, **bench, **state}
    except Exception as err:  # timeouts and crashed pages are results here
        return {"error": f"{type(err).__name__}: {str(err).splitlines()[0][:160]}"}
    finally:
        browser.close()


def measure_apart(variant: str, path: Path, outlet: str, args: argparse.Namespace) -> dict[str, Any]:
    """Measure one page ``args.runs`` times, each from a fresh Python process (so the 100,000
    records this process holds, and its garbage collector, do not slow the browser it drives)
    and a fresh browser; the result of the run with the median ready time, with every ready time."""
    cmd = [sys.executable, __file__, "--measure", variant, str(path), outlet, "--budget", str(args.budget),
           "--repeats", str(args.repeats)]  # fmt: skip
    results = []
    for _ in range(args.runs):
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        try:
            res = json.loads(proc.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            res = {"error": f"measuring failed: {proc.stderr.strip()[-300:]}"}
        if "error" in res:
            return res
        results.append(res)
    results.sort(key=lambda r: r["ready_s"])
    return {**results[len(results) // 2], "ready_runs_s": [r["ready_s"] for r in results]}


def measure_ours(pw: Any, path: Path, outlet: str, timeout_s: float, repeats: int) -> dict[str, Any]:
    """Navigation start → ``bordermap:ready``; then ``repeats`` untick/tick cycles of one outlet."""
    browser = launch(pw)
    try:
        ctx, page, t0 = _open(browser, path, timeout_s)
        page.wait_for_function("() => window.bordermap && window.bordermap.ready === true", polling=50)
        wall = time.perf_counter() - t0
        page.wait_for_function("() => window.__bench.ready_painted !== undefined", polling=50)
        bench = page.evaluate("() => window.__bench")
        info = page.evaluate(
            "() => ({timings: {...window.bordermap.timings}, total: window.bordermap.total,"
            " visible: window.bordermap.visible,"
            " outlets: document.querySelectorAll('input[data-filter=outlet]').length})"
        )
        untick, tick = [], []
        for _ in range(repeats):
            for bucket in (untick, tick):
                res = page.evaluate(FILTER_JS, [outlet, timeout_s * 1000])
                if "error" in res:
                    raise RuntimeError(res["error"])
                bucket.append(res)
        ctx.close()
        ready_s = bench.get("ready_event", info["timings"].get("ready_ms") or math.nan) / 1000
        return {"ready_s": ready_s, "wall_s": wall, **bench, **info, "untick": untick, "tick": tick}
    except Exception as err:
        return {"error": f"{type(err).__name__}: {str(err).splitlines()[0][:200]}"}
    finally:
        browser.close()


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def _fmt(value: float | None, spec: str) -> str:
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else format(value, spec)


def text_entropy_check(records: list[dict[str, Any]]) -> None:
    """gzip bytes per event of summaries and quotes alone: synthetic against the bundled real events."""

    def per_event(recs: list[dict[str, Any]]) -> float:
        text = "\n".join(r["summary"] + "\n" + "\n".join(s["quote"] for s in r["sources"]) for r in recs)
        return len(gzip.compress(text.encode(), compresslevel=9)) / len(recs)

    def chars(recs: list[dict[str, Any]], key: str) -> float:
        if key == "summary":
            return statistics.mean(len(r["summary"]) for r in recs)
        return statistics.mean(len(s["quote"]) for r in recs for s in r["sources"])

    real: list[dict[str, Any]] = []
    try:
        from geo.check import load_dataset
        from geo.eventrecords import event_records

        real = event_records(load_dataset())
    except Exception as err:
        print(f"(real events unavailable: {err})")
    rows = [("synthetic, first 28", records[:28]), (f"synthetic, {len(records):,}", records)]
    if real:
        rows.insert(0, (f"real bundled events ({len(real)})", real))
    print("\nText alone (summary + quotes), gzip -9 bytes per event — how compressible the synthetic prose is:")
    print("| events | summary chars | quote chars | sources/event | gzip bytes/event |")
    print("|---|---:|---:|---:|---:|")
    for label, recs in rows:
        spe = statistics.mean(len(r["sources"]) for r in recs)
        summary, quote = chars(recs, "summary"), chars(recs, "quote")
        print(f"| {label} | {summary:.0f} | {quote:.0f} | {spe:.2f} | {per_event(recs):.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated event counts")
    ap.add_argument("--skip-baselines", action="store_true", help="only our page")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=5, help="filter changes per size (median printed)")
    ap.add_argument("--runs", type=int, default=3, help="fresh browsers per page; the median ready time is printed")
    ap.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="seconds a baseline page may take to be ready; plain markers are not attempted at a size "
        "whose linear extrapolation from the previous size exceeds it (default 120)",
    )
    ap.add_argument("--keep", type=Path, help="write the pages into this folder and keep them")
    ap.add_argument("--skip-ours", action="store_true", help="only the baselines (e.g. before geo.mapbuild exists)")
    ap.add_argument("--measure", nargs=3, metavar=("VARIANT", "PAGE", "OUTLET"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:  # one page, in this fresh process (see measure_apart)
        variant, page, outlet = args.measure
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            if variant.startswith("ours"):
                res = measure_ours(pw, Path(page), outlet, max(args.budget, 60), args.repeats)
            else:
                res = measure_folium(pw, Path(page), args.budget)
        print(json.dumps(res, default=str))
        return
    ns = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="map_scale_")) if args.keep is None else args.keep
    workdir.mkdir(parents=True, exist_ok=True)
    copy_assets(workdir)

    rows: list[dict[str, Any]] = []
    details: list[str] = []
    plain_ready: dict[int, float] = {}
    with sync_playwright() as pw:
        b = launch(pw)
        chromium_version = b.version
        b.close()
        print(f"machine: {os.cpu_count()} cores, {platform.machine()}, {platform.platform()}")
        print(f"browser: Chromium {chromium_version} ({CHROMIUM}, headless, playwright), viewport 1280×800")
        print(f"python {platform.python_version()}; gzip: Python gzip.compress level 9; pages in {workdir}")

        for n in ns:
            t = time.perf_counter()
            records = synthetic_records(n, args.seed)
            gen_s = time.perf_counter() - t
            outlet_counts: dict[str, int] = {}
            for r in records:
                for o in {s["outlet"] for s in r["sources"]}:
                    outlet_counts[o] = outlet_counts.get(o, 0) + 1
            outlet = max(outlet_counts, key=lambda o: (outlet_counts[o], o))
            articles = len({s["article"] for r in records for s in r["sources"]})
            print(
                f"\n## n = {n:,}: records generated in {gen_s:.1f} s ({articles / n:.2f} articles/event); "
                f"filter outlet {outlet!r} ({outlet_counts[outlet]:,} events)"
            )
            if n == max(ns):
                text_entropy_check(records)

            variants = [] if args.skip_ours else ["ours", "ours, texts beside"]
            if not args.skip_baselines:
                variants += ["folium markers", "folium FastMarkerCluster"]
            for variant in variants:
                row: dict[str, Any] = {"n": n, "variant": variant}
                rows.append(row)
                path = workdir / f"{_slug(variant)}_{n}.html"
                if variant == "folium markers":
                    prev = [(k, v) for k, v in plain_ready.items() if k < n]
                    if prev:
                        k, v = max(prev)
                        if math.isnan(v) or v * n / k > args.budget:
                            why = "did not load" if math.isnan(v) else f"{v:.1f} s at {k:,}"
                            row["note"] = (
                                f"not attempted: {why} → ≥ {v * n / k:.0f} s extrapolated (budget {args.budget:.0f} s)"
                            )
                            print(f"  {variant}: {row['note']}")
                            continue
                builder = {
                    "ours": build_ours,
                    "ours, texts beside": build_ours_split,
                    "folium markers": build_folium_markers,
                    "folium FastMarkerCluster": build_folium_fastcluster,
                }[variant]
                t = time.perf_counter()
                try:
                    builder(records, path)
                except Exception as err:
                    row["note"] = f"build failed: {type(err).__name__}: {err}"
                    print(f"  {variant}: {row['note']}")
                    continue
                row["build_s"] = time.perf_counter() - t
                row.update(sizes(path, n))
                refs = remote_refs(path)
                if refs:
                    row["note"] = f"network references: {refs[:3]}"
                texts_note = (
                    f"; texts file {row['texts_bytes'] / 1e6:.2f} MB, {row['texts_gzip_per_event']:.0f} B/event gzip"
                    if "texts_bytes" in row
                    else ""
                )
                print(
                    f"  {variant}: built in {row['build_s']:.1f} s, {row['bytes'] / 1e6:.2f} MB, "
                    f"gzip {row['gzip'] / 1e6:.2f} MB ({row['gzip_per_event']:.0f} B/event){texts_note}",
                    flush=True,
                )
                res = measure_apart(variant, path, outlet, args)
                if "error" in res:
                    row["note"] = f"failed: {res['error']}"
                    row["ready_s"] = math.nan
                    print(f"    {row['note']}")
                    if variant == "folium markers":
                        plain_ready[n] = math.nan
                    continue
                row["ready_s"] = res["ready_s"]
                if variant.startswith("ours"):
                    un = [r["page_ms"] for r in res["untick"]]
                    row["filter_ms"] = statistics.median(un)
                    line = (
                        f"    {variant} n={n:,}: ready event {_fmt(res.get('ready_event'), '.0f')} ms, "
                        f"timings.ready_ms {_fmt(res['timings'].get('ready_ms'), '.0f')}, next frame "
                        f"{_fmt(res.get('ready_painted'), '.0f')} ms, DOMContentLoaded {_fmt(res.get('dcl'), '.0f')}, "
                        f"load {_fmt(res.get('load'), '.0f')}; total {res['total']}, visible {res['visible']}, "
                        f"{res['outlets']} outlet boxes; untick page ms {[round(x) for x in un]} "
                        f"(click→frame {[round(r['painted_ms']) for r in res['untick']]}, visible "
                        f"{res['untick'][0]['visible']}), tick back page ms "
                        f"{[round(r['page_ms']) for r in res['tick']]}; errors {res['errors'] or 'none'}"
                    )
                else:
                    if variant == "folium markers":
                        plain_ready[n] = res["ready_s"]
                    line = (
                        f"    {variant} n={n:,}: DOMContentLoaded {_fmt(res.get('dcl'), '.0f')} ms, load "
                        f"{_fmt(res.get('load'), '.0f')} ms, next frame {_fmt(res.get('load_painted'), '.0f')} ms; "
                        f"map object {res['map']}, {res['icons']:,} .leaflet-marker-icon, {res['layers']:,} layers; "
                        f"errors {res['errors'] or 'none'}"
                    )
                    if res["errors"]:
                        row["note"] = f"page errors: {res['errors'][:2]}"
                line += f"; ready in each run (s): {[round(x, 2) for x in res['ready_runs_s']]}"
                print(line, flush=True)
                details.append(line)

    print(
        "\n| n | variant | HTML MB | HTML gzip bytes/event | texts file gzip bytes/event | ready s | filter ms | note |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        mb = r["bytes"] / 1e6 if "bytes" in r else None
        print(
            f"| {r['n']:,} | {r['variant']} | {_fmt(mb, '.2f')} | {_fmt(r.get('gzip_per_event'), '.0f')} | "
            f"{_fmt(r.get('texts_gzip_per_event'), '.0f')} | {_fmt(r.get('ready_s'), '.2f')} | "
            f"{_fmt(r.get('filter_ms'), '.0f')} | {r.get('note', '')} |"
        )
    print(
        f"\nready (median of {args.runs} runs, each page in a fresh browser after one warm-up page): "
        "ours = navigation start → `bordermap:ready`; folium = navigation start → first frame after"
        " `load` (all markers / the cluster group added by then). filter: `timings.last_filter_ms` after"
        " unticking the most common outlet, median of "
        f"{args.repeats}. Baseline HTML sizes exclude their local Leaflet/markercluster/jQuery files."
    )
    if args.keep is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
