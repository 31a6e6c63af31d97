"""Create the stack's data resources on moto from template.yaml itself, so local cannot drift.

Buckets, queues (with their redrive policies) and tables (keys, indexes, TTL) are read from
the template's properties; each function's environment is resolved the way CloudFormation
would, with the local physical names in place of the references.
"""

from __future__ import annotations

import json
import re
import secrets
import string
from dataclasses import dataclass, field
from pathlib import Path

from trialpages_dev import project

# What a stack deployed with no domain gets from CloudFront: the local stand-in for attributes of
# resources moto does not create (the demo names its own address with the SiteUrl parameter).
STAND_INS = {("SiteDistribution", "DomainName"): "d111111abcdef8.cloudfront.net"}
# A dynamic reference CloudFormation resolves at deploy time: {{resolve:secretsmanager:<arn>:SecretString}}.
_SECRET_REFERENCE = re.compile(r"\{\{resolve:secretsmanager:(?P<arn>[^:}]+(?::[^:}]+){6}):SecretString\}\}")


def load_template(path: Path | None = None) -> dict:
    """The template with its short-form tags (!Ref, !GetAtt, !Sub...) in long form, as cfn-lint reads it."""
    from cfnlint.decode import cfn_yaml  # about 1 s to import: paid by what provisions a stack, not by every importer

    return json.loads(json.dumps(cfn_yaml.load(str(path or project.template()))))


@dataclass
class LocalStack:
    """What was created: logical id -> physical name/URL/ARN, and the values !Ref and !GetAtt resolve to."""

    template: dict
    prefix: str
    region: str = "us-east-1"
    account: str = "123456789012"
    parameters: dict[str, str] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)
    arns: dict[str, str] = field(default_factory=dict)
    attributes: dict[tuple[str, str], str] = field(default_factory=lambda: dict(STAND_INS))
    # Secret ARN -> the value Secrets Manager generated for it (what a dynamic reference reads).
    secret_values: dict[str, str] = field(default_factory=dict)

    def resources(self, resource_type: str) -> dict[str, dict]:
        return {
            logical_id: resource.get("Properties", {}) or {}
            for logical_id, resource in self.template["Resources"].items()
            if resource["Type"] == resource_type
        }

    def condition(self, name: str) -> bool:
        return bool(self.resolve(self.template["Conditions"][name]))

    def resolve(self, value):
        """Resolve Ref, GetAtt, Sub, If and the condition functions against parameters and created resources."""
        if not isinstance(value, dict):
            return value
        if "Fn::If" in value:
            name, if_true, if_false = value["Fn::If"]
            return self.resolve(if_true if self.condition(name) else if_false)
        if "Condition" in value:
            return self.condition(value["Condition"])
        if "Fn::Equals" in value:
            left, right = (self.resolve(part) for part in value["Fn::Equals"])
            return left == right
        if "Fn::Not" in value:
            return not self.resolve(value["Fn::Not"][0])
        if "Fn::And" in value:
            return all(self.resolve(part) for part in value["Fn::And"])
        if "Fn::Or" in value:
            return any(self.resolve(part) for part in value["Fn::Or"])
        if "Ref" in value:
            name = value["Ref"]
            if name in self.parameters:
                return self.parameters[name]
            if name in self.refs:
                return self.refs[name]
            raise KeyError(f"unresolved !Ref {name}")
        if "Fn::GetAtt" in value:
            logical_id, attribute = value["Fn::GetAtt"]
            if attribute == "Arn":
                return self.arns[logical_id]
            if (logical_id, attribute) in self.attributes:
                return self.attributes[(logical_id, attribute)]
            raise KeyError(f"unsupported !GetAtt {logical_id}.{attribute}")
        if "Fn::Sub" in value:
            text = value["Fn::Sub"]
            for logical_id, arn in self.arns.items():
                text = text.replace(f"${{{logical_id}.Arn}}", arn)
            for (logical_id, attribute), resolved in self.attributes.items():
                text = text.replace(f"${{{logical_id}.{attribute}}}", resolved)
            for name, resolved in {**self.refs, **self.parameters}.items():
                text = text.replace(f"${{{name}}}", resolved)
            return _SECRET_REFERENCE.sub(lambda match: self.secret_values[match["arn"]], text)
        raise KeyError(f"unsupported intrinsic {sorted(value)}")

    def function_environment(self, logical_id: str) -> dict[str, str]:
        globals_env = self.template.get("Globals", {}).get("Function", {}).get("Environment", {}).get("Variables", {})
        function = self.template["Resources"][logical_id]["Properties"]
        own_env = function.get("Environment", {}).get("Variables", {})
        return {name: str(self.resolve(value)) for name, value in {**globals_env, **own_env}.items()}

    def origin_headers(self, origin_id: str) -> dict[str, str]:
        """The headers the CDN adds to each request it sends `origin_id` (what the local gateway adds too)."""
        (distribution,) = self.resources("AWS::CloudFront::Distribution").values()
        (origin,) = [o for o in distribution["DistributionConfig"]["Origins"] if o["Id"] == origin_id]
        return {
            header["HeaderName"]: str(self.resolve(header["HeaderValue"]))
            for header in origin.get("OriginCustomHeaders", [])
        }

    def functions(self) -> list[str]:
        return list(self.resources("AWS::Serverless::Function"))


