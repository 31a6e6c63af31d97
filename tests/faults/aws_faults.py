"""AWS errors injected through botocore's event system, and a log of what the pipeline actually wrote.

Handlers are registered on boto3's default session, so every client made afterwards carries them:
the product's cached clients (trialpages.aws.clients) as well as the harness's own. An injected
error short-circuits the call at `before-call` with an error response, so the product sees the
ClientError botocore would raise once its own retries gave up, and the real code path handles it.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import boto3
from botocore.awsrequest import AWSResponse

from trialpages.aws.index import keys

_DATE_MODIFIED = re.compile(rb'"dateModified":\s*"([^"]+)"')
_PAGE = re.compile(r"^studies/(NCT\d{8})/index\.html$")
_DOCUMENT = re.compile(r"^data/studies/(NCT\d{8})\.json$")
_ids = itertools.count()


def plain(value):
    """An attribute as the product passed it: boto3's Table resources may have serialized it by now."""
    return value["S"] if isinstance(value, dict) and set(value) == {"S"} else value


def current_items(params: dict, index_table: str | None) -> list[dict]:
    """The version record (a study's CURRENT item) a PutItem call puts, if it puts one."""
    item = params.get("Item", {})
    recorded = params.get("TableName") == index_table and plain(item.get("sk")) == keys.CURRENT
    return [{name: plain(value) for name, value in item.items()}] if recorded else []


class WorkerCrash(BaseException):  # noqa: N818 - a process dying, not an error the code could handle
    """The Lambda process dies (out of memory, killed): nothing in the handler may catch it."""


@dataclass
class AwsFault:
    """Fail the matching calls number `after`+1 .. `after`+`times` of one operation."""

    service: str  # the botocore service id: s3, sqs, dynamodb
    operation: str  # PutObject, SendMessageBatch, PutItem ...
    times: int = 1
    after: int = 0
    code: str = "InternalError"
    status: int = 500
    matches: Callable[[dict], bool] = lambda params: True  # noqa: E731 - on the call's API parameters
    drop_entries: int = 0  # SendMessageBatch: report this many entries Failed instead of the whole call
    crash: bool = False  # raise WorkerCrash instead of answering with an error
    action: Callable[[], None] | None = None  # run this first, then let the call through (a race)
    # BatchWriteItem/BatchGetItem: answer 200 with every request left unprocessed (nothing done), as throttled DynamoDB does
    unprocessed: bool = False
    seen: int = 0
    fired: int = 0

    def applies_to(self, operation: str | None) -> bool:
        return operation in {f"{self.service}.{name}" for name in self.operation.split("|")}

    def take(self, params: dict) -> bool:
        if not self.matches(params):
            return False
        self.seen += 1
        if self.after < self.seen <= self.after + self.times:
            self.fired += 1
            return True
        return False


@dataclass
class WriteLog:
    """Every successful write that matters to the invariants, in order."""

    versions: dict[str, list[str]] = field(default_factory=dict)  # site key or index CURRENT -> versions
    archived: set[str] = field(default_factory=set)  # raw keys known to be in the archive
    queued: list[dict] = field(default_factory=list)  # bodies SQS accepted from detect_changes
    queued_before_archived: list[str] = field(default_factory=list)

    def wrote(self, key: str, version: str) -> None:
        self.versions.setdefault(key, []).append(version)


