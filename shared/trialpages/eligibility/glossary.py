"""Plain words for clinical jargon, and short definitions for the terms that must stay.

Substitutions change wording only: never a number, a unit, a comparison or a negation.
"""

from __future__ import annotations

import re

from trialpages.eligibility.model import GlossaryTerm

# (pattern, plain words), applied in order, whole words, case-insensitive.
SUBSTITUTIONS: tuple[tuple[str, str], ...] = (
    (
        r"histologically (?:and/or|or|and) cytologically (?:confirmed|proven|documented)",
        "confirmed by a tissue or cell test",
    ),
    (r"histologically (?:confirmed|proven|documented)", "confirmed by a tissue test"),
    (r"cytologically (?:confirmed|proven|documented)", "confirmed by a cell test"),
    (r"myocardial infarction", "heart attack"),
    (r"peripheral neuropathy", "nerve damage in the hands or feet"),
    (r"neuropathy", "nerve damage"),
    (r"arrhythmias", "irregular heartbeats"),
    (r"arrhythmia", "irregular heartbeat"),
    (r"prostatectomy", "prostate removal surgery"),
    (r"chemotherapy", "chemo"),
    (r"carcinoma", "cancer"),
    (r"sexual intercourse|intercourse", "sex"),
    (r"including but not limited to", "such as"),
    (r"including", "such as"),
    (r"the following", "these"),
    (r"according to", "by"),
    (r"participation", "taking part"),
    (r"participate", "take part"),
    (r"interfere with", "get in the way of"),
    (r"receiving", "getting"),
    (r"previously", "before"),
    (r"considered", "thought"),
    (r"determined", "found"),
    (r"inability to", "not able to"),
    (r"concurrent(?:ly)?", "at the same time"),
    (r"assessments?", "check"),
    (r"examination", "exam"),
    (r"symptomatic", "with symptoms"),
    (r"requirements", "rules"),
    (r"suspected", "possible"),
    (r"classification", "class"),
    (r"interventions?", "treatment"),
    (r"injections?", "shot"),
    (r"screening", "check-up"),
    (r"(?<!drug )(?<!veterans )administration", "use"),
    (r"cerebrovascular accident", "stroke"),
    (r"congestive heart failure", "heart failure"),
    (r"hypertension", "high blood pressure"),
    (r"hypotension", "low blood pressure"),
    (r"diabetes mellitus", "diabetes"),
    (r"hypersensitivity", "allergy"),
    (r"malignancies", "cancers"),
    (r"malignancy", "cancer"),
    (r"neoplasms?", "tumor"),
    (r"lactating", "breastfeeding"),
    (r"(?:signed |written )?informed consent(?: form)?", "written consent"),
    (r"participants|patients|subjects(?! to\b)|individuals", "people"),
    (r"participant|patient|subject(?! to\b)", "person"),
    (r"nursing(?! home| facilit| care)", "breastfeeding"),
    (r"prior to", "before"),
    (r"subsequent", "later"),
    (r"approximately", "about"),
    (r"investigational (?:medicinal )?product", "study drug"),
    (r"investigational", "study"),
    (r"investigators?", "study doctor"),
    (r"concomitant", "other"),
    (r"clinically significant", "serious"),
    (r"clinically relevant", "serious"),
    (r"significant", "serious"),
    (r"uncontrolled", "not controlled"),
    (r"documented", "recorded"),
    (r"medications", "medicines"),
    (r"medication", "medicine"),
    (r"therapies", "treatments"),
    (r"therapy", "treatment"),
    (r"hepatic", "liver"),
    (r"renal", "kidney"),
    (r"cardiac", "heart"),
    (r"cardiovascular", "heart or blood vessel"),
    (r"pulmonary", "lung"),
    (r"gastrointestinal", "stomach or gut"),
    (r"neurological", "nerve"),
    (r"psychiatric", "mental health"),
    (r"haematological|hematological", "blood"),
    (r"abnormalities", "problems"),
    (r"abnormality", "problem"),
    (r"laboratory", "lab"),
    (r"administered", "given"),
    (r"requiring", "needing"),
    (r"requires", "needs"),
    (r"require", "need"),
    (r"currently", "now"),
    (r"comply with", "follow"),
    (r"compliance with", "following"),
    (r"evidence of", "signs of"),
    (r"(?<!family )history of", "past"),
    (r"previous|prior", "earlier"),
    (r"additionally", "also"),
    (r"in accordance with", "following"),
    (r"enrolment|enrollment", "joining"),
    (r"randomi[sz]ation", "assignment to a group"),
    (r"sufficient|adequate", "good enough"),
    (r"contraception|contraceptive methods?", "birth control"),
    (r"of childbearing potential", "who can get pregnant"),
    (r"subcutaneous(?:ly)?", "under the skin"),
    (r"immunosuppressive", "immune-lowering"),
)
_COMPILED = tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), plain) for pattern, plain in SUBSTITUTIONS)
# Each pattern's literal words: a pattern can only match text that holds one of them, so a
# substring test skips most patterns for most criteria (the translator's hot path).
_KEYWORDS = tuple(
    tuple(set(re.findall(r"[a-z]{3,}", re.sub(r"\(\?<?[!=][^)]*\)", "", pattern)))) for pattern, _ in SUBSTITUTIONS
)

# Terms that must stay (a doctor needs them), each with a short definition shown on the page.
TERMS: dict[str, str] = {
    "ECOG": "a 0 to 5 score of how well you manage daily tasks; 0 means fully active",
    "Karnofsky": "a 0 to 100 score of how well you manage daily tasks; 100 means no limits",
    "ULN": "upper limit of normal, the highest normal lab value",
    "ANC": "absolute neutrophil count, a type of white blood cell",
    "AST": "a liver enzyme measured in a blood test",
    "ALT": "a liver enzyme measured in a blood test",
    "INR": "a blood test of how fast your blood clots",
    "eGFR": "a blood test estimate of how well your kidneys filter",
    "HbA1c": "your average blood sugar over about 3 months",
    "BMI": "body mass index, your weight compared with your height",
    "QTc": "a heart rhythm measure taken from an ECG",
    "LVEF": "how much blood your heart pumps with each beat",
    "NYHA": "a 1 to 4 class of how much heart failure limits you",
    "RECIST": "the standard rules for measuring tumors on scans",
    "CNS": "central nervous system: the brain and spinal cord",
    "HIV": "human immunodeficiency virus",
    "HBV": "hepatitis B virus",
    "HCV": "hepatitis C virus",
    "ECG": "a test that records your heart's electrical activity",
    "MRI": "a body scan that uses magnets",
    "CT": "a body scan that uses X-rays",
    "ILD": "interstitial lung disease, scarring of the lungs",
}
_TERM_PATTERN = re.compile(r"\b(" + "|".join(re.escape(term) for term in TERMS) + r")\b")


def plain_words(text: str) -> str:
    lowered = text.lower()
    for (pattern, plain), keywords in zip(_COMPILED, _KEYWORDS, strict=True):
        if any(keyword in lowered for keyword in keywords):
            text = pattern.sub(lambda match, plain=plain: _same_case(match.group(0), plain), text)
            lowered = text.lower()
    return text


def _same_case(original: str, plain: str) -> str:
    return plain[:1].upper() + plain[1:] if original[:1].isupper() else plain


def terms_in(text: str) -> list[GlossaryTerm]:
    seen = dict.fromkeys(_TERM_PATTERN.findall(text))
    return [GlossaryTerm(term=term, definition=TERMS[term]) for term in seen]
