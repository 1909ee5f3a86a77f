"""Build the API reference (``make docs``) from the docstrings with pdoc; any warning fails it.

Documents every public module of ``tnz_ext`` and ``tnz_api`` (private ``_x`` modules are shown
through the public names they re-export). Output: ``docs/api/`` (git-ignored).
"""

from __future__ import annotations

import logging
import pkgutil
import shutil
import sys
import warnings
from pathlib import Path

import pdoc
import pdoc.render

OUT = Path(__file__).resolve().parent / "api"
PACKAGES = ("tnz_ext", "tnz_api")


def public_modules() -> list[str]:
    """Each package and its public direct children: pdoc walks deeper packages (``tnz_api.api``) by
    itself, but not past a package whose ``__all__`` names only classes and functions."""
    found: list[str] = []
    for name in PACKAGES:
        package = __import__(name)
        found.append(name)
        found += [
            f"{name}.{info.name}" for info in pkgutil.iter_modules(package.__path__) if not info.name.startswith("_")
        ]
    return sorted(found)


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def main(out: Path = OUT, modules: list[str] | None = None) -> int:
    modules = public_modules() if modules is None else modules
    shutil.rmtree(out, ignore_errors=True)
    logged = _Count()
    logging.getLogger().addHandler(logged)
    pdoc.render.configure(docformat="restructuredtext", show_source=False, search=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*modules, output_directory=out)
    problems = [f"warning: {w.category.__name__}: {w.message} ({w.filename}:{w.lineno})" for w in caught]
    problems += [f"{r.levelname.lower()}: {r.getMessage()}" for r in logged.records]
    for line in problems:
        print(line, file=sys.stderr)
    pages = sorted(out.rglob("*.html"))
    print(f"docs: {len(modules)} modules, {len(pages)} pages in {out}, {len(problems)} warnings")
    return 1 if problems or not pages else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
