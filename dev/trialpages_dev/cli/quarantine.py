"""`trialpages quarantine list`: the registry records detect_changes set aside, with their reasons."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("quarantine", help="registry records detect_changes could not handle")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="each quarantined record: when, where it is kept, and why")
    listing.add_argument("--bucket", required=True, help="the raw archive bucket (the stack's RawArchiveBucket)")
    listing.set_defaults(run=_list)


def _list(args) -> int:
    from trialpages.aws.clients import client
    from trialpages.aws.raw_archive import RawArchive

    found = RawArchive(client("s3"), args.bucket).quarantined()
    for key, reason, when in found:
        print(f"{when:%Y-%m-%d %H:%M}  s3://{args.bucket}/{key}  {reason}")
    print(f"{len(found)} quarantined record(s)")
    return 0
