"""Printing: results on stdout (plain ``Key: value`` lines, or JSON with ``--json``), errors as one
line on stderr (or a JSON object on stdout with ``--json``, so a script reads one stream)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

__all__ = ["Output"]


def _plain(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class Output:
    def __init__(self, *, json: bool = False) -> None:
        self.json = json

    def record(self, data: dict[str, Any], *, text: str | None = None) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False), flush=True)
        elif text is not None:
            print(text, flush=True)
        else:
            for key, value in data.items():
                print(f"{key}: {_plain(value)}")
            sys.stdout.flush()

    def model(self, model: Any) -> None:
        """A generated model, as its wire dict (TNZ's own field names)."""
        self.record(model.to_dict())

    def items(self, models: Iterable[Any]) -> None:
        """One per line: JSON lines with --json, else a blank line between records."""
        first = True
        for model in models:
            data = model.to_dict()
            if self.json:
                print(json.dumps(data, ensure_ascii=False))
                continue
            if not first:
                print()
            first = False
            for key, value in data.items():
                print(f"{key}: {_plain(value)}")
        sys.stdout.flush()

    def fail(self, code: int, message: str, **extra: Any) -> int:
        line = " ".join(message.split())  # one line, whatever the error held
        if self.json:
            print(json.dumps({"error": line, "exit_code": code, **extra}, ensure_ascii=False), flush=True)
        else:
            sys.stderr.write(f"tnz: error: {line}\n")
        return code
