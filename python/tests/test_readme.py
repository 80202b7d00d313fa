"""The README's Python section works exactly as written."""

import contextlib
import io

from conftest import REPO, readme_blocks


def test_python_example_prints_what_the_readme_shows():
    example, _spark = readme_blocks("python")
    [expected] = readme_blocks("text")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example, "README.md", "exec"), {})
    assert out.getvalue() == expected
    assert len(example.splitlines()) == 3


def test_install_command_is_the_one_ci_runs():
    [install] = readme_blocks("sh")
    ci = (REPO / "python" / "ci.sh").read_text(encoding="utf-8")
    assert install.strip() == "pip install ./python"
    lines = [line.strip() for line in ci.splitlines()]
    assert install.strip() in lines
    assert "pytest python/tests -rs || rc=$?" in lines
