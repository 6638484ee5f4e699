"""The base ref, and `python -m codegen.apidiff` end to end (report, changelog, bump)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.apidiff import Change, Kind, Side, Spec, changelog, version
from codegen.apidiff.__main__ import main
from codegen.apidiff.spec import SPEC_PATH, default_base_ref

from .helpers import BASE_YAML


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_base_is_the_last_release_tag_else_head(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    spec = tmp_path / "api.yaml"
    spec.write_text(BASE_YAML, encoding="utf-8")
    git(tmp_path, "add", "api.yaml")
    git(tmp_path, "commit", "-qm", "one")
    assert default_base_ref(tmp_path) == "HEAD"
    git(tmp_path, "tag", "v0.3.0")
    spec.write_text(BASE_YAML.replace("operationId: get_thing", "operationId: fetch"), "utf-8")
    git(tmp_path, "commit", "-qam", "two")
    git(tmp_path, "tag", "not-a-release")
    assert default_base_ref(tmp_path) == "v0.3.0"
    at_tag = Spec.at_ref("v0.3.0", Path("api.yaml"), tmp_path)
    assert "get_thing" in str(at_tag.data["paths"]["/things/{id}"])


def _first_named_json_body(doc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(operationId, properties) of the first operation whose JSON body is a named schema."""
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "x-sdk-method" in op:
                continue
            media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = str(media.get("schema", {}).get("$ref", ""))
            if ref.startswith("#/components/schemas/"):
                name = ref.removeprefix("#/components/schemas/")
                return str(op["operationId"]), doc["components"]["schemas"][name]["properties"]
    raise AssertionError("no operation has a named JSON request body")


def test_cli_reports_and_writes_changelog_and_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The new spec: the repo's spec at HEAD with one request field removed (breaking): the
    # first field of the first operation whose JSON body is a named schema.
    doc = Spec.at_ref("HEAD", SPEC_PATH).data
    where, props = _first_named_json_body(doc)
    field = next(iter(props))
    del props[field]
    new_spec = tmp_path / "new.yaml"
    new_spec.write_text(yaml.safe_dump(doc), encoding="utf-8")
    version_file = tmp_path / "_version.py"
    version_file.write_text('__version__ = "0.4.2"\n', encoding="utf-8")
    monkeypatch.setattr(version, "VERSION_FILE", version_file)
    monkeypatch.setattr(changelog, "CHANGELOG", tmp_path / "CHANGELOG.md")
    # HEAD's version has shipped (its section is in the changelog): the next one is a bump.
    released = f"{changelog.HEADER}\n## [{version.show(version.at_ref('HEAD'))}] - 2026-01-01\n"
    (tmp_path / "CHANGELOG.md").write_text(released, encoding="utf-8")

    argv = ["--base", "HEAD", "--spec", str(new_spec), "--date", "2026-03-03"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"! `{where}`: request body `{field}`: field removed" in out
    assert (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8") == released  # report only

    assert main([*argv, "--changelog", "--bump"]) == 0
    base = version.at_ref("HEAD")
    new_version = version.show(version.read(version_file))
    breaking = Change(Kind.FIELD_REMOVED, Side.REQUEST, where)
    assert version.show(base) != new_version == version.show(version.bump(base, [breaking]))
    assert f"Version: {version.show(base)} -> {new_version} (" in capsys.readouterr().out
    entry = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{new_version}] - 2026-03-03" in entry
    assert f"- **BREAKING** `{where}`: request body `{field}`: field removed" in entry

    # Running it again proposes the same version (bumped from HEAD's, not from the working
    # copy's), which is drafted already: refused, not redrafted.
    with pytest.raises(SystemExit, match="already has a section"):
        main([*argv, "--changelog"])


def _spec_without(tmp_path: Path, schema: str, field: str) -> Path:
    doc = Spec.at_ref("HEAD", SPEC_PATH).data
    del doc["components"]["schemas"][schema]["properties"][field]
    path = tmp_path / "new.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def test_the_first_release_ships_the_current_version_with_the_unreleased_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    new_spec = _spec_without(tmp_path, "TextToImageRequest", "quantity")
    head = version.show(version.at_ref("HEAD"))
    version_file = tmp_path / "_version.py"
    version_file.write_text(f'__version__ = "{head}"\n', encoding="utf-8")
    monkeypatch.setattr(version, "VERSION_FILE", version_file)
    monkeypatch.setattr(changelog, "CHANGELOG", tmp_path / "CHANGELOG.md")
    notes = f"{changelog.HEADER}\n### Added\n\n- The SDK.\n"
    (tmp_path / "CHANGELOG.md").write_text(notes, encoding="utf-8")

    argv = ["--base", "HEAD", "--spec", str(new_spec), "--date", "2026-03-03"]
    assert main([*argv, "--changelog", "--bump"]) == 0
    out = capsys.readouterr().out
    assert f"Version: {head}, the first release" in out
    assert "make generate" not in out  # `make release-notes` regenerates by itself
    text = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{head}] - 2026-03-03\n\n### Added\n\n- The SDK.\n" in text
    assert version.read(version_file) == version.at_ref("HEAD")


def test_fail_on_breaking_exits_non_zero_only_for_a_breaking_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    breaking = _spec_without(tmp_path, "TextToImageRequest", "quantity")
    assert main(["--base", "HEAD", "--spec", str(breaking)]) == 0
    assert main(["--base", "HEAD", "--spec", str(breaking), "--fail-on-breaking"]) == 3
    # A field added to the shared Asset schema: not breaking, and one line for it.
    doc = Spec.at_ref("HEAD", SPEC_PATH).data
    doc["components"]["schemas"]["Asset"]["properties"]["brand_new"] = {"type": "string"}
    fine = tmp_path / "fine.yaml"
    fine.write_text(yaml.safe_dump(doc), encoding="utf-8")
    capsys.readouterr()
    assert main(["--base", "HEAD", "--spec", str(fine), "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "brand_new" in line]
    assert len(lines) == 1, out
    assert lines[0].startswith("  + `Asset.brand_new`: optional field added; in ")
