"""What CloudFormation receives after the SAM transform: least privilege, and the site's address where URLs are written."""

from __future__ import annotations

import pytest

from tests.infra.policies import allow_statements, wildcard_actions, wildcard_resources
from tests.infra.transformed import resolve_if
from trialpages import settings

# Managed policies whose every action cannot be scoped to one of the stack's resources (log streams
# are created on first write; trace segments have no ARN): the only ones a role may carry.
UNSCOPED_MANAGED_POLICIES = {
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
}
# Each function and the settings model it reads.
FUNCTION_SETTINGS = {
    "DetectChangesFunction": settings.DetectSettings,
    "RenderStudyFunction": settings.RenderSettings,
    "PublishSiteFunction": settings.PublishSettings,
    "SweepStatusesFunction": settings.SweepSettings,
    "LookupApiFunction": settings.LookupSettings,
}


def roles(template: dict) -> dict[str, dict]:
    return {k: r["Properties"] for k, r in template["Resources"].items() if r["Type"] == "AWS::IAM::Role"}


def test_no_role_carries_a_managed_policy_that_could_be_scoped_to_a_resource(transformed_template):
    found = roles(transformed_template)
    assert "RenderStudyFunctionRole" in found
    for logical_id, properties in found.items():
        extra = set(properties.get("ManagedPolicyArns", [])) - UNSCOPED_MANAGED_POLICIES
        assert not extra, f"{logical_id} carries {sorted(extra)}"


def test_render_study_reads_only_its_own_queue_and_only_sends_to_its_dead_letter_queue(transformed_template):
    sqs = [
        (sorted(statement["Action"]), statement["Resource"])
        for logical_id, statement in allow_statements(transformed_template)
        if logical_id == "RenderStudyFunctionRole" and any(a.startswith("sqs:") for a in statement["Action"])
    ]
    receive = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"]
    assert sqs == [
        (receive, {"Fn::GetAtt": ["StudyQueue", "Arn"]}),
        (["sqs:SendMessage"], {"Fn::GetAtt": ["StudyDeadLetterQueue", "Arn"]}),
    ]
    (mapping,) = [
        r["Properties"]
        for r in transformed_template["Resources"].values()
        if r["Type"] == "AWS::Lambda::EventSourceMapping"
    ]
    assert mapping["EventSourceArn"] == {"Fn::GetAtt": ["StudyQueue", "Arn"]}
    assert mapping["FunctionResponseTypes"] == ["ReportBatchItemFailures"]


def test_the_policy_checks_hold_on_the_transformed_template(transformed_template):
    # What a role may do (a trust policy names who may assume it instead: no resource).
    checked = [(k, s) for k, s in allow_statements(transformed_template) if "Principal" not in s]
    assert len(checked) > 10
    for logical_id, statement in checked:
        assert wildcard_actions(statement) == [], f"{logical_id} allows {statement.get('Action')}"
        assert wildcard_resources(statement) == [], f"{logical_id} allows {statement['Action']} on every resource"


@pytest.mark.parametrize(("function", "settings_model"), sorted(FUNCTION_SETTINGS.items()))
def test_every_function_that_writes_urls_gets_the_site_address(transformed_template, function, settings_model):
    lambda_function = transformed_template["Resources"][function]
    assert lambda_function["Type"] == "AWS::Lambda::Function"
    variables = lambda_function["Properties"].get("Environment", {}).get("Variables", {})
    required = {name.upper() for name, field in settings_model.model_fields.items() if field.is_required()}
    assert required <= set(variables), f"{function} lacks {sorted(required - set(variables))}"
    assert ("SITE_URL" in variables) == issubclass(settings_model, settings.SiteUrlSettings)


def test_without_a_url_or_domain_the_site_is_named_by_its_distribution_domain(transformed_template):
    addresses = {
        function: transformed_template["Resources"][function]["Properties"]["Environment"]["Variables"]["SITE_URL"]
        for function, model in FUNCTION_SETTINGS.items()
        if issubclass(model, settings.SiteUrlSettings)
    }
    assert len(addresses) == 3
    for function, address in addresses.items():
        no_domain = resolve_if(address, {"HasSiteUrl": False, "HasDomain": False})
        with_domain = resolve_if(address, {"HasSiteUrl": False, "HasDomain": True})
        given = resolve_if(address, {"HasSiteUrl": True, "HasDomain": True})
        assert no_domain == {"Fn::Sub": "https://${SiteDistribution.DomainName}"}, function
        assert with_domain == {"Fn::Sub": "https://${DomainName}"} and given == {"Ref": "SiteUrl"}, function
