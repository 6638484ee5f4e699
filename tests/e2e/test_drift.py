"""The SDK (sync and async) and the CLI against a server that moved on: the stateful mock
in drift mode (`--drift SEED`), which answers fields, enum values and omissions the spec
lacks (tests/e2e/drift.py says what is checked).

Every operation of the surface manifest runs with its minimal call (tests/e2e/cases.py),
then `get`, `wait`, downloads and raw `.parse()` as a user strings them together. Nothing
may fail, and what the mock changed must be readable from what came back. A few seeds,
chosen to swap every enum location between them, each on its own mock process.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
import typer
from typer.testing import CliRunner

from devtools.receiver import Receiver
from devtools.servers import free_port, start_server
from tests.e2e.cases import MINIMAL, OPERATION_IDS, OPERATIONS, Call, Values, build, return_types
from tests.e2e.drift import Captured, Planned, drift_seeds, kept, outside, struck
from tests.e2e.support import (
    FAST_POLL,
    KEY,
    READY_PATH,
    ROOT,
    STATEFUL,
    Target,
    async_client,
    mock_argv,
    mock_env,
    sync_client,
)
from vimmerse import JobProgress, Vimmerse
from vimmerse._client import SURFACE
from vimmerse_core import _base_client as base_client
from vimmerse_core._waits import asset_urls
from vimmerse_core.cli._app import build as build_cli
from vimmerse_mock import formats

SEEDS = drift_seeds()
BY_ID = {op.operation_id: op for op in OPERATIONS}
DURATIONS = {"image": 0.05, "video": 0.05, "media": 0.3}
TIMEOUT = 30.0
DRIFT_SUMMARY = "test_every_change_the_mock_made_was_read_back"
# (seed, operation, kind, path) of the changes seen kept in an SDK or CLI result, and of
# those in an envelope the SDK unwraps by design (`{"data": media}` answers the Media; the
# envelope stays readable through `with_raw_response`).
READ_BACK: set[tuple[int, str, str, str]] = set()
ENVELOPE: set[tuple[int, str, str, str]] = set()
EXERCISED: set[tuple[int, str]] = set()  # (seed, operation) of the answers checked


class DriftTarget(Target):
    plan: dict[str, list[Planned]]


def _ids(url: str) -> dict[str, str]:
    """An asset and a finished media for the path parameters, made without the SDK (so a
    failure here is the mock's, not the code under test)."""
    headers = {"X-Api-Key": KEY}
    with httpx.Client(base_url=url, headers=headers, timeout=10) as http:
        upload = http.post("/v2/image", files={"image_file": ("a.png", formats.png(16, 9, "d"))})
        upload.raise_for_status()
        made = http.post("/media/prompt", json={"title": "drift ids"})
        made.raise_for_status()
        media_id = made.json()["data"]["id"]
        deadline = time.monotonic() + TIMEOUT
        # The media's video is served once the job is done: a non-JSON answer, never drifted.
        while http.get(f"/media/{media_id}/download").status_code != 200:
            assert time.monotonic() < deadline, "the ids' media never finished"
            time.sleep(FAST_POLL)
    return {"asset_id": upload.json()["id"], "media_id": media_id}


def _start(seed: int, log_dir: Path, data_dir: Path) -> DriftTarget:
    port = free_port()
    server = start_server(
        f"e2e-drift-{seed}",
        mock_argv(port, data_dir, DURATIONS, "--drift", str(seed)),
        port=port,
        log_dir=log_dir,
        cwd=ROOT,
        ready_path=READY_PATH,
        env=mock_env(),
    )
    try:
        target = DriftTarget(STATEFUL, server, KEY, _ids(server.url))
        plan = httpx.get(f"{server.url}/_mock/drift", timeout=5).json()["plan"]
    except BaseException:
        server.stop()
        raise
    target.plan = {}
    for item in plan:
        change = Planned.from_json(item)
        target.plan.setdefault(change.operation, []).append(change)
    return target


@pytest.fixture(scope="session")
def drift_mocks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, DriftTarget]]:
    logs = tmp_path_factory.mktemp("drift-logs")
    with ThreadPoolExecutor(len(SEEDS)) as pool:
        futures = {
            seed: pool.submit(_start, seed, logs, tmp_path_factory.mktemp(f"drift-{seed}"))
            for seed in SEEDS
        }
        started: dict[int, DriftTarget] = {}
        errors = []
        for seed, future in futures.items():
            try:
                started[seed] = future.result()
            except BaseException as exc:  # stop the others before failing
                errors.append(exc)
    try:
        if errors:
            raise errors[0]
        yield started
    finally:
        for target in started.values():
            target.server.stop()


