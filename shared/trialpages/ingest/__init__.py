"""Ingest: find the studies the registry changed, archive their raw records and queue them."""
