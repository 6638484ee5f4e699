"""Walk two specs side by side and list the changes (see rules.py for what each one means)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from vimmerse_core.spec import SpecOperation as Operation

from .rules import Change, Kind, Side
from .shape import MISSING, Shape, canonical, shape
from .spec import Spec

K = TypeVar("K")


_COMPONENT = "#/components/schemas/"
# Formats the generator turns into a Python type of their own (a file, datetime, date,
# UUID): gaining or losing one changes the SDK's type, and a released client parses the
# string as that type, so a server free to send other strings breaks it.
TYPED_FORMATS = frozenset({"binary", "date-time", "date", "uuid"})


def _component(ref: str) -> str:
    return ref[len(_COMPONENT) :] if ref.startswith(_COMPONENT) else ""


@dataclass(frozen=True)
class Owner:
    """The innermost named schema (`components/schemas/NAME`) a walk is in, and the path
    at which it was entered: a change inside it is also a change of `NAME.<rest>`, which
    every operation using that schema shares (the changelog lists it once)."""

    name: str = ""
    base: str = ""

    def change(
        self, kind: Kind, side: Side, op: str, where: str, path: str, detail: str = ""
    ) -> Change:
        rest = path[len(self.base) :].lstrip(".") if self.name else ""
        return Change(kind, side, op, where, path, detail, self.name, rest)


NO_OWNER = Owner()


def sdk_name(op: Operation) -> str:
    """`tag.method`, as the SDK resources name it (`x-sdk-method` or the operationId)."""
    return f"{(op.tags or ('default',))[0]}.{op.sdk_method}"


def operations(spec: Spec) -> dict[str, Operation]:
    return {op.operation_id: op for op in spec.operations()}


def diff(old: Spec, new: Spec) -> list[Change]:
    """Every change from old to new, in spec order (operations sorted by operationId)."""
    return list(_Differ(old, new).run())


class _Differ:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old, self.new = old, new

    def run(self) -> Iterator[Change]:
        old_ops, new_ops = operations(self.old), operations(self.new)
        removed = {k: old_ops[k] for k in old_ops.keys() - new_ops.keys()}
        added = {k: new_ops[k] for k in new_ops.keys() - old_ops.keys()}
        # An operationId change on the same route is a rename, not a removal plus an addition.
        by_route = {(o.method, o.path): o for o in added.values()}
        for op_id in sorted(removed):
            was = removed[op_id]
            now = by_route.get((was.method, was.path))
            if now is not None:
                del added[now.operation_id]
                detail = (
                    f"now `{now.operation_id}`, SDK method `{sdk_name(was)}` -> `{sdk_name(now)}`"
                )
                yield Change(Kind.OPERATION_RENAMED, Side.REQUEST, op_id, detail=detail)
                yield from self.operation(was, now, renamed=True)
            else:
                yield Change(Kind.OPERATION_REMOVED, Side.REQUEST, op_id, detail=sdk_name(was))
        for op_id in sorted(added):
            yield Change(Kind.OPERATION_ADDED, Side.REQUEST, op_id, detail=sdk_name(added[op_id]))
        for op_id in sorted(old_ops.keys() & new_ops.keys()):
            yield from self.operation(old_ops[op_id], new_ops[op_id])

    # ------------------------------------------------------------------ operations
    def operation(self, was: Operation, now: Operation, renamed: bool = False) -> Iterator[Change]:
        op = now.operation_id
        if sdk_name(was) != sdk_name(now) and not renamed:
            yield Change(
                Kind.OPERATION_RENAMED,
                Side.REQUEST,
                op,
                detail=f"SDK method `{sdk_name(was)}` is now `{sdk_name(now)}`",
            )
        if (was.method, was.path) != (now.method, now.path):
            yield Change(
                Kind.OPERATION_MOVED,
                Side.REQUEST,
                op,
                detail=f"{was.method} {was.path} -> {now.method} {now.path}",
            )
        if now.node.get("deprecated") and not was.node.get("deprecated"):
            yield Change(Kind.DEPRECATED, Side.REQUEST, op)
        yield from self.parameters(op, was, now)
        yield from self.request_body(op, was.node.get("requestBody"), now.node.get("requestBody"))
        yield from self.responses(op, was.node.get("responses"), now.node.get("responses"))

    @staticmethod
    def _params(o: Operation) -> dict[tuple[str, str], Any]:
        return {(p["in"], p["name"]): p for p in o.parameters}

    def parameters(self, op: str, was: Operation, now: Operation) -> Iterator[Change]:
        old, new = self._params(was), self._params(now)
        where = {key: f"{key[0]} parameter" for key in old.keys() | new.keys()}
        gone = {k: old[k] for k in old.keys() - new.keys()}
        came = {k: new[k] for k in new.keys() - old.keys()}
        renames = _pair_renames(
            {k: canonical(self.old, v.get("schema")) for k, v in gone.items()},
            {k: canonical(self.new, v.get("schema")) for k, v in came.items()},
            same_place=lambda a, b: a[0] == b[0],
        )
        for was_key, now_key in renames.items():
            yield Change(
                Kind.FIELD_RENAMED,
                Side.REQUEST,
                op,
                where[was_key],
                was_key[1],
                detail=f"now `{now_key[1]}`",
            )
            del gone[was_key], came[now_key]
        for key in sorted(gone):
            yield Change(Kind.FIELD_REMOVED, Side.REQUEST, op, where[key], key[1])
        for key in sorted(came):
            kind = (
                Kind.FIELD_ADDED_REQUIRED
                if came[key].get("required")
                else Kind.FIELD_ADDED_OPTIONAL
            )
            yield Change(kind, Side.REQUEST, op, where[key], key[1])
        for key in sorted(old.keys() & new.keys()):
            a, b = old[key], new[key]
            yield from _required(
                op,
                Side.REQUEST,
                where[key],
                key[1],
                bool(a.get("required")),
                bool(b.get("required")),
            )
            if b.get("deprecated") and not a.get("deprecated"):
                yield Change(Kind.DEPRECATED, Side.REQUEST, op, where[key], key[1])
            yield from self.schema(op, Side.REQUEST, where[key], key[1], a.get("schema"), b.get("schema"))  # fmt: skip

    # ------------------------------------------------------------------ bodies
    def request_body(self, op: str, old_raw: Any, new_raw: Any) -> Iterator[Change]:
        where = "request body"
        if old_raw is None and new_raw is None:
            return
        if old_raw is None or new_raw is None:
            body = self.new.resolve(new_raw) if new_raw is not None else None
            if body is None:
                yield Change(Kind.FIELD_REMOVED, Side.REQUEST, op, where)
            else:
                kind = (
                    Kind.FIELD_ADDED_REQUIRED if body.get("required") else Kind.FIELD_ADDED_OPTIONAL
                )
                yield Change(kind, Side.REQUEST, op, where)
            return
        old, new = self.old.resolve(old_raw), self.new.resolve(new_raw)
        yield from _required(op, Side.REQUEST, where, "", bool(old.get("required")), bool(new.get("required")))  # fmt: skip
        yield from self.content(op, Side.REQUEST, where, old.get("content"), new.get("content"))

    def responses(self, op: str, old_raw: Any, new_raw: Any) -> Iterator[Change]:
        old, new = old_raw or {}, new_raw or {}
        for code in sorted(old.keys() - new.keys(), key=str):
            kind = Kind.SUCCESS_RESPONSE_REMOVED if str(code).startswith("2") else Kind.ERROR_RESPONSE_REMOVED  # fmt: skip
            yield Change(kind, Side.RESPONSE, op, f"response {code}")
        # A released client parses every 2xx with the success schema it knows.
        known = [self._bodies(self.old, old[c]) for c in old if str(c).startswith("2")]
        for code in sorted(new.keys() - old.keys(), key=str):
            other = str(code).startswith("2") and self._bodies(self.new, new[code]) not in known
            kind = Kind.SUCCESS_RESPONSE_ADDED if other else Kind.RESPONSE_ADDED
            yield Change(kind, Side.RESPONSE, op, f"response {code}")
        for code in sorted(old.keys() & new.keys(), key=str):
            a, b = self.old.resolve(old[code]), self.new.resolve(new[code])
            yield from self.content(op, Side.RESPONSE, f"response {code}", a.get("content"), b.get("content"))  # fmt: skip

    @staticmethod
    def _bodies(spec: Spec, response: Any) -> dict[str, Any]:
        """A response's schemas by media type, comparable across specs."""
        content = spec.resolve(response).get("content") or {}
        return {media: canonical(spec, body.get("schema")) for media, body in content.items()}

    def content(self, op: str, side: Side, where: str, old: Any, new: Any) -> Iterator[Change]:
        old, new = old or {}, new or {}
        if not old and not new:
            return
        if not old or not new:
            # A body appeared or disappeared: the SDK's return type changes.
            detail = "now has a body" if new else "no longer has a body"
            yield Change(Kind.RESPONSE_SHAPE_CHANGED, side, op, where, detail=detail)
            return
        if old.keys() < new.keys():
            detail = ", ".join(sorted(new.keys() - old.keys()))
            yield Change(Kind.CONTENT_TYPE_ADDED, side, op, where, detail=detail)
        elif old.keys() != new.keys():
            detail = f"{', '.join(sorted(old))} -> {', '.join(sorted(new))}"
            yield Change(Kind.CONTENT_TYPE_CHANGED, side, op, where, detail=detail)
        for media in sorted(old.keys() & new.keys()):
            yield from self.schema(op, side, where, "", old[media].get("schema"), new[media].get("schema"))  # fmt: skip

    # ------------------------------------------------------------------ schemas
    def schema(
        self,
        op: str,
        side: Side,
        where: str,
        path: str,
        old_raw: Any,
        new_raw: Any,
        _stack: frozenset[tuple[str, str]] = frozenset(),
        owner: Owner = NO_OWNER,
    ) -> Iterator[Change]:
        # Recursive schemas: stop when the same pair of $refs comes round again.
        key = (_ref(old_raw), _ref(new_raw))
        if key[0] and key[1]:
            if key in _stack:
                return
            _stack = _stack | {key}
        named = _component(key[1] or key[0])
        if named:
            owner = Owner(named, path)
        a, b = shape(self.old, old_raw), shape(self.new, new_raw)

        def change(kind: Kind, detail: str = "") -> Change:
            return owner.change(kind, side, op, where, path, detail)

        type_kind = _type_change(a, b)
        if type_kind is not None:
            root_shape = side is Side.RESPONSE and not path and type_kind is Kind.TYPE_CHANGED
            kind = Kind.RESPONSE_SHAPE_CHANGED if root_shape else type_kind
            yield change(kind, f"{a.type_label} -> {b.type_label}")
            if type_kind is Kind.TYPE_CHANGED:
                return  # the insides of unrelated types are not worth comparing
        if a.format != b.format:
            typed = bool(TYPED_FORMATS & {a.format, b.format})
            yield change(
                Kind.TYPE_CHANGED if typed else Kind.FORMAT_CHANGED,
                f"format {a.format or 'none'} -> {b.format or 'none'}",
            )
        if a.nullable != b.nullable:
            yield change(Kind.MADE_NULLABLE if b.nullable else Kind.MADE_NON_NULLABLE)
        yield from (change(k, d) for k, d in _enum_changes(a, b))
        if a.default != b.default and not (a.default is MISSING and b.default is MISSING):
            yield change(Kind.DEFAULT_CHANGED, f"{_show(a.default)} -> {_show(b.default)}")
        if b.deprecated and not a.deprecated and path:
            yield change(Kind.DEPRECATED)
        if a.properties or b.properties:
            yield from self.properties(op, side, where, path, a, b, _stack, owner)
        if a.items is not None and b.items is not None:
            yield from self.schema(op, side, where, f"{path}[]", a.items, b.items, _stack, owner)
        if a.additional is not None and b.additional is not None:
            yield from self.schema(op, side, where, f"{path}{{}}", a.additional, b.additional, _stack, owner)  # fmt: skip
        if len(a.variants) == len(b.variants) > 1:
            for i, (va, vb) in enumerate(zip(a.variants, b.variants, strict=True)):
                yield from self.schema(op, side, where, f"{path}<{i}>", va, vb, _stack, owner)

    def properties(
        self,
        op: str,
        side: Side,
        where: str,
        path: str,
        a: Shape,
        b: Shape,
        stack: frozenset[tuple[str, str]],
        owner: Owner,
    ) -> Iterator[Change]:
        def at(name: str) -> str:
            return f"{path}.{name}" if path else name

        gone = {n: canonical(self.old, a.properties[n]) for n in a.properties.keys() - b.properties.keys()}  # fmt: skip
        came = {n: canonical(self.new, b.properties[n]) for n in b.properties.keys() - a.properties.keys()}  # fmt: skip
        for old_name, new_name in _pair_renames(gone, came).items():
            detail = f"now `{new_name}`"
            if (old_name in a.required) != (new_name in b.required):
                detail += ", and now required" if new_name in b.required else ", and now optional"
            yield owner.change(Kind.FIELD_RENAMED, side, op, where, at(old_name), detail)
            del gone[old_name], came[new_name]
        for name in sorted(gone):
            yield owner.change(Kind.FIELD_REMOVED, side, op, where, at(name))
        for name in sorted(came):
            kind = Kind.FIELD_ADDED_REQUIRED if name in b.required else Kind.FIELD_ADDED_OPTIONAL
            yield owner.change(kind, side, op, where, at(name))
        for name in [n for n in a.properties if n in b.properties]:
            yield from _required(
                op, side, where, at(name), name in a.required, name in b.required, owner
            )
            yield from self.schema(
                op, side, where, at(name), a.properties[name], b.properties[name], stack, owner
            )


