"""Start-up does no work it does not need: `import vimmerse`, `vimmerse --version` and
`vimmerse --help` load no HTTP stack and no model (the time they take is a bench row,
`python -m bench --only startup`, never an assertion here)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import vimmerse

HEAVY = ("httpx", "aiohttp", "anyio", "vimmerse.models", "vimmerse._client", "rich.progress")

# Runs ARGV as the `vimmerse` command in a fresh process; prints its output and the modules
# it loaded.
PROBE = """
import io, json, sys
from contextlib import redirect_stdout
sys.argv = ["vimmerse", *json.loads(sys.argv[1])]
out = io.StringIO()
with redirect_stdout(out):
    try:
        from vimmerse.cli import main
        main()
    except SystemExit:
        pass
print(json.dumps({"out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _loaded(code: str, *args: str) -> dict[str, object]:
    found = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(found.stdout.strip().splitlines()[-1])
    return result


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in HEAVY if m in modules]


def test_import_vimmerse_loads_no_http_stack_and_no_model() -> None:
    found = _loaded("import json, sys, vimmerse; print(json.dumps({'modules': list(sys.modules)}))")
    assert _heavy(found["modules"]) == []


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_the_command_answers_without_the_clients(args: list[str]) -> None:
    found = _loaded(PROBE, json.dumps(args))
    assert _heavy(found["modules"]) == []
    out = found["out"]
    assert isinstance(out, str)
    if args == ["--version"]:
        assert out == f"vimmerse {vimmerse.__version__}\n"
    else:  # the root's help still lists every group, with its description
        for tag, description in vimmerse._client.SURFACE.manifest["tag_descriptions"].items():
            assert tag in out and description.split()[0] in out


def test_the_clients_load_aiohttp_only_when_an_async_client_needs_it() -> None:
    code = (
        "import json, sys; from vimmerse import AsyncVimmerse, Vimmerse; "
        "Vimmerse(api_key='k').close(); print(json.dumps({'modules': list(sys.modules)}))"
    )
    modules = _loaded(code)["modules"]
    assert isinstance(modules, list) and "aiohttp" not in modules


def test_every_public_name_still_resolves() -> None:
    assert set(vimmerse.__all__) <= set(dir(vimmerse))
    for name in vimmerse.__all__:
        assert getattr(vimmerse, name) is not None, name
    assert vimmerse.webhooks.parse is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        vimmerse.no_such_name  # noqa: B018 - the lookup is the test
