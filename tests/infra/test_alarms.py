"""The alarms README "Operations" describes: what each watches, and that each one notifies the alarm topic."""

from __future__ import annotations

from trialpages import metrics


def alarms(template: dict) -> dict[str, dict]:
    return {
        logical_id: resource["Properties"]
        for logical_id, resource in template["Resources"].items()
        if resource["Type"] == "AWS::CloudWatch::Alarm"
    }


def dimensions(alarm: dict) -> dict:
    return {dimension["Name"]: dimension["Value"] for dimension in alarm["Dimensions"]}


def test_dead_letter_queue_alarms_on_its_first_message(template):
    alarm = alarms(template)["StudyDeadLetterQueueNotEmptyAlarm"]
    assert (alarm["Namespace"], alarm["MetricName"]) == ("AWS/SQS", "ApproximateNumberOfMessagesVisible")
    assert dimensions(alarm) == {"QueueName": {"Fn::GetAtt": ["StudyDeadLetterQueue", "QueueName"]}}
    assert (alarm["ComparisonOperator"], alarm["Threshold"]) == ("GreaterThanThreshold", 0)


def test_detect_changes_errors_alarm(template):
    alarm = alarms(template)["DetectChangesErrorsAlarm"]
    assert (alarm["Namespace"], alarm["MetricName"], alarm["Statistic"]) == ("AWS/Lambda", "Errors", "Sum")
    assert dimensions(alarm) == {"FunctionName": {"Ref": "DetectChangesFunction"}}
    assert (alarm["ComparisonOperator"], alarm["Threshold"]) == ("GreaterThanThreshold", 0)


def test_freshness_alarm_watches_the_metric_publish_site_emits_over_an_hour(template):
    alarm = alarms(template)["FreshnessLagAlarm"]
    namespace = template["Globals"]["Function"]["Environment"]["Variables"]["POWERTOOLS_METRICS_NAMESPACE"]
    service = template["Globals"]["Function"]["Environment"]["Variables"]["POWERTOOLS_SERVICE_NAME"]
    assert (
        (alarm["Namespace"], alarm["MetricName"])
        == (namespace, metrics.FRESHNESS_LAG)
        == ("trialpages", "FreshnessLag")
    )
    # Powertools adds the service dimension, trialpages.metrics the stage: an alarm must name both to match.
    assert dimensions(alarm) == {"service": service, "stage": {"Ref": "Stage"}}
    assert (alarm["Statistic"], alarm["ComparisonOperator"], alarm["Threshold"]) == (
        "Maximum",
        "GreaterThanThreshold",
        3600,
    )
    assert alarm["TreatMissingData"] == "breaching"  # publish_site not reporting is not fresh either


def test_every_alarm_notifies_the_alarm_topic_and_its_recovery_too(template):
    assert len(alarms(template)) == 6
    for logical_id, alarm in alarms(template).items():
        assert alarm["AlarmActions"] == alarm["OKActions"] == [{"Ref": "AlarmTopic"}], logical_id


def test_alarm_email_is_optional(template):
    assert template["Parameters"]["AlarmEmail"]["Default"] == ""
    subscription = template["Resources"]["AlarmEmailSubscription"]
    assert subscription["Condition"] == "HasAlarmEmail"
    assert subscription["Properties"]["TopicArn"] == {"Ref": "AlarmTopic"}


def test_swept_pages_failed_alarm_watches_the_metric_the_sweep_emits(template):
    alarm = alarms(template)["SweptPagesFailedAlarm"]
    assert (alarm["Namespace"], alarm["MetricName"]) == ("trialpages", metrics.SWEPT_PAGES_FAILED)
    assert dimensions(alarm) == {"service": "trialpages", "stage": {"Ref": "Stage"}}
    assert (alarm["Statistic"], alarm["ComparisonOperator"], alarm["Threshold"]) == ("Sum", "GreaterThanThreshold", 0)


def test_a_quarantined_record_alarms_on_the_metric_detect_changes_emits(template):
    from trialpages import metrics

    alarm = alarms(template)["RecordsQuarantinedAlarm"]
    assert (alarm["Namespace"], alarm["MetricName"]) == ("trialpages", metrics.RECORDS_QUARANTINED)
    assert dimensions(alarm) == {"service": "trialpages", "stage": {"Ref": "Stage"}}
    assert (alarm["Statistic"], alarm["ComparisonOperator"], alarm["Threshold"]) == ("Sum", "GreaterThanThreshold", 0)


def test_a_stuck_checkpoint_alarms_on_the_lag_detect_changes_emits(template):
    alarm = alarms(template)["CheckpointLagAlarm"]
    assert (alarm["Namespace"], alarm["MetricName"]) == ("trialpages", metrics.CHECKPOINT_LAG)
    assert dimensions(alarm) == {"service": "trialpages", "stage": {"Ref": "Stage"}}
    assert (alarm["Statistic"], alarm["ComparisonOperator"], alarm["Threshold"]) == (
        "Minimum",
        "GreaterThanThreshold",
        3,
    )
    assert alarm["TreatMissingData"] == "breaching"  # detect_changes not reporting is stuck too
