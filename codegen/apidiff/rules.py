"""What kinds of change there are and which of them break SDK users (the rule table).

The table is data so the classifier, the changelog and the docs agree; the package
docstring renders the same table for people.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Side(Enum):
    """Where a field lives: what the caller sends, or what the SDK hands back."""

    REQUEST = "request"
    RESPONSE = "response"


class Section(Enum):
    """Keep a Changelog section."""

    ADDED = "Added"
    CHANGED = "Changed"
    REMOVED = "Removed"


class Kind(Enum):
    OPERATION_ADDED = "operation added"
    OPERATION_REMOVED = "operation removed"
    OPERATION_RENAMED = "operation renamed"  # operationId / SDK method name / tag changed
    OPERATION_MOVED = "operation moved"  # same operation, new path or HTTP method
    DEPRECATED = "deprecated"
    FIELD_ADDED_OPTIONAL = "optional field added"
    FIELD_ADDED_REQUIRED = "required field added"
    FIELD_REMOVED = "field removed"
    FIELD_RENAMED = "field renamed"
    TYPE_WIDENED = "type widened"  # accepts more (integer -> number, X -> X|Y)
    TYPE_NARROWED = "type narrowed"
    TYPE_CHANGED = "type changed"
    FORMAT_CHANGED = "format changed"
    ENUM_VALUES_ADDED = "allowed values added"
    ENUM_VALUES_REMOVED = "allowed values removed"
    ENUM_INTRODUCED = "restricted to allowed values"
    ENUM_LIFTED = "no longer restricted to allowed values"
    DEFAULT_CHANGED = "default changed"
    MADE_REQUIRED = "made required"
    MADE_OPTIONAL = "made optional"
    MADE_NULLABLE = "made nullable"
    MADE_NON_NULLABLE = "made non-nullable"
    CONTENT_TYPE_CHANGED = "content type changed"
    CONTENT_TYPE_ADDED = "content type added"  # all the old ones kept, one more accepted
    RESPONSE_ADDED = "response status added"
    SUCCESS_RESPONSE_ADDED = "success response added"  # a 2xx whose body the others lack
    SUCCESS_RESPONSE_REMOVED = "success response removed"
    ERROR_RESPONSE_REMOVED = "error response removed"
    RESPONSE_SHAPE_CHANGED = "response shape changed"


@dataclass(frozen=True)
class Rule:
    section: Section
    breaks_request: bool  # breaking when the change is in a parameter or request body
    breaks_response: bool  # breaking when the change is in a response


def _r(section: Section, request: bool, response: bool) -> Rule:
    return Rule(section, request, response)


A, C, R = Section.ADDED, Section.CHANGED, Section.REMOVED

# Input may widen, output may narrow: the other way round breaks someone.
RULES: dict[Kind, Rule] = {
    Kind.OPERATION_ADDED: _r(A, False, False),
    Kind.OPERATION_REMOVED: _r(R, True, True),
    Kind.OPERATION_RENAMED: _r(C, True, True),
    # The new SDK hides the route, but every released client has the old one built in: 404.
    Kind.OPERATION_MOVED: _r(C, True, True),
    Kind.DEPRECATED: _r(C, False, False),
    Kind.FIELD_ADDED_OPTIONAL: _r(A, False, False),
    Kind.FIELD_ADDED_REQUIRED: _r(A, True, False),
    Kind.FIELD_REMOVED: _r(R, True, True),
    Kind.FIELD_RENAMED: _r(C, True, True),
    Kind.TYPE_WIDENED: _r(C, False, True),
    Kind.TYPE_NARROWED: _r(C, True, False),
    Kind.TYPE_CHANGED: _r(C, True, True),
    # Becomes TYPE_CHANGED when a format with its own Python type is involved (binary,
    # date-time, date, uuid: compare.TYPED_FORMATS).
    Kind.FORMAT_CHANGED: _r(C, False, False),
    Kind.ENUM_VALUES_ADDED: _r(C, False, False),  # responses: notable, code may match on them
    Kind.ENUM_VALUES_REMOVED: _r(C, True, False),
    Kind.ENUM_INTRODUCED: _r(C, True, False),
    Kind.ENUM_LIFTED: _r(C, False, True),  # the SDK then returns str, not the enum
    Kind.DEFAULT_CHANGED: _r(C, False, False),  # notable: same call, different result
    Kind.MADE_REQUIRED: _r(C, True, False),
    Kind.MADE_OPTIONAL: _r(C, False, True),  # the SDK may now hand back UNSET
    Kind.MADE_NULLABLE: _r(C, False, True),  # the SDK may now hand back None
    Kind.MADE_NON_NULLABLE: _r(C, True, False),
    Kind.CONTENT_TYPE_CHANGED: _r(C, True, True),
    Kind.CONTENT_TYPE_ADDED: _r(A, False, True),  # a response may now come in another type
    Kind.RESPONSE_ADDED: _r(A, False, False),
    # A released client reads any 2xx with the success schema it knows: another body fails.
    Kind.SUCCESS_RESPONSE_ADDED: _r(A, True, True),
    Kind.SUCCESS_RESPONSE_REMOVED: _r(R, True, True),
    Kind.ERROR_RESPONSE_REMOVED: _r(R, False, False),
    Kind.RESPONSE_SHAPE_CHANGED: _r(C, True, True),
}


@dataclass(frozen=True)
class Change:
    kind: Kind
    side: Side
    operation: str  # operationId
    where: str = ""  # "request body", "query parameter", "response 200", ...
    field: str = ""  # dotted path inside `where`; `[]` marks array items
    detail: str = ""
    schema: str = ""  # the named schema (components/schemas) the field belongs to, if any
    schema_field: str = ""  # the field's path inside `schema`

    @property
    def rule(self) -> Rule:
        return RULES[self.kind]

    @property
    def breaking(self) -> bool:
        rule = self.rule
        return rule.breaks_request if self.side is Side.REQUEST else rule.breaks_response

    @property
    def section(self) -> Section:
        return self.rule.section

    def describe(self) -> str:
        place = " ".join(p for p in (self.where, f"`{self.field}`" if self.field else "") if p)
        text = f"`{self.operation}`" + (f": {place}" if place else "") + f": {self.kind.value}"
        return text + (f" ({self.detail})" if self.detail else "")
