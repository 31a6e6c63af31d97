"""What sam validate and cfn-lint do not check in template.yaml, checked here."""

from __future__ import annotations

import json

import boto3
import pytest


def resources_of(template: dict, resource_type: str) -> dict[str, dict]:
    return {
        logical_id: resource.get("Properties", {})
        for logical_id, resource in template["Resources"].items()
        if resource["Type"] == resource_type
    }


def function_timeout(template: dict, properties: dict) -> int:
    return int(properties.get("Timeout", template["Globals"]["Function"]["Timeout"]))


def test_every_function_timeout_is_within_the_lambda_limit(template):
    for logical_id, properties in resources_of(template, "AWS::Serverless::Function").items():
        assert 1 <= function_timeout(template, properties) <= 900, logical_id


def test_render_study_sets_a_version_aside_on_the_receive_the_queue_would_move_it_on(template):
    redrive = resources_of(template, "AWS::SQS::Queue")["StudyQueue"]["RedrivePolicy"]
    variables = resources_of(template, "AWS::Serverless::Function")["RenderStudyFunction"]["Environment"]["Variables"]
    assert variables["MAX_RECEIVES"] == redrive["maxReceiveCount"]
    assert variables["DEAD_LETTER_QUEUE_URL"] == {"Ref": redrive["deadLetterTargetArn"]["Fn::GetAtt"][0]}


def test_queue_visibility_timeout_is_at_least_six_times_its_consumers_timeout(template):
    queues = resources_of(template, "AWS::SQS::Queue")
    functions = resources_of(template, "AWS::Serverless::Function")
    consumers = [
        (
            mapping["FunctionName"]["Ref"],
            functions[mapping["FunctionName"]["Ref"]],
            mapping["EventSourceArn"]["Fn::GetAtt"][0],
        )
        for mapping in resources_of(template, "AWS::Lambda::EventSourceMapping").values()
    ]
    assert consumers, "the study queue has a worker"
    for function, properties, queue in consumers:
        visibility = int(queues[queue]["VisibilityTimeout"])
        assert visibility >= 6 * function_timeout(template, properties), f"{queue} vs {function}"


def test_study_queue_redrives_to_a_dead_letter_queue_after_five_receives(template):
    redrive = resources_of(template, "AWS::SQS::Queue")["StudyQueue"]["RedrivePolicy"]
    assert redrive["maxReceiveCount"] == 5
    assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": ["StudyDeadLetterQueue", "Arn"]}


def test_tables_are_on_demand(template):
    for logical_id, properties in resources_of(template, "AWS::DynamoDB::Table").items():
        assert properties["BillingMode"] == "PAY_PER_REQUEST", logical_id


def test_detect_changes_runs_alone_every_fifteen_minutes(template):
    detect = template["Resources"]["DetectChangesFunction"]["Properties"]
    assert detect["ReservedConcurrentExecutions"] == 1
    schedules = [event for event in detect["Events"].values() if event["Type"] == "ScheduleV2"]
    assert [s["Properties"]["ScheduleExpression"] for s in schedules] == ["rate(15 minutes)"]


def test_functions_run_python_312_on_arm64(template):
    function_globals = template["Globals"]["Function"]
    assert function_globals["Runtime"] == "python3.12"
    assert function_globals["Architectures"] == ["arm64"]


@pytest.mark.usefixtures("aws")
def test_local_stack_is_created_from_the_template_itself(stack):
    attributes = boto3.client("sqs").get_queue_attributes(
        QueueUrl=stack.refs["StudyQueue"], AttributeNames=["RedrivePolicy", "VisibilityTimeout"]
    )["Attributes"]
    assert json.loads(attributes["RedrivePolicy"]) == {
        "deadLetterTargetArn": stack.arns["StudyDeadLetterQueue"],
        "maxReceiveCount": 5,
    }
    assert attributes["VisibilityTimeout"] == str(
        stack.template["Resources"]["StudyQueue"]["Properties"]["VisibilityTimeout"]
    )
    environment = stack.function_environment("DetectChangesFunction")
    assert environment["RAW_BUCKET"] == stack.refs["RawArchiveBucket"]
    assert environment["STUDY_QUEUE_URL"] == stack.refs["StudyQueue"]
    assert environment["CTGOV_BASE_URL"] == "https://clinicaltrials.gov/api/v2"


