"""The OpenAPI document and its Swagger UI page: built on their first request, kept for the container's life."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

from trialpages.api.caching import strong_etag

TITLE, VERSION = "trialpages lookup API", "1.0.0"
DESCRIPTION = (
    "JSON lookups over every ClinicalTrials.gov study trialpages publishes. No key. Every 200 carries an ETag "
    "(a matching If-None-Match answers 304); every error is application/problem+json. Each parameter may be "
    "given once; lists are not supported. Unknown parameters, repeated ones and query strings over 2,048 "
    "characters are a 400. A page may hold fewer items than `limit` and still have a `next_cursor`."
)
# The stored study document is served as is, never validated: only this document needs the Study model.
STUDY_DOCUMENT = {"$ref": "#/components/schemas/Study"}


@cache
def openapi_json(app: APIGatewayHttpResolver) -> str:
    from trialpages.study.model import Study

    spec = json.loads(app.get_openapi_json_schema(title=TITLE, version=VERSION, description=DESCRIPTION))
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    study = Study.model_json_schema(ref_template="#/components/schemas/{model}", mode="serialization")
    for name, schema in {**study.pop("$defs", {}), "Study": study}.items():
        if schemas.setdefault(name, schema) != schema:
            raise RuntimeError(f"two different schemas named {name} in the OpenAPI")
    return json.dumps(spec, indent=2)


@cache
def swagger_page(app: APIGatewayHttpResolver) -> str:
    # Powertools' OpenAPI models take a tenth of a second to import: not at cold start, only for this page.
    from aws_lambda_powertools.event_handler.openapi import swagger_ui

    assets = Path(swagger_ui.__file__).parent
    return swagger_ui.generate_swagger_html(
        openapi_json(app).replace("</", "<\\/"),
        (assets / "swagger-ui-bundle.min.js").read_text(encoding="utf-8"),
        (assets / "swagger-ui.min.css").read_text(encoding="utf-8"),
        swagger_base_url="",
        oauth2_config=None,
    )


@cache
def etag_of(document: str) -> str:
    """Hashed once: the Swagger page is 1.5 MB."""
    return strong_etag(document)
