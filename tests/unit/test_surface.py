"""The typed public surface: real signatures and docstrings everywhere, fields from the spec,
typos caught by mypy, per-call options, TNZ_LOG.

The namespaces are generated (scripts/gen_surface.py); these tests check what a user sees:
``inspect.signature``, docstrings, mypy --strict on user code, and the behaviour of
``with_options`` and an injected ``http_client``.
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import json
import logging
import pkgutil
import re
import subprocess
import sys
import textwrap
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier
from pytest_httpx import HTTPXMock
from tnz_api import models

import tnz_ext
import tnz_ext._client
import tnz_ext._log
import tnz_ext.types
from tnz_ext import AsyncTNZClient, TNZClient, ValidationError
from tnz_ext._bind import AsyncNamespace, AsyncOperation, Namespace, Operation

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "tnz.yaml").read_text(encoding="utf-8"))
TOKEN = "SECRET-TOKEN-123"
BASE = "https://api.example.test/api/v2.04"
NUMBER = "+6421000001"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TNZ_AUTH_TOKEN", "TNZ_BASE_URL", "TNZ_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tnz_ext._client.time, "sleep", lambda delay: None)


# ---------------------------------------------------------------------------------------- walking the API
def _public_modules() -> Iterator[ModuleType]:
    """tnz_ext and each public submodule (tnz_ext.types holds the generated models: not walked)."""
    yield tnz_ext
    for info in pkgutil.iter_modules(tnz_ext.__path__):
        if info.name.startswith("_") or info.name == "types":
            continue
        try:
            yield importlib.import_module(f"tnz_ext.{info.name}")
        except ModuleNotFoundError as exc:  # an optional extra that is not installed
            if not (exc.name or "").startswith("tnz_ext"):
                continue
            raise


def _callables() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every public callable a user can reach: the __all__ of every public module (and their
    public methods), both clients' namespaces, every operation, its ``.raw``, every pager."""
    for module in _public_modules():
        prefix = "" if module is tnz_ext else module.__name__.removeprefix("tnz_ext.") + "."
        own = [
            n
            for n, v in vars(module).items()
            if not n.startswith("_") and getattr(v, "__module__", "") == module.__name__
        ]
        for name in getattr(module, "__all__", own):
            obj = getattr(module, name)
            if typing.get_origin(obj) is not None:  # a type alias such as Literal[...]: not a callable
                continue
            if inspect.isclass(obj):
                yield prefix + name, obj
                for attr, member in vars(obj).items():
                    if not attr.startswith("_") and callable(member):
                        yield f"{prefix}{name}.{attr}", getattr(obj, attr)
            elif callable(obj) and not inspect.ismodule(obj):
                yield prefix + name, obj
    for client in (TNZClient(auth_token=TOKEN), AsyncTNZClient(auth_token=TOKEN)):
        prefix = type(client).__name__
        yield f"{prefix}.with_options", client.with_options
        yield from _walk_namespaces(prefix, client)


def _walk_namespaces(prefix: str, owner: object) -> Iterator[tuple[str, Callable[..., Any]]]:
    for attr, value in vars(owner).items():
        if attr.startswith("_"):
            continue
        if isinstance(value, Namespace | AsyncNamespace):
            for member in vars(type(value)):
                if member.startswith("_"):
                    continue
                bound = getattr(value, member)
                path = f"{prefix}.{attr}.{member}"
                if isinstance(bound, Operation | AsyncOperation):
                    yield path, bound
                    yield f"{path}.raw", bound.raw
                else:
                    yield path, bound
        elif type(value).__module__ == "tnz_ext._surface":  # AddressBook: namespaces of namespaces
            yield from _walk_namespaces(f"{prefix}.{attr}", value)


PUBLIC = dict(_callables())


def test_the_walk_reaches_every_operation() -> None:
    """Guards the walker itself: 31 spec operations (each sync and async, with .raw) and the pagers."""
    operations = [p for p in PUBLIC if p.startswith("TNZClient.") and p.endswith(".raw")]
    assert len(operations) == sum(len(ops) for ops in _spec_operations().values()) == 31
    assert {"TNZClient.addressbook.contacts.iter_search", "AsyncTNZClient.reports.iter_sms_received"} <= set(PUBLIC)


