"""Record the real API once, replay it offline (`vimmerse-mock --record` / `--replay`).

A recording is a directory: one JSON file per exchange (the request, and the answer's
status, headers and body, human-diffable) and `files/` beside them holding the result
files and any answer body that is not JSON or text, as WireMock keeps `__files` beside
its mappings. What the spec marks secret (the key's header, URL userinfo, `format:
password` fields) is never written (secrets.py). Every answer is checked against the
spec on record and on replay, into the drift report of `vimmerse spec drift` (check.py).
"""

from vimmerse_mock.recording.exchange import Recordings
from vimmerse_mock.recording.recorder import Recorder
from vimmerse_mock.recording.replay import Replayer

__all__ = ["Recorder", "Recordings", "Replayer"]
