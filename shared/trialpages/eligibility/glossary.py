"""Plain words for clinical jargon, and short definitions for the terms that must stay.

Substitutions change wording only: never a number, a unit, a comparison or a negation (the
translator checks every rewrite, see fidelity.py). They run in one pass, leftmost match first
and, at one place, the first pattern listed: so longer phrases come before their parts.
"""

from __future__ import annotations

import re

from trialpages.eligibility.folded import FoldedPattern
from trialpages.eligibility.model import GlossaryTerm
from trialpages.eligibility.word_lookup import WordLookup

# Terms that must stay (a doctor needs them): the long form they replace and a short definition
# shown on the page beside the item.
TERMS: dict[str, tuple[str, str]] = {
    "ECOG": (
        r"eastern cooperative oncology group",
        "a 0 to 5 score of how well you manage daily tasks; 0 means fully active",
    ),
    "Karnofsky": (r"karnofsky", "a 0 to 100 score of how well you manage daily tasks; 100 means no limits"),
    "Lansky": (r"lansky", "a 0 to 100 score of how well a child plays and moves; 100 means no limits"),
    "ULN": (
        r"upper limits? of (?:the )?normal(?: range)?|upper normal limit",
        "upper limit of normal, the highest normal lab value",
    ),
    "ANC": (r"absolute neutrophil count", "a count of neutrophils, white blood cells that fight infection"),
    "AST": (r"aspartate (?:amino)?transaminase|aspartate aminotransferase", "a liver enzyme measured in a blood test"),
    "ALT": (r"alanine (?:amino)?transaminase|alanine aminotransferase", "a liver enzyme measured in a blood test"),
    "INR": (r"international normali[sz]ed ratio", "a blood test of how fast your blood clots"),
    "eGFR": (r"estimated glomerular filtration rate", "a blood test estimate of how well your kidneys filter"),
    "GFR": (r"glomerular filtration rate", "how well your kidneys filter blood"),
    "HbA1c": (
        r"(?:glycated|glycosylated) h(?:a)?emoglobin(?: a1c)?|h(?:a)?emoglobin a1c",
        "your average blood sugar over about 3 months",
    ),
    "BMI": (r"body mass index", "body mass index, your weight compared with your height"),
    "QTc": (r"corrected qt interval", "a heart rhythm measure taken from an ECG"),
    "LVEF": (r"left ventricular ejection fraction", "how much blood your heart pumps with each beat"),
    "NYHA": (r"new york heart association", "a 1 to 4 class of how much heart failure limits you"),
    "RECIST": (r"response evaluation criteria in solid tumou?rs", "the standard rules for measuring tumors on scans"),
    "CNS": (r"central nervous system", "the brain and spinal cord"),
    "HIV": (r"human immunodeficiency virus", "the virus that causes AIDS"),
    "HBV": (r"hepatitis b virus", "the virus that causes hepatitis B, a liver infection"),
    "HCV": (r"hepatitis c virus", "the virus that causes hepatitis C, a liver infection"),
    "ECG": (r"electrocardiograms?", "a test that records your heart's electrical activity"),
    "MRI": (r"magnetic resonance imaging", "a body scan that uses magnets"),
    "CT": (r"computed tomography|computeri[sz]ed tomography", "a body scan that uses X-rays"),
    "ILD": (r"interstitial lung disease", "interstitial lung disease, scarring of the lungs"),
    "COPD": (r"chronic obstructive pulmonary disease", "a long-term lung disease that makes breathing hard"),
    "ED": (r"erectile dysfunction", "erectile dysfunction: trouble getting or keeping an erection"),
    "PSA": (r"prostate[- ]specific antigen", "a blood test for a protein made by the prostate"),
    "CTCAE": (r"common terminology criteria for adverse events", "the standard scale for grading side effects"),
    "NSCLC": (
        r"non-small[- ]cell lung (?:cancer|carcinoma)",
        "non-small cell lung cancer, the most common lung cancer",
    ),
    "AML": (r"acute myeloid leuka?emia", "acute myeloid leukemia, a fast-growing blood cancer"),
    "IIEF": (r"international index of erectile function", "a questionnaire score of how well erections work"),
    "AIDS": (r"acquired immune ?deficiency syndrome", "the late stage of HIV infection"),
    "TB": (r"tuberculosis", "tuberculosis, an infection that most often affects the lungs"),
    "PDE5": (r"phosphodiesterase(?:[- ]5| type[- ]5)", "a group of ED medicines, such as sildenafil (Viagra)"),
}

