"""Condition names in a patient's words: MeSH and registry terms -> the name a patient would use (pure).

A curated table for the common terms first; then two rules the MeSH naming follows: "Prostatic
Neoplasms" is prostate cancer, and an inverted heading ("Leukemia, Myeloid, Acute") reads in
natural order ("Acute myeloid leukemia").
"""

from __future__ import annotations

import re

LAY_NAMES = {
    "Neoplasms": "Cancer",
    "Carcinoma, Non-Small-Cell Lung": "Non-small cell lung cancer",
    "Non-small Cell Lung Cancer": "Non-small cell lung cancer",
    "Non-Small Cell Lung Cancer": "Non-small cell lung cancer",
    "NSCLC": "Non-small cell lung cancer",
    "Small Cell Lung Carcinoma": "Small cell lung cancer",
    "Lung Neoplasms": "Lung cancer",
    "Breast Neoplasms": "Breast cancer",
    "Prostatic Neoplasms": "Prostate cancer",
    "Brain Neoplasms": "Brain tumor",
    "Colorectal Neoplasms": "Colorectal cancer",
    "Colonic Neoplasms": "Colon cancer",
    "Rectal Neoplasms": "Rectal cancer",
    "Stomach Neoplasms": "Stomach cancer",
    "Pancreatic Neoplasms": "Pancreatic cancer",
    "Ovarian Neoplasms": "Ovarian cancer",
    "Uterine Cervical Neoplasms": "Cervical cancer",
    "Urinary Bladder Neoplasms": "Bladder cancer",
    "Kidney Neoplasms": "Kidney cancer",
    "Liver Neoplasms": "Liver cancer",
    "Carcinoma, Hepatocellular": "Liver cancer (hepatocellular carcinoma)",
    "Skin Neoplasms": "Skin cancer",
    "Head and Neck Neoplasms": "Head and neck cancer",
    "Mouth Neoplasms": "Mouth cancer",
    "Esophageal Neoplasms": "Esophageal cancer",
    "Thyroid Neoplasms": "Thyroid cancer",
    "Hematologic Neoplasms": "Blood cancer",
    "Neoplasms, Plasma Cell": "Plasma cell cancer",
    "Neoplasm Metastasis": "Cancer that has spread (metastatic cancer)",
    "Precursor Cell Lymphoblastic Leukemia-Lymphoma": "Acute lymphoblastic leukemia (ALL)",
    "Leukemia, Myeloid, Acute": "Acute myeloid leukemia (AML)",
    "Leukemia, Lymphocytic, Chronic, B-Cell": "Chronic lymphocytic leukemia (CLL)",
    "Leukemia, Myelogenous, Chronic, BCR-ABL Positive": "Chronic myeloid leukemia (CML)",
    "Lymphoma, Non-Hodgkin": "Non-Hodgkin lymphoma",
    "Hodgkin Disease": "Hodgkin lymphoma",
    "Diabetes Mellitus": "Diabetes",
    "Diabetes Mellitus, Type 2": "Type 2 diabetes",
    "Diabetes Mellitus, Type 1": "Type 1 diabetes",
    "Hypertension": "High blood pressure",
    "Migraine Disorders": "Migraine",
    "Intervertebral Disc Displacement": "Slipped (herniated) disc",
    "Prostatic Hyperplasia": "Enlarged prostate",
    "Renal Insufficiency, Chronic": "Chronic kidney disease",
    "Kidney Diseases": "Kidney disease",
    "Heart Failure": "Heart failure",
    "Myocardial Infarction": "Heart attack",
    "Stroke": "Stroke",
    "Sleep Apnea, Obstructive": "Obstructive sleep apnea",
    "Urinary Bladder, Overactive": "Overactive bladder",
    "Parkinson Disease": "Parkinson's disease",
    "Alzheimer Disease": "Alzheimer's disease",
    "Penile Induration": "Peyronie's disease",
    "Enuresis": "Bedwetting",
    "Premature Birth": "Premature birth",
    "Wounds and Injuries": "Injuries",
    "Depressive Disorder, Major": "Major depression",
    "Stress Disorders, Post-Traumatic": "Post-traumatic stress disorder (PTSD)",
    "Attention Deficit Disorder with Hyperactivity": "ADHD",
    "Pulmonary Disease, Chronic Obstructive": "COPD",
    "Arthritis, Rheumatoid": "Rheumatoid arthritis",
    "HIV Infections": "HIV",
    "COVID-19": "COVID-19",
}

# "Prostatic Neoplasms" -> "Prostate cancer": the adjectives MeSH uses for an organ.
_ORGANS = {
    "prostatic": "prostate",
    "pancreatic": "pancreatic",
    "ovarian": "ovarian",
    "uterine": "uterine",
    "urinary bladder": "bladder",
    "gastrointestinal": "gastrointestinal",
}
_NEOPLASMS = re.compile(r"^(?P<organ>[A-Za-z ,'-]+?) Neoplasms$")
_CANCER_WORDS = ("Neoplasms", "Neoplasm")


_BY_LOWER = {name.lower(): lay for name, lay in LAY_NAMES.items()}


def lay_name(term: str) -> str:
    """The name a patient would look for, for a MeSH or registry condition term."""
    text = " ".join(term.split())
    if text.lower() in _BY_LOWER:
        return _BY_LOWER[text.lower()]
    match = _NEOPLASMS.match(text)
    if match and "," not in match.group("organ"):
        organ = match.group("organ").lower()
        return _sentence(f"{_ORGANS.get(organ, organ)} cancer")
    if "," in text:  # MeSH inverts: "Leukemia, Myeloid" -> "Myeloid leukemia"
        parts = [part.strip() for part in text.split(",") if part.strip()]
        words = " ".join(reversed(parts))
        for word in _CANCER_WORDS:
            words = words.replace(word, "cancer")
        return _sentence(words)
    return _sentence(text)


def _sentence(text: str) -> str:
    """First letter up, the rest as written except words that are all capitals (HIV, B-Cell stays)."""
    words = text.split()
    lowered = [word if word.isupper() or any(c.isdigit() for c in word) else word.lower() for word in words]
    joined = " ".join(lowered)
    return joined[:1].upper() + joined[1:]