def check_answer(seed: int, target: DriftTarget, operation: str, body: Any, result: Any) -> None:
    """`result`: what the SDK (or CLI) made of the raw answer `body` of `operation`."""
    problems: list[str] = []
    EXERCISED.add((seed, operation))
    for change in target.plan.get(operation, []):
        if not struck(change, body):
            continue
        key = (seed, change.operation, change.kind, change.path)
        if outside(change, body):
            ENVELOPE.add(key)
            continue
        found = kept(change, body, result)
        problems += found
        if not found:
            READ_BACK.add(key)
    assert not problems, "drifted data lost:\n  " + "\n  ".join(problems)


def check_kept(seed: int, target: DriftTarget, captured: Captured, results: dict[str, Any]) -> None:
    """`results`: operationId -> what the SDK (or CLI) handed back for its last answer."""
    for operation, result in results.items():
        check_answer(seed, target, operation, captured.last(operation), result)


class Polls:
    """An `on_progress` callback: what each poll of a wait parsed, beside the raw answer it
    came from (the latest one: a wait starting from the caller's copy polls it first)."""

    def __init__(self, captured: Captured) -> None:
        self.captured = captured
        self.seen: list[tuple[str, Any, JobProgress[Any]]] = []

    def __call__(self, progress: JobProgress[Any]) -> None:
        operation, body = self.captured.answers[-1]
        self.seen.append((operation, body, progress))

    def check(self, seed: int, target: DriftTarget) -> None:
        assert self.seen, "wait() reported no poll"
        for operation, body, progress in self.seen:
            check_answer(seed, target, operation, body, progress.last)
            if isinstance(body, dict) and isinstance(body.get("status"), str):
                assert progress.status == body["status"], "the callback saw another status"


def _call(op: str, target: Target, receiver: Receiver) -> Call:
    return build(BY_ID[op], MINIMAL, Values(STATEFUL, target.ids, receiver.url))


def _arguments(call: Call, tmp_path: Path) -> dict[str, Any]:
    kwargs = dict(call.kwargs)
    if call.sends_dest:
        kwargs["dest"] = tmp_path / f"{call.op.operation_id}.mp4"
    return kwargs


operations = pytest.mark.parametrize("op", OPERATION_IDS)
seeds = pytest.mark.parametrize("seed", SEEDS)


# ----------------------------------------------------------------------------- SDK
@seeds
@operations
def test_sync_sdk_keeps_what_the_drifted_answer_says(
    seed: int, op: str, drift_mocks: dict[int, DriftTarget], hook_receiver: Receiver, tmp_path: Path
) -> None:
    target = drift_mocks[seed]
    call, captured = _call(op, target, hook_receiver), Captured()
    with sync_client(target, hooks=[captured.sync_hook]) as client:
        method = getattr(getattr(client, call.op.resource), call.op.method)
        result = method(**_arguments(call, tmp_path))
    assert isinstance(result, return_types(call.op))
    if isinstance(result, Path):
        assert result.is_file() and result.stat().st_size > 0
    else:
        check_kept(seed, target, captured, {op: result})


@seeds
@operations
@pytest.mark.anyio
async def test_async_sdk_keeps_what_the_drifted_answer_says(
    seed: int, op: str, drift_mocks: dict[int, DriftTarget], hook_receiver: Receiver, tmp_path: Path
) -> None:
    target = drift_mocks[seed]
    call, captured = _call(op, target, hook_receiver), Captured()
    async with async_client(target, hooks=[captured.async_hook]) as client:
        method = getattr(getattr(client, call.op.resource), call.op.method)
        result = await method(**_arguments(call, tmp_path))
    assert isinstance(result, return_types(call.op))
    if isinstance(result, Path):
        assert result.is_file() and result.stat().st_size > 0
    else:
        check_kept(seed, target, captured, {op: result})


