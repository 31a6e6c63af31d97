"""The S3 site bucket: keys are the site's paths (studies/<NCTID>/index.html, data/...)."""

from __future__ import annotations

from botocore.exceptions import ClientError

# Pages change when the registry does: let the CDN and browsers revalidate within minutes.
PAGE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600"
VERSION_METADATA = "last-update"  # x-amz-meta-last-update: the study version a page or document shows
_CHANGED_MEANWHILE = ("PreconditionFailed", "412", "ConditionalRequestConflict")
_ABSENT = ("404", "NoSuchKey", "NotFound", "403", "Forbidden", "AccessDenied")
PUT_ROUNDS = 5


class VersionConflict(RuntimeError):
    """An object kept changing between reading its version and writing over it."""


class SiteStore:
    def __init__(self, s3_client, bucket: str) -> None:
        self._s3 = s3_client
        self._bucket = bucket

    def put(self, key: str, body: bytes, content_type: str, cache_control: str = PAGE_CACHE_CONTROL) -> None:
        self._s3.put_object(
            Bucket=self._bucket, Key=key, Body=body, ContentType=content_type, CacheControl=cache_control
        )

    def put_unless_newer(
        self, key: str, body: bytes, content_type: str, version: str, *, likely_absent: bool = False
    ) -> bool:
        """Put `body` as `version` unless the object already shows a newer version; False when it does.

        The put is conditional on the object being the one whose version was checked (If-Match on
        its ETag, If-None-Match when absent): a newer version written meanwhile by a concurrent
        render is never overwritten, and the check is made again against it. `likely_absent` (a
        study's first version) tries the put-if-absent first, without the HeadObject: an object
        already there fails it and is then checked as any other.
        """
        for round_number in range(PUT_ROUNDS):
            condition: dict[str, str] | None
            if likely_absent and round_number == 0:
                condition = {"IfNoneMatch": "*"}
            else:
                condition = self._put_condition(key, version)
                if condition is None:
                    return False
            try:
                self._s3.put_object(
                    Bucket=self._bucket,
                    Key=key,
                    Body=body,
                    ContentType=content_type,
                    CacheControl=PAGE_CACHE_CONTROL,
                    Metadata={VERSION_METADATA: version},
                    **condition,
                )
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") in _CHANGED_MEANWHILE:
                    continue
                raise
            return True
        raise VersionConflict(f"{key} kept changing while {version} was written")

    def _put_condition(self, key: str, version: str) -> dict | None:
        """The condition a put of `version` needs, from the object as it is now; None if it shows a newer one."""
        try:
            head = self._s3.head_object(Bucket=self._bucket, Key=key)
        except ClientError as error:
            # Without s3:ListBucket a missing object answers 403, not 404: either way, put it only
            # if it is still absent (a 412 sends the loop round to look again).
            if error.response.get("Error", {}).get("Code") not in _ABSENT:
                raise
            return {"IfNoneMatch": "*"}
        if head.get("Metadata", {}).get(VERSION_METADATA, "") > version:
            return None
        return {"IfMatch": head["ETag"]}

    def get(self, key: str) -> bytes | None:
        found = self.get_versioned(key)
        return found[0] if found else None

    def get_versioned(self, key: str) -> tuple[bytes, str | None] | None:
        """The object and the study version it shows (None for a file that is not a study's)."""
        try:
            response = self._s3.get_object(Bucket=self._bucket, Key=key)
        except self._s3.exceptions.NoSuchKey:
            return None
        return response["Body"].read(), response.get("Metadata", {}).get(VERSION_METADATA)
