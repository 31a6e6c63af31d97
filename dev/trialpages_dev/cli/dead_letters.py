"""`trialpages dlq list|redrive`: study versions render_study gave up on, and sending them back once fixed."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("dlq", help="the render queue's dead letters: list them, or redrive them")
    actions = parser.add_subparsers(dest="action", required=True)
    for name, help_text, run in (
        ("list", "the dead letters, left in place", _list),
        ("redrive", "move the dead letters back to the render queue (after fixing their cause)", _redrive),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("--dead-letter-queue-url", required=True, help="the stack's StudyDeadLetterQueue URL")
        action.add_argument("--queue-url", required=True, help="the stack's StudyQueue URL")
        action.add_argument("--limit", type=int, default=None, help="at most this many")
        action.set_defaults(run=run)


def _dead_letters(args):
    from trialpages.aws.clients import client
    from trialpages.aws.dead_letters import DeadLetters

    return DeadLetters(client("sqs"), args.dead_letter_queue_url, args.queue_url)


def _list(args) -> int:
    found = _dead_letters(args).peek(args.limit or 100)
    for letter in found:
        reason = letter.reason or "moved by the queue's redrive policy (a crash or timeout: see render_study's logs)"
        print(f"{letter.message_id}  {letter.body[:200]}\n    reason: {reason}")
    print(f"{len(found)} dead letter(s)")
    return 0


def _redrive(args) -> int:
    moved = _dead_letters(args).redrive(args.limit)
    print(f"moved {moved} dead letter(s) back to the render queue")
    return 0
