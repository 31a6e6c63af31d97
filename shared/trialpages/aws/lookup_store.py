"""Reads for the JSON API: every one a GetItem or a Query on a key (never a Scan), each Query bounded.

A page Query stops after `max_examined` items (what DynamoDB reads and bills, before any
filter), so a rare filter combination costs at most that much per request: the page then
holds fewer items than asked for, and `resume_after` says where the next request goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.aws.study_index import from_item, table_for

# About 1 MB of listing items: one DynamoDB response's worth, some 125 read units at most.
MAX_EXAMINED = 1000


@dataclass(frozen=True)
class PartitionQuery:
    """One partition, an optional sort key range, newest (highest sort key) first by default."""

    pk: str
    sk_at_least: str | None = None
    sk_prefix: str | None = None
    newest_first: bool = True
    must_have: tuple[tuple[str, str], ...] = ()  # (list attribute, value it must contain)
    must_not_have: tuple[tuple[str, str], ...] = ()

    def admits(self, sk: str) -> bool:
        """Whether `sk` lies in this query's key range (a resume position must, or DynamoDB refuses it)."""
        if self.sk_at_least is not None and sk < self.sk_at_least:
            return False
        return self.sk_prefix is None or sk.startswith(self.sk_prefix)


@dataclass(frozen=True)
class Page:
    items: list[dict]
    resume_after: str | None  # sort key to continue after, when more may follow
    examined: int  # items DynamoDB read for this page


class LookupStore:
    def __init__(
        self,
        dynamodb_client,
        table: str,
        geo_table: str,
        s3_client,
        site_bucket: str,
        *,
        max_examined: int = MAX_EXAMINED,
    ) -> None:
        self._ddb = dynamodb_client
        self._table = table
        self._geo_table = geo_table
        self._s3 = s3_client
        self._bucket = site_bucket
        self.max_examined = max_examined  # per page Query, unless a caller shares a smaller budget

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

    def page(
        self,
        query: PartitionQuery,
        *,
        limit: int,
        after: str | None = None,
        max_examined: int | None = None,
        attributes: tuple[str, ...] = (),
    ) -> Page:
        """Up to `limit` matching items after the sort key `after`, reading at most `max_examined` items."""
        max_examined = self.max_examined if max_examined is None else max_examined
        request = self._request(query, attributes)
        if after is not None:
            request["ExclusiveStartKey"] = {"pk": {"S": query.pk}, "sk": {"S": after}}
        filtered = bool(query.must_have or query.must_not_have)
        items: list[dict] = []
        examined, batch = 0, 0
        while True:
            need = limit - len(items)
            # One more than needed tells whether anything follows; a filter may need more, so reads grow.
            batch = min(max_examined - examined, max(need + 1, batch * 2 if filtered else 0))
            request["Limit"] = batch
            response = self._ddb.query(**request)
            examined += response.get("ScannedCount", len(response.get("Items", [])))
            items.extend(from_item(item) for item in response.get("Items", []))
            last = response.get("LastEvaluatedKey")
            if len(items) > limit:
                return Page(items[:limit], items[limit - 1]["sk"], examined)
            if not last:
                return Page(items, None, examined)
            if len(items) == limit or examined >= max_examined:
                return Page(items, last["sk"]["S"], examined)
            request["ExclusiveStartKey"] = last

    def _request(self, query: PartitionQuery, attributes: tuple[str, ...]) -> dict:
        condition = "pk = :pk"
        values: dict = {":pk": {"S": query.pk}}
        names: dict = {}
        if query.sk_at_least is not None:
            condition += " AND sk >= :since"
            values[":since"] = {"S": query.sk_at_least}
        elif query.sk_prefix is not None:
            condition += " AND begins_with(sk, :prefix)"
            values[":prefix"] = {"S": query.sk_prefix}
        filters = []
        for index, (name, value) in enumerate(query.must_have + query.must_not_have):
            names[f"#f{index}"] = name
            values[f":f{index}"] = {"S": value}
            test = f"contains(#f{index}, :f{index})"
            filters.append(test if index < len(query.must_have) else f"NOT {test}")
        request: dict = {
            "TableName": table_for(query.pk, self._table, self._geo_table),
            "KeyConditionExpression": condition,
            "ExpressionAttributeValues": values,
            "ScanIndexForward": not query.newest_first,
        }
        if filters:
            request["FilterExpression"] = " AND ".join(filters)
        if attributes:
            # The key is always read: a page's resume position is its last item's sort key.
            wanted = ("pk", "sk", *attributes)
            names.update({f"#p{i}": name for i, name in enumerate(wanted)})
            request["ProjectionExpression"] = ", ".join(f"#p{i}" for i in range(len(wanted)))
        if names:
            request["ExpressionAttributeNames"] = names
        return request

    def document(self, key: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
        except self._s3.exceptions.NoSuchKey:
            return None
