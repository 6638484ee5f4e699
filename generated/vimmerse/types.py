# Generated from openapi/vimmerse.yaml by `make generate`: do not edit.
"""The models' shared types, from the runtime (vimmerse_core.types)."""

from vimmerse_core.types import UNSET, File, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
