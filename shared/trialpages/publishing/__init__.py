"""Publishing: turn archived registry records into the site's pages and index entries."""
