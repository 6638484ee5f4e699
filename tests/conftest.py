"""Fixtures shared by more than one test folder."""

from __future__ import annotations

import pytest

from tests.regenerated import GeneratedPackage, generate


@pytest.fixture(scope="session")
def package_with_new_operations(tmp_path_factory: pytest.TempPathFactory) -> GeneratedPackage:
    """The package generated from the spec plus SHARPEN and VOICES (tests/regenerated.py):
    once per session, for the SDK and the CLI tests."""
    return generate(tmp_path_factory.mktemp("new-operations"))
