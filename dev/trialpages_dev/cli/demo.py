"""`trialpages demo`: the whole pipeline locally on moto and the fake registry."""

from __future__ import annotations

import json
import signal
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

from trialpages_dev.records import load_records

FUNCTION_OUTPUT = Path(tempfile.gettempdir()) / "trialpages-demo-functions.log"


def register(subparsers) -> None:
    parser = subparsers.add_parser("demo", help="run one full local cycle, then serve what it produced")
    parser.add_argument("--records", type=Path, default=None, help="folder of study JSON files or a .jsonl.xz bundle")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--no-serve", action="store_true", help="exit after one cycle, printing a JSON summary")
    parser.add_argument("--data-timestamp", default="2026-11-24T09:00:00", help="the fake registry's dataTimestamp")
    parser.add_argument(
        "--poison",
        action="store_true",
        help="add five broken records (trialpages_dev.poison) that must be quarantined while the rest render",
    )
    parser.set_defaults(run=_run)


def _run(args) -> int:
    received: list[int] = []

    def interrupt(signum, frame):
        received.append(signum)
        raise KeyboardInterrupt

    # SIGTERM (pkill, timeout, a supervisor) and SIGHUP (the terminal closed) take Ctrl-C's path: raised
    # in the main thread as KeyboardInterrupt, they unwind the with-blocks that stop the child processes.
    # The handlers go back when the demo ends: a caller (a test, a notebook) keeps its own.
    previous = {signum: signal.signal(signum, interrupt) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        status = _demo(args)
    except KeyboardInterrupt:  # it came before serving, where nothing catches it
        status = 128 + signal.SIGINT
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    # 128 + N is how a shell reports "ended by signal N", as `timeout` and supervisors expect; Ctrl-C
    # while serving is the demo's ordinary end and keeps the cycle's status.
    return 128 + received[0] if received else status


def _demo(args) -> int:
    from trialpages_dev.local.demo import run_cycle
    from trialpages_dev.local.environment import LocalStackRunner

    records = load_records(args.records)
    if args.poison:
        from trialpages_dev.poison import poison_records

        records = [*records, *poison_records(records, args.data_timestamp[:10])]
    site_url = f"http://127.0.0.1:{args.port}"
    with LocalStackRunner(records, data_timestamp=args.data_timestamp, site_url=site_url) as environment:
        print(f"moto server at {environment.aws_endpoint}; fake ClinicalTrials.gov at {environment.registry_url}")
        # What the functions print (their log and EMF metric lines) goes where CloudWatch Logs would have it; open
        # while the demo serves, since their loggers keep the stream they were given.
        console = sys.stdout
        with FUNCTION_OUTPUT.open("w", encoding="utf-8") as output:
            with redirect_stdout(output):
                summary = run_cycle(environment)
            print(f"the functions' log and metric lines: {FUNCTION_OUTPUT}")
            print(f"archived {summary.archived} and queued {summary.queued} of {summary.seen} changed studies")
            if summary.quarantined:
                print(f"quarantined {summary.quarantined} registry records (see `trialpages quarantine list`)")
            print(
                f"rendered {summary.rendered} study pages, {summary.failed} failed; "
                f"{summary.registry_requests} registry requests ({summary.list_requests} list pages) "
                f"in {summary.seconds:.1f} s"
            )
            if not args.no_serve:
                with redirect_stdout(output):
                    _serve(environment, args.port, announce=console)
            print(json.dumps(summary.model_dump()))
    return 0 if summary.failed == 0 else 1


def _serve(environment, port: int, announce) -> None:
    from trialpages.aws.clients import client
    from trialpages_dev.local.handlers import load_handler
    from trialpages_dev.local.http_gateway import make_local_app, serve

    stack = environment.stack
    # The API answers only requests that carry the CDN's secret header: the gateway adds it, as CloudFront does.
    app = make_local_app(
        client("s3"), stack.refs["SiteBucket"], load_handler("lookup_api").lambda_handler, stack.origin_headers("api")
    )
    server = serve(app, port=port)
    print(
        f"Serving the site at http://127.0.0.1:{port}/ (a study: /studies/<NCTID>/) "
        f"and the API at http://127.0.0.1:{port}/v1/ (docs: /v1/docs). Press Ctrl-C to stop.",
        file=announce,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
