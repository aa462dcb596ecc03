"""The map page in a real browser, against its contract (maps/README.md): offline, counts, filters, hash, safety.

Every page is opened from disk in headless chromium; any request that would leave the machine is a
failure. Expected numbers come from the events that ``python -m geo export`` prints.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from .conftest import ROOT, MapPage

SETTLE_TIMEOUT_MS = 5_000
COUNTS = """() => ({
    visible: window.bordermap.visible,
    total: window.bordermap.total,
    visibleText: (document.querySelector('[data-testid=visible-count]') || {}).textContent,
    totalText: (document.querySelector('[data-testid=total-count]') || {}).textContent,
})"""
LIST_IDS = """() => [...document.querySelectorAll('[data-testid=event-list] [data-event-id]')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => el.getAttribute('data-event-id'))"""
CHECKBOXES = """() => [...document.querySelectorAll('input[data-filter]')]
    .filter((el) => el.type === 'checkbox')
    .map((el) => [el.getAttribute('data-filter'), el.value, el.checked])"""


# --- what the data says ------------------------------------------------------------------------


def events_of(exported: dict[str, Any]) -> list[dict[str, Any]]:
    return [feature["properties"] for feature in exported["features"]]


def outlets_of(event: dict[str, Any]) -> set[str]:
    return {source["outlet"] for source in event["sources"]}


def expected_ids(
    events: Iterable[dict[str, Any]], ticked_outlets: set[str], ticked_types: set[str] | None = None
) -> set[str]:
    """Events shown when these outlets (and event types) are ticked: one source from a ticked outlet suffices."""
    return {
        e["id"]
        for e in events
        if outlets_of(e) & ticked_outlets and (ticked_types is None or e["event_type"] in ticked_types)
    }


# --- what the page shows -----------------------------------------------------------------------


def counts(page: Any) -> dict[str, Any]:
    return page.evaluate(COUNTS)


def checkbox_state(page: Any) -> dict[tuple[str, str], bool]:
    return {(kind, value): checked for kind, value, checked in page.evaluate(CHECKBOXES)}


def checkbox(page: Any, kind: str, value: str) -> Any:
    return page.locator(f"input[data-filter={kind}][value={json.dumps(value)}]")


def settle(page: Any, expected: int, what: str) -> None:
    """Wait until ``bordermap.visible`` and the visible count both show ``expected``; fail saying what they show."""
    try:
        page.wait_for_function(
            """(n) => window.bordermap.visible === n
                && (document.querySelector('[data-testid=visible-count]') || {}).textContent?.trim() === String(n)""",
            arg=expected,
            timeout=SETTLE_TIMEOUT_MS,
        )
    except Exception:
        got = counts(page)
        raise AssertionError(
            f"{what}: expected {expected} visible events, but after {SETTLE_TIMEOUT_MS / 1000:.0f} s "
            f"window.bordermap.visible is {got['visible']!r} and [data-testid=visible-count] shows "
            f"{got['visibleText']!r}"
        ) from None


def assert_list(page: Any, expected: set[str], what: str) -> None:
    """The event list shows exactly the expected events (or, if it is capped, only expected ones)."""
    rows = page.evaluate(LIST_IDS)
    assert len(rows) == len(set(rows)), f"{what}: the event list repeats rows: {sorted(rows)}"
    shown = set(rows)
    assert shown <= expected, f"{what}: the event list shows events that should be hidden: {sorted(shown - expected)}"
    if len(shown) < len(expected):
        # a capped list may show fewer rows, but then it must show some, and never a hidden event
        assert shown, f"{what}: the event list is empty but {len(expected)} events are visible"
        assert len(shown) >= min(len(expected), 10), (
            f"{what}: the event list shows {len(shown)} of {len(expected)} visible events; "
            f"missing {sorted(expected - shown)}"
        )


def set_checked(page: Any, kind: str, value: str, checked: bool) -> None:
    box = checkbox(page, kind, value)
    assert box.count() == 1, f'expected one input[data-filter={kind}][value="{value}"], found {box.count()}'
    box.set_checked(checked)


# --- the bundled map ---------------------------------------------------------------------------


def test_bundled_map_loads_offline_without_errors(built_map: Path, open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(built_map.as_uri())
    mp.page.wait_for_timeout(300)  # late requests (tiles, fonts) would show up here
    mp.assert_clean()
    timings = mp.page.evaluate("() => window.bordermap.timings")
    assert isinstance(timings, dict) and isinstance(timings.get("ready_ms"), int | float), (
        f"window.bordermap.timings.ready_ms must be a number of ms, got {timings!r}"
    )


def test_every_event_is_drawn(built_map: Path, open_map: Callable[[str], MapPage], exported: dict[str, Any]) -> None:
    events = events_of(exported)
    n = len(events)
    assert n > 0
    mp = open_map(built_map.as_uri())
    got = counts(mp.page)
    assert got["total"] == n, f"window.bordermap.total is {got['total']!r}; `python -m geo export` gives {n} events"
    assert got["visible"] == n, f"with no filter window.bordermap.visible is {got['visible']!r}, expected {n}"
    assert (got["totalText"] or "").strip() == str(n), (
        f"[data-testid=total-count] shows {got['totalText']!r}, expected {n!r}"
    )
    assert (got["visibleText"] or "").strip() == str(n), (
        f"[data-testid=visible-count] shows {got['visibleText']!r}, expected {n!r}"
    )
    assert_list(mp.page, {e["id"] for e in events}, "no filter")
    mp.assert_clean()


def test_unticking_outlets_hides_exactly_their_events(
    built_map: Path, open_map: Callable[[str], MapPage], exported: dict[str, Any]
) -> None:
    events = events_of(exported)
    outlets = set().union(*(outlets_of(e) for e in events))
    mp = open_map(built_map.as_uri())
    page = mp.page
    boxes = checkbox_state(page)
    on_page = {value for kind, value in boxes if kind == "outlet"}
    assert on_page == outlets, (
        f"outlet checkboxes {sorted(on_page)} differ from the outlets of the data {sorted(outlets)}"
    )
    assert all(boxes[("outlet", o)] for o in outlets), "every outlet must be ticked when the page opens"

    ticked = set(outlets)
    for outlet in sorted(outlets, key=lambda o: (-sum(o in outlets_of(e) for e in events), o)):
        ticked.discard(outlet)
        set_checked(page, "outlet", outlet, False)
        expected = expected_ids(events, ticked)
        what = f"outlets {sorted(ticked)} ticked ({outlet!r} just unticked)"
        settle(page, len(expected), what)
        assert_list(page, expected, what)
    for outlet in sorted(outlets):
        ticked.add(outlet)
        set_checked(page, "outlet", outlet, True)
        expected = expected_ids(events, ticked)
        what = f"outlets {sorted(ticked)} ticked ({outlet!r} just ticked again)"
        settle(page, len(expected), what)
        assert_list(page, expected, what)
    assert counts(page)["visible"] == len(events)
    mp.assert_clean()


def test_hash_restores_the_view(built_map: Path, open_map: Callable[[str], MapPage], exported: dict[str, Any]) -> None:
    events = events_of(exported)
    outlets = set().union(*(outlets_of(e) for e in events))
    types = {e["event_type"] for e in events}
    mp = open_map(built_map.as_uri())
    page = mp.page
    start_hash = page.evaluate("() => location.hash")

    # untick the outlet with the fewest events and the most common event type
    outlet = min(sorted(outlets), key=lambda o: sum(o in outlets_of(e) for e in events))
    event_type = max(sorted(types), key=lambda t: sum(e["event_type"] == t for e in events))
    set_checked(page, "outlet", outlet, False)
    set_checked(page, "event_type", event_type, False)
    expected = expected_ids(events, outlets - {outlet}, types - {event_type})
    what = f"outlet {outlet!r} and event type {event_type!r} unticked"
    settle(page, len(expected), what)

    # and a start date in the middle of the data
    dates = sorted(e["date_start"] for e in events if e["date_start"])
    date_from = page.locator("[data-testid=date-from]")
    assert date_from.count() == 1, "expected one [data-testid=date-from] input"
    date_from.fill(dates[len(dates) // 2])
    date_from.dispatch_event("change")
    try:
        page.wait_for_function(
            "(h) => location.hash !== h && location.hash.length > 1", arg=start_hash, timeout=SETTLE_TIMEOUT_MS
        )
    except Exception:
        raise AssertionError(
            f"location.hash does not record the view after filtering: still {page.evaluate('location.hash')!r}"
        ) from None
    page.wait_for_timeout(300)  # a debounced hash update settles
    view_hash = page.evaluate("() => location.hash")
    before = counts(page)
    before_boxes = checkbox_state(page)
    before_dates = [page.locator(f"[data-testid=date-{end}]").input_value() for end in ("from", "to")]
    assert before_boxes[("outlet", outlet)] is False and before_boxes[("event_type", event_type)] is False

    restored = open_map(built_map.as_uri() + view_hash)
    again = counts(restored.page)
    assert again["visible"] == before["visible"], (
        f"opening {view_hash!r} shows {again['visible']!r} events (visible-count {again['visibleText']!r}); "
        f"the page it came from showed {before['visible']!r}"
    )
    assert (again["visibleText"] or "").strip() == (before["visibleText"] or "").strip()
    after_boxes = checkbox_state(restored.page)
    differ = {k: (before_boxes.get(k), after_boxes.get(k)) for k in before_boxes.keys() | after_boxes.keys()}
    differ = {k: v for k, v in differ.items() if v[0] != v[1]}
    assert not differ, f"opening {view_hash!r} ticks boxes differently, (filter, value): (before, after): {differ}"
    after_dates = [restored.page.locator(f"[data-testid=date-{end}]").input_value() for end in ("from", "to")]
    assert after_dates == before_dates, f"opening {view_hash!r} sets dates {after_dates}, expected {before_dates}"
    mp.assert_clean()
    restored.assert_clean()


def test_hash_event_opens_its_card(
    built_map: Path, open_map: Callable[[str], MapPage], exported: dict[str, Any]
) -> None:
    events = events_of(exported)
    event = events[len(events) // 2]
    mp = open_map(built_map.as_uri() + "#event=" + quote(event["id"], safe=""))
    card = mp.page.locator("[data-testid=event-card]")
    try:
        card.wait_for(state="visible", timeout=SETTLE_TIMEOUT_MS)
    except Exception:
        raise AssertionError(
            f"opening #event={event['id']} shows no visible [data-testid=event-card] ({card.count()} in the DOM)"
        ) from None
    text = " ".join(card.inner_text().split())
    assert event["summary"] in text, f"the card for #event={event['id']} lacks its summary; it reads: {text[:500]!r}"
    mp.assert_clean()


def test_map_works_inside_an_iframe(built_map: Path, new_page: Callable[[], MapPage], exported: dict[str, Any]) -> None:
    wrapper = built_map.parent / "embed.html"
    wrapper.write_text(
        '<!doctype html><html><head><meta charset="utf-8"><title>embed</title></head>'
        '<body style="margin:20px"><iframe src="index.html" style="width:800px;height:600px;border:0">'
        "</iframe></body></html>",
        encoding="utf-8",
    )
    mp = new_page()
    mp.page.goto(wrapper.as_uri(), wait_until="load")
    iframe = mp.page.locator("iframe")
    frame = iframe.element_handle().content_frame()
    assert frame is not None
    mp.wait_ready(frame)
    n = len(events_of(exported))
    got = frame.evaluate(COUNTS)
    assert got["visible"] == n and (got["visibleText"] or "").strip() == str(n), (
        f"in an iframe: visible {got['visible']!r}, visible-count {got['visibleText']!r}, expected {n}"
    )
    box = iframe.bounding_box()
    assert box is not None
    viewport = frame.evaluate("() => [innerWidth, innerHeight]")
    assert viewport == [800, 600], f"the frame's viewport is {viewport}, expected [800, 600]"
    # the page fills the frame: no scrolling, and page content (not bare html/body) at every point of it
    overflow = frame.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    assert overflow[0] <= 800 and overflow[1] <= 600, f"the page overflows an 800x600 frame: scroll size {overflow}"
    bare = frame.evaluate(
        """() => { const bare = [];
            for (const x of [2, 200, 400, 600, 797]) for (const y of [2, 150, 300, 450, 597]) {
                const el = document.elementFromPoint(x, y);
                if (!el || el === document.body || el === document.documentElement) bare.push([x, y]);
            }
            return bare; }"""
    )
    assert not bare, f"in an 800x600 frame the page leaves these points empty (bare html/body): {bare}"
    # the map takes the frame's full height, beside whatever panel the page has, and a fair share of its width
    maps = frame.locator(".leaflet-container")
    assert maps.count() == 1, f"expected one Leaflet map container in the frame, found {maps.count()}"
    map_box = maps.bounding_box()
    assert map_box is not None, "the map container is not rendered in the iframe"
    tol = 2
    left, top = map_box["x"] - box["x"], map_box["y"] - box["y"]
    right, bottom = left + map_box["width"], top + map_box["height"]
    assert left >= -tol and top >= -tol and right <= 800 + tol and bottom <= 600 + tol, (
        f"the map container sticks out of the frame: {map_box} in iframe {box}"
    )
    assert map_box["height"] >= 600 - tol or map_box["width"] >= 800 - tol, (
        f"the map spans neither the frame's height nor its width: map container {map_box}, iframe {box}"
    )
    assert map_box["width"] * map_box["height"] >= 0.4 * 800 * 600, (
        f"the map covers less than 40% of an 800x600 frame: map container {map_box}, iframe {box}"
    )
    mp.assert_clean()


def test_screenshot(built_map: Path, open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(built_map.as_uri())
    out = ROOT / "artifacts" / "map.png"
    out.parent.mkdir(exist_ok=True)
    mp.page.wait_for_timeout(300)
    mp.page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000, f"{out} is suspiciously small: {out.stat().st_size} bytes"


# --- hostile texts -----------------------------------------------------------------------------

XSS_ID = "ev-zz-xss-payloads"
PAYLOADS = {
    "summary": 'Summary <img src=x onerror="window.__xss=1"> ends here.',
    "title": "Title </script><script>window.__xss=2</script> ends",
    "url": "javascript:window.__xss=3",
    "outlet": '"><svg onload=window.__xss=4>',
    "quote": 'Quote <img src=y onerror="window.__xss=5"> and \'><script>window.__xss=6</script> end',
    "actor": '<img src=z onerror="window.__xss=7">Actor',
    "claimed_by": "<b onmouseover=window.__xss=8>claimant</b>",
    "place_name": '<iframe src="javascript:window.__xss=9"></iframe>',
    "date_text": "</script><script>window.__xss=10</script>",
    "target": "<svg><script>window.__xss=11</script></svg>",
}


def hostile_record(template: dict[str, Any]) -> dict[str, Any]:
    record = copy.deepcopy(template)
    record.update(
        id=XSS_ID,
        summary=PAYLOADS["summary"],
        place_name=PAYLOADS["place_name"],
        date_text=PAYLOADS["date_text"],
        sources=[
            {
                "article": "999",
                "outlet": PAYLOADS["outlet"],
                "title": PAYLOADS["title"],
                "published": template["sources"][0]["published"],
                "published_precision": "day",
                "url": PAYLOADS["url"],
                "quote": PAYLOADS["quote"],
            }
        ],
        attribution=[
            {"actor": PAYLOADS["actor"], "stance": "attributes", "claimed_by": PAYLOADS["claimed_by"], "source": "999"}
        ],
        targets=[PAYLOADS["target"]],
        status="single source",
    )
    return record


@pytest.fixture(scope="module")
def hostile_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled events plus one whose every text is an HTML/JS payload, rendered by ``geo.mapbuild``."""
    from geo.check import load_dataset
    from geo.eventrecords import event_records
    from geo.mapbuild import render_map, write_map

    records = event_records(load_dataset())
    records.append(hostile_record(records[0]))
    out = tmp_path_factory.mktemp("hostile") / "index.html"
    write_map(render_map(records), out)
    return out


