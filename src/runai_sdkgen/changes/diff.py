"""What changed between two releases of an API, at the level a client user feels it.

The engine compares two normalized specs operation by operation. Schemas are resolved through
`$ref`, `allOf`, `oneOf`, `anyOf`, `items` and `additionalProperties` into `SchemaNode` trees
that carry no component names, so a component renamed but otherwise identical yields no change.
Every kind of change is one row of `RULES`: the table is the single place that says what a rule
detects and how severe it is; `docs/diff-rules.md` is rendered from it.

Identity and locations:
- an operation is METHOD plus its path template with path-parameter names erased
  (`/apps/{id}` and `/apps/{appId}` are the same operation); it is shown as
  `GET /api/v1/apps/{appId}` using the newer path;
- a parameter is `in` + `name`, except path parameters, which are matched by position in the path;
  its location is `parameters.<in>.<name>`;
- a body field's location is `requestBody.<media type>.<dotted path>` or
  `responses.<status>.<media type>.<dotted path>`, where `[]` steps into array items and `{}` into
  `additionalProperties` (e.g. `requestBody.application/json.spec.tolerations[].key`).
Only success (2xx) responses are compared: error bodies are not part of a client's data model.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from runai_sdkgen.spec.load import Spec

Level = Literal["breaking", "deprecation", "info"]
LEVELS: tuple[Level, ...] = ("breaking", "deprecation", "info")
Side = Literal["request", "response"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PATH_PARAMETER = re.compile(r"\{[^}/]*\}")


# ---------------------------------------------------------------------------------------------
# Resolved schemas


@dataclass(eq=False, slots=True)
class SchemaNode:
    """A schema with `$ref`s followed and `allOf`/`oneOf`/`anyOf` merged; never mutated once built.

    `recursive` marks where a cycle was cut: the node stands for a schema already being expanded
    further up the same path, and is not expanded again.
    """

    types: frozenset[str] = frozenset()
    formats: frozenset[str] = frozenset()
    enum: frozenset[str] | None = None
    deprecated: bool = False
    properties: dict[str, SchemaNode] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: SchemaNode | None = None
    additional: SchemaNode | None = None
    recursive: bool = False
    _fingerprint: int | None = None

    @property
    def fingerprint(self) -> int:
        """A hash of the whole resolved structure: equal for subtrees that compare equal.

        Lets the comparison skip the (many) subtrees a release did not touch.
        """
        if self._fingerprint is None:
            self._fingerprint = hash(
                (
                    self.types,
                    self.formats,
                    self.enum,
                    self.deprecated,
                    self.required,
                    self.recursive,
                    tuple(
                        (name, child.fingerprint) for name, child in sorted(self.properties.items())
                    ),
                    None if self.items is None else self.items.fingerprint,
                    None if self.additional is None else self.additional.fingerprint,
                )
            )
        return self._fingerprint

    @property
    def type_text(self) -> str:
        text = "|".join(sorted(self.types)) or "any"
        if self.formats:
            text += f" ({'|'.join(sorted(self.formats))})"
        return text


def _merge(a: SchemaNode, b: SchemaNode, *, union_required: bool = True) -> SchemaNode:
    """Combine two schemas that describe the same value (allOf members, or $ref plus siblings)."""
    if a.enum is not None and b.enum is not None:
        enum: frozenset[str] | None = a.enum & b.enum
    else:
        enum = a.enum if a.enum is not None else b.enum
    properties = dict(a.properties)
    for name, child in b.properties.items():
        properties[name] = _merge(properties[name], child) if name in properties else child
    return SchemaNode(
        types=a.types | b.types,
        formats=a.formats | b.formats,
        enum=enum,
        deprecated=a.deprecated or b.deprecated,
        properties=properties,
        required=(a.required | b.required) if union_required else (a.required & b.required),
        items=_merge_optional(a.items, b.items),
        additional=_merge_optional(a.additional, b.additional),
        recursive=a.recursive and b.recursive,
    )


def _merge_optional(a: SchemaNode | None, b: SchemaNode | None) -> SchemaNode | None:
    if a is None:
        return b
    if b is None:
        return a
    return _merge(a, b)


def _union(variants: list[SchemaNode]) -> SchemaNode:
    """oneOf/anyOf: every variant's fields are reachable; a field is required only if all say so."""
    result = variants[0]
    for variant in variants[1:]:
        result = _merge(result, variant, union_required=False)
    return result


