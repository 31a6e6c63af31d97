"""lookup_api over what render_study and the seeding write, each test on its own stack."""

from __future__ import annotations

import pytest

from tests.api.conftest import chosen_records, every_page, nct_id_of


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_what_render_study_publishes_is_what_the_api_serves(publish, lookup_api, bundled_records, stack):
    records = chosen_records(bundled_records)
    publish(records)

    listed = every_page(lookup_api, "/v1/studies", {"limit": "3"})
    document = lookup_api("/v1/studies/NCT04267848")
    aliases = [alias for r in records for alias in r["protocolSection"]["identificationModule"].get("nctIdAliases", [])]

    assert sorted(study["nct_id"] for study in listed) == sorted(
        r["protocolSection"]["identificationModule"]["nctId"] for r in records
    )
    assert document["statusCode"] == 200 and document["json"]["nct_id"] == "NCT04267848"
    assert all(lookup_api(f"/v1/studies/{alias}")["statusCode"] == 301 for alias in aliases)


def test_commas_inside_one_country_or_condition_name_are_text_not_a_list(lookup_api, seed, bundled_records):
    """Registry names hold commas ("Korea, Republic of"): one value each, never cut at the comma."""

    def countries(record: dict) -> set[str]:
        locations = (record["protocolSection"].get("contactsLocationsModule") or {}).get("locations") or []
        return {location.get("country") for location in locations}

    def conditions(record: dict) -> list[str]:
        return (record["protocolSection"].get("conditionsModule") or {}).get("conditions") or []

    korean = next(r for r in bundled_records if "Korea, Republic of" in countries(r))
    diabetic = next(r for r in bundled_records if "Diabetes Mellitus, Type 2" in conditions(r))
    seed([korean, diabetic])

    def found(params: dict) -> list[str]:
        response = lookup_api("/v1/studies", params)
        assert response["statusCode"] == 200, response["body"]
        return [study["nct_id"] for study in response["json"]["studies"]]

    assert found({"country": "Korea, Republic of"}) == [nct_id_of(korean)]
    assert found({"country": "Korea"}) == []
    assert nct_id_of(diabetic) in found({"condition": "Diabetes Mellitus, Type 2"})
