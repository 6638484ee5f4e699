# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The pytest plugin (entry point `pytest11`): the `vimmerse_mock` fixture, and the marker
that lets a test reach API hosts other than the mock's."""

from vimmerse_core.testing.pytest_plugin import fixtures, pytest_configure, pytest_runtest_call

from . import MockAPI

__all__ = ["pytest_configure", "pytest_runtest_call", "vimmerse_mock"]

_vimmerse_mock_session, vimmerse_mock = fixtures(MockAPI)
