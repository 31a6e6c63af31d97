"""Warm latency and DynamoDB requests of /v1/search and /find/, on moto, over 10 copies of the corpus (10,000 studies).

Only what a search reads is written: each study's search listing, search-term items and site
items, built by the repository's own item layout (trialpages.aws.index.items.owned_items), in
batches, then the postings publish_site packs from them. The
copies are the records under new ids (trialpages_dev.bench.synthetic), so every site has ten
studies at the same point: a search reads ten times the sites and matches of the corpus.
"""

from __future__ import annotations

import gzip
import json
import time

from trialpages_dev.bench.lookup_stack import freeze_setup, lookup_api_caller, provisioned_stack
from trialpages_dev.bench.stats import distribution
from trialpages_dev.bench.synthetic import synthetic_nct_id

SITE_URL = "https://trialpages.org"
# (q, place, distance_km, open): what patients type, from a phone.
SEARCHES = (
    ("lung cancer", "Houston, Texas", "50", "1"),
    ("lung cancer", "78701", "100", "1"),
    ("breast cancer", "New York", "50", "1"),
    ("leukemia", "Paris, France", "100", "0"),
    ("keytruda", "", "50", "1"),
    ("erectile dysfunction", "", "50", "0"),
    ("", "Lyon, France", "50", "1"),
    ("cancer", "Germany", "50", "1"),
)


def measure_search(records: list[dict], *, copies: int = 10, calls: int = 100) -> dict:
    from trialpages.aws.clients import client, resource
    from trialpages.aws.index import keys
    from trialpages.aws.index.dynamo import DynamoIndexStore
    from trialpages.aws.index.items import owned_items
    from trialpages.aws.index.publishing import SiteIndex
    from trialpages.lookup.entries import study_entries
    from trialpages.services import lookup_api
    from trialpages.study import normalize_study

    started = time.perf_counter()
    with provisioned_stack(SITE_URL) as stack:
        lookup_api.reset()
        store = DynamoIndexStore(
            resource("dynamodb"), client("dynamodb"), stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]
        )
        originals = [normalize_study(record) for record in records]
        written = 0
        terms: set[str] = set()
        cells: set[str] = set()
        for copy_number in range(copies):
            for index, study in enumerate(originals):
                renamed = study if copy_number == 0 else study.model_copy(
                    update={"nct_id": synthetic_nct_id(copy_number, index), "nct_id_aliases": []}
                )  # fmt: skip
                items = [
                    item
                    for item in owned_items(study_entries(renamed, SITE_URL, None))
                    if keys.term_of(item["pk"]) or keys.in_geo_table(item["pk"]) or item["sk"] == keys.SEARCH_LISTING
                ]
                store.write_many(items)
                written += len(items)
                terms.update(filter(None, (keys.term_of(item["pk"]) for item in items)))
                cells.update(filter(None, (keys.cell_of(item["pk"]) for item in items)))
        index = SiteIndex(store)  # what publish_site packs after these versions
        written += index.pack_search_postings(sorted(terms)) + index.pack_site_postings(sorted(cells))
        setup_seconds = time.perf_counter() - started
        freeze_setup()
        call = lookup_api_caller(stack)
        requests: list[str] = []
        ddb = resource("dynamodb").meta.client

        def count(event_name: str, **_) -> None:
            requests.append(event_name.rsplit(".", 1)[-1])

        ddb.meta.events.register("before-call.dynamodb", count)

        results = {}
        for q, place, distance, open_only in SEARCHES:
            query = {k: v for k, v in {"q": q, "place": place, "distance_km": distance, "open": open_only}.items() if v}
            name = f"q={q!r} place={place!r} distance_km={distance} open={open_only}"
            for path in ("/v1/search", "/find/"):
                first = call(path, query)  # warm: the place table and first-use work are not latency
                requests.clear()
                call(path, query)
                made = len(requests)
                timings = []
                for _ in range(calls):
                    begin = time.perf_counter()
                    call(path, query)
                    timings.append((time.perf_counter() - begin) * 1000)
                entry = {"status": first["statusCode"], "dynamodb_requests": made, **distribution(timings)}
                body = first.get("body") or ""
                if path == "/v1/search" and first["statusCode"] == 200:
                    entry["total"] = json.loads(body)["total"]
                elif path == "/find/":
                    entry["html_gzip_bytes"] = len(gzip.compress(body.encode("utf-8")))
                results[f"{path} {name}"] = entry
        ddb.meta.events.unregister("before-call.dynamodb", count)
    ok = [entry for entry in results.values() if entry["status"] == 200]
    return {
        "indexed_studies": len(originals) * copies,
        "items_written": written,
        "setup_seconds": round(setup_seconds, 1),
        "calls_per_search": calls,
        "worst_p99_ms": max(entry["p99"] for entry in ok),
        "median_find_page_gzip_bytes": sorted(
            e["html_gzip_bytes"] for k, e in results.items() if k.startswith("/find/")
        )[len(SEARCHES) // 2],
        "most_dynamodb_requests": max(entry["dynamodb_requests"] for entry in results.values()),
        "searches": results,
    }