def test_sync_and_async_have_the_same_surface() -> None:
    """Both come from one template: same namespaces, methods, parameters (only the return differs)."""
    sync = {p.removeprefix("TNZClient."): v for p, v in PUBLIC.items() if p.startswith("TNZClient.")}
    asyn = {p.removeprefix("AsyncTNZClient."): v for p, v in PUBLIC.items() if p.startswith("AsyncTNZClient.")}
    asyn["close"] = asyn.pop("aclose")
    assert sync.keys() == asyn.keys()
    for path in sync:
        a, b = inspect.signature(sync[path]), inspect.signature(asyn[path])
        assert list(a.parameters.values()) == list(b.parameters.values()), path


def _spec_operations() -> dict[str, list[str]]:
    by_path: dict[str, list[str]] = {}
    for path, item in SPEC["paths"].items():
        by_path[path] = [op["operationId"] for method, op in item.items() if method != "parameters"]
    return by_path


@pytest.mark.parametrize("path", sorted(PUBLIC))
def test_no_var_keyword_and_every_parameter_annotated(path: str) -> None:
    obj = PUBLIC[path]
    if inspect.isclass(obj) and getattr(obj, "_is_protocol", False):
        return  # a typing.Protocol is never constructed: its methods are walked on their own
    try:
        signature = inspect.signature(obj)
    except ValueError:  # only an exception class that keeps BaseException's own (*args) constructor
        assert inspect.isclass(obj) and issubclass(obj, Exception) and "__init__" not in vars(obj), path
        return
    for param in signature.parameters.values():
        assert param.kind is not param.VAR_KEYWORD, f"{path} takes **{param.name}"
        if param.name not in ("self", "cls") and not (
            inspect.isclass(PUBLIC[path]) and param.kind is param.VAR_POSITIONAL
        ):
            assert param.annotation is not param.empty, f"{path}({param.name}) has no annotation"


@pytest.mark.parametrize("path", sorted(PUBLIC))
def test_every_public_callable_has_a_docstring(path: str) -> None:
    obj = PUBLIC[path]
    doc = inspect.getdoc(obj.__call__ if isinstance(obj, Operation | AsyncOperation) else obj)
    assert doc and doc.strip(), f"{path} has no docstring"


def test_types_reexports_every_model_with_docs() -> None:
    assert set(models.__all__) <= set(tnz_ext.types.__all__)
    for name in models.__all__:
        assert getattr(tnz_ext.types, name) is getattr(models, name)
    for name in ("SendResponse", "StatusResponse", "StatusWebhook", "Destination", "File", "VoiceKeypad", "TTSKeypad"):
        assert inspect.getdoc(getattr(tnz_ext.types, name))


# ---------------------------------------------------------------------------------------- fields from the spec
SENDS = {"email": "EmailMessageData", "sms": "SMSMessageData", "fax": "FaxMessageData"}
SENDS |= {"voice": "VoiceMessageData", "tts": "TTSMessageData"}
FRIENDLY = {"destinations": "to", "email_subject": "subject"}


@pytest.mark.parametrize("method", sorted(SENDS))
@pytest.mark.parametrize("client_cls", [TNZClient, AsyncTNZClient])
def test_send_signatures_list_every_message_data_field(method: str, client_cls: type[TNZClient]) -> None:
    schema = SPEC["components"]["schemas"][SENDS[method]]
    model = getattr(models, SENDS[method])
    from_model = {f.name for f in attrs.fields(model)} - {"additional_properties"}
    from_spec = {str(PythonIdentifier(name, prefix="field")) for name in schema["properties"]}
    assert from_model == from_spec  # the model is the spec's; the surface must match both
    op = getattr(client_cls(auth_token=TOKEN).messaging, method)
    for target in (op, op.raw):
        params = inspect.signature(target).parameters
        for field in from_spec:
            assert FRIENDLY.get(field, field) in params, f"{method} lacks {field}"
    doc = inspect.getdoc(op.__call__) or ""
    assert "reference: Human readable message description" in doc  # the spec's own words
    assert "Returns:" in doc


def test_query_parameters_are_keywords() -> None:
    client = TNZClient(auth_token=TOKEN)
    targets = {
        "searchContacts": client.addressbook.contacts.search,
        "getSmsReceived": client.reports.sms_received,
        "listGroups": client.addressbook.groups.list,
    }
    for path_item in SPEC["paths"].values():
        for op in path_item.values():
            if isinstance(op, dict) and op.get("operationId") in targets:
                params = inspect.signature(targets[op["operationId"]]).parameters
                for p in op.get("parameters", []):
                    p = SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
                    assert str(PythonIdentifier(p["name"], prefix="field")) in params


