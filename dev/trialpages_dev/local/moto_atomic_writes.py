"""Local-only: make each of moto's object requests whole, as each S3 request is.

moto's server answers every request on a thread of its own, and its PutObject is steps, not one
write: a conditional put (If-Match, If-None-Match: what keeps a study page from going back to an
older version) checks the current object, then stores the new one, then reads it back for the
response. Two puts of one key can then both pass the check, and the second can close the first's
object before the first reads it back (a 500 the client retries). S3 does neither. One lock
around moto's object requests (GET, HEAD, PUT, DELETE of a key) restores that; the pipeline's
other calls are untouched. Applied in moto's server process by the local stack.
"""

from __future__ import annotations

import threading

from moto.s3.responses import S3Response

_original_key_response = S3Response.key_response
_one_object_request_at_a_time = threading.Lock()


def _whole_key_response(self: S3Response, *args, **kwargs):
    with _one_object_request_at_a_time:
        return _original_key_response(self, *args, **kwargs)


def apply() -> None:
    S3Response.key_response = _whole_key_response


def undo() -> None:
    S3Response.key_response = _original_key_response