_SPELLED_OUT = ("Karnofsky", "Lansky")  # their long form is the term itself

# (pattern, plain words), whole words, case-insensitive.
SUBSTITUTIONS: tuple[tuple[str, str], ...] = (
    # A long form written beside its abbreviation is said once, by the abbreviation (defined on the page).
    *(
        (rf"(?:{long})\s*\(\s*{re.escape(term)}\s*\)|{re.escape(term)}\s*\(\s*(?:{long})\s*\)", term)
        for term, (long, _) in TERMS.items()
        if term not in _SPELLED_OUT
    ),
    *((long, term) for term, (long, _) in TERMS.items() if term not in _SPELLED_OUT),
    (
        r"histologically (?:and/or|or|and) cytologically (?:confirmed|proven|documented)"
        r"|cytologically (?:and/or|or|and) histologically (?:confirmed|proven|documented)",
        "confirmed by a tissue or cell test",
    ),
    (r"(?:histologically|pathologically) (?:confirmed|proven|documented)", "confirmed by a tissue test"),
    (r"cytologically (?:confirmed|proven|documented)", "confirmed by a cell test"),
    (r"(?:women|females) of child-?bearing potential(?:\s*\(wocbp\))?|wocbp", "women who can get pregnant"),
    (r"(?:is|are) of (?:child-?bearing|reproductive) potential", "can get pregnant"),
    (r"of (?:child-?bearing|reproductive) potential", "who can get pregnant"),
    (r"myocardial infarctions?", "heart attack"),
    (r"cerebrovascular accident", "stroke"),
    (r"(?:congestive )?(?:cardiac|heart) failure", "heart failure"),
    (r"angina pectoris", "chest pain from the heart"),
    (r"peripheral neuropathy", "nerve damage in the hands or feet"),
    (r"neuropathy", "nerve damage"),
    (r"life-threatening arrhythmias?|life threatening arrhythmias?", "dangerous uneven heartbeat"),
    (r"arrhythmias?", "uneven heartbeat"),
    (r"brain metastas[ie]s|brain metastatic disease", "cancer spread to the brain"),
    (r"cns metastas[ie]s|central nervous system metastas[ie]s", "cancer spread to the brain or spinal cord"),
    (r"leptomeningeal (?:disease|metastas[ie]s|carcinomatosis)", "cancer in the lining of the brain or spine"),
    (r"unresectable", "not removable by surgery"),
    (r"pneumonitis", "lung swelling"),
    (r"prostatectomy", "prostate removal"),
    (r"radiation therapy|radiotherapy", "radiation"),
    (r"chemotherapy|chemotherapeutic", "chemo"),
    (r"immunotherapy", "immune treatment"),
    (
        r"immunosuppressive (?:drugs|medications|medicines|agents)|immunosuppressants|immuno-suppressants",
        "drugs that weaken the immune system",
    ),
    (r"immunosuppressive (?:therapy|treatment)", "treatment that weakens the immune system"),
    (r"immunosuppressive|immunosuppressant|immuno-suppressant", "immune-weakening"),
    (r"immunosuppression", "lowering of the immune system"),
    (r"corticosteroids?", "steroids"),
    (r"adenocarcinoma", "cancer"),
    (r"carcinomas?", "cancer"),
    (r"malignancies", "cancers"),
    (r"malignancy", "cancer"),
    (r"neoplasms?", "tumor"),
    (r"sexual intercourse|intercourse", "sex"),
    (r"hypertension", "high blood pressure"),
    (r"hypotension", "low blood pressure"),
    (r"hyperglyc(?:a)?emia", "high blood sugar"),
    (r"hypoglyc(?:a)?emia", "low blood sugar"),
    (r"diabetes mellitus", "diabetes"),
    (r"hypersensitivity", "allergy"),
    (r"lactating|lactation", "breastfeeding"),
    (r"nursing(?! home| facilit| care| staff)", "breastfeeding"),
    (r"contraceptive methods?|methods? of contraception|contraceptives?|contraception", "birth control"),
    (
        r"(?:signed and dated |signed |written |voluntary |voluntarily signed )*informed consent(?: form| document)?",
        "written consent",
    ),
    (r"including but not limited to|including, but not limited to", "such as"),
    (r"not including", "not counting"),
    (r"including", "such as"),
    (r"e\.g\.,?|for example,?", "such as"),
    (r"i\.e\.,?", "that is,"),
    (r"according to|as per", "by"),
    (r"indicates", "shows"),
    (r"indicate", "show"),
    (r"study participation|participation in (?:the|this) study", "taking part in the study"),
    (r"participation", "taking part"),
    (r"participating", "taking part"),
    (r"participate", "take part"),
    (r"participated", "taken part"),
    (r"interfere with|confound", "get in the way of"),
    (r"receiving", "getting"),
    (r"received", "had"),
    (r"previously", "before"),
    (r"considered", "thought"),
    (r"determined", "found"),
    (r"inability to", "not able to"),
    (r"concurrently|concomitantly", "at the same time"),
    (r"concurrent|concomitant", "current"),
    (r"assessments?|evaluations?", "check"),
    (r"physical examination", "physical exam"),
    (r"examinations?", "exam"),
    (r"requirements", "rules"),
    (r"suspected", "possible"),
    (r"interventions?", "treatment"),
    (r"(?<!drug )(?<!veterans )administration", "use"),
    (r"administered", "given"),
    (r"male (?:participants|patients|subjects|individuals|people)", "men"),
    (r"female (?:participants|patients|subjects|individuals|people)", "women"),
    (r"male (?:participant|patient|subject|individual|person)", "man"),
    (r"female (?:participant|patient|subject|individual|person)", "woman"),
    (r"participants|patients|subjects(?! to\b)|individuals", "people"),
    (r"participant's|patient's|subject's", "person's"),
    (r"participant|patient|subject(?! to\b)", "person"),
    (r"prior to", "before"),
    (r"subsequent", "later"),
    (r"approximately", "about"),
    (r"investigational (?:medicinal )?products?|investigational drugs?|investigational agents?", "study drug"),
    (r"investigational", "study"),
    (r"principal investigator|investigators?", "study doctor"),
    (r"clinically significant|clinically relevant|clinically important", "major"),
    (r"significant", "major"),
    (r"documented", "recorded"),
    (r"medications", "medicines"),
    (r"medication", "medicine"),
    (r"therapies", "treatments"),
    (r"therapeutic", "treatment"),
    (r"therapy", "treatment"),
    (r"hepatic", "liver"),
    (r"renal", "kidney"),
    (r"cardiac", "heart"),
    (r"cardiovascular", "heart or blood vessel"),
    (r"pulmonary", "lung"),
    (r"gastrointestinal", "stomach or gut"),
    (r"neurological|neurologic", "nerve"),
    (r"psychiatric", "mental health"),
    (r"haematological|hematological|hematologic", "blood"),
    (r"abnormalities", "problems"),
    (r"abnormality", "problem"),
    (r"laboratory", "lab"),
    (r"requiring", "needing"),
    (r"requires", "needs"),
    (r"require", "need"),
    (r"currently", "now"),
    (r"comply with", "follow"),
    (r"non-?compliance with", "not following"),
    (r"(?<!non-)(?<!non)compliance with", "following"),
    (r"compliant with", "able to follow"),
    (r"evidence of", "signs of"),
    (r"(?:past |previous |prior )?history of (?:previous|prior)|previous history of|prior history of", "past"),
    (r"an? (?:past |previous |prior )?(?:medical )?history of", "past"),
    (r"(?<!family )history of", "past"),
    (r"previous|prior", "past"),
    (r"additionally", "also"),
    (r"in accordance with", "following"),
    (r"enrolment|enrollment", "joining"),
    (r"randomi[sz]ation", "being put in a group by chance"),
    (r"sufficient|adequate|adequately", "good enough"),
    (r"subcutaneous(?:ly)?", "under the skin"),
    (r"intravenous(?:ly)?", "through a vein"),
    (r"orally", "by mouth"),
    (r"discontinuation|discontinued", "stopping"),
    (r"initiation", "start"),
    (r"duration", "length"),
    (r"protocol", "study plan"),
    (r"additional", "more"),
    (r"sufficiently", "enough"),
    (r"obtain", "get"),
    (r"utili[sz]e", "use"),
    (r"demonstrate", "show"),
    (r"allergic reactions?", "allergy"),
    (r"(?:is|are|will be|would be) (?:also )?excluded", "cannot join"),
    (r"(?:is|are|will be|would be) (?:also )?(?:eligible|allowed to (?:enrol?l|participate))", "can join"),
    (r"(?:is|are|will be|would be) not eligible|(?:is|are|will be) ineligible", "cannot join"),
    (r"ineligible", "not able to join"),
    (r"(?:inclusion|eligibility) criteria", "rules to join"),
    (r"exclusion criteria", "rules that keep people out"),
    (r"criteria", "rules"),
    (r"(?:for )?a period of", "for"),
    (r"periods?", "time"),
    (r"toxicities|toxicity", "side effects"),
    (r"anticoagulant therapy|anticoagulation therapy|anticoagulants|anticoagulation|anti-coagulants", "blood thinners"),
    (r"anticoagulant|anti-coagulant", "blood thinner"),
    (r"respiratory", "breathing"),
    (r"psychological", "mental"),
    (r"undergoing", "having"),
    (r"undergone", "had"),
    (r"undergo", "have"),
    (r"transplantation", "transplant"),
    (r"voluntarily", "freely"),
    (r"coagulation", "clotting"),
    (r"inappropriate", "not right"),
    (r"progression(?!-)", "getting worse"),
    (r"impairment", "problem"),
    (r"prophylactic|prophylaxis", "preventive"),
    (r"satisfactory", "good enough"),
    (r"hospitali[sz]ation", "hospital stay"),
    (r"preoperative(?:ly)?|pre-operative(?:ly)?", "before surgery"),
    (r"postoperative(?:ly)?|post-operative(?:ly)?", "after surgery"),
    (r"regimens?", "treatment plan"),
    (r"excipients", "inactive ingredients"),
    (r"complications", "problems"),
    (r"antihypertensive", "blood pressure"),
    (r"registration", "joining"),
    (r"clinical trials?|clinical studies|clinical study", "study"),
    (r"abnormal", "not normal"),
    (r"significantly", "greatly"),
    (r"mutations", "gene changes"),
    (r"mutation", "gene change"),
    (r"allogeneic|allogenic", "donor"),
    (r"haemorrhage|hemorrhage", "bleeding"),
    (r"radiography|radiograph", "X-ray"),
    (r"associated with", "linked to"),
    (r"of the following", "of these"),
    (r"the following(?=\s*:)", "these"),
    (r"physicians", "doctors"),
    (r"physician", "doctor"),
    (r"oncologists?", "cancer doctor"),
    (r"hospitali[sz]ed", "in the hospital"),
    (r"evaluated|assessed", "checked"),
    (r"evaluate|assess", "check"),
    (r"initially", "at first"),
    (r"initial", "first"),
    (r"subsequently", "later"),
    (r"demonstrated", "shown"),
    (r"discontinue", "stop"),
    (r"experiencing", "having"),
    (r"frequently", "often"),
    (r"immediately", "right away"),
    (r"recurrence", "return"),
    (r"cessation", "stopping"),
    (r"(?<=alcohol )consumption|(?<=tobacco )consumption|(?<=drug )consumption", "use"),
    (r"surgical procedures?", "surgery"),
    (r"thrombo-?embolic events?|thromboembolism", "blood clots"),
    (r"(?:deep vein|venous) thrombosis", "blood clot in a vein"),
    (r"thrombosis", "blood clot"),
    (r"pulmonary embolism", "blood clot in the lungs"),
    (r"oedema|edema", "swelling"),
    (r"inflammation", "swelling"),
    (r"pruritus", "itching"),
    (r"(?<!erectile )(?<!sexual )(?<!ejaculatory )dysfunction", "problem"),
    (r"cognitive", "thinking"),
    (r"cerebral", "brain"),
    (r"dermatologic(?:al)?", "skin"),
    (r"ophthalmologic(?:al)?|ophthalmic|ocular", "eye"),
    (r"adhere to|adherence to", "follow"),
    (r"comprehend", "understand"),
    (r"intramuscular(?:ly)?", "into a muscle"),
    (r"oral contraceptives?", "birth control pills"),
    (r"treatment[- ]na[iï]ve", "never treated"),
    (r"diagnosed with", "found to have"),
    (r"immunodeficiency(?! virus| syndrome)", "weak immune system"),
    (r"medical(?= (?:history|problems?|illness(?:es)?|reasons?|records?|care)\b)", "health"),
    (r"(?:study|trial|protocol)[- ](?:specific |required )?procedures", "study tests and visits"),
    (
        r"eligible for(?= (?:surgery|treatment|chemo\w*|radiation|radiotherapy|transplant\w*|resection)\b)",
        "able to have",
    ),
    (r"clinical (?:signs|evidence)", "signs"),
    (r"medical conditions", "health problems"),
    (r"medical condition", "health problem"),
    (
        r"following(?= (?:the )?(?:last|final|first|end|completion|surgery|treatment|study|randomi|enrol|discontinu|stopping|dose))",
        "after",
    ),
    (r"unwilling", "not willing"),
    (r"(?:the )?interpretation of", "reading"),
    (r"inclusion in (?:the|this) (?:study|trial)", "joining the study"),
    (r"(?<=at )inclusion|(?<=before )inclusion|(?<=prior to )inclusion|(?<=after )inclusion", "joining"),
    (r"contraindications (?:to|for)", "medical reasons not to have"),
    (r"contraindication (?:to|for)", "a medical reason not to have"),
    (r"ipsilateral", "same-side"),
    # Long spellings of a comparison, in its short form (the fidelity check reads both the same).
    (
        r"greater than or equal to|more than or equal to|equal to or (?:greater|more) than|no less than|not less than"
        r"|a minimum of",
        "at least",
    ),
    (r"less than or equal to|equal to or less than|no more than|not more than|a maximum of", "at most"),
    (r"greater than|higher than", "more than"),
    (r"lower than", "less than"),
    (r"completion of", "finishing"),
    (r"disorders", "problems"),
    (r"disorder", "problem"),
    (r"the following(?!\s+(?:\d|day|week|month|year|visit|dose))", "these"),
    (r"sexual activity", "sex"),
    (r"(?:renal|kidney) insufficiency", "poor kidney function"),
    (r"(?:hepatic|liver) insufficiency", "poor liver function"),
    (r"(?:cardiac|heart) insufficiency", "poor heart function"),
    (r"institutional review board|independent ethics committee|ethics committee", "ethics board"),
    (r"appropriate", "suitable"),
    (r"acceptable", "allowed"),
    (r"ongoing", "current"),
    (r"provided that", "as long as"),
    (r"with the exception of", "except for"),
    (r"documentation", "written proof"),
    (r"discretion", "judgment"),
    (r"bilateral", "two-sided"),
    (r"unilateral", "one-sided"),
    (r"surgically (?:removed|resected|excised)|completely resected", "removed by surgery"),
    (r"in combination with", "together with"),
    (r"(?:with|of) curative intent", "meant to cure"),
    (r"efficacy", "benefit"),
    (r"diameter", "width"),
    (r"questionnaires?", "surveys"),
    (r"abdominal", "belly"),
    (r"(?:when|where|if) applicable", "if it applies"),
    (r"criterion", "rule"),
    (r"prolongation", "lengthening"),
    (r"investigations?", "tests"),
    (r"ingredients", "parts"),
    (r"roughly", "about"),
    (r"accompanied by", "with"),
    (r"in addition to", "besides"),
    (r"in the opinion of", "in the view of"),
    (r"obtained", "taken"),
    (r"sustained", "lasting"),
    (r"persistent", "lasting"),
    (r"aforementioned", "these"),
    (r"permitted", "allowed"),
    (r"regulations", "rules"),
    (r"hysterectomy", "womb removal"),
    (r"combination (?:therapy|treatment)", "combined treatment"),
    (r"(?:the )?(?:patient's|participant's|subject's) ability to", "your ability to"),
    (r"approval", "OK"),
)