def _started_async(target: Target) -> tuple[Call, dict[str, Any]]:
    """The first asset job of the manifest that can answer at once, and the arguments that
    ask it to (its `x-vimmerse-role: async` field), so `wait` has a job to follow."""
    from vimmerse._client import SURFACE

    spec = next(o for o in SURFACE.operations() if o.waits and o.job == "asset")
    field = next(p.name for p in spec.params if p.role == "async")
    call = build(BY_ID[spec.operation_id], MINIMAL, Values(STATEFUL, target.ids, ""))
    return call, {**call.kwargs, field: True}


@seeds
def test_sync_get_wait_download_and_raw_parse(
    seed: int, drift_mocks: dict[int, DriftTarget], tmp_path: Path
) -> None:
    target = drift_mocks[seed]
    call, kwargs = _started_async(target)
    captured = Captured()
    with sync_client(target, hooks=[captured.sync_hook]) as client:
        started = getattr(getattr(client, call.op.resource), call.op.method)(**kwargs)
        check_kept(seed, target, captured, {call.op.operation_id: started})
        polls = Polls(captured)
        done = client.assets.wait(
            started, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT, on_progress=polls
        )
        assert done.id == started.id and done.status == "success"
        polls.check(seed, target)
        check_kept(seed, target, captured, {"get_asset": done})
        again = client.assets.get(done.id)
        check_kept(seed, target, captured, {"get_asset": again})
        paths = client.assets.download(done, tmp_path / "assets/")
        # One file per result URL; none when the seed's drift took `results` away.
        assert len(paths) == len(asset_urls(done)) and all(p.stat().st_size > 0 for p in paths)
        raw = client.with_raw_response.assets.get(done.id)
        check_kept(seed, target, captured, {"get_asset": raw.parse()})
        media = client.media.create_from_prompt(title="drift flow")
        media_polls = Polls(captured)
        client.media.wait(
            media.id, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT, on_progress=media_polls
        )
        media_polls.check(seed, target)
        check_kept(seed, target, captured, {"get_media": client.media.get(media.id)})
        raw_media = client.with_raw_response.media.get(media.id)
        check_kept(seed, target, captured, {"get_media": raw_media.parse()})
        video = client.media.download(media.id, tmp_path / "media/")
        assert video.read_bytes()[4:8] == b"ftyp"


@seeds
@pytest.mark.anyio
async def test_async_get_wait_download_and_raw_parse(
    seed: int, drift_mocks: dict[int, DriftTarget], tmp_path: Path
) -> None:
    target = drift_mocks[seed]
    call, kwargs = _started_async(target)
    captured = Captured()
    async with async_client(target, hooks=[captured.async_hook]) as client:
        started = await getattr(getattr(client, call.op.resource), call.op.method)(**kwargs)
        check_kept(seed, target, captured, {call.op.operation_id: started})
        polls = Polls(captured)
        done = await client.assets.wait(
            started.id, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT, on_progress=polls
        )
        assert done.id == started.id and done.status == "success"
        polls.check(seed, target)
        check_kept(seed, target, captured, {"get_asset": done})
        check_kept(seed, target, captured, {"get_asset": await client.assets.get(done.id)})
        paths = await client.assets.download(done, tmp_path / "assets/")
        # One file per result URL; none when the seed's drift took `results` away.
        assert len(paths) == len(asset_urls(done)) and all(p.stat().st_size > 0 for p in paths)
        raw = await client.with_raw_response.assets.get(done.id)
        check_kept(seed, target, captured, {"get_asset": raw.parse()})
        media = await client.media.create_from_prompt(title="drift flow")
        media_polls = Polls(captured)
        await client.media.wait(
            media.id, poll_interval=FAST_POLL, max_wait_seconds=TIMEOUT, on_progress=media_polls
        )
        media_polls.check(seed, target)
        check_kept(seed, target, captured, {"get_media": await client.media.get(media.id)})
        raw_media = await client.with_raw_response.media.get(media.id)
        check_kept(seed, target, captured, {"get_media": raw_media.parse()})
        video = await client.media.download(media.id, tmp_path / "media/")
        assert video.read_bytes()[4:8] == b"ftyp"


