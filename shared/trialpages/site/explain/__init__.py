"""Patient-level explanations (about an 8th-grade reading level) of the values a study record holds."""