def test_keyword_fields_reach_the_wire(httpx_mock: HTTPXMock) -> None:
    """A spec-derived keyword is sent under its wire name; one left as None is not sent at all."""
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "M1"})
    with TNZClient(auth_token=TOKEN, base_url=BASE) as client:
        client.messaging.sms("Hi", to=NUMBER, message_id="M1", reference="r1", character_conversion=True)
    data = json.loads(httpx_mock.get_requests()[0].content)["MessageData"]
    assert data["Reference"] == "r1" and data["CharacterConversion"] is True
    assert "SendTime" not in data and "FromNumber" not in data


def test_help_shows_parameters_and_docs() -> None:
    import pydoc

    text = pydoc.render_doc(TNZClient(auth_token=TOKEN).messaging.sms, renderer=pydoc.plaintext)
    assert "webhook_callback_url: 'str | None' = None" in text
    assert "Send SMS." in text and "raw(self, message: 'str'" in text


# ---------------------------------------------------------------------------------------- mypy on user code
GOOD = """
    from collections.abc import Iterator

    from tnz_ext import AsyncTNZClient, RawResponse, TNZClient
    from tnz_ext.types import ContactModel, GroupModel, SendResponse


    def send(client: TNZClient) -> SendResponse:
        return client.messaging.sms("x", to="+6421000001", reference="r", webhook_callback_format="XML")


    async def send_async(client: AsyncTNZClient) -> RawResponse[SendResponse]:
        await client.messaging.email("S", to="a@example.com", cc_email="b@example.com")
        return await client.messaging.email.raw("S", to="a@example.com", from_="Me")


    async def groups(client: AsyncTNZClient) -> list[GroupModel]:
        return [group async for group in client.addressbook.groups.iter(records_per_page=10)]


    def contacts(client: TNZClient) -> Iterator[ContactModel]:
        return client.with_options(timeout=5, max_retries=0).addressbook.contacts.iter_search(last_name="Smith")
"""
BAD = """
    from tnz_ext import AsyncTNZClient, TNZClient


    def send(client: TNZClient, aclient: AsyncTNZClient) -> None:
        client.messaging.sms("x", to="+6421000001", refrence="r")  # E
        client.messaging.sms.raw("x", to="+6421000001", character_conversion="yes")  # E
        client.messaging.email("S", to="a@example.com", webhook_callback_format="YAML")  # E
        client.addressbook.contacts.search(lastname="Smith")  # E
        client.reports.sms_received(time_period="60")  # E
        aclient.messaging.tts("Hi", to="+6421000001", voise="Emma")  # E
        TNZClient(auth_tokn="x")  # E
        client.with_options(max_retry=1)  # E
"""
RESULTS = {
    "SendResponse.MessageID": "client.messaging.sms('x', to='+6421000001').message_id.upper()",
    "ActionResponse.MessageID": "client.actions.abort('ID1').message_id.upper()",
    "StatusResponse.Status": "client.reports.status('ID1').status",
    "SendResponse.Result": "client.messaging.sms('x', to='+6421000001').result.upper()",
}


@functools.cache
def _mypy(tmp: Path) -> dict[str, list[int]]:
    """Run mypy --strict once over every snippet; the error lines of each file."""
    files = {"good": GOOD, "bad": BAD}
    for key, expr in RESULTS.items():
        snippet = f"from tnz_ext import TNZClient\n\n\ndef f(client: TNZClient) -> None:\n    x: str = {expr}\n"
        files["result_" + key.replace(".", "_")] = snippet
    for name, text in files.items():
        (tmp / f"{name}.py").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *(str(tmp / f"{n}.py") for n in files)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    errors: dict[str, list[int]] = {name: [] for name in files}
    for line in run.stdout.splitlines():
        match = re.match(r".*[/\\](\w+)\.py:(\d+): error:", line)
        if match:
            errors[match.group(1)].append(int(match.group(2)))
    assert run.returncode in (0, 1), run.stdout + run.stderr
    return errors


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[int]]:
    return _mypy(tmp_path_factory.mktemp("mypy"))


