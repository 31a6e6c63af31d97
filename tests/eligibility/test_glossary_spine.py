"""Spine and disc terms (glossary_terms._SPINE_AND_DISCS and its abbreviations): the notes a clinical reading of 24
studies (docs/eligibility-review/downloads1) found missing, in the sense each sentence uses, and none where a word
means something else.

Sentences are criteria of the bundled records, as the registry writes them (NCT id beside each).
"""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import notes

SPINE = "Degenerative Disc Disease"
NECK = "Cervical Disc Degeneration"

# (NCT id, the study's conditions, sentence, the term explained, a word of the note it must get)
EXPLAINED = [
    (
        "NCT04015791",
        "Lumbar Disc Disease",
        "Skeletally mature male or female (non-pregnant) between 18 and 70 years of age",
        "skeletally mature",
        "finished growing",
    ),
    (
        "NCT04550923",
        NECK,
        "No prior surgical procedures at the operative level and non-prior fusions at any cervical level;",
        "operative level",
        "the study treats",
    ),
    (
        "NCT04550923",
        NECK,
        "No prior surgical procedures at the operative level and non-prior fusions at any cervical level;",
        "cervical",
        "neck",
    ),
    ("NCT06127745", SPINE, "Modic Grade II changes or less on MRI at the index disc.", "index disc", "disc"),
    ("NCT06127745", SPINE, "Modic Grade II changes or less on MRI at the index disc.", "Modic", "type 2 fat"),
    ("NCT04550923", NECK, "Immobile levels between C1 and C7 from any cause;", "immobile levels", "no longer move"),
    ("NCT04550923", NECK, "Immobile levels between C1 and C7 from any cause;", "C7", "neck"),
    ("NCT04600544", SPINE, "Prior surgeries at any level of the lumbar spine;", "level", "section of the spine"),
    (
        "NCT05971329",
        "Radiculopathy, Cervical | Disc Disease",
        "Symptomatic at two contiguous levels from C3 to C7.",
        "levels",
        "section of the spine",
    ),
    (
        "NCT04550923",
        NECK,
        "Symptomatic cervical degenerative disc disease in one or two levels between C3-7 with radiculopathy or "
        "myeloradiculopathy",
        "C3-7",
        "neck bones",
    ),
    (
        "NCT04550923",
        NECK,
        "Symptomatic cervical degenerative disc disease in one or two levels between C3-7 with radiculopathy or "
        "myeloradiculopathy",
        "myeloradiculopathy",
        "spinal cord and the nerve roots",
    ),
    (
        "NCT05880823",
        "Cervical Degenerative Disc Disease",
        "More than one immobile vertebral level between C1 and T1 from any cause",
        "T1",
        "upper back",
    ),
    (
        "NCT06127745",
        SPINE,
        "Source of pain is the sacroiliac joint or facet joint as determined by the Investigator.",
        "sacroiliac joint",
        "hip bone",
    ),
    (
        "NCT04015791",
        "Lumbar Disc Disease",
        "Suspicion of Sacro Iliac and/ or Facet joint pain as the primary pain generator;",
        "sacro iliac",
        "hip bone",
    ),
    (
        "NCT04757038",
        "Degenerative Disc Disease(DDD)",
        "Patients with positive response to medial branch block;",
        "medial branch block",
        "facet joints",
    ),
    (
        "NCT04416321",
        SPINE,
        "Primary diagnosis of symptomatic degenerative disc disease (DDD) or symptomatic degenerative disc disease (DDD) "
        "with spondylolisthesis (Grade 1), or retrolisthesis, at one or two contiguous levels from L2 to S1.",
        "retrolisthesis",
        "backward",
    ),
    (
        "NCT04416321",
        SPINE,
        "Primary diagnosis of symptomatic degenerative disc disease (DDD) or symptomatic degenerative disc disease (DDD) "
        "with spondylolisthesis (Grade 1), or retrolisthesis, at one or two contiguous levels from L2 to S1.",
        "spondylolisthesis",
        "a quarter of its width",
    ),
    (
        "NCT05287867",
        SPINE,
        "Instability as seen on MRI, flexion-extension x-ray, or physical deformity as seen on MRI c/w degenerative "
        "instability (facet hypertrophy, loss of disc height, spondylolisthesis, laterolisthesis, osteophytes)",
        "laterolisthesis",
        "sideways",
    ),
    (
        "NCT05287867",
        SPINE,
        "Instability as seen on MRI, flexion-extension x-ray, or physical deformity as seen on MRI c/w degenerative "
        "instability (facet hypertrophy, loss of disc height, spondylolisthesis, laterolisthesis, osteophytes)",
        "c/w",
        "consistent with",
    ),
    (
        "NCT05287867",
        SPINE,
        "Instability as seen on MRI, flexion-extension x-ray, or physical deformity as seen on MRI c/w degenerative "
        "instability (facet hypertrophy, loss of disc height, spondylolisthesis, laterolisthesis, osteophytes)",
        "instability",
        "move more than they should",
    ),
    (
        "NCT04015791",
        "Lumbar Disc Disease",
        "Greater than Grade 1 spondylolisthesis according to Meyerding classification at the involved level;",
        "Meyerding classification",
        "slipped",
    ),
    ("NCT05287867", SPINE, "Degenerative scoliosis if cob angle over 10 degrees", "cob angle", "degrees"),
    (
        "NCT06127745",
        SPINE,
        "Any prior diagnosis of lumbar vertebral compression fracture, lumbar pars fracture, or lumbar annular tear with "
        "disc protrusion of the target operative disc, that is surgical.",
        "pars fracture",
        "crack",
    ),
    (
        "NCT06127745",
        SPINE,
        "Any prior diagnosis of lumbar vertebral compression fracture, lumbar pars fracture, or lumbar annular tear with "
        "disc protrusion of the target operative disc, that is surgical.",
        "annular tear",
        "outer ring",
    ),
    (
        "NCT06127745",
        SPINE,
        "With or without contained disc protrusion, with no nerve compression, at the index disc on MRI.",
        "contained",
        "outer ring",
    ),
    (
        "NCT04015791",
        "Lumbar Disc Disease",
        "In subject who receives pre-operative provocative discography (PD), the PD was performed more than 6 week prior "
        "to the scheduled NOCISCAN- LS Exam OR Is scheduled to be conducted after the Nociscan exam",
        "provocative discography",
        "dye",
    ),
    (
        "NCT05023733",
        "Foraminal Stenosis | Degenerative Disc Disease",
        "Subject undergoing one or two level transforaminal lumbar interbody fusion",
        "interbody",
        "between two bones",
    ),
    (
        "NCT05883436",
        SPINE,
        "Patients requiring posterior cervical surgery, anterior cervical corpectomy, or revision surgery.",
        "corpectomy",
        "removes",
    ),
    (
        "NCT05883436",
        SPINE,
        "Patients requiring posterior cervical surgery, anterior cervical corpectomy, or revision surgery.",
        "revision surgery",
        "redo",
    ),
    ("NCT04416321", SPINE, "Known allergy to the material used in the instrumentation.", "instrumentation", "screws"),
    (
        "NCT04623593",
        "Radiculopathy, Cervical | Cervical Disc Disease",
        "Indication for (additional) posterior surgical approach.",
        "posterior surgical approach",
        "back",
    ),
    (
        "NCT04623593",
        "Radiculopathy, Cervical | Cervical Disc Disease",
        "Previous ventral surgery of the cervical spine.",
        "ventral",
        "front",
    ),
    (
        "NCT04623593",
        "Radiculopathy, Cervical | Cervical Disc Disease",
        "Traumatic origin of the compression.",
        "traumatic",
        "injury",
    ),
    (
        "NCT04623593",
        "Radiculopathy, Cervical | Cervical Disc Disease",
        "Traumatic origin of the compression.",
        "compression",
        "pressure",
    ),
    (
        "NCT04623593",
        "Radiculopathy, Cervical | Cervical Disc Disease",
        "Inflammatory spinal disease: e.g., Bechterew's disease, Forestier's disease.",
        "Bechterew's disease",
        "ankylosing spondylitis",
    ),
    (
        "NCT05631392",
        NECK,
        "Subjects with discopathy, disc hernia with radiculopathy and/or myelopathy, or stenosis of the foramen and spinal "
        "canal",
        "discopathy",
        "disc",
    ),
    (
        "NCT05631392",
        NECK,
        "Subjects with discopathy, disc hernia with radiculopathy and/or myelopathy, or stenosis of the foramen and spinal "
        "canal",
        "foramen",
        "nerve leaves",
    ),
    (
        "NCT05287867",
        SPINE,
        "Evidence of more than moderate central canal or foraminal stenosis",
        "central canal",
        "spinal cord",
    ),
    (
        "NCT05287867",
        SPINE,
        "Is independent, ambulatory, and can comply with all post-operative evaluations and visits",
        "ambulatory",
        "walk",
    ),
    ("NCT05287867", SPINE, "Central sensitization", "central sensitization", "extra sensitive"),
    ("NCT05287867", SPINE, "Hypermobile or EDS", "EDS", "Ehlers-Danlos"),
    (
        "NCT05816382",
        "Narcolepsy Type 1 | Narcolepsy Type 2",
        "Participant has a current medical disorder, other than narcolepsy with or without cataplexy, associated with "
        "excessive daytime sleepiness (EDS).",
        "EDS",
        "sleepy",
    ),
    (
        "NCT05816382",
        "Narcolepsy Type 1 | Narcolepsy Type 2",
        "Participant with a diagnosis of narcolepsy who has completed a controlled study with TAK-861 (including "
        "participants diagnosed with NT1 or NT2)",
        "NT1",
        "narcolepsy type 1",
    ),
    (
        "NCT05816382",
        "Narcolepsy Type 1 | Narcolepsy Type 2",
        "Participant has a moderate or severe ongoing treatment emergent adverse event (TEAE) related to the study drug "
        "from the parent study",
        "parent study",
        "earlier study",
    ),
    (
        "NCT04757038",
        "Degenerative Disc Disease(DDD)",
        "Verbiest Syndrome of Lumbar Spine;",
        "Verbiest syndrome",
        "walking",
    ),
    (
        "NCT04757038",
        "Degenerative Disc Disease(DDD)",
        "Sacrum-iliac synchondrosis agenesis seen on MRI;",
        "synchondrosis",
        "cartilage",
    ),
    (
        "NCT04757038",
        "Degenerative Disc Disease(DDD)",
        "Patients with symptomatic hernia, sciatica or spinal cord injury:",
        "hernia",
        "slipped disc",
    ),
    (
        "NCT04757038",
        "Degenerative Disc Disease(DDD)",
        "Patients with suspected or known history of hypersensitivity to hyaluronic acid or to hyaluronate preparations "
        "or gram-positive bacterial proteins;",
        "hyaluronic acid",
        "gel-like",
    ),
    (
        "NCT06115512",
        SPINE,
        "Known hypersensitivity or allergy to bone morphogenetic protein (BMP) products or their excipient; and/or "
        "instrumentation materials in surgery, e.g., titanium, titanium alloy, cobalt chrome, cobalt chrome alloy, or "
        "polyetheretherketone (PEEK);",
        "BMP",
        "new bone",
    ),
    (
        "NCT06115512",
        SPINE,
        "Known hypersensitivity or allergy to bone morphogenetic protein (BMP) products or their excipient; and/or "
        "instrumentation materials in surgery, e.g., titanium, titanium alloy, cobalt chrome, cobalt chrome alloy, or "
        "polyetheretherketone (PEEK);",
        "polyetheretherketone",
        "plastic",
    ),
    (
        "NCT06490887",
        SPINE,
        "Need to undergo surgery that involves the removal of adipose tissue",
        "adipose tissue",
        "body fat",
    ),
    ("NCT06490887", SPINE, "Presence of HIV, HBV, HCV or TP infection", "TP", "syphilis"),
    (
        "NCT06589271",
        "Lumbar Disc Degeneration",
        "The symptoms are lumbago combined with radiating pain of one lower limb;",
        "lumbago",
        "lower back",
    ),
    (
        "NCT06589271",
        "Lumbar Disc Degeneration",
        "MRI (T2WI) of Pfirrmann disc degeneration: Grade I-IV;",
        "T2WI",
        "MRI",
    ),
    (
        "NCT06589271",
        "Lumbar Disc Degeneration",
        "Received intervertebral disc interventional therapy within the past 3 months, such as radiofrequency, laser "
        "ablation, protease injection, Ozone injection;",
        "radiofrequency",
        "part of a disc",
    ),
    (
        "NCT06589271",
        "Lumbar Disc Degeneration",
        "Received intervertebral disc interventional therapy within the past 3 months, such as radiofrequency, laser "
        "ablation, protease injection, Ozone injection;",
        "protease",
        "into a disc",
    ),
    ("NCT06589271", "Lumbar Disc Degeneration", "Coma or incapacitation;", "incapacitation", "decisions"),
    (
        "NCT05923281",
        "Hypercholesterolemia",
        "Patients with an CK four times the upper limit at Screening",
        "CK",
        "muscles",
    ),
    (
        "NCT05923281",
        "Hypercholesterolemia",
        "Low risk for primary prevention: LDL-C >=160 mg/dL",
        "primary prevention",
        "first heart attack",
    ),
    (
        "NCT05923281",
        "Hypercholesterolemia",
        "Patients with the fasting serum TG <= 150 mg/dL at screening",
        "TG",
        "fat",
    ),
    (
        "NCT05923281",
        "Hypercholesterolemia",
        "Patients with familial hypercholesterolemia (homozygotes)",
        "homozygotes",
        "both parents",
    ),
    (
        "NCT05879653",
        "Bladder Cancer",
        "Has received prior pelvic/local radiation therapy or any antineoplastic treatment for MIBC.",
        "MIBC",
        "muscle wall",
    ),
    (
        "NCT05879653",
        "Bladder Cancer",
        "Has the presence of diffuse CIS (multiple foci [4 or greater] of CIS) throughout the bladder.",
        "CIS",
        "carcinoma in situ",
    ),
]


