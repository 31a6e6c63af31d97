"""A stomach or bowel problem that could change how well the body takes in a drug: "Impairment of gastrointestinal (GI)
function or GI disease that may significantly alter the absorption of study drug", "Malabsorption syndrome or other
gastrointestinal illness or condition that could affect oral absorption of the study drug", "Intestinal disorders that
may modify absorption".

Only a gut problem and only its effect on absorption: another subject ("skin abnormalities ... absorption of the gel"),
a second rule after it ("... or patients who are unable to swallow"), a judge or a part the rule is for leaves the
sentence in the study's words.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.facts.base import Fact, recogniser

Effect = Literal["change", "hinder", "prevent"]

# (verb, what follows it): "change how well your body takes in the study drug".
_SAID: dict[str, tuple[str, str]] = {
    "change": ("change", "how well your body takes in"),
    "hinder": ("make", "it harder for your body to take in"),
    "prevent": ("keep", "your body from taking in enough of"),
}


class GutAbsorption(Fact):
    problem: str  # "a problem with your stomach or bowel", said whole
    modal: str  # "might", "could", "would", "is likely to"; "" for the present
    effect: Effect
    greatly: bool = False  # "significantly alter": greatly change, much harder
    drug: str  # "the study drug", "medicines you swallow"
    examples: str | None = None  # the source's examples, in its words
    oral_only: bool = False  # "in case of oral IMPs": it counts only when the study drug is swallowed

    def sentence(self) -> str:
        verb, rest = _SAID[self.effect]
        if self.greatly and self.effect == "hinder":
            rest = rest.replace("harder", "much harder", 1)
        if not self.modal:
            verb += "s"  # "a disease that changes ...", "makes", "keeps"
        if self.greatly and self.effect == "change":
            verb = "greatly " + verb
        said = f"{self.modal} {verb}" if self.modal else verb
        examples = f" (for example: {self.examples})" if self.examples else ""
        oral = " (this counts if the study drug is one you swallow)" if self.oral_only else ""
        pause = "," if ", or " in self.problem else ""  # "..., or a stomach or bowel disease, that might ..."
        return f"You have {self.problem}{examples}{pause} that {said} {rest} {self.drug}{oral}."

    def sentence_in(self, kind: str) -> str | None:
        return self.sentence() if kind == "exclusion" else None  # a reason to be left out, never a requirement


_GUT = r"(?:gastro-?intestinal|GI|intestinal|bowel|digestive(?:\s+(?:system|tract))?)(?:\s*\(GI\))?"
_QUALITY = r"(?:(?P<qualities>(?:(?:other|active|significant|clinically\s+significant|chronic|serious|severe|poorly\s+controlled)\s+)+))?"
_NOUN = r"(?:disorders?|diseases?|conditions?|illness(?:es)?|dysfunctions?|problems?|issues?)"
_PROBLEM = (
    r"(?:any\s+)?(?:"
    rf"(?P<impaired>impairment\s+of\s+{_GUT}\s+function\s+or\s+{_GUT}\s+diseases?(?:\s+presence)?)"
    rf"|(?P<malabsorption>malabsorption(?:\s+syndrome)?\s+or\s+(?:any\s+)?other\s+(?:{_GUT}\s+)?(?:illness|diseases?|disorders?|"
    r"conditions?)(?:\s+or\s+conditions?)?)"
    rf"|{_QUALITY}(?P<gut>{_GUT})(?P<metabolic>\s+or\s+metabolic)?\s+{_NOUN}"
    r")"
)
_DRUG = (
    r"(?P<drug>(?:the\s+)?(?P<oral_study>oral\s+)?(?:study|trial|investigational)\s+(?:drugs?|medications?|treatments?|medicines?|"
    r"products?)|(?:the\s+)?(?:IMPs?|investigational\s+medicinal\s+products?)|oral\s+(?:medications?|drugs?|medicines?)"
    r"|(?P<named>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*))"
)
_ABSORPTION = (
    r"(?:(?:that|which)\s+(?P<modal>may|might|could|would|can|will|(?:is|are)\s+likely\s+to)\s+"
    r"|(?P<likely>likely\s+to)\s+|(?:that|which)\s+)"
    r"(?P<greatly>(?:significantly|substantially|seriously)\s+)?"
    r"(?:(?P<change>affect|alter|change|modify|influence|impact)|(?P<hinder>interfere\s+with|impair|reduce|limit)"
    r"|(?P<prevent>preclude\s+adequate))(?:s)?\s+"
    r"(?:(?:the\s+)?(?P<route>oral\s+|gastrointestinal\s+|GI\s+)?(?P<drug_word>drug\s+)?absorption(?:\s+of\s+"
    + _DRUG
    + r")?"
    r"|(?:the\s+)?(?P<oral_before>oral\s+)?(?:study\s+drug|drug)\s+absorption)"
)
_EXAMPLES = r"(?:\s*\((?:e\.g\.,?|eg,?|for\s+example,?|such\s+as)\s+(?P<examples>[^()]+)\)|\s*,\s+such\s+as\s+(?P<such_as>[^()]+?))?"
_GUT_ABSORPTION = _PROBLEM + r"\s+" + _ABSORPTION + _EXAMPLES + r"(?P<oral_imps>\s+in\s+case\s+of\s+oral\s+IMPs?)?"

_MODALS = {
    "may": "might",
    "can": "could",
    "will": "would",
    "are likely to": "is likely to",
    "likely to": "is likely to",
}


def _problem(match: re.Match) -> str | None:
    if match["impaired"]:
        return "a problem with how your stomach or bowel works, or a stomach or bowel disease"
    if match["malabsorption"]:
        return "malabsorption or another problem with your stomach or bowel"
    place = "bowel" if re.match(r"intestinal|bowel", match["gut"], re.IGNORECASE) else "stomach or bowel"
    if match["metabolic"]:
        place = "stomach, bowel or metabolism" if place == "stomach or bowel" else "bowel or metabolism"
    qualities = (
        re.sub(r"\s+", " ", (match["qualities"] or "").lower()).strip().replace("clinically significant", "significant")
    )
    if qualities.startswith("other"):
        rest = qualities.removeprefix("other").strip()
        return f"another {rest + ' ' if rest else ''}problem with your {place}"
    if "other" in qualities.split():
        return None  # "active other": not a way a sentence says it
    article = "an" if qualities[:1] in ("a", "e", "i", "o", "u") else "a"
    return f"{article} {qualities + ' ' if qualities else ''}problem with your {place}"


def _drug(match: re.Match) -> str | None:
    oral = bool(match["route"] and match["route"].strip().lower() == "oral") or bool(
        match["oral_before"] or match["oral_study"]
    )
    drug = (match["drug"] or "").lower()
    if not drug:
        return "medicines you swallow" if oral else "medicines"
    if match["named"]:
        if match["named"].lower() in ("the", "drugs", "drug", "medications", "medication", "medicines", "treatment"):
            return None
        return match["named"] + (" when you swallow it" if oral else "")
    if drug.startswith("oral "):
        return "medicines you swallow"
    plural = bool(re.search(r"(?:drugs|medications|treatments|medicines|products|imps)$", drug))
    what = "study treatment" if "treatment" in drug else "study drugs" if plural else "study drug"
    return f"the {what}{(' when you swallow them' if plural else ' when you swallow it') if oral else ''}"


def _gut_absorption(match: re.Match) -> GutAbsorption | None:
    problem, drug = _problem(match), _drug(match)
    if problem is None or drug is None:
        return None
    modal = re.sub(r"\s+", " ", (match["modal"] or match["likely"] or "").lower())
    modal = _MODALS.get(modal, modal)
    effect: Effect = "change" if match["change"] else "hinder" if match["hinder"] else "prevent"
    if match["greatly"] and effect == "prevent":
        return None
    examples = match["examples"] or match["such_as"]
    return GutAbsorption(
        problem=problem,
        modal=modal,
        effect=effect,
        greatly=bool(match["greatly"]),
        drug=drug,
        examples=re.sub(r"\s+", " ", examples).strip(" .,;") if examples else None,
        oral_only=bool(match["oral_imps"]),
    )


RECOGNISERS = (recogniser("gut-absorption", ("absorption",), _GUT_ABSORPTION, _gut_absorption),)
