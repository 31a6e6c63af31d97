"""What can go wrong talking to the registry, as exceptions the pipeline can act on."""

from __future__ import annotations


class RegistryError(Exception):
    """Base of every registry error."""


class StudyNotFound(RegistryError):
    """404: no study has that NCT id (nor an alias of it)."""


class InvalidRequest(RegistryError):
    """400: the registry refused the request; the message is its text/plain body."""


class PageTokenExpired(InvalidRequest):
    """400 answered to a request carrying a pageToken: the paging must start again."""


class RegistryUnavailable(RegistryError):
    """429, 5xx, timeouts or truncated bodies persisted through every retry."""
