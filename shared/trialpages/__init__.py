"""trialpages: patient-friendly pages and JSON lookups for ClinicalTrials.gov studies."""

__version__ = "0.1.0"
USER_AGENT = f"trialpages/{__version__} (patient-friendly study pages; https://github.com/trialpages)"