class AwsFaults:
    def __init__(self) -> None:
        self.faults: list[AwsFault] = []
        self.log = WriteLog()
        self._raw_bucket = self._site_bucket = self._index_table = None
        self._unique = f"trialpages-faults-{next(_ids)}"
        self._registered: list[tuple[str, Callable]] = []

    def watch(self, stack) -> None:
        """Name the stack's raw archive, site bucket and index table, whose writes the log follows."""
        refs = stack.refs
        self._raw_bucket, self._site_bucket, self._index_table = (
            refs["RawArchiveBucket"],
            refs["SiteBucket"],
            refs["StudyIndexTable"],
        )

    def add(self, fault: AwsFault) -> AwsFault:
        self.faults.append(fault)
        return fault

    def install(self) -> None:
        session = boto3._get_default_session()._session
        for event, handler in (
            ("before-parameter-build", self._remember_params),
            ("before-call", self._maybe_fail),
            ("after-call", self._record),
        ):
            session.register(event, handler, unique_id=f"{self._unique}-{event}")
            self._registered.append((event, handler))

    def uninstall(self) -> None:
        session = boto3._get_default_session()._session
        for event, handler in self._registered:
            session.unregister(event, handler, unique_id=f"{self._unique}-{event}")
        self._registered.clear()

    # -- handlers ----------------------------------------------------------------
    def _remember_params(self, params: dict, model, context: dict, event_name: str, **_) -> None:
        context["fault_params"] = params
        context["fault_operation"] = event_name.split(".", 1)[1]  # "<service>.<Operation>"
        for fault in self.faults:
            matching = fault.applies_to(context["fault_operation"])
            if matching and fault.drop_entries and fault.take(params):
                # SendMessageBatch answers per entry: these are left out and reported Failed.
                context["fault_dropped"] = params["Entries"][: fault.drop_entries]
                if len(params["Entries"]) > fault.drop_entries:
                    params["Entries"] = params["Entries"][fault.drop_entries :]
                else:
                    context["fault_none_sent"] = True  # SQS refuses an empty batch: answer it here

    def _maybe_fail(self, context: dict, **_):
        params = context.get("fault_params", {})
        if context.get("fault_none_sent"):
            return AWSResponse("https://fault.invalid/", 200, {}, None), {"Successful": [], "ResponseMetadata": {}}
        for fault in self.faults:
            if not fault.applies_to(context.get("fault_operation")) or fault.drop_entries:
                continue
            if fault.take(params):
                if fault.action:
                    fault.action()
                    continue
                if fault.crash:
                    raise WorkerCrash(f"crashed during {fault.operation}")
                if fault.unprocessed:
                    left = "UnprocessedKeys" if fault.operation == "BatchGetItem" else "UnprocessedItems"
                    answer = {left: params.get("RequestItems", {}), "ResponseMetadata": {"HTTPStatusCode": 200}}
                    return AWSResponse("https://fault.invalid/", 200, {}, None), answer
                http = AWSResponse("https://fault.invalid/", fault.status, {}, None)
                error = {"Code": fault.code, "Message": f"injected {fault.code}"}
                return http, {"Error": error, "ResponseMetadata": {"HTTPStatusCode": fault.status}}
        return None

    def _record(self, http_response, parsed: dict, context: dict, **_) -> None:
        operation, params = context.get("fault_operation"), context.get("fault_params", {})
        status = http_response.status_code
        if operation == "s3.PutObject":
            self._record_put(params, status, parsed)
        elif operation == "sqs.SendMessageBatch" and status < 300:
            for entry in context.get("fault_dropped", []):
                parsed.setdefault("Failed", []).append(
                    {"Id": entry["Id"], "SenderFault": False, "Code": "InternalError", "Message": "injected"}
                )
            sent = {entry["Id"]: entry["MessageBody"] for entry in params.get("Entries", [])}
            for entry in parsed.get("Successful", []):
                body = json.loads(sent[entry["Id"]])
                self.log.queued.append(body)
                if body.get("raw_key") not in self.log.archived:
                    self.log.queued_before_archived.append(body.get("raw_key"))
        elif operation == "dynamodb.PutItem" and status < 300:
            for item in current_items(params, self._index_table):
                # The version as versions are ordered: a same-day revision after its date.
                revision = item.get("revision", "")
                self.log.wrote(
                    f"index:{item['pk']}", f"{item['last_update']}+{revision}" if revision else item["last_update"]
                )

    def _record_put(self, params: dict, status: int, parsed: dict) -> None:
        bucket, key = params.get("Bucket"), params.get("Key", "")
        if bucket == self._raw_bucket:
            # 412: the conditional put found this version archived already.
            if status < 300 or parsed.get("Error", {}).get("Code") in ("PreconditionFailed", "412"):
                self.log.archived.add(key)
        elif bucket == self._site_bucket and status < 300:
            body = params.get("Body", b"")
            # botocore turns a bytes Body into a file-like object before sending it.
            body = body.getvalue() if hasattr(body, "getvalue") else body
            # The version the writer put it as (its metadata), as the product orders versions.
            version = params.get("Metadata", {}).get("last-update")
            if _PAGE.match(key):
                found = _DATE_MODIFIED.search(body)
                self.log.wrote(key, version or (found.group(1).decode() if found else "?"))
            elif _DOCUMENT.match(key):
                self.log.wrote(key, version or json.loads(body)["last_update"])