# Words that stay but need a word of explanation for a patient.
DEFINED_WORDS: dict[str, str] = {
    "metastatic": "cancer that has spread to other parts of the body",
    "metastases": "places in the body where a cancer has spread",
    "metastasis": "a place in the body where a cancer has spread",
    "refractory": "did not get better with treatment",
    "relapsed": "came back after treatment",
    "adjuvant": "extra treatment after the main one, to lower the chance of cancer coming back",
    "neoadjuvant": "treatment given before the main treatment, often surgery",
    "biopsy": "a small sample of tissue taken for testing",
    "placebo": "a dummy treatment with no active medicine",
    "stage": "how far a cancer has grown or spread",
    "palliative": "care that eases symptoms rather than cures",
    "priapism": "an erection that lasts too long and hurts",
    "hypogonadism": "the body makes too little sex hormone",
    "immune-weakening": "lowers the body's defense against infection",
    "symptomatic": "causing symptoms you can notice",
    "asymptomatic": "causing no symptoms you can notice",
    "locally advanced": "grown into nearby tissue, but not spread far",
}

# Each pattern ends where a word ends; group g<index> names the one that matched.
_LOOKUP = WordLookup([pattern for pattern, _ in SUBSTITUTIONS])
# The long forms of TERMS are names themselves ("New York Heart Association"): never left as a name.
_TERM_GROUPS = {f"g{index}" for index, (_, plain) in enumerate(SUBSTITUTIONS) if plain in TERMS}
_PLAIN = {f"g{index}": plain for index, (_, plain) in enumerate(SUBSTITUTIONS)}
# Without a leading \b, re scans for the terms' first letters instead of trying every place; a match that
# does not start a word is dropped (terms are letters and digits only, so none hides inside another).
_TERM_PATTERN = re.compile(r"(" + "|".join(re.escape(term) for term in TERMS) + r")\b")
_WORD_CHAR = re.compile(r"\w")
# Every defined word holds one of the clues (a test checks): most text is not scanned at all.
_WORD_CLUES = (
    "metasta",
    "refractory",
    "relapsed",
    "adjuvant",
    "biopsy",
    "placebo",
    "stage",
    "palliative",
    "priapism",
    "hypogonadism",
    "immune-weakening",
    "symptomatic",
    "locally advanced",
)
_WORD_PATTERN = FoldedPattern(r"\b(" + "|".join(re.escape(word) for word in DEFINED_WORDS) + r")\b", _WORD_CLUES)


