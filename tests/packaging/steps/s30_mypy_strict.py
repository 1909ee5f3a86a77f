"""Step: user code type-checks with `mypy --strict` against the installed wheel (py.typed shipped),
and a misspelt keyword fails it."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

RIGHT = """\
from tnz_ext import TNZClient, ValidationError
from tnz_api.models import SendResponse

with TNZClient(auth_token="t") as client:
    client.actions.pacing("order-1001", number_of_operators=4)
    try:
        result: SendResponse = client.messaging.sms("Hello", to="+6421000001")
    except ValidationError as exc:
        print(exc.field)
"""
TYPO = RIGHT.replace("number_of_operators=4", "number_of_operator=4")

with tempfile.TemporaryDirectory() as tmp:
    for name, code in (("right", RIGHT), ("typo", TYPO)):
        Path(tmp, f"{name}.py").write_text(code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            os.devnull,
            "right.py",
            "typo.py",
        ],
        cwd=tmp,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
report = done.stdout + done.stderr
assert done.returncode == 1, report
assert "right.py" not in report, report
assert 'typo.py:5: error: Unexpected keyword argument "number_of_operator"' in report, report
print("mypy --strict: user code passes, the typo fails")