# ----------------------------------------------------------------------------- CLI
@pytest.fixture(scope="module")
def cli_app() -> typer.Typer:
    return build_cli(SURFACE)


def _cli_value(value: Any, folder: Path, name: str) -> list[str]:
    if isinstance(value, bytes):
        path = folder / f"{name}.{'mp4' if value[4:8] == b'ftyp' else 'png'}"
        path.write_bytes(value)
        return [str(path)]
    if isinstance(value, list) and value and isinstance(value[0], bytes):
        return [p for i, v in enumerate(value) for p in _cli_value(v, folder, f"{name}-{i}")]
    return [str(value)]


def cli_argv(call: Call, folder: Path) -> list[str]:
    """The call as the CLI takes it: the SDK's positional parameters as arguments (files
    written to `folder`), the rest as `--options` (booleans as flags, lists repeated,
    objects as JSON)."""
    import inspect

    from tests.cli.helpers import option
    from tests.e2e.cases import jsonable, resource_class

    method = getattr(resource_class(Vimmerse, call.op.resource), call.op.method)
    positional = [
        p.name
        for p in inspect.signature(method).parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name != "self"
    ]
    kwargs = _arguments(call, folder)
    argv = [call.op.resource, call.op.method.replace("_", "-")]
    for name in positional:
        if name in kwargs:
            argv += _cli_value(kwargs.pop(name), folder, name)
    for name, value in kwargs.items():
        if isinstance(value, bool):
            argv.append(option(name) if value else "--no-" + option(name)[2:])
        elif isinstance(value, list) and not (value and isinstance(value[0], bytes)):
            for item in value:
                argv += [option(name), str(item)]
        elif hasattr(value, "to_dict") or isinstance(value, dict):
            argv += [option(name), json.dumps(jsonable(value))]
        else:
            argv += [option(name), *_cli_value(value, folder, name)]
    return argv


@seeds
@operations
def test_cli_keeps_what_the_drifted_answer_says(
    seed: int,
    op: str,
    drift_mocks: dict[int, DriftTarget],
    hook_receiver: Receiver,
    cli_app: typer.Typer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = drift_mocks[seed]
    captured = Captured()
    make_http = base_client._default_sync_http

    def capturing(timeout: httpx.Timeout, headers: dict[str, str]) -> httpx.Client:
        http = make_http(timeout, headers)
        http.event_hooks["response"].append(captured.sync_hook)
        return http

    monkeypatch.setattr(base_client, "_default_sync_http", capturing)
    call = _call(op, target, hook_receiver)
    argv = cli_argv(call, tmp_path)
    env = {"VIMMERSE_BASE_URL": target.url, "VIMMERSE_API_KEY": KEY, "VIMMERSE_LOG": None}
    result = CliRunner().invoke(
        cli_app, [*argv, "--json"], env=env, prog_name="vimmerse", obj=SURFACE
    )
    assert result.exit_code == 0, f"vimmerse {' '.join(argv)}: {result.output}"
    printed = json.loads(result.stdout)
    if Path not in return_types(call.op) and isinstance(printed, dict):
        check_kept(seed, target, captured, {op: printed})


# ----------------------------------------------------------------------------- coverage
def test_every_change_the_mock_made_was_read_back(drift_mocks: dict[int, DriftTarget]) -> None:
    """Runs last (conftest): each change the mocks' journals say they made to an operation
    the run checked was seen kept in some result, so the checks really saw the drift."""
    assert EXERCISED, "no drift test ran before this one (run tests/e2e/test_drift.py)"
    missing = []
    for seed, target in drift_mocks.items():
        journal = httpx.get(f"{target.url}/_mock/drift", timeout=5).json()["injected"]
        for item in journal:
            change = Planned.from_json(item)
            key = (seed, change.operation, change.kind, change.path)
            if (seed, change.operation) in EXERCISED and key not in READ_BACK | ENVELOPE:
                missing.append(key)
    assert not missing, f"made by the mock, never seen kept: {sorted(missing)}"