def plain_words(text: str) -> str:
    """`text` with jargon in plain words, in one pass (a replacement is never replaced again).

    A word inside a run of capitalised words is part of a name ("International Classification of
    Headache Disorders", "Water for Injection") and stays as written. "a"/"an" before a
    replacement is made to fit it ("an adequate" -> "a good enough").
    """
    pieces: list[str] = []
    done = 0
    for match in _LOOKUP.matches(text):  # each past the last, replaced or left as a name
        if match.lastgroup not in _TERM_GROUPS and _inside_a_name(text, match):
            continue
        plain = _replacement(match)
        pieces += [fit_article(text[done : match.start()], plain), plain]
        done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)


def fit_article(before: str, plain: str) -> str:
    """`before` with a trailing "a"/"an" made to fit the word that follows it."""
    article = _ARTICLE_BEFORE.search(before)
    if not article:
        return before
    fitted = "an" if plain[:1].lower() in "aeiou" else "a"
    fitted = fitted.capitalize() if article.group(1)[:1].isupper() else fitted
    return before[: article.start(1)] + fitted + before[article.end(1) :]


_ARTICLE_BEFORE = re.compile(r"\b(an?)\s+$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_SMALL_WORDS = {"of", "for", "in", "and", "the", "on", "to"}


def _inside_a_name(text: str, match: re.Match) -> bool:
    """A capitalised match with a capitalised word after it, or linked to one before it, is part of a name."""
    if not match.group(0)[:1].isupper():
        return False
    after = [word.strip(",;:.()[]") for word in text[match.end() :].split()]
    while after and after[0] in _SMALL_WORDS:
        after = after[1:]
    if after and _NAME_WORD.fullmatch(after[0]):
        return True
    before = [word.strip(",;:.()[]") for word in text[: match.start()].split()]
    linked = False
    while before and before[-1] in _SMALL_WORDS:
        before, linked = before[:-1], True
    return bool(before and _NAME_WORD.fullmatch(before[-1]) and (linked or len(before) > 1))


def _replacement(match: re.Match) -> str:
    plain = _PLAIN[match.lastgroup]
    original = match.group(0)
    if plain[:1].isupper():  # an abbreviation keeps its own case
        return plain
    capitalized = original[:1].isupper() and not (original.isupper() and len(original) > 1)
    return plain[:1].upper() + plain[1:] if capitalized else plain


def terms_in(text: str) -> list[GlossaryTerm]:
    """The terms and hard words that stayed in `text`, each once, with its definition."""
    found = (match[1] for match in _TERM_PATTERN.finditer(text) if _starts_a_word(text, match.start()))
    terms = [_ENTRIES[term] for term in dict.fromkeys(found)]
    return terms + [_ENTRIES[word] for word in dict.fromkeys(word.lower() for word in _WORD_PATTERN.findall(text))]


def _starts_a_word(text: str, index: int) -> bool:
    return index == 0 or not _WORD_CHAR.match(text, index - 1)


# Each term's entry made once: the entries are frozen, so items can share them.
_ENTRIES = {
    **{term: GlossaryTerm(term=term, definition=definition) for term, (_, definition) in TERMS.items()},
    **{word: GlossaryTerm(term=word, definition=definition) for word, definition in DEFINED_WORDS.items()},
}