class Resolver:
    """Resolves the schemas of one spec, memoizing every component whose expansion has no cycle.

    A component reached again on the same path is cut (a `recursive` node), so the expansion of a
    cyclic component depends on the path and is never memoized; an acyclic component expands the
    same way everywhere and is built once per spec.
    """

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._memo: dict[str, SchemaNode] = {}

    def lookup(self, ref: str) -> Any:
        """The raw object a local `#/...` reference points at (None when it dangles)."""
        if not ref.startswith("#/"):
            return None
        target: Any = self.spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return None
            target = target[part]
        return target

    def follow(self, obj: Any) -> Any:
        """Follow a chain of `$ref`s (a parameter that refers to a parameter that refers ...)."""
        seen: set[str] = set()
        while isinstance(obj, dict) and isinstance(obj.get("$ref"), str):
            ref = obj["$ref"]
            if ref in seen:
                return None
            seen.add(ref)
            obj = self.lookup(ref)
        return obj

    def schema(self, raw: Any) -> SchemaNode:
        return self._build(raw, ())[0]

    def _build(self, raw: Any, stack: tuple[str, ...]) -> tuple[SchemaNode, bool]:
        """The node for `raw` and whether a cycle was cut somewhere beneath it."""
        if not isinstance(raw, dict):
            return SchemaNode(), False
        ref = raw.get("$ref")
        if isinstance(ref, str):
            base, cut = self._build_ref(ref, stack)
            if len(raw) == 1:
                return base, cut
            siblings = {k: v for k, v in raw.items() if k != "$ref"}
            extra, extra_cut = self._build(siblings, stack)
            return _merge(base, extra), cut or extra_cut
        cut = False
        properties: dict[str, SchemaNode] = {}
        for name, sub in (raw.get("properties") or {}).items():
            properties[name], sub_cut = self._build(sub, stack)
            cut |= sub_cut
        items = additional = None
        if "items" in raw:
            items, sub_cut = self._build(raw["items"], stack)
            cut |= sub_cut
        extra_props = raw.get("additionalProperties")
        if extra_props is True or isinstance(extra_props, dict):
            additional, sub_cut = self._build(extra_props, stack)
            cut |= sub_cut
        type_ = raw.get("type")
        types = frozenset([type_] if isinstance(type_, str) else [])
        fmt = raw.get("format")
        enum_raw = raw.get("enum")
        node = SchemaNode(
            types=types,
            formats=frozenset([fmt] if isinstance(fmt, str) else []),
            enum=_enum_values(enum_raw) if isinstance(enum_raw, list) else None,
            deprecated=raw.get("deprecated") is True,
            properties=properties,
            required=frozenset(r for r in raw.get("required") or () if isinstance(r, str)),
            items=items,
            additional=additional,
        )
        for member in raw.get("allOf") or ():
            member_node, sub_cut = self._build(member, stack)
            cut |= sub_cut
            node = _merge(node, member_node)
        for keyword in ("oneOf", "anyOf"):
            variants = []
            for member in raw.get(keyword) or ():
                member_node, sub_cut = self._build(member, stack)
                cut |= sub_cut
                variants.append(member_node)
            if variants:
                node = _merge(node, _union(variants))
        return node, cut

    def _build_ref(self, ref: str, stack: tuple[str, ...]) -> tuple[SchemaNode, bool]:
        if ref in stack:
            return SchemaNode(recursive=True), True
        memoized = self._memo.get(ref)
        if memoized is not None:
            return memoized, False
        node, cut = self._build(self.lookup(ref), (*stack, ref))
        if not cut:
            self._memo[ref] = node
        return node, cut


def _enum_values(values: list[Any]) -> frozenset[str]:
    return frozenset(json.dumps(v, sort_keys=True) for v in values)


def _enum_text(values: frozenset[str]) -> str:
    return ", ".join(sorted(values))


# ---------------------------------------------------------------------------------------------
# Operations and parameters


@dataclass(frozen=True, slots=True)
class Parameter:
    location: str  # "query", "path", "header", "cookie"
    name: str
    required: bool
    deprecated: bool
    schema: SchemaNode

    @property
    def type_text(self) -> str:
        if self.schema.items is not None and "array" in self.schema.types:
            return f"{self.schema.type_text} of {self.schema.items.type_text}"
        return self.schema.type_text

    @property
    def enum(self) -> frozenset[str] | None:
        if self.schema.enum is None and self.schema.items is not None:
            return self.schema.items.enum
        return self.schema.enum


@dataclass(frozen=True, slots=True)
class Operation:
    identity: str  # METHOD + path with parameter names erased
    method: str
    path: str
    raw: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def operation_id(self) -> str:
        value = self.raw.get("operationId")
        return value if isinstance(value, str) else ""

    @property
    def tag(self) -> str:
        tags = self.raw.get("tags")
        if isinstance(tags, list) and tags and isinstance(tags[0], str):
            return tags[0]
        return ""

    @property
    def deprecated(self) -> bool:
        return self.raw.get("deprecated") is True


