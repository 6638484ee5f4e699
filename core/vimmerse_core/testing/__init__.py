"""Test code built on the SDK offline: the stateful mock in-process, and its controls.

Needs the mock extra (``pip install 'vimmerse[mock]'``). In pytest, the ``vimmerse_mock``
fixture (registered by the package's pytest plugin) gives each test a fresh mock::

    def test_thumbnail(vimmerse_mock):
        asset = vimmerse_mock.client.image.text_to_image(prompt="a fox", wait=True)
        assert asset.status == "success"

Outside pytest: ``with vimmerse.testing.MockAPI() as api: ...``. See the README's
"Testing your code" for the controls (``set_credits``, ``fail_next``, ``set_duration``,
``advance``, ``requests``, ``webhook_url``/``webhooks``).
"""

from .._guard import ForeignHostError
from ._api import MockAPI, RecordedRequest

__all__ = ["ForeignHostError", "MockAPI", "RecordedRequest"]