def test_hostile_texts_render_as_text_and_run_nothing(hostile_map: Path, open_map: Callable[[str], MapPage]) -> None:
    mp = open_map(hostile_map.as_uri())
    page = mp.page
    outlet_box = checkbox(page, "outlet", PAYLOADS["outlet"])
    assert outlet_box.count() == 1, "the hostile outlet's checkbox must carry the outlet verbatim as its value"
    row = page.locator(f'[data-testid=event-list] [data-event-id="{XSS_ID}"]')
    assert row.count() == 1, f"no row [data-event-id={XSS_ID}] in the event list"
    row.click()
    card = page.locator("[data-testid=event-card]")
    card.wait_for(state="visible", timeout=SETTLE_TIMEOUT_MS)
    page.wait_for_timeout(500)  # an injected <img onerror> or <svg onload> would have fired by now
    assert page.evaluate("() => typeof window.__xss") == "undefined", (
        f"a payload ran: window.__xss = {page.evaluate('() => window.__xss')!r}"
    )
    assert not mp.dialogs, f"a dialog opened: {mp.dialogs}"
    handlers = page.evaluate(
        """() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes]
            .filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`))"""
    )
    assert not handlers, f"elements with inline event handlers in the page: {handlers}"
    js_links = page.evaluate(
        """() => [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\\\:href]')]
            .flatMap((el) => ['href', 'src', 'action', 'formaction', 'xlink:href']
                .map((name) => el.getAttribute(name)).filter((v) => v !== null))
            .filter((v) => /^\\s*javascript:/i.test(v))"""
    )
    assert not js_links, f"javascript: URLs became links or sources: {js_links}"
    text = " ".join(card.inner_text().split())
    for key in ("summary", "quote"):
        assert " ".join(PAYLOADS[key].split()) in text, (
            f"the card does not show the {key} payload as text: expected {PAYLOADS[key]!r} in {text[:1000]!r}"
        )
    mp.assert_clean()