def operation_identity(method: str, path: str) -> str:
    """`GET /apps/{}`: the identity under which `/apps/{id}` and `/apps/{appId}` are one path."""
    return f"{method.upper()} {PATH_PARAMETER.sub('{}', path)}"


def operations(spec: Spec) -> dict[str, Operation]:
    """Every operation of a spec by identity (see `operation_identity`)."""
    found: dict[str, Operation] = {}
    for path, path_item in sorted((spec.get("paths") or {}).items()):
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            raw = path_item.get(method)
            if isinstance(raw, dict):
                identity = operation_identity(method, path)
                found[identity] = Operation(identity, method.upper(), path, raw, path_item)
    return found


def parameters(resolver: Resolver, operation: Operation) -> dict[str, Parameter]:
    """An operation's parameters (path-item ones overridden by its own) keyed by identity.

    Identity is `<in>:<name>`, except path parameters: `path:#<position in the path>`.
    """
    merged: dict[tuple[str, str], Any] = {}
    for raw in [
        *(operation.path_item.get("parameters") or ()),
        *(operation.raw.get("parameters") or ()),
    ]:
        resolved = resolver.follow(raw)
        if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
            merged[(str(resolved.get("in", "")), resolved["name"])] = resolved
    positions = {
        name[1:-1]: index for index, name in enumerate(PATH_PARAMETER.findall(operation.path))
    }
    result: dict[str, Parameter] = {}
    for (where, name), resolved in merged.items():
        identity = f"path:#{positions.get(name, name)}" if where == "path" else f"{where}:{name}"
        result[identity] = Parameter(
            location=where,
            name=name,
            required=resolved.get("required") is True or where == "path",
            deprecated=resolved.get("deprecated") is True,
            schema=resolver.schema(resolved.get("schema")),
        )
    return result


def request_bodies(resolver: Resolver, operation: Operation) -> tuple[bool, dict[str, SchemaNode]]:
    """Whether a request body is required, and its schema per media type."""
    body = resolver.follow(operation.raw.get("requestBody"))
    if not isinstance(body, dict):
        return False, {}
    return body.get("required") is True, _media_schemas(resolver, body)


def success_responses(resolver: Resolver, operation: Operation) -> dict[str, dict[str, SchemaNode]]:
    """The 2xx responses: status -> media type -> schema."""
    result: dict[str, dict[str, SchemaNode]] = {}
    for status, raw in (operation.raw.get("responses") or {}).items():
        if str(status).startswith("2"):
            response = resolver.follow(raw)
            result[str(status)] = (
                _media_schemas(resolver, response) if isinstance(response, dict) else {}
            )
    return result


def _media_schemas(resolver: Resolver, holder: Mapping[str, Any]) -> dict[str, SchemaNode]:
    content = holder.get("content") or {}
    return {
        media: resolver.schema(body.get("schema") if isinstance(body, dict) else None)
        for media, body in sorted(content.items())
    }


def security_alternatives(spec: Spec, operation: Operation) -> frozenset[str]:
    """The alternatives an operation accepts, each as `scheme+scheme` (empty: no auth at all)."""
    raw = operation.raw.get("security", spec.get("security")) or []
    alternatives = set()
    for requirement in raw:
        if isinstance(requirement, dict) and requirement:
            alternatives.add("+".join(sorted(requirement)))
    return frozenset(alternatives)


def security_scheme(resolver: Resolver, name: str) -> Any:
    """A security scheme's definition minus its description (prose is not a change)."""
    schemes = (resolver.spec.get("components") or {}).get("securitySchemes") or {}
    scheme = resolver.follow(schemes.get(name))
    if not isinstance(scheme, dict):
        return None
    return {key: value for key, value in scheme.items() if key != "description"}


# ---------------------------------------------------------------------------------------------
# Compared pairs handed to the rule detectors


@dataclass(frozen=True, slots=True)
class OperationPair:
    old: Operation | None
    new: Operation | None


@dataclass(frozen=True, slots=True)
class ParameterPair:
    old: Parameter | None
    new: Parameter | None


@dataclass(frozen=True, slots=True)
class MediaPair:
    """A request body or response media type (or a response status: `media` is then "")."""

    side: Side
    old: SchemaNode | None
    new: SchemaNode | None
    status: str = ""


@dataclass(frozen=True, slots=True)
class FieldPair:
    """One body field in both releases; `*_required` says whether its parent requires it."""

    side: Side
    old: SchemaNode | None
    new: SchemaNode | None
    old_required: bool
    new_required: bool


@dataclass(frozen=True, slots=True)
class RequestBodyPair:
    """Whether the request body is required (None: the operation takes no body)."""

    old: bool | None
    new: bool | None


