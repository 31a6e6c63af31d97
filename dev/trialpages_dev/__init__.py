"""trialpages' dev tooling, beside the Lambda layer and never in it: the `trialpages` command, the
local stack on moto, the fake ClinicalTrials.gov, the benchmark and in-memory stand-ins of the
stores (`trialpages render`)."""
