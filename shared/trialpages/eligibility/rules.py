"""Rewrite rules for the most common criterion types, each matching a whole sentence or not at all.

A rule fires only when it can say the same thing in plainer words, addressed to the reader;
anything with qualifiers it does not understand falls through to the conservative rewording.
Free text a rule keeps (a drug, a disease) goes through the glossary. The translator checks
every result with fidelity.faithful, so a rule that would drop a number never reaches a page.
`trialpages eligibility-report` lists the criteria no rule matched, most common first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from trialpages.eligibility.comparators import comparator_phrase
from trialpages.eligibility.glossary import plain_words

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CMP = (
    r">/=|=/>|</=|=/<|>=|=>|<=|=<|≥|⩾|≤|⩽|>|<|greater than or equal to|less than or equal to|"
    r"equal to or (?:greater|more|less) than|more than or equal to|greater than|more than|less than|at least|"
    r"at most|no more than|no less than|not more than|not less than|older than|younger than|over|above|under|below"
)
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
_COUNT = r"\d+|one|two|three|four|five|six"
_TIME = r"days?|weeks?|months?|years?"
# The subject a criterion starts with ("Patients must have", "Subject is", "Have"): the rule speaks to "you".
_WHO = (
    r"(?:(?:the )?(?:patients?|subjects?|participants?|individuals?|people|persons?)\s+"
    r"(?:must\s+|should\s+|will\s+)?(?:have|has|had|with|who (?:have|has|had|are|is)|are|is|be)\s+"
    r"|(?:must |should )?(?:have|has|be|are|is)\s+|with\s+)?"
)
_BEFORE = (
    r"(?:before|prior to|of|preceding|from)\s+(?:the\s+)?(?P<event>(?:first|1st) (?:study )?dose(?: of (?:the )?study "
    r"(?:drug|treatment|medication|intervention))?|start of (?:the )?(?:study )?(?:treatment|therapy|drug)|"
    r"study (?:treatment |therapy |drug )?(?:start|entry|treatment|therapy|initiation)|"
    r"(?:study )?enrol?lment|randomi[sz]ation|registration|screening(?: visit)?|day 1|cycle 1,? day 1|baseline)"
)
_EVENTS = {
    "enrol": "joining the study",
    "randomi": "joining the study",
    "registration": "joining the study",
    "entry": "joining the study",
    "screening": "the first study visit",
    "baseline": "the first study visit",
}


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # the criterion type (kinds.py), for tests and the report
    needs: tuple[str, ...]  # lowercase words one of which a sentence must hold before the pattern is tried
    pattern: re.Pattern
    write: Callable[[re.Match], str | None]


def _rule(name: str, kind: str, needs: tuple[str, ...], pattern: str, write: Callable[[re.Match], str | None]) -> Rule:
    return Rule(name, kind, needs, re.compile(rf"^\s*{_WHO}{pattern}\s*[.;:,]?\s*$", re.IGNORECASE), write)


def _cmp(match: re.Match, group: str = "cmp") -> str:
    return comparator_phrase(match[group])


def _count(word: str) -> str:
    return _NUMBER_WORDS.get(word.lower(), word)


def _event(match: re.Match) -> str:
    event = (match["event"] or "").lower()
    for key, words in _EVENTS.items():
        if key in event:
            return words
    if re.search(r"dose|treatment|therapy|drug|start|initiation|day 1", event):
        return "your first study treatment"
    return plain_words(event)


def _free(text: str) -> str:
    """Words a rule keeps as written, in plain words; lower case first unless it starts with an abbreviation."""
    text = plain_words(text.strip())
    first = text.split(" ", 1)[0]
    return text if first.isupper() or any(c.isdigit() for c in first) else text[:1].lower() + text[1:]


def _range(match: re.Match) -> str:
    joiner = (match["joiner"] or "-").strip().lower()
    word = "or" if joiner in ("or", "/") else "to"
    third = f", {match['third']}" if match["third"] else ""
    return f"{match['low']}{third} {word} {match['high']}" if match["high"] else match["low"]


def _sex(word: str | None) -> str:
    word = (word or "").lower()
    if word.startswith(("men", "male", "man", "boy")):
        return "a man "
    if word.startswith(("women", "female", "woman", "girl")):
        return "a woman "
    return ""


_YEARS = r"(?:years?|yrs?)(?: old)?(?: of age)?"
_AGE = r"(?:age[ds]?|aged)"

RULES: tuple[Rule, ...] = (
    # -- age, sex --------------------------------------------------------------
    _rule(
        "age-range",
        "age",
        ("age", "year", "yrs"),
        rf"(?:{_AGE}\s*:?\s*(?:of\s*)?(?:between\s*)?)?(?P<low>{_N})\s*(?:-|–|to|and)\s*(?P<high>{_N})\s*"
        rf"(?:{_YEARS})(?:\s*\(?inclusive\)?)?",
        lambda m: f"You are {m['low']} to {m['high']} years old",
    ),
    _rule(
        "age-range",
        "age",
        ("age",),
        rf"{_AGE}\s*:?\s*(?:of\s*)?(?:between\s*)?(?P<low>{_N})\s*(?:-|–|to|and)\s*(?P<high>{_N})(?:\s*\(?inclusive\)?)?",
        lambda m: f"You are {m['low']} to {m['high']} years old",
    ),
    _rule(
        "age-minimum",
        "age",
        ("age",),
        rf"{_AGE}\s*:?\s*(?P<cmp>{_CMP})\s*(?P<n>{_N})\s*(?:{_YEARS})?",
        lambda m: f"You are {_cmp(m)} {m['n']} years old",
    ),
    _rule(
        "age-minimum",
        "age",
        ("age", "year"),
        rf"(?P<cmp>at least|over|older than|more than|greater than)\s*(?P<n>{_N})\s*{_YEARS}",
        lambda m: f"You are {_cmp(m)} {m['n']} years old",
    ),
    _rule(
        "age-or-older",
        "age",
        ("year",),
        rf"(?:{_AGE}\s*)?(?P<n>{_N})\s*{_YEARS}\s*(?:or|and) (?:older|above|over)",
        lambda m: f"You are {m['n']} years old or older",
    ),
    _rule(
        "age-with-sex",
        "age",
        ("men", "male", "women", "female"),
        rf"(?P<who>(?:healthy )?(?:men|males?|women|females?|boys|girls))(?:,)?\s*(?:{_AGE}\s*)?(?P<low>{_N})\s*"
        rf"(?:-|–|to|and)\s*(?P<high>{_N})\s*(?:{_YEARS})?",
        lambda m: (
            f"You are {_sex(m['who'])}{m['low']} to {m['high']} years old"
            + (" and healthy" if m["who"].lower().startswith("healthy") else "")
        ),
    ),
    _rule(
        "age-with-sex",
        "age",
        ("men", "male", "women", "female"),
        rf"(?P<who>men|males?|women|females?)(?:,)?\s*(?:{_AGE}\s*)?(?P<cmp>{_CMP})\s*(?P<n>{_N})\s*(?:{_YEARS})?",
        lambda m: f"You are {_sex(m['who'])}{_cmp(m)} {m['n']} years old",
    ),
    _rule(
        "adult",
        "age",
        ("adult",),
        r"(?:male or female |female or male |men or women |women or men )?adults?(?: (?:men|women|people|patients|participants|subjects))?",
        lambda m: "You are an adult",
    ),
    _rule(
        "sex",
        "sex",
        ("male", "men", "women"),
        r"(?P<who>males?|females?|men|women)(?: (?:patients?|participants?|subjects?|only))?(?: only)?",
        lambda m: f"You are {'male' if _sex(m['who']) == 'a man ' else 'female'}",
    ),
    # -- consent ---------------------------------------------------------------
    _rule(
        "consent",
        "consent",
        ("consent",),
        r"(?P<able>(?:be |is |are )?(?:willing|able)(?: (?:and|&) (?:willing|able))? to (?:provide|give|sign)(?: a)?\s+)?"
        r"(?:provide |provided |provision of |give |given |obtain(?:ed)? |signed? |sign (?:an? |the )?)?(?:an? |the )?"
        r"(?P<written>(?:(?:signed|written|voluntary|dated|personally signed)(?: and | |, ))*)"
        r"(?:and )?(?:informed )?(?:and written )?consent(?: to participate)?(?: form| document)?"
        r"(?: (?:signed|provided|obtained|given))?(?: before any study[- ]specific (?:procedures|screening))?",
        lambda m: _consent(m),
    ),
    # -- performance status ---------------------------------------------------------
    _rule(
        "ecog",
        "performance",
        ("ecog", "performance", "who"),
        r"(?:an? )?(?:(?:eastern cooperative oncology group|ecog|who|world health organi[sz]ation)\s*(?:\((?:ecog|who)\))?"
        r"\s*(?:/\s*(?:ecog|who)\s*)?(?:performance status|performance score|ps)|(?:ecog|who)(?:/who|/ecog)?|performance status)"
        r"(?:\s*\(ps\))?(?: score)?(?: of)?\s*:?\s*(?:\(ps\)\s*)?(?:of\s*)?"
        r"(?P<low>[0-4])(?:\s*,\s*(?P<third>[0-4])\s*,?)?(?:\s*(?P<joiner>-|–|to|or|/)\s*(?P<high>[0-4]))?",
        lambda m: f"Your {_performance_scale(m[0])} score is {_range(m)}",
    ),
    _rule(
        "ecog-max",
        "performance",
        ("ecog", "performance", "who"),
        r"(?:an? )?(?:(?:eastern cooperative oncology group|ecog|who|world health organi[sz]ation)\s*(?:\((?:ecog|who)\))?"
        r"\s*(?:/\s*(?:ecog|who)\s*)?(?:performance status|performance score|ps)?|performance status)"
        rf"(?:\s*\(ps\))?(?: score)?(?: of)?\s*:?\s*(?P<cmp>{_CMP})\s*(?P<n>[0-4])",
        lambda m: f"Your {_performance_scale(m[0])} score is {_cmp(m)} {m['n']}",
    ),
    _rule(
        "karnofsky",
        "performance",
        ("karnofsky", "kps", "lansky"),
        r"(?:an? )?(?P<scale>karnofsky|kps|lansky)(?P<other>\s*(?:/|or)\s*(?:karnofsky|lansky))?(?: play)?(?: performance)?(?: status| score| scale)?(?: \((?:kps|lps)\))?"
        rf"(?: score)?(?: of)?\s*:?\s*(?P<cmp>{_CMP})\s*(?P<n>{_N})\s*(?P<pct>%)?",
        lambda m: (
            f"Your {'Karnofsky or Lansky' if m['other'] else 'Lansky' if m['scale'].lower() == 'lansky' else 'Karnofsky'} score is {_cmp(m)} "
            f"{m['n']}{m['pct'] or ''}"
        ),
    ),
    # -- life expectancy ---------------------------------------------------------
    _rule(
        "life-expectancy",
        "life_expectancy",
        ("life expectancy",),
        rf"(?:an? )?(?:estimated |predicted |anticipated )?life expectancy(?: of)?\s*(?:(?P<cmp>{_CMP})\s*)?(?:\((?:>|<|≥|≤)\)\s*)?"
        rf"(?P<n>{_N}|one|two|three|six|twelve)\s*(?:\(\d+\)\s*)?(?P<unit>{_TIME})",
        lambda m: f"Your doctor expects you to live {_cmp(m) + ' ' if m['cmp'] else ''}{m['n']} {m['unit']}",
    ),
    # -- diagnosis ---------------------------------------------------------------
    _rule(
        "diagnosis-confirmed",
        "diagnosis",
        ("histolog", "cytolog", "patholog"),
        r"(?:an? )?(?P<how>histologically|cytologically|pathologically|histologically (?:and/or|or|and) cytologically|"
        r"cytologically (?:and/or|or|and) histologically)\s+(?:confirmed|proven|documented|verified)\s+(?:diagnosis of\s+)?"
        r"(?P<what>[^;:]{3,120})",
        lambda m: (
            f"A {'tissue or cell' if ' ' in m['how'].strip() else 'cell' if m['how'].lower().startswith('cyto') else 'tissue'}"
            f" test has shown that you have {_free(m['what'])}"
        ),
    ),
    _rule(
        "diagnosis",
        "diagnosis",
        ("diagnos",),
        r"(?:a |an )?(?:confirmed |documented |clinical |established )?diagnosis of\s+(?P<what>[^;:]{3,100})",
        lambda m: f"A doctor has found that you have {_free(m['what'])}",
    ),
    # -- measurable disease, stage ---------------------------------------------------------
    _rule(
        "measurable-disease",
        "measurable",
        ("measurable",),
        r"(?P<least>at least one |≥ ?1 |one or more )?measurable (?:disease|lesions?|tumou?rs?)"
        r"(?: (?:according to|as defined by|per|by|using|based on) (?:the )?(?:response evaluation criteria in solid tumou?rs\s*)?"
        rf"\(?recist\)?(?: criteria)?(?:\s*(?:version|v\.?)?\s*(?P<v>{_N}))?(?: criteria)?)?",
        lambda m: (
            f"You have {'at least 1 tumor' if m['least'] else 'tumors'} that can be measured on scans"
            + (f" (RECIST {m['v']})" if m["v"] else " (RECIST)" if "recist" in m[0].lower() else "")
        ),
    ),
    _rule(
        "stage",
        "stage",
        ("stage",),
        r"(?P<what>(?:ajcc |tnm )?stages? (?:i{1,3}v?|iv|[0-4])[abc]?\d?(?:\s*(?:-|–|to|or|and|/|,)\s*(?:i{1,3}v?|iv|[0-4])[abc]?\d?)*"
        r"\s+[a-z][^;:]{2,80})",
        lambda m: None if _OWN_VERB.search(m["what"]) else f"You have {_free(m['what'])}",
    ),
    # -- treatment history -----------------------------------------------------
    _rule(
        "prior-lines",
        "prior_treatment",
        ("line", "regimen"),
        rf"(?:received |had |failed |progressed (?:on|after) )?(?P<cmp>at least|≥|>=|more than|no more than|at most|≤|up to)?\s*"
        rf"(?P<n>{_COUNT})\s*(?:or more |or fewer )?(?:prior |previous |earlier )?(?:lines?|regimens?) of "
        r"(?P<what>(?:systemic |standard |prior )?(?:therapy|therapies|treatments?|chemotherapy|anti-?cancer therapy)[^;:]{0,60})",
        lambda m: (
            f"You have had {_cmp(m) + ' ' if m['cmp'] else ''}{_count(m['n'])} past "
            f"{'line' if _count(m['n']) == '1' else 'lines'} of {_free(m['what'])}"
        ),
    ),
    _rule(
        "no-prior-treatment",
        "prior_treatment",
        ("no ",),
        r"no (?:prior|previous) (?P<what>(?:systemic |anti-?cancer |cytotoxic |investigational )?(?:therapy|treatment|chemotherapy|"
        r"immunotherapy|radiotherapy|radiation therapy)[^;:]{0,80})",
        lambda m: f"You have had no past {_free(m['what'])}",
    ),
    # -- organ function and lab values -----------------------------------------------
    _rule(
        "organ-function",
        "labs",
        ("function",),
        r"(?:good |normal |adequate |sufficient )(?P<what>(?:bone marrow|marrow|organ|renal|kidney|hepatic|liver|"
        r"hematologic|haematologic|cardiac|heart)(?:,? (?:and|&) (?:bone marrow|marrow|organ|renal|kidney|hepatic|liver|"
        r"hematologic|haematologic|end[- ]organ))*)\s+function(?P<rest>(?: (?:as )?(?:defined|shown|evidenced|indicated) "
        r"(?:as|by)(?: the following)?| as follows)?)",
        lambda m: (
            f"Your {_organs(m['what'])} work{'s' if _organs(m['what']) in ('bone marrow', 'liver', 'heart') else ''} well enough"
            + (", as listed below" if m["rest"] else "")
        ),
    ),
    _rule(
        "lab-threshold",
        "labs",
        ("<", ">", "≤", "≥", "than", "least", "most", "≦", "≧"),
        rf"(?P<name>[A-Za-z][A-Za-z0-9 ()/,'-]{{1,70}}?)\s*:?\s*(?:of\s+|must be\s+|is\s+|value\s+)?(?P<cmp>{_CMP})\s*(?P<n>{_N})"
        r"(?P<unit>\s*(?:x|×|times)\s*(?:10\^?\d+\s*/\s*[a-zµμ]+|10\s*\^\s*\d+\s*/\s*[a-zµμ]+|the\s+)?\s*(?:upper limit of normal|"
        r"uln|lln|institutional uln|\(uln\))[^;:]{0,20}?|\s*[A-Za-z/%µμ0-9^.³²]+(?:/[A-Za-z0-9^.³²]+)?)?",
        lambda m: (
            None
            if _NOT_A_LAB.search(m["name"]) or _DURATION.match((m["unit"] or "").strip())
            else f"{_free(m['name']).strip()}: {_cmp(m)} {m['n']}{(m['unit'] or '').rstrip()}"
        ),
    ),
    # -- pregnancy and birth control ------------------------------------------------
    _rule(
        "pregnancy",
        "pregnancy",
        ("pregnan", "lactat", "breast", "nursing"),
        r"(?:women who are |females who are |women |females |being |currently )?(?P<what>pregnan(?:t|cy)(?: or (?:lactating|breast-?feeding|nursing|lactation))?"
        r"|pregnan(?:t|cy)(?:,| or| and| and/or) (?:lactating|breast-?feeding|nursing|lactation|planning (?:a )?pregnancy|"
        r"planning to become pregnant)|(?:lactating|breast-?feeding|nursing|lactation)(?: or pregnan(?:t|cy))?)"
        r"(?: women| females| patients)?(?: or (?:lactating|breast-?feeding|nursing)(?: women| females)?)?",
        lambda m: _pregnancy(m[0]),
    ),
    _rule(
        "negative-pregnancy-test",
        "pregnancy",
        ("pregnancy test",),
        r"(?:(?:women|females) (?:of child-?bearing potential|who can (?:get|become) pregnant) (?:must )?(?:have )?)?(?:a )?negative "
        r"(?P<kind>serum |urine |blood |serum or urine |urine or serum )?(?:beta-hcg |β-hcg )?pregnancy test"
        rf"(?: (?:result )?within (?P<n>{_N}) (?P<unit>{_TIME})(?: (?:before|prior to) (?:the first dose|starting treatment|"
        r"study (?:start|entry|treatment)|enrol?lment|randomi[sz]ation))?)?(?: at screening)?",
        lambda m: (
            ("If you can get pregnant, you have" if re.search(r"child|pregnant", m[0][:60], re.I) else "You have")
            + f" a negative {(m['kind'] or '').strip() + ' ' if m['kind'] else ''}pregnancy test"
            + (f" within {m['n']} {m['unit']} before starting" if m["n"] else "")
        ),
    ),
    _rule(
        "birth-control",
        "contraception",
        ("contracept", "birth control"),
        r"(?P<who>(?:fertile |sexually active )?(?:women|females|men|males|participants|patients|subjects|people)"
        r"(?: and (?:women|females|men|males))?(?: of (?:child-?bearing|reproductive) potential| who can (?:get|become) pregnant)?)"
        r"\s+(?:must |should )?(?P<agree>be willing to |agree to |be )?(?:use|using|practi[cs]e) (?:an? )?"
        r"(?P<how>(?:highly )?(?:effective|adequate|acceptable|reliable|safe|approved|accepted|proper|medically acceptable)\s+)?"
        r"(?:methods? of |forms? of )?(?:contraception|contraceptives?(?: methods?)?|birth control)"
        r"(?P<during> during (?:the )?study(?: period)?| throughout the study)?",
        lambda m: _birth_control(m),
    ),
    # -- cancer history ------------------------------------------------------------
    _rule(
        "brain-metastases",
        "cns_mets",
        ("brain", "cns", "central nervous"),
        r"(?P<q>(?:(?:known|active|untreated|symptomatic|uncontrolled|progressive|unstable)(?:,? (?:and/or|or|and) |,? )?)*)"
        r"(?:brain|cns|central nervous system(?: \(cns\))?) metastas[ie]s",
        lambda m: _brain_metastases(m),
    ),
    _rule(
        "other-cancer",
        "other_cancer",
        ("malignan", "cancer"),
        r"(?:(?:a )?(?:past |previous |prior )?history of |any )?(?P<which>an?other|second|additional|concurrent|other|prior|previous)"
        r" (?:primary )?(?P<active>active )?(?P<invasive>invasive )?(?:malignanc(?:y|ies)|cancers?)"
        rf"(?: (?:within|in) (?:the )?(?:last |past |previous |prior )?(?P<n>{_N}|one|two|three|five)\s*(?P<unit>years?|months?))?",
        lambda m: _other_cancer(m),
    ),
    # -- immune system and infections ------------------------------------------------
    _rule(
        "autoimmune",
        "autoimmune",
        ("autoimmun",),
        r"(?P<q>(?:(?:known|active|history of|uncontrolled|severe|current)(?:,? (?:or|and) |,? )?)*)autoimmune "
        r"(?:disease|disorder|conditions?)s?",
        lambda m: (
            f"You have {'had ' if 'history' in m['q'].lower() else ''}"
            f"{_free(m['q'].lower().replace('history of', '')).strip() + ' ' if m['q'].lower().replace('history of', '').strip() else ''}"
            "autoimmune disease (your immune system attacks your own body)"
        ),
    ),
    _rule(
        "hiv",
        "infection",
        ("hiv", "immunodeficiency"),
        r"(?P<known>known |history of |diagnosed )?(?:positive (?:test )?for |infection with )?(?:hiv|human immunodeficiency virus)"
        r"(?: \(hiv\))?(?:[- ](?:1|1/2))?(?: infection| positive| positivity| seropositivity| disease)?",
        lambda m: f"You {'are known to ' if m['known'] else ''}{'have' if m['known'] else 'have'} HIV",
    ),
    _rule(
        "hepatitis",
        "infection",
        ("hepatitis",),
        r"(?P<q>(?:known |active |chronic |uncontrolled )*)(?:viral )?hepatitis (?P<a>b|c)(?: (?:or|and|and/or|,) (?:hepatitis )?(?P<b>b|c))?"
        r"(?: virus)?(?: \(hbv\)| \(hcv\))?(?: infection)?",
        lambda m: (
            f"You have {_free(m['q']).strip().lower() + ' ' if m['q'].strip() else ''}hepatitis {m['a'].upper()}"
            + (f" or hepatitis {m['b'].upper()}" if m["b"] else "")
        ),
    ),
    _rule(
        "tuberculosis",
        "infection",
        ("tubercul",),
        r"(?P<q>(?:known |active |latent |history of |untreated )*)(?:tuberculosis|tb)(?: infection)?(?: \(tb\))?",
        lambda m: (
            f"You have {'had ' if 'history' in m['q'].lower() else ''}"
            f"{m['q'].lower().replace('history of', '').strip() + ' ' if m['q'].lower().replace('history of', '').strip() else ''}"
            "TB"
        ),
    ),
    _rule(
        "active-infection",
        "infection",
        ("infection",),
        r"(?P<q>(?:active|uncontrolled|serious|severe|ongoing)(?: (?:or|and) (?:active|uncontrolled|serious|severe|ongoing))?) "
        r"(?P<type>(?:systemic |bacterial, viral,? or fungal |bacterial |viral |fungal )?)infections?"
        r"(?P<rest> (?:requiring|needing) (?:systemic |iv |intravenous )?(?:treatment|therapy|antibiotics))?",
        lambda m: (
            f"You have an {_free(m['q']).lower()} {m['type'].lower()}infection"
            + (f" {_free(m['rest']).strip()}" if m["rest"] else "")
        ),
    ),
    # -- heart and lungs -------------------------------------------------------------
    _rule(
        "nyha",
        "heart",
        ("nyha", "new york heart"),
        r"(?:(?:symptomatic |congestive )?(?:heart|cardiac) failure (?:of |with )?)?(?:new york heart association|nyha)"
        r"(?: \(nyha\))?(?: functional)? class(?:ification)? (?P<c>i{1,3}v?|iv|[1-4])(?P<more> or (?:higher|greater|above|worse|iv))?"
        r"(?: (?:congestive )?heart failure)?",
        lambda m: f"You have heart failure of NYHA class {m['c'].upper()}{' or higher' if m['more'] else ''}",
    ),
    _rule(
        "heart-attack",
        "heart",
        ("myocardial infarction", "heart attack"),
        r"(?:(?:a )?history of |past |prior |previous |(?P<recent>recent ))?(?:acute )?(?:myocardial infarction|heart attack)(?: \(mi\))?"
        rf"(?: (?:within|in) (?:the )?(?:last |past |previous |prior )?(?P<n>{_N}|six|three|twelve) (?P<unit>{_TIME}))?",
        lambda m: (
            f"You have had a {'recent ' if m['recent'] else ''}heart attack"
            + (f" in the last {m['n']} {m['unit']}" if m["n"] else "")
        ),
    ),
    _rule(
        "interstitial-lung-disease",
        "lung",
        ("pneumonitis", "interstitial lung", "ild"),
        r"(?P<q>(?:(?:a )?(?:(?:medical |past |prior )?history of|current|active|known|non-infectious)(?: or | |, )?)*)"
        r"(?:\(non-infectious\) )?(?P<what>pneumonitis|interstitial lung disease(?: \(ild\))?|ild)"
        r"(?: or (?P<what2>pneumonitis|interstitial lung disease(?: \(ild\))?|ild|pulmonary fibrosis|lung fibrosis))?",
        lambda m: _interstitial_lung_disease(m),
    ),
    # -- recent treatments ------------------------------------------------------------
    _rule(
        "recent-surgery",
        "surgery",
        ("surgery", "surgical"),
        rf"(?P<what>(?:major |minor )?(?:surgery|surgical procedure|operation))s? within (?:the (?:last|past) )?(?P<n>{_N}) (?P<unit>{_TIME})"
        rf"(?:\s+{_BEFORE})?",
        lambda m: f"You had {m['what'].lower()}{_in_the_last(m)}",
    ),
    _rule(
        "recent-radiotherapy",
        "radiotherapy",
        ("radiotherapy", "radiation"),
        rf"(?P<what>(?:prior |previous )?(?:palliative |definitive )?(?:radiotherapy|radiation therapy|radiation))"
        rf" within (?:the (?:last|past) )?(?P<n>{_N}) (?P<unit>{_TIME})(?:\s+{_BEFORE})?",
        lambda m: f"You had {_free(m['what']).replace('past ', '')}{_in_the_last(m)}",
    ),
    _rule(
        "allergy-study-drug",
        "allergy",
        ("allerg", "hypersensitiv", "intoleran"),
        r"(?P<q>(?:known |documented |suspected |history of )*)(?:hypersensitivity|allergy|allergies|allergic reaction|intolerance)"
        r"(?: or (?:hypersensitivity|allergy|intolerance))? to (?:any (?:of the )?(?:components?|ingredients?|excipients?) of )?"
        r"(?:the )?(?:study|investigational|trial) (?:drugs?|medications?|products?|treatments?|agents?)"
        r"(?: or (?:its|their|any of (?:its|their)) (?:components|excipients|ingredients))?",
        lambda m: (
            ("You are or may be" if "suspected" in m["q"].lower() else "You are")
            + " allergic to the study drug or any part of it"
        ),
    ),
    _rule(
        "allergy",
        "allergy",
        ("allerg", "hypersensitiv"),
        r"(?:known |documented |history of )*(?:hypersensitivity|allergy|allergies|allergic reactions?)(?: or (?:hypersensitivity|allergy))?"
        r" to (?P<what>[a-z0-9][^;:()]{2,80})",
        lambda m: (
            None
            if re.search(r"\b(?:no|not|except|unless|other than)\b", m["what"], re.I)
            else f"You are allergic to {_free(m['what'])}"
        ),
    ),
    _rule(
        "other-trial",
        "other_trial",
        ("study", "studies", "trial", "investigational"),
        r"(?:current |concurrent |simultaneous )?(?:participation|participating|enrolled|enrollment|enrolment) in (?:another|any other|"
        r"other|an?) (?:clinical |interventional |investigational )?(?:research )?(?:study|studies|trials?)"
        rf"(?: (?:within|in) (?:the (?:past|last|previous) )?(?P<n>{_N}) (?P<unit>days|weeks|months))?",
        lambda m: "You are in another study" + (f", or were in the last {m['n']} {m['unit']}" if m["n"] else ""),
    ),
    _rule(
        "investigational-drug",
        "other_trial",
        ("investigational",),
        r"(?:received |receipt of |use of |treatment with |had )?(?:an |any )?investigational (?:drug|agent|product|medication|therapy|treatment)s?"
        rf" within (?:the (?:last|past) )?(?P<n>{_N}) (?P<unit>{_TIME})(?:\s+{_BEFORE})?",
        lambda m: f"You had a drug being tested in another study{_in_the_last(m)}",
    ),
    _rule(
        "steroids",
        "steroids",
        ("steroid", "immunosuppress"),
        r"(?P<when>current |ongoing |chronic |long-term )?(?:use of |treatment with |receiving |taking )?(?P<route>(?:systemic |oral )?)"
        r"(?P<what>(?:cortico)?steroids|immunosuppress(?:ive|ant) (?:drugs|medications|agents)|immunosuppressants)"
        r"(?: (?:or|and/or) (?:other )?(?P<what2>immunosuppressive (?:drugs|medications|agents)|immunosuppressants|(?:cortico)?steroids))?",
        lambda m: _steroids(m),
    ),
    _rule(
        "live-vaccine",
        "vaccines",
        ("vaccin",),
        r"(?:received |receipt of |administration of |vaccination with |use of )?(?:a |any )?live(?:,? attenuated|-attenuated)?"
        rf" (?:virus )?vaccines?(?: within (?:the (?:last|past) )?(?P<n>{_N}) (?P<unit>{_TIME}))?(?:\s+{_BEFORE})?",
        lambda m: "You had a live vaccine" + (_in_the_last(m) if m["n"] else ""),
    ),
    _rule(
        "bmi-range",
        "bmi",
        ("bmi", "body mass"),
        rf"(?:bmi|body mass index)(?: \(bmi\))?(?: of| between)?\s*:?\s*(?P<low>{_N})\s*(?:-|–|to|and)\s*(?P<high>{_N})\s*"
        r"(?P<unit>kg/m2|kg/m²|kg/m\^2)?(?:\s*\(?inclusive\)?)?",
        lambda m: f"Your BMI is {m['low']} to {m['high']}{' ' + m['unit'] if m['unit'] else ''}",
    ),
    # The generic "X within N days before Y" comes after the rules for particular treatments.
    _rule(
        "washout",
        "washout",
        ("within", "weeks", "days", "months"),
        r"(?:received |receipt of |treatment with |use of |had |taken |exposure to )?(?P<what>[a-z][^;:]{2,80}?)\s+within\s+"
        rf"(?:the (?:last|past) )?(?P<n>{_N})\s*(?P<unit>{_TIME})\s+{_BEFORE}",
        lambda m: (
            None
            if re.search(r"\b(?:no|not|except|unless|or \d)\b", m["what"], re.I)
            else f"You had {_free(m['what'])} in the {m['n']} {m['unit']} before {_event(m)}"
        ),
    ),
    _rule(
        "study-doctor-judgment",
        "investigator",
        ("investigator",),
        r"(?P<head>[^;]{3,120}?)\s*,?\s*(?P<rest>\b(?:that|which|who|as|in the|per|according)\b[^0-9;]*)",
        lambda m: (
            f"You have {_free(m['head'])} that the study doctor thinks makes this study unsafe or not right for you"
            if _JUDGMENT.search(m["rest"]) and _TROUBLE.search(m["head"]) and not _EXAMPLES.search(m[0])
            else None
        ),
    ),
    _rule(
        "transplant",
        "transplant",
        ("transplant",),
        r"(?:(?:a )?(?:history of |prior |previous |past )?)(?P<what>(?:allogeneic |autologous )?(?:solid )?(?:organ|stem cell|bone marrow|"
        r"hematopoietic stem cell|kidney|liver|heart|lung) transplant(?:ation)?)",
        lambda m: f"You have had {'an' if m['what'][0].lower() in 'aeiou' else 'a'} {_free(m['what']).lower()}",
    ),
)

# "... that, in the opinion of the investigator, would ...": the study doctor's judgment, said once.
_JUDGMENT = re.compile(
    r"\b(?:opinion|judg(?:e)?ment|discretion|judged|considered|deemed|believes?)\b[^.]*?\binvestigator|"
    r"\binvestigator(?:'s)?\b[^.]*?\b(?:opinion|judg(?:e)?ment|discretion|judges|considers|believes|deems)\b",
    re.I,
)
_TROUBLE = re.compile(
    r"\b(?:conditions?|diseases?|illness(?:es)?|disorders?|situations?|circumstances?|factors?|findings?|"
    r"abnormalit(?:y|ies)|problems?|reasons?)$",
    re.I,
)
# Examples or exceptions would be lost in the short form: those criteria keep their own words.
_EXAMPLES = re.compile(r"\b(?:such as|including|e\.g|for example|except|unless|other than|not)\b|\(", re.I)

# "Patients with stage IV cancer are not eligible": a sentence with its own verb is not a plain "You have".
_OWN_VERB = re.compile(r"\b(?:is|are|was|were|eligible|excluded|allowed|permitted)\b", re.IGNORECASE)
_DURATION = re.compile(r"(?:hours?|days?|weeks?|months?|years?|yrs?)\b", re.IGNORECASE)

_NOT_A_LAB = re.compile(
    r"\b(?:with|who|have|has|had|patients?|people|participants?|subjects?|not|no|if|and|or|age|aged|life|years?|"
    r"performance|ecog|karnofsky|lansky|score|grade|toxicity|stage|class|within|dose|for|since|of)\b",
    re.IGNORECASE,
)


def _in_the_last(match: re.Match) -> str:
    if match["event"]:
        return f" in the {match['n']} {match['unit']} before {_event(match)}"
    return f" in the last {match['n']} {match['unit']}"


def _birth_control(match: re.Match) -> str:
    who = match["who"].lower()
    if re.search(r"potential|pregnant|fertile", who):
        lead = "If you can get pregnant, you"
    elif re.search(r"\b(?:men|males)\b", who) and not re.search(r"women|females", who):
        lead = "If you are a man, you"
    elif re.search(r"women|females", who) and not re.search(r"\b(?:men|males)\b", who):
        lead = "If you are a woman, you"
    else:
        lead = "You"
    verb = " agree to use " if match["agree"] and match["agree"].strip() != "be" else " use "
    how = plain_words(match["how"].strip()) + " " if match["how"] else ""
    return f"{lead}{verb.rstrip() if lead == 'You' else verb.rstrip()} {how}birth control" + (
        " during the study" if match["during"] else ""
    )


def _other_cancer(match: re.Match) -> str:
    earlier = match["which"].lower() in ("prior", "previous")  # a cancer before, of any kind
    invasive = "invasive " if match["invasive"] else ""
    when = f" in the last {_count(match['n'])} {match['unit']}" if match["n"] else ""
    if match["active"]:
        return f"You have {'an' if earlier else 'another'} active {invasive}cancer{when}"
    if earlier:
        return f"You have had {'an invasive ' if invasive else ''}cancer{when}"
    return f"You have or have had another {invasive}cancer{when}"


def _brain_metastases(match: re.Match) -> str | None:
    qualifiers = match["q"].strip().lower()
    where = "the brain" if "brain" in match[0].lower() else "the brain or spinal cord"
    if "symptomatic" in qualifiers:
        # "untreated or symptomatic" joins two conditions; only a lone "symptomatic" is said simply.
        return (
            f"You have cancer that has spread to {where} and causes symptoms" if qualifiers == "symptomatic" else None
        )
    return f"You have {qualifiers + ' ' if qualifiers else ''}cancer that has spread to {where}"


def _consent(match: re.Match) -> str:
    able = (match["able"] or "").lower()
    willing, capable = "willing" in able, re.search(r"\bable\b", able)
    lead = (
        "You are willing and able to "
        if willing and capable
        else "You are willing to "
        if willing
        else "You are able to "
        if capable
        else "You "
    )
    return lead + (
        "agree in writing to take part"
        if match["written"]
        else "agree to take part after the study is explained to you"
    )


def _performance_scale(text: str) -> str:
    lowered = text.lower()
    if "who" in lowered and "ecog" not in lowered and "eastern" not in lowered:
        return "WHO performance"
    return "ECOG"


def _organs(what: str) -> str:
    lowered = what.lower()
    for long, short in (
        ("renal", "kidney"),
        ("hepatic", "liver"),
        ("haematologic", "blood"),
        ("hematologic", "blood"),
        ("cardiac", "heart"),
        ("end organ", "organs"),
        ("end-organ", "organs"),
        ("organ", "organs"),
        ("bone marrow", "bone marrow"),
        ("marrow", "bone marrow"),
    ):
        lowered = re.sub(rf"\b{long}\b", short, lowered)
    return re.sub(r"\s*&\s*", " and ", lowered).replace("kidney", "kidneys")


def _pregnancy(text: str) -> str:
    lowered = text.lower()
    planning = "planning" in lowered
    nursing = re.search(r"lactat|breast|nursing", lowered)
    if re.search(r"pregnan", lowered):
        if planning:
            return "You are pregnant or plan to become pregnant"
        return "You are pregnant or breastfeeding" if nursing else "You are pregnant"
    return "You are breastfeeding"


def _steroids(match: re.Match) -> str:
    when = (match["when"] or "").strip().lower()
    what = _free(match["what"]) + (f" or {_free(match['what2'])}" if match["what2"] else "")
    now = "now " if when in ("current", "ongoing") else ""
    long_term = " for a long time" if when in ("chronic", "long-term") else ""
    return f"You {now}take {match['route'].lower()}{what}{long_term}"


def _interstitial_lung_disease(match: re.Match) -> str:
    qualifiers = match["q"].lower().replace("history of", "").replace("(", "").replace(")", "")
    qualifiers = " ".join(
        word for word in re.split(r"[\s,]+", qualifiers) if word in ("current", "active", "known", "non-infectious")
    )
    if "non-infectious" in match[0].lower() and "non-infectious" not in qualifiers:
        qualifiers = f"{qualifiers} non-infectious".strip()
    had = "had " if "history" in match["q"].lower() else ""
    lead = f"You have {had}{qualifiers + ' ' if qualifiers else ''}"
    return lead + " or ".join(_lung(w) for w in (match["what"], match["what2"]) if w)


def _lung(what: str) -> str:
    if "fibrosis" in what.lower():
        return "lung scarring (pulmonary fibrosis)"
    return "lung swelling (pneumonitis)" if what.lower().startswith("pneum") else "lung scarring (ILD)"


# Each word some rule needs, with the rules (by index) that need it: a substring test per word finds a
# sentence's words faster than a regex scan, and only their rules are tried.
_RULES_NEEDING: dict[str, tuple[int, ...]] = {
    word: tuple(index for index, rule in enumerate(RULES) if word in rule.needs)
    for word in sorted({word for rule in RULES for word in rule.needs})
}


def apply_rules(segment: str) -> tuple[str, str] | None:
    """(rule name, plain sentence) for the first rule that matches the whole sentence."""
    lowered = segment.lower()
    candidates = sorted({index for word, indexes in _RULES_NEEDING.items() if word in lowered for index in indexes})
    for index in candidates:
        rule = RULES[index]
        match = rule.pattern.match(segment)
        if match and (plain := rule.write(match)) is not None:
            return rule.name, plain
    return None


RULE_KINDS: dict[str, str] = {rule.name: rule.kind for rule in RULES}
