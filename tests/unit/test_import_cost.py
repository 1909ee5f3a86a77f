"""What importing costs, checked by what gets imported (never by the clock: timings live in bench/).

``tnz --help`` must answer from the standard library (issue 14: start-up <= 250 ms), and
``import tnz_ext`` must not pay for httpx, the generated client or the 5,800-line surface before a
name is used. The packages resolve their public names on first use (PEP 562); these tests run
each scenario in a fresh interpreter and look at ``sys.modules``, and check that the lazy tables
agree with the names type checkers see.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
import tnz_api
import tnz_api.models

import tnz_ext

ROOT = Path(__file__).resolve().parents[2]

# What a command-line start-up or a bare `import tnz_ext` must not import.
HEAVY = (
    "httpx",
    "httpcore",
    "attrs",
    "tnz_api",
    "tnz_ext._client",
    "tnz_ext._surface",
    "tnz_ext._operations",
    "tnz_ext._xml",
    "tnz_ext._webhooks",
    "tnz_ext.types",
    "phonenumbers",
    "defusedxml",
    "jsonschema",
    "asyncio",
)


def _modules_after(code: str) -> set[str]:
    """Run ``code`` in a fresh interpreter; the modules it left imported."""
    script = textwrap.dedent(code) + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(f"{h}.") for h in HEAVY))


# ---------------------------------------------------------------------------------------- fresh interpreters
def test_import_tnz_ext_imports_nothing_heavy() -> None:
    modules = _modules_after("import tnz_ext")
    assert _heavy(modules) == []
    assert "typing" not in modules  # not even typing: the command line starts through this package


@pytest.mark.parametrize("argv", [["--help"], ["-h"], [], ["--version"], ["no-such-command"]])
def test_command_line_start_up_imports_nothing_heavy(argv: list[str]) -> None:
    modules = _modules_after(
        f"""
        import contextlib, io
        from tnz_ext.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main({argv!r})
        """
    )
    assert _heavy(modules) == []
    assert "importlib.metadata" not in modules  # --version reads the constant, not the metadata


@pytest.mark.parametrize("command", ["sms", "email", "fax", "voice", "tts", "status", "contacts", "groups"])
def test_a_commands_help_does_not_import_the_client(command: str) -> None:
    """``tnz sms --help`` builds the command's parser (from the spec), not a client or the bulk engine."""
    modules = _modules_after(
        f"""
        import contextlib, io
        from tnz_ext.cli import main
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            try:
                main([{command!r}, "--help"])
            except SystemExit:
                pass
        """
    )
    heavy = ("httpx", "httpcore", "tnz_ext._client", "tnz_ext.bulk", "asyncio", "phonenumbers")
    assert sorted(m for m in modules if any(m == h or m.startswith(f"{h}.") for h in heavy)) == []


def test_console_script_help_and_version_work_in_a_fresh_process() -> None:
    help_run = subprocess.run(
        [sys.executable, "-m", "tnz_ext.cli", "--help"], capture_output=True, text=True, timeout=120
    )
    assert help_run.returncode == 0
    assert "usage: tnz" in help_run.stdout
    version_run = subprocess.run(
        [sys.executable, "-m", "tnz_ext.cli", "--version"], capture_output=True, text=True, timeout=120
    )
    assert (version_run.returncode, version_run.stdout) == (0, f"tnz {tnz_ext.__version__}\n")


def test_first_use_of_a_name_imports_its_module_and_works() -> None:
    modules = _modules_after(
        """
        import sys
        import tnz_ext
        assert "tnz_ext._client" not in sys.modules
        client = tnz_ext.TNZClient(auth_token="t", base_url="https://api.example.test/api/v2.04")
        assert type(client).__module__ == "tnz_ext._client"
        client.close()
        """
    )
    assert {"tnz_ext._client", "httpx", "tnz_api"} <= modules


def test_a_light_name_pulls_in_only_its_own_module() -> None:
    # The errors and SMS helpers are plain Python: using them costs neither httpx nor the models.
    modules = _modules_after("from tnz_ext import ValidationError, sms_info\nsms_info('hi')")
    assert {"tnz_ext._errors", "tnz_ext._sms"} <= modules
    assert {m.split(".")[0] for m in _heavy(modules)} == {"attrs"}  # SMSInfo is an attrs class


def test_one_generated_model_imports_only_what_it_references() -> None:
    modules = _modules_after(
        """
        from tnz_api.models import SendResponse
        assert SendResponse.from_dict({"Result": "Success", "MessageID": "ID1"}).message_id == "ID1"
        """
    )
    models = sorted(m for m in modules if m.startswith("tnz_api.models."))
    assert models == ["tnz_api.models.call_result", "tnz_api.models.send_response"]
    assert "httpx" not in modules  # the package's clients are lazy too


# ---------------------------------------------------------------------------------------- the lazy tables
def _type_checking_imports(path: Path, package: str) -> dict[str, str]:
    """name -> defining module, from the imports under ``if TYPE_CHECKING:`` (what mypy sees)."""
    found: dict[str, str] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), ast.dump(stmt)
                base = importlib.util.resolve_name("." * stmt.level + (stmt.module or ""), package)
                for alias in stmt.names:
                    name = alias.asname or alias.name
                    found[name] = f"{base}.{alias.name}" if stmt.module is None else base
    return found


@pytest.mark.parametrize(
    ("package", "path"),
    [
        (tnz_ext, ROOT / "tnz_ext" / "__init__.py"),
        (tnz_api.models, ROOT / "generated" / "tnz_api" / "models" / "__init__.py"),
        (tnz_api, ROOT / "generated" / "tnz_api" / "__init__.py"),
    ],
    ids=["tnz_ext", "tnz_api.models", "tnz_api"],
)
def test_every_public_name_resolves_to_what_type_checkers_see(package: ModuleType, path: Path) -> None:
    name = package.__name__
    seen_by_mypy = _type_checking_imports(path, name)
    public: list[str] = list(package.__all__)
    assert set(public) <= set(seen_by_mypy)
    for attr, module in seen_by_mypy.items():
        value = getattr(package, attr)
        expected = importlib.import_module(module)
        assert value is (expected if module == f"{name}.{attr}" else getattr(expected, attr)), attr
        assert attr in dir(package)


@pytest.mark.parametrize("package", [tnz_ext, tnz_api.models, tnz_api], ids=["tnz_ext", "tnz_api.models", "tnz_api"])
def test_an_unknown_name_is_an_attribute_error(package: ModuleType) -> None:
    for missing in ("NoSuchThing", "tnzclient", "__path_hook__"):
        with pytest.raises(AttributeError, match=missing):
            getattr(package, missing)
        assert not hasattr(package, missing)
    with pytest.raises(ImportError):
        exec(f"from {package.__name__} import NoSuchThing", {})


def test_star_import_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from tnz_ext import *", namespace)
    assert set(tnz_ext.__all__) <= set(namespace)
    assert namespace["TNZClient"] is tnz_ext.TNZClient
