"""Step: the installed `tnz` console script (the wheel's entry point): help, a send, a bulk run."""

import json
import os
import subprocess
import sys
from pathlib import Path

tnz = str(Path(sys.executable).with_name("tnz"))  # the script pip wrote next to the venv's python
env = {**os.environ, "TNZ_BASE_URL": os.environ["TNZ_MOCK_URL"]}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tnz, *args], env=env, capture_output=True, text=True, timeout=300, check=False)


done = run("--help")
assert done.returncode == 0 and "bulk" in done.stdout and "exit codes" in done.stdout, done
done = run("sms", "Hello from the installed command", "--to", "+6421000001", "--json")
assert done.returncode == 0 and json.loads(done.stdout)["Result"] == "Success", done
done = run("sms", "Hello", "--to", "12")
assert done.returncode == 2 and done.stderr.startswith("tnz: error: ") and "Traceback" not in done.stderr, done

Path("contacts.csv").write_text("to,First Name\n+6421000001,Ann\n+6421000002,Bob\n", encoding="utf-8")
done = run("bulk", "sms", "contacts.csv", "--message", "Hi [[FirstName]]", "--journal", "run.sqlite", "--json")
assert done.returncode == 0, done
assert json.loads(done.stdout.splitlines()[-1])["by_state"] == {"sent": {"batches": 1, "recipients": 2}}, done

loaded = subprocess.run(
    [sys.executable, "-c", "import sys, tnz_ext; print([m for m in sys.modules if m.startswith('tnz_ext.cli')])"],
    capture_output=True,
    text=True,
    check=True,
)
assert loaded.stdout.strip() == "[]", loaded.stdout  # import tnz_ext never loads the command line
