"""Lookups: the DynamoDB index items render_study writes and the JSON API reads."""
