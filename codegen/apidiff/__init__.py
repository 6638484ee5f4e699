"""API diff: how the spec changed since a release, and what that means for SDK users.

    python -m codegen.apidiff                      # report: working copy vs the last v* tag
    python -m codegen.apidiff --base REF           # ... vs any git ref (default: tag, else HEAD)
    python -m codegen.apidiff --changelog --bump   # also draft CHANGELOG.md, bump the version

Modules: `spec` (load a spec from a file or a git ref, follow $refs), `shape` (a schema
reduced to comparable facts), `rules` (the change kinds and the table below), `compare`
(the walk), `changelog`, `version` (single source and semver policy), `surface` (the
client-surface summary `make generate` prints).

Why not an existing tool (checked 2026-11 against what installs here: PyPI, npm, Debian)
- oasdiff, the reference for this job, is Go only; its npm-free distribution cannot be
  installed here. `@pb33f/openapi-changes` (npm) is a Go binary that its postinstall
  script downloads from GitHub, which fails here and in CI.
- `@useoptic/optic` 1.0.9 (npm) installs, but its CLI crashes on Node 20 inside its own
  pinned spectral/ajv dependencies before reading a spec; the project is no longer
  released, and its rules neither report renames nor default changes.
- `@azure/oad` and `swagger-diff` (npm) target Swagger 2.0 / AutoRest, not OpenAPI 3.1.
- On PyPI, `api-diff-sentinel` diffs only paths and parameters (no schemas);
  `api-schema-diff` and `breakwatch` are young single-author projects that ignore 3.1's
  `type: [X, "null"]` and `anyOf` null members, which this spec uses for every nullable
  field, so they would report noise or miss nullability changes.
So this is a small module of our own (yaml + the standard library), tested pair by pair
in tests/apidiff.

What it compares: operations (by operationId; an operationId change on the same route is
a rename); parameters (by location and name); request bodies and responses (per status
code and media type), recursing through properties, array items, additionalProperties and
same-sized unions. YAML anchors are expanded by the loader; $refs (and their 3.1 sibling
keywords) are followed lazily, with recursion stopped on a repeated $ref pair. Nullability
spelt `type: [X, "null"]`, `anyOf/oneOf: [X, {type: "null"}]` or `nullable: true` is one
fact, so changing the spelling is not a change.

A rename is a field removed plus a field added in the same object (or parameter location)
with the same schema, ignoring documentation keys; ambiguous matches stay a removal plus an
addition. It is reported once, as a rename, and is breaking.

Rule table: is the change breaking for code written against the previous SDK? "Request"
means a parameter or request-body field (what the caller sends), "response" a field the
SDK hands back. Input may widen and output may narrow; the other way round breaks.
"no" means a client released before the change keeps working against a server that made
it: tests/apidiff/test_old_client.py runs the package generated at BASE against the mock
serving BASE's spec with one change of each class (and shows a few BREAKING ones fail).

| kind                                    | section | request  | response |
|-----------------------------------------|---------|----------|----------|
| operation added                         | Added   | no       | no       |
| operation removed                       | Removed | BREAKING | BREAKING |
| operation renamed (id, SDK method, tag) | Changed | BREAKING | BREAKING |
| operation moved (path or HTTP method)   | Changed | BREAKING | BREAKING |
| deprecated                              | Changed | no       | no       |
| optional field added                    | Added   | no       | no       |
| required field added                    | Added   | BREAKING | no       |
| field removed                           | Removed | BREAKING | BREAKING |
| field renamed                           | Changed | BREAKING | BREAKING |
| type widened (integer -> number, X -> X or Y) | Changed | no | BREAKING |
| type narrowed                           | Changed | BREAKING | no       |
| type changed (unrelated types)          | Changed | BREAKING | BREAKING |
| format changed (binary, date, date-time, uuid: type changed) | Changed | no | no |
| allowed values added (enum)             | Changed | no       | no (notable) |
| allowed values removed (enum)           | Changed | BREAKING | no       |
| restricted to allowed values            | Changed | BREAKING | no       |
| no longer restricted to allowed values  | Changed | no       | BREAKING |
| default changed                         | Changed | no (notable) | no (notable) |
| made required                           | Changed | BREAKING | no       |
| made optional                           | Changed | no       | BREAKING |
| made nullable                           | Changed | no       | BREAKING |
| made non-nullable                       | Changed | BREAKING | no       |
| content type changed                    | Changed | BREAKING | BREAKING |
| content type added (the old ones kept)  | Added   | no       | BREAKING |
| response status added                   | Added   | no       | no       |
| success response added (2xx, another body) | Added | BREAKING | BREAKING |
| success response removed (2xx)          | Removed | BREAKING | BREAKING |
| error response removed                  | Removed | no       | no       |
| response shape changed (body gained or lost, root type changed) | Changed | BREAKING | BREAKING |

The request body itself counts as a field: adding a required body is breaking, and so on.
`rules.RULES` is the same table as data; tests/apidiff checks the two agree. How the
classification picks the next version is in `version`.
"""

from .compare import diff
from .rules import RULES, Change, Kind, Section, Side
from .spec import Spec

__all__ = ["RULES", "Change", "Kind", "Section", "Side", "Spec", "diff"]
