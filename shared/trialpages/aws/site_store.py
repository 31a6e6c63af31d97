"""The S3 site bucket: keys are the site's paths (studies/<NCTID>/index.html, data/...)."""

from __future__ import annotations

# Pages change when the registry does: let the CDN and browsers revalidate within minutes.
PAGE_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=600"


class SiteStore:
    def __init__(self, s3_client, bucket: str) -> None:
        self._s3 = s3_client
        self._bucket = bucket

    def put(self, key: str, body: bytes, content_type: str, cache_control: str = PAGE_CACHE_CONTROL) -> None:
        self._s3.put_object(
            Bucket=self._bucket, Key=key, Body=body, ContentType=content_type, CacheControl=cache_control
        )

    def get(self, key: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
        except self._s3.exceptions.NoSuchKey:
            return None
