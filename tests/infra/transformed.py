"""template.yaml as CloudFormation receives it: the SAM transform applied offline, as `sam deploy` would.

The IAM checks read this too: SAM adds roles, managed policies and permissions that the
template's own text does not show (an SQS event brings AWSLambdaSQSQueueExecutionRole). The
transform runs in the SAM CLI's own virtualenv (.venv-sam, which `make lint` builds): its
translator pins a pydantic the project's does not use.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from pathlib import Path

SAM_PYTHON = Path(__file__).resolve().parents[2] / ".venv-sam" / "bin" / "python"

_TRANSFORM = """
import json, sys
from samtranslator.translator.transform import transform

class NoManagedPolicyNames:  # the template names no managed policy by name: IAM is never asked for ARNs
    def load(self):
        return {}

print(json.dumps(transform(json.load(sys.stdin), {}, NoManagedPolicyNames())))
"""


def sam_transformed(template: dict) -> dict:
    packaged = copy.deepcopy(template)
    for logical_id, resource in packaged["Resources"].items():
        properties = resource.get("Properties", {})
        for uri in ("CodeUri", "ContentUri"):  # what `sam package` puts there: the uploaded zip
            if uri in properties:
                properties[uri] = f"s3://packaged-artifacts/{logical_id}.zip"
    if not SAM_PYTHON.exists():
        raise RuntimeError(f"{SAM_PYTHON} is missing: `make lint` (or `make .venv-sam/.installed`) builds it")
    done = subprocess.run(
        [str(SAM_PYTHON), "-c", _TRANSFORM],
        input=json.dumps(packaged),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "AWS_DEFAULT_REGION": "us-east-1", "SAM_CLI_TELEMETRY": "0"},
    )
    return json.loads(done.stdout)


def resolve_if(value, conditions: dict[str, bool]):
    """`value` with every Fn::If decided by `conditions` (condition name -> true or false)."""
    if isinstance(value, dict) and set(value) == {"Fn::If"}:
        name, when_true, when_false = value["Fn::If"]
        return resolve_if(when_true if conditions[name] else when_false, conditions)
    if isinstance(value, dict):
        return {key: resolve_if(item, conditions) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve_if(item, conditions) for item in value]
    return value