@pytest.mark.parametrize(
    ("nct", "about", "text", "term", "word"), EXPLAINED, ids=[f"{row[0]}-{row[3]}" for row in EXPLAINED]
)
def test_a_spine_term_gets_the_note_of_the_sense_its_sentence_uses(nct, about, text, term, word):
    found = notes(text, about)
    assert term in found, f"{nct}: no note for {term!r} in {sorted(found)}"
    assert word in found[term], f"{nct}: {term!r} explained as {found[term]!r}"


# (NCT id, the study's conditions, sentence, a term, a word its note must not say there: the sense the sentence does
# not use)
NOT_THIS_SENSE = [
    # the cervix, not the neck
    (
        "NCT05832827",
        "Untreated Advanced or Recurrent Thymic Carcinomas",
        "carcinoma in situ (eg, breast carcinoma, cervical cancer in situ) that have undergone potentially curative therapy",
        "cervical",
        "neck",
    ),
    (
        "NCT05923281",
        "Hypercholesterolemia",
        "barrier methods with spermicides (pessaries, condoms, cervical caps, etc)",
        "cervical",
        "neck",
    ),
    (
        "NCT05896748",
        "Human Immunodeficiency Virus Type 1 (HIV-1)",
        "resected, non-invasive cutaneous squamous cell carcinoma, or cervical, anal or penile intraepithelial neoplasia",
        "cervical",
        "neck",
    ),
    # a blood level, not a level of the spine
    (
        "NCT06429761",
        "BREAST CANCER",
        "c. Hemoglobin level ≥ 9.0 g/dL (Red blood cell transfusion is not allowed within 1 wk)",
        "level",
        "spine",
    ),
    # hemodynamic and microsatellite instability
    ("NCT02212028", "Coronary artery disease", "Hemodynamic instability", "instability", "spine"),
    (
        "NCT02994953",
        "Advanced solid tumors",
        "Only subjects with microsatellite instability (MSI)-low or microsatellite stable (MSS) metastatic CRC are eligible.",
        "instability",
        "spine",
    ),
    # a blood pressure worn through the day, not walking
    (
        "NCT05934383",
        "Hypertension | Kidney Transplantation",
        "Office systolic BP ≥ 140 mmHg and a mean 24-hour ambulatory systolic BP ≥ 130 mmHg at screening",
        "ambulatory",
        "walk",
    ),
    # a groin or belly hernia, not a slipped disc
    (
        "NCT05081232",
        "Post Operative Recovery",
        "History of open pelvic surgery within 5 years except for hernia repair",
        "hernia",
        "disc",
    ),
    # contained in a medicine
    (
        "NCT02428088",
        "Attention deficit hyperactivity disorder",
        "has a known or suspected sensitivity to any substance that is contained in the study drug formulations.",
        "contained",
        "disc",
    ),
    # a complement protein's medicine, not a neck bone
    (
        "NCT05935215",
        "Atypical Hemolytic Uremic Syndrome",
        "History of aHUS disease relapse while on anti-C5 antibody treatment.",
        "C5",
        "neck",
    ),
    # the heart's ST segment, an HIV medicine, the brain's ventral tegmental area, a bacteriophage's code
    ("NCT00844987", "Acute Coronary Syndrome", "ST segment elevation or depression in ECG;", "segment", "spine"),
    (
        "NCT03102398",
        "Erectile Dysfunction",
        "Use of HIV protease inhibitors (strong cytochrome P450 CYP3A4 inhibitors)",
        "protease",
        "disc",
    ),
    (
        "NCT05857098",
        "Cluster Headache",
        "Patients eligible for a deep brain stimulation in the ventral tegmental area of the mesencephalon",
        "ventral",
        "front",
    ),
    (
        "NCT05948592",
        "Diabetic Foot Infection",
        "susceptible to the TP-102 bacteriophage cocktail, as assessed from wound cultures;",
        "TP",
        "syphilis",
    ),
    # a cancer's T stage, not the first bone of the upper back
    ("NCT06631443", "Rectal Adenocarcinoma", "Clinical stage T1-T4, N0-N2, M0 at diagnosis", "T1", "upper back"),
    # two levels next to each other or not, not the levels next to the treated one
    (
        "NCT05405374",
        "Lumbar Spine Disease",
        "Requires fusion (i.e., symptomatic) at 2 adjacent or non-adjacent levels from L2 to S1;",
        "adjacent levels",
        "being treated",
    ),
    # the study's own measure of a slip counts: no note saying grade 1 is a quarter
    (
        "NCT05287867",
        SPINE,
        "Maximum of 3 levels degenerative disc disease without significant spondylolisthesis in the area c/w the pain "
        "(grade 1 with less than or equal to 10% vertebral body)",
        "spondylolisthesis",
        "quarter",
    ),
]


@pytest.mark.parametrize(
    ("nct", "about", "text", "term", "word"), NOT_THIS_SENSE, ids=[f"{row[0]}-{row[3]}" for row in NOT_THIS_SENSE]
)
def test_a_spine_sense_is_not_given_where_the_word_means_something_else(nct, about, text, term, word):
    assert word not in notes(text, about).get(term, ""), (
        f"{nct}: {term!r} explained in a sense the sentence does not use"
    )


def test_cervical_in_a_spine_study_with_no_spine_word_near_is_the_neck():
    # "Have had six weeks of cervical non operative treatment" (NCT04911257): only the study's subject says which
    assert "neck" in notes("Have had six weeks of cervical non operative treatment.", SPINE)["cervical"]
    assert "cervical" not in notes("Have had six weeks of cervical non operative treatment.", "Cervical Cancer")