# --- a split build: the texts in a script file beside the page --------------------------------


@pytest.fixture(scope="module")
def split_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled events built by ``python build_map.py --split-texts``."""
    out = tmp_path_factory.mktemp("split") / "index.html"
    proc = subprocess.run(
        [sys.executable, "build_map.py", "--split-texts", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(list(out.parent.glob("index.texts.*.js"))) == 1, "a split build writes one texts file"
    return out


def test_a_split_map_reads_its_texts_from_beside_it(
    split_map: Path, open_map: Callable[[str], MapPage], exported: dict[str, Any]
) -> None:
    events = events_of(exported)
    event = events[len(events) // 3]
    mp = open_map(split_map.as_uri() + "#event=" + quote(event["id"], safe=""))
    got = counts(mp.page)
    assert got["total"] == got["visible"] == len(events), f"split map counts {got}, expected {len(events)}"
    assert_list(mp.page, {e["id"] for e in events}, "split map, no filter")
    card = mp.page.locator("[data-testid=event-card]")
    card.wait_for(state="visible", timeout=SETTLE_TIMEOUT_MS)
    text = " ".join(card.inner_text().split())
    quotes = [" ".join(s["quote"].split()) for s in event["sources"]]
    assert event["summary"] in text and all(q in text for q in quotes), f"the card lacks texts: {text[:800]!r}"
    mp.assert_clean()


def test_a_split_map_without_its_texts_file_says_so_and_still_filters(
    split_map: Path, tmp_path: Path, new_page: Callable[[], MapPage], exported: dict[str, Any]
) -> None:
    alone = tmp_path / "index.html"
    alone.write_bytes(split_map.read_bytes())  # the page copied without its texts file
    mp = new_page()
    mp.page.goto(alone.as_uri(), wait_until="load")
    mp.wait_ready()
    missing = re.compile(r"index\.texts\.[0-9a-f]{12}\.js is missing")
    assert missing.search(mp.page.evaluate("() => window.bordermap.texts_error") or "")
    alert = mp.page.get_by_role("alert").filter(has_text=missing)
    alert.wait_for(state="visible", timeout=SETTLE_TIMEOUT_MS)  # at the top of the panel, not below the filters
    events = events_of(exported)
    assert counts(mp.page)["visible"] == len(events), "the markers and counts do not need the texts"
    outlets = {o for e in events for o in outlets_of(e)}
    outlet = sorted(outlets)[0]
    set_checked(mp.page, "outlet", outlet, False)
    settle(mp.page, len(expected_ids(events, outlets - {outlet})), f"untick {outlet!r} without texts")
    assert alert.is_visible(), "the alert stays after a filter change"
    assert [r for r in mp.failed_requests if ".texts." in r], "the texts file was requested"
    assert not mp.page_errors and not mp.network_requests, mp.problems()
