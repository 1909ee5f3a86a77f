"""The commands. Each builds its own parser (only the one being run is built) and calls the SDK.

Message options come from the spec: every property of the operation's MessageData schema that
is not an argument of its own becomes a flag named after the generated model's attribute
(``--send-time``, ``--webhook-callback-url``, ``--csid``...), typed, with the spec's enum as the
choices and its description as the help. A field added to the spec is a flag here after
``make generate``, with nothing written twice.
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import attrs

from tnz_ext._errors import APIError, TNZError, TransportError, ValidationError, WebhookParseError

from . import COMMANDS, EXIT_CODES
from ._output import Output

__all__ = ["run"]


class UsageError(Exception):
    """Bad usage: exit code 2, one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _epilog() -> str:
    return "exit codes: " + "; ".join(f"{code} {text}" for code, text in EXIT_CODES.items())


def _parser(prog: str, description: str) -> _Parser:
    return _Parser(prog=prog, description=description, epilog=_epilog())


def _client_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection (any command)")
    group.add_argument("--auth-token", help="the API auth token (default: $TNZ_AUTH_TOKEN)")
    group.add_argument("--base-url", help="API base URL (default: $TNZ_BASE_URL, else TNZ's v2.04 host)")
    group.add_argument("--format", choices=["json", "xml"], default="json", help="wire format (default json)")
    group.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    group.add_argument("--max-retries", type=int, default=2, help="retries of safe calls (default 2)")
    group.add_argument("--test-mode", action="store_true", help="send with Mode=Test: TNZ accepts, delivers nothing")
    group.add_argument("--region", default="NZ", help="region of national numbers (default NZ)")
    group.add_argument(
        "--allowed-prefix",
        action="append",
        dest="allowed_prefixes",
        metavar="PREFIX",
        help="refuse any number not starting with one of these (repeatable, e.g. +64)",
    )
    group.add_argument("--max-parts", type=int, default=3, help="SMS part limit agreed with TNZ (default 3)")
    group.add_argument("--json", action="store_true", help="print the result as JSON")


def _client(args: argparse.Namespace) -> Any:
    from tnz_ext._client import TNZClient

    return TNZClient(
        auth_token=args.auth_token,
        base_url=args.base_url,
        format=args.format,
        timeout=args.timeout,
        max_retries=args.max_retries,
        test_mode=args.test_mode,
        default_region=args.region,
        allowed_prefixes=args.allowed_prefixes,
        max_sms_parts=args.max_parts,
    )