# ---------------------------------------------------------------------- helpers
def _ref(raw: Any) -> str:
    return raw.get("$ref", "") if isinstance(raw, dict) else ""


def _show(value: Any) -> str:
    return "none" if value is MISSING else repr(value)


def _required(
    op: str, side: Side, where: str, path: str, was: bool, now: bool, owner: Owner | None = None
) -> Iterable[Change]:
    if was != now:
        kind = Kind.MADE_REQUIRED if now else Kind.MADE_OPTIONAL
        yield (owner or NO_OWNER).change(kind, side, op, where, path)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Does every value of type `narrow` also fit `wide`? (An empty set means any type.)"""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_change(a: Shape, b: Shape) -> Kind | None:
    if a.types == b.types:
        return None
    if _covers(b.types, a.types):
        return Kind.TYPE_WIDENED
    if _covers(a.types, b.types):
        return Kind.TYPE_NARROWED
    return Kind.TYPE_CHANGED


def _enum_changes(a: Shape, b: Shape) -> Iterator[tuple[Kind, str]]:
    if a.enum is None and b.enum is None:
        return
    if a.enum is None:
        yield Kind.ENUM_INTRODUCED, ", ".join(map(repr, b.enum or ()))
        return
    if b.enum is None:
        yield Kind.ENUM_LIFTED, ""
        return
    dropped = [v for v in a.enum if v not in b.enum]
    new = [v for v in b.enum if v not in a.enum]
    if dropped:
        yield Kind.ENUM_VALUES_REMOVED, ", ".join(map(repr, dropped))
    if new:
        yield Kind.ENUM_VALUES_ADDED, ", ".join(map(repr, new))


def _pair_renames(
    gone: dict[K, Any], came: dict[K, Any], same_place: Callable[[K, K], bool] | None = None
) -> dict[K, K]:
    """Removed and added names whose schemas are equal, where the match is unambiguous."""
    pairs: dict[K, K] = {}
    for old_key, old_schema in gone.items():
        matches = [
            k
            for k, s in came.items()
            if s == old_schema and (same_place is None or same_place(old_key, k))
        ]
        # Two removed fields with the same schema could be either one's old name: skip them.
        rivals = [k for k, s in gone.items() if matches and s == came[matches[0]]]
        if len(matches) == 1 and len(rivals) == 1 and matches[0] not in pairs.values():
            pairs[old_key] = matches[0]
    return pairs
