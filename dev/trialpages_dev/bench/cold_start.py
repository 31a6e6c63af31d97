"""Cold import time of each handler module, in a fresh interpreter (what a Lambda cold start pays for).

The interpreter sees what Lambda's does: the layer's packages (shared/requirements*.txt, installed
once into .cache/cold-start-layer/) with the runtime's boto3 beside them, no site-packages, and
LAMBDA_TASK_ROOT set (the X-Ray SDK then samples as in Lambda, without a client of its own).
The dev venv holds more (httpx, for one, loads its command-line extras when they are installed),
so measuring there would count imports Lambda never makes. Without PyPI it falls back to the venv.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

from trialpages_dev import project

# Wall time is what a cold start pays; CPU time is steadier on a busy machine (other processes' time not counted).
_PROBE = """
import importlib.util, json, sys, time
started, cpu = time.perf_counter(), time.process_time()
spec = importlib.util.spec_from_file_location("app", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(json.dumps({"import_ms": (time.perf_counter() - started) * 1000, "cpu_ms": (time.process_time() - cpu) * 1000}))
"""
_PROBE_IMPORTS = {"importlib.util", "json", "sys", "time", "_frozen_importlib_external", "importlib"}
# The variables template.yaml gives every function, with placeholder values: nothing is called.
PLACEHOLDER_ENVIRONMENT = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "RAW_BUCKET": "bench",
    "SITE_BUCKET": "bench",
    "STUDY_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/123456789012/bench",
    "STATE_TABLE": "bench",
    "STUDY_INDEX_TABLE": "bench",
    "STUDY_GEO_TABLE": "bench",
    "IDEMPOTENCY_TABLE": "bench",
    "DEAD_LETTER_QUEUE_URL": "https://sqs.us-east-1.amazonaws.com/123456789012/bench-dlq",
    "SITE_URL": "https://d111111abcdef8.cloudfront.net",
    "POWERTOOLS_SERVICE_NAME": "trialpages",
}


def heaviest_imports(importtime_log: str, top: int = 5) -> list[dict]:
    """The top-level imports that cost most, from `python -X importtime` (cumulative, nested ones included)."""
    found = []
    for line in importtime_log.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.removeprefix("import time:").split("|")
        # One space: a top-level import of the probe (its own few excepted), i.e. of the handler module.
        if name.startswith(" ") and not name.startswith("  ") and name.strip() not in _PROBE_IMPORTS:
            found.append({"module": name.strip(), "cumulative_ms": round(int(cumulative) / 1000, 1)})
    return sorted(found, key=lambda entry: entry["cumulative_ms"], reverse=True)[:top]


@cache
def layer_path() -> tuple[str, str]:
    """(PYTHONPATH for the probe, what it is): the layer's packages and the package itself."""
    requirements = project.root() / "shared" / "requirements.txt"
    tracing = project.root() / "shared" / "requirements-tracing.txt"  # installed without its botocore
    runtime = f"boto3=={metadata.version('boto3')}"  # Lambda's runtime brings its own; this one stands in
    wanted = requirements.read_bytes() + tracing.read_bytes() + runtime.encode() + sys.version.encode()
    key = hashlib.sha256(wanted).hexdigest()[:12]
    target = project.root() / ".cache" / "cold-start-layer" / key
    if not (target / ".complete").exists():
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target)]
        for arguments in (["-r", str(requirements), runtime], ["--no-deps", "-r", str(tracing)]):
            installed = subprocess.run([*pip, *arguments], capture_output=True, text=True)  # noqa: S603 - our own requirements
            if installed.returncode != 0:
                return str(project.root() / "shared"), "the dev venv (the layer's packages could not be installed)"
        (target / ".complete").touch()
    return f"{project.root() / 'shared'}{os.pathsep}{target}", "the layer's packages and boto3, no site-packages"


def _probe(function: Path, *flags: str) -> subprocess.CompletedProcess:
    path, _ = layer_path()
    isolated = ["-S"] if os.pathsep in path else []
    return subprocess.run(  # noqa: S603 - this interpreter, our own handler file
        [sys.executable, *isolated, *flags, "-c", _PROBE, str(function)],
        capture_output=True,
        text=True,
        check=True,
        env={
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": path,
            "LAMBDA_TASK_ROOT": str(function.parent),
            **PLACEHOLDER_ENVIRONMENT,
        },
    )


def measure_cold_imports(repeats: int = 3) -> dict:
    results = {}
    functions = project.functions()
    for function in sorted(path.name for path in functions.iterdir() if (path / "app.py").exists()):
        timings, cpu = [], []
        for _ in range(repeats):
            finished = _probe(functions / function / "app.py")
            measured = json.loads(finished.stdout.strip().splitlines()[-1])
            timings.append(measured["import_ms"])
            cpu.append(measured["cpu_ms"])
        traced = _probe(functions / function / "app.py", "-X", "importtime")
        results[function] = {
            "import_ms_min": round(min(timings), 1),
            "import_ms_max": round(max(timings), 1),
            "cpu_ms_min": round(min(cpu), 1),
            "environment": layer_path()[1],
            "heaviest_imports": heaviest_imports(traced.stderr),
        }
    return results
