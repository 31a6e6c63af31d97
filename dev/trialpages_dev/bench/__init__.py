"""`trialpages bench`: measured figures for the pipeline (speed is measured here, never asserted in tests)."""
