# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The pytest plugin (entry point `pytest11`): the `vimmerse_mock` fixture."""

from vimmerse_core.testing.pytest_plugin import fixtures

from . import MockAPI

_vimmerse_mock_session, vimmerse_mock = fixtures(MockAPI)
