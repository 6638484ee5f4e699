"""Users import batches from the SDK's package, as everything else: `from vimmerse import
batch` is the runtime's batch API, every name of it."""

from __future__ import annotations

import vimmerse_core.batch as runtime
from vimmerse import VimmerseError, batch


def test_the_sdk_package_re_exports_the_runtime_batch_api() -> None:
    assert sorted(batch.__all__) == sorted(runtime.__all__)
    assert all(getattr(batch, name) is getattr(runtime, name) for name in runtime.__all__)


def test_invalid_rows_is_one_of_the_sdk_errors() -> None:
    assert issubclass(batch.InvalidRows, VimmerseError)
    assert issubclass(batch.InvalidRows, ValueError)