# ---------------------------------------------------------------------------------------- spec-driven flags
def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    from tnz_ext._spec import spec

    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = {**spec()["components"]["schemas"][name], **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _simplify(schema: dict[str, Any]) -> dict[str, Any]:
    """One flat view of a property schema: $refs followed, null dropped, anyOf/oneOf branches merged.

    An enum is offered as choices only when every branch is that enum; ``anyOf: [enum, string]``
    (TNZ accepting values it does not document yet) leaves the value open, the known ones in the help.
    """
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [_simplify(b) for b in schema[key]]
            branches = [b for b in branches if b.get("type") != "null"]
            merged: dict[str, Any] = {}
            for branch in branches:
                for k, v in branch.items():
                    merged.setdefault(k, v)
            if "enum" in merged and any("enum" not in b for b in branches):
                merged["known"] = merged.pop("enum")
            schema = {**merged, **{k: v for k, v in schema.items() if k != key}}
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        schema = {**schema, "type": kinds[0] if len(kinds) == 1 else None}
    if "enum" in schema:
        schema = {**schema, "enum": [v for v in schema["enum"] if v is not None]}
    return schema


def _snake(name: str) -> str:
    """The generator's attribute name for a wire name (WebhookCallbackURL -> webhook_callback_url)."""
    import keyword
    import re

    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", name)
    snake = "_".join(w.lower() for w in words)
    return snake + "_" if keyword.iskeyword(snake) else snake


def _bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in {"true", "yes", "1", "on"}:
        return True
    if lowered in {"false", "no", "0", "off"}:
        return False
    raise argparse.ArgumentTypeError(f"expected true or false, not {text!r}")


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {exc}") from None


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def spec_flags(parser: argparse.ArgumentParser, schema_name: str, model: type, exclude: Iterable[str]) -> list[str]:
    """Add a flag per property of ``schema_name`` not in ``exclude``; returns the model attribute names."""
    from tnz_ext._spec import component_schema

    fields = {field.name for field in attrs.fields(model)} - {"additional_properties"}
    by_key: dict[str, list[str]] = {}
    for name in fields:
        by_key.setdefault(_key(name), []).append(name)
    skip = set(exclude)
    group = parser.add_argument_group(f"{schema_name} options (from the spec)")
    names: list[str] = []
    for wire, raw in sorted(component_schema(schema_name)["properties"].items()):
        if wire in skip:
            continue
        attr = _snake(wire)
        if attr not in fields:  # the generator spelled it otherwise: a unique loose match, or no flag
            candidates = by_key.get(_key(wire), [])
            if len(candidates) != 1:
                continue
            attr = candidates[0]
        schema = _simplify(raw)
        kind = schema.get("type")
        kwargs: dict[str, Any] = {"dest": attr, "default": None, "metavar": wire}
        if schema.get("enum"):
            kwargs["choices"] = schema["enum"]
            kwargs["metavar"] = "{" + ",".join(map(str, schema["enum"])) + "}"
        if kind == "integer":
            kwargs["type"] = int
        elif kind == "boolean":
            kwargs["type"] = _bool
            kwargs["metavar"] = "true|false"
        elif kind in ("array", "object"):
            kwargs["type"] = _json_value
            kwargs["metavar"] = "JSON"
        description = " ".join(str(schema.get("description", "")).split())
        known = f" (known values: {', '.join(map(str, schema['known']))})" if schema.get("known") else ""
        kwargs["help"] = f"{wire}: {description}{known}".replace("%", "%%")
        flag = "--" + attr.strip("_").replace("_", "-")
        if any(flag in action.option_strings for action in parser._actions):
            continue  # a dedicated argument of the command already covers it
        group.add_argument(flag, **kwargs)
        names.append(attr)
    return names


def _options(args: argparse.Namespace, names: list[str]) -> dict[str, Any]:
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


# ---------------------------------------------------------------------------------------- messaging
_HANDLED = {"MessageID", "Destinations", "Files", "Mode"}


def _send_parser(command: str) -> tuple[_Parser, list[str]]:
    from tnz_api import models as m

    parser = _parser(f"tnz {command}", COMMANDS[command])
    parser.add_argument(
        "--to",
        action="append",
        required=True,
        metavar="RECIPIENT",
        help="number, email address, contact:ID, group:ID or group-code:CODE (repeatable)",
    )
    parser.add_argument("--message-id", help="your MessageID (default: a fresh UUID4, printed)")
    if command == "sms":
        parser.add_argument("message", help="the text ([[FirstName]]... placeholders allowed)")
        parser.add_argument("--file", action="append", dest="files", metavar="PATH", help="file for [[File1]]...")
        names = spec_flags(parser, "SMSMessageData", m.SMSMessageData, _HANDLED | {"Message"})
    elif command == "email":
        parser.add_argument("subject", help="the email's subject")
        parser.add_argument("--message-plain", help="plain-text body")
        parser.add_argument("--message-plain-file", metavar="PATH", help="plain-text body, read from a file")
        parser.add_argument("--message-html", help="HTML body")
        parser.add_argument("--message-html-file", metavar="PATH", help="HTML body, read from a file")
        parser.add_argument("--file", action="append", dest="files", metavar="PATH", help="attachment (repeatable)")
        names = spec_flags(
            parser, "EmailMessageData", m.EmailMessageData, _HANDLED | {"EmailSubject", "MessagePlain", "MessageHTML"}
        )
    elif command == "fax":
        parser.add_argument("files", nargs="+", metavar="FILE", help="the documents to fax")
        names = spec_flags(parser, "FaxMessageData", m.FaxMessageData, _HANDLED)
    elif command == "voice":
        audio = {
            "MessageToPeople",
            "MessageToAnswerphones",
            "CallRouteMessageToPeople",
            "CallRouteMessageToOperators",
            "CallRouteMessageOnWrongKey",
            "Keypads",
        }
        parser.add_argument("message_to_people", metavar="WAV", help="audio for people who answer (WAV 16-bit 8 kHz)")
        for flag in (
            "message-to-answerphones",
            "call-route-message-to-people",
            "call-route-message-to-operators",
            "call-route-message-on-wrong-key",
        ):
            parser.add_argument(f"--{flag}", metavar="WAV", help=f"{flag.replace('-', ' ')} (a WAV file)")
        parser.add_argument(
            "--keypad",
            action="append",
            type=_json_value,
            dest="keypads",
            metavar="JSON",
            help='a keypad option, e.g. \'{"Tone":1,"RouteNumber":"+64800123123","Play":"a.wav"}\'',
        )
        names = spec_flags(parser, "VoiceMessageData", m.VoiceMessageData, _HANDLED | audio)
    else:  # tts
        parser.add_argument("message_to_people", metavar="TEXT", help="what to say (SSML allowed)")
        parser.add_argument(
            "--keypad",
            action="append",
            type=_json_value,
            dest="keypads",
            metavar="JSON",
            help='a keypad option, e.g. \'{"Tone":1,"RouteNumber":"+64800123123","Play":"Hi"}\'',
        )
        names = spec_flags(parser, "TTSMessageData", m.TTSMessageData, _HANDLED | {"MessageToPeople", "Keypads"})
    _client_options(parser)
    return parser, names


def _destination(text: str) -> Any:
    from tnz_ext._destinations import contact, group

    kind, sep, value = text.partition(":")
    if sep and kind == "contact":
        return contact(value)
    if sep and kind == "group":
        return group(value)
    if sep and kind == "group-code":
        return group(code=value)
    return text


def _read_text(path: str | None, field: str) -> str | None:
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(field, f"cannot read {path!r}: {exc}") from None


def _send(command: str, argv: list[str], out: Output) -> int:
    parser, names = _send_parser(command)
    args = parser.parse_args(argv)
    out.json = args.json
    options = _options(args, names)
    to = [_destination(t) for t in args.to]
    with _client(args) as client:
        messaging = client.messaging
        if command == "sms":
            result = messaging.sms(
                args.message, to=to, files=args.files, message_id=args.message_id, max_parts=args.max_parts, **options
            )
        elif command == "email":
            plain = (
                args.message_plain
                if args.message_plain is not None
                else _read_text(args.message_plain_file, "MessagePlain")
            )
            html = (
                args.message_html
                if args.message_html is not None
                else _read_text(args.message_html_file, "MessageHTML")
            )
            result = messaging.email(
                args.subject,
                to=to,
                message_plain=plain,
                message_html=html,
                files=args.files,
                message_id=args.message_id,
                **options,
            )
        elif command == "fax":
            result = messaging.fax(args.files, to=to, message_id=args.message_id, **options)
        elif command == "voice":
            result = messaging.voice(
                args.message_to_people,
                to=to,
                message_to_answerphones=args.message_to_answerphones,
                keypads=args.keypads or (),
                call_route_message_to_people=args.call_route_message_to_people,
                call_route_message_to_operators=args.call_route_message_to_operators,
                call_route_message_on_wrong_key=args.call_route_message_on_wrong_key,
                message_id=args.message_id,
                **options,
            )
        else:
            result = messaging.tts(
                args.message_to_people, to=to, keypads=args.keypads or (), message_id=args.message_id, **options
            )
    out.model(result)
    return 0


# ---------------------------------------------------------------------------------------- reports, actions
def _message_id_command(command: str, argv: list[str], out: Output) -> int:
    parser = _parser(f"tnz {command}", COMMANDS[command])
    parser.add_argument("message_id", metavar="MESSAGE_ID")
    _client_options(parser)
    args = parser.parse_args(argv)
    out.json = args.json
    with _client(args) as client:
        call = client.reports.status if command == "status" else client.reports.sms_reply
        out.model(call(args.message_id))
    return 0


def _received(argv: list[str], out: Output) -> int:
    parser = _parser("tnz received", COMMANDS["received"])
    when = parser.add_mutually_exclusive_group(required=True)
    when.add_argument("--since", type=int, metavar="MINUTES", help="received in the last MINUTES minutes")
    when.add_argument("--between", nargs=2, metavar=("FROM", "TO"), help="received between two local times")
    parser.add_argument("--page", type=int, help="one page only (default: every page)")
    parser.add_argument("--records-per-page", type=int)
    _client_options(parser)
    args = parser.parse_args(argv)
    out.json = args.json
    query: dict[str, Any] = {"records_per_page": args.records_per_page}
    if args.since is not None:
        query["time_period"] = args.since
    else:
        query["date_from"], query["date_to"] = args.between
    with _client(args) as client:
        if args.page is not None:
            out.model(client.reports.sms_received(page=args.page, **query))
        else:
            out.items(client.reports.iter_sms_received(**query))
    return 0


def _action(argv: list[str], out: Output) -> int:
    parser = _parser("tnz action", COMMANDS["action"])
    sub = parser.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for name, help_text in (("resubmit", "retry a Failed message"), ("abort", "cancel a Delayed message")):
        p = sub.add_parser(name, help=help_text)
        p.add_argument("message_id", metavar="MESSAGE_ID")
        if name == "resubmit":
            p.add_argument("--send-time", help="when to send again (local time, 2030-12-31T23:00)")
        _client_options(p)
    p = sub.add_parser("reschedule", help="move a Delayed message")
    p.add_argument("message_id", metavar="MESSAGE_ID")
    p.add_argument("send_time", metavar="SEND_TIME", help="local time, e.g. 2030-12-31T23:00")
    _client_options(p)
    p = sub.add_parser("pacing", help="simultaneous calls of a Voice/TTS message")
    p.add_argument("message_id", metavar="MESSAGE_ID")
    p.add_argument("number_of_operators", metavar="N", type=int)
    _client_options(p)
    args = parser.parse_args(argv)
    out.json = args.json
    with _client(args) as client:
        actions = client.actions
        if args.action == "resubmit":
            out.model(actions.resubmit(args.message_id, send_time=args.send_time))
        elif args.action == "abort":
            out.model(actions.abort(args.message_id))
        elif args.action == "reschedule":
            out.model(actions.reschedule(args.message_id, args.send_time))
        else:
            out.model(actions.pacing(args.message_id, args.number_of_operators))
    return 0


# ---------------------------------------------------------------------------------------- address book
_SEARCH = ("email_address", "mobile_phone", "main_phone", "attention", "first_name", "last_name", "company")


def _contacts(argv: list[str], out: Output) -> int:
    from tnz_api import models as m

    parser = _parser("tnz contacts", COMMANDS["contacts"])
    sub = parser.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = sub.add_parser("list", help="every contact (or one page)")
    p.add_argument("--page", type=int)
    p.add_argument("--records-per-page", type=int)
    _client_options(p)
    p = sub.add_parser("search", help="contacts matching every filter given (exact match)")
    for name in _SEARCH:
        p.add_argument("--" + name.replace("_", "-"))
    p.add_argument("--page", type=int)
    p.add_argument("--records-per-page", type=int)
    _client_options(p)
    for name in ("get", "delete", "groups"):
        p = sub.add_parser(
            name, help={"get": "one contact", "delete": "delete a contact", "groups": "the groups of a contact"}[name]
        )
        p.add_argument("contact_id", metavar="CONTACT_ID")
        _client_options(p)
    fields: dict[str, list[str]] = {}
    for name in ("create", "update"):
        p = sub.add_parser(name, help=f"{name} a contact")
        if name == "update":
            p.add_argument("contact_id", metavar="CONTACT_ID")
        fields[name] = spec_flags(p, "ContactRequest", m.ContactRequest, ())
        _client_options(p)
    args = parser.parse_args(argv)
    out.json = args.json
    with _client(args) as client:
        book = client.addressbook
        if args.action == "list":
            if args.page is not None:
                out.model(book.contacts.list(page=args.page, records_per_page=args.records_per_page))
            else:
                out.items(book.contacts.iter(records_per_page=args.records_per_page))
        elif args.action == "search":
            filters = {k: getattr(args, k) for k in _SEARCH if getattr(args, k) is not None}
            if not filters:
                raise UsageError("give at least one filter (see `tnz contacts search --help`)")
            if args.page is not None:
                out.model(book.contacts.search(page=args.page, records_per_page=args.records_per_page, **filters))
            else:
                out.items(book.contacts.iter_search(records_per_page=args.records_per_page, **filters))
        elif args.action == "get":
            out.model(book.contacts.get(args.contact_id))
        elif args.action == "delete":
            out.model(book.contacts.delete(args.contact_id))
        elif args.action == "groups":
            out.items(book.contact_groups.iter(args.contact_id))
        elif args.action == "create":
            out.model(book.contacts.create(**_options(args, fields["create"])))
        else:
            out.model(book.contacts.update(args.contact_id, **_options(args, fields["update"])))
    return 0


def _groups(argv: list[str], out: Output) -> int:
    from tnz_api import models as m

    parser = _parser("tnz groups", COMMANDS["groups"])
    sub = parser.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = sub.add_parser("list", help="every group (or one page)")
    p.add_argument("--page", type=int)
    p.add_argument("--records-per-page", type=int)
    _client_options(p)
    for name, text in (
        ("get", "one group (GroupID or GroupCode)"),
        ("delete", "delete a group (contacts stay)"),
        ("members", "the contacts of a group"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("group_id", metavar="GROUP_ID")
        _client_options(p)
    p = sub.add_parser("create", help="create a group")
    p.add_argument("group_name", metavar="NAME")
    create = spec_flags(p, "GroupCreateRequest", m.GroupCreateRequest, {"GroupName"})
    _client_options(p)
    p = sub.add_parser("update", help="rename a group or change its access")
    p.add_argument("group_id", metavar="GROUP_ID")
    update = spec_flags(p, "GroupUpdateRequest", m.GroupUpdateRequest, ())
    _client_options(p)
    for name, text in (("add", "add a contact to a group"), ("remove", "remove a contact from a group")):
        p = sub.add_parser(name, help=text)
        p.add_argument("group_id", metavar="GROUP_ID")
        p.add_argument("contact_id", metavar="CONTACT_ID")
        _client_options(p)
    args = parser.parse_args(argv)
    out.json = args.json
    with _client(args) as client:
        book = client.addressbook
        if args.action == "list":
            if args.page is not None:
                out.model(book.groups.list(page=args.page, records_per_page=args.records_per_page))
            else:
                out.items(book.groups.iter(records_per_page=args.records_per_page))
        elif args.action == "get":
            out.model(book.groups.get(args.group_id))
        elif args.action == "delete":
            out.model(book.groups.delete(args.group_id))
        elif args.action == "members":
            out.items(book.group_contacts.iter(args.group_id))
        elif args.action == "create":
            out.model(book.groups.create(args.group_name, **_options(args, create)))
        elif args.action == "update":
            out.model(book.groups.update(args.group_id, **_options(args, update)))
        elif args.action == "add":
            out.model(book.group_contacts.add(args.group_id, args.contact_id))
        else:
            out.model(book.group_contacts.remove(args.group_id, args.contact_id))
    return 0


# ---------------------------------------------------------------------------------------- mock
def _mock(argv: list[str], out: Output) -> int:
    parser = _parser("tnz mock", COMMANDS["mock"])
    parser.add_argument("--dynamic", action="store_true", help="random schema-valid answers instead of examples")
    parser.add_argument("--seed", type=int, help="make --dynamic answers repeatable")
    parser.add_argument("--prism", help="the Prism executable (default $TNZ_PRISM, else ./node_modules/.bin/prism)")
    parser.add_argument("--json", action="store_true", help="print the URL as JSON")
    args = parser.parse_args(argv)
    out.json = args.json
    import signal
    import time

    from tnz_ext.testing import PrismMock

    def stop_on(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)  # through the finally below: Prism is stopped too

    # Prism runs in its own process group: a `kill` of this process must not leave it behind.
    signal.signal(signal.SIGTERM, stop_on)
    signal.signal(signal.SIGHUP, stop_on)
    try:
        mock = PrismMock(prism=args.prism, dynamic=args.dynamic, seed=args.seed).start()
    except (FileNotFoundError, RuntimeError) as exc:
        raise ValidationError("prism", str(exc)) from None
    try:
        out.record(
            {"url": mock.url, "pid": mock.pid},
            text=f"TNZ mock on {mock.url} (pid {mock.pid}); try: TNZ_BASE_URL={mock.url} "
            "TNZ_AUTH_TOKEN=test tnz sms --to +6421000001 Hello\nCtrl-C stops it.",
        )
        while mock._process is not None and mock._process.poll() is None:
            time.sleep(0.5)
        raise TNZError("the mock exited on its own")
    finally:
        mock.stop()


# ---------------------------------------------------------------------------------------- dispatch
def _bulk(argv: list[str], out: Output) -> int:
    from ._bulk import bulk  # imported by its own command only: it pulls in the bulk engine

    return bulk(argv, out)


def _webhook(argv: list[str], out: Output) -> int:
    from ._webhook import webhook

    return webhook(argv, out)


def _handlers() -> dict[str, Callable[[list[str], Output], int]]:
    return {
        "status": functools.partial(_message_id_command, "status"),
        "replies": functools.partial(_message_id_command, "replies"),
        "received": _received,
        "action": _action,
        "contacts": _contacts,
        "groups": _groups,
        "webhook": _webhook,
        "mock": _mock,
        "bulk": _bulk,
        **{c: functools.partial(_send, c) for c in ("sms", "email", "fax", "voice", "tts")},
    }


def run(command: str, argv: list[str]) -> int:
    out = Output(json="--json" in argv)
    try:
        return _handlers()[command](argv, out)
    except UsageError as exc:
        return out.fail(2, f"{exc}")
    except SystemExit as exc:  # argparse's --help
        return int(exc.code or 0)
    except ValidationError as exc:
        return out.fail(2, f"invalid input, nothing sent: {exc}", kind=type(exc).__name__)
    except WebhookParseError as exc:
        return out.fail(2, f"not a TNZ webhook: {exc}", kind=type(exc).__name__)
    except TransportError as exc:
        hint = (
            " (it may have reached TNZ: check `tnz status MESSAGE_ID` before sending again)"
            if (exc.request_sent and exc.message_id)
            else ""
        )
        return out.fail(3, f"{exc}{hint}", kind=type(exc).__name__, message_id=exc.message_id)
    except APIError as exc:
        return out.fail(1, f"{exc}", kind=type(exc).__name__, message_id=exc.message_id, status=exc.status_code)
    except TNZError as exc:
        return out.fail(1, f"{exc}", kind=type(exc).__name__)
