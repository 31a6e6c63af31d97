"""Run the stack's Lambda handlers in-process (no Docker here, so no `sam local`)."""

from __future__ import annotations

import importlib.util
import json
import time
import uuid
from types import ModuleType

from trialpages_dev import project


def load_handler(function: str) -> ModuleType:
    """Import functions/<function>/app.py under a unique module name (every function has an app.py)."""
    path = project.functions() / function / "app.py"
    spec = importlib.util.spec_from_file_location(f"functions_{function}_app", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_event(name: str) -> dict:
    return json.loads((project.events() / name).read_text(encoding="utf-8"))


class LocalLambdaContext:
    """The parts of the Lambda context object that handlers and Powertools read."""

    def __init__(self, function_name: str, timeout_s: float = 300.0, memory_mb: int = 512) -> None:
        self.function_name = function_name
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:us-east-1:123456789012:function:{function_name}"
        self.memory_limit_in_mb = memory_mb
        self.aws_request_id = str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{function_name}"
        self.log_stream_name = "local"
        self._deadline = time.monotonic() + timeout_s

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))
