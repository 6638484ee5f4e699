"""Every default of the SDK and the CLI, each in one place.

The clients, ``wait()``, the CLI's options and their help read them from here; the base
URL is not among them: it is the spec's first server (the manifest's ``base_url``).
"""

from __future__ import annotations

# Where a client (and the CLI) reads its key and server when none is passed.
API_KEY_VARIABLE = "VIMMERSE_API_KEY"
BASE_URL_VARIABLE = "VIMMERSE_BASE_URL"

MAX_RETRIES = 2
"""How many times a failed request may be retried (0 disables)."""

# Connecting should be quick; a synchronous generation call (async_mode off) holds the
# connection open until the image or video is ready, which takes minutes, and large video
# uploads need a long write timeout too.
# Seconds per phase, as httpx.Timeout takes them (plain numbers: the CLI's help reads this
# module and must not pay for importing httpx).
TIMEOUT = {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 10.0}

MAX_WAIT_SECONDS = 30 * 60.0
"""How long ``wait()`` follows a job before it gives up (``WaitTimeoutError``)."""

POLL_INTERVAL = 0.25
"""The first pause between two polls of a job; it grows by ``_polling.POLL_BACKOFF``: a
1 s job is seen done ~0.2 s late."""

MAX_DOWNLOAD_BYTES: int | None = 4 * 1024**3
"""The most bytes one downloaded file may have, counted decoded (so a gzip bomb stops at the
same size): well above any image or video the API makes, well below a disk. None: no cap."""

BATCH_CONCURRENCY = 16
"""Rows of a batch in flight at once, from submit to download; the client's own request
slots bound the requests within (and give polls their priority)."""
