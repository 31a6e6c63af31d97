"""SiteStore.put_unless_newer: a page or document never goes back to an older version, even under a race."""

from __future__ import annotations

import boto3

from trialpages.aws.site_store import SiteStore

KEY = "studies/NCT00000410/index.html"


def shown(stack) -> bytes:
    return boto3.client("s3").get_object(Bucket=stack.refs["SiteBucket"], Key=KEY)["Body"].read()


def test_newer_version_is_put_and_older_version_is_refused(stack):
    site = SiteStore(boto3.client("s3"), stack.refs["SiteBucket"])

    assert site.put_unless_newer(KEY, b"v2", "text/html", "2026-02-01")
    assert site.put_unless_newer(KEY, b"v3", "text/html", "2026-03-01")
    assert not site.put_unless_newer(KEY, b"v1", "text/html", "2026-01-01")
    assert site.put_unless_newer(KEY, b"v3 again", "text/html", "2026-03-01")  # the same version may be rewritten

    assert shown(stack) == b"v3 again"


def test_newer_version_written_between_the_check_and_the_put_is_not_overwritten(stack):
    s3 = boto3.client("s3")
    site = SiteStore(s3, stack.refs["SiteBucket"])
    site.put_unless_newer(KEY, b"v1", "text/html", "2026-01-01")
    raced = []

    def newer_lands_first(**_):
        # A concurrent render puts the newer version right after this one checked the old one.
        if not raced:
            raced.append(True)
            SiteStore(boto3.client("s3"), stack.refs["SiteBucket"]).put_unless_newer(
                KEY, b"v3", "text/html", "2026-03-01"
            )

    s3.meta.events.register("before-call.s3.PutObject", newer_lands_first)

    assert not site.put_unless_newer(KEY, b"v2", "text/html", "2026-02-01")
    assert shown(stack) == b"v3"


def counted_calls(s3) -> list[str]:
    calls: list[str] = []
    s3.meta.events.register("before-call.s3.*", lambda model, **_: calls.append(model.name))
    return calls


def test_a_first_version_is_put_without_looking_first(stack):
    s3 = boto3.client("s3")
    site = SiteStore(s3, stack.refs["SiteBucket"])
    calls = counted_calls(s3)

    assert site.put_unless_newer(KEY, b"v1", "text/html", "2026-01-01", likely_absent=True)

    assert calls == ["PutObject"]
    assert shown(stack) == b"v1"


def test_a_first_version_that_finds_its_object_there_still_checks_its_version(stack):
    s3 = boto3.client("s3")
    site = SiteStore(s3, stack.refs["SiteBucket"])
    site.put_unless_newer(KEY, b"v3", "text/html", "2026-03-01")  # e.g. a newer render got there first
    calls = counted_calls(s3)

    assert not site.put_unless_newer(KEY, b"v1", "text/html", "2026-01-01", likely_absent=True)
    assert calls == ["PutObject", "HeadObject"]  # the put-if-absent fails, then the usual check
    assert shown(stack) == b"v3"

    assert site.put_unless_newer(KEY, b"v4", "text/html", "2026-04-01", likely_absent=True)
    assert shown(stack) == b"v4"
