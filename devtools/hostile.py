"""A corpus of hostile HTTP requests, sent over raw sockets: what a client's mistakes and
an attacker's probes look like to a server.

Shared by the mock's tests (tests/mock/test_hostile.py, each case once) and `make soak`
(bench/soak.py, the corpus in a loop beside real work). Targets are picked from the spec
by what an operation is (an anonymous JSON route, a multipart upload, a route taking an
id), never by name, so the corpus follows the spec.

Every case expects an answer: a status line with a status below 500, or, for the cases
marked `expect`, that exact status. The cases that hang up early (`hangs_up`) expect
nothing; what they check is that the server notices nothing wrong (no traceback in its
log) and keeps serving.
"""

from __future__ import annotations

import contextlib
import functools
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from vimmerse_mock.settings import DEV_KEY
from vimmerse_mock.spec import Operation, Spec

Send = Callable[[socket.socket], None]


@dataclass(frozen=True)
class Case:
    name: str
    send: Send  # writes the request (all at once, slowly, or half of it)
    expect: int | None = None  # an exact status; None: any status below 500
    hangs_up: bool = False  # the client closes before the answer: none is read
    slow: bool = False  # waits for the server's read timeout


@dataclass
class Answer:
    status: int  # 0: the connection closed without a status line
    head: bytes = b""
    body: bytes = b""
    extra: dict[str, Any] = field(default_factory=dict)


def _all(data: bytes) -> Send:
    return lambda sock: sock.sendall(data)


def _then_close(data: bytes) -> Send:
    def send(sock: socket.socket) -> None:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_RDWR)

    return send


