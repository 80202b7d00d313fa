"""The type stubs describe the extension module as it is (mypy's stubtest)."""

import subprocess
import sys

import pytest


def test_stubs_match_the_runtime_module(tmp_path):
    pytest.importorskip("mypy", reason="mypy is not installed (python/ci.sh installs it)")
    out = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "--ignore-disjoint-bases", "korex._korex"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