def test_mypy_accepts_correct_code(mypy_errors: dict[str, list[int]]) -> None:
    assert mypy_errors["good"] == []


def test_mypy_rejects_each_typo_and_wrong_type(mypy_errors: dict[str, list[int]]) -> None:
    lines = textwrap.dedent(BAD).lstrip().splitlines()
    expected = [number for number, line in enumerate(lines, 1) if line.endswith("# E")]
    assert sorted(set(mypy_errors["bad"])) == expected


def _required(field: str) -> bool:
    schema, prop = field.split(".")
    return prop in SPEC["components"]["schemas"][schema].get("required", [])


@pytest.mark.parametrize("field", sorted(RESULTS))
def test_fields_the_spec_requires_are_plain_attributes(field: str, mypy_errors: dict[str, list[int]]) -> None:
    """Enabled by the spec: once a response schema lists a field as required, it is ``str``, not
    ``str | Unset``, and user code like ``result.message_id.upper()`` type-checks."""
    errors = mypy_errors["result_" + field.replace(".", "_")]
    if _required(field):
        assert errors == [], f"{field} is required by the spec but is not a plain attribute"
    else:
        assert errors, f"{field} is optional in the spec: mypy must flag it (the check is real)"
        pytest.skip(f"the spec does not (yet) list {field} as required")


# ---------------------------------------------------------------------------------------- configuration
@pytest.mark.parametrize("client_cls", [TNZClient, AsyncTNZClient])
async def test_a_call_that_does_not_fit_the_signature_is_a_validation_error(
    client_cls: type[TNZClient], httpx_mock: HTTPXMock
) -> None:
    """mypy catches these; at run time they are still tnz_ext's documented error, never a TypeError."""
    client: Any = client_cls(auth_token=TOKEN, base_url=BASE)
    calls = {
        "MessageData.refrence": lambda: client.messaging.sms("Hi", to=NUMBER, refrence="r"),
        "MessageData.lastname": lambda: client.messaging.email.raw("S", to="a@example.com", lastname="x"),
        "to": lambda: client.messaging.tts("Hi"),
        "Contact.frist_name": lambda: client.addressbook.contacts.create(frist_name="Jo"),
        "recods_per_page": lambda: client.addressbook.groups.iter(recods_per_page=5),
    }
    for field, call in calls.items():
        with pytest.raises(ValidationError) as caught:
            result = call()
            if inspect.isawaitable(result):
                await result
        assert caught.value.field == field, (field, caught.value)
    with pytest.raises(ValidationError, match=r"did you mean 'reference'.*extra_body"):
        client.messaging.sms("Hi", to=NUMBER, refrence="r")
    assert not httpx_mock.get_requests()


def test_constructor_keywords_are_explicit() -> None:
    for cls in (TNZClient, AsyncTNZClient):
        params = inspect.signature(cls).parameters
        assert {"auth_token", "base_url", "timeout", "max_retries", "http_client", "test_mode", "format"} <= set(params)
    with pytest.raises(TypeError, match="auth_tokn"):
        TNZClient(auth_tokn=TOKEN)  # type: ignore[call-arg]


@pytest.mark.parametrize("http_client", ["not a client", httpx.AsyncClient()], ids=["str", "async-for-sync"])
def test_wrong_http_client_is_refused(http_client: Any) -> None:
    with pytest.raises(ValidationError, match="http_client"):
        TNZClient(auth_token=TOKEN, http_client=http_client)


def test_with_options_shares_the_pool_and_overrides(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, is_reusable=True)
    with TNZClient(auth_token=TOKEN, base_url=BASE, max_retries=3, timeout=30) as client:
        fast = client.with_options(timeout=2.5, max_retries=0)
        assert fast._http is client._http and type(fast) is TNZClient
        with pytest.raises(tnz_ext.ServerError):
            fast.reports.status("ID1")
        assert len(httpx_mock.get_requests()) == 1  # max_retries=0: one attempt
        assert httpx_mock.get_requests()[0].extensions["timeout"]["read"] == 2.5
        assert fast.messaging._client is fast and client.messaging._client is client
        fast.close()  # leaves the shared pool open
        assert not client._http.is_closed
        with pytest.raises(tnz_ext.ServerError):
            client.reports.status("ID1")
        assert len(httpx_mock.get_requests()) == 1 + 4  # the original still retries 3 times
        assert httpx_mock.get_requests()[-1].extensions["timeout"]["read"] == 30


