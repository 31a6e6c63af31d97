"""Resolve a typed place to a point (a ZIP code or a city) or a country (pure over the loaded table)."""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

_ZIP = re.compile(r"^(\d{5})(?:-\d{4})?$")


@dataclass(frozen=True)
class Place:
    """`country_names`: set for a whole country (no point: its studies are those with a site there)."""

    name: str
    lat: float | None = None
    lon: float | None = None
    country_names: tuple[str, ...] = ()
    in_us: bool = False  # distances are shown in miles

    @property
    def is_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class PlaceTable:
    zips: dict[str, tuple[float, float, str, str]] = field(default_factory=dict)
    # normalized city name -> [(population, display name, iso, admin1, lat, lon)], most populous first
    cities: dict[str, list[tuple[int, str, str, str, float, float]]] = field(default_factory=dict)
    countries: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # normalized name -> (iso, names)
    country_by_iso: dict[str, tuple[str, ...]] = field(default_factory=dict)
    states: dict[str, str] = field(default_factory=dict)  # normalized name or code -> code
    state_names: dict[str, str] = field(default_factory=dict)  # code -> name


def fold(text: str) -> str:
    """Case, accents and punctuation aside: `Saint-Étienne` -> `saint etienne`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def parse_table(lines: list[str]) -> PlaceTable:
    table = PlaceTable()
    for line in lines:
        parts = line.split("\t")
        kind = parts[0]
        if kind == "Z":
            table.zips[parts[1]] = (float(parts[2]), float(parts[3]), parts[4], parts[5])
        elif kind == "C":
            name, iso, admin1, lat, lon, population = parts[1:7]
            entry = (int(population), name, iso, admin1, float(lat), float(lon))
            table.cities.setdefault(fold(name), []).append(entry)
            if fold(name).endswith(" city"):  # "New York City" is "New York" to most
                table.cities.setdefault(fold(name)[: -len(" city")], []).append(entry)
        elif kind == "N":
            names = tuple(parts[2].split("|"))
            table.country_by_iso[parts[1]] = names
            for name in names:
                table.countries.setdefault(fold(name), (parts[1], names))
            table.countries.setdefault(parts[1].lower(), (parts[1], names))
        elif kind == "S":
            table.states[fold(parts[2])] = parts[1]
            table.states[parts[1].lower()] = parts[1]
            table.state_names[parts[1]] = parts[2]
    for entries in table.cities.values():
        entries.sort(key=lambda entry: -entry[0])
    return table


@cache
def place_table() -> PlaceTable:
    """Loaded once per cold start, and only by a search that names a place (about 76,000 lines)."""
    data = resources.files("trialpages.places").joinpath("places.tsv.gz").read_bytes()
    return parse_table(gzip.decompress(data).decode("utf-8").splitlines())


def resolve_place(text: str, table: PlaceTable) -> Place | None:
    """None: no such place in the table. A ZIP code; "City"; "City, State"; "City, Country"; "Country"."""
    typed = text.strip()
    zip_match = _ZIP.match(typed)
    if zip_match:
        found = table.zips.get(zip_match.group(1))
        if found is None:
            return None
        lat, lon, city, state = found
        return Place(f"{zip_match.group(1)} ({city}, {state})", lat, lon, in_us=True)
    parts = [fold(part) for part in typed.split(",") if fold(part)]
    if not parts:
        return None
    if len(parts) == 1 and parts[0] in table.countries and parts[0] not in table.cities:
        return _country(table, parts[0])
    city, qualifier = parts[0], " ".join(parts[1:])
    candidates = table.cities.get(city, [])
    if qualifier:
        candidates = [entry for entry in candidates if _qualifies(entry, qualifier, table)]
    if not candidates:
        return _country(table, parts[0]) if len(parts) == 1 and parts[0] in table.countries else None
    _, name, iso, admin1, lat, lon = candidates[0]
    return Place(_city_name(name, iso, admin1, table), lat, lon, in_us=iso == "US")


def _qualifies(entry: tuple, qualifier: str, table: PlaceTable) -> bool:
    _, _, iso, admin1, _, _ = entry
    if iso == "US" and table.states.get(qualifier) == admin1:
        return True
    country = table.countries.get(qualifier)
    return country is not None and country[0] == iso


def _country(table: PlaceTable, folded: str) -> Place:
    iso, names = table.countries[folded]
    return Place(names[0], country_names=names, in_us=iso == "US")


def _city_name(name: str, iso: str, admin1: str, table: PlaceTable) -> str:
    if iso == "US":
        return f"{name}, {table.state_names.get(admin1, admin1)}"
    return f"{name}, {table.country_by_iso.get(iso, (iso,))[0]}"
