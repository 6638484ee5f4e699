"""A stateful mock of the Vimmerse API, built at start-up from the OpenAPI spec.

Run it with `make mock` or `vimmerse-mock --help`. The spec is the `vimmerse` package's
`openapi.yaml` if installed, else `openapi/vimmerse.yaml` (`--spec` overrides); every
operation in it is served, validated against it (422), and answered by the behaviour of
its role, which the spec gives (roles.py: an upload, a generation route, an estimate, ...),
or, for a route of no known role, from the operation's examples/schema.

Conventions a client can rely on:

- API key: `X-Api-Key`; the development key is `vimmerse-dev-key` (`--key` adds others,
  `--key name=CREDITS` with its own balance). Missing or unknown key: 401
  `{"message": "UNAUTHORIZED"}`, except on operations whose security allows anonymous
  calls (the estimate routes).
- Jobs are `processing` for a configurable time (`--duration image=2 video=5 media=8`),
  then `success`; a job whose request contains `MOCK_FAIL` (any case), or a seeded
  `--failure-rate` share of jobs, ends as `fail` and is refunded.
- Credits: every key starts with `--credits` (10000); jobs charge exactly what the
  estimate routes answer; 402 `{"message": "INSUFFICIENT_CREDIT"}` creates nothing.
- Results and uploads are served by the mock under `/files/...`; `/_mock/health`,
  `/_mock/credits`, `/_mock/webhooks` and `/_mock/drift` help tests, `/_mock/` is a web page, and the
  test control (reset, credits, injected failures, durations, a virtual clock, the
  request journal, a webhook receiver) is in control_routes.py.
- Per-option required fields (the spec's `if`/`then`) and uploads of the wrong kind are
  a 422 naming the field.
- Drift (off by default, see drift.py): `--drift SEED` answers as a newer server would,
  with fields, enum values and omissions the spec lacks.
- Faults (off by default, see faults.py): a 503 whose body is
  `{"message": "NOT_PROCESSED"}` and that carries `Retry-After` struck BEFORE anything
  happened, so the request (even a POST) is safe to retry; a 503 with
  `{"message": "SERVICE_UNAVAILABLE"}` struck after the job was created.
"""
