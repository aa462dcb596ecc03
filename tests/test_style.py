"""The code style the project holds itself to: ruff's lint rules and formatting, as configured."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT

PATHS = ["geo", "tools", "bench", "tests", "build_map.py"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff(command: list[str]) -> None:
    ruff = shutil.which("ruff")
    assert ruff, "ruff is a test dependency: pip install -e '.[test]'"
    proc = subprocess.run([ruff, *command, *PATHS], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
