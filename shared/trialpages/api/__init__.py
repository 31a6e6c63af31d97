"""The JSON lookup API (lookup_api): Powertools' HTTP API resolver over the lookup index."""