def test_cdn_serves_the_private_bucket_through_origin_access_control_with_security_headers(template):
    resources = template["Resources"]
    config = resources["SiteDistribution"]["Properties"]["DistributionConfig"]
    site_origin = next(o for o in config["Origins"] if o["Id"] == "site")
    assert site_origin["OriginAccessControlId"] == {"Fn::GetAtt": ["SiteOriginAccessControl", "Id"]}
    assert config["DefaultCacheBehavior"]["ViewerProtocolPolicy"] == "redirect-to-https"
    assert config["DefaultCacheBehavior"]["Compress"] is True
    assert [(b["PathPattern"], b["TargetOriginId"]) for b in config["CacheBehaviors"]] == [
        ("/v1/docs", "api"),
        ("/find*", "api"),  # the search page: HTML from the lookup function
        ("/v1/*", "api"),
    ]
    headers = resources["SiteResponseHeadersPolicy"]["Properties"]["ResponseHeadersPolicyConfig"][
        "SecurityHeadersConfig"
    ]
    assert headers["StrictTransportSecurity"]["AccessControlMaxAgeSec"] >= 31536000
    assert "script-src 'none'" in headers["ContentSecurityPolicy"]["ContentSecurityPolicy"]
    assert "ContentTypeOptions" in headers and "ReferrerPolicy" in headers
    # Pages stay at most 5 minutes at the edge: a publish shows within 15 minutes with no invalidation.
    assert resources["SitePageCachePolicy"]["Properties"]["CachePolicyConfig"]["DefaultTTL"] <= 300


def test_publish_site_runs_after_each_detection_cycle(template):
    publish = template["Resources"]["PublishSiteFunction"]["Properties"]
    (schedule,) = publish["Events"].values()
    assert schedule["Properties"]["ScheduleExpression"] == "cron(5/15 * * * ? *)"
    assert publish["ReservedConcurrentExecutions"] == 1


def test_status_sweep_runs_alone_once_a_day_for_the_day_it_was_due(template):
    sweep = template["Resources"]["SweepStatusesFunction"]["Properties"]
    (schedule,) = sweep["Events"].values()
    assert schedule["Type"] == "ScheduleV2"
    assert schedule["Properties"]["ScheduleExpression"] == "cron(30 0 * * ? *)"
    assert json.loads(schedule["Properties"]["Input"])["scheduled_time"] == "<aws.scheduler.scheduled-time>"
    assert sweep["ReservedConcurrentExecutions"] == 1
    assert "SITE_URL" in sweep["Environment"]["Variables"]


def test_the_cdn_sends_the_api_origin_the_secret_the_lookup_function_checks(template):
    distribution = template["Resources"]["SiteDistribution"]["Properties"]["DistributionConfig"]
    (api_origin,) = [origin for origin in distribution["Origins"] if origin["Id"] == "api"]
    headers = {header["HeaderName"]: header["HeaderValue"] for header in api_origin["OriginCustomHeaders"]}
    checked = template["Resources"]["LookupApiFunction"]["Properties"]["Environment"]["Variables"]["ORIGIN_VERIFY"]
    assert headers["X-Origin-Verify"] == checked
    assert checked == {"Fn::Sub": "{{resolve:secretsmanager:${OriginVerifySecret}:SecretString}}"}


def test_the_http_api_writes_access_logs_to_a_log_group_that_expires(template):
    api = template["Resources"]["LookupHttpApi"]["Properties"]
    settings = api["AccessLogSettings"]
    assert settings["DestinationArn"] == {"Fn::GetAtt": ["LookupApiAccessLogs", "Arn"]}
    fields = json.loads(settings["Format"])
    assert {"requestId", "ip", "method", "path", "status", "latencyMs"} <= set(fields)
    assert template["Resources"]["LookupApiAccessLogs"]["Properties"]["RetentionInDays"] == 30


def test_the_cdn_passes_every_method_to_the_api_so_its_405_reaches_the_client(template):
    distribution = template["Resources"]["SiteDistribution"]["Properties"]["DistributionConfig"]
    to_the_api = [behaviour for behaviour in distribution["CacheBehaviors"] if behaviour["TargetOriginId"] == "api"]
    assert {behaviour["PathPattern"] for behaviour in to_the_api} == {"/v1/docs", "/v1/*", "/find*"}
    for behaviour in to_the_api:
        assert set(behaviour["AllowedMethods"]) == {"GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"}
        assert set(behaviour.get("CachedMethods", ["GET", "HEAD"])) == {"GET", "HEAD"}
    events = template["Resources"]["LookupApiFunction"]["Properties"]["Events"].values()
    assert {event["Properties"]["Method"] for event in events} == {"ANY"}
