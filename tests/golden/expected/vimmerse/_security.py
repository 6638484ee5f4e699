# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""Where the API key travels: the spec's apiKey security scheme (codegen/surface.py)."""

API_KEY_HEADER = "X-Api-Key"
