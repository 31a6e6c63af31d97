"""Reads for the JSON API: every one a GetItem or a Query on a key (never a Scan)."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.aws.study_index import from_item, table_for


@dataclass(frozen=True)
class Page:
    items: list[dict]
    last_key: dict | None  # {"pk", "sk"} of the last item returned, when more may follow


class LookupStore:
    def __init__(self, dynamodb_client, table: str, geo_table: str, s3_client, site_bucket: str) -> None:
        self._ddb = dynamodb_client
        self._table = table
        self._geo_table = geo_table
        self._s3 = s3_client
        self._bucket = site_bucket

    def get(self, pk: str, sk: str, attributes: tuple[str, ...] = ()) -> dict | None:
        """One item; `attributes` limits what is read (a study's CURRENT item also lists its owned keys)."""
        request: dict = {"TableName": self._table, "Key": {"pk": {"S": pk}, "sk": {"S": sk}}}
        if attributes:
            request["ProjectionExpression"] = ", ".join(f"#p{i}" for i in range(len(attributes)))
            request["ExpressionAttributeNames"] = {f"#p{i}": name for i, name in enumerate(attributes)}
        item = self._ddb.get_item(**request).get("Item")
        return from_item(item) if item else None

    def get_many(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """BatchGetItem by key (100 a request), unprocessed keys retried."""
        found: dict[tuple[str, str], dict] = {}
        for start in range(0, len(keys), 100):
            pending = {
                self._table: {"Keys": [{"pk": {"S": pk}, "sk": {"S": sk}} for pk, sk in keys[start : start + 100]]}
            }
            while pending:
                response = self._ddb.batch_get_item(RequestItems=pending)
                for item in response.get("Responses", {}).get(self._table, []):
                    values = from_item(item)
                    found[(values["pk"], values["sk"])] = values
                pending = response.get("UnprocessedKeys") or {}
        return found

    def query(
        self,
        pk: str,
        *,
        limit: int,
        start_after: dict | None = None,
        sk_at_least: str | None = None,
        sk_prefix: str | None = None,
        newest_first: bool = True,
        must_have: list[tuple[str, str]] = (),
    ) -> Page:
        """Up to `limit` items of one partition; `must_have` keeps items whose list attribute contains a value."""
        condition = "pk = :pk"
        values: dict = {":pk": {"S": pk}}
        if sk_at_least:
            condition += " AND sk >= :since"
            values[":since"] = {"S": sk_at_least}
        elif sk_prefix:
            condition += " AND begins_with(sk, :prefix)"
            values[":prefix"] = {"S": sk_prefix}
        request: dict = {
            "TableName": table_for(pk, self._table, self._geo_table),
            "KeyConditionExpression": condition,
            "ExpressionAttributeValues": values,
            "ScanIndexForward": not newest_first,
            "Limit": max(limit, 25),
        }
        if must_have:
            request["FilterExpression"] = " AND ".join(f"contains(#a{i}, :v{i})" for i in range(len(must_have)))
            request["ExpressionAttributeNames"] = {f"#a{i}": name for i, (name, _) in enumerate(must_have)}
            values.update({f":v{i}": {"S": value} for i, (_, value) in enumerate(must_have)})
        if start_after:
            request["ExclusiveStartKey"] = {"pk": {"S": start_after["pk"]}, "sk": {"S": start_after["sk"]}}
        items: list[dict] = []
        while True:
            response = self._ddb.query(**request)
            items.extend(from_item(item) for item in response.get("Items", []))
            last = response.get("LastEvaluatedKey")
            if len(items) >= limit or not last:
                break
            request["ExclusiveStartKey"] = last
        if len(items) > limit:
            items = items[:limit]
            return Page(items, {"pk": items[-1]["pk"], "sk": items[-1]["sk"]})
        more = last is not None
        return Page(items, {"pk": items[-1]["pk"], "sk": items[-1]["sk"]} if more and items else None)

    def document(self, key: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
        except self._s3.exceptions.NoSuchKey:
            return None
