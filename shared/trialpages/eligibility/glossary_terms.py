"""The glossary's large table: hard terms that stay on eligibility pages, each with a one-line plain definition.

glossary.py holds the first, hand-tuned entries and the matching; it merges this table after its own
entries. Every term here was found in the bundled criteria, mostly in items left in the study's words.

How an entry is written (tests/eligibility/test_glossary_terms.py checks the form):
- `spellings` separated by "|": abbreviations in ABBREVIATIONS are matched with their exact case (eGFR is
  not EGFR), words and phrases in WORDS in any case. Each spelling is shown as it is written here, so the
  note names the word the reader sees ("orthostatic hypotension", not its synonym), unless `shown` gives
  the spellings one name: then they are one term, explained once a page.
- The definition is one line for about a 12-year-old: lower case (unless it starts with a name), no final
  period, short common words. It says what the term is, never what the study requires.
- A term that means different things in different places gets one entry a sense, each with guards
  (regular expressions, any case), tried in order; a match with no sense left gets no note:
    not_before / only_before: the 40 characters right before the match rule this sense out / are needed;
    not_after / only_after: the same for the 40 characters right after;
    not_near / only_near: the same for 80 characters either side.
  Abbreviations of 2 or 3 letters mean too many things: most carry only_near, so they are explained only
  where the words around them say which sense is meant.
- word=True marks an abbreviation that, in capitals, is also an everyday word (ALL, MET): a sentence in
  capitals keeps it in lower case, so it must not be listed among the abbreviations that stay upper case.
"""

from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    spellings: tuple[str, ...]
    definition: str
    shown: str | None  # None: each spelling is shown as written
    guards: tuple[tuple[str, str], ...]
    word: bool


def term(spellings: str, definition: str, *, shown: str | None = None, word: bool = False, **guards: str) -> Term:
    listed = tuple(spelling.strip() for spelling in spellings.split("|"))
    return Term(listed, definition, shown, tuple(sorted(guards.items())), word)


# A rule said of men as well as women (glossary.py's "childbearing potential" and its sense here).
MEN_TOO = r"\bmales?\b|\bmen\b|\bboys?\b|\bfather"
# A study of dialysis access: its fistula is the one made for dialysis.
_DIALYSIS_ACCESS = r"dialysis|end[- ]stage (?:renal|kidney)|\b(?-i:ESRD)\b|arteriovenous fistula|vascular access"
# A study of the eye's pressure: its beta-blockers and prostaglandins are eye drops.
_EYE_PRESSURE = r"glaucoma|intraocular|\b(?-i:IOP|lOP)\b|ocular|\beyes?\b|timolol|latanoprost|eye drops?"
# An insulin pump's site under the skin: its "infusion" does not go into a vein.
_UNDER_THE_SKIN_PUMP = (
    r"insulin pumps?|\b(?-i:CSII)\b|continuous subcutaneous insulin|subcutaneous tissue|lipohypertroph|lipoatroph"
)
# Words near an abbreviation that say which sense is meant.
_HEART = r"heart|cardi|\b(?-i:ECG)\b|\b(?-i:EKG)\b|\b(?-i:QT)\b|arrhythm|\bbeats?\b|\bbpm|pulse|blood pressure|\b(?-i:BP)\b|infarct|angina|coronary|stent|rhythm"
_BREAST = r"breast|\b(?-i:HER2)\b|\b(?-i:ER)\b|\b(?-i:PR)\b|\b(?-i:HR)\b|estrogen|oestrogen|progesterone|hormone receptor|endocrine|tamoxifen"
# The same without the receptors' own abbreviations, for their senses.
_BREAST_WORDS = r"breast|\b(?-i:HER2)\b|estrogen|oestrogen|progesterone|hormone receptor|endocrine|tamoxifen|\b(?-i:SERD)\b|degrader|modulator"
_RESPONSE = r"respon|remission|\b(?-i:RECIST)\b|progress|relapse|\bLugano|\b(?-i:IMWG)\b|iwCLL"
_LEUKEMIA = r"\bleuk|\b(?-i:AML)\b|lymphoblast|myeloid|blast|marrow|remission|\b(?-i:MRD)\b|\bPhiladelphia|Ph\+|\bB-cell|\bT-cell|precursor"
_BEFORE_LOCAL_TREATMENT = r"radiotherap|chemoradi|radiation|surgery|resection|disease control|\b(?-i:NSCLC)\b|tumou?r"
_LEUKEMIA_REGIMEN_WORDS = (
    r"\bleuk|\b(?-i:AML)\b|\binduction|\b(?-i:FLAG)\b|\b(?-i:CLAG)\b|\b7\s*\+\s*3\b|cytarabine|myeloid"
)
_LUNG_CANCER = r"\b(?-i:NSCLC)\b|\blungs?\b|\b(?-i:EGFR)\b|\b(?-i:ALK)\b|\b(?-i:ROS1)\b|\bgenes?\b|mutation|fusion|rearrange|amplif|\bexon|tumou?r|\b(?-i:TKI)\b|\b(?-i:IHC)\b|\b(?-i:NGS)\b|positive"
_SEX = r"ejaculat|\b(?-i:IELT)\b|\b(?-i:PEDT)\b|sexual|intercourse|erecti|\b(?-i:ED)\b|penis|penile|vagina"
_CLOT = r"embol|thromb|\bclots?\b|\b(?-i:DVT)\b|\b(?-i:VTE)\b|deep vein|venous|anticoag|stroke|infarct"
_BLOOD_COUNT_CYTOREDUCTION = r"hydroxyure|leukapheres|\b(?-i:SNDX)|\b(?-i:WBC)\b|white (?:blood )?cells?|blood counts?|\bleuk|\b(?-i:AML)\b|myelo|platelet"
_BIRTH_CONTROL_WORDS = r"contracep|\b(?-i:WOCBP)\b|childbearing|child-bearing|pregnan|birth control"
_CANCER_WORDS = (
    r"cancer|tumou?r|malignan|oncolog|carcinom|melanom|lymphom|leuk|myelom|sarcom|metasta|checkpoint|chemo|"
    r"\b(?-i:PD-?L?1|CTLA-?4|NSCLC|RECIST)\b|immuno-oncology"
)
_IMMUNE_TOLERANCE_INDUCTION = (
    "high doses of a clotting factor given often, to train the body to stop making antibodies against it"
)
_DEPRESSION = r"depress|\b(?-i:MDD|TRD|MADRS|HAM-?D)\b"
_ANTIDEPRESSANT_TREATMENT = "antidepressant treatment: a medicine for depression"
_RADICAL_BEFORE = r"\bradical\b[^.;()]{0,30}$"
_HEADACHE = r"headache|cluster|attack|\b(?-i:ICHD)\b|migraine|prophyla|triptan|oxygen"
# A study that says how long a break may be ("less than 30 consecutive days of attacks remission", NCT03244735): its
# own definition counts, and a note with the 3 months of ICHD-3 would give a second, looser one.
# "Difficult-to-treat CCH with ... failure ... to most preventive CH treatments among which are oral steroids or
# suboccipital infiltrations, verapamil, lithium carbonate and topiramate" (NCT06124534, sample 42: UNREADABLE, both
# abbreviations left bare): the treatments named around them say which sense.
_CLUSTER_TREATMENTS = r"preventive|verapamil|lithium|topiramate|suboccipital|occipital nerve|sphenopalatine"
_OWN_BREAKS = r"remission|consecutive days|pain-free (?:period|interval)|\bbreaks?\b"
# "dysplasia (abnormal growth) of the sphenoid bone ... or dysplasia of long bones" (outside sample 1: WRONG as cells
# that may become cancer): a bone that did not form normally.
_FORMED_WRONG = r"congenital|malformation|\bhip\b|skeletal|\bbony\b|sphenoid|long bones?|\btibia|osseous"
# LDH the disc, not the enzyme: the words near it, or the words right before or after it (one sense each).
_DISC_HERNIATION = "lumbar disc herniation: a disc in the lower back that bulges out and can press on a nerve"
_DISC_WORDS = r"lumbar|\bdiscs?\b|\bdisks?\b|\bL\d|herniat|\bspin|radicul|sciatica|protrusion"
_DISC_BEFORE = r"(?:diagnosed with|single[- ]level|large)\s*$"
_DISC_AFTER = r"^\s+(?:surgery|by\s+(?-i:MRI?)\b)"
# The spine named near a word (the downloads1 reading's spine and disc studies): bones, discs, their surgery and levels.
_SPINE_WORDS = (
    r"vertebr|\bspin|lumbar|lumbosacral|cervical|thoracic|\bdis[ck](?:s|al|itis|ogenic|ography|opathy)?\b|fusion|"
    r"discectom|laminectom|"
    r"arthroplast|arthrodes|interbody|spondyl|stenosis|herniat|radicul|myelopath|(?<![A-Za-z-])(?-i:[CLT]\d+|S1)\b|"
    r"foram[ei]n|corpectom|decompress|facet|listhesis|sacr"
)
# A study of the spine, by its conditions (not "Cervical Cancer", not "Aortic Stenosis").
_SPINE_STUDY = (
    r"\bdis[ck]|\bspin|cervical (?:radicul|myelopath|spondyl|dis[ck]|degenerat|stenosis|spine)|lumbar|radicul|"
    r"myelopath|spondyl|vertebr|scoliosis|sciatica|back pain|neck pain"
)
# The numbered neck bones: the words that say a C number is one ("two contiguous levels from C3 to C7").
_NECK_BONE_WORDS = (
    r"(?:vertebral|spinal|cervical|contiguous|immobile|operative|index|involved|two|one|single|multiple)\s+levels?|"
    r"levels?\s+(?:from|between)|vertebr|\bspin|cervical|\bneck\b|\bdiscs?\b|\bdisks?\b|radicul|myelopath|fusion|"
    r"\broots?\b|\bnerve"
)
# The cervix, where "cervical" is not the neck.
_CERVIX_WORDS = (
    r"cancer|carcinom|neoplas|intraepithelial|\b(?-i:CIN|HPV|FIGO)\b|smear|\bpap\b|screening|cytolog|\buter|vagin|womb|"
    r"hysterect|cervix|cerclage|\bcaps?\b|diaphragm|spermicid|condom|contracept|\bin situ\b|dilat|ripen|squamous|"
    r"adenocarcinom|colpo|effacement|\bos\b|\blength\b|incompeten|\blabou?r\b|obstet|gestation"
)
# Instruments passed into the body ("urethral instrumentation") or used in a lab, not spine implants.
_INSTRUMENTS_PASSED_IN = r"urethr|bladder|\buter|airway|cathet|cystoscop|endoscop|dental|root canal|\blab"
# Heart disease and blood fats: "primary prevention" of a first heart attack or stroke.
_HEART_AND_BLOOD_FATS = (
    r"\b(?-i:LDL|HDL)|cholesterol|lipid|statin|cardi|heart|coronar|stroke|vascular|aspirin|atheroscl|\b(?-i:PCI)\b"
)
# C3 and C4 are also complement proteins measured in lupus, C1 a treatment cycle or a kidney disease stage, C5 a
# medicines' target.
_COMPLEMENT_OR_CYCLE = (
    r"complement|lupus|\b(?-i:SLE|CH50|dsDNA)\b|serum|plasma|nephritis|glomerul|eculizumab|ravulizumab|antibod|"
    r"\bcycles?\b|\b(?-i:D\d+)\b|\bday\s+\d|kidney|\bstages?\b|\b(?-i:CKD)\b"
)
HORMONE_TEST = r"pregnan|\b(?-i:hCG|HCG|FSH|LH)\b|sensitivity"
_KEEPS_COMING_BACK = r"herpes|infections?|cold sores?|\b(?-i:UTI)s?\b|miscarriage|pregnancy loss|seizures?|fevers?"
_OVARIAN_RESERVE = r"ovar|\beggs?\b|fertil|\b(?-i:IVF|AMH|AFC)\b|oocyte|diagnos"
_BILE_DUCTS = r"\bbile|biliary|cholangio|gall ?bladder|hepatic duct|jaundice|Bismuth|Klatskin"
_STUDY = (
    r"study|\bdoses?\b|dosing|administ|receiv|first|\blast\b|ingredient|intake|start|allerg|hypersens|treatment with"
)

# Units and hospital terms readers found unexplained (ctparser1 and earlier readings): the words that say a unit is
# measured in the spinal fluid, that oxygen is given, or that a urine test compares protein with creatinine.
_SPINAL_FLUID = r"\b(?-i:CSF)\b|cerebrospinal|spinal fluid|meningit|lumbar puncture|pleocytosis"
_OXYGEN_GIVEN = r"oxygen|\b(?-i:O2|SpO2|HFNC)\b|saturation|nasal|cannula|\bmasks?\b|supplement|high[- ]flow"
_URINE_RATIO = r"urin|\b(?-i:UACR|UPCR|ACR)\b|albumin|creatinine ratio|proteinuria"
_PER_MICROLITER = (
    "cells/µL | cells/μL | cells/uL | cells/µl | cells/μl | cells/ul | /µL | /μL | /uL | /µl | /μl | "
    "/ul | /mcL | / µL | / μL | / uL | / µl | / μl | / ul | / µ L | / μ L"
)

# Street drugs named near PCP, which is then phencyclidine (exports1 and hint1 reviews).
_STREET_DRUGS = (
    r"phencyclidine|cocaine|amphetamine|opiate|cannabi|marijuana|benzodiazepine|barbiturate|hallucinogen|ecstasy|"
    r"\b(?-i:MDMA|LSD)\b|drug screen|drug test|urine (?:drug|tox)|illicit|street drug"
)


# Both what it is for: the heart's arteries on X-ray, or the pressures in the heart and lungs (NCT02682511, sample 36:
# "SSc-PAH ... confirmed via previous cardiac catheterization" is the pressure test, not the X-ray).
_HEART_CATHETER = (
    "a thin tube passed through a blood vessel to the heart, to measure pressures in the heart and lungs or see "
    "the heart's arteries on X-ray"
)


# Abbreviations and names, matched in the case they are written.
ABBREVIATIONS: tuple[Term, ...] = (
    # An arteriovenous fistula for dialysis (NCT06001827, exports9: "Referred for creation of a new AVF" unexplained)
    term(
        "AVF | AVFs",
        "arteriovenous fistula: a join made by surgery between an artery and a vein so dialysis can be done",
        study_about=_DIALYSIS_ACCESS,
    ),
    # Units and measures
    # "a PO2 less than 60 mmHg (on room air)" (NCT00540072, trialgpt reading: WRONG as a blood pressure): a gas's pressure.
    term(
        "mmHg | mm Hg | mm/Hg",
        "millimeters of mercury, a unit of pressure; here it measures how much oxygen or carbon dioxide is in the blood",
        not_near=r"blood pressure|systolic|diastolic|\b(?-i:S?BP|DBP|MAP)\b|hypertens|hypotens",
        only_near=r"\b(?-i:P[av]?C?O2|pC?O2)\b|oxygen|carbon dioxide|blood gas",
    ),
    # "Intra Ocular Pressure at most 18 mm Hg" (NCT02017327, hint6: WRONG as a blood pressure)
    term(
        "mmHg | mm Hg | mm/Hg",
        "millimeters of mercury, the unit for pressure, here the pressure inside the eye",
        only_near=r"intra\s?ocular|\b(?-i:IOP|lOP)\b|glaucoma|eye pressure|tonometr",
    ),
    term("mmHg | mm Hg | mm/Hg", "millimeters of mercury, the unit for blood pressure"),
    term("msec | ms", "milliseconds: thousandths of a second", only_before=r"\d\s*$"),
    term("bpm | BPM", "beats per minute: heartbeats counted in one minute"),
    term(
        "mg/dL | mg/dl",
        "milligrams per deciliter, a unit for how much of a substance is in a fluid, here the spinal fluid",
        only_near=r"\b(?-i:CSF)\b|cerebrospinal|spinal fluid|meningit|lumbar puncture|pleocytosis",
    ),
    # "proteinuria ≥2+ (≥100 mg/dL) on urine dipstick" (NCT05832827, downloads5: WRONG as in the blood).
    term(
        "mg/dL | mg/dl",
        "milligrams per deciliter, a unit for how much of a substance is in a fluid, here the urine",
        only_near=r"urine|urinary|dipstick|proteinuria",
        # ("a serum creatinine ... 1.5 mg/dL ... determined by either urine collection ...", NCT00411593, hint5: WRONG)
        not_near=r"\bserum\b|\bblood\b|\bplasma\b",
    ),
    term("mg/dL | mg/dl", "milligrams per deciliter, a unit for how much of a substance is in the blood"),
    term("g/dL | g/dl", "grams per deciliter, a unit for how much of a substance is in the blood"),
    term("mmol/L | mmol/l", "millimoles per liter, a unit for how much of a substance is in a body fluid"),
    term("mmol/mol", "millimoles per mole, a unit for the HbA1c blood sugar test"),
    term("10⁹/L | 10⁹/l | 10⁹ cells/L", "billions per liter: how many cells are in 1 liter of blood"),
    term("10¹²/L | 10¹²/l", "trillions per liter: how many cells are in 1 liter of blood"),
    # "leukocytosis (more than 100 cells/mm3)" in spinal fluid (NCT02467309, trialgpt2: WRONG as blood)
    term(
        "cel/mm3 | cells/mm3 | cells/mm³ | /mm3 | /mm³",
        "per cubic millimeter: how many cells are in a tiny drop of the fluid tested, here the spinal fluid",
        only_near=r"\b(?-i:CSF)\b|cerebrospinal|spinal fluid|meningit|lumbar puncture|pleocytosis",
    ),
    term(
        "cel/mm3 | cells/mm3 | cells/mm³ | /mm3 | /mm³",
        "per cubic millimeter: how many cells are in a tiny drop of blood",
    ),
    term(
        "µmol/L | μmol/L | umol/L | µmol/l | μmol/l | umol/l",
        "micromoles per liter, a unit for how much of a substance is in the blood",
    ),
    term("nmol/L | nmol/l", "nanomoles per liter, a unit for very small amounts of a substance, such as a hormone"),
    term("pmol/L | pmol/l", "picomoles per liter, a unit for tiny amounts of a substance, such as a hormone"),
    # ("screening urine nicotine concentration >50 ng/mL", NCT00705536, hint3-1: WRONG as in the blood)
    term(
        "ng/mL | ng/ml",
        "nanograms per milliliter, a unit for tiny amounts of a substance in the urine",
        only_near=r"\burine|\burinary",
    ),
    term("ng/mL | ng/ml", "nanograms per milliliter, a unit for tiny amounts of a substance in the blood"),
    term(
        "ng/dL | ng/dl",
        "nanograms per deciliter, a unit for tiny amounts of a substance, such as a hormone, in the blood",
    ),
    term("pg/mL | pg/ml", "picograms per milliliter, a unit for tiny amounts in the blood"),
    term("mL/min | ml/min", "milliliters per minute, the unit for how fast the kidneys clean the blood"),
    term("mIU/mL | mIU/ml | mIU", "milli-international units, a unit used for hormone tests"),
    # A pregnancy test's sensitivity (glossary audit: NCT05773092) is an amount of hormone, not an enzyme's activity.
    term(
        "IU/L",
        "international units per liter: how much of a hormone is in a liter of blood or urine",
        only_near=HORMONE_TEST,
    ),
    term("IU/L | U/L", "units per liter, a unit for how active an enzyme is in the blood", not_near=HORMONE_TEST),
    # "HBV DNA < 500 IU/mL" (NCT05798663, sample 46): an amount of virus in the blood, not of a medicine.
    term(
        "IU",
        "international unit: a standard amount; here of virus in the blood",
        not_before=r"[a-z]$",
        # "CMV infection with a viremia > 200 IU/mL" (NCT05921903, downloads4: WRONG as a medicine's amount).
        only_near=r"\b(?-i:HBV|HCV|CMV|EBV|BKV?|HIV|DNA|RNA)\b|viral load|virus|vir(?:a|e)mia|\bPCR\b",
    ),
    term("IU", "international unit: a standard amount of a medicine, vitamin or hormone", not_before=r"[a-z]$"),
    term("UNL | ULRR", "upper normal limit: the highest lab value that is normal"),
    term("xULN | XULN | x ULN | × ULN | xUNL", "times the upper limit of normal (ULN), the highest normal lab value"),
    # "≥10% body surface area (BSA) of AD involvement" (outside sample 3: WRONG as the dosing measure): how much skin.
    term(
        "BSA",
        "body surface area: here, the share of the skin that the skin disease covers",
        # "(PASI score >10 or BSA >10) and DLQI >10" (NCT02634801, hint2: WRONG as the dosing measure): its scores say skin
        only_near=r"involve|affected|lesions?|eczema|dermatitis|psoria|\b(?-i:AD|PASI|DLQI|EASI|SCORAD|IGA|PGA)\b|vitiligo|"
        r"\bskin\b|%\s*(?:of\s*)?(?:body|BSA)",
    ),
    term("BSA", "body surface area: a measure of body size worked out from your height and weight"),
    # Heart and blood vessels
    term("BP", "blood pressure", only_near=r"blood|pressure|mmHg|mm Hg|hypertens|hypotens|\d{2,3}\s*/\s*\d{2,3}"),
    term(
        "HR",
        "heart rate: how many times your heart beats a minute",
        only_near=r"\bbpm|\bbeats?\b|pulse|blood pressure|\b(?-i:BP)\b|heart rate|\b(?-i:ECG)\b|\b(?-i:QT)\b|\brest|sitting|supine",
    ),
    term(
        "HF",
        "heart failure: the heart does not pump as well as it should",
        only_near=r"heart|cardi|\b(?-i:NYHA)\b|decompens|ejection|\b(?-i:LVEF)\b|class|chronic|acute",
    ),
    term("HFrEF", "heart failure with a weak pump (reduced ejection fraction)"),
    term("HFpEF", "heart failure in which the heart pumps normally but is stiff (preserved ejection fraction)"),
    term(
        "CHD",
        "coronary heart disease: narrowed arteries that supply the heart",
        only_near=r"heart|coronary|cardi|angina|infarct|stent|bypass|disease",
    ),
    # "Patients at intermediate risk for significant CAD was admitted ... with the diagnosis of chest pain" (NCT01139632,
    # trialgpt1: UNREADABLE, no note): chest pain says the heart.
    term(
        "CAD",
        "coronary artery disease: narrowed arteries that supply the heart",
        only_near=r"heart|coronary|cardi|angina|infarct|stent|bypass|disease|chest pain",
        word=True,
    ),
    term(
        "ACS",
        "acute coronary syndrome: a sudden drop in blood flow to the heart, such as a heart attack",
        only_near=_HEART,
    ),
    term(
        "PCI",
        "percutaneous coronary intervention: a procedure that opens a blocked heart artery with a balloon or stent",
        only_near=r"coronary|stent|angioplasty|heart|\b(?-i:CABG)\b|infarct|\b(?-i:MI)\b|\b(?-i:DES)\b|anticoag|disease",
    ),
    term(
        "PCI",
        "prophylactic cranial irradiation: radiation to the brain to prevent cancer spreading there",
        only_near=r"cranial|brain|\b(?-i:SCLC)\b|small cell",
    ),
    term(
        "DES",
        "drug-eluting stent: a small mesh tube that props open an artery and slowly releases a medicine",
        only_near=r"stent|\b(?-i:PCI)\b|coronary",
    ),
    term(
        "AF | AFib",
        "atrial fibrillation: a fast, uneven heartbeat that starts in the heart's upper chambers",
        only_near=r"atrial|fibrill|arrhythm|heart|rhythm|anticoag|stroke|flutter",
    ),
    term("AV block | AV-block", "a block in the electrical signal between the heart's upper and lower chambers"),
    term("AVM", "arteriovenous malformation: a tangle of abnormal blood vessels"),
    term("LBBB", "left bundle branch block: a delay in the electrical signal to the left side of the heart"),
    term("RBBB", "right bundle branch block: a delay in the electrical signal to the right side of the heart"),
    term("QT", "a part of the heartbeat seen on an ECG; a long QT can lead to dangerous heart rhythms"),
    term("TdP", "torsades de pointes: a dangerous, fast heart rhythm"),
    term("VTE", "venous thromboembolism: a blood clot in a vein, in the leg (DVT) or in the lungs (PE)"),
    term(
        "PE",
        "pulmonary embolism: a blood clot in the lungs",
        only_near=_CLOT,
        not_near=r"ejaculat|\b(?-i:IELT)\b|\b(?-i:PEDT)\b",
    ),
    term("PE", "premature ejaculation: ejaculating sooner than you or your partner would like", only_near=_SEX),
    # ("fever, flank pain, CVA tenderness" in a urinary infection, NCT01381549, hint4-1: WRONG as a stroke)
    term(
        "CVA",
        "costovertebral angle: the part of the back over a kidney; pain there when pressed can mean a kidney infection",
        only_after=r"^\s*(?:angle\s+)?(?:tenderness|pain)",
    ),
    term(
        "CVA",
        "costovertebral angle tenderness: pain when the back over a kidney is pressed, a sign of kidney infection",
        only_before=r"costovertebral\s+angle\s+(?:tenderness|pain)\s*\(\s*$",
    ),
    term("CVA", "cerebrovascular accident: a stroke"),
    term(
        "CVD",
        "cardiovascular disease: disease of the heart or blood vessels",
        only_near=r"heart|cardi|vascular|score|\brisks?\b|disease",
    ),
    term(
        "PAD",
        "peripheral artery disease: narrowed arteries, most often in the legs",
        only_near=r"arter|vascular|\blegs?\b|periph|claudicat|disease",
        word=True,
    ),
    term(
        "PVD",
        "peripheral vascular disease: narrowed blood vessels, most often in the legs",
        only_near=r"arter|vascular|\blegs?\b|periph|claudicat|disease",
    ),
    # "Known moderate PVD", "Known upper limb PVD" (NCT02273232, trialgpt1: UNREADABLE, nothing near says which): a study
    # of leg arteries says it.
    term(
        "PVD",
        "peripheral vascular disease: narrowed blood vessels, most often in the legs",
        study_about=r"peripheral (?:arter|vascular)|claudicat|limb isch",
    ),
    term(
        "EF",
        "ejection fraction: how much of the blood in the heart is pumped out with each beat",
        only_near=r"\b(?-i:LVEF)\b|ejection|\becho|\b(?-i:MUGA)\b|cardi|heart|%",
        not_near=r"\b(?-i:IIEF)\b|erecti",
    ),
    term(
        "EF domain | IIEF-EF domain",
        "the erectile function part of the IIEF questionnaire; higher scores mean better erections",
    ),
    term(
        "domain score | domain scores",
        "the score of one part of a questionnaire",
        only_near=r"\b(?-i:IIEF)\b|questionnaire|erecti|\b(?-i:FSFI)\b",
    ),
    term(
        "ECHO | Echo",
        "echocardiogram: an ultrasound scan of the heart",
        only_near=r"\b(?-i:LVEF)\b|ejection|\b(?-i:MUGA)\b|cardi|heart|%|echocardio",
        word=True,
    ),
    term("MUGA", "a heart scan that measures how well the heart pumps, using a small amount of a radioactive tracer"),
    term("ECGs | EKGs", "tests that record your heart's electrical activity", shown="ECG"),
    term(
        "ICD",
        "implantable cardioverter-defibrillator: a device put in the chest that shocks the heart back into a normal rhythm",
        only_near=r"defibrillat|pacemaker|heart|cardi|implant|device",
    ),
    term("ICD-10 | ICD-9 | ICD-11 | ICD10", "the World Health Organization's list of diseases, with a code for each"),
    term("BNP | NT-proBNP | NT-pro-BNP", "a blood test for strain on the heart, used to check for heart failure"),
    term("LVH", "left ventricular hypertrophy: thickened muscle in the heart's main pumping chamber"),
    term(
        "LV",
        "left ventricle: the heart's main pumping chamber",
        only_near=r"ventric|ejection|heart|cardi|\b(?-i:LVEF)\b|systolic|diastolic|dysfunction|EF\b",
    ),
    term(
        "HVPG",
        "hepatic venous pressure gradient: a measure of blood pressure in the liver's veins, raised in cirrhosis",
    ),
    # Blood tests
    term("CBC", "complete blood count: a blood test that counts red cells, white cells and platelets"),
    term("WBC", "white blood cells: the blood cells that fight infection"),
    term("RBC", "red blood cells: the blood cells that carry oxygen"),
    term(
        "Hb | Hgb | HGB | HB",
        "hemoglobin: the protein in red blood cells that carries oxygen",
        only_near=r"g/dl|g/l|\bmmol|hemoglobin|haemoglobin|anemi|anaemi|\d|blood|transfus|≥|≤|>|<",
        not_after=r"^\s*A1|^s|^e|^c",
    ),
    # "Patient must require allogeneic HCT" (NCT05589896, sample 20: WRONG, explained as hematocrit): a transplant.
    term(
        "HCT",
        "hematopoietic cell transplant: a transplant of blood-forming stem cells",
        only_near=r"allogeneic|autologous|transplant|donor|graft|conditioning|HCT-CI|\b(?-i:GVHD)\b|\b(?-i:HLA)\b",
    ),
    term("Hct | HCT | Htc", "hematocrit: the share of your blood made up of red blood cells"),
    term("PTCA", "balloon angioplasty: a thin tube with a balloon opens a narrowed heart artery"),
    # "MTD Expansion Cohort" (NCT03983954, sample 17): only where doses or cohorts are spoken of.
    term(
        "MTD",
        "maximum tolerated dose: the highest dose that did not cause too many side effects",
        only_near=r"\bdose|escalat|expansion|cohort",
    ),
    term("PLT | PLTs | Plt", "platelets: blood cells that help blood clot"),
    term(
        "NF1",
        "neurofibromatosis type 1: an inherited condition that causes soft growths along nerves and brown skin patches",
        only_near=r"neurofibrom|café|cafe|\bnerve|\bskin|germline|\b(?-i:cNF)\b|plexiform",
    ),
    term("cNF | cNFs", "cutaneous neurofibroma: a soft growth in the skin that forms along a nerve; not cancer"),
    # Samples 38 and 39 (UNREADABLE: abbreviations the readers found unexplained).
    term(
        "OSCC",
        "oral squamous cell carcinoma: a cancer of the mouth",
        only_near=r"oral|mouth|tongue|cheek|gingiv|\blips?\b|buccal|head and neck",
    ),
    term(
        "CBCT",
        "cone beam CT: a 3D X-ray scan of the teeth and jaw",
        only_near=r"tooth|teeth|dental|root|jaw|endodon|periodont|apical|cortical",
    ),
    term(
        "HFA",
        "an inhaler that sprays a set dose of medicine",
        only_near=r"inhal|puff|\b(?-i:MDI)\b|asthma|albuterol|salbutamol",
    ),
    term(
        "PC20",
        "the dose of a breathing-test chemical (methacholine) that makes your airflow drop by 20%; lower means more sensitive airways",
    ),
    term("ALC", "absolute lymphocyte count: the number of lymphocytes, white blood cells of the immune system"),
    term(
        "CD4 | CD4+",
        "a kind of white blood cell (T cell) that helps fight infection; HIV lowers its count",
        only_near=r"count|\b(?-i:HIV)\b|cells|/µL|/μL|/uL|/mm|\bT-cell|T cell|lymphocyte|\d{3}",
    ),
    term(
        "PT",
        "prothrombin time: a blood test of how long your blood takes to clot",
        only_near=r"\b(?-i:INR)\b|\b(?-i:PTT)\b|coagul|clott|prothrombin|seconds|\bsec\b|\b(?-i:ULN)\b|bleed|anticoag",
    ),
    term(
        "PT",
        "physical therapy: exercises and hands-on treatment to help you move and ease pain",
        only_near=r"physical|physio|chiropract|massage|exercise|rehab|\b(?-i:OMT)\b",
    ),
    term(
        "TT",
        "thrombin time: a blood test of how fast blood clots",
        only_near=r"\b(?-i:APTT)\b|aPTT|\b(?-i:PT)\b|coagul|\bFbg|fibrinogen|\b(?-i:INR)\b",
    ),
    term(
        "TT",
        "total testosterone: the amount of the male hormone testosterone in the blood",
        only_near=r"testosteron|hypogonad|\b(?-i:BT)\b|ng/ml|ng/dl|\bnmol",
    ),
    term(
        "BT",
        "bioavailable testosterone: the part of the blood's testosterone that the body can use",
        only_near=r"testosteron|\b(?-i:TT)\b",
    ),
    term(
        "Fbg | FIB",
        "fibrinogen: a protein in the blood that helps it clot",
        only_near=r"coagul|\b(?-i:PT)\b|\b(?-i:INR)\b|\b(?-i:APTT)\b|fibrinogen|g/L|\bclots?\b",
    ),
    term("BUN", "blood urea nitrogen: a blood test of how well the kidneys clear waste"),
    term("SCr | sCr", "serum creatinine: a blood test of how well the kidneys work"),
    term(
        "Scr",
        "serum creatinine: a blood test of how well the kidneys work",
        only_after=r"^\s*(?:more|less|above|below|>|<|≥|≤|at|of|\d|level|value|\()",
    ),
    term("IgG | IgA | IgM | IgE", "a kind of antibody, a protein that fights infection"),
    term("eCrCl", "estimated creatinine clearance: a calculation of how well the kidneys clean the blood"),
    term("UACR", "urine albumin-to-creatinine ratio: a urine test for protein leaking from the kidneys"),
    term("UPCR", "urine protein-to-creatinine ratio: a urine test for protein leaking from the kidneys"),
    term("MDRD", "a formula that estimates how well the kidneys filter the blood from a creatinine blood test"),
    term("CKD-EPI", "a formula that estimates how well the kidneys filter the blood from a creatinine blood test"),
    # "drugs given with the intention to inhibit CYP 17" (NCT01717898, hint8: WRONG as the liver enzymes)
    term(
        "CYP17 | CYP 17 | CYP-17 | CYP17A1",
        "an enzyme the body uses to make male hormones; some prostate cancer medicines block it",
    ),
    term(
        "CYP",
        "cytochrome P450: liver enzymes that break down many medicines",
        not_after=r"^[\s-]*17\b",
        only_near=r"inhibit|induc|\b(?-i:P450)\b|\b(?-i:P-450)\b|\b(?-i:3A)\b|\b(?-i:2D6)\b|\b(?-i:2C)\b|\b(?-i:1A2)\b|enzyme|substrate|cytochrome",
    ),
    term(
        "3A4",
        "short for CYP3A4, a liver enzyme that breaks down many medicines",
        only_near=r"\b(?-i:CYP)\b|\b(?-i:P450)\b|\b(?-i:P-450)\b|P 450|cytochrome|inhibit|induc",
    ),
    term(
        "CYP 3A4 | CYP-3A4 | CYP 3A | CYP 3A4/5",
        "a liver enzyme that breaks down many medicines; some drugs change how it works",
    ),
    term("P450 | P-450", "cytochrome P450: a family of liver enzymes that break down many medicines"),
    term("CYP2D6 | CYP2C9 | CYP2C19 | CYP1A2 | CYP2C8 | CYP2B6", "a liver enzyme that breaks down many medicines"),
    term(
        "P-gp | Pgp | P-glycoprotein",
        "a protein that pumps some medicines out of cells; some drugs change how it works",
    ),
    # "HLA-B*5701 positive and unable to use an NRTI backbone that does not contain abacavir" (NCT05896748, downloads3:
    # WRONG as the transplant match): a gene test for a drug allergy.
    term(
        "HLA-B*1502 | HLA-B*15:02 | HLA B*1502 | HLA-B 1502",
        "a gene type, common in some people of Asian descent, that makes a severe skin reaction to carbamazepine and "
        "similar seizure medicines likely",
    ),
    term(
        "HLA-B*5701 | HLA-B*57:01 | HLA-B 5701",
        "a gene type that makes a serious allergic reaction to abacavir, an HIV medicine, likely",
    ),
    term("ESRD", "end-stage renal disease: kidney failure that needs dialysis or a kidney transplant"),
    term("AKI", "acute kidney injury: a sudden drop in how well the kidneys work"),
    term("GGT | gGT | γ-GT | GGTP", "gamma-glutamyl transferase: a liver enzyme measured in a blood test"),
    term("LDH", _DISC_HERNIATION, only_near=_DISC_WORDS + r"|\b(?-i:MRI)\b|bilateral|discectomy"),
    # "Diagnosed of LDH" in a study of lumbar disc herniation (NCT05752838, downloads3: WRONG as the enzyme): the
    # study's subject says which.
    term("LDH", _DISC_HERNIATION, study_about=r"dis[ck]\s+herniat|herniated\s+(?:lumbar\s+)?dis[ck]|\bLDH\b|sciatica"),
    # A herniated disc with no spine word near (glossary audit: "single level LDH", "large LDH", "LDH surgery",
    # "diagnosed with LDH by MR", NCT05521750, NCT05927662, NCT06688773, NCT05753579): an enzyme has no level or size.
    term("LDH", _DISC_HERNIATION, only_before=_DISC_BEFORE),
    term("LDH", _DISC_HERNIATION, only_after=_DISC_AFTER),
    term(
        "LDH",
        "lactate dehydrogenase: an enzyme in the blood; high levels can mean tissue damage or a fast-growing cancer",
        not_near=_DISC_WORDS,
        not_before=_DISC_BEFORE,
        not_after=_DISC_AFTER,
    ),
    term("TBIL | TBil | T-bil | TBili", "total bilirubin: a blood test of the yellow substance cleared by the liver"),
    term(
        "GOT",
        "another name for AST, a liver enzyme measured in a blood test",
        only_near=r"\b(?-i:GPT)\b|liver|hepat|\b(?-i:ALT)\b|\b(?-i:AST)\b|transaminase|\b(?-i:ULN)\b|enzyme",
        word=True,
    ),
    term(
        "GPT",
        "another name for ALT, a liver enzyme measured in a blood test",
        only_near=r"\b(?-i:GOT)\b|liver|hepat|\b(?-i:ALT)\b|\b(?-i:AST)\b|transaminase|\b(?-i:ULN)\b|enzyme",
    ),
    term("TGO", "another name for AST, a liver enzyme measured in a blood test"),
    term("TGP", "another name for ALT, a liver enzyme measured in a blood test"),
    term("ASAT", "another name for AST, a liver enzyme measured in a blood test"),
    term("ALAT", "another name for ALT, a liver enzyme measured in a blood test"),
    term("LFTs | LFT", "liver function tests: blood tests that show how well the liver works"),
    term("CRP", "C-reactive protein: a blood test for inflammation"),
    term("ESR", "erythrocyte sedimentation rate: a blood test for inflammation"),
    term("CEA", "carcinoembryonic antigen: a protein in the blood that some cancers make more of"),
    term("AFP", "alpha-fetoprotein: a protein in the blood that some cancers make more of"),
    term("CA-125 | CA125 | CA 125", "a protein in the blood that some cancers, such as ovarian cancer, make more of"),
    term("CA19-9 | CA 19-9", "a protein in the blood that some cancers, such as pancreatic cancer, make more of"),
    term(
        "HbA1C | HgbA1c | HgbA1C | HbAlc | HbA1 | Hb A1c | HBA1C",
        "a blood test of your average blood sugar over about 3 months",
    ),
    term("FPG", "fasting plasma glucose: your blood sugar after not eating for at least 8 hours"),
    term("FBS | FBG", "fasting blood sugar: your blood sugar after not eating for at least 8 hours"),
    term("OGTT", "oral glucose tolerance test: blood sugar checks after you drink a sweet drink, to test for diabetes"),
    term("SMBG", "self-monitoring of blood glucose: checking your own blood sugar with a meter"),
    term("CGM", "continuous glucose monitor: a small sensor worn on the skin that checks your blood sugar all day"),
    term("LDL | LDL-C", "low-density lipoprotein: the 'bad' cholesterol in the blood"),
    term("HDL | HDL-C", "high-density lipoprotein: the 'good' cholesterol in the blood"),
    term("TSH", "thyroid-stimulating hormone: a blood test of how well the thyroid gland works"),
    term("FT4 | fT4 | FT3 | fT3 | TT4 | TT3", "a thyroid hormone measured in a blood test"),
    term(
        "LH",
        "luteinizing hormone: a hormone from the brain's pituitary gland that controls the sex glands",
        only_near=r"hormone|\b(?-i:FSH)\b|testosteron|mIU|\b(?-i:IU)\b|pituitar|gonad|prolactin|level",
    ),
    term(
        "PRL",
        "prolactin: a hormone from the pituitary gland; high levels can lower sex drive",
        only_near=r"prolactin|hormone|\bng|level|testosteron|pituitar",
    ),
    term("SHBG", "sex hormone-binding globulin: a protein that carries sex hormones in the blood"),
    term(
        "DHEA | DHEA-S",
        "dehydroepiandrosterone: a hormone that the body turns into sex hormones, also sold as a supplement",
    ),
    term(
        "DHT",
        "dihydrotestosterone: a strong form of testosterone",
        only_near=r"testosteron|hormone|androgen|prostat|\bhair\b|reductase",
    ),
    term("ACTH", "adrenocorticotropic hormone: a hormone from the pituitary gland that controls cortisol"),
    # "chronic PTH" in a study of headache after a head injury (NCT06669780, exports10: WRONG as the hormone)
    term(
        "PTH",
        "post-traumatic headache: a headache that starts after a head injury",
        only_near=r"headache|concussion|head injury|\b(?-i:TBI|mTBI|ICHD)\b|trauma",
    ),
    term(
        "PTH",
        "post-traumatic headache: a headache that starts after a head injury",
        study_about=r"headache|concussion|brain injur",
    ),
    term("PTH", "parathyroid hormone: a hormone that controls calcium in the blood"),
    term("IGF-1", "insulin-like growth factor 1: a hormone that reflects growth hormone levels"),
    term(
        "B12",
        "vitamin B12: a vitamin needed for healthy blood and nerves",
        only_near=r"vitamin|folate|folic|deficien|level|anemi|anaemi",
    ),
    term("UA", "urinalysis: a test of a urine sample", only_near=r"\burin|dipstick|protein|blood|\btests?\b"),
    term(
        "UTIs", "urinary tract infections: infections of the bladder or other parts of the urinary system", shown="UTI"
    ),
    # Lungs and breathing
    term("FEV1 | FEV | FEV-1 | Fev1 | FEV₁", "how much air you can blow out in 1 second, a breathing test"),
    term("pre-bronchodilator", "before you take a medicine that opens the airways"),
    term("FVC", "forced vital capacity: how much air you can blow out after a deep breath, a breathing test"),
    term("DLCO | DLco", "a breathing test of how well the lungs pass oxygen into the blood"),
    term("FeNO | FENO | FeNo", "a breath test for swelling in the airways, used in asthma"),
    term("Pre-BD | pre-BD | PreBD", "pre-bronchodilator: before you take a medicine that opens the airways"),
    # Sample 42 (UNREADABLE where these were left unexplained)
    term(
        "BOO", "bladder outlet obstruction: a blockage where urine leaves the bladder, often from an enlarged prostate"
    ),
    term(
        "COLD",
        "chronic obstructive lung disease (COPD): long-term lung disease that makes it hard to breathe",
        not_near=r"\b(?:common|cough|sore|flu|sore throat|virus)\b",
    ),
    term("LUTD | LUTDs", "lower urinary tract dysfunction: problems with the bladder or with peeing"),
    term(
        "MR",
        "magnetic resonance: an MRI scan",
        only_near=r"diagnos|scan|imaging|herniat|\bdisc|\b(?-i:LDH)\b|confirmed",
    ),
    term("PFT | PFTs", "pulmonary function tests: breathing tests that show how well the lungs work"),
    term(
        "SpO2 | SaO2", "oxygen saturation: how much oxygen your blood carries, often measured with a clip on the finger"
    ),
    term("PaO2", "the amount of oxygen in the blood from an artery"),
    term("PO2 | pO2", "the amount of oxygen in the blood"),
    term("O2 saturation", "how much oxygen your blood carries, often measured with a clip on the finger"),
    term("IPF", "idiopathic pulmonary fibrosis: scarring of the lungs with no known cause"),
    term(
        "ICS",
        "inhaled corticosteroid: an inhaler with a steroid medicine that calms swelling in the airways",
        only_near=r"asthma|inhal|\b(?-i:LABA)\b|steroid|corticoster|\b(?-i:COPD)\b|\bdoses?\b",
    ),
    term(
        "LABA | LABAs", "long-acting beta agonist: an inhaled medicine that keeps the airways open for 12 hours or more"
    ),
    term("SABA | SABAs", "short-acting beta agonist: a quick-relief inhaler, such as albuterol (salbutamol)"),
    term("LAMA | LAMAs", "long-acting muscarinic antagonist: an inhaled medicine that keeps the airways open"),
    term("LTRA | LTRAs", "leukotriene receptor antagonist: an asthma pill, such as montelukast"),
    # "multiple daily injections (MDI [ie separate rapid-acting and basal insulin injections])" (NCT06463483, exports4:
    # WRONG as an inhaler)
    term(
        "MDI",
        "multiple daily injections: insulin given as several shots a day",
        only_near=r"insulin|injection|diabet|\bpump\b|\b(?-i:CSII)\b",
    ),
    term("MDI | MDIs", "metered-dose inhaler: a puffer that gives a set dose of medicine with each puff"),
    term("GINA", "Global Initiative for Asthma: a group that writes the main guidelines for asthma care"),
    term(
        "ACQ | ACQ-5 | ACQ-6 | ACQ-7",
        "Asthma Control Questionnaire: a score of how well asthma is controlled; higher means worse",
    ),
    term("OSA", "obstructive sleep apnea: breathing stops and starts during sleep because the throat closes"),
    term("STOP-Bang | STOP-BANG", "a short questionnaire that checks the risk of sleep apnea"),
    term("CPAP", "a machine that blows air through a mask during sleep to keep the airway open"),
    term("ARDS", "acute respiratory distress syndrome: a sudden, serious lung failure"),
    term("HBOT", "hyperbaric oxygen therapy: breathing pure oxygen in a pressurized room or tube"),
    # Kidneys, bladder and prostate
    term("BPH", "benign prostatic hyperplasia: an enlarged prostate that is not cancer"),
    term("LUTS", "lower urinary tract symptoms: problems peeing, such as a weak stream or needing to go often"),
    term("OAB", "overactive bladder: a sudden, frequent need to pee"),
    term(
        "PVR",
        "post-void residual: the urine left in the bladder after you pee",
        only_near=r"\burin|bladder|\bvoid|catheter|mirabegron|retention",
    ),
    term("Qmax", "the fastest flow rate when you pee, measured in a urine flow test"),
    term(
        "CP/CPPS",
        "chronic prostatitis/chronic pelvic pain syndrome: long-lasting pain in the pelvis, often with urinary problems",
    ),
    term("CPPS", "chronic pelvic pain syndrome: long-lasting pain in the pelvis, often with urinary problems"),
    term(
        "BPS",
        "bladder pain syndrome: long-lasting bladder pain and a frequent need to pee",
        only_near=r"bladder|cystitis|\b(?-i:CPPS)\b|pelvic|\b(?-i:IC)\b",
    ),
    term(
        "IC",
        "interstitial cystitis: long-lasting bladder pain and a frequent need to pee",
        only_near=r"cystitis|bladder|\b(?-i:CPPS)\b|\b(?-i:BPS)\b|pelvic",
    ),
    term(
        "IC",
        "intracavernosal injection: a shot of medicine into the penis to cause an erection",
        only_near=r"inject|erecti|\b(?-i:ED)\b|vacuum|penile|intracavern",
    ),
    term("TURBT | TUR-BT", "surgery through the urethra to remove a tumor from the bladder"),
    term(
        "TUIP",
        "transurethral incision of the prostate: surgery through the penis that makes small cuts in the prostate",
    ),
    term("TRUS", "transrectal ultrasound: an ultrasound scan of the prostate through the back passage"),
    term(
        "PSV",
        "peak systolic velocity: the fastest blood flow in an artery, measured by Doppler ultrasound",
        only_near=r"cm/s|doppler|velocity|\b(?-i:EDV)\b|penile|arter",
    ),
    term(
        "EDV",
        "end-diastolic velocity: how fast blood flows in an artery between heartbeats, measured by Doppler ultrasound",
        only_near=r"cm/s|doppler|velocity|\b(?-i:PSV)\b|penile|arter",
    ),
    term("DRE", "digital rectal exam: a doctor feels the prostate with a gloved finger through the back passage"),
    term("HIFU", "high-intensity focused ultrasound: focused sound waves that heat and destroy tissue"),
    term(
        "RP",
        "radical prostatectomy: surgery to remove the whole prostate, to treat prostate cancer",
        only_near=r"prostat|nerve|sparing|\b(?-i:ED)\b|erecti|\b(?-i:PSA)\b|surgery|radical|\bopen\b|perineal|retropubic|after|\bpost|\b(?-i:RP)\b",
    ),
    term("RALP | RARP", "robot-assisted radical prostatectomy: surgery with a robot to remove the prostate"),
    term(
        "LRP",
        "laparoscopic radical prostatectomy: keyhole surgery to remove the prostate",
        only_near=r"prostat|surgery|\b(?-i:RALP)\b|\b(?-i:RARP)\b|nerve",
    ),
    # "inadequate response to ... adequate trial of ADT" in a depression study (NCT04770285, exports5: WRONG as hormone
    # treatment for prostate cancer).
    term("ADT", _ANTIDEPRESSANT_TREATMENT, study_about=_DEPRESSION),
    term("ADT", _ANTIDEPRESSANT_TREATMENT, only_near=_DEPRESSION),
    term(
        "ADT",
        "androgen deprivation therapy: hormone treatment that lowers testosterone, used for prostate cancer",
        not_near=_DEPRESSION,
    ),
    term("PCa", "prostate cancer"),
    term("CRPC", "castration-resistant prostate cancer: prostate cancer that grows even when testosterone is very low"),
    term(
        "mCRPC",
        "metastatic castration-resistant prostate cancer: prostate cancer that has spread and grows even when testosterone is very low",
    ),
    term(
        "nmCRPC",
        "non-metastatic castration-resistant prostate cancer: prostate cancer that has not spread but grows even when testosterone is very low",
    ),
    term(
        "HSPC | CSPC",
        "hormone-sensitive prostate cancer: prostate cancer that still responds to treatment that lowers testosterone",
    ),
    term(
        "mHSPC | mCSPC",
        "metastatic hormone-sensitive prostate cancer: prostate cancer that has spread but still responds to treatment that lowers testosterone",
    ),
    term(
        "PSMA",
        "prostate-specific membrane antigen: a protein on prostate cancer cells that scans and some treatments target",
    ),
    term(
        "AUA", "American Urological Association: a group of urology doctors; its symptom score rates urinary problems"
    ),
    term("ICIQ | ICIQ-SF | ICIQ-UI", "a questionnaire about leaking urine and how much it bothers you"),
    term("UDI-6 | IIQ-7", "questionnaires about urinary problems and how much they bother you"),
    # Sexual health
    term(
        "5PDE inhibitor | 5PDE inhibitors | PDE5i | PDE5I | PDE5-I | PDE5-i | PDE-5i | PDE-5I | PDE5Is | PDE5-Is | PDE5is | PDE5-inhibitors | iPDE5 | iPDE-5 | IPDE5 | IPDE-5 | PDEi | PDE5s | PDE-5s",
        "PDE5 inhibitors: erection medicines, such as sildenafil (Viagra) or tadalafil (Cialis)",
    ),
    term(
        "PDE",
        "phosphodiesterase: an enzyme; PDE5 inhibitors block it to help erections",
        only_near=r"inhibit|type\s*5|erecti|sildenafil|tadalafil|\b(?-i:ED)\b",
    ),
    term(
        "IIEF-ED | IIEF-15 | IIEF-6 | IIEF5 | IIEF EF | IIEF-OS | IIEF-SD | IIEF-OF | IIEF-IS",
        "a questionnaire score of erection and sexual function; higher scores mean better function",
    ),
    term(
        "SHIM | SHIM-5 | SHI-M | SHIM5",
        "Sexual Health Inventory for Men: a 5-question score of erection problems; 21 or less suggests erectile dysfunction",
    ),
    term("EHS", "Erection Hardness Score: a 0 to 4 score of how hard an erection is; 4 means fully hard"),
    term(
        "SEP",
        "Sexual Encounter Profile: a diary with yes-or-no questions about each time you try to have sex",
        only_near=r"sexual|erecti|\b(?-i:ED)\b|Q\d|diary|insert|penetrat|intercourse|question|SEP\d",
    ),
    term(
        "SEP2 | SEP3 | SEP Q2 | SEP Q3",
        "a question of the Sexual Encounter Profile, a diary about each time you try to have sex",
    ),
    term("GAQ", "Global Assessment Question: asks whether a treatment has improved your erections"),
    term(
        "MSHQ | MSHQ-EjD",
        "Male Sexual Health Questionnaire: questions about erections, ejaculation and sexual satisfaction",
    ),
    term("FSFI", "Female Sexual Function Index: a questionnaire about a woman's sexual function"),
    term("IELT", "intravaginal ejaculatory latency time: how long it takes to ejaculate after entering the vagina"),
    term("ISSM", "International Society for Sexual Medicine: a group of experts in sexual health"),
    term("PGE1 | PGE-1", "prostaglandin E1 (alprostadil): a medicine injected into the penis to cause an erection"),
    term(
        "PGE",
        "prostaglandin E: alprostadil is one, a medicine injected into the penis to cause an erection",
        only_near=r"penis|penile|alprostadil|inject|erect|prostaglandin",
    ),
    term("PEDT", "Premature Ejaculation Diagnostic Tool: a short questionnaire about premature ejaculation"),
    term("HSDD", "hypoactive sexual desire disorder: a long-lasting lack of interest in sex that causes distress"),
    term(
        "ICI",
        "intracavernosal injection: a shot of medicine into the penis to cause an erection",
        only_near=r"inject|erecti|\b(?-i:ED)\b|\b(?-i:PDE5)\b|vacuum|penile|\b(?-i:VED)\b|\b(?-i:MUSE)\b|intracavern|intracorpor",
    ),
    term(
        "ICI | ICIs",
        "immune checkpoint inhibitor: an immunotherapy medicine that helps the immune system attack cancer",
        only_near=r"immun|checkpoint|\b(?-i:PD-1)\b|\b(?-i:PD-L1)\b|\b(?-i:CTLA)\b|cancer|tumou?r|\b(?-i:NSCLC)\b|prior",
    ),
    term(
        "CPI | CPIs",
        "checkpoint inhibitor: an immunotherapy medicine that helps the immune system attack cancer",
        only_near=r"immun|checkpoint|\b(?-i:PD-1)\b|\b(?-i:PD-L1)\b|\b(?-i:CTLA)\b|prior|cancer|tumou?r|\b(?-i:ESCC)\b",
    ),
    term(
        "VED | VEDs",
        "vacuum erection device: a tube and pump put over the penis to draw blood in and cause an erection",
    ),
    term(
        "IPP",
        "inflatable penile prosthesis: a device placed in the penis by surgery that you pump up to get an erection",
    ),
    term(
        "AMS",
        "American Medical Systems, a maker of penile implants",
        only_near=r"prosthes|\b(?-i:IPP)\b|implant|inflatable|700|\b(?-i:CX)\b|\b(?-i:LGX)\b",
    ),
    term(
        "AMS",
        "Aging Males' Symptoms scale: a questionnaire about symptoms of low testosterone",
        only_near=r"score|hypogonad|andropause|symptom|questionnaire|point",
    ),
    term(
        "ADAM",
        "Androgen Deficiency in the Aging Male: a short questionnaire about symptoms of low testosterone",
        only_near=r"questionnaire|hypogonad|andropause|positive|score|\b(?-i:MSHQ)\b|\b(?-i:SHIM)\b",
    ),
    term(
        "MUSE",
        "a small pellet of alprostadil, an erection medicine, put into the opening of the penis",
        only_near=r"erecti|urethral|alprostadil|\b(?-i:ED)\b|inject|\b(?-i:PDE5)\b|\b(?-i:SKAT)\b|intracavern",
        word=True,
    ),
    term("SKAT", "self-injection of medicine into the penis to cause an erection"),
    term(
        "ESWT | Li-ESWT | LI-ESWT | LiESWT | Li-SWT | LI-SWT | Li-ESWT's",
        "shockwave therapy: pulses of sound waves sent into the body from outside, here to help healing or blood flow",
    ),
    term("PRP", "platelet-rich plasma: part of your own blood, concentrated and injected to help healing"),
    term("TRT", "testosterone replacement therapy: medicine that brings low testosterone up to normal"),
    term(
        "CCH",
        "chronic cluster headache: attacks for a year or more with no break or only short ones (under 3 months, or 1 "
        "month by older rules)",
        only_near=_HEADACHE + r"|\b(?-i:CH)\b|\b(?-i:ECH)\b|\b(?-i:ICHD)\b|" + _CLUSTER_TREATMENTS,
        not_near=_OWN_BREAKS,
    ),
    term(
        "CCH",
        "collagenase clostridium histolyticum (Xiaflex): an injected enzyme that breaks down the scar tissue of Peyronie's disease",
        only_near=r"\bPeyronie|collagenase|plaque|\bXiaflex|curvature|penile",
    ),
    # Headache, nerves and spine
    term(
        "CH",
        "cluster headache: very painful headaches on one side of the head, around the eye, that come in groups",
        # "an active implant for neurostimulation used in the treatment of CH" (NCT02945046, sample 22)
        only_near=_HEADACHE + r"|\b(?-i:ECH)\b|\b(?-i:CCH)\b|neurostimulat|" + _CLUSTER_TREATMENTS,
        not_after=r"^-\d",
    ),
    # Sample 22 (UNREADABLE): abbreviations left unexplained.
    term(
        "FSH",
        "a hormone that tells the testicles to make sperm; a high level can mean they are not working well",
        only_near=r"sperm|semen|testic|testis|testes|testosterone|azoosperm|oligosperm|infertil|\bmen\b|\bmales?\b|\b(?-i:LH)\b",
        not_near=r"menopaus|\bwom[ae]n\b|\bfemales?\b|amenorr",
    ),
    term(
        "ACDF",
        "anterior cervical discectomy and fusion: neck surgery from the front that takes out a disc and joins the "
        "bones around it",
    ),
    term("DBM", "demineralized bone matrix: a bone graft material made from donated bone", only_near=r"graft|bone"),
    term("rhBMP | rhBMP-2", "a lab-made protein that helps new bone grow, used in some spine surgery"),
    term(
        "ATO",
        "arsenic trioxide: a medicine for a leukemia called APL",
        only_near=r"\b(?-i:APL)\b|leuk|arsenic|promyelocytic|\b(?-i:ATRA)\b",
    ),
    term(
        "TAU",
        "treatment as usual: the care the clinic normally gives",
        only_near=r"session|therapy|treatment|allocated|clinic",
    ),
    term(
        "ADAs | ADA",
        "anti-drug antibodies: antibodies the body makes against a medicine",
        only_near=r"antibod|immunogen|safety|evaluat|dose|\b(?-i:IMP)\b",
        not_near=r"diabet|American Diabetes|\bdeaminase",
    ),
    term(
        "ECH",
        "episodic cluster headache: cluster headache that comes in periods of attacks with pain-free breaks",
        only_near=r"headache|cluster|attack|\b(?-i:ICHD)\b|\b(?-i:CCH)\b|study|diagnosis|criteria|history",
    ),
    term(
        "ICHD | ICHD-2 | ICHD-3 | ICHD-II | ICHD-III | ICHD-3 beta | ICHD-3beta | ICHD-IIR",
        "International Classification of Headache Disorders: the rules doctors use to diagnose each kind of headache",
    ),
    term("IHS", "International Headache Society: the group that writes the rules for diagnosing headaches"),
    term(
        "TAC | TACs",
        "trigeminal autonomic cephalalgia: headaches with pain around one eye and a watery eye or runny nose on that side",
        only_near=r"headache|cluster|cephalalg|trigeminal|hemicrania|\b(?-i:SUNCT)\b",
    ),
    term("SUNCT", "a rare headache with very short, stabbing attacks around one eye, with a red, watery eye"),
    term("SUNA", "a rare headache with very short, stabbing attacks around one eye"),
    term("MOH", "medication overuse headache: headache caused by taking headache medicines too often"),
    term("CGRP", "calcitonin gene-related peptide: a protein involved in migraine; some migraine medicines block it"),
    term(
        "GON",
        "greater occipital nerve: a nerve at the back of the head; numbing it with an injection can ease headache",
    ),
    term(
        "ONS",
        "occipital nerve stimulation: a device that sends mild electric pulses to nerves at the back of the head",
        only_near=r"occipital|stimulat|implant|headache|refractory|\b(?-i:NICE)\b",
    ),
    term(
        "SPG",
        "sphenopalatine ganglion: a bundle of nerves behind the nose that is linked to some headaches",
        only_near=r"ganglion|stimulat|headache|block|nerve|sphenopalatine|cluster|\b(?-i:CH)\b",
    ),
    term("nVNS | VNS", "vagus nerve stimulation: mild electric pulses sent to the vagus nerve, a nerve in the neck"),
    term(
        "ATI",
        "Autonomic Technologies, Inc., the maker of an implanted nerve stimulator for headache",
        only_near=r"neurostimulator|stimulator|\bPathway|implant",
    ),
    term(
        "TENS",
        "transcutaneous electrical nerve stimulation: mild electric pulses through pads on the skin to ease pain",
        word=True,
        only_near=r"stimulat|\bpain\b|device|therapy|electr",
    ),
    term(
        "DBS",
        "deep brain stimulation: wires placed in the brain that send electric pulses",
        only_near=r"brain|stimulat|\bParkinson|implant|device",
    ),
    term("LBP", "low back pain"),
    # NCT02637648: in a sleep study "ODI" counts drops in blood oxygen, not back-pain disability.
    term(
        "ODI",
        "oxygen desaturation index: how many times an hour the blood's oxygen level drops during sleep",
        only_near=r"desaturation|oxygen|sleep|apn(?:o)?ea|hypopn",
    ),
    term(
        "ODI",
        "Oswestry Disability Index: a questionnaire score of how much back pain limits daily life; higher means worse",
        only_near=r"\bback\b|lumbar|spin|\bdiscs?\b|disab|Oswestry|\bpain\b|\b(?-i:LBP)\b",
    ),
    term(
        "NDI",
        "Neck Disability Index: a questionnaire score of how much neck pain limits daily life",
        only_near=r"\bneck\b|disability|score|\bpain\b",
    ),
    term("VAS", "visual analogue scale: a line on which you mark how strong a feeling, such as pain, is"),
    term("NRS | NPRS | NRS-11", "numeric rating scale: you rate your pain from 0 (none) to 10 (the worst)"),
    term("NSAIDS", "pain medicines such as ibuprofen or naproxen"),
    term("HNP", "herniated nucleus pulposus: a slipped disc, whose soft center bulges out and can press on a nerve"),
    term("EMG", "electromyography: a test of the electrical activity of muscles and the nerves that control them"),
    term(
        "NCS",
        "nerve conduction study: a test of how fast signals travel along your nerves",
        only_near=r"nerve|conduction|\b(?-i:EMG)\b|neuropath",
    ),
    term(
        "L1 | L2 | L3 | L4 | L5",
        "one of the five bones (vertebrae) of the lower back, or the spinal nerve named after it",
        # "PD-L2", "PD-L1": the immune checkpoint proteins, not the bones.
        not_before=r"[A-Za-z]-?$",
        only_near=r"vertebr|\bspin|lumbar|\bdiscs?\b|level|\broots?\b|\b(?-i:S1)\b|(?<![A-Za-z]-)\bL\d|\bback\b|radicul|herniat",
    ),
    term(
        "S1",
        "the top bone of the sacrum, at the base of the spine, or the spinal nerve named after it",
        only_near=r"vertebr|\bspin|lumbar|\bdiscs?\b|level|\broots?\b|L\d|\bback\b|radicul|herniat",
    ),
    term(
        "L4-L5 | L5-S1 | L4/5 | L4/L5 | L5/S1 | L4-5 | L3-L4 | L3/4 | L3-4",
        "a level between two bones of the lower back, where a disc sits",
    ),
    term(
        "C1 | C2 | C3",
        "one of the top bones (vertebrae) of the neck, or the spinal nerve named after it",
        only_near=r"vertebr|\bspin|cervical|occipital|nerve|\broots?\b|\bneck\b|C\d/C\d|trigeminal|dermatome",
    ),
    term(
        "MS",
        "multiple sclerosis: a disease in which the immune system damages the nerves of the brain and spinal cord",
        only_near=r"sclerosis|neurolog|\bParkinson|stroke|dementia|\b(?-i:McDonald)\b|relapsing|\b(?-i:RRMS)\b|\bnerv|brain|disease",
        not_before=r"[-/]$",
        not_after=r"^/",
    ),
    term("RRMS", "relapsing-remitting multiple sclerosis: MS with flare-ups followed by times of recovery"),
    # The kinds of MS a study names together (NCT06372145, sample 35: "Participants with RMS, PPMS, or NRSPMS").
    term(
        "RMS",
        "relapsing multiple sclerosis: MS with flare-ups (relapses)",
        only_near=r"\b(?-i:PPMS|SPMS|NRSPMS|RRMS|MS)\b|multiple sclerosis",
    ),
    term(
        "PPMS", "primary progressive multiple sclerosis: MS that gets steadily worse from the start, without flare-ups"
    ),
    term(
        "NRSPMS",
        "non-relapsing secondary progressive multiple sclerosis: MS that, after a time with flare-ups, now gets steadily "
        "worse without them",
    ),
    term(
        "ALS",
        "amyotrophic lateral sclerosis: a disease in which the nerves that control muscles slowly die",
        only_near=r"sclerosis|neurolog|motor|neuron|disease|\bParkinson|dementia",
    ),
    term(
        "PD",
        "Parkinson's disease: a brain disease that causes shaking, stiffness and slow movement",
        only_near=r"\bParkinson|neurolog|dementia|tremor|\bAlzheimer|multiple sclerosis",
    ),
    term(
        "PD",
        "progressive disease: the cancer has grown or spread",
        only_near=_RESPONSE + r"|\b(?-i:CR)\b|\b(?-i:PR)\b|\b(?-i:SD)\b",
        not_after=r"^-",
    ),
    term(
        "TBI",
        "traumatic brain injury: damage to the brain from a blow to the head",
        only_near=r"brain|injur|\bhead\b|trauma|concussion",
    ),
    term(
        "TBI",
        "total body irradiation: radiation to the whole body before a stem cell transplant",
        only_near=r"irradiat|transplant|condition|\b(?-i:HSCT)\b|radiation",
    ),
    term(
        "ASIA-A | ASIA A | AIS A | AIS-A",
        "a complete spinal cord injury: no movement or feeling below the injury",
        only_near=r"spinal|\bcord\b|injur|paraleg|tetrapleg",
    ),
    term("SCI", "spinal cord injury", only_near=r"spinal|\bcord\b|injur|paraleg|tetrapleg|dysreflexia"),
    term("CNS-directed", "aimed at the brain and spinal cord"),
    term(
        "MMSE", "Mini-Mental State Examination: a 0 to 30 test of memory and thinking; lower scores mean more problems"
    ),
    term(
        "MoCA", "Montreal Cognitive Assessment: a 0 to 30 test of memory and thinking; lower scores mean more problems"
    ),
    term(
        "EDSS",
        "Expanded Disability Status Scale: a 0 to 10 score of disability in multiple sclerosis; higher means more disability",
    ),
    # Eyes
    term(
        "NAION | NOIANA",  # NOIANA: the French abbreviation (NCT04114240, sample 35)
        "non-arteritic anterior ischemic optic neuropathy: sudden loss of sight in one eye from poor blood flow to the optic nerve",
    ),
    term("AMD", "age-related macular degeneration: damage to the center of the retina that blurs central sight"),
    term("IOP", "intraocular pressure: the pressure inside the eye"),
    term(
        "RP",
        "retinitis pigmentosa: an inherited eye disease that slowly damages the retina and sight",
        only_near=r"retin|vision|\beyes?\b|sight",
    ),
    # Mental health and substances
    term(
        "DSM | DSM-V | DSM-III | DSM-III-R | DSM-5-TR | DSM-IV-R | DSM IV | DSM 5 | DSM-V-TR",
        "the manual doctors use to diagnose mental health conditions",
        shown="DSM",
    ),
    term("MDD", "major depressive disorder: depression that lasts and affects daily life"),
    term("OUD", "opioid use disorder: being addicted to opioids such as heroin or strong painkillers"),
    term("UDS", "urine drug screen: a urine test for drugs", only_near=r"drug|opioid|urine|positive|negative|screen"),
    term("unremitting", "that does not go away"),
    term("delirium tremens", "a dangerous state of confusion, shaking and fever when a heavy drinker stops drinking"),
    term(
        "MINI | M.I.N.I.",
        "Mini International Neuropsychiatric Interview: a short interview a clinician uses to find mental health conditions",
        only_near=r"psychiatr|interview|disorder|diagnos|\b(?-i:DSM)|mental|depress|anxiety|bipolar|schizo|confirm",
    ),
    term("DDI", "drug-drug interaction: when one medicine changes how another one works"),
    term("IOL", "intraocular lens: an artificial lens put in the eye in cataract surgery"),
    term(
        "GAD",
        "generalized anxiety disorder: long-lasting worry that is hard to control",
        only_near=r"anxiety|disorder|depress|psychiatr|panic|\b(?-i:GAD-7)\b",
    ),
    term("PTSD", "post-traumatic stress disorder: lasting distress after a frightening or harmful event"),
    term("OCD", "obsessive-compulsive disorder: unwanted thoughts and urges to repeat actions"),
    term(
        "ADHD",
        "attention deficit hyperactivity disorder: trouble paying attention, sitting still or controlling impulses",
    ),
    term("BDI | BDI-II", "Beck Depression Inventory: a questionnaire score of depression; higher means more depressed"),
    term(
        "HAM-D | HAMD | HDRS | HRSD | HAM-D17",
        "Hamilton Depression Rating Scale: a score of depression given by a clinician; higher means more depressed",
    ),
    term("MADRS", "a score of depression given by a clinician; higher means more depressed"),
    term("PHQ-9 | PHQ9", "a 9-question score of depression; higher means more depressed"),
    term("GAD-7", "a 7-question score of anxiety; higher means more anxious"),
    term("HADS", "Hospital Anxiety and Depression Scale: a questionnaire score of anxiety and depression"),
    term("C-SSRS", "Columbia Suicide Severity Rating Scale: questions about thoughts of suicide and suicidal acts"),
    term(
        "SNRI | SNRIs",
        "a kind of antidepressant medicine (serotonin and norepinephrine reuptake inhibitor), such as venlafaxine",
        # "selective noradrenaline reuptake inhibitors (SNRIs)" (NCT01063855, sample 25: WRONG, two meanings): the
        # study's words say the class; the note would contradict them.
        not_before=r"noradrenaline reuptake inhibitors?\s*\(\s*$",
    ),
    term(
        "TCA | TCAs",
        "tricyclic antidepressant: an older kind of antidepressant medicine",
        only_near=r"antidepress|depress|tricyclic|\b(?-i:SSRI)\b|medic",
    ),
    term(
        "LSD",
        "a strong drug that causes hallucinations",
        only_near=r"\bdrugs?\b|psilocybin|hallucin|\b(?-i:MDMA)\b|\buse\b|psychedel|substance",
    ),
    term("MDMA", "a drug also called ecstasy, which changes mood and perception"),
    term("THC", "the part of cannabis (marijuana) that makes you feel high"),
    term(
        "CBD",
        "cannabidiol: a part of cannabis that does not make you high",
        only_near=r"cannab|marijuana|\boil\b|\b(?-i:THC)\b|\bhemp",
    ),
    term("NRT", "nicotine replacement therapy: nicotine patches, gum or similar products to help stop smoking"),
    term(
        "AUDIT",
        "a questionnaire score of alcohol use; higher means more harmful drinking",
        only_near=r"alcohol|score|drink",
    ),
    # Infections
    term("HIV1", "the virus that causes AIDS", shown="HIV"),
    term("HBcAb | anti-HBc | Anti-HBc | anti-HBcAb", "a blood test that shows a past or present hepatitis B infection"),
    term(
        "HBsAb | anti-HBs | Anti-HBs",
        "a blood test for protection against hepatitis B, from a vaccine or a past infection",
    ),
    term("HBeAg", "a blood test that shows hepatitis B is multiplying"),
    term("HBV-DNA | HBV DNA", "a blood test that measures how much hepatitis B virus is in the blood"),
    term("HCV-RNA | HCV RNA", "a blood test that measures how much hepatitis C virus is in the blood"),
    term(
        "GTN",
        "glyceryl trinitrate (nitroglycerin): a medicine that widens blood vessels",
        only_near=r"nitrat|glyceryl|nitroglycerin|ointment|\bpatch|spray|fissure|angina|vasodilat",
    ),
    term("OCSCC", "oral cavity squamous cell carcinoma: a cancer of the lining of the mouth"),
    # "intolerant or non-responder to prior anti-HCV interferon (IFN)-based treatment" (NCT02203149, hint5: WRONG as the
    # blood test): a treatment against hepatitis C.
    term(
        "anti-HCV | HCV-Ab | HCV Ab | HCVAb | Anti-HCV",
        "a blood test for antibodies to hepatitis C, showing a past or present infection",
        not_after=r"^[\s-]*(?:(?:interferon|\(?IFN\)?|direct[- ]acting|antiviral)\b|[\w-]*\s*(?:treatment|therap|agents?\b|drugs?\b|medic|regimen))",
    ),
    term("HbsAg | HBSAg | HBs Ag | HBsAG", "a blood test that shows a current hepatitis B infection", shown="HBsAg"),
    term("HTLV | HTLV-1 | HTLV-I | HTLV-1/2", "a virus that can cause a blood cancer and nerve disease"),
    term("CMV", "cytomegalovirus: a common virus that can cause serious illness in people with a weak immune system"),
    term("EBV", "Epstein-Barr virus: the common virus that causes glandular fever (mono)"),
    term("HSV", "herpes simplex virus: the virus that causes cold sores and genital herpes"),
    term("VZV", "varicella-zoster virus: the virus that causes chickenpox and shingles"),
    term("SARS-CoV-2 | SARS-CoV2 | SARS-COV-2", "the virus that causes COVID-19"),
    term("LTBI", "latent tuberculosis infection: TB germs in the body that are not causing illness and cannot spread"),
    term("IGRA", "a blood test for tuberculosis infection"),
    # Not postpartum depression (exports1 and hint1 reviews, below).
    term(
        "PPD",
        "a skin test for tuberculosis",
        only_near=r"\b(?-i:TB)\b|tubercul|\bskin\b|\btests?\b|\bMantoux",
        not_near=r"postpartum|post-partum|postnatal|perinatal|peripartum|depress",
    ),
    term("STD | STDs | STI | STIs", "an infection passed on during sex"),
    term("RPR | VDRL", "a blood test for syphilis"),
    term("MRSA", "a kind of staph bacteria that common antibiotics cannot kill"),
    term("BCG", "a vaccine against tuberculosis; it is also put into the bladder to treat bladder cancer"),
    term(
        "PML",
        "progressive multifocal leukoencephalopathy: a rare, serious brain infection in people with a weak immune system",
        only_near=r"leukoenceph|infection|brain|\b(?-i:JC)\b|multifocal|natalizumab|rituximab",
    ),
    # Diabetes and metabolism
    term(
        "T2DM | T2D | DM2 | DMT2",
        "type 2 diabetes: the common kind of diabetes, in which the body does not use insulin well",
    ),
    term("T1DM | T1D | DM1", "type 1 diabetes: diabetes in which the body makes little or no insulin"),
    term(
        "DM",
        "diabetes mellitus: the disease of high blood sugar",
        only_near=r"diabet|insulin|\b(?-i:HbA1c)\b|glucose|mellitus|metformin|blood sugar",
    ),
    term("DKA", "diabetic ketoacidosis: a dangerous build-up of acids in the blood from a lack of insulin"),
    term(
        "GLP-1 | GLP1 | GLP-1 RA | GLP-1RA | GLP-1 RAs",
        "a kind of diabetes and weight-loss medicine, such as semaglutide",
    ),
    term(
        "SGLT2 | SGLT-2 | SGLT2i | SGLT2 inhibitor | SGLT-2 inhibitor",
        "a kind of diabetes medicine that makes you pass extra sugar in your urine",
    ),
    term(
        "DPP-4 | DPP4 | DPP-IV",
        "a kind of diabetes medicine taken as a pill, such as sitagliptin",
        only_near=r"inhibit|diabet|gliptin",
    ),
    term(
        "MetS",
        "metabolic syndrome: a group of problems, such as a large waist, high blood pressure and high blood sugar",
    ),
    term("NAFLD | MASLD", "fatty liver disease that is not caused by alcohol"),
    term("NASH | MASH", "fatty liver disease with swelling and damage of the liver, not caused by alcohol"),
    # Reproduction and birth control
    term(
        "IUS | LNG-IUS",
        "intrauterine system: a small device placed in the womb that releases a hormone to prevent pregnancy",
    ),
    term("IUDs", "intrauterine devices: small birth control devices placed in the womb", shown="IUD"),
    # NCT01190904: in men, "HRT" is testosterone treatment, not menopause hormones.
    term(
        "HRT",
        "hormone replacement therapy: hormones the body makes too little of, here testosterone",
        only_near=r"testosterone|\bmen\b|\bmales?\b|hypogonad",
    ),
    term("HRT", "hormone replacement therapy: hormones taken to ease symptoms of menopause"),
    term(
        "OCP | OCPs | OC",
        "oral contraceptive pill: the birth control pill",
        only_near=r"contracep|\bpills?\b|birth control|hormonal|\boral\b|pregnan",
    ),
    term("DMPA", "the birth control injection (Depo-Provera)"),
    term(
        "LMP",
        "last menstrual period: the first day of your last period",
        only_near=r"period|menstru|pregnan|\bdays\b|weeks",
    ),
    term(
        "B-hCG | B-HCG | bhCG | BhCG | b-hCG | beta hCG | beta-HCG | βhCG | serum hCG",
        "a hormone measured in a pregnancy test",
        shown="hCG",
    ),
    term("IVF", "in vitro fertilization: eggs and sperm are joined in a lab to help someone get pregnant"),
    # Cancer: kinds of cancer
    term("mNSCLC", "metastatic non-small cell lung cancer: lung cancer that has spread to other parts of the body"),
    term("aNSCLC", "advanced non-small cell lung cancer: lung cancer that has grown or spread"),
    term("SCCHN | HNSCC", "squamous cell carcinoma of the head and neck: a cancer of the mouth, throat or voice box"),
    term("ESCC", "esophageal squamous cell carcinoma: a cancer of the food pipe"),
    term("HCC", "hepatocellular carcinoma: the most common kind of liver cancer"),
    term("RCC", "renal cell carcinoma: the most common kind of kidney cancer"),
    term("CRC", "colorectal cancer: cancer of the large bowel or rectum"),
    term("mCRC", "metastatic colorectal cancer: bowel cancer that has spread to other parts of the body"),
    term("TNBC", "triple-negative breast cancer: breast cancer without the estrogen, progesterone or HER2 receptors"),
    # NCT03895671: "MBC-CML" is chronic myeloid leukemia's myeloid blast crisis.
    term(
        "MBC",
        "metastatic breast cancer: breast cancer that has spread to other parts of the body",
        not_near=r"\b(?-i:CML)\b|blast crisis|myeloid",
    ),
    term(
        "MBC",
        "myeloid blast crisis: the most advanced phase of chronic myeloid leukemia, with many immature blood cells",
        only_near=r"\b(?-i:CML)\b|blast crisis|myeloid",
    ),
    term(
        "ABC",
        "advanced breast cancer: breast cancer that has spread or cannot be removed by surgery",
        only_near=_BREAST,
    ),
    term(
        "ABC",
        "activated B-cell type: one kind of diffuse large B-cell lymphoma",
        only_near=r"\bB-cell|\b(?-i:GCB)\b|lymphoma|\b(?-i:DLBCL)\b",
    ),
    term("GCB", "germinal center B-cell type: one kind of diffuse large B-cell lymphoma"),
    term("BC", "breast cancer", only_near=_BREAST, not_before=r"-$"),
    term(
        "BC",
        "blast crisis: the most advanced phase of chronic myeloid leukemia",
        only_near=r"\b(?-i:CML)\b|myeloid|chronic phase|accelerated",
    ),
    term(
        "AP",
        "accelerated phase: the middle, worsening phase of chronic myeloid leukemia",
        only_near=r"\b(?-i:CML)\b|myeloid|blast",
    ),
    term(
        "CP",
        "chronic phase: the early, more stable phase of chronic myeloid leukemia",
        only_near=r"\b(?-i:CML)\b|myeloid",
    ),
    term("DCIS", "ductal carcinoma in situ: early breast cancer that has stayed inside the milk ducts"),
    term(
        "LCIS",
        "lobular carcinoma in situ: abnormal cells inside the milk glands of the breast; it raises the risk of breast cancer",
    ),
    term("GEJ | EGJ", "gastroesophageal junction: where the food pipe joins the stomach"),
    term("GBM", "glioblastoma: a fast-growing brain cancer"),
    term("SCC", "squamous cell carcinoma: a cancer that starts in flat cells of the skin or the lining of organs"),
    term("BCC", "basal cell carcinoma: a common skin cancer that rarely spreads"),
    term(
        "NMSC",
        "non-melanoma skin cancer: common skin cancers, such as basal cell or squamous cell cancer, that rarely spread",
    ),
    term("GIST", "gastrointestinal stromal tumor: a rare tumor of the stomach or bowel wall"),
    term(
        "NET | NETs",
        "neuroendocrine tumor: a tumor of cells that make hormones",
        only_near=r"neuroendocrine|tumou?r|carcinoid|pancrea",
        word=True,
    ),
    term(
        "HL | cHL",
        "Hodgkin lymphoma: a cancer of the lymph system, part of the immune system",
        only_near=r"lymphoma|\bHodgkin|marrow|classical|histolog|liver|involvement",
    ),
    term("NHL | NHLs", "non-Hodgkin lymphoma: a group of cancers of the lymph system, other than Hodgkin lymphoma"),
    term("DLBCL", "diffuse large B-cell lymphoma: the most common fast-growing lymphoma"),
    term(
        "FL",
        "follicular lymphoma: a lymphoma that usually grows slowly",
        only_near=r"lymphoma|grade|indolent|\b(?-i:DLBCL)\b|\b(?-i:MZL)\b|transform",
    ),
    term(
        "MCL",
        "mantle cell lymphoma: a kind of non-Hodgkin lymphoma",
        only_near=r"lymphoma|mantle|\b(?-i:CLL)\b|\b(?-i:DLBCL)\b|FL\b|\b(?-i:MZL)\b|\bB-cell",
    ),
    term("MZL", "marginal zone lymphoma: a slow-growing kind of non-Hodgkin lymphoma"),
    term("SLL", "small lymphocytic lymphoma: the same disease as CLL, found mainly in the lymph nodes"),
    term("PTCL", "peripheral T-cell lymphoma: a group of lymphomas of T cells"),
    term("T-LBL", "T-lymphoblastic lymphoma: a fast-growing lymphoma of immature T cells"),
    term(
        "T-ALL",
        "T-cell acute lymphoblastic leukemia: a fast-growing blood cancer of young T cells, a kind of white blood cell",
    ),
    term(
        "B-ALL | BCP-ALL",
        "B-cell acute lymphoblastic leukemia: a fast-growing blood cancer of young B cells, a kind of white blood cell",
    ),
    term(
        "Ph+ALL | Ph+ ALL",
        "Philadelphia chromosome-positive acute lymphoblastic leukemia: ALL with the BCR-ABL gene change",
    ),
    term(
        "ALL",
        "acute lymphoblastic leukemia: a fast-growing blood cancer of immature white blood cells",
        only_near=_LEUKEMIA,
        word=True,
        not_after=r"^\s*(?:of|the|other|patients|subjects|participants|criteria|must|are|three|four|these|those)\b",
    ),
    term("APL", "acute promyelocytic leukemia: a kind of acute myeloid leukemia"),
    term("CMML", "chronic myelomonocytic leukemia: a blood cancer with too many monocytes, a kind of white blood cell"),
    term("JMML", "juvenile myelomonocytic leukemia: a rare blood cancer of young children"),
    term(
        "MPN | MPNs", "myeloproliferative neoplasm: a blood cancer in which the bone marrow makes too many blood cells"
    ),
    term("MPAL", "mixed phenotype acute leukemia: an acute leukemia with features of both myeloid and lymphoid cells"),
    term("ALAL", "acute leukemia of ambiguous lineage: an acute leukemia whose cell type is unclear"),
    term(
        "AL",
        "acute leukemia: a fast-growing cancer of the blood and bone marrow",
        only_near=r"\bleuk|\b(?-i:AML)\b|\b(?-i:ALL)\b|phenotype|acute",
    ),
    term("BPDCN", "blastic plasmacytoid dendritic cell neoplasm: a rare, fast-growing blood cancer"),
    term(
        "HR-MDS | HR MDS | hrMDS",
        "higher-risk myelodysplastic syndrome: MDS that is more likely to turn into acute leukemia",
    ),
    term(
        "MM",
        "multiple myeloma: a cancer of plasma cells in the bone marrow",
        only_near=r"myeloma|plasma|\b(?-i:IMWG)\b|\bM-protein|measurable|light chain",
        not_before=r"\d\s*$",
    ),
    term(
        "MF",
        "myelofibrosis: a bone marrow cancer in which scar tissue replaces the marrow",
        only_near=r"myelofibrosis|polycythemia|thrombocyth|\b(?-i:JAK)\b|\b(?-i:MPN)\b|ruxolitinib|primary|post-|directed",
    ),
    term("MF", "mycosis fungoides: a lymphoma of the skin", only_near=r"mycosis|fungoides|cutaneous|\bSezary|Sézary"),
    term(
        "PV",
        "polycythemia vera: a blood cancer in which the bone marrow makes too many red blood cells",
        only_near=r"polycythemia|myelofibrosis|\b(?-i:MF)\b|\b(?-i:ET)\b|\b(?-i:JAK)\b|\b(?-i:MPN)\b",
    ),
    term(
        "ET",
        "essential thrombocythemia: a blood cancer in which the bone marrow makes too many platelets",
        only_near=r"thrombocyth|myelofibrosis|\b(?-i:MF)\b|\b(?-i:PV)\b|\b(?-i:JAK)\b|\b(?-i:MPN)\b",
        word=True,
    ),
    term(
        "ET",
        "endocrine therapy: hormone treatment for cancer, such as tamoxifen",
        only_near=_BREAST + r"|adjuvant|\b(?-i:AI)\b|\b(?-i:SERD)\b",
        word=True,
    ),
    term(
        "WM",
        "Waldenström macroglobulinemia: a slow-growing lymphoma that makes too much of an antibody called IgM",
        only_near=r"lymphoma|macroglobulin|\b(?-i:IgM)\b|\bWaldenstr",
    ),
    term(
        "CUP",
        "cancer of unknown primary: cancer that has spread, where the place it started cannot be found",
        only_near=r"cancer|primary|unknown|tumou?r|carcinoma",
    ),
    term("HD-ASCT", "high-dose chemotherapy followed by a transplant of your own stem cells"),
    term("R/R | r/r", "relapsed or refractory: came back after treatment, or did not respond to it"),
    # Cancer: stages, rules and responses
    term("TNM | cTNM | pTNM", "tumor, node, metastasis: the system that describes a cancer's size and spread"),
    term(
        "IA | IB | IIA | IIB | IIC | IIIA | IIIB | IIIC | IVA | IVB | IVC",
        "a cancer stage such as IIIB: the number (I to IV) says how far the cancer has spread, the letter narrows it down",
        shown="stage group",
        only_near=r"stage|\b(?-i:TNM)\b|\b(?-i:AJCC)\b|\b(?-i:UICC)\b|\b(?-i:IASLC)\b|\b(?-i:FIGO)\b",
    ),
    term("AJCC", "American Joint Committee on Cancer: the group that sets the rules for cancer stages"),
    term("UICC", "Union for International Cancer Control: a group that sets the rules for cancer stages"),
    term(
        "IASLC",
        "International Association for the Study of Lung Cancer: a group that sets rules for lung cancer stages",
    ),
    term("FIGO", "a system of stages for cancers of the womb, cervix and ovaries"),
    term(
        "IMWG",
        "International Myeloma Working Group: the group that sets the rules for diagnosing and measuring myeloma",
    ),
    term(
        "iwCLL | IWCLL", "International Workshop on CLL: the group that sets the rules for diagnosing and treating CLL"
    ),
    term("ELN", "European LeukemiaNet: a group that writes guidelines for leukemia care"),
    term(
        "NCCN", "National Comprehensive Cancer Network: a US group of cancer centers that writes treatment guidelines"
    ),
    term("ESMO", "European Society for Medical Oncology: a group that writes cancer treatment guidelines"),
    term(
        "WHO",
        "the World Health Organization",
        word=True,
        only_near=r"classification|criteria|grade|performance|scale|\b(?-i:PS)\b|definition|guideline|score|edition",
    ),
    term("RANO", "the rules for measuring brain tumors on scans"),
    term("iRECIST | mRECIST | RECIST1.1 | RECIST1", "rules for measuring tumors on scans", shown="RECIST"),
    term(
        "CR",
        "complete response: all signs of the cancer have gone",
        only_near=_RESPONSE
        + r"|\b(?-i:PR)\b|\b(?-i:SD)\b|\b(?-i:PD)\b|achiev|\bleuk|\b(?-i:AML)\b|\b(?-i:ALL)\b|\b(?-i:MRD)\b|lymphoma|\b(?-i:DLBCL)\b",
    ),
    term("CRi", "complete remission, but blood counts have not fully recovered"),
    # NCT03295981 (sample 15): "Primary benign GCT of bone".
    term(
        "GCT | GCTB",
        "giant cell tumour of bone: a bone tumour that is usually not cancer but can grow back",
        only_near=r"\bbones?\b|denosumab|curettage",
    ),
    term("CR2", "second complete remission: the disease has gone away again after coming back once"),
    term("CR1", "first complete remission: the disease has gone away for the first time"),
    # ("Newly diagnosed intermediate-2 (INT-2) or high-risk MDS", NCT03113071, hint5-1: WRONG, the note named both
    # middle groups as if INT-1 would do): each its own.
    term(
        "INT-1",
        "intermediate-1: the lower of the two middle risk groups of the IPSS score for MDS",
        only_near=r"\b(?-i:IPSS)\b|\b(?-i:MDS)\b|myelodysplas",
    ),
    term(
        "INT-2",
        "intermediate-2: the higher of the two middle risk groups of the IPSS score for MDS",
        only_near=r"\b(?-i:IPSS)\b|\b(?-i:MDS)\b|myelodysplas",
    ),
    term("CRh", "complete remission with partial recovery of blood counts"),
    term("CRc", "composite complete remission: complete remission with or without full recovery of blood counts"),
    # NCT04547049 (sample 14): in MDS, the International Prognostic Scoring System ("IPSS score of INT-2 or greater").
    # "IPSS-R score greater than 3.5, by IPSS - R criterion" (NCT05607199, sample 26: WRONG as the prostate score)
    term(
        "IPSS-R | IPSS - R | IPSS-R score | R-IPSS",
        "Revised International Prognostic Scoring System: a score of how serious myelodysplastic syndrome (MDS) is",
        shown="IPSS-R",
    ),
    term(
        "IPSS",
        "International Prognostic Scoring System: a score of how serious myelodysplastic syndrome (MDS) is",
        only_after=r"^[^.]{0,30}\b(?:INT-?[12]|intermediate|low|high|risk)\b",
    ),
    term(
        "MLFS",
        "morphologic leukemia-free state: no leukemia cells are seen in the bone marrow, though blood counts are still low",
    ),
    term(
        "PR",
        "progesterone receptor: a protein on some breast cancer cells; cancers with it can grow with the hormone progesterone",
        only_near=_BREAST_WORDS + r"|\b(?-i:ER)\b|\b(?-i:HR)\b",
        not_after=r"^\s*interval",
    ),
    term(
        "PR",
        "partial response: the cancer has shrunk by a set amount",
        only_near=_RESPONSE + r"|\b(?-i:CR)\b|\b(?-i:SD)\b|\b(?-i:PD)\b",
        not_after=r"^\s*interval|^\s*[+-]|^\s*\(?\s*(?:positive|negative)",
    ),
    term(
        "PR interval",
        "a part of the heartbeat on an ECG: the time the signal takes to pass from the upper to the lower chambers",
    ),
    term(
        "ER",
        "estrogen receptor: a protein on some breast cancer cells; cancers with it can grow with the hormone estrogen",
        only_near=_BREAST_WORDS + r"|\b(?-i:PR)\b|\b(?-i:HR)\b|receptor|positive|negative|\+",
    ),
    term(
        "HR",
        "hormone receptor: a protein on some breast cancer cells that lets hormones make the cancer grow",
        only_near=_BREAST_WORDS + r"|\b(?-i:ER)\b|\b(?-i:PR)\b|positive|negative|\+|-ve|status",
    ),
    term(
        "SD",
        "stable disease: the cancer has not grown or shrunk much",
        only_near=_RESPONSE + r"|\b(?-i:CR)\b|\b(?-i:PR)\b|\b(?-i:PD)\b",
        not_near=r"deviation|\bT-score|\bmean\b",
    ),
    # "diameter at least 2,5 SD from the mean" (NCT02390596, trialgpt1: UNREADABLE, no note), "T-score ... 2.5 SD below
    # the mean" (NCT02814825): a spread around the average.
    term(
        "SD",
        "standard deviation: a measure of how far a value is from the average",
        only_near=r"\bmean\b|deviation|\bT-score|\bZ[- ]score|\baverage\b",
    ),
    term(
        "MR",
        "minimal response: the cancer has shrunk a little",
        only_near=r"respon|\b(?-i:VGPR)\b|myeloma|\b(?-i:PR)\b|\b(?-i:CR)\b",
    ),
    term(
        "MR",
        "magnetic resonance: MRI, a body scan that uses magnets",
        only_after=r"^\s*(?:imaging|exam|scan|angiograph|spectro|-?guided)",
    ),
    term("VGPR", "very good partial response: the myeloma has shrunk a lot"),
    term("ORR", "overall response rate: the share of people whose cancer shrinks with a treatment"),
    term("PFS", "progression-free survival: how long people live without their cancer growing"),
    term(
        "OS",
        "overall survival: how long people live after a treatment starts",
        only_near=r"surviv|\b(?-i:PFS)\b|\brate\b|death|median",
    ),
    # Diagnosed, so not a response's length (glossary audit: NCT05743218, a study of women with few eggs left).
    term(
        "DOR",
        "diminished ovarian reserve: the ovaries have fewer eggs left than usual for the woman's age",
        only_near=_OVARIAN_RESERVE,
    ),
    term("DOR | DoR", "duration of response: how long a treatment keeps working", not_near=_OVARIAN_RESERVE),
    term("MRD", "minimal residual disease: a very small number of cancer cells left after treatment"),
    term(
        "TL",
        "target lesion: a tumor picked to be measured on scans, to see how it responds",
        only_near=r"\b(?-i:RECIST)\b|lesion|measur",
    ),
    term("NTL", "non-target lesion: a tumor seen on scans but not one of those picked to be measured"),
    term(
        "PS",
        "performance status: a score of how well you manage daily tasks",
        only_near=r"\b(?-i:ECOG)\b|\b(?-i:WHO)\b|performance|\bKarnofsky|\bZubrod",
        not_before=r"ASA\s*$",
    ),
    term(
        "ASA PS | ASA physical status",
        "a 1 to 6 class of how healthy you are before anesthesia; 1 means healthy, higher means more serious illness",
    ),
    # "a fixed-dose oral 5-ASA formulation (mesalazine or salazosulfapyridine)" (NCT05831670, downloads2: WRONG as the
    # anesthesia class): a colitis medicine.
    term(
        "5-ASA | 5-aminosalicylic acid | 5-aminosalicylates",
        "medicines for ulcerative colitis and other bowel swelling, such as mesalazine (mesalamine)",
    ),
    term(
        "ASA",
        "acetylsalicylic acid: aspirin",
        only_near=r"aspirin|acetylsalicyl|antiplatelet|\bmg\b|clopidogrel|\b(?-i:NSAID)\b|anticoag|daily",
    ),
    term(
        "ASA",
        "American Society of Anesthesiologists class: a 1 to 6 class of how healthy you are before anesthesia; higher means more serious illness",
        only_near=r"class|score|physical|status|grade|\bAmerican|anesth|anaesth|\b(?:I|II|III|IV|V)\b|\d|at least|above",
    ),
    term(
        "IPI",
        "International Prognostic Index: a score that helps predict how a lymphoma will do",
        only_near=r"lymphoma|score|\brisks?\b|\b(?-i:DLBCL)\b|index",
    ),
    term(
        "ISS | R-ISS",
        "International Staging System: stages of multiple myeloma, from I (best) to III",
        only_near=r"myeloma|stage|\b(?-i:R-ISS)\b|\b(?-i:ISS)\b",
    ),
    # Cancer: genes, markers and tests
    term("ROS1 | ROS-1", "a gene; some lung cancers have changes in it that certain drugs target"),
    term(
        "ROS",
        "the ROS1 gene; some lung cancers have changes in it that certain drugs target",
        only_near=r"\b(?-i:ALK)\b|fusion|rearrang|\bgenes?\b|mutation|\b(?-i:EGFR)\b|positive",
    ),
    term("RET", "a gene; some cancers have changes in it that certain drugs target", only_near=_LUNG_CANCER),
    term(
        "MET",
        "a gene; some lung cancers have changes in it that certain drugs target",
        only_near=_LUNG_CANCER,
        word=True,
    ),
    term("BRAF", "a gene; some cancers have changes in it that certain drugs target"),
    term("KRAS", "a gene; some cancers have changes in it, and some drugs target certain changes"),
    term("NRAS", "a gene; some cancers have changes in it"),
    term(
        "RAS",
        "a family of genes (KRAS, NRAS, HRAS); some cancers have changes in them",
        only_near=r"\bgenes?\b|mutation|\bwild|\b(?-i:KRAS)\b|\b(?-i:NRAS)\b|\b(?-i:BRAF)\b|status",
    ),
    term("NTRK | NTRK1 | NTRK2 | NTRK3", "a gene; some cancers have fusions of it that certain drugs target"),
    term("PIK3CA", "a gene; some breast cancers have changes in it that certain drugs target"),
    term("PI3K", "an enzyme that helps cells grow; some cancers have changes that make it overactive"),
    term(
        "AKT | AKT1",
        "an enzyme that helps cells grow; some cancer drugs block it",
        only_near=r"inhibit|\b(?-i:PI3K)\b|mTOR|\b(?-i:PIK3CA)\b|\b(?-i:PTEN)\b|\bgenes?\b|pathway|mutation",
    ),
    term("mTOR", "an enzyme that helps cells grow; some cancer drugs block it"),
    term("PTEN", "a gene that normally stops cells from growing too fast"),
    term("ESR1", "the gene for the estrogen receptor; changes in it can make hormone treatment stop working"),
    term(
        "FLT3 | FLT3-ITD | FLT3-TKD",
        "a gene; some acute myeloid leukemias have changes in it that certain drugs target",
    ),
    term("IDH1 | IDH2 | IDH", "genes; some cancers have changes in them that certain drugs target"),
    term("NPM1", "a gene; changes in it are common in acute myeloid leukemia"),
    term(
        "KMT2A | MLL",
        "a gene; some leukemias have changes (rearrangements) in it",
        only_near=r"\bleuk|rearrang|\bgenes?\b|\b(?-i:KMT2A)\b|\b(?-i:AML)\b|\b(?-i:ALL)\b|fusion|translocation|\b(?-i:MLL)\b",
    ),
    term(
        "TP53",
        "a gene that normally protects cells from becoming cancer; changes in it can make cancer harder to treat",
    ),
    term(
        "JAK2 | JAK2V617F | JAK2 V617F",
        "a gene; changes in it cause most cases of polycythemia vera and many other bone marrow cancers",
    ),
    term(
        "JAK | JAKs",
        "Janus kinase: an enzyme in cells; JAK inhibitors block it to calm the immune system or treat some blood cancers",
        only_near=r"inhibit|\b(?-i:JAK2)\b|ruxolitinib|tofacitinib|baricitinib|upadacitinib|kinase",
    ),
    term("CALR", "a gene; changes in it can cause bone marrow cancers that make too many platelets"),
    term(
        "BCR-ABL | BCR-ABL1 | BCR::ABL1 | BCR/ABL",
        "an abnormal gene that drives chronic myeloid leukemia and some acute leukemias",
    ),
    term(
        "ABL1 | ABL",
        "a gene; when joined to the BCR gene (BCR-ABL), it drives some leukemias",
        only_near=r"\b(?-i:BCR)\b|\bleuk|\b(?-i:CML)\b|kinase|mutation|\bgenes?\b",
        # "acute biophenotypic leukemia (ABL)" (NCT05589896, sample 20: WRONG): the leukemia's own abbreviation.
        not_before=r"leuka?emia\s*\(\s*$",
    ),
    term("T315I", "a change in the BCR-ABL gene that makes many leukemia drugs stop working"),
    term("BCL2 | BCL-2 | Bcl-2", "a protein that helps cancer cells survive; venetoclax blocks it"),
    term("BTK", "Bruton's tyrosine kinase: an enzyme in B cells; BTK inhibitors such as ibrutinib block it"),
    term("BTKi | BTKis", "BTK inhibitor: a kind of pill for some blood cancers, such as ibrutinib"),
    term("CDK4/6 | CDK4 | CDK6", "enzymes that help cells divide; CDK4/6 inhibitors, such as palbociclib, block them"),
    term("CDK", "cyclin-dependent kinase: enzymes that help cells divide; some breast cancer pills block them"),
    term("FGFR | FGFR2 | FGFR3", "a gene; some cancers have changes in it that certain drugs target"),
    term("VEGF", "a protein that helps new blood vessels grow; some cancer drugs block it"),
    term(
        "VEGFR | VEGFRs",
        "the receptor for VEGF, a protein that helps new blood vessels grow; some cancer drugs block it",
    ),
    term("TROP2 | TROP-2", "a protein on many cancer cells that some drugs target"),
    term("HER3", "a protein related to HER2, found on some cancer cells"),
    term("CLDN18.2 | CLDN18", "claudin 18.2: a protein on some stomach cancer cells that some drugs target"),
    term("dMMR | MMR-deficient", "mismatch repair deficient: the tumor's cells cannot fix some mistakes in their DNA"),
    # ("MSI-low or microsatellite stable (MSS)", NCT02994953, hint8: WRONG, the note of MSI-high on the tumors let in)
    term(
        "MSI-low | MSI-L | microsatellite stable | MSS",
        "microsatellite stable or low: the tumor's DNA has few of the errors that make some tumors respond to immunotherapy",
        shown="MSS",
    ),
    term(
        "MSI-H | MSI",
        "microsatellite instability: the tumor's DNA has many errors; such tumors often respond to immunotherapy",
        not_after=r"^[\s-]*(?:low|L)\b",
    ),
    term("TMB", "tumor mutational burden: how many gene changes a tumor has"),
    term("HRD", "homologous recombination deficiency: the tumor's cells cannot repair some DNA damage"),
    term("T790M", "a change in the EGFR gene that makes some lung cancer drugs stop working"),
    term(
        "L858R | Ex19del | exon19del | Del19 | 19del | ex19del",
        "a common change in the EGFR gene; lung cancers with it often respond to EGFR-blocking pills",
    ),
    term("L861Q | S768I | G719X | G719A | G719S | G719C | G719", "an uncommon change in the EGFR gene"),
    term("G12C", "a change in the KRAS gene that some drugs target"),
    term("V600E | V600", "a change in the BRAF gene that some drugs target"),
    # No drug named: studies that take people after one EGFR pill often leave out those who had another (osimertinib,
    # NCT04204473, NCT03058094, samples 28 and 31: WRONG with "such as osimertinib").
    term(
        "EGFR-TKI | EGFR-TKIs | EGFR TKI | EGFR TKIs",
        "a targeted cancer pill that blocks EGFR, a protein that helps some lung cancers grow",
    ),
    # sample 28 (NCT03058094, WRONG): the study leaves out people who took osimertinib, a later kind
    term(
        "first generation EGFR TKIs | first-generation EGFR TKIs | first generation EGFR-TKIs | "
        "first-generation EGFR-TKIs | first generation EGFR TKI | first-generation EGFR TKI | "
        "first generation EGFR-TKI | first-generation EGFR-TKI",
        "the first targeted cancer pills that block EGFR, such as gefitinib or erlotinib",
    ),
    term("ALK-TKI | ALK TKI | ALK-TKIs | ALK inhibitor", "a targeted cancer pill that blocks ALK, such as alectinib"),
    term(
        "HLA | HLA-A | HLA-B | HLA-DRB1",
        "markers on your cells used to match a donor and a patient for a transplant",
        # ("human leukocyte antigen (HLA)-B*5701 positive ... abacavir", NCT05896748, downloads3: WRONG): the allergy gene
        # ("Presence of HLA B*1502 in subjects of Asian descent", NCT02912364, hint5-1: WRONG): any gene type so named
        not_after=r"^\)?[-\s]?(?:[ABC]|DRB1|DQB1)?\s?\*?\s?\d",
    ),
    term("CD19", "a protein on B cells, a kind of white blood cell; some treatments target it"),
    term("CD20", "a protein on B cells, a kind of white blood cell; drugs such as rituximab target it"),
    term(
        "CD22 | CD33 | CD123 | CD38 | CD7 | CD30 | CD3",
        "a protein on the surface of some blood cells; some treatments target it",
    ),
    term("CD34", "a protein on blood-forming stem cells, used to count them"),
    term("BCMA", "B-cell maturation antigen: a protein on myeloma cells that some treatments target"),
    term("Ki-67 | Ki67", "a protein that shows how fast cancer cells are dividing"),
    term(
        "TPS",
        "tumor proportion score: the share of tumor cells that have PD-L1",
        only_near=r"\b(?-i:PD-L1)\b|%|score|expression",
    ),
    term(
        "CPS",
        "combined positive score: a measure of how much PD-L1 a tumor has",
        only_near=r"\b(?-i:PD-L1)\b|%|score|expression",
    ),
    term(
        "TC",
        "tumor cells: here, the share of tumor cells that have PD-L1",
        only_near=r"\b(?-i:PD-L1)\b|%|expression|tumou?r cell",
    ),
    term("IHC", "immunohistochemistry: a lab test that uses stains to find proteins in a tissue sample"),
    term(
        "FISH",
        "fluorescence in situ hybridization: a lab test that finds gene changes in cells",
        word=True,
        only_near=r"\bgenes?\b|amplif|\b(?-i:HER2)\b|\b(?-i:ALK)\b|rearrang|\b(?-i:IHC)\b|positive|\b(?-i:ISH)\b|ratio|\btests?\b|deletion|translocation|cytogenet|\b(?-i:PCR)\b",
    ),
    term("ISH", "in situ hybridization: a lab test that finds genes or gene changes in a tissue sample"),
    term("NGS", "next-generation sequencing: a lab test that reads many genes at once to find changes"),
    term(
        "PCR",
        "polymerase chain reaction: a lab test that finds tiny amounts of genetic material, such as a virus or a gene change",
    ),
    term(
        "RT-PCR | qPCR | RT-qPCR",
        "a lab test that finds and measures tiny amounts of genetic material, such as a virus or a gene change",
    ),
    term("ctDNA", "circulating tumor DNA: bits of a tumor's genetic material found in the blood"),
    term("FFPE", "tissue kept in formalin and wax, the usual way biopsy samples are stored"),
    term("DNA", "the genetic material in every cell"),
    # "HCV plasma RNA levels of more than 100,000 IU/mL" (NCT01391117, hint7: WRONG with the note of the body's RNA)
    term(
        "RNA",
        "here, the virus's genetic material; how much of it is in the blood shows how much virus there is",
        only_near=r"\b(?-i:HCV|HIV|HBV|HDV|SARS)\b|hepatitis|virus|viral|\b(?-i:IU)\b|copies|undetectable|detectable",
    ),
    term("RNA", "a molecule that copies genetic information from DNA so cells can use it"),
    term(
        "CSF",
        "cerebrospinal fluid: the fluid around the brain and spinal cord",
        only_near=r"fluid|spinal|\b(?-i:CNS)\b|lumbar|puncture|blast|cytolog|brain|LP\b",
    ),
    term(
        "LP",
        "lumbar puncture: a needle put into the lower back to take a sample of the fluid around the spinal cord",
        only_near=r"\b(?-i:CSF)\b|spinal|puncture|\b(?-i:GA)\b|intrathecal|lumbar|fluid",
    ),
    term(
        "BM",
        "bone marrow: the soft tissue inside bones where blood cells are made",
        only_near=r"marrow|blast|aspirat|biops|\bleuk|\b(?-i:AML)\b|\b(?-i:MDS)\b|\b(?-i:PB)\b|relapse|involvement|\bflow",
    ),
    term(
        "BM | BMs",
        "brain metastases: cancer that has spread to the brain",
        only_near=r"brain|\b(?-i:CNS)\b|metasta|radiat|lesion|\b(?-i:WBRT)\b|\b(?-i:SRS)\b",
        not_near=r"marrow|blast",
    ),
    term(
        "PB",
        "peripheral blood: the blood flowing in your body, as opposed to the bone marrow",
        only_near=r"\b(?-i:BM)\b|marrow|blast|blood|basophil|\bflow|specimen",
    ),
    term(
        "WT",
        "wild-type: without the gene change",
        only_near=r"\bwild|\b(?-i:KRAS)\b|\b(?-i:NRAS)\b|\b(?-i:BRAF)\b|\b(?-i:EGFR)\b|\bgenes?\b|mutation|tumou?r",
    ),
    # Cancer and blood treatments
    term(
        "RT",
        "Richter's transformation: when CLL turns into a fast-growing lymphoma",
        only_near=r"\b(?-i:CLL)\b|\b(?-i:SLL)\b|\bRichter",
    ),
    term(
        "RT",
        "radiotherapy: treatment with strong beams of radiation, such as X-rays",
        only_near=r"\bradi|therapy|treat|prior|planned|\bdoses?\b|\bGy|\bsites?\b|breast|brain|chemo|surgery|\b(?-i:GA)\b|hypofraction",
        not_near=r"\b(?-i:CLL)\b|\b(?-i:SLL)\b|\bRichter",
        not_after=r"^-",
    ),
    term(
        "SBRT | SABR | SRT",
        "stereotactic radiotherapy: high-dose radiation aimed very precisely, given in a few sessions",
    ),
    term(
        "SRS",
        "stereotactic radiosurgery: a precisely aimed, high dose of radiation, often to the brain, without cutting",
        only_near=r"\bradi|brain|stereotactic|metasta|lesion|\b(?-i:WBRT)\b|\bGamma",
    ),
    term("WBRT", "whole-brain radiotherapy: radiation to the whole brain"),
    term("EBRT", "external beam radiotherapy: radiation aimed at the body from a machine outside it"),
    term("IMRT", "intensity-modulated radiotherapy: radiation shaped closely to the tumor"),
    term("Gy", "gray: the unit for a dose of radiation", only_before=r"\d\s*$"),
    term(
        "CRT",
        "chemoradiotherapy: chemotherapy and radiotherapy given in the same period",
        only_near=r"chemo|\bradi|concurrent|sequential|\b(?-i:NSCLC)\b|cancer|definitive",
    ),
    term(
        "CRT",
        "cardiac resynchronization therapy: a pacemaker that helps both sides of the heart beat together",
        only_near=r"pacemaker|heart|cardi|defibrillat|device|resynchron",
    ),
    term("CCRT | cCRT", "concurrent chemoradiotherapy: chemotherapy and radiotherapy given at the same time"),
    term("HIPEC | HIPC", "heated chemotherapy washed through the belly during surgery"),
    term(
        "CRS",
        "cytoreductive surgery: surgery to remove as much of the cancer as possible",
        only_near=r"\b(?-i:HIPEC)\b|\b(?-i:HIPC)\b|cytoreduct|surgery|peritone|gynecolog|posted",
    ),
    term(
        "CRS",
        "cytokine release syndrome: a strong immune reaction that can cause fever and low blood pressure, mostly after CAR-T or some antibody drugs",
        only_near=r"\b(?-i:CAR)\b|cytokine|\b(?-i:ICANS)\b|grade|\bT-cell|bispecific|release",
        not_near=r"\b(?-i:HIPEC)\b|cytoreduct",
    ),
    term(
        "ICANS",
        "immune effector cell-associated neurotoxicity syndrome: confusion or other brain problems after CAR-T or similar treatments",
    ),
    term("HLH", "hemophagocytic lymphohistiocytosis: a rare, dangerous overreaction of the immune system"),
    term(
        "TLS",
        "tumor lysis syndrome: harmful salts released into the blood when many cancer cells die quickly",
        only_near=r"tumou?r|lysis|venetoclax|\brisks?\b|\buric\b|potassium",
    ),
    term(
        "AI | AIs",
        "aromatase inhibitor: a hormone medicine for breast cancer that lowers estrogen, such as letrozole",
        only_near=_BREAST + r"|letrozole|anastrozole|exemestane|\b(?-i:ET)\b|\b(?-i:SERD)\b|endocrine",
    ),
    term(
        "SERD | SERDs",
        "selective estrogen receptor degrader: a hormone medicine for breast cancer that breaks down the estrogen receptor, such as fulvestrant",
    ),
    term(
        "SERM | SERMs",
        "selective estrogen receptor modulator: a hormone medicine, such as tamoxifen, that blocks estrogen in some tissues",
    ),
    term(
        "LHRH | GnRH | LHRH-a | GnRHa | GnRH-a | LHRHa",
        "a brain hormone that controls the sex glands; medicines that act on it lower sex hormones, as in prostate or breast cancer treatment",
    ),
    term(
        "ADC | ADCs",
        "antibody-drug conjugate: an antibody joined to a cancer drug, which carries the drug to cancer cells",
        only_near=r"antibod|conjugat|\bdrugs?\b|\b(?-i:HER2)\b|\b(?-i:TROP)\b|payload|\b(?-i:MMAE)\b|prior|deruxtecan|vedotin",
    ),
    term(
        "mAb | mAbs | MAb | MAbs",
        "monoclonal antibody: a lab-made protein that sticks to one target, used as a medicine",
    ),
    term(
        "HMA | HMAs",
        "hypomethylating agent: a kind of medicine for some blood cancers, such as azacitidine or decitabine",
        not_near=r"\b(?-i:CTFG)\b|contracept|Heads of Medicines",  # the CTFG/HMA birth-control guidance
    ),
    term(
        "PARP | PARPi | PARP inhibitor | PARP inhibitors",
        "PARP inhibitors: pills that stop cancer cells from repairing their DNA, such as olaparib",
    ),
    term("HDAC", "histone deacetylase: an enzyme; HDAC inhibitors are medicines for some cancers"),
    term("IMiD | IMiDs", "immunomodulatory drug: a kind of medicine for myeloma, such as lenalidomide"),
    term(
        "PI",
        "proteasome inhibitor: a kind of medicine for myeloma, such as bortezomib",
        only_near=r"proteasome|myeloma|bortezomib|carfilzomib|\b(?-i:IMiD)\b|lenalidomide",
    ),
    term(
        "PI",
        "protease inhibitor: a kind of HIV medicine, such as ritonavir",
        only_near=r"\b(?-i:HIV)\b|protease|antiretroviral|ritonavir|viral",
        not_near=r"proteasome|myeloma",
    ),
    term(
        "PI",
        "principal investigator: the doctor in charge of the study",
        only_near=r"investigator|study|opinion|approval|discretion|discuss|designee|\bjudg|review|local|\bsites?\b|\bthe PI\b",
        not_near=r"\b(?-i:HIV)\b|protease|proteasome|myeloma|prescrib",
    ),
    term(
        "CART",
        "a treatment that changes a person's own immune cells to attack cancer",
        shown="CAR-T",
        only_near=r"\b(?-i:CD19)\b|\b(?-i:CD22)\b|\b(?-i:BCMA)\b|\bcells?\b|lymphoma|\bleuk|myeloma|tisagen|axicabtagene",
        not_before=r"-$",
        # "Cell-free and Concentrated Ascites Reinfusion Therapy (CART" (NCT04482309): the belly fluid treatment.
        not_near=r"ascites|reinfusion",
    ),
    term(
        "CART",
        "concentrated ascites reinfusion therapy: fluid drained from the belly is filtered and given back into a vein",
        only_near=r"ascites",
    ),
    term(
        "allo-SCT | allo-HSCT | alloSCT | alloHSCT | allo-HCT | allo HSCT | allo-BMT",
        "a stem cell transplant from a donor, which replaces your blood-forming cells",
    ),
    term(
        "ASCT | auto-SCT | auto-HSCT | autoSCT | auto-HCT",
        "a stem cell transplant using your own stem cells, collected before high-dose treatment",
    ),
    term("BMT", "bone marrow transplant: a transplant of blood-forming cells"),
    term("DLI", "donor lymphocyte infusion: white blood cells from a transplant donor given to fight the cancer"),
    term("GvHD | GVH", "graft-versus-host disease: donor cells attacking the body after a transplant", shown="GVHD"),
    term("aGVHD | aGvHD", "acute graft-versus-host disease: donor cells attacking the body soon after a transplant"),
    term(
        "cGVHD | cGvHD",
        "chronic graft-versus-host disease: donor cells attacking the body over a long time after a transplant",
    ),
    # "Patients with bilateral deep system VOD" in an erectile dysfunction study (NCT06121687, sample 45): the penis' veins.
    term(
        "VOD",
        "veno-occlusive dysfunction: blood leaking out of the penis through its veins during an erection",
        study_about=_SEX,
    ),
    term(
        "VOD",
        "veno-occlusive disease: blocked small veins in the liver, a complication of stem cell transplant",
        only_near=r"\bveno|liver|hepat|transplant|sinusoid|\b(?-i:VOD)\b|\b(?-i:SOS)\b",
    ),
    term(
        "SOS",
        "sinusoidal obstruction syndrome: blocked small veins in the liver (also called veno-occlusive disease), a "
        "complication of stem cell transplant",
        only_near=r"\bveno|liver|hepat|transplant|sinusoid|\b(?-i:VOD)\b|\b(?-i:SOS)\b",
    ),
    term(
        "MUD",
        "matched unrelated donor: a transplant donor who is not a relative but has a matching tissue type",
        only_near=r"donor|transplant|\b(?-i:HLA)\b|match",
        word=True,
    ),
    term("G-CSF | GCSF | G CSF", "a medicine that helps the body make more white blood cells"),
    term("GM-CSF", "a medicine that helps the body make more white blood cells"),
    term(
        "ESA | ESAs",
        "erythropoiesis-stimulating agent: a medicine that helps the body make red blood cells",
        only_near=r"erythropo|anemi|anaemi|red blood|transfus|epoetin|darbepoetin|stimulating",
    ),
    term(
        "EPO",
        "erythropoietin: a hormone, also given as a medicine, that helps the body make red blood cells",
        only_near=r"erythropo|anemi|anaemi|red blood|transfus|stimulat",
    ),
    term("IVIG | IVIg", "immunoglobulin: antibodies from donated blood, given through a vein"),
    term(
        "ATG",
        "anti-thymocyte globulin: a medicine that weakens the immune system, used in transplants",
        # "Infusion of ATG or alemtuzumab within 2 weeks of VST infusion" (NCT02532452, trialgpt1: UNREADABLE)
        only_near=r"transplant|condition|globulin|\b(?-i:GVHD)\b|immunosupp|thymocyte|alemtuzumab",
    ),
    term(
        "CNI | CNIs",
        "calcineurin inhibitor: a medicine that weakens the immune system, such as tacrolimus or cyclosporine",
    ),
    term("TPN", "total parenteral nutrition: all your nutrition given through a vein"),
    term(
        "R-CHOP",
        "a common combination of medicines for lymphoma: rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone",
    ),
    term(
        "FOLFIRI | FOLFOX | FOLFIRINOX | CAPOX | XELOX | mFOLFOX6 | FOLFOXIRI",
        "a combination of chemotherapy medicines used mostly for cancers of the bowel, pancreas and other digestive organs",
    ),
    term("5-FU | 5FU | 5-fluorouracil", "fluorouracil, a chemotherapy medicine"),
    # HEC beside childbearing words is birth control (NCT03944876, sample 34: "WOCBP that do not adhere to the requirements
    # for HEC" had the chemotherapy note).
    term(
        "HEC",
        "highly effective contraception: a kind of birth control that very rarely fails",
        only_near=_BIRTH_CONTROL_WORDS,
    ),
    term(
        "HEC",
        "highly emetogenic chemotherapy: chemotherapy that is very likely to cause vomiting",
        not_near=_BIRTH_CONTROL_WORDS,
    ),
    term(
        "MEC",
        "moderately emetogenic chemotherapy: chemotherapy that often causes vomiting",
        only_near=r"chemo|emetogenic|vomit|nausea|\b(?-i:HEC)\b",
        # In leukemia, MEC is a regimen (NCT04714372: "induction chemotherapy such as 7+3, 5+2, MEC, FLAG").
        not_near=_LEUKEMIA_REGIMEN_WORDS,
    ),
    term(
        "MEC",
        "a combination of chemotherapy medicines for leukemia: mitoxantrone, etoposide and cytarabine",
        only_near=_LEUKEMIA_REGIMEN_WORDS,
    ),
    term(
        "PEG",
        "percutaneous endoscopic gastrostomy: a feeding tube put through the belly into the stomach",
        only_near=r"\btubes?\b|feeding|gastrostomy|nutrition",
    ),
    term("PEG tube", "a feeding tube put through the belly into the stomach"),
    term("CVC | PICC | PICCline", "a thin tube put into a large vein, for medicines and blood tests over a long time"),
    # Surgery, scans and procedures
    term("MRIs", "body scans that use magnets", shown="MRI"),
    term("CTs", "body scans that use X-rays", shown="CT scan"),
    term(
        "PET-CT | PET/CT | PET CT | FDG-PET | PET-CT scan | 18F-FDG PET/CT",
        "a body scan that combines a PET scan and a CT scan",
    ),
    term(
        "FDG",
        "a sugar with a small amount of a radioactive tracer, used in PET scans; cancers often take up a lot of it",
    ),
    term("CECT", "contrast-enhanced CT: a CT scan taken after a dye is injected, to show the body more clearly"),
    term("MRA", "magnetic resonance angiography: an MRI scan of the blood vessels"),
    term("DEXA | DXA", "a low-dose X-ray scan that measures bone strength"),
    term(
        "US",
        "ultrasound: a scan that uses sound waves to make pictures",
        only_near=r"ultrasound|ultrasonograph|\bscans?\b|guided|doppler|imaging|sonograph",
        word=True,
    ),
    term("OMT", "osteopathic manipulative treatment: hands-on moving and stretching of muscles and joints"),
    term(
        "GA",
        "general anesthesia: medicine that puts you fully to sleep for a procedure",
        only_near=r"anesth|anaesth|\b(?-i:MRI)\b|\b(?-i:LP)\b|\b(?-i:RT)\b|sedation|contra-?indication|procedure|surgery",
    ),
    term(
        "GA",
        "gestational age: how many weeks a pregnancy has lasted",
        only_near=r"weeks|gestation|\bborn\b|preterm|pregnan",
    ),
    term("CABGs", "heart bypass surgeries", shown="CABG"),
    term(
        "TIPS | TIPSS",
        "a small tube put in the liver to ease high blood pressure in the liver's veins",
        only_near=r"liver|portal|shunt|cirrhos|varice|ascites|hepatic",
        word=True,
    ),
    term("ERCP", "a procedure that uses a flexible tube down the throat to reach the bile and pancreas ducts"),
    term("EUS", "endoscopic ultrasound: an ultrasound scan done from inside the gut through a flexible tube"),
    # Treatments and tests in general
    term("OTC", "over-the-counter: medicines you can buy without a prescription"),
    term(
        "IV",
        "intravenous: given through a needle or thin tube into a vein",
        only_after=r"^\s*(?:or\s+(?:oral|SC|IM|subcutaneous)\s+)?(?:antibiotic|antiviral|antifungal|anti-infective|opiate|opioid|contrast|infusion|fluid|drug|medication|medicine|iron|steroid|corticosteroid|immunoglobulin|therapy|treatment|administration|access|line|hydration|dose|bolus|push|route|use|form|formulation)",
        not_before=r"(?:stage|grade|class|type|phase|level|NYHA|DSM|cordectomy|appendix|\b[IV]+[ABCabc]?)\s*[-/,]?\s*(?:or|and|to)?\s*$",
    ),
    term(
        "IV",
        "intravenous: given through a needle or thin tube into a vein",
        only_near=r"\b(?:SC|IM|oral|subcutaneous|intravenous|infusion|pertuzumab|trastuzumab|busulfan)\b",
        not_before=r"(?:stage|grade|class|type|phase|level|NYHA|DSM|cordectomy|appendix|\b[IV]+[ABCabc]?)\s*[-/,]?\s*(?:or|and|to)?\s*$",
        not_after=r"^\s*(?:[-/]|NSCLC|disease|cancer|breast|\(|or\s+IV|heart|congestive|spondylolisthesis)",
    ),
    term(
        "IM",
        "intramuscular: given as an injection into a muscle",
        only_near=r"inject|intramuscular|\b(?-i:IV)\b|\b(?-i:SC)\b|\boral\b|\bdoses?\b|route",
    ),
    term(
        "SC | s.c. | SQ | subQ",
        "subcutaneous: given as an injection under the skin",
        only_near=r"inject|subcutan|\b(?-i:IV)\b|\bdoses?\b|trastuzumab|pertuzumab|route|daratumumab|\bform\b",
    ),
    term("PO | p.o.", "by mouth", only_near=r"\boral\b|\bdoses?\b|daily|\bmg|tablet|route|\b(?-i:IV)\b"),
    term(
        "PRN | p.r.n.",
        "as needed: taken only when you need it",
        only_near=r"\bdoses?\b|as needed|medic|\buse\b|\bmg|daily|rescue",
    ),
    term(
        "BID | b.i.d. | TID | t.i.d. | QD | q.d. | QID",
        "how often a medicine is taken: once (QD), twice (BID), three (TID) or four (QID) times a day",
        only_near=r"\bdoses?\b|\bmg|daily|\boral\b|tablet|\btake\b",
    ),
    # Transplant, immune and other conditions
    term(
        "RA",
        "rheumatoid arthritis: an autoimmune disease that causes painful, swollen joints",
        only_near=r"arthritis|lupus|psoria|autoimmun|fibromyalgia|\b(?-i:SLE)\b|rheumat|joint|\bgoat\b|\bgout\b",
    ),
    term(
        "IBD",
        "inflammatory bowel disease: long-lasting swelling of the gut, such as Crohn's disease or ulcerative colitis",
    ),
    term(
        "UC",
        "ulcerative colitis: a long-lasting disease with swelling and sores in the large bowel",
        only_near=r"colitis|\bCrohn|bowel|\b(?-i:IBD)\b|inflammatory|ulcerative",
    ),
    term(
        "CD",
        "Crohn's disease: a long-lasting disease with swelling of the gut",
        only_near=r"\bCrohn|colitis|bowel|\b(?-i:IBD)\b|\b(?-i:UC)\b",
    ),
    term("IBS", "irritable bowel syndrome: belly pain with diarrhea or constipation, without damage to the gut"),
    term("GERD", "gastroesophageal reflux disease: stomach acid often comes up into the food pipe"),
    term("GI", "gastrointestinal: to do with the stomach and bowels"),
    term(
        "ITP",
        "immune thrombocytopenia: the immune system destroys platelets, so you bruise and bleed easily",
        only_near=r"thrombocyt|platelet|immune|purpura|bleed",
    ),
    term(
        "TTP",
        "thrombotic thrombocytopenic purpura: a rare blood disorder with small clots and low platelets",
        only_near=r"thrombo|purpura|platelet|\b(?-i:TMA)\b|\b(?-i:HUS)\b",
    ),
    term("HUS", "hemolytic uremic syndrome: a rare condition that damages blood cells and the kidneys"),
    term("PNH", "paroxysmal nocturnal hemoglobinuria: a rare disease in which red blood cells break apart"),
    term(
        "APS",
        "antiphospholipid syndrome: an immune disorder that makes blood clots more likely",
        only_near=r"antiphospholipid|\bclots?\b|thromb|lupus|anticoag|pregnan",
    ),
    term("DIC", "disseminated intravascular coagulation: a serious problem with widespread clotting and bleeding"),
    term("HHT", "hereditary hemorrhagic telangiectasia: an inherited disorder of blood vessels that bleed easily"),
    term("vWD | VWD", "von Willebrand disease: an inherited bleeding disorder"),
    term(
        "PAH",
        "pulmonary arterial hypertension: high blood pressure in the arteries of the lungs",
        only_near=r"pulmonary|arterial|\blungs?\b|hypertension|heart",
    ),
    term(
        "PH",
        "pulmonary hypertension: high blood pressure in the arteries of the lungs",
        only_near=r"pulmonary|\blungs?\b|hypertension|heart|right",
    ),
    term(
        "HHS",
        "hyperosmolar hyperglycemic state: a dangerous condition of very high blood sugar",
        only_near=r"\bglyc|diabet|sugar|ketoacidosis|\b(?-i:DKA)\b",
    ),
    term("POEMS", "a rare blood disorder that affects nerves, organs, hormones and skin"),
    # Study and rules
    term("IRB", "institutional review board: the committee that checks a study is safe and ethical"),
    term(
        "IEC | EC | REC",
        "an ethics committee: the group that checks a study is safe and ethical",
        only_near=r"ethic|committee|approv|\b(?-i:IRB)\b|review board|consent",
    ),
    term("GCP", "Good Clinical Practice: the international rules for running clinical studies properly"),
    term(
        "ICH",
        "International Council for Harmonisation: the group that writes international rules for clinical studies",
        only_near=r"\b(?-i:GCP)\b|guideline|\b(?-i:E6)\b|regulat|consent|\b(?-i:EU)\b",
    ),
    term(
        "ICH",
        "intracranial hemorrhage: bleeding inside the skull",
        only_near=r"hemorrhag|haemorrhag|bleed|brain|stroke|intracranial",
        not_near=r"\b(?-i:GCP)\b|guideline",
    ),
    term("HIPAA", "a US law that protects the privacy of your health information"),
    term("GDPR", "the European Union's law that protects the privacy of your personal information"),
    term("FDA", "the US Food and Drug Administration, which approves medicines"),
    term(
        "EMA",
        "the European Medicines Agency, which approves medicines in the European Union",
        only_near=r"approv|medicin|\b(?-i:FDA)\b|agency|authorit|regulat",
    ),
    term("NMPA", "China's National Medical Products Administration, which approves medicines"),
    term(
        "CE mark | CE marked | CE-marked | CE marking",
        "a mark showing a product meets the European Union's safety rules",
    ),
    term(
        "CE",
        "CE mark: a mark showing a product meets the European Union's safety rules",
        only_near=r"\bmarks?\b|label|approv|certif",
    ),
    term("EU", "the European Union"),
    term("NIH", "the US National Institutes of Health, the government's medical research agency"),
    term("NCI", "the US National Cancer Institute"),
    term(
        "NCI-CTCAE | NCI CTCAE",
        "the US National Cancer Institute's standard scale for grading side effects, from grade 1 (mild) to 5",
    ),
    term("EORTC", "European Organisation for Research and Treatment of Cancer: a cancer research group"),
    term("EORTC QLQ-C30 | QLQ-C30", "a questionnaire about quality of life for people with cancer"),
    term(
        "SPC | SmPC | SmPCs",
        "summary of product characteristics: the official information sheet for a medicine in Europe",
        only_near=r"section|product|label|medic|\bdrugs?\b|contraindicat|according|\bsee\b",
    ),
    term(
        "USPI | US PI", "US prescribing information: the official information sheet for a medicine in the United States"
    ),
    term(
        "IMP | IMPs",
        "investigational medicinal product: the medicine being tested in the study",
        only_near=_STUDY + r"|administration|absorption",
    ),
    term(
        "IP",
        "investigational product: the medicine or product being tested in the study",
        only_near=_STUDY + r"|evaluation|administration",
    ),
    term("CTC AE | CTC-AE", "the standard scale for grading side effects, from grade 1 (mild) to 5"),
    term(
        "AE | AEs",
        # "dose-limiting AEs during therapy with a PDE5 inhibitor" (NCT01698684, sample 16: WRONG as "during the study").
        "adverse event: a harmful or unwanted health problem during a study or a treatment, whether or not the "
        "treatment caused it",
    ),
    term(
        "SAE | SAEs",
        "serious adverse event: a harmful event during a study or a treatment that is life-threatening or needs a "
        "hospital stay",
    ),
    term(
        "irAE | irAEs | imAE | imAEs",
        "immune-related adverse event: a side effect in which the immune system attacks healthy organs after immunotherapy",
    ),
    term(
        "SoC | SOC",
        "standard of care: the usual treatment doctors give for the illness",
        only_near=r"standard|treat|therap|chemo|\bcare\b|\barms?\b|dictat",
    ),
    # "1 cycle of standard-of-care treatment ... will be allowed for cases where immediate treatment is clinically
    # indicated" (NCT06119581, sample 31: both unexplained).
    term("standard-of-care | standard of care", "the usual treatment doctors give for the illness"),
    term("clinically indicated", "needed for your health, as your doctor judges"),
    term("QOL | QoL | HRQoL | HRQOL", "quality of life"),
    term(
        "PRO | PROs",
        "patient-reported outcome: information you give yourself, such as answers to a questionnaire",
        only_near=r"questionnaire|outcome|report|diary|survey",
        word=True,
    ),
    term("SF-36 | SF-12", "a questionnaire about your general health and quality of life"),
    term("EQ-5D | EQ-5D-5L", "a short questionnaire about your health and quality of life"),
    term(
        "EPIC | EPIC-26 | EPIC26",
        "Expanded Prostate Cancer Index Composite: a questionnaire about quality of life after prostate cancer treatment",
        only_near=r"sexual|domain|score|urinary|prostate|bowel|questionnaire",
        word=True,
    ),
    term(
        "MD",
        "a medical doctor",
        only_near=r"feels|opinion|doctor|physician|\bjudg|decide|consider|treating",
        not_after=r"^\s*Anderson",
    ),
    term(
        "PCP",
        "primary care provider: your regular doctor",
        only_near=r"doctor|physician|provider|primary care|refer|visit",
        # not Pneumocystis pneumonia nor the drug phencyclidine (exports1 and hint1 reviews, below)
        not_near=r"pneumocystis|pneumonia|prophyla|" + _STREET_DRUGS,
    ),
    term(
        "ED visit | ED visits", "a visit to the emergency department of a hospital", shown="emergency department visit"
    ),
    term(
        "TCM",
        "traditional Chinese medicine: herbal remedies, acupuncture and other Chinese healing methods",
        only_near=r"\bChinese|herbal|acupunct|medicine|traditional|treatment",
    ),
    term(
        "CAM",
        "complementary and alternative medicine: treatments outside usual medical care, such as herbs",
        only_near=r"alternative|complementary|herbal|medicine|supplement",
    ),
    term("ARB | ARBs", "angiotensin receptor blocker: a medicine that lowers blood pressure"),
    # Phrases with an abbreviation in them: here, so the longest match covers the abbreviation
    term(
        "HR-positive | HR+",
        "hormone receptor-positive: the cancer cells have receptors for estrogen or progesterone, so these hormones make it grow",
    ),
    term(
        "HR-negative | HR−",
        "hormone receptor-negative: the cancer cells have no receptors for estrogen or progesterone",
    ),
    term("HER2-positive | HER2 positive | HER2+", "cancer with a lot of the HER2 protein, which certain drugs target"),
    term("HER2-negative | HER2 negative | HER-2 negative | HER-2-negative", "cancer without a lot of the HER2 protein"),
    term("HER2-low | HER2 low", "cancer with a small amount of the HER2 protein"),
    term("CNS metastases | CNS metastasis", "cancer that has spread to the brain or spinal cord"),
    term(
        "anti-PD-1 | anti-PD-L1 | anti-PD-L2 | anti-PD-1/PD-L1 | anti-CTLA-4 | anti-CTLA4",
        "an immunotherapy medicine that helps the immune system attack cancer",
    ),
    term(
        "anti-TIGIT | anti-LAG-3 | anti-OX40 | anti-CD137", "a newer kind of immunotherapy medicine, still being tested"
    ),
    term(
        "anti-CD20 | anti-CD20 antibody | anti-CD20 monoclonal antibody",
        "a medicine, such as rituximab, that targets CD20 on B cells",
    ),
    term("anti-CD38 | anti-CD38 antibody", "a medicine, such as daratumumab, that targets CD38 on myeloma cells"),
    # "ocular or systemic treatment (... anti-VEGF or other agent) or surgery for RVO" (NCT05850520, downloads2: WRONG
    # as a cancer medicine): the eye injections.
    term(
        "anti-VEGF",
        "a medicine, often injected into the eye, that stops leaky new blood vessels from growing, such as aflibercept or "
        "ranibizumab",
        only_near=r"\beyes?\b|ocular|intravitreal|macul|retin|\b(?-i:RVO|AMD|DME|BCVA)\b|vitreous|vision",
    ),
    term("anti-VEGF", "a medicine that stops tumors from growing new blood vessels"),
    term("anti-HER2 | HER2-targeted | HER2-directed", "a medicine that targets HER2, such as trastuzumab"),
    term("anti-EGFR", "a medicine that targets EGFR"),
    term(
        "CDK4/6 inhibitor | CDK4/6 inhibitors | CDK 4/6 inhibitors | CDK inhibitor | CDK inhibitors",
        "breast cancer pills, such as palbociclib, that stop cancer cells dividing",
    ),
    term("BTK inhibitor | BTK inhibitors", "a kind of pill for some blood cancers, such as ibrutinib"),
    term(
        "BCL-2 inhibitor | BCL2 inhibitor | BCL-2 inhibitors",
        "a medicine, such as venetoclax, that makes cancer cells die",
    ),
    term("FLT3 inhibitor | FLT3 inhibitors", "a medicine for acute myeloid leukemia with a change in the FLT3 gene"),
    term(
        "JAK inhibitor | JAK inhibitors | JAK1/2 inhibitor",
        "a medicine that blocks JAK enzymes, for some bone marrow cancers or immune diseases",
    ),
    term(
        "NO",
        "nitric oxide: a gas made in the body that widens blood vessels",
        only_after=r"^\s*\)?\s*-?\s*(?:donor|donat|releas|synthase)",
        word=True,
    ),
    # Review of sample 8 (seed 53): the one hard term of an item, left without a note.
    term("MSKCC", "Memorial Sloan Kettering Cancer Center, a cancer hospital in New York"),
    # Review of sample 10 (seed 61).
    term(
        "CNS3 | CNS 3",
        "the most spread of leukemia to the brain: many leukemia cells in the fluid around the brain and spinal cord",
        only_near=r"leuk|\b(?-i:ALL)\b|\b(?-i:CNS)\b|disease|blast",
    ),
    term(
        "RHI",
        "reactive hyperemia index: a test of how well the lining of your blood vessels works",
        only_near=r"endotheli|vascular|\b(?-i:EndoPAT)\b|score",
    ),
    term(
        "VR",
        "virtual reality: a headset that shows a computer-made world",
        only_near=r"headset|goggle|virtual|distract|game|video",
    ),
    term("TMJ | TMJs", "temporomandibular joint: the joint that hinges the jaw to the skull, just in front of the ear"),
    term(
        "ADDwoR",
        "anterior disc displacement without reduction: the cushion in the jaw joint has slipped forward and stays "
        "there, which can lock the jaw",
    ),
    term(
        "TMD | TMDs",
        "temporomandibular disorder: pain or trouble moving the jaw joint",
        only_near=r"jaw|\b(?-i:TMJ)\b|mouth|temporomandibular|bite|chew",
    ),
    term(
        "NPT",
        "nocturnal penile tumescence: the erections you have in your sleep, measured overnight to find the cause of "
        "erection problems",
        only_near=r"erect|penile|\b(?-i:ED)\b|\b(?-i:IIEF)\b|sleep|nocturnal|rigi|normal/flat",
    ),
    term(
        "GITS",
        "a long-acting tablet that lets the medicine out slowly over the day",
        only_near=r"doxazosin|nifedipine|glipizide|tablet|once[- ]daily",
    ),
    term(
        "MGFA",
        "Myasthenia Gravis Foundation of America class: a grade of myasthenia gravis from I (weak eye muscles only) to "
        "V (a breathing tube is needed)",
    ),
    term(
        "MG-ADL",
        "a 0 to 24 score of how much myasthenia gravis gets in the way of talking, chewing, swallowing and breathing; "
        "higher is worse",
    ),
    term(
        "WNT",
        "a set of signals that control cell growth; in medulloblastoma, WNT is one type of the tumor, found by testing "
        "tumor tissue",
        only_near=r"medulloblastoma|subgroup|pathway|tumou?r|molecular",
    ),
    term(
        "SmPC | SPC",
        "Summary of Product Characteristics: the official information about a medicine for doctors, "
        "including who should not take it",
        only_near=r"product|label|medicin|drug|summary",
    ),
    # Found unexplained in samples 50 to 52 (2026-12-06), each in the sense the words around it give.
    term(
        "EAP | EAPs",
        "expanded access program: a way to get a medicine that is not yet approved, outside a study",
        only_near=r"durvalumab|enrol|program|access|treated|dose",
    ),
    term(
        "OAD | OADs",
        "oral antidiabetic drugs: diabetes medicines taken by mouth",
        only_near=r"diabet|metformin|insulin|glyc|\b(?-i:HbA1c)\b|\b(?-i:GLP)",
    ),
    term("PFPT", "pelvic floor physical therapy: exercises and treatment for the muscles at the bottom of the pelvis"),
    term(
        "HPF",
        "high-power field: the small area a lab sees through a microscope when it counts cells",
        only_near=r"urine|\b(?-i:WBC|RBC)\b|cells|per\s",
    ),
    term(
        "cCH",
        "chronic cluster headache: cluster headaches with no long break from attacks",
        only_near=r"headache|cluster|attack|preventive|\b(?-i:ICHD)",
    ),
    term("19Del", "exon 19 deletion: a common change in the EGFR gene in lung cancer"),
    term("TAK788 | TAK-788", "mobocertinib, a lung cancer medicine aimed at EGFR exon 20 changes"),
    term("JNJ-61186372", "amivantamab, an antibody medicine for lung cancer that targets EGFR and MET"),
    term("CLN-081", "zipalertinib, a lung cancer medicine aimed at EGFR exon 20 changes"),
    term("PQ-16", "a 16-question form about unusual experiences, used to look for early signs of psychosis"),
    term(
        "SWL",
        "shock wave treatment: pulses of sound waves sent into the body from outside",
        only_near=r"shock|wave|erecti|penile|\b(?-i:ED)\b",
    ),
    # The trialgpt1 review (48 unseen studies, docs/eligibility-review/trialgpt1): abbreviations its UNREADABLE rows
    # found unexplained, each in the sense the records use.
    term("wt", "weight", only_near=r"percentile|\bkg\b|\b(?-i:BMI)\b|weigh|obes|height|\blbs?\b"),
    term(
        "IVGTT", "intravenous glucose tolerance test: blood sugar and insulin checks after sugar is given into a vein"
    ),
    term(
        "IHD",
        "ischemic heart disease: heart disease caused by narrowed arteries that supply the heart",
        only_near=r"heart|coronary|cardi|isch|infarct|angina|stent|\b(?-i:PCI|CABG|MI)\b",
    ),
    # "Acute exacerbation of COPD type I or II according to GOLD", "Grade of COPD 2-3 (GOLD)" (NCT00170222,
    # NCT02213809); in capitals also the metal.
    term(
        "GOLD",
        "Global Initiative for Chronic Obstructive Lung Disease: the group whose rules doctors use to grade COPD",
        only_near=r"\b(?-i:COPD|FEV1)\b|lung|spirometr|obstructive|pulmonary",
        word=True,
    ),
    term(
        "APACHE II | APACHE-II", "a score of how sick a person in intensive care is, from 0 to 71; higher means sicker"
    ),
    # "Symptoms that collectively suggest nonstreptococcal T/P (eg, laryngitis, coryza, ...)" (NCT00315042)
    term(
        "T/P",
        "tonsillitis/pharyngitis: a sore, swollen throat or tonsils from an infection",
        only_near=r"strepto|throat|tonsil|pharyng|laryng|coryza",
    ),
    term(
        "PMN",
        "polymorphonuclear cells: neutrophils, the white blood cells that fight infection",
        only_near=r"neutrop|cells|counts?\b|mm3|blood",
    ),
    term(
        "Fine Score | Fine score",
        "the pneumonia severity index: a score of how serious a pneumonia is, from class I (mild) to class V (most severe)",
        only_near=r"pneumon|severity|\bclass\b|\bgrade\b",
    ),
    term(
        "ABI",
        "ankle-brachial index: blood pressure at the ankle compared with the arm; a low number means narrowed leg arteries",
        only_near=r"isch|vascular|arter|\blimbs?\b|\blegs?\b|ankle|claudic|periph|extremit",
    ),
    term(
        "FEV1/FVC ratio | FEV1/FVC",
        "the share of the air in your lungs you can blow out in the first second; a low ratio means narrowed airways",
    ),
    term(
        "MAO inhibitors | MAO inhibitor | MAO-inhibitors",
        "monoamine oxidase inhibitors: medicines that block an enzyme in the brain; some treat depression, others "
        "Parkinson's disease",
    ),
    term(
        "GIB",
        "gastrointestinal bleeding: bleeding in the stomach or bowel",
        only_near=r"bleed|ulcer|\bupper\b|\blower\b|gastro|stomach|bowel|dyspeps|aspirin|melena",
    ),
    # "ST segment elevation or depression in ECG" (NCT00844987): a change on the heart tracing, not low mood.
    term(
        "ST segment elevation or depression | ST-segment elevation or depression",
        "a part of the ECG heart tracing that sits too high or too low, a sign of poor blood flow to the heart",
    ),
    term(
        "ST segment elevation | ST-segment elevation | ST elevation | ST-elevation",
        "a rise in a part of the ECG heart tracing, a sign of a blocked heart artery",
    ),
    term(
        "ST segment depression | ST-segment depression | ST depression",
        "a dip in a part of the ECG heart tracing, a sign of poor blood flow to the heart",
    ),
    term(
        "ST segment deviation | ST-segment deviation | ST deviation",
        "a part of the ECG heart tracing that has moved up or down, a sign of poor blood flow to the heart",
    ),
    term(
        "ST segment | ST-segment",
        "a part of the ECG heart tracing; changes in it can mean poor blood flow to the heart",
    ),
    # "in a syndromal remission state at least for 2 months: CGI - BP ≤ 3" (NCT00845988, a bipolar disorder study)
    term(
        "CGI-BP | CGI - BP",
        "Clinical Global Impression for bipolar disorder: a doctor's 1 to 7 rating of how ill a person is; higher is worse",
    ),
    term(
        "CGI",
        "Clinical Global Impression: a doctor's 1 to 7 rating of how ill a person is; higher is worse",
        only_near=r"\b(?-i:BP)\b|bipolar|severity|improvement|illness|psychiatr|depress|mania|schizo",
    ),
    term(
        "TEE",
        "transesophageal echocardiogram: an ultrasound of the heart taken from a tube passed down the throat",
        only_near=r"echo|heart|cardi|atrial|septal|\b(?-i:PFO)\b|foramen|aneurysm|thromb|embol|stroke|exam|ultrasound|valve",
    ),
    term(
        "PFO",
        "patent foramen ovale: a small opening between the heart's two upper chambers that did not close after birth",
        only_near=r"foramen|heart|atrial|septal|stroke|shunt|\b(?-i:TEE)\b|echo|thromb|embol|closure|size",
    ),
    term(
        "FAP",
        "familial adenomatous polyposis: an inherited disease that causes many polyps (growths) in the bowel, which can "
        "become cancer",
        only_near=r"polyp|duoden|colon|bowel|colorectal|adenom|genetic|attenuated",
        not_near=r"amyloid|neuropath|transthyretin|fibroblast activation",
    ),
    term("attenuated FAP | Attenuated FAP", "a milder form of FAP, with fewer bowel polyps, often found later in life"),
    term(
        "SPECT | Spect",
        "a scan that uses a small amount of a radioactive tracer, often to show blood flow to the heart",
    ),
    term("Tc 99m | Tc-99m | 99mTc", "technetium-99m: a radioactive tracer given in a tiny amount for some scans"),
    term("PaCO2", "the amount of carbon dioxide in blood from an artery"),
    term(
        "PaO2/FIO2 | PaO2/FiO2",
        "the blood's oxygen level divided by the share of oxygen breathed in; a low number means the lungs pass oxygen poorly",
    ),
    term("FIO2 | FiO2", "fraction of inspired oxygen: the share of oxygen in the air breathed in; room air has 21%"),
    term(
        "GCS",
        "Glasgow Coma Scale: a 3 to 15 score of how awake and responsive a person is; lower means less responsive",
        only_near=r"brain|injur|coma|conscious|\bhead\b|trauma|pupil|Glasgow|\b(?-i:CT)\b",
    ),
    term(
        "DC/OA",
        "damage control surgery with an open abdomen: a short emergency operation after which the belly is left open, to "
        "be closed later",
    ),
    # "Having received CBT for depression and/or alcohol use" (NCT01632319); not a cord blood transplant.
    term(
        "CBT",
        "cognitive behavioral therapy: a kind of talk therapy that changes unhelpful thoughts and habits",
        only_near=r"depress|anxi|alcohol|psych|insomnia|counsel|substance|behavio|talk",
        not_near=r"transplant|cord blood|temperature",
    ),
    term(
        "Cox-II | COX-II | COX-2 | Cox-2",
        "COX-2: an enzyme that causes pain and swelling; some pain medicines block it",
    ),
    term(
        "CDAD",
        "Clostridioides difficile-associated diarrhea: diarrhea caused by the germ C. difficile, often after antibiotics",
    ),
    term(
        "BMD",
        "bone mineral density: how strong and dense the bones are, measured by a DXA scan",
        only_near=r"bone|\bhip\b|spine|\b(?-i:DXA|DEXA)\b|osteopor|T-score|femoral|lumbar|fracture",
    ),
    term("central DXA", "a DXA bone scan of the hip and spine"),
    term("F/U", "follow-up: check-up visits or contact after treatment, to see how you are"),
    # "Estimated Abbreviated Injury Scale (AIS) score of six (6)", "AIS >=0" (NCT02255487, NCT02378311); not the spinal
    # cord injury scale of the same letters.
    term(
        "AIS",
        "Abbreviated Injury Scale: a score of how bad an injury is, from 1 (minor) to 6 (the most severe, usually fatal)",
        only_near=r"injur|trauma|Abbreviated",
        not_near=r"spinal cord|\b(?-i:ASIA)\b|impairment",
    ),
    term(
        "RIPC",
        "remote ischemic preconditioning: short spells of cutting off blood flow to an arm or leg with a tight cuff, meant "
        "to protect other tissues",
    ),
    # Kawasaki disease studies (NCT02390596, NCT00841789): elsewhere KD is also kidney disease or a ketogenic diet.
    term(
        "KD",
        "Kawasaki disease: an illness of young children with fever, rash and red eyes that can harm the heart's arteries",
        study_about=r"Kawasaki|mucocutaneous lymph node",
    ),
    term("IV Ig | IV IG", "intravenous immunoglobulin: antibodies from donated blood, given through a vein"),
    term(
        "NKF",
        "National Kidney Foundation: a US group whose stages of kidney disease go from 1 (mild) to 5 (kidney failure)",
        only_near=r"kidney|renal|stage|\b(?-i:eGFR|GFR|CKD)\b",
    ),
    # A study of virus-fighting T cells (NCT02532452): "Must be able to receive CTL infusion", "within 2 weeks of VST
    # infusion".
    term(
        "CTL | CTLs",
        "cytotoxic T lymphocytes: immune cells that kill cells infected with a virus, or cancer cells",
        only_near=r"infusion|virus|viral|T[- ]cells?|lymphocyte|\b(?-i:VSTs?|EBV|CMV)\b",
        not_near=r"lymphoma|leuk|cutaneous",
    ),
    term(
        "VST | VSTs",
        "virus-specific T cells: immune cells grown in a lab to fight a virus infection",
        only_near=r"infusion|virus|viral|T[- ]cells?|\b(?-i:CTLs?|ATG)\b|alemtuzumab",
    ),
    term(
        "NTM",
        "nontuberculous mycobacteria: germs related to TB that can cause lung infections",
        only_near=r"\b(?-i:TB)\b|tubercul|mycobact|lung|pulmonary|sputum|sputa|\b(?-i:NIH)\b",
    ),
    term(
        "NIH CC | NIH Clinical Center | NIH clinical center",
        "the research hospital of the US National Institutes of Health, in Bethesda, Maryland",
    ),
    term(
        "GeneXpert MTB/RIF | GeneXpert",
        "a quick lab test that finds TB germs and checks whether rifampicin, a main TB medicine, still works on them",
    ),
    # A children's sleep study (NCT02562040): "Centrally-scored polysomnogram (PSG)", "arrhythmia noted on PSG".
    term(
        "PSG",
        "polysomnogram: an overnight sleep test that records breathing, brain waves, heart and movement",
        only_near=r"sleep|apnea|apnoea|\b(?-i:AHI|OAI|OSA)\b|polysomno|snor|arrhythm|obstructive|overnight",
    ),
    term(
        "OAI",
        "obstructive apnea index: how many times an hour breathing stops during sleep because the airway is blocked",
        only_near=r"apnea|apnoea|sleep|\b(?-i:PSG|AHI)\b|polysomno",
    ),
    # "Deemed to be a candidate for AT by otolaryngologist (ENT) evaluation", "Primary indication for AT is nocturnal
    # obstructive symptoms" (NCT02562040); in capitals AT is the word "at".
    term(
        "AT",
        "adenotonsillectomy: surgery to remove the tonsils and adenoids",
        only_near=r"tonsil|adenoid|otolaryng|\b(?-i:ENT)\b|snor|obstructive|sleep|apnea|apnoea",
        not_before=r"\b(?-i:[A-Z]{2,})\s*$",
        not_after=r"^\s*(?-i:[A-Z]{2,})\b",
        word=True,
    ),
    term(
        "ENT",
        "ear, nose and throat: the medical field, or its doctors, that treats these parts",
        only_near=r"otolaryng|\bears?\b|nose|throat|tonsil|sinus|adenoid|\b(?-i:AT)\b",
    ),
    # The trialgpt2 review (28 unseen studies, docs/eligibility-review/trialgpt2): abbreviations its UNREADABLE rows
    # found unexplained, each in the sense the records use.
    term(
        "MRgFUS",
        "MRI-guided focused ultrasound: a treatment that heats and destroys tissue, such as fibroids, with sound waves "
        "aimed using MRI scans",
    ),
    # "Uterine size >20 weeks as evaluated by US or MR." (NCT00180739, trialgpt2: UNREADABLE): the scan named beside
    # another; not "US Product Information" or "Living in the US" (NCT00654680, NCT03343093).
    term(
        "US",
        "ultrasound: a scan that uses sound waves to make pictures",
        only_after=r"^\s*(?:or|and|/)\s*(?-i:MRI?|CT)\b",
        word=True,
    ),
    # "unstable angina or acute myocardial infarction in the ED", "use of nesiritide as a therapy in the ED"
    # (NCT00534066, trialgpt2: UNREADABLE, read as erectile dysfunction): where a patient is seen (glossary.py's sense
    # leaves "the ED" out); not "the etiology of the ED (organic, psychogenic or mixed)" (NCT00282607).
    term(
        "ED",
        "emergency department: the part of a hospital that treats sudden illness and injuries",
        only_before=r"\b(?:in|to|at|from|into|by)\s+(?:the\s+)?$",
        not_near=r"erecti|sexual|intercourse|penis|penile|psychogenic|organic|impoten|\b(?-i:IIEF|PDE5?i?|SHIM)\b",
    ),
    # A study of Alzheimer's disease (NCT00880347): "probable AD according to DSM-IV TR", "settle the AD diagnosis"
    # (trialgpt2: UNREADABLE, nothing near says which); in a study of atopic dermatitis, the skin disease
    # (NCT05372419: "chronic AD that has been present for 1 year"); elsewhere also androgen deficiency (NCT01190904).
    term(
        "AD",
        "Alzheimer's disease: the most common cause of dementia, a slow loss of memory and thinking",
        study_about=r"alzheimer|dementia",
        not_near=r"atopic|dermatitis|eczema|\bskin\b|androgen|testosterone|prostate",
    ),
    term(
        "AD",
        "atopic dermatitis: eczema, a skin condition with dry, itchy, red patches",
        study_about=r"atopic dermatitis|eczema",
        not_near=r"alzheimer|dementia|androgen|testosterone|prostate",
    ),
    # The kinds of dementia the same study lists (NCT00880347: "VaD according to NINDS-AIREN criteria", "LBD according
    # to McKeith's criteria", "FTD according to Neary's ...", "PDD according to DSM-IV TR criteria [F02.x]"); LBD is
    # also a gene's ligand-binding domain (ESR1), PDD a developmental disorder.
    term(
        "VaD",
        "vascular dementia: memory and thinking loss caused by damage to the brain's blood vessels, such as small strokes",
        only_near=r"dementia|alzheimer|cognit|criteria|\b(?-i:AD|LBD|FTD|PDD|NINDS|AIREN)\b",
    ),
    term(
        "LBD",
        "Lewy body dementia: a dementia with ups and downs in alertness, seeing things that are not there, and stiff, "
        "slow movement",
        only_near=r"dementia|alzheimer|cognit|lewy|McKeith|parkinson|\b(?-i:AD|VaD|FTD|PDD|DLB)\b",
        not_near=r"ligand|binding|mutation|\b(?-i:ESR1|AR|ER)\b",
    ),
    term(
        "FTD",
        "frontotemporal dementia: a dementia that damages the front and sides of the brain, changing behavior, "
        "personality or language",
        only_near=r"dementia|alzheimer|cognit|frontotemporal|Neary|Lund|Manchester|\b(?-i:AD|VaD|LBD|PDD|ALS)\b",
    ),
    term(
        "PDD",
        "Parkinson's disease dementia: memory and thinking loss that develops in a person who has had Parkinson's "
        "disease for some years",
        only_near=r"dementia|parkinson|alzheimer|\b(?-i:AD|VaD|LBD|FTD)\b|\b(?-i:F02)",
        not_near=r"pervasive|developmental|autis|asperger|persistent depress|dysthym",
    ),
    # "CSH due to spontaneous spinal CSF fistula or meningeosis carcinomatosa" (NCT01624545, a study of chronic
    # subdural hematoma)
    term(
        "CSH",
        "chronic subdural hematoma: an old, slowly growing pool of blood between the brain and its tough outer covering",
        study_about=r"subdural",
    ),
    term(
        "EGD",
        "esophagogastroduodenoscopy: a look at the food pipe, stomach and upper small bowel with a thin camera tube "
        "passed through the mouth",
    ),
    term("H2RA | H2RAs", "H2 receptor antagonists: stomach acid medicines, such as famotidine"),
    # "family member with TB or taking INH" (NCT00841789)
    term(
        "INH",
        "isoniazid: a medicine that treats or prevents tuberculosis (TB)",
        only_near=r"\b(?-i:TB)\b|tubercul|mycobact|isoniazid|latent|rifamp|prophyla",
    ),
    # "positive Aspergillus GM index (>=0.5 ng/ml)", "known to cause false positive GMI" (NCT01207128); GMI is also the
    # glucose management indicator of a sugar sensor.
    term(
        "GM index | GMI",
        "galactomannan index: a test for a substance from the mold Aspergillus; a high result suggests an infection "
        "with it",
        only_near=r"aspergill|galactomannan|fung|mou?ld|false positive|ng/ml",
    ),
    term("q 12 hours | Q 12 hours | q12h | q 12h | Q12H | q12 hours", "every 12 hours", shown="q 12 hours"),
    term(
        "Hib",
        "Haemophilus influenzae type b: a germ that can cause meningitis and other serious infections in young children",
    ),
    # The ctparser1 review (20 unseen studies, docs/eligibility-review/ctparser1): abbreviations its UNREADABLE rows
    # found unexplained, each in the sense the records use.
    # "History of SARS" (NCT04341389): the 2003 illness, not COVID-19; a spelling of the COVID-19 virus not listed
    # ("SARS COV 2") must not get this note.
    term(
        "SARS",
        "severe acute respiratory syndrome: a serious lung illness caused by a coronavirus that spread in 2002 and 2003; "
        "it is not COVID-19",
        not_after=r"^\W{0,3}cov",
    ),
    # "PCR diagnosis of Sars-CoV2 infection" (NCT04346355), "SARS CoV2 vaccines" (NCT05833815)
    term("Sars-CoV2 | Sars-CoV-2 | SARS CoV2 | SARS CoV-2", "the virus that causes COVID-19", shown="SARS-CoV-2"),
    # "Indication for CRRT or ECMO" (NCT04344080)
    term(
        "CRRT",
        "continuous renal replacement therapy: a machine that cleans the blood day and night when the kidneys fail, "
        "used in intensive care",
    ),
    term(
        "ECMO",
        "extracorporeal membrane oxygenation: a machine outside the body that adds oxygen to the blood when the heart "
        "or lungs fail",
    ),
    # "Of note, eIND application for each recipient subject will need to be approved" (NCT04340050)
    term(
        "eIND",
        "emergency investigational new drug application: a request to the US drug agency (FDA) to give an unapproved "
        "treatment to one patient in an emergency",
    ),
    # "refractory shock with need for norepinephrine ≥ 0.2 μg/kg/min for MAP ≥ 65 mmHg" (NCT04344080); MAP is also a
    # kinase, a germ (Mycobacterium avium paratuberculosis) and, in capitals, the word.
    term(
        "MAP",
        "mean arterial pressure: the average blood pressure in the arteries over one heartbeat",
        only_near=r"mm\W?Hg|blood pressure|shock|norepinephrine|noradrenaline|vasopress|hypotens|h(?:a)?emodynamic|"
        r"\b(?-i:S?BP|DBP)\b",
        not_after=r"^\W*kinase",
        word=True,
    ),
    term(
        "IL-6 | IL6",
        "interleukin-6: a protein the body makes during inflammation; high blood levels are a sign of strong inflammation",
    ),
    # "hepatic fat fraction as defined by ≥ 8% on MRI-PDFF and liver stiffness as defined by ≥ 2.5 kPa on MRE"
    # (NCT04342793); MRE is also an MRI of the bowel (magnetic resonance enterography).
    term(
        "MRI-PDFF | PDFF",
        "MRI proton density fat fraction: an MRI measure of how much of an organ, most often the liver, is fat",
    ),
    term(
        "MRE",
        "magnetic resonance elastography: an MRI scan that measures how stiff the liver is; a stiff liver can mean "
        "scarring",
        only_near=r"liver|hepat|stiff|\b(?-i:kPa)\b|fibros|elastograph|\b(?-i:NASH|NAFLD|MASH|MASLD|PDFF)\b",
        not_near=r"crohn|bowel|enterograph|intestin|colitis",
    ),
    # "Neutrophils <500 /mmc", "Platelets <50.000 /mmc" (NCT04346355): per cubic millimeter, written the Italian way;
    # explained as /mm3 is (above), after a number only.
    term(
        "/mmc | mmc",
        "per cubic millimeter: how many cells are in a tiny drop of the fluid tested, here the spinal fluid",
        only_near=r"\b(?-i:CSF)\b|cerebrospinal|spinal fluid|meningit|lumbar puncture|pleocytosis",
        only_before=r"\d\s*$",
    ),
    term("/mmc | mmc", "per cubic millimeter: how many cells are in a tiny drop of blood", only_before=r"\d\s*$"),
    # "fasting glucose values < 6 mM" (NCT04347252): the unit, after a number; not a size written with a slip of case.
    term(
        "mM",
        "millimolar: millimoles per liter, a unit for how much of a substance is in a body fluid",
        only_before=r"\d\s*$",
        not_after=r"^\s*(?:in\s+)?(?:diameter|size|across|long|wide|thick|lesions?|tumou?rs?|nodules?|margins?)\b",
    ),
    # "... in patients under investigation (PUIs)" (NCT04344444): people tested for an infection; this note explains the
    # phrase before it too (as CBC's does).
    term(
        "PUI | PUIs",
        "patients under investigation: people who may have an infection, such as COVID-19, and are waiting for test "
        "results",
        only_near=r"under investigation|covid|coronavirus|\b(?-i:SARS)|infect|virus|viral|pneumon|swab|\b(?-i:PCR)\b",
    ),
    # DNR is also daunorubicin, a leukemia medicine ("DNR 60 mg/m2 days 1-3 with cytarabine").
    term(
        "DNR | DNAR",
        "do not resuscitate: an order that doctors should not try to restart the heart or breathing if they stop",
        only_near=r"resuscitat|\border\b|\b(?-i:CPR|ICU)\b|palliative|comfort care|code status|intubat|life-sustaining|"
        r"cardiac arrest|intensive care",
        not_near=r"daunorubicin|cytarabine|\b(?-i:Ara-?C|IDA|AML|DA)\b|leuk|anthracycl|induction|mg/m",
    ),
    # "Known ABO-Resus(D) blood group" (NCT04342182, Rhesus misspelt)
    term("ABO", "the main way of sorting blood into groups: A, B, AB or O"),
    term(
        "Rh(D) | Rh (D) | RhD | Rhesus(D) | Rhesus (D) | Resus(D) | Resus (D)",
        "a blood factor: blood with the Rhesus D protein on its red cells is Rh-positive, blood without it Rh-negative",
        shown="Rhesus (D)",
    ),
    # "Known hypersensitivity to TCZ or its excipients", "conditions that contraindicate TCZ" (NCT04346355, a study of
    # tocilizumab in COVID-19 pneumonia: nothing near says which medicine): tocilizumab, where the words near it or the
    # study's subject say so.
    term(
        "TCZ",
        "tocilizumab: an antibody medicine that blocks IL-6, a protein that drives inflammation",
        only_near=r"tocilizumab|covid|coronavirus|\b(?-i:SARS)|\b(?-i:IL-?6)\b|interleukin|cytokine",
    ),
    term(
        "TCZ",
        "tocilizumab: an antibody medicine that blocks IL-6, a protein that drives inflammation",
        study_about=r"covid|coronavirus|\bSARS|cytokine release|arthritis|arteritis|castleman",
    ),
    # Units and hospital terms readers found unexplained (ctparser1 and earlier readings): the units of UNREADABLE items
    # ("μg/kg/min", "ng/l", "mg/L", "mcg/L", "L/min"), and every unit the bundled records write after a number at
    # least twice with no note, each in the sense the records use. A unit written against its number ("CRP
    # ≤10.0mg/L", NCT06751849) is no word of its own there and gets no note.
    # "CRP > 35 mg/L" (NCT04343989), "serum free light chain (sFLC) levels > 100 mg/L" (NCT05519085), "> 100 mg/liter"
    # (NCT05552976)
    term("mg/L | mg/l | mg/liter", "milligrams per liter, a unit for how much of a substance is in the blood"),
    # "PSA <10 µg/L" (NCT04861194), "PSA ... ≥ 1.0 ng/mL (1.0 μg/L)" (NCT05348876), "PSA levels >4 ug/L"
    # (NCT00512707), "D-dimer > 1 mcg/L" (NCT04343989)
    term(
        "µg/L | μg/L | ug/L | mcg/L | µg/l | μg/l | ug/l | mcg/l",
        "micrograms per liter, a unit for tiny amounts of a substance in the blood",
    ),
    # "IL6 ≥ 500 ng/l" (NCT04344080)
    term("ng/L | ng/l", "nanograms per liter, a unit for very tiny amounts of a substance in the blood"),
    # "refractory shock with need for norepinephrine ≥ 0.2 μg/kg/min" (NCT04344080), "low dose of dopamine (≤ 5 μg/kg
    # per minute)" (NCT01526382): a medicine's dose for the body's weight.
    term(
        "µg/kg/min | μg/kg/min | ug/kg/min | mcg/kg/min",
        "micrograms of a medicine for each kilogram of body weight, each minute: the dose rate of a drip into a vein",
    ),
    term(
        "µg/kg | μg/kg | ug/kg | mcg/kg",
        "micrograms (millionths of a gram) of a medicine for each kilogram of body weight",
    ),
    # "oxygen requirement of at least 2 L/min to maintain oxygen saturation" (NCT04340557): oxygen given; not the blood
    # the heart pumps (cardiac output) nor the air blown out in a peak flow test.
    term(
        "L/min | l/min",
        "liters per minute: here, how much extra oxygen is given each minute, through a mask or tubes in the nose",
        only_near=_OXYGEN_GIVEN,
        not_near=r"cardiac (?:output|index)|peak (?:expiratory )?flow|\b(?-i:PEFR?)\b",
    ),
    # "Dialysate Ca level ≥ 2.5 mEq/L" (NCT03633708): in the dialysis fluid; "serum potassium <3.0 mEq/L"
    # (NCT03165734), "hypokalemia (≤3 mmol/L [mEq/L])" (NCT00315042): in the blood.
    term(
        "mEq/L | mEq/l",
        "milliequivalents per liter, a unit for how much of a mineral, such as calcium, is in the fluid used for "
        "dialysis",
        only_before=r"dialysate|dialysis (?:fluid|bath|solution)",
    ),
    term(
        "mEq/L | mEq/l",
        "milliequivalents per liter, a unit for how much of a mineral, such as potassium or calcium, is in the blood",
    ),
    # "Urine albumin creatinine ratio > 200 mg/g (22.6 mg/mmol)" (NCT06268873), "UACR >30 milligram/gram (mg/g) (0.030
    # mg/mg)" (NCT06383390): a urine test; not other amounts per gram, such as iron in the liver.
    term(
        "mg/g",
        "milligrams per gram: in a urine test, how much protein there is for each gram of creatinine, a waste product",
        only_near=_URINE_RATIO,
    ),
    term(
        "mg/mg",
        "milligrams per milligram: in a urine test, how much protein there is for each milligram of creatinine, a "
        "waste product",
        only_near=_URINE_RATIO,
    ),
    term(
        "mg/mmol",
        "milligrams per millimole: in a urine test, how much protein there is for each millimole of creatinine, a "
        "waste product",
        only_near=_URINE_RATIO,
    ),
    # "Absolute neutrophil count ≥ 1,500/µL" (NCT02513394), "Platelets < 75,000 /μL" (NCT03102398), "a CD4 count ≥350
    # cells/uL" (NCT05296798), "platelets ≥100,000/mcL" (NCT05773092), "WBC counts > 2500/ µ L" (NCT05798663),
    # "Hyperleukocytosis (≥ 50,000 blasts/μL)" (NCT05507827): blood counts, per a millionth of a liter; in the spinal
    # fluid where the words near it say so, as /mm3 (above).
    term(
        _PER_MICROLITER,
        "per microliter: how many cells are in a tiny drop (a millionth of a liter) of the fluid tested, here the "
        "spinal fluid",
        only_near=_SPINAL_FLUID,
        only_before=r"(?:\d|blasts)\s*$",
    ),
    # ("pyuria (white blood cell [WBC] count >10/µL ...) in unspun urine", NCT01381549, hint4-1: WRONG as of blood)
    term(
        _PER_MICROLITER,
        "per microliter: how many cells are in a tiny drop (a millionth of a liter) of the urine tested",
        only_near=r"\burine|\bpyuria|urinalysis|\b(?-i:MSU)\b",
        only_before=r"\d\s*$",
    ),
    term(
        _PER_MICROLITER,
        "per microliter: how many cells are in a tiny drop (a millionth of a liter) of blood",
        only_before=r"(?:\d|blasts)\s*$",
    ),
    # "PLT ≥80×10^9/L" (NCT03799601), "Platelet count (PLT) ≥ 80 × 10⁹ / L" (NCT03416231): written as 10⁹/L is (above).
    term(
        "10^9/L | 10^9/l | 10^9 / L | 10⁹ / L | 10⁹ / l",
        "billions per liter: how many cells are in 1 liter of blood",
    ),
    # "Platelet count ≥100,000/mm^3" (NCT02227251, NCT04267848), "ANC ≥ 1500/cmm3" (NCT06737822): written as /mm3 is
    # (above).
    term(
        "cells/mm^3 | /mm^3 | cells/cmm3 | /cmm3",
        "per cubic millimeter: how many cells are in a tiny drop of the fluid tested, here the spinal fluid",
        only_near=_SPINAL_FLUID,
    ),
    term(
        "cells/mm^3 | /mm^3 | cells/cmm3 | /cmm3",
        "per cubic millimeter: how many cells are in a tiny drop of blood",
    ),
    # "absolute neutrophil count>1,500/mL platelets>100,000/mL" (NCT02387086, NCT02778893): cells in the blood, as
    # written; not a sperm count ("Sperm concentration ≥15*10^6/ml", NCT05585931), nor after another unit ("HBV DNA
    # ≥500 U/mL", NCT06940401).
    term(
        "/mL | /ml",
        "per milliliter: how many cells are in a milliliter (a thousandth of a liter) of blood",
        only_before=r"\d\s*$",
        not_near=r"sperm|semen|ejaculat|urin|" + _SPINAL_FLUID,
    ),
    # "systemic treatment with corticosteroids (>10 mg/day of prednisone or equivalent)" (NCT06751849), "regular use
    # of aspirin (>325 mg/d)" (NCT02179567), "budesonide or equivalent lower than 400 mcg/day" (NCT01738087), "ICS
    # ≥500 μg/day fluticasone propionate" (NCT05813288)
    # "Fasted glucose <126 mg/d" (NCT05365607, exports1: WRONG as a daily dose): a blood level, "mg/d" typed for mg/dL.
    term(
        "mg/day | mg/d",
        "milligrams a day: how much of a medicine is taken each day",
        not_near=r"glucose|sugar|cholesterol|\b(?-i:LDL|HDL)\b|triglycerid|creatinine|bilirubin|serum|plasma|blood level",
    ),
    term(
        "mcg/day | µg/day | μg/day | ug/day",
        "micrograms (millionths of a gram) a day: how much of a medicine is taken each day",
    ),
    # "cumulative doses of anthracyclines; Doxorubicin >360 mg/m2" (NCT05296798, NCT05739630)
    term(
        "mg/m2 | mg/m² | mg/m^2",
        "milligrams for each square meter of body surface, a measure of body size worked out from height and weight; "
        "used to set a medicine's dose",
    ),
    # "penile arterial insufficiency or venous leakage (doppler): PSV <25 cm/sec" (NCT02579148), "peak systolic
    # velocity >40 cm/s" (NCT05362994)
    term("cm/sec | cm/s", "centimeters per second: how fast blood flows in a blood vessel, measured by ultrasound"),
    # "Unable to consume alcohol according to 0.5 g/kg (body weight)" (NCT05316428), "0.5 g/Kg alcohol" (NCT00489450)
    term("g/kg | g/Kg", "grams for each kilogram of body weight"),
    # "PC20 ≤ 8 mg/mL" of methacholine (NCT04912596, NCT05813288, NCT00839124): how strong the test liquid is; "serum
    # creatinine > 30 mg/ml" (NCT00244023): in the blood; no note for a medicine's liquid ("a 10 mg/mL solution").
    term(
        "mg/mL | mg/ml",
        "milligrams per milliliter: here, how much of the breathing-test chemical (methacholine) is in the liquid "
        "breathed in",
        only_near=r"methacholine|\b(?-i:PC20)\b|provocat|histamine challenge",
    ),
    term(
        "mg/mL | mg/ml",
        "milligrams per milliliter, a unit for how much of a substance is in the blood",
        only_near=r"serum|plasma|\bblood\b|\blevels?\b",
    ),
    # "a viral load of more than 400 copies/mL" (NCT05348876), "HBV DNA (i.e., copy number ≥ 2000 copies/ml)"
    # (NCT05821933)
    term(
        "copies/mL | copies/ml",
        "copies of a virus's genes in each milliliter of blood: a measure of how much virus is there",
    ),
    # "creatinine clearance > 30 mL/minute" (NCT05282459), "a creatinine clearance < 30 ml/mn" (NCT00244023),
    # "creatinine clearance ≥60 mL / min" (NCT06480136), "less than 10 ml / min" (NCT00843063): written as mL/min is
    # (above).
    term(
        "mL/minute | ml/minute | ml/mn | mL/mn | mL / min | ml / min",
        "milliliters per minute, the unit for how fast the kidneys clean the blood",
    ),
    # "Creatinine clearance (as estimated by Cockcroft Gault) ≥ 60 cc/min" (NCT05993949, NCT00955929)
    term("cc/min", "cubic centimeters (milliliters) per minute, the unit for how fast the kidneys clean the blood"),
    # "Peak urinary flow rate (Qmax) <15 ml/sec" (NCT05955001), "maximum flow rate of less than 15 ml / s"
    # (NCT01866995); not "calculated creatinine clearance (CrCL) > 40 mL/sec" (NCT03983954), a kidney value.
    term(
        "ml/sec | mL/sec | ml/s | mL/s | ml / sec | mL / sec | ml / s | mL / s",
        "milliliters per second: here, how fast urine flows out when passing water",
        only_near=r"urin|\bflow|\b(?-i:Qmax)\b|uroflow|\bvoid|micturit",
    ),
    # "FeNO ≥35 ppb" (NCT05097287), "FeNo ≥ 25 ppb" (NCT06932263)
    term(
        "ppb",
        "parts per billion: a unit for tiny amounts of a gas; here, nitric oxide in the breath",
        only_near=r"\b(?-i:FeNO|FENO|FeNo)\b|nitric oxide|exhal|breath",
    ),
    # After a number, as ms and Gy (above): "daily Tadalafil 10 mg" (NCT00244023), "blood donation of 1 unit
    # (approximately 450 mL)" (NCT01401543), "Prostate volume > 50 cc" (NCT03830788), "Basal insulin dose >50 U"
    # (NCT06716424), "low-dose heparin (adult daily dose of 0.6 million to 12,000 U)" (NCT03799601); not "HBV DNA ≥500
    # U/mL" (NCT06940401).
    term("mg", "milligrams: thousandths of a gram", only_before=r"\d\s*$"),
    term("mL | ml", "milliliters: thousandths of a liter", only_before=r"\d\s*$"),
    term("cc", "cubic centimeters: the same as milliliters, thousandths of a liter", only_before=r"\d\s*$"),
    term(
        "U",
        "units: a set amount of a medicine, such as insulin or heparin, measured by how strongly it works",
        only_before=r"\d\s*$",
        not_after=r"^\s*/",
    ),
    # Spaces around the slash, as some records write them: "Creatinine: 0.6 to 1.10 mg / dl", "TGP: up to 40 U / L",
    # "Prolactin: 2.3 to 11.5 ng / ml" (NCT01321489), "Testosterone level greater than 300 ng/ dl" (NCT00848497),
    # "Hemoglobin (HB) ≥90 g / L" (NCT03416231), "Hemoglobin <10 g / dL" (NCT00817830): in the blood, as the same units
    # without spaces (above); not in the spinal fluid.
    term(
        "mg / dl | mg / dL",
        "milligrams per deciliter, a unit for how much of a substance is in the blood",
        not_near=_SPINAL_FLUID,
    ),
    term("g / dL | g / dl", "grams per deciliter, a unit for how much of a substance is in the blood"),
    term("g / L | g / l", "grams per liter, a unit for how much of a substance is in the blood"),
    term("ng / ml | ng / mL", "nanograms per milliliter, a unit for tiny amounts of a substance in the blood"),
    term(
        "ng/ dl | ng / dl | ng / dL",
        "nanograms per deciliter, a unit for tiny amounts of a substance, such as a hormone, in the blood",
    ),
    term("U / L", "units per liter, a unit for how active an enzyme is in the blood", not_near=HORMONE_TEST),
    # "Hemoglobin >= 8 gm/dl" (NCT04267848), "Haemoglobin > 9gm/dl" (NCT06737822): grams, written "gm".
    term("gm/dl | gm/dL", "grams per deciliter, a unit for how much of a substance is in the blood"),
    # "heart rate 40-100/min" (NCT05362994), "respiratory frequency ≥ 30/min" (NCT04340050); "Apnea-hypopnea-index >
    # 30/h" (NCT01600066), "apnea-hypopnea index (AHI) ≤3/hour" (NCT02562040): how often, right after a number.
    term(
        "/min",
        "per minute: how many times something happens in one minute, such as heartbeats or breaths",
        only_before=r"\d\s*$",
    ),
    term("/h | /hour", "per hour: how many times something happens in one hour", only_before=r"\d\s*$"),
    # Hospital terms: "Patients requiring ICU level care" (NCT04344444), 'a "no ICU admission" ... restriction'
    # (NCT04342182); every ICU in the records is the ward.
    term(
        "ICU | ICUs",
        "intensive care unit: the hospital ward for the sickest patients, with close watching and machines such as "
        "ventilators",
    ),
    # "Acute Respiratory Distress Syndrome (defined by a P/F ratio of <200)" (NCT04343989): named with its parts, PaO2
    # and FiO2 (above), so the reader can match them.
    term(
        "P/F ratio | P/F-ratio",
        "how well the lungs move oxygen into the blood: the blood's oxygen level (PaO2) divided by the share of oxygen "
        "breathed in (FiO2); lower is worse",
    ),
    # "fraction of inspired oxygen (PaO2 / FiO2) <200 mm/Hg" (NCT04346355): the ratio, not its two parts each.
    term(
        "PaO2/FiO2 ratio | PaO2/FIO2 ratio | PaO2 / FiO2 ratio | PaO2 / FIO2 ratio | PaO2 / FiO2 | PaO2 / FIO2",
        "how well the lungs move oxygen into the blood: the blood's oxygen level divided by the share of oxygen in the "
        "air breathed; lower is worse",
    ),
    # The exports1 and hint1 reviews (32 unseen studies, docs/eligibility-review/exports1, hint1): terms their
    # UNREADABLE rows found unexplained, each in the sense the records use.
    # "Hba1c>=6.5%" (NCT07254572), "HgA1c less than or equal to 8.0%" (NCT02713789), "HA1C > 6.5" (NCT01190904):
    # spelled as HbA1c is (above).
    term("Hba1c | HgA1c | HA1C", "a blood test of your average blood sugar over about 3 months"),
    # "fasting blood glucose 100-125 mg%" (NCT07254572); not "HgA1c > 8.0 mg%" (NCT02713789), a percentage typed
    # with the unit.
    term(
        "mg%",
        "milligrams per 100 milliliters (a deciliter): an old way to write mg/dL, a unit for how much of a substance "
        "is in the blood",
        only_before=r"\d\s*$",
        # ("HbA1C greater than or equal to 7.5 mg%", NCT06367855, downloads2: WRONG as mg/dL: the sign spelled out)
        not_before=r"A1c[^;]{0,40}$",
    ),
    # "current or preexisting CVD or cancers" (NCT05365607, a study of cardiovascular health): nothing near says which;
    # the study's subject does (glossary's sense above needs the words near it).
    term(
        "CVD",
        "cardiovascular disease: disease of the heart or blood vessels",
        study_about=r"cardiovascular|heart|cardiac|coronary",
        not_near=r"cerebro|vision|colou?r|vapou?r",
    ),
    # "primary care physician (PCP)" (NCT00877487) above; "phencyclidine (PCP), cocaine, opiates" (NCT06067984) is
    # the drug; Pneumocystis pneumonia where the words near it say so; "evaluation by the PCP with initiation or
    # adjustment of thyroid hormone replacement" (NCT05365607, NCT06264882), "Have a PCP within the KU Health System"
    # (NCT03908762): the doctor, after "the", "a" or "your".
    term(
        "PCP",
        "Pneumocystis pneumonia: a serious lung infection caused by a fungus, in people whose immune system is weak",
        only_near=r"pneumocystis|jiroveci|carinii|pneumonia|prophyla|trimethoprim|sulfamethoxazole|co-trimoxazole|"
        r"\b(?-i:TMP|SMX|HIV|AIDS|CD4)\b|opportunistic",
    ),
    term(
        "PCP",
        "phencyclidine (angel dust): an illegal drug that can make people see things that are not there and act "
        "strangely",
        only_near=_STREET_DRUGS,
    ),
    term(
        "PCP",
        "primary care provider: your regular doctor",
        only_before=r"\b(?:the|a|an|your|their|his|her|own)\s*$",
        not_near=r"pneumocystis|pneumonia|prophyla|" + _STREET_DRUGS,
    ),
    # "harm oneself during the current episode of PPD" (NCT05551195, a study of postpartum depression): not the skin
    # test for tuberculosis ("tuberculin (purified protein derivative [PPD]) skin test", NCT03369964), which a "PPD
    # test" is wherever it stands.
    term("PPD", "a skin test for tuberculosis", only_after=r"^\W{0,3}(?:skin\s+)?tests?\b"),
    term(
        "PPD",
        "postpartum depression: depression that starts during pregnancy or in the months after giving birth",
        only_near=r"postpartum|post-partum|postnatal|perinatal|peripartum|depress|episode|childbirth|giving birth|"
        r"\b(?-i:EPDS|HAMD|MDD)\b|\bbab(?:y|ies)\b|infant",
        not_near=r"\b(?-i:TB)\b|tubercul|\bskin\b|\bMantoux|induration",
    ),
    term(
        "PPD",
        "postpartum depression: depression that starts during pregnancy or in the months after giving birth",
        study_about=r"postpartum|post-partum|postnatal|perinatal|peripartum",
        not_near=r"\b(?-i:TB)\b|tubercul|\bskin\b|\bMantoux|induration|\btests?\b",
    ),
    # "SCID-5" (NCT05365607), "SCID-P" (NCT00472576), "SCID-I" (NCT00877487), "SCID-based DSM-5 diagnosis"
    # (NCT03751280); bare SCID is also severe combined immunodeficiency, an inherited immune disease.
    term(
        "SCID-5 | SCID-I | SCID-II | SCID-P | SCID-5-CV | SCID-5-RV",
        "Structured Clinical Interview for DSM: a set list of questions a trained interviewer asks to find mental "
        "health conditions",
    ),
    term(
        "SCID",
        "Structured Clinical Interview for DSM: a set list of questions a trained interviewer asks to find mental "
        "health conditions",
        only_near=r"\b(?-i:DSM)|interview|psychiatr|schizo|bipolar|depress|disorder",
        not_near=r"immunodeficien|combined immun|newborn|gene therapy|\b(?-i:ADA)\b",
    ),
    # "determined during screening with the WatchPat [AHI≥15]" (NCT05365607), "Apnea-hypopnea Index (AHI) > 15/h"
    # (NCT02637648); AHI is also acute HIV infection.
    term(
        "AHI",
        "apnea-hypopnea index: the number of times an hour breathing stops or gets shallow during sleep",
        only_near=r"sleep|apn(?:o)?ea|hypopn|polysomno|WatchPAT|\b(?-i:PSG|OSA|ODI|CPAP)\b|/h\b|/hour|per hour",
        not_near=r"\b(?-i:HIV)\b|seroconver|antiretrovir",
    ),
    # "determined during screening with the WatchPat [AHI≥15]" (NCT05365607): a device's name, matched in its case.
    term(
        "WatchPAT | WatchPat | Watch-PAT",
        "a small device worn on the wrist and finger overnight that tests for sleep apnea at home",
    ),
    # "Pittsburgh Sleep Quality Index (PSQI) score 6 or higher" (NCT05365607, NCT03795987)
    term(
        "PSQI",
        "Pittsburgh Sleep Quality Index: a questionnaire score of how well you slept over the past month, from 0 to "
        "21; higher means worse sleep",
    ),
    # "Epworth Sleepiness Scale (ESS): Question #8 score above 0 ..." (NCT05365607), "* ESS: On question #8 ..."
    # (NCT03828656); ESS is also endoscopic sinus surgery and the empty sella syndrome.
    term(
        "ESS",
        "Epworth Sleepiness Scale: a questionnaire score of how easily you doze off in daily life, from 0 to 24; "
        "higher means sleepier",
        only_near=r"epworth|sleep|drows|\bdoz|\b(?-i:PSQI)\b|question|score",
        not_near=r"sinus|endoscop|nasal|sella|pituitar",
    ),
    # "Patients with brain trauma and other organic brain diseases, and other contraindications for tDCS"
    # (NCT06741540)
    term(
        "tDCS",
        "transcranial direct current stimulation: a weak electric current passed through the head from pads on the "
        "scalp, to change how the brain works",
    ),
    # "Severe anxiety with GAD7 score ≥10" (NCT06741540), "GAD - 7 is equal to or greater than 10" (NCT03683472):
    # spelled as GAD-7 is (above).
    term("GAD7 | GAD - 7", "a 7-question score of anxiety; higher means more anxious"),
    # "Diagnosed with PA per 2016 Endocrine Society guidelines" (NCT07027254, a study of primary aldosteronism):
    # primary aldosteronism where the words near it or the study's subject say so; PA is also pulmonary artery,
    # physical activity, psoriatic arthritis and a physician assistant.
    term(
        "PA",
        "primary aldosteronism: the adrenal glands make too much of the hormone aldosterone, which raises blood "
        "pressure",
        only_near=r"aldosteron|adrenal|renin|\b(?-i:ARR|APA|AVS)\b",
    ),
    term(
        "PA",
        "primary aldosteronism: the adrenal glands make too much of the hormone aldosterone, which raises blood "
        "pressure",
        study_about=r"aldosteron",
        not_near=r"pulmonary|arter|physical|activity|arthritis|assistant|\b(?-i:X-?ray|CXR)\b",
    ),
    # "No SANE examination" (NCT05305235), "No sexual assault nurse examiner (SANE) examination" (NCT05989841); in
    # capitals also the word.
    term(
        "SANE",
        "sexual assault nurse examiner: a nurse trained to care for and examine people after a sexual assault",
        only_near=r"sexual|assault|\brape|nurse|exam|forensic",
        word=True,
    ),
    # "allergy towards ingredients in the VLCD products" (NCT05798494)
    term(
        "VLCD",
        "very low calorie diet: a diet of about 800 calories a day or less, often of special shakes or meal products",
    ),
    # "Ocular symptoms must be considered as annoying or activity limiting (OSDI ≥13; mild)" (NCT02193490)
    term(
        "OSDI",
        "Ocular Surface Disease Index: a questionnaire score of dry eye symptoms, from 0 to 100; higher means worse",
    ),
    # "Patients with score on the modified Medical Research Council (mMRC) >= 1" (NCT02629965)
    term(
        "mMRC",
        "modified Medical Research Council scale: a 0 to 4 score of how breathless you get in daily life; higher is "
        "worse",
    ),
    # "Patients who walk < 400 meters of 6MWT" (NCT02629965)
    term("6MWT", "six-minute walk test: how far you can walk in 6 minutes"),
    # "Patients with a current AN defined by DSM-V criteria" (NCT02567279); in capitals also the word.
    term(
        "AN",
        "anorexia nervosa: an eating disorder in which a person eats far too little, from a strong fear of gaining "
        "weight",
        only_near=r"anorex|eating|\b(?-i:DSM)|bulimi|\b(?-i:BMI)\b|underweight|restrict",
        word=True,
    ),
    # "Type 1 or Type 2 according to the BSS" (NCT02107196)
    term(
        "BSS",
        "Bristol Stool Scale: a chart of 7 kinds of stool, from hard lumps (type 1) to watery (type 7)",
        only_near=r"stool|bowel|bristol|\btypes? [1-7]\b",
    ),
    # "Prior treatment with an HGF/cMet inhibitor such as rilotumumab, crizotinib" (NCT02277197), "drugs targeting
    # the HGF and/or MET pathways" (NCT05821933), "C-MET amplification" (NCT06001671)
    term(
        "HGF",
        "hepatocyte growth factor: a protein that makes cells grow by switching on MET; some cancer medicines block it",
        only_near=r"\b(?-i:c-?MET|C-?MET|MET)\b|inhibitor|pathway|rilotumumab|ficlatuzumab|cancer|tumou?r",
    ),
    term(
        "cMet | c-Met | c-MET | C-MET | C-Met",
        "MET: a protein on cells that makes them grow; some cancers have changes in its gene that certain drugs target",
    ),
    # "serum osmolality < 300 mOsm/kg" (NCT06381934)
    term(
        "mOsm/kg",
        "milliosmoles per kilogram: the unit for how much salt, sugar and other substances are dissolved in a body "
        "fluid",
    ),
    # "Corneal epithelial defect larger than 1 mm2 in either eye" (NCT02193490)
    term(
        "mm2 | mm²",
        "square millimeters: a measure of area; 1 mm2 is a tiny square 1 millimeter on each side",
        only_before=r"\d\s*$",
    ),
    # The exports2 and hint2 reviews (24 unseen studies, docs/eligibility-review/exports2, hint2): terms their
    # UNREADABLE rows found unexplained, each in the sense the records use.
    # "Meet criteria for current MDD and CUD per the DSM-5" (NCT06878859, a study of cannabis use disorder): cannabis
    # where the words near it or the study's subject say so; CUD is also cocaine use disorder.
    term(
        "CUD",
        "cannabis use disorder: a condition in which a person keeps using cannabis even though it causes them problems",
        only_near=r"cannabi|marijuana|marihuana|\b(?-i:THC|CUDIT(?:-R)?)\b",
        not_near=r"cocaine|stimulant|amphetamine",
    ),
    term(
        "CUD",
        "cannabis use disorder: a condition in which a person keeps using cannabis even though it causes them problems",
        study_about=r"cannabi|marijuana",
        not_near=r"cocaine|stimulant|amphetamine|crack",
    ),
    # "Patients already on a maximum dose of RAASi or beta-blocker" (NCT04286399)
    term(
        "RAASi | RAAS inhibitors | RAAS inhibitor | RAAS blockers",
        "renin-angiotensin-aldosterone system inhibitors: blood pressure medicines, such as ACE inhibitors and ARBs, that "
        "also protect the kidneys and heart",
    ),
    # "History of DM ketoacidosis/Type 1 DM" (NCT04286399), "confirmed DM as per ADA criteria" (NCT06729996), "with and
    # without hypertension, Hypercholesteremia or DM" (NCT00297544), "patients with type 2 DM" (NCT03834610), "DM 1-2"
    # (NCT03905018), "uncontrolled DM (HBA1C> 12%)" (NCT02413099): every DM in the records is diabetes, but DM is also
    # dermatomyositis, a muscle and skin disease.
    term(
        "DM",
        "diabetes mellitus: the disease of high blood sugar",
        only_near=r"ketoacidosis|\btype\s*(?:1|2|I|II|one|two)\b|hyperglyc|hypoglyc|A1c\b|\b(?-i:ADA|HT)\b|"
        r"hypertension|hypercholest|dyslipid|\bobes",
        not_near=r"myositis|dermatomyo|\bmuscles?\b|\brash|\bskin\b",
    ),
    term(
        "DM",
        "diabetes mellitus: the disease of high blood sugar",
        only_after=r"^\s*(?:[12]|I{1,2})(?:\s*[-–/]\s*(?:[12]|I{1,2}))?\b(?!\s*(?:mg|ml|mL|cm|mm|%|years?|months?|weeks?))",
        not_near=r"myositis|dermatomyo|\bmuscles?\b|\brash|\bskin\b",
    ),
    # "Documented history of DM." (NCT06220968, a study of erectile dysfunction with diabetes mellitus)
    term(
        "DM",
        "diabetes mellitus: the disease of high blood sugar",
        study_about=r"diabet",
        not_near=r"myositis|dermatomyo|\bmuscles?\b|\brash|\bskin\b",
    ),
    # "Symptomatic bradycardia, high-grade AV blocks (Grade 2 and 3)" (NCT04286399): spelled as AV block is (above).
    term("AV blocks | AV-blocks", "blocks in the electrical signal between the heart's upper and lower chambers"),
    # "PHQ-A score less than 10" (NCT05486611)
    term(
        "PHQ-A",
        "Patient Health Questionnaire for Adolescents: a teen's 9-question score of depression, from 0 to 27; higher "
        "means more depressed",
    ),
    # "diagnosed with multiple sclerosis (MS) or clinically isolated syndrome (CIS)" (NCT03569618); not "carcinoma in
    # situ (CIS)", of the bladder or elsewhere.
    term(
        "CIS",
        "clinically isolated syndrome: a first attack of nerve symptoms like those of multiple sclerosis, lasting at "
        "least a day",
        only_near=r"sclerosis|\b(?-i:MS|RRMS|EDSS|SDMT)\b|demyelinat|optic neuritis|clinically isolated|McDonald",
        not_near=r"carcinom|in situ|cancer|tumou?r|bladder|urothel|\b(?-i:BCG|TURBT|NMIBC|DCIS|LCIS)\b",
    ),
    # "SDMT z-score range (-2 to +1)" (NCT03569618), "complete questionnaires (BDI, MFIS, MSNQ, SDMT, ...)"
    # (NCT04601233)
    term(
        "SDMT",
        "Symbol Digit Modalities Test: a timed test of thinking speed in which you match symbols to numbers",
    ),
    # Amblyopia (NCT02782117, NCT03608150; NCT02003391): "Fellow eye BCVA 20/25 or better", "Heterotropia ≤ 5 prism
    # diopters in current refractive correction at distance measured by SPCT"
    term(
        "BCVA",
        "best-corrected visual acuity: how sharply you see with the best glasses or contact lenses for you",
    ),
    term(
        "SPCT",
        "simultaneous prism and cover test: an eye test of how much an eye turns; a prism is held before one eye while "
        "the other is covered",
        only_near=r"prism|heterotropi|strabism|\beyes?\b|diopt|amblyop|squint",
    ),
    # "stenosis demonstrated on coronary angiography or CCTA" (NCT07030920)
    term("CCTA", "coronary CT angiography: a CT scan with a dye that shows the heart's arteries"),
    # "either manual open-loop system (non-AID) or a hybrid closed loop (AID) systems" (NCT06748963), "already using
    # an AID system" (NCT06463483): the insulin pump, where the words near it say so; AID is also an autoimmune
    # disease and artificial insemination by a donor.
    term(
        "AID",
        "automated insulin delivery: an insulin pump linked to a glucose sensor that changes insulin doses on its own",
        only_near=r"insulin|\bpumps?\b|closed[- ]loop|open[- ]loop|\b(?-i:CGM|CSII|SGLT2)\b|glucose|diabet|"
        r"sulph?onylurea|sulfonylurea|metformin",
        not_near=r"autoimmun|insemination|\bdonors?\b|\bsperm",
    ),
    term(
        "AID",
        "automated insulin delivery: an insulin pump linked to a glucose sensor that changes insulin doses on its own",
        study_about=r"diabet",
        only_after=r"^\s*(?:systems?|devices?|users?|therapy)\b",
        not_near=r"autoimmun|insemination|\bdonors?\b|\bsperm",
    ),
    # "intravascular implants, for example VCI filters, coils, stents" (NCT06748963): VCI is the French order.
    term(
        "IVC filter | IVC filters | VCI filter | VCI filters",
        "a small device put in the body's largest vein to catch blood clots",
    ),
    # ADHD (NCT02428088, NCT02466425, NCT00877487, NCT01101022; NCT05697627): "confirmed using the K-SADS-PL at
    # Screening", "Subject has an ADHD RS IV HV score of ≥ 28", "Subject has a CGI S score of ≥ 4", "Adult ADHD-RS
    # with prompts and CGI-S score ≤3"
    term(
        "K-SADS-PL | K-SADS",
        "Kiddie Schedule for Affective Disorders and Schizophrenia: a set interview that finds mental health "
        "conditions in children and teens",
    ),
    term(
        "ADHD-RS-IV | ADHD-RS | ADHD RS IV HV | ADHD RS IV | ADHD RS",
        "ADHD Rating Scale: a score of ADHD symptoms, from 0 to 54; higher means more symptoms",
    ),
    term(
        "CGI-S | CGI S",
        "Clinical Global Impression of Severity: a doctor's 1 to 7 rating of how ill a person is; higher is worse",
    ),
    # "any other antihyperglycemic agents (AHA) with the exception of the protocol-approved agents" (NCT02099110);
    # not "alpha hydroxy acids (AHA)" in skin products (NCT01813760).
    term(
        "AHA | AHAs",
        "antihyperglycemic agents: diabetes medicines that lower blood sugar",
        only_near=r"hyperglyc|diabet|insulin|metformin|sulph?onylurea|sulfonylurea|glucose|"
        r"\b(?-i:SGLT2|DPP-4|HbA1c|T2DM|GLP-1)\b",
        not_near=r"hydroxy|glycolic|lactic acid|\bskin\b|\bpeels?\b|American Heart",
    ),
    # "bleeding disorder contraindicating IM vaccination" (NCT00299260): a shot into the muscle (the sense above needs
    # injection words near it).
    term(
        "IM",
        "intramuscular: given as an injection into a muscle",
        only_after=r"^\s*(?:vaccin|immuni[sz]|shots?\b|injections?\b)",
    ),
    # "Subjects who have previously received MTX" (NCT00367237), "the local labeling for MTX or FAE" (NCT02634801)
    term(
        "MTX",
        "methotrexate: a medicine that slows cell growth, used for cancer and, at low doses, for arthritis and psoriasis",
    ),
    term(
        "FAE | FAEs",
        "fumaric acid esters: pills for psoriasis, such as dimethyl fumarate, that calm the immune system",
        only_near=r"psoria|fumar|\b(?-i:MTX)\b|methotrexate|dimethyl",
    ),
    # "Insomnia as defined by an ISI score of 8 or above" (NCT04325464), "ISI ≥11" (NCT06339853)
    term(
        "ISI",
        "Insomnia Severity Index: a 7-question score of how bad sleep problems are, from 0 to 28; higher means worse",
        only_near=r"insomnia|sleep|\bscor|\b(?-i:DSM)",
    ),
    # "ISI of 8 or above" (NCT05809544, NCT05822999), "ISI ≥11" (NCT06339853), in studies of insomnia
    term(
        "ISI",
        "Insomnia Severity Index: a 7-question score of how bad sleep problems are, from 0 to 28; higher means worse",
        study_about=r"insomnia|sleep",
    ),
    # "Clinical dementia rating (CDR) score > 0.5" (NCT01138111); CDR is also a part of an antibody.
    term(
        "CDR",
        "Clinical Dementia Rating: a score of how much memory loss affects daily life, from 0 (none) to 3 (severe)",
        only_near=r"dementia|alzheimer|cognit|memory|\b(?-i:MMSE|MoCA)\b",
    ),
    # Spine and discs: abbreviations a clinical reading of 24 studies (docs/eligibility-review/downloads1) found bare.
    # "Primary diagnosis of symptomatic degenerative disc disease (DDD)" (NCT04416321); DDD is also a pacemaker mode.
    term(
        "DDD",
        "degenerative disc disease: wear and tear of the discs between the bones of the spine",
        only_near=_SPINE_WORDS + r"|degenerat|\bdiscogenic|\bback\b|\bneck\b|\b(?-i:LBP|CLBP)\b",
        not_near=r"pacemaker|pacing|\b(?-i:VVI|AAI|DDDR)\b",
    ),
    # "DDD patients:", "early to moderate DDD, Modified Pfirrmann Grade 3-7" (NCT06490887, NCT06615505): in a study of
    # the spine.
    term(
        "DDD",
        "degenerative disc disease: wear and tear of the discs between the bones of the spine",
        study_about=_SPINE_STUDY,
        not_near=r"pacemaker|pacing|\b(?-i:VVI|AAI|DDDR)\b",
    ),
    # "Single- or multilevel CDDD between C3 and C7" (NCT04623593)
    term("CDDD", "cervical degenerative disc disease: wear and tear of the discs between the bones of the neck"),
    # "the Keos Lumbar IBFD with autologous bone graft" (NCT04416321)
    term(
        "IBFD",
        "interbody fusion device: an implant put in the space of a spine disc to help the bones on each side grow together",
    ),
    # "Suitable for transforaminal lumbar interbody fusion (TLIF) surgery" (NCT04416321), "1-3 levels of anterior lumbar
    # interbody fusion (ALIF) or MIS lateral lumbar interbody fusion (LLIF)" (NCT05029726), "via ALIF or OLIF technique"
    # (NCT05299762)
    term(
        "TLIF",
        "transforaminal lumbar interbody fusion: surgery from the back that joins two bones of the lower back with an "
        "implant in the disc space",
    ),
    term(
        "PLIF",
        "posterior lumbar interbody fusion: surgery from the back that joins two bones of the lower back with an "
        "implant in the disc space",
    ),
    term(
        "ALIF",
        "anterior lumbar interbody fusion: surgery through the belly that joins two bones of the lower back with an "
        "implant in the disc space",
    ),
    term(
        "LLIF",
        "lateral lumbar interbody fusion: surgery from the side that joins two bones of the lower back with an implant "
        "in the disc space",
    ),
    term(
        "OLIF",
        "oblique lumbar interbody fusion: surgery from the front and side that joins two bones of the lower back with "
        "an implant in the disc space",
    ),
    # "a prior cervical TDR or fusion procedure" (NCT04012996), "any prior fusion or CDA surgery in the cervical spine"
    # (NCT06485206)
    term(
        "TDR",
        "total disc replacement: surgery that replaces a worn disc of the spine with an artificial one",
        only_near=_SPINE_WORDS + r"|arthroplast",
    ),
    term(
        "CDA",
        "cervical disc arthroplasty: surgery that replaces a worn disc of the neck with an artificial one",
        only_near=_SPINE_WORDS + r"|arthroplast",
    ),
    # "MRI (T2WI) of Pfirrmann disc degeneration: Grade I-IV" (NCT06589271)
    term("T2WI", "T2-weighted image: one kind of MRI picture, in which fluid looks bright"),
    term("T1WI", "T1-weighted image: one kind of MRI picture, in which fat looks bright"),
    # The neck's bones by number. "between C3-7" (NCT04550923), "from C3-C7" (NCT05880823), "between C2-T1"
    # (NCT04214535): a stretch of them; "compression at C5-6 or C6-7" (NCT00868335): the disc between two.
    term(
        "C3-7 | C3-C7 | C2-7 | C2-C7 | C1-C7 | C4-C7 | C3-C6 | C5-C7",
        "the neck bones (vertebrae) from the first number to the second; C1 is at the top of the neck, C7 at the bottom",
        not_near=_COMPLEMENT_OR_CYCLE,
    ),
    # "one-level cervical (C3-C8) ... radiculopathy" (NCT01945554): there is no C8 bone, but a C8 nerve.
    term(
        "C3-C8 | C4-C8 | C5-C8",
        "the nerves of the neck from the first number to the second, which leave the spine between the neck bones",
        not_near=_COMPLEMENT_OR_CYCLE,
    ),
    term(
        "C2-T1 | C2 -T1 | C3-T1 | C1-T1",
        "the spine from a bone of the neck (C) down to T1, the first bone of the upper back",
        not_near=_COMPLEMENT_OR_CYCLE,
    ),
    term(
        "C2-3 | C3-4 | C4-5 | C5-6 | C6-7 | C2-C3 | C3-C4 | C4-C5 | C5-C6 | C6-C7 | C3/4 | C4/5 | C5/6 | C6/7 | "
        "C3/C4 | C4/C5 | C5/C6 | C6/C7",
        "a level between two bones of the neck, where a disc sits",
        not_near=_COMPLEMENT_OR_CYCLE,
    ),
    term(
        "C7-T1 | C7/T1 | C7-Th1",
        "the level between the last bone of the neck (C7) and the first bone of the upper back (T1), where a disc sits",
    ),
    # "Immobile levels between C1 and C7" (NCT04550923), "Symptomatic at two contiguous levels from C3 to C7"
    # (NCT05971329): no spine word near for the C1-C3 sense above, but the levels say which.
    term(
        "C1 | C2 | C3 | C4 | C5 | C6 | C7 | C-1 | C-2 | C-3 | C-4 | C-5 | C-6 | C-7",
        "one of the seven bones (vertebrae) of the neck, counted from the top (C1) down to C7, or the spinal nerve "
        "named after it",
        only_near=_NECK_BONE_WORDS,
        not_near=_COMPLEMENT_OR_CYCLE,
        not_before=r"anti-?\s*$",
    ),
    term(
        "C1 | C2 | C3 | C4 | C5 | C6 | C7 | C-1 | C-2 | C-3 | C-4 | C-5 | C-6 | C-7",
        "one of the seven bones (vertebrae) of the neck, counted from the top (C1) down to C7, or the spinal nerve "
        "named after it",
        only_after=r"^\s*(?:-|to|through|and)\s*(?-i:[CT]-?[1-8])\b",
        not_near=_COMPLEMENT_OR_CYCLE,
        not_before=r"anti-?\s*$",
    ),
    term(
        "C1 | C2 | C3 | C4 | C5 | C6 | C7 | C-1 | C-2 | C-3 | C-4 | C-5 | C-6 | C-7",
        "one of the seven bones (vertebrae) of the neck, counted from the top (C1) down to C7, or the spinal nerve "
        "named after it",
        only_before=r"(?-i:\bC-?[1-8])\s*(?:-|to|through|and)\s*$",
        not_near=_COMPLEMENT_OR_CYCLE,
    ),
    # "More than one immobile vertebral level between C1 and T1" (NCT05880823): not a cancer's T stage.
    term(
        "T1",
        "the first bone of the upper back, just below the neck, or the spinal nerve named after it",
        only_near=r"(?-i:\bC-?[1-8]\b)|cervical|vertebr|\bneck\b",
        not_near=_CANCER_WORDS + r"|\bstage|\b(?-i:TNM|Ta|Tis|N[0-3]|M[01])\b|weighted",
    ),
    # "allergy to bone morphogenetic protein (BMP) products" (NCT06115512); BMP is also a basic metabolic panel.
    term(
        "BMP | BMPs",
        "bone morphogenetic protein: a protein that helps new bone grow, used in some spine surgery",
        only_near=r"\bbones?\b|morphogen|graft|fusion|collagen|recombinant|\b(?-i:DBM)\b|allerg|hypersens|\bspin",
        not_near=r"metabolic|panel|electrolyt|chemistr|\b(?-i:CBC|CMP)\b",
    ),
    # "titanium or polyetheretherketone (PEEK)" (NCT04550923), "CAPSTONE PEEK cage" (NCT05182489)
    term(
        "PEEK",
        "polyetheretherketone: a strong, hard plastic used to make implants",
        word=True,
        only_near=r"titanium|cobalt|cage|implant|material|allerg|hypersens|polyether|plastic|device|alloy|polyethylene",
    ),
    # "Subjects for the isolation of adipose-derived MSCs" (NCT06490887)
    term(
        "MSC | MSCs",
        "mesenchymal stem cells: cells, for example from fat or the placenta, that can grow into bone, cartilage or fat",
        only_near=r"derived|\bstem|\bcells?\b|adipose|marrow|placent|umbilical|mesenchymal|isolat|inject|cultur",
    ),
    # Other studies of the same reading (NCT05923281, NCT05816382, NCT05287867, NCT06490887, NCT05879653).
    # "Patients with an CK four times the upper limit" (NCT05923281); "CK-MB" is the heart's form.
    term(
        "CK",
        "creatine kinase: an enzyme from the muscles; high levels can mean muscle damage",
        only_near=r"upper limit|\b(?-i:ULN)\b|normal|muscle|myopath|statin|rhabdo|creatine|\blevels?\b|times|"
        r"\b(?-i:U/L|IU/L)|elevat|\d\s*[x×]|[x×]\s*\d",
        not_after=r"^\s*-\s*(?-i:MB)\b",
    ),
    term(
        "CK-MB",
        "a form of creatine kinase, an enzyme, that comes mainly from the heart; high levels can mean heart damage",
    ),
    # "including participants diagnosed with NT1 or NT2" (NCT05816382)
    term(
        "NT1",
        "narcolepsy type 1: narcolepsy with sudden muscle weakness (cataplexy) or a lack of orexin, a brain chemical",
        only_near=r"narcolep|cataplex|sleep|orexin|hypocretin|\b(?-i:NT2)\b",
    ),
    term(
        "NT2",
        "narcolepsy type 2: narcolepsy without sudden muscle weakness (cataplexy) and with normal orexin, a brain chemical",
        only_near=r"narcolep|cataplex|sleep|orexin|hypocretin|\b(?-i:NT1)\b",
    ),
    # "ongoing treatment emergent adverse event (TEAE)" (NCT05816382)
    term(
        "TEAE | TEAEs",
        "treatment-emergent adverse event: a health problem that started or got worse after the study treatment began",
    ),
    # "Hypermobile or EDS" (NCT05287867): Ehlers-Danlos syndrome; "excessive daytime sleepiness (EDS)" (NCT05816382).
    term(
        "EDS",
        "Ehlers-Danlos syndrome: an inherited condition with stretchy skin and loose joints that bend too far",
        only_near=r"hypermobil|\bjoints?\b|Ehlers|Danlos|collagen|connective|Marfan",
    ),
    term(
        "EDS",
        "excessive daytime sleepiness: feeling very sleepy during the day",
        only_near=r"sleep|narcolep|cataplex|daytime|somnolen|Epworth|\b(?-i:ESS|MWT|MSLT)\b",
    ),
    # "Presence of HIV, HBV, HCV or TP infection" (NCT06490887), "treponema pallidum antibody (anti-TP)" (NCT05316428)
    term(
        "TP",
        "Treponema pallidum: the germ that causes syphilis",
        only_near=r"syphilis|treponem|\b(?-i:HIV|HBV|HCV|HBsAg|RPR|VDRL|TPPA)\b",
    ),
    # "fasting serum TG <= 150 mg/dL" (NCT05923281)
    term(
        "TG",
        "triglycerides: a kind of fat in the blood",
        only_near=r"fasting|serum|mg/d[lL]|mmol|lipid|cholesterol|\b(?-i:LDL|HDL)|triglycerid",
    ),
    # "LDL-C level (Friedewald formula) based on JAS2022" (NCT05923281)
    term(
        "JAS2022",
        "the 2022 guidelines of the Japan Atherosclerosis Society, on blood fats and the risk of heart disease",
    ),
    # Bladder cancer (NCT05879653): "a first confirmed diagnosis of MIBC", "Prior treatment for NMIBC", "diffuse CIS",
    # "UC at any site outside of the urinary bladder", "non-metastatic bladder cancer (N0M0)", "CTU/MRU of abdomen".
    term(
        "MIBC",
        "muscle-invasive bladder cancer: bladder cancer that has grown into the muscle wall of the bladder",
    ),
    term(
        "NMIBC",
        "non-muscle-invasive bladder cancer: bladder cancer that has not grown into the muscle wall of the bladder",
    ),
    term(
        "CIS",
        "carcinoma in situ: an early cancer that has not grown beyond the lining where it started",
        not_before=r"in situ\s*\(\s*$",  # spelled out right before: its words get their own notes
        only_near=r"bladder|urothel|\b(?-i:Ta|T1|BCG|UC|NMIBC|MIBC|TURBT)\b|upper tract|\bfoci\b|diffuse|carcinom|cancer|"
        r"tumou?r",
    ),
    term(
        "UC",
        "urothelial cancer: cancer of the lining of the bladder and the tubes that carry urine",
        only_near=r"bladder|urothel|urinary|upper tract|nephroureter|\b(?-i:CIS|MIBC|NMIBC|NSCLC|CRC|RCC)\b|platinum|"
        r"metasta|carcinom|cancer|tumou?r",
        not_near=r"colitis|Crohn|bowel|\b(?-i:IBD)\b|ulcerative|mesalamine",
    ),
    term("N0M0", "no cancer found in the nearby lymph nodes (N0) or in distant parts of the body (M0)"),
    term(
        "CTU",
        "CT urography: a CT scan of the kidneys, the tubes that carry urine from them, and the bladder",
        only_near=r"urin|bladder|abdomen|pelvis|kidney|\b(?-i:CT|MRU|MRI)\b",
    ),
    term(
        "MRU",
        "MR urography: an MRI scan of the kidneys, the tubes that carry urine from them, and the bladder",
        only_near=r"urin|bladder|abdomen|pelvis|kidney|\b(?-i:CT|CTU|MRI)\b",
    ),
    # "hypersensitivity (≥Grade 3) to MK-3475, ASG-22CE" (NCT05879653): the study drugs' code names.
    term("MK-3475 | MK3475", "the code name of pembrolizumab (Keytruda), an immunotherapy medicine for cancer"),
    term(
        "ASG-22CE",
        "the code name of enfortumab vedotin (Padcev), a cancer medicine that carries a cell poison into cancer cells",
    ),
    term(
        "MMAE",
        "monomethyl auristatin E: a strong cell poison that some antibody medicines for cancer (ADCs) carry into "
        "cancer cells",
    ),
    # Abbreviations the exports9 and hint4 readings found bare.
    term(
        "IPEX",
        "a rare inherited disease, starting in babies, in which the immune system attacks the gut, skin and glands",
    ),
    term(
        "PgR", "progesterone receptor: a protein on some breast cancer cells that the hormone progesterone attaches to"
    ),
    term("DMARD | DMARDs", "disease-modifying antirheumatic drug: a medicine that slows the damage of arthritis"),
    term("eCRCl", "estimated creatinine clearance: a measure of how well the kidneys filter the blood"),
    term("CD137", "a protein on immune cells; some medicines switch it on to help the immune system fight cancer"),
    term("IRLS", "International Restless Legs Scale: a score of how bad restless legs symptoms are, from 0 to 40"),
    term(
        "GT1b",
        "genotype 1b, a strain of the hepatitis C virus",
        only_near=r"hepatitis|\b(?-i:HCV)\b|genotype|virus",
    ),
    term(
        "AC",
        "doxorubicin (Adriamycin) and cyclophosphamide, two chemotherapy medicines given together",
        only_after=r"^\s*(?:combination\s+)?(?:regimen|chemotherapy|therapy|treatment|cycle)",
    ),
    term(
        "MMC",
        "mitomycin C, a chemotherapy medicine, often put into the bladder",
        only_near=r"bladder|intravesical|chemotherap|instillation|\b(?-i:BCG)\b",
    ),
    term("HPA axis", "the link between the brain and the adrenal glands that controls the stress hormone cortisol"),
    # Abbreviations UNREADABLE reasons of earlier readings name, still with no note.
    term(
        "DAPT",
        "dual antiplatelet therapy: two medicines taken together to stop blood clots, often after a stent",
        only_near=r"stent|antiplatelet|aspirin|P2Y12|clopidogrel|ticagrelor|prasugrel|\b(?-i:PCI)\b|coronary",
    ),
    term(
        "aHUS",
        "atypical hemolytic uremic syndrome: a rare disease in which small clots damage the kidneys and other organs",
    ),
    term("ACLF", "acute-on-chronic liver failure: a sudden failing of a liver that already had long-term disease"),
    term("INSTI | INSTIs", "integrase inhibitor: a kind of HIV medicine"),
    term(
        "DCB | DCBs",
        "drug-coated balloon: a balloon with medicine on it, used to open narrowed arteries",
        only_near=r"balloon|stent|angioplast|arter|\b(?-i:PCI|PTA)\b|lesion|restenosis",
    ),
    term(
        "ART",
        "antiretroviral therapy: medicines that control HIV",
        only_near=r"\b(?-i:HIV)\b|antiretroviral|viral load|\b(?-i:CD4)\b|\b(?-i:RNA)\b|regimen",
    ),
    term(
        "UI | SUI",
        "urinary incontinence: leaking urine",
        only_near=r"urin|bladder|incontinen|continence|pelvic|leak|stress|void",
    ),
    term(
        "RVO | BRVO | CRVO | HRVO",
        "retinal vein occlusion: a blocked vein in the back of the eye",
        only_near=r"\beyes?\b|retina|macula|vision|visual|fove|ocular|intravitreal",
    ),
    term(
        "CBT",
        "cognitive behavioral therapy: a talking therapy that changes unhelpful thoughts and habits",
        only_near=r"therap|psych|insomnia|depress|anxiety|counsel|session|\b(?-i:PTSD)\b|nightmare|pain",
    ),
    term("PHQ-8", "an 8-question score of depression; higher means more depressed"),
    term(
        "CCH",
        "chronic cluster headache: cluster headaches with no long break from attacks",
        only_near=r"headache|cluster",
    ),
    term(
        "SPG",
        "sphenopalatine ganglion: a bundle of nerves behind the nose linked to some headaches",
        only_near=r"headache|cluster|migraine|nerve|block|stimulat|ganglion",
    ),
    term(
        "MIS",
        "minimally invasive surgery: surgery through small cuts",
        only_near=r"surg|spine|spinal|fusion|decompress|approach|lumbar|\b(?-i:TLIF)\b",
    ),
    term("AASLD", "the American Association for the Study of Liver Diseases, whose guidelines doctors follow"),
)


# Words and phrases, matched in any case (WORDS, at the end, joins the groups).
_PLAIN_WORDS_AND_HEART: tuple[Term, ...] = (
    # Plain words that are hard to read
    term("amenable", "able to be treated with; suitable for"),
    term("abnormality | abnormalities", "something that is not normal"),
    term(
        "impair | impairs",
        "weaken or damage",
        only_near=r"function|abilit|erection|significant|\bmay\b|could|would|\bjudg|\bheal|absorption|cognit|renal|hepatic|kidney|liver",
    ),
    # NCT03101033: "Impaired function of cauda equina" read "impaired: weaken or damage".
    term(
        "impaired",
        "weakened or damaged, not working as well as it should",
        only_near=r"function|abilit|erection|significant|\bmay\b|could|would|\bjudg|\bheal|absorption|cognit|renal|hepatic|kidney|liver",
    ),
    term("excretion", "the way the body gets rid of waste or a medicine"),
    term("implantable", "able to be placed inside the body"),
    term("coexisting | co-existing", "present at the same time"),
    term("suboptimal", "less than it should be; not good enough"),
    term(
        "unresponsive | unresponsiveness",
        "not helped by a treatment",
        only_near=r"treat|therap|inhibitor|\b(?-i:PDE)\b|\bdrugs?\b|medic|\bdoses?\b",
    ),
    term("responder | responders", "a person whose illness gets better with a treatment"),
    term(
        "non-responder | non-responders | nonresponder | non responder | non responders",
        "a person whose illness does not get better with a treatment",
    ),
    term("treatable", "able to be treated"),
    term("inoperable", "cannot be removed or treated by surgery"),
    term("unhealed", "not yet healed"),
    term("uncured", "not cured"),
    term("modality | modalities", "a kind of treatment or test"),
    term(
        "harboring | harbouring | harbors | harbours",
        "having, as in a tumor with a gene change",
        only_near=r"mutation|\bgenes?\b|tumou?r|alteration|fusion|rearrange",
    ),
    term("predispose | predisposes", "make more likely to get a disease or problem"),
    # "physiological doses of steroids", "within the physiological range": the amount a body makes of itself;
    # "psychological or physiological abnormalities" (NCT00655590, sample 18: WRONG with "normal for the body").
    term(
        "physiologic | physiological",
        "normal for the body: about the amount the body makes or has on its own",
        only_after=r"^\W*(?:range|levels?|doses?|replacement|corticosteroid|release|amounts?)\b",
    ),
    term("physiologic | physiological | physiologically", "to do with the body and how it works"),
    term("derivative | derivatives | derivates", "a substance made from another, related substance"),
    term("analogue | analogues | analog | analogs", "a medicine built like a natural substance or another medicine"),
    term("agonist | agonists", "a medicine that switches on a receptor in the body, copying a natural substance"),
    term("antagonist | antagonists", "a medicine that blocks the action of a natural substance in the body"),
    term("inadequately treated | inadequately controlled", "not treated (or controlled) well enough"),
    term("prognostic", "to do with how a disease is likely to turn out"),
    term("pharmacopuncture", "injections of herbal medicine into acupuncture points, used in Korean medicine"),
    term("posterolateral", "toward the back and the side"),
    term(
        "multilevel | multi-level",
        "at several levels of the spine",
        only_near=r"\bspin|\bdiscs?\b|herniat|lumbar|cervical|surgery|fusion",
    ),
    term("dislocation", "a bone pushed out of its joint"),
    # "illness that would confound informed consent" (NCT03525262): it gets in the way of agreeing, not of the results.
    term(
        "confound | confounds | confounding",
        "get in the way of",
        only_near=r"consent|understand|comprehen|agree",
        not_near=r"results?|data|analys|assessment|interpret|evaluat",
    ),
    term("confound | confounds | confounding", "mix up or blur, as in making the study's results hard to read"),
    term("preclude | precludes | precluding | precluded", "prevent; rule out"),
    term("elapsed", "passed (of time)"),
    # NCT02713789: "approval of the sponsor (or designee)": the designee acts for the sponsor there.
    term(
        "designee | designees",
        "a person chosen to act for someone else, here for the sponsor (the company or group running the study)",
        # "employee, temporary contract worker, or designee of the company" (NCT01677299, hint1: WRONG as the doctor's)
        only_near=r"sponsor|company|employ",
    ),
    term(
        "designee | designees",
        "a person chosen to act for someone else, here for the study doctor",
        only_near=r"investigator|doctor|physician|\b(?-i:PI)\b",
    ),
    # NCT01100021: "VIVUS or designee staff": the company's; whose, the words around do not always say.
    term("designee | designees", "a person chosen to act for someone else"),
    term("investigator | investigators", "the doctor or doctors who run the study"),
    term(
        "sponsor",
        "the company or group that pays for and organizes the study",
        only_near=r"study|trial|company|employee|approv|agree|consent|staff|provid",
    ),
    term(
        "interventional study | interventional studies | interventional trial | interventional clinical",
        "a study that tests a treatment or other action on the people taking part",
    ),
    term("non-interventional", "only watching and recording, without giving any study treatment"),
    term("inadvisable", "not wise; not recommended"),
    term("contraindicate | contraindicates | contraindicating | contraindicative", "make a treatment unsafe to use"),
    term("exclusionary", "that rules someone out of the study"),
    term("forgo | forego", "go without; give up"),
    # "Abstinence from taking PDE5 for ..." (NCT06299332) is a break from a medicine, not from sex.
    # "no period of abstinence >3 months" from smokeless tobacco (NCT00717093, hint5-1: WRONG as not having sex)
    term(
        "abstinent | abstinence",
        "a time of not using it at all",
        only_near=r"tobacco|smok|nicotine|cigar|snuff|snus|alcohol|drink|substance|cocaine|cannabis|marijuana|opioid|"
        r"heroin|gambl",
        not_near=r"contracep|birth control|pregnan|\bsex|intercourse",
    ),
    term("abstinent | abstinence", "not having sex", not_after=r"^\s+from\s+(?!sex|sexual|intercourse|heterosexual)"),
    term("sexually abstinent | sexual abstinence", "not having sex at all"),
    term("monogamous", "having only one sexual partner"),
    term("lactating | lactation", "breastfeeding or making breast milk"),
    # "nonlactating" (NCT00540072, trialgpt1: UNREADABLE)
    term("non-lactating | nonlactating", "not breastfeeding"),
    term(
        "guardianship | tutorship | curatorship",
        "a legal arrangement in which someone else makes decisions for a person",
    ),
    term(
        "legally authorized representative | legally acceptable representative | legal representative",
        "a person allowed by law to make decisions for someone else",
    ),
    term("illiteracy | illiterate", "not being able to read or write"),
    term("clinician | clinicians", "a health professional who treats patients, such as a doctor or nurse"),
    term("evaluable", "able to be measured or checked"),
    term("tolerability", "how well people can put up with a treatment's side effects"),
    term("efficacy", "how well a treatment works"),
    term("pharmacokinetic | pharmacokinetics", "how the body takes in, uses and gets rid of a medicine"),
    term("pharmacodynamic | pharmacodynamics", "what a medicine does in the body"),
    # "included in unblinded clinical trials" (glossary audit: NCT06317558, NCT06610240) means trials whose groups are
    # still secret; the note would say the opposite.
    term(
        "unblinded | unblinding",
        "told which treatment a person got, in a study where this was kept secret",
        not_after=r"^\s+clinical\s+trials?",
    ),
    term(
        "double-blind | double blind", "neither the people taking part nor the study team know who gets which treatment"
    ),
    term("randomized controlled trial", "a study that puts people into groups by chance and compares the groups"),
    term("open-label | open label", "everyone knows which treatment each person gets"),
    term("screening period | screening visit", "the first part of a study, when tests check whether you can join"),
    # NCT03895671 (sample 13): side effects "returned to baseline" are back to how you were before the treatment.
    term(
        "returned to baseline | return to baseline | returns to baseline | back to baseline | recovered to baseline | "
        "recovery to baseline",
        "back to how it was before the illness or the treatment",
    ),
    term(
        "baseline",
        "the start of the study, when first measurements are taken",
        only_near=r"visit|study|before|at baseline|from baseline|measure|score|period|value",
    ),
    # NCT01150903 (sample 11: WRONG): "continuous enrolment with medical history for >= 60 months" is membership of a
    # health plan whose records the study reads.
    term(
        "enrollment | enrolment",
        "being a member of the health plan or database whose records are used",
        # (not "plan to become pregnant ... at the time of enrollment", NCT06615505, downloads3: WRONG)
        only_near=r"continuous|health plan|insurance|database|medical history for|claims|\bplan\s+(?:member|enrol)",
    ),
    # "enrollment in a commercial or self prescribed weight loss or exercise program" (NCT00623545, hint4: WRONG as
    # joining the study)
    term(
        "enrollment | enrolment",
        "joining the study",
        not_after=r"^\s*(?:in|into|on)\s+(?:an?\s+|any\s+)?(?:commercial|self|weight|exercise|fitness|rehab|smoking|"
        r"education|school|insurance|health\s+plan|(?:[\w-]+\s+)?(?:program|programme|class|course)\b)",
    ),
    term("dosing", "giving a dose of a medicine"),
    term("excipient | excipients", "the inactive ingredients of a medicine"),
    term(
        "formulation | formulations", "the form a medicine comes in and what is in it, such as a tablet or an injection"
    ),
    term("monotherapy", "treatment with one medicine alone"),
    # "Inability to comply with dietary regimen of the study centre" (NCT01145014, hint1: WRONG as medicines)
    term(
        "regimen | regimens", "a plan of what to eat and when", only_before=r"\b(?:diet(?:ary)?|food|meal|feeding)\s+$"
    ),
    # "changes in dietary habits, lifestyle, or exercise regimen" (NCT02107196, hint1: WRONG as medicines)
    term(
        "regimen | regimens", "a plan of exercise", only_before=r"\b(?:exercise|training|workout|physical activity)\s+$"
    ),
    term("regimen | regimens", "a plan of treatment: which medicines, how much and how often"),
    term("first-line", "the first treatment given for a disease"),
    term("second-line", "the treatment given when the first treatment did not work or stopped working"),
    term(
        "line of therapy | lines of therapy | line of treatment | lines of treatment | lines of systemic therapy | line of systemic therapy | "
        "lines of chemotherapy | line of chemotherapy | lines of cytotoxic chemotherapy | line of cytotoxic chemotherapy",
        "one treatment plan, given until it stops working or is stopped; the next plan is the next line",
    ),
    # "Treatment-naïve for palliative intent systemic therapy ..." (NCT05048797, sample 25: WRONG as never treated at
    # all): never had the treatment it names.
    term(
        "treatment-naive | treatment-naïve | treatment naive | treatment naïve | therapy-naive",
        "never had the treatment named after it",
        only_after=r"^\s*(?:for|to|with)\b",
    ),
    # "EGFR TKI treatment-naïve", "Tyrosine Kinase Inhibitor (TKI) treatment naive" (NCT02856893, NCT06620835): never
    # had the medicine named before it; "Treatment naïve in the use of" a device (NCT05883553)
    term(
        "treatment-naive | treatment-naïve | treatment naive | treatment naïve | therapy-naive",
        "never had the treatment named before it",
        # ("BTKi treatment naive", NCT04728893, downloads7: WRONG as never treated for the disease)
        only_before=r"(?:(?-i:[A-Z]{2,}\d?i?s?)\)?|inhibitors?\)?)\s*$",
    ),
    term(
        "treatment-naive | treatment-naïve | treatment naive | treatment naïve | therapy-naive",
        "never used it before",
        only_after=r"^\s+in\s+the\s+use\s+of\b",
    ),
    term(
        "treatment-naive | treatment-naïve | treatment naive | treatment naïve | therapy-naive",
        "never treated for this disease before",
    ),
    term("retreatment | re-treatment", "being treated again with the same treatment"),
    term("prophylactic | prophylactically", "given to prevent a disease or symptom, rather than to treat it"),
    term("prophylaxis", "treatment to prevent a disease or symptom"),
    # "off pharmacologic doses of systemic glucocorticoids" (glossary audit: NCT03983954): doses above the body's own.
    term(
        "pharmacologic doses | pharmacological doses | pharmacologic dose | pharmacological dose",
        "doses larger than the amount the body makes on its own, given as a treatment",
    ),
    term("pharmacological | pharmacologic | pharmacologically", "with medicines"),
    term("pharmacotherapy", "treatment with medicines"),
    term(
        "systemic therapy | systemic treatment | systemic treatments | systemic therapies",
        "medicine that travels through the whole body, not just to one place",
    ),
    # "systemic psychotherapy" (NCT06741540, exports1: WRONG as the whole body): a family-systems talking therapy.
    # "PAH associated with simple, congenital systemic-to-pulmonary shunts" (NCT05818137, downloads2: WRONG as the whole
    # body): the body's blood circulation, beside the lungs'.
    term(
        "systemic-to-pulmonary shunt | systemic-to-pulmonary shunts",
        "a connection, often there from birth, that lets blood flow from the body's blood vessels into the lungs'",
    ),
    term("systemic", "affecting the whole body", not_after=r"^\s*(?:family\s+)?(?:psychotherap|famil)"),
    # NCT02795884 (sample 11: WRONG): "topical treatments (radiotherapy or surgery)" are local treatments of a cancer.
    term(
        "topical",
        "aimed at one place only, such as surgery or radiation to that spot",
        only_near=r"radiotherapy|radiation|surgery|resection|ablation|metasta|lesion",
    ),
    term("topical", "put on the skin or on the area being treated"),
    term("transdermal", "through the skin, such as a patch"),
    term("sublingual", "placed under the tongue to dissolve"),
    # "buccal mucosa" (NCT05774483, sample 24: WRONG as the medicine's way in) is a place: the cheek's lining.
    term("buccal mucosa", "the soft lining inside the cheek"),
    # "retropharyngeal or buccal cellulitis" (NCT00315042, trialgpt reading: WRONG as the medicine's way in): the
    # route only where a medicine is given; elsewhere the cheek.
    term(
        "buccal",
        "placed in the cheek to dissolve",
        not_after=r"^\s*(?:mucosa|cavity|cancer|carcinoma|region|area|lesion|cellulitis|space|abscess|infection|swelling)",
        only_near=r"tablet|film|lozenge|spray|dissolv|administ|route|dose|dosing|formulation|fentanyl|midazolam|buprenorphine|given|"
        r"sublingual|transdermal|\boral\b|inhal|nitrat|in any form",
    ),
    term("buccal", "to do with the cheek"),
    term("intranasal", "sprayed or put into the nose"),
    term("inhalational", "breathed in"),
    term("intramuscular | intramuscularly", "given as an injection into a muscle"),
    # "prior surgery that alters the subcutaneous anatomy" (outside sample 2: WRONG as an injection): the layer itself.
    term(
        "subcutaneous",
        "under the skin",
        # ("deficiency of subcutaneous body fat", NCT02527343, hint5: WRONG as an injection)
        only_after=r"^\s*(?:anatomy|tissues?|(?:body\s+)?fat|layers?|nodules?|lumps?|masses|mass|lesions?|emphysema|space)\b",
    ),
    # "Subcutaneous ICDs" (NCT06705023, exports4: WRONG as an injection): a device put in under the skin.
    term(
        "subcutaneous",
        "placed under the skin",
        # ("subcutaneous contraceptive implant", NCT02017327, hint6: WRONG as an injection)
        # ("subcutaneous venous access device placement", NCT01763788, hint9: WRONG as an injection)
        only_after=r"^\s*(?:(?:contraceptive|hormonal)\s+|(?:central\s+)?venous\s+access\s+)?(?:ICDs?|implantable|defibrillators?|devices?|ports?|pumps?|implants?|"
        r"leads?|monitors?|rods?)\b",
    ),
    # "subcutaneous panniculitis-like T-cell lymphoma" (NCT03349333, hint6: WRONG as an injection)
    term(
        "subcutaneous panniculitis-like T-cell lymphoma | subcutaneous panniculitis-like T cell lymphoma",
        "a rare lymphoma that grows in the fat under the skin",
    ),
    term("subcutaneous | subcutaneously", "given as an injection under the skin"),
    term("intravenous | intravenously", "given through a needle or thin tube into a vein"),
    term("parenteral", "given by injection or through a vein, not by mouth"),
    # "secondary cutaneous ulcer enteral fistula" (NCT02512159, trialgpt2: WRONG as feeding)
    term(
        "enteral fistula | enterocutaneous fistula | entero-cutaneous fistula",
        "an abnormal passage from the bowel to the skin or to another organ",
    ),
    term("enteral", "through the gut, by mouth or by a feeding tube", not_after=r"^\s*fistula"),
    # "sequestered lumbar disc herniation or intrathecal herniation" (NCT01978912, downloads6: WRONG as a drug's route).
    term(
        "intrathecal herniation",
        "disc material pushed into the sac of fluid around the spinal cord and nerves",
    ),
    term("intrathecal", "given into the fluid around the spinal cord"),
    # NCT03295981 (sample 15): in bone tumour surgery, intralesional treatment scrapes the tumour out from inside.
    term(
        "intralesional curettage | intralesional surgery | intralesional resection | intralesional excision",
        "surgery that scrapes a tumour out from inside the bone",
    ),
    # "such as intralesional corticosteroids or excision, on the eligible scars" (outside sample 1: WRONG, "excision"
    # near gave it the bone-tumour surgery sense): a medicine after it is injected.
    term(
        "intralesional",
        "injected directly into a lump, scar or sore",
        only_after=r"^\s*(?:cortico)?steroids?\b|^\s*(?:injections?|triamcinolone|interferon|bleomycin|methotrexate|"
        r"fluorouracil|5-?FU|medicines?|drugs?)\b",
    ),
    term(
        "intralesional",
        "injected directly into a lump or sore",
        not_near=r"curettage|resection|excision|surgery|surgical|reconstruction|\bbone\b",
    ),
    term(
        "intralesional",
        "from inside the tumour: surgery that scrapes it out rather than removing it whole",
        only_near=r"curettage|resection|excision|surgery|surgical|reconstruction|\bbone\b",
    ),
    term("intravaginal", "put into the vagina"),
    term("intraurethral | intra-urethral", "put into the urethra, the tube that carries urine out of the body"),
    term(
        "intracavernosal | intracavernous | intra-cavernosal | intracavernosal injection | intracavernosal injections | intracorporal | intracorporeal",
        "into the spongy tissue of the penis that fills with blood in an erection",
    ),
    term(
        "suppository | suppositories",
        "medicine shaped to be put into the back passage, the vagina or the urethra, where it melts",
    ),
    term("injectable | injectables", "given as an injection"),
    term("over-the-counter", "sold without a prescription"),
    # ("... spinal fusion surgery ... and supplementation with a pedicle screw system", NCT05182489, downloads2: WRONG)
    term(
        "supplementation",
        "taking extra amounts of something, such as a vitamin",
        not_after=r"^\s+(?:with\s+)?(?:an?\s+)?(?:posterior\s+)?(?:pedicle|screws?|rods?|plates?|fixation|instrumentation|cage)",
    ),
    term("herbal supplements | herbal medicines | herbal remedies", "products made from plants, taken for health"),
    term(
        "St. John's Wort | St John's Wort | Saint John's Wort",
        "a herbal remedy for low mood; it changes how many medicines work",
    ),
    term(
        "grapefruit",
        "a fruit whose juice changes how the body breaks down many medicines",
        only_near=r"juice|medic|\bdrugs?\b|consum|avoid|\bSeville|pomelo|starfruit",
    ),
    term(
        "Seville oranges | Seville orange",
        "bitter oranges, used in marmalade; like grapefruit, they change how the body breaks down many medicines",
    ),
    term(
        "pomelo | pomelos | starfruit | star fruit",
        "a fruit that, like grapefruit, changes how the body breaks down many medicines",
    ),
    # "local anesthesia" (NCT06508918, NCT03607838, sample 43: explained as putting you to sleep)
    term(
        "local anesthesia | local anaesthesia | local anesthetic | local anaesthetic | local anesthetics | local anaesthetics",
        "medicine that numbs one part of the body; you stay awake",
    ),
    term("anesthesia | anaesthesia", "medicine that stops you feeling pain, or puts you to sleep, during a procedure"),
    term("general anesthesia | general anaesthesia", "medicine that puts you fully to sleep for a procedure"),
    term(
        "anesthetic | anesthetics | anaesthetic | anaesthetics",
        "a medicine that stops you feeling pain during a procedure",
    ),
    term("sedation", "medicine that makes you calm and sleepy"),
    term("analgesic | analgesics | analgesia", "a pain-relief medicine"),
    # "Antipyretics (Phenytoin, Phenobarbital, Carbamazepine)" (NCT03142542): the study's slip for seizure medicines;
    # the note would let them pass.
    term(
        "antipyretic | antipyretics",
        "a medicine that lowers fever",
        not_after=r"^\s*\(\s*(?:phenytoin|phenobarb|carbamazep)",
    ),
    term("opioid | opioids | opiate | opiates", "strong pain medicines, such as morphine; some are misused as drugs"),
    term(
        "narcotic | narcotics",
        "strong pain medicines, such as morphine",
        only_near=r"physical therapy|anti-inflammator|conservative|muscle relaxant|analgesic|\bdose\b|prescri",
    ),
    term("narcotic | narcotics", "strong pain medicines, such as morphine, or illegal drugs"),
    # "within 42 days since tumor vaccines and checkpoint inhibitors" (NCT05326516, sample 27: WRONG as the vaccines
    # that protect against an infection)
    term(
        "tumor vaccine | tumor vaccines | tumour vaccine | tumour vaccines | cancer vaccine | cancer vaccines | "
        "antitumor vaccine | antitumor vaccines | anti-tumor vaccines | anticancer vaccine | anticancer vaccines | "
        "anti-cancer vaccines",
        "a treatment that trains the immune system to attack a cancer",
    ),
    term("psychoactive", "changing how the mind works, such as mood or perception"),
    term("psychotropic", "acting on the mind; psychotropic medicines treat mental health conditions"),
    term("illicit", "illegal", only_near=r"\bdrugs?\b|substance|\buse\b"),
    # Heart and blood vessels
    term("myocardial", "to do with the heart muscle"),
    term("infarction | infarct | infarcts", "death of tissue from a lack of blood flow"),
    term("angina pectoris", "chest pain from poor blood flow to the heart"),
    term("unstable angina", "chest pain from poor blood flow to the heart that comes on at rest or quickly gets worse"),
    term("pectoris", "of the chest (angina pectoris is chest pain from poor blood flow to the heart)"),
    term(
        "congestive heart failure | congestive cardiac failure",
        "the heart does not pump as well as it should, so fluid builds up in the body",
    ),
    term("congestive", "with fluid building up in the body"),
    term("heart failure | cardiac failure", "the heart does not pump as well as it should"),
    term(
        "hypertrophic obstructive cardiomyopathy",
        "a thick heart muscle that partly blocks blood flowing out of the heart",
    ),
    term("circulatory", "to do with the flow of blood through the body"),
    term("hypoperfusion", "too little blood flow to an organ"),
    term("chest cavity perfusion", "cancer medicine put straight into the space around the lungs"),
    term(
        "perfusion",
        "blood flow through an organ or tissue",
        not_near=r"pleural|intraperitoneal|hyperthermic|perfusion therapy|chemotherapy",
    ),
    term("cardiologist", "a heart doctor"),
    term(
        "adrenergic | adrenergic blockers | adrenergic blocker",
        "acting on the body's adrenaline signals; adrenergic blockers include alpha-blockers and beta-blockers",
    ),
    term("torsade", "torsades de pointes: a dangerous, fast heart rhythm"),
    term("decompensated", "no longer held in check by the body or by treatment, so it is getting worse"),
    term("decompensation", "an illness getting worse because the body can no longer make up for it"),
    # "severe left ventricular systolic dysfunction (ejection fraction less than 30%)" (NCT06742931, exports4: WRONG as
    # the blood pressure number)
    term(
        "systolic dysfunction | systolic heart failure",
        "the heart's main pumping chamber does not squeeze well enough",
    ),
    term(
        "systolic",
        "the top number of a blood pressure reading, when the heart beats",
        # "peak systolic velocity at penile colour doppler" (NCT02450188): blood flow speed, not blood pressure.
        not_near=r"velocity|\b(?-i:PSV)\b|doppler|cm/s",
    ),
    term(
        "diastolic",
        "the bottom number of a blood pressure reading, when the heart rests between beats",
        # "diastolic velocity<5cm/s" of penile blood flow (NCT00382161, sample 12: WRONG): a speed, not a pressure.
        not_near=r"velocity|\b(?-i:EDV)\b|doppler|cm/s",
    ),
    term("ischemic | ischaemic", "caused by too little blood flow"),
    term("ischemia | ischaemia", "too little blood flow to a part of the body"),
    term(
        "ischemic heart disease | ischaemic heart disease",
        "heart disease caused by narrowed arteries that supply the heart",
    ),
    term("ventricular", "to do with the ventricles, the heart's two lower chambers"),
    term("ventricular tachycardia", "a fast heartbeat that starts in the heart's lower chambers; it can be dangerous"),
    term("ventricular fibrillation", "a chaotic heart rhythm in which the heart stops pumping; it is life-threatening"),
    term("supraventricular", "starting in the heart's upper chambers"),
    term("atrial", "to do with the atria, the heart's two upper chambers"),
    term("atrial fibrillation", "a fast, uneven heartbeat that starts in the heart's upper chambers"),
    term("atrial flutter", "a fast heartbeat that starts in the heart's upper chambers"),
    term("fibrillation", "a fast, chaotic, uneven beating of the heart"),
    term("tachycardia", "a fast heartbeat"),
    term("tachyarrhythmia | tachyarrhythmias", "a fast, abnormal heart rhythm"),
    term("bradycardia", "a slow heartbeat"),
    term("dysrhythmia | dysrhythmias | arrythmia | arrythmias", "an uneven heartbeat"),
    term("arrhythmic", "with an uneven heartbeat"),
    term("atrioventricular | atrio-ventricular", "between the heart's upper and lower chambers"),
    term(
        "atrioventricular block | heart block",
        "a block in the electrical signal between the heart's upper and lower chambers",
    ),
    term(
        "second-degree | second degree | third-degree | third degree",
        "how serious a heart block is, from first degree (mild) to third degree (the signal is fully blocked)",
        only_near=r"block|heart|atrioventricular|AV\b",
    ),
    term("Mobitz", "a kind of second-degree heart block"),
    term("bundle branch block", "a delay in the electrical signal along one side of the heart"),
    term(
        "conduction",
        "how the electrical signal travels through the heart",
        only_near=r"heart|cardiac|block|defect|\b(?-i:ECG)\b|abnormal|disorder|disturb|delay",
    ),
    term(
        "cardiomyopathy | cardiomyopathies", "a disease of the heart muscle that makes it harder for the heart to pump"
    ),
    term("hypertrophic cardiomyopathy", "a disease in which the heart muscle becomes too thick"),
    term("dilated cardiomyopathy", "a disease in which the heart becomes large and weak"),
    term("pericardial", "to do with the sac around the heart"),
    term("pericardial effusion", "fluid around the heart"),
    term("pericarditis", "swelling of the sac around the heart"),
    term("myocarditis", "swelling of the heart muscle"),
    term("endocarditis", "an infection of the heart's inner lining or valves"),
    term("valvular", "to do with the heart valves"),
    term("valvular heart disease", "a disease of the heart valves, which keep blood flowing the right way"),
    term("aortic stenosis", "a narrowed main valve out of the heart"),
    term(
        "subaortic stenosis | idiopathic hypertrophic subaortic stenosis",
        "a narrowing just below the heart's main outlet valve",
    ),
    term("outflow obstruction", "a blockage of blood flowing out of the heart"),
    term("stenosis", "an abnormal narrowing"),
    term("angioplasty", "a procedure to widen a narrowed blood vessel, usually with a small balloon"),
    term("stent | stents | stenting", "a small mesh tube put inside a blood vessel or other tube to hold it open"),
    term("coronary", "to do with the arteries that supply the heart"),
    term("coronary artery disease | coronary heart disease", "narrowed arteries that supply the heart"),
    # "coronary/peripheral artery bypass grafting" (NCT06090136, sample 44: WRONG, said as heart surgery only)
    term(
        "peripheral artery bypass grafting | peripheral artery bypass | peripheral bypass",
        "surgery that makes a new path for blood around a blocked artery in the leg or arm",
    ),
    term(
        "coronary artery bypass graft | coronary artery bypass grafting | coronary artery bypass surgery | bypass grafting",
        "heart bypass surgery: new paths for blood around blocked heart arteries",
    ),
    term(
        "revascularization | revascularisation",
        "a procedure to bring back blood flow, such as angioplasty or bypass surgery",
    ),
    term("percutaneous coronary intervention", "a procedure that opens a blocked heart artery with a balloon or stent"),
    # "Percutaneous contraceptive patches" (NCT01381549, hint4-1e: WRONG, a patch with a needle)
    term("percutaneous", "through the skin", only_after=r"^\s+(?:[\w-]+\s+){0,2}?patch(?:es)?\b"),
    term("percutaneous", "done through the skin, often with a needle or thin tube"),
    term("pacemaker | pacemakers", "a small device put in the chest that keeps the heartbeat regular"),
    term(
        "defibrillator | defibrillators | cardioverter-defibrillator | cardioverter defibrillator | implantable cardioverter-defibrillator",
        "a device that shocks the heart back into a normal rhythm",
    ),
    term(
        "QT prolongation | prolonged QT | QT interval prolongation | QTc prolongation | long QT | prolonged QTc",
        "a longer-than-normal QT time on an ECG, which can lead to dangerous heart rhythms",
    ),
    term(
        "long QT syndrome | congenital long QT syndrome",
        "a heart rhythm problem, often inherited, that can cause fainting or sudden death",
    ),
    term("torsades de pointes | torsade de pointes | torsades", "a dangerous, fast heart rhythm"),
    term(
        "Fridericia | Fridericia's | Friedericia | Fridericia’s",
        "a formula that corrects the QT time on an ECG for heart rate (QTcF)",
    ),
    term("Bazett | Bazett's", "a formula that corrects the QT time on an ECG for heart rate (QTcB)"),
    term(
        "electrocardiogram | electrocardiograms | electrocardiographic | electrocardiography",
        "a test that records your heart's electrical activity (ECG)",
    ),
    term("echocardiogram | echocardiography | echocardiographic", "an ultrasound scan of the heart"),
    term(
        "multigated acquisition | multiple gated acquisition",
        "a heart scan (MUGA) that measures how well the heart pumps, using a small amount of a radioactive tracer",
    ),
    term(
        "ejection fraction",
        "how much of the blood in the heart is pumped out with each beat; about 50% to 70% is normal",
    ),
    term("left ventricular", "of the left ventricle, the heart's main pumping chamber"),
    term("left ventricle", "the heart's main pumping chamber"),
    term(
        "left ventricular ejection fraction",
        "how much blood the heart's main chamber pumps out with each beat; about 50% to 70% is normal",
    ),
    term("shortening fraction", "how much the heart's main chamber narrows with each beat, measured by ultrasound"),
    term(
        "postural hypotension | orthostatic hypotension",
        "a drop in blood pressure when you stand up, which can make you dizzy or faint",
    ),
    term(
        "orthostatic | postural",
        "when standing up or changing position",
        only_near=r"hypotens|pressure|\bdizz|tachycard",
    ),
    term("hypertensive", "to do with high blood pressure"),
    term(
        "hypertensive crisis | hypertensive emergency | malignant hypertension",
        "a sudden, very high blood pressure that can harm organs",
    ),
    term("hypertensive encephalopathy", "brain swelling and confusion caused by very high blood pressure"),
    term(
        "antihypertensive | antihypertensives | anti-hypertensive | anti-hypertensives | antihypertensive agents",
        "a medicine that lowers blood pressure",
    ),
    term("embolism | embolisms", "a blockage of a blood vessel, often by a blood clot"),
    term("embolic", "caused by a clot or other material carried in the blood"),
    term("pulmonary embolism | pulmonary emboli | pulmonary embolus", "a blood clot in the lungs"),
    term("thrombosis | thromboses", "a blood clot in a blood vessel"),
    term("thrombotic", "caused by blood clots"),
    term("thrombus", "a blood clot"),
    term("deep vein thrombosis | deep venous thrombosis", "a blood clot in a deep vein, often in the leg"),
    # "History of venous thromboembolism" (NCT06020014, sample 44: LOSSY as "a blood clot in a vein"): the lungs too
    term("venous thromboembolism", "a blood clot in a vein, in the leg (DVT) or in the lungs (PE)"),
    term("venous thrombosis", "a blood clot in a vein"),
    term("arterial thrombosis | arterial thromboembolism", "a blood clot in an artery"),
    term("antithrombotic | antithrombotics", "a medicine that prevents blood clots"),
    term("thrombolytic | thrombolytics | thrombolysis", "a medicine that breaks up blood clots"),
    term(
        "anti-coagulation | anti-coagulants | anti-coagulant",
        "blood thinners: medicines that stop blood from clotting easily",
    ),
    term(
        "antiplatelet | anti-platelet | antiplatelets | antiplatelet agents | antiplatelet therapy",
        "a medicine that stops platelets sticking together to form clots, such as aspirin",
    ),
    term("blood thinner | blood thinners", "a medicine that stops blood from clotting easily"),
    term("aneurysm | aneurysms", "a bulge in a weak blood vessel wall that can burst"),
    term("carotid", "the main arteries in the neck that carry blood to the brain"),
    term("carotid stenosis", "a narrowing of the main arteries in the neck"),
    term("endarterectomy", "surgery to clear a build-up from the inside of an artery"),
    term("bruit | bruits", "a whooshing sound over a narrowed artery, heard with a stethoscope"),
    term(
        "peripheral vascular disease | peripheral arterial disease | peripheral artery disease",
        "narrowed blood vessels, most often in the legs",
    ),
    # "a score of more than 2.0 of the Zurich Claudication Questionnaire (ZCQ)" (NCT05587465, downloads5: WRONG as poor
    # blood flow, itself a reason that study kept people out for): the questionnaire of spinal stenosis.
    term(
        "Zurich Claudication Questionnaire | ZCQ",
        "a questionnaire about leg pain and walking for people with a narrowed spinal canal in the lower back",
        not_before=r"Questionnaire\s*\(\s*$",
    ),
    term(
        "claudication",
        "pain or weakness in the legs when walking, from nerves squeezed in the lower back",
        only_near=r"spinal|stenosis|lumbar|neurogenic|\b(?-i:LSS|ZCQ)\b",
        not_near=r"peripheral|arter|vascular|blood flow|ankle-brachial|\b(?-i:PAD|ABI)\b",
    ),
    term("claudication", "leg pain when walking, from poor blood flow"),
    term("atherosclerosis | atherosclerotic", "a build-up of fatty deposits in the arteries"),
    term("arteriosclerosis", "hardening of the arteries"),
    term("occlusive | occlusion", "blocking, or a blockage, of a blood vessel or tube"),
    # glossary audit (NCT06121674): the penis's veins fail to close, nothing is blocked
    term(
        "veno-occlusive erectile dysfunction | venoocclusive erectile dysfunction",
        "erection problems because blood leaks out of the penis too fast during an erection",
    ),
    # NCT03102398 (sample 15): a birth-control cap, not a blocked vessel.
    term("occlusive cap | occlusive caps", "a cap put over the cervix to stop sperm, such as a diaphragm"),
    term("vasculitis", "swelling of the blood vessels"),
    term("hyperlipidemia | hyperlipidaemia", "too much fat, such as cholesterol, in the blood"),
    term("hypercholesterolemia | hypercholesterolaemia", "too much cholesterol in the blood"),
    term("dyslipidemia | dyslipidaemia", "abnormal levels of fats, such as cholesterol, in the blood"),
    term("statin | statins", "a medicine that lowers cholesterol"),
    term("hemodynamic | hemodynamically | haemodynamic | haemodynamically", "to do with blood flow and blood pressure"),
    term(
        "hemodynamically unstable | haemodynamically unstable | hemodynamic instability",
        "with blood pressure or blood flow not steady enough to be safe",
    ),
    term("cardiogenic shock", "the heart suddenly cannot pump enough blood for the body's needs"),
    term("cardiopulmonary", "to do with the heart and lungs"),
    term("cardiovascular", "to do with the heart and blood vessels"),
    term("troponin", "a protein released into the blood when the heart muscle is damaged"),
    term("vasodilator | vasodilators", "a medicine that widens blood vessels"),
    term(
        "nitrate | nitrates",
        "a kind of heart medicine, such as nitroglycerin, that widens blood vessels",
        not_near=r"urine|dipstick|\bdiet|nitric oxide levels",
    ),
    term("organic nitrates", "heart medicines, such as nitroglycerin, that widen blood vessels"),
    term(
        "nitric oxide donor | nitric oxide donors | nitric-oxide donor | nitric-oxide donors",
        "medicines that release nitric oxide and widen blood vessels, such as nitrates",
    ),
    term("nitric oxide", "a gas made in the body that widens blood vessels"),
    term(
        "nitroglycerin | nitroglycerine | glyceryl trinitrate",
        "a nitrate medicine that quickly widens blood vessels, used for chest pain",
    ),
    term(
        "nitrite | nitrites",
        "chemicals related to nitrates; some, such as amyl nitrite, widen blood vessels",
        not_near=r"\burin|dipstick|leukocyte",
    ),
    term("mononitrate | dinitrate | isosorbid", "a nitrate heart medicine that widens blood vessels"),
    term("isosorbide mononitrate | isosorbide dinitrate | isosorbide", "a nitrate medicine used to prevent chest pain"),
    term("amyl nitrite | amyl nitrate | poppers", "a drug that is breathed in and widens blood vessels"),
    term("nitroprusside", "a medicine given through a vein to lower very high blood pressure"),
    term("molsidomine", "a heart medicine that widens blood vessels, used for chest pain"),
    term("riociguat", "a medicine for high blood pressure in the lungs; it widens blood vessels"),
    term(
        "guanylate cyclase | guanylate cyclase stimulators | guanylate cyclase stimulator",
        "an enzyme in blood vessels; medicines that stimulate it, such as riociguat, widen blood vessels",
    ),
    term(
        "alpha-blocker | alpha-blockers | alpha blocker | alpha blockers | α-blocker | α-blockers | alpha-adrenergic blockers | alpha-adrenergic antagonists | "
        # "alpha [1]-adrenergic blockers (such as doxazosin)" (NCT01352507, sample 21: the "adrenergic blockers" note
        # named beta-blockers too)
        "alpha [1]-adrenergic blockers | alpha-1-adrenergic blockers | alpha-1 adrenergic blockers | alpha1-adrenergic blockers | "
        "alpha-1 blockers | alpha 1 blockers",
        "medicines that relax muscles in the prostate and blood vessels, used for an enlarged prostate and high blood pressure",
    ),
    # "Currently on beta-blocker monotherapy ... IOP reduction" in a glaucoma study (NCT02003391, hint5: WRONG with the
    # heart note): the eye drops.
    term(
        "beta-blocker | beta-blockers | beta blocker | beta blockers | β-blocker | β-blockers | betablocker | betablockers",
        "here, eye drops such as timolol that lower the pressure in the eye",
        only_near=_EYE_PRESSURE,
    ),
    term(
        "beta-blocker | beta-blockers | beta blocker | beta blockers | β-blocker | β-blockers | betablocker | betablockers",
        # (not "or the same medicines as pills": a rule on the drops would read as taking the pills in, hint5b: WRONG)
        "here, eye drops such as timolol that lower the pressure in the eye",
        study_about=r"glaucoma|ocular hypertension|intraocular",
    ),
    term(
        # "use of betablockers" (NCT04949204, sample 40: UNREADABLE, no note)
        "beta-blocker | beta-blockers | beta blocker | beta blockers | β-blocker | β-blockers | betablocker | betablockers",
        "medicines that slow the heart and lower blood pressure",
    ),
    term(
        "calcium channel blocker | calcium channel blockers | calcium antagonists",
        "medicines that relax blood vessels and lower blood pressure",
    ),
    term(
        "ACE inhibitor | ACE inhibitors | ACE-inhibitors | ACEi",
        "medicines that lower blood pressure by relaxing blood vessels",
    ),
    term("angiotensin", "a hormone that narrows blood vessels; many blood pressure medicines block it"),
    term(
        "angiotensin receptor blocker | angiotensin receptor blockers | angiotensin II receptor blockers",
        "medicines that lower blood pressure",
    ),
    term("diuretic | diuretics", "water pills: medicines that make you pass more urine"),
    term("thiazide | thiazides", "water pills that also lower blood pressure"),
    term("hydrochlorothiazide", "a water pill that lowers blood pressure"),
    term("spironolactone", "a water pill that also blocks male hormones"),
    term(
        "antiarrhythmic | antiarrhythmics | anti-arrhythmic | antiarrhythmic drugs",
        "a medicine that keeps the heart beating in a normal rhythm",
    ),
    term("amiodarone", "a medicine for uneven heartbeats; it stays in the body for months"),
    term("sotalol", "a medicine for uneven heartbeats"),
    term("quinidine", "an older medicine for uneven heartbeats"),
    term("digoxin", "a heart medicine that slows and strengthens the heartbeat"),
    term(
        "verapamil", "a medicine that lowers blood pressure and slows the heart; also used to prevent cluster headache"
    ),
    term("diltiazem", "a medicine that lowers blood pressure and slows the heart"),
    term("propranolol", "a beta-blocker medicine that slows the heart; also used to prevent migraine"),
    term(
        "atenolol | carvedilol | metoprolol | bisoprolol",
        "a beta-blocker medicine that slows the heart and lowers blood pressure",
    ),
    term(
        "doxazosin | terazosin | prazosin", "an alpha-blocker medicine for high blood pressure and an enlarged prostate"
    ),
    term(
        "tamsulosin | alfuzosin | silodosin",
        "an alpha-blocker medicine that eases urine flow in men with an enlarged prostate",
    ),
    term("warfarin | Coumadin | acenocoumarol | phenprocoumon", "a blood thinner taken as a pill"),
    term(
        "heparin | heparins",
        "a blood thinner given by injection or through a vein",
        # "Specimens are collected in EDTA (K2 or K3) or heparin (sodium or lithium)" (NCT05035615): a blood tube's
        # additive, not a medicine given to you.
        not_near=r"specimens?|\btubes?\b|collected in|\b(?-i:EDTA)\b|lithium",
    ),
    term(
        "low molecular weight heparin | low-molecular-weight heparin | low molecular weight heparins | LMWH",
        "a blood thinner given as an injection under the skin",
    ),
    term(
        "enoxaparin | Lovenox | dalteparin | tinzaparin",
        "a blood thinner given by injection (a low molecular weight heparin)",
    ),
    term(
        "dabigatran | Pradaxa | rivaroxaban | Xarelto | apixaban | Eliquis | edoxaban",
        "a blood thinner taken as a pill",
    ),
    term("clopidogrel | Plavix | prasugrel | ticagrelor", "a medicine that stops platelets from forming clots"),
    term("P2Y12", "a protein on platelets; P2Y12 inhibitors such as clopidogrel stop clots"),
    term("dipyridamole | Persantine", "a medicine that stops platelets from forming clots"),
    term("acetylsalicylic acid", "aspirin"),
    term("pentoxifylline", "a medicine that improves blood flow"),
)

_BODY_SYSTEMS: tuple[Term, ...] = (
    # Lungs and breathing
    term("interstitial lung disease | interstitial lung diseases", "a group of diseases that scar the lungs"),
    term("pulmonary fibrosis", "scarring of the lungs"),
    term("pleural effusion | pleural effusions", "fluid around the lungs"),
    term("pleural", "to do with the lining around the lungs"),
    term("effusion | effusions", "a build-up of fluid in a space in the body"),
    term("malignant effusion", "fluid around the lungs or heart that contains cancer cells"),
    term("malignant pleural effusion", "fluid around the lungs that contains cancer cells"),  # NCT01562210, sample 17
    term("hemoptysis | haemoptysis", "coughing up blood"),
    term("dyspnea | dyspnoea", "shortness of breath"),
    term("hypoxia | hypoxemia | hypoxaemia", "too little oxygen in the body or blood"),
    term("desaturation", "a drop in the oxygen level of the blood"),
    term("oxygen saturation", "how much oxygen your blood carries, often measured with a clip on the finger"),
    term(
        "chronic obstructive pulmonary disease | chronic obstructive lung disease",
        "a long-term lung disease that makes breathing hard",
    ),
    term("emphysema", "damage to the air sacs of the lungs that makes breathing hard"),
    term("bronchitis", "swelling of the airways in the lungs"),
    term("bronchiectasis", "widened, damaged airways that fill with mucus"),
    term("bronchiolitis obliterans", "scarring that blocks the smallest airways of the lungs"),
    term("bronchospasm", "a sudden tightening of the airways that makes breathing hard"),
    term("bronchial", "to do with the airways of the lungs"),
    term("bronchodilator | bronchodilators", "medicines that open the airways"),
    term("pre-bronchodilator", "measured before taking a medicine that opens the airways"),
    term("post-bronchodilator", "measured after taking a medicine that opens the airways"),
    term("spirometry", "a breathing test that measures how much and how fast you can blow out air"),
    term("forced expiratory volume", "how much air you can blow out in a set time, a breathing test"),
    term("expiratory", "to do with breathing out"),
    term(
        "methacholine challenge | methacholine",
        "a breathing test that checks how easily the airways tighten, used for asthma",
        # "PC20 methacholine less than 8 mg/mL" (NCT05813288, sample 43): the substance breathed in, by its dose
        not_after=r"^\s*(?:(?:less|more|greater) than|at (?:most|least)|[<>≤≥])",
    ),
    term(
        "methacholine",
        "a substance breathed in during an asthma test; the lower the dose that tightens the airways, the more "
        "sensitive they are",
    ),
    term(
        "provocative concentration | PC20 | PC₂₀", "the dose of a test substance that makes your breathing drop by 20%"
    ),
    term("hyperresponsiveness | hyper-responsiveness", "airways that tighten too easily"),
    term("bronchoprovocation", "a breathing test in which you breathe in a substance that can tighten the airways"),
    term("airflow variability", "how much your breathing test results change from one time to another"),
    term(
        "reversibility",
        "how much your breathing improves after a medicine that opens the airways",
        only_near=r"\b(?-i:FEV)|bronchodilat|airway|salbutamol|albuterol",
    ),
    term("asthma exacerbation | asthma exacerbations", "an asthma attack: asthma suddenly gets worse"),
    term("asthmatic", "having asthma"),
    term("sarcoidosis", "a disease that forms small lumps of immune cells, often in the lungs"),
    term(
        "pulmonary hypertension | pulmonary arterial hypertension", "high blood pressure in the arteries of the lungs"
    ),
    term(
        "sleep apnea | sleep apnoea | obstructive sleep apnea | obstructive sleep apnoea",
        "breathing stops and starts during sleep",
    ),
    term(
        "apnea-hypopnea index | apnoea-hypopnoea index",
        "the number of times an hour breathing stops or gets shallow during sleep",
        not_after=r"^\s*\(\s*(?-i:AHI)\b",  # then the abbreviation's note says it (exports1 and hint1 reviews)
    ),
    term("pneumonectomy", "surgery to remove a whole lung"),
    term("lobectomy", "surgery to remove one lobe, a part, of a lung or other organ"),
    term("thoracotomy", "surgery that opens the chest"),
    term("mediastinum", "the space in the chest between the lungs"),
    term("mediastinal", "in the space in the chest between the lungs"),
    term("mediastinoscopy", "a look inside the middle of the chest through a small cut, to take samples"),
    # "hilar block mimicking hilar cholangiocarcinoma" (glossary audit: NCT06214572) is the liver's hilum.
    term("hilar", "at the hilum of the liver, where the main bile ducts leave it", only_near=_BILE_DUCTS),
    term("hilar", "at the root of the lung, where its airways and blood vessels enter", not_near=_BILE_DUCTS),
    term(
        "alveolar",
        "to do with the tiny air sacs of the lungs",
        only_near=r"\blungs?\b|pulmonar|\bair\b|oxygen|\bgas\b|proteinosis|hemorrhag|pneumon|damage",
    ),
    term("ground-glass opacity | ground glass opacity | ground-glass", "a hazy area on a lung scan"),
    term("corneal opacity | corneal opacities", "cloudy or scarred spots in the cornea, the clear front of the eye"),
    # "Significant media opacities, including cataract" (NCT05850520, downloads2: WRONG as a cloudy area on a scan).
    term(
        "media opacity | media opacities | ocular media opacity | ocular media opacities",
        "clouding inside the eye, such as a cataract, that blocks light",
    ),
    term(
        "opacity | opacities",
        "an area that looks cloudy on a scan",
        not_near=r"\bcataract|\bvitreous|\bcorneal|\blens\b",
    ),
    term("lymphangitic", "spread through the lymph vessels", only_near=r"carcinomatosis|spread|\blungs?\b"),
    # Kidneys
    term(
        "renal insufficiency | renal impairment | kidney impairment | renal dysfunction",
        "the kidneys do not work well enough",
    ),
    term(
        "hepatic insufficiency | hepatic impairment | liver impairment | hepatic dysfunction",
        "the liver does not work well enough",
    ),
    # "recent myocardial infarction or stroke myocardial insufficiency" (NCT05955001, sample 42: the blood-flow sense)
    # "severe valvular (any valve) insufficiency/regurgitation" (NCT06705023, exports4: WRONG as a weak heart muscle)
    term(
        "insufficiency",
        "here, a heart valve that does not close well, so blood leaks back",
        only_near=r"valv|regurgita|\b(?:mitral|aortic|tricuspid|pulmonic)\b",
    ),
    term(
        "insufficiency",
        "not working well enough; for the heart, a heart muscle too weak to pump well",
        only_near=r"myocard|cardiac|\bheart\b",
    ),
    term(
        "insufficiency",
        "not working well enough; here, the glands make too little hormone",
        only_near=r"adrenal|adreno|pituitar|thyroid|gland|hormon",
    ),
    term("insufficiency", "not working well enough; for arteries or veins, too little blood flow"),
    term("renal failure | kidney failure", "the kidneys have stopped working well enough to keep you healthy"),
    term("glomerular filtration rate", "how well the kidneys filter waste from the blood"),
    term("glomerular", "to do with the kidneys' tiny filters"),
    # "creatinine clearance ‹220μmol/L" (NCT04265963, sample 3 re-read: WRONG, the note made "less than" a cap on how
    # well the kidneys work): a blood level's unit says the study means something else; no note guesses which.
    term(
        "creatinine clearance",
        "how well the kidneys clear creatinine, a waste product, from the blood",
        not_after=r"^\W{0,3}(?:less than|more than|at most|at least|[<>≤≥‹›])?\s*[\d.,]+\s*(?:[µμu]mol|mg/d?l|g/l)",
    ),
    term(
        "Cockcroft-Gault | Cockcroft Gault | Cockroft-Gault | Cockcroft and Gault | Cockcroft-Gault's",
        "a formula that estimates how well the kidneys work from a creatinine blood test, your age and weight",
    ),
    # "free testosterone level (measured by equilibrium dialysis)" (NCT00512707, sample 20: WRONG) is a lab method.
    term(
        "dialysis",
        "a treatment that cleans the blood with a machine when the kidneys cannot",
        not_before=r"\b(?:equilibrium|rapid equilibrium|by)\s*$",
    ),
    term("equilibrium dialysis", "a lab method for measuring how much of a substance in the blood is free"),
    term("hemodialysis | haemodialysis", "cleaning the blood with a machine when the kidneys cannot"),
    term("peritoneal dialysis", "cleaning the blood using fluid put into the belly, when the kidneys cannot"),
    term("nephropathy | nephropathies", "kidney damage"),
    term("nephritis", "swelling of the kidneys"),
    term("nephrectomy", "surgery to remove all or part of a kidney"),
    term("nephrotic syndrome", "kidney damage that makes the body lose a lot of protein in the urine"),
    term("proteinuria", "protein in the urine, a sign of kidney damage"),
    term("albuminuria | microalbuminuria", "albumin, a protein, in the urine; a sign of kidney damage"),
    term("urinalysis", "a test of a urine sample"),
    term("dipstick", "a strip dipped in urine that changes color to show what is in it"),
    # "urea cream (Carmol 10, ...)" (outside sample 2: WRONG as the blood waste product): a skin softener.
    term(
        "urea",
        "a substance in creams that softens dry, thick skin",
        only_near=r"\bcreams?\b|lotions?|ointments?|keratolytic|moisturi|emollient|topical|urea[\s-]*(?:containing|based)"
        r"|urea\s*\(?\s*(?:greater than|more than|>|≥)?\s*\d+\s*%",
    ),
    # "other medications for treatment of hyponatremia specifically: demeclocycline, lithium carbonate or urea"
    # (NCT01386372, hint2-1: WRONG as the blood waste product): a medicine that raises the blood's sodium.
    term(
        "urea",
        "here, a medicine taken by mouth to raise a low sodium level",
        only_near=r"hyponatr|demeclocycline|vaptan|low sodium|\bSIADH\b",
    ),
    term("urea", "a waste product in the blood that the kidneys remove"),
    term("electrolytes | electrolyte", "salts in the blood, such as sodium and potassium, that the body needs"),
    term("hypokalemia | hypokalaemia", "too little potassium in the blood"),
    term("hyperkalemia | hyperkalaemia", "too much potassium in the blood"),
    term("hypomagnesemia | hypomagnesaemia", "too little magnesium in the blood"),
    term("hypocalcemia | hypocalcaemia", "too little calcium in the blood"),
    term("hypercalcemia | hypercalcaemia", "too much calcium in the blood"),
    term("hyponatremia | hyponatraemia", "too little sodium (salt) in the blood"),
    term("hypophosphatemia | hypophosphataemia", "too little phosphate in the blood"),
    term("kidney stones | nephrolithiasis | urolithiasis", "hard lumps that form in the kidneys or urinary tract"),
    # Liver and pancreas
    term("cirrhosis", "severe scarring of the liver"),
    term("ascites", "fluid build-up in the belly"),
    term(
        "varices | esophageal varices | oesophageal varices | variceal",
        "swollen veins in the food pipe or stomach that can bleed, often from liver disease",
    ),
    term("portal hypertension", "high blood pressure in the vein that carries blood to the liver"),
    term("portosystemic", "between the liver's blood supply and the rest of the body's veins"),
    term("hepatic encephalopathy", "confusion caused by a failing liver"),
    term("encephalopathy", "a disease or damage that changes how the brain works"),
    term("obstructive jaundice", "yellow skin and eyes because a bile duct is blocked"),
    term("jaundice", "yellow skin and eyes, often from liver problems"),
    # "hilar involvement (type 2 non communicating block and higher blocks as per Bismuth-Corlette classification)"
    # (NCT06214572, sample 30: UNREADABLE, unexplained).
    term(
        "Bismuth-Corlette classification | Bismuth-Corlette",
        "a grading of how far a bile duct blockage reaches up into the liver; type 2 and higher reach where the "
        "main ducts meet",
    ),
    # "Liver minus gross tumor volume at least 700cc" (NCT06214572, sample 30: UNREADABLE): the tumor as drawn for
    # radiation planning.
    term(
        "gross tumor volume | gross tumour volume",
        "the tumor as it shows on scans, as outlined to plan radiation",
    ),
    term("cholestasis", "bile does not flow well out of the liver"),
    term("cholangitis", "swelling or infection of the bile ducts"),
    term(
        "primary biliary cholangitis | primary biliary cirrhosis",
        "a long-term disease that slowly damages the bile ducts in the liver",
    ),
    term("primary sclerosing cholangitis", "a long-term disease that scars the bile ducts"),
    term("hepatitis", "swelling of the liver, often from a virus"),
    term("autoimmune hepatitis", "the immune system attacks the liver"),
    term("hepatobiliary", "to do with the liver and the bile ducts"),
    term("hepatopathy", "a disease of the liver"),
    term("hemochromatosis | haemochromatosis", "an inherited disease in which too much iron builds up in the body"),
    term("Wilson's disease | Wilson disease", "an inherited disease in which too much copper builds up in the body"),
    term(
        "Gilbert's syndrome | Gilbert syndrome | Gilbert's disease | Gilbert disease | Gilbert's | Gilbert’s syndrome | Gilbert’s",
        "a common, harmless condition in which the liver clears bilirubin more slowly, so bilirubin is a little high",
        shown="Gilbert's syndrome",
    ),
    term(
        "Child-Pugh | Child Pugh | Child-Pugh-Turcotte | Child-Turcotte-Pugh",
        "a score of how well the liver works in liver disease; class A is mildest and C most severe",
    ),
    term(
        "aminotransferase | aminotransferases | transaminase | transaminases",
        "liver enzymes (ALT and AST) measured in blood tests; high levels can mean liver damage",
    ),
    term(
        "alanine aminotransferase | alanine transaminase",
        "ALT, a liver enzyme measured in a blood test; high levels can mean liver damage",
    ),
    term("unconjugated", "not yet processed by the liver", only_near=r"bilirubin|hyperbilirubin"),
    term(
        "aspartate aminotransferase | aspartate transaminase",
        "AST, a liver enzyme measured in a blood test; high levels can mean liver damage",
    ),
    term(
        "glutamic-oxaloacetic transaminase | glutamic oxaloacetic transaminase | glutamate oxaloacetate transaminase",
        "another name for AST, a liver enzyme",
    ),
    term(
        "glutamic-pyruvic transaminase | glutamic pyruvic transaminase | glutamate-pyruvate transaminase | glutamate pyruvate transaminase",
        "another name for ALT, a liver enzyme",
    ),
    term("alkaline phosphatase", "an enzyme from the liver and bones measured in a blood test"),
    term(
        "gamma-glutamyl transferase | gamma glutamyl transferase | gamma-glutamyltransferase | γ-glutamyl transferase",
        "a liver enzyme measured in a blood test",
    ),
    term("lactate dehydrogenase | lactic dehydrogenase", "an enzyme in the blood; high levels can mean tissue damage"),
    term("total bilirubin", "the total amount of bilirubin, a yellow substance cleared by the liver, in the blood"),
    term(
        "direct bilirubin | conjugated bilirubin",
        "bilirubin already processed by the liver; high levels can mean bile cannot flow out",
    ),
    term(
        "indirect bilirubin | unconjugated bilirubin",
        "bilirubin not yet processed by the liver; it is high in Gilbert's syndrome",
    ),
    term("hyperbilirubinemia | hyperbilirubinaemia", "too much bilirubin in the blood, which can make skin yellow"),
    term("albumin", "the main protein in the blood, made by the liver"),
    term("hypoalbuminemia | hypoalbuminaemia", "too little albumin, the main protein, in the blood"),
    term("amylase", "an enzyme from the pancreas measured in a blood test"),
    term("lipase", "an enzyme from the pancreas measured in a blood test; high levels can mean a swollen pancreas"),
    term("pancreatitis", "swelling of the pancreas, which can cause severe belly pain"),
    term("pancreatectomy", "surgery to remove all or part of the pancreas"),
    term("cholecystectomy", "surgery to remove the gallbladder"),
    term("cholecystitis", "swelling of the gallbladder"),
    # Back pain (NCT03101033, sample 20: left unexplained)
    term("lumbar instability", "the bones of the lower back move more than they should"),
    term(
        "piriformis syndrome",
        "buttock and leg pain when a muscle deep in the buttock (the piriformis) presses on the sciatic nerve",
    ),
    term("sacral hiatus", "an opening at the bottom of the triangle-shaped bone at the base of the spine (the sacrum)"),
    term("interspinous ligament", "the band of tissue between the bony bumps down the middle of the back"),
    term("myofascitis", "painful swelling of a muscle and the thin tissue that covers it"),
    term(
        "third lumbar transverse process syndrome",
        "lower back pain from the bony side wing of the third lower-back bone and the muscles attached to it",
    ),
    term("cholelithiasis", "gallstones: hard stones that form in the gallbladder"),
    term("H/O", "history of: you have had it in the past"),
    term(
        "gene therapy | gene therapies | gene product therapy | gene-modified cell therapy",
        "a treatment that adds or changes genes in your cells",
    ),
    # Blood
    term("coagulation", "blood clotting"),
    term("coagulopathy | coagulopathies", "a problem with blood clotting that can cause too much bleeding"),
    term(
        "hypercoagulable | hypercoagulability | hypercoagulopathy | thrombophilia",
        "a tendency of the blood to clot too easily",
    ),
    term(
        "bleeding diathesis | bleeding diatheses | hemorrhagic diathesis | haemorrhagic diathesis",
        "a tendency to bleed or bruise easily",
    ),
    term("diathesis | diatheses", "a tendency to get a certain condition"),
    # NCT00351065 (sample 11: WRONG): "serious intestinal bleeding disorder within the past year" is a bleed in the gut.
    term(
        "intestinal bleeding disorder | intestinal bleeding | gastrointestinal bleeding | gastrointestinal bleed | "
        "GI bleeding | GI bleed",
        "bleeding inside the stomach or bowels",
    ),
    term("bleeding disorder | bleeding disorders", "a condition in which blood does not clot well"),
    term("hemorrhage | haemorrhage | hemorrhages | haemorrhages", "bleeding, often heavy"),
    term("hemorrhagic | haemorrhagic", "with bleeding"),
    # "skin disease or hemostatic disorder (PT INR more than ...)" (glossary audit: NCT03236753): a bleeding problem.
    term(
        "hemostatic disorder | hemostatic disorders | haemostatic disorder | haemostatic disorders",
        "a problem with blood clotting, so you bleed more easily or for longer",
    ),
    term("hemostatic | haemostatic", "that stops bleeding"),
    term("hematoma | haematoma", "a pool of blood under the skin or in an organ, like a large bruise"),
    term("hematemesis | haematemesis", "vomiting blood"),
    term("melena | melaena", "black, tarry stool caused by bleeding in the gut"),
    term("hemophilia | haemophilia", "an inherited disease in which blood does not clot properly"),
    term("von Willebrand disease | von Willebrand's disease", "an inherited bleeding disorder"),
    term("prothrombin time", "a blood test of how long your blood takes to clot"),
    term(
        "partial thromboplastin time | activated partial thromboplastin time | activated partial thromboplastin",
        "a blood test of how long your blood takes to clot",
    ),
    term("thromboplastin", "a substance that helps blood clot; it is used in clotting tests"),
    term(
        "international normalized ratio | international normalised ratio",
        "INR: a blood test of how long your blood takes to clot",
    ),
    term("fibrinogen", "a protein in the blood that helps it clot"),
    term("D-dimer", "a blood test that is high when the body is breaking down blood clots"),
    term("thrombocytopenia | thrombopenia", "too few platelets, the blood cells that help blood clot"),
    term("thrombocytosis", "too many platelets in the blood"),
    term("neutropenia | neutropenic", "too few neutrophils, white blood cells that fight infection"),
    term(
        "febrile neutropenia",
        "fever with a very low number of white blood cells that fight infection; it needs urgent care",
    ),
    term("leukopenia | leucopenia", "too few white blood cells"),
    term("lymphopenia | lymphocytopenia", "too few lymphocytes, white blood cells of the immune system"),
    term("pancytopenia", "too few of all kinds of blood cells"),
    term("cytopenia | cytopenias", "too few of one or more kinds of blood cells"),
    term("leukocytosis | leucocytosis", "too many white blood cells"),
    term("anemia | anaemia | aneamia", "too few red blood cells, which can make you tired"),
    term(
        "hemolytic anemia | haemolytic anaemia | hemolytic anaemia | autoimmune hemolytic anemia",
        "anemia caused by red blood cells being destroyed too fast",
    ),
    term("hemolytic | haemolytic | hemolysis | haemolysis", "to do with red blood cells breaking apart"),
    term("aplastic anemia | aplastic anaemia", "the bone marrow stops making enough blood cells"),
    term(
        "sickle cell disease | sickle cell anemia | sickle cell anaemia",
        "an inherited blood disease in which red blood cells are stiff and curved",
    ),
    term("thalassemia | thalassaemia", "an inherited blood disease in which the body makes too little hemoglobin"),
    term("polycythemia | polycythaemia", "too many red blood cells in the blood"),
    term("hematocrit | haematocrit", "the share of your blood made up of red blood cells"),
    term("clotting", "how blood forms clots to stop bleeding"),
    term("erythrocyte | erythrocytes", "a red blood cell"),
    term("erythropoietin", "a hormone, also given as a medicine, that helps the body make red blood cells"),
    term("epoetin | darbepoetin", "a medicine that helps the body make red blood cells"),
    term("lymphocyte | lymphocytes", "a kind of white blood cell that is part of the immune system"),
    term("lymphocyte count", "the number of lymphocytes, white blood cells of the immune system, in the blood"),
    term(
        "neutrophil count | absolute neutrophil count",
        "the number of neutrophils, white blood cells that fight infection, in the blood",
    ),
    term("granulocyte | granulocytes", "a kind of white blood cell that fights infection"),
    term("basophils | basophil", "a rare kind of white blood cell"),
    term("eosinophil | eosinophils | eosinophilic", "a kind of white blood cell linked to allergies and parasites"),
    term("monocytes | monocyte", "a kind of white blood cell"),
    term("leukocytes | leucocytes | white blood cells | white blood cell", "the blood cells that fight infection"),
    term(
        "blasts | blast cells | lymphoblasts | myeloblasts",
        "very young blood cells; many of them in the blood or bone marrow can be a sign of leukemia",
        only_near=r"marrow|blood|\bleuk|\b(?-i:AML)\b|\b(?-i:ALL)\b|%|\b(?-i:MDS)\b|\b(?-i:CML)\b|count|peripheral",
    ),
    term("promyelocytes | myelocytes", "young white blood cells that are normally found only in the bone marrow"),
    term("peripheral blood", "the blood flowing in your body, as opposed to the bone marrow"),
    term("bone marrow", "the soft tissue inside bones where blood cells are made"),
    term(
        "bone marrow aspirate | bone marrow aspiration",
        "a sample of liquid bone marrow taken with a needle, usually from the hip",
    ),
    term("bone marrow biopsy", "a small piece of bone marrow taken with a needle, usually from the hip"),
    term(
        "aspirate | aspirates",
        "a sample of fluid or cells taken with a needle",
        only_near=r"marrow|needle|biops|fluid|sample|cytolog",
    ),
    term("extramedullary", "outside the bone marrow"),
    term("hematopoietic | haematopoietic | hematopoiesis", "blood-forming"),
    term(
        "hematopoietic stem cell transplant | hematopoietic stem cell transplantation | haematopoietic stem cell transplantation | hematopoietic cell transplantation | stem cell transplant | stem cell transplantation",
        "a transplant of blood-forming cells, which replaces the bone marrow",
    ),
    term(
        "hematopoietic growth factor | hematopoietic growth factors",
        "medicines that help the bone marrow make blood cells",
    ),
    term(
        "hematology | haematology",
        "blood tests, such as blood counts",
        only_near=r"values?|tests?|results?|parameters?|laborator|labs?\b|examination|abnormal|chemistr|biochemistr",
    ),
    term("hematology | haematology", "the branch of medicine that deals with blood and its diseases"),
    term("hematologist | haematologist", "a doctor who treats blood diseases"),
    term("transfusion | transfusions | transfused", "blood, or part of it, from a donor given through a vein"),
    term("transfusion-dependent | transfusion dependent", "needing blood transfusions regularly"),
    term("apheresis", "a procedure that collects some parts of the blood and returns the rest"),
    term("leukapheresis", "a procedure that collects white blood cells from the blood and returns the rest"),
    term("cytapheresis", "a procedure that collects some blood cells and returns the rest of the blood"),
    term(
        "dyscrasia | dyscrasias | blood dyscrasias", "a disease of the blood, such as an abnormal number of blood cells"
    ),
    term(
        "flow cytometry | flow-cytometry | flow cytometric | flow-cytometric",
        "a lab test that counts and sorts cells by the markers on them",
    ),
    term("cytometry", "counting and measuring cells in a lab"),
    term(
        "immunophenotype | immunophenotyping",
        "the markers on the surface of cells, used to tell kinds of blood cancer apart",
    ),
    term(
        "cytogenetic | cytogenetics", "to do with chromosomes (packages of genes) and the lab tests that look at them"
    ),
    term("karyotype", "a picture of the chromosomes (packages of genes) in a cell, used to find changes"),
    term("translocation | translocations", "a swap of pieces between two chromosomes (packages of genes)"),
    # "hemoglobin SS, SC or S-B^0 thalassemia confirmed on hemoglobin electrophoresis" (NCT00350844, hint6-1: WRONG as
    # myeloma's)
    term(
        "hemoglobin electrophoresis | haemoglobin electrophoresis | Hb electrophoresis",
        "a blood test that shows which kinds of hemoglobin you have, such as sickle hemoglobin",
    ),
    term("electrophoresis", "a lab test that separates proteins, used to find and measure myeloma proteins"),
    term(
        "serum protein electrophoresis | urine protein electrophoresis",
        "a lab test that finds and measures the abnormal protein made by myeloma",
    ),
    term(
        "M-protein | M protein | monoclonal protein | monoclonal paraprotein | paraprotein",
        "an abnormal antibody made by myeloma cells, measured to track the disease",
    ),
    term(
        "free light chain | free light chains | serum free light chain",
        "parts of antibodies measured in the blood to track myeloma",
    ),
    term("immunoglobulin | immunoglobulins", "antibodies: proteins that fight infection"),
    term(
        "hypogammaglobulinemia | hypogammaglobulinaemia",
        "too few antibodies in the blood, which raises the risk of infection",
    ),
    # Hormones, diabetes and metabolism
    term("diabetes mellitus", "diabetes: a disease in which blood sugar is too high"),
    term(
        "hemoglobin A1c | haemoglobin A1c | glycosylated hemoglobin A1c",
        "a blood test of your average blood sugar over about 3 months",
    ),
    term("mellitus", "part of the name diabetes mellitus, the disease of high blood sugar"),
    term("diabetics", "people with diabetes"),
    # "Early Treatment Diabetic Retinopathy Study BCVA letter score" (NCT05850520, downloads2: WRONG, the chart's name
    # read as the disease).
    term(
        "Early Treatment Diabetic Retinopathy Study | ETDRS",
        "a standard eye chart of letters used to measure how well you see",
        shown="ETDRS",
    ),
    term("diabetic retinopathy", "damage to the back of the eye caused by diabetes"),
    term(
        "proliferative diabetic retinopathy",
        "advanced eye damage from diabetes, with new, fragile blood vessels",
    ),
    # "Proliferative retinopathy." (NCT01745731, trialgpt reading: LOSSY, said to come from diabetes): any cause.
    term(
        "proliferative retinopathy",
        "advanced damage to the back of the eye, with new, fragile blood vessels; diabetes is the most common cause",
    ),
    term("retinopathy", "damage to the retina, the back of the eye"),
    term("diabetic neuropathy", "nerve damage caused by diabetes"),
    term("diabetic ketoacidosis | ketoacidosis", "a dangerous build-up of acids in the blood from a lack of insulin"),
    term("hypoglycemia | hypoglycaemia", "low blood sugar"),
    term("hyperglycemia | hyperglycaemia", "high blood sugar"),
    term(
        "hypoglycemic agents | oral hypoglycemic agents | oral hypoglycaemic agents | hypoglycemic drugs",
        "diabetes medicines that lower blood sugar; oral ones are taken as pills",
    ),
    # "Patients with recurrent hypoglycemic episodes" (NCT07491042, exports2b: WRONG as the medicines)
    term(
        "hypoglycemic episode | hypoglycemic episodes | hypoglycaemic episode | hypoglycaemic episodes | "
        "hypoglycemic event | hypoglycemic events | hypoglycaemic event | hypoglycaemic events",
        "spells of low blood sugar",
    ),
    term("hypoglycemic | hypoglycaemic | glucose-lowering", "lowering blood sugar, said of diabetes medicines"),
    # glossary audit (NCT06326047): not a medicine but missing the signs of low blood sugar
    term(
        "hypoglycemic unawareness | hypoglycaemic unawareness | hypoglycemia unawareness | hypoglycaemia unawareness",
        "not feeling the usual warning signs of low blood sugar, such as shaking or sweating",
    ),
    term("glycemic | glycaemic | glycemic control | glycaemic control", "to do with blood sugar"),
    term(
        "glycated hemoglobin | glycosylated hemoglobin | glycated haemoglobin | glycosylated haemoglobin",
        "HbA1c: a blood test of your average blood sugar over about 3 months",
    ),
    term(
        # "Fasted glucose <126 mg/d" (NCT05365607, exports1b: UNREADABLE, no note)
        "fasting plasma glucose | fasting blood glucose | fasting glucose | fasted glucose | fasted plasma glucose",
        "your blood sugar after not eating for at least 8 hours",
    ),
    term("insulin-dependent", "needing insulin injections"),
    term("metformin", "a common diabetes medicine taken as a pill"),
    term("sulfonylurea | sulfonylureas | sulphonylureas", "diabetes pills that make the body release more insulin"),
    term(
        "empagliflozin | dapagliflozin | canagliflozin",
        "a diabetes medicine (SGLT2 inhibitor) that makes you pass extra sugar in the urine",
    ),
    term(
        "semaglutide | liraglutide | dulaglutide | tirzepatide", "a diabetes and weight-loss medicine, usually injected"
    ),
    term(
        "thyroid",
        "a gland in the neck that makes hormones that control how fast the body works",
        only_near=r"disease|disorder|function|hormone|gland|dysfunction|cancer|\b(?-i:TSH)\b",
    ),
    term("hypothyroidism", "an underactive thyroid gland, which makes too little thyroid hormone"),
    term("hyperthyroidism", "an overactive thyroid gland, which makes too much thyroid hormone"),
    term(
        "hyper- or hypo-thyroidism | hyper- or hypothyroidism | hypo- or hyperthyroidism | hypo- or hyper-thyroidism | "
        "hyper or hypothyroidism | hypo or hyperthyroidism",
        "a thyroid gland that is overactive (makes too much hormone) or underactive (makes too little)",
    ),
    term("thyroxine | levothyroxine", "the main thyroid hormone, also given as a medicine"),
    term("triiodothyronine", "a thyroid hormone (T3)"),
    term("pituitary", "a small gland below the brain that controls other hormone glands"),
    term("pituitary insufficiency | hypopituitarism", "the pituitary gland makes too little of one or more hormones"),
    term("hypothalamic-pituitary", "the parts of the brain that control the body's hormone glands"),
    term("hypothalamus | hypothalamic", "a part of the brain that controls hormones, hunger and body temperature"),
    term("adrenal", "to do with the adrenal glands above the kidneys, which make hormones such as cortisol"),
    term("adrenal insufficiency", "the adrenal glands make too little cortisol, a hormone the body needs"),
    term("adrenocorticotropic hormone", "a hormone from the pituitary gland that controls cortisol"),
    term(
        "Cushing's syndrome | Cushing's disease | Cushing syndrome | Cushing's",
        "too much of the hormone cortisol in the body",
    ),
    term("Addison's disease | Addison disease", "the adrenal glands make too little cortisol"),
    term("acromegaly", "too much growth hormone in adults, which makes hands, feet and face grow larger"),
    term("gigantism", "too much growth hormone in children, which makes them grow very tall"),
    term("parathyroid", "small glands in the neck that control calcium in the blood"),
    term("endocrine", "to do with hormones and the glands that make them"),
    term("endocrinopathy | endocrinopathies", "a disease of a hormone gland"),
    term("endocrinologist", "a doctor who treats hormone diseases"),
    term("endocrinological | endocrinologic", "to do with hormones"),
    term("endogenous", "made inside the body"),
    term("exogenous", "from outside the body, such as a medicine"),
    term(
        "hyperprolactinemia | hyperprolactinaemia",
        "too much prolactin, a hormone, in the blood; it can lower sex drive and cause erection problems",
        not_near=r"amenorrh|ovar|menstru|\bwom[ae]n\b|female|infertil|uter|polycystic|periods?\b",
    ),
    # In a women's study (NCT05743218, sample 43: the erection sense): what it does in women.
    term(
        "hyperprolactinemia | hyperprolactinaemia",
        "too much prolactin, a hormone, in the blood; in women it can stop periods and make it hard to get pregnant",
    ),
    term(
        "polycystic ovarian syndrome | polycystic ovary syndrome | PCOS",
        "a common hormone condition that can cause irregular periods and make it hard to get pregnant",
    ),
    term("prolactin", "a hormone from the pituitary gland; it makes breast milk"),
    term("testosterone", "the main male sex hormone"),
    term("free testosterone", "the part of testosterone in the blood that is not bound to proteins"),
    term("bioavailable testosterone", "the part of the blood's testosterone that the body can use"),
    term("androgen | androgens", "male hormones, such as testosterone"),
    term("anabolic steroid | anabolic steroids", "man-made forms of testosterone that build muscle"),
    term(
        "anabolic",
        "muscle-building, as with man-made forms of testosterone",
        only_near=r"steroid|androgen|testosteron|muscle|agent",
    ),
    term("estrogen | estrogens | oestrogen | oestrogens", "the main female sex hormones"),
    term("estradiol | oestradiol", "the main form of estrogen, a female sex hormone"),
    term(
        "progestogen | progestogens | progestin | progestins | progestagen",
        "a hormone like progesterone, used in birth control and hormone treatment",
    ),
    term(
        "gonadotropin releasing hormone | gonadotropin-releasing hormone | gonadotrophin releasing hormone | "
        "gonadotrophin-releasing hormone",
        "GnRH: a hormone from the brain that controls the sex hormones; medicines that act on it lower testosterone",
    ),
    # "must have a negative urine gonadotropin prior to entry" (NCT00084240, trialgpt2: WRONG as the pituitary's
    # hormones): the pregnancy hormone a pregnancy test looks for.
    term(
        "gonadotropin | gonadotrophin",
        "here, hCG, the hormone of pregnancy that a pregnancy test looks for",
        only_near=r"urine|urinary|serum|pregnan|negative|childbearing",
        not_near=r"pituitary|hypogonad|\b(?-i:FSH|LH)\b|releasing|ovulation|stimulat",
    ),
    term(
        "gonadotropin | gonadotropins | gonadotrophin | gonadotrophins | gonadotrophines",
        "hormones from the pituitary gland that control the ovaries and testicles",
    ),
    term(
        "human chorionic gonadotropin | chorionic gonadotropin | chorionic gonadotrophin",
        "hCG: a hormone made in pregnancy, measured in pregnancy tests",
    ),
    term(
        "luteinizing hormone | luteinising hormone",
        "a hormone from the pituitary gland that controls the ovaries and testicles",
    ),
    term(
        "follicle-stimulating hormone | follicle stimulating hormone",
        "a hormone from the pituitary gland that controls the ovaries and testicles",
    ),
    term(
        "sex hormone-binding globulin | sex hormone binding globulin",
        "a protein that carries sex hormones in the blood",
    ),
    term("dehydroepiandrosterone", "DHEA: a hormone that the body turns into sex hormones, also sold as a supplement"),
    term("hypogonadal | hypogonadotropic", "with too little sex hormone"),
    term("gonadal", "to do with the testicles or ovaries"),
    term("morbid obesity | morbidly obese", "having so much extra body fat that it seriously harms health"),
    term("bariatric surgery | bariatric", "weight-loss surgery"),
    term(
        "metabolic syndrome",
        "a group of problems, such as a large waist, high blood pressure and high blood sugar, that raise the risk of heart disease",
    ),
    term("osteoporosis", "thin, weak bones that break easily"),
    term("osteopenia", "bones a little thinner than normal"),
    term("osteomalacia", "soft bones, often from a lack of vitamin D"),
    term(
        "Paget's disease | Paget disease | Paget's disease of bone", "a disease in which bones grow too large and weak"
    ),
    term("osteogenesis imperfecta", "an inherited disease that makes bones break easily"),
    term("bisphosphonate | bisphosphonates", "medicines that strengthen bones"),
    term("denosumab", "an injected medicine that strengthens bones"),
    term(
        "vitamin D", "a vitamin that helps keep bones strong", only_near=r"deficien|level|supplement|\blow\b|\bbones?\b"
    ),
    term(
        "folate receptor alpha | folate receptor-alpha | folate receptor α",
        "a protein on some ovarian cancer cells that some medicines, such as mirvetuximab, attach to",
    ),
    term("folate | folic acid", "a B vitamin needed to make healthy blood cells"),
    # Gut
    term("gastrointestinal", "to do with the stomach and bowels"),
    term(
        "peptic ulcer | peptic ulcers | peptic ulceration | peptic ulcer disease",
        "a sore in the lining of the stomach or the first part of the small bowel",
    ),
    term("ulceration | ulcerations", "sores in the skin or in the lining of an organ"),
    # each its own place (NCT00405041, sample 32: WRONG, "gastric ulcer" said to be in the small bowel too)
    term("gastric ulcer | gastric ulcers", "a sore in the lining of the stomach"),
    term("duodenal ulcer | duodenal ulcers", "a sore in the lining of the first part of the small bowel"),
    term("ulcerative colitis", "a long-lasting disease with swelling and sores in the large bowel"),
    term(
        "Crohn's disease | Crohn disease | Crohn's | Crohns disease",
        "a long-lasting disease with swelling of the gut",
        shown="Crohn's disease",
    ),
    term(
        "inflammatory bowel disease | inflammatory bowel diseases",
        "long-lasting swelling of the gut, such as Crohn's disease or ulcerative colitis",
    ),
    term("irritable bowel syndrome", "belly pain with diarrhea or constipation, without damage to the gut"),
    term("colitis", "swelling of the large bowel"),
    term("enteritis", "swelling of the small bowel"),
    term("gastritis", "swelling of the stomach lining"),
    term("gastroparesis", "the stomach empties too slowly"),
    term("malabsorption", "the gut does not take in food and nutrients well"),
    term("lactose intolerance", "trouble digesting lactose, the sugar in milk"),
    term("galactose intolerance", "a rare inherited condition in which the body cannot use galactose, a sugar in milk"),
    term(
        "Lapp lactase deficiency | total lactase deficiency",
        "a rare inherited lack of the enzyme that digests milk sugar (lactose)",
    ),
    term(
        "glucose-galactose malabsorption | glucose galactose malabsorption",
        "a rare inherited condition in which the gut cannot take in the sugars glucose and galactose",
    ),
    term("lactase", "the enzyme that digests lactose, the sugar in milk"),
    term("galactose", "a sugar found in milk"),
    term(
        "fructose intolerance | hereditary fructose intolerance",
        "a rare inherited condition in which the body cannot break down fructose, a sugar in fruit",
    ),
    term("celiac disease | coeliac disease", "an immune reaction to gluten, a protein in wheat, that damages the gut"),
    term("dysphagia", "trouble swallowing"),
    term("gastroesophageal reflux | gastro-oesophageal reflux", "stomach acid coming up into the food pipe"),
    term(
        "reflux",
        "stomach acid coming up into the food pipe",
        only_near=r"\bacid|gastro|esophag|oesophag|\b(?-i:GERD)\b|heartburn",
    ),
    term("esophagus | oesophagus | esophageal | oesophageal", "the food pipe, from the throat to the stomach"),
    term("duodenum | duodenal", "the first part of the small bowel, just after the stomach"),
    term("rectum | rectal", "the last part of the large bowel, just above the back passage"),
    # "perforation of the prostate capsule by tumor" (NCT00492635, sample 36: the bowel's note) is the cancer growing
    # through the prostate's outer layer; a tooth's "root perforations" are no organ's.
    term("perforation of the prostate capsule", "the cancer has grown through the thin outer layer of the prostate"),
    term("prostate capsule", "the thin outer layer of the prostate"),
    term(
        "perforation | perforations",
        "a hole through the wall of an organ, such as the bowel",
        not_before=r"\broots?\s*$",
    ),
    term("bowel obstruction | intestinal obstruction", "a blockage of the bowel"),
    # "Planned index procedure to revise or repair an existing fistula" in a study of dialysis access (NCT06001827,
    # exports9: WRONG with the disease note): the access fistula, and its abbreviation, in studies of dialysis access.
    term(
        "fistula | fistulas | fistulae",
        "here, the join made by surgery between an artery and a vein so dialysis can be done",
        study_about=_DIALYSIS_ACCESS,
        not_near=r"anal|perianal|rect|bowel|bladder|vagin|enter|bronch|pleur|tracheo|esophag|oesophag|dural|spinal|CSF",
    ),
    term("fistula | fistulas | fistulae", "an abnormal passage between two parts inside the body, or to the skin"),
    term("gastrostomy", "an opening through the belly into the stomach, often for a feeding tube"),
    term("nasogastric", "from the nose down to the stomach, as with a feeding tube"),
    term("gastrectomy", "surgery to remove all or part of the stomach"),
    # "cervical vagotomy" (NCT01792817, NCT01958125, sample 27: WRONG as the stomach-ulcer operation)
    term("cervical vagotomy", "cutting the vagus nerve in the neck"),
    term("vagotomy", "surgery that cuts the vagus nerve, once used for stomach ulcers"),
    term("anastomosis | anastomotic", "a surgical join between two tubes in the body, such as two ends of bowel"),
    term("splenectomy", "surgery to remove the spleen"),
    term("splenomegaly", "a larger-than-normal spleen"),
    term("splenic", "to do with the spleen, an organ that filters the blood"),
    term("hepatomegaly", "a larger-than-normal liver"),
    term("organomegaly", "a larger-than-normal organ, such as the liver or spleen"),
    term(
        "endoscopic | endoscopy | endoscopically", "using a thin, flexible tube with a camera to look inside the body"
    ),
    term("colonoscopy", "a look inside the large bowel with a thin, flexible tube with a camera"),
    term("laparoscopic | laparoscopy", "keyhole surgery: done through small cuts with a camera"),
    term("laparotomy", "surgery that opens the belly"),
    term("peritoneal", "to do with the lining of the belly"),
    term("peritoneum", "the lining of the belly"),
    term("retroperitoneal", "at the back of the belly, behind its lining"),
    term("xerostomia", "a dry mouth"),
    term("mucositis", "painful sores and swelling in the mouth or gut, often from cancer treatment"),
    term("mucosa | mucosal", "the moist lining of the mouth, gut and other organs"),
    term("apical periodontitis", "swelling or infection around the tip of a tooth's root"),
    term("periodontitis | periodontal disease", "a serious gum infection"),
    term("periodontal", "to do with the gums and the tissue around the teeth"),
    term("antiemetic | antiemetics | anti-emetic | anti-emetics", "medicines that prevent nausea and vomiting"),
    term("emetogenic", "likely to cause vomiting"),
    # "Receiving either AC-like or CT MEC" (NCT01405924, hint3-1: WRONG as a CT scan): a chemotherapy regimen.
    term("CT MEC", "moderately emetogenic chemotherapy: cancer medicines that often cause vomiting"),
    term("AC-like", "chemotherapy like AC (doxorubicin with cyclophosphamide), which often causes vomiting"),
    term("aprepitant | fosaprepitant", "a medicine that prevents nausea and vomiting from chemotherapy"),
    term("ondansetron | granisetron | palonosetron", "a medicine that prevents nausea and vomiting"),
)

_UROLOGY_AND_SEXUAL_HEALTH: tuple[Term, ...] = (
    term(
        "erectile dysfunction | erectile dysfunctions | erectile disorder",
        "trouble getting or keeping an erection firm enough for sex",
    ),
    term("erectile", "to do with erections"),
    term("erectile function", "how well you get and keep erections"),
    term("erection | erections", "when the penis becomes firm"),
    term("impotence", "an older word for erectile dysfunction: trouble getting or keeping an erection"),
    # "painful hip/fonctional impotence" (NCT04304742): French medical usage for a limb that cannot be used.
    term(
        "functional impotence | fonctional impotence",
        "not being able to use a part of the body, such as not being able to stand or walk",
    ),
    term("erectogenic", "helping to cause an erection"),
    # ("psychogenic seizures", NCT00609245, hint4-1: WRONG, "seizures" as electrical bursts in the brain, which these
    # are not)
    term(
        "psychogenic seizures | psychogenic non-epileptic seizures | psychogenic nonepileptic seizures",
        "attacks that look like epileptic seizures but are not caused by electrical bursts in the brain",
    ),
    term("psychogenic", "caused by the mind, such as stress or worry, rather than the body"),
    term("vasculogenic", "caused by a problem with blood flow"),
    term("neurogenic", "caused by a problem with the nerves"),
    term("neurogenic trauma", "an injury to the nerves or the spinal cord"),
    term("arteriogenic | artheriogenic", "caused by narrowed arteries"),
    term(
        "venogenic | veno-occlusive dysfunction | venous leak",
        "caused by blood leaking out of the penis too fast during an erection",
    ),
    term(
        "organic erectile dysfunction | organic ED",
        "erectile dysfunction with a physical cause, such as poor blood flow or nerve damage",
    ),
    term("penile", "of the penis"),
    term(
        "penile prosthesis | penile prostheses | penile implant | penile implants",
        "a device placed inside the penis by surgery so that it can be made stiff",
    ),
    term("penile lengthening", "surgery to make the penis longer"),
    term("sildenafil citrate", "sildenafil (Viagra), an erection medicine (a PDE5 inhibitor)"),
    term("Yaila", "an erection medicine (a PDE5 inhibitor) sold in South Korea"),
    term("inflatable penile prosthesis", "a device placed in the penis by surgery that you pump up to get an erection"),
    term("prosthesis | prostheses", "a man-made device that replaces a body part or helps it work"),
    term("penile rehabilitation", "treatment after prostate surgery to help erections come back"),
    term("penile rigidity", "how stiff the penis is"),
    term(
        "rigidity",
        "how stiff the penis is",
        only_near=r"penile|erecti|penis|\b(?-i:RigiScan)\b|tumescence|\b(?-i:PDE)\b|\b(?-i:ED)\b",
    ),
    term("tumescence", "swelling of the penis during an erection"),
    term("nocturnal penile tumescence", "erections during sleep"),
    term("RigiScan", "a device worn on the penis, often overnight, that measures erections"),
    term(
        "corpus cavernosum | corpora cavernosa | cavernosum",
        "the spongy tissue of the penis that fills with blood in an erection",
    ),
    term(
        "cavernous | cavernosal",
        "of the spongy tissue of the penis that fills with blood in an erection",
        only_near=r"penile|penis|erecti|corpus|corpora|nerve|arter|inject|intracavern|\b(?-i:ED)\b",
    ),
    term(
        "cavernous nerve | cavernous nerves | cavernosal nerves",
        "the nerves that control erections; they run next to the prostate",
    ),
    term("penile fibrosis", "scar tissue inside the penis"),
    term(
        "Peyronie's disease | Peyronie's | Peyronie disease | Peyronies disease | Peyronies | Peyronie | Peyronie’s disease | Peyronie’s | La Peyronie",
        "scar tissue inside the penis that makes it curve or bend",
    ),
    term("penile curvature", "a bend of the penis"),
    term("angulation", "a bend, here of the penis", only_near=r"penile|penis|erect|\bPeyronie"),
    term("chordee", "a downward bend of the penis, present from birth"),
    term("hypospadias", "the opening of the penis is on its underside instead of the tip, from birth"),
    term("phimosis", "a foreskin too tight to pull back"),
    term("frenuloplasty", "surgery to lengthen the band of skin under the tip of the penis"),
    term("phalloplasty", "surgery to build or change the penis"),
    term(
        "plication",
        "surgery that folds and stitches tissue, used to straighten a bent penis",
        only_near=r"penile|penis|\bPeyronie|curvature|surgery",
    ),
    term("ejaculation", "the release of semen at orgasm"),
    term("premature ejaculation", "ejaculating sooner than you or your partner would like"),
    term("delayed ejaculation", "taking a long time to ejaculate, or not being able to"),
    term("retrograde ejaculation", "semen goes back into the bladder instead of out of the penis"),
    term("anejaculation", "not being able to ejaculate"),
    term("ejaculatory | ejaculate", "to do with ejaculation or semen"),
    term("anorgasmia", "being unable to reach orgasm"),
    term(
        "hypoactive sexual desire | hypoactive sexual desire disorder",
        "a long-lasting lack of interest in sex that causes distress",
    ),
    term("libido", "sex drive"),
    term("dyspareunia", "pain during sex"),
    term("penetrative", "in which the penis enters the partner's body", only_near=r"\bsex\b|intercourse"),
    term("vaginal penetration", "the penis entering the vagina"),
    term("andropause", "the slow drop in testosterone in older men"),
    term("andrology | andrologist", "the branch of medicine that deals with men's sexual and reproductive health"),
    term("urologist", "a doctor who treats the urinary system and the male sex organs"),
    term("urology | urological | urologic", "to do with the urinary system and the male sex organs"),
    term("sexual encounter profile", "a diary with yes-or-no questions about each time you try to have sex"),
    term(
        "International Index of Erectile Function",
        "IIEF: a questionnaire score of erection and sexual function; higher scores mean better function",
    ),
    term("Erection Hardness Score", "a 0 to 4 score of how hard an erection is; 4 means fully hard"),
    term(
        "Sexual Health Inventory for Men",
        "SHIM: a 5-question score of erection problems; 21 or less suggests erectile dysfunction",
    ),
    term(
        "phosphodiesterase type 5 | phosphodiesterase-5 | phosphodiesterase 5 | phosphodiesterase type-5",
        "PDE5, an enzyme; medicines that block it (PDE5 inhibitors) help erections",
    ),
    term(
        "phosphodiesterase type 5 inhibitor | phosphodiesterase type 5 inhibitors | phosphodiesterase-5 inhibitors | phosphodiesterase 5 inhibitors",
        "PDE5 inhibitors: erection medicines, such as sildenafil (Viagra) or tadalafil (Cialis)",
    ),
    # "phosphodiesterase-4 inhibitors" (outside sample 3: WRONG, the PDE5 note made erection pills read as excluded).
    term(
        "phosphodiesterase-4 inhibitors | phosphodiesterase-4 inhibitor | phosphodiesterase 4 inhibitors"
        " | phosphodiesterase type 4 inhibitors | PDE4 inhibitors | PDE-4 inhibitors | PDE4 inhibitor",
        "medicines that calm inflammation, such as crisaborole cream or apremilast, used for eczema and psoriasis",
    ),
    term("phosphodiesterase", "an enzyme; blocking one kind of it (PDE5) helps erections"),
    term(
        "sildenafil | Viagra",
        "an erection medicine (a PDE5 inhibitor); it is also used for high blood pressure in the lungs",
    ),
    term(
        "tadalafil | Cialis",
        "an erection medicine (a PDE5 inhibitor) that works for up to 36 hours; also used for an enlarged prostate",
    ),
    term("vardenafil | Levitra | Staxyn", "an erection medicine (a PDE5 inhibitor)"),
    term("avanafil | Stendra | Spedra", "a fast-acting erection medicine (a PDE5 inhibitor)"),
    term("udenafil | Zydena", "an erection medicine (a PDE5 inhibitor)"),
    term("mirodenafil | Mvix", "an erection medicine (a PDE5 inhibitor)"),
    term("lodenafil", "an erection medicine (a PDE5 inhibitor)"),
    term(
        "alprostadil | Caverject | Edex | prostaglandin E1",
        "a medicine injected into or put into the penis to cause an erection",
    ),
    # "Hypersensitivity to prostaglandin analogues" in a glaucoma study (NCT02003391, hint5: WRONG with the erection note)
    term(
        "prostaglandin | prostaglandins",
        "here, eye drops such as latanoprost that lower the pressure in the eye",
        only_near=_EYE_PRESSURE,
    ),
    term(
        "prostaglandin analogues | prostaglandin analogs | prostaglandin analogue | prostaglandin analog",
        "medicines that act like prostaglandins, natural substances in the body; as eye drops, such as latanoprost, "
        "they lower the pressure in the eye",
    ),
    term(
        "prostaglandin | prostaglandins",
        "natural substances in the body; one of them (alprostadil) is used to cause erections",
    ),
    term(
        "papaverine | phentolamine",
        "a medicine that widens blood vessels; it can be injected into the penis to cause an erection",
    ),
    term("Trimix | Bimix", "a mix of medicines injected into the penis to cause an erection"),
    term(
        "apomorphine", "a medicine that acts on the brain; it has been used for Parkinson's disease and for erections"
    ),
    term("dapoxetine | Priligy", "a medicine taken before sex to delay ejaculation"),
    term(
        "vacuum erection device | vacuum erection devices | vacuum device | vacuum devices | vacuum constriction device | vacuum pump",
        "a tube and pump put over the penis to draw blood in and cause an erection",
    ),
    term(
        "constriction ring | constriction rings | constrictive device | constrictive devices | penile ring",
        "a ring put at the base of the penis to keep an erection",
    ),
    term(
        "shockwave | shock wave | shockwave therapy | shock wave therapy | extracorporeal shockwave therapy",
        "pulses of sound waves sent into the body from outside, here to help healing or blood flow",
    ),
    term("L-arginine | arginine", "an amino acid, sold as a supplement, that the body uses to make nitric oxide"),
    term("aphrodisiac | aphrodisiacs", "a substance said to increase sexual desire"),
    # A Dutch, German or French "actual" is the English "current" ("Actual abuse of alcohol and/or recreational drugs",
    # NCT05477459, sample 50: LOSSY, read as "real" the rule lost its "now"). Only opening a criterion, before a use.
    term(
        "actual",
        "here: current, going on now",
        only_before=r"^\W*$",
        only_after=r"^\s+(?:abuse|use|misuse|smoking|consumption|alcohol|drug|treatment|pregnan|participation)",
    ),
    # How a problem began, not how long it lasts ("Morning erections ... or acute onset are characteristics of
    # psychogenic ED", NCT01153204, sample 51: WRONG, "acute: sudden and short-lived" made the ED short-lived).
    term("acute onset | acute-onset", "starting suddenly"),
    # Bladder and prostate together ("nerve sparing radical cysto-prostatectomy for organ-confined bladder cancer",
    # NCT02422277, sample 52: WRONG, the prostate-cancer note on "prostatectomy").
    term(
        "cysto-prostatectomy | cystoprostatectomy | cysto-prostatectomies | cystoprostatectomies",
        "surgery to remove the bladder and the prostate",
    ),
    # "radical cystectomy or prostatectomy" (NCT04502875, sample 37: WRONG, "all or part" widened a radical one)
    term(
        "prostatectomy | prostatectomies",
        "surgery to remove the whole prostate and some nearby tissue, to treat prostate cancer",
        only_before=_RADICAL_BEFORE,
    ),
    term(
        "prostatectomy | prostatectomies", "surgery to remove all or part of the prostate", not_before=_RADICAL_BEFORE
    ),
    term(
        "radical prostatectomy", "surgery to remove the whole prostate and some nearby tissue, to treat prostate cancer"
    ),
    term(
        "nerve-sparing | nerve sparing | nerve-preserving",
        "done so as to keep the nerves that control erections",
        not_before=r"non-?\s?$",
    ),
    term(
        "non-nerve sparing | non-nerve-sparing | non nerve sparing",
        "done without keeping the nerves that control erections",
    ),
    term(
        # also in rectal surgery (NCT01912586): not only the prostate's
        "bilateral nerve-sparing | bilateral nerve sparing",
        "keeping the nerves that control erections, on both sides",
    ),
    term(
        "unilateral nerve-sparing | unilateral nerve sparing",
        "keeping the nerves that control erections, on one side only",
    ),
    term("retropubic", "through a cut in the lower belly, behind the pubic bone"),
    term("perineal", "of the perineum, the area between the genitals and the back passage"),
    term("perineum", "the area between the genitals and the back passage"),
    term(
        "robot-assisted | robotic-assisted | robotic",
        "done with the help of a surgical robot",
        only_near=r"surgery|prostatectomy|laparoscop|radical",
    ),
    term("prostatic", "of the prostate"),
    term(
        "benign prostatic hyperplasia | benign prostatic hypertrophy | benign prostate hyperplasia | benign prostatic enlargement",
        "an enlarged prostate that is not cancer",
    ),
    term("hyperplasia", "an increase in the number of cells, making a part of the body grow larger"),
    term("hypertrophy", "growth of an organ or tissue because its cells get larger"),
    term("prostatitis", "swelling of the prostate, sometimes from an infection"),
    term("chronic pelvic pain syndrome", "long-lasting pain in the pelvis, often with urinary problems"),
    term("interstitial cystitis", "long-lasting bladder pain and a frequent need to pee"),
    term("cystitis", "swelling of the bladder, usually from an infection"),
    term("lower urinary tract symptoms", "problems peeing, such as a weak stream or needing to go often"),
    term("urinary retention", "not being able to empty the bladder fully"),
    term("urinary incontinence", "leaking urine without meaning to"),
    term("incontinence", "leaking urine or stool without meaning to"),
    term("incontinent", "leaking urine or stool without meaning to"),
    # "Continent before surgery" (NCT01067261): bladder control, never the land.
    term(
        "continent",
        "able to hold your urine without leaking",
        only_near=r"surgery|prostatectom|urin|bladder|\bpads?\b|leak|void",
        not_near=r"\bcountr|\bborn\b|\bliv(?:e|es|ing)\b|\bresid",
    ),
    term("overactive bladder", "a sudden, frequent need to pee"),
    # "post-void residue" (NCT05883553, sample 42): the same measure
    term("post-void residual | postvoid residual | post-void residue", "the urine left in the bladder after you pee"),
    term("uroflowmetry", "a test that measures how fast your urine flows"),
    # NCT00817830: "Coronary artery disease ... confirmed by prior catheterization" is the heart test.
    term(
        "cardiac catheterization | cardiac catheterisation | heart catheterization",
        _HEART_CATHETER,
    ),
    term(
        "catheterization | catheterisation",
        _HEART_CATHETER,
        only_near=r"coronar|cardi|heart|arter|angin|infarct|angiogra|stenos|obstruct|pulmonary hypertension|\b(?-i:PAH)\b",
    ),
    term(
        "catheter | catheters | catheterization | catheterisation",
        "a thin tube put into the bladder to drain urine",
        only_near=r"urin|bladder|urethr|void|foley|prostat|intermittent|self-cath",
    ),
    # NCT01262833 (sample 19: WRONG): "prior to catheterization" in a study of men having heart catheterization read
    # as the bladder tube; with no word near that says which, the note names both.
    term(
        "catheter | catheters | catheterization | catheterisation",
        "a thin tube put into the body, such as into a blood vessel or into the bladder",
    ),
    term("indwelling catheter", "a tube left in place in the body, such as in the bladder"),
    term(
        "indwelling",
        "a tube left in place in the body, such as in the bladder",
        only_near=r"cathet|urethr|urinar|bladder|foley",
    ),
    # "an indwelling pain device (e.g., intrathecal opioid pump, ...)" (NCT05029726, downloads4: WRONG as a bladder tube).
    term("indwelling", "left in place inside the body, such as a tube or an implanted device"),
    term("urethra", "the tube that carries urine out of the body"),
    term("urethral", "to do with the urethra, the tube that carries urine out of the body"),
    term(
        "urethral stricture | urethral strictures",
        "a narrowing of the urethra, the tube that carries urine out of the body",
    ),
    term("stricture | strictures", "an abnormal narrowing of a tube in the body"),
    # "bladder cancer after transurethral resection of bladder tumor (TURBT)" (NCT00318643, hint4: WRONG as TURP)
    term(
        "transurethral resection of bladder tumor | transurethral resection of bladder tumour | "
        "transurethral resection of the bladder tumor | transurethral resection of the bladder tumour | "
        "transurethral resection of the bladder | transurethral resection of bladder",
        "TURBT: surgery through the urethra to remove a tumor from the bladder",
    ),
    term(
        "transurethral resection of the prostate | transurethral resection | transurethral prostatectomy",
        "TURP: surgery through the penis to remove part of the prostate",
        not_near=r"bladder (?:cancer|tumou?r|carcinoma|lesion)|urothel|\b(?-i:TURBT|TUR-BT|NMIBC)\b",
        not_after=r"^\s*of\s+(?:the\s+)?bladder",
    ),
    term("transurethral", "through the urethra, the tube that carries urine out of the body"),
    term("radical cystectomy", "surgery to remove the bladder"),
    term(
        "cystectomy", "surgery to remove the bladder", only_near=r"bladder|radical|prostatectomy|pelvic|urothel|rectal"
    ),
    term("cystoscopy", "a look inside the bladder with a thin tube with a camera"),
    term("urogenital | genitourinary", "to do with the urinary system and the sex organs"),
    term("testicular | testis | testes | testicle | testicles", "of the testicles, which make sperm and testosterone"),
    term("orchiectomy | orchidectomy", "surgery to remove one or both testicles"),
    term("varicocele", "swollen veins in the scrotum"),
    term(
        "vasectomy | vasectomized | vasectomised",
        "surgery that cuts the tubes that carry sperm, so a man cannot father a child",
    ),
    term("azoospermia", "no sperm in the semen"),
    term("infertile | infertility", "unable to have children naturally"),
    term(
        "5-alpha reductase inhibitor | 5-alpha reductase inhibitors | 5-alpha-reductase inhibitors | 5-ARI | 5-ARIs | 5α-reductase inhibitors",
        "medicines that shrink an enlarged prostate, such as finasteride",
    ),
    # NCT03830164 (sample 13): an HMG-CoA reductase inhibitor is a statin, not a prostate medicine.
    term(
        "HMG-CoA reductase inhibitor | HMG-CoA reductase inhibitors | HMG-coA-reductase inhibitor | "
        "HMG-coA-reductase inhibitors | HMG-CoA-reductase inhibitor | HMG-CoA-reductase inhibitors",
        "a statin: a medicine that lowers cholesterol, such as atorvastatin",
        shown="HMG-CoA reductase inhibitor",
    ),
    term("reductase", "an enzyme; 5-alpha reductase turns testosterone into a stronger form"),
    term("finasteride | Proscar | Propecia", "a medicine that shrinks an enlarged prostate and treats hair loss"),
    term("dutasteride | Avodart", "a medicine that shrinks an enlarged prostate"),
    term(
        "anti-androgen | anti-androgens | antiandrogen | antiandrogens | anti androgens | anti androgen | anti- androgens | anti- androgen | androgen receptor antagonist | androgen receptor inhibitor",
        "medicines that block male hormones such as testosterone",
    ),
    term(
        "androgen deprivation therapy | androgen deprivation | androgen ablation | androgen suppression",
        "treatment that lowers or blocks testosterone, used for prostate cancer",
    ),
    term("cyproterone | Androcur", "a medicine that blocks male hormones"),
    term("bicalutamide | flutamide | nilutamide", "a medicine that blocks male hormones, used for prostate cancer"),
    term(
        "enzalutamide | apalutamide | darolutamide",
        "a newer medicine that blocks male hormones, used for prostate cancer",
    ),
    term("abiraterone", "a medicine that stops the body making male hormones, used for prostate cancer"),
    term(
        "leuprolide | leuprorelin | Lupron | goserelin | Zoladex | triptorelin",
        "an injected hormone medicine that lowers testosterone or estrogen",
    ),
    term("degarelix | relugolix", "a hormone medicine that quickly lowers testosterone, used for prostate cancer"),
    term("castration-resistant", "still growing even when testosterone is very low"),
    term(
        "castrate | castration",
        "lowering testosterone to a very low level, by medicine or surgery",
        only_near=r"testosteron|prostate|level|resistant|\b(?-i:CRPC)\b|\bng",
    ),
    term("mirabegron | vibegron", "a medicine that relaxes the bladder"),
    term(
        # ("Anti-cholinergics", NCT01294592, hint4-1: WRONG, read as "cholinergics", the opposite class)
        "anticholinergic | anticholinergics | anti-cholinergic | anti-cholinergics | antimuscarinic | antimuscarinics",
        "medicines that block a nerve signal; some relax the bladder, others treat other problems",
    ),
    term(
        "clomiphene | clomifene",
        "a medicine that makes the body release more sex hormones; used for infertility and low testosterone",
    ),
    term("semen", "the fluid released at ejaculation, which carries sperm"),
)

_BRAIN_NERVES_AND_SPINE: tuple[Term, ...] = (
    term(
        "cluster headache | cluster headaches",
        "very painful headaches on one side of the head, around the eye, that come in groups",
    ),
    term(
        "episodic cluster headache | episodic cluster",
        "cluster headache that comes in periods of attacks with pain-free breaks",
    ),
    term(
        "secondary cluster headache | secondary cluster headaches",
        "cluster headache caused by another condition, such as a growth or injury in the head",
    ),
    term(
        "organic cerebral disorder | organic brain disorder | organic brain disease",
        "a brain illness with a physical cause, such as damage or disease of the brain",
    ),
    term(
        "chronic cluster headache | chronic cluster",
        # The beta version of ICHD-3, and ICHD-2 before it, allowed breaks of under 1 month only (NCT03397563).
        "cluster headache attacks for a year or more without a break, or with breaks shorter than 1 month",
        only_near=r"\bbeta\b|\b(?-i:ICHD-?(?:2|II))\b|\b(?-i:IHS)\b",
    ),
    term(
        "chronic cluster headache | chronic cluster",
        # Which rules a study uses may be said in another criterion (NCT02209155, sample 17: WRONG as "3 months").
        "cluster headache attacks for a year or more with no break or only short ones (under 3 months, or under 1 month "
        "by older rules)",
        not_near=_OWN_BREAKS,
    ),
    term("cluster period | cluster bout", "a period of weeks or months with cluster headache attacks"),
    term("hemicrania continua", "a constant headache on one side of the head"),
    term("paroxysmal hemicrania", "short, severe headache attacks on one side of the head, many times a day"),
    term("hemicrania", "a headache on one side of the head"),
    term(
        "trigeminal autonomic cephalalgia | trigeminal autonomic cephalalgias | trigeminal autonomic cephalgias",
        "headaches with pain around one eye and a watery eye or runny nose on that side",
    ),
    term("cephalalgia | cephalgia", "headache", not_after=r"^\s*(?:19|20)\d\d\b"),  # "Cephalalgia 2013": the journal
    term(
        "medication overuse headache | medication-overuse headache",
        "headache caused by taking headache medicines too often",
    ),
    term("chronic migraine", "migraine on 15 or more days a month"),
    term("episodic migraine", "migraine on fewer than 15 days a month"),
    term("migraine with aura", "migraine with warning signs before it, such as flashing lights"),
    term("aura", "warning signs before a migraine or a seizure, such as flashing lights"),
    term("hemiplegic migraine", "a rare migraine with weakness on one side of the body"),
    term(
        "basilar migraine | migraine with brainstem aura",
        "a rare migraine with symptoms such as dizziness or double vision",
    ),
    term(
        "tension-type headache | tension type headache",
        "a common headache that feels like a tight band around the head",
    ),
    term("triptan | triptans", "migraine medicines, such as sumatriptan, that narrow blood vessels in the head"),
    term(
        "sumatriptan | zolmitriptan | rizatriptan | eletriptan | naratriptan | almotriptan | frovatriptan",
        "a triptan: a medicine that stops a migraine or cluster headache attack",
    ),
    term(
        "5-HT1B/1D | 5-HT1B1D | 5-HT1B/D | 5-HT1B/1D agonist | 5-HT1B/1D agonists | 5-HT1B1D agonist",
        "the target of triptans, medicines that stop migraine and cluster headache attacks",
    ),
    # "non-ergot dopamine agonists (e.g. pramipexole, ropinirole)" in a restless legs study (NCT00472199, hint4: WRONG
    # with the migraine note): dopamine agonists, named by whether they are made from ergot.
    term(
        "non-ergot dopamine agonists | non-ergot dopamine agonist | non-ergoline dopamine agonists | "
        "non-ergoline dopamine agonist",
        "medicines that act like dopamine in the brain and are not made from ergot, a fungus",
    ),
    term(
        "ergot-derived dopamine agonists | ergot-derived dopamine agonist | ergot dopamine agonists | "
        "ergoline dopamine agonists",
        "medicines that act like dopamine in the brain and are made from ergot, a fungus",
    ),
    term(
        "ergotamine | ergotamines | ergot | ergots | ergot derivatives | dihydroergotamine",
        "an older migraine medicine that narrows blood vessels",
        not_before=r"non-?\s*$",
        not_after=r"^[- ]?(?:derived\s+)?(?:dopamine|agonist)",
    ),
    term(
        "abortive",
        "stopping an attack that has started",
        only_near=r"headache|migraine|attack|medication|treatment|therap",
    ),
    term(
        "acute operative treatment | acute surgical treatment | acute surgery | acute operation",
        "emergency surgery",
    ),
    # (not "retinopathy or maculopathy requiring acute treatment", NCT03086330, hint3: WRONG as an attack's medicine)
    term("acute headache medication | acute migraine medication", "medicine taken to stop an attack once it starts"),
    term(
        "acute medication | acute treatment",
        "medicine taken to stop an attack once it starts",
        only_near=r"headache|migraine|attacks?\b|\b(?-i:MOH)\b|triptan|pain|prophyla|preventi",
    ),
    term(
        "preventive | preventative",
        "taken to prevent attacks or illness",
        only_near=r"medication|treatment|therap|headache|migraine",
    ),
    term(
        "calcitonin gene-related peptide | calcitonin-gene-related peptide | calcitonin gene related peptide",
        "CGRP: a protein involved in migraine; some migraine medicines block it",
    ),
    term(
        "erenumab | Aimovig | fremanezumab | Ajovy | galcanezumab | Emgality | eptinezumab | Vyepti",
        "a migraine prevention medicine given by injection or drip that blocks CGRP",
    ),
    term("topiramate", "a seizure medicine also used to prevent migraine"),
    term(
        "lithium",
        "a medicine for bipolar disorder, also used for cluster headache",
        only_near=r"medic|therap|treat|verapamil|bipolar|\bmood",
    ),
    term("gabapentin | pregabalin", "a medicine for nerve pain and seizures"),
    term(
        "botulinum toxin | botulinum | onabotulinumtoxinA | onabotulinumtoxin | Botox | BTX-A/B | BTX-A",
        "botulinum toxin (Botox): a purified nerve toxin injected in tiny amounts to relax muscles or prevent migraine",
    ),
    term(
        "neurotoxin | neurotoxins",
        "a substance that acts on nerves; botulinum toxin is one, used in tiny amounts as a medicine",
    ),
    term("lacrimation", "watery eyes, tears"),
    term("conjunctival injection", "a red eye from swollen blood vessels in the white of the eye"),
    term("conjunctival", "of the thin clear layer over the white of the eye"),
    term("rhinorrhea | rhinorrhoea", "a runny nose"),
    term("nasal congestion", "a blocked or stuffy nose"),
    # "eyebrow or eyelid ptosis" (outside sample 2): not only the eyelid.
    term("ptosis", "drooping of a body part, most often the upper eyelid"),
    term("miosis", "a small pupil"),
    term("eyelid edema | eyelid oedema", "swelling of the eyelid"),
    term("ipsilateral", "on the same side of the body"),
    term("contralateral", "on the opposite side of the body"),
    term("restlessness | agitation", "being unable to stay still or calm"),
    term("neuralgiform", "like nerve pain: short, sharp and stabbing"),
    term("neuralgia", "sharp pain along a nerve"),
    term("trigeminal neuralgia", "sudden, severe face pain from the trigeminal nerve"),
    term("trigeminal", "to do with the trigeminal nerve, which carries feeling from the face"),
    term("occipital", "at the back of the head"),
    term("occipital neuralgia", "sharp pain at the back of the head from the nerves there"),
    term("greater occipital nerve | occipital nerve", "a nerve at the back of the head"),
    term(
        "occipital nerve stimulation | occipital nerve stimulator",
        "a device that sends mild electric pulses to nerves at the back of the head",
    ),
    term("suboccipital", "below the back of the skull, at the top of the neck"),
    term("supraorbital", "above the eye socket"),
    term(
        "sphenopalatine ganglion | pterygopalatine ganglion | sphenopalatine",
        "a bundle of nerves behind the nose that is linked to some headaches",
    ),
    term("ganglion | ganglia", "a bundle of nerve cells", not_near=r"\bcyst|wrist"),
    term(
        "vagus nerve | vagal nerve | vagal",
        "a long nerve from the brain to the chest and belly that helps control heart rate and digestion",
    ),
    # "Use of bone growth stimulator" (NCT04388332, downloads3: WRONG as a nerve stimulator).
    term(
        "bone growth stimulator | bone growth stimulators | bone stimulator | bone stimulators | bone stimulation",
        "a device that sends mild electric or sound pulses to help a bone heal or grow together",
    ),
    term(
        "neurostimulator | neurostimulators | neurostimulation | stimulator | stimulators",
        "a device that sends mild electric pulses to nerves",
    ),
    term(
        "spinal cord stimulator | spinal cord stimulation",
        "a device that sends mild electric pulses to the spinal cord to ease pain",
    ),
    term(
        "neuromodulation | neuromodulatory", "treatment that changes nerve activity, for example with electric pulses"
    ),
    term(
        "gammaCore",
        "a hand-held device that stimulates the vagus nerve in the neck to treat headaches",
    ),
    # glossary audit (NCT06643676): a tooth's root, not a nerve's
    term(
        "peri-radicular lesion | periradicular lesion | peri-radicular lesions | periradicular lesions",
        "an infected or damaged area in the bone around the tip of a tooth's root",
    ),
    term("radicular", "of a nerve root; radicular pain spreads along a nerve from the spine, such as down a leg"),
    term("radicular pain", "pain that spreads along a nerve from the spine, such as down a leg"),
    term("radiculopathy", "a pinched nerve root in the spine, causing pain, numbness or weakness along the nerve"),
    term("sciatica", "pain along the sciatic nerve, from the lower back down the leg"),
    # "increased intracranial pressure (e.g. impending herniation)" (NCT02510950, hint2-1: WRONG as a spinal disc)
    term(
        "herniation | brain herniation | impending herniation",
        "brain tissue pushed out of place by high pressure inside the skull",
        only_near=r"intracranial|cranial|\bbrain\b|cerebr|uncal|tonsillar|\bmidline shift|mass effect",
    ),
    term(
        "herniated disc | herniated disk | disc herniation | disk herniation | herniated | herniation | herniations | herniated nucleus pulposus | slipped disc",
        "a spinal disc that bulges out and can press on a nerve",
    ),
    term("nucleus pulposus", "the soft center of a spinal disc"),
    term(
        "disc prolapse | disc protrusion | disc extrusion",
        "a spinal disc that bulges or breaks out and can press on a nerve",
    ),
    # NCT01339377 (sample 17: WRONG, one note for both): a protrusion still bulges; an extrusion has broken through.
    term(
        "protrusion | protruded",
        "a slipped disc that bulges out, its outer wall still whole",
        only_near=r"\bdiscs?\b|\bdisks?\b|herniat|\bspin|lumbar",
    ),
    term(
        "extruded | extrusion",
        "a slipped disc whose soft center has broken through its outer wall",
        only_near=r"\bdiscs?\b|\bdisks?\b|herniat|\bspin|lumbar|fragment",
    ),
    # NCT02609854 (review of sample 9): "herniated disc is not sequestered" is about a piece that broke off.
    term(
        "sequestered | sequestrated | sequestration",
        "a piece of a slipped disc has broken off and lies loose in the spine",
        only_near=r"\bdiscs?\b|\bdisks?\b|herniat|\bspin|lumbar",
    ),
    # "Lumbar intervertebral foraminal stenosis" (NCT06144970, downloads4: WRONG as the discs): the openings between
    # two bones of the spine, where the nerves leave it.
    term(
        "intervertebral foraminal stenosis | intervertebral foramen stenosis",
        "a narrowing of the openings between two bones of the spine, where the nerves leave it",
    ),
    term(
        "intervertebral foramen | intervertebral foramina",
        "the openings between two bones of the spine, where the nerves leave it",
    ),
    term("intervertebral disc | discal", "the discs between the bones of the spine, which cushion them"),
    term(
        "intervertebral",
        "the discs between the bones of the spine, which cushion them",
        not_after=r"^\s*(?:foramin|space|joint|body|bodies|level)",
    ),
    term(
        "degenerative disc disease | disc degeneration | degenerative disc",
        "wear and tear of the discs between the bones of the spine",
    ),
    term("spondylolisthesis", "a bone of the spine that has slipped forward over the one below"),
    term("spondylolysis", "a small crack in a bone of the spine"),
    term("spondylosis", "wear and tear of the spine"),
    # "spondylitis" beside fracture and tumor in spine surgery (NCT03924700, sample 32: WRONG as the stiff-spine arthritis)
    term("ankylosing spondylitis", "long-lasting swelling of the spine's joints that can make it stiff"),
    term("spondylitis", "swelling of the bones of the spine, from an infection or an arthritis"),
    term("spondylodiscitis | discitis", "an infection of a spinal disc and the bones next to it"),
    term(
        "spinal stenosis | spinal canal stenosis | lumbar stenosis | canal stenosis",
        "a narrowing of the spinal canal that can press on nerves",
    ),
    term("foraminal stenosis", "a narrowing of the openings where nerves leave the spine"),
    term("scoliosis", "a sideways curve of the spine"),
    term("kyphosis", "a forward, hunched curve of the spine"),
    # "Structural disorder of spinal alignment (Scoliosis, kyphosis, lordosis)" (NCT05921747, exports9: WRONG, the
    # normal curve named as a disorder): the curve, and what too much of it is.
    term("lordosis", "an inward curve of the spine, in the neck and lower back; too much of it is called swayback"),
    term("cauda equina", "the bundle of nerves at the bottom of the spinal cord"),
    term(
        "cauda equina syndrome",
        "pressure on the nerves at the bottom of the spinal cord; an emergency that can cause leg weakness and loss of bladder control",
    ),
    term("myelopathy", "damage to the spinal cord, often from pressure on it"),
    term("laminectomy | laminotomy", "surgery to remove part of a bone of the spine to take pressure off the nerves"),
    term("discectomy | microdiscectomy | micro discectomy", "surgery to remove all or part of a spinal disc"),
    term("spinal fusion | fusion surgery | arthrodesis", "surgery that joins bones of the spine together"),
    term(
        "decompression",
        "surgery to take pressure off a nerve or the spinal cord",
        only_near=r"surgery|\bspin|nerve|lumbar|\bdiscs?\b",
    ),
    term("vertebra", "a bone of the spine"),
    term("vertebrae", "the bones of the spine"),
    term("vertebral", "of the bones of the spine"),
    term("lumbar", "of the lower back"),
    term("lumbosacral", "of the lower back and the base of the spine"),
    term("sacral | sacrum", "of the sacrum, the triangle-shaped bone at the base of the spine"),
    term("thoracic", "of the chest, or of the middle part of the spine"),
    term("epidural", "in the space around the spinal cord", only_near=r"inject|steroid|space|anesthe|anaesthe|block"),
    term(
        "epidural steroid injection | epidural injection | epidural injections",
        "an injection of a steroid medicine near the spinal nerves to ease pain",
    ),
    term("facet joint | facet joints", "the small joints between the bones of the spine"),
    term("facet ankylosis", "the small joints between the bones of the spine have stiffened and grown together"),
    term("facet degeneration", "wear of the small joints between the bones of the spine"),
    term("sequestrectomy", "an operation to take out a piece of a slipped disc that has broken off"),
    term("osteophyte | osteophytes", "bone spurs: small bony growths at the edge of a bone"),
    term(
        "end plate sclerosis | endplate sclerosis | end-plate sclerosis",
        "hardened bone next to a disc of the spine, seen on scans",
    ),
    # "A modified Pfirrmann score of 3, 4, 5 or 6" (NCT06127745, downloads1: WRONG, the note said 1 to 5).
    term(
        "modified Pfirrmann score | modified Pfirrmann grade | modified Pfirrmann classification | modified Pfirrmann",
        "a grade from 1 to 8 of how worn a disc of the spine looks on an MRI scan (8 is the most worn)",
    ),
    term(
        "Pfirrmann score | Pfirrmann grade | Pfirrmann classification | Pfirrmann",
        "a grade from 1 to 5 (I to V) of how worn a spine disc looks on an MRI scan (5 is the most worn)",
        not_before=r"\bmodified\s+$",
    ),
    term(
        "Modic changes | Modic change | Modic",
        "changes in the bone next to a worn disc of the spine, seen on an MRI scan",
    ),
    term(
        # (and as misspelt "annulus fibrosis", NCT06462729, downloads2: WRONG, "fibrosis" read as scarring)
        "anulus | annulus | anulus fibrosus | annulus fibrosus | annulus fibrosis | anulus fibrosis",
        "the tough outer ring of a disc of the spine",
        only_near=r"\bdiscs?\b|\bdisks?\b|\bspin|herniat|lumbar|sequestr|nucleus|facet|ligamentum|vertebra",
    ),
    term("allodynia", "pain from a light touch or something else that should not hurt"),
    term("facet", "the small joints between the bones of the spine", only_near=r"joint|\bspin|inject|block|lumbar"),
    term("nerve block | nerve blocks", "an injection that numbs a nerve to ease pain"),
    term("nerve root | nerve roots", "the part of a nerve where it leaves the spine"),
    term("dermatome | dermatomal", "an area of skin whose feeling comes from one spinal nerve"),
    term(
        "paresthesia | paresthesias | paraesthesia | dysesthesia | dysaesthesia",
        "tingling, pins and needles, or unpleasant feelings in the skin",
    ),
    term(
        "neurologic deficit | neurological deficit | neurologic deficits | neurological deficits",
        "a loss of nerve function, such as weakness or numbness",
    ),
    term("paresis", "muscle weakness; partial loss of movement"),
    term("hemiparesis | hemiplegia", "weakness or loss of movement on one side of the body"),
    term("paraplegia", "loss of movement and feeling in the legs"),
    term("tetraplegia | quadriplegia", "loss of movement and feeling in the arms and legs"),
    term("lower motor neuron", "the nerves that run from the spinal cord to the muscles"),
    term(
        "autonomic dysreflexia", "a sudden, dangerous rise in blood pressure in people with a high spinal cord injury"
    ),
    term("autonomic", "to do with the nerves that run automatic body functions, such as heart rate and blood pressure"),
    term(
        "polyneuropathy | peripheral neuropathy | polyneuropathies",
        "damage to many nerves, often felt as numbness or tingling in the hands and feet",
    ),
    # "Treatment with any neuropathic agent including taxane, platinum, vinca alkaloid, or bortezomib chemotherapy"
    # (NCT06731894, exports8: WRONG, read as medicines for nerve pain)
    term(
        "invasive infection | invasive infections | invasive bacterial infection | invasive bacterial infections",
        "a serious infection that has spread into the blood or deep into the body, such as the lining of the brain",
    ),
    term(
        "spontaneous bacterial peritonitis",
        "an infection of the fluid in the belly, a danger for people with cirrhosis",
    ),
    term(
        "washout | wash-out",
        "a wait after a treatment before the next one starts",
        only_near=r"radiation|radiotherapy|irradiat",
    ),
    term("neuropathic agent | neuropathic agents", "a medicine that can damage nerves"),
    term("neuropathic", "caused by damage to nerves"),
    term("neuromuscular", "to do with nerves and muscles"),
    term("neurovascular", "to do with the nerves and blood vessels"),
    term("neurodegenerative", "a disease in which nerve cells slowly die, such as Parkinson's or Alzheimer's"),
    term("neurologic | neurological | neurologically", "to do with the brain, spinal cord or nerves"),
    term("neuropsychiatric", "to do with both the brain and mental health"),
    term("cognitive | cognitively | cognition", "to do with thinking, learning and memory"),
    term("cognitive impairment | cognitively impaired", "problems with memory or thinking"),
    term("dementia", "a loss of memory and thinking that makes daily life hard"),
    term("mental retardation", "an old term for intellectual disability: a lower ability to learn and reason"),
    term("intellectual disability", "a lower ability to learn and reason than most people"),
    term("Alzheimer's disease | Alzheimer disease | Alzheimers | Alzheimer's", "the most common cause of dementia"),
    term(
        "Parkinson's disease | Parkinson disease | Parkinsons | Parkinson's | Parkinson",
        "a brain disease that causes shaking, stiffness and slow movement",
    ),
    term("multiple sclerosis", "a disease in which the immune system damages the nerves of the brain and spinal cord"),
    term("amyotrophic lateral sclerosis", "a disease in which the nerves that control muscles slowly die"),
    term(
        "myasthenia gravis | myasthenia | myasthenic", "an autoimmune disease that makes muscles weak and tire easily"
    ),
    term("epilepsy | epileptic", "a brain condition that causes seizures"),
    # "Number of seizures during baseline equal to at least 24" in a cluster headache study (NCT06540651, sample 42:
    # WRONG with the epilepsy note): "crises" translated, the headache attacks the study counts.
    term(
        "seizures",
        "the study's word for attacks; in this headache study, most likely headache attacks, not epileptic seizures",
        only_before=r"\bnumber of\s*$",
        study_about=_HEADACHE,
    ),
    term(
        "seizure | seizures | convulsion | convulsions | convulsive",
        "a sudden burst of electrical activity in the brain that can cause shaking or blackouts",
    ),
    term(
        "anticonvulsant | anticonvulsants | antiepileptic | antiepileptics | anti-epileptic | antiepileptic drugs",
        # NCT02120703: a rule against "anticonvulsant drugs" covers gabapentin taken for back pain too.
        "an anti-seizure medicine; some, such as gabapentin and pregabalin, are also taken for nerve pain, "
        "migraine or mood",
        # "strong cytochrome P450 (CYP3A) inducers, including ...: carbamazepine, phenytoin (anticonvulsants)"
        # (NCT07030920, exports2: WRONG, gabapentin named as one): the liver-enzyme rule names its own.
        not_near=r"\b(?-i:CYP\w*)\b|cytochrome|inducer",
    ),
    term(
        "anticonvulsant | anticonvulsants | antiepileptic | antiepileptics | anti-epileptic | antiepileptic drugs",
        "an anti-seizure medicine",
    ),
    term(
        "phenytoin | carbamazepine | phenobarbital | phenobarbitone | valproic acid | valproate | oxcarbazepine",
        "a seizure medicine; it changes how the liver breaks down many other medicines",
    ),
    term("Depakote | Depacon", "valproate, a medicine for seizures, bipolar disorder and preventing some headaches"),
    term("aphasia", "trouble speaking or understanding language, often after a stroke"),
    term("ataxia", "poor balance and coordination"),
    term("cerebellar", "to do with the cerebellum, the part of the brain that controls balance"),
    term("brainstem | brain stem", "the lowest part of the brain, which joins the spinal cord"),
    term("intracranial", "inside the skull"),
    # NCT04835519 (sample 13): raised pressure in the skull, not high blood pressure.
    term(
        "intracranial hypertension | idiopathic intracranial hypertension | benign intracranial hypertension",
        "raised pressure of the fluid inside the skull",
    ),
    term("extracranial | extra-cranial", "outside the skull"),
    term("cranial", "of the skull or the head"),
    term("craniotomy", "surgery that opens the skull"),
    term(
        "cranial nerve | cranial nerves",
        "the nerves that come straight from the brain, such as those for the eyes and face",
    ),
    term(
        "intracranial hemorrhage | intracranial haemorrhage | intracerebral hemorrhage | cerebral hemorrhage | brain hemorrhage",
        "bleeding inside the skull",
    ),
    term("subarachnoid hemorrhage | subarachnoid haemorrhage", "bleeding in the space around the brain"),
    term(
        "transient ischemic attack | transient ischaemic attack | transient ischemic attacks | transient ischaemic attacks",
        "a mini-stroke: a short block of blood flow to the brain",
    ),
    term("cerebral", "of the brain"),
    term("meningitis", "swelling of the layers around the brain and spinal cord, often from infection"),
    term(
        "meningococcal | meningococcus | meningococci",
        "to do with meningococcus, a germ that can cause meningitis and severe blood infections",
    ),
    term("encephalitis", "swelling of the brain, often from infection"),
    term(
        "progressive multifocal leukoencephalopathy | progressive multifocal leuko-encephalopathy",
        "a rare, serious brain infection in people with a weak immune system",
    ),
    term("hydrocephalus", "too much fluid in the brain"),
    term(
        "ventriculoperitoneal shunt | ventriculo-peritoneal shunt | VP shunt",
        "a tube that drains extra fluid from the brain into the belly",
    ),
    term("ventriculostomy", "an opening made into the fluid spaces of the brain to drain extra fluid"),
    term("shunt | shunts", "a tube or passage that carries fluid from one place in the body to another"),
    term(
        "Arnold-Chiari malformation | Chiari malformation | Arnold Chiari malformation",
        "a problem in which the lower part of the brain pushes down into the spinal canal",
    ),
    term("cerebrospinal fluid", "the fluid around the brain and spinal cord"),
    term(
        "lumbar puncture | spinal tap",
        "a needle put into the lower back to take a sample of the fluid around the spinal cord",
    ),
    term("interstitial pneumonitis", "swelling and scarring of the tissue between the lung's air sacs"),
    term(
        "electromyography | electromyogram",
        "a test of the electrical activity of muscles and the nerves that control them",
    ),
    term("nerve conduction study | nerve conduction studies", "a test of how fast signals travel along your nerves"),
    term("electroencephalogram | electroencephalography | EEG", "a test that records the brain's electrical activity"),
    term("chiropractic | chiropractor", "treatment of the spine and joints with the hands"),
    # "Hematological, osteopathic, or pulmonary disease" (glossary audit: NCT04100759): bone disease.
    term(
        "osteopathic",
        "to do with the bones",
        only_after=r"^[\s,]*(?:(?:or|and)\s+)?(?:\w+\s+)?(?:disease|disorder)",
    ),
    term("osteopathic", "to do with osteopathy, treatment of muscles and joints with the hands"),
    term(
        "physiotherapy | physiotherapist",
        "physical therapy: exercises and hands-on treatment to help you move and ease pain",
    ),
    term(
        "Oswestry Disability Index | Oswestry",
        "a questionnaire score of how much back pain limits daily life; higher means worse",
    ),
    term(
        # (plural too: "low back pain visual analog scales (VAS)", NCT04042844, downloads5: WRONG, "analog" explained
        # as a medicine)
        "visual analogue scale | visual analog scale | visual analog score | visual analogue score | "
        "visual analog scales | visual analogue scales",
        "a line on which you mark how strong a feeling, such as pain, is",
    ),
    term(
        "numeric rating scale | numerical rating scale | numeric pain rating scale",
        "you rate your pain from 0 (none) to 10 (the worst)",
    ),
    term("fibromyalgia", "long-lasting pain and tenderness all over the body, with tiredness"),
    term("musculoskeletal", "to do with the muscles, bones and joints"),
    term("osteoarthritis", "wear and tear of the joints that causes pain and stiffness"),
    term("rheumatoid arthritis", "an autoimmune disease that causes painful, swollen joints"),
    term("arthralgia", "joint pain"),
    term("impingement", "a pinching of a tendon or nerve between bones"),
)

_EYES_MIND_INFECTION_AND_IMMUNITY: tuple[Term, ...] = (
    term(
        "connective tissue disease | connective tissue diseases | collagen disease | collagen diseases | "
        "collagen vascular disease | collagenosis",
        "a disease such as lupus or scleroderma, in which the immune system attacks the tissue that holds the body together",
    ),
    # Eyes
    term("retinitis pigmentosa", "an inherited eye disease that slowly damages the retina and sight"),
    term("retina | retinal", "the layer at the back of the eye that senses light"),
    term(
        "non-arteritic anterior ischemic optic neuropathy | nonarteritic anterior ischemic optic neuropathy | non-arteritic ischemic optic neuropathy | anterior ischemic optic neuropathy | ischemic optic neuropathy",
        "sudden loss of sight in one eye from poor blood flow to the optic nerve",
    ),
    term(
        "non-arteritic | nonarteritic",
        "not caused by swollen arteries",
        only_near=r"optic|neuropath|\b(?-i:NAION)\b|ischemic|ischaemic",
    ),
    term("optic nerve", "the nerve that carries signals from the eye to the brain"),
    term("optic neuropathy", "damage to the nerve that carries signals from the eye to the brain"),
    term("macular degeneration", "damage to the center of the retina that blurs central sight"),
    term("macular | macula", "the center of the retina, which gives sharp sight"),
    # glossary audit (NCT01640457): a disease of the cornea, not of the retina's center
    term(
        "macular corneal dystrophy",
        "an inherited eye disease in which cloudy spots build up in the cornea, the clear front of the eye",
    ),
    term("maculopathy", "a disease of the center of the retina"),
    term("glaucoma", "an eye disease that damages the optic nerve, often from high pressure in the eye"),
    term("cataract | cataracts", "clouding of the lens of the eye"),
    term("keratitis", "swelling of the cornea, the clear front of the eye"),
    term("keratoconjunctivitis", "swelling of the cornea and of the thin layer over the white of the eye"),
    term("corneal | cornea", "the clear front part of the eye"),
    term("uveitis", "swelling inside the eye"),
    term("ocular | ophthalmic | ophthalmologic | ophthalmological", "to do with the eye"),
    term("intraocular", "inside the eye"),
    term("refractive", "to do with how the eye focuses light", only_near=r"error|surgery|\beyes?\b|\blens\b|vision"),
    term(
        "pupil dilation | pupil-dilation | dilated pupil | dilated pupils",
        "widening of the pupil, the black center of the eye",
    ),
    term("color vision | colour vision", "being able to see and tell apart colors"),
    term(
        "hereditary degenerative retinal disorders | hereditary retinal disorders | hereditary degenerative retinal disorder | hereditary retinal disease",
        "inherited diseases that slowly damage the retina and sight",
    ),
    # Mental health and substances
    # "major depression" (sample 41): a name, not an adjective ("to do with depression" fits "depressive" only)
    term("major depressive disorder | major depression", "depression: a long-lasting low mood that affects daily life"),
    term("depressive", "to do with depression, a long-lasting low mood that affects daily life"),
    term("bipolar disorder", "a mental health condition with periods of very low and very high mood"),
    term(
        "bipolar",
        "bipolar disorder: a mental health condition with periods of very low and very high mood",
        only_near=r"disorder|depress|\bmood|psychiatr|schizo|illness|mania",
    ),
    term("schizophrenia", "a serious mental illness that changes how a person thinks, feels and sees the world"),
    term(
        "schizoaffective | schizoaffective disorder",
        "a mental illness with signs of both schizophrenia and a mood disorder",
    ),
    term("psychosis | psychotic", "losing touch with reality, such as hearing voices"),
    term("psychiatric", "to do with mental health"),
    term("psychosocial", "to do with the mind and a person's life with others"),
    term("suicidal ideation | suicidal thoughts", "thoughts of ending your own life"),
    term("ideation", "having thoughts or ideas", only_near=r"suicid|homicid"),
    term("anxiolytic | anxiolytics", "a medicine that eases anxiety"),
    term(
        "antidepressant | antidepressants | anti-depressant | anti-depressants | antidepressive",
        "a medicine for depression",
    ),
    term(
        "antipsychotic | antipsychotics | anti-psychotic | anti-psychotics | neuroleptic | neuroleptics",
        "a medicine for psychosis, such as in schizophrenia",
    ),
    term("benzodiazepine | benzodiazepines", "a sedative medicine, such as diazepam, used for anxiety and sleep"),
    term(
        "major tranquilizers | major tranquillizers | major tranquillisers",
        "an old name for antipsychotic medicines, used for illnesses such as schizophrenia",
    ),
    term(
        "hypnotic | hypnotics | sedative | sedatives | sedative-hypnotics | tranquilizer | tranquilizers | tranquillisers",
        "a medicine that calms you or helps you sleep",
    ),
    term(
        "selective serotonin reuptake inhibitor | selective serotonin reuptake inhibitors | "
        "serotonin reuptake inhibitor | serotonin reuptake inhibitors",
        "SSRIs: common antidepressant medicines, such as sertraline",
    ),
    term(
        "serotonin-norepinephrine reuptake inhibitor | serotonin norepinephrine reuptake inhibitor | serotonin and norepinephrine reuptake inhibitors | serotonin-norepinephrine reuptake inhibitors",
        "SNRIs: antidepressant medicines, such as venlafaxine",
    ),
    term("reuptake", "the taking back of a brain chemical by nerve cells; many antidepressants block it"),
    term(
        "monoamine oxidase inhibitor | monoamine oxidase inhibitors | monoamine oxidase",
        # NCT02225548: selegiline, the study drug, is one, for Parkinson's disease.
        "MAOIs: medicines that block an enzyme in the brain; some treat depression, others (such as selegiline) "
        "Parkinson's disease",
    ),
    term(
        "tricyclic | tricyclics | tricyclic antidepressant | tricyclic antidepressants",
        "an older kind of antidepressant medicine",
    ),
    term(
        "serotonergic",
        "acting on serotonin, a brain chemical; many antidepressants and migraine medicines are serotonergic",
    ),
    term(
        "serotonin syndrome",
        "a dangerous reaction to too much serotonin, a brain chemical, often from mixing medicines",
    ),
    term(
        "sertraline | Zoloft | Lustral | fluoxetine | Prozac | paroxetine | Paxil | Seroxat | citalopram | Celexa | escitalopram | Lexapro | Cipralex | fluvoxamine | Luvox | Faverin",
        "an antidepressant medicine (an SSRI)",
    ),
    term("venlafaxine | duloxetine | desvenlafaxine", "an antidepressant medicine (an SNRI), also used for nerve pain"),
    term("trazodone", "an antidepressant medicine, also used to help sleep"),
    term("nefazodone", "an antidepressant medicine that can harm the liver"),
    term(
        "amitriptyline | nortriptyline | imipramine | clomipramine",
        "an older antidepressant medicine (a tricyclic), also used for pain and headache",
    ),
    term("bupropion", "an antidepressant medicine, also used to help stop smoking"),
    term("mirtazapine", "an antidepressant medicine that also helps sleep"),
    term(
        "quetiapine | Seroquel | olanzapine | Zyprexa | risperidone | Risperdal | aripiprazole | Abilify | Ambilify | clozapine | Clozaril | haloperidol | thioridazine",
        "an antipsychotic medicine, used for schizophrenia and some other mental health conditions",
    ),
    term(
        "alprazolam | Xanax | clonazepam | Klonopin | diazepam | Valium | lorazepam | Ativan",
        "a benzodiazepine: a medicine for anxiety or sleep that can be habit-forming",
    ),
    term("barbiturate | barbiturates", "an older sedative medicine"),
    term("amphetamine | amphetamines | methamphetamine", "a strong stimulant drug"),
    term(
        "stimulant | stimulants",
        # "taking benzodiazepines, stimulants (e.g. for ADHD), ..." (NCT06273592, sample 49: WRONG, a coffee drinker read
        # himself out by the note's "caffeine"): the medicines.
        "medicines or drugs that speed up the brain and body, such as ADHD medicines or amphetamines",
        only_near=r"\bdrugs?\b|medic|\buse\b|caffeine|amphetamine|\b(?-i:ADHD)\b",
    ),
    # "synthetic cannabinoids (K2, Spice)" (NCT06067984, exports3: WRONG as the plant, beside THC use let in).
    term(
        "synthetic cannabinoid | synthetic cannabinoids",
        "lab-made drugs that act like cannabis, such as K2 or Spice; they are not the cannabis plant",
    ),
    term("cannabis | marijuana | cannabinoid | cannabinoids", "the cannabis plant, or substances from it"),
    term("psilocybin", "the drug in 'magic mushrooms' that causes hallucinations"),
    term(
        "hallucinogen | hallucinogens | hallucinogenic | psychedelic | psychedelics",
        "a drug that changes what you see, hear and feel",
    ),
    term("ketamine", "an anesthetic medicine, also used for depression and misused as a drug"),
    term("methadone", "a long-acting opioid medicine used to treat opioid addiction and pain"),
    term("buprenorphine", "an opioid medicine used to treat opioid addiction and pain"),
    term("naltrexone", "a medicine that blocks opioids and helps treat alcohol or opioid addiction"),
    term(
        "substance use disorder | substance abuse | substance misuse",
        "use of alcohol or drugs that harms your health or life",
    ),
    # Drug abuse is not drinking (NCT01815593, sample 34: "history of long drug abuse" had a note naming alcohol).
    term("drug abuse | drug misuse", "use of drugs in a way that harms your health or life"),
    term(
        "alcohol abuse | alcohol dependence | alcoholism | alcohol use disorder",
        "drinking alcohol in a way that harms your health or life",
    ),
    term("cotinine", "a substance the body makes from nicotine; tests for it show recent smoking"),
    term("nicotine replacement therapy", "nicotine patches, gum or similar products to help stop smoking"),
    term(
        "anorexia nervosa",
        "an eating disorder in which a person eats far too little, from a strong fear of gaining weight",
    ),
    term(
        "bulimia nervosa | bulimia",
        "an eating disorder with binge eating followed by vomiting or other ways of getting rid of the food",
    ),
    term("claustrophobia | claustrophobic", "a strong fear of small or closed-in spaces"),
    # Infections
    term("human immunodeficiency virus", "HIV, the virus that causes AIDS"),
    term("immunodeficiency", "a weak immune system"),
    term("immunocompromised | immunosuppressed", "having a weak immune system"),
    term(
        "acquired immunodeficiency syndrome | acquired immune deficiency syndrome",
        "AIDS, the late stage of HIV infection",
    ),
    # "Anticentromere antibody seropositivity" (NCT05925803, downloads5: WRONG as an infection's antibodies).
    term(
        "seropositive | seropositivity | seropositivity for",
        "having a positive blood test for these antibodies",
        only_near=r"anti-?\w+\s+antibod|autoantibod|anticentromere|antinuclear|\b(?-i:ANA|RF|CCP|ACPA|Scl-70)\b|"
        r"rheumatoid factor",
    ),
    term(
        "seropositive | seropositivity | seropositivity for",
        "having a positive blood test for antibodies to an infection",
    ),
    term("seronegative", "having a negative blood test for antibodies to an infection"),
    term("serology | serologic | serological", "blood tests for antibodies, often to check for an infection"),
    term("viral load", "the amount of virus in the blood"),
    term("undetectable", "too low to be measured by the test"),
    term("viremia | viraemia", "a virus in the blood"),
    term("bacteremia | bacteraemia", "bacteria in the blood"),
    term("fungemia | fungaemia", "a fungus in the blood"),
    term("antiretroviral | antiretrovirals | anti-retroviral | antiretroviral therapy", "medicines that control HIV"),
    term(
        "protease inhibitor | protease inhibitors | HIV protease inhibitors",
        "a kind of medicine for HIV or hepatitis C; many of them change how other medicines break down",
    ),
    term("protease", "an enzyme that breaks down proteins; some HIV medicines block it"),
    term(
        "ritonavir | indinavir | saquinavir | nelfinavir | amprenavir | fosamprenavir | atazanavir | lopinavir | darunavir | tipranavir",
        "an HIV medicine (a protease inhibitor); many of them slow the breakdown of other medicines",
    ),
    term("Norvir", "ritonavir, an HIV medicine (a protease inhibitor); it slows the breakdown of many other medicines"),
    term("cobicistat", "a medicine given with some HIV medicines to make them last longer"),
    # "antiviral drugs that contains vasoconstrictors" (glossary audit: NCT03905018) are most likely cold remedies with a
    # decongestant; no note rather than one that lets them pass.
    term(
        "antiviral | antivirals",
        "a medicine that fights viruses",
        not_after=r"^\s+drugs?\s+that\s+contains?\s+vasoconstrict",
    ),
    term(
        "antibiotic | antibiotics | antibacterial | antibacterials",
        "a medicine that kills bacteria or stops them growing",
    ),
    term("antimicrobial | antimicrobials | anti-infective | anti-infectives", "a medicine that fights infections"),
    term(
        "antifungal | antifungals | anti-fungal | anti-mycotic | anti-mycotics | antimycotic | antimycotics",
        "a medicine that treats fungal infections",
    ),
    term(
        "azole | azoles | azole antifungals",
        "a group of antifungal medicines, such as fluconazole; many change how other medicines break down",
    ),
    term(
        "ketoconazole | itraconazole | fluconazole | voriconazole | posaconazole | miconazole | ketoconazol | "
        "itraconazol | intraconazol",
        "an antifungal medicine; it also slows how the liver breaks down many other medicines",
    ),
    term(
        "erythromycin | clarithromycin | claritromycin | telithromycin | troleandomycin",
        "an antibiotic medicine; it slows how the liver breaks down some other medicines",
    ),
    term(
        "rifampicin | rifampin | rifabutin",
        "an antibiotic for tuberculosis; it speeds up the breakdown of many other medicines",
    ),
    term("aminoglycoside | aminoglycosides", "a group of antibiotics given by injection, such as gentamicin"),
    term("gentamicin", "an antibiotic (an aminoglycoside) given by injection"),
    term("vancomycin | ciprofloxacin | spectinomycin", "an antibiotic medicine"),
    term("polymyxins | polymyxin", "a group of antibiotics kept for hard-to-treat infections"),
    term("lincosamides | lincosamide", "a group of antibiotics, such as clindamycin"),
    term("tuberculosis", "an infection, most often of the lungs, that spreads through the air"),
    term(
        "latent tuberculosis | latent TB",
        "tuberculosis germs in the body that are not causing illness and cannot spread",
    ),
    term("QuantiFERON | QuantiFERON-TB | T-SPOT | T-SPOT.TB", "a blood test for tuberculosis infection"),
    term("tuberculin skin test | Mantoux", "a skin test for tuberculosis"),
    term("tuberculin", "a substance used in a skin test for tuberculosis"),
    term("hepatitis B", "a virus that infects the liver"),
    term("hepatitis C", "a virus that infects the liver"),
    term("cytomegalovirus", "a common virus that can cause serious illness in people with a weak immune system"),
    term("Epstein-Barr virus | Epstein-Barr | Epstein Barr", "the common virus that causes glandular fever (mono)"),
    term("herpes zoster | zoster | shingles", "shingles: a painful rash from the chickenpox virus waking up again"),
    term("varicella", "chickenpox"),
    term("syphilis", "a sexually transmitted infection"),
    term("Treponema pallidum | treponema", "the bacterium that causes syphilis"),
    term("gonorrhea | gonorrhoea", "a sexually transmitted infection"),
    term("chlamydia", "a common sexually transmitted infection"),
    term("condyloma | condylomata | condyloma acuminata | genital warts", "genital warts, caused by HPV"),
    term("venereal | venereal disease | venereal diseases", "passed on during sex"),
    term(
        "sexually transmitted disease | sexually transmitted diseases | sexually transmitted infection | sexually transmitted infections",
        "an infection passed on during sex",
    ),
    term("communicable | transmissible", "able to spread from one person to another"),
    term("trypanosomiasis | Chagas disease", "an infection spread by insects in some tropical countries"),
    term("helminth | helminths | helminthic", "parasitic worms"),
    term("aspergillosis", "an infection with the mold Aspergillus, mostly in the lungs"),
    term("candidiasis", "a yeast infection (thrush)"),
    term("abscess | abscesses", "a pocket of pus"),
    term("osteomyelitis", "an infection of the bone"),
    # "spinal infection (e.g., discitis, septic arthritis, epidural abscess)" (NCT04757038, downloads1: WRONG as sepsis).
    term("septic arthritis", "an infection inside a joint"),
    term("sepsis | septic", "a life-threatening reaction of the body to an infection"),
    term("noninfectious | non-infectious", "not caused by an infection"),
    term("febrile", "with a fever"),
    term("afebrile", "without a fever"),
    term(
        "live attenuated vaccine | live vaccine | live vaccines | live attenuated vaccines | live-attenuated vaccine | live-attenuated vaccines",
        "a vaccine made from a weakened form of the live germ",
    ),
    term("attenuated", "weakened", only_near=r"vaccin|\blive\b|virus"),
    term("inactivated vaccine | inactivated vaccines", "a vaccine made from a killed germ, or part of one"),
    term("FluMist", "a flu vaccine sprayed into the nose; it contains live, weakened virus"),
    term("typhoid", "a serious infection spread through dirty food or water"),
    term("mumps | rubella | measles", "an infection that children are usually vaccinated against"),
    # Immune system
    term(
        "autoimmune disease | autoimmune diseases | autoimmune disorder | autoimmune disorders",
        "a disease in which the immune system attacks the body's own tissue",
    ),
    # "Prior exposure to immune-mediated therapy" (NCT05883644, downloads6: WRONG as caused by the immune system).
    term(
        "immune-mediated therapy | immune-mediated therapies | immune mediated therapy",
        "treatment that works through the immune system, such as immunotherapy for cancer",
    ),
    term("immune-mediated", "caused by the immune system"),
    term("immunologic | immunological | immunologically", "to do with the immune system"),
    term(
        "immunosuppressive therapy | immunosuppressive medication | immunosuppressive medications | immunosuppressive drugs | immuno-suppressants | immunosuppressive agents",
        "medicines that weaken the immune system, used after transplants or for autoimmune diseases",
    ),
    term(
        "immunomodulatory | immunomodulator | immunomodulators | immunomodulating",
        "acting on the immune system to change how it works",
    ),
    term("immunostimulatory", "boosting the immune system"),
    # "Hypersensitivity to light exposure" (outside sample 1: WRONG as an allergy): skin that reacts badly to light.
    term(
        "hypersensitivity to light | hypersensitive to light | hypersensitivity to sunlight | hypersensitive to sunlight"
        " | hypersensitivity to sun | hypersensitivity to the sun",
        "skin that reacts badly to sunlight or other light, with a rash, redness or burns",
    ),
    term(
        "hypersensitivity | hypersensitivities | hypersensitive",
        "an allergy or other strong reaction of the immune system",
    ),
    term(
        "hypersensitivity reaction | hypersensitivity reactions",
        "an allergic or other strong reaction of the immune system",
    ),
    term(
        "anaphylaxis | anaphylactic | anaphylactic reaction | anaphylactic shock | anaphylactoid",
        "a sudden, life-threatening allergic reaction",
    ),
    term(
        "angioedema | angio-oedema",
        "swelling under the skin, often of the face or throat, from an allergic or similar reaction",
    ),
    term(
        "idiosyncrasy | idiosyncratic",
        "an unusual reaction to a medicine that most people do not have",
        only_near=r"reaction|\bdrugs?\b|medic|hypersens|allerg",
    ),
    term(
        "Stevens-Johnson syndrome | Steven-Johnson syndrome | Stevens Johnson syndrome | Steven-Johnson",
        "a rare, serious reaction to a medicine that blisters the skin and the inside of the mouth",
    ),
    term(
        "toxic epidermal necrolysis",
        "a rare, very serious reaction to a medicine in which large areas of skin blister and peel",
    ),
    term("atopy | atopic", "a tendency to allergies, such as eczema, hay fever or asthma"),
    term("atopic dermatitis | eczema", "a skin condition with dry, itchy, red patches"),
    term("urticaria | hives", "an itchy, raised rash"),
    term("rhinitis | allergic rhinitis | hay fever", "a runny or blocked nose, often from an allergy"),
    # "No prior documented lupus anti-coagulant or anti-phospholipid antibody" (NCT00049673, hint3-1: WRONG as lupus and
    # blood thinners): one antibody, found by a blood test.
    term(
        "lupus anticoagulant | lupus anti-coagulant | lupus anticoagulants",
        "an antibody found by a blood test that makes blood clot too easily (it is neither lupus nor a blood thinner)",
    ),
    term(
        "systemic lupus erythematosus | lupus erythematosus | lupus",
        "lupus: an autoimmune disease that can affect the skin, joints and organs",
    ),
    term("discoid lupus | discoid lupus erythematosus", "a kind of lupus that causes scarring patches on the skin"),
    term("erythematosus", "part of the name lupus erythematosus, an autoimmune disease"),
    term(
        "systemic sclerosis sine scleroderma",
        "a form of systemic sclerosis that harms inner organs without making the skin hard",
    ),
    term(
        "scleroderma | systemic sclerosis", "an autoimmune disease that makes the skin and some organs hard and tight"
    ),
    term("psoriasis | psoriatic", "a skin disease with red, scaly patches; it can also affect the joints"),
    term("vitiligo", "a skin condition with patches that lose their color"),
    term(
        "Sjögren's syndrome | Sjogren's syndrome | Sjögren syndrome | Sjogren syndrome",
        "an autoimmune disease that causes a dry mouth and dry eyes",
    ),
    # "History of rheumatic heart disease" (NCT00315042, trialgpt reading: WRONG with the joints-and-autoimmune note)
    term(
        "rheumatic heart disease | rheumatic valve disease | rheumatic valvular disease",
        "heart valve damage left by rheumatic fever, an illness that can follow a strep throat infection",
    ),
    term("rheumatic fever", "an illness that can follow a strep throat infection and can damage the heart valves"),
    term(
        "rheumatic | rheumatologic | rheumatological | rheumatology",
        "to do with joints, muscles and autoimmune diseases",
    ),
    term(
        "Guillain-Barré syndrome | Guillain-Barre syndrome | Guillain-Barre | Guillian-Barre syndrome | Guillian-Barré syndrome",
        "a rare disease in which the immune system attacks the nerves, causing weakness",
    ),
    term("granulomatosis | granulomatous", "a disease that forms small lumps of immune cells in tissues"),
    term("amyloidosis", "a disease in which an abnormal protein builds up in organs"),
    term("Castleman disease | Castleman's disease", "a rare disease of the lymph nodes"),
    term(
        # "nonsteriodal anti-inflammatory drugs corticosteriod" (NCT00843063, trialgpt1: UNREADABLE, both misspelt)
        "corticosteroid | corticosteroids | corticoids | glucocorticoid | glucocorticoids | steroids | steroid | corticosteriod",
        "a steroid medicine, such as prednisone, that calms swelling and the immune system",
    ),
    term(
        "prednisone | prednisolone | methylprednisolone | hydrocortisone | dexamethasone",
        "a steroid medicine that calms swelling and the immune system",
    ),
    term(
        "prednisone equivalent | prednisolone equivalent | prednisone-equivalent",
        "the same strength of steroid as that dose of prednisone",
    ),
    term(
        "azathioprine | mycophenolate | cyclosporine | ciclosporin | tacrolimus | sirolimus",
        "a medicine that weakens the immune system, used after transplants or for autoimmune diseases",
    ),
    term(
        "calcineurin inhibitor | calcineurin inhibitors | calcineurin",
        "medicines that weaken the immune system, such as tacrolimus or cyclosporine",
    ),
    term(
        "methotrexate",
        "a medicine that slows cell growth, used for cancer and, at low doses, for arthritis and psoriasis",
    ),
    term("hydroxychloroquine", "a medicine for lupus and arthritis, first made for malaria"),
    term("antimalarial | antimalarials", "a medicine against malaria; some are also used for lupus and arthritis"),
    term(
        "biologic | biologics | biological therapy | biological therapies | biologic therapy | biologic agent | biologic agents",
        "medicines made from living cells, such as antibodies",
        # "similar chemical or biologic composition to ArginMax" (NCT01105130, sample 27: WRONG): what it is made of.
        # ("compounds of similar chemical composition or similar biologic therapeutic activity", NCT00470054, hint7: WRONG)
        not_after=r"^\s*(?:composition|make-?up|origin|(?:therapeutic\s+)?activity|effects?|actions?)",
    ),
    term(
        "TNF inhibitor | TNF inhibitors | anti-TNF | TNF-alpha inhibitors | TNF-α inhibitors",
        "medicines that block TNF, a protein that causes swelling, used for autoimmune diseases",
    ),
    # before "anti-tumor" can take its first word (NCT05170204, NCT05798663)
    term(
        "anti-tumor necrosis factor | anti-tumour necrosis factor",
        "medicines that block TNF, a protein that causes swelling; they treat autoimmune diseases",
    ),
    term(
        "tumor necrosis factor | tumour necrosis factor | TNF-alpha | TNF-α",
        "TNF: a protein that causes swelling in the body; medicines that block it treat autoimmune diseases",
    ),
    term("dupilumab | Dupixent", "an injected medicine for eczema, asthma and some other allergic diseases"),
    term("omalizumab | mepolizumab | benralizumab", "an injected medicine for severe asthma or allergies"),
    term("montelukast", "an asthma and allergy pill"),
    term("theophylline", "an older asthma medicine"),
    term("albuterol | salbutamol", "a quick-relief inhaler medicine that opens the airways"),
    term("antihistamine | antihistamines", "an allergy medicine"),
    term(
        "H2 receptor antagonist | H2 receptor antagonists | H2 blocker | H2 blockers | H2-blockers",
        "stomach acid medicines, such as famotidine",
    ),
    term("cimetidine", "a stomach acid medicine; it slows how the liver breaks down some other medicines"),
    term("proton pump inhibitor | proton pump inhibitors | PPI | PPIs", "stomach acid medicines, such as omeprazole"),
    term("cytokine | cytokines", "a protein that carries signals between immune cells"),
    term(
        "cytokine release syndrome",
        "a strong immune reaction that can cause fever and low blood pressure, mostly after CAR-T or some antibody drugs",
    ),
    term(
        "interleukin | interleukins", "a protein that carries signals between immune cells; some are used as medicines"
    ),
    term("interferon | interferons", "a protein that helps fight viruses and cancer; some are used as medicines"),
    term("thymosin", "a hormone-like protein from the thymus gland, sometimes used to boost the immune system"),
    term("allograft | allografts", "a transplant from another person"),
    term(
        "solid organ transplant | organ transplant | organ transplantation",
        "a transplant of an organ, such as a kidney, liver or heart",
    ),
    term(
        "graft-versus-host disease | graft versus host disease | graft-versus-host | graft-vs-host disease",
        "donor cells attacking the body after a transplant",
    ),
    # sample 28 (NCT05993949, WRONG): a CAR-T study's conditioning is no transplant's
    term(
        "conditioning regimen",
        "strong treatment, such as chemotherapy, given just before a stem cell transplant or a cell therapy",
    ),
    term(
        "conditioning",
        "strong treatment, such as chemotherapy, given just before a stem cell transplant or a cell therapy",
        only_near=r"transplant|\b(?-i:HSCT)\b|myeloablat|regimen|chemo",
    ),
    term("myeloablative", "strong enough to destroy the bone marrow, as before a stem cell transplant"),
    term(
        "haploidentical | haplo-identical",
        "from a donor whose tissue type half matches yours, such as a parent or child",
    ),
    term("allogenic", "from a donor", shown="allogeneic"),
    term("engraftment", "when transplanted stem cells start making new blood cells"),
    # "pulmonary veno-occlusive disease/pulmonary capillary hemangiomatosis (PVOD/PCH)" (NCT05818137, downloads2: WRONG as
    # the liver's): the lungs' small veins.
    term(
        "pulmonary veno-occlusive disease | PVOD",
        "a rare disease in which the small veins of the lungs get blocked, raising the blood pressure in the lungs",
        shown="pulmonary veno-occlusive disease (PVOD)",
    ),
    term(
        "pulmonary capillary hemangiomatosis | PCH",
        "a rare disease of too many tiny blood vessels growing in the lungs",
        shown="pulmonary capillary hemangiomatosis (PCH)",
        only_near=r"pulmonary|\bPAH\b|\blungs?\b|hemangiomatosis|\bPVOD\b",
    ),
    term(
        "veno-occlusive disease | sinusoidal obstruction syndrome",
        "blocked small veins in the liver, a complication of stem cell transplant",
        not_before=r"pulmonary\s+$",
    ),
)

_CANCER: tuple[Term, ...] = (
    term(
        "field cancerization | field cancerisation",
        "changes over a wide area of a lining (such as the mouth's) that can turn into cancer",
    ),
    term("PSA density", "the PSA blood test result divided by the size of the prostate"),
    term("en bloc | en-bloc", "in one piece"),
    # Kinds of cancer and how they look
    term("neoplasm | neoplasms | neoplasia", "a tumor: an abnormal growth of cells, which may or may not be cancer"),
    term("neoplastic", "to do with a tumor"),
    term("tumoral", "of a tumor, an abnormal growth of cells"),
    term("oncologist", "a doctor who treats cancer"),
    term("oncology | oncologic | oncological", "to do with cancer and its treatment"),
    term(
        "anticancer | anti-cancer | antitumor | anti-tumor | antitumour | antineoplastic | anti-neoplastic | antileukemic | anti-leukemic | antimyeloma | anti-myeloma",
        "used to treat cancer",
    ),
    term(
        "chemotherapeutic | chemotherapeutics | chemotherapies",
        "chemotherapy: medicines that kill fast-growing cells such as cancer cells",
    ),
    # glossary audit (NCT05170204, NCT06726265): a protein's name, not cell-killing chemotherapy
    term(
        # (and "antigen-4": "anti-cytotoxic T-lymphocyte-associated antigen-4 (CTLA-4)", NCT02716805, hint3: WRONG as
        # chemotherapy)
        "cytotoxic T-lymphocyte-associated protein 4 | cytotoxic T lymphocyte-associated protein 4 | "
        "cytotoxic T-lymphocyte-associated antigen 4 | cytotoxic T lymphocyte-associated antigen 4 | "
        "cytotoxic T-lymphocyte-associated antigen-4 | cytotoxic T-lymphocyte-associated protein-4 | "
        "cytotoxic T-lymphocyte antigen 4 | cytotoxic T-lymphocyte antigen-4 | "
        "cytotoxic T-lymphocyte associated protein-4 | cytotoxic T-lymphocyte associated protein 4 | "
        "cytotoxic T-lymphocyte associated antigen-4 | cytotoxic T-lymphocyte associated antigen 4 | "
        "cytotoxic T lymphocyte antigen-4 | cytotoxic T lymphocyte antigen 4",
        "CTLA-4, a protein that holds back the immune system; some immunotherapy medicines block it",
    ),
    # "a cytotoxic T-lymphocyte associated protein-4 (CTLA-4) agent" (NCT02915523, hint4: WRONG as chemotherapy)
    term(
        "cytotoxic",
        "harmful to cells; cytotoxic medicines kill fast-growing cells such as cancer cells",
        not_after=r"^\s*T[- ]?(?:lymphocyte|cell)",
    ),
    term(
        "cytotoxic chemotherapy | cytotoxic agents",
        "chemotherapy: medicines that kill fast-growing cells such as cancer cells",
    ),
    term("curative | curative-intent | curative intent | curatively", "meant to cure the disease"),
    term(
        "definitive therapy | definitive treatment | definitive chemoradiotherapy | definitive radiotherapy",
        "the main treatment meant to cure the cancer",
        # ("osteoporosis without definitive treatment", NCT06729996, exports4: WRONG as a cancer's)
        not_near=r"osteopor|osteopen|fracture|diabet|infection",
    ),
    term(
        "salvage therapy | salvage treatment | salvage chemotherapy",
        "treatment given after other treatments have not worked",
    ),
    # "need maintenance treatment of bronchodilators" (NCT01943552, hint2: WRONG in the cancer sense): everyday use.
    term(
        "maintenance therapy | maintenance treatment",
        "regular treatment taken every day to keep a long-term illness under control",
        # ("taking carbamazepine, ... or phenytoin ... as maintenance therapy", NCT02926898, hint2-1: WRONG in the
        # cancer sense)
        only_near=r"bronchodilat|inhal|asthma|\b(?-i:COPD|LAMA|LABA|ICS)\b|opioid|methadone|buprenorphine|"
        r"carbamazepine|phenytoin|phenobarbital|valpro|anti-?epilep|anti-?convuls|seizure",
    ),
    term(
        "maintenance therapy | maintenance treatment | maintenance chemotherapy",
        "treatment given after the main treatment, to keep the disease from coming back",
        # "ongoing maintenance therapy for life-threatening ventricular arrhythmia" (NCT05833815): a heart medicine
        not_near=r"arrhythm|ventricular|\bheart\b|cardiac",
    ),
    # Before radiotherapy or surgery for a solid cancer, it shrinks the cancer first (NCT01562210, sample 17: WRONG as
    # "meant to put the disease into remission" beside "disease control ... all responses except progression").
    term(
        "induction therapy | induction chemotherapy",
        "the first, strong treatment meant to put the disease into remission",
        not_near=_BEFORE_LOCAL_TREATMENT,
    ),
    term(
        "induction therapy | induction chemotherapy",
        "chemotherapy given first, to shrink the cancer before the main treatment",
        only_near=_BEFORE_LOCAL_TREATMENT,
    ),
    # "nonadherence to use of induction and/or maintenance immunosuppressive therapies" (NCT05921903, downloads4: WRONG
    # in the sense of a cancer's remission).
    # "Ongoing or planned immune tolerance induction therapy" (NCT05878938, downloads5: WRONG in a cancer's sense).
    term("immune tolerance induction | immune tolerance induction therapy", _IMMUNE_TOLERANCE_INDUCTION),
    term("ITI", _IMMUNE_TOLERANCE_INDUCTION, only_near=r"h(?:a)?emophilia|factor|inhibitor|\b(?-i:FVIII|FIX)\b|bleed"),
    term(
        "induction",
        "the strong first treatment around a transplant that keeps the body from rejecting it",
        only_near=r"immunosuppress|transplant|rejection|graft|allograft",
        not_near=r"chemo|leuk|lymphom|myelom|\b(?-i:AML|ALL|DLBCL|MDS)\b|remission|consolidation|cancer|malignan|regimen|"
        r"anthracycl|stem cell",
    ),
    term(
        "induction",
        "the first, strong treatment meant to put the disease into remission",
        only_near=r"chemo|therap|\bleuk|\b(?-i:AML)\b|\b(?-i:ALL)\b|remission|cycle|regimen",
    ),
    term(
        "consolidation therapy | consolidation chemotherapy",
        "treatment after the disease is in remission, to kill any cancer cells left",
    ),
    term(
        "consolidation",
        "treatment after the disease is in remission, to kill any cancer cells left",
        only_near=r"chemo|therap|\bleuk|\b(?-i:AML)\b|\b(?-i:ALL)\b|remission|cycle|durvalumab",
    ),
    # "CTCAE Grade 1 or higher non-remission toxicity induced by any other previous treatments" (NCT02586350, hint3-1:
    # WRONG as a disease getting better): side effects that have not gone away.
    term(
        "non-remission toxicity | non-remission toxicities", "side effects of earlier treatment that have not gone away"
    ),
    term("remission", "the signs of a disease have lessened or gone away"),
    term("complete remission | complete response", "all signs of the disease have gone"),
    # "Partial response to highest dose of PDE5i" (NCT03642366): an erection medicine that helped a little
    # "no more than partial response (< 50% improvement) to ... an antidepressant" (NCT02943564, hint5-1: WRONG as a
    # cancer's)
    term(
        "partial response | partial remission",
        "the treatment helped somewhat, but not fully",
        only_near=_DEPRESSION + r"|antidepress|improvement",
        not_near=_CANCER_WORDS,
    ),
    term(
        "partial response | partial remission",
        "the cancer has shrunk by a set amount, but has not gone",
        not_after=r"^\s+to\s+(?:the\s+)?(?:highest|maximum|max|maximal)\b",
    ),
    term("stable disease", "the cancer has not grown or shrunk much"),
    term(
        "progressive disease | disease progression | radiographic progression",
        "the cancer has grown or spread",
        # ("an uncontrolled or progressive disease of the retina", NCT03257813, hint7b: WRONG as a cancer's)
        not_after=r"^\s+of\b",
    ),
    term(
        "minimal residual disease | measurable residual disease",
        "a very small number of cancer cells left after treatment",
    ),
    # sample 28 (NCT04601233, WRONG): in multiple sclerosis a relapse is a flare-up, not a disease coming back
    term(
        "relapse | relapses",
        "a flare-up: a time when the symptoms suddenly get worse",
        only_near=r"multiple sclerosis|\b(?-i:MS|RRMS|SPMS|EDSS)\b|sclerosis|neuromyelitis|\b(?-i:NMOSD)\b",
    ),
    # "A clinical relapse within the last 30 days" (NCT03569618, exports2: WRONG as after treatment): a study of MS.
    term(
        "relapse | relapses",
        "a flare-up: a time when the symptoms suddenly get worse",
        study_about=r"multiple sclerosis|clinically isolated syndrome|demyelinat|neuromyelitis",
    ),
    term("intercurrent relapse", "a flare-up of the illness happening now"),
    # The second glossary audit (2026-12-05): phrases whose parts' notes said something else.
    term(
        "saddle anesthesia | saddle anaesthesia", "numbness between the legs and around the bottom, where a saddle sits"
    ),
    term(
        "post-essential thrombocythemia | post-essential thrombocythaemia",
        "coming after essential thrombocythemia, a blood cancer with too many platelets",
    ),
    term("anti-IgE", "an asthma or allergy medicine, such as omalizumab, that blocks IgE"),
    term(
        "cavernosonometry | cavernosometry | dynamic infusion cavernosonometry | dynamic infusion cavernosometry",
        "a test that runs fluid into the penis while measuring the pressure, to see whether blood leaks out",
    ),
    term(
        "Schmorl's nodes | Schmorl's nodules | Schmorls' nodules | Schmorl nodes | Schmorl's node",
        "spots where the soft middle of a spinal disc has pushed into the bone next to it, seen on a scan",
    ),
    term(
        "hypertension stage | stage I hypertension | stage II hypertension | stage 1 hypertension | stage 2 hypertension",
        "how high the blood pressure is; a higher stage means higher blood pressure",
    ),
    term("Venereal Disease Research Laboratory", "VDRL, a blood test for syphilis"),
    term(
        "erythrocyte sedimentation rate | erythrocyte sedimentation rates",
        "a blood test for inflammation: how fast red blood cells sink in a tube",
    ),
    # "Severe and uncontrolled organic lesion or infection, including ... cardiopulmonary failure and renal failure"
    # (NCT03986528, sample 29: WRONG, "lesion ... such as a tumor" in a lung cancer study)
    # "... congenital malformations, and organic lesions in the reproductive organs" (NCT05743218, sample 43: WRONG with
    # the organ-failure sense): a physical problem in the organ itself.
    term(
        "organic lesion | organic lesions",
        "a physical problem in the organ itself, such as a fibroid, cyst or growth",
        only_after=r"^\s*(?:of|in)\s+(?:the\s+)?(?:reproductive|genital|pelvic|uter|ovar|womb|cervix|vagin|testic|penis|penile)",
    ),
    term("organic lesion | organic lesions", "a disease that damages an organ, such as heart, lung or kidney failure"),
    term("relapse | relapses", "the disease comes back after treatment"),
    # "diseases stimulated by heat, such as recurrent Herpes Simplex" (NCT06299332, sample 46): outbreaks that keep
    # coming back, not a cancer's return.
    term(
        "recurrent",
        "keeps coming back",
        only_near=_KEEPS_COMING_BACK,
    ),
    term(
        "recurrent",
        "came back after a time when it could not be found",
        only_near=r"cancer|tumou?r|malignan|carcinoma|lymphoma|\bleuk|metasta|\b(?-i:NSCLC)\b|disease",
        not_near=_KEEPS_COMING_BACK,
    ),
    term(
        "recurrence",
        "the disease coming back after a time when it could not be found",
        only_near=r"cancer|tumou?r|malignan|carcinoma|lymphoma|\bleuk|metasta|\b(?-i:NSCLC)\b|disease",
    ),
    term("primary refractory", "did not respond to the first treatment"),
    term("measurable disease", "cancer that can be measured on scans or tests"),
    term("evaluable disease", "cancer that can be seen or checked, though not always measured exactly"),
    # "angiographic findings of ... target lesion" in a heart study (NCT06742931, exports4: WRONG as a tumor)
    term(
        "target lesion | target lesions",
        "the narrowed part of a blood vessel that the study treats",
        only_near=r"coronary|stent|angiograph|artery|arteries|vessel|restenosis|\b(?-i:PCI|DCB|FFR)\b|bifurcation",
    ),
    term("target lesion | target lesions", "a tumor picked to be measured on scans, to see how it responds"),
    # "spinal cord lesion at T6 or above", "disc herniation ... in the relevant lesion": an injury, not a tumor.
    term(
        "lesion | lesions",
        "the damaged or injured part, here of the spine or spinal cord",
        only_near=r"spinal|spine|vertebra|\bdiscs?\b|lumbar|spondyl",
        # "Painful arthritis, spinal stenosis, amputation, painful foot lesions or neuropathy" (NCT05835856, downloads6:
        # WRONG as the spine's): the word's own neighbour says where.
        not_before=r"\b(?:foot|feet|skin|leg|toe|oral|mouth|breast|liver|lung|brain)\s*$",
    ),
    # "targetable lesion such as FLT3 or IDH1/IDH2" (NCT03974217, downloads7: WRONG as a tumor or a wound): a gene change.
    term("targetable lesion | targetable lesions", "a change in a gene that a medicine can aim at"),
    term("genetic lesion | genetic lesions | molecular lesion | molecular lesions", "a change in a gene"),
    term("lesion | lesions", "an area of abnormal tissue, such as a tumor, a wound or a scar"),
    term("subtype | subtypes", "a smaller group within a kind of disease"),
    term("nodule | nodules", "a small lump"),
    term(
        "lymph node | lymph nodes", "small glands that filter fluid and help fight infection; cancer can spread to them"
    ),
    term("lymphadenopathy", "swollen lymph nodes"),
    # "supraventricular and nodal arrhythmias requiring a pacemaker" (NCT01423123, hint6: WRONG as lymph nodes)
    term(
        "nodal arrhythmias | nodal arrhythmia | nodal arrythmias | nodal arrythmia | nodal rhythm | nodal tachycardia",
        "an uneven heartbeat that starts in the AV node, the relay point between the heart's upper and lower chambers",
    ),
    # "calcium channel blockers with AV-nodal blocking activity" (NCT03113071, hint5-1: WRONG as lymph nodes)
    term(
        "AV-nodal | AV nodal | atrioventricular nodal", "to do with the AV node, the heart's relay point for each beat"
    ),
    term(
        "nodal",
        "to do with the lymph nodes",
        not_after=r"^\s*(?:and\s+\w+\s+)?(?:arrh?ythm|rhythm|tachycard|re-?entr)",
        not_before=r"\b(?-i:AV)[-\s]*$",
    ),
    # (NCT05607199, sample 26: WRONG, "non-nodal" said "to do with the lymph nodes")
    term("non-nodal | nonnodal", "not in a lymph node"),
    term("extranodal", "outside the lymph nodes"),
    term("bulky disease", "a large tumor or a large group of lymph nodes"),
    term("oligometastatic", "cancer that has spread to only a few places"),
    term("metachronous", "found at a different time"),
    # "radical synchronous/sequential radiotherapy and chemotherapy" (NCT05816499, sample 24: WRONG as "found"):
    # treatments given at the same time.
    term(
        "synchronous",
        "given at the same time",
        only_after=r"^\W*(?:/\s*sequential\s+|or\s+sequential\s+)?(?:radio|chemo|treatment|therap)",
    ),
    term("synchronous", "found at the same time", only_near=r"cancer|tumou?r|malignan|lesion|metasta|primary"),
    term("multifocal | multicentric", "in several places"),
    term("indolent", "slow-growing"),
    term("aggressive", "fast-growing", only_near=r"lymphoma|cancer|tumou?r|\bleuk|disease"),
    # "lumbar spondylitis or other undifferentiated spondyloarthropathy" (NCT06127745, downloads1: WRONG as cancer cells).
    term(
        "undifferentiated spondyloarthropathy | undifferentiated spondyloarthritis",
        "arthritis of the spine and joints that does not fit one named kind",
    ),
    term(
        "undifferentiated | poorly differentiated",
        "made of cells that look very different from normal cells and tend to grow fast",
        not_after=r"^\s+(?:spondylo|arthrit|connective)",
    ),
    term(
        "well-differentiated | well differentiated",
        "made of cells that look much like normal cells; it tends to grow slowly",
    ),
    term("anaplastic", "made of cells that look very abnormal and tend to grow fast"),
    # ("anaplastic lymphoma receptor tyrosine kinase [ALK] gene rearrangements", NCT02134886, hint4-1: WRONG, a note for
    # "anaplastic" and one for "lymphoma" inside the gene's name)
    term(
        "anaplastic lymphoma kinase | anaplastic lymphoma receptor tyrosine kinase",
        "ALK, a gene; some lung cancers have changes in it that certain drugs target",
    ),
    term(
        "histopathology | histopathological | histopathologic",
        "looking at tissue under a microscope to find disease",
    ),
    term(
        "pathology | pathological | pathologic | pathologically",
        "looking at tissue or cells under a microscope to find disease",
        # "as evidenced by cytology or pathology" (NCT05086315, sample 18: WRONG as "a disease"): the lab test.
        # ("CLIA approved pathology core pathologist", NCT02275039, hint6: WRONG as "a disease")
        only_near=r"confirm|diagnos|report|biops|proven|review|specimen|department|complete response|\bstag|cytolog|evidenced|"
        r"\b(?-i:CLIA)\b|\bcore\b|pathologist|laborator|\blab\b|approved",
        # "Any pathology, medical condition or symptoms that may lead to reconsider the initial diagnosis"
        # (NCT00880347, trialgpt2: WRONG as the lab test): a disease.
        not_before=r"\b(?:any|other|current|significant|serious|severe|chronic|underlying|concomitant|associated)\s*$",
        not_after=r"^\s*(?:,|or|and)\s+(?:medical\s+)?(?:conditions?|diseases?|illness|disorders?|symptoms?)\b"
        # "chronic LBP ... caused by pathological intervertebral disc" (NCT06525896, downloads1: WRONG as the lab test).
        r"|^\s+(?:(?:intervertebral|spinal|lumbar|cervical)\s+)?(?:discs?|fractures?|gambling)\b",
    ),
    term(
        "pathological | pathologic",
        "caused by disease; not normal",
        only_near=r"fracture|condition|finding|change|process|gambling|abnormal|\bdiscs?\b",
    ),
    # NCT03788213 (sample 11): "axillary nodal involvement in pathology" is what the lab found in the removed tissue.
    term(
        "in pathology | on pathology | pathology report | pathology reports | final pathology",
        "the lab report on tissue removed at surgery or biopsy",
    ),
    # "based on clinical and pathological findings (... CD5, c-KIT ...)" (NCT05832827, downloads5: WRONG as "caused by
    # disease"): what the lab saw in the tissue.
    term(
        "pathological findings | pathologic findings",
        "what the lab found when it looked at the tissue under a microscope",
        only_near=r"clinical and|histolog|cytolog|tissue|biops|immunohisto|\b(?-i:CD\d+|IHC)\b|carcinoma|tumou?r",
    ),
    term("pathology | pathologies", "a disease or a change caused by disease"),
    term("pathologist", "a doctor who looks at tissue under a microscope to find disease"),
    # "Change from normal disc morphology" (NCT06127745, downloads1: WRONG as cells under a microscope).
    term("disc morphology | disk morphology", "the shape of a disc of the spine"),
    # "pathologies that might affect muscle biology/ morphology" (NCT03753711, downloads4: WRONG as cells under a
    # microscope): the cells' sense only beside cells, tissue or a diagnosis.
    term(
        "morphologic | morphological | morphologically | morphology",
        "by the shape and look of cells under a microscope",
        only_near=r"\bcells?\b|cellular|marrow|blast|cytolog|histolog|biops|tissue|leuk|lymphom|myelo|dysplas|tumou?r|"
        r"cancer|carcinom|malignan|neoplas|diagnos|confirm|\b(?-i:WHO)\b",
        # "patients with morphological changes of the penis (i.e. deviation)" (NCT00382161, sample 12: WRONG); "rhythm,
        # conduction, or morphology of resting ECG" (NCT02856893, sample 15: WRONG).
        not_near=r"penis|penile|\b(?-i:ECGs?)\b|\b(?-i:EKGs?)\b|electrocardio|conduction",
    ),
    term(
        "morphology",
        "the shape of the heart's tracing on an ECG",
        only_near=r"\b(?-i:ECGs?)\b|\b(?-i:EKGs?)\b|electrocardio|conduction",
    ),
    term("morphological changes of the penis", "changes in the shape of the penis, such as a bend"),
    term("morphology | morphological", "shape and structure", not_near=r"penis|penile"),
    term("cytologic | cytologically-confirmed | cytologic confirmation", "by looking at cells under a microscope"),
    term(
        "immunohistochemistry | immunohistochemical", "a lab test that uses stains to find proteins in a tissue sample"
    ),
    term(
        "in situ hybridization | fluorescence in situ hybridization | in situ hybridisation | "
        "fluorescence in situ hybridisation",
        "a lab test that finds genes or gene changes in cells",
    ),
    term(
        "next-generation sequencing | next generation sequencing",
        "a lab test that reads many genes at once to find changes",
    ),
    term(
        "polymerase chain reaction",
        "a lab test that finds tiny amounts of genetic material, such as a virus or a gene change",
    ),
    term("ribonucleic acid", "RNA, a molecule that copies genetic information from DNA so cells can use it"),
    term("deoxyribonucleic acid", "DNA, the genetic material in every cell"),
    term(
        "formalin-fixed paraffin-embedded | formalin-fixed, paraffin-embedded | formalin fixed paraffin embedded | paraffin-embedded | formalin-fixed | paraffin embedded",
        "tissue kept in formalin and wax, the usual way biopsy samples are stored",
    ),
    term(
        "tissue block | tissue blocks | archival tissue | archival tumor tissue",
        "a stored piece of tumor from an earlier biopsy or surgery",
    ),
    term("unstained slides | unstained slide", "thin slices of a tissue sample on glass, not yet stained for testing"),
    term("biopsies", "small samples of tissue taken for testing"),
    term("core biopsy | core needle biopsy", "a biopsy that takes a thin piece of tissue with a hollow needle"),
    term("excisional biopsy | excisional", "removal of a whole lump for testing"),
    term("incisional biopsy | incisional", "removal of part of a lump for testing"),
    term(
        "biomarker | biomarkers",
        "something measured in the body, such as a protein or gene change, that gives information about a disease",
    ),
    term("mutation | mutations", "a change in a gene"),
    term(
        "activating mutation | activating mutations | sensitizing mutation | sensitizing mutations | sensitising mutation",
        "a gene change that drives the cancer and that some targeted medicines can block",
    ),
    term(
        "sensitizing | sensitising",
        "making the cancer likely to respond to a medicine",
        only_near=r"mutation|\b(?-i:EGFR)\b|alteration",
    ),
    term(
        "actionable | targetable",
        "a gene change that a targeted medicine can act on",
        only_near=r"mutation|alteration|\bgenes?\b|driver|\b(?-i:EGFR)\b|\b(?-i:ALK)\b",
    ),
    term(
        "driver mutation | driver mutations | driver gene | oncogenic driver | oncogenic drivers",
        "a gene change that makes a cancer grow",
    ),
    term("wild type", "without the gene change", shown="wild-type"),
    # glossary audit (NCT06119581, NCT06561386): the RET gene's full name, not a gene fusion
    term(
        "rearranged during transfection | rearranged during transfect",
        "the full name of the RET gene, which some cancers have changes in",
    ),
    term(
        "rearrangement | rearrangements | rearranged",
        "a gene broken and joined to another gene, which can drive a cancer",
    ),
    term("gene fusion | gene fusions", "two genes joined together, which can drive a cancer"),
    term(
        "fusion | fusions",
        "two genes joined together, which can drive a cancer",
        only_near=r"\bgenes?\b|\b(?-i:ALK)\b|\b(?-i:ROS)\b|\b(?-i:RET)\b|\b(?-i:NTRK)\b|\b(?-i:FGFR)\b|\b(?-i:NRG)\b|positive",
    ),
    term(
        "fusion",
        "surgery that joins bones of the spine together",
        only_near=r"\bspin|lumbar|cervical|laminectomy|vertebr|decompression|\bdis[ck]s?\b|\bsurger",
    ),
    term(
        "amplification | amplified",
        "extra copies of a gene",
        only_near=r"\bgenes?\b|\b(?-i:HER2)\b|\b(?-i:MET)\b|\b(?-i:ERBB2)\b|\b(?-i:FISH)\b|\b(?-i:EGFR)\b|\b(?-i:MYC)\b",
    ),
    term(
        "overexpression | over-expression | overexpressed",
        "a cell making too much of a protein",
        only_near=r"\b(?-i:HER2)\b|protein|\b(?-i:IHC)\b|\bgenes?\b|\b(?-i:MET)\b|\b(?-i:EGFR)\b",
    ),
    term(
        "deletion | deletions",
        "a missing piece of a gene or chromosome",
        only_near=r"\bexon|\bgenes?\b|chromosom|\b(?-i:EGFR)\b|\bdel|17p|5q|mutation|insertion",
    ),
    term("exon | exons", "a part of a gene", only_near=r"\d|mutation|deletion|insertion|skipping|\bgenes?\b"),
    term(
        "exon 19 deletion | exon 19 deletions",
        "a common change in the EGFR gene; lung cancers with it often respond to EGFR-blocking pills",
    ),
    term(
        "exon 20 insertion | exon 20 insertions | exon 20 insertion mutation | exon 20 insertion mutations | ex20ins",
        # "EGFR or HER2 exon 20 insertion mutations" (NCT03318939, sample 27: WRONG as EGFR only)
        "an uncommon gene change, found in EGFR or HER2, that many targeted pills do not work against",
    ),
    term("exon 14 skipping", "a change in the MET gene that some lung cancer drugs target"),
    term("oncogene | oncogenes | oncogenic", "a gene that can cause cancer when it is changed"),
    term(
        "germline",
        "passed down in families, present in every cell of the body",
        only_near=r"mutation|\b(?-i:BRCA)\b|variant|\bgenes?\b",
    ),
    term(
        "somatic",
        "found only in the tumor, not passed down in families",
        only_near=r"mutation|variant|\bgenes?\b|tumou?r",
    ),
    term("somatic", "of the body, as opposed to the mind", only_near=r"psychiatr|mental|psychic|psycholog"),
    term("hereditary", "passed down in families"),
    term("predisposition | predisposing", "a greater chance of getting a disease"),
    term("methylation", "a chemical mark on DNA that can switch genes off"),
    term("mismatch repair", "the way cells fix small mistakes in their DNA"),
    term(
        "microsatellite instability | microsatellite instability-high | microsatellite",
        "the tumor's DNA has many errors; such tumors often respond to immunotherapy",
    ),
    term(
        "epidermal growth factor receptor",
        "EGFR, a protein on cells; some cancers have changes in its gene that certain drugs target",
    ),
    term(
        "human epidermal growth factor receptor 2 | human epidermal growth factor receptor-2",
        "HER2, a protein on some cancer cells that certain drugs target",
    ),
    term("epidermal", "of the skin's outer layer", not_after=r"^\s*growth"),
    term(
        "estrogen receptor | oestrogen receptor | estrogen receptor-positive | estrogen receptor positive",
        "a protein on some breast cancer cells; cancers with it can grow with the hormone estrogen",
    ),
    term(
        "progesterone receptor",
        "a protein on some breast cancer cells; cancers with it can grow with the hormone progesterone",
    ),
    term(
        "hormone receptor-positive | hormone receptor positive",
        "breast cancer whose cells have receptors for the hormones estrogen or progesterone, so hormones make it grow",
    ),
    # "anti-angiogenic drugs (pegaptanib, ranibizumab, ...)" in an eye study (NCT00363168, hint5: WRONG as a cancer's)
    term(
        "anti-angiogenic | antiangiogenic",
        "a medicine that stops new, leaky blood vessels from growing, here in the eye",
        only_near=r"ranibizumab|pegaptanib|aflibercept|brolucizumab|faricimab|macula|retina|intravitreal|\beyes?\b|ocular|"
        r"\b(?-i:AMD|CNV|DME)\b",
    ),
    term("anti-angiogenic | antiangiogenic", "a medicine that stops tumors from growing new blood vessels"),
    term("triple-negative | triple negative", "breast cancer without the estrogen, progesterone or HER2 receptors"),
    term("carcinoma in situ | carcinoma-in-situ", "early cancer that has not spread beyond where it started"),
    term("ductal carcinoma in situ", "early breast cancer that has stayed inside the milk ducts"),
    term(
        "ductal | ducts",
        "of the milk ducts (tubes) of the breast, or other ducts in the body",
        only_near=r"breast|carcinoma|cancer|mammary|invasive",
    ),
    term("invasive ductal carcinoma", "the most common breast cancer, which has grown out of the milk ducts"),
    term("lobular", "of the milk glands of the breast", only_near=r"breast|carcinoma|cancer|invasive"),
    term("mammary", "of the breast"),
    term(
        "radical mastectomy",
        "surgery to remove the whole breast, the muscles under it and the lymph nodes in the armpit",
    ),
    term("mastectomy | mastectomies", "surgery to remove a breast"),
    term(
        "lumpectomy | breast-conserving surgery | breast conserving surgery | breast conservation",
        "surgery to remove a breast lump and some tissue around it, keeping the breast",
    ),
    term(
        "axillary",
        "of the armpit, where lymph nodes drain the breast",
        only_near=r"lymph|node|breast|dissection|\b(?-i:ALND|SLNB)\b|sentinel|nodal|mastectomy|cancer|tumou?r",
    ),
    # "axillary temperature" (NCT05976503, sample 42: the breast sense in a vital-signs line)
    term("axillary", "in the armpit"),
    term("squamous", "flat cells that line the skin and some organs"),
    term(
        "squamous cell carcinoma | squamous cell cancer | squamous carcinoma",
        "a cancer that starts in flat cells of the skin or the lining of organs",
    ),
    term(
        "non-squamous | nonsquamous | non squamous",
        "a cancer that does not start in flat (squamous) cells, such as adenocarcinoma",
    ),
    term("adenosquamous", "a cancer with both gland cells and flat (squamous) cells"),
    term("sarcomatoid", "a cancer whose cells look like those of a sarcoma, a cancer of bone or soft tissue"),
    term(
        "large cell | large-cell",
        "a kind of cancer with large, abnormal cells",
        only_near=r"carcinoma|cancer|neuroendocrine|\blungs?\b",
    ),
    term("small cell lung cancer | small-cell lung cancer", "a fast-growing kind of lung cancer"),
    term(
        "non-small cell lung cancer | non-small-cell lung cancer | non small cell lung cancer",
        "the most common kind of lung cancer",
    ),
    term(
        "basal cell carcinoma | basal cell skin cancer | basal cell cancer | basal-cell carcinoma",
        "a common skin cancer that rarely spreads",
    ),
    term(
        "non-melanoma skin cancer | nonmelanoma skin cancer | non-melanomatous skin cancer | non-melanoma skin cancers | "
        "non-melanoma skin carcinoma | non-melanoma skin carcinomas",
        "common skin cancers, such as basal cell or squamous cell cancer, that rarely spread",
    ),
    term("lentigo maligna", "an early melanoma that grows slowly in the top layer of the skin"),
    # "metastatic uveal melanoma" (NCT01974752, hint8: WRONG as a skin cancer)
    term(
        "uveal melanoma | ocular melanoma | choroidal melanoma", "a cancer of the eye that starts in its pigment cells"
    ),
    # ("confirmation of melanoma" in a study of uveal melanoma, NCT01974752, hint8b: WRONG as a skin cancer)
    term(
        "melanoma",
        "a cancer that starts in pigment cells; here in the eye",
        study_about=r"uveal|ocular melanoma|choroidal|conjunctival melanoma|eye",
    ),
    term(
        "melanoma",
        "a cancer that starts in pigment cells; here in the eye",
        only_near=r"uveal|ocular|choroidal|intraocular|\beyes?\b",
        # ("Cutaneous melanoma or ocular melanoma or melanoma of unknown primary site", NCT03435302, hint3-1b: WRONG,
        # the skin's and an unknown site's read as the eye's)
        not_near=r"cutaneous|\bskin\b|unknown primary|mucosal",
    ),
    # "Pathologically confirmed diagnosis of mucosal melanoma" (NCT03435302, hint3-1: WRONG as a skin cancer, which the
    # study excludes)
    term(
        "mucosal melanoma | mucosal melanomas",
        "a melanoma that starts in the moist lining inside the body (such as the nose, mouth, gut or genitals), not in "
        "the skin",
    ),
    term(
        "melanoma",
        "a cancer that starts in pigment cells",
        only_near=r"mucosal|ocular|uveal|\bunknown primary",
    ),
    term("melanoma", "a serious skin cancer that starts in the cells that give skin its color"),
    # Not in a gene's full name ("Kirsten rat sarcoma viral oncogene homolog" is KRAS).
    # "isolated myeloid sarcoma (MS)" (NCT02724163, downloads7: WRONG as a cancer of bone or soft tissue)
    term(
        "myeloid sarcoma | myeloid sarcomas | granulocytic sarcoma | chloroma",
        "a lump of leukemia cells that grows outside the bone marrow",
    ),
    term("sarcoma | sarcomas", "a cancer of bone, muscle, fat or other soft tissue", not_near=r"viral oncogene"),
    term("carcinosarcoma", "a rare cancer with features of both a carcinoma and a sarcoma"),
    term("mesothelioma", "a cancer of the lining of the lungs or belly, often from asbestos"),
    term("glioma | gliomas", "a tumor of the brain's support cells"),
    term("glioblastoma", "a fast-growing brain cancer"),
    term("neuroblastoma", "a cancer of young nerve cells, mostly in young children", not_near=r"viral oncogene"),
    term(
        "neuroendocrine tumor | neuroendocrine tumors | neuroendocrine tumour | neuroendocrine carcinoma",
        "a tumor of cells that make hormones",
    ),
    term("neuroendocrine", "to do with cells that make hormones in response to nerve signals"),
    term("hepatocellular carcinoma | hepatocellular", "the most common kind of liver cancer"),
    term("renal cell carcinoma", "the most common kind of kidney cancer"),
    term(
        "urothelial | urothelial carcinoma",
        "of the lining of the bladder and urinary tract; urothelial cancer starts there",
    ),
    term("serous", "a kind of cancer cell common in ovarian cancer", only_near=r"\bovar|carcinoma|cancer|tumou?r"),
    term("endometrial", "of the lining of the womb"),
    term("papillary", "with finger-like growths", only_near=r"carcinoma|cancer|thyroid|tumou?r|renal"),
    term("salivary", "of the glands that make spit (saliva)"),
    term("oropharynx | oropharyngeal", "the middle part of the throat, behind the mouth"),
    term("hypopharynx | hypopharyngeal", "the lowest part of the throat, above the food pipe and voice box"),
    term("nasopharynx | nasopharyngeal", "the upper part of the throat, behind the nose"),
    term("larynx | laryngeal", "the voice box"),
    term(
        "head and neck cancer | head and neck cancers",
        "cancers of the mouth, throat, voice box, nose or salivary glands",
    ),
    term(
        "gastroesophageal junction | gastro-oesophageal junction | esophagogastric junction",
        "where the food pipe joins the stomach",
    ),
    term("cancer of unknown primary", "cancer that has spread, where the place it started cannot be found"),
    term(
        "carcinomatous meningitis | cancerous meningitis | cancer meningitis | leptomeningeal disease | leptomeningeal metastases | meningeal carcinomatosis | "
        # ("carcinomatosis meningitis", NCT02388906, hint4-1: WRONG, a note a word: the belly lining, an infection)
        "leptomeningeal carcinomatosis | carcinomatosis meningitis | carcinomatous meningitides",
        "cancer that has spread to the thin layers around the brain and spinal cord",
    ),
    term("meningeal", "of the thin layers around the brain and spinal cord"),
    term(
        "carcinomatosis | carcinomatous", "cancer spread widely, often through a body lining such as the belly lining"
    ),
    term("peritoneal carcinomatosis", "cancer spread through the lining of the belly"),
    # Not the belly lining the bare word's note names (NCT05631795, sample 22).
    term("lymphangitic carcinomatosis", "cancer spread through the small lymph vessels, usually of the lungs"),
    # "Measurable systemic disease" in a study of cancer with and without brain spread (NCT04603807, sample 22: WRONG,
    # said as affecting the whole body): cancer that can be measured outside the brain and spinal cord.
    term("systemic disease", "cancer outside the brain and spinal cord", only_before=r"\bmeasurable\s+$"),
    term("systemic disease | systemic diseases", "an illness that affects the whole body"),
    # "nerve root and/or spinal cord compression" from a herniated disc (NCT05880823, NCT04550923, downloads1: WRONG as
    # the cancer emergency): in a study of the spine the pressure comes from discs and bone spurs.
    term(
        "spinal cord compression",
        "pressure on the spinal cord, as from a slipped disc, a narrowed spinal canal or a tumor",
        study_about=r"\bdis[ck]|spin|cervical|lumbar|radicul|myelopath|stenosis|back pain|neck pain|spondyl",
    ),
    term("spinal cord compression", "a tumor or broken bone pressing on the spinal cord; it is an emergency"),
    # Said bare in spine studies ("Cord compression or cauda equina syndrome", NCT01339377): a slipped disc too.
    term("cord compression", "pressure on the spinal cord, as from a slipped disc, a narrowed spinal canal or a tumor"),
    term("brain metastases | brain metastasis | brain mets", "cancer that has spread to the brain"),
    term(
        "central nervous system metastases | central nervous system metastasis",
        "cancer that has spread to the brain or spinal cord",
    ),
    term(
        "superior vena cava syndrome | superior cava syndrome",
        "a blockage of the large vein that brings blood from the upper body to the heart, often by a tumor",
    ),
    term("vena cava", "one of the two large veins that bring blood back to the heart"),
    term("paraneoplastic", "caused by the body's reaction to a cancer, not by the tumor itself"),
    term(
        "tumor lysis syndrome | tumour lysis syndrome",
        "harmful salts released into the blood when many cancer cells die quickly",
    ),
    term("neurotoxicity", "damage to the nerves or brain, such as from a treatment"),
    term("toxicity | toxicities", "a side effect or harm caused by a treatment"),
    term("alopecia", "hair loss"),
    term("fatigue", "tiredness that does not go away with rest", only_near=r"grade|alopecia|toxicit|residual|except"),
    term(
        "residual toxicity | residual toxicities | residual side effects",
        "side effects of earlier treatment that have not gone away",
    ),
    term(
        "dose-limiting toxicity | dose limiting toxicity",
        "a side effect serious enough to limit how much of a medicine can be given",
    ),
    term(
        "dose-limiting AEs | dose-limiting AE | dose-limiting adverse events | dose-limiting side effects",
        "side effects bad enough that the dose had to be lowered or the medicine stopped",
    ),
    # Blood cancers
    term("leukemia | leukaemia | leukemias | leukaemias", "cancer of the blood-forming cells of the bone marrow"),
    term("leukemic | leukaemic", "of leukemia cells"),
    term(
        "acute myeloid leukemia | acute myeloid leukaemia | acute myelogenous leukemia | acute myeloblastic leukemia",
        "a fast-growing cancer of blood-forming cells in the bone marrow",
    ),
    term(
        "acute lymphoblastic leukemia | acute lymphoblastic leukaemia | acute lymphocytic leukemia | acute lymphocytic leukaemia",
        "a fast-growing blood cancer of young white blood cells",
    ),
    term(
        "acute promyelocytic leukemia | acute promyelocytic leukaemia",
        "a kind of acute myeloid leukemia that is treated differently",
    ),
    term("promyelocytic", "of promyelocytes, young white blood cells"),
    term("chronic lymphocytic leukemia | chronic lymphocytic leukaemia", "a slow-growing blood cancer"),
    term(
        "chronic myeloid leukemia | chronic myeloid leukaemia | chronic myelogenous leukemia",
        "a blood cancer caused by the BCR-ABL gene change",
    ),
    term(
        "chronic myelomonocytic leukemia | chronic myelomonocytic leukaemia",
        "a blood cancer with too many monocytes, a kind of white blood cell",
    ),
    term("myelomonocytic", "of both myeloid cells and monocytes, kinds of white blood cells"),
    term(
        "mixed phenotype acute leukemia | mixed phenotype acute leukaemia | biphenotypic | acute biphenotypic leukemia | "
        "acute biophenotypic leukemia",
        "an acute leukemia with features of both myeloid and lymphoid cells",
    ),
    term(
        "acute undifferentiated leukemia | acute undifferentiated leukaemia",
        "a rare fast-growing leukemia whose cells show no features of one kind of blood cell",
    ),
    term("myeloid", "of the bone marrow cells that become most kinds of blood cells"),
    term("myelogenous | myeloblastic", "of myeloid cells, the bone marrow cells that become most kinds of blood cells"),
    term("lymphoblastic", "of lymphoblasts, young lymphocytes (white blood cells of the immune system)"),
    term("lymphocytic", "of lymphocytes, white blood cells of the immune system"),
    term("lymphoid", "to do with lymphocytes, white blood cells of the immune system"),
    term("lymphoproliferative", "with too many lymphocytes, white blood cells, growing"),
    term(
        "myelodysplastic syndrome | myelodysplastic syndromes | myelodysplasia | myelodysplastic",
        "a group of diseases in which the bone marrow does not make enough healthy blood cells",
    ),
    term(
        "myeloproliferative neoplasm | myeloproliferative neoplasms | myeloproliferative",
        "a blood cancer in which the bone marrow makes too many blood cells",
    ),
    term("myelofibrosis", "a bone marrow cancer in which scar tissue replaces the marrow"),
    term(
        "polycythemia vera | polycythaemia vera",
        "a blood cancer in which the bone marrow makes too many red blood cells",
    ),
    term(
        "essential thrombocythemia | essential thrombocythaemia",
        "a blood cancer in which the bone marrow makes too many platelets",
    ),
    term("lymphoma | lymphomas", "a cancer of lymphocytes, white blood cells of the immune system"),
    term(
        "diffuse large B-cell lymphoma | diffuse large B cell lymphoma",
        "the most common fast-growing lymphoma",
    ),
    term("follicular lymphoma", "a lymphoma that usually grows slowly"),
    term(
        "follicular",
        "a kind of lymphoma or thyroid cancer that usually grows slowly",
        only_near=r"lymphoma|thyroid|grade",
    ),
    term("mantle cell lymphoma", "a kind of non-Hodgkin lymphoma"),
    term("marginal zone lymphoma", "a slow-growing kind of non-Hodgkin lymphoma"),
    term(
        "small lymphocytic lymphoma",
        "the same disease as chronic lymphocytic leukemia, found mainly in the lymph nodes",
    ),
    term(
        "Hodgkin lymphoma | Hodgkin's lymphoma | Hodgkin's disease | Hodgkin disease | Hodgkin | Hodgkin's",
        "a cancer of the lymph system, part of the immune system",
    ),
    term(
        # also its stages (NCT06761586: "Stage III or IV according to Lugano classification")
        "Lugano criteria | Lugano classification | Lugano",
        "the rules doctors use to stage lymphoma and to judge how it responds to treatment",
    ),
    term(
        "non-Hodgkin lymphoma | non-Hodgkin's lymphoma | non-Hodgkin lymphomas | non-Hodgkin",
        "a group of cancers of the lymph system, other than Hodgkin lymphoma",
    ),
    term("Burkitt lymphoma | Burkitt's lymphoma | Burkitt | Burkitt's", "a very fast-growing kind of lymphoma"),
    term(
        "Richter's transformation | Richter transformation | Richter's syndrome | NHL transformation",
        "when CLL turns into a fast-growing lymphoma",
    ),
    term("mycosis fungoides", "a lymphoma of the skin"),
    term("Sézary syndrome | Sezary syndrome | Sezary", "a lymphoma of the skin that is also in the blood"),
    term(
        "Waldenström macroglobulinemia | Waldenstrom macroglobulinemia | Waldenström's macroglobulinemia | Waldenstrom's | Waldenström's macroglobulinaemia | macroglobulinemia",
        "a slow-growing lymphoma that makes too much of an antibody called IgM",
    ),
    term("multiple myeloma | myeloma", "a cancer of plasma cells in the bone marrow"),
    term("plasma cell | plasma cells", "a white blood cell that makes antibodies"),
    term("plasmacytoma", "a tumor of plasma cells"),
    term("blastic plasmacytoid dendritic cell neoplasm", "a rare, fast-growing blood cancer"),
    term(
        "Philadelphia chromosome | Philadelphia chromosome-positive | Philadelphia-positive | Ph-positive",
        "a chromosome change that makes the BCR-ABL gene; it drives chronic myeloid leukemia and some ALL",
    ),
    term("blast crisis | blast phase", "the most advanced phase of chronic myeloid leukemia"),
    term("accelerated phase", "the middle, worsening phase of chronic myeloid leukemia"),
    term(
        "chronic phase",
        "the early, more stable phase of chronic myeloid leukemia",
        only_near=r"\b(?-i:CML)\b|myeloid|\bleuk",
    ),
    term(
        "de novo",
        "new; not coming from an earlier disease",
        only_near=r"\b(?-i:AML)\b|\bleuk|lymphoma|\b(?-i:DLBCL)\b|disease|diagnos",
    ),
    term(
        "secondary acute myeloid leukemia",
        "leukemia that grew out of an earlier blood disease or was caused by earlier cancer treatment",
    ),
    term(
        "therapy-related",
        "caused by earlier cancer treatment",
        only_near=r"\bleuk|\b(?-i:AML)\b|\b(?-i:MDS)\b|myeloid|neoplasm",
    ),
    term(
        "hypomethylating agent | hypomethylating agents | hypomethylating",
        "a kind of medicine for some blood cancers, such as azacitidine or decitabine",
    ),
    term(
        "Fanconi anemia | Fanconi anaemia | Fanconi",
        "a rare inherited disease in which the bone marrow fails and cancer is more likely",
    ),
    term(
        "Kostmann syndrome | Kostmann",
        "a rare inherited disease with very few neutrophils, white blood cells that fight infection",
    ),
    term(
        "Shwachman-Diamond syndrome | Shwachman", "a rare inherited disease that affects the bone marrow and pancreas"
    ),
    term(
        "ataxia-telangiectasia | ataxia telangiectasia",
        "a rare inherited disease that affects balance, the immune system and the risk of cancer",
    ),
    term("Down syndrome", "a condition caused by an extra copy of chromosome 21"),
    term(
        "clonal | clone",
        "grown from one abnormal cell",
        only_near=r"\bcells?\b|plasma|evolution|hematopoiesis|marrow|\bleuk|myeloid",
    ),
    # In blood cancers "cytoreduction" is bringing down high blood counts (hydroxyurea), not surgery.
    term(
        "cytoreduction | cytoreductive",
        "treatment that quickly brings down very high blood cell counts",
        only_near=_BLOOD_COUNT_CYTOREDUCTION,
    ),
    # "Cytoreduction therapy (finasteride or dutasteride only)" (NCT03525262): shrinking the prostate gland.
    term(
        "cytoreduction | cytoreductive",
        "treatment that makes the prostate smaller",
        only_near=r"finasteride|dutasteride|prostate (?:gland|volume|size)|\bgrams?\b",
    ),
    term(
        "cytoreduction | cytoreductive | debulking",
        "treatment that removes or shrinks as much of the cancer as possible",
        not_near=_BLOOD_COUNT_CYTOREDUCTION + r"|finasteride|dutasteride",
    ),
    term("cytoreductive surgery", "surgery to remove as much of the cancer as possible"),
    term("hyperthermic intraperitoneal chemotherapy", "heated chemotherapy washed through the belly during surgery"),
    # Cancer treatments
    term(
        "chemoradiotherapy | chemoradiation | chemo-radiotherapy | chemo-radiation | radiochemotherapy",
        "chemotherapy and radiotherapy given in the same period",
    ),
    term(
        "concurrent chemoradiotherapy | concurrent chemoradiation | concurrent chemo-radiotherapy",
        "chemotherapy and radiotherapy given at the same time",
    ),
    term("sequential chemoradiotherapy | sequential chemoradiation", "chemotherapy first, then radiotherapy"),
    term(
        "radiotherapy | radiation therapy",
        "treatment with strong beams of radiation, such as X-rays, to kill cancer cells",
    ),
    term(
        "external beam radiation | external beam radiotherapy | external-beam radiation",
        "radiation aimed at the body from a machine outside it",
    ),
    term("brachytherapy", "radiation from small radioactive sources placed inside or next to the tumor"),
    # NCT05450016, sample 20
    term(
        "brachy boost | brachytherapy boost",
        "an extra dose of radiation from small radioactive sources placed inside the body",
    ),
    term(
        "partial breast irradiation | partial breast radiotherapy",
        "radiation to only the part of the breast where the cancer was",
    ),
    term("reconsent | re-consent", "agreeing again to take part"),
    term("stereotactic", "very precisely aimed, using 3D pictures of the body"),
    term(
        "stereotactic radiosurgery | radiosurgery | gamma knife",
        "a precisely aimed, high dose of radiation, often to the brain, without cutting",
    ),
    term(
        "stereotactic body radiotherapy | stereotactic body radiation therapy | stereotactic ablative radiotherapy",
        "high-dose radiation aimed very precisely, given in a few sessions",
    ),
    term(
        "whole brain radiotherapy | whole-brain radiotherapy | whole brain radiation therapy | whole-brain radiation",
        "radiation to the whole brain",
    ),
    term("hypofractionated | hypofractionation", "radiation given in fewer, larger doses"),
    term(
        "palliative radiotherapy | palliative radiation",
        "radiation to ease symptoms, such as pain, rather than to cure",
    ),
    term("irradiation", "treatment with radiation"),
    term("irradiated", "treated with radiation"),
    term(
        "radioisotope | radioisotopes | radionuclide | radiopharmaceutical | radioligand",
        "a radioactive substance used for scans or treatment",
    ),
    term("radiofrequency ablation", "destroying tissue with heat made by radio waves"),
    term(
        "RFA",
        "radiofrequency ablation: destroying tissue with heat made by radio waves",
        only_near=r"ablat|tumou?r|metasta|lesion|liver|surgery|radiation|radiotherap|thyroid",
    ),
    term("radiofrequency", "radio waves, used to heat tissue: to destroy it, or in skin treatments to tighten it"),
    term("ablation | ablative | ablated", "destroying a small area of tissue, for example with heat or cold"),
    term("cryotherapy | cryoablation", "treatment with extreme cold, often to freeze and destroy tissue"),
    term("thermocoagulation", "destroying tissue, such as a nerve, with heat"),
    term(
        "immunotherapy | immunotherapies | immuno-oncology",
        "treatment that helps your immune system fight a disease such as cancer",
        only_near=_CANCER_WORDS,
    ),
    # "Patients must be on a stable immunotherapy for last one month." in a kidney transplant study (NCT06095492,
    # sample 41: WRONG with the cancer sense): there it is the medicine that calms the immune system down.
    term(
        "immunotherapy | immunotherapies",
        "treatment that acts on the immune system: some kinds help it fight a disease such as cancer, others calm it "
        "down, as after a transplant",
    ),
    term(
        "immune checkpoint inhibitor | immune checkpoint inhibitors | checkpoint inhibitor | checkpoint inhibitors | immune checkpoint blockade",
        "immunotherapy medicines that help the immune system attack cancer",
    ),
    # NCT05309213, sample 20: "symptoms of central nervous system invasion and needs targeted treatment" is treatment
    # aimed at the brain and spine, not a gene-targeted medicine.
    # "osteoclast-targeted therapy (bisphosphonate or denosumab)" (NCT05348876, sample 26: WRONG as a cancer drug)
    term(
        "osteoclast-targeted therapy | osteoclast targeted therapy | osteoclast-targeted therapies",
        "bone-protecting medicines, such as bisphosphonates or denosumab",
    ),
    # "bone targeted agents including bisphosphonates" (NCT01717898, hint8: WRONG as targeted cancer drugs)
    term(
        "bone targeted agents | bone-targeted agents | bone targeted agent | bone-targeted agent | bone targeted therapy",
        "bone-protecting medicines, such as bisphosphonates or denosumab",
    ),
    term(
        "targeted therapy | targeted therapies | targeted agent | targeted agents | targeted treatment",
        "medicine that attacks a specific gene change or protein in the cancer",
        not_before=r"(?:nervous system|\bCNS|brain|spinal|meninge\w*)\b[^.]{0,30}\b(?:needs?|need(?:ing)?|requir\w*)\s*$",
    ),
    # "Immunosuppressive/immunomodulating drugs (... Janus kinase inhibitors ...)" in an eczema study (NCT02260986, hint6:
    # WRONG as a cancer medicine)
    term(
        "Janus kinase inhibitors | Janus kinase inhibitor | Janus kinase (JAK) inhibitors",
        "medicines that calm the immune system, used for eczema, arthritis and some blood diseases",
    ),
    term(
        "tyrosine kinase inhibitor | tyrosine kinase inhibitors | kinase inhibitor | kinase inhibitors",
        "a kind of targeted medicine, usually a pill, used for some cancers",
    ),
    # NCT05070858: MuSK antibodies mark one kind of myasthenia gravis; the kinase is no cancer target there.
    term(
        "muscle specific tyrosine kinase | muscle-specific tyrosine kinase | muscle specific kinase | "
        "muscle-specific kinase",
        "a protein where nerves meet muscles; some people with myasthenia gravis have antibodies against it",
    ),
    term(
        "tyrosine kinase | tyrosine kinases", "enzymes that send growth signals in cells; many cancer pills block them"
    ),
    # "monoclonal gammopathy" (NCT02181413, hint1: WRONG as an antibody medicine): an abnormal protein in the blood.
    term(
        "monoclonal gammopathy | monoclonal gammopathies",
        "an abnormal protein in the blood, made by one group of plasma cells (a kind of white blood cell)",
    ),
    term(
        "monoclonal antibody | monoclonal antibodies | monoclonal",
        "a lab-made protein that sticks to one target, used as a medicine",
        # ("serum monoclonal paraprotein [M-protein]", NCT02519452, hint3-1: WRONG as an antibody medicine)
        not_after=r"^\s*(?:gammopath|protein|paraprotein|band|spike|component|immunoglobulin|plasma cell|"
        r"B-cell lymphocytosis)",
    ),
    term(
        "bispecific antibody | bispecific antibodies | bispecific | bispecifics",
        "a lab-made antibody that sticks to two targets, often a cancer cell and an immune cell",
    ),
    term(
        "antibody-drug conjugate | antibody-drug conjugates | antibody drug conjugate | conjugate | conjugates",
        "an antibody joined to a cancer drug, which carries the drug to cancer cells",
        # NCT05070858: "group ACWY conjugate and group B vaccines" is a kind of vaccine.
        not_near=r"vaccin|immuni[sz]|pneumococc|meningococc|\b(?-i:Hib)\b|polysacchar",
    ),
    term(
        "chimeric antigen receptor | chimeric antigen receptor T-cell | chimeric antigen receptor T cell",
        "CAR-T: a treatment that changes a person's own immune cells to attack cancer",
    ),
    term("cellular therapy | cell therapy | adoptive cell therapy", "treatment made from living cells, such as CAR-T"),
    # "stem cell therapy" (NCT06605508, sample 44: the CAR-T note inside it)
    term(
        "stem cell therapy | stem cell therapies | stem-cell therapy",
        "treatment with stem cells, cells that can grow into other kinds of cells",
    ),
    # "Patients receiving concurrent exogenous hormone therapy (topical vaginal estrogen therapy is allowable)"
    # (NCT02513394, sample 12: the cancer sense below was WRONG there).
    term(
        "exogenous hormone therapy | exogenous hormonal therapy | exogenous hormones | exogenous hormone",
        "hormones taken as a medicine, such as hormone replacement therapy or hormonal birth control",
    ),
    # "radiation pneumonitis requiring hormonal therapy" (NCT06672068, sample 48: WRONG with the hormone-adding sense):
    # translated from Chinese, where the word names steroids, the medicines that calm the lungs' inflammation.
    term(
        "hormonal therapy | hormone therapy",
        "here most likely steroid medicines (such as prednisone), which calm inflammation",
        only_near=r"pneumonitis|interstitial|\b(?-i:ILD)\b|pneumonia",
    ),
    term(
        "hormonal therapy | hormone therapy | endocrine therapy",
        "treatment with medicines that add, lower or block hormones (in some cancers, the hormones that make them grow)",
        # "free of systemic hormone therapy (at a dose of >10 mg per day of prednisone)" (NCT06480136): steroids
        not_after=r"^\s*\(\s*at a dose of",
    ),
    term(
        "aromatase inhibitor | aromatase inhibitors",
        "a hormone medicine for breast cancer that lowers estrogen, such as letrozole",
    ),
    term(
        "selective estrogen receptor degrader | selective estrogen receptor degraders | selective oestrogen receptor degrader",
        "a hormone medicine for breast cancer that breaks down the estrogen receptor, such as fulvestrant",
    ),
    term(
        "selective estrogen receptor modulator | selective estrogen receptor modulators",
        "a hormone medicine, such as tamoxifen, that blocks estrogen in some tissues",
    ),
    term(
        "platinum-based chemotherapy | platinum-based | platinum doublet | platinum-doublet | platinum-containing",
        "chemotherapy that includes a platinum drug, such as cisplatin or carboplatin",
    ),
    term("doublet", "two medicines given together", only_near=r"chemo|platinum|therap|regimen"),
    term("taxane | taxanes", "a group of chemotherapy medicines, such as paclitaxel and docetaxel"),
    term(
        "anthracycline | anthracyclines",
        "a group of chemotherapy medicines, such as doxorubicin, that can harm the heart at high total doses",
    ),
    term(
        "fluoropyrimidine | fluoropyrimidines",
        "a group of chemotherapy medicines, such as fluorouracil and capecitabine",
    ),
    term("vinca alkaloid | vinca alkaloids", "a group of chemotherapy medicines, such as vincristine"),
    term("alkylating agent | alkylating agents", "a group of chemotherapy medicines, such as cyclophosphamide"),
    term("nitrosoureas | nitrosourea", "a group of chemotherapy medicines that can reach the brain"),
    term(
        "proteasome inhibitor | proteasome inhibitors | proteasome",
        "a kind of medicine for myeloma, such as bortezomib",
    ),
    term(
        "immunomodulatory drug | immunomodulatory drugs | immunomodulatory agents | immunomodulatory agent",
        "a medicine that changes how the immune system works",
    ),
    term(
        "granulocyte colony-stimulating factor | granulocyte-colony stimulating factor | colony-stimulating factor | colony stimulating factor | colony-stimulating factors",
        "a medicine that helps the body make more white blood cells",
    ),
    term(
        "growth factor | growth factors",
        "proteins that make cells grow; some are medicines that boost blood counts",
        only_near=r"hematopoietic|blood|\b(?-i:G-CSF)\b|colony|myeloid|support",
    ),
    term("intrathecal chemotherapy", "chemotherapy given into the fluid around the spinal cord"),
    term("intrathecal therapy", "treatment, usually chemotherapy, given into the fluid around the spinal cord"),
    term("preparative regimen", "strong treatment given just before a stem cell transplant"),
    term(
        "lymphodepletion | lymphodepleting | lymphodepleting chemotherapy",
        "chemotherapy given before CAR-T to lower the number of white blood cells",
    ),
    term("premedication | premedications", "medicine given before a treatment to prevent reactions"),
    # "scars ... in areas of infusion or ... an abscess at an infusion site" in an insulin pump study (NCT03433677,
    # hint9: WRONG as into a vein): the pump's tube goes under the skin.
    term(
        "infusion site | infusion sites",
        "the place where a pump's thin tube goes in under the skin",
        only_near=_UNDER_THE_SKIN_PUMP,
    ),
    term(
        "infusion | infusions",
        "here, medicine given slowly by a pump, through a thin tube put in under the skin",
        only_near=_UNDER_THE_SKIN_PUMP,
    ),
    # "New York Heart Association stage 3 or 4 cardiac disease" (NCT03066947, hint9): its class, called a stage.
    term(
        "New York Heart Association stage | New York Heart Association stages",
        "a 1 to 4 grade of how much heart failure limits you; 4 means symptoms even at rest",
    ),
    # hint2-1 reading (2026-12-07): terms readers found bare.
    term("digital ulcer | digital ulcers", "a sore on a finger or a toe"),
    term(
        "digital",
        "of the fingers or toes",
        only_near=r"ulcers?|fingers?|toes?|sclero|Raynaud|calcinosis|range of motion|gangrene|pitting|\b(?-i:SSc)\b",
    ),
    term(
        "psychic",
        "to do with the mind",
        only_after=r"^\s*(?:or\s+\w+\s+)?(?:conditions?|disorders?|illness|diseases?)\b",
    ),
    term(
        "recurrent major depressive disorder | recurrent depression | recurrent major depression",
        "depression that has come back: this is not the first time you have had it",
    ),
    term("paralytic ileus", "the bowel stops moving food along"),
    term("peritoneal carcinosis", "cancer that has spread to the lining of the belly"),
    term("calcinosis cutis | calcinosis", "hard lumps of calcium under the skin"),
    term("immunosuppressives", "medicines that weaken the immune system"),
    term(
        "opioid receptor antagonist | opioid receptor antagonists | opioid antagonist | opioid antagonists",
        "a medicine that blocks the effects of opioid pain medicines, such as naloxone",
    ),
    term(
        "WHO step II opioid | WHO step II opioids | step II opioid | step II opioids",
        "a weak opioid pain medicine, such as tramadol or codeine (step 2 of the WHO pain ladder)",
    ),
    term(
        "WHO step III opioid | WHO step III opioids | step III opioid | step III opioids",
        "a strong opioid pain medicine, such as morphine (step 3 of the WHO pain ladder)",
    ),
    term("lipohypertrophy", "a lump of extra fat under the skin, often where injections go in"),
    term("lipoatrophy", "loss of the fat under the skin in one area"),
    # "stem cell transplant or infusion without TBI 12 weeks" (NCT02557854, hint5-1: WRONG, any drip of medicine)
    term(
        "infusion | infusions",
        "cells given through a vein",
        only_before=r"\b(?:stem\s+cells?|cells?|marrow|(?-i:CAR-?T))\s+(?:transplant(?:ation)?\s+(?:or|and/or)\s+)?$",
    ),
    term(
        "infusion | infusions",
        "cells given through a vein",
        only_after=r"^\s+of\s+(?:(?:autologous|allogeneic|donor|their own)\s+)*(?:stem|(?-i:CAR)|marrow|cells?\b)",
    ),
    term("infusion | infusions", "medicine given slowly through a needle or tube into a vein"),
    term(
        "infusion reaction | infusion-related reaction | infusion reactions",
        "a reaction, such as fever or chills, while a medicine is dripped into a vein",
    ),
    term(
        "signal transduction inhibitor | signal transduction inhibitors",
        "cancer medicines that block the signals inside cancer cells that tell them to grow",
    ),
    # ("small-molecule inhibitors of signal transduction", NCT00722592, hint4-1: WRONG as putting genes into cells)
    term("signal transduction", "the way a cell passes a signal from its surface to its inside"),
    term("transfection | transduction", "putting new genes into cells in a lab"),
    term("murine", "from mice", only_near=r"antibod|protein|allerg|hypersens"),
    term(
        "humanized | humanised",
        "made to look like a human protein so the body accepts it",
        only_near=r"antibod|monoclonal",
    ),
    term(
        "recombinant",
        "made in a lab using genes put into cells",
        only_near=r"protein|human|antibod|vaccin|hormone|factor|erythropoietin",
    ),
    term("liposomal", "wrapped in tiny fat bubbles"),
)

_MEDICINES: tuple[Term, ...] = (
    term("new chemical entity | new chemical entities", "a new medicine that is not yet approved anywhere"),
    # Cancer medicines
    term("cisplatin | carboplatin | oxaliplatin", "a platinum chemotherapy medicine"),
    term("paclitaxel | nab-paclitaxel | docetaxel | cabazitaxel", "a chemotherapy medicine (a taxane)"),
    term("pemetrexed", "a chemotherapy medicine, often used for lung cancer"),
    term(
        "gemcitabine | etoposide | irinotecan | mitomycin | vinorelbine | eribulin | topotecan",
        "a chemotherapy medicine",
    ),
    term(
        "doxorubicin | daunorubicin | idarubicin | epirubicin",
        "a chemotherapy medicine (an anthracycline); high total doses can harm the heart",
    ),
    term("cyclophosphamide", "a chemotherapy medicine, also used at lower doses to calm the immune system"),
    term("cytarabine", "a chemotherapy medicine used mostly for leukemia"),
    term("azacitidine | decitabine", "a medicine for some blood cancers (a hypomethylating agent)"),
    term(
        "hydroxyurea | hydroxycarbamide",
        "a medicine taken by mouth that lowers high blood counts in some blood diseases",
    ),
    term("venetoclax", "a pill for some blood cancers; it blocks BCL-2, a protein that keeps cancer cells alive"),
    term("mercaptopurine | 6-mercaptopurine", "a chemotherapy pill used for leukemia"),
    term("vincristine", "a chemotherapy medicine (a vinca alkaloid)"),
    term("capecitabine", "a chemotherapy pill that the body turns into fluorouracil"),
    term("fluorouracil", "a chemotherapy medicine"),
    term("busulfan | melphalan | fludarabine | bendamustine | chlorambucil", "a chemotherapy medicine"),
    term(
        "thalidomide | lenalidomide | pomalidomide",
        "a myeloma medicine that acts on the immune system; it can cause severe birth defects",
    ),
    term("mezigdomide | iberdomide", "a newer myeloma medicine related to thalidomide, still being tested"),
    term("bortezomib | carfilzomib | ixazomib", "a medicine for myeloma (a proteasome inhibitor)"),
    term("daratumumab", "an antibody medicine for myeloma that targets CD38"),
    term("teclistamab | elranatamab", "an antibody medicine for myeloma that brings immune cells to the myeloma cells"),
    term("rituximab", "an antibody medicine that targets CD20 on B cells, used for lymphoma and some immune diseases"),
    term("obinutuzumab", "an antibody medicine that targets CD20, used for some lymphomas and CLL"),
    term("ibrutinib | acalabrutinib | zanubrutinib | pirtobrutinib", "a pill for some blood cancers (a BTK inhibitor)"),
    term(
        "imatinib | dasatinib | nilotinib | ponatinib | bosutinib | asciminib",
        "a pill for chronic myeloid leukemia and some other blood cancers; it blocks BCR-ABL",
    ),
    term("ruxolitinib", "a pill (a JAK inhibitor) for myelofibrosis, polycythemia vera and graft-versus-host disease"),
    term("ivosidenib", "a pill for cancers with a change in the IDH1 gene"),
    term("enasidenib", "a pill for acute myeloid leukemia with a change in the IDH2 gene"),
    term(
        "midostaurin | gilteritinib | quizartinib", "a pill for acute myeloid leukemia with a change in the FLT3 gene"
    ),
    term(
        "osimertinib | gefitinib | erlotinib | afatinib | dacomitinib | icotinib | almonertinib | aumolertinib | furmonertinib | lazertinib | befotertinib",
        "a pill for lung cancer with a change in the EGFR gene",
    ),
    term("poziotinib", "an experimental pill for lung cancer with certain EGFR or HER2 gene changes"),
    term("mobocertinib", "a pill for lung cancer with an EGFR exon 20 insertion"),
    term("amivantamab", "an antibody medicine for lung cancer that targets EGFR and MET"),
    term(
        "alectinib | brigatinib | ceritinib | lorlatinib | ensartinib",
        "a pill for lung cancer with a change in the ALK gene",
    ),
    term("crizotinib", "a pill for lung cancer with a change in the ALK, ROS1 or MET gene"),
    term("entrectinib", "a pill for cancers with an NTRK or ROS1 gene fusion"),
    term("larotrectinib", "a pill for cancers with an NTRK gene fusion"),
    term("capmatinib | tepotinib | savolitinib", "a pill for lung cancer with a change in the MET gene"),
    term("sotorasib | adagrasib", "a pill for cancers with the KRAS G12C gene change"),
    term("selpercatinib | pralsetinib", "a pill for cancers with a change in the RET gene"),
    term("dabrafenib", "a pill for cancers with the BRAF V600E gene change"),
    term("trametinib", "a pill often given with dabrafenib for cancers with a BRAF gene change"),
    term(
        "pembrolizumab | Keytruda | nivolumab | Opdivo | cemiplimab | tislelizumab | sintilimab | camrelizumab | toripalimab | serplulimab | dostarlimab",
        "an immunotherapy medicine that blocks PD-1, helping the immune system attack cancer",
    ),
    term(
        "atezolizumab | durvalumab | avelumab | sugemalimab",
        "an immunotherapy medicine that blocks PD-L1, helping the immune system attack cancer",
    ),
    term(
        "ipilimumab | tremelimumab",
        "an immunotherapy medicine that blocks CTLA-4, helping the immune system attack cancer",
    ),
    # ("anti-angiogenic drugs (pegaptanib sodium, ranibizumab, bevacizumab, ...)" in a study of the retina, NCT01077401,
    # hint4-1: WRONG as a tumor medicine)
    term(
        "bevacizumab",
        "an antibody medicine that stops new blood vessels from growing; in the eye, injected to stop leaking vessels",
        only_near=r"ranibizumab|aflibercept|pegaptanib|intravitreal|macula|retin|\beyes?\b|ocular",
    ),
    term("bevacizumab | ramucirumab", "an antibody medicine that stops tumors from growing new blood vessels"),
    term("cetuximab", "an antibody medicine that targets EGFR, used for bowel and head and neck cancers"),
    term("panitumumab", "an antibody medicine that targets EGFR, used for bowel cancer"),
    term("trastuzumab | Herceptin | pertuzumab", "an antibody medicine that targets HER2"),
    term("Phesgo", "a mix of trastuzumab and pertuzumab, two HER2 antibody medicines, given under the skin"),
    term(
        "trastuzumab emtansine | ado-trastuzumab emtansine | T-DM1 | Kadcyla",
        "trastuzumab joined to a chemotherapy medicine, for HER2-positive breast cancer",
    ),
    term(
        "trastuzumab deruxtecan | T-DXd | Enhertu",
        "trastuzumab joined to a chemotherapy medicine, for cancers with HER2",
    ),
    term(
        "datopotamab deruxtecan | Dato-DXd",
        "an antibody joined to a chemotherapy medicine, aimed at the TROP2 protein on cancer cells",
    ),
    term(
        "sacituzumab govitecan",
        "an antibody joined to a chemotherapy medicine, aimed at the TROP2 protein on cancer cells",
    ),
    term(
        "brentuximab vedotin | brentuximab",
        "an antibody joined to a cancer medicine, for lymphomas with the CD30 protein",
    ),
    term("lapatinib | neratinib | tucatinib | pyrotinib", "a pill for HER2-positive breast cancer"),
    term(
        "palbociclib | ribociclib | abemaciclib",
        "a breast cancer pill (a CDK4/6 inhibitor) that stops cancer cells dividing",
    ),
    term("tamoxifen", "a hormone medicine for breast cancer that blocks estrogen"),
    term(
        "letrozole | anastrozole | exemestane",
        "a hormone medicine for breast cancer that lowers estrogen (an aromatase inhibitor)",
    ),
    term(
        "fulvestrant",
        "a hormone medicine for breast cancer, given by injection, that breaks down the estrogen receptor",
    ),
    term(
        "elacestrant | giredestrant | camizestrant | imlunestrant",
        "a hormone pill for breast cancer that breaks down the estrogen receptor",
    ),
    term("alpelisib", "a pill for breast cancer with a change in the PIK3CA gene"),
    term("capivasertib", "a pill for breast cancer that blocks AKT, a protein that helps cancer cells grow"),
    term("everolimus", "a pill that blocks mTOR, used for some cancers and after transplants"),
    term(
        "olaparib | niraparib | talazoparib | rucaparib",
        "a pill that stops cancer cells from repairing their DNA (a PARP inhibitor)",
    ),
    term("blinatumomab", "an antibody medicine for ALL that brings immune cells to the leukemia cells"),
    term("inotuzumab ozogamicin | inotuzumab", "an antibody joined to a cancer medicine, for ALL"),
    term("gemtuzumab ozogamicin | gemtuzumab", "an antibody joined to a cancer medicine, for AML"),
    term(
        "tisagenlecleucel | axicabtagene ciloleucel | brexucabtagene autoleucel | lisocabtagene maraleucel",
        "a CAR-T treatment: your own immune cells changed in a lab to attack cancer",
    ),
    term("anlotinib", "a cancer pill that stops tumors from growing new blood vessels"),
    term(
        "lenvatinib | regorafenib | cabozantinib | sorafenib | sunitinib | pazopanib | axitinib",
        "a cancer pill that blocks tumor growth signals and new blood vessels",
    ),
    term("tegavivint", "an experimental cancer medicine, still being tested"),
    # Other medicines
    term("acetaminophen | paracetamol", "a common medicine for pain and fever (Tylenol)"),
    term(
        "non-steroidal anti-inflammatory drug | non-steroidal anti-inflammatory drugs | nonsteroidal anti-inflammatory drugs | non-steroidal anti-inflammatory | nonsteroidal anti-inflammatory | nonsteriodal anti-inflammatory drugs | nonsteriodal anti-inflammatory",
        "NSAIDs: pain medicines such as ibuprofen or naproxen",
    ),
    # "Non-steroidal androgen ablation" (NCT00242138) is a hormone medicine for prostate cancer, no pain medicine.
    term(
        "non-steroidal",
        "NSAIDs: pain medicines such as ibuprofen or naproxen",
        # "non-steroidal treatments for excessive vaginal bleeding such as antifibrinolytic agents" (NCT00180739,
        # trialgpt2: WRONG as pain medicines): any treatment without steroid hormones.
        not_after=r"^\s*(?:anti-?androgen|androgen|aromatase|hormon|antiestrogen|anti-estrogen|treatments?|therap|options?|"
        r"medications?|agents?)",
    ),
    term(
        "non-steroidal androgen ablation | non-steroidal anti-androgens | non-steroidal anti-androgen | nonsteroidal antiandrogens | nonsteroidal antiandrogen | non-steroidal antiandrogens | non-steroidal antiandrogen",
        "medicines without steroids that block male hormones, such as bicalutamide",
    ),
    term(
        "ketorolac | indomethacin | ibuprofen | naproxen | diclofenac | celecoxib | meloxicam",
        "an anti-inflammatory pain medicine (an NSAID)",
    ),
    term("salsalate | Disalcid", "an anti-inflammatory pain medicine related to aspirin"),
    term("tramadol", "an opioid pain medicine"),
    term("morphine | oxycodone | hydrocodone | fentanyl | codeine", "a strong opioid pain medicine"),
    term("lidocaine | lignocaine", "a medicine that numbs an area"),
    term("capsaicin", "the substance that makes chili peppers hot; creams and patches with it ease pain"),
    term("ginkgo biloba | ginkgo", "a herbal supplement that can make bleeding more likely"),
    term("melatonin", "a hormone that helps control sleep, also sold as a supplement"),
    # "... requiring mannitol or dexamethasone" for brain metastases (NCT06672068, sample 48: WRONG as a sugar alcohol).
    term(
        "mannitol",
        "a medicine given through a vein to bring down swelling in the brain",
        only_near=r"brain|cerebr|intracranial|\b(?-i:CNS)\b|metasta|edema|oedema|dexamethasone|neurosurg",
    ),
    term("mannitol", "a sugar alcohol used in some medicines and tests"),
    term(
        "dehydration treatment | dehydration therapy | dehydrating agents",
        "medicine that draws fluid out of the brain to bring down swelling",
        only_near=r"brain|cerebr|intracranial|\b(?-i:CNS)\b|metasta|edema|oedema",
    ),
    term("gemfibrozil", "a medicine that lowers fats in the blood"),
    term("allopurinol", "a medicine that lowers uric acid, used for gout"),
    term(
        "xanthine oxidase inhibitor | xanthine oxidase inhibitors",
        "medicines that lower uric acid, such as allopurinol",
    ),
    term("succinylcholine | suxamethonium | tubocurarine", "a medicine that relaxes muscles during surgery"),
    # "conservative treatment (physical therapy, anti-inflammatory medications, narcotics, and muscle relaxants)"
    # (NCT03433391, sample 27: WRONG as the surgical relaxants; narcotics as illegal drugs)
    # "certain anticholinergics or smooth muscle relaxants" (NCT00768521, hint3-1: WRONG as the surgical relaxants)
    term(
        "smooth muscle relaxant | smooth muscle relaxants",
        "medicines that relax the muscles of organs such as the bladder or gut",
    ),
    term(
        "muscle relaxant | muscle relaxants",
        "medicines that ease tight or painful muscles",
        only_near=r"physical therapy|anti-inflammator|conservative|back pain|\bspasm|analgesic|pain medic",
    ),
    term(
        "muscle relaxant | muscle relaxants | neuromuscular blockers | neuromuscular blocking agents | depolarizing | non-depolarizing",
        "medicines that relax the muscles, such as during surgery",
    ),
    term("polyethylene glycol", "a substance used in many medicines and laxatives; some people are allergic to it"),
    term("polysorbate | polysorbate 80", "an ingredient in some injected medicines that can cause allergic reactions"),
    # "Cytochrome P450 (CYP17) enzyme inhibitors (such as oral ketoconazole, abiraterone acetate, ...)" (NCT05348876,
    # sample 26: WRONG as the liver enzymes that break down medicines): hormone medicines for prostate cancer.
    term(
        "Cytochrome P450 (CYP17) enzyme inhibitors | CYP17 inhibitors | CYP17 inhibitor | CYP17 enzyme inhibitors",
        "medicines, such as abiraterone, that stop the body making male hormones; used for prostate cancer",
        shown="CYP17 inhibitors",
    ),
    term(
        "cytochrome P450 | cytochrome P-450 | cytochrome P 450 | cytochrome P450 (CYP)",
        "a family of liver enzymes that break down many medicines",
        not_after=r"^\s*\(\s*(?-i:CYP17)",
    ),
    term(
        "cytochrome",
        "cytochrome P450: a family of liver enzymes that break down many medicines",
        only_near=r"\b(?-i:P450)\b|\b(?-i:P-450)\b|P 450|\b(?-i:CYP)\b",
    ),
    term(
        "enzyme inducer | enzyme inducers | enzyme-inducing",
        "a medicine that makes a liver enzyme work faster, so some other medicines break down faster",
    ),
    term(
        "inducer | inducers",
        "a medicine that makes a liver enzyme work faster, so some other medicines break down faster",
        only_near=r"\b(?-i:CYP)\b|\b(?-i:P450)\b|\b(?-i:P-450)\b|enzyme|\b(?-i:3A4)\b|inhibitor|strong|moderate|potent|rifampi",
    ),
    term(
        "strong CYP3A4 inhibitors | strong CYP3A inhibitors",
        "medicines that strongly slow the liver enzyme CYP3A4, so some other medicines build up in the body",
    ),
    term(
        "strong inhibitor | strong inhibitors | potent inhibitor | potent inhibitors",
        "a medicine that strongly slows a liver enzyme, so some other medicines build up in the body",
        only_near=r"\b(?-i:CYP)\b|\b(?-i:P450)\b|\b(?-i:P-450)\b|enzyme|\b(?-i:3A)\b|inducer",
    ),
    term("CredibleMeds", "a website that lists medicines known to affect the heart's rhythm"),
    term(
        "half-life | half-lives | half life | half lives", "the time it takes for half of a medicine to leave the body"
    ),
    term("titration | titrated | titrate", "adjusting a dose step by step"),
    term("discontinuation | discontinue | discontinued", "stopping"),
    # NCT00555087 (translated): "Testosterone dosage lower than 12 nmol/L" is a measured blood level, no dose.
    term(
        "dosage | dosages",
        "here, the amount measured in a blood test",
        only_after=r"^\s*(?:lower|higher|less|more|below|above|under|over|<|>|≤|≥)",
    ),
    term("dosage form | dosage forms", "the form a medicine comes in, such as a tablet, and everything that is in it"),
    term("dosage | dosages", "the amount of a medicine and how often it is taken"),
    term("off-label", "use of an approved medicine for something it is not approved for"),
    term(
        "compassionate use | expanded access",
        "getting a medicine that is not yet approved, outside a study, when there are no other options",
    ),
    term("unapproved", "not approved by the authorities"),
    term(
        "conjugate vaccine | conjugate vaccines | conjugated vaccine | conjugated vaccines | conjugate",
        "a vaccine made by joining a germ's sugar coat to a protein, so the body learns to fight it better",
        only_near=r"vaccin|immuni[sz]|pneumococc|meningococc|\b(?-i:Hib)\b|polysacchar",
    ),
    # "T-cell or T-cell receptor vaccination" in a multiple sclerosis study (NCT02525874, hint5: WRONG as a vaccine
    # against an infection)
    term(
        "T-cell vaccination | T-cell receptor vaccination | T cell vaccination | T cell receptor vaccination",
        "an experimental treatment made from a person's own T cells (immune cells) to calm the immune system",
    ),
    term(
        "vaccine | vaccines | vaccination | vaccinations",
        "a medicine that trains the immune system to protect against an infection",
        not_before=r"(?:T[- ]cell(?:\s+receptor)?|\b(?-i:TCR)|peptide|dendritic(?:[- ]cell)?|tumou?r|cancer|cell)\s*$",
        # ("start vaccine therapy within 4 months of completing chemotherapy", NCT02737787, hint6-1: WRONG as against
        # an infection): a cancer vaccine, the study's treatment
        not_after=r"^\s+(?:therapy|treatment)\b",
    ),
    term(
        "vaccine therapy | vaccine treatment",
        "a treatment that trains the immune system to attack a disease, such as a cancer",
        only_near=_CANCER_WORDS + r"|remission|recurrence",
    ),
)

_REPRODUCTION: tuple[Term, ...] = (
    term("non-childbearing potential | non-child-bearing potential | non-childbearing", "not able to get pregnant"),
    # Said of women even where men are named too ("Women of childbearing potential and men must ..."): her sense.
    term(
        "childbearing potential | child-bearing potential | child bearing potential",
        "able to get pregnant",
        only_before=r"\b(?:wom[ae]n|females?|girls?)\s+(?:\w+\s+)?(?:of|with|who\s+are\s+of)\s+$|\bpartners?\s+(?:\w+\s+)?(?:of|with)\s+$",
        # ("Men or women of child-bearing potential", NCT00667420, NCT01170052, hint6-1: WRONG, read as not men's)
        not_before=r"\b(?:m[ae]n|males?|boys?)\s+(?:or|and|and/or|&|/)\s+(?:wom[ae]n|females?|girls?)\s+(?:of|with)\s+$",
    ),
    term(
        "childbearing potential | child-bearing potential | child bearing potential",
        "able to have children: for a woman, able to get pregnant; for a man, able to make a partner pregnant",
        only_near=MEN_TOO,
    ),
    term("premenopausal | pre-menopausal", "before menopause: still having periods"),
    term("perimenopausal | peri-menopausal", "in the years around menopause, when periods become irregular"),
    term("menopausal | menopause", "to do with menopause, when periods stop for good"),
    term("amenorrhea | amenorrhoea | amenorrheic | amenorrhoeic", "no menstrual periods"),
    term("menarche", "a girl's first period"),
    term("menses | menstruation", "monthly periods"),
    term("menstrual", "to do with monthly periods"),
    term(
        "surgically sterile | surgical sterilization | surgical sterilisation | surgically sterilized",
        "made unable to have children by surgery",
    ),
    term(
        "sterilized | sterilised",
        "made unable to have children, usually by surgery",
        only_near=r"surg|tubal|vasectom|hysterectom|ligation|oophorectom|salping|women|\bmen\b|partner|child|pregnan|contracep|bilateral|chemical",
    ),
    term(
        "sterilization | sterilisation",
        "an operation that makes a person unable to have children",
        only_near=r"surg|tubal|vasectom|hysterectom|ligation|oophorectom|salping|women|\bmen\b|partner|child|pregnan|contracep|bilateral|chemical",
    ),
    term(
        "sterile",
        "unable to have children",
        only_near=r"\bsurg|tubal|vasectom|hysterectom|ligation|oophorectom|salping|women|\bmen\b|partner|child|pregnan|contracep|bilateral|biological|fertile",
    ),
    term(
        "tubal ligation | bilateral tubal ligation | tubal occlusion | tubal sterilization | tubal ligations",
        "surgery to close the fallopian tubes so a woman cannot get pregnant",
    ),
    term(
        "tubal",
        "of the fallopian tubes, which carry eggs from the ovaries to the womb",
        only_near=r"ligation|occlusion|sterili",
    ),
    term("fallopian tube | fallopian tubes", "the tubes that carry eggs from the ovaries to the womb"),
    # "Radiation-induced oophorectomy with last menses > 1 year ago" (NCT03740893, exports9: WRONG as surgery)
    term(
        "radiation-induced oophorectomy | radiation induced oophorectomy | radiation oophorectomy | "
        "radiation-induced ovarian ablation",
        "stopping the ovaries from working for good with radiation, not with surgery",
    ),
    term(
        "medical oophorectomy | chemical oophorectomy",
        "stopping the ovaries from working with medicines, not with surgery",
    ),
    term("oophorectomy | bilateral oophorectomy | ovariectomy", "surgery to remove the ovaries"),
    term("salpingectomy | bilateral salpingectomy", "surgery to remove the fallopian tubes"),
    term("hysterectomy", "surgery to remove the womb"),
    term(
        "intrauterine device | intrauterine devices | intrauterine contraceptive device",
        "a small birth control device placed in the womb",
    ),
    term(
        "intrauterine hormone-releasing system | intrauterine system | hormone-releasing intrauterine system",
        "a small device placed in the womb that releases a hormone to prevent pregnancy",
    ),
    term("intrauterine", "inside the womb"),
    term(
        "spermicide | spermicides | spermicidal",
        "a cream or gel that kills sperm, used with a barrier method of birth control",
    ),
    term(
        "barrier method | barrier methods | barrier contraception | barrier contraceptive | physical barrier | physical barriers",
        "birth control that blocks sperm, such as condoms or a diaphragm",
    ),
    term(
        "diaphragm",
        "a soft cup put in the vagina to block sperm",
        only_near=r"contracep|spermicid|barrier|\bcaps?\b|condom|birth control",
    ),
    term("cervical cap", "a small cup put over the cervix to block sperm"),
    term("contraception | contraceptive | contraceptives", "birth control: ways to prevent pregnancy"),
    term(
        "hormonal contraception | hormonal contraceptive | hormonal contraceptives | hormonal birth control",
        "birth control that uses hormones, such as the pill, patch, ring, injection or implant",
    ),
    term("levonorgestrel", "a hormone used in birth control"),
    term(
        "symptothermal | symptothermal method | post-ovulation method | post-ovulation methods | postovulation method | postovulation methods | calendar method | ovulation method | rhythm method",
        "a way of avoiding pregnancy by working out the fertile days of a woman's cycle",
    ),
    term("ovulation", "when an ovary releases an egg"),
    term(
        "coitus interruptus | withdrawal method",
        "pulling the penis out before ejaculation, a weak way to avoid pregnancy",
    ),
    term("abortifacient", "causing an abortion"),
    term("gestational", "to do with pregnancy"),
    term(
        "gynecologic | gynecological | gynaecological | gynecology | gynaecology",
        "to do with women's reproductive organs",
    ),
    term("serum pregnancy test | serum β-hCG", "a blood test for pregnancy"),
    term("urine pregnancy test", "a urine test for pregnancy"),
    term("impregnate", "make someone pregnant"),
    term("ovary | ovaries", "the organs that make eggs and female hormones"),
    term("ovarian", "of the ovaries, the organs that make eggs and female hormones"),
    term(
        "Chinese hamster ovary | Chinese hamster ovary cell",
        "hamster cells grown in labs to make many antibody medicines",
    ),
    term("uterus | uteri", "the womb"),
    term("uterine", "of the womb"),
    term("cervix", "the neck of the womb, at the top of the vagina"),
)

_TESTS_PROCEDURES_AND_BODY: tuple[Term, ...] = (
    term("positron emission tomography", "PET scan: a body scan that uses a small amount of a radioactive tracer"),
    term(
        "computed tomography | computerized tomography | computerised tomography | computed tomographic",
        "CT scan: a body scan that uses X-rays",
    ),
    term("magnetic resonance imaging | magnetic resonance", "MRI: a body scan that uses magnets"),
    # NCT00848497: a grade of 1 to 5, not the score of 6 to 10 the two grades add up to.
    term(
        "primary Gleason grade | secondary Gleason grade | primary Gleason pattern | secondary Gleason pattern",
        "how abnormal the most common (primary) or next most common (secondary) cancer cells look, from 1 to 5",
    ),
    term(
        "contrast agent | contrast agents | contrast media | contrast medium | contrast dye | iodinated contrast | intravenous contrast",
        "a dye given before a scan to make parts of the body show up more clearly",
    ),
    term("gadolinium", "a dye used in MRI scans"),
    term("ultrasonography | sonography | ultrasonographic", "an ultrasound scan: pictures made with sound waves"),
    term("Doppler", "an ultrasound test of blood flow"),
    # "fluorescein angiography" (NCT00363168, hint5: WRONG with the X-ray note): photographs of the eye.
    term(
        "fluorescein angiography | fluorescein angiogram | fluorescein angiographic",
        "photos of the back of the eye taken after a yellow dye is put into a vein",
    ),
    term(
        "optical coherence tomography",
        "a scan that uses light to take detailed pictures of the back of the eye",
    ),
    term("angiography | angiogram | angiographic | angiographically", "an X-ray test of blood vessels using a dye"),
    term("venography | venogram", "an X-ray test of the veins using a dye"),
    term(
        "radiographic | radiological | radiologic | radiologically | radiographically",
        "seen on X-rays or other scans",
    ),
    term("radiography", "taking X-ray pictures"),
    term("radiologist", "a doctor who reads X-rays and scans"),
    term("scintigraphy | bone scan | bone scintigraphy", "a scan that uses a small amount of a radioactive tracer"),
    term("plethysmography", "a test that measures changes in the size of a body part, such as from blood flow"),
    # "evidence of increased firmness on elastography" in a penile study (NCT05756803, sample 41): not the liver only
    term("elastography", "an ultrasound test of how stiff a body tissue is"),
    term("ferromagnetic", "attracted by magnets, like iron; such metal in the body can make an MRI unsafe"),
    term("cochlear implant | cochlear implants | cochlear", "a device put in the ear that helps deaf people hear"),
    term("sagittal", "a side view on a scan", only_near=r"\b(?-i:MRI)\b|image|imaging|plane|\bscans?\b|\bview\b"),
    term("coronal", "a front view on a scan", only_near=r"\b(?-i:MRI)\b|image|imaging|plane|\bscans?\b|\bview\b"),
    term("preoperative | pre-operative | pre-operatively | preoperatively | presurgical", "before surgery"),
    term(
        "postoperative | post-operative | post-operatively | postoperatively | post-surgical | postsurgical",
        "after surgery",
    ),
    term("perioperative | peri-operative", "around the time of surgery"),
    term("intraoperative | intra-operative | intraoperatively | intra-operatively", "during surgery"),
    term("reoperation", "a second operation"),
    term("excision | excised | excisions", "removal by surgery"),
    term("curettage", "scraping tissue away with a spoon-shaped tool"),
    term("extirpation", "complete removal by surgery"),
    term("liposuction", "surgery that removes fat with suction"),
    term("reconstructive", "to rebuild or restore a part of the body", only_near=r"\bsurg|procedure|operation"),
    term("cannulation", "putting a thin tube into a vein or other vessel"),
    # "Absence of central venous access" (NCT07345559, exports4: WRONG as any usable vein)
    term(
        "central venous access | central venous line | central venous catheter | central line",
        "a thin tube put into a large vein near the heart, to give medicines or fluids",
    ),
    term(
        "venous access device | venous access devices | vascular access device | vascular access devices",
        "a port or thin tube put in under the skin into a vein, for medicines and blood tests",
    ),
    term("venous access", "a vein that can be used for blood tests and drips"),
    term("venous", "to do with the veins"),
    term(
        "graft | grafts | grafting",
        "tissue moved from one place to another, or a transplant",
        only_near=r"\bsurg|bypass|\bskin\b|\bbones?\b|tissue|vascular|transplant|coronary",
    ),
    term("abdominoperineal resection", "surgery to remove the rectum and anus"),
    term("pelvic", "of the pelvis, the lower part of the belly between the hip bones"),
    term("inguinal", "of the groin"),
    term("gluteal", "of the buttocks"),
    term("iliac", "of the hip bones, or of the large blood vessels near them"),
    # "open pneumo-thorax" (NCT05439486, sample 30: WRONG with only "thorax: the chest")
    term(
        "pneumothorax | pneumo-thorax | pneumothoraces",
        "a collapsed lung: air has leaked into the space around the lung",
    ),
    term("thorax", "the chest"),
    # "Co-morbid medical condition of the spine or upper extremities" (NCT06144970, downloads4: WRONG as arms and legs).
    term("upper extremities | upper extremity | upper limbs | upper limb", "the arms"),
    term("lower extremities | lower extremity | lower limbs | lower limb", "the legs"),
    term("extremities | extremity", "the arms and legs"),
    term("supine", "lying on your back"),
    # "in decubitus (semi-decubitus) position": the position, not the pressure sore (glossary.py's sense).
    term(
        "decubitus",
        "lying down",
        only_near=r"position|minutes|hours|\blie\b|lying|realize|maintain|remain|\b(?-i:PET|MRI|CT)\b|scan",
    ),
    term("semi-decubitus", "half lying, half sitting", only_near=r"position"),
    term("subdermal", "under the skin"),
    term("supraclavicular", "above the collarbone"),
    term("fossa", "a hollow in a bone or other part of the body"),
    term(
        "pterygopalatine fossa",
        "a small space deep in the face, behind the cheekbone, that holds a cluster of nerves linked to some headaches",
    ),
    term("transmural", "through the whole thickness of the wall of an organ, such as the heart"),
    # "positive tests for ova or parasites ... in the stool" (NCT02107196, hint1: WRONG as a woman's eggs)
    term(
        "ova",
        "eggs of worms or other parasites, looked for in a stool sample",
        only_near=r"parasit|stool|fecal|faecal|worm",
    ),
    term("ova", "eggs, from the ovaries"),
    term("sanatorium", "a place for long-term medical care"),
    term("tutelage", "the legal care of a guardian"),
    term("upstaging", "finding that a cancer is at a higher stage than first thought"),
    term(
        "FDG-avid",
        "shows up on a PET scan that uses FDG, a radioactive sugar that cancer cells take up",
    ),
    term(
        "bi-dimensionally measurable | bidimensionally measurable",
        "can be measured in two directions, length and width, on a scan",
    ),
    term("parenchymal | parenchyma", "of the working tissue of an organ, such as the brain, lung or liver"),
    term(
        "encasement",
        "a tumor wrapping around a structure such as a blood vessel",
        only_near=r"tumou?r|vessel|arter|\bvein|vascular",
    ),
    # "Anatomic penile length and girth as defined by the surgeons' expert opinion" beside "not anatomic (e.g. too small
    # or too large)" (NCT05883553, sample 42: WRONG with the structure note): of normal, natural size.
    term(
        "anatomic | anatomical",
        "normal, natural in size and shape",
        only_after=r"^\s*(?:penile\s+)?(?:length|size|girth|dimensions?)\b|^\s*\(\s*e\.?g\.?,?\s*too\s+(?:small|large)",
    ),
    term("anatomic | anatomical | anatomically", "to do with the body's structure"),
    term("congenital | congenitally", "present from birth"),
    term("idiopathic", "with no known cause"),
    term("iatrogenic", "caused by medical treatment"),
    term("etiology | aetiology | etiologies", "the cause of a disease"),
    term("comorbid | co-morbid", "present at the same time as another illness"),
    term("morbidity", "illness or harm from a disease or treatment"),
    # "an exacerbation of ED in the partnered context" (NCT04341025, sample 38: WRONG as a sudden flare-up): worse.
    term("exacerbation | exacerbations", "a worsening: a time when a disease or its symptoms get worse"),
    term("intractable", "hard to control or treat"),
    term("malformation | malformations", "a part of the body that formed abnormally"),
    term("deformity | deformities", "a part of the body with an abnormal shape"),
    term("fragility fracture | fragility fractures", "a broken bone from a small fall or less, a sign of weak bones"),
    term("necrosis", "death of body tissue"),
    term(
        "osteonecrosis | osteonecrosis of the jaw",
        "death of bone tissue; in the jaw, a rare side effect of some bone medicines",
    ),
    term("atrophy", "wasting or shrinking of a body part"),
    term("fibrosis | fibrotic", "scarring of tissue"),
    term("hypertrophic", "enlarged or thickened"),
    term("edema | oedema", "swelling from fluid in the body's tissues"),
    term("abrasion | abrasions", "a scrape of the skin"),
    term("hyperpigmentation", "darker patches of skin"),
    term("cutaneous", "of the skin"),
    term("dermatitis", "red, itchy, swollen skin"),
    term("pruritus", "itching"),
    term("rickets", "soft, weak bones in children, often from a lack of vitamin D"),
    term("renal osteodystrophy | osteodystrophy", "bone disease caused by kidney failure"),
    term("fibrous dysplasia", "a condition in which scar-like tissue replaces normal bone"),
    # "Dysplastic (nonproliferative) CMML" (glossary audit: NCT05282459) is a kind of blood cancer.
    # "Congenital genital malformation and dysplasia" (NCT05749354): a part that did not form normally
    term("dysplasia", "a part of the body that did not grow or form normally", only_near=_FORMED_WRONG),
    term(
        "dysplasia | dysplastic",
        "abnormal cells that are not cancer but may become cancer",
        not_near=_FORMED_WRONG,
        not_after=r"^\s*(?:\(\s*non-?proliferative\s*\)\s*)?(?-i:CMML)",
    ),
    term(
        "dysplastic vertebra | dysplastic vertebrae | dysplastic vertebral body | dysplastic vertebral bodies",
        "bones of the spine that did not form normally",
    ),
    term("hyperparathyroidism", "the parathyroid glands make too much hormone, raising calcium in the blood"),
    term(
        "secondary hyperparathyroidism | SHPT",
        "the parathyroid glands make too much hormone because of another illness, most often kidney disease",
    ),
    term("Graves' disease | Graves disease", "an autoimmune disease that makes the thyroid overactive"),
    term("dermatomyositis", "an autoimmune disease that causes muscle weakness and a skin rash"),
    term("polymyositis", "an autoimmune disease that causes muscle weakness"),
    term("myositis", "swelling of the muscles"),
    term("rhabdomyolysis", "a breakdown of muscle that can harm the kidneys"),
    term("glomerulonephritis", "swelling of the kidneys' filters"),
    term("diverticulitis", "swelling or infection of small pouches in the bowel wall"),
    term("portal vein thrombosis", "a blood clot in the vein that carries blood to the liver"),
    term("porphyria", "a rare inherited disease of how the body makes heme, part of hemoglobin"),
    term(
        "Raynaud's | Raynaud's phenomenon | Raynaud phenomenon | Raynauds | Reynauds | Reynaud's",
        "fingers and toes turn white or blue in the cold, from narrowed blood vessels",
    ),
    term("performance status", "a score of how well you manage daily tasks"),
    term("life expectancy", "how long a person is expected to live"),
    # Study words and plain words
    term(
        "noncompliant | non-compliant | non-compliance | noncompliance",
        "not following instructions or the study's plan",
    ),
    # "except in compliance with specific local government study requirements" (outside sample 3: WRONG as the
    # study's instructions): following the rules said after it.
    term(
        "compliance",
        "following the rules",
        only_after=r"^\s*with\s+(?:the\s+)?(?:specific\s+)?(?:local|national|government|regulatory|legal|country|"
        r"health authority)",
    ),
    # "All medications in compliance with current local label" (NCT03086330, hint3: WRONG as the study's schedule).
    term(
        "compliance",
        "following what it says",
        only_after=r"^\s*with\s+(?:the\s+)?(?:current\s+)?(?:local\s+)?(?:label|labell?ing|prescribing|product)",
    ),
    term(
        "compliance",
        "following the study's instructions and schedule",
        only_near=r"study|protocol|visit|treatment|medic|schedule|instruct|procedure",
    ),
    # "adherence to study requirements" (NCT02910323, sample 24: WRONG as taking a treatment) is following the rules.
    term(
        "adherence",
        "following the study's rules and schedule",
        only_after=r"^\s*(?:to|with)\s+(?:the\s+)?(?:study|protocol|trial)",
    ),
    # "Adherence to vegan diets or other diets" (NCT05798494, exports1: WRONG as taking a treatment): keeping to a diet.
    term(
        "adherence", "keeping to a diet", only_after=r"^\s*to\s+(?:a\s+|an\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}diets?\b"
    ),
    term("adherence", "taking a treatment as agreed"),
    # "symptomatic trigeminal neuralgia" (NCT02910323, sample 24: WRONG as "causing symptoms you notice"): caused by
    # another disease.
    # "receiving only symptomatic treatment (e.g. influenza or COVID-19)" (NCT05097287, sample 38: WRONG as "causing
    # symptoms you notice"): treatment that eases the symptoms.
    term(
        "symptomatic treatment | symptomatic treatments | symptomatic therapy | symptomatic therapies",
        "treatment that only eases the symptoms of an illness",
    ),
    # "without obtaining adequate symptomatic relief" (NCT05631392, downloads1: WRONG as "causing symptoms").
    term("symptomatic relief", "relief of symptoms"),
    term(
        "symptomatic trigeminal neuralgia",
        "face pain from the trigeminal nerve that is caused by another disease, such as multiple sclerosis or a tumor",
    ),
    term(
        "protocol",
        "the study's plan and rules",
        only_near=r"study|trial|procedure|required|visit|specified|defined|according|\bper\b|comply|complian",
        # "treated according to the underlying treatment protocol BRALL 2014" (NCT03156790, sample 12: WRONG): a
        # standard treatment plan the study sits inside, not the study's own.
        not_before=r"(?:treatment|chemotherapy|therapy|underlying)\s*$",
    ),
    term("stratification", "sorting people into groups, such as by risk, before the study puts them into study groups"),
    # NCT04547049 (sample 14): how a disease's risk is graded, not a study's sorting of its people.
    term(
        "prognostic stratification | risk stratification | prognostic stratification system",
        "grading how likely a disease is to get worse or come back",
    ),
    term("non-investigational", "not the medicine being tested in the study"),
    term("geriatric", "to do with older people"),
    term("pediatric | paediatric", "to do with children"),
    term("ingest | ingesting | ingested", "swallow; take in by mouth"),
    term("ingestion", "swallowing; taking in by mouth"),
    # "serious drug habituation" (NCT01151631, sample 21: WRONG): depending on a drug, not getting used to a stimulus.
    term(
        "habituation",
        "depending on a drug or alcohol and needing it regularly",
        only_near=r"\bdrugs?\b|alcohol|substance|narcotic|opioid|medication|analgesic|abuse",
    ),
    term("habituation", "getting used to something, so that it has less effect"),
    term("quantifiable", "able to be measured"),
    term("demonstrable", "able to be shown or proven"),
    term("unequivocal | unequivocally", "clear, with no doubt"),
    term("indeterminate", "not clear; cannot be decided"),
    term("concordant", "in agreement"),
    term("triplicate", "done three times"),
    term("retest | retesting | re-test | re-testing", "test again"),
    term("allowable", "allowed"),
    term("denoting", "meaning; showing"),
    term("hamper | hampering | hampers", "get in the way of"),
    term(
        "extenuating circumstances | extenuating circumstance",
        "a special situation that can be a reason for an exception",
    ),
    term("extenuating", "special, giving a reason for an exception"),
    term("incapacity", "not being able to do something, such as make your own decisions"),
    term(
        "involuntarily | involuntary",
        "against your will",
        only_near=r"detain|incarcerat|committ|confin|institution|admit|hospital|\bheld\b",
    ),
    term("incarcerated | incarceration | imprisoned | imprisonment", "in prison or jail"),
    term(
        "institutionalized | institutionalised",
        "living in an institution, such as a care home or prison, often by an official order",
    ),
    term("deciliter | decilitre | deciliters | decilitres", "a tenth of a liter"),
    # "1,000 per cubic milliliter (/mm^3)" (NCT02181413, hint1: WRONG, a slip for cubic millimeter): no note there.
    term("milliliter | milliliters | millilitre | millilitres", "a thousandth of a liter", not_before=r"\bcubic\s+$"),
    term("microliter | microliters | microlitre | microlitres", "a millionth of a liter"),
    term("milligram | milligrams", "a thousandth of a gram"),
    term("nanogram | nanograms", "a billionth of a gram"),
    term("millisecond | milliseconds", "a thousandth of a second"),
    term("millimole | millimoles", "a tiny amount of a substance, a unit used in lab tests"),
    # Found unexplained by the review of 2026-12-03 (docs/eligibility-review/after2)
    term("mSv", "millisievert: a unit for how much radiation the body takes in", only_before=r"\d\s*$"),
    term("cm2 | cm²", "square centimeters, a unit of area", only_before=r"\d\s*$"),
    term(
        "IC50",
        "the amount of a medicine that blocks half of what is being measured; lower means stronger",
    ),
    term(
        "PEDIS",
        "a system that grades foot ulcers in diabetes by blood flow, size, depth, infection and feeling",
        # "dorsalis pedis" (NCT01534065, sample 25: WRONG) is a pulse on top of the foot
        not_before=r"dorsalis\s*$",
    ),
    term("dorsalis pedis", "the pulse on the top of the foot"),
    term(
        "posterior tibialis | posterior tibial",
        "the pulse behind the inner ankle bone",
        only_after=r"^\s*(?:pulses?|arter)",
    ),
    # "spinal claudication" (NCT01534065, sample 25: WRONG as poor blood flow): squeezed nerves in the lower back.
    term(
        "spinal claudication | neurogenic claudication",
        "pain or weakness in the legs when walking, from nerves squeezed in the lower back",
    ),
    # "metabolic disease bone disease ... (e.g., Paget's disease, osteomalacia, ...)" (NCT01534065, sample 25: WRONG,
    # explained as diabetes)
    term(
        "metabolic bone disease | metabolic bone diseases | metabolic disease bone disease",
        "a disease that weakens the bones, such as Paget's disease or osteomalacia",
    ),
    term("GDM", "gestational diabetes: diabetes that starts during pregnancy"),
    term("CHW", "community health worker: a trained health helper from the local community"),
    term(
        "TNT",
        "total neoadjuvant therapy: chemotherapy and radiotherapy all given before surgery",
        only_near=r"rect|chemo|radi|cancer|tumou?r|surgery|neoadjuvant|brachy|watch",
    ),
    term("LCRT", "long-course chemoradiotherapy: several weeks of radiotherapy given with chemotherapy"),
    term(
        "T6",
        "the 6th bone of the upper back, at chest level",
        only_near=r"spin|cord|injur|lesion|vertebra|\blevel",
    ),
    term(
        "1L",
        "first line: the first treatment given for a cancer",
        only_near=r"therap|treat|\bline|setting|chemo",
    ),
    term(
        "2L",
        "second line: the treatment given after the first one stopped working",
        only_near=r"therap|treat|\bline|setting|chemo",
    ),
    term("TIGIT", "a protein on immune cells that some cancer medicines block"),
    term(
        "CTFG",
        "Clinical Trials Facilitation and Coordination Group: a European group that writes guidance for studies",
    ),
)

# Found unexplained by the review of 2026-12-03 (docs/eligibility-review/after2): each a reader met bare.
_FOUND_IN_REVIEW: tuple[Term, ...] = (
    term(
        "convulsive threshold | seizure threshold",
        "how easily the brain has a seizure; when it is lower, seizures happen more easily",
    ),
    # "bronchodilators (including anticholinergics, ß-agonists, xanthines)" (NCT01943552, hint2: WRONG as coffee)
    term(
        "xanthine | xanthines",
        "a group of lung medicines that open the airways, such as theophylline",
        only_near=r"bronchodilat|theophyllin|aminophyllin|asthma|\b(?-i:COPD)\b|agonist|anticholinergic",
    ),
    term("xanthine | xanthines", "a group of substances, such as caffeine, found in coffee, tea, cola and cocoa"),
    term(
        "nasal cannula | nasal cannulae | nasal cannulas",
        "a thin tube with two small prongs that sit in the nose, to give oxygen or measure breathing",
    ),
    term(
        "cryoglobulinaemia | cryoglobulinemia",
        "proteins in the blood that clump together in the cold and can block small blood vessels",
    ),
    term("abutting", "touching, right next to"),
    # "autologous injections of vasodilators ... for erectile dysfunction" (NCT03142542, sample 27: WRONG as "from
    # your own body"): injections men give themselves.
    term("autologous injections | autologous injection", "injections you give yourself"),
    # Sample 22 (UNREADABLE): terms left unexplained in the study's words.
    term("discogenic", "coming from a disc between the bones of the spine"),
    term("imaging studies | imaging study", "scans, such as X-rays, CT or MRI"),
    term("contiguous", "next to each other"),
    term("posterior instrumentation", "screws and rods put into the spine from the back"),
    term(
        "pseudoarthrosis | pseudarthrosis",
        "a spinal fusion or broken bone that did not heal into solid bone",
    ),
    term(
        "fixation",
        "holding bones in place with screws, plates or rods",
        only_near=r"screws?|plates?|rods?|fractur|bone|spin|fusion|implant",
    ),
    term("epispadias", "a birth defect in which the opening of the penis is on its top side"),
    term("Marshall score", "a score of how badly organs such as the lungs, kidneys and heart are working"),
    term(
        "kappa/lambda FLC ratio | kappa/lambda ratio | FLC ratio | free light chain ratio | kappa/lambda free light chain ratio",
        "the balance of two kinds of antibody pieces in the blood; an abnormal ratio is a sign of myeloma",
    ),
    term(
        "anti-vitamin K | vitamin K antagonist | vitamin K antagonists | antivitamin K",
        "blood thinners such as warfarin",
    ),
    term(
        "immunochemotherapy | chemoimmunotherapy",
        "chemotherapy given together with an antibody medicine such as rituximab",
    ),
    term("adoptive cell immunotherapy", "treatment with immune cells, such as CAR-T cells, grown or changed in a lab"),
    term("wedge resection", "surgery that removes a small wedge-shaped piece of an organ, such as the lung"),
    term("vascular invasion", "cancer cells found growing into blood vessels"),
    term("visceral pleura", "the thin layer that covers the lung"),
    term("radical treatment", "treatment that aims to cure, such as surgery or high-dose radiation"),
    term("primary endpoint", "the main result the study measures"),
    term("protocol deviations | protocol deviation", "not following the study's plan and rules"),
    term(
        "pivotal study | pivotal studies | pivotal efficacy studies",
        "the main studies a medicine's approval is based on",
    ),
    # "under judicial protection (prison or custody)" (NCT03067987, sample 27: WRONG as guardianship)
    term(
        "judicial protection",
        "held by a court's decision, such as in prison or in custody",
        only_after=r"^\s*\(\s*(?:prison|custody|detention|incarceration)",
    ),
    term(
        "judicial protection",
        "a legal arrangement in which a court protects an adult who cannot fully look after their own affairs",
    ),
    term("anerection", "no erection at all"),
    term("gross hematuria | gross haematuria | macroscopic hematuria", "blood in the urine that you can see"),
    term(
        "microscopic hematuria | microscopic haematuria",
        "blood in the urine that can be seen only with a microscope",
    ),
    term("ureter | ureters", "the tubes that carry urine from the kidneys to the bladder"),
    term("renal pelvis", "the funnel-shaped part of the kidney where urine collects before it leaves"),
    term("unilateral", "on one side only"),
    term("bilateral", "on both sides, left and right"),
    term("far-lateral", "far out to the side of the spine", only_near=r"disc|hernia|spin|lumbar"),
    term(
        "conservative therapy | conservative treatment | conservative management | conservative care",
        "treatment without surgery, such as rest, medicines or physical therapy",
        # "too medically complex for a more conservative treatment approach" (NCT06028503, exports3: WRONG in a study
        # of a talking therapy for diabetes): a gentler approach, said as a comparison.
        not_before=r"\b(?:more|less|most|least)\s+$",
    ),
    term("spondylopathy | spondylopathies", "a disease of the bones of the spine"),
    term(
        "first degree relative | first-degree relative | first degree relatives | first-degree relatives",
        "a parent, brother, sister or child",
    ),
    term(
        "Axis I",
        "a group of major mental illnesses in an older psychiatric manual (DSM-IV), such as schizophrenia or depression",
        only_near=r"psych|disorder|mental|DSM",
    ),
    term("vasoconstrictive | vasoconstrictor | vasoconstrictors", "narrowing the blood vessels"),
    term("pseudoephedrine", "a medicine for a blocked nose; it also narrows blood vessels"),
    term("midodrine", "a medicine that raises low blood pressure by narrowing blood vessels"),
    # "Metabolic disorders of calcified tissues" (NCT04911257, downloads3: WRONG as diabetes): diseases of bone.
    term(
        "metabolic disorders of calcified tissues | metabolic disorders of calcified tissue",
        "diseases that weaken the bones, such as osteoporosis",
    ),
    term(
        "metabolic disease | metabolic diseases | metabolic disorder | metabolic disorders",
        # Not "such as diabetes" (NCT05971329, downloads4: WRONG, the study kept out only insulin-dependent diabetes).
        "a disease that upsets the body's chemistry: how it makes or uses energy, or handles minerals such as calcium",
        not_after=r"^\s+(?:of|affecting)\s+(?:the\s+)?(?:calcified|bones?|skeleton)",
    ),
    term("self-limiting", "going away on its own, without treatment"),
    term("oromucosal", "of the lining of the mouth"),
    term("aphthous ulcer | aphthous ulcers", "small painful sores inside the mouth (canker sores)"),
    term("soft palate", "the soft back part of the roof of the mouth"),
    term(
        "adverse event | adverse events",
        "a harmful or unwanted health problem during a study or treatment, whether or not the treatment caused it",
    ),
    term("pia mater", "the thin inner layer that covers the brain and spinal cord"),
    term("pons", "a part of the brainstem, which joins the brain to the spinal cord"),
    term("medulla oblongata", "the lowest part of the brainstem; it controls breathing and heartbeat"),
    term("necrotizing | necrotising", "with tissue that has died"),
    term("fecal occult blood | faecal occult blood", "hidden blood in the stool that only a lab test can find"),
    term("extravasation", "a leak of fluid out of a blood vessel or organ into the tissue around it"),
    term("dehiscence", "when a surgical wound or join comes apart"),
    term("negligible", "so small that it does not matter"),
    term(
        "nocturnal erectile function | nocturnal erection | nocturnal erections",
        "erections that happen by themselves during sleep",
    ),
    term(
        "functional class",
        "a grade of how much a heart or lung illness limits daily life, from I (not at all) to IV (even at rest)",
        only_near=r"heart|cardi|coronary|angina|\b(?-i:NYHA)\b|pulmonary|failure",
    ),
    term(
        "Eastern Cooperative Oncology Group",
        "ECOG: a 0 to 5 score of how well you manage daily tasks; 0 means fully active",
        only_after=r"^\s*(?:performance|physical|status|score|PS\b)",  # "(ECOG)" after it: ECOG's note says it
    ),
    term("debridement", "removing dead or infected tissue from a wound"),
    term("full-thickness", "going through all the layers of the skin", only_near=r"ulcer|wound|skin|burn"),
    term(
        "negative pressure wound therapy",
        "a treatment that uses gentle suction under a sealed dressing to help a wound heal",
    ),
    term("postpartum", "after giving birth"),
    term(
        "wait and watch | watch and wait | wait-and-watch | watch-and-wait",
        "close, regular checks of a cancer instead of treating it, for example with surgery, right away",
    ),
    term("mucinous", "of a tumor that makes a lot of mucus"),
    term(
        "signet | signet-ring | signet ring",
        "a kind of cancer cell shaped like a ring",
        only_near=r"cell|carcinoma|cancer|adenocarcinoma|tumou?r|mucinous",
    ),
    term("circumferential", "going all the way around"),
    term("anal verge", "the outer edge of the anus"),
    term("detrusor", "the muscle of the bladder wall"),
    term(
        "urodynamic | urodynamics | urodynamic testing | urodynamic study",
        "tests that measure how well the bladder holds and lets out urine",
    ),
    term("radical surgery", "surgery that aims to take out all of the cancer"),
    term("hepatoprotective", "meant to protect the liver"),
    term(
        "topoisomerase I inhibitor | topoisomerase I inhibitors | topoisomerase-I inhibitor | topoisomerase 1 inhibitor",
        "a kind of cancer medicine, such as irinotecan or topotecan",
    ),
    term(
        "focal therapy",
        "treatment of only the part of the prostate with cancer, for example with heat or freezing",
        only_near=r"prostat",
    ),
    term(
        "patient reported outcomes | patient-reported outcomes | patient reported outcome | patient-reported outcome",
        "what patients tell the study themselves about symptoms and well-being, for example in questionnaires",
    ),
    term("gonadotoxicity | gonadotoxic", "damage to the testicles or ovaries"),
    term(
        "small molecule | small-molecule", "a kind of medicine made of small chemical molecules, often taken as a pill"
    ),
    term("actionable", "that a targeted medicine can act on", only_near=r"mutation|gene|driver|alteration|oncogene"),
    term("post-progression", "after the cancer grew or spread"),
    term("clinically feasible", "possible and safe, as your doctor judges"),
    term(
        "dose escalation",
        "a part of a study in which groups get higher and higher doses to find a safe one",
    ),
    term(
        "Pearl index",
        "how many of 100 women using a birth control method for a year get pregnant; lower is better",
    ),
    term(
        "units | unit",
        "a set amount of pure alcohol, about one small drink; countries and studies define it a little differently",
        only_near=r"alcohol|drink|beer|wine",
        only_before=r"\d\s*$",
        shown="units",
    ),
    term(
        "left anterior block | anterior left block | left anterior fascicular block | left anterior hemiblock",
        "a delay of the heart's electrical signal in one branch on the left side",
    ),
    # Review of sample 8 (seed 53): the one hard term of an item, left without a note.
    term("thymectomy", "surgery to remove the thymus, a gland in the chest; it can help myasthenia gravis"),
    term("thymoma | thymomas | malignant thymoma", "a tumor of the thymus, a gland in the chest"),
    term(
        "acetylcholinesterase inhibitor | acetylcholinesterase inhibitors | cholinesterase inhibitor | "
        "cholinesterase inhibitors | anticholinesterase | anticholinesterases",
        "a medicine that strengthens the signal from nerves, such as pyridostigmine (Mestinon) for myasthenia gravis "
        "or donepezil for dementia",
    ),
    term(
        "myasthenic crisis | myasthenic crises",
        "a sudden, severe flare of myasthenia gravis in which the breathing muscles get so weak that a breathing "
        "machine may be needed",
    ),
    term("medulloblastoma | medulloblastomas", "a brain tumor at the back of the brain, most common in children"),
    term(
        "residual disease | residual tumor | residual tumour",
        "cancer left in the body after treatment, such as after surgery",
    ),
    term(
        "assent",
        "a child's own agreement to take part, given as well as the parents' consent",
        only_near=r"child|minor|parent|guardian|pediatric|paediatric|\byears? old\b|years of age|adolescent",
    ),
    # "Assent, when appropriate, will be obtained per institutional guidelines." in a study of adults (NCT06731894,
    # exports8: WRONG as a child's)
    term(
        "assent",
        "agreement to take part from someone who cannot legally consent for themselves, given as well as the consent of "
        "a parent or legal representative",
    ),
    term(
        "potent",
        "able to get an erection firm enough for sex",
        only_near=r"erect|\bmen\b|\bmales?\b|sexual|\b(?-i:IIEF)\b|prostat|nerve[- ]sparing|surgery|\b(?-i:EBRT)\b|radiat",
        # "potent CYP3A4 inhibitors": a strong medicine, no erection.
        not_after=r"^\s*(?:(?:and|or)\s+\w+\s+)?(?:CYP|cytochrome|inhibit|induc|P-?gp|\S+\s+(?:inhibit|induc))",
    ),
    term(
        "Klinefelter | Klinefelter syndrome | Klinefelter's syndrome | Klinefelter's",
        "a genetic condition in which a boy is born with an extra X chromosome; it often causes low testosterone",
    ),
    term(
        "digital rectal examination | digital rectal exam",
        "a doctor feels the prostate with a gloved finger through the back passage",
    ),
    term(
        "primary sexual disorder | primary sexual disorders",
        "a sexual problem that is a main problem in its own right, such as low sex drive or coming too early",
        # "... primary sexual disorder, like hypopituitarism, hypothyroidism, or hypogonadism" (NCT04479917, sample 23:
        # WRONG): the study's own examples are hormone problems; they say what it means there.
        not_after=r"^\W*(?:like|such as|e\.?g\.?|including)\s+hypo",
    ),
    term(
        "Summary of Product Characteristics",
        "the official information about a medicine for doctors, including who should not take it",
    ),
    term("valvulopathy | valvulopathies", "disease of a heart valve"),
    term("aortic valve", "the heart valve that lets blood out of the heart into the body's main artery (the aorta)"),
    term("mitral valve", "the heart valve between the two chambers on the left side of the heart"),
    term(
        "aortic",
        "to do with the aorta, the body's main artery, or the heart valve that opens into it",
    ),
    term("mitral", "to do with the mitral valve, between the two chambers on the left side of the heart"),
    term("contra-indicated | contra-indication | contra-indications", "a medical reason not to use a treatment"),
    term("void volume | voided volume | volume voided", "the amount of urine passed at one time"),
    term(
        "lymphoblast | lymphoblasts",
        "young, unfinished white blood cells; in this leukemia they crowd the bone marrow",
    ),
    term(
        "marrow involvement | bone marrow involvement",
        "cancer cells found in the bone marrow, where blood cells are made",
    ),
    term("primary series", "the first set of vaccine doses needed for protection", only_near=r"vaccin|immuni[sz]"),
    term("quadrivalent", "protecting against four types of the germ", only_near=r"vaccin|immuni[sz]"),
    term("sigmoid colon", "the last part of the large bowel, just before the rectum"),
    # Review of sample 9 (seed 59).
    term(
        "dopamine agonist | dopamine agonists",
        "Parkinson's medicines that act like dopamine in the brain, such as pramipexole or ropinirole",
    ),
    term("levodopa | L-dopa | L-DOPA", "the main medicine for Parkinson's disease; the brain turns it into dopamine"),
    term(
        "Hoehn and Yahr | Hoehn & Yahr | Hoehn-Yahr",
        "a 1 to 5 stage of how far Parkinson's disease has progressed; higher is worse",
    ),
    term(
        "motor fluctuations | motor fluctuation",
        "times when Parkinson's medicine wears off and moving gets harder, between times when it works well",
    ),
    term(
        "alpha-receptor blocking agent | alpha-receptor blocking agents | alpha-adrenergic blocking agents | "
        "alpha-adrenergic blocker",
        "medicines that relax muscles in the prostate and blood vessels, for an enlarged prostate or high blood "
        "pressure",
    ),
    term("phenylethylamine | phenylethylamines", "a group of stimulant substances related to amphetamine"),
    term("eugonadal", "with normal levels of sex hormones, such as testosterone"),
    term(
        "carbonic anhydrase inhibitor | carbonic anhydrase inhibitors",
        "medicines such as acetazolamide, used for glaucoma, altitude sickness or to pass more urine",
    ),
    term("endothelial function", "how well the inner lining of the blood vessels works"),
    term("endothelial dysfunction", "the inner lining of the blood vessels does not work as well as it should"),
    term("child life specialist", "a hospital worker who helps children cope with tests and treatment"),
    term("cervical spine | cervical vertebrae", "to do with the neck part of the spine"),
    # (NCT05880823, downloads1: a disc said as "to do with the neck part of the spine")
    term("cervical disc | cervical discs", "a disc between the bones of the neck"),
    # The conditions, not only the place (NCT02814825, sample 22: WRONG, said as "the neck part of the spine").
    term("cervical spondylosis", "wear and tear of the bones and discs of the neck, common with age"),
    term("cervical myelopathy", "pressure on the spinal cord in the neck, which can cause weakness or numbness"),
    # "T-score for the PROMIS brief pain inventory of at least 55" (NCT06000007, exports6: WRONG as bone density).
    term(
        "T-score | T score",
        "a score scaled so that 50 is the average of the general population",
        # ("at least 65 on BRIEF-A GEC T-score by self-report", NCT01101022, hint5: WRONG as bone density)
        only_near=r"\b(?-i:PROMIS|BRIEF|GEC|CBCL)\b|pain|fatigue|anxiety|depress|function|questionnaire|inventory|"
        r"self-report|scale|behavio",
        not_near=r"bone|\b(?-i:BMD|DXA|DEXA)\b|osteop|densit",
    ),
    term(
        "T-score | T score",
        "a bone density result compared with a healthy young adult; -2.5 or lower means osteoporosis",
        only_near=r"bone|\b(?-i:BMD|DXA|DEXA)\b|osteop|densit|spine|\bhips?\b|femor|femur|lumbar|fracture|\b-\d",
    ),
    # (Not "DXA | DEXA" here: spelt among words they matched in any case, "the Dexa-C Anterior Interbody System", an
    # implant, NCT05883436, downloads1: WRONG as the scan. glossary_terms' own "DEXA | DXA" keeps their case.)
    term("densitometry | bone densitometry", "a low-dose X-ray scan that measures how strong your bones are"),
    term("non-sinus | non sinus", "not the heart's normal rhythm, which starts in its natural pacemaker"),
    term("Day -1", "the day before the first dose of the study medicine"),
    term(
        "macrolide | macrolides",
        "a group of antibiotics, such as erythromycin, clarithromycin and azithromycin",
    ),
    term("oxyphenbutazone | oxyphenylbutazone | phenylbutazone", "an older anti-inflammatory pain medicine"),
    term("AndroGel | Androgel | Testogel | Testim", "a testosterone gel rubbed on the skin"),
    term(
        "NO donor | NO donors | NO-donators | NO-Donators | NO donators",
        "medicines that release nitric oxide to widen blood vessels, such as nitroglycerin",
    ),
    # Sample 23 (UNREADABLE): terms left unexplained in the study's words.
    term(
        "sGC-activators | sGC activators | sGC stimulators | sGC-stimulators",
        "heart and lung medicines, such as riociguat, that widen blood vessels",
    ),
    term("cytochrome P3A4 | P3A4", "a liver enzyme (CYP3A4) that breaks down many medicines"),
    term(
        "non-organ confined | non-organ-confined | not organ confined | non organ confined",
        "the cancer has grown outside the organ it started in",
    ),
    term("organ confined | organ-confined", "the cancer has not grown outside the organ it started in"),
    # Terms sample 18 and earlier readings found unexplained.
    term("hematopathy | haematopathy", "a disease of the blood"),
    # "Diagnosis of glaucoma or ocular hypertension" (NCT00333125, hint4: WRONG with the blood-pressure note)
    term("ocular hypertension", "high pressure of the fluid inside the eye"),
    # "Ejection fraction > 47% by radionucleotide angiogram" (NCT00801931, hint4: WRONG with the X-ray dye note)
    term(
        "radionuclide angiogram | radionucleotide angiogram | radionuclide angiography | radionuclide ventriculography",
        "a heart scan that uses a tiny amount of a radioactive tracer to show how well the heart pumps",
    ),
    # "routine invasive measurement of hemodynamic parameters" (NCT00640315, hint4: WRONG as a cancer's)
    term(
        "invasive measurement | invasive measurements | invasive monitoring | invasive hemodynamic monitoring",
        "measured with a tube or sensor put inside the body",
    ),
    # "Patients naïve to hypoglycemic therapies" (NCT01123278, sample 18: UNREADABLE, "naïve" left unexplained)
    # "Naïve to alcohol consumption" (NCT05920629, exports9: WRONG as never treated with): never having used it.
    term(
        "naïve to | naive to",
        "never having used",
        only_after=r"^\s*(?:alcohol|drink|smok|tobacco|cigarett|cannabis|marijuana|nicotine|caffeine|substances?\b|"
        r"(?:recreational\s+)?drugs?\s+(?:use|of\s+abuse))",
    ),
    term("naïve to | naive to", "never treated with"),
    term(
        "immunotherapy naive | immunotherapy-naive | immunotherapy naïve | immunotherapy-naïve",
        "never treated with immunotherapy",
    ),
    term("nutraceutical | nutraceuticals", "a food or dietary supplement taken for a health benefit"),
    term("gonad | gonads", "the testicles or ovaries, which make sex cells and sex hormones"),
    term("cryptorchidism", "an undescended testicle: one that did not move down into the scrotum"),
    term(
        "single agent | single-agent",
        "given alone, not together with other cancer medicines",
        only_near=r"therap|treatment|chemo|inhibitor|\b(?-i:PD-L?1)\b|antibod|regimen|drug",
        # ("1-3 oral antidiabetic drugs ... as single agent or in combination", NCT05813925, downloads3: WRONG)
        not_near=r"diabet|glucos|glyc|insulin|metformin|glinide|gliflozin|gliptin|cotransporter|thiazolidinedione|"
        r"peptidase|sulphonylurea|sulfonylurea|\b(?-i:OADs?|T2D|HbA1c|SGLT-?2i?|DPP-?4i?|GLP-?1|TZD|SU)\b",
    ),
    term(
        "infiltration",
        "cancer cells that have spread into a tissue or organ",
        only_near=r"leuk|lymphom|tumou?r|cancer|malignan|blast|myeloma",
    ),
    term("third molars | third molar", "wisdom teeth"),
    term("pocket depth | probing depth | probing pocket depth", "how deep the gap between a tooth and the gum is"),
    term(
        "clinical attachment level | clinical attachment loss",
        "how far the gum has come away from the root of a tooth",
    ),
    term("hyposexuality", "little or no interest in sex"),
    term(
        "adalimumab | infliximab",
        "an antibody medicine that calms the immune system, used for diseases such as rheumatoid arthritis and Crohn's "
        "disease",
    ),
    term("vedolizumab", "an antibody medicine that calms swelling in the gut, used for Crohn's disease and colitis"),
    term("tofacitinib", "a pill that calms the immune system, used for rheumatoid arthritis and colitis"),
    term(
        "Siewert type 1 | Siewert type I",
        "a cancer near where the food pipe joins the stomach, centred 1 to 5 cm above that joint",
    ),
    term("lavage", "washing out a part of the body with fluid, to collect cells for testing"),
    term(
        "sentinel node | sentinel nodes | sentinel lymph node | sentinel lymph nodes",
        "the first lymph node a cancer drains to; it is checked to see if the cancer has spread",
    ),
    term(
        "asparaginase | ASNase", "a leukemia medicine that breaks down asparagine, a building block cancer cells need"
    ),
    term("ATP III | ATPIII | ATP-III", "Adult Treatment Panel III: US guidelines on cholesterol and heart risk"),
    term(
        "arytenoid cartilage | arytenoid cartilages",
        "small pieces of cartilage in the voice box that move the vocal cords",
    ),
    term("thyroid cartilage", "the largest piece of cartilage in the voice box (the Adam's apple)"),
    term("glottic", "of the glottis, the part of the voice box that holds the vocal cords"),
    term("transformed migraine", "migraine that has turned, over time, into headache on most days"),
    term(
        "rebound headache | rebound headaches",
        "headache caused by taking headache medicines too often",
    ),
    term("civamide", "a medicine made like capsaicin (from chili peppers), sprayed into the nose for cluster headache"),
    term("litigation | litigations", "a lawsuit or other legal case"),
    term("remuneration", "payment"),
    term(
        "white coat syndrome | white coat hypertension | white-coat hypertension",
        "blood pressure that is high at the doctor's office but normal elsewhere",
    ),
    # Samples 38 and 39 (UNREADABLE: terms the readers found unexplained).
    term("status migrainosus", "a migraine attack that lasts more than 3 days"),
    term("status asthmaticus", "a severe asthma attack that does not get better with the usual treatment"),
    term(
        "juridical protection | justicial protection",
        "a court order that puts someone else in charge of a person's decisions, such as a guardian",
    ),
    term("Binet stage | Binet Stage", "a stage of chronic lymphocytic leukemia (CLL), from A (early) to C (advanced)"),
    term("Rai stage", "a stage of chronic lymphocytic leukemia (CLL), from 0 (early) to IV (advanced)"),
    term("paradoxical bronchospasm", "airways that tighten just after using an inhaler that should open them"),
    term(
        "pack-years | pack-year | pack years | pack/year | pack/years | pack year",
        "how much someone has smoked: packs a day times the years smoked",
    ),
    term(
        "ionizing radiation | ionising radiation",
        "radiation such as X-rays and CT scans, which can harm cells in large doses",
    ),
    term("liquid biopsy", "a blood test that looks for tumor cells or tumor DNA in the blood"),
    term("endodontic", "to do with the inside of a tooth (the pulp and root canals)"),
    term("heavy chain disease", "a rare cancer of immune cells that make part of an antibody"),
    term(
        "non-tuberculous mycobacterial | nontuberculous mycobacterial",
        "caused by germs related to the one that causes tuberculosis, mostly lung infections",
    ),
    term("neuromuscular transmission", "how signals pass from nerves to muscles"),
    # Outside sample 1 (UNREADABLE: skin, laser and device terms the readers found unexplained).
    term(
        "retinoid | retinoids",
        "medicines made from vitamin A, such as isotretinoin or tretinoin, used for acne and other skin problems",
    ),
    term("isotretinoin", "a strong acne pill made from vitamin A (once sold as Accutane)"),
    term(
        "Fitzpatrick skin type | Fitzpatrick skin types | Fitzpatrick scale | Fitzpatrick skin phototype"
        " | Fitzpatrick skin phototypes | Fitzpatrick phototype | Fitzpatrick skin color | Fitzpatrick skin colour",
        "a scale of skin color and how it takes the sun, from I (very fair, always burns) to VI (dark brown or black,"
        " never burns)",
    ),
    term("Fitzpatrick Wrinkle Score | Fitzpatrick wrinkle score", "a doctor's rating of how deep the wrinkles are"),
    # Terms readers of earlier samples found unexplained (mined from their UNREADABLE reasons on 2026-12-06).
    term("melasma", "brown or gray-brown patches on the skin, most often on the face"),
    term("laceration | lacerations", "a cut or tear in the skin"),
    term("skin laxity | laxity", "loose, sagging skin", only_near=r"skin|abdom|sag|\bfat\b|tissue|face|neck|cellulite"),
    # "malignant freckle-like nevus" is a melanoma that has not spread: no mole note there.
    term("nevus | naevus", "a mole: a small dark spot on the skin", not_before=r"malignant[\w\s-]{0,20}$"),
    term("nevi | naevi", "moles: small dark spots on the skin"),
    term(
        "atypical nevus | dysplastic nevus",
        "a mole that looks unusual; it is watched because it can, rarely, turn into skin cancer",
    ),
    term(
        "atypical nevi | dysplastic nevi | atypical naevi",
        "moles that look unusual; they are watched because they can, rarely, turn into skin cancer",
    ),
    term(
        "carotenoid | carotenoids", "orange and yellow plant pigments, such as beta-carotene, also sold as supplements"
    ),
    term("photosensitive epilepsy", "seizures set off by flashing or flickering lights"),
    term(
        "photosensitive medication | photosensitive medications | photosensitive drugs | photosensitizing medications"
        " | photosensitizing drugs | photo sensitized medication | photo sensitized medications",
        "medicines that make the skin more sensitive to sunlight or other light",
    ),
    # "A photosensitive range in response to intermittent photic stimulation" in an epilepsy study (NCT00579384, hint6:
    # WRONG as the skin's)
    term(
        "photosensitivity | photosensitive",
        "the brain reacting to flashing light with seizures or unusual brain waves on an EEG",
        only_near=r"\b(?-i:EEG|IPS)\b|photic|epilep|seizure|photoparoxysmal|brain",
    ),
    term(
        "photosensitivity | photosensitive",
        "skin that reacts badly to sunlight or other light, with a rash, redness or burns",
    ),
    # "use of a photosensitizing treatment" (before light therapy): what a medicine does to the skin.
    term("photosensitizing | photosensitising", "making the skin more sensitive to sunlight or other light"),
    term("hypopigmentation | hypo-pigmentation", "lighter patches of skin"),
    term("microvascularity | micro vascularity", "the small blood vessels in a part of the body"),
    term(
        "hidradenitis | hidradenitis suppurativa",
        "a long-term skin disease with painful lumps under the skin, often in the armpits or groin",
    ),
    term("keloid | keloids", "a raised scar that grows bigger than the wound that caused it"),
    term(
        "contracture | contractures",
        "a tightening of skin, muscle or other tissue that keeps a body part from stretching or moving fully",
    ),
    term(
        "abdominal wall diastasis | diastasis recti | rectus diastasis",
        "a gap between the two sides of the belly muscles",
    ),
    term(
        "plexiform neurofibroma | plexiform neurofibromas",
        "a large growth along several nerves, often deep in the body; not cancer",
    ),
    term(
        "neurofibroma | neurofibromas",
        "a soft growth on or under the skin that forms along a nerve; not cancer",
    ),
    term("extragenital", "not on the genitals"),
    term("striae", "stretch marks"),
    term("erythematous", "red"),
    term("photodermatosis | photodermatoses", "a skin disease set off or made worse by sunlight"),
    term("vasculitic", "caused by swelling of the blood vessels (vasculitis)"),
    term(
        "pigmentary disorder | pigmentary disorders | pigmentation disorder | pigmentation disorders",
        "a condition that changes the color of the skin, with darker or lighter patches",
    ),
    term("sebum", "the natural oil the skin makes"),
    term(
        "Q-switched laser | Q-Switched laser | Q-switched lasers | Q-Switched lasers",
        "a laser that fires very short, strong pulses, used to remove tattoos and dark spots",
    ),
    term("chemoprevention", "medicine taken to lower the chance of getting cancer"),
    term("acne vulgaris", "common acne"),
    term("nodular acne | nodulocystic acne", "severe acne with large, painful lumps under the skin"),
    term("atrophic scar | atrophic scars", "scars that sink below the skin, such as acne pits"),
    term("atrophic", "thinned or shrunken"),
    # Outside samples 1 to 3 (UNREADABLE in six laser studies; the "lesion" note gave a tumor or a wound).
    term(
        "benign pigmented lesions | benign pigmented lesion | pigmented lesions | pigmented lesion",
        "dark spots on the skin, such as sun spots or age spots",
    ),
    term(
        "duration of resolution as per the Investigator's discretion"
        " | duration of resolution as per the Principal Investigator's discretion",
        "the study doctor decides how long after it has healed you must wait",
    ),
    # Sample 41 (UNREADABLE where these were left unexplained):
    term("thromboembolectomy", "surgery to take out a blood clot from a blood vessel"),
    term("vena cava filter | vena cava filters", "a small device put in the body's largest vein to catch blood clots"),
    term("Marevan", "a brand of warfarin, a blood thinner taken as a pill"),
    term("ictal", "during a headache attack or seizure"),
    term("calipers | caliper", "a tool for measuring size, such as of a lump"),
    term("spiral CT | spiral CT scan", "a fast CT scan, a body scan that uses X-rays"),
    term("rebiopsy | re-biopsy", "a second biopsy: taking a new sample of tissue to test"),
    term(
        "matched alteration | matched alterations",
        "a gene change in the tumor that a specific medicine or trial is aimed at",
    ),
    term("natural history", "how a disease develops and changes over time when left untreated"),
    term("cardiotoxic | cardiotoxicity", "harmful to the heart"),
    term("compulsorily detained", "held in a hospital by law, such as for mental health treatment, without agreeing"),
    term(
        "open angle glaucoma | open-angle glaucoma",
        "the most common kind of glaucoma, an eye disease that damages the optic nerve, often from high eye pressure",
    ),
    # "Open angle, pseudoexfoliative or pigmentary glaucoma" (NCT05885022): the kinds listed before their noun
    term(
        "open angle | open-angle",
        "open-angle glaucoma: the most common kind of glaucoma, an eye disease that damages the optic nerve",
        only_after=r"^[\w\s,-]{0,34}\bglauc",  # 40 characters are read after a term
    ),
    term(
        "angle closure glaucoma | angle-closure glaucoma | closed angle glaucoma",
        "glaucoma in which fluid cannot drain from the eye because the drain is blocked",
    ),
    term(
        "pseudoexfoliative glaucoma | pseudoexfoliation glaucoma | pseudoexfoliative",
        "glaucoma caused by flaky material building up in the eye",
    ),
    term("pigmentary glaucoma", "glaucoma caused by colored flakes from the iris blocking the eye's drain"),
    term("neovascular glaucoma", "glaucoma caused by new, abnormal blood vessels growing in the eye"),
    term("secondary glaucoma | secondary glaucomas", "glaucoma caused by another eye disease, an injury or a medicine"),
    term("visual field", "how much you can see around you, to the sides, while looking straight ahead"),
    term(
        "mean deviation",
        "a score of how much of the visual field is lost: the more negative, the worse",
        only_near=r"visual field|\bdB\b|perimetr",
    ),
    term("conjunctiva", "the thin clear layer over the white of the eye and inside the eyelids"),
    term(
        "Shaffer grade | Shaffer angle grade | Shaffer",
        "a grade of how open the eye's drainage angle is (0 closed, 4 wide open)",
    ),
    term("trabeculoplasty", "a laser treatment that helps fluid drain from the eye to lower eye pressure"),
    term("phacoemulsification", "cataract surgery: the cloudy lens is broken up with ultrasound and removed"),
    term("target quadrant", "the quarter of the eye where the surgery will be done"),
    term(
        "brittle or labile | brittle | labile",
        "swinging widely and hard to keep steady",
        only_after=r"^(?:\s+or\s+\w+)?\s+(?:glyc|diabet|blood sugar)",
    ),
    term(
        "solid cancer | solid cancers | solid tumour cancer",
        "a cancer that forms a lump, such as in the breast, not a blood cancer",
    ),
    # Sample 44 (UNREADABLE where these were left unexplained):
    term(
        "fast-acting β2 agonist | fast-acting beta2 agonist | fast-acting β2-agonist | short-acting β2 agonist | SABA",
        "a quick-relief inhaler medicine that opens the airways, such as salbutamol or formoterol",
    ),
    term("polycyclic aromatic hydrocarbons", "harmful chemicals from burning coal, oil, wood or tobacco"),
    term(
        "silica",
        "a mineral dust from stone, sand or concrete work that can harm the lungs",
        only_near=r"occupational|exposure|asbestos|dust",
    ),
    term("PPAR-γ agonist | PPAR-gamma agonist | PPARγ agonist", "a kind of diabetes medicine, such as pioglitazone"),
    term("thiazolidinedione | thiazolidinediones", "a kind of diabetes medicine, such as pioglitazone"),
    term("micturition", "peeing"),
    term("NIH-CPSI", "a questionnaire that scores the symptoms of chronic prostatitis (pelvic pain)"),
    term(
        "α-receptor blockers | α-receptor blocker | alpha-receptor blockers",
        "alpha-blockers: medicines that relax the prostate and blood vessels, such as tamsulosin",
    ),
    term("bladder neck incision", "surgery that cuts the muscle where the bladder meets the urethra, to ease peeing"),
    term("balloon dilatation | balloon dilation", "widening a narrow tube in the body with a small balloon"),
    term("ADME", "how the body takes in, spreads, breaks down and gets rid of a medicine"),
    term(
        "dysautonomia",
        "a problem with the nerves that control automatic body functions, such as heart rate and blood pressure",
    ),
    term("conception", "getting pregnant", only_near=r"prevent|contracep|pregnan|birth control|childbearing"),
    term("sphincteric | sphincter function | sphincter functions", "to do with control of the bladder and bowels"),
    term("sacroiliitis", "swelling of the joints where the spine meets the pelvis"),
    term(
        "immunocheckpoint | immuno-checkpoint",
        "immune checkpoint: a brake on the immune system; some cancer medicines block it",
    ),
    term("technically operable", "the cancer can be removed by surgery"),
    term(
        "multidisciplinary discussion | multidisciplinary team | multidisciplinary tumor board",
        "a meeting of doctors from different specialties to decide on treatment",
    ),
    term("isoenzyme | isoenzymes", "one form of an enzyme"),
    term(
        "fundus examination | fundus photography | fundus",
        "the back of the inside of the eye, looked at through the pupil",
        only_near=r"eye|retin|ophthalm|photograph|dilat|examination|camera",
    ),
    term(
        "therapy line | therapy lines",
        "a round of treatment; each new treatment after the last one stopped working is a new line",
    ),
    term("qualifying trial", "an earlier study that this one follows on from"),
    # Sample 43 (UNREADABLE where these were left unexplained):
    term(
        "secondary headache | secondary headaches",
        "a headache caused by another problem, such as an injury, infection or tumor",
    ),
    term("axial low back pain | axial back pain | axial pain", "pain in the back only, not spreading down the leg"),
    term("lumbar stabilization", "surgery that fixes bones of the lower back together to stop them moving"),
    # No examples: an implant works through the whole body, which "non-systemic ... with low user-dependency" rules
    # out (NCT06326047, sample 44: WRONG with "such as an IUD or implant").
    term(
        "low user-dependency | low user dependency", "birth control that works without you having to remember to use it"
    ),
    term("cystatin C", "a blood test of how well the kidneys work"),
    term("transforaminal", "through the opening where a nerve leaves the spine"),
    term("ozone injection | ozone injections", "an injection of ozone gas, used by some doctors for back pain"),
    term(
        "glucose-6-phosphate dehydrogenase deficiency | G6PD deficiency | G6PD",
        "an inherited condition in which red blood cells can break down after some medicines, foods or infections",
    ),
    term(
        "band ligation | banding",
        "tying off swollen veins in the food pipe with tiny rubber bands",
        only_near=r"varice|endoscop|esophag|oesophag|bleed",
    ),
    term(
        "preservative",
        "a condom (the study's word, from German)",
        only_near=r"contracep|diaphragm|double-barrier|double barrier|intrauterine|\bpill\b",
    ),
    term(
        "protusion",
        "a spinal disc that bulges out",
        only_near=r"disc|disk|spine|spinal|cervical|lumbar|MRI|\b(?-i:CT)\b",
    ),
    term(
        "centralization phenomenon | centralization",
        "back or neck pain that moves from the arm or leg toward the spine during exercises, a good sign",
    ),
    term("T2-weighted | T2 weighted", "one kind of MRI picture, in which fluid looks bright"),
    term("high intensity zone | high-intensity zone", "a bright spot on an MRI of a disc, a sign of a small tear"),
    term("signal intensity", "how bright a part looks on an MRI"),
    term("gait", "the way you walk"),
    term("postural stability", "how well you keep your balance"),
    term(
        "Child's Grade | Child´s Grade | Child grade",
        "Child-Pugh class: a score of how well the liver works in liver disease; A is mildest, C most severe",
    ),
    # Sample 42 (UNREADABLE where these were left unexplained):
    term(
        "potassium channel opener | potassium channel openers",
        "a heart medicine that widens blood vessels, such as nicorandil",
    ),
    term(
        "α1-blocker | α1-blockers | alpha1-blocker | alpha1-blockers",
        "an alpha-blocker: a medicine that relaxes blood vessels and the prostate, used for blood pressure or peeing problems",
    ),
    # ("schistosoma surface antigen", NCT02371408, hint6: WRONG as a virus's): a parasite's
    term(
        "surface antigen",
        "a protein on the outside of a germ that a blood test looks for",
        only_near=r"schistosom|parasit|worm|malaria|plasmod",
    ),
    term("surface antigen", "a protein on the outside of a virus that a blood test looks for"),
    term("platinum drugs | platinum drug", "chemotherapy medicines such as cisplatin or carboplatin"),
    term(
        "12-lead ECG | 12-lead electrocardiogram | 12 lead ECG",
        "a standard heart tracing taken with 12 leads (sticky pads)",
    ),
    term("visceral", "in the organs inside the body, such as the liver or lungs"),
    term("dermal toxicity", "side effects on the skin"),
    term(
        "3rd-generation | third-generation | 3rd generation | third generation",
        "the newest kind of this medicine, such as osimertinib for EGFR",
        only_after=r"^\s*(?:EGFR|TKI|tyrosine)",
    ),
    term("t1/2", "half-life: the time it takes for half of a medicine to leave the body"),
    term(
        "WHO 3 | WHO step 3 | WHO level 3",
        "strong opioids, step 3 of the World Health Organization's pain ladder",
        only_near=r"opioid|analges|pain",
    ),
    term(
        "infiltration | infiltrations",
        "an injection, here of a medicine near a nerve",
        only_near=r"suboccipital|occipital|nerve|headache|\b(?-i:CH|CCH)\b",
    ),
    term(
        "straight leg raise | straight leg raising | SLR test",
        "a test for a pinched nerve in the back: the doctor lifts your straight leg until it hurts",
    ),
    term("nucleotomy", "a procedure to take out part of the soft center of a spinal disc"),
    term("intradiscal", "into a spinal disc"),
    term("voiding dysfunction", "trouble emptying the bladder"),
    term("protective sensation", "enough feeling in the skin to notice pain or injury"),
    term("phallus", "the penis, here one made by surgery"),
    term(
        "Semmes-Weinstein monofilament | Semmes-Weinstein monofilament testing | monofilament testing",
        "a touch test with a thin nylon thread to check feeling in the skin",
    ),
    term(
        "cisgender | cis-gender | cis-gendered | cisgendered",
        "a person whose gender matches the sex they were assigned at birth",
    ),
    term("metoidioplasty", "surgery that makes a small penis from a clitoris enlarged by testosterone"),
    term("epithesis", "an external, removable prosthesis, here a penis worn outside the body"),
    term("coronaplasty", "surgery that shapes the head (glans) of a penis made by surgery"),
    term("coronal ridge", "the rim around the head of the penis"),
    term(
        "immune complex disease | immune complex diseases",
        "a disease in which clumps of antibodies and proteins cause swelling and damage",
    ),
    # NCT01949129 (LOSSY as "a second, separate cancer"): it is also a cancer that earlier treatment caused.
    term(
        "secondary malignancy | secondary malignancies",
        "a second cancer, often one caused by earlier cancer treatment",
        # "primary or secondary malignancies involving the face" (NCT03944876): cancer spread there
        not_before=r"primary\s+or\s+$",
    ),
    # Sample 45 (2026-12-06): terms readers found unexplained.
    term("skeletal maturation | skeletal maturity", "when the bones have finished growing"),
    term(
        "spondyloarthropathy | spondyloarthropathies | spondyloarthritis",
        "a kind of arthritis that causes swelling in the joints of the spine",
    ),
    term("coronal deformity", "a sideways curve of the spine (as in scoliosis)"),
    term(
        "primarily organic cause | organic cause",
        "a physical cause (a disease or damage in the body), not stress or worry",
    ),
    term(
        "peak-systolic velocity | peak-systolic velocities | peak systolic velocity | peak systolic velocities",
        "the fastest speed of blood flowing into the penis, measured by ultrasound",
        study_about=_SEX,
    ),
    term(
        "tele-diastolic velocity | end-diastolic velocity | end diastolic velocity | DTV | EDV",
        "the speed of blood still flowing into the penis between heartbeats, measured by ultrasound; a high value "
        "suggests blood leaking out through the veins",
        study_about=_SEX,
    ),
    term(
        "resistance index",
        "a number from an ultrasound that shows how much the blood vessels resist blood flow",
    ),
    term("deep system", "the deep veins of the penis", only_after=r"^\s+(?:(?-i:VOD)\b|veno)", study_about=_SEX),
    term("HTN", "hypertension: high blood pressure"),
    term(
        "ASI | ASIs",
        "aldosterone synthase inhibitor: a kind of blood pressure medicine",
        only_near=r"\b(?-i:SGLT2)\b|aldosterone|synthase|baxdrostat|lorundrostat|blood pressure|hypertension",
    ),
    term("visual acuity | acuity", "how sharply you can see, as on an eye chart"),
    term("myopia", "nearsightedness: far things look blurry"),
    term("presbyopia | presbiopia", "the age-related loss of close-up focus, which makes reading glasses needed"),
    term("arua", "aura (a misspelling): warning signs before a migraine, such as flashing lights"),
    # "stoke history" (NCT04814381, sample 31: LOSSY, the stroke it means not shown), "Convulsion or stoke".
    term(
        "stoke",
        "stroke (a misspelling): when blood flow to part of the brain is blocked, or a blood vessel in it bursts",
    ),
    term("venipuncture | venepuncture", "having blood taken from a vein with a needle"),
    term("allergic constitution", "a tendency to have allergies"),
    term("blood routine", "a routine blood count test"),
    term("urine routine", "a routine urine test"),
    term(
        "tetrahydrocannabinol | tetrahydrocannabinol acid | THC",
        "the main active substance in cannabis (marijuana)",
    ),
    term("dimethylbisoxyamphetamine", "an amphetamine-type street drug"),
    term(
        "clinically significant | clinically relevant | clinically important",
        "important enough that a doctor would want to act on it",
        # ("to increase accrual of a clinically relevant sample", NCT02066792, hint6-1: WRONG): a group of patients
        # like those seen in clinics
        not_after=r"^\s+(?:sample|population|group|cohort)s?\b",
    ),
    term("vital signs", "basic body measurements: pulse, blood pressure, temperature and breathing rate"),
    term("single-level | single level", "at one place in the spine (one disc)", only_near=_DISC_WORDS),
    term("microsurgery | microsurgical", "surgery done through a small cut, using a microscope"),
    # "Contra indications for MRA" (NCT02273232, trialgpt reading: WRONG, the reverse): glossary.py's contraindication.
    term(
        "indications for | indication for",
        "a medical reason to have it (a treatment or test)",
        not_before=r"\bcontra[\s-]*$",
    ),
    # "... injection of BTX-A/B into any body region for any indication" (NCT05196308, sample 40: UNREADABLE).
    # Any use, not only a medical one: "Botox ... for any indication" counts a cosmetic injection too (re-read of
    # sample 40: WRONG as "for any medical reason").
    # (not "medical or not": "Previous medical cannabis use for any indication", NCT06731894, exports8: WRONG, widened to
    # recreational use)
    term("for any indication | for any other indication", "for any reason or purpose"),
    term("for other indications | for another indication", "for other uses"),
    # Terms readers of samples 6 to 46 found unexplained on two or more UNREADABLE rows.
    term("central nervous system", "the brain and spinal cord"),
    term("degenerative", "slowly getting worse as the tissue wears down"),
    term(
        "vascular",
        "to do with the blood vessels",
        not_after=r"^\W*(?:anterior\s+)?ischa?emic|^\W*\(?(?-i:NAION)\b|^\W*endothelial",  # a misspelt NAION; VEGF
    ),
    term(
        "parathyroidectomy",
        "surgery to remove one or more parathyroid glands, small glands in the neck that control calcium",
    ),
    term(
        "balloon compression",
        "pressing on a nerve of the face with a tiny balloon, to treat facial or head pain",
        only_near=r"nerve|neuralg|ablation|gamma knife|denervation|headache|trigeminal|ganglion",
    ),
    term("chemical denervation", "blocking or destroying a nerve with an injected chemical"),
    # The cluster headache's pain, "unilateral orbital, supraorbital and/or temporal pain" (ICHD-3).
    term("orbital", "in or around the eye socket", only_near=r"supraorbital|temporal"),
    term("temporal", "at the side of the head, by the temple", only_near=r"orbital"),
    term("as tolerated", "as much as you comfortably can"),
    # "MAD participants only: Mild to moderate erectile dysfunction" (NCT06324006, sample 45): the study's parts.
    # Sample 46 (2026-12-06): terms readers found unexplained.
    # "Transgender status (Individuals who have undergone or are undergoing hormone replacement therapy ...)"
    # (NCT06273592, sample 49: WRONG with the sense below, my own note of sample 46's fixes): gender-affirming hormones.
    term(
        "hormone replacement therapy | hormone therapy",
        "hormones taken so that the body matches a person's gender",
        only_near=r"transgender|gender|transition",
    ),
    # "Current hormone replacement therapy, selective estrogen receptor modulator therapy, or aromatase inhibitor
    # therapy" (NCT06218303, exports2: WRONG as any missing hormone, thyroid pills among them): menopause's hormones.
    term(
        "hormone replacement therapy",
        "hormones, such as estrogen, taken to ease the symptoms of menopause",
        only_near=r"estrogen|oestrogen|menopaus|aromatase|\b(?-i:SERM|HRT)\b|receptor modulator|breast",
    ),
    # "Patient has been on hormone replacement therapy for less than 12 weeks" in a study of women's incontinence
    # (NCT00768521, hint3-1: WRONG as any missing hormone)
    term(
        "hormone replacement therapy",
        "hormones, such as estrogen, taken to ease the symptoms of menopause",
        study_about=r"incontinen|overactive bladder|\bvagin|menopaus|\bwomen\b|female|osteoporo",
    ),
    # "Chronic renal failure with chronic renal replacement therapy" (NCT00557219, trialgpt reading: WRONG with the
    # hormone note): dialysis.
    term(
        "renal replacement therapy | kidney replacement therapy",
        "dialysis or a kidney transplant, which do the work of kidneys that have failed",
    ),
    term(
        "replacement therapy | hormone replacement therapy",
        "medicine that replaces a hormone or other substance the body does not make enough of",
    ),
    term("teratozoospermia", "many sperm with an abnormal shape"),
    term("asthenozoospermia", "sperm that do not swim well"),
    term("oligozoospermia | oligospermia", "a low sperm count"),
    term("sperm motility", "how well sperm swim"),
    term("liquefaction time", "how long semen takes to turn from a gel into a liquid"),
    term("ligation", "tying off a tube or blood vessel in surgery"),
    term("B-ultrasound | B ultrasound | B-mode ultrasound", "an ordinary ultrasound scan"),
    term("protrusion", "a bulge of a spinal disc", only_near=_DISC_WORDS),
    term(
        "deep brain stimulation",
        "wires placed in the brain that send mild electric pulses, from a device under the skin",
    ),
    term("ventral tegmental area", "a small area deep in the brain"),
    term("mesencephalon", "the midbrain, the top part of the brainstem"),
    term(
        "periampullary", "around the ampulla, where the bile duct and the pancreas' duct open into the small intestine"
    ),
    term("gastric outlet obstruction", "a blockage where the stomach empties into the small intestine"),
    term("MGOO", "malignant gastric outlet obstruction: a cancer blocking the way out of the stomach"),
    term("peno-scrotal | penoscrotal", "where the penis meets the scrotum"),
    term("hypospadius", "hypospadias (a misspelling): the opening of the penis is on its underside instead of the tip"),
    term("QST", "quantitative sensory testing: tests of how you feel touch, heat, cold and pain"),
    term("hemostasis | haemostasis", "stopping bleeding"),
    # "included in a biomedical research other than observational (e.g.; cohort, registry)" (NCT02390596, trialgpt
    # reading: WRONG as a group in this study): a kind of study.
    term(
        "cohort | cohorts",
        "here, a study that follows a group of people over time without giving them a treatment",
        only_near=r"observational|registr(?:y|ies)|(?:biomedical|other) research|cohort stud",
    ),
    term("cohort | cohorts", "a group of people in the study who are treated or studied together"),
    term(
        "observational study | observational research | observational",
        "a study that only watches and records what happens, without giving a treatment",
        only_near=r"stud(?:y|ies)|research|trial|registr|cohort",
    ),
    term("registry | registries", "a list that collects health information about many people, for research"),
    # "Rutherford stage 2 and Fontaine stage 2a symptoms" (NCT02273232, trialgpt reading): scales of poor blood flow to
    # the legs, not a cancer's stage.
    term(
        "Rutherford stage | Rutherford category | Rutherford class | Rutherford",
        "a 0 to 6 scale of how much poor blood flow harms the legs: 1 to 3 is pain when walking, higher is worse",
        only_after=r"^\s*(?:stage|category|class|grade)?\s*[0-6]",
    ),
    term(
        "Fontaine stage | Fontaine class | Fontaine",
        "a 1 to 4 scale of how much poor blood flow harms the legs: 2 is pain when walking (2a: after over 200 meters)",
        only_after=r"^\s*(?:stage|class)?\s*(?:[1-4]|I{1,3}|IV)",
    ),
    # "a dysfunctional penile prosthesis (reservoir, pump, or cylinders anomaly)" (NCT06376513, sample 47: WRONG as a body
    # part formed unusually): a fault in a device.
    # "Brain anomalies detected on MRI" (NCT06206772, sample 48: WRONG as only a birth defect): anything not normal there.
    term(
        "congenital anomalies | congenital anomaly",
        "something unusual in how a part of the body formed before birth",
    ),
    term(
        "anomalies | anomaly",
        "something that is not normal",
        not_near=r"prosthe|device|implant|\bpump|reservoir|cylinder",
    ),
    term("low residue diet | low-residue diet", "a diet low in fiber"),
    term("GCSI", "Gastroparesis Cardinal Symptom Index: a questionnaire score of stomach-emptying symptoms"),
    term("liver function tests", "blood tests that show how well the liver works"),
    # Sample 47 (2026-12-06): terms readers found unexplained.
    term(
        "adjunctive | adjunctive treatment | adjunctive therapy",
        "extra treatment given along with or after the main one",
    ),
    term(
        "primary headache | primary headaches | primary headache disorder | primary headache disorders",
        "a headache that is an illness in itself, such as migraine or cluster headache, not caused by another problem",
    ),
    term(
        "primary and/or secondary headache | primary and/or secondary headaches | primary or secondary headache | "
        "primary and secondary headache",
        "primary: a headache illness in itself, like migraine; secondary: caused by another problem, like an injury",
    ),
    term("manual dexterity", "skill and control in using your hands"),
    term("status-post | status post", "after (a surgery or treatment)"),
    # Not in a misspelt NAION ("nonvascular anterior ischemic optic neuropathy", NCT06090123, sample 52: WRONG): the
    # non-arteritic one is a loss of blood flow to the nerve, so the note would spare the very men the rule is about.
    term(
        "non-vascular | nonvascular",
        "not caused by a problem with the blood vessels",
        not_after=r"^\W*(?:anterior\s+)?ischa?emic|^\W*\(?(?-i:NAION)\b",
    ),
    term("pulsed electromagnetic field", "a treatment with magnetic pulses sent into the body by a device"),
    term("anti-mitotic | antimitotic", "medicines that stop cells from dividing, such as some cancer drugs"),
    term("steatosis", "fat build-up in the liver"),
    term(
        "LSM",
        "liver stiffness measurement: a scan that shows how stiff (scarred) the liver is",
        only_near=r"\b(?-i:kPa)\b|liver|fibro|stiff|elastograph",
    ),
    term("kPa", "kilopascals: a unit of pressure, or of stiffness in a liver scan"),
    term("cholestatic", "caused by bile not flowing out of the liver as it should"),
    term("fundal", "in the top part of the stomach"),
    term("primary prophylaxis", "treatment to prevent a first bleed (or a first episode)"),
    term("secondary prophylaxis", "treatment to prevent it happening again after a first bleed (or episode)"),
    term(
        "legal protective measures | legal protection",
        "a court-appointed guardian or similar legal protection for adults",
    ),
    term("second primary", "a new, separate cancer, not a spread of the first"),
    term("driving gene mutations | driver gene mutations", "gene changes that make a cancer grow"),
    term("neuropathological", "caused by a disease of the nerves"),
    term("internal pudendal artery", "the artery that brings blood to the penis"),
    term("investigational device exemption | IDE", "the permission the U.S. FDA gives to test a device in people"),
    term("squamous cell", "a flat kind of cell; some cancers start in these cells"),
    # Sample 49 (2026-12-06): terms readers found unexplained.
    term("prn | p.r.n.", "as needed", only_near=r"medic|\b(?-i:MDIs?)\b|inhaler|use|dose|taken|taking"),
    term("non-inflammatory", "not caused by inflammation (the body's swelling reaction)"),
    # "prothrombin time/ partial thromboplastin time/international randomized ratio (PT/PTT/INR)" (NCT02945462, sample
    # 49: WRONG with the randomization note): the registry's misspelling of the clotting test.
    term("international randomized ratio", "INR (misspelled): a blood test of how long your blood takes to clot"),
    term(
        "primary hyperlipidemia", "high blood fats that run in the family, not caused by another disease or a medicine"
    ),
    term(
        "bladder neck contracture", "scar tissue that narrows the outlet of the bladder, often after prostate surgery"
    ),
    term("antegrade ejaculation", "normal ejaculation: semen comes out of the penis"),
    term("ISUP grade | ISUP grade group", "a grade of how aggressive a prostate cancer looks (1 is the least)"),
    term("Clavien-Dindo", "a scale of how serious a complication after surgery was (higher is worse)"),
    term("elective surgery | elective operation | elective procedure", "planned surgery, not an emergency"),
    term(
        "lumbarmicrodiscectomy | lumbar microdiscectomy",
        "surgery through a small cut to remove part of a disc in the lower back",
    ),
    # "ever required intubation for a severe asthma attack" (NCT02554786, hint5: WRONG, "during anesthesia")
    term(
        "endotracheal intubation | intubation",
        "putting a breathing tube into the windpipe",
        only_near=r"asthma|attack|exacerbation|\b(?-i:ICU|COPD)\b|intensive care|emergenc|respiratory failure|ventilat",
    ),
    term("endotracheal intubation | intubation", "putting a breathing tube into the windpipe, during anesthesia"),
    term("radiculopathies", "pain, numbness or weakness from pinched nerve roots in the spine"),
    term(
        "transcranial magnetic stimulation | TMS",
        "a treatment that sends magnetic pulses into the brain from a coil held on the head",
        only_near=r"magnetic|stimulat|brain|head|transcranial",
    ),
    term("vulvodynia", "long-lasting pain around the opening of the vagina"),
    term(
        "REM-sleep behavior disorder | REM sleep behavior disorder | REM sleep behaviour disorder",
        "acting out dreams during sleep",
    ),
    term(
        "TDH",
        "thoracic disc herniation: a disc in the upper back that bulges out",
        only_near=r"thoracic|disc|disk|herniat|spin",
    ),
    # Sample 48 (2026-12-06): terms readers found unexplained.
    term("rheumatoid panel", "blood tests for signs of inflammation, such as those of rheumatoid arthritis"),
    term(
        "anti-streptolysin O | antistreptolysin O | ASO",
        "a blood test for a recent strep throat infection",
        only_near=r"strept|\b(?-i:CRP)\b|rheumat|\bU/?(?:mL)?\b|anti-",
    ),
    term("pedal", "of the foot", only_near=r"ulcer|pulse|edema|oedema|\bfoot|\bfeet"),
    term(
        "Charcot neuroarthropathy | Charcot foot | Charcot neuro-arthropathy",
        "damage to the bones and joints of the foot from nerve damage, often in diabetes",
    ),
    term("dental caries", "tooth decay"),
    term(
        "antiresorptive | antiresorptive agents | antiresorptive therapy",
        "bone medicines that slow bone loss, such as alendronate or denosumab",
    ),
    term("negative consent", "not agreeing to take part"),
    term("neuroactive", "acting on the brain or nerves"),
    term("PCDU", "penile color Doppler ultrasound: an ultrasound of blood flow in the penis"),
    term("penile duplex | penile duplex ultrasound | penile Doppler", "an ultrasound of blood flow in the penis"),
    term("lentinan", "a medicine made from shiitake mushrooms, used in some countries beside cancer treatment"),
    term(
        "age and sex-matched | age- and sex-matched",
        "of about the same age and the same sex as the patients in the study",
    ),
    term(
        "T-cell coregulatory proteins | T-cell co-stimulatory or co-inhibitory",
        "proteins on immune cells that immunotherapy drugs act on",
    ),
    term("thrombopoietin", "a medicine that raises the platelet count"),
    term("tertiary hospitals | tertiary hospital", "large specialist hospitals"),
    term(
        "sporadic hemiplegic migraine", "migraine with weakness of one side of the body that does not run in the family"
    ),
    term("sporadic", "happening only now and then", not_near=r"familial|inherit|hereditar|genetic|hemiplegic"),
    term("thoracentesis", "draining fluid from around the lungs with a needle"),
    # "subfoveal exudative AMD" (NCT01603043, hint3-1: WRONG as fluid from infection or cancer): the wet form.
    term(
        "exudative",
        "leaking fluid or blood from abnormal blood vessels under the retina (the wet form of the disease)",
        only_near=r"macula|\b(?-i:AMD|ARMD|CNV)\b|retin|choroid|neovascular|fove",
    ),
    term("exudative", "fluid that leaked out because of swelling, infection or cancer"),
    term("postmenarchal | post-menarchal", "has had her first period"),
    term("Müllerian agenesis | Mullerian agenesis", "being born without a womb (uterus)"),
    term("oocyte cryopreservation", "freezing eggs to use later"),
    term("biorepository | biobank", "a store of blood and tissue samples kept for research"),
    term(
        "correlative study | correlative studies | correlative science",
        "lab research on samples taken during the study",
    ),
    term(
        "SAD",
        "single ascending dose: a part of the study where each person gets one dose, higher in each new group",
        only_near=r"\b(?-i:MAD)\b|ascending|\bdos(?:e|es|ing)\b|\bpart\b|participants only|cohort",
    ),
    term(
        "MAD",
        "multiple ascending dose: a part of the study where each person gets repeated doses, higher in each new group",
        only_near=r"\b(?-i:SAD)\b|ascending|\bdos(?:e|es|ing)\b|\bpart\b|participants only|cohort",
    ),
    # Found unexplained in samples 50 to 52 (2026-12-06).
    term(
        "screening",
        "the first visits, when tests check whether you can join",
        only_before=r"\b(?:at|during|before|prior to|of|since|from|after|by|within|until|the)\s+(?:the\s+)?$",
        not_after=r"^\s*(?:colonoscop|mammogra|program|test\s+for\s+cancer|for\s+(?:cancer|colorectal|breast|cervical))",
    ),
    term("serum", "the liquid part of the blood, used for blood tests", not_after=r"^\s*sickness"),
    # "Known hypersensitivity to human serum albumin, sucrose, or the active substance BTX-A" (NCT05196308, review of
    # stale rows: "serum" explained as the blood-test sense): an ingredient of the medicine.
    term("human serum albumin", "a protein taken from donated human blood, used as an ingredient of some medicines"),
    term("reference range | reference ranges", "the range of results that is normal for a lab test"),
    term(
        "polysomnography | polysomnogram | polysomnograms",
        "an overnight sleep test that records breathing, brain waves, heart and movement",
    ),
    term(
        "polygraphy",
        "an overnight test of breathing during sleep",
        only_near=r"sleep|apn(?:o)?ea|nocturnal|airway|respirat",
    ),
    term("myalgia | myalgias", "muscle pain"),
    term("diplopia", "double vision"),
    term("penectomy", "surgery to remove all or part of the penis"),
    term("antiparkinsonian | anti-parkinsonian", "medicines for Parkinson's disease"),
    term("coarctation", "a narrowing of the aorta, the body's main artery"),
    term(
        "pheochromocytoma | phaeochromocytoma",
        "a rare tumor of the adrenal gland that makes hormones that raise blood pressure",
    ),
    term(
        "secondary hypertension | secondary causes of hypertension | secondary cause of hypertension",
        "high blood pressure caused by another illness or a medicine",
    ),
    term(
        "painful ophthalmoplegic neuropathy | ophthalmoplegic neuropathy",
        "bouts of headache with weakness of the nerves that move the eye",
    ),
    term("acanthosis nigricans | acanthosis", "dark, thick, velvety patches of skin, often in skin folds"),
    term("basal insulin", "insulin that works slowly over the whole day and night"),
    term("premix insulin | premixed insulin", "insulin that mixes a fast-acting and a slow-acting kind in one shot"),
    term(
        "basal bolus | basal-bolus",
        "an insulin plan with slow-acting insulin once or twice a day and fast-acting insulin at meals",
    ),
    term(
        "hemoglobin variants | haemoglobin variants",
        "inherited differences in hemoglobin, the protein in red blood cells; some upset the HbA1c test",
    ),
    term("gepant | gepants", "migraine medicines that block CGRP, such as rimegepant and ubrogepant"),
    term("hypnic headache", "a headache that wakes a person from sleep, mostly in older people"),
    term(
        "cranial autonomic symptoms | cranial autonomic features",
        "signs on the same side of the head as the pain: a red or teary eye, a runny or blocked nose, a drooping eyelid",
    ),
    term(
        "implantable pulse generator | pulse generator",
        "a small device put under the skin that sends electrical pulses to the heart or to nerves",
    ),
    term("puncture site", "the place where a needle goes into the body"),
    term("chemistry panel", "a set of blood tests of salts, sugar and how the liver and kidneys work"),
    term("hepatic panel | hepatic panels", "a set of blood tests of how well the liver works"),
    term("renal panel | renal panels", "a set of blood tests of how well the kidneys work"),
    term("mid-stream urine | midstream urine", "urine caught in the middle of peeing, for a clean sample"),
    term("tarloxotinib", "a lung cancer medicine being tested, aimed at EGFR and HER2 changes"),
    term(
        "vascular ED | vasculogenic ED | vascular erectile dysfunction | vasculogenic erectile dysfunction",
        "trouble getting or keeping an erection because of poor blood flow to the penis",
    ),
    # "... mmHg at Screening" then "... at Baseline" (NCT06344104, sample 50): a time, not only a measure near "visit".
    term(
        "baseline",
        "the start of the study, when first measurements are taken",
        only_before=r"\b(?:at|before|prior\s+to|from|since|until|after|of)\s+(?:the\s+)?$",
    ),
    term("non-superficial", "deeper than the surface or the skin"),
    term(
        "intolerance | intolerant",
        "side effects too bad to keep taking a medicine",
        only_near=r"medic|drug|therap|treatment|chemo|\bdoses?\b|\b(?-i:TKI)|inhibitor|metformin|statin",
        not_before=r"(?:lactose|gluten|glucose|fructose|exercise|heat|cold|food)\s*$",
    ),
    term("subclinical | sub-clinical", "present, but too mild to cause signs or symptoms"),
    term(
        "dose expansion | dose-expansion",
        "a later part of the study in which more people get the dose chosen in the first part",
    ),
    term("post-traumatic onset", "starting after an injury, such as a blow to the head"),
    # Unexplained in the review's UNREADABLE rows of 2026-12-07 (one sense each where they appear).
    term("hyperhidrosis", "sweating much more than the body needs to"),
    term("abdominoplasty", "surgery to take away extra skin and fat from the belly (a tummy tuck)"),
    term("diethylstilbestrol", "DES: a man-made form of the hormone estrogen, once used as a medicine"),
    term("obliterative bronchiolitis", "scarring that blocks the smallest airways of the lungs"),
    term("propensity", "a tendency to have or do something"),
    term("adequately treated", "treated well enough to control or cure it"),
    term(
        "localized | localised",
        "only in the place where it started, not spread",
        only_after=r"^\s+(?:prostate|breast|bladder|kidney|renal|cancer|tumou?r|disease|carcinoma|malignan)",
    ),
    term("clinically evident", "that a doctor can see or find in an exam"),
    # The trialgpt1 review (48 unseen studies, docs/eligibility-review/trialgpt1): terms its UNREADABLE rows found
    # unexplained, each in the sense the records use.
    # Growth, hormones and metabolism
    term(
        "percentile",
        "a rank from 1 to 100 compared with other people: at the 95th percentile, you are above 95 of every 100",
    ),
    term(
        "hyperandrogenism",
        "too much male hormone, such as testosterone, in the body, which can cause acne or extra hair",
    ),
    term("insulin resistance", "the body does not respond well to insulin, so blood sugar tends to rise"),
    term("index subject", "the first person in a family found to have the condition"),
    term(
        "lipid metabolism abnormality | lipid metabolism disorder | lipid metabolism disorders",
        "abnormal levels of fats, such as cholesterol, in the blood",
    ),
    # Lungs, breathing and intensive care
    term("mechanical ventilation | mechanically ventilated", "breathing with help from a machine (a ventilator)"),
    term(
        "positive pressure ventilation",
        "breathing help from a machine that pushes air into the lungs, through a mask or a tube",
    ),
    term("humoral immune defect", "the body makes too few working antibodies to fight infection"),
    term("ciliary dysfunction", "the tiny hairs lining the airways do not work well, so mucus is not cleared"),
    term("maintenance dose", "the regular dose taken over time to keep a condition under control"),
    term("sputum | sputa", "mucus (phlegm) coughed up from the lungs"),
    term("purulent sputum", "thick yellow or green mucus with pus in it, coughed up from the lungs"),
    term("purulent", "containing pus"),
    term("rales", "crackling sounds in the lungs, heard with a stethoscope"),
    term("auscultatory", "heard by listening with a stethoscope"),
    term(
        "pulmonary consolidation",
        "a part of the lung filled with fluid or pus instead of air, as in pneumonia",
    ),
    term(
        "dullness to percussion",
        "a dull sound when the doctor taps on the chest, a sign of fluid or solid tissue under it",
    ),
    term(
        "egophony",
        "a change in how the voice sounds through a stethoscope, a sign of fluid or solid tissue in the lung",
    ),
    term("tachypnea | tachypnoea", "breathing faster than normal"),
    term("radiograph | radiographs", "an X-ray picture"),
    term("chest radiograph", "a chest X-ray"),
    # "infiltrate" alone is also a tumor growing into tissue
    term(
        "pulmonary infiltrate | pulmonary infiltrates",
        "a patch or shadow in the lung on an X-ray, often from infection or fluid",
    ),
    term("respiratory failure", "the lungs cannot take in enough oxygen or get rid of enough carbon dioxide"),
    term("incipient", "just beginning"),
    term("respiratory rate", "how many breaths you take in a minute"),
    term("vasopressors | vasopressor", "strong medicines given through a vein to raise very low blood pressure"),
    term("fluid resuscitation", "giving a lot of fluid quickly through a vein to treat shock or heavy fluid loss"),
    term("fluid bolus", "a large amount of fluid given quickly through a vein"),
    term(
        "Glasgow coma scale | Glasgow coma score",
        "a 3 to 15 score of how awake and responsive a person is; lower means less responsive",
    ),
    # "plasma lactate higher than the upper limit" (NCT01526382); not the enzyme, nor Ringer's lactate, a drip fluid.
    term(
        "lactate",
        "a substance in the blood that rises when the body's tissues get too little oxygen",
        not_after=r"^\s*dehydrogenase",
        not_before=r"ringer'?s?\s*$",
    ),
    term("left atrial hypertension", "high pressure in the heart's upper left chamber, often from heart failure"),
    term("moribund", "close to death"),
    # "Signed do-not-resuscitation odor" (NCT01526382): the registry's slip for the order.
    term(
        "do-not-resuscitation odor | do-not-resuscitation order | do-not-resuscitate order",
        "do-not-resuscitate order: a signed instruction that doctors should not try to restart the heart or breathing",
    ),
    term("hypothermia", "a body temperature that is too low"),
    term("tympanically", "measured in the ear"),
    term("tympanic", "in the ear, as a temperature taken in the ear"),
    # "15% immature neutrophils (bands)" (NCT00540072); elsewhere an everyday word.
    term(
        "bands",
        "young neutrophils (white blood cells that fight infection) just released from the bone marrow",
        only_near=r"neutrophil|white (?:blood )?(?:cells?|counts?)|\b(?-i:WBC)\b|leuko|immature",
    ),
    term(
        "peripheral white count | peripheral white blood cell count",
        "the number of white blood cells in the blood",
    ),
    # "FEV1 of at least 80% of predicted" (NCT00839124): lung tests; not "predicted survival".
    term(
        "predicted",
        "the value expected for a healthy person of the same age, sex and height",
        only_before=r"%\s*(?:of\s+)?(?:that\s+|the\s+(?:local\s+)?)?$",
    ),
    term("bronchodilating", "opening the airways"),
    term(
        "sleep hypoventilation syndrome",
        "breathing too shallow or slow during sleep, so carbon dioxide builds up in the blood",
    ),
    term(
        "central sleep apnea | central sleep apnoea",
        "pauses in breathing during sleep because the brain does not send the signal to breathe",
    ),
    term("narcolepsy", "a brain disorder that causes strong sleepiness in the day and sudden sleep attacks"),
    term("centrally-scored | centrally scored", "scored by one central team for the whole study"),
    term(
        "obstructive apnea index | obstructive apnoea index",
        "how many times an hour breathing stops during sleep because the airway is blocked",
    ),
    term("obstructive events", "times during sleep when the airway closes and breathing stops or gets shallow"),
    term(
        "nocturnal obstructive symptoms",
        "signs of a blocked airway during sleep, such as snoring, gasping or pauses in breathing",
    ),
    term("nocturnal", "at night or during sleep"),
    # Throat and infections (NCT00315042, a strep throat study)
    term("tonsillitis", "infection and swelling of the tonsils"),
    term("pharyngitis", "a sore, swollen throat, often from an infection"),
    term("pharyngeal erythema", "redness of the throat"),
    term("pharyngeal", "of the throat"),
    term(
        "erythema multiforme",
        "a skin reaction, often to a medicine or an infection, with red spots shaped like targets",
    ),
    term("erythema", "redness of the skin or of another surface, such as the throat"),
    term("exudate", "fluid, such as pus, that oozes out of swollen or infected tissue"),
    term("cervical adenopathy", "swollen lymph nodes (glands) in the neck"),
    term("adenopathy", "swollen lymph nodes (glands)"),
    term("cervical lymph nodes | cervical lymph node", "lymph nodes (glands) in the neck"),
    term("uvular", "of the uvula, the small flap of tissue that hangs at the back of the throat"),
    term("coryza", "a runny or stuffy nose, as with a cold"),
    term("laryngitis", "swelling of the voice box, which makes the voice hoarse"),
    term("group A streptococcal antigen", "a part of the strep throat germ that a quick throat swab test finds"),
    term("Streptococcus pyogenes", "the germ that causes strep throat (group A strep)"),
    term("nonstreptococcal | non-streptococcal", "not caused by strep germs"),
    term("streptococcal", "caused by streptococcus (strep) germs"),
    term("bacterial culture", "growing germs from a sample in a lab to find out which ones are there"),
    term("throat culture", "a swab from the throat sent to a lab to grow and identify germs"),
    term(
        "antibiotic-susceptibility testing | antibiotic susceptibility testing | susceptibility testing",
        "lab tests of which antibiotics can kill the germ found",
    ),
    term("specimen | specimens", "a sample of tissue, blood, urine or other body material, taken for testing"),
    term(
        "beta-lactam antibiotics | beta-lactam | beta-lactams",
        "a large group of antibiotics that includes penicillins and cephalosporins",
    ),
    term("cephalosporins | cephalosporin", "a group of antibiotics related to penicillin, such as cephalexin"),
    term("penicillins", "a group of common antibiotics, such as penicillin and amoxicillin"),
    term("ceftriaxone", "an antibiotic given by injection, one of the cephalosporins"),
    term(
        "type I allergy | type 1 allergy",
        "a fast allergic reaction, within minutes to hours, such as hives, swelling or trouble breathing",
    ),
    term("oseltamivir", "a medicine for the flu (Tamiflu)"),
    term("pathogen | pathogens", "a germ that causes disease"),
    term("enteric pathogens | enteric pathogen", "germs that infect the gut"),
    term(
        "motility-altering drugs | motility-altering",
        "medicines that speed up or slow down how the gut moves food along",
    ),
    term("Mycobacterium", "the family of germs that includes TB"),
    term("mycobacterial", "caused by mycobacteria, the family of germs that includes TB"),
    term(
        "nontuberculous mycobacteria | non-tuberculous mycobacteria",
        "germs related to TB that can cause lung and other infections",
    ),
    term("drug resistance", "when a germ, or a cancer, is no longer killed or stopped by the usual medicines"),
    term("drug susceptible | drug-susceptible", "still killed by the usual medicines"),
    # "a country with high prevalence of TB" (NCT02390596); not "lifetime prevalence of ... cluster cycles", the
    # studies' word for a history (NCT00203190, NCT02209155).
    term(
        "prevalence",
        "how common a disease is among the people of a place",
        only_near=r"countr|region|population|\bareas?\b|endemic",
    ),
    term("recrudescence", "coming back after having got better for a while"),
    # Kidneys and fluids (NCT00557219)
    term("oliguria", "passing very little urine"),
    term("ml/kg/hour | ml/kg/h", "milliliters for each kilogram of body weight, each hour"),
    term("furosemide | frusemide", "a strong water pill (diuretic) that makes you pass more urine"),
    term("diuresis", "the making and passing of urine"),
    term(
        "urinary casts", "tiny tube-shaped clumps in the urine, seen under a microscope; they can mean kidney disease"
    ),
    term("urinary protein", "protein in the urine, a sign of kidney damage"),
    # Heart and blood vessels
    term("cryptogenic stroke", "a stroke whose cause is not found, even after tests"),
    term("cryptogenic", "with no known cause"),
    term(
        "small-vessel etiology | small vessel etiology",
        "caused by disease of tiny blood vessels, such as those deep in the brain that cause small strokes",
    ),
    term("culprit vessels | culprit vessel", "the blood vessel thought to have caused the problem, such as a stroke"),
    term("culpable", "to blame: that could have caused the problem"),
    term("telemetry", "nonstop heart monitoring with stickers on the chest that send the heart's rhythm to a screen"),
    term(
        "patent foramen ovale",
        "a small opening between the heart's two upper chambers that did not close after birth",
    ),
    term("echocardiographically", "by an ultrasound of the heart (echocardiogram)"),
    term("atrial septal aneurysm", "a floppy, bulging part of the wall between the heart's two upper chambers"),
    term("atrial septal defect", "a hole in the wall between the heart's two upper chambers"),
    term("fenestrated septum", "a wall between the heart's chambers that has several small holes"),
    term(
        "right to left shunt | right-to-left shunt",
        "blood that skips the lungs, crossing from the right side of the heart or circulation to the left, as through a "
        "hole in the heart",
    ),
    term("hypermobility", "moving more than normal"),
    term(
        "dissection of the aorta | aortic dissection", "a tear in the inner wall of the aorta, the body's main artery"
    ),
    term("arteritis", "swelling (inflammation) of the walls of arteries"),
    term(
        "akinesis",
        "a part of the heart wall that does not move when the heart beats",
        only_near=r"ventric|heart|cardi|\bwall\b|myocard|aneurysm",
    ),
    term(
        "malignant ventricular arrhythmias | malignant ventricular arrhythmia",
        "dangerous uneven heartbeats from the heart's lower chambers that can stop the heart (not cancer)",
    ),
    term(
        "non-sustained ventricular tachycardia | nonsustained ventricular tachycardia",
        "short runs of a fast heartbeat from the heart's lower chambers that stop on their own within 30 seconds",
    ),
    term("myocardial perfusion", "blood flow to the heart muscle"),
    term(
        "partially reversible ischemic changes | reversible ischemic changes",
        "areas of heart muscle short of blood during exercise that recover, fully or partly, at rest",
    ),
    term("coronarography", "pictures of the heart's arteries taken with a dye, by X-ray or CT scan"),
    term(
        "secondary prevention", "treatment to stop a disease coming back or getting worse in people who already had it"
    ),
    term(
        "index lower extremity",
        "the leg chosen for the study's treatment and checks",
    ),
    term(
        "target vessels | target vessel",
        "the blood vessels a procedure would open or join a bypass to",
    ),
    term("total occlusions | total occlusion", "complete blockages of a blood vessel"),
    # "Previous angiogenic therapy" in a leg ischemia study (NCT00721006); "anti-angiogenic" is the opposite.
    term("angiogenic therapy", "treatment meant to grow new blood vessels", not_before=r"anti-?\s*$"),
    term("angiogenesis inhibitors", "medicines that stop new blood vessels from growing"),
    term("vasoactive", "acting on blood vessels to widen or narrow them"),
    term("hyperbaric oxygen | hyperbaric oxygen therapy", "breathing pure oxygen in a pressurized room or tube"),
    # "With or will take arteriovenous fistula surgery in right arm" in a dialysis study (NCT02264964, trialgpt1:
    # UNREADABLE with the disease note on "fistula").
    term(
        "arteriovenous fistula | arteriovenous fistulas | AV fistula",
        "a join made by surgery between an artery and a vein, often in the arm, so dialysis can be done",
        # ("Presence of implanted devices, such as a pacemaker, ... or arteriovenous fistula", NCT07523269, exports9b:
        # WRONG with the disease note once "Arm amputation." no longer led it): one made, among things put in the body.
        only_near=r"dialysis|surgery|\barm\b|access|kidney|renal|implant|device",
    ),
    term(
        "arteriovenous fistula | arteriovenous fistulas | AV fistula", "an abnormal link between an artery and a vein"
    ),
    term(
        "central vena catheterization | central venous catheterization",
        "putting a thin tube into a large vein in the neck, chest or groin",
    ),
    term("central venous puncture", "putting a needle into a large vein in the neck, chest or groin"),
    term(
        "central venous access device | central venous access devices",
        "a thin tube placed in a large vein near the heart, to give medicines or take blood",
    ),
    term("geographical inaccessibility", "living too far away, or in a place too hard to reach"),
    # Gut (NCT00843063, NCT01959048)
    term("dyspepsia", "indigestion: pain or discomfort in the upper belly"),
    term(
        "erosions | erosion",
        "shallow sores in the lining of the stomach or gut",
        only_near=r"stomach|duoden|gastr|ulcer|esophag|oesophag|endoscop|peptic|bowel|colon|mucos",
    ),
    term(
        "erosive",
        "wearing away the lining, leaving shallow sores",
        only_after=r"^\s+(?:or\s+ulcerative\s+)?(?:esophagitis|oesophagitis|gastritis|reflux)",
    ),
    term(
        "ulcerative esophagitis | ulcerative oesophagitis", "esophagitis with open sores in the lining of the food pipe"
    ),
    term("esophagitis | oesophagitis", "swelling and irritation of the food pipe (esophagus)"),
    term("pyloric stenosis", "a narrowing of the outlet from the stomach into the small bowel"),
    term(
        "psychosomatic disorder | psychosomatic",
        "physical symptoms caused or made worse by the mind, such as by stress",
    ),
    term("hematochezia | haematochezia", "bright red blood passed from the bottom, in or with the stool"),
    term("malaise", "a general feeling of being unwell"),
    term(
        "leukocyte count | leucocyte count",
        "white blood cell count: the number of white blood cells, which fight infection",
    ),
    term("nonmalignant | non-malignant", "not cancer"),
    # Womb (NCT00277680, NCT01377519)
    term("menorrhagia", "very heavy or long periods"),
    term(
        "bulk symptoms",
        "pressure symptoms from large fibroids, such as a swollen belly or needing to pee often",
    ),
    term(
        "submucous fibroids | submucous fibroid | submucosal fibroids | submucosal fibroid",
        "fibroids that grow under the womb's lining and bulge into the inside of the womb",
    ),
    term("uterine fibroids | fibroids | fibroid", "growths of muscle in the womb that are not cancer"),
    term("submucous cleft palate", "a split in the roof of the mouth hidden under its lining, present from birth"),
    term("cleft palate", "a split in the roof of the mouth, present from birth"),
    term("submucous | submucosal | sub-mucosal", "under the inner lining of an organ"),
    term("hysteroscopic", "done with a thin camera passed through the vagina into the womb"),
    term(
        "adenomyosis",
        "a condition in which the lining of the womb grows into its muscle wall, often causing painful, heavy periods",
    ),
    term("umbilical level", "the height of the belly button"),
    term("non-enhancing", "not lighting up on a scan after a dye (contrast) is given"),
    # Thyroid (NCT01551498)
    term(
        "thyroid peroxidase",
        "a protein in the thyroid gland; antibodies against it are a sign the immune system is attacking the thyroid",
    ),
    term("sonographic", "seen on an ultrasound scan"),
    term(
        "Hashimoto's thyroiditis | Hashimoto thyroiditis",
        "a disease in which the immune system attacks the thyroid gland, often making it underactive",
    ),
    term("end-stage thyroiditis", "thyroiditis that has already destroyed most of the thyroid gland"),
    term("thyroiditis", "swelling (inflammation) of the thyroid gland"),
    # Mind (NCT00845988, NCT01863628)
    term("decisional capacity", "being able to understand the facts and make a choice for yourself"),
    term("surrogate decision maker", "a person allowed to make choices for someone who cannot make them"),
    term(
        "surrogate",
        "a person allowed to make decisions for someone who cannot",
        only_near=r"consent|decision|behalf|guardian|representative|legal",
    ),
    term(
        "syndromal remission",
        "a time when the illness no longer meets the rules for an active episode, though some symptoms may remain",
    ),
    term("hypomania", "a milder form of mania: a time of unusually high mood and energy"),
    term("mania", "a time of unusually high mood or energy, racing thoughts and little need for sleep"),
    term("manic", "to do with mania, a time of unusually high mood and energy"),
    term("ideas of reference", "believing that everyday events, like TV or strangers' talk, are about you"),
    term("perceptual", "to do with what you see, hear or feel through your senses"),
    term("grandiosity", "an exaggerated sense of your own importance or powers"),
    term("catatonic", "staying very still, silent or stiff, or moving in odd ways, because of a mental illness"),
    term("manifestations | manifestation", "signs or symptoms through which a disease shows itself"),
    # Brain and body
    term(
        "subdural hematoma | subdural haematoma | subdural hematomas",
        "a pool of blood between the brain and its tough outer covering, under the skull",
    ),
    term("subdural", "under the dura, the tough outer covering of the brain and spinal cord"),
    term("craniofacial", "to do with the skull and face"),
    term("pleuritis", "swelling of the lining around the lungs, which can cause sharp chest pain"),
    term("peritonitis", "swelling of the lining inside the belly, often from an infection"),
    term("intraarticular | intra-articular", "into a joint"),
    # Surgery and trauma (NCT02255487, NCT01745731)
    term("primary closure", "closing a wound with stitches at the end of the same operation"),
    term("acute surgical abdomen | surgical abdomen", "a sudden, serious belly problem that needs emergency surgery"),
    term(
        "damage control laparotomy",
        "a short emergency belly operation to stop bleeding, after which the belly is left open to be finished later",
    ),
    term("trauma bay", "the part of an emergency room where badly injured people are treated first"),
    term(
        "cross clamp | cross-clamp",
        "to clamp shut the aorta, the body's main artery, so blood stops flowing through it",
    ),
    term("incision", "a cut made through the skin or tissue during surgery"),
    term("hepatectomy", "surgery to remove part of the liver"),
    term(
        "segment IV | segment 4",
        "one of the 8 sections of the liver, lying in its middle",
        only_near=r"liver|hepat|\blobe",
    ),
    term(
        "indocyanine green", "a green dye given into a vein for some scans and for a test of how well the liver works"
    ),
    term("bilobar", "in both lobes (main parts) of an organ, such as the liver"),
    term(
        "portal branch ligation",
        "tying off a branch of the vein that brings blood to the liver, so the other part of the liver grows",
    ),
    term(
        "embolization | embolisation",
        "blocking a blood vessel on purpose by putting material into it through a thin tube",
    ),
    term("lumpectomies", "operations that remove a lump and a little tissue around it"),
    term("hepatocarcinoma", "liver cancer that starts in the liver's own cells"),
    term("hemangiomas | hemangioma | haemangioma | haemangiomas", "harmless growths made of a tangle of blood vessels"),
    term("hydatid cysts | hydatid cyst", "fluid-filled sacs caused by a tapeworm infection, most often in the liver"),
    term("hepatoblastoma", "a rare liver cancer, mostly of young children"),
    term("viability", "being alive and able to work or survive"),
    term("automatic discharge", "leaving the hospital by your own choice, against the doctors' advice"),
    term("adenotonsillectomy", "surgery to remove the tonsils and adenoids"),
    term("otolaryngologist", "an ear, nose and throat (ENT) doctor"),
    # Children and Kawasaki disease (NCT02390596)
    term(
        "Kawasaki disease",
        "an illness of young children with fever, rash and red eyes that can harm the heart's arteries",
    ),
    term("polymorphic exanthema", "a widespread rash that can take many forms"),
    term("exanthema | exanthem", "a widespread skin rash"),
    term(
        "bulbar",
        "on the white of the eye",
        only_after=r"^\s+(?:not\s+|non-?\s*)?(?:exudative\s+)?conjunctiv",
    ),
    term("conjunctivitis", "pink eye: redness and swelling of the thin clear layer over the white of the eye"),
    term("standard deviation | standard deviations", "a measure of how far a value is from the average"),
    term(
        "Z score | z-score",
        "how far a measurement is from the average for similar people; 0 is average, 2 is well above and -2 well below",
    ),
    # "Rash must cover less than 10% of body surface area (BSA)" (NCT05798663); "normalized for body surface area"
    # (NCT02390596): a body's size.
    term(
        "body surface area",
        "the whole area of your skin; a share of it tells how much skin a disease covers",
        only_near=r"involve|rash|lesion|\bskin\b|eczema|dermatitis|psoria|\b(?-i:AD)\b",
    ),
    term("body surface area", "a measure of body size worked out from your height and weight"),
    term("preterm", "born or happening early, before 37 weeks of pregnancy"),
    term("neonates | neonate", "newborn babies, in their first 4 weeks of life"),
    term("neonatal", "of a newborn baby, in its first 4 weeks"),
    term("biotherapy", "treatment with medicines made from living cells, such as antibodies"),
    # Medicines and treatments
    term("tapering | taper | tapered", "lowering the dose of a medicine slowly, step by step"),
    term("mg/kg", "milligrams for each kilogram of body weight"),
    term(
        "alemtuzumab",
        "a medicine that wipes out certain immune cells, used in transplants, some leukemias and multiple sclerosis",
    ),
    term(
        "grades II-IV | grade II-IV",
        "moderate to severe: acute GVHD is graded from I (mild) to IV (the most severe)",
        only_near=r"\b(?-i:a?GVHD)\b|graft",
    ),
    # "Anti viral treatment was indicated" (NCT02334514): medically advised; not "as indicated by", shown by.
    term(
        "indicated",
        "medically advised: judged by a doctor to be needed or right for you",
        only_before=r"\b(?:is|was|are|were|be|been|not|if|medically)\s*$",
        # "(specific reasons should be indicated)" (NCT05149196, exports5: WRONG as medically advised): stated.
        not_before=r"\b(?:reasons?|should\s+be|must\s+be|to\s+be|shall\s+be)\W*(?:\w+\s+)?(?:be\s+)?$",
        not_after=r"^\s*(?:by|in|as)\b",
    ),
    term("elective", "planned ahead, not an emergency"),
    term("jeopardized | jeopardised", "put at risk"),
    # Throat, ear and eye infections the trialgpt1 re-reading still found bare (NCT00315042)
    term(
        "epiglottitis", "swelling of the flap at the back of the throat that covers the windpipe, often from infection"
    ),
    term("retropharyngeal | retropharynx", "behind the throat"),
    term("suprapharyngeal", "above the throat, as the nose and sinuses"),
    term("otitis media", "an infection or swelling of the middle ear, behind the eardrum"),
    term("sinusitis", "swelling of the sinuses, the air spaces in the face around the nose, often from infection"),
    term(
        "orbital/periorbital cellulitis | periorbital cellulitis | orbital cellulitis",
        "an infection of the skin and tissue around or behind the eye",
    ),
    term("cellulitis", "an infection of the skin and the tissue under it"),
    # The trialgpt2 review (28 unseen studies, docs/eligibility-review/trialgpt2): terms its UNREADABLE rows found
    # unexplained, each in the sense the records use.
    # Malaria (NCT00084240): "Blood smears positive for Plasmodium falciparum asexual parasitemia between 1000 -100,000
    # parasites/mL", "Presence of non-falciparum species on microscopy"
    term(
        "Plasmodium falciparum | P. falciparum | falciparum",
        "the parasite that causes the most dangerous kind of malaria",
    ),
    term(
        "non-falciparum species | non-falciparum",
        "kinds of malaria parasite other than falciparum, the most dangerous kind",
    ),
    term(
        "asexual parasitemia | asexual parasitaemia",
        "parasites in the blood, at the stage that multiplies there and causes the illness",
    ),
    term("parasitemia | parasitaemia", "parasites in the blood"),
    term("parasites/mL | parasites/ml", "parasites per milliliter: how many parasites are in a small amount of blood"),
    term("parasite density", "how many parasites are in a set amount of blood"),
    term(
        "peripheral blood smear | peripheral blood smears | blood smear | blood smears | blood film | blood films",
        "a drop of blood spread thin on a glass slide and looked at under a microscope",
    ),
    term("microscopy", "looking at a sample under a microscope"),
    term(
        "rapid diagnostic test | rapid diagnostic tests",
        "a quick test, often of a drop of blood, that gives a result within minutes",
    ),
    # Womb and pregnancy (NCT00180739, NCT01308112, NCT02264769)
    term(
        "focused ultrasound",
        "a treatment that heats and destroys tissue with beams of sound waves aimed from outside the body",
    ),
    term(
        "cerclage | cervical cerclage",
        "a stitch put around the cervix (the opening of the womb) to help keep it closed during pregnancy",
    ),
    term("hysteroscopically", "with a thin camera passed through the vagina into the womb"),
    term(
        "leiomyoma | leiomyomas | leiomyomata",
        "a fibroid: a growth of muscle that is not cancer, most often in the womb",
    ),
    term("obstetric history", "your past pregnancies and births, and any problems in them"),
    term("obstetric | obstetrical", "to do with pregnancy and childbirth"),
    term("obstetrics", "the medical care of pregnancy and childbirth"),
    term(
        "pre-eclampsia | preeclampsia | pre eclampsia",
        "high blood pressure with signs of organ damage, such as protein in the urine, after 20 weeks of pregnancy",
    ),
    term("eclampsia", "seizures (fits) in a pregnant woman or new mother with pre-eclampsia, a medical emergency"),
    # "Term pregnancy" (NCT02264769); not "long-term", "short term"
    term(
        "term pregnancy | term pregnancies | full-term pregnancy | full term pregnancy",
        "a pregnancy of at least 37 weeks, when the baby is ready to be born",
        not_before=r"(?:pre|post|mid|near|late|early|short|long)[\s-]*$",  # "pre-term pregnancy", "mid-term"
    ),
    term("uterine atony", "the womb does not tighten enough after birth, which can cause heavy bleeding"),
    term(
        "placenta previa | placenta praevia",
        "the placenta (afterbirth) lies low in the womb and covers part or all of the opening to the birth canal",
    ),
    term(
        "multiple gestation | multiple gestations | multiple pregnancy",
        "being pregnant with more than one baby, such as twins",
        not_after=r"^\s*(?:loss|losses|failures?)\b",  # "multiple pregnancy losses": miscarriages
    ),
    term(
        "macrosomia | fetal macrosomia",
        "a baby much bigger than average, often over 4 kilograms (about 9 pounds) at birth",
    ),
    term("polyhydramnios", "too much fluid around the baby in the womb"),
    term(
        "antifibrinolytic agents | antifibrinolytic agent | antifibrinolytics | antifibrinolytic",
        "medicines that keep blood clots from breaking down, to lessen bleeding, such as tranexamic acid",
    ),
    # Body positions and places
    term("anterior", "at or toward the front"),
    term("prone position | prone positioning", "lying face down"),
    term("suprainguinal", "above the groin"),
    term("infrainguinal", "below the groin"),
    term("protocol entry", "joining the study"),
    # Gut (NCT00256529, NCT01142245)
    term("food impaction | food bolus impaction", "food stuck in the food pipe (esophagus)"),
    term(
        "esophagogastroduodenoscopy | oesophagogastroduodenoscopy",
        "a look at the food pipe, stomach and upper small bowel with a thin camera tube passed through the mouth",
    ),
    term(
        "Boerhaave's syndrome | Boerhaave syndrome",
        "a tear through the wall of the food pipe, usually from hard vomiting; a medical emergency",
    ),
    term(
        "Mallory-Weiss lesion | Mallory-Weiss tear | Mallory-Weiss syndrome | Mallory-Weiss",
        "a tear in the lining where the food pipe meets the stomach, often from hard vomiting",
    ),
    # "Confirmed ulcer bleeding with Forrest Ia, Ib, IIa, IIb", "Forrest II c, III (clear ulcer base/flat spot ...)"
    # (NCT01142245)
    term(
        "Forrest",
        "a grade of a bleeding ulcer seen through a camera tube: I is bleeding now, II shows signs of recent bleeding, "
        "III is a clean ulcer",
        shown="Forrest class",
        only_after=r"^\s*(?:class(?:es)?\s+|grade\s+)?(?:I{1,3}|[123])\s*[abc]?\b",
    ),
    term(
        "thermal coagulation",
        "sealing a bleeding spot with heat, through a camera tube",
        only_near=r"bleed|ulcer|endoscop|hemosta|haemosta",
    ),
    term(
        "disseminated",
        "spread widely, through the body or through an organ",
        not_before=r"non-?\s*$",
        not_after=r"^\s*intravascular",
    ),
    # "Tumors of squamous or other non-adenocarcinoma histology" (NCT02509286)
    term(
        "non-adenocarcinoma histology",
        "a cancer whose cells, seen under a microscope, are of a kind other than adenocarcinoma (gland cells)",
    ),
    # Injuries and intensive care (NCT00282269, NCT00703417, NCT01142245, NCT01207128)
    term("polytrauma | multiple trauma", "several serious injuries at the same time, as from a car crash"),
    term("artificial ventilation | artificially ventilated", "breathing with help from a machine (a ventilator)"),
    term("extubated", "had the breathing tube taken out"),
    term("extubation", "taking out a breathing tube"),
    term(
        "diffuse axonal injury",
        "widespread tearing of nerve fibers deep in the brain, from the head being jolted or shaken hard",
    ),
    # "a GCS <= 8 and an abnormal CT scan ... or a motor score <= 3" (NCT00282269); not the motor scores of other scales
    term(
        "motor score",
        "the movement part of the Glasgow Coma Scale, from 1 (no movement) to 6 (moves when asked)",
        only_near=r"\b(?-i:GCS)\b|Glasgow|coma|brain|head injur|axonal|intracranial|pupil",
        not_near=r"\b(?-i:UPDRS|ASIA|NIHSS|MDS)\b|Fugl|parkinson|stroke scale|spinal cord",
    ),
    # "have fixed dilated pupils and GCS = 3" (NCT00282269, trialgpt2: UNREADABLE, "fixed" read as "repaired")
    term(
        "fixed dilated pupils | fixed and dilated pupils | fixed, dilated pupils",
        "wide pupils (the black centers of the eyes) that do not get smaller in light, a sign of severe brain injury",
    ),
    term(
        "fixed pupils | fixed pupil",
        "pupils (the black centers of the eyes) that do not change size in light, a sign of severe brain injury",
    ),
    term(
        "cervical spinal cord injury | cervical spinal cord injuries | cervical cord injury",
        "damage to the spinal cord in the neck",
    ),
    term("cervical spinal cord", "the part of the spinal cord in the neck"),
    # "an acute isolated epidural hematoma" (NCT00282269); "epidural" alone is also the pain relief injection
    term(
        "epidural hematoma | epidural haematoma | extradural hematoma | extradural haematoma",
        "a pool of blood between the skull and the tough outer covering of the brain, usually from a head injury",
        not_before=r"spinal\s*$",
    ),
    term(
        "meningeosis carcinomatosa | meningeosis neoplastica | meningitis carcinomatosa",
        "cancer that has spread to the thin layers around the brain and spinal cord",
    ),
    # Bones (NCT00703417)
    term("proximal humerus", "the top end of the upper arm bone, near the shoulder"),
    term("humerus", "the upper arm bone"),
    term("proximal femur", "the top end of the thigh bone, at the hip"),
    term("femur", "the thigh bone"),
    term(
        "low energy trauma | low-energy trauma",
        "an injury from a small force, such as a fall from standing height",
    ),
    term(
        "Charcot joints | Charcot joint | Charcot arthropathy",
        "joints, most often in the foot, damaged because nerve loss keeps a person from feeling injuries",
    ),
    term(
        "neurogenic osteoarthropathy | neurogenic osteoarthropathies",
        "damage to bones and joints, most often of the foot, from nerve damage (Charcot joints)",
    ),
    term("osteoarthropathy | osteoarthropathies", "disease of the bones and joints"),
    term(
        "focal demineralization | focal demineralisation",
        "a patch of bone that has lost minerals such as calcium and looks thin on an X-ray",
    ),
    term(
        "demineralization | demineralisation",
        "loss of minerals, such as calcium, from bone, which makes it thinner and weaker",
        not_near=r"\bteeth\b|\btooth\b|enamel|dental|caries",
    ),
    term(
        "calcitonin",
        "a hormone from the thyroid gland that lowers calcium in the blood; as a medicine, it treats weak bones",
        not_after=r"^[\s-]*gene",
    ),
    # "History of fluoride, bisphosphonate, calcitonin or tamoxifen use" (NCT00703417, trialgpt2: UNREADABLE, read as
    # toothpaste or tap water)
    term(
        "fluoride",
        "a mineral; in large doses it was once given as a medicine to strengthen bones",
        only_near=r"bisphosphonate|calcitonin|osteopor|\bbones?\b|fracture",
    ),
    # Heart and blood vessels (NCT00534066, NCT01935141, NCT02097186, NCT02512159)
    term(
        "nesiritide",
        "a heart failure medicine given through a vein; it widens blood vessels and helps the body pass extra fluid",
    ),
    # "Class 3 or 4 Congestive Heart Failure" (NCT01935141), "Congestive heart failure with class III or IV symptoms"
    # (NCT00512707): the NYHA class without its name (NYHA has its own note); not the classes of angina (Canadian
    # Cardiovascular Society), anesthesia risk (ASA), Killip or of heart rhythm medicines.
    term(
        "class",
        "a 1 to 4 grade of how much heart failure limits you, from the New York Heart Association; 4 means symptoms "
        "even at rest",
        shown="heart failure class",
        only_after=r"^\s*(?:≥|>=?|at least\s+)?\s*(?:[1-4]|I{1,3}|IV)\b",
        # ("Subjects presently classified as being in New York Heart Association Class IV", NCT02827708, hint3-1)
        only_near=r"heart failure|cardiac failure|\b(?-i:CHF|HF)\b|New York Heart Association",
        not_near=r"\b(?-i:NYHA)\b|antiarrhythm|anti-arrhythm|amiodarone|sotalol|quinidine|dofetilide",
        not_before=r"(?:society|\b(?-i:CCS|CSS|ASA|MGFA)\b|killip|miller|pugh|forrest|agents?|antiarrhythmics?)\W*$",
    ),
    term(
        "contrast allergy | contrast allergies | allergy to contrast",
        "an allergy to the dye (contrast) given before some scans and X-rays",
    ),
    term(
        "endovascular",
        "done from inside a blood vessel, through a thin tube put in through a small cut, often in the groin",
    ),
    term(
        "venous stasis",
        "blood pooling in the leg veins because it does not flow back up to the heart well",
    ),
    # "venous insufficiency and arterial insufficiency" (NCT02512159): not the heart muscle "insufficiency" takes near
    # "heart disease"
    term(
        "venous insufficiency | chronic venous insufficiency",
        "the leg veins do not carry blood back to the heart well, so it pools in the legs",
    ),
    term(
        "arterial insufficiency", "too little blood flow through the arteries to a part of the body, such as the legs"
    ),
    # Immune system, nerves and infections (NCT00841789, NCT02374814, NCT02467309, NCT02512159)
    term(
        "TNF alpha | TNFα | TNF α",
        "TNF: a protein that causes swelling in the body; medicines that block it treat autoimmune diseases",
    ),
    term(
        "TNF alpha antagonist | TNF alpha antagonists | TNF-alpha antagonist | TNF-alpha antagonists | "
        "TNF-α antagonist | TNF-α antagonists | TNF alpha inhibitor | TNF alpha inhibitors | TNF alpha blockers",
        "medicines that block TNF, a protein that causes swelling, such as infliximab or etanercept",
    ),
    term(
        "transverse myelitis",
        "swelling (inflammation) across a part of the spinal cord, which can cause weakness, numbness or bladder problems",
    ),
    term(
        "optic neuritis",
        "swelling of the nerve that links the eye to the brain, which can blur or dim sight, often with eye pain",
    ),
    term(
        "rabies immune globulin | rabies immunoglobulin | human rabies immune globulin",
        "antibodies against rabies, given by injection soon after a possible exposure, such as an animal bite",
    ),
    term(
        "peritonsillar abscess | peritonsillar abscesses", "a pocket of pus next to a tonsil, at the back of the throat"
    ),
    term("peritonsillar", "next to a tonsil, at the back of the throat"),
    term("conjunctivae", "the thin clear layers over the whites of the eyes and inside the eyelids"),
    term(
        "leishmaniasis | cutaneous leishmaniasis",
        "an infection with a tiny parasite spread by sandfly bites; it can cause skin sores or illness of inner organs",
    ),
    term(
        "leishmania",
        "a tiny parasite spread by sandfly bites; it can cause skin sores that heal slowly or illness of inner organs",
    ),
    term("debrided", "with dead or infected tissue cleaned away from a wound"),
    term("turbid", "cloudy, not clear"),
    term("turbidity", "cloudiness"),
    term(
        "Gram stain | Gram-stain | Gram staining",
        "a lab test that colors germs on a slide so they can be seen and sorted under a microscope",
    ),
    term(
        "pneumococcus | pneumococci | Streptococcus pneumoniae",
        "a common germ that can cause pneumonia, ear infections and meningitis",
    ),
    term(
        "pneumococcal",
        "caused by or to do with pneumococcus, a common germ that can cause pneumonia, ear infections and meningitis",
    ),
    term("antigen detection", "lab tests that find parts of a germ in a sample"),
    term("false positive | false-positive | false positives", "a test result that wrongly shows something is there"),
    term(
        "microbiologically-documented | microbiologically documented | microbiologically confirmed | "
        "microbiologically proven",
        "proven by lab tests that find the germ",
    ),
    # Medicines, tests and care
    term("loading dose", "a larger first dose, to quickly build up enough medicine in the body"),
    term(
        "complete blood count with differential | CBC with differential",
        "a blood test that counts red cells, white cells and platelets, and each kind of white cell",
    ),
    # "complete blood count (CBC)": the abbreviation's note says it
    term(
        "complete blood count | complete blood counts",
        "a blood test that counts red cells, white cells and platelets",
        not_after=r"^\s*\(\s*(?-i:CBC)",
        not_before=r"\b(?-i:CBC)\s*\(\s*$",
    ),
    term("in-patient care | inpatient care", "care while staying in the hospital, at least overnight"),
    term("in-patient | inpatient", "staying in the hospital, at least overnight"),
    term("hypothyroid", "having an underactive thyroid gland, which makes too little thyroid hormone"),
    term("vital prognosis", "the outlook for survival: how likely a person is to stay alive"),
    term("inclusion criteria", "the rules a person must meet to join a study"),
    term(
        "case or control",
        "in studies that compare groups: a case has the illness being studied, a control does not",
    ),
    term("intermittence", "coming and going, with breaks in between"),
    # Memory, thinking and mood (NCT00880347, NCT01519271, NCT02633449)
    term(
        "NINDS-AIREN criteria | NINDS-AIREN",
        "rules doctors use to diagnose vascular dementia, memory and thinking loss from damage to the brain's blood "
        "vessels",
    ),
    term("McKeith's criteria | McKeith criteria", "rules doctors use to diagnose dementia with Lewy bodies"),
    term(
        "Lund & Manchester criteria | Lund and Manchester criteria | Lund-Manchester criteria",
        "rules doctors use to diagnose frontotemporal dementia",
    ),
    # "FTD according to Neary's or Lund & Manchester criteria"
    term(
        "Neary's | Neary",
        "rules doctors use to diagnose frontotemporal dementia",
        shown="Neary's criteria",
        only_near=r"criteria|frontotemporal|\b(?-i:FTD)\b",
    ),
    term(
        "Lewy body dementia | dementia with Lewy bodies",
        "a dementia with ups and downs in alertness, seeing things that are not there, and stiff, slow movement",
    ),
    term(
        "frontotemporal dementia",
        "a dementia that damages the front and sides of the brain, changing behavior, personality or language",
    ),
    term(
        "vascular dementia",
        "memory and thinking loss caused by damage to the brain's blood vessels, such as small strokes",
    ),
    term(
        "Parkinson's disease dementia | Parkinson disease dementia",
        "memory and thinking loss that develops in a person who has had Parkinson's disease for some years",
    ),
    term(
        "mild cognitive impairment",
        "memory or thinking problems greater than usual for your age, but not bad enough to get in the way of daily life",
    ),
    term(
        "focal signs | focal neurological signs | focal neurologic signs",
        "signs in a nerve exam, such as weakness of one side, that point to a problem in one part of the brain",
    ),
    term("aetiologies", "the causes of a disease"),
    term(
        "subjective complaints | subjective complaint",
        "problems a person notices and reports, even if tests do not show them",
    ),
    # "unipolar major depressive disorder" (NCT02633449); not a pacemaker's unipolar lead
    term(
        "unipolar",
        "with depression only, without the highs (mania) of bipolar disorder",
        only_after=r"^\s*(?:major\s+)?(?:depress|mood|affective|(?-i:MDD))",
    ),
    term(
        "electroconvulsive therapy | electroconvulsive treatment",
        "a treatment for severe depression that sends a small electric current through the brain while the person is "
        "under anesthesia",
    ),
    # The ctparser1 review (20 unseen studies, docs/eligibility-review/ctparser1): terms its UNREADABLE rows found
    # unexplained, each in the sense the records use.
    # COVID-19, plasma donors and vaccines (NCT04340050, NCT04341389, NCT04342182, NCT04344015, NCT04344444,
    # NCT04344951)
    term(
        "convalescent plasma",
        "the liquid part of blood from people who have recovered from an infection; it holds antibodies against it",
    ),
    term(
        "plasmapheresis",
        "a procedure that separates the plasma (the liquid part of blood) from the blood cells, which are given back",
    ),
    term(
        "pooled immunoglobulin | pooled immunoglobulins",
        "antibodies gathered from the blood of many donors, given as a medicine",
    ),
    term("phlebotomy", "taking blood from a vein with a needle, for tests, donation or treatment"),
    term("room air", "ordinary air, without extra oxygen"),
    term("respiratory secretion | respiratory secretions", "mucus and fluid from the nose, throat or lungs"),
    term(
        "IgM titer | IgM titers | IgM titre | IgM titres",
        "how much IgM antibody is in the blood; IgM antibodies show a recent or current infection",
    ),
    term(
        "IgG titer | IgG titers | IgG titre | IgG titres",
        "how much IgG antibody is in the blood; IgG antibodies come later and stay after an infection or a vaccine",
    ),
    # "HBV DNA titer", "positive titers to HIV", "a positive crossmatch test of any titer" (NCT04272125, NCT04601233,
    # NCT05507827)
    term("titer | titers | titre | titres", "how much of an antibody, or of a germ, is in a blood sample"),
    # "in patients under investigation (PUIs)" (NCT04344444): the abbreviation's note says it; not the patients of a
    # study ("patients under investigation in this trial").
    term(
        "patients under investigation | patient under investigation | persons under investigation",
        "people who may have an infection, such as COVID-19, and are waiting for test results",
        only_near=r"covid|coronavirus|\b(?-i:SARS)|infect|virus|viral|pneumon|swab|\b(?-i:PCR)\b",
        not_after=r"^\s*\(\s*(?-i:PUIs?)\b",
    ),
    term(
        "angioneurotic edema | angioneurotic oedema | angio-neurotic edema",
        "angioedema: attacks of swelling deep under the skin, often of the face, lips or throat",
    ),
    term(
        "immunodepressant | immunodepressants | immuno-depressant | immuno-depressants | immunodepressor | "
        "immunodepressors | immuno-depressor | immuno-depressors",
        "medicines that weaken the immune system, the body's defense against infection, such as those taken after a "
        "transplant",
    ),
    # "Prior administration of immunodepressant or corticosteroids, antianaphylaxis treatment" (NCT04341389)
    term(
        "antianaphylaxis treatment | anti-anaphylaxis treatment",
        "treatment for allergic reactions, including severe ones (anaphylaxis)",
    ),
    # Intensive care (NCT04340050, NCT04342182, NCT04343989, NCT04344080, NCT04346355)
    term(
        "septic shock",
        "a life-threatening drop in blood pressure caused by the body's reaction to an infection (sepsis)",
    ),
    # "presence of shock" (NCT04346355), "refractory shock with need for norepinephrine" (NCT04344080), "Severe shock
    # (systolic blood pressure <90 mm Hg ...)" (NCT00540072); not a defibrillator's or an electric shock, shock waves,
    # nor the shock of a spinal cord injury or of a fright.
    term(
        "shock",
        "a life-threatening state in which blood pressure is so low that the organs do not get enough blood",
        not_before=r"(?:electric(?:al)?|electro|shell|culture|spinal|insulin|emotional|psychological|"
        r"\b(?-i:ICD|AICD|DC)|defibrillator|appropriate)[\s-]*$",
        not_after=r"^[\s-]*(?:waves?|absorb|therap|treatment|lithotrip)",
        not_near=r"defibrillat|cardiover|\b(?-i:ICD|AICD)\b|electric|shock ?waves?",
    ),
    # Not the SNRI antidepressants ("serotonin norepinephrine reuptake inhibitors (SNRIs)", NCT00210704; "selective
    # noradrenaline reuptake inhibitors", NCT01063855).
    term(
        "norepinephrine | noradrenaline",
        "a body chemical that raises blood pressure; as a medicine, it is given through a vein when blood pressure is "
        "dangerously low",
        not_before=r"(?:serotonin|selective)[\s-]*(?:and\s+)?$",
        not_after=r"^[\s-]*(?:and\s+\w+\s+)?re-?uptake",
    ),
    # "Acute Respiratory Distress Syndrome (ARDS)": the abbreviation's note says it; not the breathing trouble of babies
    # born too early.
    term(
        "acute respiratory distress syndrome | respiratory distress syndrome",
        "a sudden, serious lung failure: fluid fills the lungs' air sacs, so too little oxygen gets into the blood",
        not_after=r"^\s*\(\s*(?-i:ARDS)\b",
        not_near=r"newborn|neonat|infant|prematur|preterm|surfactant|\bbab(?:y|ies)\b|gestation",
    ),
    term(
        "invasive ventilation | invasive mechanical ventilation",
        "breathing with a machine through a tube put down the throat, or through the neck, into the windpipe",
    ),
    term(
        "non-invasive ventilation | noninvasive ventilation | non invasive ventilation | "
        "non-invasive mechanical ventilation | noninvasive mechanical ventilation",
        "breathing help from a machine through a tight face mask, without a tube in the throat",
    ),
    term(
        "anoxic brain injury | anoxic brain damage",
        "brain damage from a lack of oxygen, such as when the heart or breathing stops",
    ),
    # '"do not resuscitate"-order' (NCT04344080)
    term(
        "do not resuscitate | do-not-resuscitate",
        "an instruction that doctors should not try to restart the heart or breathing if they stop",
    ),
    # "CRP increase of at least twice the basal value" (NCT04346355)
    term("basal value | basal values", "the level at the start, before a treatment or a change"),
    term(
        "interleukin-6 | interleukin 6",
        "a protein the body makes during inflammation; high blood levels are a sign of strong inflammation",
    ),
    # "Known ABO-Resus(D) blood group" (NCT04342182); not the rhesus monkey.
    term(
        "Rhesus",
        "a blood factor: blood with the Rhesus D protein on its red cells is Rh-positive, blood without it Rh-negative",
        not_after=r"^\s*(?:monkeys?|macaques?|rotavirus)",
    ),
    # Other conditions and medicines (NCT04340557, NCT04341389, NCT04342793, NCT04344847, NCT04346355, NCT04347252)
    term(
        "hiatus hernia | hiatal hernia | hiatus hernias | hiatal hernias",
        "part of the stomach pushes up through the diaphragm, the muscle under the lungs, into the chest",
    ),
    term(
        "hepatic fat fraction | liver fat fraction",
        "how much of the liver is fat, as a percentage, often measured by MRI",
    ),
    # "unstable angina or uncompensated heart failure" (NCT04347252), "uncompensated or uncontrolled right sided heart
    # failure" (NCT03113786); not unpaid ("uncompensated volunteers").
    term(
        "uncompensated",
        "no longer held in check by the body or by treatment, so it is getting worse",
        only_near=r"failure|heart|cardiac|cirrho|liver|hepatic|renal|kidney|acidosis|alkalosis|shock|diabet",
        not_near=r"\bpaid\b|\bpay|compensation|money|stipend|reimburs|volunteer",
    ),
    term("malabsorptive", "causing the gut to take in food and nutrients poorly"),
    term("psychotropics", "medicines that act on the mind, used to treat mental health conditions"),
    term(
        "first degree family members | first-degree family members | first degree family member | "
        "first-degree family member",
        "parents, brothers, sisters or children",
    ),
    term("ACE-inhibitor", "medicines that lower blood pressure by relaxing blood vessels"),
    # Cancer (NCT04348006, NCT04348032)
    term(
        "smoldering multiple myeloma | smouldering multiple myeloma | smoldering myeloma | smouldering myeloma | "
        "smoldering MM | smouldering MM",
        "an early form of multiple myeloma, a cancer of plasma cells, that causes no symptoms or organ damage yet",
    ),
    # "Initial platinum-resistant relapse, the recurrence time was less than 6 months after the last chemotherapy"
    # (NCT04348032); not where the study gives its own definition (as glossary.py's "refractory").
    term(
        "platinum-resistant | platinum resistant",
        "a cancer that came back or grew soon after platinum chemotherapy (such as cisplatin), usually within 6 months",
        not_after=r"^\s*,?\s*(?:defined\s+as|which\s+is\s+defined)",
    ),
    term(
        "platinum-sensitive | platinum sensitive",
        "a cancer that came back a good while after platinum chemotherapy (such as cisplatin), usually 6 months or "
        "more later",
        not_after=r"^\s*,?\s*(?:defined\s+as|which\s+is\s+defined)",
    ),
    # "there was no antivascular targeted therapy" (NCT04348032); not the name "anti-vascular endothelial growth factor
    # (anti-VEGF)" (NCT03165734).
    term(
        "antivascular | anti-vascular",
        "aimed at the blood vessels that feed a tumor, such as medicines that stop new ones from growing",
        not_after=r"^\s*endothelial",
    ),
    # Units and hospital terms readers found unexplained (ctparser1 and earlier readings)
    # "In the intensive care unit at screening" (NCT04340557), "requires admission to the Intensive Care Unit"
    # (NCT04346355); where the abbreviation follows in brackets, its note says it.
    term(
        "intensive care unit | intensive care units",
        "the hospital ward for the sickest patients, with close watching and machines such as ventilators",
        not_after=r"^\s*\(\s*(?-i:ICUs?)\b",
    ),
    # "A negative screening for irregular antibodies" (NCT04342182, plasma donors)
    term(
        "irregular antibodies | irregular antibody",
        "antibodies against other people's red blood cells; blood is checked for them before a transfusion or a blood "
        "donation",
    ),
    # "Ferritin > 500 ng/mL", a predictor of severe COVID-19 (NCT04343989)
    term(
        "ferritin",
        "a protein that stores iron; its level in the blood shows the body's iron stores, and it goes up with "
        "inflammation",
    ),
    # The exports1 and hint1 reviews (32 unseen studies, docs/eligibility-review/exports1, hint1): terms their
    # UNREADABLE rows found unexplained, each in the sense the records use.
    # Sleep, mind and medicines (NCT03459612, NCT03795987, NCT05365607, NCT05551195, NCT06741540, NCT06829251)
    # "Uncompensated hyperthyroidism" (NCT07254572): a thyroid that treatment does not keep in check (the sense above
    # needs heart, liver or kidney words near it).
    term(
        "uncompensated",
        "not kept under control by treatment",
        only_after=r"^\s*(?:hyper|hypo)?thyroid",
        not_near=r"\bpaid\b|\bpay|compensation|money|stipend|reimburs|volunteer",
    ),
    # "Pittsburgh Sleep Quality Index (PSQI) score 6 or higher" (NCT05365607): where the abbreviation follows, its note
    # says it.
    term(
        "Pittsburgh Sleep Quality Index",
        "a questionnaire score of how well you slept over the past month, from 0 to 21; higher means worse sleep",
        not_after=r"^\s*\(\s*(?-i:PSQI)\b",
    ),
    # "Have a score of <10 on the Epworth Sleepiness Scale" (NCT03459612)
    term(
        "Epworth Sleepiness Scale | Epworth sleepiness score | Epworth scale",
        "a questionnaire score of how easily you doze off in daily life, from 0 to 24; higher means sleepier",
        not_after=r"^\s*\(\s*(?-i:ESS)\b",
    ),
    # "Current use of varenicline, beta-blockers (unless ophthalmic solutions), or non-dihydropyridines" (NCT05365607,
    # NCT03795987, NCT03934658, NCT04040387)
    term("varenicline", "a medicine that helps people stop smoking by easing the urge to smoke"),
    term(
        "non-dihydropyridines | non-dihydropyridine | nondihydropyridines | nondihydropyridine",
        "calcium channel blockers that slow the heartbeat, such as verapamil and diltiazem; used for blood pressure "
        "and heart rhythm",
    ),
    # "except steroid inhaler, nasal spray, or ophthalmic solution" (NCT05712278)
    term("ophthalmic solution | ophthalmic solutions", "eye drops"),
    # "Gestation less than 28 weeks" (NCT05551195), "less than 20 weeks gestation" (NCT06609317), "until the
    # termination of gestation" (NCT06268769)
    term("gestation", "pregnancy, or how far along a pregnancy is, counted in weeks"),
    term("fetal demise | foetal demise", "the death of an unborn baby in the womb"),
    # "homicidal or infanticidal ideation" (NCT05551195), "or homicidal ideation" (NCT01717898)
    term("homicidal ideation", "thoughts of killing another person"),
    term("homicidal", "wanting to kill another person"),
    term("infanticidal ideation", "thoughts of killing a baby, such as your own"),
    term("infanticidal", "wanting to kill a baby, such as your own"),
    # "Those receiving regular complementary or alternative treatments ... (acupuncture, facial massage,
    # phytotherapy, ...)" (NCT06829251)
    term("phytotherapy", "treatment with plants or plant extracts: herbal medicine"),
    # "Patients with brain trauma and other organic brain diseases" (NCT06741540): spelled as the singular is (above).
    term(
        "organic brain diseases | organic brain disorders | organic brain syndrome",
        "a brain illness with a physical cause, such as damage or disease of the brain",
    ),
    # "Those with auricular aplasia or hypoplasia" (NCT06829251, a study of ear massage); not "auricular fibrillation",
    # a translation of atrial fibrillation; no note for "pure red cell aplasia" (NCT02174731), the bone marrow's.
    term("auricular aplasia", "an outer ear that did not form, from birth"),
    term("auricular hypoplasia", "an outer ear that did not grow to its full size, from birth"),
    term(
        "hypoplasia",
        "a body part that did not grow to its full size; here, the outer ear",
        only_near=r"auricular|\bears?\b|microtia|pinna",
    ),
    term("auricular", "of the ear, most often the outer ear", not_after=r"^\s*(?:fibrillation|flutter)"),
    # "Diagnosed with PA per 2016 Endocrine Society guidelines", "the same side as the planned adrenalectomy"
    # (NCT07027254), "History of adrenalectomy" (NCT06325202)
    term(
        "primary aldosteronism | primary hyperaldosteronism",
        "the adrenal glands make too much of the hormone aldosterone, which raises blood pressure",
    ),
    term(
        "adrenalectomy | adrenalectomies",
        "surgery to remove an adrenal gland, one of the small glands on top of the kidneys",
    ),
    # "No sexual assault nurse examiner (SANE) examination" (NCT05989841): the abbreviation's note says it.
    term(
        "sexual assault nurse examiner | sexual assault nurse examiners",
        "a nurse trained to care for and examine people after a sexual assault",
        not_after=r"^\s*\(\s*(?-i:SANE)\b",
    ),
    # Bladder and pelvic floor (NCT00318643, NCT03795987, NCT04853849, NCT06797245)
    term("nocturia", "waking up at night to pass urine"),
    term("nocturnal enuresis", "bed-wetting: passing urine during sleep without meaning to"),
    term("enuresis", "wetting yourself without meaning to, most often the bed at night"),
    term(
        "mixed urinary incontinence | mixed incontinence",
        "leaking urine both when you cough, sneeze or exercise and after a sudden, strong need to go",
    ),
    term(
        "urgency urinary incontinence | urgency incontinence | urge urinary incontinence | urge incontinence",
        "leaking urine after a sudden, strong need to go",
    ),
    term(
        "stress urinary incontinence | stress incontinence",
        "leaking urine when you cough, sneeze, laugh or exercise",
    ),
    term(
        "pelvic organ prolapse",
        "the bladder, womb or bowel drops down from its usual place and bulges into the vagina",
    ),
    term("dysuria", "pain or burning when passing urine"),
    # "Gross or microscopic hematuria" (NCT04853849), "primary hematuria, both gross and microscopic" (NCT02381912):
    # blood you can see; not "gross disease", "gross tumor volume" (NCT03525262, NCT06214572).
    term(
        "gross",
        "easy to see with the eye: here, blood in the urine that you can see",
        only_after=r"^\s*(?:(?:or|and|and/or|/)\s*microscopic\s+)?ha?ematuria",
    ),
    term(
        "gross",
        "easy to see with the eye: here, blood in the urine that you can see",
        only_before=r"ha?ematuria[^\w.;]+(?:\w+[^\w.;]+){0,2}$",
    ),
    # "Less than 6 months since intradetrusor botulinum toxin injection" (NCT04853849, NCT06797245)
    term("intradetrusor | intra-detrusor", "into the detrusor, the muscle in the wall of the bladder"),
    # "pain with palpation of levator ani, coccygeus, pyriformis, obturator internus or perineal body" (NCT04853849),
    # "If diminished or absent by palpation" of the foot's pulses (NCT01534065)
    term("palpation", "feeling or pressing a part of the body with the fingers, to check it"),
    term("levator ani", "the main muscles of the pelvic floor, which hold up the bladder, womb and bowel"),
    term("coccygeus", "a small muscle of the pelvic floor, next to the tailbone"),
    term(
        "piriformis | pyriformis",
        "a muscle deep in the buttock that runs from the lower spine to the top of the thigh bone",
    ),
    term("obturator internus", "a muscle inside the pelvis that helps turn the thigh outward"),
    # Diet and weight (NCT05798494): "e.g. restrained eating, disinhibition, emotional eating", "e.g. dysregulated
    # thyroid disease"; disinhibition only in the eating sense (in brain diseases it is acting without the usual
    # self-control).
    term("dysregulated thyroid disease", "thyroid disease that is not well controlled"),
    term("restrained eating", "strictly holding back on how much you eat, to control your weight"),
    term(
        "disinhibition",
        "losing control over eating, such as eating too much when tempting food is around",
        only_near=r"eating|\bfood|\bdiets?\b|binge|hunger|appetite|\bmeals?\b",
    ),
    # Women's health (NCT00303576)
    term(
        "colposcopy",
        "a close look at the cervix and vagina through a magnifying instrument, during a pelvic exam",
    ),
    term(
        "trichomonas",
        "a tiny parasite passed on during sex that infects the vagina or the tube urine leaves through",
    ),
    term("trichomoniasis", "a common infection passed on during sex, caused by a tiny parasite"),
    term(
        "genital ulcer disease",
        "sores on the genitals, most often from an infection passed on during sex, such as herpes or syphilis",
    ),
    # Not bleeding despite a clotting medicine in a bleeding disorder.
    term(
        "breakthrough bleeding",
        "bleeding from the vagina between periods, often while taking hormones such as birth control pills",
        not_near=r"h(?:a)?emophilia|factor (?:VIII|IX|8|9)|willebrand|bleeding disorder|prophyla",
    ),
    term(
        "bacterial vaginosis",
        "an imbalance of the germs that normally live in the vagina, which can cause a discharge with a fishy smell",
    ),
    term("vulva", "the outer parts of a woman's genitals, around the opening of the vagina"),
    # "Willing to abstain from using any vaginal product" (NCT00303576), "abstain from heterosexual activity"
    # (NCT06731894), "abstain from alcohol and drugs" (NCT02079844)
    term("abstain", "to choose not to do or use something, such as alcohol or sex"),
    # Dry eye (NCT02193490)
    term(
        "Schirmer I | Schirmer test | Schirmer's test | Schirmer tear test | Schirmer",
        "a test of how many tears the eyes make: a paper strip under the lower eyelid, read in millimeters wet after "
        "5 minutes",
    ),
    term(
        "Rose Bengal staining | Rose Bengal stain | Rose Bengal",
        "a test with a pink dye dropped on the eye that colors damaged cells on its surface; a higher score means "
        "more damage",
    ),
    term(
        "corneal epithelial defect | corneal epithelial defects",
        "a spot where the thin surface layer of the cornea, the clear front of the eye, is scraped off or missing",
    ),
    # Breathing (NCT02629965): "modified Medical Research Council (mMRC) >= 1", "a score on the modified Borg >= 4 at
    # the end of 6 minute walk test (6MWT)"; the abbreviations' notes say the spelled-out names they follow.
    term(
        "modified Medical Research Council",
        "a 0 to 4 score of how breathless you get in daily life; higher is worse",
        not_after=r"^\s*(?:scale\s*|dyspn(?:o)?ea scale\s*)?\(\s*(?-i:mMRC)\b",
    ),
    term(
        "modified Borg | modified Borg scale | modified Borg dyspnea scale | modified Borg dyspnoea scale",
        "a 0 to 10 scale of how breathless you feel; 10 is the worst you can imagine",
    ),
    term(
        "6 minute walk test | 6-minute walk test | six-minute walk test | six minute walk test",
        "a test of how far you can walk in 6 minutes",
        not_after=r"^\s*\(\s*(?-i:6MWT)\b",
    ),
    # Anorexia nervosa (NCT02567279): "Severe hepatic cytolysis with transaminase up to 5 times normal", "effective
    # bone maturation (attested by a radiography of the hip)", "Reporting relationship to the investigator"; bone
    # maturation as skeletal maturation (above).
    term(
        "hepatic cytolysis | liver cytolysis",
        "damage to liver cells, shown by high liver enzymes in blood tests",
    ),
    term(
        "cytolysis",
        "damage to liver cells, shown by high liver enzymes in blood tests",
        only_near=r"hepat|liver|transaminas|\b(?-i:ALT|AST)\b",
    ),
    term("bone maturation", "when the bones have finished growing, which an X-ray of the hand or hip can show"),
    term(
        "reporting relationship", "a work link in which you answer to someone, such as being their employee or student"
    ),
    # Cancer (NCT00473616, NCT02277197, NCT03300609, and the records named)
    # "candidates for upfront metastasectomy" (NCT03300609), "up-front surgery" (NCT04267848), "Upfront total
    # mastectomy" (NCT02992574); not "upfront 2-stenting" (NCT06742931), two heart stents planned from the start.
    term("metastasectomy | metastasectomies", "surgery to remove cancer that has spread to another part of the body"),
    term(
        "upfront | up-front",
        "as the first step, before any other treatment",
        only_near=r"surg|resect|\w+ectom|chemo|therap|treatment|radiat|transplant",
        not_after=r"^\s*(?:\d-?)?stent",
    ),
    term("resectability", "whether a tumor can be removed by surgery"),
    # "Advanced solid tumors for which standard treatment doesn't exist" (NCT00473616); not the name of RECIST,
    # "Response Evaluation Criteria in Solid Tumors", whose abbreviation has its note.
    term(
        "solid tumor | solid tumors | solid tumour | solid tumours",
        "a cancer that forms a lump, such as in the breast or lung, not a blood cancer",
        not_before=r"criteria\s+(?:in|for)\s*$",
    ),
    # "Nasopharyngeal carcinoma, WHO Type I (keratinizing)", "if WHO Type II or III (non-keratinizing)"
    # (NCT02277197): kinds of squamous cell cancer.
    term(
        "non-keratinizing | nonkeratinizing | non-keratinising | non keratinizing",
        "a kind of squamous cell cancer whose cells do not make keratin, the tough protein in skin and nails",
        only_near=r"carcinom|cancer|tumou?r|squamous|nasopharyn|\b(?-i:WHO)\b|\btype\b|\b(?-i:HNSCC|NPC|SCC)\b",
    ),
    term(
        "keratinizing | keratinising",
        "a kind of squamous cell cancer whose cells make keratin, the tough protein in skin and nails",
        only_near=r"carcinom|cancer|tumou?r|squamous|nasopharyn|\b(?-i:WHO)\b|\btype\b|\b(?-i:HNSCC|NPC|SCC)\b",
    ),
    # "Squamous cell carcinoma of unknown primary" (NCT02277197, NCT06129864), "or unknown primary" (NCT04892173)
    term("unknown primary", "the place in the body where a cancer started cannot be found"),
    # "not a candidate for surgical salvage due to incurability or morbidity" (NCT02277197)
    term(
        "surgical salvage | salvage surgery",
        "surgery to remove a cancer that stayed or came back after other treatment, such as radiation",
    ),
    # "skin drying and fissuring, paronychial inflammation, infectious sequelae (eg, blepharitis, cheilitis ...)",
    # "cetuximab-related rash, xerosis, fissures or paronychial inflammation" (NCT02277197)
    term("fissuring", "deep cracks or splits in the skin"),
    term(
        "fissures",
        "deep cracks or splits in the skin",
        only_near=r"\bskin|rash|xerosis|\bdry|cetuximab|paronych|\blips?\b|\bheels?\b|fingers?|\bhands?\b|\bfeet\b",
    ),
    term("paronychia", "an infection or swelling of the skin around a fingernail or toenail"),
    term("paronychial", "of the skin around a fingernail or toenail"),
    term("blepharitis", "red, swollen, itchy eyelids, often with crusts at the base of the lashes"),
    term("cheilitis", "sore, dry, cracked or swollen lips"),
    term("xerosis", "very dry skin"),
    # "Double (tandem) ASCT." (NCT02181413); not "FLT3 internal tandem repeat (ITD)" (NCT04946890), "BCOR internal
    # tandem duplication" (NCT05711992), "Two protocol acceptable methods of contraception in tandem" (NCT05813288).
    term(
        "tandem transplant | tandem transplants | tandem transplantation",
        "two stem cell transplants one after the other, a few months apart",
    ),
    term(
        "tandem",
        "two stem cell transplants one after the other, a few months apart",
        only_near=r"transplant|\b(?-i:A?SCT|HSCT|AHCT|ASCT)\b|autolog",
        not_near=r"repeat|duplicat|\b(?-i:ITD)\b|mass spec|contracep",
    ),
    # "Male participants, even if surgically sterilized (ie, status postvasectomy)" (NCT02181413)
    term(
        "status postvasectomy | postvasectomy",
        "after a vasectomy: surgery that cuts the tubes that carry sperm, so a man cannot father a child",
    ),
    # "Creatinine clearance ... by the Cockraft-Gault formula" (NCT02277197), "using the Crockroft and Gault equation"
    # (NCT01677299), "according to Cockroft & Gault" (NCT01298063), "the formula of Cockroft and Gault"
    # (NCT02227251), "estimated by the Cockcroft- Gault formula" (NCT06760702): spelled as Cockcroft-Gault is (above).
    term(
        "Cockraft-Gault | Crockroft and Gault | Crockroft-Gault | Cockroft & Gault | Cockroft and Gault | "
        "Cockcroft & Gault | Cockcroft- Gault",
        "a formula that estimates how well the kidneys work from a creatinine blood test, your age and weight",
    ),
    # "Negative pregnancy test result (human chorionic gonadotropin, beta subunit) ... (not applicable to
    # hysterectomized females)", "any drug treatment that affects gastric pH" (NCT01677299)
    term("hysterectomized | hysterectomised", "has had the womb (uterus) removed by surgery"),
    term(
        "beta subunit | beta-subunit | β subunit | β-subunit",
        "the part of the pregnancy hormone hCG that pregnancy tests measure",
        only_near=r"\b(?-i:hCG|HCG)\b|chorionic|gonadotrop|pregnan",
    ),
    term("gastric pH", "how acid the stomach is; the lower the number, the more acid"),
    # Infections (NCT00230971): "Clinical diagnosis of complicated intra-abdominal infection that requires surgery"
    term(
        "complicated intra-abdominal infection | complicated intra-abdominal infections",
        "an infection that has spread from an organ into the belly around it, causing a pocket of pus or a swollen "
        "belly lining",
    ),
    term(
        "intra-abdominal infection | intra-abdominal infections | intraabdominal infection",
        "an infection inside the belly, such as from a burst appendix",
    ),
    # Gut (NCT02107196): IBS-D criteria
    term("defecation | defaecation", "passing stool: emptying the bowels"),
    term(
        "Bristol Stool Scale | Bristol Stool Form Scale | Bristol stool chart",
        "a chart of 7 kinds of stool, from hard lumps (type 1) to watery (type 7)",
        not_after=r"^\s*\(\s*(?-i:BSS)\b",
    ),
    # "History of organic GI abnormalities, inflammatory bowel diseases, complicated diverticulosis"; "diverticulitis
    # with the exception of a prior episode that has resolved or diverticulosis" (NCT05967533)
    term(
        "complicated diverticulosis",
        "pouches in the bowel wall that have caused problems, such as infection, bleeding, a pocket of pus or a "
        "blockage",
    ),
    term("diverticulosis", "small pouches that bulge out of the wall of the large bowel; most cause no trouble"),
    term(
        "biliary duct disease | bile duct disease",
        "disease of the bile ducts, the tubes that carry bile from the liver to the gut",
    ),
    term(
        "gluten enteropathy | gluten-sensitive enteropathy | gluten sensitive enteropathy",
        "celiac disease: an immune reaction to gluten, a protein in wheat, that damages the gut",
    ),
    # "drugs enhancing GI motility" (NCT02107196), "medications that can affect GI motility" (NCT00623545),
    # "motility-altering drugs" next to laxatives (NCT01959048); not "Sperm motility" (NCT05585931).
    term(
        "GI motility | gastrointestinal motility | gut motility | intestinal motility | bowel motility",
        "how food and waste move along the stomach and bowels",
    ),
    term(
        "motility",
        "how food and waste move along the stomach and bowels",
        only_near=r"\b(?-i:GI)\b|gastro|\bgut\b|bowel|intestin|stomach|colon|esophag|oesophag|laxative|stool",
        not_near=r"sperm|semen",
    ),
    term(
        "prokinetic | prokinetics | prokinetic drugs | prokinetic agents",
        "medicines that help food move through the stomach and bowels faster, such as metoclopramide",
    ),
    # "any other organic gastrointestinal disease", "organic GI abnormalities" (NCT02107196): a disease that tests can
    # find, not a gut that works badly (as in IBS); not "organic nitrates", "organic ED" (above) nor organic food.
    term(
        "organic",
        "caused by a physical disease that tests can find, not only by a gut that works badly",
        only_after=r"^\s*(?:gastrointestinal|(?-i:GI)|bowel|intestinal|colonic|digestive|gut)\b",
    ),
    term(
        "flexible sigmoidoscopy | sigmoidoscopy",
        "a look inside the lower part of the large bowel with a thin, bendy tube with a camera",
    ),
    # "microscopy colitis" (NCT02107196): the registry's slip for microscopic colitis, shown as written.
    term(
        "microscopic colitis | microscopy colitis",
        "a bowel disease that causes watery diarrhea; the bowel looks normal, and only a microscope shows the swelling",
    ),
    # "History of positive tests for ova or parasites, or clostridium difficile toxin or occult blood in the stool"
    # (NCT02107196), "baseline occult blood in stool ++" (NCT03416231)
    term(
        "clostridium difficile toxin | clostridium difficile toxins | Clostridioides difficile toxin | "
        "C. difficile toxin | C. difficile toxins",
        "a poison made by the germ C. difficile; finding it in a stool test shows a bowel infection with it",
    ),
    term(
        "Clostridium difficile | Clostridioides difficile | C. difficile | C. diff",
        "a germ that can infect the bowel and cause bad diarrhea, most often after taking antibiotics",
    ),
    term("occult blood", "hidden blood: too little to see, found only by a lab test, most often of the stool"),
    # Inhaled medicines (NCT03095456, NCT02428088; NCT01943552, NCT04912596): "hypersensitivity to inhaled or
    # nebulized anticholinergics", "including narrow-angle glaucoma, symptomatic benign prostatic hyperplasia,
    # bladder neck obstruction"
    term("nebulized | nebulised", "turned into a fine mist to breathe in through a mask or mouthpiece"),
    term(
        "nebulizer | nebulizers | nebuliser | nebulisers",
        "a machine that turns a liquid medicine into a fine mist to breathe in",
    ),
    term(
        "narrow-angle glaucoma | narrow angle glaucoma | closed-angle glaucoma",
        "glaucoma in which fluid cannot drain from the eye because the drain is blocked",
    ),
    term(
        "bladder neck obstruction",
        "a blockage where the bladder joins the tube urine leaves through, which makes it hard to pass urine",
    ),
    # Salt and water (NCT06381934): "serum osmolality < 300 mOsm/kg", "in need of 3% hypertonic solution",
    # "decompensated liver cirrhosis CHILD C"; in asthma, hypertonic saline is breathed in for a test (NCT05097287).
    term(
        "serum osmolality | plasma osmolality",
        "a blood test of how much salt, sugar and other substances are dissolved in the blood",
    ),
    term(
        "osmolality | osmolarity",
        "how much salt, sugar and other substances are dissolved in a body fluid, such as blood or urine",
    ),
    term(
        "hypertonic saline | hypertonic solution | hypertonic salt solution",
        "salty water breathed in as a fine mist, to loosen mucus or, in a breathing test, to see if the airways tighten",
        only_near=r"challenge|methacholine|mannitol|inhal|nebuli|bronch|airway|sputum|cystic fibrosis|asthma|"
        r"\b(?-i:FEV1?|PC20)\b",
    ),
    term(
        "hypertonic saline | hypertonic solution | hypertonic salt solution",
        "water with more salt than the body's own fluids; given by drip into a vein, it raises a low blood sodium",
    ),
    term(
        "Child C | Child class C | Child-C",
        "the most severe class of the Child-Pugh score of liver disease: the liver works very poorly",
        only_near=r"cirrho|liver|hepat|pugh",
    ),
    # "History of anaphylactic shock after iodine contrast administration" (NCT07254572): spelled as iodinated
    # contrast is (above).
    term(
        "iodine contrast | iodine contrast agent | iodine contrast agents | iodine contrast media | "
        "iodine contrast medium | iodine-based contrast",
        "a dye with iodine in it, given before some scans, such as CT scans, to make parts of the body show up "
        "more clearly",
    ),
    # "willing to sign the Institutional Review Board approved consent" (NCT03406169); where the abbreviation
    # follows, its note says it.
    term(
        "Institutional Review Board | Institutional Review Boards",
        "the committee that checks a study is safe and ethical, and protects the people in it",
        not_after=r"^\s*(?:/[^()]{0,40})?\(\s*(?-i:IRB)",
    ),
    # The exports2 and hint2 reviews (24 unseen studies, docs/eligibility-review/exports2, hint2): terms their
    # UNREADABLE rows found unexplained, each in the sense the records use.
    # Mind and mood (NCT06878859, NCT05486611, NCT02288325, NCT05146765, NCT00752726, and the records named)
    # "Current elevated anhedonia, as indicated by the PHQ-9" (NCT06878859), "Anhedonia/Asociality subscale"
    # (NCT06653829)
    term("anhedonia", "losing interest in, or pleasure from, things you used to enjoy"),
    # "Meet criteria for current MDD and CUD" (NCT06878859): where the abbreviation follows, its note says it; not the
    # name of a questionnaire ("Cannabis Use Disorder Identification Test - Revised (CUDIT-R)").
    term(
        "cannabis use disorder",
        "a condition in which a person keeps using cannabis even though it causes them problems",
        not_after=r"^\s*(?:\(\s*(?-i:CUD)\b|identification)",
    ),
    # "Current psychotherapy engagement" (NCT06878859), "If currently receiving psychotherapy" (NCT05486611, and 14
    # more records), "engaged in psychotherapeutic treatment" (NCT06669780)
    term("psychotherapy", "talk therapy: treating mental health problems by talking with a trained therapist"),
    term("psychotherapeutic", "to do with talk therapy, treating mental health problems by talking with a therapist"),
    # "must be able to understand and willing to provide informed assent" (NCT05486611, NCT04985331): the sense above
    # needs consent or child words near it.
    term("informed assent", "a child's or teen's own agreement to take part, given as well as the parents' consent"),
    # "autism spectrum disorder or pervasive developmental disorder (e.g., Asperger syndrome, Rett's syndrome, or
    # pervasive developmental disorder not otherwise specified)" (NCT05486611, NCT04985331, and 5 more records);
    # "not otherwise specified" also names kinds of lymphoma ("PTCL not otherwise specified (NOS)", NCT03349333), not
    # "biological agents not otherwise specified in this protocol" (NCT03300609).
    term(
        "pervasive developmental disorder not otherwise specified",
        "an older diagnosis for autism-like problems with communicating and getting along that did not fit any one type",
    ),
    term(
        "pervasive developmental disorder | pervasive developmental disorders",
        "an older name for a group of conditions, such as autism, that affect how a child communicates and gets along "
        "with others",
    ),
    term(
        "not otherwise specified",
        "the name used when a condition does not fit any of its more exact types",
        not_after=r"^\s*(?:in|by|here|below|above)\b",
    ),
    # "manic, hypomanic, or mixed episode" (NCT02288325)
    term("hypomanic", "to do with hypomania, a milder form of mania: a time of unusually high mood and energy"),
    term("mixed episode | mixed episodes", "a time when a person has signs of mania and of depression at once"),
    # "Co-medication is prohibited ...: ... typical antipsychotics", "Co-medication is permitted ...: atypical
    # antipsychotics" (NCT05146765), "Atypical antipsychotic medications" (NCT04886388)
    term(
        # (exports2b: WRONG as "the study medicine" in a study of a speech-therapy app)
        "co-medication | co-medications | comedication | comedications",
        "other medicines you take during the study",
    ),
    term(
        "typical antipsychotics | typical antipsychotic | typical neuroleptics",
        "older medicines for psychosis, such as haloperidol",
    ),
    term(
        "atypical antipsychotics | atypical antipsychotic | atypical neuroleptics",
        "newer medicines for psychosis, such as risperidone, olanzapine or quetiapine",
    ),
    # "serotoninergically acting drugs, antidepressants, central adrenergically acting drugs" (NCT00752726)
    term(
        "serotoninergic | serotoninergically | serotonergically",
        "acting on serotonin, a brain chemical; many antidepressants act this way",
    ),
    term("adrenergically", "acting on the body's adrenaline signals"),
    # Speech after a stroke (NCT05146765): "Diagnosis of dysarthria caused by stroke", "Unable to measure articulatory
    # or orofacial functions", "a Mini-Mental State Exam score of 26 or below", "a Clinical Dementia Rating score of 1
    # ≥ or a Global Deterioration Scale score of 3 ≥"
    term("dysarthria", "unclear or slurred speech because the muscles used for speaking are weak or hard to control"),
    term("articulatory", "to do with making the sounds of speech with the lips, tongue and mouth"),
    term("orofacial", "of the mouth and face"),
    # "Mini-Mental State Exam Score (MMSE) < 24" (NCT05421624), "Mini Mental State Examination MMSE > 24" (NCT04166279):
    # where the abbreviation follows, its note says it.
    term(
        "Mini-Mental State Exam | Mini-Mental State Examination | Mini Mental State Examination | Mini Mental State Exam "
        "| Mini Mental Status Examination | Mini-Mental Status Examination | Mini Mental Test",
        "a 0 to 30 test of memory and thinking; lower scores mean more problems",
        not_after=r"^\s*(?:score\s*)?[(\[]?\s*(?-i:MMSE)\b",
    ),
    term(
        "Clinical Dementia Rating",
        "a score of how much memory loss affects daily life, from 0 (none) to 3 (severe)",
        not_after=r"^\s*(?:score\s*)?\(\s*(?-i:CDR)\b",
    ),
    term(
        "Global Deterioration Scale",
        "a 1 to 7 scale of how far memory loss and dementia have gone; higher means worse",
    ),
    # Teens and children (NCT05486611, NCT02428088): "must be unable to become pregnant (eg, premenarchal, surgically
    # sterile, etc)"
    term("premenarchal | premenarcheal | pre-menarchal", "not yet had a first period"),
    # "Scoring at least 12 points on the Insomnia Severity Index" (NCT06113666), "(Insomnia Severity Index Score ≥
    # 10)" (NCT05558865)
    term(
        "Insomnia Severity Index",
        "a 7-question score of how bad sleep problems are, from 0 to 28; higher means worse",
        not_after=r"^\s*\(\s*(?-i:ISI)\b",
    ),
    # "Pregnant in the last two trimesters" (NCT06113666)
    term("trimester | trimesters", "one of the three parts of a pregnancy, each about 3 months long"),
    # Multiple sclerosis (NCT03569618): "multiple sclerosis (MS) or clinically isolated syndrome (CIS)"; where the
    # abbreviation follows, its note says it.
    term(
        "clinically isolated syndrome",
        "a first attack of nerve symptoms like those of multiple sclerosis, lasting at least a day",
        not_after=r"^\s*\(\s*(?-i:CIS)\b",
    ),
    # Genes (NCT04613440, NCT02000622, NCT03729115, NCT07195071): "a confirmed deleterious (pathogenic) variant in
    # BRCA1, or BRCA2", "predicted to be deleterious or suspected deleterious", "Women with pathogenic mutations",
    # "BRCA1/2 mutation that is included on testing panel"; not "pathogenic bacteria" (NCT04870190), germs.
    term(
        "deleterious",
        "harmful; said of a gene change, one that causes disease or raises the risk of it",
        only_near=r"\bgenes?\b|genetic|mutation|variant|germline|carrier|\b(?-i:BRCA[12]?|PALB2|TP53|ATM|CHEK2)\b",
    ),
    term(
        "pathogenic variant | pathogenic variants | pathogenic mutation | pathogenic mutations",
        "a change in a gene that causes disease or raises the risk of it",
    ),
    term(
        "pathogenic",
        "causing disease; said of a gene change, one that causes disease or raises the risk of it",
        only_near=r"\bgenes?\b|genetic|mutation|variant|germline|carrier|\b(?-i:BRCA[12]?|PALB2|TP53|ATM|CHEK2)\b",
    ),
    term("pathogenic", "able to cause disease, such as germs that make people ill"),
    term(
        "testing panel | testing panels",
        "a genetic test that checks many genes at once for changes",
        only_near=r"\bgenes?\b|genetic|mutation|variant|hereditary|\b(?-i:BRCA[12]?)",
    ),
    term(
        "gene panel | gene panels | multigene panel | multigene hereditary cancer syndrome panel",
        "a genetic test that checks many genes at once for changes",
    ),
    # Eyes: amblyopia (NCT02782117, NCT03608150): "Monocular amblyopia associated with anisometropia, strabismus or
    # both combined", "Amblyopic eye best-corrected visual acuity (BCVA) 20/40 to 20/200 inclusive (0.3-1.0 logMAR)",
    # "Interocular BCVA difference ≥3 lines", "Visual acuity stability in current refractive correction", "Corrected
    # distance heterotropia ≤5 prism diopters on simultaneous prism and cover test (SPCT)"
    term("amblyopia", "lazy eye: poor sight in one eye because the eye and the brain did not learn to work together"),
    term("amblyopic eye | amblyopic eyes", "the lazy eye: the eye with the weaker sight from amblyopia"),
    term("monocular", "in one eye only"),
    term("anisometropia", "the two eyes need very different glasses, so one sees much less sharply than the other"),
    term("strabismus", "eyes that do not point the same way: one eye turns in, out, up or down"),
    term(
        "best-corrected visual acuity | best corrected visual acuity",
        "how sharply you see with the best glasses or contact lenses for you",
        not_after=r"^\s*(?:score\s*)?\(\s*(?-i:BCVA)\b",
    ),
    term(
        "logMAR",
        "a scale for eye-chart results: 0 is normal sight, and each 0.1 more is one line worse on the chart",
    ),
    term("fellow eye", "the other eye: the one without the eye problem being studied"),
    term("interocular", "between the two eyes"),
    term("refractive correction", "glasses or contact lenses that make sight sharper"),
    term("heterotropia", "an eye that turns in, out, up or down when both eyes are open; a kind of strabismus"),
    term(
        "prism diopters | prism diopter | prism dioptres | prism dioptre",
        "a unit of how far an eye turns away from straight; higher means a bigger turn",
    ),
    term(
        "simultaneous prism and cover test",
        "an eye test of how much an eye turns; a prism is held before one eye while the other is covered",
        not_after=r"^\s*\(\s*(?-i:SPCT)\b",
    ),
    # Breast (NCT06218303): "DCIS suspicious for microinvasion on core biopsy", "based on the extent of calcifications
    # on mammogram, the presence of a mass on ultrasound or enhancement on MRI OR DCIS ≥ 5mm on one single core ...
    # OR DCIS < 5mm if identified in ≥ 2 cores", "Surgery planned as part of definitive local therapy", "within the
    # therapeutic range if on anti-coagulation"
    term(
        "microinvasion | micro-invasion",
        "cancer cells that have just started to grow, 1 millimeter or less, past the lining where they began",
    ),
    term(
        "microinvasive | micro-invasive",
        "has just started to grow, 1 millimeter or less, past the lining where it began",
    ),
    # "definitive local therapy for LA-HNSCC" (NCT06129864), "not amenable to definitive local therapy"
    # (NCT06620835)
    term(
        "definitive local therapy | definitive local treatment",
        "treatment aimed at getting rid of the cancer where it is, such as surgery or radiation",
    ),
    # Calcium in the breast on a mammogram; elsewhere "Significant radial artery calcification" (NCT07211035),
    # "ectopic calcification" (NCT05734196).
    term(
        "calcifications | microcalcifications | calcification",
        "tiny spots of calcium in the breast that show on a mammogram; some patterns can be a sign of DCIS or cancer",
        only_near=r"mammogra|breast|\b(?-i:DCIS|BI-?RADS)\b|ductal",
    ),
    term(
        "calcification | calcifications",
        "a build-up of calcium in a body tissue, such as an artery wall, which makes it hard",
    ),
    # Not "motivational enhancement therapy" (NCT05809544) nor "lip enhancement" (NCT04839692).
    term(
        "enhancement",
        "a spot that shows up brighter on a scan after a dye (contrast) is given; it can be a sign of a tumor",
        only_near=r"\b(?-i:MRI|CT)\b|magnetic|\bscans?\b|contrast|gadolin|imaging|mammogra|ultrasound",
        not_near=r"motivational|\blips?\b|augment|cosmetic|\bfillers?\b",
    ),
    # "≥50% of the number of their template biopsy cores positive" (NCT03525262), "3 positive cancer cores"
    # (NCT03849365), "in any one core"; not "hepatitis B core antibody", "core body temperature" (NCT00540072), "A
    # CORE representative" (NCT00472576), "pathology core pathologist" (NCT02275039).
    term(
        "biopsy cores | biopsy core | cancer cores",
        "thin pieces of tissue taken with a biopsy needle",
    ),
    term(
        "core biopsies | core needle biopsies",
        "biopsies that each take a thin piece of tissue with a hollow needle",
    ),
    term(
        "cores | core",
        "a thin piece of tissue taken with a biopsy needle",
        shown="core",
        only_near=r"biops|\b(?-i:DCIS)\b|patholog|cancer|tumou?r|Gleason|prostat|positive",
        only_before=r"(?:\d|\bone|\bsingle|\bany|\beach|\bper|\ba|≥|>|\btwo|\bthree|\bmore)\s*$",
        not_after=r"^\s*(?:antibod|antigen|\b(?-i:Ab)\b|body|temperature|pathologist|representative|length|needle|"
        r"biops)",
    ),
    # "INR/PT/aPTT ≤ 1.5X ULN or within the therapeutic range if on anti-coagulation" (NCT06218303, NCT02888665),
    # "therapeutic range serum AED levels" (NCT00179517)
    term(
        "therapeutic range",
        "the target range for a blood test while taking a medicine, such as a blood thinner: enough to work, not too "
        "much",
    ),
    # "Patients who are hepatitis B core antibody positive without hepatitis B surface antigen reactivity are
    # eligible" (NCT06218303, and 30 more records); where the abbreviation follows, its note says it.
    term(
        "hepatitis B core antibody | hepatitis B core antibodies | HBV core antibody",
        "a blood test that shows a past or present hepatitis B infection",
        not_after=r"^\s*\\?[(\[]\s*(?-i:HBcAb|anti-HBc)",
    ),
    term(
        "hepatitis B surface antigen | HBV surface antigen",
        "a blood test that shows a current hepatitis B infection",
        not_after=r"^\s*\\?[(\[]\s*(?-i:HBsAg|HbsAg|HBsAG)",
    ),
    # "if yes, wash out of 30 days must occur prior to baseline biopsy" (NCT06218303), "after 1 month wash out"
    # (NCT01442077): spelled as washout is (above).
    term(
        "wash out | wash out period | wash out periods",
        "a time without a medicine, so it leaves your body before the study",
    ),
    # "Recurrent ipsilateral DCIS" (NCT06218303): "ipsilateral" has its note (above).
    # Heart and blood vessels (NCT07030920, NCT06748963, NCT06705023)
    # "Symptomatic bradycardia, high-grade AV blocks (Grade 2 and 3)" (NCT04286399)
    term(
        "high-grade AV block | high-grade AV blocks | high grade AV block | high grade AV blocks | "
        "high-grade atrioventricular block | high-grade atrioventricular blocks",
        "a serious block (second or third degree) in the electrical signal between the heart's upper and lower "
        "chambers",
    ),
    # "persistently elevated bilirubinemia (>1.5x upper limit of normal [ULN])" (NCT07030920), "participants with
    # elevated bilirubinemia, such as Gilbert's syndrome" (NCT04811560)
    term(
        "bilirubinemia | bilirubinaemia",
        "the amount of bilirubin in the blood; when it is high, the skin and eyes can turn yellow",
    ),
    # Diabetes devices and exercise (NCT06748963): "either manual open-loop system (non-AID) or a hybrid closed loop
    # (AID) systems", "Restriction in aerobic or resistance exercise ... (e.g., orthopedic, severe arthritis, etc.)";
    # the open loop only where insulin words are near.
    term(
        "hybrid closed loop | hybrid closed-loop",
        "an insulin pump linked to a glucose sensor that changes insulin doses on its own; you still give insulin for "
        "meals",
    ),
    term(
        "open-loop | open loop",
        "an insulin pump whose doses the person sets; it does not change them on its own",
        only_near=r"insulin|\bpumps?\b|\b(?-i:AID|CGM)\b|glucose|diabet",
    ),
    term(
        "aerobic",
        "to do with exercise that makes you breathe harder and your heart beat faster, such as running or swimming",
        only_after=r"^\s*(?:(?:or|and|and/or|/)\s+(?:\w+\s+)?)?(?:exercises?|training|activit)",
    ),
    term(
        "resistance exercise | resistance exercises | resistance training",
        "exercise that makes the muscles work against a weight or force, such as lifting weights",
    ),
    term("orthopedic | orthopaedic", "to do with the bones, joints and muscles"),
    # "Not wearing implantable device such as a pacemaker, ..., epicardial electrodes, ..., magnetic tissue expander"
    # (NCT06748963), "Non-transvenous epicardial or abandoned leads" (NCT06705023), "breast prostheses or tissue
    # expanders" (NCT04166279); "vena cava filters" have their note (above).
    term(
        "epicardial electrodes | epicardial electrode | epicardial leads | epicardial lead",
        "pacemaker wires fixed to the outside surface of the heart",
    ),
    term("epicardial", "on the outside surface of the heart"),
    term(
        "tissue expander | tissue expanders",
        "a balloon put under the skin and slowly filled, to stretch the skin, often before a breast implant",
    ),
    # Study words (NCT02428088, NCT00357318, NCT00184067, NCT05708235, and 8 more records): "Intermittent use of
    # bronchodilators is not exclusionary", "should be discussed wit the medical monitor", "supplements with purported
    # psychotropic activity", "Accrual closed as of 5/27/2009", "can be accrued to this trial"
    term(
        "intermittent",
        "now and then, only when needed, not regularly or every day",
        only_after=r"^\s*(?:use|uses|basis)\b",
    ),
    term(
        "medical monitor | medical monitors",
        "a doctor who works for the study's sponsor and watches over the safety of the people in the study",
    ),
    term("purported", "claimed, but not proven"),
    term("accrual", "enrolling people into the study"),
    term("accrued", "enrolled into the study", only_after=r"^\s*(?:to|into|onto|in)\b"),
    # "Smoking cessation within the past 6 months" (NCT00752726), "total cessation of menses" (NCT00334282),
    # "following cessation of exogenous hormonal treatments" (NCT03740893)
    term("cessation", "stopping"),
    # Cancer (NCT02428088, NCT00357318, NCT00632424, and the records named): spelled as non-melanoma skin cancer is
    # (above); "non-melanoma carcinoma of the skin" (NCT05708235) had the note for melanoma.
    term(
        "non melanoma skin cancer | non melanoma skin cancers | non melanomatous skin cancer | "
        "non melanomatous skin cancers | nonmelanomatous skin cancer | nonmelanomatous skin cancers | "
        "non-melanomatous skin cancers | non-melanomatous skin carcinoma | nonmelanoma skin carcinoma | "
        "nonmelanoma skin cancers | non-melanoma carcinoma of the skin",
        "common skin cancers, such as basal cell or squamous cell cancer, that rarely spread",
    ),
    term(
        "adrenocortical carcinoma | adrenocortical cancer",
        "a rare cancer of the outer layer of an adrenal gland, one of the small glands on top of the kidneys",
    ),
    term(
        "epothilone | epothilones", "a group of cancer medicines, such as ixabepilone, that stop cancer cells dividing"
    ),
    # "Concurrent low-dose anticoagulation (e.g., prophylactic port patency) allowed" (NCT00357318), "venous port or
    # catheter thrombosis" (NCT06346392); not a "port wine stain" (NCT01438047), the "small port" of radiation
    # (NCT05326516), nor the ports of tissue expanders (NCT04472845).
    term(
        "port patency",
        "keeping an implanted port, a small device under the skin joined to a vein, open and free of clots",
    ),
    term(
        "port | ports",
        "a small device put under the skin and joined to a large vein, for giving medicines or taking blood",
        only_near=r"venous|catheter|implant|patency|\b(?-i:IV)\b|infusion|central line|anticoag|thromb|heparin",
        not_near=r"expander|radiation|radiother",
        not_after=r"^\s*-?\s*wine",
    ),
    # Lungs (NCT01943552): "lobectomy or right bilobectomy or segmentectomy"
    term("bilobectomy", "surgery to remove two of the three lobes of the right lung"),
    term("segmentectomy", "surgery to remove one segment, a small part, of a lobe of the lung"),
    # Gut and weight (NCT00752726, NCT02411825, NCT03510338, NCT06383390): "History of hypo/hyperthyroidism unless
    # euthyroid", "medication ... that influence intestinal transit time", "Anticholinergics (such as atropine) or
    # cholinergics (such as physostigmine), phenothiazines, ..., cisapride, octreotide", "Any condition affecting
    # gastric emptying"
    term("euthyroid", "having a normal amount of thyroid hormone"),
    term("intestinal transit time", "how long food takes to pass through the bowels"),
    term(
        "cholinergics",
        "medicines that act like acetylcholine, a chemical that carries nerve signals; some make the gut move faster",
    ),
    term(
        "physostigmine",
        "a medicine that boosts acetylcholine, a chemical that carries nerve signals; used as an antidote",
    ),
    term(
        "phenothiazines | phenothiazine",
        "a group of older medicines for psychosis or for nausea, such as prochlorperazine",
    ),
    term(
        "cisapride",
        "a medicine that made the stomach and bowels move faster; rarely used now, as it can upset the heart's rhythm",
    ),
    term(
        "octreotide",
        "a medicine like a natural hormone that slows the release of some hormones and gut juices",
    ),
    term("gastric emptying", "how fast food leaves the stomach for the bowel"),
    # Diabetes medicines (NCT02411825, NCT02099110, NCT06729996, and the records named): "except: metformin, ...,
    # acetyl salicylic acid", "Treated with sulphonyl-ureas", "other injectable anti-hyperglycemic agents", "alpha
    # glucosidase inhibitors or meglitinides", "Active, obstructive uropathy"
    term("acetyl salicylic acid | acetyl-salicylic acid", "aspirin"),
    term(
        "sulphonyl-ureas | sulphonyl-urea | sulfonyl-ureas | sulfonyl-urea | sulphonylurea",
        "diabetes pills that make the body release more insulin",
    ),
    term(
        "antihyperglycemic agents | anti-hyperglycemic agents | antihyperglycemic agent | antihyperglycaemic agents",
        "diabetes medicines that lower blood sugar",
        not_after=r"^\s*\(\s*(?-i:AHAs?)\b",
    ),
    term(
        "antihyperglycemic | anti-hyperglycemic | antihyperglycaemic | anti-hyperglycaemic | antihyperglucemic",
        "lowering high blood sugar; said of diabetes medicines",
    ),
    term(
        "alpha glucosidase inhibitors | alpha-glucosidase inhibitors | alpha-glucosidase inhibitor | "
        "α-glucosidase inhibitors",
        "diabetes pills, such as acarbose, that slow how fast the gut takes in sugar from food",
    ),
    term(
        "meglitinides | meglitinide",
        "diabetes pills, such as repaglinide, that make the body release more insulin at mealtimes",
    ),
    term(
        "obstructive uropathy",
        "a blockage that stops urine from draining from the kidneys or bladder, which can harm the kidneys",
    ),
    # Medicines leaving the body (NCT02411825, NCT04961996, NCT05798663, and 4 more records): "within 5 times
    # elimination/pharmacodynamic half-life of the medication", "5 drug-elimination half-lives"
    term(
        "elimination/pharmacodynamic half-life | elimination/pharmacodynamic half-lives",
        "the time it takes for half of a medicine to leave the body, or for half of its effect to wear off",
    ),
    term(
        "elimination half-life | elimination half-lives | elimination half lives | drug-elimination half-lives | "
        "drug elimination half-lives | drug-elimination halflives",
        "the time it takes for half of a medicine to leave the body",
    ),
    # Transplant and infection (NCT00299260): "Among the CMV seropositives, HLA type compatible with tetramer assays
    # ... (seronegatives of any HLA type are eligible)", "Requiring emergency transplant for fulminant liver failure"
    term(
        "seropositives",
        "people with a positive blood test for antibodies to an infection, which shows they have had it",
    ),
    term(
        "seronegatives",
        "people with a negative blood test for antibodies to an infection, which shows they have not had it",
    ),
    term(
        "tetramer assay | tetramer assays",
        "a lab test that counts the immune cells that fight one germ; it works only with certain HLA types",
    ),
    term(
        "fulminant liver failure | fulminant hepatic failure",
        "liver failure that comes on suddenly and quickly becomes severe",
    ),
    # Psoriasis (NCT02634801, NCT02561806): "Predominant pattern of pustular, erythrodermic, and/or guttate forms of
    # psoriasis", "systemic nonbiologic psoriasis therapy", "any other biological psoriasis therapy"
    term("pustular", "a kind of psoriasis with small bumps full of pus on red skin", only_near=r"psoria"),
    term("erythrodermic", "a rare, severe psoriasis that turns most of the skin red and peeling", only_near=r"psoria"),
    term(
        "guttate",
        "a kind of psoriasis with many small, drop-shaped spots, often after a throat infection",
        only_near=r"psoria",
    ),
    term(
        "nonbiologic | non-biologic | non biologic",
        "not a biologic: a medicine made by chemistry, such as methotrexate, rather than from living cells",
    ),
    term(
        "biological psoriasis therapy | biological psoriasis therapies | biologic psoriasis therapy | "
        "biologic psoriasis therapies",
        "medicines made from living cells, such as antibodies, used for psoriasis",
    ),
    # Lab tests and doctors (NCT01469923, NCT01298063, and 8 more records): "abnormalities in clinical chemistry,
    # haematology (including eosinophilia) or urinalysis", "Hepatically impaired subjects as determined by a
    # hepatologist/ gastroenterologist"
    term(
        "clinical chemistry | blood chemistry | serum chemistry",
        "blood tests of salts, sugar, proteins and enzymes that show how organs such as the liver and kidneys work",
    ),
    term(
        "eosinophilia",
        "too many eosinophils, a kind of white blood cell linked to allergies and parasites, in the blood",
    ),
    term("hepatically impaired", "with a liver that does not work well enough"),
    term("hepatologist | hepatologists", "a doctor who treats liver diseases"),
    term("gastroenterologist | gastroenterologists", "a doctor who treats diseases of the stomach, bowels and liver"),
    # Terms the exports9 and hint4 readings found bare.
    term("index hospitalization | index hospitalisation", "the hospital stay that made you fit for the study"),
    term("index procedure", "the operation or procedure the study is built around"),
    term("lumbopelvic", "to do with the lower back and the pelvis"),
    term("multiparous", "having given birth more than once"),
    term("parous", "having given birth"),
    term("exfoliative", "making the skin peel or flake off"),
    term("lymphedema | lymphoedema", "swelling, often of an arm or leg, because lymph fluid does not drain well"),
    term(
        "disorder of arousal from non-rapid eye movement sleep | disorders of arousal from non-rapid eye movement sleep",
        "sleepwalking, sleep terrors or confused waking from deep sleep",
    ),
    term("rapid eye movement sleep behavior disorder", "acting out dreams during sleep"),
    term("secondary to", "caused by"),
    term("stent graft | stent grafts | stent-graft", "a fabric tube on a metal frame put inside a blood vessel"),
    term("dexterity", "skill in using the hands"),
    term("mini-sternotomy | ministernotomy | sternotomy", "surgery through a cut in the breastbone"),
    term(
        "emergent",
        "needing to be done at once, as an emergency",
        only_after=r"^\s*(?:or\s+\w+\s+)?(?:surgery|surgical|operation|procedures?|intervention|cardiac surgery)",
    ),
    term(
        "salvage procedure | salvage procedures",
        "a last-chance operation when the patient is dying or other treatment has failed",
    ),
    term("EuroSCORE II | EuroSCORE | Euroscore II | Euroscore", "a score of the risk of dying after heart surgery"),
    term("inotropes | inotropic support | inotropic agents", "medicines that make the heart pump harder"),
    term("mechanical circulatory support", "a machine or pump that helps the heart move blood"),
    term("exacerbated", "made worse"),
    term("Allred score", "a score from 0 to 8 of how much of a breast tumor has hormone receptors"),
    term(
        "bronchopleural fistula",
        "an abnormal opening between an airway and the space around the lung",
    ),
    term("maxillofacial surgery", "surgery of the face, jaws and mouth"),
    term("orthognathic surgery", "surgery to move the jaws into a better position"),
    term(
        "positive symptoms",
        "in psychosis, hearing or seeing things that are not there, or holding false beliefs",
        only_near=r"psycho|schizo|hallucinat|delusion",
    ),
    term("schizophreniform", "like schizophrenia, but lasting less than 6 months"),
    term("operative vaginal delivery | operative delivery", "a birth helped by forceps or a suction cup"),
    term("episiotomy", "a cut made at the opening of the vagina to help a baby out"),
    term(
        "cycle 1 day 1 | cycle 1, day 1 | C1D1",
        "the first day of the first round of study treatment",
    ),
    term("organizing pneumonia | organising pneumonia", "a kind of lung inflammation that is not an infection"),
    term("hypophysitis", "swelling of the pituitary gland, a gland at the base of the brain that makes hormones"),
    term("polyangiitis", "swelling of many small blood vessels"),
    term("Hashimoto's | Hashimoto", "a disease in which the immune system attacks the thyroid"),
    term(
        "mineralocorticoids | mineralocorticoid",
        "hormones, or medicines like them, that control salt and water in the body",
    ),
    term("fludrocortisone", "a medicine that acts like the body's hormone that keeps salt and water in"),
    term("adrenocortical", "of the outer layer of the adrenal glands, which make steroid hormones"),
    term(
        "irritative voiding symptoms | irritative symptoms",
        "needing to pass urine often, urgently, or with pain",
    ),
    term("hydronephrosis", "swelling of a kidney because urine cannot drain out of it"),
    term("vespid | vespids", "wasps, hornets and yellow jackets"),
    term(
        "bone-seeking radionuclides | bone seeking radionuclides | bone-seeking radiopharmaceuticals",
        "radioactive medicines that go to the bones, used for bone pain from cancer",
    ),
    term("emesis", "vomiting"),
    term("gastrointestinal obstruction", "a blockage of the stomach or bowel"),
    term(
        "stem cell rescue | stem-cell rescue",
        "giving back stem cells after very strong chemotherapy so the blood can recover",
    ),
    term(
        "pulmonary capillary wedge pressure",
        "a pressure measured through a tube in the lungs' blood vessels; it shows the pressure in the left side of the heart",
    ),
    term("polyarticular", "in many joints"),
    term(
        "distal interphalangeal joints | distal interphalangeal joint | distal interphalangeal",
        "the finger and toe joints nearest the nails",
    ),
    term("rheumatoid factor", "an antibody found in the blood of many people with rheumatoid arthritis"),
    term("fusion protein | fusion proteins", "a protein medicine made by joining parts of two proteins"),
    term(
        "opportunistic infections | opportunistic infection", "infections that take hold when the immune system is weak"
    ),
    # ("Non-epithelial ovarian carcinomas", NCT02915523, hint4b: WRONG with the note of "epithelial")
    term("non-epithelial | nonepithelial", "not starting in the cells that line the organs and skin"),
    term(
        "epithelial",
        "of the cells that line the organs and skin; most cancers start in them",
        # "mesenchymal epithelial transition (MET)" names a gene
        not_before=r"mesenchymal[- ]$",
        not_after=r"^[- ]transition",
    ),
    term("chemotherapy-naïve | chemotherapy-naive | chemotherapy naïve | chemotherapy naive", "never had chemotherapy"),
    term("intravenous alimentation | parenteral alimentation", "feeding through a vein"),
    term(
        "haemoglobinopathy | hemoglobinopathy | haemoglobinopathies | hemoglobinopathies",
        "an inherited disease of the blood's hemoglobin, such as sickle cell disease",
    ),
    # "Positive liver and kidney microsomal auto antibodies" (NCT01178996, hint4b: WRONG with the thyroid sense)
    term(
        "microsomal antibodies | microsomal auto antibodies | microsomal autoantibodies | antimicrosomal antibodies",
        "antibodies against liver and kidney cells, a sign of an immune disease of the liver",
        only_near=r"liver|kidney|\b(?-i:LKM)\b|hepatitis",
    ),
    term(
        "microsomal antibodies | microsomal auto antibodies | microsomal autoantibodies | antimicrosomal antibodies",
        "antibodies against the thyroid, a sign of an immune disease of the thyroid",
        only_near=r"thyroid|\b(?-i:TPO)\b|Hashimoto",
    ),
    term("codon | codons", "a spot in a gene where a change can happen"),
    term("hypocoagulability", "blood that clots too slowly"),
    term(
        "augmentation",
        "restless legs symptoms that get worse, start earlier or spread because of the medicine",
        only_near=r"restless|\b(?-i:RLS)\b|dopamin",
    ),
    term("genotype 1b | genotype 1", "a strain of the hepatitis C virus", only_near=r"hepatitis|\b(?-i:HCV)\b|virus"),
    term("non-cirrhotic | noncirrhotic", "without cirrhosis (scarring of the liver)"),
    term("transudate", "fluid that leaks out of blood vessels because of pressure, not because of infection or cancer"),
    term(
        "intensity-modulated radiotherapy | intensity modulated radiotherapy | intensity-modulated radiation therapy",
        "radiation shaped to the tumor with beams of different strengths",
    ),
    term("hypercapnea | hypercapnia | hypercarbia", "too much carbon dioxide in the blood"),
    term("respiratory arrest", "breathing stops"),
    term("syncopal", "fainting"),
    term(
        "histone deacetylase inhibitor | histone deacetylase inhibitors | HDAC inhibitor | HDAC inhibitors",
        "a kind of cancer medicine that changes which genes cancer cells switch on",
    ),
    term("anticonception", "birth control"),
    term("incidental findings | incidental finding", "something found by chance, not what the test was looking for"),
    term(
        "lytic spondylolisthesis",
        "a slipped spine bone caused by a crack in the back part of the bone",
    ),
    term("virological failure | virologic failure", "the virus growing again in the blood despite treatment"),
    # Words UNREADABLE reasons of all readings so far name most often, still with no note anywhere.
    term("progression", "the disease getting worse, such as a cancer growing or spreading"),
    # "Indication of liver disease, defined by ...", "any indication of ongoing risk": a sign of it
    term(
        "indication",
        "a sign",
        # ("Any indication that the patient would not comply ...", NCT01178996, hint4c: WRONG as a reason for a treatment)
        only_after=r"^\s+(?:that\b|of\s+(?:[\w-]+\s+){0,2}?(?:disease|risk|infection|illness|damage|injury|harm|problems?|conditions?|"
        # ("other indication of hypokalemia", NCT02524054, hint5-1: WRONG as the reason for a medicine): a condition's
        # name by its ending
        r"disorders?|abnormal|toxicit|failure|impairment|[\w-]+(?:a?emia|itis|osis|opathy|penia|uria)\b))",
        not_before=r"\bthe\s+$",
    ),
    term("indication | indications", "the illness or reason a medicine or treatment is given for"),
    term("palpable", "can be felt by touch"),
    term("transient", "lasting only a short time"),
    term("fluoroscopy | fluoroscopic", "an X-ray that shows moving pictures"),
    term("pessary | pessaries", "a device put into the vagina to hold up the womb or bladder"),
    term(
        "depot",
        "a form of a medicine injected to release slowly over weeks or months",
        only_near=r"inject|\bIM\b|month|formulation|leuprolide|Lupron|medroxyprogesterone|Provera|triptorelin|goserelin|"
        r"corticosteroid|steroid|antipsychotic",
    ),
    term("metabolite | metabolites", "substances the body makes when it breaks something down, such as a medicine"),
    term("denervation", "loss of the nerve supply to a part of the body, or cutting or blocking it on purpose"),
    term("angulation", "a bend at an angle"),
    # "legal proceedings involving nightmares or trauma" in a PTSD study (NCT04040387, exports9c: WRONG as an injury)
    term(
        "trauma",
        "a frightening or harmful event, such as an assault, combat or an accident, or an injury",
        # (not a study of post-traumatic headache, exports10b: there a head trauma is a blow to the head)
        study_about=r"\b(?-i:PTSD)\b|post-?traumatic stress|stress disorder|nightmare",
    ),
    term(
        "trauma",
        "a physical injury",
        not_near=r"psych|stress|emotion|\b(?-i:PTSD)\b|abuse|sexual|mental|childhood|trauma-focused|traumati[sz]ed|nightmare",
    ),
    term("chronic", "lasting a long time"),
    term("hypersensibility", "an allergy or a strong reaction"),
    term("constituent | constituents", "the parts or ingredients of something"),
    term("plasma", "the liquid part of the blood", not_after=r"^[- ]?(?:cells?|cell\b|exchange|pheresis)"),
    term("GBCA | GBCAs", "gadolinium-based contrast agent: a dye used in MRI scans"),
    term("interstitial pneumonia", "swelling and scarring of the tissue between the lung's air sacs"),
    term("negative cytology", "no cancer cells found when cells were looked at under a microscope"),
    term(
        "ligamentum flavum | ligament flavum | ligamenta flava",
        "a band at the back of the spinal canal that can thicken and press on nerves",
    ),
    term("vacuum phenomenon", "gas seen in a worn spinal disc on a scan, a sign of wear"),
    term("epidural lipomatosis", "too much fat in the spinal canal, which can press on nerves"),
    term("lateral recess", "the side part of the spinal canal, where the nerve roots leave"),
    term("stenotic", "narrowed"),
    term("nucleoplasty", "a procedure that removes part of a disc's soft center through a needle"),
    term("rosacea", "a skin disease that causes redness and pimples on the face"),
    term("tinnitus", "ringing or buzzing in the ears"),
    term("occlusions", "blockages", not_near=r"dental|\bbite\b|teeth|tooth"),
    # ("Overt proteinuria", NCT00403481, hint4-1: WRONG, protein in the urine shows on a test, seldom as a symptom)
    term("overt proteinuria", "clearly raised protein in the urine, found on a urine test"),
    term("overt", "clear to see, with signs or symptoms"),
    term("post-traumatic headache | persistent post-traumatic headache", "a headache that starts after a head injury"),
    term(
        "post-concussion syndrome | postconcussion syndrome | post-concussive syndrome",
        "headache, dizziness and trouble thinking that go on after a concussion (a mild brain injury)",
    ),
    term("circadian rhythm | circadian rhythms", "the body's daily clock of sleeping and waking"),
    term("clear margins | clear margin", "no cancer cells at the edges of the tissue removed by surgery"),
    term(
        "negative symptoms",
        "in schizophrenia, a loss of normal feelings, drive and speech",
        only_near=r"psycho|schizo|hallucinat|delusion|positive symptoms",
    ),
    term("cephalic vein", "a vein that runs along the arm"),
    term("structural heart disease", "a problem in how the heart is built, such as in its valves or walls"),
    term("general practitioner | general practitioners", "a family doctor"),
    term("presyncope", "feeling about to faint"),
    term("idiosyncrasy | idiosyncrasies", "an unusual reaction to a medicine that most people do not have"),
    term("methylxanthines | methylxanthine", "stimulants such as caffeine and theophylline"),
    term("lymphovascular invasion", "cancer cells found in small blood or lymph vessels"),
    # "Lymphangitis cutis/pulmonis" among non-measurable lesions (NCT00337194, hint6-1: WRONG as an infection)
    term(
        "lymphangitis cutis | lymphangitis pulmonis | lymphangitic | lymphangitis carcinomatosa",
        "cancer spreading through the small lymph vessels of the skin or lungs",
    ),
    term(
        "lymphangitis",
        "an infection of the lymph vessels, seen as red streaks on the skin",
        not_near=r"lesions?|measurable|" + _CANCER_WORDS,
    ),
    term("mastitis", "swelling and infection of the breast"),
    term("radiculitis", "a sore, swollen nerve root in the spine, causing pain along the nerve"),
    term("chemonucleolysis", "an injection into a spinal disc that dissolves part of it"),
    term("genotyping", "a test of a person's genes, or of the strain of a virus"),
    term("assay | assays", "a lab test"),
    term("costal margin", "the lower edge of the ribs"),
    term("midclavicular line", "an imaginary line down the chest from the middle of the collarbone"),
    term("peripheral blast count", "the number of young, immature blood cells (blasts) in the blood"),
    term("mechanical obstruction", "a blockage by something in the way"),
    term("biliary", "to do with bile and the tubes that carry it from the liver"),
    term(
        "ampulla | ampulla of Vater",
        "where the bile duct and the pancreas duct open into the small bowel",
        only_near=r"bile|biliary|pancrea|duct|Vater|duoden|cholangio",
    ),
    term("region of interest", "the part of a scan or image that is measured"),
    term("periscapular", "around the shoulder blade"),
    term("vestibular", "to do with the inner ear's sense of balance"),
    term("fixation failure", "the screws, plates or rods that hold bones together coming loose or breaking"),
    term("articular space | joint space", "the gap between the bones of a joint"),
    # Terms the hint7 and hint8 readings found bare, many of them in glaucoma studies.
    term(
        "ocular hypotensive medications | ocular hypotensive medication | ocular hypotensives | ocular hypotensive agents | "
        "ocular hypotensive",
        "eye drops that lower the pressure inside the eye",
    ),
    term(
        "beta-adrenoceptor antagonists | beta adrenoceptor antagonists | beta-adrenergic antagonists",
        "beta-blockers: medicines that block adrenaline's effect; as eye drops they lower the pressure in the eye",
    ),
    term("pseudoexfoliation", "flaky material in the eye that can clog its drainage and raise its pressure"),
    term("pigment dispersion", "color from the iris flaking off and clogging the eye's drainage"),
    term(
        "angle closure | angle-closure | narrow angles | narrow angle | narrow-angle | closure of the angle",
        "the eye's drainage angle, between the iris and the clear front of the eye, being narrow or closed",
    ),
    term("laser peripheral iridotomy", "a laser that makes a tiny hole in the iris so fluid can drain"),
    term("applanation tonometry | tonometry", "a test that measures the pressure inside the eye"),
    term("demyelinating | demyelination", "damaging the coating of the nerves, as in multiple sclerosis"),
    term("viscera", "the organs inside the belly and chest"),
    # "History of neuroleptic malignant syndrome" (NCT01387542, hint8: WRONG with the note "malignancy: cancer")
    term(
        "neuroleptic malignant syndrome",
        "a rare, dangerous reaction to some mental health medicines, with high fever and stiff muscles",
    ),
    term("β-D-glucan | beta-D-glucan", "a blood test that can show a fungal infection"),
    term("benzalkonium chloride", "a preservative in many eye drops"),
    term("erlotinib-naive | erlotinib-naïve", "never treated with erlotinib"),
    term(
        "major affective disorder | major affective disorders",
        "a serious mood disorder, such as major depression or bipolar disorder",
    ),
    term(
        "schizo-affective disorder",
        "a mental illness with symptoms of both schizophrenia and a mood disorder",
    ),
)

# Spine and discs: terms a clinical reading of 24 studies (docs/eligibility-review/downloads1: degenerative disc disease,
# herniated discs, neck and lower back fusion) found bare, and the other terms that reading found bare. First in WORDS:
# a guarded spine sense here is tried before another group's sense of the same spelling.
_SPINE_AND_DISCS: tuple[Term, ...] = (
    # "Skeletally mature male or female" (NCT04015791), "Is skeletally immature (<18 years of age ...)" (NCT05299762)
    term("skeletally mature", "with bones that have finished growing"),
    term("skeletally immature", "with bones that are still growing"),
    # The part of the spine a study treats: "at the index level" (NCT04188236), "at the operative level" (NCT04550923),
    # "at the involved level" (NCT04015791), "at the target level" (NCT04042844), "the index disc" (NCT06127745).
    term(
        "index level | index levels | target level | target levels | operative level | operative levels | "
        "involved level | involved levels | treated level | treated levels | treatment level | surgical level | "
        "surgical levels | study level",
        "the part of the spine (a disc and the bones above and below it) that the study treats",
    ),
    term(
        "index disc | index discs | target disc | target discs | target operative disc",
        "the disc of the spine that the study treats",
    ),
    term(
        "adjacent level | adjacent levels | adjacent segment | adjacent segments",
        "the parts of the spine just above and below the one being treated",
        only_near=_SPINE_WORDS + r"|\blevels?\b|\bsegments?\b|treated|treatment|index|operative|involved|kyphosis",
        not_before=r"\bnon-?\s*$",  # "2 adjacent or non-adjacent levels" (NCT05405374): next to each other or not
    ),
    term(
        "immobile level | immobile levels | immobile vertebral level | immobile vertebral levels",
        "a part of the spine whose bones no longer move against each other, for example because they have grown together",
    ),
    # A level of the spine: "in one or two levels between C3-7" (NCT04550923), "Prior surgeries at any level of the
    # lumbar spine" (NCT04600544); not a blood level, a level of care or the level of a spinal cord injury.
    term(
        "level | levels",
        "one section of the spine: a disc and the bones just above and below it",
        only_near=_SPINE_WORDS,
        not_before=r"\b(?:h(?:a)?emoglobin|glucose|sugar|vitamin\s+\w+|hormone|serum\s+\w+|blood|testosterone|calcium|"
        r"activity|pain|education|evidence|consciousness|sedation|anxiety|stress|function|disability|\bcare|injury|"
        r"amputation|umbilical|fitness|neurological|sensory|motor|\bT\d+)\s*$",
        not_after=r"^\s*(?:of\s+(?:consciousness|education|evidence|activity|care|sedation|function|pain|disability|"
        r"injury|anxiety|stress)|\d|[<>≤≥=:]|(?:is|was)\s+(?:[<>≤≥=]|\d|above|below|greater|less|more|high|low|normal|"
        r"elevat))",
        # "Decreased muscle strength of at least one level on the clinical evaluation 0 to 5 scale" (NCT05971329,
        # downloads4: WRONG as a section of the spine): a step of a scale.
        # ("lymph nodes at cervical level II", NCT02630004, hint5-1: WRONG as the spine): a group of the neck's nodes
        not_near=r"cord injur|\b(?-i:SCI|ASIA|AIS)\b|paraplegi|tetrapleg|quadripleg|\bscale\b|\bscore\b|\bstrength\b|"
        r"lymph|\bnod(?:es?|al)\b",
    ),
    term(
        "segment | segments",
        "one section of the spine: a disc and the bones just above and below it",
        only_near=r"vertebr|\bspin|lumbar|lumbosacral|cervical|\bdiscs?\b|\bdisks?\b|herniat|fusion|\blevels?\b|"
        r"(?<![A-Za-z-])(?-i:[CLT]\d+|S1)\b|stenosis|listhesis|instabilit|kyphosis|\b(?-i:C?DDD)\b|decompress|"
        r"arthrodes|\bplate\b",
        not_before=r"(?:\bST|anterior|posterior|vein|distal|hepatic|week)[\s-]*$",
        not_after=r"^\s*(?:IV|VI*|I{1,3}|elevation|depression|deviation|neovascular)\b",
    ),
    # "Multi-segmental (3 or more segments) symptomatic CDDD" (NCT06610175, downloads6: WRONG as one or more).
    term(
        "multi-segmental | multisegmental",
        "of more than one section of the spine",
        only_near=_SPINE_WORDS + r"|instabilit|kyphosis|\b(?-i:C?DDD)\b|\bsegments?\b",
        # (not where it says how many, "(3 or more segments)": "more than one" then let in two, NCT06610175, downloads6b:
        # WRONG)
        not_after=r"^\s*\(\s*\d",
    ),
    term(
        "segmental",
        "of one or more sections of the spine",
        only_near=_SPINE_WORDS + r"|instabilit|kyphosis|\b(?-i:C?DDD)\b|\bsegments?\b",
        not_before=r"focal\s*$",
    ),
    # "cervical" is the neck, and the cervix: "cervical cancer", "cervical cap", "cervical intraepithelial neoplasia"
    # get no neck note.
    term(
        "cervical",
        "of the neck; here, the part of the spine in the neck",
        only_near=_SPINE_WORDS + r"|\blevels?\b|\b(?-i:ACDF|C?DDD|NDI)\b|instabilit|\bsegments?\b|osteophyt|"
        r"myelopath|\bplate\b|hardware|interbody|traction|collar",
        # ("lymph nodes at cervical level II", NCT02630004, hint5-1: WRONG as the spine)
        not_near=_CERVIX_WORDS + r"|lymph|\bnod(?:es?|al)\b",
    ),
    # "Have had six weeks of cervical non operative treatment" (NCT04911257): in a study of the spine.
    term(
        "cervical",
        "of the neck; here, the part of the spine in the neck",
        study_about=_SPINE_STUDY,
        not_near=_CERVIX_WORDS,
    ),
    term(
        "cervical",
        "of the neck",
        only_near=r"\bneck\b|vascular|vessels?\b|arter|esophag|dystonia|\bpain\b|region|structures?\b|whiplash|"
        r"lymph|adenopath|collar",
        not_near=_CERVIX_WORDS,
    ),
    # "Suspicion of Sacro Iliac and/ or Facet joint pain" (NCT04015791), "Sacrum-iliac synchondrosis agenesis"
    # (NCT04757038): the joint, not the iliac blood vessels.
    term(
        "sacroiliac joint | sacroiliac joints | sacroiliac | sacro iliac | sacro-iliac | sacrum-iliac",
        "the joint between the base of the spine (the sacrum) and the hip bone",
    ),
    term("SI joint | SI joints", "sacroiliac joint: the joint between the base of the spine and the hip bone"),
    term("synchondrosis", "a joint where two bones are held together by cartilage, a firm, bendy tissue"),
    term("agenesis", "a body part that never formed before birth"),
    # "Patients with positive response to medial branch block" (NCT04757038)
    term(
        "medial branch block | medial branch blocks",
        "a numbing injection into the small nerves of the spine's facet joints, to test if the pain comes from those "
        "joints",
    ),
    # Slips: "retrolisthesis" (NCT04416321), "laterolisthesis" (NCT05287867), "Greater than Grade 1 spondylolisthesis
    # according to Meyerding classification" (NCT04015791); where a grade is near, the note says what grades mean.
    term("retrolisthesis", "a bone of the spine that has slipped backward over the one below"),
    term("laterolisthesis", "a bone of the spine that has slipped sideways over the one below"),
    term(
        "Meyerding classification | Meyerding grade | Meyerding",
        "grades 1 to 5 of how far a spine bone has slipped over the one below; grade 1 is up to a quarter",
    ),
    term(
        "spondylolisthesis",
        "a spine bone that has slipped forward over the one below; graded 1 (up to a quarter of its width) to 5 (fully "
        "off)",
        only_near=r"\bgrades?\b|\bgr\.?\s*(?:[1-5]|I{1,3}V?|IV|V)\b|Meyerding|\bdegree\s*[1-5]\b",
        # "(grade 1 with less than or equal to 10% vertebral body)" (NCT05287867): the study's own measure counts.
        not_near=r"\d\s*%",
    ),
    # "Lumbar scoliosis with a Cobb angle of greater than 11 degree" (NCT04015791), "cob angle over 10 degrees"
    # (NCT05287867)
    term(
        "Cobb angle | Cobb angles | Cobb's angle | cob angle",
        "a measure in degrees, on an X-ray, of how much the spine curves to the side; a bigger angle means a bigger curve",
    ),
    # "pars fracture" (NCT04015791, NCT06127745), "annular tear" (NCT06127745)
    term(
        "pars fracture | pars fractures | pars defect | pars defects | pars interarticularis",
        "a crack in the thin bridge of bone at the back of a spine bone",
    ),
    term(
        "annular tear | annular tears | annular fissure | annular fissures",
        "a tear in the tough outer ring of a disc of the spine",
    ),
    # "With or without contained disc protrusion" (NCT06127745), "a single contained or noncontained (extruded) lumbar
    # disc herniation" (NCT01978912): not "contained in the study drug".
    term(
        "contained",
        "of a slipped disc: bulging out, but still held in by its tough outer ring",
        only_after=r"^\s*(?:or\s+non-?\s*contained\s+)?(?:\(\w+\)\s+)?(?:lumbar\s+)?(?:discs?|disks?|herniat|protru)",
    ),
    term("noncontained | non-contained", "of a slipped disc: broken through its tough outer ring"),
    term(
        "black disc | black discs | dark disc | dark discs",
        "a worn, dried-out disc of the spine that looks dark on an MRI scan",
    ),
    term(
        "disc bulge | disc bulges | bulging disc | bulging discs | bulging disk | disk bulge",
        "a disc of the spine whose edge sticks out a little past the bones around it",
    ),
    # "Radiating pain matched with severer abnormality than bulging shown by CT or MRI on lumbar spine" (NCT03386149)
    term(
        "bulging",
        "of a disc of the spine: its edge sticks out a little past the bones around it",
        only_near=r"\bdiscs?\b|\bdisks?\b|lumbar|\bspin|herniat|protrusion",
        not_near=r"vagina|abdom|\beyes?\b|hernia\b",
    ),
    term(
        "disc hernia | disc hernias | disk hernia",
        "a spinal disc that bulges out and can press on a nerve",
    ),
    # "Patients with symptomatic hernia, sciatica or spinal cord injury" (NCT04757038): a slipped disc, not a groin hernia.
    term(
        "hernia",
        "here, a slipped disc of the spine that bulges out and can press on a nerve",
        only_near=r"sciatica|\bspin|\bdiscs?\b|\bdisks?\b|lumbar|radicul|vertebr",
        not_near=r"hiatus|hiatal|inguinal|umbilical|abdom|groin|incisional|femoral|ventral|diaphragm|\brepair",
    ),
    term(
        "radiating",
        "spreading out from one place along a nerve, as pain that runs from the back down a leg",
        only_near=r"\bpain\b",
    ),
    # "provocative discography (PD)" (NCT04015791), "contrast media-discography" (NCT06127745)
    term(
        "provocative discography | provocation discography | provocative discogram",
        "a test that injects dye into discs of the spine to see which one brings on your usual pain",
    ),
    term(
        "discography | discogram | discograms",
        "an X-ray test in which dye is injected into a disc of the spine, to see its shape and whether it causes pain",
    ),
    term(
        "Nociscan",
        "a test that reads a special kind of MRI scan to find which discs of the lower back are painful",
    ),
    # Surgery: "transforaminal lumbar interbody fusion" (NCT05023733), "anterior cervical corpectomy" (NCT05883436)
    term("interbody", "placed between two bones of the spine, in the space of the disc"),
    term(
        "corpectomy | corpectomies",
        "surgery that removes the main, block-shaped part of one or more spine bones and the discs next to them",
    ),
    term(
        "arthroplasty",
        "surgery that replaces a worn joint, or a disc of the spine, with an artificial one",
    ),
    term(
        "disc replacement | artificial disc replacement | total disc replacement | disk replacement",
        "surgery that replaces a worn disc of the spine with an artificial one",
    ),
    term("Synergy Disc", "an artificial disc put in the neck to replace a worn one"),
    # "Known allergy to the material used in the instrumentation" (NCT04416321): the implants of spine surgery, not
    # instruments passed into the bladder or the airway.
    term(
        "instrumentation",
        "the metal or plastic screws, rods, plates or cages put in during spine surgery to hold the bones",
        not_near=_INSTRUMENTS_PASSED_IN,
    ),
    term(
        "instrumented | non-instrumented",
        "done with screws, rods or other implants put in to hold the bones of the spine",
        not_near=_INSTRUMENTS_PASSED_IN,
    ),
    term(
        "stabilization | stabilisation",
        "surgery that holds bones of the spine firmly in place, for example with screws, rods or a plate",
        only_near=_SPINE_WORDS + r"|\bsegments?\b|\blevels?\b|\bplate\b|instrumented|fixation|\bbony\b",
    ),
    term("revision surgery | revision surgeries", "an operation to fix or redo an earlier operation"),
    # "Indication for (additional) posterior surgical approach" (NCT04623593), "via a posterior approach"
    # (NCT06447194): said of the spine in a study of the spine.
    term(
        "posterior surgical approach | posterior approach",
        "surgery that reaches the spine through a cut in the back",
        study_about=_SPINE_STUDY,
    ),
    term(
        "anterior surgical approach | anterior approach",
        "surgery that reaches the spine through a cut in the front of the neck or belly",
        study_about=_SPINE_STUDY,
    ),
    term(
        "posterior element | posterior elements | posterior lumbar element",
        "the parts at the back of a spine bone: its arch, its small joints and its bony tips",
    ),
    term("posterior", "at or toward the back", not_after=r"^\s*probabilit"),
    # "Previous ventral surgery of the cervical spine" (NCT04623593); the brain's "ventral tegmental area" is not.
    term(
        "ventral",
        "at or toward the front of the body",
        only_near=r"surgery|\bspin|cervical|approach|fusion|\bneck\b|vertebr|\bdiscs?\b",
        not_after=r"^\s*(?:tegmental|striatum|pallidum|horn|roots?)\b",
    ),
    # "Any posterior lumbar element insufficiency (e.g. Spondylolysis, pars fracture" (NCT04015791): not blood flow.
    term(
        "insufficiency",
        "not strong enough; here, a weak or broken part at the back of a spine bone",
        only_near=r"posterior\s+(?:lumbar\s+)?elements?|spondylolysis|\bpars\b",
    ),
    # "Modic Grade II changes or less" (NCT06127745), "type III Modic changes" (NCT06144970): the note says the types.
    term(
        "Modic changes | Modic change | Modic",
        "changes in the bone next to a worn spine disc, seen on MRI; type 1 is swelling, type 2 fat, type 3 hardened bone",
        only_after=r"^\s*(?:changes?\s+)?(?:type\s*|grade\s*)?(?:I{1,3}|[1-3])\b",
    ),
    term(
        "Modic changes | Modic change | Modic",
        "changes in the bone next to a worn spine disc, seen on MRI; type 1 is swelling, type 2 fat, type 3 hardened bone",
        only_before=r"\b(?:type|grade)\s*(?:I{1,3}|[1-3])\s*$",
    ),
    # Diseases and findings: "myeloradiculopathy" (NCT04550923), "discopathy" (NCT05631392), "central canal"
    # (NCT05287867), "posterior facet syndrome" (NCT06525896), "Verbiest Syndrome of Lumbar Spine" (NCT04757038)
    term(
        "myeloradiculopathy | radiculomyelopathy",
        "pressure on both the spinal cord and the nerve roots, causing pain, numbness or weakness",
    ),
    term("discopathy | discopathies", "disease or wear of a disc of the spine"),
    term(
        "central canal stenosis | central canal",
        "the main channel down the middle of the spine, which holds the spinal cord and nerves",
    ),
    term(
        "spinal canal | spinal channel | vertebral canal",
        "the channel through the bones of the spine that holds the spinal cord and nerves",
    ),
    term(
        "foramen | foramina",
        "an opening between the bones of the spine where a nerve leaves it",
        only_near=_SPINE_WORDS + r"|central canal|lateral recess",
        not_after=r"^\s*(?:ovale|magnum)\b",
    ),
    term(
        "posterior facet syndrome | facet syndrome | facet joint syndrome",
        "back pain that comes from the small joints at the back of the spine",
    ),
    term(
        "Verbiest syndrome | Verbiest's syndrome | Verbiest",
        "a narrowing of the spinal canal in the lower back that causes leg pain when walking",
    ),
    # "Symptomatic kyphosis or flat black syndrome" (NCT04015791): the registry's typo, named right in the note.
    term(
        "flat back syndrome | flat black syndrome",
        "a loss of the normal inward curve of the lower back, which makes it hard to stand up straight",
        shown="flat back syndrome",
    ),
    term(
        "compression fracture | compression fractures | vertebral compression fracture",
        "a break in which a bone of the spine is crushed and flattened",
    ),
    term(
        "burst fracture | burst fractures",
        "a break in which a bone of the spine is crushed into pieces, which can press on the nerves",
    ),
    term(
        "flexion-extension | flexion/extension | flexion and extension",
        "bending forward and bending back; flexion-extension X-rays are taken in both positions to see how the spine moves",
    ),
    # "Instability as seen on MRI, flexion-extension x-ray" (NCT05287867); not hemodynamic or microsatellite instability.
    term(
        "instability",
        "bones of the spine that move more than they should",
        only_near=_SPINE_WORDS + r"|\blevels?\b|\bsegments?\b|translation|angulation|flexion|subluxation",
        not_before=r"\b(?:h(?:a)?emodynamic|microsatellite|psychiatric|psychological|emotional|medical|clinical|genomic|"
        r"chromosomal|mental|cardiac|electrical)\s*$",
    ),
    term(
        "nerve root compression | nerve compression | root compression | neural compression",
        "pressure on a nerve where it leaves the spine",
    ),
    # "Traumatic origin of the compression" (NCT04623593)
    term(
        "compression",
        "pressure on the spinal cord or a nerve",
        study_about=_SPINE_STUDY,
        not_near=r"urticaria|stockings?|garments?|bandag|balloon|fractures?|\bburst\b|\bskin\b|dermat|sleeve",
    ),
    term(
        "traumatic",
        "caused by an injury",
        not_before=r"post[- ]?\s*$",
        not_after=r"^\s*(?:(?:\w+\s+){0,2}injur|brain|spinal cord|stress|events?\b|experiences?|memor|grief|surg)",
    ),
    # "Patients presented with motor deficit" (NCT05659342, downloads4: WRONG, loss of feeling widened it).
    term("motor deficit | motor deficits", "weakness of muscles because a nerve does not work well"),
    term("sensory deficit | sensory deficits", "loss of feeling because a nerve does not work well"),
    # "Deficit confirmed by CT, MRI, or X-ray" (NCT04550923), "Fixed motor deficit" (NCT05587465)
    term(
        "deficit | deficits",
        "a loss of nerve function, such as weakness or loss of feeling",
        only_before=r"(?:motor|sensory|strength|neuromuscular|muscular|focal)\s*$",
    ),
    term(
        "deficit | deficits",
        "a loss of nerve function, such as weakness or loss of feeling",
        study_about=_SPINE_STUDY,
        not_near=r"attention|hyperactiv|cognitive|intellectual|visual|dexterity|fluid|volume|calori|\bbase\b|oxygen|iron|"
        r"vitamin|memory|hearing|speech",
    ),
    term("pain generator | pain generators", "the part of the body the pain comes from"),
    term("lumbago", "pain in the lower back"),
    term(
        "central sensitization | central sensitisation",
        "when the nerves, spinal cord and brain become extra sensitive, so pain is felt more strongly or for longer",
    ),
    term(
        "hypermobile",
        "having joints that bend further than they should",
        not_near=r"septal|septum|\b(?-i:PFO|TEE)\b|atrial|foramen",
    ),
    term(
        "Ehlers-Danlos syndrome | Ehlers- Danlos syndrome | Ehlers-Danlos",
        "an inherited condition with stretchy skin and loose joints that bend too far",
    ),
    term(
        "polymyalgia rheumatica | polymyalgia",
        "an illness of older people with pain and stiffness in the shoulders and hips",
    ),
    term("pseudogout", "painful swelling of a joint caused by calcium crystals, like gout"),
    term(
        "Bechterew's disease | Bechterew disease | Bekhterev's disease | Bechterew's",
        "another name for ankylosing spondylitis: long-lasting swelling of the spine's joints that can make it stiff",
    ),
    term(
        "Forestier's disease | Forestier disease",
        "a condition in which extra bone grows along the spine and makes it stiff (also called DISH)",
    ),
    term(
        "progressive osseous heteroplasia",
        "a rare inherited disease in which bone forms in the skin and the muscles",
    ),
    term(
        "fibrodysplasia ossificans progressiva",
        "a rare inherited disease in which muscles and other soft tissues slowly turn into bone",
    ),
    # Treatments and materials: "bone morphogenetic protein (BMP) products", "polyetheretherketone (PEEK)"
    # (NCT06115512), "cancellous, cortical, and/or cortico-cancellous bone meeting on-label criteria" (NCT05883436)
    term(
        "bone morphogenetic protein | bone morphogenetic proteins",
        "a protein that helps new bone grow, used in some spine surgery",
    ),
    term("polyetheretherketone", "a strong, hard plastic used to make implants"),
    term("cancellous", "of the spongy bone inside a bone"),
    term("cortico-cancellous | corticocancellous", "bone with both its hard outer layer and its spongy inside"),
    term(
        "cortical",
        "of the hard outer layer of a bone",
        only_near=r"cancellous|\bbones?\b|\bbony\b|graft",
        not_near=r"\bbrain|cerebr|cortex|stroke|atrophy|dementia|kidney|renal|adrenal",
    ),
    term("on-label | on label", "used for what it is officially approved for"),
    term(
        "hyaluronic acid | hyaluronate | sodium hyaluronate | hyaluronan",
        "a gel-like substance found in the joints and skin, also used in joint injections and skin fillers",
    ),
    term(
        "gram-positive | gram positive",
        "of one of the two big groups of bacteria, sorted by how they take up a lab stain",
    ),
    term("adipose tissue | adipose", "body fat"),
    term(
        "mesenchymal stem cells | mesenchymal stromal cells",
        "cells, for example from fat or the placenta, that can grow into bone, cartilage or fat",
    ),
    term(
        "biostimulator | biostimulators",
        "an electronic device put inside the body that sends small pulses to nerves or muscles",
    ),
    # "radiofrequency, laser ablation, protease injection, Ozone injection" into a disc (NCT06589271, downloads1: the
    # notes spoke of skin tightening and of HIV medicines)
    term(
        "radiofrequency",
        "radio waves, used to heat and destroy a small area of tissue, such as a nerve or part of a disc",
        only_near=r"\bdiscs?\b|intradiscal|intervertebral|facet|medial branch|\bnerves?\b|ganglion|\bspin|lumbar|"
        r"thermocoagulation|denervation|protease|ozone",
        not_near=r"\bskin\b|wrinkl|facial|cosmetic|tighten|tumou?r|cancer|metasta",
    ),
    term(
        "protease",
        "an enzyme that breaks down proteins; here injected into a disc to shrink it",
        only_near=r"\bdiscs?\b|intradiscal|intervertebral|ozone|chemonucleolysis",
        not_after=r"^\s*inhibitors?\b",
    ),
    term(
        "interventional therapy | interventional therapies",
        "treatment through a needle or a thin tube, guided by scans, instead of open surgery",
    ),
    # People and the study: "ambulatory" (NCT05287867), "incapacitation" (NCT06589271), "auto-controlled analgesia"
    # and "protected patients" (NCT01811251), "the parent study", "treatment emergent" (NCT05816382)
    term(
        "ambulatory",
        "able to walk",
        not_before=r"\b(?:outpatient|24-hour|24 hour|24h|hour)\s*$",
        not_after=r"^\s*(?:(?:\w+\s+)?(?:blood|BP|systolic|diastolic|monitor|clinic|care|surgery|setting|center|centre|"
        r"ECG|EKG|Holter|oxygen|peritoneal|infusion|pump|visit|treatment|patients?\s+(?:clinic|care|setting)))",
    ),
    term("incapacitated | incapacitation", "unable to look after yourself or to make your own decisions"),
    term(
        "auto-controlled analgesia | patient-controlled analgesia | patient controlled analgesia",
        "a pain pump that lets you give yourself a dose of pain medicine by pressing a button",
    ),
    term(
        "protected patients | protected patient | protected adults | protected adult | protected person | "
        "protected persons",
        "people the law protects because they cannot fully decide for themselves, such as adults under a guardian",
    ),
    term(
        "parent study | parent trial | parent protocol",
        "the earlier study that people join this one from",
    ),
    term(
        "treatment emergent | treatment-emergent",
        "that started, or got worse, after the study treatment began",
    ),
    term(
        "controlled study | controlled studies | controlled trial | controlled trials",
        "a study that compares a treatment with another treatment or with a dummy one (placebo)",
    ),
    term(
        "prohibited drugs | prohibited drug | prohibited medications | prohibited medication | prohibited medicines",
        "medicines the study does not allow you to take",
    ),
    # "Poor compliance, or can not correctly understand the cooperation" (NCT06589271), "Have had (retrospective
    # cohort) or the decision has been made to have (prospective cohort) the Synergy Disc implanted" (NCT05880823)
    term("poor compliance", "not following the instructions of the study or of the doctors well"),
    term(
        "retrospective cohort | retrospective cohorts",
        "a group of people studied by looking back at the records of a treatment they already had",
    ),
    term(
        "prospective cohort | prospective cohorts",
        "a group of people followed forward in time, from the start of the study",
    ),
    term("c/w", "consistent with: matching, in keeping with"),
    term("postop | post-op", "after the surgery"),
    # Sleep, muscles and blood fats: "cataplexy", "excessive daytime sleepiness" (NCT05816382), "myopathy",
    # "biliary obstruction", "familial hypercholesterolemia (homozygotes)", "primary prevention" (NCT05923281)
    term(
        "cataplexy",
        "sudden, short muscle weakness set off by strong feelings such as laughing; a sign of narcolepsy",
    ),
    term("excessive daytime sleepiness", "feeling very sleepy during the day"),
    term("myopathy | myopathies", "a disease of the muscles that causes weakness"),
    term(
        "biliary obstruction | bile duct obstruction",
        "a blockage of the bile ducts, the tubes that carry bile from the liver to the gut",
    ),
    term(
        "homozygous familial hypercholesterolemia | homozygous familial hypercholesterolaemia",
        "very high cholesterol from birth, from the same faulty gene passed on by both parents",
    ),
    term(
        "familial hypercholesterolemia | familial hypercholesterolaemia",
        "very high cholesterol that runs in families, caused by a faulty gene",
    ),
    term(
        "homozygous | homozygote | homozygotes",
        "with the same form of a gene from both parents",
    ),
    term(
        "primary prevention",
        "preventing a first heart attack or stroke, in people who have not had one",
        only_near=_HEART_AND_BLOOD_FATS,
    ),
    term("primary prevention", "preventing a disease before it first happens"),
    term(
        "secondary prevention",
        "preventing another heart attack or stroke, in people who have already had one",
        only_near=_HEART_AND_BLOOD_FATS,
    ),
    term("Friedewald formula", "a way to work out LDL cholesterol from other blood fat results"),
    # Bladder cancer (NCT05879653): "polyuria or polydipsia", "intravesical instillation therapy", "Ta/T1/CIS of the
    # upper tract ... complete nephroureterectomy", "any small cell or neuroendocrine component", "active surveillance"
    term("definitive intent", "meant to cure the disease"),
    # "aortic aneurysm and dissection" (NCT06127745); not a lymph node dissection, which is surgery.
    term(
        "dissection | dissections",
        "a tear in the inner wall of a blood vessel, often the aorta, the body's main artery",
        only_near=r"aort|arter|aneurysm|vessel|vascular|coronar",
        not_near=r"lymph|\bnodes?\b|nodal|axill",
    ),
    term("polyuria", "passing large amounts of urine"),
    term("polydipsia", "being very thirsty and drinking a lot"),
    term("intravesical", "put directly into the bladder through a thin tube"),
    term(
        "nephroureterectomy | nephroureterectomies",
        "surgery to remove a kidney together with the tube (ureter) that drains it into the bladder",
    ),
    term(
        "upper tract | upper urinary tract",
        "the kidneys and the tubes (ureters) that carry urine from them to the bladder",
        only_near=r"urothel|urin|kidney|nephr|ureter|bladder|\b(?-i:UC|CIS|UTUC|Ta|T1)\b",
    ),
    term(
        "small cell",
        "a fast-growing kind of cancer whose cells look small under a microscope",
        only_after=r"^\s*(?:or\s+[\w ]{0,30}component|component)",
    ),
    term(
        "active surveillance",
        "checking a cancer regularly with tests instead of treating it right away",
        only_near=r"cancer|prostate|tumou?r|Gleason|\b(?-i:PSA)\b|malignan|carcinom|untreated|definitive",
    ),
    # Words the hint3-1 readers found bare (UNREADABLE), each in the sense its study uses.
    term("osteolytic lesion | osteolytic lesions", "a spot where bone is being destroyed, often by cancer"),
    term("osteolytic", "destroying bone"),
    term("plasmacytosis", "more plasma cells (a kind of white blood cell) than normal in the bone marrow"),
    term("M-component | M component", "an abnormal antibody made by myeloma cells, measured to track the disease"),
    term("IgD", "one kind of antibody in the blood (immunoglobulin D)"),
    term(
        "Bence Jones protein | Bence Jones proteins | Bence Jones",
        "pieces of antibodies (light chains) made by myeloma cells and found in the urine",
    ),
    term("light chain disease", "a kind of myeloma whose cells make only pieces of antibodies (light chains)"),
    term("hypercoaguable", "blood that clots too easily"),
    term(
        "anti-phospholipid antibody | anti-phospholipid antibodies | antiphospholipid antibody | "
        "antiphospholipid antibodies",
        "antibodies, found by a blood test, that make blood clot too easily",
    ),
    term("ARA criteria", "the American Rheumatism Association's rules for diagnosing rheumatoid arthritis"),
    term("immunoadsorption", "a treatment that filters antibodies out of the blood"),
    term("leflunomide", "a medicine for rheumatoid arthritis that calms the immune system"),
    term("D-penicillamine | penicillamine", "an older medicine for rheumatoid arthritis"),
    term("belatacept | efalizumab | alefacept", "a medicine that calms the immune system"),
    term("PEF", "peak expiratory flow: how fast you can blow air out, measured with a peak flow meter"),
    term("Mini-Wright", "a brand of peak flow meter"),
    term("eDRC", "an electronic diary card, filled in each day of the study"),
    term("DISKUS | Diskus", "a kind of inhaler that gives a dry powder medicine"),
    term(
        "beta2-agonists | beta2-agonist | beta2 agonists | beta-2 agonists | β2-agonists",
        "medicines that open the airways, such as salbutamol (short-acting) or salmeterol (long-acting)",
    ),
    term(
        "leukotriene antagonists | leukotriene antagonist | leukotriene receptor antagonists",
        "asthma and allergy pills, such as montelukast",
    ),
    term("theophyllines", "an older asthma medicine taken by mouth, such as theophylline"),
    term(
        "Diffuse Lewy body disease",
        "a kind of dementia with ups and downs in alertness, seeing things that are not there, and stiff, slow movement",
    ),
    term("neurophysiological", "about how the brain and nerves work, as tests such as an EEG measure it"),
    term("unmeasurable disease", "cancer that cannot be measured on scans"),
    term(
        "arterial thrombotic event | arterial thrombotic events",
        "a blood clot in an artery, such as one that causes a heart attack or a stroke",
    ),
    term(
        "metabolic panel | comprehensive metabolic panel | basic metabolic panel",
        "a standard blood test of salts, sugar and kidney (and often liver) function",
    ),
    term(
        "glucose clamp",
        "a test in which insulin and sugar are given through a drip to see how the body handles sugar",
    ),
    # "Only stress or mixed incontinence" (NCT00768521): the stress kind, its "incontinence" said once.
    term(
        "stress",
        "leaking urine when you cough, sneeze, laugh or exercise",
        shown="stress incontinence",
        only_after=r"^\s*(?:or|and|/)\s+(?:mixed|urge\w*)\s+(?:urinary\s+)?incontinence",
    ),
    term("electrostimulation", "treatment with small electric currents"),
    term(
        "hedgehog antagonist | hedgehog pathway inhibitor | hedgehog inhibitor",
        "a cancer medicine that blocks a growth signal in cells (the 'hedgehog' signal)",
    ),
    term("periocular", "around the eye"),
    term("endophthalmitis", "a serious infection inside the eye"),
    term("reading center", "the central team that reads the study's scans or eye pictures"),
    term("Glucksberg", "the author of a scale for grading graft-versus-host disease (GvHD)"),
    term("non-M3 AML", "acute myeloid leukemia of any kind but M3 (acute promyelocytic leukemia)"),
    term("RevAssist", "the safety program for taking lenalidomide, with rules to prevent pregnancy"),
    term("erythema nodosum", "painful red lumps under the skin, usually on the shins"),
    term("desquamating | desquamation", "peeling of the skin"),
    term(
        "α1-antitrypsin deficiency | alpha-1 antitrypsin deficiency | alpha1-antitrypsin deficiency | "
        "α-1 antitrypsin deficiency",
        "an inherited lack of a protein that protects the lungs and liver",
    ),
    term(
        "del17p | del(17p) | 17p deletion | deletion 17p",
        "a loss of part of chromosome 17 in the cancer cells, which makes some treatments work less well",
    ),
    term("ROR1", "a marker found on some leukemia cells"),
    term("bovine", "from cows"),
    term("donor chimerism", "donor blood cells still found in your body after a stem cell transplant from a donor"),
    term("autologous hematopoiesis", "blood cells made again by your own bone marrow, none of them the donor's"),
    term(
        "ASCO/CAP",
        "the testing rules of cancer doctors and pathologists (American Society of Clinical Oncology and College of "
        "American Pathologists)",
    ),
    term("LABC", "locally advanced breast cancer: breast cancer that has grown into nearby tissue or lymph nodes"),
    term("medullary thyroid carcinoma | medullary thyroid cancer", "a rare cancer of the thyroid gland in the neck"),
    term("CISH | SISH", "lab tests that count the copies of a gene in tumor cells"),
    term("CEP17", "a control marker on chromosome 17, counted beside HER2 in a HER2 test"),
    term(
        "Chronic Kidney Disease Epidemiology Collaboration formula | Chronic Kidney Disease Epidemiology Collaboration",
        "a standard way to estimate how well the kidneys filter the blood from a blood test (CKD-EPI)",
    ),
    term("dilated fundoscopy | dilated funduscopy", "an exam of the back of the eye after drops widen the pupil"),
    term("lymphadenectomy", "surgery to remove lymph nodes"),
    term("anorectum", "the anus and rectum"),
    term("Snellen", "the usual eye chart of letters, read from a distance"),
    # ("Elevated PSA (>= 5 ng/mL) with 2 consecutive increases from baseline", NCT00096304, hint4-1: WRONG as the start
    # of the study): the value before, that rises are counted from.
    term(
        "baseline",
        "an earlier value that later changes are measured from",
        only_near=r"\b(?-i:PSA)\b|nadir|consecutive (?:increase|rise)",
        only_before=r"\bfrom\s+$",
    ),
    # ("Wolff-Parkinson-White Syndrome", NCT00403481, hint4-1: WRONG with Parkinson's disease's note)
    term(
        "Wolff-Parkinson-White syndrome | Wolff-Parkinson-White | WPW syndrome",
        "a heart rhythm disorder in which an extra electrical pathway can make the heart beat too fast",
    ),
    term(
        "minimally invasive procedure | minimally invasive procedures",
        "a procedure done through small cuts or a thin tube instead of open surgery",
    ),
    term("invasive procedure | invasive procedures", "a procedure that goes into the body, such as through a cut"),
)

# Terms a third reading of spine studies (downloads3) found unexplained, each spelling's hits read.
_MORE_SPINE: tuple[Term, ...] = (
    term("spondylodesis", "surgery that joins bones of the spine together (spinal fusion)"),
    term("disco-ligamentous | discoligamentous", "of the discs and the ligaments that hold the bones of the spine"),
    term(
        "facet arthrosis | facet joint arthrosis | facet arthropathy", "wear and tear of the small joints of the spine"
    ),
    term(
        "kyphotic",
        "bent forward, with a rounded back or neck",
        only_near=r"spin|cervical|thoracic|lumbar|deformit|curv",
    ),
    term(
        "isthmic",
        "caused by a crack or gap in a thin part at the back of a spine bone",
        only_after=r"^\s+spondylolisthesis",
    ),
    term(
        "epiphyseal closure | epiphyseal plates closed | closed epiphyses",
        "the growth plates of the bones have closed: the bones have stopped growing",
    ),
    term(
        "Nurick | Nurick's classification | Nurick classification | Nurick grade",
        "a 0 to 5 scale of how much a neck-spine problem affects walking; higher is worse",
    ),
    term("gabapentinoid | gabapentinoids", "nerve-pain medicines such as gabapentin and pregabalin"),
    # "Asthma Control Test Score ≤19" (NCT06651385, exports4: WRONG, said as the ACQ with its note)
    term(
        "Asthma Control Test",
        "a test of how well asthma is controlled, scored 5 to 25; lower is worse, and 19 or less is poorly controlled",
        not_before=r"childhood\s+$",  # the children's test is scored 0 to 27
    ),
    term(
        "bovine collagen | bovine type I collagen | bovine type 1 collagen",
        "a protein taken from cows, used in some implants and fillers",
    ),
    # hint5-1 reading (2026-12-08): terms readers found bare.
    term("spasticity", "stiff, tight muscles that are hard to move"),
    term(
        "de novo",
        "new, not caused by an earlier illness or treatment",
        only_after=r"^\s+(?:or\s+\w+\s+)?(?:(?-i:MDS|AML)|myelodysplas|leuk|acute\s+(?:myeloid|leuk))",
    ),
    term(
        "secondary MDS | secondary AML | therapy-related MDS | therapy-related AML",
        "a blood cancer caused by earlier chemotherapy or radiation, or grown out of another blood disease",
    ),
    term("PXD101", "belinostat, the study medicine"),
    term(
        "calcium-channel blocker | calcium-channel blockers",
        "medicines that relax blood vessels and lower blood pressure",
    ),
    term("HER-2 | HER2/neu | HER-2/neu", "a protein on some cancer cells that certain drugs target"),
    term("myeloproductive", "that makes blood cells (said of the bone marrow)"),
    term(
        "paraffin block | paraffin blocks | paraffin-embedded block",
        "a stored piece of tumor tissue, set in wax, from an earlier biopsy or surgery",
    ),
    term("zidovudine", "an HIV medicine (AZT)"),
    term("oncolytic agent | oncolytic agents", "medicines that kill cancer cells"),
    term("indicator lesion | indicator lesions", "the tumors the doctors will measure to follow the cancer"),
    term(
        "platinum",
        "a group of chemotherapy medicines, such as cisplatin and carboplatin",
        not_after=r"^[\s-]*(?:based|containing|doublet|resistant|sensitive|refractory|free)",
    ),
    term("hematolymphoid | haematolymphoid", "of the blood or lymph system"),
    term("in-situ", "only in the layer of cells where it began, not spread deeper"),
    term(
        "aldosterone antagonist | aldosterone antagonists",
        "a medicine that blocks the hormone aldosterone, such as spironolactone or eplerenone",
    ),
    term("HLN", "the highest normal value of a lab test", only_near=r"\b(?-i:LLN|ULN)\b|normal"),
    term(
        "DAC inhibitor | DAC inhibitors | DACi",
        "a kind of cancer medicine that changes which genes cancer cells switch on",
    ),
    term("HSP90 inhibitor | HSP90 inhibitors", "a kind of targeted cancer medicine that blocks the protein HSP90"),
    term(
        "New York Heart Association functional classification | New York Heart Association functional class",
        "a 1 to 4 grade of how much heart failure limits you; 4 means symptoms even at rest",
    ),
    term(
        "TV",
        "Trichomonas vaginalis: a common infection passed on by sex",
        only_near=r"trichomon|vagin|wet prep|culture|metronidazole|tinidazole|\b(?-i:BV|STI|STD)\b",
    ),
    term("Trichomonas vaginalis", "a tiny parasite that causes a common infection passed on during sex"),
    term("wet preparation | wet prep | wet mount", "a test that looks at a swab sample under a microscope"),
    term(
        "B.V. | BV",
        "bacterial vaginosis: an overgrowth of bacteria in the vagina",
        only_near=r"vagin|Amsel|discharge|metronidazole|\b(?-i:TV)\b|clue cells|Nugent",
    ),
    term("Amsel's criteria | Amsel criteria", "the 4 signs doctors use to diagnose bacterial vaginosis"),
    term(
        "ALS",
        "amyotrophic lateral sclerosis: a disease that slowly destroys the nerves that move the muscles",
        only_near=r"amyotroph|motor neuron|El Escorial|\b(?-i:ALSFRS|ALS-FRS|FVC)\b|riluzole|edaravone|Lou Gehrig",
    ),
    term(
        "El Escorial criteria | revised El Escorial criteria | El Escorial",
        "the standard rules doctors use to diagnose ALS",
    ),
    term(
        "ALS-FRS | ALSFRS | ALSFRS-R | ALS-FRS-R",
        "a 0 to 48 score of how well someone with ALS manages daily tasks; higher is better",
    ),
    term("motor neuron disease | motor neurone disease", "a disease of the nerves that move the muscles, such as ALS"),
    term(
        "BCLC",
        "Barcelona Clinic Liver Cancer stage: A (early) to D (end stage); B is intermediate and C advanced",
        only_near=r"liver|hepato|\b(?-i:HCC)\b|stage",
    ),
    term(
        "local-regional therapy | local-regional therapies | locoregional therapy | locoregional therapies",
        "treatment aimed at the tumor in one place, such as surgery, radiation or blocking its blood supply",
    ),
    term("MET+ | MET-positive | MET positive", "the tumor has too much of the MET protein or gene"),
    term("MSC2156119J", "tepotinib, the study medicine"),
    term("borderline resectable", "a tumor that may or may not be possible to remove fully by surgery"),
    term("medical inoperability | medically inoperable", "too unwell to have surgery safely"),
    term("CrCL", "creatinine clearance: how well your kidneys clear waste from your blood"),
    term("serologically", "by a blood test for antibodies"),
    term(
        "IFA",
        "immunofluorescence assay: a lab test for antibodies",
        only_near=r"\b(?-i:HIV|HIV-1)\b|serolog|immunoblot|western blot|antibod",
    ),
    term("immunoblot | western blot", "a lab test that confirms antibodies, such as to HIV"),
    term(
        "vertical transmission | mother-to-child transmission",
        "passing an infection from a mother to her baby in pregnancy, at birth or by breastfeeding",
    ),
    term(
        "Toxoplasma gondii | toxoplasmosis",
        "a parasite caught from cats or undercooked meat; it can harm people with weak immune systems",
    ),
    term(
        "Category C",
        "the illnesses that mark AIDS, on the CDC's list of HIV stages",
        only_near=r"\b(?-i:CDC|HIV|AIDS)\b|opportunistic",
    ),
    term("MR-HIFU | MRgFUS | MR-guided focused ultrasound", "high-intensity focused ultrasound guided by MRI scans"),
    term(
        "MIBG | mIBG",
        "a substance that some tumors take up, seen on a special scan",
        only_near=r"scan|uptake|avid|neuroblastom|pheochromocyt|paragangliom|scintigra",
    ),
    term("PET avidity | PET-avid", "the tumor lights up on a PET scan"),
    term("myelosuppressive", "that lowers the blood counts made by the bone marrow"),
    term(
        "hematopoetic growth factors | haematopoietic growth factors | hematopoetic growth factor",
        "medicines that help the bone marrow make blood cells",
    ),
    term("Neulasta | pegfilgrastim", "a shot that helps the bone marrow make white blood cells"),
    term("XRT", "radiation therapy"),
    term("small port", "a small area of the body", only_near=r"\b(?-i:XRT)\b|radiat|radiotherap"),
    term("TDD", "total daily dose: all the insulin you take in a day", only_near=r"insulin|units?|\b(?-i:U-500)"),
    term("U-500R | U-500 | U500", "a concentrated insulin, 5 times stronger than usual insulin"),
    term("CSII", "continuous subcutaneous insulin infusion: an insulin pump"),
    term("procreation potential", "able to have a child"),
    term(
        "BED",
        "binge eating disorder: often eating large amounts while feeling out of control",
        only_near=r"binge|eating|\b(?-i:DSM)\b|lisdexamfetamine",
    ),
    term(
        "compensatory behavior | compensatory behaviors | compensatory behaviour",
        "making up for a binge, such as by vomiting, laxatives, fasting or too much exercise",
    ),
    term(
        "EDE-Q | EDE Q | EDE",
        "the Eating Disorder Examination Questionnaire: a questionnaire about eating habits",
        only_near=r"eating|binge|\b(?-i:SCID|BED)\b|questionnaire",
    ),
    term("psychostimulant | psychostimulants", "stimulant medicines such as those for ADHD, like methylphenidate"),
    term(
        "mood stabilizer | mood stabilizers | mood stabiliser | mood stabilisers",
        "medicines that even out mood swings, such as lithium",
    ),
    term("lipid-lowering | lipid lowering", "that lowers cholesterol or other blood fats, such as a statin"),
    term(
        "diversion",
        "giving or selling your medicine to someone else",
        only_near=r"stimulant|opioid|medication|drugs?|abuse|misuse|controlled substance",
        only_before=r"(?:abuse|misuse)\s+(?:or|and|and/or)\s+$",
    ),
    term(
        "TDF",
        "tenofovir disoproxil fumarate, an HIV medicine",
        only_near=r"\b(?-i:HIV|FTC|3TC|NRTIs?|ARVs?|ART)\b|emtricitabine|tenofovir|regimen",
    ),
    term(
        "FTC",
        "emtricitabine, an HIV medicine",
        only_near=r"\b(?-i:HIV|TDF|TAF|3TC|NRTIs?|ARVs?|ART)\b|tenofovir|regimen",
    ),
    term("3TC", "lamivudine, an HIV and hepatitis B medicine"),
    term("NRTI | NRTIs", "a class of HIV medicines, such as tenofovir, emtricitabine and lamivudine"),
    term("NNRTI | NNRTIs", "a class of HIV medicines, such as efavirenz and rilpivirine"),
    term("PI/r", "a protease inhibitor boosted with ritonavir: a kind of HIV medicine combination"),
    term("ARV | ARVs", "antiretrovirals: HIV medicines", only_near=r"\b(?-i:HIV|ART|AIDS)\b|regimen|virolog"),
    term(
        "AIDS-defining condition | AIDS-defining conditions | AIDS-defining illness | AIDS-defining illnesses",
        "an illness that marks AIDS, the late stage of HIV",
    ),
    term(
        "synchronic | synchronous",
        "found at the same time",
        only_after=r"^\s+(?:\w+\s+)?(?:neoplas|cancer|tumou?r|malignan|primary|carcinom)",
    ),
    term("IULN", "institutional upper limit of normal: the highest lab value that is normal at the study's lab"),
    term("antiestrogen | antiestrogens | anti-estrogen | anti-estrogens", "medicines that block the hormone estrogen"),
    term(
        "ESL",
        "eslicarbazepine acetate, the study's seizure medicine",
        only_near=r"carbamazepine|epilep|seizure|eslicarbazepine",
    ),
    term("major neurocognitive disorder", "dementia: a serious loss of memory and thinking"),
    term(
        "neurodevelopmental disorder | neurodevelopmental disorders",
        "conditions that start in childhood, such as autism or intellectual disability",
    ),
    term(
        "dissociative disorder | dissociative disorders",
        "a mental health condition in which you feel cut off from yourself or your surroundings",
    ),
    term(
        "TRM",
        "treatment-related mortality: the chance of dying from the treatment",
        only_near=r"mortality|score|induction|\b(?-i:AML)\b|death",
    ),
    term(
        "BRAFV600 | BRAFV600E | BRAFV600K | BRAF V600 | BRAFV600 mutation",
        "a change in the BRAF gene found in some melanomas; some drugs target it",
    ),
    term("immunosuppresive | immuno-suppressive", "that weakens the immune system"),
    term(
        "grade 1 | grade I",
        "mild (step 1 of 5 on the scale doctors use to rate side effects)",
        only_near=r"toxicit|side effects?|adverse|\\b(?-i:CTCAE|NCI|NCIC|AE)\\b|neuropath|diarrh|rash|hemorrh|haemorrh|bleed|nausea|vomit|allerg|reaction|hypersensitiv|mucositis|fatigue|colitis|pneumonitis|infusion|event",
        not_near=r"New York Heart|\\b(?-i:NYHA|CCS)\\b|heart failure|angina|lymphoma|gleason|histolog|glioma|astrocytom|differentiat|follicular|\\b(?-i:ISUP|WHO)\\b|tumou?r grade|carcinoma|intraepithelial|\\b(?-i:CIN|DCIS|PIN)\\b|reflux|varic|encephalopath|h(?:a)?emorrhoid|esophag|oesophag|fatty liver|steatosis|fibrosis|prolapse|cystocele|ptosis|retinopath",
    ),
    term(
        "grade 2 | grade II",
        "moderate (step 2 of 5 on the scale doctors use to rate side effects)",
        only_near=r"toxicit|side effects?|adverse|\\b(?-i:CTCAE|NCI|NCIC|AE)\\b|neuropath|diarrh|rash|hemorrh|haemorrh|bleed|nausea|vomit|allerg|reaction|hypersensitiv|mucositis|fatigue|colitis|pneumonitis|infusion|event",
        not_near=r"New York Heart|\\b(?-i:NYHA|CCS)\\b|heart failure|angina|lymphoma|gleason|histolog|glioma|astrocytom|differentiat|follicular|\\b(?-i:ISUP|WHO)\\b|tumou?r grade|carcinoma|intraepithelial|\\b(?-i:CIN|DCIS|PIN)\\b|reflux|varic|encephalopath|h(?:a)?emorrhoid|esophag|oesophag|fatty liver|steatosis|fibrosis|prolapse|cystocele|ptosis|retinopath",
    ),
    term(
        "grade 3 | grade III",
        "severe (step 3 of 5 on the scale doctors use to rate side effects)",
        only_near=r"toxicit|side effects?|adverse|\\b(?-i:CTCAE|NCI|NCIC|AE)\\b|neuropath|diarrh|rash|hemorrh|haemorrh|bleed|nausea|vomit|allerg|reaction|hypersensitiv|mucositis|fatigue|colitis|pneumonitis|infusion|event",
        not_near=r"New York Heart|\\b(?-i:NYHA|CCS)\\b|heart failure|angina|lymphoma|gleason|histolog|glioma|astrocytom|differentiat|follicular|\\b(?-i:ISUP|WHO)\\b|tumou?r grade|carcinoma|intraepithelial|\\b(?-i:CIN|DCIS|PIN)\\b|reflux|varic|encephalopath|h(?:a)?emorrhoid|esophag|oesophag|fatty liver|steatosis|fibrosis|prolapse|cystocele|ptosis|retinopath",
    ),
    term(
        "grade 4 | grade IV",
        "life-threatening (step 4 of 5 on the scale doctors use to rate side effects)",
        only_near=r"toxicit|side effects?|adverse|\\b(?-i:CTCAE|NCI|NCIC|AE)\\b|neuropath|diarrh|rash|hemorrh|haemorrh|bleed|nausea|vomit|allerg|reaction|hypersensitiv|mucositis|fatigue|colitis|pneumonitis|infusion|event",
        not_near=r"New York Heart|\\b(?-i:NYHA|CCS)\\b|heart failure|angina|lymphoma|gleason|histolog|glioma|astrocytom|differentiat|follicular|\\b(?-i:ISUP|WHO)\\b|tumou?r grade|carcinoma|intraepithelial|\\b(?-i:CIN|DCIS|PIN)\\b|reflux|varic|encephalopath|h(?:a)?emorrhoid|esophag|oesophag|fatty liver|steatosis|fibrosis|prolapse|cystocele|ptosis|retinopath",
    ),
)


WORDS: tuple[Term, ...] = (
    _SPINE_AND_DISCS
    + _MORE_SPINE
    + _PLAIN_WORDS_AND_HEART
    + _BODY_SYSTEMS
    + _UROLOGY_AND_SEXUAL_HEALTH
    + _BRAIN_NERVES_AND_SPINE
    + _EYES_MIND_INFECTION_AND_IMMUNITY
    + _CANCER
    + _MEDICINES
    + _REPRODUCTION
    + _TESTS_PROCEDURES_AND_BODY
    + _FOUND_IN_REVIEW
)
