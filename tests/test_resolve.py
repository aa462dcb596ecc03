"""Names as reporters write them resolve to the right place, by principled folding, not by lists."""

from __future__ import annotations

import pytest

from geo.resolve import Resolver

from .geo_assert import km

ABU_KAMAL = (34.4523, 40.9185)
DEIR = (35.336, 40.141)
AIN_AL_ASAD = (33.786, 42.441)
AL_QAIM = (34.3689, 41.0939)


@pytest.mark.parametrize(
    ("name", "point", "tol_km"),
    [
        *[(n, ABU_KAMAL, 12) for n in ["Al Bukamal", "al-Bukamal", "Abu Kamal", "Albu Kamal", "البوكمال", "البو كمال"]],
        *[
            (n, DEIR, 15)
            for n in ["Dayr-Zawr", "Dayr al-Zawr", "Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "دير الزور"]
        ],
        *[(n, AIN_AL_ASAD, 15) for n in ["Ain al Assad", "Ain al-Asad", "Ayn al-Asad", "Al Asad Airbase"]],
        *[(n, AL_QAIM, 15) for n in ["al Qaim", "al-Qaim", "Al Qa'im", "Al-Qā’im", "القائم"]],
        ("Husaybah", (34.40, 40.99), 10),
        ("al-Tanf", (33.46, 38.75), 25),
        ("Baghouz", (34.47, 40.95), 12),
        ("Tadmur", (34.551, 38.269), 15),
        ("Raqqah", (35.953, 39.008), 15),
        ("Tal-Afar", (36.377, 42.448), 12),
    ],
)
def test_reporters_spellings_resolve(resolver: Resolver, name: str, point: tuple[float, float], tol_km: float) -> None:
    res = resolver.resolve(name)
    assert res.best is not None, name
    assert km(res.best.place, *point) <= tol_km, (name, res.best.place.id)
    assert 0.5 < res.best.confidence <= 1.0


def test_resolve_reports_namesakes_as_alternatives(resolver: Resolver) -> None:
    res = resolver.resolve("Sinjar")
    countries = {res.best.place.country, *(a.place.country for a in res.alternatives)}
    assert countries == {"IQ", "SY"}
    assert res.best.place.country == "IQ"  # the larger, better-known Sinjar without context


def test_unknown_names_resolve_to_nothing(resolver: Resolver) -> None:
    for name in ["Springfield", "xqzv", "the"]:
        assert resolver.resolve(name).best is None, name


def test_exact_spellings_are_more_certain_than_fuzzy_ones(resolver: Resolver) -> None:
    exact = resolver.resolve("Ain al-Asad").best
    fuzzy = resolver.resolve("Ein al-Assad").best
    assert exact and fuzzy and exact.place == fuzzy.place
    assert fuzzy.confidence < exact.confidence
