# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The pytest plugin (entry point `pytest11`): the `vimmerse_mock` fixture, its markers
and the `--vimmerse-record` option."""

from vimmerse_core.testing.pytest_plugin import (
    fixtures,
    pytest_addoption,
    pytest_configure,
    pytest_runtest_call,
)

from . import MockAPI

__all__ = ["pytest_addoption", "pytest_configure", "pytest_runtest_call", "vimmerse_mock"]

_vimmerse_mock_session, vimmerse_mock = fixtures(MockAPI)
