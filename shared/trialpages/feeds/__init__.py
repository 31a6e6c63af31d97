"""Atom feeds (RFC 4287) of study changes: per study, per condition and site-wide."""

from trialpages.feeds.atom import FeedEntry, atom_feed

__all__ = ["FeedEntry", "atom_feed"]