@pytest.mark.parametrize(
    "options",
    [{"timeout": "5"}, {"timeout": -1}, {"timeout": float("nan")}, {"max_retries": -1}, {"max_retries": True}],
    ids=["str-timeout", "negative-timeout", "nan-timeout", "negative-retries", "bool-retries"],
)
def test_with_options_validates(options: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match=next(iter(options))):
        TNZClient(auth_token=TOKEN).with_options(**options)


def test_injected_http_client_keeps_its_own_timeout(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "ID1"}, is_reusable=True)
    with httpx.Client(timeout=httpx.Timeout(7.0)) as http:
        TNZClient(auth_token=TOKEN, base_url=BASE, http_client=http).reports.status("ID1")
        TNZClient(auth_token=TOKEN, base_url=BASE, http_client=http, timeout=3).reports.status("ID1")
    first, second = httpx_mock.get_requests()
    assert first.extensions["timeout"]["read"] == 7.0  # the injected client's own
    assert second.extensions["timeout"]["read"] == 3  # asked for explicitly


async def test_async_with_options(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "ID1"})
    async with AsyncTNZClient(auth_token=TOKEN, base_url=BASE) as client:
        fast = client.with_options(timeout=1.5)
        assert fast._http is client._http and isinstance(fast, AsyncTNZClient)
        await fast.reports.status("ID1")
        await fast.aclose()
        assert not client._http.is_closed
    assert httpx_mock.get_requests()[0].extensions["timeout"]["read"] == 1.5


@pytest.fixture
def env_logging() -> Iterator[None]:
    yield
    logger = logging.getLogger("tnz_ext")
    for handler in list(logger.handlers):
        if isinstance(handler, tnz_ext._log._EnvHandler):
            logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)


def test_tnz_log_debug_logs_requests_without_the_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], httpx_mock: HTTPXMock, env_logging: None
) -> None:
    monkeypatch.setenv("TNZ_LOG", "debug")
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "ID1"})
    with TNZClient(auth_token=TOKEN, base_url=BASE) as client, TNZClient(auth_token=TOKEN, base_url=BASE):
        client.reports.status("ID1")
    err = capsys.readouterr().err
    assert "GET https://api.example.test/api/v2.04/get/status/ID1 -> HTTP 200 (MessageID ID1)" in err
    assert err.count("HTTP 200") == 1  # two clients, one handler
    assert TOKEN not in err and "Basic" not in err


def test_tnz_log_unknown_level_is_refused(monkeypatch: pytest.MonkeyPatch, env_logging: None) -> None:
    monkeypatch.setenv("TNZ_LOG", "loud")
    with pytest.raises(ValidationError, match="TNZ_LOG"):
        TNZClient(auth_token=TOKEN)


# ---------------------------------------------------------------------------------------- the generator
def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_surface", ROOT / "scripts" / "gen_surface.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_surface"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_field_added_to_the_spec_becomes_a_typed_keyword(tmp_path: Path) -> None:
    gen = _generator()
    doc = yaml.safe_load((ROOT / "openapi" / "tnz.yaml").read_text(encoding="utf-8"))
    doc["components"]["schemas"]["SMSMessageData"]["properties"]["Colour"] = {
        "type": "string", "enum": ["Red", "Blue"], "description": "The colour. More words here.",
    }  # fmt: skip
    (tmp_path / "tnz.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    code = gen.render_surface(gen.Spec(tmp_path / "tnz.yaml"), gen.read_builders(gen.OPERATIONS))
    assert "colour: Literal['Red', 'Blue'] | None = None" in code
    assert "colour: The colour." in code


def test_a_query_parameter_no_builder_takes_stops_generation(tmp_path: Path) -> None:
    gen = _generator()
    doc = yaml.safe_load((ROOT / "openapi" / "tnz.yaml").read_text(encoding="utf-8"))
    doc["paths"]["/addressbook/contact/list"]["get"]["parameters"].append(
        {"name": "sortBy", "in": "query", "description": "Sort order.", "schema": {"type": "string"}}
    )
    (tmp_path / "tnz.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(gen.SurfaceError, match="sortBy"):
        gen.render_surface(gen.Spec(tmp_path / "tnz.yaml"), gen.read_builders(gen.OPERATIONS))
