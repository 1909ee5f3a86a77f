"""Generate tnz_ext/_surface.py (the clients' namespaces) and tnz_ext/types.py from the spec.

Why generated: every documented field and query parameter must be a real, typed, documented
keyword (so a typo fails mypy and help() lists the fields), and the spec is the only list of
them. Hand-copying ~150 fields twice (sync and async) would drift; this script reads them.

Inputs:
- TEMPLATE below: the one human declaration of the public namespaces (which builder of
  tnz_ext/_operations.py each method calls, which list each pager walks). Sync and async
  classes both come from it.
- tnz_ext/_operations.py, read with ``ast`` (never imported, so a stale surface cannot break
  its own regeneration): the builders' own parameters, types and docstrings, and the endpoint
  each builder calls (``_endpoint("messaging.send_sms")`` names the spec operation).
- openapi/tnz.yaml: for each operation its summary, path/query parameters and request body.
  Body fields a builder does not take itself (it takes them through ``**options``) become
  keyword-only parameters typed from their schema; every parameter gets a one-line doc from
  the spec's description.
- generated/tnz_api/models: the names of the models users may import (``tnz_ext.types``).

Usage: ``python scripts/gen_surface.py`` writes both files; ``--check`` exits 1 if either
differs from what it would write (``make check-surface``, part of ``make test``).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier, snake_case

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "tnz.yaml"
OPERATIONS = ROOT / "tnz_ext" / "_operations.py"
MODELS_INIT = ROOT / "generated" / "tnz_api" / "models" / "__init__.py"
API = ROOT / "generated" / "tnz_api" / "api"
SURFACE = ROOT / "tnz_ext" / "_surface.py"
TYPES = ROOT / "tnz_ext" / "types.py"


# ---------------------------------------------------------------------------------------- template
@dataclass(frozen=True)
class Namespace:
    name: str  # class name (the async one is prefixed with Async)
    doc: str
    ops: dict[str, str]  # method -> builder in _operations
    pagers: dict[str, tuple[str, str]] = field(default_factory=dict)  # method -> (builder, spec list property)


@dataclass(frozen=True)
class Group:
    """A namespace of namespaces (``client.addressbook.contacts``)."""

    name: str
    doc: str
    members: dict[str, str]  # attribute -> Namespace name


TEMPLATE: list[Namespace | Group] = [
    Namespace(
        "Messaging",
        "Send Email, SMS, Fax, Voice and Text-to-Speech messages.",
        {"email": "email", "sms": "sms", "fax": "fax", "voice": "voice", "tts": "tts"},
    ),
    Namespace(
        "Actions",
        "Act on a sent message: resubmit, reschedule, abort, change its pacing.",
        {"resubmit": "resubmit", "reschedule": "reschedule", "abort": "abort", "pacing": "pacing"},
    ),
    Namespace(
        "Reports",
        "Poll message status, SMS replies and received SMS.",
        {"status": "status", "sms_reply": "sms_reply", "sms_received": "sms_received"},
        {
            "iter_status": ("status", "Recipients"),
            "iter_sms_reply": ("sms_reply", "Recipients"),
            "iter_sms_received": ("sms_received", "Messages"),
        },
    ),
    Namespace(
        "Contacts",
        "The address book's contacts.",
        {
            "list": "list_contacts_",
            "search": "search_contacts_",
            "get": "get_contact_",
            "create": "create_contact_",
            "update": "update_contact_",
            "delete": "delete_contact_",
        },
        {"iter": ("list_contacts_", "Contacts"), "iter_search": ("search_contacts_", "Contacts")},
    ),
    Namespace(
        "Groups",
        "The address book's groups.",
        {
            "list": "list_groups_",
            "get": "get_group_",
            "create": "create_group_",
            "update": "update_group_",
            "delete": "delete_group_",
        },
        {"iter": ("list_groups_", "Groups")},
    ),
    Namespace(
        "ContactGroups",
        "The groups of one contact (API: /addressbook/contact/{ContactID}/group).",
        {
            "list": "list_contact_groups_",
            "get": "get_contact_group_",
            "add": "add_contact_group_",
            "remove": "remove_contact_group_",
        },
        {"iter": ("list_contact_groups_", "Groups")},
    ),
    Namespace(
        "GroupContacts",
        "The contacts of one group (API: /addressbook/group/{GroupID}/contact).",
        {
            "list": "list_group_contacts_",
            "get": "get_group_contact_",
            "add": "add_group_contact_",
            "remove": "remove_group_contact_",
        },
        {"iter": ("list_group_contacts_", "Contacts")},
    ),
    Group(
        "AddressBook",
        "The address book: contacts, groups, and which contact is in which group.",
        {
            "contacts": "Contacts",
            "groups": "Groups",
            "contact_groups": "ContactGroups",
            "group_contacts": "GroupContacts",
        },
    ),
]

# Helpers of tnz_ext/_destinations.py that take a schema's fields as **fields: name -> (schema,
# the field its first argument fills, fields left to other helpers).
HELPERS = {"recipient": ("Destination", "Recipient", {"ContactID", "GroupID", "GroupCode"})}

# Builder parameters that are not spec fields by the same name.
ALIASES = {"to": "Destinations", "subject": "EmailSubject"}
# Builder parameters the spec does not describe at all (tnz_ext's own).
EXTRA_DOCS = {
    "max_parts": "Refuse a message longer than this many SMS parts (default: the client's max_sms_parts, 3).",
    "contact": "A whole ContactRequest to send instead of the keyword fields.",
    "extra_body": "Fields the spec does not document, added to MessageData as given (an escape hatch).",
}
PAGE_DOC = "The page to start from (default 1); later pages are fetched as the iteration reaches them."
# Where names used in annotations come from, besides what _operations.py defines or imports
# (read from its source by operation_imports(), so a new alias there needs no change here).
IMPORTS = {
    "Any": "typing",
    "Literal": "typing",
    "Iterator": "collections.abc",
    "AsyncIterator": "collections.abc",
    "datetime": "datetime",
}
BUILTINS = {"str", "int", "float", "bool", "bytes", "None", "list", "dict", "tuple", "m"}
LOCAL_DATETIME = "#/components/schemas/LocalDateTime"


class SurfaceError(Exception):
    pass


# ---------------------------------------------------------------------------------------- the spec
class Spec:
    def __init__(self, path: Path) -> None:
        self.doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.operations: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {}
        for item in self.doc["paths"].values():
            shared = item.get("parameters", [])
            for method in ("get", "post", "put", "patch", "delete"):
                if method in item:
                    op = item[method]
                    params = [self.resolve(p) for p in [*shared, *op.get("parameters", [])]]
                    self.operations[snake_case(op["operationId"])] = (op, params)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}  # siblings override
        return node

    def body_fields(self, op: dict[str, Any]) -> tuple[str | None, dict[str, Any], set[str]]:
        """(schema name, properties, required) of the fields a builder's keywords fill: the
        MessageData of a send, else the request body itself."""
        content = op.get("requestBody", {}).get("content", {}).get("application/json")
        if content is None:
            return None, {}, set()
        ref = content["schema"]["$ref"]
        schema = self.resolve({"$ref": ref})
        props = schema.get("properties", {})
        if set(props) == {"MessageData"}:
            ref = props["MessageData"]["$ref"]
            schema = self.resolve({"$ref": ref})
        return ref.rsplit("/", 1)[1], schema.get("properties", {}), set(schema.get("required", []))

    def python_type(self, node: dict[str, Any]) -> str:
        """The annotation a keyword takes for this schema (without ``| None``)."""
        if node.get("$ref") == LOCAL_DATETIME:
            return "str | datetime"
        ref = node.get("$ref")
        node = self.resolve(node)
        for key in ("anyOf", "oneOf"):
            if key in node:
                parts = list(dict.fromkeys(self.python_type(n) for n in node[key] if n.get("type") != "null"))
                if "str" in parts and any(p.startswith("Literal[") for p in parts):
                    parts.remove("str")  # an open enum: the known values are what tnz_ext accepts
                return " | ".join(parts)
        if "enum" in node:
            return "Literal[" + ", ".join(repr(v) for v in node["enum"] if v is not None) + "]"
        kinds = node.get("type")
        kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k != "null"]
        if len(kinds) != 1:
            raise SurfaceError(f"cannot type schema {node!r}")
        kind = kinds[0]
        if kind == "array":
            return f"list[{self.python_type(node['items'])}]"
        if kind == "object":
            if ref is None:
                raise SurfaceError(f"inline object schema has no model: {node!r}")
            return f"m.{ref.rsplit('/', 1)[1]}"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[kind]


def describe(spec: Spec, node: dict[str, Any]) -> str:
    """A field's one-line doc: its own description, else that of the schema it refers to (also
    through a nullable ``anyOf: [{$ref}, {type: 'null'}]``)."""
    if node.get("description"):
        return one_line(node["description"])
    resolved = spec.resolve(node)
    if resolved.get("description"):
        return one_line(resolved["description"])
    for key in ("anyOf", "oneOf"):
        for branch in resolved.get(key, []):
            found = describe(spec, branch)
            if found:
                return found
    return ""


def one_line(text: str | None) -> str:
    """The first sentence of a description, on one line."""
    if not text:
        return ""
    flat = " ".join(text.split())
    match = re.match(r"(.+?[.!?])\s+(?=[A-Z(])", flat)
    return match.group(1) if match else flat


def identifier(name: str) -> str:
    """The attribute name openapi-python-client gives a spec field (so ours match the models')."""
    return str(PythonIdentifier(name, prefix="field"))


# ---------------------------------------------------------------------------------------- builders
@dataclass
class Param:
    name: str
    annotation: str
    default: str | None  # source text, None when required
    kind: str  # "positional", "keyword"
    doc: str = ""
    from_spec: bool = False  # passed through the builder's **options


@dataclass
class Builder:
    name: str
    params: list[Param]
    options: bool  # takes **options / **fields
    returns: str  # "m.SendResponse"
    doc: str
    endpoint: str  # "send_sms"


def read_builders(path: Path) -> dict[str, Builder]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    builders: dict[str, Builder] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or node.name.startswith("_") or node.returns is None:
            continue
        returns = ast.unparse(node.returns)
        match = re.fullmatch(r"Call\[(.+)\]", returns)
        if not match:
            continue
        # The endpoint module it calls, named as a string ("messaging.send_sms") however it is passed on.
        endpoints = {
            sub.value
            for sub in ast.walk(node)
            if isinstance(sub, ast.Constant)
            and isinstance(sub.value, str)
            and re.fullmatch(r"[a-z_]+\.[a-z_]+", sub.value)
            and (API / (sub.value.replace(".", "/") + ".py")).exists()
        }
        if len(endpoints) != 1:
            raise SurfaceError(f"builder {node.name} must name one endpoint module ('tag.operation'), not {endpoints}")
        args = node.args
        params: list[Param] = []
        positional = [*args.posonlyargs, *args.args]
        defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        for arg, default in zip(positional, defaults, strict=True):
            params.append(Param(arg.arg, _annotation(node.name, arg), _src(default), "positional"))
        for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
            params.append(Param(arg.arg, _annotation(node.name, arg), _src(kw_default), "keyword"))
        builders[node.name] = Builder(
            name=node.name,
            params=params,
            options=args.kwarg is not None,
            returns=match.group(1),
            doc=ast.get_docstring(node) or "",
            endpoint=endpoints.pop().rsplit(".", 1)[1],
        )
    return builders


def operation_imports(path: Path) -> dict[str, str]:
    """name -> module to import it from, for every name _operations.py defines or imports (unaliased)."""
    found: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module is not None and node.module != "__future__":
            found |= {a.name: "." * node.level + node.module for a in node.names if a.asname is None}
        elif isinstance(node, ast.ClassDef):
            found[node.name] = "._operations"
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found |= {t.id: "._operations" for t in targets if isinstance(t, ast.Name)}
    return found


def _annotation(builder: str, arg: ast.arg) -> str:
    if arg.annotation is None:
        raise SurfaceError(f"{builder}({arg.arg}) has no annotation")
    return ast.unparse(arg.annotation)


def _src(node: ast.expr | None) -> str | None:
    return None if node is None else ast.unparse(node)


# ---------------------------------------------------------------------------------------- assembly
@dataclass
class Method:
    name: str
    builder: Builder
    params: list[Param]
    summary: str
    returns: str
    returns_doc: str
    where: str  # how the builders' own checks prefix a field of this body ("MessageData.")


def where(schema_name: str | None) -> str:
    """The prefix tnz_ext's ValidationError gives a field of this request body."""
    if schema_name is None:
        return ""
    if schema_name.endswith("MessageData"):
        return "MessageData."
    if schema_name == "ContactRequest":
        return "Contact."
    if schema_name.startswith("Group") and schema_name.endswith("Request"):
        return "Group."
    return ""


def build_method(spec: Spec, name: str, builder: Builder) -> Method:
    if builder.endpoint not in spec.operations:
        raise SurfaceError(f"{builder.name} calls {builder.endpoint}, which is no operation of the spec")
    op, parameters = spec.operations[builder.endpoint]
    by_param = {identifier(p["name"]): p for p in parameters if p["in"] in ("path", "query")}
    schema_name, fields, required = spec.body_fields(op)
    by_field = {identifier(f): (f, node) for f, node in fields.items()}
    taken = {p.name for p in builder.params}
    params: list[Param] = []
    for p in builder.params:
        spec_name = ALIASES.get(p.name)
        if p.name in by_param:
            p.doc = describe(spec, by_param[p.name])
        elif p.name in by_field or (spec_name is not None and spec_name in fields):
            wire, node = by_field[p.name] if p.name in by_field else (spec_name, fields[spec_name])
            p.doc = describe(spec, node)
        else:
            p.doc = EXTRA_DOCS.get(p.name, "")
        if not p.doc:
            raise SurfaceError(f"{builder.name}({p.name}): neither the spec nor EXTRA_DOCS describes it")
        params.append(p)
    for attr, param in by_param.items():
        if attr not in taken:
            raise SurfaceError(f"{builder.name} does not take the spec's {param['in']} parameter {param['name']}")
    taken |= {identifier(ALIASES[n]) for n in taken if n in ALIASES}
    for attr, (wire, node) in by_field.items():
        if attr in taken:
            continue
        if not builder.options:
            raise SurfaceError(f"{builder.name} takes neither {wire} ({schema_name}) nor **options")
        if wire in required:
            raise SurfaceError(f"{builder.name} must take the required field {wire} itself")
        annotation = spec.python_type(node) + " | None"
        doc = describe(spec, node)
        params.append(Param(attr, annotation, "None", "keyword", doc or wire, from_spec=True))
    # The escape hatch reads best after every documented field.
    params.sort(key=lambda p: p.name == "extra_body")
    ok = op["responses"]["200"]
    ok = spec.resolve(ok)
    schema_ref = ok["content"]["application/json"]["schema"]["$ref"]
    model = schema_ref.rsplit("/", 1)[1]
    if builder.returns != f"m.{model}":
        raise SurfaceError(f"{builder.name} returns {builder.returns}, the spec's 200 is {model}")
    summary = op.get("summary", "").rstrip(".") + "."
    if builder.doc:
        summary += "\n\n" + " ".join(builder.doc.split())
    returns_doc = describe(spec, {"$ref": schema_ref})
    return Method(name, builder, params, summary, builder.returns, returns_doc, where(schema_name))


def signature(params: list[Param]) -> str:
    parts = ["self"]
    star = False
    for p in params:
        if p.kind == "keyword" and not star:
            parts.append("*")
            star = True
        default = "" if p.default is None else f" = {p.default}"
        parts.append(f"{p.name}: {p.annotation}{default}")
    return ", ".join(parts)


def call_args(params: list[Param], override: dict[str, str] | None = None) -> str:
    override = override or {}
    out = []
    for p in params:
        value = override.get(p.name, p.name)
        out.append(value if p.kind == "positional" else f"{p.name}={value}")
    return ", ".join(out)


def docstring(summary: str, params: list[Param], returns: str | None, indent: int) -> str:
    pad = " " * indent
    width = 120 - indent
    lines: list[str] = []
    for i, para in enumerate(summary.split("\n\n")):
        if i:
            lines.append("")
        lines.extend(textwrap.wrap(para, width - 6 if i == 0 else width) or [""])
    if params:
        lines += ["", "Args:"]
        for p in params:
            lines.extend(
                textwrap.wrap(f"{p.name}: {p.doc}", width - 4, initial_indent="    ", subsequent_indent="        ")
            )
    if returns:
        lines += ["", "Returns:"]
        lines.extend(textwrap.wrap(returns, width - 4, initial_indent="    ", subsequent_indent="        "))
    body = "\n".join((pad + line) if line else "" for line in lines)
    return f'{pad}"""{body.lstrip()}\n{pad}"""'


# ---------------------------------------------------------------------------------------- rendering
HEADER = '''"""The public namespaces of TNZClient and AsyncTNZClient: every operation with every keyword.

GENERATED by scripts/gen_surface.py from openapi/tnz.yaml and the builders in _operations.py.
Do not edit: change the spec, a builder or the script's TEMPLATE, then run `make generate-surface`.
"""

from __future__ import annotations
'''


def render_surface(spec: Spec, builders: dict[str, Builder]) -> str:
    out: list[str] = []
    namespaces = {item.name: item for item in TEMPLATE if isinstance(item, Namespace)}
    for flavour in ("sync", "async"):
        for item in TEMPLATE:
            if isinstance(item, Namespace):
                out.append(render_namespace(spec, builders, item, flavour))
            else:
                out.append(render_group(item, namespaces, flavour))
    out.extend(render_helper(spec, name, *spec_) for name, spec_ in HELPERS.items())
    code = "\n\n".join(out)
    names: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            annotations = [a.annotation for a in [*node.args.args, *node.args.kwonlyargs]] + [node.returns]
            for annotation in filter(None, annotations):
                names |= {n.id for n in ast.walk(annotation) if isinstance(n, ast.Name)}
    known = {**operation_imports(OPERATIONS), **IMPORTS}
    unknown = names - set(known) - BUILTINS - _defined(code) - {"RawResponse", "SyncExecutor", "AsyncExecutor"}
    if unknown:
        raise SurfaceError(f"annotations use names the script does not know how to import: {sorted(unknown)}")
    imports: dict[str, set[str]] = {}
    for name in names & set(known):
        imports.setdefault(known[name], set()).add(name)
    head = [HEADER]
    for module in sorted(imports, key=lambda m: (m.startswith("."), m)):
        head.append(f"from {module} import {', '.join(sorted(imports[module]))}")
    head.append("from functools import cached_property")
    head.append("from tnz_api import models as m")
    head.append("from . import _operations as ops")
    head.append(
        "from ._bind import AsyncExecutor, AsyncNamespace, AsyncOperation, Namespace, Operation, SyncExecutor,"
        " apages, pages, refuse_unknown"
    )
    head.append("from ._call import RawResponse")
    head.append("from . import _destinations")
    all_names = list(_defined(code))  # the helpers are re-exported by tnz_ext itself
    head.append(f"\n__all__ = {sorted(all_names)!r}")
    return "\n".join(head) + "\n\n\n" + code + "\n"


def _defined(code: str) -> set[str]:
    """Classes the generated code defines itself."""
    return set(re.findall(r"^class (\w+)", code, flags=re.M))


def op_class(namespace: str, method: str, flavour: str) -> str:
    camel = "".join(part.capitalize() for part in method.split("_"))
    return ("Async" if flavour == "async" else "") + namespace + camel


def render_namespace(spec: Spec, builders: dict[str, Builder], ns: Namespace, flavour: str) -> str:
    is_async = flavour == "async"
    blocks: list[str] = []
    members: list[str] = []
    for method_name, builder_name in ns.ops.items():
        method = build_method(spec, method_name, _builder(builders, builder_name))
        cls = op_class(ns.name, method_name, flavour)
        sig = signature(method.params)
        args = call_args(method.params)
        build = f"ops.{method.builder.name}({args})"
        returns_doc = f"{method.returns.removeprefix('m.')}: {method.returns_doc}"
        doc = docstring(method.summary, method.params, returns_doc, 8)
        raw_doc = docstring(
            method.summary.split("\n\n")[0].rstrip(".")
            + ", returning the whole answer.\n\nTakes the same arguments as calling the operation itself.",
            [],
            f"RawResponse: the status, headers, body bytes and the parsed {method.returns.removeprefix('m.')}.",
            8,
        )
        if is_async:
            call_body = f"return await self._parsed({build})"
            raw_body = f"return await self._raw({build})"
            prefix = "async def"
        else:
            call_body = f"return self._parsed({build})"
            raw_body = f"return self._raw({build})"
            prefix = "def"
        base = "AsyncOperation" if is_async else "Operation"
        class_doc = docstring(
            method.summary + "\n\nCall it (arguments: see ``__call__``), or ``.raw(...)`` for the whole answer.",
            [],
            None,
            4,
        )
        check = f"    @refuse_unknown({method.where!r})\n"
        blocks.append(
            f"class {cls}({base}):\n{class_doc}\n\n    __slots__ = ()\n\n"
            f"{check}    {prefix} __call__({sig}) -> {method.returns}:\n{doc}\n        {call_body}\n\n"
            f"{check}    {prefix} raw({sig}) -> RawResponse[{method.returns}]:\n{raw_doc}\n        {raw_body}\n"
        )
        short = method.summary.split("\n\n")[0]
        members.append(
            f"    @cached_property\n    def {method_name}(self) -> {cls}:\n"
            f'        """{short} Call it, or ``.raw(...)`` for the whole answer."""\n'
            f"        return {cls}(self._client)\n"
        )
    for method_name, (builder_name, prop) in ns.pagers.items():
        members.append(render_pager(spec, builders, method_name, builder_name, prop, is_async))
    base = "AsyncNamespace" if is_async else "Namespace"
    name = ("Async" if is_async else "") + ns.name
    doc = ns.doc if not is_async else ns.doc.rstrip(".") + " (async)."
    blocks.append(f'class {name}({base}):\n    """{doc}"""\n\n' + "\n".join(members))
    return "\n\n".join(blocks)


def render_pager(
    spec: Spec, builders: dict[str, Builder], method_name: str, builder_name: str, prop: str, is_async: bool
) -> str:
    method = build_method(spec, method_name, _builder(builders, builder_name))
    page = next((p for p in method.params if p.name == "page"), None)
    if page is None:
        raise SurfaceError(f"pager {method_name}: {builder_name} takes no page")
    page.doc = PAGE_DOC
    op, _ = spec.operations[method.builder.endpoint]
    schema_ref = spec.resolve(op["responses"]["200"])["content"]["application/json"]["schema"]["$ref"]
    listing = spec.resolve({"$ref": schema_ref})["properties"].get(prop)
    if listing is None or "items" not in listing:
        raise SurfaceError(f"pager {method_name}: {schema_ref} has no list {prop}")
    item = spec.python_type(listing["items"])
    sig = signature(method.params)
    build = f"ops.{method.builder.name}({call_args(method.params, {'page': 'p'})})"
    per_page = "records_per_page" if any(p.name == "records_per_page" for p in method.params) else "None"
    walker, iterator = ("apages", "AsyncIterator") if is_async else ("pages", "Iterator")
    summary = f"Every item of {prop}, page after page: {method.summary.split(chr(10))[0]}"
    doc = docstring(
        summary, method.params, f"{iterator}[{item.removeprefix('m.')}]: {one_line(_desc(spec, listing))}", 8
    )
    return (
        f"    @refuse_unknown({method.where!r})\n"
        f"    def {method_name}({sig}) -> {iterator}[{item}]:\n{doc}\n"
        f"        return {walker}(self._client, lambda p: {build}, {identifier(prop)!r}, page, {per_page})\n"
    )


def _desc(spec: Spec, node: dict[str, Any]) -> str:
    return str(spec.resolve(node).get("description") or "the items")


def render_group(group: Group, namespaces: dict[str, Namespace], flavour: str) -> str:
    is_async = flavour == "async"
    prefix = "Async" if is_async else ""
    client = "AsyncExecutor" if is_async else "SyncExecutor"
    lines = [
        f'class {prefix}{group.name}:\n    """{group.doc}"""\n',
        f"    def __init__(self, client: {client}) -> None:",
    ]
    for attr, ns in group.members.items():
        if ns not in namespaces:
            raise SurfaceError(f"group {group.name} names unknown namespace {ns}")
        lines.append(f"        self.{attr} = {prefix}{ns}(client)")
    lines.append("\n    def __repr__(self) -> str:")
    lines.append('        return f"<{type(self).__name__} of {self.contacts._client!r}>"')
    return "\n".join(lines) + "\n"


def render_helper(spec: Spec, name: str, schema_name: str, first: str, skip: set[str]) -> str:
    """A typed front for a helper that takes a schema's fields as ``**fields``."""
    schema = spec.resolve({"$ref": f"#/components/schemas/{schema_name}"})
    lead = Param("address", "str", None, "positional", one_line(schema["properties"][first].get("description")))
    params = [lead]
    for wire, node in schema["properties"].items():
        if wire == first or wire in skip:
            continue
        doc = describe(spec, node) or wire
        params.append(Param(identifier(wire), spec.python_type(node) + " | None", "None", "keyword", doc))
    sig = signature(params).removeprefix("self, ")
    source = ast.parse((ROOT / "tnz_ext" / "_destinations.py").read_text(encoding="utf-8"))
    helper = next(n for n in source.body if isinstance(n, ast.FunctionDef) and n.name == name)
    summary = (ast.get_docstring(helper) or "").split("\n\n")[0]
    doc = docstring(" ".join(summary.split()), params, f"{schema_name}: for ``to=``.", 4)
    return (
        f"@refuse_unknown('Destinations.')\ndef {name}({sig}) -> m.{schema_name}:\n{doc}\n"
        f"    return _destinations.{name}({call_args(params)})\n"
    )


def _builder(builders: dict[str, Builder], name: str) -> Builder:
    if name not in builders:
        raise SurfaceError(f"TEMPLATE names builder {name}, which _operations.py does not define")
    # Params are annotated with docs per method: give each method its own copies.
    b = builders[name]
    return Builder(b.name, [Param(**vars(p)) for p in b.params], b.options, b.returns, b.doc, b.endpoint)


def render_types() -> str:
    tree = ast.parse(MODELS_INIT.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            names = [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    if not names:
        raise SurfaceError(f"no __all__ in {MODELS_INIT}")
    lines = [
        '"""The request, response and webhook models, importable from the public package.',
        "",
        "Re-exports of ``tnz_api.models`` (generated from the spec), plus ``Unset``/``UNSET``: optional",
        "fields a response left out hold ``UNSET``. GENERATED by scripts/gen_surface.py - do not edit.",
        '"""',
        "",
        "from tnz_api.models import (",
        *[f"    {name} as {name}," for name in sorted(names)],
        ")",
        "from tnz_api.types import UNSET as UNSET",
        "from tnz_api.types import Unset as Unset",
        "",
        f"__all__ = {sorted([*names, 'UNSET', 'Unset'])!r}",
    ]
    return "\n".join(lines) + "\n"


def ruff(code: str, path: Path) -> str:
    """Sort imports and format with the project's ruff settings, as the committed file is."""
    ruff_bin = Path(sys.executable).parent / "ruff"
    exe = str(ruff_bin) if ruff_bin.exists() else "ruff"
    rel = str(path.relative_to(ROOT))
    fixed = subprocess.run(
        [exe, "check", "--quiet", "--fix-only", "--select", "I,F401,UP,RUF022", "--stdin-filename", rel, "-"],
        input=code, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip
    return subprocess.run(
        [exe, "format", "--quiet", "--stdin-filename", rel, "-"],
        input=fixed, capture_output=True, text=True, check=True, cwd=ROOT,
    ).stdout  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files are stale")
    options = parser.parse_args()
    try:
        spec = Spec(SPEC)
        outputs = {
            SURFACE: ruff(render_surface(spec, read_builders(OPERATIONS)), SURFACE),
            TYPES: ruff(render_types(), TYPES),
        }
    except SurfaceError as exc:
        print(f"gen_surface: {exc}", file=sys.stderr)
        return 2
    stale = False
    for path, text in outputs.items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current == text:
            continue
        if options.check:
            stale = True
            rel = str(path.relative_to(ROOT))
            sys.stderr.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True), rel, rel, n=1))
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("tnz_ext/_surface.py or types.py is stale: run 'make generate-surface' and commit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