@dataclass(frozen=True, slots=True)
class SecurityPair:
    """Accepted alternatives (`scheme+scheme`) and the used schemes whose definition changed."""

    old: frozenset[str]
    new: frozenset[str]
    redefined: frozenset[str] = frozenset()


Scope = Literal["operation", "parameter", "request-body", "media", "status", "field", "security"]
Finding = tuple[str | None, str | None, str]  # before, after, detail
Pair = OperationPair | ParameterPair | RequestBodyPair | MediaPair | FieldPair | SecurityPair


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    scope: Scope
    description: str
    detect: Callable[[Any], Finding | None]


def _op_added(p: OperationPair) -> Finding | None:
    if p.old is None and p.new is not None:
        return None, p.new.key, "operation added"
    return None


def _op_removed(p: OperationPair) -> Finding | None:
    if p.old is not None and p.new is None:
        return p.old.key, None, "operation removed"
    return None


def _op_deprecated(p: OperationPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.new.deprecated and not p.old.deprecated:
        return "false", "true", "operation deprecated"
    return None


def _op_undeprecated(p: OperationPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.old.deprecated and not p.new.deprecated:
        return "true", "false", "operation no longer deprecated"
    return None


def _op_id_changed(p: OperationPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.old.operation_id != p.new.operation_id:
        old, new = p.old.operation_id, p.new.operation_id
        return old, new, f"operationId changed from {old!r} to {new!r}"
    return None


def _param_added(required: bool) -> Callable[[ParameterPair], Finding | None]:
    def detect(p: ParameterPair) -> Finding | None:
        if p.old is None and p.new is not None and p.new.required == required:
            kind = "required" if required else "optional"
            return None, p.new.type_text, f"{kind} parameter added"
        return None

    return detect


def _param_removed(p: ParameterPair) -> Finding | None:
    if p.old is not None and p.new is None:
        return p.old.type_text, None, "parameter removed"
    return None


def _param_deprecated(p: ParameterPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.new.deprecated and not p.old.deprecated:
        return "false", "true", "parameter deprecated"
    return None


def _param_undeprecated(p: ParameterPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.old.deprecated and not p.new.deprecated:
        return "true", "false", "parameter no longer deprecated"
    return None


def _param_made_required(p: ParameterPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.new.required and not p.old.required:
        return "optional", "required", "parameter made required"
    return None


def _param_made_optional(p: ParameterPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.old.required and not p.new.required:
        return "required", "optional", "parameter made optional"
    return None


def _param_type_changed(p: ParameterPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.old.type_text != p.new.type_text:
        old, new = p.old.type_text, p.new.type_text
        return old, new, f"parameter type changed from {old} to {new}"
    return None


def _param_enum(removed: bool) -> Callable[[ParameterPair], Finding | None]:
    def detect(p: ParameterPair) -> Finding | None:
        if p.old is None or p.new is None:
            return None
        return _enum_finding(p.old.enum, p.new.enum, removed=removed)

    return detect


def _enum_finding(
    old: frozenset[str] | None, new: frozenset[str] | None, *, removed: bool
) -> Finding | None:
    """Enum values removed (`removed`) or added; None stands for "no enum: any value".

    Gaining an enum constraint counts as removing values, dropping one as adding values.
    """
    if old == new:
        return None
    if removed:
        if new is None:
            return None
        if old is None:
            return "any", _enum_text(new), "values restricted to an enum"
        gone = old - new
        if not gone:
            return None
        return _enum_text(old), _enum_text(new), f"enum value(s) removed: {_enum_text(gone)}"
    if old is None:
        return None
    if new is None:
        return _enum_text(old), "any", "enum constraint dropped"
    added = new - old
    if not added:
        return None
    return _enum_text(old), _enum_text(new), f"enum value(s) added: {_enum_text(added)}"


def _media_added(side: Side) -> Callable[[MediaPair], Finding | None]:
    def detect(p: MediaPair) -> Finding | None:
        if p.side == side and p.old is None and p.new is not None:
            return None, p.new.type_text, f"{side} media type added"
        return None

    return detect


def _media_removed(side: Side) -> Callable[[MediaPair], Finding | None]:
    def detect(p: MediaPair) -> Finding | None:
        if p.side == side and p.old is not None and p.new is None:
            return p.old.type_text, None, f"{side} media type removed"
        return None

    return detect


def _request_body_made_required(p: RequestBodyPair) -> Finding | None:
    if p.new is True and p.old is not True:
        before = "absent" if p.old is None else "optional"
        return before, "required", "request body made required"
    return None


def _status_added(p: MediaPair) -> Finding | None:
    if p.old is None and p.new is not None:
        return None, p.status, f"success response {p.status} added"
    return None


def _status_removed(p: MediaPair) -> Finding | None:
    if p.old is not None and p.new is None:
        return p.status, None, f"success response {p.status} removed"
    return None


def _field_added(side: Side, required: bool) -> Callable[[FieldPair], Finding | None]:
    def detect(p: FieldPair) -> Finding | None:
        if (
            p.side == side
            and p.old is None
            and p.new is not None
            and (side == "response" or p.new_required == required)
        ):
            kind = "required " if side == "request" and required else ""
            return None, p.new.type_text, f"{kind}property added"
        return None

    return detect


def _field_removed(side: Side) -> Callable[[FieldPair], Finding | None]:
    def detect(p: FieldPair) -> Finding | None:
        if p.side == side and p.old is not None and p.new is None:
            return p.old.type_text, None, "property removed"
        return None

    return detect


def _field_required_flip(side: Side, now_required: bool) -> Callable[[FieldPair], Finding | None]:
    def detect(p: FieldPair) -> Finding | None:
        if p.side != side or p.old is None or p.new is None:
            return None
        if p.new_required == now_required and p.old_required != now_required:
            before, after = ("optional", "required") if now_required else ("required", "optional")
            return before, after, f"property made {after}"
        return None

    return detect


def _field_deprecated(p: FieldPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.new.deprecated and not p.old.deprecated:
        return "false", "true", "property deprecated"
    return None


def _field_undeprecated(p: FieldPair) -> Finding | None:
    if p.old is not None and p.new is not None and p.old.deprecated and not p.new.deprecated:
        return "true", "false", "property no longer deprecated"
    return None


def _field_type_changed(p: FieldPair) -> Finding | None:
    if p.old is None or p.new is None or p.old.recursive or p.new.recursive:
        return None
    if p.old.types != p.new.types:
        old, new = p.old.type_text, p.new.type_text
        return old, new, f"type changed from {old} to {new}"
    return None


def _field_format_changed(p: FieldPair) -> Finding | None:
    if p.old is None or p.new is None or p.old.types != p.new.types:
        return None
    if p.old.formats != p.new.formats:
        old, new = p.old.type_text, p.new.type_text
        return old, new, f"format changed from {old} to {new}"
    return None


def _field_enum(removed: bool) -> Callable[[FieldPair], Finding | None]:
    def detect(p: FieldPair) -> Finding | None:
        if p.old is None or p.new is None:
            return None
        return _enum_finding(p.old.enum, p.new.enum, removed=removed)

    return detect


def _security_added(p: SecurityPair) -> Finding | None:
    if not p.old and p.new:
        return "none", _enum_text(p.new), "authentication now required"
    return None


def _security_removed(p: SecurityPair) -> Finding | None:
    if p.old and not p.new:
        return _enum_text(p.old), "none", "authentication no longer required"
    return None


def _security_alternative_removed(p: SecurityPair) -> Finding | None:
    gone = p.old - p.new
    if p.new and gone:
        return (
            _enum_text(p.old),
            _enum_text(p.new),
            f"security scheme(s) no longer accepted: {_enum_text(gone)}",
        )
    return None


def _security_alternative_added(p: SecurityPair) -> Finding | None:
    added = p.new - p.old
    if p.old and added:
        return (
            _enum_text(p.old),
            _enum_text(p.new),
            f"security scheme(s) now accepted: {_enum_text(added)}",
        )
    return None


def _security_scheme_changed(p: SecurityPair) -> Finding | None:
    if p.redefined:
        names = ", ".join(sorted(p.redefined))
        return names, names, f"security scheme(s) redefined: {names}"
    return None


# ---------------------------------------------------------------------------------------------
# The rule table


RULES: tuple[Rule, ...] = (
    Rule("operation-added", "info", "operation", "A new operation.", _op_added),
    Rule("operation-removed", "breaking", "operation", "An operation is gone.", _op_removed),
    Rule(
        "operation-deprecated",
        "deprecation",
        "operation",
        "An operation is newly marked deprecated.",
        _op_deprecated,
    ),
    Rule(
        "operation-undeprecated",
        "info",
        "operation",
        "An operation is no longer marked deprecated.",
        _op_undeprecated,
    ),
    Rule(
        "operation-id-changed",
        "breaking",
        "operation",
        "The operationId changed, so the generated client function is renamed.",
        _op_id_changed,
    ),
    Rule(
        "security-added",
        "breaking",
        "security",
        "An operation that needed no authentication now requires it.",
        _security_added,
    ),
    Rule(
        "security-removed",
        "info",
        "security",
        "An operation no longer requires authentication.",
        _security_removed,
    ),
    Rule(
        "security-alternative-removed",
        "breaking",
        "security",
        "A security scheme (combination) the operation accepted is no longer accepted.",
        _security_alternative_removed,
    ),
    Rule(
        "security-alternative-added",
        "info",
        "security",
        "The operation accepts an additional security scheme (combination).",
        _security_alternative_added,
    ),
    Rule(
        "security-scheme-changed",
        "breaking",
        "security",
        "A security scheme the operation uses changed its type, location or flows.",
        _security_scheme_changed,
    ),
    Rule("parameter-added", "info", "parameter", "A new optional parameter.", _param_added(False)),
    Rule(
        "parameter-added-required",
        "breaking",
        "parameter",
        "A new required parameter: existing calls lack it.",
        _param_added(True),
    ),
    Rule("parameter-removed", "breaking", "parameter", "A parameter is gone.", _param_removed),
    Rule(
        "parameter-deprecated",
        "deprecation",
        "parameter",
        "A parameter is newly marked deprecated.",
        _param_deprecated,
    ),
    Rule(
        "parameter-undeprecated",
        "info",
        "parameter",
        "A parameter is no longer marked deprecated.",
        _param_undeprecated,
    ),
    Rule(
        "parameter-made-required",
        "breaking",
        "parameter",
        "An optional parameter became required.",
        _param_made_required,
    ),
    Rule(
        "parameter-made-optional",
        "info",
        "parameter",
        "A required parameter became optional.",
        _param_made_optional,
    ),
    Rule(
        "parameter-type-changed",
        "breaking",
        "parameter",
        "A parameter's type or format changed.",
        _param_type_changed,
    ),
    Rule(
        "parameter-enum-value-removed",
        "breaking",
        "parameter",
        "A parameter accepts fewer enum values (or is newly restricted to an enum).",
        _param_enum(removed=True),
    ),
    Rule(
        "parameter-enum-value-added",
        "info",
        "parameter",
        "A parameter accepts more enum values (or its enum restriction is dropped).",
        _param_enum(removed=False),
    ),
    Rule(
        "request-body-made-required",
        "breaking",
        "request-body",
        "The request body became required (or a required body was added).",
        _request_body_made_required,
    ),
    Rule(
        "request-media-type-added",
        "info",
        "media",
        "The request body can be sent in a new media type.",
        _media_added("request"),
    ),
    Rule(
        "request-media-type-removed",
        "breaking",
        "media",
        "A request media type (or the whole request body) is gone.",
        _media_removed("request"),
    ),
    Rule(
        "response-status-added",
        "info",
        "status",
        "A new success (2xx) response status.",
        _status_added,
    ),
    Rule(
        "response-status-removed",
        "breaking",
        "status",
        "A success (2xx) response status is gone.",
        _status_removed,
    ),
    Rule(
        "response-media-type-added",
        "info",
        "media",
        "A success response comes in a new media type.",
        _media_added("response"),
    ),
    Rule(
        "response-media-type-removed",
        "breaking",
        "media",
        "A success response media type is gone.",
        _media_removed("response"),
    ),
    Rule(
        "request-property-added",
        "info",
        "field",
        "A new optional request body property.",
        _field_added("request", required=False),
    ),
    Rule(
        "request-property-added-required",
        "breaking",
        "field",
        "A new required request body property: existing payloads lack it.",
        _field_added("request", required=True),
    ),
    Rule(
        "request-property-removed",
        "breaking",
        "field",
        "A request body property is gone.",
        _field_removed("request"),
    ),
    Rule(
        "request-property-made-required",
        "breaking",
        "field",
        "An optional request body property became required.",
        _field_required_flip("request", now_required=True),
    ),
    Rule(
        "request-property-made-optional",
        "info",
        "field",
        "A required request body property became optional.",
        _field_required_flip("request", now_required=False),
    ),
    Rule(
        "response-property-added",
        "info",
        "field",
        "A new response body property.",
        _field_added("response", required=False),
    ),
    Rule(
        "response-property-removed",
        "breaking",
        "field",
        "A response body property is gone.",
        _field_removed("response"),
    ),
    Rule(
        "response-property-made-optional",
        "breaking",
        "field",
        "A response property that was always present may now be absent.",
        _field_required_flip("response", now_required=False),
    ),
    Rule(
        "response-property-made-required",
        "info",
        "field",
        "A response property is now always present.",
        _field_required_flip("response", now_required=True),
    ),
    Rule(
        "property-deprecated",
        "deprecation",
        "field",
        "A request or response body property is newly marked deprecated (directly, or because "
        "the schema it refers to is).",
        _field_deprecated,
    ),
    Rule(
        "property-undeprecated",
        "info",
        "field",
        "A body property is no longer marked deprecated.",
        _field_undeprecated,
    ),
    Rule(
        "property-type-changed",
        "breaking",
        "field",
        "A body property's type changed.",
        _field_type_changed,
    ),
    Rule(
        "property-format-changed",
        "breaking",
        "field",
        "A body property's format changed (same type).",
        _field_format_changed,
    ),
    Rule(
        "property-enum-value-removed",
        "breaking",
        "field",
        "A body property has fewer enum values (or is newly restricted to an enum).",
        _field_enum(removed=True),
    ),
    Rule(
        "property-enum-value-added",
        "info",
        "field",
        "A body property has more enum values (or its enum restriction is dropped).",
        _field_enum(removed=False),
    ),
)
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


_RULES_BY_SCOPE: dict[str, tuple[Rule, ...]] = {
    scope: tuple(rule for rule in RULES if rule.scope == scope) for scope in get_args(Scope)
}


# ---------------------------------------------------------------------------------------------
# Changes and the engine


@dataclass(frozen=True, slots=True)
class Change:
    rule_id: str
    level: Level
    operation_key: str  # "GET /api/v1/apps/{appId}" (the newer path when it exists in both)
    operation_id: str
    tag: str
    location: str  # "" for the operation itself, else e.g. "parameters.query.deleted"
    before: str | None
    after: str | None
    message: str

    @property
    def detail(self) -> str:
        """The message without its leading `<operation> <location>: `."""
        where = f"{self.operation_key} {self.location}" if self.location else self.operation_key
        return self.message.removeprefix(f"{where}: ")

    def sort_key(self) -> tuple[str, str, str, str, str, str]:
        method, _, path = self.operation_key.partition(" ")
        return (path, method, self.location, self.rule_id, self.before or "", self.after or "")


@dataclass(frozen=True)
class DiffReport:
    old_label: str
    new_label: str
    changes: list[Change]

    def counts(self) -> dict[str, int]:
        """Number of changes per level, every level present (zero included), in level order."""
        totals: dict[str, int] = dict.fromkeys(LEVELS, 0)
        for change in self.changes:
            totals[change.level] += 1
        return totals

    def counts_by_rule(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for change in self.changes:
            totals[change.rule_id] = totals.get(change.rule_id, 0) + 1
        return dict(sorted(totals.items()))


RelativeFinding = tuple[Rule, str, Finding]  # rule, location relative to the compared node


def join_location(base: str, relative: str) -> str:
    if not relative:
        return base
    if not base or relative[0] in "[{":
        return base + relative
    return f"{base}.{relative}"


class _FieldComparer:
    """Compares resolved body schemas; pairs of shared subtrees are compared once per diff."""

    def __init__(self) -> None:
        self._rules = _RULES_BY_SCOPE["field"]
        # The value keeps both nodes alive so their ids cannot be reused while memoized.
        self._memo: dict[
            tuple[int, int, str], tuple[SchemaNode, SchemaNode, list[RelativeFinding]]
        ] = {}

    def at(self, pair: FieldPair) -> list[RelativeFinding]:
        if (
            pair.old is not None
            and pair.new is not None
            and pair.old_required == pair.new_required
            and pair.old.fingerprint == pair.new.fingerprint
        ):
            return []
        found: list[RelativeFinding] = []
        for rule in self._rules:
            finding = rule.detect(pair)
            if finding is not None:
                found.append((rule, "", finding))
        return found

    def body(self, side: Side, old: SchemaNode, new: SchemaNode) -> list[RelativeFinding]:
        return self.at(FieldPair(side, old, new, False, False)) + self.beneath(side, old, new)

    def beneath(self, side: Side, old: SchemaNode, new: SchemaNode) -> list[RelativeFinding]:
        if old.recursive or new.recursive or old.fingerprint == new.fingerprint:
            return []
        key = (id(old), id(new), side)
        hit = self._memo.get(key)
        if hit is not None:
            return hit[2]
        found: list[RelativeFinding] = []
        for name in sorted(old.properties.keys() | new.properties.keys()):
            old_child = old.properties.get(name)
            new_child = new.properties.get(name)
            pair = FieldPair(side, old_child, new_child, name in old.required, name in new.required)
            found += [(r, join_location(name, rel), f) for r, rel, f in self.at(pair)]
            if old_child is not None and new_child is not None:
                found += [
                    (r, join_location(name, rel), f)
                    for r, rel, f in self.beneath(side, old_child, new_child)
                ]
        for step, old_child, new_child in (
            ("[]", old.items, new.items),
            ("{}", old.additional, new.additional),
        ):
            if old_child is not None and new_child is not None:
                found += [
                    (r, join_location(step, rel), f)
                    for r, rel, f in self.body(side, old_child, new_child)
                ]
        self._memo[key] = (old, new, found)
        return found


class _Engine:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old_spec, self.new_spec = old, new
        self.old, self.new = Resolver(old), Resolver(new)
        self.fields = _FieldComparer()
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        old_ops, new_ops = operations(self.old_spec), operations(self.new_spec)
        for identity in sorted(old_ops.keys() | new_ops.keys()):
            old_op, new_op = old_ops.get(identity), new_ops.get(identity)
            shown = new_op or old_op
            assert shown is not None
            self._emit_scope("operation", OperationPair(old_op, new_op), shown, "")
            if old_op is not None and new_op is not None:
                self._compare_operation(old_op, new_op)
        return sorted(self.changes, key=Change.sort_key)

    def _emit(self, rule: Rule, op: Operation, location: str, finding: Finding) -> None:
        before, after, detail = finding
        where = f"{op.key} {location}" if location else op.key
        self.changes.append(
            Change(
                rule_id=rule.id,
                level=rule.level,
                operation_key=op.key,
                operation_id=op.operation_id,
                tag=op.tag,
                location=location,
                before=before,
                after=after,
                message=f"{where}: {detail}",
            )
        )

    def _emit_scope(self, scope: Scope, pair: Pair, op: Operation, location: str) -> None:
        for rule in _RULES_BY_SCOPE[scope]:
            finding = rule.detect(pair)
            if finding is not None:
                self._emit(rule, op, location, finding)

    def _redefined_schemes(self, old_op: Operation, new_op: Operation) -> frozenset[str]:
        """Schemes the operation uses in both releases whose definition changed."""
        used = {
            name
            for alternative in security_alternatives(self.old_spec, old_op)
            & security_alternatives(self.new_spec, new_op)
            for name in alternative.split("+")
        }
        return frozenset(
            name
            for name in used
            if security_scheme(self.old, name) != security_scheme(self.new, name)
        )

    def _compare_operation(self, old_op: Operation, new_op: Operation) -> None:
        self._emit_scope(
            "security",
            SecurityPair(
                security_alternatives(self.old_spec, old_op),
                security_alternatives(self.new_spec, new_op),
                self._redefined_schemes(old_op, new_op),
            ),
            new_op,
            "security",
        )
        old_params, new_params = parameters(self.old, old_op), parameters(self.new, new_op)
        for identity in sorted(old_params.keys() | new_params.keys()):
            old_p, new_p = old_params.get(identity), new_params.get(identity)
            shown = new_p or old_p
            assert shown is not None
            location = f"parameters.{shown.location}.{shown.name}"
            self._emit_scope("parameter", ParameterPair(old_p, new_p), new_op, location)
        old_required, old_bodies = request_bodies(self.old, old_op)
        new_required, new_bodies = request_bodies(self.new, new_op)
        self._emit_scope(
            "request-body",
            RequestBodyPair(
                old_required if old_bodies else None, new_required if new_bodies else None
            ),
            new_op,
            "requestBody",
        )
        self._compare_media("request", "requestBody", old_bodies, new_bodies, new_op)
        old_responses = success_responses(self.old, old_op)
        new_responses = success_responses(self.new, new_op)
        for status in sorted(old_responses.keys() | new_responses.keys()):
            old_media, new_media = old_responses.get(status), new_responses.get(status)
            location = f"responses.{status}"
            if old_media is None or new_media is None:
                # A whole status appearing or vanishing: one change, not one per media type.
                self._emit_scope(
                    "status",
                    MediaPair(
                        "response",
                        SchemaNode() if old_media is not None else None,
                        SchemaNode() if new_media is not None else None,
                        status,
                    ),
                    new_op,
                    location,
                )
                continue
            self._compare_media("response", location, old_media, new_media, new_op)

    def _compare_media(
        self,
        side: Side,
        base: str,
        old_bodies: dict[str, SchemaNode],
        new_bodies: dict[str, SchemaNode],
        op: Operation,
    ) -> None:
        for media in sorted(old_bodies.keys() | new_bodies.keys()):
            old_body, new_body = old_bodies.get(media), new_bodies.get(media)
            location = f"{base}.{media}"
            self._emit_scope("media", MediaPair(side, old_body, new_body), op, location)
            if old_body is not None and new_body is not None:
                for rule, rel, finding in self.fields.body(side, old_body, new_body):
                    self._emit(rule, op, join_location(location, rel), finding)


def diff_specs(
    old: Spec, new: Spec, *, old_label: str = "old", new_label: str = "new"
) -> DiffReport:
    """All changes from `old` to `new`, sorted by path, method, location and rule."""
    return DiffReport(old_label=old_label, new_label=new_label, changes=_Engine(old, new).run())
