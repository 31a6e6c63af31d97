"""ClinicalTrials.gov API v2: the client the pipeline uses, and an in-repo fake with the same semantics."""
