"""A study's revalidation answers from the index alone: its document may be gone from the bucket."""

from __future__ import annotations

import boto3


def test_study_revalidation_needs_no_document_read(api, stack):
    first = api("/v1/studies/NCT04267848")
    # Gone from the bucket: only the index can answer, and it knows the document's hash.
    boto3.client("s3").delete_object(Bucket=stack.refs["SiteBucket"], Key="data/studies/NCT04267848.json")

    again = api("/v1/studies/NCT04267848", headers={"if-none-match": first["headers"]["ETag"]})

    assert again["statusCode"] == 304
    assert again["headers"]["Last-Modified"] == first["headers"]["Last-Modified"]
