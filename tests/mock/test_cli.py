"""`vimmerse-mock`'s command line: bad values are one-line usage errors, never tracebacks."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from vimmerse_mock.cli import banner, main, parser, settings_from, unknown_variables
from vimmerse_mock.settings import DEV_KEY, Settings


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err  # no usage block before it
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--duration", "image=abc"], "not a number: 'abc'"),
        (["--duration", "imgae=1"], "unknown kind 'imgae'"),
        (["--duration", "image"], "expected KIND=SECONDS"),
        (["--duration", "image=inf"], "out of range"),  # answered as null by orjson
        (["--duration", "image=nan"], "out of range"),
        (["--key", "poor=abc"], "not a number: 'abc'"),
        (["--key", "poor=-1"], "out of range"),
        (["--key", f"rich={10**23}"], "out of range"),  # more than SQLite holds
        (["--credits", str(10**23)], "out of range"),
        (["--fault-503", "1.5"], "out of range (from 0 to 1)"),
        (["--port", "70000"], "out of range"),
    ],
)
def test_a_bad_flag_value_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], fragment: str
) -> None:
    line = _usage_error(capsys, *argv)
    assert line.startswith("vimmerse-mock: error:") and fragment in line
    assert line.endswith("(see 'vimmerse-mock --help')")


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("VIMMERSE_MOCK_CREDITS", "lots", "VIMMERSE_MOCK_CREDITS='lots'"),
        ("VIMMERSE_MOCK_CREDITS", str(10**23), "is not from 0 to"),
        ("VIMMERSE_MOCK_KEYS", f"rich={10**23}", "is not from 0 to"),
        ("VIMMERSE_MOCK_DURATIONS", "imgae=1", "unknown kind 'imgae'"),
        ("VIMMERSE_MOCK_DURATIONS", "image=inf", "not a finite number of seconds"),
        ("VIMMERSE_MOCK_PORT", "http", "not a number: 'http'"),
    ],
)
def test_a_bad_environment_variable_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    value: str,
    fragment: str,
) -> None:
    monkeypatch.setenv(name, value)
    assert fragment in _usage_error(capsys)


def test_key_adds_to_the_development_key() -> None:
    args = parser(Settings()).parse_args(["--key", "poor=0", "--key", "rich"])
    keys = settings_from(args, Settings()).keys
    assert keys == {DEV_KEY: None, "poor": 0, "rich": None}


def test_every_flag_says_what_it_does_and_its_default() -> None:
    actions = [a for a in parser(Settings())._actions if a.option_strings != ["-h", "--help"]]
    assert all(a.help for a in actions)
    with_default = [a for a in actions if a.default not in (None, False)]
    assert with_default and all("(default: " in str(a.help) for a in with_default)
    assert "image=2" in str(next(a.help for a in actions if a.dest == "duration"))


def test_a_taken_port_fails_in_one_line_before_the_banner(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SystemExit) as exit_:
            main(["--port", str(port)])
    assert exit_.value.code == 1
    out, err = capsys.readouterr()
    assert out == ""  # no "vimmerse-mock on ..." banner
    assert err == (
        f"vimmerse-mock: cannot listen on 127.0.0.1:{port}: address already in use "
        "(--port 0 picks a free port)\n"
    )


def test_an_unknown_variable_is_named_with_the_closest_setting() -> None:
    known = Settings.to_env(Settings(seed=1))  # names the mock reads
    name = next(n for n in known if n.endswith("S"))  # a plural, as VIMMERSE_MOCK_KEYS
    # The singular is a typo; the known one and other programs' variables are not named.
    env = {name[:-1]: "x", name: "x", "VIMMERSE_API_KEY": "x"}
    assert unknown_variables(env) == [
        f"warning: {name[:-1]} is not a setting and is ignored (did you mean {name}?)"
    ]


def test_the_banner_prints_the_lines_that_point_clients_at_the_mock() -> None:
    text = banner("0.0.0.0", 4567, "keys: k")
    exports = [line.strip() for line in text.splitlines() if line.strip().startswith("export ")]
    assert exports == [f"export VIMMERSE_BASE_URL=http://127.0.0.1:4567 VIMMERSE_API_KEY={DEV_KEY}"]


def test_without_the_mock_extra_it_says_which_extra_to_install() -> None:
    # uvicorn made unimportable, as when `vimmerse` is installed without `[mock]`.
    code = "import sys; sys.modules['uvicorn'] = None; from vimmerse_mock.cli import main; main([])"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "pip install 'vimmerse[mock]'" in proc.stderr.strip()
