"""Every IAM statement template.yaml holds, wherever it sits: function policies and resource policies."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Actions IAM cannot scope to a resource ARN: the only ones a policy may grant on Resource "*".
ACTIONS_WITHOUT_RESOURCE_ARNS = frozenset(
    {"cloudwatch:PutMetricData", "xray:PutTraceSegments", "xray:PutTelemetryRecords"}
)

SUB_REFERENCE = re.compile(r"\$\{[^}]*\}")
ARN_OF_EVERY = re.compile(r"^(?:[\w-]+[/:])?\*$")  # "*", "table/*", "function:*"


def as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def statements(template: dict) -> Iterator[tuple[str, dict]]:
    """(logical id, statement) for every policy document in the template's resources."""

    def walk(logical_id: str, node) -> Iterator[tuple[str, dict]]:
        if isinstance(node, dict):
            if isinstance(node.get("Statement"), list):
                yield from ((logical_id, statement) for statement in node["Statement"])
                return
            for value in node.values():
                yield from walk(logical_id, value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(logical_id, value)

    for logical_id, resource in template["Resources"].items():
        yield from walk(logical_id, resource.get("Properties", {}))


def allow_statements(template: dict) -> Iterator[tuple[str, dict]]:
    return ((logical_id, s) for logical_id, s in statements(template) if s["Effect"] == "Allow")


def wildcard_actions(statement: dict) -> list[str]:
    if "NotAction" in statement:
        return ["NotAction"]
    return [action for action in as_list(statement["Action"]) if "*" in action]


def resource_text(resource) -> str:
    """The ARN a resource names, with a !Sub's references left in; '' for !Ref and !GetAtt (a known ARN)."""
    if isinstance(resource, str):
        return resource
    return resource.get("Fn::Sub", "") if isinstance(resource, dict) else ""


def wildcard_resources(statement: dict) -> list[str]:
    """Resources that are every resource, an ARN with a wildcard before its resource part
    ("arn:aws:dynamodb:*:...") or every resource of a type ("...:table/*"): allowed only when no
    action can be scoped to an ARN. A prefix inside a named resource ("${Bucket.Arn}/raw/*") is fine."""
    if "NotResource" in statement:
        return ["NotResource"]
    if set(as_list(statement["Action"])) <= ACTIONS_WITHOUT_RESOURCE_ARNS:
        return []
    found = []
    for resource in as_list(statement["Resource"]):
        text = SUB_REFERENCE.sub("ref", resource_text(resource))  # "${AWS::Region}" holds colons of its own
        fields = text.split(":", 5) if text.startswith("arn:") else []
        if text == "*" or any("*" in field for field in fields[:5]) or ARN_OF_EVERY.match(fields[-1] if fields else ""):
            found.append(text)
    return found
