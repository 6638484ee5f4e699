"""The README's example test file passes in a project outside the repository, using the
installed package: the plugin's fixture is found by entry point, nothing else is needed."""

from __future__ import annotations

import ast
from pathlib import Path

from devtools.user_project import readme_example, run


def test_the_readme_example_passes_in_a_user_project(tmp_path: Path) -> None:
    example = readme_example()
    tests = [
        node.name
        for node in ast.parse(example).body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    ]
    result = run(tmp_path / "project", example)
    assert result.returncode == 0, result.output
    assert result.outcomes == dict.fromkeys(tests, "passed"), result.output


def test_a_broken_expectation_fails_there(tmp_path: Path) -> None:
    # The harness can fail: a test expecting the wrong error is reported as failed.
    broken = readme_example().replace(
        'vimmerse.InsufficientCreditError):\n        vimmerse_mock.client.image.text_to_image(prompt="a fox")',
        'vimmerse.NotFoundError):\n        vimmerse_mock.client.image.text_to_image(prompt="a fox")',
    )
    assert broken != readme_example()
    result = run(tmp_path / "project", broken)
    assert result.returncode == 1
    assert result.outcomes["test_no_credit"] == "failed"
