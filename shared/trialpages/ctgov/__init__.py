"""ClinicalTrials.gov API v2: the client (client.py), its pacing and its errors."""

REGISTRY_URL = "https://clinicaltrials.gov/api/v2"
