"""Least privilege and private storage in template.yaml: what sam validate and cfn-lint do not check."""

from __future__ import annotations

import copy

from tests.infra.policies import allow_statements, as_list, statements, wildcard_actions, wildcard_resources


def resources_of(template: dict, resource_type: str) -> dict[str, dict]:
    return {
        logical_id: resource.get("Properties", {})
        for logical_id, resource in template["Resources"].items()
        if resource["Type"] == resource_type
    }


def test_functions_have_inline_statements_only(template):
    """SAM policy templates and managed policies would hide their actions from the checks below."""
    for logical_id, properties in resources_of(template, "AWS::Serverless::Function").items():
        for policy in properties.get("Policies", []):
            assert isinstance(policy, dict) and "Statement" in policy, f"{logical_id}: inline statements only"


def test_no_policy_allows_a_wildcard_action(template):
    checked = list(allow_statements(template))
    assert len(checked) > 10, "the walk finds the function and resource policies"
    for logical_id, statement in checked:
        assert wildcard_actions(statement) == [], f"{logical_id} allows {statement.get('Action')}"


def test_no_policy_allows_every_resource_where_the_arn_is_known(template):
    for logical_id, statement in allow_statements(template):
        assert wildcard_resources(statement) == [], f"{logical_id} allows {statement['Action']} on every resource"


def test_the_checks_catch_what_they_are_for(template):
    doctored = copy.deepcopy(template)
    statement = doctored["Resources"]["LookupApiFunction"]["Properties"]["Policies"][0]["Statement"][0]
    for action, resource, caught in [
        ("dynamodb:*", {"Fn::GetAtt": ["StudyIndexTable", "Arn"]}, "action"),
        ("dynamodb:GetItem", "*", "resource"),
        ("dynamodb:GetItem", {"Fn::Sub": "arn:aws:dynamodb:*:${AWS::AccountId}:table/x"}, "resource"),
        ("dynamodb:GetItem", {"Fn::Sub": "arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*"}, "resource"),
        ("xray:PutTraceSegments", "*", None),
    ]:
        statement.update(Action=[action], Resource=resource)
        assert bool(wildcard_actions(statement)) == (caught == "action"), action
        assert bool(wildcard_resources(statement)) == (caught == "resource"), (action, resource)


def test_no_resource_policy_allows_every_principal(template):
    for logical_id, statement in statements(template):
        if statement["Effect"] == "Allow" and "Principal" in statement:
            assert statement["Principal"] != "*" and "*" not in as_list(statement["Principal"].get("AWS", [])), (
                logical_id
            )


def test_buckets_are_private_encrypted_and_refuse_plain_http(template):
    policies = {
        properties["Bucket"]["Ref"]: properties["PolicyDocument"]
        for properties in resources_of(template, "AWS::S3::BucketPolicy").values()
    }
    buckets = resources_of(template, "AWS::S3::Bucket")
    assert buckets
    for logical_id, properties in buckets.items():
        block = properties["PublicAccessBlockConfiguration"]
        assert all(block[key] is True for key in block) and len(block) == 4, logical_id
        # ACLs off: nothing can make one object public behind the policy's back.
        assert properties["OwnershipControls"]["Rules"] == [{"ObjectOwnership": "BucketOwnerEnforced"}], logical_id
        assert properties["BucketEncryption"]["ServerSideEncryptionConfiguration"], logical_id
        assert any(
            statement["Effect"] == "Deny"
            and statement["Principal"] == "*"
            and statement["Action"] == "s3:*"
            and statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
            for statement in policies[logical_id]["Statement"]
        ), f"{logical_id} has no TLS-only policy"


def test_queues_and_the_alarm_topic_refuse_plain_http(template):
    documents = [
        *resources_of(template, "AWS::SQS::QueuePolicy").values(),
        *resources_of(template, "AWS::SNS::TopicPolicy").values(),
    ]
    guarded = {
        target["Ref"]
        for properties in documents
        for statement in properties["PolicyDocument"]["Statement"]
        if statement["Effect"] == "Deny" and statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        for target in properties.get("Queues", properties.get("Topics"))
    }
    expected = set(resources_of(template, "AWS::SQS::Queue")) | set(resources_of(template, "AWS::SNS::Topic"))
    assert guarded == expected
