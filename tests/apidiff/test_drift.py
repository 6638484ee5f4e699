"""CI's drift check catches a spec change that was not followed by `make generate`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from codegen.apidiff.spec import ROOT, SPEC_PATH
from vimmerse_core.spec import read


def test_check_generated_fails_on_a_forgotten_generate_and_names_the_new_method(
    tmp_path: Path,
) -> None:
    # The edited spec is a temp copy: generated/ is compared with it as CI would, unchanged.
    doc = read(SPEC_PATH)
    route = dict(doc["paths"]["/v2/text/refine-prompt"]["post"])
    route["operationId"] = "refine_prompt_again"
    doc["paths"]["/v2/text/refine-prompt-again"] = {"post": route}
    spec = tmp_path / "vimmerse.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")

    proc = subprocess.run(
        [sys.executable, "codegen/generate.py", "--check", "--spec", str(spec)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "generated/ is stale: run `make generate`" in proc.stdout
    assert "+++ b/generated/vimmerse/surface.json" in proc.stdout
    assert "  + client.text.refine_prompt_again(" in proc.stdout
