"""What a user gets from `pip install tnz-sdk`: the wheel, built and installed outside the repo.

The session builds the sdist and, from it, the wheel (``python -m build``, no isolation: the
pinned hatchling of the dev venv), installs the wheel (and mypy, for a user's type check) with
``-c constraints.txt`` into a fresh virtualenv in a temporary directory,
starts Prism (from the repository's node_modules) on the spec shipped *inside the installed
package*, and runs every script of ``tests/packaging/steps/`` with the new venv's interpreter,
from a scratch directory, with no PYTHONPATH: nothing of the repository is importable there.

To add a step (in-process fake, webhook receivers...), drop a script into ``steps/``. It gets
``$TNZ_MOCK_URL`` (the Prism above), ``$TNZ_AUTH_TOKEN``, ``$TNZ_PRISM`` (Prism's executable,
for steps that start their own) and ``$TNZ_SITE_PACKAGES`` (where the wheel was installed), and
passes by exiting 0; its cwd is a scratch directory of its own. Steps run in name order.
"""

from __future__ import annotations

import email.parser
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import tnz_ext
from tnz_ext.testing import PrismMock

ROOT = Path(__file__).resolve().parents[2]
STEPS = sorted((Path(__file__).parent / "steps").glob("*.py"))
pytestmark = pytest.mark.packaging


class Installed:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.python = root / "venv" / "bin" / "python"
        self.scratch = root / "scratch"

    def run(self, args: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> str:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TNZ_", "VIRTUAL_ENV"))}
        done = subprocess.run(
            [str(self.python), *args], cwd=self.scratch, env={**clean, **(env or {})},
            capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done.stdout


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist, then the wheel built from that sdist (so the sdist is proven complete)."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="session")
def wheel(dist: Path) -> Path:
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    place = Installed(tmp_path_factory.mktemp("user"))
    assert ROOT not in place.root.parents, "the venv must live outside the repository"
    place.scratch.mkdir()
    venv.EnvBuilder(with_pip=True, clear=True).create(place.root / "venv")
    constraints = str(ROOT / "constraints.txt")
    # mypy (pinned by constraints.txt) for the step that type-checks user code against the wheel.
    place.run(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", constraints, str(wheel), "mypy"])
    return place


@pytest.fixture(scope="session")
def installed_prism(installed: Installed) -> Iterator[PrismMock]:
    where = "from tnz_ext.testing import bundled_spec_path; print(bundled_spec_path())"
    spec = Path(installed.run(["-c", where]).strip())
    assert installed.root in spec.parents, f"the spec must come from the installed package, not {spec}"
    mock = PrismMock(spec=spec, prism=ROOT / "node_modules" / ".bin" / "prism")
    mock.start()
    try:
        yield mock
    finally:
        mock.stop()


def test_wheel_holds_the_packages_the_spec_and_the_license(wheel: Path) -> None:
    assert wheel.name == f"tnz_sdk-{tnz_ext.__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        dist_info = f"tnz_sdk-{tnz_ext.__version__}.dist-info"
        metadata = email.parser.Parser().parsestr(zf.read(f"{dist_info}/METADATA").decode())
    assert {"tnz_ext/__init__.py", "tnz_ext/py.typed", "tnz_api/__init__.py", "tnz_api/openapi.json"} <= names
    assert f"{dist_info}/licenses/LICENSE" in names
    assert {name.split("/")[0] for name in names} == {"tnz_ext", "tnz_api", dist_info}  # no tests, bench...
    assert metadata["Name"] == "tnz-sdk"
    assert metadata["License-Expression"] == "MIT"
    assert "Typing :: Typed" in metadata.get_all("Classifier", [])
    assert metadata["Keywords"] and metadata.get_all("Project-URL")


def test_sdist_holds_sources_docs_and_license_only(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = {name.split("/", 1)[1] for name in tf.getnames() if "/" in name}
    assert {"README.md", "CONTRIBUTING.md", "LICENSE", "pyproject.toml", "openapi/tnz.yaml"} <= names
    assert {"tnz_ext/__init__.py", "generated/tnz_api/openapi.json"} <= names
    assert not [name for name in names if name.startswith(("tests/", "bench/", "examples/", ".ci/"))]


def test_steps_exist() -> None:
    assert STEPS, "tests/packaging/steps/ is empty: the installed package would go untested"


@pytest.mark.parametrize("step", STEPS, ids=[step.stem for step in STEPS])
def test_step_in_the_installed_venv(installed: Installed, installed_prism: PrismMock, step: Path) -> None:
    site = installed.run(["-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip()
    installed.run(
        [str(step)],
        env={
            "TNZ_MOCK_URL": installed_prism.url,
            "TNZ_AUTH_TOKEN": "wheel-test-token",
            "TNZ_PRISM": str(ROOT / "node_modules" / ".bin" / "prism"),
            "TNZ_SITE_PACKAGES": site,
        },
    )


_AIOHTTP_STEP = """
import asyncio, importlib.util, os
from tnz_ext import AsyncTNZClient

async def main() -> None:
    async with AsyncTNZClient(base_url=os.environ["TNZ_MOCK_URL"]) as client:
        assert client.transport == "aiohttp", client.transport
        sent = await asyncio.gather(*(client.messaging.sms("Hi", to="+6421000001") for _ in range(8)))
        assert all(r.result == "Success" and r.message_id for r in sent), sent

assert importlib.util.find_spec("aiohttp") is not None
assert importlib.util.find_spec("httpx_aiohttp") is None  # the extra needs aiohttp only
asyncio.run(main())
print("ok")
"""


def test_the_aiohttp_extra_installs_and_sends(
    wheel: Path, installed_prism: PrismMock, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``pip install 'tnz-sdk[aiohttp]'`` in a venv of its own: AsyncTNZClient picks aiohttp and sends."""
    place = Installed(tmp_path_factory.mktemp("user-aiohttp"))
    place.scratch.mkdir()
    venv.EnvBuilder(with_pip=True, clear=True).create(place.root / "venv")
    constraints = str(ROOT / "constraints.txt")
    pip = ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-c", constraints]
    place.run([*pip, f"{wheel}[aiohttp]"])
    env = {"TNZ_MOCK_URL": installed_prism.url, "TNZ_AUTH_TOKEN": "wheel-test-token"}
    out = place.run(["-c", _AIOHTTP_STEP], env=env)
    assert out.strip() == "ok"
