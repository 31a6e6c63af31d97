"""The site-wide change feed: every change in one partition, newest first by sort key (`<date>#<id>#<nn>`).

render_study files each change there (publishing/site_items.py); publish_site's feed and
/v1/changes read it, the API with one Query a page (`sk >= since`), whatever the date range.
"""

SITE_FEED_PARTITION = "CHANGEFEED#site"
