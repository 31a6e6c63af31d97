"""publish_site's view of the lookup index: StudyIndex plus the batch read it needs for whole conditions."""

from __future__ import annotations

from trialpages.aws.study_index import StudyIndex, from_item

_BATCH_GET = 100  # BatchGetItem's maximum


class SiteIndex(StudyIndex):
    def __init__(self, dynamodb_client, table: str, geo_table: str) -> None:
        super().__init__(dynamodb_client, table, geo_table)
        self._client = dynamodb_client
        self._table_name = table

    def get_many(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]:
        """Items by (pk, sk), 100 a request, unprocessed keys asked for again; missing ones are absent."""
        found: dict[tuple[str, str], dict] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), _BATCH_GET):
            batch = [{"pk": {"S": pk}, "sk": {"S": sk}} for pk, sk in unique[start : start + _BATCH_GET]]
            pending = {self._table_name: {"Keys": batch, "ConsistentRead": True}}
            for _ in range(8):
                response = self._client.batch_get_item(RequestItems=pending)
                for item in response.get("Responses", {}).get(self._table_name, []):
                    values = from_item(item)
                    found[(values["pk"], values["sk"])] = values
                pending = response.get("UnprocessedKeys") or {}
                if not pending:
                    break
            else:
                raise RuntimeError(f"DynamoDB left {len(pending[self._table_name]['Keys'])} index reads unprocessed")
        return found
