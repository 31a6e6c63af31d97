"""An in-repo fake of ClinicalTrials.gov API v2 serving real records, with fault injection."""

from trialpages_dev.fake_registry.faults import KINDS, Fault, parse_fault
from trialpages_dev.fake_registry.registry import API_PREFIX, FakeRegistry

__all__ = ["API_PREFIX", "KINDS", "Fault", "FakeRegistry", "parse_fault"]
