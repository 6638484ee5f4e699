from __future__ import annotations

import pytest

from tests.spec.helpers import all_examples


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # One test per example in the spec, named by its JSON pointer.
    if "example" in metafunc.fixturenames:
        examples = all_examples()
        metafunc.parametrize("example", examples, ids=[e.where for e in examples])
