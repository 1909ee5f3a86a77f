"""``tnz``: the command line over tnz_ext (send, poll, address book, webhooks, mock, bulk sends).

Start-up is kept small on purpose (``tnz --help`` is answered from this module alone, with the
standard library): a command's parser, the SDK and the generated models are imported only once
the command is known. ``import tnz_ext`` never imports this package.

Exit codes (also in ``tnz --help``):

====  =====================================================================================
0     success
1     TNZ answered with an error (refused, not found, ...); bulk: some recipients refused
2     bad usage or bad input: nothing was sent
3     network failure, outcome unknown (the MessageID is printed); bulk: some batches still
      open, run the same command again
4     internal error (a bug: please report it; ``TNZ_DEBUG=1`` shows the traceback)
130   interrupted (Ctrl-C); bulk runs resume where they stopped
====  =====================================================================================
"""

from __future__ import annotations

import os
import sys

__all__ = ["COMMANDS", "EXIT_CODES", "main"]

COMMANDS = {
    "sms": "send an SMS",
    "email": "send an email",
    "fax": "send a fax",
    "voice": "make a voice call playing WAV audio",
    "tts": "make a text-to-speech call",
    "status": "a message's status and per-destination results",
    "replies": "the replies to an SMS",
    "received": "SMS received (inbound)",
    "action": "resubmit, reschedule, abort or pace a message",
    "contacts": "address book contacts (list, search, get, create, update, delete, groups)",
    "groups": "address book groups (list, get, create, update, delete, members, add, remove)",
    "webhook": "parse a webhook body, or serve a webhook receiver",
    "mock": "run the TNZ mock (Prism serving the bundled spec) on 127.0.0.1",
    "bulk": "personalised sends from a CSV, resumable (sms, email, status)",
}

EXIT_CODES = {
    0: "success",
    1: "TNZ answered with an error; bulk: some recipients refused or failed",
    2: "bad usage or bad input: nothing was sent",
    3: "network failure, outcome unknown (MessageID printed); bulk: batches still open, run again",
    4: "internal error (TNZ_DEBUG=1 shows the traceback)",
    130: "interrupted; bulk runs resume where they stopped",
}

_HELP = """usage: tnz [-h] [--version] COMMAND [options]

The TNZ messaging API (v2.04) from the command line.

commands:
{commands}

Run `tnz COMMAND --help` for a command's options. Every command takes:
  --auth-token TOKEN   (or $TNZ_AUTH_TOKEN)
  --base-url URL       (or $TNZ_BASE_URL; default https://api.tnz.co.nz/api/v2.04)
  --json               machine-readable output on stdout
  --format json|xml, --timeout S, --max-retries N, --test-mode, --region CC,
  --allowed-prefix +64 (repeatable: refuse numbers outside them)

exit codes:
{codes}
"""


def _help() -> str:
    commands = "\n".join(f"  {name:<10} {text}" for name, text in COMMANDS.items())
    codes = "\n".join(f"  {code:<4} {text}" for code, text in EXIT_CODES.items())
    return _HELP.format(commands=commands, codes=codes)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script passes it to sys.exit)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(_help())
        return 0 if args else 2
    if args[0] == "--version":
        # The one version constant (hatchling writes it into the metadata): no importlib.metadata
        # scan of site-packages (~100 ms), and right in a vendored copy that has no metadata.
        from tnz_ext._version import __version__

        print(f"tnz {__version__}")
        return 0
    if args[0] not in COMMANDS:
        sys.stderr.write(f"tnz: error: unknown command {args[0]!r} (see `tnz --help`)\n")
        return 2
    try:
        from ._app import run

        return run(args[0], args[1:])
    except KeyboardInterrupt:
        sys.stderr.write("tnz: interrupted\n")
        return 130
    except BrokenPipeError:
        # `tnz ... | head`: the reader left; not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: one line, unless asked for the traceback
        if os.environ.get("TNZ_DEBUG"):
            raise
        sys.stderr.write(f"tnz: internal error: {type(exc).__name__}: {exc} (TNZ_DEBUG=1 shows the traceback)\n")
        return 4
