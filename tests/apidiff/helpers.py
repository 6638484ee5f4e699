"""A tiny two-operation spec, and a way to diff it against an edited copy of itself."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import yaml

from codegen.apidiff import Change, Spec, diff

BASE_YAML = """
openapi: 3.1.0
info: {title: tiny, version: "1"}
x-fragments:
  count: &count {type: integer, minimum: 1, default: 1}
paths:
  /things:
    post:
      operationId: make_thing
      tags: [things]
      x-sdk-method: make
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: X-Trace, in: header, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Req"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Res"}
        "422": {description: invalid}
  /things/{id}:
    get:
      operationId: get_thing
      tags: [things]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Res"}
components:
  schemas:
    Req:
      type: object
      required: [prompt]
      properties:
        prompt: {type: string}
        mode: {type: string, enum: [fast, slow], default: fast}
        count: *count
        note: {type: [string, "null"]}
        tags: {type: array, items: {type: string}}
    Res:
      type: object
      required: [id]
      properties:
        id: {type: string}
        status: {type: string, enum: [ok, failed]}
        url: {anyOf: [{type: string}, {type: "null"}]}
        size: {type: integer}
        parent: {$ref: "#/components/schemas/Res"}
"""

Doc = dict[str, Any]


def base() -> Doc:
    doc = yaml.safe_load(BASE_YAML)
    assert isinstance(doc, dict)
    return copy.deepcopy(doc)  # anchors share objects: an edit must not leak into the alias


def req(doc: Doc) -> Doc:
    props: Doc = doc["components"]["schemas"]["Req"]
    return props


def res(doc: Doc) -> Doc:
    props: Doc = doc["components"]["schemas"]["Res"]
    return props


def op(doc: Doc, path: str = "/things", method: str = "post") -> Doc:
    node: Doc = doc["paths"][path][method]
    return node


def changes_after(edit: Callable[[Doc], object]) -> list[Change]:
    new = base()
    edit(new)
    return diff(Spec(base(), "old"), Spec(new, "new"))


def summary(changes: list[Change]) -> list[tuple[str, str, str, bool]]:
    """(kind, where, field, breaking) per change: what the classification tests compare."""
    return [(c.kind.value, c.where, c.field, c.breaking) for c in changes]
