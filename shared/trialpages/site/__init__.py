"""Study pages: page context, patient explanations, the Jinja environment, rendering and the site layout."""

from trialpages.site.layout import RenderReport, document_key, page_key, render_site, study_document
from trialpages.site.page import render_study_page

__all__ = ["RenderReport", "document_key", "page_key", "render_site", "render_study_page", "study_document"]
