"""api-diff's verdicts against the previous release's client (issue 13, item 7).

The generated package at BASE (as `make api-diff`: the last `v*` tag, else HEAD) is taken
from git into a temp dir and run in a subprocess (tests/apidiff/old_client_runner.py), so
it cannot mix with the working tree's package. For each change class (tests/apidiff/
old_client.py), a copy of the BASE spec gets that one change; api-diff gives its verdict;
the stateful mock serves the changed spec and the old client makes the calls the change
touches. Non-breaking must mean: they succeed and hand back their data. For a few
breaking ones the old client is shown to fail. The mutations of a group share one mock
process (each touches its own route or field), so the whole run costs two mock starts.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.apidiff import RULES, Change, Kind, Side, Spec, diff
from codegen.apidiff.spec import default_base_ref, git
from devtools.servers import ServerProcess, free_port, start_server
from tests.apidiff.old_client import (
    BREAKING,
    NOT_EXERCISED,
    ONE_SIDED,
    RUNNER,
    TOLERATED,
    Doc,
    Mutation,
)
from tests.e2e.support import KEY, READY_PATH, ROOT, mock_argv, mock_env

BASE = os.environ.get("BASE") or default_base_ref()
PACKAGE = "generated/vimmerse"
ALL = (*TOLERATED, *BREAKING)
GROUPS = {"tolerated": TOLERATED, "breaking": BREAKING}
DURATIONS = {"image": 0.05, "video": 0.05, "media": 0.3}


@pytest.fixture(scope="module")
def base_doc() -> Doc:
    return Spec.at_ref(BASE).data


@pytest.fixture(scope="module")
def old_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated package as released at BASE, unpacked with `git archive`."""
    out = tmp_path_factory.mktemp("old-client")
    archive = subprocess.run(
        ["git", "archive", "--format=tar", BASE, PACKAGE], cwd=ROOT, capture_output=True, check=True
    )
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(out, filter="data")
    return out / "generated"


_VERDICTS: dict[str, list[Change]] = {}


def verdict(base: Doc, mutation: Mutation) -> list[Change]:
    """api-diff's changes from BASE to BASE plus the mutation (a diff takes ~0.2 s: kept)."""
    if mutation.name not in _VERDICTS:
        _VERDICTS[mutation.name] = diff(Spec(base, BASE), Spec(mutation.spec(base), mutation.name))
    return _VERDICTS[mutation.name]


def _breaking(changes: list[Change]) -> bool:
    return any(c.breaking for c in changes)


# ----------------------------------------------------------------------------- verdicts
@pytest.mark.parametrize("mutation", ALL, ids=[m.name for m in ALL])
def test_api_diff_names_the_change_and_its_verdict(base_doc: Doc, mutation: Mutation) -> None:
    changes = verdict(base_doc, mutation)
    assert changes, f"{mutation.name}: api-diff saw no change"
    assert {(c.kind, c.side) for c in changes} == {(mutation.kind, mutation.side)}, [
        c.describe() for c in changes
    ]
    assert _breaking(changes) is (mutation in BREAKING), [c.describe() for c in changes]


def test_mutation_names_are_unique() -> None:
    """The runner reports calls by mutation name."""
    assert len({m.name for m in ALL}) == len(ALL)


def test_every_change_class_is_exercised_or_says_why_not() -> None:
    """Each non-breaking cell of the rule table has a mutation, and each kind is either
    exercised or listed (once) with its reason."""
    exercised = {(m.kind, m.side) for m in ALL}
    for kind, rule in RULES.items():
        if kind in NOT_EXERCISED:
            continue
        cells = {Side.REQUEST: rule.breaks_request, Side.RESPONSE: rule.breaks_response}
        for side, breaks in cells.items():
            if not breaks and ONE_SIDED.get(kind, side) is side:
                assert (kind, side) in exercised, f"{kind.value} ({side.value}): no mutation"
    kinds = {m.kind for m in ALL}
    assert not kinds & NOT_EXERCISED.keys(), "exercised and listed as not exercised"
    assert kinds | NOT_EXERCISED.keys() == set(Kind)


# ----------------------------------------------------------------------------- old client
def _start_mock(name: str, spec: Path, data_dir: Path, log_dir: Path) -> ServerProcess:
    port = free_port()
    return start_server(
        f"old-client-{name}",
        mock_argv(port, data_dir, DURATIONS, spec=spec),
        port=port,
        log_dir=log_dir,
        cwd=ROOT,
        ready_path=READY_PATH,
        env=mock_env(),
    )


def run_old_client(package: Path, url: str, mutations: tuple[Mutation, ...]) -> dict[str, Any]:
    job = {
        "package": str(package),
        "base_url": url,
        "api_key": KEY,
        "calls": [
            {"name": f"{m.name}#{i}", **call.__dict__}
            for m in mutations
            for i, call in enumerate(m.calls)
        ],
    }
    proc = subprocess.run(
        [sys.executable, "-I", str(RUNNER)],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=package,
    )
    assert proc.returncode == 0, proc.stderr
    return {r["name"]: r for r in json.loads(proc.stdout)}


class Runs:
    """Per group, one mock serving the BASE spec with all the group's mutations, and what
    the old client got from it (run on first use)."""

    def __init__(self, base: Doc, package: Path, folder: Path) -> None:
        self.base, self.package, self.folder = base, package, folder
        self.results: dict[str, dict[str, Any]] = {}

    def _run(self, group: str) -> dict[str, Any]:
        doc = self.base
        for mutation in GROUPS[group]:
            doc = mutation.spec(doc)
        folder = self.folder / group
        folder.mkdir()
        spec = folder / "vimmerse.yaml"
        spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
        server = _start_mock(group, spec, folder / "data", folder)
        try:
            return run_old_client(self.package, server.url, GROUPS[group])
        finally:
            server.stop()

    def of(self, group: str) -> dict[str, Any]:
        if group not in self.results:
            self.results[group] = self._run(group)
        return self.results[group]


@pytest.fixture(scope="module")
def runs(base_doc: Doc, old_package: Path, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    return Runs(base_doc, old_package, tmp_path_factory.mktemp("old-client-runs"))


def contains(result: Any, expect: dict[str, Any]) -> bool:
    return isinstance(result, dict) and all(result.get(k) == v for k, v in expect.items())


@pytest.mark.parametrize("mutation", ALL, ids=[m.name for m in ALL])
def test_the_old_client_works_where_api_diff_says_nothing_breaks(
    base_doc: Doc, runs: Runs, mutation: Mutation
) -> None:
    """Not breaking: every call the change touches succeeds and hands back its data.
    Breaking (the few exercised): the old client really fails."""
    breaking = _breaking(verdict(base_doc, mutation))
    results = runs.of("breaking" if mutation in BREAKING else "tolerated")
    for i, call in enumerate(mutation.calls):
        got = results[f"{mutation.name}#{i}"]
        if breaking:
            assert not got["ok"], f"called breaking, yet the old client works: {got['result']}"
            continue
        assert got["ok"], f"called not breaking, yet the old client fails: {got['error']}"
        if call.expect:
            assert contains(got["result"], call.expect), got["result"]
        else:
            assert got["result"], "an empty answer"


def test_the_old_client_is_the_one_released_at_base(old_package: Path) -> None:
    """The runner refuses any other package (it checks `vimmerse.__file__`); and the package
    is BASE's own, byte for byte."""
    released = git("show", f"{BASE}:{PACKAGE}/_client.py")
    assert (old_package / "vimmerse" / "_client.py").read_text(encoding="utf-8") == released
