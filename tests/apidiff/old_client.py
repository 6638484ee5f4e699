"""The change classes of api-diff, each made once to the BASE spec, with the calls of the
previous release's client that the change touches (test_old_client.py runs them).

A `Mutation` edits a copy of the BASE spec in place; its `calls` are what the old client
sends against the mock serving the mutated spec, and `expect` the part of each answer it
must hand back. Response-side changes the mock's own code would not act on (it answers
what its behaviours build) come with a `rewrite` of the answer: the server using the
freedom the new spec gives it. The kinds not exercised this way are in `NOT_EXERCISED`,
each with the reason.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.apidiff import Kind, Side

Doc = dict[str, Any]
RUNNER = Path(__file__).with_name("old_client_runner.py")


@dataclass(frozen=True)
class OldCall:
    resource: str
    method: str
    kwargs: dict[str, Any]
    expect: dict[str, Any] = field(default_factory=dict)  # held by the answer's to_dict()
    rewrite: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Mutation:
    name: str
    kind: Kind
    side: Side
    apply: Callable[[Doc], None]
    calls: tuple[OldCall, ...]

    def spec(self, base: Doc) -> Doc:
        doc = copy.deepcopy(base)
        self.apply(doc)
        return doc


def schema(doc: Doc, name: str) -> Doc:
    found = doc["components"]["schemas"][name]
    assert isinstance(found, dict)
    return found


def prop(doc: Doc, name: str, field_name: str) -> Doc:
    found = schema(doc, name)["properties"][field_name]
    assert isinstance(found, dict)
    return found


def operation(doc: Doc, path: str, method: str = "post") -> Doc:
    found = doc["paths"][path][method]
    assert isinstance(found, dict)
    return found


def _required(doc: Doc, name: str, field_name: str, required: bool) -> None:
    node = schema(doc, name)
    names = [n for n in node.get("required", []) if n != field_name]
    node["required"] = [*names, field_name] if required else names


def _add_field(name: str, field_name: str, required: bool) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        schema(doc, name)["properties"][field_name] = {"type": "integer"}
        if required:
            _required(doc, name, field_name, True)

    return apply


def _remove_field(name: str, field_name: str) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        _required(doc, name, field_name, False)
        del schema(doc, name)["properties"][field_name]

    return apply


def _nullable(name: str, field_name: str, nullable: bool) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        node = prop(doc, name, field_name)
        kinds = node["type"] if isinstance(node["type"], list) else [node["type"]]
        kinds = [k for k in kinds if k != "null"]
        node["type"] = [*kinds, "null"] if nullable else kinds[0]

    return apply


def _move(path: str, to: str) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc["paths"][to] = doc["paths"].pop(path)

    return apply


def _add_operation(doc: Doc) -> None:
    twin = copy.deepcopy(doc["paths"]["/v2/text/refine-prompt"])
    twin["post"]["operationId"] = "refine_prompt_twice"
    doc["paths"]["/v2/text/refine-prompt-twice"] = twin


def _rename_operation(doc: Doc) -> None:
    operation(doc, "/v2/text/refine-prompt")["operationId"] = "polish_prompt"


def _app_names(doc: Doc) -> list[str]:
    return sorted(
        {
            node["x-app-name"]
            for item in doc["paths"].values()
            for node in item.values()
            if isinstance(node, dict) and "x-app-name" in node
        }
    )


def _set(node: Doc, **values: Any) -> None:
    node.update(values)


# Calls of the old client: one per route the mutations touch.
TEXT_TO_IMAGE = OldCall("image", "text_to_image", {"prompt": "old client"}, {"status": "success"})
ESTIMATE = OldCall("image", "estimate_credits", {"option": "AutoI"})
REFINE = OldCall("text", "refine_prompt", {"prompt": "a fox"})
SUGGEST = OldCall("text", "suggest_prompt", {})
INSPIRE = OldCall("text", "generate_prompt", {"mode": "image"})
PHOTO = "https://media.vimmerse.net/example/photo.jpg"
DESCRIBE = OldCall("text", "image_to_prompt", {"image_url": PHOTO})
MEDIA = OldCall("media", "create_from_prompt", {"title": "old client"}, {"title": "old client"})
# The answer carries a field the old client's models lack: kept in additional_properties.
SEEDED = OldCall("image", "text_to_image", {"prompt": "seeded"}, {"seed": 7}, {"set": {"seed": 7}})
QUEUED = {"set": {"status": "queued"}}
NOT_A_DATE = {"set": {"created_at": "yesterday"}}
QUEUED_JOB = {
    "description": "Queued: poll the job",
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"job_id": {"type": "string"}}}
        }
    },
}

TOLERATED: tuple[Mutation, ...] = (
    Mutation("operation added", Kind.OPERATION_ADDED, Side.REQUEST, _add_operation, (REFINE,)),
    Mutation(
        "operation deprecated",
        Kind.DEPRECATED,
        Side.REQUEST,
        lambda d: _set(operation(d, "/v2/image/text-2-image"), deprecated=True),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "optional request field",
        Kind.FIELD_ADDED_OPTIONAL,
        Side.REQUEST,
        _add_field("TextToImageRequest", "seed", required=False),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "request integer widened to number",
        Kind.TYPE_WIDENED,
        Side.REQUEST,
        lambda d: _set(prop(d, "TextToImageRequest", "quantity"), type="number"),
        (OldCall("image", "text_to_image", {"prompt": "two", "quantity": 2}, {"quantity": 2}),),
    ),
    Mutation(
        "request enum value added",
        Kind.ENUM_VALUES_ADDED,
        Side.REQUEST,
        lambda d: prop(d, "TextPromptRequest", "mode")["enum"].append("story"),
        (INSPIRE,),
    ),
    Mutation(
        "request enum lifted",
        Kind.ENUM_LIFTED,
        Side.REQUEST,
        lambda d: prop(d, "TextPromptRequest", "mode").pop("enum"),
        (INSPIRE,),
    ),
    Mutation(
        "request default changed",
        Kind.DEFAULT_CHANGED,
        Side.REQUEST,
        lambda d: _set(prop(d, "TextToImageRequest", "aspect_ratio"), default="1:1"),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "request field made optional",
        Kind.MADE_OPTIONAL,
        Side.REQUEST,
        lambda d: _required(d, "ImageEstimateCreditsRequest", "option", False),
        (ESTIMATE,),
    ),
    Mutation(
        "request field made nullable",
        Kind.MADE_NULLABLE,
        Side.REQUEST,
        _nullable("TextToImageRequest", "prompt", nullable=True),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "request content type added",
        Kind.CONTENT_TYPE_ADDED,
        Side.REQUEST,
        lambda d: operation(d, "/v2/text/refine-prompt")["requestBody"]["content"].update(
            {
                "application/x-www-form-urlencoded": copy.deepcopy(
                    operation(d, "/v2/text/refine-prompt")["requestBody"]["content"][
                        "application/json"
                    ]
                )
            }
        ),
        (REFINE,),
    ),
    Mutation(
        "error response added",
        Kind.RESPONSE_ADDED,
        Side.RESPONSE,
        lambda d: operation(d, "/v2/image/text-2-image")["responses"].update(
            {"409": {"$ref": "#/components/responses/BadRequest"}}
        ),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "success status added, same body",
        Kind.RESPONSE_ADDED,
        Side.RESPONSE,
        lambda d: operation(d, "/v2/image/text-2-image")["responses"].update(
            {"201": operation(d, "/v2/image/text-2-image")["responses"]["200"]}
        ),
        (
            OldCall(
                "image", "text_to_image", {"prompt": "201"}, {"status": "success"}, {"status": 201}
            ),
        ),
    ),
    Mutation(
        "error response removed",
        Kind.ERROR_RESPONSE_REMOVED,
        Side.RESPONSE,
        lambda d: operation(d, "/v2/image/text-2-image")["responses"].pop("402"),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "format added to a response string",
        Kind.FORMAT_CHANGED,
        Side.RESPONSE,
        lambda d: _set(prop(d, "Asset", "results")["items"], format="uri"),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "format added to a request string",
        Kind.FORMAT_CHANGED,
        Side.REQUEST,
        lambda d: _set(prop(d, "TextToImageRequest", "prompt"), format="text"),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "response field deprecated",
        Kind.DEPRECATED,
        Side.RESPONSE,
        lambda d: _set(prop(d, "Asset", "customer_id"), deprecated=True),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "optional response field",
        Kind.FIELD_ADDED_OPTIONAL,
        Side.RESPONSE,
        _add_field("Asset", "seed", required=False),
        (SEEDED,),
    ),
    Mutation(
        "required response field",
        Kind.FIELD_ADDED_REQUIRED,
        Side.RESPONSE,
        _add_field("Asset", "seed", required=True),
        (SEEDED,),
    ),
    Mutation(
        "response enum value added",
        Kind.ENUM_VALUES_ADDED,
        Side.RESPONSE,
        lambda d: schema(d, "AssetStatus")["enum"].append("queued"),
        (OldCall("image", "text_to_image", {"prompt": "queued"}, {"status": "queued"}, QUEUED),),
    ),
    Mutation(
        "response enum value removed",
        Kind.ENUM_VALUES_REMOVED,
        Side.RESPONSE,
        lambda d: schema(d, "AssetStatus")["enum"].remove("fail"),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "response string restricted to allowed values",
        Kind.ENUM_INTRODUCED,
        Side.RESPONSE,
        lambda d: _set(prop(d, "Asset", "app_name"), enum=_app_names(d)),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "response number narrowed to integer",
        Kind.TYPE_NARROWED,
        Side.RESPONSE,
        lambda d: _set(prop(d, "Asset", "credits"), type="integer"),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "response field made required",
        Kind.MADE_REQUIRED,
        Side.RESPONSE,
        lambda d: _required(d, "Asset", "customer_id", True),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "response field made non-nullable",
        Kind.MADE_NON_NULLABLE,
        Side.RESPONSE,
        _nullable("Media", "primary_user_id", nullable=False),
        (MEDIA,),
    ),
    Mutation(
        "response default changed",
        Kind.DEFAULT_CHANGED,
        Side.RESPONSE,
        lambda d: _set(prop(d, "Asset", "quantity"), default=1),
        (TEXT_TO_IMAGE,),
    ),
)

# Breaking verdicts the old client really fails on (so the test can fail): each on its own
# route, so that they can share one mock process. Not here: an optional response field
# made nullable and answered null, which fails clients generated before open models
# (isoparse(None)) but not those after (an absent optional field already reads None).
BREAKING: tuple[Mutation, ...] = (
    Mutation(
        "required request field",
        Kind.FIELD_ADDED_REQUIRED,
        Side.REQUEST,
        _add_field("TextToImageRequest", "seed", required=True),
        (TEXT_TO_IMAGE,),
    ),
    Mutation(
        "request enum value removed",
        Kind.ENUM_VALUES_REMOVED,
        Side.REQUEST,
        lambda d: prop(d, "TextPromptRequest", "mode")["enum"].remove("image"),
        (INSPIRE,),
    ),
    Mutation(
        "request field made required",
        Kind.MADE_REQUIRED,
        Side.REQUEST,
        lambda d: _required(d, "ImageEstimateCreditsRequest", "prompt", True),
        (ESTIMATE,),
    ),
    Mutation(
        "operation removed",
        Kind.OPERATION_REMOVED,
        Side.REQUEST,
        lambda d: d["paths"].pop("/v2/text/refine-prompt"),
        (REFINE,),
    ),
    Mutation(
        "operation moved",
        Kind.OPERATION_MOVED,
        Side.REQUEST,
        _move("/v2/text/suggest-prompt", "/v3/text/suggest-prompt"),
        (SUGGEST,),
    ),
    Mutation(
        "request content type changed",
        Kind.CONTENT_TYPE_CHANGED,
        Side.REQUEST,
        lambda d: operation(d, "/v2/text/image-2-prompt")["requestBody"].update(
            content={
                "application/x-www-form-urlencoded": operation(d, "/v2/text/image-2-prompt")[
                    "requestBody"
                ]["content"].pop("application/json")
            }
        ),
        (DESCRIBE,),
    ),
    Mutation(
        "response field loses its date-time format",
        Kind.TYPE_CHANGED,
        Side.RESPONSE,
        lambda d: prop(d, "Asset", "created_at").pop("format"),
        (OldCall("image", "image_to_image", {"image_url": PHOTO}, rewrite=NOT_A_DATE),),
    ),
    Mutation(
        "success status added, another body",
        Kind.SUCCESS_RESPONSE_ADDED,
        Side.RESPONSE,
        lambda d: operation(d, "/v2/video/estimate-credits")["responses"].update(
            {"202": QUEUED_JOB}
        ),
        (
            OldCall(
                "video",
                "estimate_credits",
                {"option": "KlingO"},
                rewrite={"status": 202, "body": {"job_id": "j-1"}},
            ),
        ),
    ),
    Mutation(
        "required response field removed",
        Kind.FIELD_REMOVED,
        Side.RESPONSE,
        _remove_field("Asset", "status"),
        (OldCall("image", "elements", {"image_urls": [PHOTO]}, rewrite={"drop": ["status"]}),),
    ),
    Mutation(
        "response field made optional",
        Kind.MADE_OPTIONAL,
        Side.RESPONSE,
        lambda d: _required(d, "Media", "id", False),
        (
            OldCall(
                "media",
                "create_from_prompt",
                {"title": "no id"},
                rewrite={"at": ["data"], "drop": ["id"]},
            ),
        ),
    ),
)

# Kinds api-diff reports on one side only (an operation's are filed under the request).
ONE_SIDED: dict[Kind, Side] = {
    Kind.OPERATION_ADDED: Side.REQUEST,
    Kind.OPERATION_REMOVED: Side.REQUEST,
    Kind.OPERATION_RENAMED: Side.REQUEST,
    Kind.OPERATION_MOVED: Side.REQUEST,
    Kind.RESPONSE_ADDED: Side.RESPONSE,
    Kind.SUCCESS_RESPONSE_ADDED: Side.RESPONSE,
    Kind.SUCCESS_RESPONSE_REMOVED: Side.RESPONSE,
    Kind.ERROR_RESPONSE_REMOVED: Side.RESPONSE,
}

# Change classes api-diff knows that this test does not exercise, and why.
NOT_EXERCISED: dict[Kind, str] = {
    Kind.OPERATION_RENAMED: "breaks at the source only (the SDK method's name); the wire is "
    "the same, so an old client keeps working",
    Kind.FIELD_RENAMED: "a removal plus an addition on the wire: see those",
    Kind.RESPONSE_SHAPE_CHANGED: "the mock's behaviours build the old shape whatever the spec "
    "says, so the new shape is never answered",
    Kind.SUCCESS_RESPONSE_REMOVED: "the mock's behaviours still answer the old success",
}
