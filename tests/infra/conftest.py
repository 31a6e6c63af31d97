from __future__ import annotations

import pytest

from tests.infra.transformed import sam_transformed


@pytest.fixture(scope="session")
def transformed_template(template) -> dict:
    return sam_transformed(template)
