"""The lookup index repository: the only code that knows the tables' key schema.

- keys.py        the key schema (and the only place a key prefix is spelt)
- store.py       what it needs from a table (IndexStore), queries and pages
- dynamo.py      that store on DynamoDB (boto3 Table resources, bounded retries)
- items.py       typed records <-> items
- versions.py    render_study: a study's version, its lookup items, history, publish marks
- publishing.py  publish_site: marks, condition pages, sitemaps, site files, page records
- lookups.py     lookup_api: bounded reads for every endpoint
- checkpoints.py detect_changes' checkpoint

A new access pattern: its key in keys.py, a typed operation in the module of the function that
uses it (or a new module for a new function), and a test against moto.
"""