def request(
    method: str,
    path: bytes | str,
    body: bytes = b"",
    headers: dict[str, str | bytes] | None = None,
    *,
    length: int | None = None,
    extra: dict[str, str] | None = None,
    host: bytes = b"127.0.0.1",
) -> bytes:
    """One HTTP/1.1 request, exactly as given (no quoting, no checks); Connection: close."""
    raw_path = path.encode() if isinstance(path, str) else path
    lines = [method.encode() + b" " + raw_path + b" HTTP/1.1", b"Host: " + host]
    for name, value in {**(extra or {}), **(headers or {})}.items():
        lines.append(
            name.encode() + b": " + (value if isinstance(value, bytes) else value.encode())
        )
    lines.append(b"Content-Length: " + str(len(body) if length is None else length).encode())
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def exchange(host: str, port: int, case: Case, timeout: float = 30) -> Answer:
    """Send one case on a new connection and read the whole answer (until the server closes)."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        # The server may answer and close before the client is done sending.
        with contextlib.suppress(OSError):
            case.send(sock)
        if case.hangs_up:
            return Answer(0)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
    data = b"".join(chunks)
    head, _, body = data.partition(b"\r\n\r\n")
    parts = head.split(b" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[0].startswith(b"HTTP/") else 0
    return Answer(status, head, body)


BOUNDARY = "hostileboundary"


def multipart(*parts: tuple[bytes, bytes]) -> bytes:
    """A multipart body from (part headers, content) pairs, exactly as given."""
    b = BOUNDARY.encode()
    body = b"".join(b"--" + b + b"\r\n" + h + b"\r\n\r\n" + c + b"\r\n" for h, c in parts)
    return body + b"--" + b + b"--\r\n"


def _first(spec: Spec, test: Callable[[Operation], bool], what: str) -> Operation:
    for op in spec.operations:
        if test(op):
            return op
    raise LookupError(f"the spec has no {what}")


def _upload_field(op: Operation) -> str:
    schema = op.body["multipart/form-data"].get("schema", {})
    for name, prop in schema.get("properties", {}).items():
        item = prop.get("items", prop) if prop.get("type") == "array" else prop
        if item.get("format") == "binary":
            return str(name)
    raise LookupError(f"{op.operation_id} takes no file")


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\x18\xdd\x8d\xb0\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def corpus(spec: Spec, key: str = DEV_KEY, extra: dict[str, str] | None = None) -> list[Case]:
    """The hostile cases, aimed at routes chosen from `spec` by what they are; `extra`
    headers go on every well-formed request (the soak's `X-Mock-Fault: none`)."""
    req = functools.partial(request, extra=extra)
    anon = _first(
        spec, lambda op: op.anonymous and "application/json" in op.body, "anonymous JSON route"
    )
    keyed = _first(
        spec, lambda op: not op.anonymous and "application/json" in op.body, "JSON route"
    )
    upload = _first(
        spec, lambda op: "multipart/form-data" in op.body and op.body_required, "upload"
    )
    by_id = _first(
        spec,
        lambda op: op.method == "GET" and any(p.location == "path" for p in op.parameters),
        "route taking an id",
    )
    id_name = next(p.name for p in by_id.parameters if p.location == "path")

    def json_field(op: Operation) -> str | None:
        schema = op.body.get("multipart/form-data", {}).get("schema", {})
        props = schema.get("properties", {}).items()
        return next((n for n, p in props if p.get("contentMediaType") == "application/json"), None)

    json_in_form = _first(spec, lambda op: json_field(op) is not None, "JSON form field")
    hooked = _first(
        spec,
        lambda op: "application/json" in op.body and op.field_with_role("webhook") is not None,
        "JSON route with a webhook URL",
    )
    hook_field = str((hooked.field_with_role("webhook") or ("",))[0])
    file_field = _upload_field(upload)

    def at(op: Operation, value: str) -> str:
        return op.path.replace("{" + id_name + "}", value)

    auth: dict[str, str | bytes] = {spec.api_key_header: key}
    json_type: dict[str, str | bytes] = {"Content-Type": "application/json"}
    form: dict[str, str | bytes] = {
        **auth,
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
    }

    def post_json(
        op: Operation, body: bytes, headers: dict[str, str | bytes] | None = None
    ) -> bytes:
        return req("POST", op.path, body, {**json_type, **(headers or {})})

    def post_form(body: bytes, headers: dict[str, str | bytes] | None = None) -> bytes:
        return req("POST", upload.path, body, headers or form)

    def file_part(filename: bytes, name: bytes | None = None) -> tuple[bytes, bytes]:
        disposition = b'form-data; name="' + (name or file_field.encode()) + b'"; filename="'
        return (
            b"Content-Disposition: " + disposition + filename + b'"\r\nContent-Type: image/png',
            PNG,
        )

    deep = b'{"prompt": ' + b"[" * 600 + b"]" * 600 + b"}"
    cases = [
        # JSON: deep, malformed, not UTF-8, absurd numbers, the wrong shape.
        Case("deep JSON, anonymous", _all(post_json(anon, deep)), expect=422),
        Case("deep JSON objects", _all(post_json(keyed, b'{"a":' * 900 + b"1" + b"}" * 900, auth)), expect=422),
        Case("deep JSON, one level too many", _all(post_json(anon, b"[" * 100_000)), expect=422),
        Case("truncated JSON", _all(post_json(anon, b'{"option": "x", ')), expect=422),
        Case("JSON with NaN", _all(post_json(anon, b'{"duration": NaN}')), expect=422),
        Case("JSON 1e999", _all(post_json(anon, b'{"duration": 1e999}')), expect=422),
        Case("JSON huge integer", _all(post_json(anon, b'{"duration": 1' + b"0" * 10_000 + b"}")), expect=422),
        Case("JSON not UTF-8", _all(post_json(keyed, b'{"prompt": "\xff\xfe\xc0\xaf"}', auth)), expect=422),
        Case("JSON UTF-16", _all(post_json(keyed, '{"prompt": "x"}'.encode("utf-16"), auth)), expect=422),
        Case("JSON lone surrogate", _all(post_json(keyed, b'{"prompt": "\\ud800\\udfff\\udc00"}', auth))),
        Case("JSON NUL bytes", _all(post_json(keyed, b'{"prompt": "\\u0000\x00"}', auth))),
        Case("JSON an array", _all(post_json(keyed, b"[1, 2]", auth)), expect=422),
        Case("JSON duplicate keys", _all(post_json(keyed, b'{"prompt": 1, "prompt": "x"}', auth))),
        Case("JSON wrong content type", _all(req("POST", keyed.path, b"{}", {**auth, "Content-Type": "text/plain\xff"}))),
        # Multipart: no boundary, junk part names and headers, hostile file names.
        Case("multipart without boundary", _all(post_form(b"x", {**auth, "Content-Type": "multipart/form-data"})), expect=422),
        Case("multipart wrong boundary", _all(post_form(b"--other\r\n\r\nx\r\n--other--\r\n")), expect=422),
        Case("multipart part without disposition", _all(post_form(multipart((b"X-Junk: 1", b"x"))))),
        Case("multipart junk part names", _all(post_form(multipart(
            (b'Content-Disposition: form-data; name="a;b"', b"1"),
            (b'Content-Disposition: form-data; name="%zz"', b"2"),
            (b'Content-Disposition: form-data; name="\xff\xfe"', b"3"),
            (b'Content-Disposition: form-data; name="' + b"n" * 5000 + b'"', b"4"),
            file_part(b"ok.png"),
        )))),
        Case("multipart only junk parts", _all(post_form(multipart((b'Content-Disposition: form-data; name="x;y"', b"1")))), expect=422),
        Case("deep JSON in a form field", _all(req(json_in_form.method, json_in_form.path, multipart(
            (b'Content-Disposition: form-data; name="' + str(json_field(json_in_form)).encode() + b'"', b"[" * 900 + b"]" * 900),
        ), form)), expect=422),
        Case("multipart path in file name", _all(post_form(multipart(file_part(b"../../../etc/passwd.png"))))),
        Case("multipart absolute file name", _all(post_form(multipart(file_part(b"/etc/cron.d/x.png"))))),
        Case("multipart NUL in file name", _all(post_form(multipart(file_part(b"a\x00b.png"))))),
        Case("multipart non-UTF-8 file name", _all(post_form(multipart(file_part(b"\xff\xfe.png"))))),
        Case("multipart long file name", _all(post_form(multipart(file_part(b"x" * 4000 + b".png"))))),
        Case("multipart many parts", _all(post_form(multipart(*[(b'Content-Disposition: form-data; name="f"', b"1")] * 2000)))),
        Case("multipart many files", _all(post_form(multipart(*[file_part(b"a.png")] * 40))), expect=422),
        Case("multipart unterminated", _all(post_form(b"--" + BOUNDARY.encode() + b"\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nabc"))),
        # Ids and paths: traversal, encodings, NUL, not UTF-8, absurd length.
        Case("id traversal", _all(req("GET", at(by_id, "..%2F..%2Fetc%2Fpasswd"), headers=auth)), expect=404),
        Case("id dot-dot", _all(req("GET", at(by_id, ".."), headers=auth))),
        Case("id NUL", _all(req("GET", at(by_id, "%00"), headers=auth)), expect=404),
        Case("id not UTF-8", _all(req("GET", at(by_id, "").encode() + b"%ff%fe", headers=auth)), expect=404),
        Case("id raw bytes", _all(req("GET", at(by_id, "").encode() + b"\xff\xfe", headers=auth))),
        Case("id very long", _all(req("GET", at(by_id, "a" * 60_000), headers=auth))),
        Case("files traversal", _all(req("GET", "/files/uploads/../../mock.sqlite3")), expect=404),
        Case("files encoded traversal", _all(req("GET", "/files/uploads/" + "0" * 32 + "/..%2f..%2f..%2fmock.sqlite3")), expect=404),
        Case("files dot-dot name", _all(req("GET", "/files/uploads/" + "0" * 32 + "/%2e%2e")), expect=404),
        Case("files asset traversal", _all(req("GET", "/files/assets/..%2f..%2f/0.png")), expect=404),
        Case("absolute URI", _all(req("GET", "http://evil.example/_mock/health"))),
        Case("query junk", _all(req("GET", at(by_id, "x") + "?%ff=%00&&=&a=" + "b" * 10_000, headers=auth))),
        # Headers: a padded key is still the key; junk and huge values are refused cleanly.
        Case("key padded with spaces", _all(req("GET", "/_mock/credits", headers={spec.api_key_header: f"  {key}  "})), expect=200),
        Case("key not UTF-8", _all(req("GET", "/_mock/credits", headers={spec.api_key_header: b"\xff\xfe"})), expect=401),
        Case("header huge", _all(req("GET", "/_mock/health", headers={"X-Big": "v" * 200_000}))),
        Case("many headers", _all(req("GET", "/_mock/health", headers={f"X-H{i}": "v" for i in range(3000)}))),
        Case("bad request line", _all(b"NONSENSE\r\n\r\n"), expect=400),
        Case("binary garbage", _all(bytes(range(256)) * 4), expect=400),
        Case("bad chunked body", _all(
            b"POST " + anon.path.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
        ), expect=400),
        Case("content length and chunked", _all(
            b"POST " + anon.path.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
        )),
        # Size and speed: over the limit, silent mid-head and mid-body, gone mid-body.
        Case("declared too large", _all(req("POST", anon.path, b"{}", json_type, length=10**12)), expect=413),
        Case("sent too large", _all(post_json(anon, b'{"option": "' + b"x" * (11 * 2**20) + b'"}')), expect=413),
        Case("silent mid-body", _all(req("POST", anon.path, b'{"opt', json_type, length=100)), expect=408, slow=True),
        Case("silent mid-upload", _all(post_form(multipart(file_part(b"a.png"))[:-10], {**form, "Content-Length": "100000"})), slow=True),
        Case("silent mid-head", _all(b"POST " + anon.path.encode() + b" HTTP/1.1\r\nHost: x\r\n"), expect=408, slow=True),
        Case("silent before anything", _all(b""), slow=True),
        Case("gone mid-body", _then_close(req("POST", anon.path, b'{"opt', json_type, length=100)), hangs_up=True),
        Case("gone mid-upload", _then_close(post_form(multipart(file_part(b"a.png"))[:40], {**form, "Content-Length": "100000"})), hangs_up=True),
        Case("gone mid-head", _then_close(b"GET /_mock/he"), hangs_up=True),
        Case("gone before the answer", _then_close(post_json(anon, b'{"option": "x"}')), hangs_up=True),
        # The mock's own routes, shared: CSRF, DNS rebinding, sizes, bounds, what it calls.
        Case("control CSRF text/plain", _all(req("POST", "/_mock/reset", b"{}", {"Content-Type": "text/plain", "Origin": "https://evil.example"})), expect=403),
        Case("control cross-site fetch", _all(req("POST", "/_mock/durations", b'{"image": 1}', {"Sec-Fetch-Site": "cross-site"})), expect=403),
        Case("control rebound Host", _all(req("POST", "/_mock/reset", b"{}", host=b"rebound.example")), expect=403),
        Case("control page rebound Host", _all(req("GET", "/_mock/", host=b"rebound.example:8000")), expect=403),
        Case("control sink too large", _all(req("POST", "/_mock/webhook-sink", b"x" * (2 * 2**20), json_type)), expect=413),
        Case("control declared too large", _all(req("POST", "/_mock/webhook-sink", b"{}", json_type, length=10**12)), expect=413),
        Case("control silent mid-body", _all(req("POST", "/_mock/webhook-sink", b'{"a', json_type, length=100)), expect=408, slow=True),
        Case("control balance 1e23", _all(req("POST", "/_mock/credits", b'{"balance": 100000000000000000000000}', {**auth, **json_type})), expect=400),
        Case("control duration 1e300", _all(req("POST", "/_mock/durations", b'{"video": 1e300}', json_type)), expect=400),
        Case("websocket upgrade", _all(
            b"GET " + anon.path.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
        ), expect=403),
        Case("webhook lone surrogate", _all(post_json(hooked, b'{"' + hook_field.encode() + b'": "http://127.0.0.1:9/\\ud800"}', auth)), expect=200),
    ]  # fmt: skip
    return cases


def run(host: str, port: int, cases: list[Case]) -> Iterator[tuple[Case, Answer, float]]:
    """Each case on its own connection: (case, answer, seconds it took)."""
    for case in cases:
        start = time.monotonic()
        answer = exchange(host, port, case)
        yield case, answer, time.monotonic() - start


def problem(case: Case, answer: Answer) -> str | None:
    """What is wrong with the server's answer to `case`, or None."""
    if case.hangs_up:
        return None
    if answer.status == 0:
        return "no answer: the connection closed without a status line"
    if answer.status >= 500:
        return f"answered {answer.status}: {answer.body[:200]!r}"
    if case.expect is not None and answer.status != case.expect:
        return f"answered {answer.status}, expected {case.expect}: {answer.body[:200]!r}"
    return None
