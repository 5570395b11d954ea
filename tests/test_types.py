"""The model is plain dataclasses a type checker understands, and the build type-checks."""
import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_finds_no_type_errors_in_the_build():
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues found" in done.stdout
