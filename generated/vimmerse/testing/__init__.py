# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Test code built on the SDK offline: the stateful mock in-process, and its controls.

Needs the mock extra (``pip install 'vimmerse[mock]'``). In pytest, the ``vimmerse_mock``
fixture (registered by the package's pytest plugin) gives each test a fresh mock::

    def test_thumbnail(vimmerse_mock):
        asset = vimmerse_mock.client.image.text_to_image(prompt="a fox", wait=True)
        assert asset.status == "success"

Outside pytest: ``with vimmerse.testing.MockAPI() as api: ...``. See the README's
"Testing your code" for the controls (``set_credits``, ``fail_next``, ``set_duration``,
``advance``, ``requests``, ``webhook_url``/``webhooks``). Inside either, the environment
points at the mock and an API request to another host is refused (``ForeignHostError``).
"""

from vimmerse_core.testing import ForeignHostError, RecordedRequest
from vimmerse_core.testing import MockAPI as _MockAPI

from .._client import AsyncVimmerse, Vimmerse
from ..models.webhook_payload import WebhookPayload
from ..webhooks import parse

__all__ = ["ForeignHostError", "MockAPI", "RecordedRequest"]


class MockAPI(_MockAPI[Vimmerse, AsyncVimmerse, WebhookPayload]):
    __doc__ = _MockAPI.__doc__

    _client_class = Vimmerse
    _async_client_class = AsyncVimmerse
    _parse_webhook = staticmethod(parse)
