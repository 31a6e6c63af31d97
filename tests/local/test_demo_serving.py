"""`trialpages demo` while it serves: the API through the gateway as through the CDN, and the functions' log kept open."""

from __future__ import annotations

import itertools
import os
import re
import subprocess

import boto3
import httpx
import pytest
from trialpages_dev.records import export_records, iter_records, nct_id_of

from tests.local.demo_process import demo_command, free_port, wait_until_serving

pytestmark = pytest.mark.slow


def test_the_served_api_answers_through_the_gateway_and_logs_where_the_functions_log(tmp_path):
    chosen = list(itertools.islice(iter_records(), 3))
    records = export_records(chosen, tmp_path / "records")
    port = free_port()
    # The demo writes the functions' log under the temporary directory: this test's own.
    environment = {**os.environ, "TMPDIR": str(tmp_path)}
    arguments = ["demo", "--records", str(records), "--port", str(port)]
    with (tmp_path / "stdout").open("w") as stdout, (tmp_path / "stderr").open("w") as stderr:
        demo = subprocess.Popen(
            [*demo_command(), *arguments], stdout=stdout, stderr=stderr, cwd=tmp_path, env=environment
        )
    try:
        wait_until_serving(demo, port)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            study = http.get(f"/v1/studies/{nct_id_of(chosen[0])}")
            head = http.head(f"/v1/studies/{nct_id_of(chosen[0])}")
            # The gateway adds the CDN's secret header, replacing a guess: the origin check passes only so.
            guessed = http.get("/v1/conditions", headers={"X-Origin-Verify": "guess-guess-guess-guess"})
            # Search reads the postings publish_site packed in the demo's cycle.
            condition = next(c for c in chosen[0]["protocolSection"]["conditionsModule"]["conditions"] if len(c) <= 80)
            searched = http.get("/v1/search", params={"q": condition, "open": "0"})
            find_page = http.get("/find/", params={"q": condition, "open": "0"})

            # A lookup that fails is logged by the function (logger.exception) while the demo serves.
            moto = re.search(r"moto server at (\S+);", (tmp_path / "stdout").read_text())
            assert moto, (tmp_path / "stdout").read_text()
            dynamodb = boto3.client(
                "dynamodb",
                endpoint_url=moto[1],
                region_name="us-east-1",
                aws_access_key_id="demo",
                aws_secret_access_key="demo",  # noqa: S106 - moto's
            )
            (index,) = [name for name in dynamodb.list_tables()["TableNames"] if name.endswith("StudyIndexTable")]
            dynamodb.delete_table(TableName=index)
            failed = http.get("/v1/studies", params={"status": "recruiting"})
    finally:
        demo.terminate()
        demo.wait(timeout=30)

    assert study.status_code == 200 and study.json()["nct_id"] == nct_id_of(chosen[0])
    assert head.status_code == 200 and head.headers["ETag"] == study.headers["ETag"] and head.content == b""
    assert guessed.status_code == 200
    assert nct_id_of(chosen[0]) in [result["nct_id"] for result in searched.json()["results"]]
    assert find_page.status_code == 200 and f'data-nct-id="{nct_id_of(chosen[0])}"' in find_page.text
    assert failed.status_code == 503 and failed.headers["Retry-After"]
    functions_log = (tmp_path / "trialpages-demo-functions.log").read_text()
    assert "study index unavailable" in functions_log
    assert "Logging error" not in (tmp_path / "stderr").read_text()
