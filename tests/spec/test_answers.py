"""Each generated model reads as its side says (codegen/answers.py, listed in surface.json):
answers default to None and keep nulls, requests to UNSET; wait's end states come from the
spec's `x-vimmerse-terminal`."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest

import vimmerse.models
from codegen import surface
from tests.spec.helpers import load_spec
from vimmerse import webhooks
from vimmerse._client import SURFACE
from vimmerse_core.spec import Document
from vimmerse_core.spec.extensions import JOB_ROLES, OUTCOMES, PROGRESS, ROLE, TERMINAL


def classes(side: str) -> list[type[Any]]:
    """The generated model classes of a side (answer | request | both); enums are aliases."""
    found = [getattr(vimmerse.models, name) for name in SURFACE.manifest["models"][side]]
    return [c for c in found if isinstance(c, type)]


def optional_defaults(cls: type[Any]) -> list[object]:
    return [f.default for f in attrs.fields(cls) if f.init and f.default is not attrs.NOTHING]


def optional_annotations(cls: type[Any]) -> list[str]:
    """The annotations (as written: the models use postponed annotations) of the fields
    that have a default."""
    return [str(f.type) for f in attrs.fields(cls) if f.init and f.default is not attrs.NOTHING]


@pytest.mark.parametrize("side", ["answer", "both"])
def test_answer_models_read_an_absent_field_as_none(side: str) -> None:
    assert classes(side)
    for cls in classes(side):
        assert all(d is None for d in optional_defaults(cls)), cls.__name__
        assert "_nulls" in attrs.fields_dict(cls), cls.__name__
        assert not any("Unset" in a for a in optional_annotations(cls)), cls.__name__


def test_request_models_keep_unset() -> None:
    with_optionals = [c for c in classes("request") if optional_defaults(c)]
    assert with_optionals
    for cls in with_optionals:
        assert all("Unset" in a for a in optional_annotations(cls)), cls.__name__
        assert "_nulls" not in attrs.fields_dict(cls), cls.__name__


def test_every_model_is_on_a_side() -> None:
    sides = SURFACE.manifest["models"]
    listed = {name for names in sides.values() for name in names}
    generated = {
        n for n in vimmerse.models.__all__ if isinstance(getattr(vimmerse.models, n), type)
    }
    assert generated <= listed


# The job models by kind, as the manifest names them (x-vimmerse-job).
JOB_MODELS = {job["model"]: kind for kind, job in SURFACE.manifest["jobs"].items()}


def test_a_webhook_payload_is_an_answer() -> None:
    event = webhooks.parse(
        b'{"customer_id": "c", "media_id": "m", "status": "archived", "attempt": 2}'
    )
    assert event.status == "archived" and event["attempt"] == 2


def test_terminal_statuses_come_from_the_spec() -> None:
    spec = load_spec()
    statuses = surface.job_statuses(Document(spec), JOB_MODELS)
    jobs = SURFACE.manifest["jobs"]
    assert statuses == {
        kind: {k: v for k, v in job.items() if k in ("field", "terminal", "progress", "fields")}
        for kind, job in jobs.items()
    }
    for kind, status in statuses.items():
        assert status["terminal"], kind
        assert set(status["terminal"].values()) <= set(OUTCOMES)


def test_a_terminal_map_with_another_outcome_is_refused() -> None:
    spec = copy.deepcopy(load_spec())
    spec["components"]["schemas"]["AssetStatus"][TERMINAL] = {"success": "finished"}
    with pytest.raises(ValueError, match=TERMINAL):
        surface.job_statuses(Document(spec), JOB_MODELS)


def test_the_progress_field_is_the_one_the_spec_marks() -> None:
    spec = copy.deepcopy(load_spec())
    marked = surface.job_statuses(Document(spec), JOB_MODELS)["media"]["progress"]
    assert marked in spec["components"]["schemas"]["Media"]["properties"]
    for schema in spec["components"]["schemas"].values():
        schema.pop(PROGRESS, None)
    assert "progress" not in surface.job_statuses(Document(spec), JOB_MODELS)["media"]


def test_the_fields_a_job_is_read_by_are_the_ones_the_spec_marks() -> None:
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    for kind, job in SURFACE.manifest["jobs"].items():
        props = schemas[job["model"]]["properties"]
        assert {role: props[name].get(ROLE) for role, name in job["fields"].items()} == {
            role: role for role in job["fields"]
        }, kind
        marked = {p.get(ROLE) for p in props.values() if p.get(ROLE) in JOB_ROLES}
        assert set(job["fields"]) == marked, kind


def test_a_job_field_marked_with_an_unknown_or_a_second_role_is_refused() -> None:
    for role in ("result", *JOB_ROLES[:1]):  # a typo, and a role some field already has
        spec = copy.deepcopy(load_spec())
        model = next(m for m, k in JOB_MODELS.items() if SURFACE.manifest["jobs"][k]["fields"])
        props = spec["components"]["schemas"][model]["properties"]
        taken = set(SURFACE.manifest["jobs"][JOB_MODELS[model]]["fields"].values())
        free = next(name for name in props if name not in taken)
        props[free][ROLE] = role
        with pytest.raises(ValueError, match=ROLE):
            surface.job_statuses(Document(spec), JOB_MODELS)
