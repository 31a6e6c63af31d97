"""template.yaml as CloudFormation receives it: the SAM transform applied offline, as `sam deploy` would.

The IAM checks read this too: SAM adds roles, managed policies and permissions that the
template's own text does not show (an SQS event brings AWSLambdaSQSQueueExecutionRole).
"""

from __future__ import annotations

import copy
import os
from unittest import mock

from samtranslator.translator.transform import transform


class _NoManagedPolicyNames:
    """The template names no managed policy by name, so the transform never asks IAM for their ARNs."""

    def load(self) -> dict[str, str]:
        return {}


def sam_transformed(template: dict) -> dict:
    packaged = copy.deepcopy(template)
    for logical_id, resource in packaged["Resources"].items():
        properties = resource.get("Properties", {})
        for uri in ("CodeUri", "ContentUri"):  # what `sam package` puts there: the uploaded zip
            if uri in properties:
                properties[uri] = f"s3://packaged-artifacts/{logical_id}.zip"
    with mock.patch.dict(os.environ, {"AWS_DEFAULT_REGION": "us-east-1"}):
        return transform(packaged, {}, _NoManagedPolicyNames())


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