def provision(
    template: dict, *, s3, sqs, dynamodb, prefix: str = "trialpages-local", parameters: dict[str, str] | None = None
) -> LocalStack:
    """Create every bucket, queue and table the template declares, using the given boto3 clients."""
    defaults = {name: str(spec.get("Default", "")) for name, spec in template.get("Parameters", {}).items()}
    stack = LocalStack(template=template, prefix=prefix, parameters={**defaults, **(parameters or {})})
    stack.parameters.setdefault("AWS::Region", stack.region)
    stack.parameters.setdefault("AWS::AccountId", stack.account)

    for logical_id, properties in stack.resources("AWS::SecretsManager::Secret").items():
        # Generated as Secrets Manager would (GenerateSecretString): a fresh value for each local stack.
        arn = (
            f"arn:aws:secretsmanager:{stack.region}:{stack.account}:secret:{prefix}-{logical_id}-{secrets.token_hex(3)}"
        )
        stack.refs[logical_id] = stack.arns[logical_id] = arn
        stack.secret_values[arn] = generated_secret(properties.get("GenerateSecretString", {}))

    for logical_id in stack.resources("AWS::S3::Bucket"):
        name = f"{prefix}-{logical_id}".lower()
        s3.create_bucket(Bucket=name)
        stack.refs[logical_id] = name
        stack.arns[logical_id] = f"arn:aws:s3:::{name}"

    queues = stack.resources("AWS::SQS::Queue")
    # Dead-letter queues first: a redrive policy names its target's ARN.
    for logical_id in sorted(queues, key=lambda q: "RedrivePolicy" in queues[q]):
        properties = queues[logical_id]
        attributes = {
            key: str(properties[key]) for key in ("VisibilityTimeout", "MessageRetentionPeriod") if key in properties
        }
        if "RedrivePolicy" in properties:
            redrive = {key: stack.resolve(value) for key, value in properties["RedrivePolicy"].items()}
            attributes["RedrivePolicy"] = json.dumps(redrive)
        url = sqs.create_queue(QueueName=f"{prefix}-{logical_id}", Attributes=attributes)["QueueUrl"]
        stack.refs[logical_id] = url
        stack.arns[logical_id] = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
            "QueueArn"
        ]

    for logical_id, properties in stack.resources("AWS::DynamoDB::Table").items():
        name = f"{prefix}-{logical_id}"
        request = {
            "TableName": name,
            "AttributeDefinitions": properties["AttributeDefinitions"],
            "KeySchema": properties["KeySchema"],
            "BillingMode": properties.get("BillingMode", "PAY_PER_REQUEST"),
        }
        if properties.get("GlobalSecondaryIndexes"):
            request["GlobalSecondaryIndexes"] = properties["GlobalSecondaryIndexes"]
        table = dynamodb.create_table(**request)["TableDescription"]
        ttl = properties.get("TimeToLiveSpecification")
        if ttl:
            dynamodb.update_time_to_live(TableName=name, TimeToLiveSpecification=ttl)
        stack.refs[logical_id] = name
        stack.arns[logical_id] = table["TableArn"]
    return stack


def generated_secret(spec: dict) -> str:
    """A value as GenerateSecretString would make it: letters and digits only when punctuation is excluded."""
    alphabet = string.ascii_letters + string.digits
    if not spec.get("ExcludePunctuation"):
        alphabet += "!#$%&()*+,-.:;<=>?@[]^_{|}~"
    return "".join(secrets.choice(alphabet) for _ in range(int(spec.get("PasswordLength", 32))))
