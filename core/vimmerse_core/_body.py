"""Reading an answer's body into memory, within a size cap.

API answers are small JSON documents; a server that sends hundreds of megabytes (a bug, a
proxy's error page, an attack) must not take the client's memory with it: a 200 MB answer
cost 1 GB of RSS to read and parse. The cap applies to the decoded bytes, so a compressed
bomb stops at the same size.
"""

from __future__ import annotations

import httpx

from ._deadline import UNBOUNDED, Deadline, DeadlinePassed, timed_out
from ._errors import APIResponseValidationError, scrub
from ._response import excerpt

MAX_ANSWER_BYTES = 16 * 1024 * 1024


class ResponseTooLargeError(APIResponseValidationError):
    """A successful answer was larger than ``MAX_ANSWER_BYTES``; it was not read whole."""


def _too_large(response: httpx.Response, limit: int, start: bytes = b"") -> ResponseTooLargeError:
    request = response.request
    return ResponseTooLargeError(
        f"The {response.status_code} answer to {request.method} {request.url.path} is larger "
        f"than {limit:,} bytes: not read",
        response=response,
        body=None,
        excerpt=excerpt(start),
    )


class UndecodableAnswerError(APIResponseValidationError):
    """A successful answer whose body did not decode as its ``Content-Encoding`` says
    (a gzip answer that is not gzip)."""


def _undecodable(body: _Collector, exc: httpx.DecodingError) -> None:
    """A success cannot be read: raised. An error's body is what decoded before the
    failure, and its status error follows as usual."""
    response = body.response
    body.done()
    if response.is_success:
        request = response.request
        encoding = response.headers.get("content-encoding", "?")
        raise scrub(
            UndecodableAnswerError(
                f"The {response.status_code} answer to {request.method} {request.url.path} could"
                f" not be decoded (Content-Encoding: {encoding}): {exc}",
                response=response,
                body=None,
                excerpt=excerpt(response.content),
            )
        ) from exc


def _declared(response: httpx.Response) -> int:
    try:
        return int(response.headers.get("content-length", 0))
    except ValueError:
        return 0


class _Collector:
    """Bytes up to ``limit``; past it, an error for a success and a cut for an error."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.response = response
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        if response.is_success and _declared(response) > limit:
            raise _too_large(response, limit)

    def add(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False once the cap is reached (an error's body is cut there)."""
        self._size += len(chunk)
        if self._size > self._limit:
            if self.response.is_success:
                first = self._chunks[0] if self._chunks else chunk
                raise _too_large(self.response, self._limit, first)
            self._chunks.append(chunk[: len(chunk) - (self._size - self._limit)])
            return False
        self._chunks.append(chunk)
        return True

    def done(self) -> None:
        # What httpx's own read() leaves behind, so .content and .json() work as usual.
        self.response._content = b"".join(self._chunks)


def read(
    response: httpx.Response, deadline: Deadline = UNBOUNDED, limit: int = MAX_ANSWER_BYTES
) -> None:
    """Read the body into ``response.content``, within ``limit`` and the call's deadline."""
    body = _Collector(response, limit)
    try:
        for chunk in deadline.checked(response.iter_bytes()):
            if not body.add(chunk):
                break
    except DeadlinePassed as exc:
        raise timed_out(exc, response.request) from exc
    except httpx.DecodingError as exc:
        _undecodable(body, exc)
        return
    body.done()


async def aread(
    response: httpx.Response, deadline: Deadline = UNBOUNDED, limit: int = MAX_ANSWER_BYTES
) -> None:
    body = _Collector(response, limit)
    if hasattr(response, "_content"):  # the transport read it whole (_transport.READ_WHOLE)
        body.add(response.content)
        body.done()
        return
    try:
        async for chunk in deadline.async_checked(response.aiter_bytes()):
            if not body.add(chunk):
                break
    except DeadlinePassed as exc:
        raise timed_out(exc, response.request) from exc
    except httpx.DecodingError as exc:
        _undecodable(body, exc)
        return
    body.done()


def unbind(response: httpx.Response) -> None:
    """Once the body is in memory and the stream closed: a plain stream in its place.

    httpx's client wraps every answer's stream in one that refers back to the answer (to
    time it on close), so each answer was a reference cycle left to the garbage collector:
    ~60 µs of the async client's CPU per request under fan-out (make bench's CPU row).
    """
    response.stream = httpx.ByteStream(response.content)
